import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n';

/** Entered values to show again after a failed submit: text fields only, never passwords. */
export type FormValues = Record<string, string>;
/** One message key per invalid field; the page translates it in the user's language. */
export type FormErrors = Partial<Record<string, MessageKey>>;

export type ParsedForm<T> =
	{ ok: true; data: T } | { ok: false; values: FormValues; errors: FormErrors };

const SECRET_FIELDS = /password/i;

/** The form's text fields without secrets, for `fail(400, { values, errors })`. */
export function keptValues(formData: FormData): FormValues {
	const values: FormValues = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string' && !SECRET_FIELDS.test(name)) values[name] = value;
	}
	return values;
}

/**
 * Parses a submitted form with its schema. Schemas carry message keys as their issue messages,
 * so the first issue per field becomes that field's error.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData
): ParsedForm<z.output<S>> {
	const input = Object.fromEntries(
		[...formData.keys()].map((name) => {
			const all = formData.getAll(name).filter((value) => typeof value === 'string');
			return [name, all.length > 1 ? all : all[0]];
		})
	);
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const errors: FormErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message as MessageKey;
	}
	return { ok: false, values: keptValues(formData), errors };
}

/** A failed submit for reasons beyond the schema (e.g. an Auth error), in the same shape. */
export function formFailure(
	formData: FormData | null,
	errors: FormErrors
): { values: FormValues; errors: FormErrors } {
	return { values: formData ? keptValues(formData) : {}, errors };
}
