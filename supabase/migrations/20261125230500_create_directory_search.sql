-- Adds public.search_directory(…), the one search the directory page, the exports (GeoJSON, CSV,
-- HSDS JSON) and the embed widget share, with what makes it fast and forgiving:
--   * private.search_documents: one precomputed German full-text document per organisation
--     (names, service names, taxonomy labels, descriptions, translations), accents folded with
--     unaccent, GIN-indexed; plus the folded names for trigram (typos) and infix matching
--     (compound words: "beratung" finds "Antidiskriminierungsberatung"), kept by triggers;
--   * opening hours evaluated in Europe/Berlin, with slots across midnight and dated exceptions;
--   * "near" on the degraded public points only (GiST on the earth cube).
-- The function is security definer so that visitors need no access to the search documents and
-- RLS is not re-evaluated row by row; in exchange it reads only published organisations (one
-- place, `candidates`), and only public.public_locations for places, never public.locations.

-- Extensions -------------------------------------------------------------------------------------
create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;
-- Load pg_trgm's library in this session so that its settings are known: a function may then
-- set pg_trgm.word_similarity_threshold (a non-superuser may not set an unknown placeholder).
select extensions.similarity('', '');

-- Text search configuration: German stemming after folding accents (ü → u, ß → ss).
create text search configuration private.german_unaccent (copy = pg_catalog.german);
alter text search configuration private.german_unaccent
  alter mapping for hword, hword_part, word with extensions.unaccent, pg_catalog.german_stem;

-- Functions: text ----------------------------------------------------------------------------------
create or replace function private.fold(value text) returns text
language sql immutable parallel safe
set search_path = ''
as $$
  select lower(extensions.unaccent('extensions.unaccent'::regdictionary, value))
$$;
comment on function private.fold(text) is 'Lower case without accents (Geflüchtete → gefluchtete, ß → ss), for matching.';

