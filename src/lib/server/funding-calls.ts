/**
 * Funding calls for the public: the open ones with the visitor's filters, one call's page and
 * the topics to filter by. Read with the visitor's client: RLS shows published calls only.
 */
import type { QueryData, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { berlinInstant } from '$lib/domain/grant-deadlines';
import type { FundingCallQuery, FundingCallSummary, Topic } from '$lib/domain/funding-calls';

type Client = SupabaseClient<Database>;

const SUMMARY = `id, title, description, topics, eligible_applicants, region, min_amount_cents,
	max_amount_cents, opens_at, deadline_at, deadline_type, decision_expected_on, link,
	programme:programmes!inner(name, funder:funders!inner(name))`;

// A page of calls is short; more than this many open calls would be a different product.
const MAX_CALLS = 200;

// The row type follows the select (Supabase's QueryData), so the two cannot drift apart.
const selectCalls = (supabase: Client) => supabase.from('funding_calls').select(SUMMARY);
type Row = QueryData<ReturnType<typeof selectCalls>>[number];

function summary(row: Row): FundingCallSummary {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		topics: row.topics,
		eligibleApplicants: row.eligible_applicants,
		region: row.region,
		minAmountCents: row.min_amount_cents,
		maxAmountCents: row.max_amount_cents,
		opensAt: row.opens_at,
		deadlineAt: row.deadline_at,
		deadlineType: row.deadline_type,
		decisionExpectedOn: row.decision_expected_on,
		link: row.link,
		programme: row.programme.name,
		funder: row.programme.funder.name
	};
}

/** Published calls whose deadline has not passed (rolling ones too), soonest deadline first. */
export async function listOpenCalls(
	supabase: Client,
	query: FundingCallQuery,
	now: Date
): Promise<FundingCallSummary[]> {
	let request = selectCalls(supabase)
		.eq('published', true)
		.or(`deadline_at.is.null,deadline_at.gte.${now.toISOString()}`);
	if (query.topic) request = request.contains('topics', [query.topic]);
	if (query.applicant) request = request.contains('eligible_applicants', [query.applicant]);
	if (query.amount !== undefined) {
		const cents = query.amount * 100;
		request = request
			.or(`min_amount_cents.is.null,min_amount_cents.lte.${cents}`)
			.or(`max_amount_cents.is.null,max_amount_cents.gte.${cents}`);
	}
	// A rolling call has no deadline to fall before the chosen day.
	if (query.before) {
		request = request.lte('deadline_at', berlinInstant(query.before, '23:59:59').toISOString());
	}
	const { data, error } = await request
		.order('deadline_at', { ascending: true, nullsFirst: false })
		.order('title')
		.limit(MAX_CALLS);
	if (error) throw new Error(`funding calls: ${error.message}`);
	return data.map(summary);
}

/** A published call, open or not; null when there is none the visitor may see. */
export async function loadCall(supabase: Client, id: string): Promise<FundingCallSummary | null> {
	const { data, error } = await selectCalls(supabase)
		.eq('id', id)
		.eq('published', true)
		.maybeSingle();
	if (error) throw new Error(`funding call: ${error.message}`);
	return data ? summary(data) : null;
}

export async function loadTopics(supabase: Client): Promise<Topic[]> {
	const { data, error } = await supabase
		.from('taxonomy_terms')
		.select('code, label_de, label_en')
		.eq('vocabulary', 'topics')
		.order('position');
	if (error) throw new Error(`topics: ${error.message}`);
	return data;
}
