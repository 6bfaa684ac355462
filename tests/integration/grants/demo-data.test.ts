/**
 * The grant tracker's demo data: what a new user of the office and of the portal sees. Calls
 * and applications across 2024–2026 in every status, the four kinds of funder the city works
 * with, the own fund with a committee meeting and its decisions, staff posts; a history dated
 * as it happened; everything marked as demo.
 */
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../../src/lib/domain/grant-status.ts';
import { anonClient, sql, userClient } from '../../support/clients.ts';

const DEMO_MEMBER = 'd0000000-0000-4000-8000-000000000003';
const DEMO_TEAM = 'd0000000-0000-4000-8000-000000000002';

describe('grant demo data', () => {
	it('has applications in every status, from 2024 to 2026', async () => {
		const rows = await sql<{ status: string; year: number }>(
			`select a.status::text, extract(year from min(l.occurred_at) at time zone 'Europe/Berlin')::int as year
			 from public.applications a join public.application_activities l on l.application_id = a.id
			 where a.is_demo group by a.id, a.status`
		);
		expect(new Set(rows.map((row) => row.status))).toEqual(new Set(APPLICATION_STATUSES));
		expect(new Set(rows.map((row) => row.year))).toEqual(new Set([2024, 2025, 2026]));
	});

	it('has Demokratie leben!, a Hessen programme, a foundation and the city’s own fund', async () => {
		const programmes = await sql<{ name: string; level: string }>(
			`select p.name, f.level::text from public.programmes p join public.funders f on f.id = p.funder_id where p.is_demo`
		);
		expect(programmes.map((row) => row.name)).toEqual(
			expect.arrayContaining([
				'Demokratie leben!',
				'Hessen – aktiv für Demokratie und gegen Extremismus',
				'Aktions- und Initiativfonds der Partnerschaft für Demokratie Kassel'
			])
		);
		expect(new Set(programmes.map((row) => row.level))).toEqual(
			new Set(['bund', 'land', 'foundation', 'kommune'])
		);
		const funds = await sql<{ year: number }>(
			`select year from public.own_funds where is_demo order by year`
		);
		expect(funds.map((fund) => fund.year)).toEqual([2024, 2025, 2026]);
	});

	it('records committee meetings with their decisions, and staff decisions on micro-projects', async () => {
		const decisions = await sql<{ body: string; outcome: string; meeting: string | null }>(
			`select d.decided_by::text as body, d.outcome::text, m.title as meeting
			 from public.grant_decisions d join public.applications a on a.id = d.application_id
			 left join public.committee_meetings m on m.id = d.committee_meeting_id
			 where a.is_demo and a.own_fund_id is not null`
		);
		const byCommittee = decisions.filter((decision) => decision.body === 'committee');
		expect(byCommittee.length).toBeGreaterThanOrEqual(3);
		expect(byCommittee.every((decision) => decision.meeting !== null)).toBe(true);
		expect(new Set(byCommittee.map((decision) => decision.outcome))).toEqual(
			new Set(['approved', 'rejected'])
		);
		expect(decisions.some((decision) => decision.body === 'office')).toBe(true);
		const [posts] = await sql<{ count: number; funded: number }>(
			`select count(*)::int as count, count(application_id)::int as funded
			 from public.staff_posts where is_demo`
		);
		expect(posts!.count).toBeGreaterThanOrEqual(5);
		expect(posts!.funded).toBeGreaterThanOrEqual(1);
	});

	it('dates the history as it happened, never after the demo’s day', async () => {
		const [span] = await sql<{ first: Date; last: Date; today: number }>(
			`select min(l.occurred_at) as first, max(l.occurred_at) as last,
			        count(*) filter (where l.occurred_at::date = current_date)::int as today
			 from public.application_activities l join public.applications a on a.id = l.application_id
			 where a.is_demo`
		);
		expect(span!.first.toISOString() < '2024-06-01').toBe(true);
		expect(span!.last.toISOString() < '2026-12-01').toBe(true);
		expect(span!.today).toBe(0);
		// The team member was responsible from the start: no edit entry for it.
		const edits = await sql(
			`select 1 from public.application_activities l join public.applications a on a.id = l.application_id
			 where a.is_demo and l.kind = 'edited'`
		);
		expect(edits).toEqual([]);
		const [responsible] = await sql<{ count: number }>(
			`select count(*)::int as count from public.applications where is_demo and responsible_staff_id = $1`,
			[DEMO_TEAM]
		);
		expect(responsible!.count).toBeGreaterThan(5);
	});

	it('shows the demo member their organisations’ applications and what they owe', async () => {
		const member = userClient(DEMO_MEMBER);
		const { data: applications } = await member.from('applications').select('title, status');
		expect(applications!.map((row) => row.status).sort()).toEqual([
			'approved',
			'more_information_requested'
		]);
		const { data: obligations } = await member.from('obligations').select('kind, due_on');
		expect(obligations!.map((row) => row.kind)).toContain('verwendungsnachweis');
	});

	it('shows visitors open calls with a deadline still to come, and marks all of it as demo', async () => {
		const { data: calls } = await anonClient()
			.from('funding_calls')
			.select('title, deadline_at, deadline_type, is_demo');
		const demoCalls = calls!.filter((call) => call.is_demo);
		expect(demoCalls.length).toBeGreaterThanOrEqual(5);
		expect(demoCalls.some((call) => call.deadline_type === 'rolling')).toBe(true);
		expect(demoCalls.some((call) => call.deadline_at! > '2026-12-01')).toBe(true);
		// Other tests add their own catalogue; what hangs off demo rows is demo too.
		const unmarked = await sql(
			`select p.name from public.programmes p join public.funders f on f.id = p.funder_id
			 where f.is_demo and not p.is_demo
			 union all
			 select c.title from public.funding_calls c join public.programmes p on p.id = c.programme_id
			 where p.is_demo and not c.is_demo
			 union all
			 select f.name || ' ' || f.year from public.own_funds f join public.programmes p on p.id = f.programme_id
			 where p.is_demo and not f.is_demo`
		);
		expect(unmarked).toEqual([]);
	});
});
