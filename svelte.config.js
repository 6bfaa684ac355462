import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// No third-party scripts, ever: scripts only from this site (SvelteKit adds a nonce for its
		// own inline start-up script; a directory page kept for anonymous visitors names the
		// script's hash instead, src/lib/server/page-cache.ts, as a kept nonce would be everyone's). Map tiles may come from any https tile server
		// (PUBLIC_MAP_TILE_URL); styles allow inline because Svelte and Leaflet set style attributes.
		// Who may frame a page is set in hooks.server.ts (the embed widget differs).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'https:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
