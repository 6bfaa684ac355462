import { Constants, type Database } from '$lib/database.types';

/**
 * The status pipeline of a funding application (German grant law): which status may follow
 * which. The database enforces the same table (private.application_status_transitions, migration
 * create_application_status_pipeline) for every write, the API's included; this copy lets the UI
 * offer only the moves the database will accept. tests/integration/grants/status-pipeline.test.ts
 * holds the two together.
 */
export type ApplicationStatus = Database['public']['Enums']['application_status'];

/** In pipeline order: Idee … Abgeschlossen, Rückforderung. */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] =
	Constants.public.Enums.application_status;

/** Where a new application may start: the office may record one already submitted. */
export const ENTRY_STATUSES: readonly ApplicationStatus[] = ['idea', 'drafting', 'submitted'];

export const STATUS_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> =
	{
		idea: ['drafting', 'withdrawn'],
		drafting: ['submitted', 'withdrawn'],
		submitted: [
			'more_information_requested',
			'approved',
			'partly_approved',
			'rejected',
			'withdrawn'
		],
		more_information_requested: [
			'submitted',
			'approved',
			'partly_approved',
			'rejected',
			'withdrawn'
		],
		approved: ['in_progress'],
		partly_approved: ['in_progress'],
		rejected: [],
		withdrawn: [],
		in_progress: ['final_report_submitted', 'clawback'],
		final_report_submitted: ['closed', 'clawback'],
		closed: ['clawback'],
		clawback: ['closed']
	};

/** Statuses that need a grant decision (Bescheid) with the same outcome before the move. */
export const DECISION_STATUSES: readonly ApplicationStatus[] = ['approved', 'partly_approved'];

/** Statuses in which money has been granted: payments may be recorded, obligations are owed. */
export const GRANTED_STATUSES: readonly ApplicationStatus[] = [
	'approved',
	'partly_approved',
	'in_progress',
	'final_report_submitted',
	'closed',
	'clawback'
];

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
	return STATUS_TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
	return STATUS_TRANSITIONS[from];
}

/** Whether an application in this status can still change (rejected and withdrawn are final). */
export function isFinal(status: ApplicationStatus): boolean {
	return STATUS_TRANSITIONS[status].length === 0;
}

/** Whether a move needs the decision recorded first. */
export function needsDecision(to: ApplicationStatus): boolean {
	return DECISION_STATUSES.includes(to);
}
