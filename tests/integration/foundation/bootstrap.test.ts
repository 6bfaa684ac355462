import { describe, expect, it } from 'vitest';
import { serviceClient, sql } from '../../support/clients.ts';

describe('Supabase bootstrap on the embedded Postgres', () => {
	it('creates the API roles with Supabase attributes and timeouts', async () => {
		const roles = await sql<{
			rolname: string;
			rolcanlogin: boolean;
			rolbypassrls: boolean;
			rolsuper: boolean;
			config: string[] | null;
		}>(
			`select rolname, rolcanlogin, rolbypassrls, rolsuper, rolconfig as config from pg_roles
			 where rolname in ('anon', 'authenticated', 'service_role', 'authenticator', 'postgres') order by rolname`
		);
		const byName = Object.fromEntries(roles.map((role) => [role.rolname, role]));
		expect(byName.anon).toMatchObject({ rolcanlogin: false, rolbypassrls: false });
		expect(byName.anon?.config).toContain('statement_timeout=3s');
		expect(byName.authenticated?.config).toContain('statement_timeout=8s');
		expect(byName.service_role).toMatchObject({ rolcanlogin: false, rolbypassrls: true });
		expect(byName.authenticator).toMatchObject({ rolcanlogin: true, rolsuper: false });
		expect(byName.postgres).toMatchObject({ rolsuper: false, rolbypassrls: true });
	});

	it('defines auth.uid(), auth.role(), auth.email() and auth.jwt() over request.jwt.claims', async () => {
		const claims = {
			sub: '6f1c2d1e-5a4b-4c3d-8e9f-0a1b2c3d4e5f',
			role: 'authenticated',
			email: 'a@example.org'
		};
		const [row] = await sql(
			`select set_config('request.jwt.claims', $1, true) as _, auth.uid() as uid, auth.role() as role,
			        auth.email() as email, auth.jwt() ->> 'sub' as jwt_sub`,
			[JSON.stringify(claims)]
		);
		expect(row).toMatchObject({
			uid: claims.sub,
			role: 'authenticated',
			email: claims.email,
			jwt_sub: claims.sub
		});
	});

	it('sorts text the German way by default (Ö with O, not after Z)', async () => {
		const rows = await sql<{ name: string }>(
			`select name from (values ('Zentrum'), ('Ökumene'), ('Offene Tür'), ('Pause')) v(name) order by name`
		);
		expect(rows.map((row) => row.name)).toEqual(['Offene Tür', 'Ökumene', 'Pause', 'Zentrum']);
	});

	it('keeps auth.users out of the API roles’ reach', async () => {
		const [row] = await sql(
			`select has_table_privilege('anon', 'auth.users', 'select') as anon,
			        has_table_privilege('authenticated', 'auth.users', 'select') as authenticated`
		);
		expect(row).toEqual({ anon: false, authenticated: false });
	});

	it('caps a response at 1000 rows, as Supabase does', async () => {
		const marker = `cap-${crypto.randomUUID()}`;
		await sql(
			`insert into public.organisations (name, kind, status) select $1 || '-' || n, 'initiative', 'draft' from generate_series(1, 1005) n`,
			[marker]
		);
		const { data, error } = await serviceClient()
			.from('organisations')
			.select('id')
			.like('name', `${marker}%`);
		expect(error).toBeNull();
		expect(data).toHaveLength(1000);
		await sql(`delete from public.organisations where name like $1`, [`${marker}%`]);
	});
});
