import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { readFormData } from './form-data';

const locals = { locale: 'en' } as App.Locals;

function post(body: BodyInit, contentType?: string) {
	const headers = contentType ? { 'content-type': contentType } : undefined;
	return new Request('http://localhost/mitmachen', { method: 'POST', body, headers });
}

async function status(request: Request) {
	try {
		await readFormData({ request, locals });
		return 'read';
	} catch (thrown) {
		if (!isHttpError(thrown)) throw thrown;
		expect(thrown.body.message).toContain('reload the page');
		return thrown.status;
	}
}

describe('readFormData', () => {
	it('reads url-encoded and multipart forms', async () => {
		const urlEncoded = await readFormData({
			request: post('name=Verein&kind=initiative', 'application/x-www-form-urlencoded'),
			locals
		});
		expect(urlEncoded.get('name')).toBe('Verein');
		const form = new FormData();
		form.set('name', 'Verein');
		const multipart = await readFormData({ request: post(form), locals });
		expect(multipart.get('name')).toBe('Verein');
	});

	it('answers 415 for a body that is not a form', async () => {
		expect(await status(post('name=Verein', 'text/plain'))).toBe(415);
		expect(await status(post('{"name":"Verein"}', 'application/json'))).toBe(415);
		// A string body without a type is text/plain.
		expect(await status(post('name=Verein'))).toBe(415);
	});

	it('answers 400 for a form it cannot parse', async () => {
		expect(await status(post('garbage', 'multipart/form-data; boundary=x'))).toBe(400);
		expect(await status(post('--x\r\nbroken', 'multipart/form-data'))).toBe(400);
	});
});
