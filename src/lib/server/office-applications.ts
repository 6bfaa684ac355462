/**
 * Recording applications and their decisions in the office: a new application (to a call, to
 * one of the office's funds, or not yet either), and the Bescheid with the move it allows. The
 * database refuses what grant law and the fund's budget forbid; its refusals become messages.
 */
import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Option } from '$lib/domain/application-list';
import type {
	ApplicationInput,
	DecisionInput,
	PaymentInput
} from '$lib/domain/grants-office-forms';
import { canTransition, type ApplicationStatus } from '$lib/domain/grant-status';
import type { MessageKey } from '$lib/i18n/messages/de';
import { moveApplication } from './grant-applications';

type Client = SupabaseClient<Database>;

// A search that finds more organisations than this should be narrowed, not scrolled.
const ORGANISATION_CHOICES = 50;

/** Organisations to choose from: those whose name contains the words, or the first ones. */
export async function findOrganisations(supabase: Client, words: string): Promise<Option[]> {
	let request = supabase.from('organisations').select('id, name').order('name');
	if (words) {
		const escaped = words.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
		request = request.ilike('name', `%${escaped}%`);
	}
	const { data, error } = await request.limit(ORGANISATION_CHOICES);
	if (error) throw new Error(`organisations: ${error.message}`);
	return data.map((o) => ({ value: o.id, label: o.name }));
}

/** Calls and own funds an application may answer, as `call:<id>` and `fund:<id>`. */
export async function listSources(supabase: Client): Promise<{ calls: Option[]; funds: Option[] }> {
	const [calls, funds] = await Promise.all([
		supabase
			.from('funding_calls')
			.select('id, title, deadline_at')
			.order('deadline_at', { ascending: false, nullsFirst: true })
			.limit(300),
		supabase.from('own_funds').select('id, name, year').order('year', { ascending: false })
	]);
	if (calls.error) throw new Error(`calls: ${calls.error.message}`);
	if (funds.error) throw new Error(`funds: ${funds.error.message}`);
	return {
		calls: calls.data.map((c) => ({ value: `call:${c.id}`, label: c.title })),
		funds: funds.data.map((f) => ({ value: `fund:${f.id}`, label: `${f.name} ${f.year}` }))
	};
}

export async function createApplication(
	supabase: Client,
	input: ApplicationInput,
	userId: string
): Promise<{ ok: true; id: string } | { ok: false; error: MessageKey }> {
	const [kind, sourceId] = input.source ? input.source.split(':') : [null, null];
	const { data, error } = await supabase
		.from('applications')
		.insert({
			organisation_id: input.organisation,
			funding_call_id: kind === 'call' ? sourceId : null,
			own_fund_id: kind === 'fund' ? sourceId : null,
			title: input.title,
			status: input.status,
			office_role: input.officeRole,
			period_start: input.periodStart,
			period_end: input.periodEnd,
			total_cost_cents: input.totalCost,
			requested_cents: input.requested,
			own_funds_cents: input.ownFunds,
			third_party_cents: input.thirdParty,
			volunteer_hours: input.volunteerHours,
			responsible_staff_id: input.responsibleMe ? userId : null,
			notes: input.notes
		})
		.select('id')
		.single();
	// An unknown organisation, call or fund (deleted meanwhile, or an edited form).
	if (error?.code === '23503') return { ok: false, error: 'grantsOffice.error.choose' };
	if (error) throw new Error(`creating application: ${error.message}`);
	return { ok: true, id: data.id };
}

export type DecisionTarget = {
	id: string;
	title: string;
	status: ApplicationStatus;
	ownFundId: string | null;
	hasDecision: boolean;
	fund: { name: string; year: number; remainingCents: number; staffLimitCents: number } | null;
	values: Record<string, string>;
	meetings: Option[];
};

