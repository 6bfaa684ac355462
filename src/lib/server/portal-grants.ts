/**
 * Funding in the portal: for each organisation the member belongs to, the open calls that fit
 * it and its own applications with what they still owe; one application read-only. Read with the
 * member's own client, so RLS decides what exists; the portal also keeps to the organisations
 * the person is a member of, so an office account that is also a member sees no other's here.
 */
import type { QueryData, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { callsThatFit, type OrganisationForMatching } from '$lib/domain/funding-call-match';
import type { FundingCallSummary } from '$lib/domain/funding-calls';
import type { ApplicationView } from '$lib/domain/grant-application';
import type { PortalApplication, PortalOrganisationFunding } from '$lib/domain/portal-grants';
import { loadApplication } from './grant-applications';

type Client = SupabaseClient<Database>;

const selectOrganisations = (supabase: Client) =>
	supabase.from('organisations').select(
		`id, name, kind, legal_form,
			 terms:organisation_taxonomy_terms(term:taxonomy_terms!inner(vocabulary, code)),
			 locations(city)`
	);
type OrganisationRow = QueryData<ReturnType<typeof selectOrganisations>>[number];

const selectApplications = (supabase: Client) =>
	supabase.from('applications').select(
		`id, organisation_id, title, status, requested_cents, granted_cents, paid_cents,
			 call:funding_calls(title, programme:programmes!inner(name, funder:funders!inner(name))),
			 fund:own_funds(name, year),
			 obligations(id, kind, due_on, covers_from, covers_to, done_at)`
	);
type ApplicationRow = QueryData<ReturnType<typeof selectApplications>>[number];

function forMatching(row: OrganisationRow): OrganisationForMatching {
	return {
		kind: row.kind,
		legalForm: row.legal_form,
		topics: row.terms
			.filter(({ term }) => term.vocabulary === 'topics')
			.map(({ term }) => term.code),
		cities: [...new Set(row.locations.map((location) => location.city))]
	};
}

function portalApplication(row: ApplicationRow): PortalApplication {
	return {
		id: row.id,
		title: row.title,
		status: row.status,
		source: row.call
			? {
					kind: 'call',
					title: row.call.title,
					programme: row.call.programme.name,
					funder: row.call.programme.funder.name
				}
			: row.fund
				? { kind: 'fund', name: row.fund.name, year: row.fund.year }
				: null,
		requestedCents: row.requested_cents,
		grantedCents: row.granted_cents,
		paidCents: row.paid_cents,
		openObligations: row.obligations
			.filter((obligation) => obligation.done_at === null)
			.map((obligation) => ({
				id: obligation.id,
				kind: obligation.kind,
				dueOn: obligation.due_on,
				coversFrom: obligation.covers_from,
				coversTo: obligation.covers_to,
				doneAt: obligation.done_at
			}))
			.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
	};
}

/**
 * Per organisation: the open calls (as the public list has them, soonest deadline first) that
 * fit it, and its applications, newest first.
 */
export async function loadPortalFunding(
	supabase: Client,
	organisationIds: string[],
	openCalls: readonly FundingCallSummary[],
	amountCents?: number
): Promise<PortalOrganisationFunding[]> {
	const [organisations, applications] = await Promise.all([
		selectOrganisations(supabase).in('id', organisationIds).order('name'),
		selectApplications(supabase)
			.in('organisation_id', organisationIds)
			.order('created_at', { ascending: false })
	]);
	if (organisations.error) throw new Error(`organisations: ${organisations.error.message}`);
	if (applications.error) throw new Error(`applications: ${applications.error.message}`);
	return organisations.data.map((row) => {
		const profile = forMatching(row);
		return {
			id: row.id,
			name: row.name,
			hasTopics: profile.topics.length > 0,
			calls: callsThatFit(profile, openCalls, amountCents),
			applications: applications.data
				.filter((application) => application.organisation_id === row.id)
				.map(portalApplication)
		};
	});
}

/** One application of the member's organisations; null for any other (or none). */
export async function loadMemberApplication(
	supabase: Client,
	id: string,
	organisationIds: string[]
): Promise<ApplicationView | null> {
	const [own, application] = await Promise.all([
		supabase.from('applications').select('id').eq('id', id).in('organisation_id', organisationIds),
		loadApplication(supabase, id)
	]);
	if (own.error) throw new Error(`application: ${own.error.message}`);
	return own.data.length > 0 ? application : null;
}
