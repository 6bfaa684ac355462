/**
 * Test data for the directory, arranged as the superuser (bypassing RLS) so that each test
 * states what exists, and clients for each kind of caller. Every fixture gets unique names;
 * a test scopes its searches to a network of its own so demo data and other tests never match.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import { signJwt } from '../../../stack/jwt.ts';

const noSession = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
};

export function anon(): SupabaseClient {
	const { url, anonKey } = inject('stack');
	return createClient(url, anonKey, noSession);
}

export function serviceRole(): SupabaseClient {
	const { url, serviceRoleKey } = inject('stack');
	return createClient(url, serviceRoleKey, noSession);
}

export function signedIn(userId: string): SupabaseClient {
	const { url, anonKey, jwtSecret } = inject('stack');
	const now = Math.floor(Date.now() / 1000);
	const token = signJwt(
		{ sub: userId, role: 'authenticated', aud: 'authenticated', iat: now, exp: now + 3600 },
		jwtSecret
	);
	return createClient(url, anonKey, {
		...noSession,
		global: { headers: { Authorization: `Bearer ${token}` } }
	});
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

export async function createUser(): Promise<string> {
	const [row] = await sql<{ id: string }>(
		`insert into auth.users (id, aud, role, email, created_at, updated_at)
		 values (gen_random_uuid(), 'authenticated', 'authenticated', 'u-' || gen_random_uuid() || '@example.org', now(), now())
		 returning id`
	);
	return row!.id;
}

export async function makeMember(userId: string, organisationId: string): Promise<void> {
	await sql(
		`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'editor')`,
		[organisationId, userId]
	);
}

export async function makeStaff(userId: string): Promise<void> {
	await sql(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [userId]);
}

export type ServiceSpec = {
	name: string;
	description?: string;
	freeOfCharge?: boolean;
	anonymousPossible?: boolean;
	accessModes?: string[];
	languages?: string[];
	grounds?: string[];
	counsellingTypes?: string[];
	/** Keys of the organisation's locations the service is offered at; none: online only. */
	at?: string[];
};

export type LocationSpec = {
	key: string;
	name?: string;
	address?: string;
	postalCode?: string;
	district?: string;
	latitude?: number;
	longitude?: number;
	visibility?: 'exact' | 'approximate' | 'district_only' | 'on_request';
	wheelchair?: boolean;
};

/**
 * One place of each visibility, keyed exact / approximate / district / request, with exact points
 * off the ~500 m grid's cell centres and streets and names that occur nowhere else: what must
 * never leave the database for the three confidential ones is easy to search for in any answer.
 */
export function confidentialPlaces(secret: string) {
	const places = {
		exact: { address: `Offene Straße ${secret} 1`, latitude: 51.316123, longitude: 9.497456 },
		approximate: {
			address: `Verborgene Gasse ${secret} 2`,
			latitude: 51.311234,
			longitude: 9.482817
		},
		district: { address: `Stiller Weg ${secret} 3`, latitude: 51.324567, longitude: 9.512345 },
		request: { address: `Schutzhaus ${secret} 4`, latitude: 51.301987, longitude: 9.461543 }
	};
	const locations: LocationSpec[] = [
		{
			key: 'exact',
			name: `Haus ${secret}`,
			postalCode: '34117',
			district: 'Mitte',
			visibility: 'exact',
			...places.exact
		},
		{
			key: 'approximate',
			name: `Versteck ${secret}`,
			postalCode: '34119',
			district: 'West',
			visibility: 'approximate',
			...places.approximate
		},
		{
			key: 'district',
			name: `Bezirk ${secret}`,
			postalCode: '34125',
			district: 'Wesertor',
			visibility: 'district_only',
			...places.district
		},
		{
			key: 'request',
			name: `Auf Anfrage ${secret}`,
			postalCode: '34121',
			district: 'Wehlheiden',
			visibility: 'on_request',
			...places.request
		}
	];
	return { places, locations, hidden: [places.approximate, places.district, places.request] };
}

/** weekday 1 = Monday … 7 = Sunday; times 'HH:MM'; a closing time not after the opening runs past midnight. */
export type SlotSpec = { location?: string; weekday: number; opens: string; closes: string };
export type ExceptionSpec = {
	location?: string;
	from: string;
	to: string;
	closed?: boolean;
	opens?: string;
	closes?: string;
};

export type OrganisationSpec = {
	name: string;
	kind?: string;
	status?: 'draft' | 'published' | 'archived';
	description?: string;
	services?: ServiceSpec[];
	locations?: LocationSpec[];
	slots?: SlotSpec[];
	exceptions?: ExceptionSpec[];
	networks?: string[];
};

export type Organisation = {
	id: string;
	slug: string;
	services: Record<string, string>;
	locations: Record<string, string>;
};

