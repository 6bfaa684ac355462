/**
 * Funding calls as office staff keep them: every call (drafts too), create and edit, publish and
 * withdraw, mark verified, the next round; funders and programmes to choose from or add. Written
 * with the staff member's own client: RLS lets only office staff write.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { berlinDate, berlinInstant } from '$lib/domain/grant-deadlines';
import type { FundingCallInput } from '$lib/domain/grants-office-forms';
import { berlinTime, isStale, nextRoundDates, type OfficeCallRow } from '$lib/domain/office-calls';
import { centsToDecimal } from '$lib/domain/money';

type Client = SupabaseClient<Database>;
type CallRow = Database['public']['Tables']['funding_calls']['Row'];
type CallInsert = Database['public']['Tables']['funding_calls']['Insert'];

export async function listOfficeCalls(supabase: Client, now: Date): Promise<OfficeCallRow[]> {
	const { data, error } = await supabase
		.from('funding_calls')
		.select(
			`id, title, published, deadline_at, deadline_type, last_verified_at,
			 programme:programmes!inner(name, funder:funders!inner(name))`
		)
		.order('deadline_at', { ascending: false, nullsFirst: true })
		.order('title')
		.limit(500);
	if (error) throw new Error(`calls: ${error.message}`);
	return data.map((call) => ({
		id: call.id,
		title: call.title,
		programme: call.programme.name,
		funder: call.programme.funder.name,
		published: call.published,
		deadlineAt: call.deadline_at,
		deadlineType: call.deadline_type,
		lastVerifiedAt: call.last_verified_at,
		stale: isStale(call.last_verified_at, now)
	}));
}

/** The programmes to choose from, named with their funder. */
export async function listProgrammes(supabase: Client) {
	const { data, error } = await supabase
		.from('programmes')
		.select('id, name, funder:funders!inner(name)')
		.order('name');
	if (error) throw new Error(`programmes: ${error.message}`);
	return data.map((p) => ({ value: p.id, label: `${p.name} (${p.funder.name})` }));
}

export async function listFunders(supabase: Client) {
	const { data, error } = await supabase.from('funders').select('id, name').order('name');
	if (error) throw new Error(`funders: ${error.message}`);
	return data.map((f) => ({ value: f.id, label: f.name }));
}

export async function listTopics(supabase: Client) {
	const { data, error } = await supabase
		.from('taxonomy_terms')
		.select('code, label_de, label_en')
		.eq('vocabulary', 'topics')
		.order('position');
	if (error) throw new Error(`topics: ${error.message}`);
	return data;
}

function columns(input: FundingCallInput): CallInsert {
	return {
		programme_id: input.programme,
		title: input.title,
		description: input.description,
		topics: input.topics,
		eligible_applicants: input.eligible,
		region: input.region,
		min_amount_cents: input.minAmount,
		max_amount_cents: input.maxAmount,
		opens_at: input.opensOn ? berlinInstant(input.opensOn, '00:00').toISOString() : null,
		deadline_type: input.deadlineType,
		deadline_at: input.deadlineOn
			? berlinInstant(input.deadlineOn, input.deadlineTime).toISOString()
			: null,
		decision_expected_on: input.decisionExpectedOn,
		link: input.link
	};
}

/** The form's values of a stored call (amounts in German notation, dates in Kassel). */
export function callFormValues(call: CallRow): Record<string, string | string[]> {
	const euros = (cents: number | null) =>
		cents === null ? '' : centsToDecimal(cents).replace('.', ',');
	const deadline = call.deadline_at ? new Date(call.deadline_at) : null;
	return {
		programme: call.programme_id,
		title: call.title,
		description: call.description ?? '',
		topics: call.topics,
		eligible: call.eligible_applicants,
		region: call.region ?? '',
		minAmount: euros(call.min_amount_cents),
		maxAmount: euros(call.max_amount_cents),
		opensOn: call.opens_at ? berlinDate(new Date(call.opens_at)) : '',
		deadlineType: call.deadline_type,
		deadlineOn: deadline ? berlinDate(deadline) : '',
		deadlineTime: deadline ? berlinTime(deadline) : '23:59',
		decisionExpectedOn: call.decision_expected_on ?? '',
		link: call.link ?? ''
	};
}

export async function loadOfficeCall(supabase: Client, id: string): Promise<CallRow | null> {
	const { data, error } = await supabase
		.from('funding_calls')
		.select('*')
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`call: ${error.message}`);
	return data;
}

/** A new call, unpublished, verified now (staff type it in from the funder's page). */
export async function createCall(supabase: Client, input: FundingCallInput): Promise<string> {
	const { data, error } = await supabase
		.from('funding_calls')
		.insert({ ...columns(input), last_verified_at: new Date().toISOString() })
		.select('id')
		.single();
	if (error) throw new Error(`creating call: ${error.message}`);
	return data.id;
}

export async function updateCall(supabase: Client, id: string, input: FundingCallInput) {
	const { error } = await supabase.from('funding_calls').update(columns(input)).eq('id', id);
	if (error) throw new Error(`updating call: ${error.message}`);
}

export async function setPublished(supabase: Client, id: string, published: boolean) {
	const { error } = await supabase.from('funding_calls').update({ published }).eq('id', id);
	if (error) throw new Error(`publishing call: ${error.message}`);
}

export async function markVerified(supabase: Client, id: string, now: Date) {
	const { error } = await supabase
		.from('funding_calls')
		.update({ last_verified_at: now.toISOString() })
		.eq('id', id);
	if (error) throw new Error(`verifying call: ${error.message}`);
}

/** The next round of a call: a copy with every date a year later, unpublished, not verified. */
export async function duplicateForNextRound(supabase: Client, id: string): Promise<string | null> {
	const call = await loadOfficeCall(supabase, id);
	if (!call) return null;
	const { data, error } = await supabase
		.from('funding_calls')
		.insert({
			programme_id: call.programme_id,
			title: call.title,
			description: call.description,
			topics: call.topics,
			eligible_applicants: call.eligible_applicants,
			region: call.region,
			min_amount_cents: call.min_amount_cents,
			max_amount_cents: call.max_amount_cents,
			deadline_type: call.deadline_type,
			link: call.link,
			...nextRoundDates(call),
			published: false,
			last_verified_at: null
		})
		.select('id')
		.single();
	if (error) throw new Error(`next round: ${error.message}`);
	return data.id;
}

export async function createFunder(
	supabase: Client,
	funder: { name: string; level: Database['public']['Enums']['funder_level'] }
): Promise<'ok' | 'duplicate'> {
	const { error } = await supabase.from('funders').insert(funder);
	if (error?.code === '23505') return 'duplicate';
	if (error) throw new Error(`funder: ${error.message}`);
	return 'ok';
}

export async function createProgramme(
	supabase: Client,
	programme: {
		funder: string;
		name: string;
		financingType: Database['public']['Enums']['financing_type'];
		minOwnShare: number;
	}
): Promise<'ok' | 'duplicate'> {
	const { error } = await supabase.from('programmes').insert({
		funder_id: programme.funder,
		name: programme.name,
		financing_type: programme.financingType,
		min_own_share_bp: programme.minOwnShare
	});
	if (error?.code === '23505') return 'duplicate';
	if (error) throw new Error(`programme: ${error.message}`);
	return 'ok';
}
