/**
 * The office's application table and board, read with the staff member's own client. Funder and
 * programme filters are turned into the calls and funds they cover first (small tables), so the
 * query on applications only ever filters by its own indexed columns.
 */
import type { QueryData, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import {
	BOARD_COLUMN_SIZE,
	decodeCursor,
	encodeCursor,
	PAGE_SIZE,
	type ApplicationFilterOptions,
	type ApplicationFilters,
	type ApplicationListQuery,
	type ApplicationPage,
	type ApplicationRow,
	type ApplicationSort,
	type BoardColumn
} from '$lib/domain/application-list';
import { APPLICATION_STATUSES } from '$lib/domain/grant-status';

type Client = SupabaseClient<Database>;

const ROW = `id, title, status, period_start, requested_cents, granted_cents, paid_cents, updated_at,
	organisation:organisations!inner(id, name),
	call:funding_calls(title, programme:programmes!inner(name)),
	fund:own_funds(name, year)`;

const selectRows = (supabase: Client) => supabase.from('applications').select(ROW);
type Row = QueryData<ReturnType<typeof selectRows>>[number];

const SORT_COLUMN: Record<ApplicationSort, string> = {
	updated: 'updated_at',
	title: 'title',
	requested: 'requested_cents',
	granted: 'granted_cents'
};

// More organisations than this matching a search word is no longer a search by name.
const MAX_NAME_MATCHES = 200;

function row(data: Row): ApplicationRow {
	return {
		id: data.id,
		title: data.title,
		status: data.status,
		organisation: data.organisation.name,
		organisationId: data.organisation.id,
		source: data.call ? data.call.title : data.fund ? `${data.fund.name} ${data.fund.year}` : null,
		programme: data.call?.programme.name ?? null,
		periodStart: data.period_start,
		requestedCents: data.requested_cents,
		grantedCents: data.granted_cents,
		paidCents: data.paid_cents,
		updatedAt: data.updated_at
	};
}

/** A value inside a PostgREST `or=(…)` list, quoted so commas and brackets stay part of it. */
function quoted(value: string | number): string {
	return typeof value === 'number'
		? String(value)
		: `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

type Sources = { calls: string[]; funds: string[] } | null;

/** The calls and funds a funder or programme filter stands for (null: no such filter). */
async function sourcesOf(supabase: Client, filters: ApplicationFilters): Promise<Sources> {
	if (!filters.funder && !filters.programme) return null;
	let programmes = supabase.from('programmes').select('id');
	if (filters.programme) programmes = programmes.eq('id', filters.programme);
	if (filters.funder) programmes = programmes.eq('funder_id', filters.funder);
	const { data: found, error } = await programmes;
	if (error) throw new Error(`programmes: ${error.message}`);
	const ids = found.map((programme) => programme.id);
	if (ids.length === 0) return { calls: [], funds: [] };
	const [calls, funds] = await Promise.all([
		supabase.from('funding_calls').select('id').in('programme_id', ids),
		supabase.from('own_funds').select('id').in('programme_id', ids)
	]);
	if (calls.error) throw new Error(`calls: ${calls.error.message}`);
	if (funds.error) throw new Error(`funds: ${funds.error.message}`);
	return { calls: calls.data.map((c) => c.id), funds: funds.data.map((f) => f.id) };
}

async function organisationsNamed(supabase: Client, words: string): Promise<string[]> {
	const pattern = `%${words.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
	const { data, error } = await supabase
		.from('organisations')
		.select('id')
		.ilike('name', pattern)
		.limit(MAX_NAME_MATCHES);
	if (error) throw new Error(`organisations: ${error.message}`);
	return data.map((organisation) => organisation.id);
}

type Filterable = ReturnType<typeof selectRows>;
type Prepared = { sources: Sources; named: string[] };

/**
 * What the filters need looked up first; null when they cannot match anything (a funder without
 * calls or funds), so the caller skips the database.
 */
async function prepare(supabase: Client, filters: ApplicationFilters): Promise<Prepared | null> {
	const [sources, named] = await Promise.all([
		sourcesOf(supabase, filters),
		filters.q ? organisationsNamed(supabase, filters.q) : Promise.resolve([])
	]);
	if (sources && sources.calls.length === 0 && sources.funds.length === 0) return null;
	return { sources, named };
}

function filtered<Q extends Filterable>(
	query: Q,
	filters: ApplicationFilters,
	{ sources, named }: Prepared,
	userId: string
): Q {
	let request = query;
	if (filters.status) request = request.eq('status', filters.status) as Q;
	if (filters.year) {
		request = request
			.gte('period_start', `${filters.year}-01-01`)
			.lt('period_start', `${filters.year + 1}-01-01`) as Q;
	}
	if (filters.organisation) request = request.eq('organisation_id', filters.organisation) as Q;
	if (filters.responsible === 'me') request = request.eq('responsible_staff_id', userId) as Q;
	if (filters.responsible === 'nobody') request = request.is('responsible_staff_id', null) as Q;
	if (sources) {
		const either = [
			sources.calls.length ? `funding_call_id.in.(${sources.calls.join(',')})` : null,
			sources.funds.length ? `own_fund_id.in.(${sources.funds.join(',')})` : null
		].filter(Boolean);
		request = request.or(either.join(',')) as Q;
	}
	if (filters.q) {
		const words = `search.wfts(german).${quoted(filters.q)}`;
		request = request.or(
			named.length ? `${words},organisation_id.in.(${named.join(',')})` : words
		) as Q;
	}
	return request;
}

/** One page of the table, after the cursor's row, in the chosen order. */
export async function listApplications(
	supabase: Client,
	query: ApplicationListQuery,
	userId: string
): Promise<ApplicationPage> {
	const prepared = await prepare(supabase, query);
	if (!prepared) return { rows: [], next: null };
	const request = filtered(selectRows(supabase), query, prepared, userId);
	const column = SORT_COLUMN[query.sort];
	const ascending = query.dir === 'asc';
	const cursor = query.after ? decodeCursor(query.after, query.sort) : null;
	let paged = request;
	if (cursor) {
		const op = ascending ? 'gt' : 'lt';
		paged = paged.or(
			`${column}.${op}.${quoted(cursor.value)},and(${column}.eq.${quoted(cursor.value)},id.${op}.${cursor.id})`
		);
	}
	const { data, error } = await paged
		.order(column, { ascending })
		.order('id', { ascending })
		.limit(PAGE_SIZE + 1);
	if (error) throw new Error(`applications: ${error.message}`);
	const rows = data.slice(0, PAGE_SIZE).map(row);
	const last = rows.at(-1);
	return {
		rows,
		next: data.length > PAGE_SIZE && last ? encodeCursor(last, query.sort) : null
	};
}

/** The board: per status its count and the most recently changed cards. */
export async function loadBoard(
	supabase: Client,
	filters: ApplicationFilters,
	userId: string
): Promise<BoardColumn[]> {
	const prepared = await prepare(supabase, filters);
	return Promise.all(
		APPLICATION_STATUSES.map(async (status) => {
			if (!prepared) return { status, count: 0, cards: [] };
			const base = supabase.from('applications').select(ROW, { count: 'exact' });
			const { data, count, error } = await filtered(base, { ...filters, status }, prepared, userId)
				.order('updated_at', { ascending: false })
				.order('id', { ascending: false })
				.limit(BOARD_COLUMN_SIZE);
			if (error) throw new Error(`board ${status}: ${error.message}`);
			return { status, count: count ?? data.length, cards: data.map(row) };
		})
	);
}

/** What the filters offer; an organisation is chosen from the table (its name is a filter link). */
export async function loadFilterOptions(supabase: Client): Promise<ApplicationFilterOptions> {
	const [funders, programmes] = await Promise.all([
		supabase.from('funders').select('id, name').order('name'),
		supabase.from('programmes').select('id, name').order('name')
	]);
	if (funders.error) throw new Error(`funders: ${funders.error.message}`);
	if (programmes.error) throw new Error(`programmes: ${programmes.error.message}`);
	const thisYear = new Date().getFullYear();
	return {
		funders: funders.data.map((f) => ({ value: f.id, label: f.name })),
		programmes: programmes.data.map((p) => ({ value: p.id, label: p.name })),
		years: Array.from({ length: 8 }, (_, i) => thisYear + 1 - i)
	};
}
