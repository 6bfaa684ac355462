/**
 * Fills a database with synthetic directory data for benchmarks: N published organisations with
 * 2N locations (mixed visibility, half around Kassel, half across Germany), one to three services
 * each with languages, discrimination grounds and counselling types, weekly opening hours and a
 * Christmas closure. Not demo data: rows are marked is_demo and their slugs start with
 * `synthetic-<run>-`, so `--remove` (or dropping demo data) takes them out again.
 *
 *   node scripts/generate-directory.ts --db-url postgres://… [--organisations 10000] [--run bench]
 *   node scripts/generate-directory.ts --db-url postgres://… --remove [--run bench]
 *
 * The work happens in the database (generate_series), one transaction. Each statement fires the
 * statement triggers that refresh the search documents and directory facets of all the rows it
 * touched, so the statements are few and large.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
	options: {
		'db-url': { type: 'string', default: process.env.DATABASE_URL },
		organisations: { type: 'string', default: '10000' },
		run: { type: 'string', default: 'bench' },
		remove: { type: 'boolean', default: false }
	}
});

const dbUrl = values['db-url'];
const count = Number(values.organisations);
const run = values.run!;
if (!dbUrl) throw new Error('give --db-url (or DATABASE_URL)');
if (!Number.isInteger(count) || count < 1)
	throw new Error('--organisations must be a positive whole number');
if (!/^[a-z0-9]+$/.test(run)) throw new Error('--run must be lower-case letters and digits');

const prefix = `synthetic-${run}-`;

const GENERATE = `
with params as (select $1::integer as n, $2::text as prefix)
insert into public.organisations (name, short_name, slug, kind, status, is_demo, description, website, email, last_confirmed_at)
select
  (array['Beratungsstelle', 'Verein', 'Initiative', 'Netzwerk', 'Zentrum', 'Treffpunkt', 'Projekt', 'Forum'])[1 + i % 8]
    || ' ' || (array['Vielfalt', 'Antidiskriminierung', 'Migration', 'Empowerment', 'Demokratie', 'Nachbarschaft',
                     'Integration', 'Jugendarbeit', 'Frauenrechte', 'Geflüchtetenhilfe', 'Bildung', 'Kultur'])[1 + (i / 8) % 12]
    || ' ' || (array['Nordstadt', 'Südstadt', 'Mitte', 'West', 'Ost', 'am Fluss', 'im Quartier', 'Nordhessen',
                     'Waldau', 'Wesertor', 'Bettenhausen', 'Harleshausen', 'Rothenditmold'])[1 + (i / 96) % 13]
    || ' ' || i,
  'Synth ' || i,
  p.prefix || i,
  -- One in a hundred is a network, as in a city (tens of networks, not thousands): each published
  -- network is an option of the directory's network filter, on every page.
  (case when i % 100 = 0 then 'network'
     else (array['migrant_organisation', 'counselling_service', 'initiative', 'public_body'])[1 + i % 4]
   end)::public.organisation_kind,
  'published',
  true,
  'Synthetische Organisation für Lasttests: Beratung, Begleitung und Vernetzung gegen Diskriminierung, '
    || (array['Rassismus', 'Antisemitismus', 'Sexismus', 'Ableismus', 'Altersdiskriminierung'])[1 + i % 5] || ' und Ausgrenzung.',
  'https://synthetic-' || i || '.example.org',
  'kontakt@synthetic-' || i || '.example.org',
  now() - (i % 365) * interval '1 day'
from params p, generate_series(1, p.n) i;

select setseed(0.42);

insert into public.locations (organisation_id, name, address_1, postal_code, city, latitude, longitude, visibility,
  wheelchair_accessible, accessible_toilet, hearing_loop)
select
  o.id,
  'Standort ' || k,
  'Musterstraße ' || (1 + (random() * 200)::integer),
  lpad((1000 + (random() * 98000)::integer)::text, 5, '0'),
  case when k = 1 then 'Kassel' else 'Musterstadt' end,
  case when k = 1 then 51.31 + (random() - 0.5) * 0.2 else 47.5 + random() * 7 end,
  case when k = 1 then 9.48 + (random() - 0.5) * 0.3 else 6 + random() * 9 end,
  (case
     when random() < 0.70 then 'exact'
     when random() < 0.5 then 'approximate'
     when random() < 0.66 then 'district_only'
     else 'on_request'
   end)::public.location_visibility,
  random() < 0.5,
  random() < 0.4,
  random() < 0.1
from public.organisations o, generate_series(1, 2) k
where o.slug like $1 || '%';

insert into public.services (organisation_id, name, description, free_of_charge, anonymous_possible, appointment_required,
  interpreter_on_request, access_modes)
select
  o.id,
  (array['Antidiskriminierungsberatung', 'Opferberatung', 'Migrationsberatung', 'Rechtsberatung', 'Empowerment-Workshop',
         'Jugendtreff', 'Sprachcafé', 'Elternberatung'])[1 + (abs(hashtext(o.slug)) + s) % 8],
  'Synthetisches Angebot ' || s || ' von ' || o.name,
  random() < 0.8,
  random() < 0.4,
  random() < 0.5,
  random() < 0.3,
  -- Correlated (s > 0), so that each service draws its own modes: an uncorrelated subquery is drawn
  -- once for all services, and when that one draw came up empty (as it did at 6,000 and 12,000
  -- organisations) every service got null. array_agg over no rows is null: in person then.
  coalesce((select array_agg(distinct m) from unnest(array['in_person', 'phone', 'video', 'chat', 'outreach']::public.access_mode[]) m
   where random() < 0.4 and s > 0), '{in_person}')
from public.organisations o, generate_series(1, 3) s
where o.slug like $1 || '%' and s <= 1 + abs(hashtext(o.slug)) % 3;

insert into public.service_languages (organisation_id, service_id, language)
select distinct sv.organisation_id, sv.id, l
from public.services sv
join public.organisations o on o.id = sv.organisation_id and o.slug like $1 || '%'
cross join lateral unnest(array['de',
  (array['en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl', 'ro', 'ku', 'fr'])[1 + abs(hashtext(sv.id::text)) % 10],
  (array['en', 'ar', 'tr', 'fa', 'uk'])[1 + abs(hashtext(sv.id::text || 'x')) % 5]]) l;

insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
select distinct sv.organisation_id, sv.id, t.id
from public.services sv
join public.organisations o on o.id = sv.organisation_id and o.slug like $1 || '%'
join public.taxonomy_terms t
  on (t.vocabulary = 'discrimination_grounds' and t.position in (10 * (1 + abs(hashtext(sv.id::text)) % 11), 10 * (1 + abs(hashtext(sv.id::text || 'g')) % 11)))
  or (t.vocabulary = 'counselling_types' and t.position = 10 * (1 + abs(hashtext(sv.id::text || 'c')) % 7));

insert into public.service_locations (organisation_id, service_id, location_id)
select sv.organisation_id, sv.id, l.id
from public.services sv
join public.organisations o on o.id = sv.organisation_id and o.slug like $1 || '%'
join public.locations l on l.organisation_id = sv.organisation_id
where abs(hashtext(sv.id::text || l.id::text)) % 4 <> 0;

insert into public.schedules (organisation_id, location_id, weekday, opens_at, closes_at)
select l.organisation_id, l.id, d, slot.opens_at, slot.closes_at
from public.locations l
join public.organisations o on o.id = l.organisation_id and o.slug like $1 || '%'
cross join generate_series(1, 5) d
cross join (values (time '09:00', time '12:30'), (time '13:30', time '17:00')) as slot(opens_at, closes_at)
where abs(hashtext(l.id::text)) % 5 <> 0
-- One statement with the night slots: each statement on schedules refreshes the directory facets.
union all
select l.organisation_id, l.id, d, time '20:00', time '02:00'
from public.locations l
join public.organisations o on o.id = l.organisation_id and o.slug like $1 || '%'
cross join generate_series(5, 6) d
where abs(hashtext(l.id::text)) % 10 = 0;

insert into public.schedule_exceptions (organisation_id, starts_on, ends_on, closed, description)
select o.id, date '2026-12-24', date '2026-12-26', true, 'Weihnachten'
from public.organisations o
where o.slug like $1 || '%' and abs(hashtext(o.slug)) % 2 = 0;
`;

const client = new pg.Client({ connectionString: dbUrl });
await client.connect();
try {
	await client.query('begin');
	const removed = await client.query(
		`delete from public.organisations where slug like $1 || '%' and is_demo`,
		[prefix]
	);
	if (values.remove) {
		console.log(`removed ${removed.rowCount} synthetic organisations (${prefix}*)`);
	} else {
		// The statements share parameters only by position; each gets the ones it names.
		const statements = GENERATE.split(/;\s*\n/)
			.map((text) => text.trim())
			.filter(Boolean);
		const started = Date.now();
		for (const text of statements) {
			const params = text.includes('$2') ? [count, prefix] : text.includes('$1') ? [prefix] : [];
			await client.query(text, params);
		}
		const [row] = (
			await client.query<{ organisations: number; locations: number; services: number }>(
				`select
				   (select count(*)::int from public.organisations o where o.slug like $1 || '%') as organisations,
				   (select count(*)::int from public.locations l join public.organisations o on o.id = l.organisation_id
				    where o.slug like $1 || '%') as locations,
				   (select count(*)::int from public.services s join public.organisations o on o.id = s.organisation_id
				    where o.slug like $1 || '%') as services`,
				[prefix]
			)
		).rows;
		// The last line is JSON for bench/directory.ts; the line before it is for people.
		console.log(
			`generated ${row!.organisations} organisations, ${row!.locations} locations, ${row!.services} services in ${Date.now() - started} ms`
		);
		console.log(JSON.stringify(row));
	}
	await client.query('commit');
	// As autovacuum would soon after a bulk load: fresh statistics, and visibility maps so that
	// index-only scans need not visit the heap. Only the tables the directory reads.
	await client.query(`vacuum (analyze) public.organisations, public.locations, public.public_locations,
		public.services, public.service_languages, public.service_taxonomy_terms, public.service_locations,
		public.schedules, public.schedule_exceptions, public.network_memberships`);
	// The derived tables were rewritten by every statement above (each refreshes all the rows it
	// touched): three to seven dead versions per live row, which a directory that grew one
	// organisation at a time never has. Compacted, so that the bench reads what it would.
	await client.query(`vacuum (full, analyze) private.search_documents, private.directory_entries,
		private.service_facets`);
} catch (error) {
	await client.query('rollback');
	throw error;
} finally {
	await client.end();
}
