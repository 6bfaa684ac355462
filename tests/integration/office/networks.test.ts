/**
 * The networks desk ($lib/server/office-networks) with each person's own client: office staff
 * create networks, add and remove members and partnerships; a member of an organisation cannot
 * (the policies on organisations, network_memberships and partnerships decide).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	addNetworkMember,
	addPartnership,
	createNetwork,
	loadNetworksDesk,
	removeNetworkMember,
	removePartnership
} from '$lib/server/office-networks';
import { sql, userClient } from '../../support/clients.ts';
import { useTestStack } from '../../support/app-env.ts';
import { createMember, createOrganisation, createStaff } from '../roles/support.ts';

beforeAll(useTestStack);

async function networkNamed(name: string) {
	const [row] = await sql<{ id: string }>(
		`select id from public.organisations where name = $1 and kind = 'network'`,
		[name]
	);
	return row?.id;
}

describe('the networks desk', () => {
	it('1. office staff create a network, add a member with a role, record and end a partnership', async () => {
		const staff = userClient(await createStaff('office_staff'));
		const name = `Desk Netzwerk ${crypto.randomUUID().slice(0, 8)}`;
		expect(await createNetwork(staff, name)).toBe(true);
		const network = (await networkNamed(name))!;
		const organisation = await createOrganisation('network-member');
		const partner = await createOrganisation('partner');
		const member = { network, organisation, role: 'steering_group' as const };
		expect(await addNetworkMember(staff, member)).toBe(true);
		expect(await addNetworkMember(staff, { ...member, role: 'partner' })).toBe(true);
		const desk = await loadNetworksDesk(staff);
		expect(desk.networks.find((entry) => entry.id === network)?.members).toEqual([
			{ id: organisation, name: expect.any(String), role: 'partner' }
		]);
		expect(await addPartnership(staff, { organisation, partner })).toBe(true);
		// One partnership per pair, whichever side.
		expect(await addPartnership(staff, { organisation: partner, partner: organisation })).toBe(
			false
		);
		const [pair] = await sql<{ id: string; confirmed: boolean }>(
			`select id, confirmed_at is not null as confirmed from public.partnerships
			 where organisation_id = $1`,
			[organisation]
		);
		expect(pair!.confirmed).toBe(true);
		expect(await removePartnership(staff, pair!.id)).toBe(true);
		expect(await removeNetworkMember(staff, { network, organisation })).toBe(true);
	});

	it('2. a member of an organisation who is not staff cannot manage networks', async () => {
		const staff = userClient(await createStaff('office_staff'));
		const name = `Desk Netzwerk ${crypto.randomUUID().slice(0, 8)}`;
		await createNetwork(staff, name);
		const network = (await networkNamed(name))!;
		const own = await createOrganisation('own');
		const other = await createOrganisation('other');
		const member = userClient(await createMember(own, 'owner'));
		// Not even the network's own owner adds members: that is the office's.
		const networkOwner = userClient(await createMember(network, 'owner'));

		expect(await createNetwork(member, `Eigenes Netzwerk ${crypto.randomUUID()}`)).toBe(false);
		for (const client of [member, networkOwner]) {
			expect(await addNetworkMember(client, { network, organisation: own, role: 'member' })).toBe(
				false
			);
		}
		expect(await addNetworkMember(staff, { network, organisation: other, role: 'member' })).toBe(
			true
		);
		expect(await removeNetworkMember(member, { network, organisation: other })).toBe(false);
		expect(
			await sql('select 1 from public.network_memberships where network_id = $1', [network])
		).toHaveLength(1);
	});
});
