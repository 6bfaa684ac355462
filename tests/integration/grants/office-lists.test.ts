/**
 * The office's application table and board against an independent computation: applications
 * with known values are stored, and every page of every sort and filter is compared with what
 * sorting and filtering those values in JavaScript gives. The services run with a staff member's
 * own client, as the pages call them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
	ApplicationListQuery,
	ApplicationSort
} from '../../../src/lib/domain/application-list.ts';
import type { ApplicationStatus } from '../../../src/lib/domain/grant-status.ts';
import { sql } from '../../support/clients.ts';
import {
	createCall,
	createFund,
	createOrganisation,
	createProgramme,
	staffMember,
	type Staff
} from './fixtures.ts';
import { listApplications, loadBoard } from '$lib/server/application-list';

type Stored = {
	id: string;
	title: string;
	status: ApplicationStatus;
	requested_cents: number;
	granted_cents: number;
	updated_at: string;
	period_start: string | null;
	funding_call_id: string | null;
	own_fund_id: string | null;
	responsible_staff_id: string | null;
	organisation_id: string;
};

const STATUSES: ApplicationStatus[] = ['idea', 'drafting', 'submitted'];
const COUNT = 130;

describe('the office application table and board', () => {
	let staff: Staff;
	let organisationId: string;
	let otherOrganisationId: string;
	let funderA: string;
	let programmeB: string;
	let stored: Stored[];

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('office lists');
		otherOrganisationId = await createOrganisation('office lists other');
		const programmeA = await createProgramme();
		programmeB = await createProgramme();
		const [funder] = await sql<{ funder_id: string }>(
			'select funder_id from public.programmes where id = $1',
			[programmeA]
		);
		funderA = funder!.funder_id;
		const callA = await createCall(programmeA);
		const callB = await createCall(programmeB);
		const fund = await createFund(10_000_000);
		await sql('update public.own_funds set programme_id = $1 where id = $2', [programmeB, fund]);

		// Values chosen to tie often (titles, amounts, times), so paging must use the id as well.
		const rows = Array.from({ length: COUNT }, (_, i) => ({
			organisation_id: i % 10 === 0 ? otherOrganisationId : organisationId,
			title: `${['Zauberwald', 'Brücken', 'Nachbarschaft', 'Café'][i % 4]} ${i % 7}`,
			status: STATUSES[i % 3]!,
			requested_cents: (i % 5) * 100_000,
			updated_at: new Date(Date.UTC(2026, 0, 1 + (i % 40))).toISOString(),
			period_start: i % 6 === 0 ? null : `${2024 + (i % 3)}-0${1 + (i % 9)}-15`,
			funding_call_id: i % 4 === 0 ? callA : i % 4 === 1 ? callB : null,
			own_fund_id: i % 4 === 2 ? fund : null,
			responsible_staff_id: i % 2 === 0 ? staff.id : null
		}));
		stored = await sql<Stored>(
			`insert into public.applications (organisation_id, title, status, requested_cents,
			   updated_at, period_start, period_end, funding_call_id, own_fund_id, responsible_staff_id)
			 select r.organisation_id, r.title, r.status, r.requested_cents, r.updated_at,
			        r.period_start, r.period_start + 300, r.funding_call_id, r.own_fund_id,
			        r.responsible_staff_id
			 from json_populate_recordset(null::public.applications, $1) r
			 returning id, title, status, requested_cents::int, granted_cents::int,
			   to_json(updated_at)#>>'{}' as updated_at, period_start::text, funding_call_id,
			   own_fund_id, responsible_staff_id, organisation_id`,
			[JSON.stringify(rows)]
		);
	});

	const KEY: Record<ApplicationSort, (row: Stored) => string | number> = {
		updated: (row) => Date.parse(row.updated_at),
		title: (row) => row.title,
		requested: (row) => row.requested_cents,
		granted: (row) => row.granted_cents
	};

	function expected(query: ApplicationListQuery, keep: (row: Stored) => boolean): string[] {
		const sign = query.dir === 'asc' ? 1 : -1;
		const key = KEY[query.sort];
		const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
		return stored
			.filter(keep)
			.sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.id, b.id)))
			.map((row) => row.id);
	}

	/** Every page from the first, following the cursor. */
	async function allPages(query: ApplicationListQuery): Promise<string[]> {
		const ids: string[] = [];
		let after: string | undefined;
		for (let page = 0; page < 20; page++) {
			const result = await listApplications(staff.client, { ...query, after }, staff.id);
			expect(result.rows.length).toBeLessThanOrEqual(50);
			ids.push(...result.rows.map((row) => row.id));
			if (!result.next) return ids;
			after = result.next;
		}
		throw new Error('more pages than rows');
	}

	it.each([
		['updated', 'desc'],
		['updated', 'asc'],
		['title', 'asc'],
		['title', 'desc'],
		['requested', 'desc'],
		['requested', 'asc']
	] as const)('pages through one organisation sorted by %s %s', async (sort, dir) => {
		const query: ApplicationListQuery = { sort, dir, organisation: organisationId };
		const ids = await allPages(query);
		expect(ids).toEqual(expected(query, (row) => row.organisation_id === organisationId));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('filters by status, year, funder, programme, responsible and words, alone and together', async () => {
		const mine = (row: Stored) =>
			row.organisation_id === organisationId || row.organisation_id === otherOrganisationId;
		const [callA] = stored.filter((r) => r.funding_call_id && r.title.startsWith('Zauberwald'));
		const cases: Array<[Partial<ApplicationListQuery>, (row: Stored) => boolean]> = [
			[{ status: 'drafting' }, (row) => row.status === 'drafting'],
			[{ year: 2025 }, (row) => row.period_start?.startsWith('2025') ?? false],
			[{ funder: funderA }, (row) => row.funding_call_id === callA!.funding_call_id],
			[
				{ programme: programmeB },
				(row) =>
					row.own_fund_id !== null ||
					(row.funding_call_id !== null && row.funding_call_id !== callA!.funding_call_id)
			],
			[{ responsible: 'me' }, (row) => row.responsible_staff_id === staff.id],
			[{ responsible: 'nobody' }, (row) => row.responsible_staff_id === null],
			[{ q: 'Zauberwald' }, (row) => row.title.startsWith('Zauberwald')],
			[
				{ status: 'submitted', year: 2026, responsible: 'me' },
				(row) =>
					row.status === 'submitted' &&
					(row.period_start?.startsWith('2026') ?? false) &&
					row.responsible_staff_id === staff.id
			]
		];
		for (const [filters, keep] of cases) {
			for (const organisation of [organisationId, otherOrganisationId]) {
				const query: ApplicationListQuery = {
					sort: 'updated',
					dir: 'desc',
					organisation,
					...filters
				};
				const want = expected(
					query,
					(row) => mine(row) && row.organisation_id === organisation && keep(row)
				);
				expect(await allPages(query), JSON.stringify(filters)).toEqual(want);
			}
		}
	});

	it('finds an organisation by a part of its name', async () => {
		const [organisation] = await sql<{ name: string }>(
			'select name from public.organisations where id = $1',
			[otherOrganisationId]
		);
		const query: ApplicationListQuery = {
			sort: 'title',
			dir: 'asc',
			q: organisation!.name.split(' ').at(-1)!
		};
		expect(await allPages(query)).toEqual(
			expected(query, (row) => row.organisation_id === otherOrganisationId)
		);
	});

	it('reads a cursor from another sort or a forged one as the first page', async () => {
		const query: ApplicationListQuery = { sort: 'title', dir: 'asc', organisation: organisationId };
		const first = await listApplications(staff.client, query, staff.id);
		const forged = await listApplications(
			staff.client,
			{ ...query, after: 'bm90LWEtY3Vyc29y' },
			staff.id
		);
		expect(forged.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
	});

	it('shows per status its count and the most recently changed cards', async () => {
		const columns = await loadBoard(staff.client, { organisation: organisationId }, staff.id);
		for (const column of columns) {
			const inColumn = stored.filter(
				(row) => row.organisation_id === organisationId && row.status === column.status
			);
			expect(column.count, column.status).toBe(inColumn.length);
			const want = expected(
				{ sort: 'updated', dir: 'desc' },
				(row) => row.organisation_id === organisationId && row.status === column.status
			).slice(0, 30);
			expect(column.cards.map((card) => card.id)).toEqual(want);
		}
	});

	it('shows nothing for a funder without calls or funds', async () => {
		const [lonely] = await sql<{ id: string }>(
			`insert into public.funders (name, level) values ($1, 'land') returning id`,
			[`Lonely funder ${crypto.randomUUID()}`]
		);
		const page = await listApplications(
			staff.client,
			{ sort: 'updated', dir: 'desc', funder: lonely!.id },
			staff.id
		);
		expect(page).toEqual({ rows: [], next: null });
	});
});
