import { z } from 'zod';
import type { MessageKey } from '$lib/i18n/messages/de';
import type { FormErrors } from './form-errors.ts';
import {
	APPLICANT_KINDS,
	FUNDING_CALL_QUERY_KEYS,
	type FundingCallQuery
} from './funding-calls.ts';

/**
 * Reading the filters of the public list of funding calls from its URL. Server only (zod stays
 * out of the browser). An empty field means "any"; an invalid one is dropped with a message for
 * its field, so the rest of a shared link still applies.
 */
const empty = z.literal('').transform(() => undefined);
const optional = <T extends z.ZodType>(value: T, error: MessageKey) =>
	z.union([empty, value], { error }).optional();

export const fundingCallQuerySchema = z.object({
	topic: optional(z.string().regex(/^[a-z0-9_]{1,40}$/), 'calls.error.filter'),
	applicant: optional(z.enum(APPLICANT_KINDS), 'calls.error.filter'),
	amount: optional(
		z
			.string()
			.regex(/^\d{1,9}$/)
			.transform(Number),
		'calls.error.amount'
	),
	before: optional(z.iso.date({ error: 'calls.error.date' }), 'calls.error.date')
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemaReadsTheQuery = Holds<
	Same<z.output<typeof fundingCallQuerySchema>, FundingCallQuery>
>;

export function parseFundingCallQuery(params: URLSearchParams): {
	query: FundingCallQuery;
	errors: FormErrors;
} {
	const input: Record<string, string> = {};
	for (const key of FUNDING_CALL_QUERY_KEYS) {
		const value = params.get(key);
		if (value !== null) input[key] = value.trim();
	}
	const errors: FormErrors = {};
	for (let attempt = 0; attempt <= FUNDING_CALL_QUERY_KEYS.length; attempt++) {
		const result = fundingCallQuerySchema.safeParse(input);
		if (result.success) {
			const query = Object.fromEntries(
				Object.entries(result.data).filter(([, value]) => value !== undefined)
			) as FundingCallQuery;
			return { query, errors };
		}
		for (const issue of result.error.issues) {
			const field = String(issue.path[0]);
			errors[field] ??= issue.message as FormErrors[string];
			delete input[field];
		}
	}
	return { query: {}, errors };
}
