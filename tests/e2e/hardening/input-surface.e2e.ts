import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import {
	encodeFields,
	encodeSegment,
	expectHandled,
	fieldValue,
	fields,
	formBody,
	formEncoding,
	runsFor,
	startProbeServer,
	type Probe
} from '../support/hostile-input.ts';

/**
 * Every public entry point, probed with random values in every URL parameter and form field
 * (NUL and other control characters, lone surrogates as raw bytes, any script, over-long text,
 * now and then an accepted value) and form bodies in every encoding (also text/plain, JSON and
 * broken multipart): none may answer with a 5xx.
 */

const LANG = ['de', 'en', 'ar'];
const DIRECTORY = {
	q: ['Beratung', 'AdiBe'],
	kind: ['initiative', 'counselling_service'],
	ground: ['racism'],
	counselling: ['legal'],
	language: ['ar', 'de'],
	access: ['phone', 'in_person'],
	anonymous: ['1'],
	free: ['on'],
	wheelchair: ['true'],
	open: ['1'],
	network: ['komm-a-kassel'],
	near: ['34117', 'Kassel'],
	lat: ['51.3', ''],
	lng: ['9.5', ''],
	radius: ['5', '10'],
	page: ['1', '2'],
	lang: LANG
};
const EMAIL = ['probe@example.org'];

const pages: Array<[path: string, parameters: Record<string, string[]>]> = [
	['/verzeichnis', DIRECTORY],
	['/embed', DIRECTORY],
	['/verzeichnis/karte.json', DIRECTORY],
	['/verzeichnis/export.csv', DIRECTORY],
	['/verzeichnis/export.geojson', DIRECTORY],
	['/verzeichnis/export.json', DIRECTORY],
	['/offene-daten', { ...DIRECTORY, embed_lang: LANG }],
	['/', { lang: LANG }],
	['/netzwerke', { lang: LANG }],
	['/mitmachen', { sent: [''], lang: LANG }],
	['/auth/sign-in', { next: ['/portal', '/.//evil.example'], sent: [''], lang: LANG }],
	['/auth/forgot-password', { sent: [''], lang: LANG }],
	['/auth/error', { code: ['otp_expired', 'validation_failed'], lang: LANG }],
	['/auth/update-password', { lang: LANG }],
	['/portal', { invited: [''], lang: LANG }],
	['/office', { invited: [''], lang: LANG }]
];

const forms: Array<[path: string, fields: Record<string, string[]>, options?: { rare: boolean }]> =
	[
		[
			'/mitmachen',
			{
				name: ['Verein Probe'],
				kind: ['initiative'],
				email: EMAIL,
				description: ['Wir beraten im Stadtteil Nord.'],
				consent: ['on'],
				homepage: ['']
			}
		],
		// Accepted values here reach Auth: rare, to spare the limits other tests share.
		[
			'/auth/sign-in?/password',
			{ email: EMAIL, password: ['not-the-password'], next: ['/portal'] },
			{ rare: true }
		],
		['/auth/sign-in?/magicLink', { email: EMAIL, next: ['/portal'] }, { rare: true }],
		['/auth/forgot-password', { email: EMAIL }, { rare: true }],
		[
			'/auth/update-password',
			{ password: ['ein langes Passwort'], passwordConfirm: ['ein langes Passwort'] }
		],
		['/auth/sign-out', {}],
		['/portal?/invite', { email: EMAIL, organisationId: [crypto.randomUUID()], role: ['editor'] }],
		[
			'/office?/inviteMember',
			{ email: EMAIL, organisationId: [crypto.randomUUID()], role: ['owner'] }
		]
	];

test.describe('the public input surface never answers 5xx', () => {
	// One server for the file, its tests one after another; a failure does not skip the rest.
	test.describe.configure({ mode: 'default', timeout: 120_000 });
	let probe: Probe;

	test.beforeAll(async () => {
		probe = await startProbeServer();
	});

	test.afterAll(async () => {
		await probe?.stop();
	});

	for (const [path, parameters] of pages) {
		test(`GET ${path}`, async () => {
			await fc.assert(
				fc.asyncProperty(fields(parameters), async (values) => {
					await expectHandled(probe, `${path}?${encodeFields(values)}`);
				}),
				{ numRuns: runsFor(Object.keys(parameters).length), endOnFailure: true }
			);
		});
	}

	test('GET /organisationen/[slug]', async () => {
		await fc.assert(
			fc.asyncProperty(
				fieldValue(['adibe-antidiskriminierungsberatung']),
				fields({ lang: LANG }),
				async (slug, values) => {
					await expectHandled(
						probe,
						`/organisationen/${encodeSegment(slug)}?${encodeFields(values)}`
					);
				}
			),
			{ numRuns: runsFor(2), endOnFailure: true }
		);
	});

	test('GET /auth/confirm', async () => {
		const parameters = fields(
			{ token_hash: ['0123456789abcdef'], type: ['magiclink', 'recovery'], next: ['/portal'] },
			{ rare: true }
		);
		await fc.assert(
			fc.asyncProperty(parameters, async (values) => {
				await expectHandled(probe, `/auth/confirm?${encodeFields(values)}`);
			}),
			{ numRuns: runsFor(3), endOnFailure: true }
		);
	});

	for (const [path, spec, options] of forms) {
		test(`POST ${path}`, async () => {
			await fc.assert(
				fc.asyncProperty(
					fields(spec, options),
					formEncoding,
					fc.constantFrom('text/html', 'application/json'),
					async (values, encoding, accept) => {
						const { headers, data } = formBody(values, encoding);
						await expectHandled(probe, path, {
							method: 'POST',
							headers: { ...headers, accept },
							data
						});
					}
				),
				{ numRuns: runsFor(Object.keys(spec).length), endOnFailure: true }
			);
		});
	}

	// The findings of the review, byte for byte: each must be a 4xx or the page with a message.
	for (const path of [
		'/verzeichnis',
		'/embed',
		'/verzeichnis/karte.json',
		'/verzeichnis/export.csv',
		'/verzeichnis/export.geojson',
		'/verzeichnis/export.json'
	]) {
		test(`GET ${path} with a NUL in q`, async () => {
			for (const q of ['%00', 'bera%00tung']) {
				const response = await probe.http.get(`${path}?q=${q}&lang=de`, { maxRedirects: 0 });
				const page = !path.includes('.');
				expect(response.status(), `${path}?q=${q}`).toBe(page ? 200 : 400);
				// The directory says why beside the search field (the widget drops the value quietly).
				if (path === '/verzeichnis') {
					expect(await response.text()).toContain('Zeichen, die wir nicht verarbeiten können');
				}
			}
		});
	}

	test('POST /mitmachen as text/plain or broken multipart', async () => {
		for (const [type, body] of [
			['text/plain', 'name=Verein'],
			['multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form'],
			['multipart/form-data', 'name=Verein']
		]) {
			const response = await probe.http.post('/mitmachen?lang=de', {
				headers: { origin: probe.origin, 'content-type': type!, accept: 'text/html' },
				data: body,
				maxRedirects: 0
			});
			expect(response.status(), type).toBe(type === 'text/plain' ? 415 : 400);
			expect(await response.text()).toContain('Das Formular kam nicht lesbar bei uns an');
		}
	});
});
