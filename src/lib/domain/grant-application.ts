import type { Database } from '$lib/database.types';
import type { ApplicationStatus } from './grant-status.ts';
import type { OwnContributionCheck } from './own-contribution.ts';

/** What the office's application page shows: the shapes its components render. */

type Enums = Database['public']['Enums'];

export type ApplicationSource =
	| { kind: 'call'; title: string; programme: string; funder: string }
	| { kind: 'fund'; name: string; year: number }
	| null;

export type ApplicationDecision = {
	outcome: Enums['decision_outcome'];
	decidedBy: Enums['decision_body'];
	decidedOn: string;
	reference: string | null;
	amountCents: number;
	periodStart: string | null;
	periodEnd: string | null;
	conditions: string | null;
};

export type ApplicationObligation = {
	id: string;
	kind: Enums['obligation_kind'];
	dueOn: string;
	coversFrom: string | null;
	coversTo: string | null;
	doneAt: string | null;
};

export type ApplicationPayment = {
	id: string;
	direction: Enums['payment_direction'];
	amountCents: number;
	paidOn: string;
	spendBy: string | null;
};

export type ApplicationActivity = {
	id: number;
	kind: Enums['activity_kind'];
	fromStatus: ApplicationStatus | null;
	toStatus: ApplicationStatus | null;
	occurredAt: string;
	note: string | null;
	/** Field names of an edit, for "changed: title, period". */
	changedFields: string[];
};

export type ApplicationView = {
	id: string;
	title: string;
	status: ApplicationStatus;
	officeRole: Enums['office_role'];
	organisation: { name: string; slug: string };
	source: ApplicationSource;
	periodStart: string | null;
	periodEnd: string | null;
	totalCostCents: number;
	requestedCents: number;
	ownFundsCents: number;
	thirdPartyCents: number;
	volunteerHours: number;
	grantedCents: number;
	paidCents: number;
	notes: string | null;
	/** Null while the financing plan has no total cost. */
	ownContribution: OwnContributionCheck | null;
	decision: ApplicationDecision | null;
	obligations: ApplicationObligation[];
	payments: ApplicationPayment[];
	activities: ApplicationActivity[];
};