/** Inserts an organisation with everything it offers in one transaction; returns the ids. */
export async function createOrganisation(spec: OrganisationSpec): Promise<Organisation> {
	const client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	try {
		await client.query('begin');
		const one = async (text: string, values: unknown[]) =>
			(await client.query(text, values)).rows[0];
		const organisation = await one(
			`insert into public.organisations (name, kind, status, description) values ($1, $2, $3, $4) returning id, slug`,
			[
				spec.name,
				spec.kind ?? 'counselling_service',
				spec.status ?? 'published',
				spec.description ?? null
			]
		);
		const locations: Record<string, string> = {};
		for (const location of spec.locations ?? []) {
			let districtId: string | null = null;
			if (location.district) {
				districtId = (
					await one(`select id from public.districts where city = 'Kassel' and name = $1`, [
						location.district
					])
				)?.id;
				if (!districtId) throw new Error(`no district ${location.district}`);
			}
			const row = await one(
				`insert into public.locations (organisation_id, name, address_1, postal_code, district_id, latitude, longitude, visibility, wheelchair_accessible)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
				[
					organisation.id,
					location.name ?? null,
					location.address ?? null,
					location.postalCode ?? null,
					districtId,
					location.latitude ?? null,
					location.longitude ?? null,
					location.visibility ?? 'exact',
					location.wheelchair ?? null
				]
			);
			locations[location.key] = row.id;
		}
		const services: Record<string, string> = {};
		for (const service of spec.services ?? []) {
			const row = await one(
				`insert into public.services (organisation_id, name, description, free_of_charge, anonymous_possible, access_modes)
				 values ($1, $2, $3, $4, $5, $6::public.access_mode[]) returning id`,
				[
					organisation.id,
					service.name,
					service.description ?? null,
					service.freeOfCharge ?? true,
					service.anonymousPossible ?? false,
					service.accessModes ?? []
				]
			);
			services[service.name] = row.id;
			for (const language of service.languages ?? []) {
				await client.query(
					`insert into public.service_languages (organisation_id, service_id, language) values ($1, $2, $3)`,
					[organisation.id, row.id, language]
				);
			}
			const terms = [
				...(service.grounds ?? []).map((code) => ['discrimination_grounds', code]),
				...(service.counsellingTypes ?? []).map((code) => ['counselling_types', code])
			];
			for (const [vocabulary, code] of terms) {
				await client.query(
					`insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
					 select $1, $2, id from public.taxonomy_terms where vocabulary = $3 and code = $4`,
					[organisation.id, row.id, vocabulary, code]
				);
			}
			for (const key of service.at ?? []) {
				await client.query(
					`insert into public.service_locations (organisation_id, service_id, location_id) values ($1, $2, $3)`,
					[organisation.id, row.id, locations[key]]
				);
			}
		}
		for (const slot of spec.slots ?? []) {
			await client.query(
				`insert into public.schedules (organisation_id, location_id, weekday, opens_at, closes_at) values ($1, $2, $3, $4, $5)`,
				[
					organisation.id,
					slot.location ? locations[slot.location] : null,
					slot.weekday,
					slot.opens,
					slot.closes
				]
			);
		}
		for (const exception of spec.exceptions ?? []) {
			await client.query(
				`insert into public.schedule_exceptions (organisation_id, location_id, starts_on, ends_on, closed, opens_at, closes_at)
				 values ($1, $2, $3, $4, $5, $6, $7)`,
				[
					organisation.id,
					exception.location ? locations[exception.location] : null,
					exception.from,
					exception.to,
					exception.closed ?? true,
					exception.opens ?? null,
					exception.closes ?? null
				]
			);
		}
		for (const network of spec.networks ?? []) {
			await client.query(
				`insert into public.network_memberships (network_id, organisation_id) values ($1, $2)`,
				[network, organisation.id]
			);
		}
		await client.query('commit');
		return { id: organisation.id, slug: organisation.slug, services, locations };
	} catch (error) {
		await client.query('rollback');
		throw error;
	} finally {
		await client.end();
	}
}

/** A published network of its own: searching with `network: slug` sees only its members. */
export async function createNetwork(label: string): Promise<{ id: string; slug: string }> {
	const [row] = await sql<{ id: string; slug: string }>(
		`insert into public.organisations (name, kind, status) values ($1, 'network', 'published') returning id, slug`,
		[`${label} ${crypto.randomUUID()}`]
	);
	return row!;
}

export type SearchRow = {
	organisation_id: string;
	slug: string;
	name: string;
	kind: string;
	services: Array<Record<string, unknown> & { name: string }>;
	locations: Array<Record<string, unknown>>;
	distance_m: number | null;
	is_open_now: boolean;
	rank: number | null;
	total_count: number;
};

export async function search(
	args: Record<string, unknown>,
	client: SupabaseClient = anon()
): Promise<SearchRow[]> {
	const { data, error } = await client.rpc('search_directory', args);
	if (error) throw new Error(`search_directory failed: ${JSON.stringify(error)}`);
	return data as SearchRow[];
}
