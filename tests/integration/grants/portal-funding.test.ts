/**
 * The portal's funding overview as the server builds it, against the real database and its RLS:
 * the demo member's organisations each get demo calls that fit with their reasons, their own
 * applications with what they owe, and nothing of another organisation; an application of
 * another organisation is not found even by its id.
 */
import { describe, expect, it } from 'vitest';
import { listOpenCalls } from '../../../src/lib/server/funding-calls.ts';
import { loadMemberApplication, loadPortalFunding } from '../../../src/lib/server/portal-grants.ts';
import { sql, userClient } from '../../support/clients.ts';

const DEMO_MEMBER = 'd0000000-0000-4000-8000-000000000003';

async function demoMember() {
	const client = userClient(DEMO_MEMBER);
	const memberships = await sql<{ organisation_id: string }>(
		`select organisation_id from public.organisation_members where user_id = $1`,
		[DEMO_MEMBER]
	);
	return { client, organisationIds: memberships.map((row) => row.organisation_id) };
}

describe('the portal’s funding overview', () => {
	it('shows each of the demo member’s organisations demo calls that fit, with reasons', async () => {
		const { client, organisationIds } = await demoMember();
		const calls = await listOpenCalls(client, {}, new Date());
		const overview = await loadPortalFunding(client, organisationIds, calls);
		expect(overview.map((organisation) => organisation.name).sort()).toEqual([
			'Verein Brückenbauer*innen e. V. (Demo)',
			'Ökumenische Flüchtlingshilfe Nordstadt (Demo)'
		]);
		for (const organisation of overview) {
			const demoCalls = organisation.calls.filter((match) => match.call.title.endsWith('(Demo)'));
			expect(demoCalls.length, organisation.name).toBeGreaterThan(0);
			for (const match of demoCalls)
				expect(match.reasons.map((reason) => reason.kind)).toContain('topics');
		}
		const refugeeHelp = overview.find((organisation) =>
			organisation.name.startsWith('Ökumenische')
		);
		expect(refugeeHelp!.calls.map((match) => match.call.title)).toContain(
			'Ankommen in Kassel – Sprach- und Wohnpatenschaften 2027 (Demo)'
		);
	});

	it('lists the organisations’ own applications with granted money and open obligations only', async () => {
		const { client, organisationIds } = await demoMember();
		const overview = await loadPortalFunding(client, organisationIds, []);
		const applications = overview.flatMap((organisation) => organisation.applications);
		const expected = await sql<{ id: string; granted_cents: string }>(
			`select id, granted_cents from public.applications where organisation_id = any ($1::uuid[])`,
			[organisationIds]
		);
		expect(new Set(applications.map((application) => application.id))).toEqual(
			new Set(expected.map((row) => row.id))
		);
		const approved = applications.find((application) => application.status === 'approved');
		expect(approved!.grantedCents).toBe(2_000_000);
		expect(approved!.openObligations.map((obligation) => obligation.kind)).toContain(
			'verwendungsnachweis'
		);
		const dues = approved!.openObligations.map((obligation) => obligation.dueOn);
		expect(dues).toEqual([...dues].sort());
		expect(approved!.openObligations.every((obligation) => obligation.doneAt === null)).toBe(true);
	});

	it('finds another organisation’s application for nobody in the portal, not even office staff who are members elsewhere', async () => {
		const { client, organisationIds } = await demoMember();
		const [other] = await sql<{ id: string }>(
			`select id from public.applications where is_demo and not (organisation_id = any ($1::uuid[])) limit 1`,
			[organisationIds]
		);
		expect(await loadMemberApplication(client, other!.id, organisationIds)).toBeNull();
		const [own] = await sql<{ id: string }>(
			`select id from public.applications where organisation_id = any ($1::uuid[]) limit 1`,
			[organisationIds]
		);
		expect((await loadMemberApplication(client, own!.id, organisationIds))?.id).toBe(own!.id);
		// Office staff read every application, yet the portal keeps to their own organisations.
		const staff = userClient('d0000000-0000-4000-8000-000000000002');
		expect(await loadMemberApplication(staff, other!.id, organisationIds)).toBeNull();
	});
});
