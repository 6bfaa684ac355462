import type { ApplicationObligation, ApplicationSource } from './grant-application.ts';
import type { ApplicationStatus } from './grant-status.ts';
import type { CallMatch } from './funding-call-match.ts';

/** What `/portal/foerderung` shows per organisation of the member: the shapes it renders. */

export type PortalApplication = {
	id: string;
	title: string;
	status: ApplicationStatus;
	source: ApplicationSource;
	requestedCents: number;
	grantedCents: number;
	paidCents: number;
	/** What is still owed, soonest first. */
	openObligations: ApplicationObligation[];
};

export type PortalOrganisationFunding = {
	id: string;
	name: string;
	/** Whether the organisation named any topic: without one, only calls open to all topics fit. */
	hasTopics: boolean;
	calls: CallMatch[];
	applications: PortalApplication[];
};
