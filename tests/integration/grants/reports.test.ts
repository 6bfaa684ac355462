/**
 * The report functions (20261201070000) against an independent computation written here, over
 * the raw rows of the demo data (read as the superuser, added up in TypeScript): counts, sums to
 * the cent, success rate, and per-year grouping on Europe/Berlin dates, including a decision
 * recorded at 23:30 UTC on New Year's Eve (already the new year in Berlin). Then the exports:
 * CSV and XLSX made from a real report table, parsed back and compared cell by cell with types.
 * Strangers and members are refused.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	applicationsTable,
	ownFundsTable,
	sourceRows,
	sourcesTable
} from '../../../src/lib/server/grant-reports.ts';
import {
	reportCsv,
	reportXlsx,
	XLSX_FORMATS,
	type ExportContext
} from '../../../src/lib/server/report-exports.ts';
import type { ReportFilters, ReportTable } from '../../../src/lib/domain/grant-reports.ts';
import { anonClient, sql, userClient } from '../../support/clients.ts';
import {
	approvedApplication,
	createCall,
	createMember,
	createOrganisation,
	createProgramme,
	staffMember,
	type Staff
} from './fixtures.ts';

type Raw = {
	id: string;
	organisation_id: string;
	funder_id: string | null;
	status: string;
	created_at: Date;
	decided_at: Date | null;
	outcome: string | null;
	office_role: string;
	own_fund_id: string | null;
	requested_cents: string;
	granted_cents: string;
	paid_cents: string;
	own_funds_cents: string;
	ever_submitted: boolean;
};

/** The calendar year in Berlin of an instant, by Intl (not by the database). */
const berlinYear = (moment: Date) =>
	Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(moment)
	);

/** Raw rows only: no join the report functions make is reused, the rules are applied below. */
async function rawApplications(where: string, values: unknown[] = []): Promise<Raw[]> {
	return sql<Raw>(
		`select a.id, a.organisation_id, a.status, a.created_at, a.office_role, a.own_fund_id,
		        a.requested_cents, a.granted_cents, a.paid_cents, a.own_funds_cents,
		        (select p.funder_id from public.programmes p where p.id = coalesce(
		           (select c.programme_id from public.funding_calls c where c.id = a.funding_call_id),
		           (select f.programme_id from public.own_funds f where f.id = a.own_fund_id))) as funder_id,
		        (select d.outcome::text from public.grant_decisions d where d.application_id = a.id) as outcome,
		        (select min(l.occurred_at) from public.application_activities l
		         where l.application_id = a.id and l.kind = 'status_changed'
		           and l.to_status::text in ('approved', 'partly_approved', 'rejected')) as decided_at,
		        exists (select 1 from public.application_activities l
		                where l.application_id = a.id and l.to_status = 'submitted') as ever_submitted
		 from public.applications a where ${where}`,
		values
	);
}

type Expected = {
	applications: number;
	decided: number;
	successful: number;
	requested_cents: number;
	granted_cents: number;
	paid_cents: number;
	own_contribution_cents: number;
	with_office_cents: number;
};

function expectedFigures(rows: Raw[]): Expected {
	const submitted = (row: Raw) =>
		!['idea', 'drafting'].includes(row.status) &&
		(row.status !== 'withdrawn' || row.ever_submitted);
	const success = (row: Raw) => row.outcome === 'approved' || row.outcome === 'partly_approved';
	const add = (list: Raw[], pick: (row: Raw) => string) =>
		list.reduce((total, row) => total + Number(pick(row)), 0);
	return {
		applications: rows.filter(submitted).length,
		decided: rows.filter((row) => row.outcome !== null).length,
		successful: rows.filter(success).length,
		requested_cents: add(rows.filter(submitted), (row) => row.requested_cents),
		granted_cents: add(rows, (row) => row.granted_cents),
		paid_cents: add(rows, (row) => row.paid_cents),
		own_contribution_cents: add(
			rows.filter((row) => Number(row.granted_cents) > 0),
			(row) => row.own_funds_cents
		),
		with_office_cents: add(
			rows.filter((row) => row.office_role !== 'none' || row.own_fund_id !== null),
			(row) => row.granted_cents
		)
	};
}

const reportYear = (row: Raw) => berlinYear(row.decided_at ?? row.created_at);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

let staff: Staff;
let demo: Raw[];
let demoFunders: string[];

beforeAll(async () => {
	staff = await staffMember();
	demo = await rawApplications('a.is_demo');
	demoFunders = (await sql<{ id: string }>(`select id from public.funders where is_demo`)).map(
		(row) => row.id
	);
});