create or replace function private.fold_names(value text) returns text
language sql immutable parallel safe
set search_path = ''
as $$
  -- Both spellings a user without a German keyboard may type: "gefluchtete" and "gefluechtete".
  select case when dropped = transcribed then dropped else dropped || ' ' || transcribed end
  from (
    select
      private.fold(value) as dropped,
      private.fold(replace(replace(replace(lower(value), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue')) as transcribed
  ) spellings
$$;
comment on function private.fold_names(text) is 'Folded text twice: umlauts dropped (ü → u) and transcribed (ü → ue).';

-- Tables -----------------------------------------------------------------------------------------
create table private.search_documents (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  document tsvector not null,
  -- Folded organisation name, short name and service names, for infix matching.
  names text not null,
  -- Folded organisation name and short name, for typo-tolerant (trigram) matching.
  titles text not null,
  -- Folded name, the sort key: byte order of folded names is German dictionary order.
  name_folded text not null
);
comment on table private.search_documents is
  'Precomputed search text per organisation; maintained by triggers, read by public.search_directory only.';
create index search_documents_document_idx on private.search_documents using gin (document);
create index search_documents_names_trgm_idx on private.search_documents using gin (names extensions.gin_trgm_ops);
create index search_documents_titles_trgm_idx on private.search_documents using gin (titles extensions.gin_trgm_ops);
-- Not exposed, and no policies: only its owner's security-definer functions read and write it.
alter table private.search_documents enable row level security;

-- Functions: maintenance ---------------------------------------------------------------------------
create or replace function private.refresh_search_documents(organisations uuid[]) returns void
language sql security definer
set search_path = ''
as $$
  delete from private.search_documents d
  where d.organisation_id = any (organisations)
    and not exists (select 1 from public.organisations o where o.id = d.organisation_id);

  insert into private.search_documents (organisation_id, document, names, titles, name_folded)
  select
    o.id,
    setweight(to_tsvector('private.german_unaccent', concat_ws(' ', o.name, o.short_name)), 'A')
      || setweight(to_tsvector('private.german_unaccent', coalesce(s.names, '')), 'B')
      || setweight(to_tsvector('private.german_unaccent', coalesce(t.labels, '')), 'B')
      || setweight(to_tsvector('private.german_unaccent', concat_ws(' ', o.description, s.texts)), 'C')
      || setweight(to_tsvector('private.german_unaccent', coalesce(tr.texts, '')), 'D'),
    private.fold_names(concat_ws(' ', o.name, o.short_name, s.names)),
    private.fold_names(concat_ws(' ', o.name, o.short_name)),
    private.fold(o.name)
  from public.organisations o
  left join lateral (
    select
      string_agg(sv.name, ' ') as names,
      string_agg(concat_ws(' ', sv.description, sv.eligibility_description, sv.application_process), ' ') as texts
    from public.services sv
    where sv.organisation_id = o.id
  ) s on true
  left join lateral (
    select string_agg(tt.label_de || ' ' || tt.label_en, ' ') as labels
    from public.taxonomy_terms tt
    where tt.id in (
      select ot.taxonomy_term_id from public.organisation_taxonomy_terms ot where ot.organisation_id = o.id
      union
      select st.taxonomy_term_id from public.service_taxonomy_terms st where st.organisation_id = o.id
    )
  ) t on true
  left join lateral (
    select string_agg(x.text, ' ') as texts from public.translations x where x.organisation_id = o.id
  ) tr on true
  where o.id = any (organisations)
  on conflict (organisation_id) do update set
    document = excluded.document,
    names = excluded.names,
    titles = excluded.titles,
    name_folded = excluded.name_folded;
$$;
comment on function private.refresh_search_documents(uuid[]) is 'Recomputes the search documents of the given organisations.';

create or replace function private.organisations_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_search_documents(array(select id from changed_rows));
  return null;
end;
$$;
comment on function private.organisations_refresh_search() is 'Statement trigger function: refreshes changed organisations'' search documents.';

create or replace function private.children_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_search_documents(array(select distinct organisation_id from changed_rows));
  return null;
end;
$$;
comment on function private.children_refresh_search() is
  'Statement trigger function: refreshes the search documents of organisations whose services, terms or texts changed.';

create or replace function private.taxonomy_terms_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_search_documents(array(
    select ot.organisation_id from public.organisation_taxonomy_terms ot
    where ot.taxonomy_term_id in (select id from changed_rows)
    union
    select st.organisation_id from public.service_taxonomy_terms st
    where st.taxonomy_term_id in (select id from changed_rows)
  ));
  return null;
end;
$$;
comment on function private.taxonomy_terms_refresh_search() is 'Statement trigger function: relabelled terms refresh the documents that use them.';

create trigger organisations_refresh_search_insert after insert on public.organisations
  referencing new table as changed_rows for each statement execute function private.organisations_refresh_search();
create trigger organisations_refresh_search_update after update on public.organisations
  referencing new table as changed_rows for each statement execute function private.organisations_refresh_search();
create trigger taxonomy_terms_refresh_search after update on public.taxonomy_terms
  referencing new table as changed_rows for each statement execute function private.taxonomy_terms_refresh_search();
create trigger services_refresh_search_insert after insert on public.services
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger services_refresh_search_update after update on public.services
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger services_refresh_search_delete after delete on public.services
  referencing old table as changed_rows for each statement execute function private.children_refresh_search();
create trigger organisation_taxonomy_terms_refresh_search_insert after insert on public.organisation_taxonomy_terms
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger organisation_taxonomy_terms_refresh_search_update after update on public.organisation_taxonomy_terms
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger organisation_taxonomy_terms_refresh_search_delete after delete on public.organisation_taxonomy_terms
  referencing old table as changed_rows for each statement execute function private.children_refresh_search();
create trigger service_taxonomy_terms_refresh_search_insert after insert on public.service_taxonomy_terms
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger service_taxonomy_terms_refresh_search_update after update on public.service_taxonomy_terms
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger service_taxonomy_terms_refresh_search_delete after delete on public.service_taxonomy_terms
  referencing old table as changed_rows for each statement execute function private.children_refresh_search();
create trigger translations_refresh_search_insert after insert on public.translations
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger translations_refresh_search_update after update on public.translations
  referencing new table as changed_rows for each statement execute function private.children_refresh_search();
create trigger translations_refresh_search_delete after delete on public.translations
  referencing old table as changed_rows for each statement execute function private.children_refresh_search();

-- Existing organisations (the seed may run before or after this migration) get documents now.
select private.refresh_search_documents(array(select id from public.organisations));

-- Functions: opening hours -------------------------------------------------------------------------
create or replace function private.open_scopes(at_time timestamptz, organisations uuid[])
returns table (organisation_id uuid, location_id uuid, service_id uuid)
language plpgsql stable
set search_path = ''
-- Plan with the actual values: a null list must not keep the organisation index from being used.
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  berlin timestamp := at_time at time zone 'Europe/Berlin';
  berlin_today date := berlin::date;
  berlin_time time := berlin::time;
  berlin_weekday integer := extract(isodow from berlin)::integer;
begin
  return query
  -- Weekly slots that opened today. A slot does not run on a day that an exception of its
  -- scope (or of the whole organisation) covers.
  select s.organisation_id, s.location_id, s.service_id
  from public.schedules s
  where (organisations is null or s.organisation_id = any (organisations))
    and s.weekday = berlin_weekday
    and s.opens_at <= berlin_time
    and (berlin_time < s.closes_at or s.closes_at <= s.opens_at)
    and (s.valid_from is null or s.valid_from <= berlin_today)
    and (s.valid_to is null or s.valid_to >= berlin_today)
    and not exists (
      select 1 from public.schedule_exceptions e
      where e.organisation_id = s.organisation_id
        and berlin_today between e.starts_on and e.ends_on
        and (e.location_id is null or e.location_id = s.location_id)
        and (e.service_id is null or e.service_id = s.service_id)
    )
  union all
  -- Slots from yesterday that run past midnight.
  select s.organisation_id, s.location_id, s.service_id
  from public.schedules s
  where (organisations is null or s.organisation_id = any (organisations))
    and s.weekday = (berlin_weekday + 5) % 7 + 1
    and s.closes_at <= s.opens_at
    and berlin_time < s.closes_at
    and (s.valid_from is null or s.valid_from <= berlin_today - 1)
    and (s.valid_to is null or s.valid_to >= berlin_today - 1)
    and not exists (
      select 1 from public.schedule_exceptions e
      where e.organisation_id = s.organisation_id
        and berlin_today - 1 between e.starts_on and e.ends_on
        and (e.location_id is null or e.location_id = s.location_id)
        and (e.service_id is null or e.service_id = s.service_id)
    )
  union all
  -- Special hours on an exception day.
  select e.organisation_id, e.location_id, e.service_id
  from public.schedule_exceptions e
  where (organisations is null or e.organisation_id = any (organisations))
    and not e.closed
    and berlin_today between e.starts_on and e.ends_on
    and e.opens_at <= berlin_time and berlin_time < e.closes_at;
end;
$$;
comment on function private.open_scopes(timestamptz, uuid[]) is
  'Which opening-hours scopes (organisation, location, service) are open at the given time in Europe/Berlin.';

-- Search -----------------------------------------------------------------------------------------
create or replace function public.search_directory(
  q text default null,
  kinds public.organisation_kind[] default null,
  discrimination_grounds text[] default null,
  counselling_types text[] default null,
  languages text[] default null,
  access_modes public.access_mode[] default null,
  anonymous_possible boolean default null,
  free_of_charge boolean default null,
  wheelchair_accessible boolean default null,
  open_now boolean default null,
  network text default null,
  near_latitude double precision default null,
  near_longitude double precision default null,
  radius_m double precision default null,
  at timestamptz default null,
  page_limit integer default 20,
  page_offset integer default 0
)
returns table (
  organisation_id uuid,
  slug text,
  name text,
  short_name text,
  kind public.organisation_kind,
  description text,
  website text,
  email text,
  phone text,
  services jsonb,
  locations jsonb,
  distance_m double precision,
  is_open_now boolean,
  rank real,
  total_count bigint
)
language plpgsql stable security definer
set search_path = ''
-- Lower than pg_trgm's 0.6 so that one wrong letter in a name still matches ("respnse").
set pg_trgm.word_similarity_threshold = 0.5
-- Plan each call with its actual arguments, so that unused filters drop out of the plan.
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  query_folded text := private.fold(nullif(trim(search_directory.q), ''));
  -- Words that carry meaning (German stop words such as "für" dropped), folded.
  query_words text[] := array(
    select distinct private.fold(w)
    from regexp_split_to_table(lower(coalesce(search_directory.q, '')), '[^[:alnum:]]+') w
    where length(w) >= 2 and to_tsvector('pg_catalog.german', w) <> ''::tsvector
  );
  query_ts tsquery;
  query_patterns text[];
  query_longest_pattern text;
  typo_fallback boolean := false;
  origin extensions.cube;
  moment timestamptz := coalesce(search_directory.at, now());
  service_filter boolean :=
    search_directory.discrimination_grounds is not null
    or search_directory.counselling_types is not null
    or search_directory.languages is not null
    or search_directory.access_modes is not null
    or search_directory.anonymous_possible is true
    or search_directory.free_of_charge is true;
  result_limit integer := least(greatest(coalesce(search_directory.page_limit, 20), 1), 1000);
  result_offset integer := greatest(coalesce(search_directory.page_offset, 0), 0);
begin
  if cardinality(query_words) > 0 then
    -- Every word, as a prefix of a German stem ("beratungen" → berat:*), and as an infix of the
    -- folded names (compound words: "beratung" in "antidiskriminierungsberatung").
    query_ts := to_tsquery('private.german_unaccent',
      (select string_agg(quote_literal(w) || ':*', ' & ') from unnest(query_words) w));
    query_patterns := array(select '%' || w || '%' from unnest(query_words) w);
    query_longest_pattern := (select '%' || w || '%' from unnest(query_words) w order by length(w) desc limit 1);
  end if;
  -- Typo tolerance is the fallback when nothing matches as written: fuzzy matches would only
  -- crowd out exact ones, and trigram similarity over every name is the expensive part.
  if query_folded is not null then
    -- Published organisations only: a draft that matches must neither hide the typo matches
    -- nor reveal, by hiding them, that it exists.
    typo_fallback := not exists (
      select 1 from private.search_documents d
      join public.organisations o on o.id = d.organisation_id and o.status = 'published'
      where d.document @@ query_ts
         or (d.names like query_longest_pattern and d.names like all (query_patterns))
    );
  end if;
  if search_directory.near_latitude is not null and search_directory.near_longitude is not null then
    origin := private.earth_point(search_directory.near_latitude, search_directory.near_longitude);
  end if;

  return query
  with candidates as (
    -- The only source of organisations: published ones, by kind, network and text.
    select
      o.id,
      d.name_folded,
      case when query_folded is not null then
        (coalesce(ts_rank(d.document, query_ts), 0)
          + case when typo_fallback then extensions.word_similarity(query_folded, d.titles) else 0 end
          + case
              when d.name_folded = query_folded then 2
              when d.name_folded like query_folded || '%' then 1
              else 0
            end)::real
      end as rank
    from public.organisations o
    join private.search_documents d on d.organisation_id = o.id
    where o.status = 'published'
      and (search_directory.kinds is null or o.kind = any (search_directory.kinds))
      and (search_directory.network is null or o.id in (
        select m.organisation_id
        from public.network_memberships m
        join public.organisations n on n.id = m.network_id
        where n.slug = search_directory.network and n.status = 'published'
      ))
      and (query_folded is null
        or (not typo_fallback and (d.document @@ query_ts
          or (d.names like query_longest_pattern and d.names like all (query_patterns))))
        or (typo_fallback and query_folded operator(extensions.<%) d.titles))
  ),
  matched_services as (
    select s.id, s.organisation_id
    from public.services s
    where service_filter
      and s.organisation_id in (select c.id from candidates c)
      and (search_directory.anonymous_possible is not true or s.anonymous_possible)
      and (search_directory.free_of_charge is not true or s.free_of_charge)
      and (search_directory.access_modes is null or s.access_modes && search_directory.access_modes)
      and (search_directory.languages is null or s.id in (
        select sl.service_id from public.service_languages sl
        where sl.language = any (search_directory.languages)))
      and (search_directory.discrimination_grounds is null or s.id in (
        select st.service_id from public.service_taxonomy_terms st
        where st.taxonomy_term_id in (
          select t.id from public.taxonomy_terms t
          where t.vocabulary = 'discrimination_grounds' and t.code = any (search_directory.discrimination_grounds))))
      and (search_directory.counselling_types is null or s.id in (
        select st.service_id from public.service_taxonomy_terms st
        where st.taxonomy_term_id in (
          select t.id from public.taxonomy_terms t
          where t.vocabulary = 'counselling_types' and t.code = any (search_directory.counselling_types))))
  ),
  nearby as (
    -- Distances from the degraded public points only: exact ones could be trilaterated.
    -- The straight-line (chord) distance orders like the great-circle one; converted below.
    select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin)) as chord_m
    from public.public_locations pl
    where origin is not null
      and pl.earth is not null
      and (search_directory.radius_m is null
        or extensions.cube_enlarge(origin, search_directory.radius_m, 3) operator(extensions.@>) pl.earth)
    group by pl.organisation_id
  ),
  results as (
    select c.id, c.name_folded, c.rank, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)) as distance_m
    from candidates c
    left join nearby n on n.organisation_id = c.id
    where (not service_filter or c.id in (select ms.organisation_id from matched_services ms))
      and (search_directory.radius_m is null or origin is null
        or 2 * 6378168 * asin(n.chord_m / (2 * 6378168)) <= search_directory.radius_m)
      and (search_directory.wheelchair_accessible is not true or c.id in (
        select pl.organisation_id from public.public_locations pl where pl.wheelchair_accessible))
      and (search_directory.open_now is not true or c.id in (
        select os.organisation_id from private.open_scopes(moment, null) os))
  ),
  page as (
    select r.*, count(*) over () as total_count
    from results r
    order by r.distance_m asc nulls last, r.rank desc nulls last, r.name_folded collate "C", r.id
    limit result_limit
    offset result_offset
  ),
  page_open as (
    select os.organisation_id, os.location_id
    from private.open_scopes(moment, array(select pg.id from page pg)) os
  )
  select
    o.id,
    o.slug,
    o.name,
    o.short_name,
    o.kind,
    o.description,
    o.website,
    o.email,
    o.phone,
    coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', s.id,
        'name', s.name,
        'free_of_charge', s.free_of_charge,
        'anonymous_possible', s.anonymous_possible,
        'appointment_required', s.appointment_required,
        'interpreter_on_request', s.interpreter_on_request,
        'access_modes', to_jsonb(s.access_modes),
        'online_only', not exists (select 1 from public.service_locations sl where sl.service_id = s.id),
        'languages', coalesce((
          select jsonb_agg(sl.language order by sl.language)
          from public.service_languages sl where sl.service_id = s.id), '[]'::jsonb),
        'discrimination_grounds', terms.discrimination_grounds,
        'counselling_types', terms.counselling_types
      ) order by s.name)
      from public.services s
      -- Both vocabularies from one pass over the service's terms.
      cross join lateral (
        select
          coalesce(jsonb_agg(t.code order by t.position) filter (where t.vocabulary = 'discrimination_grounds'),
            '[]'::jsonb) as discrimination_grounds,
          coalesce(jsonb_agg(t.code order by t.position) filter (where t.vocabulary = 'counselling_types'),
            '[]'::jsonb) as counselling_types
        from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
        where st.service_id = s.id
      ) terms
      where s.organisation_id = o.id
        and (not service_filter or s.id in (select ms.id from matched_services ms))
    ), '[]'::jsonb),
    coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', pl.location_id,
        'visibility', pl.visibility,
        'name', pl.name,
        'address_1', pl.address_1,
        'address_2', pl.address_2,
        'postal_code', pl.postal_code,
        'city', pl.city,
        'district', pl.district,
        'latitude', pl.latitude,
        'longitude', pl.longitude,
        'wheelchair_accessible', pl.wheelchair_accessible,
        'accessible_toilet', pl.accessible_toilet,
        'hearing_loop', pl.hearing_loop,
        'transportation', pl.transportation,
        'distance_m', round(here.distance_m::numeric),
        'open_now', exists (select 1 from page_open po where po.location_id = pl.location_id)
      ) order by here.distance_m nulls last, pl.city, pl.district, pl.location_id)
      from public.public_locations pl
      cross join lateral (select private.earth_distance(pl.earth, origin) as distance_m) here
      where pl.organisation_id = o.id
    ), '[]'::jsonb),
    round(pg.distance_m::numeric, 1)::double precision,
    exists (select 1 from page_open po where po.organisation_id = o.id),
    pg.rank,
    pg.total_count
  from page pg
  join public.organisations o on o.id = pg.id
  order by pg.distance_m asc nulls last, pg.rank desc nulls last, pg.name_folded collate "C", pg.id;
