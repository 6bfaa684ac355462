/**
 * The office's own funds of one year: budget, committed, paid and remaining as the database keeps
 * them (triggers of decisions and payments), the small grants drawn from each fund with their
 * decisions, and the committee meetings (Begleitausschuss) that took them.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { OwnFundYear } from '$lib/domain/own-fund-page';

type Client = SupabaseClient<Database>;

export async function loadFundYear(supabase: Client, year: number): Promise<OwnFundYear[]> {
	const { data, error } = await supabase
		.from('own_funds')
		.select(
			`id, name, year, origin, budget_line, budget_cents, committed_cents, paid_cents,
			 remaining_cents, staff_decision_limit_cents,
			 meetings:committee_meetings(id, held_on, title, minutes),
			 applications(id, title, status, requested_cents, paid_cents,
			   organisation:organisations!inner(name),
			   decision:grant_decisions(outcome, decided_by, decided_on, amount_cents, committee_meeting_id))`
		)
		.eq('year', year)
		.order('name');
	if (error) throw new Error(`own funds: ${error.message}`);
	return data.map((fund) => ({
		id: fund.id,
		name: fund.name,
		year: fund.year,
		origin: fund.origin,
		budgetLine: fund.budget_line,
		budgetCents: fund.budget_cents,
		committedCents: fund.committed_cents,
		paidCents: fund.paid_cents,
		remainingCents: fund.remaining_cents ?? fund.budget_cents - fund.committed_cents,
		staffLimitCents: fund.staff_decision_limit_cents,
		meetings: fund.meetings
			.map((m) => ({ id: m.id, heldOn: m.held_on, title: m.title, minutes: m.minutes }))
			.sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
		grants: fund.applications
			.map((a) => ({
				applicationId: a.id,
				title: a.title,
				organisation: a.organisation.name,
				status: a.status,
				requestedCents: a.requested_cents,
				paidCents: a.paid_cents,
				decision: a.decision
					? {
							outcome: a.decision.outcome,
							decidedBy: a.decision.decided_by,
							decidedOn: a.decision.decided_on,
							amountCents: a.decision.amount_cents,
							meetingId: a.decision.committee_meeting_id
						}
					: null
			}))
			.sort((a, b) => a.title.localeCompare(b.title, 'de'))
	}));
}

/** Records a committee meeting of a fund; false when the fund is not one staff can see. */
export async function recordMeeting(
	supabase: Client,
	fundId: string,
	meeting: { heldOn: string; title: string; minutes: string | null }
): Promise<boolean> {
	const { error } = await supabase.from('committee_meetings').insert({
		own_fund_id: fundId,
		held_on: meeting.heldOn,
		title: meeting.title,
		minutes: meeting.minutes
	});
	if (error?.code === '23503') return false;
	if (error) throw new Error(`meeting: ${error.message}`);
	return true;
}