describe('report figures over the demo data', () => {
	it('has demo applications across several years and funders to check against', () => {
		expect(new Set(demo.map(reportYear)).size).toBeGreaterThanOrEqual(3);
		expect(demoFunders.length).toBeGreaterThanOrEqual(3);
		expect(demo.some((row) => row.outcome === 'rejected')).toBe(true);
	});

	it('adds up each demo funder per Berlin year exactly as the raw rows do', async () => {
		for (const funder of demoFunders) {
			const { data, error } = await staff.client.rpc('report_applications', {
				group_by: 'year',
				from_year: 2000,
				to_year: 2100,
				funder
			});
			expect(error).toBeNull();
			const mine = demo.filter((row) => row.funder_id === funder);
			const expected = [...groupBy(mine, (row) => String(reportYear(row)))]
				.map(([year, rows]) => ({ key: year, label: null, ...expectedFigures(rows) }))
				.sort((a, b) => a.key.localeCompare(b.key));
			expect(data).toEqual(expected);
		}
	});

	it('gives the success rate as successful over decided', async () => {
		const table = await applicationsTable(
			staff.client,
			{ from: 2000, to: 2100, by: 'funder', funder: demoFunders[0] },
			'de'
		);
		const mine = expectedFigures(demo.filter((row) => row.funder_id === demoFunders[0]));
		const rate = table.columns.findIndex((column) => column.key === 'successRate');
		expect(table.total![rate]).toBe(mine.decided ? mine.successful / mine.decided : null);
	});

	it('reports each demo own fund’s budget use as its decisions add up', async () => {
		const table = await ownFundsTable(staff.client, { from: 2024, to: 2026, by: 'year' }, 'de');
		const funds = await sql<{ id: string; year: number; name: string; budget_cents: string }>(
			`select id, year, name, budget_cents from public.own_funds where is_demo order by year`
		);
		for (const fund of funds) {
			const granted = demo
				.filter((row) => row.own_fund_id === fund.id)
				.reduce((total, row) => total + Number(row.granted_cents), 0);
			const row = table.rows.find((cells) => cells[0] === fund.year && cells[1] === fund.name);
			expect(row?.slice(2, 4)).toEqual([Number(fund.budget_cents), granted]);
		}
	});

	it('counts the demo staff posts (FTE) running in each year', async () => {
		const posts = await sql<{
			fte: string;
			starts_on: string;
			ends_on: string | null;
			is_demo: boolean;
		}>(`select fte::text, starts_on::text, ends_on::text, is_demo from public.staff_posts`);
		const rows = await sourceRows(staff.client, { from: 2024, to: 2026, by: 'year' });
		for (const year of [2024, 2025, 2026]) {
			const running = posts.filter(
				(post) =>
					post.starts_on <= `${year}-12-31` && (!post.ends_on || post.ends_on >= `${year}-01-01`)
			);
			// Thousandths as integers: FTE have three decimals, their sum stays exact.
			const expected = running.reduce(
				(total, post) => total + Math.round(Number(post.fte) * 1000),
				0
			);
			const reported = rows
				.filter((row) => row.year === year)
				.reduce((total, row) => total + Math.round(Number(row.fte) * 1000), 0);
			expect(reported).toBe(expected);
		}
		expect(posts.some((post) => post.is_demo)).toBe(true);
	});
});

describe('years in Europe/Berlin', () => {
	it('counts an application decided at 23:30 UTC on New Year’s Eve in the new year', async () => {
		const programme = await createProgramme();
		const [{ funder_id: funder } = { funder_id: '' }] = await sql<{ funder_id: string }>(
			'select funder_id from public.programmes where id = $1',
			[programme]
		);
		const call = await createCall(programme);
		const organisation = await createOrganisation('reports');
		const id = await approvedApplication(
			staff,
			{ organisation_id: organisation, funding_call_id: call, requested_cents: 500_000 },
			{ amount_cents: 400_000, period_start: '2026-02-01', period_end: '2026-12-31' }
		);
		// The office recorded the approval at 00:30 on 1 January in Kassel: backdate the log's
		// entry as the seed does, lifting the append-only guard for this alone.
		await sql(`
			begin;
			alter table public.application_activities disable trigger application_activities_append_only;
			update public.application_activities set occurred_at = '2025-12-31T23:30:00Z'
			 where application_id = '${id}' and kind = 'status_changed' and to_status = 'approved';
			update public.applications set created_at = '2025-12-01T10:00:00Z' where id = '${id}';
			alter table public.application_activities enable trigger application_activities_append_only;
			commit;`);
		const [raw] = await rawApplications('a.id = $1', [id]);
		expect(raw!.decided_at!.toISOString()).toBe('2025-12-31T23:30:00.000Z');
		const { data, error } = await staff.client.rpc('report_applications', {
			group_by: 'year',
			from_year: 2025,
			to_year: 2026,
			funder
		});
		expect(error).toBeNull();
		expect(data).toEqual([
			{ key: String(reportYear(raw!)), label: null, ...expectedFigures([raw!]) }
		]);
		expect(data![0]!.key).toBe('2026');
		expect(data![0]!.granted_cents).toBe(400_000);
	});
});

