/**
 * The office's deadline calendar for one month: every obligation due in it and every call whose
 * application deadline falls in it, read with the staff member's own client. Filtering by
 * organisation or staff member narrows obligations to those applications, and calls to those
 * the organisation (or the staff member) has an application for.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { monthRange, type CalendarEntry, type CalendarQuery } from '$lib/domain/deadline-calendar';
import { deadlineDay } from '$lib/domain/deadline-reminders';
import { berlinInstant } from '$lib/domain/grant-deadlines';

type Client = SupabaseClient<Database>;

// A month of a busy office stays far below this; the cap keeps a runaway query bounded.
const MAX_ENTRIES = 2000;

async function obligationsDue(supabase: Client, query: CalendarQuery): Promise<CalendarEntry[]> {
	const { first, last } = monthRange(query.month);
	let request = supabase
		.from('obligations')
		.select(
			`id, kind, due_on, done_at,
			 application:applications!inner(id, title, organisation_id, responsible_staff_id,
			   organisation:organisations!inner(name))`
		)
		.gte('due_on', first)
		.lte('due_on', last);
	if (query.organisation) request = request.eq('application.organisation_id', query.organisation);
	if (query.staff) request = request.eq('application.responsible_staff_id', query.staff);
	const { data, error } = await request.order('due_on').order('id').limit(MAX_ENTRIES);
	if (error) throw new Error(`calendar obligations: ${error.message}`);
	return data.map((row) => ({
		kind: 'obligation',
		id: row.id,
		day: row.due_on,
		obligation: row.kind,
		applicationId: row.application.id,
		application: row.application.title,
		organisation: row.application.organisation.name,
		done: row.done_at !== null
	}));
}

async function callDeadlines(supabase: Client, query: CalendarQuery): Promise<CalendarEntry[]> {
	const { first, last } = monthRange(query.month);
	const from = berlinInstant(first, '00:00').toISOString();
	const to = berlinInstant(last, '23:59:59').toISOString();
	const filtered = query.organisation || query.staff;
	let request = supabase
		.from('funding_calls')
		.select(
			filtered
				? 'id, title, deadline_at, published, applications!inner()'
				: 'id, title, deadline_at, published'
		)
		.gte('deadline_at', from)
		.lte('deadline_at', to);
	if (query.organisation) request = request.eq('applications.organisation_id', query.organisation);
	if (query.staff) request = request.eq('applications.responsible_staff_id', query.staff);
	const { data, error } = await request
		.order('deadline_at')
		.order('id')
		.limit(MAX_ENTRIES)
		.overrideTypes<Array<{ id: string; title: string; deadline_at: string; published: boolean }>>();
	if (error) throw new Error(`calendar calls: ${error.message}`);
	return data.map((row) => ({
		kind: 'call',
		id: row.id,
		day: deadlineDay(row.deadline_at),
		deadlineAt: row.deadline_at,
		title: row.title,
		published: row.published
	}));
}

/** The month's entries, call deadlines first on each day (they have a time). */
export async function loadCalendarEntries(
	supabase: Client,
	query: CalendarQuery
): Promise<CalendarEntry[]> {
	const [calls, obligations] = await Promise.all([
		callDeadlines(supabase, query),
		obligationsDue(supabase, query)
	]);
	return [...calls, ...obligations].sort((a, b) => a.day.localeCompare(b.day));
}

export type FilterOption = { value: string; label: string };

/** Organisations with applications, and office staff: the filters' choices. */
export async function loadCalendarFilters(
	supabase: Client
): Promise<{ organisations: FilterOption[]; staff: FilterOption[] }> {
	const [organisations, staff] = await Promise.all([
		supabase
			.from('organisations')
			.select('id, name, applications!inner()')
			.order('name')
			.limit(1000),
		supabase.rpc('office_staff_directory')
	]);
	if (organisations.error)
		throw new Error(`calendar organisations: ${organisations.error.message}`);
	if (staff.error) throw new Error(`calendar staff: ${staff.error.message}`);
	return {
		organisations: organisations.data.map((row) => ({ value: row.id, label: row.name })),
		staff: staff.data.map((row) => ({ value: row.user_id, label: row.email }))
	};
}
