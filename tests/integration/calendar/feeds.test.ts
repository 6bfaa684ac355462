/**
 * The iCal feeds as a calendar app fetches them from the production build, parsed back with an
 * independent parser (ical.js) and compared with the database: which events, their summaries,
 * their start in Europe/Berlin, their UIDs; a revoked link answers 404.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createFeed, revokeFeed } from '../../../src/lib/server/calendar/feed-tokens.ts';
import { startAppServer, type AppServer } from '../../support/app-server.ts';
import { sql, userClient } from '../../support/clients.ts';
import {
	approvedApplication,
	createMember,
	createOrganisation,
	createProgramme,
	recordApplication,
	staffMember,
	type Staff
} from '../grants/fixtures.ts';

const OBLIGATION_LABELS: Record<string, string> = {
	mittelabruf: 'Mittelabruf',
	zwischennachweis: 'Zwischennachweis',
	verwendungsnachweis: 'Verwendungsnachweis',
	receipts_retention: 'Belege aufbewahren bis'
};

type ParsedEvent = { uid: string; summary: string; start: ICAL.Time };

function parseFeed(text: string): ParsedEvent[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		return { uid: event.uid, summary: event.summary, start: event.startDate };
	});
}

async function publishedCall(programme: string, topics: string[], deadlineAt: string) {
	const [call] = await sql<{ id: string; title: string }>(
		`insert into public.funding_calls (programme_id, title, topics, deadline_at, published)
		 values ($1, $2, $3, $4, true) returning id, title`,
		[programme, `Feed call ${crypto.randomUUID().slice(0, 8)}`, topics, deadlineAt]
	);
	return call!;
}

describe('iCal feeds', () => {
	let app: AppServer;
	let staff: Staff;
	let organisation: string;
	let organisationName: string;
	let member: string;
	let topic: string;
	let winterCall: { id: string; title: string };
	let summerCall: { id: string; title: string };
	let otherTopicCall: { id: string; title: string };
	let approved: string;

	beforeAll(async () => {
		const topics = await sql<{ id: string; code: string }>(
			`select id, code from public.taxonomy_terms where vocabulary = 'topics' order by position limit 2`
		);
		topic = topics[0]!.code;
		staff = await staffMember();
		organisation = await createOrganisation('feeds');
		[{ name: organisationName }] = (await sql(
			`select name from public.organisations where id = $1`,
			[organisation]
		)) as [{ name: string }];
		await sql(
			`insert into public.organisation_taxonomy_terms (organisation_id, taxonomy_term_id) values ($1, $2)`,
			[organisation, topics[0]!.id]
		);
		member = await createMember(organisation, 'owner');
		const programme = await createProgramme();
		// 23:59 in Berlin: winter time (+01:00) in January, summer time (+02:00) at the end of March.
		winterCall = await publishedCall(programme, [], '2027-01-15T22:59:00Z');
		summerCall = await publishedCall(programme, [topic], '2027-03-31T21:59:00Z');
		otherTopicCall = await publishedCall(programme, [topics[1]!.code], '2027-03-31T21:59:00Z');
		approved = await approvedApplication(
			staff,
			{ organisation_id: organisation, responsible_staff_id: staff.id },
			{ amount_cents: 300_000, period_start: '2026-07-01', period_end: '2027-06-30' }
		);
		await recordApplication(staff, {
			organisation_id: organisation,
			funding_call_id: winterCall.id,
			status: 'drafting',
			responsible_staff_id: staff.id
		});
		app = await startAppServer(inject('stack'));
		// The production build shares two cores with other work: give it room.
	}, 300_000);

	afterAll(async () => {
		await app?.stop();
	});

	const fetchFeed = (path: string) => fetch(`${app.url}${path}`);

	async function expectedObligations() {
		return sql<{ id: string; kind: string; due_on: string }>(
			`select id, kind, to_char(due_on, 'YYYY-MM-DD') as due_on from public.obligations
			 where application_id = $1 and done_at is null`,
			[approved]
		);
	}

	function expectObligationEvents(
		events: ParsedEvent[],
		obligations: Awaited<ReturnType<typeof expectedObligations>>,
		title: string
	) {
		expect(obligations.length).toBeGreaterThanOrEqual(4);
		for (const obligation of obligations) {
			const event = events.find((e) => e.uid === `obligation-${obligation.id}@buendnisatlas`);
			expect(event, obligation.kind).toBeDefined();
			expect(event!.summary).toBe(
				`${OBLIGATION_LABELS[obligation.kind]}: ${title} (${organisationName})`
			);
			expect(event!.start.isDate).toBe(true);
			expect(event!.start.toString()).toBe(obligation.due_on);
		}
	}

	it('gives a staff member their obligations and the deadlines of calls they prepare applications for', async () => {
		const token = await createFeed(
			staff.client,
			{ scope: 'person', userId: staff.id },
			{ locale: 'de' }
		);
		const response = await fetchFeed(`/kalender/abo/${token}.ics`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const events = parseFeed(await response.text());
		const [{ title }] = (await sql(`select title from public.applications where id = $1`, [
			approved
		])) as [{ title: string }];
		const obligations = await expectedObligations();
		expectObligationEvents(events, obligations, title);

		const call = events.find((e) => e.uid === `call-${winterCall.id}@buendnisatlas`)!;
		expect(call.summary).toBe(`Antragsfrist: ${winterCall.title}`);
		expect(call.start.zone?.tzid).toBe('Europe/Berlin');
		expect(call.start.toString()).toBe('2027-01-15T23:59:00');
		expect(call.start.toJSDate().toISOString()).toBe('2027-01-15T22:59:00.000Z');
		expect(events.map((e) => e.uid).sort()).toEqual(
			[
				...obligations.map((o) => `obligation-${o.id}@buendnisatlas`),
				`call-${winterCall.id}@buendnisatlas`
			].sort()
		);
	});

	it('gives an organisation its obligations and the calls that fit it, in the language of the link; revoked, 404', async () => {
		const owner = { scope: 'organisation' as const, organisationId: organisation };
		const token = await createFeed(userClient(member), owner, { locale: 'en' });
		const events = parseFeed(await (await fetchFeed(`/kalender/abo/${token}.ics`)).text());

		const fitting = await sql<{ id: string }>(
			`select c.id from public.funding_calls c
			 where c.published and c.deadline_at > now() - interval '30 days'
			   and c.topics && array(select t.code from public.organisation_taxonomy_terms ot
			     join public.taxonomy_terms t on t.id = ot.taxonomy_term_id
			     where ot.organisation_id = $1 and t.vocabulary = 'topics')`,
			[organisation]
		);
		const callUids = events
			.filter((e) => e.uid.startsWith('call-'))
			.map((e) => e.uid)
			.sort();
		expect(callUids).toEqual(fitting.map((c) => `call-${c.id}@buendnisatlas`).sort());
		expect(callUids).toContain(`call-${summerCall.id}@buendnisatlas`);
		expect(callUids).not.toContain(`call-${otherTopicCall.id}@buendnisatlas`);
		const summer = events.find((e) => e.uid === `call-${summerCall.id}@buendnisatlas`)!;
		expect(summer.summary).toBe(`Application deadline: ${summerCall.title}`);
		expect(summer.start.zone?.tzid).toBe('Europe/Berlin');
		expect(summer.start.toString()).toBe('2027-03-31T23:59:00');
		expect(summer.start.toJSDate().toISOString()).toBe('2027-03-31T21:59:00.000Z');
		const obligations = await expectedObligations();
		expect(
			events
				.filter((e) => e.uid.startsWith('obligation-'))
				.map((e) => e.uid)
				.sort()
		).toEqual(obligations.map((o) => `obligation-${o.id}@buendnisatlas`).sort());

		const [feed] = await sql<{ id: string }>(
			`select id from public.calendar_feed_tokens where organisation_id = $1`,
			[organisation]
		);
		expect(await revokeFeed(userClient(member), owner, feed!.id)).toBe(true);
		const revoked = await fetchFeed(`/kalender/abo/${token}.ics`);
		expect(revoked.status).toBe(404);
		expect(await revoked.text()).not.toContain('BEGIN:VCALENDAR');
	});

	it('answers 404 for a token nobody made', async () => {
		const response = await fetchFeed(`/kalender/abo/${'A'.repeat(43)}.ics`);
		expect(response.status).toBe(404);
	});

	it('publishes the open calls of a topic for anyone', async () => {
		const response = await fetchFeed(`/kalender/thema/${topic}.ics`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const uids = parseFeed(await response.text()).map((e) => e.uid);
		const open = await sql<{ id: string }>(
			`select id from public.funding_calls
			 where published and deadline_at >= now() and $1 = any (topics)`,
			[topic]
		);
		expect(uids.sort()).toEqual(open.map((c) => `call-${c.id}@buendnisatlas`).sort());
		expect(uids).toContain(`call-${summerCall.id}@buendnisatlas`);
		expect((await fetchFeed('/kalender/thema/no_such_topic.ics')).status).toBe(404);
	});
});
