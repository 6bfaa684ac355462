/**
 * The office's directory desk: the organisations table, its counts and the status steps. Read and
 * written with the staff member's own client, so RLS and public.set_organisation_status decide.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import {
	DESK_PAGE_SIZE,
	staleBefore,
	type DeskNetwork,
	type DeskOrganisation,
	type OrganisationDeskQuery,
	type OrganisationSort
} from '$lib/domain/office-organisations';
import { statusAfter, type StatusAction } from '$lib/domain/organisation-status';

type Client = SupabaseClient<Database>;

const SORT_COLUMNS: Record<
	OrganisationSort,
	keyof Database['public']['Tables']['organisations']['Row']
> = {
	name: 'name',
	kind: 'kind',
	status: 'status',
	confirmed: 'last_confirmed_at',
	updated: 'updated_at'
};

/** `%` and `_` typed into the search box are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export type DeskPage = { organisations: DeskOrganisation[]; total: number };

export async function listDeskOrganisations(
	supabase: Client,
	query: OrganisationDeskQuery,
	now = new Date()
): Promise<DeskPage> {
	let request = supabase
		.from('organisations')
		.select('id, name, slug, kind, status, last_confirmed_at, updated_at, is_demo', {
			count: 'exact'
		});
	if (query.q) request = request.ilike('name', likePattern(query.q));
	if (query.kind) request = request.eq('kind', query.kind);
	if (query.status) request = request.eq('status', query.status);
	if (query.network) request = request.in('id', await networkMemberIds(supabase, query.network));
	if (query.confirmed === 'never') request = request.is('last_confirmed_at', null);
	if (query.confirmed === 'stale') request = request.lt('last_confirmed_at', staleBefore(now));
	if (query.confirmed === 'recent') request = request.gte('last_confirmed_at', staleBefore(now));
	if (query.revisions) {
		const pending = await pendingRevisionOrganisations(supabase);
		if (query.revisions === 'pending') request = request.in('id', pending);
		else if (pending.length) request = request.not('id', 'in', `(${pending.join(',')})`);
	}
	const from = (query.page - 1) * DESK_PAGE_SIZE;
	const { data, count, error } = await request
		.order(SORT_COLUMNS[query.sort], {
			ascending: !query.descending,
			nullsFirst: !query.descending
		})
		.order('id')
		.range(from, from + DESK_PAGE_SIZE - 1);
	if (error) throw new Error(`could not list organisations: ${error.message}`);
	const pending = new Set(
		await pendingRevisionOrganisations(
			supabase,
			data.map((row) => row.id)
		)
	);
	return {
		total: count ?? 0,
		organisations: data.map((row) => ({
			id: row.id,
			name: row.name,
			slug: row.slug,
			kind: row.kind,
			status: row.status,
			lastConfirmedAt: row.last_confirmed_at,
			updatedAt: row.updated_at,
			isDemo: row.is_demo,
			pendingRevision: pending.has(row.id)
		}))
	};
}

/** Organisations (of `among`, when given) with a revision waiting in the review queue. */
async function pendingRevisionOrganisations(supabase: Client, among?: string[]): Promise<string[]> {
	if (among?.length === 0) return [];
	let request = supabase
		.from('entry_revisions')
		.select('organisation_id')
		.eq('status', 'submitted');
	if (among) request = request.in('organisation_id', among);
	const { data, error } = await request;
	if (error) throw new Error(`could not list pending revisions: ${error.message}`);
	return [...new Set(data.map((row) => row.organisation_id))];
}

async function networkMemberIds(supabase: Client, network: string): Promise<string[]> {
	const { data, error } = await supabase
		.from('network_memberships')
		.select('organisation_id')
		.eq('network_id', network);
	if (error) throw new Error(`could not list the network's members: ${error.message}`);
	return data.map((row) => row.organisation_id);
}

/** Every network (published or not), for the filter and the networks page. */
export async function listNetworks(supabase: Client): Promise<DeskNetwork[]> {
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name')
		.eq('kind', 'network')
		.order('name');
	if (error) throw new Error(`could not list networks: ${error.message}`);
	return data;
}

export type DeskCounts = { drafts: number; openRequests: number; stale: number };

/** What waits for the office, for the dashboard. */
export async function deskCounts(supabase: Client, now = new Date()): Promise<DeskCounts> {
	const head = { count: 'exact', head: true } as const;
	const [drafts, openRequests, stale] = await Promise.all([
		supabase.from('organisations').select('id', head).eq('status', 'draft'),
		supabase.from('join_requests').select('id', head).eq('status', 'open'),
		supabase
			.from('organisations')
			.select('id', head)
			.eq('status', 'published')
			.or(`last_confirmed_at.is.null,last_confirmed_at.lt.${staleBefore(now)}`)
	]);
	for (const result of [drafts, openRequests, stale]) {
		if (result.error) throw new Error(`could not count the desk: ${result.error.message}`);
	}
	return {
		drafts: drafts.count ?? 0,
		openRequests: openRequests.count ?? 0,
		stale: stale.count ?? 0
	};
}

export type DeskEntry = DeskOrganisation & {
	email: string | null;
	website: string | null;
	description: string | null;
	createdAt: string;
};

export async function loadDeskEntry(supabase: Client, id: string): Promise<DeskEntry | null> {
	const { data, error } = await supabase
		.from('organisations')
		.select(
			'id, name, slug, kind, status, last_confirmed_at, updated_at, is_demo, email, website, description, created_at'
		)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`could not load the organisation: ${error.message}`);
	if (!data) return null;
	return {
		id: data.id,
		name: data.name,
		slug: data.slug,
		kind: data.kind,
		status: data.status,
		lastConfirmedAt: data.last_confirmed_at,
		updatedAt: data.updated_at,
		isDemo: data.is_demo,
		pendingRevision: (await pendingRevisionOrganisations(supabase, [data.id])).length > 0,
		email: data.email,
		website: data.website,
		description: data.description,
		createdAt: data.created_at
	};
}

export type StatusOutcome = 'done' | 'forbidden' | 'refused' | 'failed';

/** Publish, archive or restore; the database checks that the caller is staff and the step allowed. */
export async function changeOrganisationStatus(
	supabase: Client,
	organisation: string,
	action: StatusAction
): Promise<StatusOutcome> {
	const { error } = await supabase.rpc('set_organisation_status', {
		organisation,
		status: statusAfter(action)
	});
	if (!error) return 'done';
	if (error.code === '42501') return 'forbidden';
	// 22023: the step is not allowed from the current status (someone else was quicker).
	if (error.code === '22023' || error.code === 'P0002') return 'refused';
	return 'failed';
}
