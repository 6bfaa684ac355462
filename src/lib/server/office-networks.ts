/**
 * The office's networks desk: networks (organisations of kind network), their member
 * organisations with roles, and partnerships. Written with the staff member's own client: the
 * policies on organisations, network_memberships and partnerships let office staff (only) do it.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

type Client = SupabaseClient<Database>;
type NetworkRole = Database['public']['Enums']['network_role'];

export type DeskNetworkEntry = {
	id: string;
	name: string;
	status: Database['public']['Enums']['publication_status'];
	members: Array<{ id: string; name: string; role: NetworkRole }>;
};
export type DeskPartnership = { id: string; organisation: string; partner: string };
export type OrganisationChoice = { id: string; name: string; kind: string };

export async function loadNetworksDesk(supabase: Client) {
	const [organisations, memberships, partnerships] = await Promise.all([
		supabase.from('organisations').select('id, name, kind, status').order('name'),
		supabase.from('network_memberships').select('network_id, organisation_id, role'),
		supabase.from('partnerships').select('id, organisation_id, partner_organisation_id')
	]);
	for (const result of [organisations, memberships, partnerships])
		if (result.error) throw new Error(`could not load the networks desk: ${result.error.message}`);
	const names = new Map(organisations.data!.map((row) => [row.id, row.name]));
	const networks: DeskNetworkEntry[] = organisations
		.data!.filter((row) => row.kind === 'network')
		.map((network) => ({
			id: network.id,
			name: network.name,
			status: network.status,
			members: memberships
				.data!.filter((row) => row.network_id === network.id)
				.map((row) => ({
					id: row.organisation_id,
					name: names.get(row.organisation_id) ?? '',
					role: row.role
				}))
				.sort((a, b) => a.name.localeCompare(b.name, 'de'))
		}));
	return {
		networks,
		organisations: organisations.data!.map(({ id, name, kind }) => ({ id, name, kind })),
		partnerships: partnerships.data!.map((row) => ({
			id: row.id,
			organisation: names.get(row.organisation_id) ?? '',
			partner: names.get(row.partner_organisation_id) ?? ''
		}))
	};
}

/** true when the database accepted the write (RLS: office staff only), false when it refused. */
const done = ({ error }: { error: { message: string } | null }) => !error;

export const createNetwork = async (supabase: Client, name: string) =>
	done(await supabase.from('organisations').insert({ name, kind: 'network', status: 'draft' }));

export const addNetworkMember = async (
	supabase: Client,
	member: { network: string; organisation: string; role: NetworkRole }
) =>
	done(
		await supabase
			.from('network_memberships')
			.upsert(
				{ network_id: member.network, organisation_id: member.organisation, role: member.role },
				{ onConflict: 'network_id,organisation_id' }
			)
	);

export async function removeNetworkMember(
	supabase: Client,
	member: { network: string; organisation: string }
) {
	const { data, error } = await supabase
		.from('network_memberships')
		.delete()
		.eq('network_id', member.network)
		.eq('organisation_id', member.organisation)
		.select('network_id');
	return !error && data.length > 0;
}

/** A partnership the office records counts as agreed by both sides. */
export const addPartnership = async (
	supabase: Client,
	pair: { organisation: string; partner: string }
) =>
	done(
		await supabase.from('partnerships').insert({
			organisation_id: pair.organisation,
			partner_organisation_id: pair.partner,
			confirmed_at: new Date().toISOString()
		})
	);

export async function removePartnership(supabase: Client, id: string) {
	const { data, error } = await supabase.from('partnerships').delete().eq('id', id).select('id');
	return !error && data.length > 0;
}
