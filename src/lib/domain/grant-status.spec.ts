import { describe, expect, it } from 'vitest';
import { Constants } from '$lib/database.types';
import { de } from '$lib/i18n/messages/de';
import {
	APPLICATION_STATUSES,
	ENTRY_STATUSES,
	STATUS_TRANSITIONS,
	canTransition,
	isFinal,
	needsDecision,
	nextStatuses,
	type ApplicationStatus
} from './grant-status.ts';

/** Every status reachable from the entry statuses along valid moves. */
function reachable(): Set<ApplicationStatus> {
	const seen = new Set<ApplicationStatus>(ENTRY_STATUSES);
	const queue = [...ENTRY_STATUSES];
	while (queue.length) {
		for (const next of nextStatuses(queue.shift()!)) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}

describe('the application status pipeline', () => {
	it('names every status of the database enum, and only those', () => {
		expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
		for (const targets of Object.values(STATUS_TRANSITIONS))
			for (const target of targets) expect(APPLICATION_STATUSES).toContain(target);
	});

	it('follows Idee → In Vorbereitung → Eingereicht → Bewilligt → In Durchführung → Verwendungsnachweis → Abgeschlossen', () => {
		const path: ApplicationStatus[] = [
			'idea',
			'drafting',
			'submitted',
			'approved',
			'in_progress',
			'final_report_submitted',
			'closed'
		];
		for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
	});

	it('lets a request for more information go back to submitted and on to any outcome', () => {
		expect(canTransition('submitted', 'more_information_requested')).toBe(true);
		expect(canTransition('more_information_requested', 'submitted')).toBe(true);
		for (const outcome of ['approved', 'partly_approved', 'rejected', 'withdrawn'] as const) {
			expect(canTransition('submitted', outcome)).toBe(true);
			expect(canTransition('more_information_requested', outcome)).toBe(true);
		}
	});

	it('refuses skipping steps and going back', () => {
		expect(canTransition('idea', 'approved')).toBe(false);
		expect(canTransition('drafting', 'approved')).toBe(false);
		expect(canTransition('submitted', 'in_progress')).toBe(false);
		expect(canTransition('approved', 'submitted')).toBe(false);
		expect(canTransition('in_progress', 'closed')).toBe(false);
		expect(canTransition('closed', 'in_progress')).toBe(false);
		for (const status of APPLICATION_STATUSES) expect(canTransition(status, status)).toBe(false);
	});

	it('ends at rejected and withdrawn; a clawback can follow a running or finished grant', () => {
		expect(isFinal('rejected')).toBe(true);
		expect(isFinal('withdrawn')).toBe(true);
		expect(isFinal('closed')).toBe(false);
		for (const from of ['in_progress', 'final_report_submitted', 'closed'] as const)
			expect(canTransition(from, 'clawback')).toBe(true);
		expect(canTransition('approved', 'clawback')).toBe(false);
		expect(canTransition('clawback', 'closed')).toBe(true);
	});

	it('reaches every status from where an application may start', () => {
		expect([...reachable()].sort()).toEqual([...APPLICATION_STATUSES].sort());
	});

	it('asks for the decision before approving, in full or in part', () => {
		expect(needsDecision('approved')).toBe(true);
		expect(needsDecision('partly_approved')).toBe(true);
		expect(needsDecision('rejected')).toBe(false);
		expect(needsDecision('in_progress')).toBe(false);
	});

	it('has a German label (and so, by the translation tests, one in every language) for each status and obligation', () => {
		const keys = [
			...APPLICATION_STATUSES.map((status) => `grants.status.${status}`),
			...Constants.public.Enums.obligation_kind.map((kind) => `grants.obligation.${kind}`)
		];
		expect(keys.filter((key) => !Object.hasOwn(de, key))).toEqual([]);
	});
});
