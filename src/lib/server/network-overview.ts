/**
 * The networks page: every published alliance with its members and their roles, and the graph
 * of who works with whom (network memberships and partnerships), as a picture and as rows.
 * Read with the visitor's client: RLS shows memberships and partnerships between published
 * organisations only.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n/locales';
import { circularLayout, type GraphEdge, type GraphLayout } from '$lib/domain/partnership-graph';
import { loadContentTexts, type LocalisedText } from './content-language';

type Client = SupabaseClient<Database>;
type NetworkRole = Database['public']['Enums']['network_role'];

export type NetworkMember = {
	slug: string;
	name: string;
	role: NetworkRole;
	joinedOn: string | null;
};
export type Network = {
	id: string;
	slug: string;
	name: string;
	description: LocalisedText | null;
	members: NetworkMember[];
};
/** One row of the readable form of the graph: an organisation, its networks and its partners. */
export type GraphRow = {
	id: string;
	slug: string;
	name: string;
	networks: Array<{ slug: string; name: string; role: NetworkRole }>;
	partners: Array<{ slug: string; name: string }>;
};
export type NetworkOverview = {
	networks: Network[];
	rows: GraphRow[];
	graph: GraphLayout;
	counts: { organisations: number; memberships: number; partnerships: number };
};

const ROLE_ORDER: Record<NetworkRole, number> = { steering_group: 0, member: 1, partner: 2 };

/** A short label for the picture: the short name, or the name cut to fit. */
function graphLabel(name: string, shortName: string | null): string {
	const label = shortName ?? name;
	return label.length > 28 ? `${label.slice(0, 27).trimEnd()}…` : label;
}

export async function loadNetworkOverview(
	supabase: Client,
	locale: Locale
): Promise<NetworkOverview> {
	const [organisations, memberships, partnerships] = await Promise.all([
		supabase
			.from('organisations')
			.select('id, slug, name, short_name, kind, description')
			.eq('status', 'published')
			.order('name'),
		supabase.from('network_memberships').select('network_id, organisation_id, role, joined_on'),
		supabase
			.from('partnerships')
			.select('organisation_id, partner_organisation_id')
			// Members see their partnerships that wait for the partner's consent; the page does not.
			.not('confirmed_at', 'is', null)
	]);
	for (const result of [organisations, memberships, partnerships]) {
		if (result.error) throw new Error(`could not load the networks: ${result.error.message}`);
	}
	const published = new Map((organisations.data ?? []).map((o) => [o.id, o]));
	// Signed-in members may see rows with their own drafts; the public page shows published ones.
	const links = (memberships.data ?? []).filter(
		(m) => published.has(m.network_id) && published.has(m.organisation_id)
	);
	const pairs = (partnerships.data ?? []).filter(
		(p) => published.has(p.organisation_id) && published.has(p.partner_organisation_id)
	);
	const networkRows = [...published.values()].filter((o) => o.kind === 'network');
	const texts = await loadContentTexts(
		supabase,
		locale,
		networkRows.map((network) => network.id)
	);
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

	const networks: Network[] = networkRows.map((network) => ({
		id: network.id,
		slug: network.slug,
		name: network.name,
		description: texts.pick({ organisationId: network.id }, 'description', network.description),
		members: links
			.filter((m) => m.network_id === network.id)
			.map((m) => {
				const member = published.get(m.organisation_id)!;
				return { slug: member.slug, name: member.name, role: m.role, joinedOn: m.joined_on };
			})
			.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || byName(a, b))
	}));

	// Everyone with a tie, and every network (a new one may have no members yet).
	const involved = new Set([
		...networkRows.map((n) => n.id),
		...links.flatMap((m) => [m.network_id, m.organisation_id]),
		...pairs.flatMap((p) => [p.organisation_id, p.partner_organisation_id])
	]);
	const rows: GraphRow[] = [...involved]
		.map((id) => {
			const organisation = published.get(id)!;
			const partnerIds = pairs.flatMap((p) =>
				p.organisation_id === id
					? [p.partner_organisation_id]
					: p.partner_organisation_id === id
						? [p.organisation_id]
						: []
			);
			return {
				id,
				slug: organisation.slug,
				name: organisation.name,
				networks: links
					.filter((m) => m.organisation_id === id)
					.map((m) => {
						const network = published.get(m.network_id)!;
						return { slug: network.slug, name: network.name, role: m.role };
					})
					.sort(byName),
				partners: partnerIds
					.map((partnerId) => {
						const partner = published.get(partnerId)!;
						return { slug: partner.slug, name: partner.name };
					})
					.sort(byName)
			};
		})
		.sort(byName);

	const edges: GraphEdge[] = [
		...links.map((m) => ({
			from: m.network_id,
			to: m.organisation_id,
			kind: 'membership' as const
		})),
		...pairs.map((p) => ({
			from: p.organisation_id,
			to: p.partner_organisation_id,
			kind: 'partnership' as const
		}))
	];
	const graph = circularLayout(
		rows.map((row) => {
			const organisation = published.get(row.id)!;
			return {
				id: row.id,
				label: graphLabel(organisation.name, organisation.short_name),
				isNetwork: organisation.kind === 'network'
			};
		}),
		edges
	);

	return {
		networks,
		rows,
		graph,
		counts: { organisations: rows.length, memberships: links.length, partnerships: pairs.length }
	};
}
