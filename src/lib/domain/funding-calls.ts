import { Constants, type Database } from '$lib/database.types';

/**
 * The public list of open funding calls: its URL parameters and the shapes the pages render.
 * Zod-free so components can use it; parsing lives in funding-call-query-schema.ts (server).
 */

export type ApplicantKind = Database['public']['Enums']['applicant_kind'];
export type DeadlineType = Database['public']['Enums']['deadline_type'];

export const APPLICANT_KINDS: readonly ApplicantKind[] = Constants.public.Enums.applicant_kind;

/** Filters of `/foerderaufrufe`: `topic` (code), `applicant`, `amount` (whole euros), `before` (date). */
export type FundingCallQuery = {
	topic?: string;
	applicant?: ApplicantKind;
	amount?: number;
	before?: string;
};

export const FUNDING_CALL_QUERY_KEYS = ['topic', 'applicant', 'amount', 'before'] as const;

export function fundingCallQueryString(query: FundingCallQuery): string {
	const params = new URLSearchParams();
	for (const key of FUNDING_CALL_QUERY_KEYS) {
		const value = query[key];
		if (value !== undefined) params.set(key, String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

export type FundingCallSummary = {
	id: string;
	title: string;
	description: string | null;
	topics: string[];
	eligibleApplicants: ApplicantKind[];
	region: string | null;
	minAmountCents: number | null;
	maxAmountCents: number | null;
	opensAt: string | null;
	deadlineAt: string | null;
	deadlineType: DeadlineType;
	decisionExpectedOn: string | null;
	link: string | null;
	programme: string;
	funder: string;
};

export type Topic = { code: string; label_de: string; label_en: string };
