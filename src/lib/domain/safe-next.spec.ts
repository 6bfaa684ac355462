import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

const SITE = 'https://atlas.example.org';

describe('safeNextPath', () => {
	it('keeps a path on this site with its query', () => {
		expect(safeNextPath('/office?tab=staff')).toBe('/office?tab=staff');
	});

	it('keeps a path whose dot segments stay on this site, normalised', () => {
		expect(safeNextPath('/portal/./a/../b?x=1#top')).toBe('/portal/b?x=1#top');
	});

	it.each([
		['https://evil.example/'],
		['//evil.example/path'],
		['/\\evil.example'],
		['/%0d%0aLocation:x'.replace('%0d%0a', '\r\n')],
		['javascript:alert(1)'],
		[''],
		[null],
		// Dot segments that normalise into a network-path reference.
		['/.//evil.example'],
		['/..//evil.example'],
		['/a/..//evil.example'],
		['/%2e//evil.example'],
		['/%2E%2e//evil.example?x#y'],
		['/x/../../..//evil.example']
	])('falls back for %j', (next) => {
		expect(safeNextPath(next, '/portal')).toBe('/portal');
	});

	// Paths as an attacker builds them: segments (dot segments plain and encoded, a host, unicode
	// that looks like a dot, a scheme, arbitrary text including lone surrogates) joined by
	// separators (slashes and backslashes plain and encoded, tabs, line breaks, look-alikes).
	const text = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 6 }),
		fc.string({
			unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
			maxLength: 4
		})
	);
	const segment = fc.oneof(
		{
			weight: 4,
			arbitrary: fc.constantFrom(
				'.',
				'..',
				'%2e',
				'%2E%2e',
				'.%2e',
				'',
				'evil.example',
				'@evil.example',
				'evil.example:443',
				'portal',
				'\uff0e',
				'\u3002',
				'\u200b',
				'https:',
				'javascript:',
				'?next=//evil.example',
				'#//evil.example'
			)
		},
		{ weight: 1, arbitrary: text }
	);
	const separator = fc.constantFrom(
		'/',
		'/',
		'//',
		'\\',
		'/\\',
		'%2f',
		'%2F',
		'%5c',
		'%252f',
		'\t',
		'\n',
		'\r',
		'%09',
		'\u0000',
		'\u2215',
		'\uff0f'
	);
	const join = ([start, parts, last]: [string, Array<[string, string]>, string]) =>
		start + parts.map((part) => part.join('')).join('') + last;
	// Mostly paths that pass the plain checks and reach normalisation, some with anything at all.
	const plainSegment = fc.constantFrom('.', '..', '%2e', '%2E%2e', '', 'evil.example', 'portal');
	const plainSeparator = fc.constantFrom('/', '//', '%2f', '%5c');
	const candidate = fc.oneof(
		{
			weight: 3,
			arbitrary: fc
				.tuple(
					fc.constant('/'),
					fc.array(fc.tuple(plainSegment, plainSeparator), { maxLength: 5 }),
					plainSegment
				)
				.map(join)
		},
		{
			weight: 2,
			arbitrary: fc
				.tuple(
					fc.constantFrom('/', '/', '/', '', '//', '\\', '/\\', ' /'),
					fc.array(fc.tuple(segment, separator), { maxLength: 5 }),
					segment
				)
				.map(join)
		}
	);

	it('returns a path on this site for hundreds of generated attempts', () => {
		fc.assert(
			fc.property(candidate, (next) => {
				const path = safeNextPath(next, '/fallback');
				expect(path).toMatch(/^\/(?![/\\])/);
				// eslint-disable-next-line no-control-regex
				expect(path).not.toMatch(/[\u0000-\u001f\u007f]/);
				const target = new URL(path, `${SITE}/auth/sign-in?next=x`);
				expect(target.origin).toBe(SITE);
				// A browser resolves the Location header the same way from any page of the site.
				expect(new URL(path, `${SITE}/a/b/c`).origin).toBe(SITE);
			}),
			{ numRuns: 600 }
		);
	});

	it('keeps every ordinary path as it is', () => {
		const name = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
		const ordinary = fc
			.tuple(fc.array(name, { minLength: 1, maxLength: 4 }), fc.option(name, { nil: undefined }))
			.map(([names, query]) => `/${names.join('/')}${query ? `?tab=${query}` : ''}`);
		fc.assert(
			fc.property(ordinary, (path) => {
				expect(safeNextPath(path, '/fallback')).toBe(path);
			}),
			{ numRuns: 100 }
		);
	});
});
