/**
 * Office staff move a service to another organisation through the API (issue 8, finding 10: the
 * search triggers refreshed only the new organisation, and the move failed with 409 on
 * service_facets_pkey). Afterwards the directory finds the service, its language and its ground
 * with the new organisation only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	createNetwork,
	createOrganisation,
	createUser,
	makeStaff,
	search,
	signedIn,
	sql,
	type Organisation
} from './fixtures.ts';

describe('moving a service to another organisation', () => {
	const tag = `Umzug${crypto.randomUUID().slice(0, 6)}`;
	const serviceName = `Wanderberatung ${tag}`;
	let network: string;
	let from: Organisation;
	let to: Organisation;

	beforeAll(async () => {
		const { id, slug } = await createNetwork(`Umzugsnetz ${tag}`);
		network = slug;
		from = await createOrganisation({
			name: `Alte Heimat ${tag}`,
			networks: [id],
			services: [{ name: serviceName, languages: ['ti'], grounds: ['racism'] }]
		});
		to = await createOrganisation({ name: `Neue Heimat ${tag}`, networks: [id] });
		const serviceId = from.services[serviceName]!;
		await sql(
			`insert into public.translations (organisation_id, service_id, field, language, text)
			 values ($1, $2, 'name', 'en', $3)`,
			[from.id, serviceId, `Roaming counselling ${tag}`]
		);
	});

	it('lets office staff move it, with its languages, terms and texts', async () => {
		const staffId = await createUser();
		await makeStaff(staffId);
		const serviceId = from.services[serviceName]!;
		const { data, error } = await signedIn(staffId)
			.from('services')
			.update({ organisation_id: to.id })
			.eq('id', serviceId)
			.select('organisation_id');
		expect(error).toBeNull();
		expect(data).toEqual([{ organisation_id: to.id }]);
		const belongings = await sql(
			`select 'language' as kind, organisation_id from public.service_languages where service_id = $1
			 union all select 'term', organisation_id from public.service_taxonomy_terms where service_id = $1
			 union all select 'text', organisation_id from public.translations where service_id = $1`,
			[serviceId]
		);
		expect(belongings.map((row) => row.kind).sort()).toEqual(['language', 'term', 'text']);
		expect(new Set(belongings.map((row) => row.organisation_id))).toEqual(new Set([to.id]));
	});

	it('moves a service that has nothing of its own (the facets collided: 409 on service_facets_pkey)', async () => {
		const bare = await createOrganisation({
			name: `Kleine Heimat ${tag}`,
			services: [{ name: `Schlichtberatung ${tag}` }]
		});
		const staffId = await createUser();
		await makeStaff(staffId);
		const { error } = await signedIn(staffId)
			.from('services')
			.update({ organisation_id: to.id })
			.eq('id', bare.services[`Schlichtberatung ${tag}`]!)
			.select('organisation_id');
		expect(error).toBeNull();
		const facets = await sql(
			`select organisation_id from private.service_facets where service_id = $1`,
			[bare.services[`Schlichtberatung ${tag}`]]
		);
		expect(facets).toEqual([{ organisation_id: to.id }]);
	});

	it('finds the service with the new organisation only', async () => {
		const byName = await search({ q: serviceName, network });
		expect(byName.map((row) => row.organisation_id)).toEqual([to.id]);
		const byText = await search({ q: `Roaming counselling ${tag}`, network });
		expect(byText.map((row) => row.organisation_id)).toEqual([to.id]);
		const byFacets = await search({
			network,
			languages: ['ti'],
			discrimination_grounds: ['racism']
		});
		expect(byFacets.map((row) => row.organisation_id)).toEqual([to.id]);
	});
});
