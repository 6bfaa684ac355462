import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright's own Chromium where it is installed; otherwise Debian's `chromium` package (this
 * machine cannot download browsers), with the flags it needs to run headless as root offline.
 * CHROMIUM_PATH overrides both.
 */
export function chromiumLaunchOptions() {
	const bundled = safeExecutablePath();
	const executablePath =
		process.env.CHROMIUM_PATH ?? (bundled && existsSync(bundled) ? undefined : DEBIAN_CHROMIUM);
	if (!executablePath) return {};
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run'
		]
	};
}

function safeExecutablePath(): string | null {
	try {
		return chromium.executablePath();
	} catch {
		return null;
	}
}
