import type { Database } from '$lib/database.types';
import type { ApplicantKind, FundingCallSummary } from './funding-calls.ts';

/**
 * "Calls that fit you": which open funding calls an organisation may apply to and why. A call
 * fits when every criterion it sets holds for the organisation: a topic in common, an applicant
 * type it names, a region the organisation works in and, when the member gave the amount they
 * need, an amount range that includes it. Each criterion that holds becomes a reason the portal
 * shows; a criterion the call leaves open is a reason too ("open to every topic"), so the member
 * sees why a call is listed without reading its small print.
 */

type OrganisationKind = Database['public']['Enums']['organisation_kind'];

export type OrganisationForMatching = {
	kind: OrganisationKind;
	/** As the organisation wrote it ("eingetragener Verein", "gemeinnützige GmbH"); null: none. */
	legalForm: string | null;
	/** Codes of the topics vocabulary. */
	topics: string[];
	/** Cities of the organisation's locations; none recorded means the installation's city. */
	cities: string[];
};

/** The installation's city, and the regions a call may name that contain it. */
export const HOME_CITY = 'Kassel';
const ENCLOSING_REGIONS: Readonly<Record<string, readonly string[]>> = {
	kassel: ['nordhessen', 'hessen', 'deutschland', 'bundesweit']
};

export type MatchReason =
	| { kind: 'topics'; topics: string[] }
	| { kind: 'anyTopic' }
	| { kind: 'applicant'; applicants: ApplicantKind[] }
	| { kind: 'anyApplicant' }
	| { kind: 'region'; region: string }
	| { kind: 'anyRegion' }
	| { kind: 'amount'; amountCents: number };

export type CallMatch = { call: FundingCallSummary; reasons: MatchReason[] };

// Legal forms as organisations write them, to the applicant types calls name.
const LEGAL_FORMS: ReadonlyArray<[RegExp, ApplicantKind]> = [
	[/eingetragene[rn]? verein|\be\.\s?v\./i, 'registered_association'],
	[/ggmbh|gemeinnützige (gmbh|gesellschaft|ug)/i, 'non_profit_company'],
	[/stiftung/i, 'foundation'],
	[
		/religionsgemeinschaft|kirchengemeinde|körperschaft des öffentlichen rechts/i,
		'religious_community'
	],
	[/kommunal|verwaltung|behörde|gremium der stadt/i, 'public_body']
];

/** The applicant types an organisation counts as, from its kind and its legal form. */
export function applicantKindsOf(organisation: OrganisationForMatching): ApplicantKind[] {
	const kinds = new Set<ApplicantKind>();
	const legalForm = organisation.legalForm?.trim() ?? '';
	for (const [pattern, kind] of LEGAL_FORMS) if (pattern.test(legalForm)) kinds.add(kind);
	if (organisation.kind === 'migrant_organisation') kinds.add('migrant_organisation');
	if (organisation.kind === 'public_body') kinds.add('public_body');
	// Without a legal form a group of people is an initiative in the funders' sense.
	if (legalForm === '' && organisation.kind !== 'public_body') kinds.add('unregistered_initiative');
	return [...kinds];
}

const normalise = (region: string) => region.trim().toLocaleLowerCase('de');

/** The regions an organisation works in: its cities and what contains them. */
function regionsOf(organisation: OrganisationForMatching): Set<string> {
	const cities = organisation.cities.length > 0 ? organisation.cities : [HOME_CITY];
	return new Set(
		cities.flatMap((city) => [normalise(city), ...(ENCLOSING_REGIONS[normalise(city)] ?? [])])
	);
}

/** Whether a call fits the organisation, and the reasons; null when it does not fit. */
export function matchCall(
	organisation: OrganisationForMatching,
	call: FundingCallSummary,
	amountCents?: number
): MatchReason[] | null {
	const reasons: MatchReason[] = [];

	if (call.topics.length === 0) reasons.push({ kind: 'anyTopic' });
	else {
		const shared = call.topics.filter((topic) => organisation.topics.includes(topic));
		if (shared.length === 0) return null;
		reasons.push({ kind: 'topics', topics: shared });
	}

	if (call.eligibleApplicants.length === 0) reasons.push({ kind: 'anyApplicant' });
	else {
		const own = applicantKindsOf(organisation);
		const eligible = call.eligibleApplicants.filter((kind) => own.includes(kind));
		if (eligible.length === 0) return null;
		reasons.push({ kind: 'applicant', applicants: eligible });
	}

	if (call.region === null) reasons.push({ kind: 'anyRegion' });
	else if (regionsOf(organisation).has(normalise(call.region)))
		reasons.push({ kind: 'region', region: call.region });
	else return null;

	if (amountCents !== undefined) {
		if (call.minAmountCents !== null && amountCents < call.minAmountCents) return null;
		if (call.maxAmountCents !== null && amountCents > call.maxAmountCents) return null;
		reasons.push({ kind: 'amount', amountCents });
	}
	return reasons;
}

/** The calls that fit, in the order given (the list's: soonest deadline first). */
export function callsThatFit(
	organisation: OrganisationForMatching,
	calls: readonly FundingCallSummary[],
	amountCents?: number
): CallMatch[] {
	return calls.flatMap((call) => {
		const reasons = matchCall(organisation, call, amountCents);
		return reasons ? [{ call, reasons }] : [];
	});
}
