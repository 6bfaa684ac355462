/**
 * Lets plain Node (24, with its TypeScript type stripping) load the app's server modules outside
 * SvelteKit, for the cron runner: `$lib/…` resolves to `src/lib/…`, and the extensionless
 * relative imports Vite accepts get their `.ts`. `$env/*` is deliberately not resolved: a job
 * gets everything from outside through its JobContext, and one that reaches for `$env` fails here.
 */
import { statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const LIB = join(fileURLToPath(new URL('..', import.meta.url)), 'src', 'lib');

/** The file a module path names, trying `.ts` and `/index.ts` as Vite would. */
function existing(path: string): string | null {
	const candidates = [path, `${path}.ts`, join(path, 'index.ts')];
	return candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile()) ?? null;
}

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier.startsWith('$lib/')) {
			const file = existing(join(LIB, specifier.slice('$lib/'.length)));
			if (file) return { url: pathToFileURL(file).href, shortCircuit: true };
		}
		if (specifier.startsWith('.') && context.parentURL?.startsWith('file:')) {
			const file = existing(fileURLToPath(new URL(specifier, context.parentURL)));
			if (file) return { url: pathToFileURL(file).href, shortCircuit: true };
		}
		return nextResolve(specifier, context);
	}
});
