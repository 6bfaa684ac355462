import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		typescript: {
			// The embedded stack, scripts and benchmarks run directly on Node 24 (type stripping),
			// so they import each other with `.ts` extensions; check them with the app.
			config(tsconfig) {
				tsconfig.include.push('../stack/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts');
				tsconfig.compilerOptions.allowImportingTsExtensions = true;
				return tsconfig;
			}
		}
	}
};

export default config;