describe('who may see reports', () => {
	const calls = [
		['report_applications', { group_by: 'year', from_year: 2024, to_year: 2026 }],
		['report_pipeline', { from_year: 2024, to_year: 2026 }],
		['report_own_funds', { from_year: 2024, to_year: 2026 }],
		['report_sources', { from_year: 2024, to_year: 2026 }],
		['report_inquiry', { from_year: 2024, to_year: 2026 }]
	] as const;

	it('refuses a member of an organisation with applications, a stranger and visitors', async () => {
		const organisation = demo[0]!.organisation_id;
		const member = userClient(await createMember(organisation, 'owner'));
		const stranger = userClient(await createMember(await createOrganisation('none'), 'editor'));
		for (const [name, args] of calls) {
			for (const client of [member, stranger]) {
				const { data, error } = await client.rpc(name, args as never);
				expect(data, name).toBeNull();
				expect(error?.code, name).toBe('42501');
			}
			const { error } = await anonClient().rpc(name, args as never);
			expect(error, name).not.toBeNull();
		}
	});
});

describe('exports', () => {
	const filters: ReportFilters = { from: 2024, to: 2026, by: 'level' };
	const context: ExportContext = {
		filters: [
			['Von Jahr', '2024'],
			['Bis Jahr', '2026'],
			['Gruppiert nach', 'Ebene']
		],
		labels: { filters: 'Auswahl', exportedAt: 'Exportiert am', euro: 'EUR', percent: '%' },
		exportedAt: new Date('2026-11-30T15:45:00Z')
	};
	let tables: ReportTable[];

	beforeAll(async () => {
		tables = [
			await applicationsTable(staff.client, filters, 'de'),
			sourcesTable(await sourceRows(staff.client, filters), 'de')
		];
	});

	/** A German number as written in the CSV ('1234,56') back to a number. */
	const germanNumber = (text: string) => Number(text.replace(',', '.'));

	it('writes CSV for German Excel: BOM, semicolons, decimal comma, filters, header, every cell', () => {
		for (const table of tables) {
			const csv = reportCsv(table, context);
			expect(csv.startsWith('\uFEFF')).toBe(true);
			const lines = csv.slice(1).split('\r\n');
			expect(lines[0]).toBe(table.title);
			expect(lines.slice(2, 5)).toEqual(context.filters.map((pair) => pair.join(';')));
			const header = lines.indexOf('') + 1;
			expect(lines[header]!.split(';')[0]).toBe(table.columns[0]!.label);
			const body = [...table.rows, ...(table.total ? [table.total] : [])];
			body.forEach((row, r) => {
				const cells = lines[header + 1 + r]!.split(';');
				expect(cells).toHaveLength(table.columns.length);
				row.forEach((value, c) => {
					const kind = table.columns[c]!.kind;
					const cell = cells[c]!;
					if (value === null) return expect(cell).toBe('');
					if (typeof value === 'string') return expect(cell.replace(/^"|"$/g, '')).toBe(value);
					expect(cell).toMatch(/^-?\d+(,\d+)?$/);
					if (kind === 'cents') expect(Math.round(germanNumber(cell) * 100)).toBe(value);
					else if (kind === 'ratio') expect(germanNumber(cell)).toBeCloseTo(value * 100, 2);
					else if (kind === 'fte') expect(germanNumber(cell)).toBeCloseTo(value, 3);
					else expect(germanNumber(cell)).toBe(value);
				});
			});
		}
	});

	it('writes XLSX with a header row, number cells in German formats and the filters', async () => {
		for (const table of tables) {
			const workbook = new ExcelJS.Workbook();
			// Read as a stream: exceljs' types predate Node's generic Buffer.
			await workbook.xlsx.read(Readable.from([await reportXlsx(table, context)]));
			const sheet = workbook.getWorksheet('Bericht')!;
			expect(table.columns.map((column, c) => sheet.getRow(1).getCell(c + 1).value)).toEqual(
				table.columns.map((column) => column.label)
			);
			const body = [...table.rows, ...(table.total ? [table.total] : [])];
			expect(sheet.rowCount).toBe(body.length + 1);
			body.forEach((row, r) => {
				row.forEach((value, c) => {
					const cell = sheet.getRow(r + 2).getCell(c + 1);
					const kind = table.columns[c]!.kind;
					if (value === null) return expect(cell.type).toBe(ExcelJS.ValueType.Null);
					if (typeof value === 'string') {
						expect(cell.type).toBe(ExcelJS.ValueType.String);
						return expect(cell.value).toBe(value);
					}
					expect(cell.type).toBe(ExcelJS.ValueType.Number);
					expect(cell.numFmt).toBe(XLSX_FORMATS[kind]);
					if (kind === 'cents') expect(Math.round((cell.value as number) * 100)).toBe(value);
					else expect(cell.value).toBe(value);
				});
			});
			const about = workbook.getWorksheet('Filter')!;
			expect(about.getRow(1).getCell(1).value).toBe(table.title);
			const exported = about.getRow(2).getCell(2);
			expect(exported.type).toBe(ExcelJS.ValueType.Date);
			// 15:45 UTC on 30 November is 16:45 in Berlin (winter time): the cell holds Berlin's clock.
			expect((exported.value as Date).toISOString()).toBe('2026-11-30T16:45:00.000Z');
			expect(exported.numFmt).toBe('dd.mm.yyyy hh:mm');
			expect(
				context.filters.map((_, i) => [
					about.getRow(3 + i).getCell(1).value,
					about.getRow(3 + i).getCell(2).value
				])
			).toEqual(context.filters);
		}
	});
});