/** An application with what its decision form needs: the decision so far, or defaults. */
export async function loadDecisionTarget(
	supabase: Client,
	id: string
): Promise<DecisionTarget | null> {
	const { data, error } = await supabase
		.from('applications')
		.select(
			`id, title, status, own_fund_id, period_start, period_end, requested_cents,
			 fund:own_funds(name, year, remaining_cents, staff_decision_limit_cents,
			   meetings:committee_meetings(id, held_on, title)),
			 decision:grant_decisions(outcome, decided_by, committee_meeting_id, decided_on, reference,
			   amount_cents, period_start, period_end, conditions)`
		)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`application: ${error.message}`);
	if (!data) return null;
	const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
	const d = data.decision;
	return {
		id: data.id,
		title: data.title,
		status: data.status,
		ownFundId: data.own_fund_id,
		hasDecision: d !== null,
		fund: data.fund
			? {
					name: data.fund.name,
					year: data.fund.year,
					remainingCents: data.fund.remaining_cents ?? 0,
					staffLimitCents: data.fund.staff_decision_limit_cents
				}
			: null,
		meetings: (data.fund?.meetings ?? [])
			.sort((a, b) => b.held_on.localeCompare(a.held_on))
			.map((m) => ({ value: m.id, label: `${m.held_on} – ${m.title}` })),
		values: d
			? {
					outcome: d.outcome,
					decidedBy: d.decided_by,
					meeting: d.committee_meeting_id ?? '',
					decidedOn: d.decided_on,
					reference: d.reference ?? '',
					amount: euros(d.amount_cents),
					periodStart: d.period_start ?? '',
					periodEnd: d.period_end ?? '',
					conditions: d.conditions ?? ''
				}
			: {
					decidedBy: data.own_fund_id ? 'office' : 'funder',
					amount: euros(data.requested_cents),
					periodStart: data.period_start ?? '',
					periodEnd: data.period_end ?? ''
				}
	};
}

function refusal(error: PostgrestError): MessageKey | null {
	if (error.code !== '23514') return null;
	if (/exceeds the budget/.test(error.message)) return 'grantsOffice.decision.overBudget';
	if (/committee decides/.test(error.message)) return 'grantsOffice.decision.committeeDecides';
	if (/funder decides|office or the committee decides/.test(error.message))
		return 'grantsOffice.decision.wrongBody';
	if (/meeting decides on another fund/.test(error.message))
		return 'grantsOffice.decision.otherFund';
	if (/can be amended, not removed/.test(error.message)) return 'grantsOffice.decision.keep';
	return 'grantsOffice.decision.refused';
}

/**
 * Records (or amends) the decision, then moves the application to the decision's status when
 * asked and the pipeline allows it. The decision stays recorded when the move is refused.
 */
export async function recordDecision(
	supabase: Client,
	target: Pick<DecisionTarget, 'id' | 'status' | 'hasDecision'>,
	input: DecisionInput,
	move: boolean
): Promise<{ ok: true; moved: boolean } | { ok: false; error: MessageKey }> {
	const row = {
		outcome: input.outcome,
		decided_by: input.decidedBy,
		committee_meeting_id: input.decidedBy === 'committee' ? input.meeting : null,
		decided_on: input.decidedOn,
		reference: input.reference,
		amount_cents: input.outcome === 'rejected' ? 0 : input.amount,
		period_start: input.periodStart,
		period_end: input.periodEnd,
		conditions: input.conditions
	};
	// An amending notice updates the decision (the log keeps the old one); no upsert, as the
	// application a decision belongs to is not a column anyone may update.
	const { error } = target.hasDecision
		? await supabase.from('grant_decisions').update(row).eq('application_id', target.id)
		: await supabase.from('grant_decisions').insert({ application_id: target.id, ...row });
	if (error) {
		const key = refusal(error);
		if (key) return { ok: false, error: key };
		throw new Error(`decision: ${error.message}`);
	}
	if (!move || !canTransition(target.status, input.outcome)) return { ok: true, moved: false };
	const moved = await moveApplication(supabase, target.id, target.status, input.outcome);
	return moved.ok ? { ok: true, moved: true } : moved;
}

/** Records a payout or repayment; the database refuses paying out more than was granted. */
export async function recordPayment(
	supabase: Client,
	applicationId: string,
	payment: PaymentInput
): Promise<{ ok: true } | { ok: false; error: MessageKey }> {
	const { error } = await supabase.from('payments').insert({
		application_id: applicationId,
		direction: payment.direction,
		amount_cents: payment.amount,
		paid_on: payment.paidOn,
		reference: payment.reference
	});
	if (error?.code === '23514' && /exceeds the granted/.test(error.message))
		return { ok: false, error: 'grantsOffice.payment.overGranted' };
	if (error?.code === '23514' && /not approved/.test(error.message))
		return { ok: false, error: 'grantsOffice.payment.notApproved' };
	if (error) throw new Error(`payment: ${error.message}`);
	return { ok: true };
}
