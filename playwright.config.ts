import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';

/**
 * End-to-end tests against the production build (`node build`) on a fresh embedded stack, which
 * the global setup starts on free ports and stops afterwards.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	globalSetup: './tests/e2e/support/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
	use: {
		baseURL: process.env.E2E_BASE_URL,
		trace: 'retain-on-failure',
		locale: 'de-DE'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() }
		}
	]
});
