import type { Database } from '$lib/database.types';
import type { ApplicationStatus } from './grant-status.ts';

/** What the page of the office's own funds for a year shows. */

type Enums = Database['public']['Enums'];

export type FundGrant = {
	applicationId: string;
	title: string;
	organisation: string;
	status: ApplicationStatus;
	requestedCents: number;
	paidCents: number;
	decision: {
		outcome: Enums['decision_outcome'];
		decidedBy: Enums['decision_body'];
		decidedOn: string;
		amountCents: number;
		meetingId: string | null;
	} | null;
};

export type FundMeeting = { id: string; heldOn: string; title: string; minutes: string | null };

export type OwnFundYear = {
	id: string;
	name: string;
	year: number;
	origin: string | null;
	budgetLine: string | null;
	budgetCents: number;
	committedCents: number;
	paidCents: number;
	remainingCents: number;
	staffLimitCents: number;
	grants: FundGrant[];
	meetings: FundMeeting[];
};
