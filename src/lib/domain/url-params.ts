/**
 * The small URL parameters pages read after a redirect (POST/redirect/GET: "?done=added",
 * "?gespeichert=profile", "?moved=<id>") and the like. Anyone can type a URL, so each goes
 * through a zod schema like every other input: a value the page does not know is no value
 * (never an error page, and never a key such as "constructor" used to look something up).
 */
import { z } from 'zod';

const uuid = z.uuid();

/** One of `values`, or null when the parameter is missing or anything else. */
export function urlChoice<const T extends readonly [string, ...string[]]>(
	params: URLSearchParams,
	name: string,
	values: T
): T[number] | null {
	return z.enum(values).nullable().catch(null).parse(params.get(name));
}

/** The id the parameter names, or null when it is missing or not an id. */
export function urlId(params: URLSearchParams, name: string): string | null {
	const parsed = uuid.safeParse(params.get(name));
	return parsed.success ? parsed.data.toLowerCase() : null;
}

/** Free words (a search box), trimmed and at most `max` characters; '' when missing. */
export function urlWords(params: URLSearchParams, name: string, max = 200): string {
	return z
		.string()
		.catch('')
		.transform((words) => words.trim().slice(0, max))
		.parse(params.get(name) ?? '');
}
