import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from './i18n';

const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * The body of a form action. Every action reads its form through here: a body that is not a form
 * (SvelteKit lets `text/plain` through to actions) is 415 and a form that cannot be parsed
 * (broken multipart) is 400, each an error page in the visitor's language instead of a 500.
 */
export async function readFormData({
	request,
	locals
}: Pick<RequestEvent, 'request' | 'locals'>): Promise<FormData> {
	const message = () => ({ message: translate(locals.locale, 'input.formUnreadable') });
	if (!FORM_TYPES.test(request.headers.get('content-type') ?? '')) error(415, message());
	try {
		return await request.formData();
	} catch {
		error(400, message());
	}
}
