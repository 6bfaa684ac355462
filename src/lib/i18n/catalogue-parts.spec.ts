import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from './catalogues';
import { cataloguePartFor, isSignedInKey } from './catalogue-parts';
import { LOCALES } from './locales';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const SERVER = join(SRC, 'lib', 'server');

function filesBelow(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? filesBelow(path) : [path];
	});
}

/** The file an import names, if it is ours (`$lib/…` or relative); null for packages. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('$lib/')
		? join(SRC, 'lib', specifier.slice('$lib/'.length))
		: specifier.startsWith('.')
			? resolve(dirname(from), specifier)
			: null;
	if (!base) return null;
	const candidates = [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')];
	return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/**
 * Every file a public page can run or render: the public routes, the embed widget, the root
 * layout and error page, and what they import, transitively; of server modules ($lib/server)
 * only those a public file imports (what they import in turn, such as mails, is rendered on
 * the server with all texts).
 */
function publicFiles(): Set<string> {
	const roots = [
		...filesBelow(join(SRC, 'routes', '(public)')),
		...filesBelow(join(SRC, 'routes', 'embed')),
		...['+layout.svelte', '+layout.ts', '+layout.server.ts', '+error.svelte'].map((name) =>
			join(SRC, 'routes', name)
		)
	].filter((path) => /\.(ts|svelte)$/.test(path) && !/\.spec\.ts$/.test(path));
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
			const target = resolveImport(file, specifier!);
			if (!target) continue;
			// Server modules a public page calls may hand it texts (a form's refusal, a notice):
			// read them, but not what they import in turn (mails, the office's modules).
			if (target.startsWith(SERVER) && file.startsWith(SERVER)) continue;
			queue.push(target);
		}
	}
	return seen;
}

/** The message keys a file names: whole keys in quotes, and prefixes of keys built at run time. */
function keysIn(text: string): { keys: string[]; prefixes: string[] } {
	const keys = [...text.matchAll(/['"`]([a-z][A-Za-z]*\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"`]/g)].map(
		(match) => match[1]!
	);
	const prefixes = [...text.matchAll(/`([a-z][A-Za-z]*)\.[A-Za-z0-9_.]*\$\{/g)].map(
		(match) => match[1]!
	);
	return { keys, prefixes };
}

describe('the public part of the message catalogue', () => {
	const files = [...publicFiles()];

	it('reads the public pages and what they import', () => {
		// The walk must reach shared components and the directory's schema, not only the routes.
		const names = files.map((file) => file.slice(SRC.length));
		expect(names).toContain('/lib/components/TextField.svelte');
		expect(names).toContain('/lib/domain/directory-query-schema.ts');
		// The server modules the public routes call, but not the mails those import.
		expect(names).toContain('/lib/server/directory-relax.ts');
		expect(names).not.toContain('/lib/server/invitation-links.ts');
	});

	it('holds every text a public page names', () => {
		const all = catalogueFor('de');
		// The catalogues themselves define the keys; they are not pages using them.
		const using = files.filter((file) => !file.startsWith(join(SRC, 'lib', 'i18n', 'messages')));
		const missing = using.flatMap((file) => {
			const { keys, prefixes } = keysIn(readFileSync(file, 'utf8'));
			return [
				...keys
					.filter((key) => Object.hasOwn(all, key) && isSignedInKey(key))
					.map((key) => `${file.slice(SRC.length)}: ${key}`),
				...prefixes
					.filter((prefix) => isSignedInKey(`${prefix}.`))
					.map((prefix) => `${file.slice(SRC.length)}: ${prefix}.…`)
			];
		});
		expect(missing).toEqual([]);
	});

	it('leaves out the signed-in areas’ texts, in every language, and nothing else', () => {
		for (const locale of LOCALES) {
			const all = Object.keys(catalogueFor(locale, 'all'));
			const shown = Object.keys(catalogueFor(locale, 'public'));
			expect(shown).toEqual(all.filter((key) => !isSignedInKey(key)));
			expect(shown.length).toBeLessThan(all.length * 0.75);
		}
		expect(catalogueFor('de', 'public')['nav.directory']).toBe(catalogueFor('de')['nav.directory']);
		expect(catalogueFor('de', 'public')['grantsOffice.calls.title']).toBeUndefined();
	});

	it('goes to the public pages, the embed and an unknown address only', () => {
		expect(cataloguePartFor('/(public)/verzeichnis')).toBe('public');
		expect(cataloguePartFor('/(public)')).toBe('public');
		expect(cataloguePartFor('/embed')).toBe('public');
		expect(cataloguePartFor(null)).toBe('public');
		expect(cataloguePartFor('/(portal)/portal')).toBe('all');
		expect(cataloguePartFor('/(office)/office/pruefung')).toBe('all');
		expect(cataloguePartFor('/auth/sign-in')).toBe('all');
		expect(cataloguePartFor('/einladung/[token]')).toBe('all');
	});
});
