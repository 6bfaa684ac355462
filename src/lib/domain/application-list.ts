import type { ApplicationStatus } from './grant-status.ts';

/**
 * The office's list of applications: what the table and the board filter by, how the table sorts
 * and pages, and the rows both render. Paging is by keyset (the last row's sort value and id), so
 * page 100 costs what page 1 costs, however many applications there are.
 */

export const APPLICATION_SORTS = ['updated', 'title', 'requested', 'granted'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** Whose applications: the signed-in staff member's, nobody's, or anyone's (no filter). */
export const RESPONSIBLE_FILTERS = ['me', 'nobody'] as const;
export type ResponsibleFilter = (typeof RESPONSIBLE_FILTERS)[number];

export type ApplicationFilters = {
	status?: ApplicationStatus;
	/** Project year: the year the project period starts in. */
	year?: number;
	funder?: string;
	programme?: string;
	organisation?: string;
	responsible?: ResponsibleFilter;
	/** Words in title or notes, or part of the organisation's name. */
	q?: string;
};

export type ApplicationListQuery = ApplicationFilters & {
	sort: ApplicationSort;
	dir: SortDirection;
	/** The cursor of the last row of the previous page. */
	after?: string;
};

export const PAGE_SIZE = 50;
/** Cards per column on the board; the column's count says how many there are in all. */
export const BOARD_COLUMN_SIZE = 30;

export type ApplicationRow = {
	id: string;
	title: string;
	status: ApplicationStatus;
	organisation: string;
	organisationId: string;
	/** The call's title or the fund's name and year. */
	source: string | null;
	programme: string | null;
	periodStart: string | null;
	requestedCents: number;
	grantedCents: number;
	paidCents: number;
	updatedAt: string;
};

export type ApplicationPage = { rows: ApplicationRow[]; next: string | null };

export type BoardColumn = { status: ApplicationStatus; count: number; cards: ApplicationRow[] };

export type Option = { value: string; label: string };
export type ApplicationFilterOptions = {
	funders: Option[];
	programmes: Option[];
	years: number[];
};

/** The sort column's value of a row, as the cursor carries it. */
export function sortValue(row: ApplicationRow, sort: ApplicationSort): string | number {
	switch (sort) {
		case 'updated':
			return row.updatedAt;
		case 'title':
			return row.title;
		case 'requested':
			return row.requestedCents;
		case 'granted':
			return row.grantedCents;
	}
}

type Cursor = { value: string | number; id: string };

export function encodeCursor(row: ApplicationRow, sort: ApplicationSort): string {
	const json = JSON.stringify([sortValue(row, sort), row.id]);
	return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replaceAll('=', '');
}

/** The cursor's value and id, or null for anything that is not a cursor of this sort. */
export function decodeCursor(cursor: string, sort: ApplicationSort): Cursor | null {
	try {
		const base64 = cursor.replaceAll('-', '+').replaceAll('_', '/');
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
		if (!Array.isArray(parsed) || parsed.length !== 2) return null;
		const [value, id] = parsed;
		if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
		const numeric = sort === 'requested' || sort === 'granted';
		if (numeric ? !Number.isSafeInteger(value) : typeof value !== 'string') return null;
		return { value, id };
	} catch {
		return null;
	}
}

/** The query string of a list URL: filters and sort, without defaults, so links stay short. */
export function listSearch(query: Partial<ApplicationListQuery>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === '') continue;
		if (key === 'sort' && value === 'updated') continue;
		if (key === 'dir' && value === 'desc') continue;
		params.set(key, String(value));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