end;
$$;
comment on function public.search_directory is $comment$Searches published organisations for the directory page, the exports (GeoJSON, CSV, HSDS JSON) and the embed widget.
Arguments (all optional, combined with AND; a list matches any of its values):
  q: words, umlauts optional, parts of compound words, one typo in a name tolerated;
  kinds; discrimination_grounds, counselling_types (taxonomy codes); languages (ISO 639-1); access_modes;
  anonymous_possible, free_of_charge (true: one service must offer it; with the other service filters, the same service);
  wheelchair_accessible (true: a public location has access); open_now (true: open at `at`, Europe/Berlin);
  network (slug of a network organisation: its members only);
  near_latitude, near_longitude (order by distance), radius_m (and keep those within);
  at (default now()); page_limit (1–1000, default 20), page_offset.
Rows (one per organisation): organisation_id, slug, name, short_name, kind, description, website, email, phone,
  services jsonb [{id, name, free_of_charge, anonymous_possible, appointment_required, interpreter_on_request,
    access_modes[], online_only, languages[], discrimination_grounds[], counselling_types[]}] (the matching ones),
  locations jsonb [{id, visibility, name, address_1, address_2, postal_code, city, district, latitude, longitude,
    wheelchair_accessible, accessible_toilet, hearing_loop, transportation, distance_m, open_now}] (from public_locations:
    degraded by visibility, nearest first), distance_m (nearest public point), is_open_now, rank (text relevance),
  total_count (all matches, for paging). Order: distance, then relevance, then name.$comment$;

revoke execute on function private.fold(text) from public;
revoke execute on function private.fold_names(text) from public;
revoke execute on function private.refresh_search_documents(uuid[]) from public;
revoke execute on function private.organisations_refresh_search() from public;
revoke execute on function private.children_refresh_search() from public;
revoke execute on function private.taxonomy_terms_refresh_search() from public;
revoke execute on function private.open_scopes(timestamptz, uuid[]) from public;
revoke execute on function public.search_directory from public;
grant execute on function public.search_directory to anon, authenticated, service_role;
