/**
 * Clearing through the database's functions (migration 20261201010000): the working copy, section
 * saves under optimistic locking, submitting, and the office's decisions. The rules (who may,
 * which status may follow which, the version check) live in those functions; this module only
 * calls them with the request's own client and parses what comes back, once.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/database.types';
import { historyChanges, type HistoryRow } from '$lib/domain/entry-history';
import {
	entrySnapshot,
	REVISION_STATUSES,
	VERSION_CONFLICT_CODE,
	type EntrySection,
	type EntrySnapshot,
	type RevisionStatus
} from '$lib/domain/entry-snapshot';

type Client = SupabaseClient<Database>;

const revisionRow = z.object({
	id: z.uuid(),
	organisation_id: z.uuid(),
	status: z.enum(REVISION_STATUSES),
	proposed: entrySnapshot,
	base: entrySnapshot,
	version: z.number().int(),
	created_by: z.uuid().nullable(),
	created_at: z.string(),
	updated_by: z.uuid().nullable(),
	updated_at: z.string(),
	submitted_at: z.string().nullable(),
	decided_by: z.uuid().nullable(),
	decided_at: z.string().nullable(),
	decision_reason: z.string().nullable()
});

export type Revision = {
	id: string;
	organisationId: string;
	status: RevisionStatus;
	proposed: EntrySnapshot;
	base: EntrySnapshot;
	version: number;
	createdBy: string | null;
	updatedBy: string | null;
	updatedAt: string;
	submittedAt: string | null;
	decidedAt: string | null;
	decisionReason: string | null;
};

function toRevision(data: unknown): Revision {
	const row = revisionRow.parse(data);
	return {
		id: row.id,
		organisationId: row.organisation_id,
		status: row.status,
		proposed: row.proposed,
		base: row.base,
		version: row.version,
		createdBy: row.created_by,
		updatedBy: row.updated_by,
		updatedAt: row.updated_at,
		submittedAt: row.submitted_at,
		decidedAt: row.decided_at,
		decisionReason: row.decision_reason
	};
}

/** Refused by the database: no right (42501), a closed revision (55000), or bad data. */
export class RevisionRefusedError extends Error {
	readonly code: string;
	constructor(code: string, message: string) {
		super(message);
		this.code = code;
	}
}

function refused(error: { code: string; message: string }): RevisionRefusedError {
	return new RevisionRefusedError(error.code, error.message);
}

/** The open (or submitted) revision of the organisation, opened from the live entry if none. */
export async function openWorkingCopy(supabase: Client, organisationId: string): Promise<Revision> {
	const { data, error } = await supabase.rpc('entry_working_copy', {
		p_organisation: organisationId
	});
	if (error) throw refused(error);
	return toRevision(data);
}

export type SaveOutcome =
	| { kind: 'saved'; revision: Revision }
	/** Someone saved first: the current working copy, to show what changed meanwhile. */
	| { kind: 'conflict'; current: Revision }
	/** The database refused the values (a constraint the form does not know of). */
	| { kind: 'refused'; code: string };

export async function saveSection<S extends EntrySection>(
	supabase: Client,
	revision: Pick<Revision, 'id' | 'organisationId'>,
	section: S,
	value: EntrySnapshot[S],
	expectedVersion: number
): Promise<SaveOutcome> {
	const { data, error } = await supabase.rpc('save_entry_section', {
		p_revision: revision.id,
		p_section: section,
		p_value: value,
		p_expected_version: expectedVersion
	});
	if (!error) return { kind: 'saved', revision: toRevision(data) };
	if (error.code === VERSION_CONFLICT_CODE)
		return { kind: 'conflict', current: await openWorkingCopy(supabase, revision.organisationId) };
	if (error.code === '42501') throw refused(error);
	return { kind: 'refused', code: error.code };
}

export async function submitRevision(supabase: Client, revisionId: string): Promise<Revision> {
	const { data, error } = await supabase.rpc('submit_entry_revision', { p_revision: revisionId });
	if (error) throw refused(error);
	return toRevision(data);
}

export async function approveRevision(supabase: Client, revisionId: string): Promise<Revision> {
	const { data, error } = await supabase.rpc('approve_entry_revision', { p_revision: revisionId });
	if (error) throw refused(error);
	return toRevision(data);
}

export async function rejectRevision(
	supabase: Client,
	revisionId: string,
	reason: string
): Promise<Revision> {
	const { data, error } = await supabase.rpc('reject_entry_revision', {
		p_revision: revisionId,
		p_reason: reason
	});
	if (error) throw refused(error);
	return toRevision(data);
}

