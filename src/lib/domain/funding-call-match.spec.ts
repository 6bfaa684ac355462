import { describe, expect, it } from 'vitest';
import {
	applicantKindsOf,
	callsThatFit,
	matchCall,
	type OrganisationForMatching
} from './funding-call-match.ts';
import type { FundingCallSummary } from './funding-calls.ts';

const association: OrganisationForMatching = {
	kind: 'migrant_organisation',
	legalForm: 'eingetragener Verein',
	topics: ['culture', 'education'],
	cities: ['Kassel']
};

function call(values: Partial<FundingCallSummary> = {}): FundingCallSummary {
	return {
		id: crypto.randomUUID(),
		title: 'Projektförderung',
		description: null,
		topics: [],
		eligibleApplicants: [],
		region: null,
		minAmountCents: null,
		maxAmountCents: null,
		opensAt: null,
		deadlineAt: '2027-02-26T22:59:00Z',
		deadlineType: 'fixed',
		decisionExpectedOn: null,
		link: null,
		programme: 'Programm',
		funder: 'Fördergeber',
		...values
	};
}

describe('applicantKindsOf', () => {
	it.each([
		[{ kind: 'initiative', legalForm: 'eingetragener Verein' }, ['registered_association']],
		[{ kind: 'initiative', legalForm: 'Förderverein e.V.' }, ['registered_association']],
		[
			{ kind: 'migrant_organisation', legalForm: 'eingetragener Verein' },
			['registered_association', 'migrant_organisation']
		],
		[{ kind: 'counselling_service', legalForm: 'gemeinnützige GmbH' }, ['non_profit_company']],
		[{ kind: 'initiative', legalForm: null }, ['unregistered_initiative']],
		[
			{ kind: 'migrant_organisation', legalForm: '  ' },
			['migrant_organisation', 'unregistered_initiative']
		],
		[{ kind: 'public_body', legalForm: 'Kommunale Verwaltung' }, ['public_body']],
		[{ kind: 'public_body', legalForm: null }, ['public_body']],
		[{ kind: 'network', legalForm: 'Bürgerstiftung' }, ['foundation']],
		[{ kind: 'counselling_service', legalForm: 'Wohlfahrtsverband' }, []]
	] as const)('%o counts as %o', (organisation, expected) => {
		expect(applicantKindsOf({ ...organisation, topics: [], cities: [] })).toEqual(expected);
	});
});

describe('matchCall', () => {
	it('gives a reason for every criterion the call sets', () => {
		const reasons = matchCall(
			association,
			call({
				topics: ['democracy', 'culture', 'education'],
				eligibleApplicants: ['unregistered_initiative', 'migrant_organisation'],
				region: 'Hessen',
				minAmountCents: 300_000,
				maxAmountCents: 5_000_000
			}),
			500_000
		);
		expect(reasons).toEqual([
			{ kind: 'topics', topics: ['culture', 'education'] },
			{ kind: 'applicant', applicants: ['migrant_organisation'] },
			{ kind: 'region', region: 'Hessen' },
			{ kind: 'amount', amountCents: 500_000 }
		]);
	});

	it('says which criteria the call leaves open, and ignores the amount when none is given', () => {
		expect(matchCall(association, call({ minAmountCents: 100, maxAmountCents: 200 }))).toEqual([
			{ kind: 'anyTopic' },
			{ kind: 'anyApplicant' },
			{ kind: 'anyRegion' }
		]);
	});

	it('needs a topic in common', () => {
		expect(matchCall(association, call({ topics: ['sports', 'housing'] }))).toBeNull();
		expect(matchCall({ ...association, topics: [] }, call({ topics: ['culture'] }))).toBeNull();
	});

	it('needs an applicant type the call names', () => {
		expect(
			matchCall(association, call({ eligibleApplicants: ['non_profit_company', 'foundation'] }))
		).toBeNull();
	});

	it('finds the region of the city and the regions around it, in any letter case', () => {
		for (const region of ['Kassel', 'hessen', 'Deutschland', ' Nordhessen ']) {
			expect(matchCall(association, call({ region })), region).toContainEqual({
				kind: 'region',
				region
			});
		}
		expect(matchCall(association, call({ region: 'Bayern' }))).toBeNull();
		expect(
			matchCall({ ...association, cities: ['Göttingen'] }, call({ region: 'Hessen' }))
		).toBeNull();
	});

	it('takes the installation’s city for an organisation without a recorded place', () => {
		expect(matchCall({ ...association, cities: [] }, call({ region: 'Kassel' }))).toContainEqual({
			kind: 'region',
			region: 'Kassel'
		});
	});

	it('keeps the amount within the range, both ends included', () => {
		const ranged = call({ minAmountCents: 50_000, maxAmountCents: 500_000 });
		expect(matchCall(association, ranged, 50_000)).not.toBeNull();
		expect(matchCall(association, ranged, 500_000)).not.toBeNull();
		expect(matchCall(association, ranged, 49_999)).toBeNull();
		expect(matchCall(association, ranged, 500_001)).toBeNull();
		expect(matchCall(association, call({ maxAmountCents: 100 }), 1_000_000_00)).toBeNull();
		expect(matchCall(association, call({ minAmountCents: 100 }), 1_000_000_00)).toContainEqual({
			kind: 'amount',
			amountCents: 1_000_000_00
		});
	});
});

describe('callsThatFit', () => {
	it('keeps the fitting calls in the given order with their reasons', () => {
		const first = call({ title: 'first', topics: ['culture'] });
		const unfit = call({ title: 'unfit', topics: ['sports'] });
		const last = call({ title: 'last', region: 'Kassel' });
		const matches = callsThatFit(association, [first, unfit, last]);
		expect(matches.map((match) => match.call.title)).toEqual(['first', 'last']);
		expect(matches[0]!.reasons[0]).toEqual({ kind: 'topics', topics: ['culture'] });
	});
});
