/**
 * An application as the office works on it: its money, decision, obligations, payments and log,
 * and the three things the page changes (status, an obligation done, a note). Read and written
 * with the staff member's own client: RLS, the status pipeline and the log's guard decide.
 */
import type { QueryData, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { ApplicationView } from '$lib/domain/grant-application';
import { canTransition, type ApplicationStatus } from '$lib/domain/grant-status';
import { checkOwnContribution } from '$lib/domain/own-contribution';
import type { MessageKey } from '$lib/i18n/messages/de';

type Client = SupabaseClient<Database>;

const RULE = 'min_own_share_bp, volunteer_hours_count, volunteer_hour_rate_cents';

const selectApplication = (supabase: Client) =>
	supabase.from('applications').select(
		`id, title, status, office_role, period_start, period_end, total_cost_cents, requested_cents,
		 own_funds_cents, third_party_cents, volunteer_hours, granted_cents, paid_cents, notes,
		 organisation:organisations!inner(name, slug),
		 call:funding_calls(title, programme:programmes!inner(name, ${RULE}, funder:funders!inner(name))),
		 fund:own_funds(name, year, programme:programmes(${RULE})),
		 decision:grant_decisions(outcome, decided_by, decided_on, reference, amount_cents, period_start, period_end, conditions),
		 obligations(id, kind, due_on, covers_from, covers_to, done_at),
		 payments(id, direction, amount_cents, paid_on, spend_by),
		 activities:application_activities(id, kind, from_status, to_status, occurred_at, note, details)`
	);
type Row = QueryData<ReturnType<typeof selectApplication>>[number];

function view(row: Row): ApplicationView {
	const rule = row.call?.programme ?? row.fund?.programme ?? null;
	return {
		id: row.id,
		title: row.title,
		status: row.status,
		officeRole: row.office_role,
		organisation: row.organisation,
		source: row.call
			? {
					kind: 'call',
					title: row.call.title,
					programme: row.call.programme.name,
					funder: row.call.programme.funder.name
				}
			: row.fund
				? { kind: 'fund', name: row.fund.name, year: row.fund.year }
				: null,
		periodStart: row.period_start,
		periodEnd: row.period_end,
		totalCostCents: row.total_cost_cents,
		requestedCents: row.requested_cents,
		ownFundsCents: row.own_funds_cents,
		thirdPartyCents: row.third_party_cents,
		volunteerHours: row.volunteer_hours,
		grantedCents: row.granted_cents,
		paidCents: row.paid_cents,
		notes: row.notes,
		ownContribution:
			row.total_cost_cents > 0
				? checkOwnContribution(
						{
							totalCostCents: row.total_cost_cents,
							ownFundsCents: row.own_funds_cents,
							volunteerHours: row.volunteer_hours
						},
						{
							minOwnShareBp: rule?.min_own_share_bp ?? 0,
							volunteerHoursCount: rule?.volunteer_hours_count ?? false,
							volunteerHourRateCents: rule?.volunteer_hour_rate_cents ?? null
						}
					)
				: null,
		decision: row.decision
			? {
					outcome: row.decision.outcome,
					decidedBy: row.decision.decided_by,
					decidedOn: row.decision.decided_on,
					reference: row.decision.reference,
					amountCents: row.decision.amount_cents,
					periodStart: row.decision.period_start,
					periodEnd: row.decision.period_end,
					conditions: row.decision.conditions
				}
			: null,
		obligations: row.obligations
			.map((o) => ({
				id: o.id,
				kind: o.kind,
				dueOn: o.due_on,
				coversFrom: o.covers_from,
				coversTo: o.covers_to,
				doneAt: o.done_at
			}))
			.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
		payments: row.payments
			.map((p) => ({
				id: p.id,
				direction: p.direction,
				amountCents: p.amount_cents,
				paidOn: p.paid_on,
				spendBy: p.spend_by
			}))
			.sort((a, b) => a.paidOn.localeCompare(b.paidOn)),
		activities: row.activities
			.map((a) => ({
				id: a.id,
				kind: a.kind,
				fromStatus: a.from_status,
				toStatus: a.to_status,
				occurredAt: a.occurred_at,
				note: a.note,
				changedFields:
					a.kind === 'edited' &&
					a.details &&
					typeof a.details === 'object' &&
					!Array.isArray(a.details)
						? Object.keys(a.details)
						: []
			}))
			.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id - a.id)
	};
}

export async function loadApplication(
	supabase: Client,
	id: string
): Promise<ApplicationView | null> {
	const { data, error } = await selectApplication(supabase).eq('id', id).maybeSingle();
	if (error) throw new Error(`application: ${error.message}`);
	return data ? view(data) : null;
}

export type Outcome = { ok: true } | { ok: false; error: MessageKey };

/**
 * Moves an application on. The transition table is checked here for a clear message, and again
 * by the database, which also refuses approval without its decision.
 */
export async function moveApplication(
	supabase: Client,
	id: string,
	from: ApplicationStatus,
	to: ApplicationStatus
): Promise<Outcome> {
	if (!canTransition(from, to)) return { ok: false, error: 'grants.move.invalid' };
	const { data, error } = await supabase
		.from('applications')
		.update({ status: to })
		.eq('id', id)
		.eq('status', from)
		.select('id');
	if (error?.code === '23514' && /decision/.test(error.message))
		return { ok: false, error: 'grants.move.needsDecision' };
	if (error?.code === '23514') return { ok: false, error: 'grants.move.invalid' };
	if (error) throw new Error(`moving application: ${error.message}`);
	// Someone else moved it meanwhile: the page shows where it is now.
	if (data.length === 0) return { ok: false, error: 'grants.move.stale' };
	return { ok: true };
}

export async function markObligationDone(
	supabase: Client,
	applicationId: string,
	obligationId: string
): Promise<Outcome> {
	const { data, error } = await supabase
		.from('obligations')
		.update({ done_at: new Date().toISOString() })
		.eq('id', obligationId)
		.eq('application_id', applicationId)
		.is('done_at', null)
		.select('id');
	if (error) throw new Error(`obligation done: ${error.message}`);
	return data.length ? { ok: true } : { ok: false, error: 'grants.obligation.unknown' };
}

export async function addNote(
	supabase: Client,
	applicationId: string,
	note: string
): Promise<void> {
	const { error } = await supabase
		.from('application_activities')
		.insert({ application_id: applicationId, kind: 'note', note });
	if (error) throw new Error(`note: ${error.message}`);
}