/** The latest decided revision (approved or rejected), for the portal's status banner. */
export async function latestDecision(
	supabase: Client,
	organisationId: string
): Promise<Pick<Revision, 'status' | 'decidedAt' | 'decisionReason'> | null> {
	const { data, error } = await supabase
		.from('entry_revisions')
		.select('status, decided_at, decision_reason')
		.eq('organisation_id', organisationId)
		.in('status', ['approved', 'rejected'])
		.order('decided_at', { ascending: false })
		.limit(1)
		.maybeSingle();
	if (error) throw new Error(`could not load the last decision: ${error.message}`);
	return data
		? { status: data.status, decidedAt: data.decided_at, decisionReason: data.decision_reason }
		: null;
}

export type QueuedRevision = Revision & { organisationName: string; organisationStatus: string };

/** The office's review queue: submitted revisions, oldest first (first come, first served). */
export async function reviewQueue(supabase: Client, limit = 50): Promise<QueuedRevision[]> {
	const { data, error } = await supabase
		.from('entry_revisions')
		.select('*, organisations (name, status)')
		.eq('status', 'submitted')
		.order('submitted_at', { ascending: true })
		.limit(limit);
	if (error) throw new Error(`could not load the review queue: ${error.message}`);
	return data.map(({ organisations, ...row }) => ({
		...toRevision(row),
		organisationName: organisations?.name ?? '',
		organisationStatus: organisations?.status ?? 'draft'
	}));
}

/** How many revisions wait for review (the queue shows the oldest `limit` of them). */
export async function queueLength(supabase: Client): Promise<number> {
	const { count, error } = await supabase
		.from('entry_revisions')
		.select('id', { count: 'exact', head: true })
		.eq('status', 'submitted');
	if (error) throw new Error(`could not count the review queue: ${error.message}`);
	return count ?? 0;
}

export async function findRevision(supabase: Client, revisionId: string): Promise<Revision | null> {
	const { data, error } = await supabase
		.from('entry_revisions')
		.select('*')
		.eq('id', revisionId)
		.maybeSingle();
	if (error) throw new Error(`could not load the revision: ${error.message}`);
	return data ? toRevision(data) : null;
}

export type EditableOrganisation = { id: string; name: string; slug: string; status: string };

/** The organisation as RLS lets the user see it (members: their own in any status; staff: all). */
export async function findOrganisation(
	supabase: Client,
	organisationId: string
): Promise<EditableOrganisation | null> {
	if (!z.uuid().safeParse(organisationId).success) return null;
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name, slug, status')
		.eq('id', organisationId)
		.maybeSingle();
	if (error) throw new Error(`could not load the organisation: ${error.message}`);
	return data;
}

const historyRow = z.object({
	id: z.number(),
	occurred_at: z.string(),
	actor_id: z.uuid().nullable(),
	actor_role: z.enum(['staff', 'member', 'system']),
	table_name: z.string(),
	operation: z.enum(['insert', 'update', 'delete']),
	revision_id: z.uuid().nullable(),
	old_values: z.record(z.string(), z.unknown()).nullable(),
	new_values: z.record(z.string(), z.unknown()).nullable()
});

/**
 * The entry's recorded changes, newest first. `actorEmail` names who made each change; only the
 * office passes it (members see whether it was their organisation, the office or the system).
 */
export async function entryHistory(
	supabase: Client,
	organisationId: string,
	actorEmail: (actorId: string) => Promise<string | null> = async () => null,
	limit = 300
): Promise<HistoryRow[]> {
	const { data, error } = await supabase
		.from('directory_history')
		.select(
			'id, occurred_at, actor_id, actor_role, table_name, operation, revision_id, old_values, new_values'
		)
		.eq('organisation_id', organisationId)
		.order('id', { ascending: false })
		.limit(limit);
	if (error) throw new Error(`could not load the history: ${error.message}`);
	const rows = data.map((row) => historyRow.parse(row));
	const emails = new Map(
		await Promise.all(
			[...new Set(rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])))].map(
				async (id) => [id, await actorEmail(id)] as const
			)
		)
	);
	return rows.map((row) => ({
		id: row.id,
		occurredAt: row.occurred_at,
		actorRole: row.actor_role,
		actorEmail: row.actor_id ? (emails.get(row.actor_id) ?? null) : null,
		tableName: row.table_name,
		operation: row.operation,
		fromRevision: row.revision_id !== null,
		changes: historyChanges(row.old_values, row.new_values)
	}));
}
