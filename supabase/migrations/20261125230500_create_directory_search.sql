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
  -- Both spellings a German keyboard-less user may type: "gefluchtete" and "gefluechtete".
  select private.fold(value) || ' ' || private.fold(
    replace(replace(replace(lower(value), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue')
  )
$$;
comment on function private.fold_names(text) is 'Folded text twice: umlauts dropped (ü → u) and transcribed (ü → ue).';

-- Tables -----------------------------------------------------------------------------------------
create table private.search_documents (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  document tsvector not null,
  -- Folded organisation name, short name and service names, for infix and trigram matching.
  names text not null,
  name_folded text not null
);
comment on table private.search_documents is
  'Precomputed search text per organisation; maintained by triggers, read by public.search_directory only.';
create index search_documents_document_idx on private.search_documents using gin (document);
create index search_documents_names_trgm_idx on private.search_documents using gin (names extensions.gin_trgm_ops);

-- Functions: maintenance ---------------------------------------------------------------------------
create or replace function private.refresh_search_documents(organisations uuid[]) returns void
language sql security definer
set search_path = ''
as $$
  delete from private.search_documents d
  where d.organisation_id = any (organisations)
    and not exists (select 1 from public.organisations o where o.id = d.organisation_id);

  insert into private.search_documents (organisation_id, document, names, name_folded)
  select
    o.id,
    setweight(to_tsvector('private.german_unaccent', concat_ws(' ', o.name, o.short_name)), 'A')
      || setweight(to_tsvector('private.german_unaccent', coalesce(s.names, '')), 'B')
      || setweight(to_tsvector('private.german_unaccent', coalesce(t.labels, '')), 'B')
      || setweight(to_tsvector('private.german_unaccent', concat_ws(' ', o.description, s.texts)), 'C')
      || setweight(to_tsvector('private.german_unaccent', coalesce(tr.texts, '')), 'D'),
    private.fold_names(concat_ws(' ', o.name, o.short_name, s.names)),
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
language sql stable
set search_path = ''
as $$
  with clock as (
    select
      local::date as today,
      local::time as now_time,
      extract(isodow from local)::integer as weekday
    from (select at_time at time zone 'Europe/Berlin' as local) l
  )
  -- Weekly slots: one that opened today, or one from yesterday that runs past midnight. A slot
  -- does not run on a day that an exception of its scope (or of the whole organisation) covers.
  select s.organisation_id, s.location_id, s.service_id
  from public.schedules s, clock c
  where (organisations is null or s.organisation_id = any (organisations))
    and (
      (s.weekday = c.weekday
        and s.opens_at <= c.now_time
        and (c.now_time < s.closes_at or s.closes_at <= s.opens_at)
        and (s.valid_from is null or s.valid_from <= c.today)
        and (s.valid_to is null or s.valid_to >= c.today)
        and not exists (
          select 1 from public.schedule_exceptions e
          where e.organisation_id = s.organisation_id
            and c.today between e.starts_on and e.ends_on
            and (e.location_id is null or e.location_id = s.location_id)
            and (e.service_id is null or e.service_id = s.service_id)
        ))
      or (s.weekday = (c.weekday + 5) % 7 + 1
        and s.closes_at <= s.opens_at
        and c.now_time < s.closes_at
        and (s.valid_from is null or s.valid_from <= c.today - 1)
        and (s.valid_to is null or s.valid_to >= c.today - 1)
        and not exists (
          select 1 from public.schedule_exceptions e
          where e.organisation_id = s.organisation_id
            and c.today - 1 between e.starts_on and e.ends_on
            and (e.location_id is null or e.location_id = s.location_id)
            and (e.service_id is null or e.service_id = s.service_id)
        ))
    )
  union
  -- Special hours on an exception day.
  select e.organisation_id, e.location_id, e.service_id
  from public.schedule_exceptions e, clock c
  where (organisations is null or e.organisation_id = any (organisations))
    and not e.closed
    and c.today between e.starts_on and e.ends_on
    and e.opens_at <= c.now_time and c.now_time < e.closes_at
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
language sql stable security definer
set search_path = ''
-- Lower than pg_trgm's 0.6 so that one wrong letter in a name still matches ("respnse").
set pg_trgm.word_similarity_threshold = 0.5
as $$
  with params as (
    select
      private.fold(nullif(trim(search_directory.q), '')) as folded,
      -- Words that carry meaning (German stop words such as "für" dropped), folded.
      array(
        select distinct private.fold(w)
        from regexp_split_to_table(lower(coalesce(search_directory.q, '')), '[^[:alnum:]]+') w
        where length(w) >= 2 and to_tsvector('pg_catalog.german', w) <> ''::tsvector
      ) as words,
      coalesce(search_directory.at, now()) as at_time,
      case
        when search_directory.near_latitude is not null and search_directory.near_longitude is not null
        then private.earth_point(search_directory.near_latitude, search_directory.near_longitude)
      end as origin,
      coalesce(search_directory.discrimination_grounds, search_directory.counselling_types,
        search_directory.languages) is not null
        or search_directory.access_modes is not null
        or search_directory.anonymous_possible is true
        or search_directory.free_of_charge is true as service_filter,
      least(greatest(coalesce(search_directory.page_limit, 20), 1), 1000) as page_limit,
      greatest(coalesce(search_directory.page_offset, 0), 0) as page_offset
  ),
  q_terms as (
    select
      p.*,
      case when cardinality(p.words) > 0 then
        to_tsquery('private.german_unaccent',
          (select string_agg(quote_literal(w) || ':*', ' & ') from unnest(p.words) w))
      end as tsq,
      (select array_agg('%' || w || '%') from unnest(p.words) w) as patterns,
      (select '%' || w || '%' from unnest(p.words) w order by length(w) desc limit 1) as longest_pattern
    from params p
  ),
  -- The only source of organisations: published ones, by kind and network.
  candidates as (
    select o.id
    from public.organisations o
    where o.status = 'published'
      and (search_directory.kinds is null or o.kind = any (search_directory.kinds))
      and (search_directory.network is null or o.id in (
        select m.organisation_id
        from public.network_memberships m
        join public.organisations n on n.id = m.network_id
        where n.slug = search_directory.network and n.status = 'published'
      ))
  ),
  text_matches as (
    select
      d.organisation_id,
      (extensions.word_similarity(qq.folded, d.names)
        + coalesce(ts_rank(d.document, qq.tsq), 0)
        + case
            when d.name_folded = qq.folded then 2
            when d.name_folded like qq.folded || '%' then 1
            else 0
          end)::real as rank
    from private.search_documents d, q_terms qq
    where qq.folded is not null
      and (
        d.document @@ qq.tsq
        or (d.names like qq.longest_pattern and d.names like all (qq.patterns))
        or qq.folded operator(extensions.<%) d.names
      )
  ),
  matched_services as (
    select s.id, s.organisation_id
    from public.services s, params p
    where p.service_filter
      and s.organisation_id in (select id from candidates)
      and (search_directory.anonymous_possible is not true or s.anonymous_possible)
      and (search_directory.free_of_charge is not true or s.free_of_charge)
      and (search_directory.access_modes is null or s.access_modes && search_directory.access_modes)
      and (search_directory.languages is null or exists (
        select 1 from public.service_languages sl
        where sl.service_id = s.id and sl.language = any (search_directory.languages)))
      and (search_directory.discrimination_grounds is null or exists (
        select 1 from public.service_taxonomy_terms st
        join public.taxonomy_terms t on t.id = st.taxonomy_term_id
        where st.service_id = s.id and t.vocabulary = 'discrimination_grounds'
          and t.code = any (search_directory.discrimination_grounds)))
      and (search_directory.counselling_types is null or exists (
        select 1 from public.service_taxonomy_terms st
        join public.taxonomy_terms t on t.id = st.taxonomy_term_id
        where st.service_id = s.id and t.vocabulary = 'counselling_types'
          and t.code = any (search_directory.counselling_types)))
  ),
  nearby as (
    select pl.organisation_id, min(private.earth_distance(pl.earth, p.origin)) as distance_m
    from public.public_locations pl, params p
    where p.origin is not null
      and pl.earth is not null
      and (search_directory.radius_m is null
        or extensions.cube_enlarge(p.origin, search_directory.radius_m, 3) operator(extensions.@>) pl.earth)
    group by pl.organisation_id
  ),
  open_organisations as (
    select distinct os.organisation_id
    from params p, private.open_scopes(p.at_time, null) os
    where search_directory.open_now is true
  ),
  results as (
    select
      c.id,
      tm.rank,
      n.distance_m
    from candidates c
    cross join params p
    left join text_matches tm on tm.organisation_id = c.id
    left join nearby n on n.organisation_id = c.id
    where (p.folded is null or tm.organisation_id is not null)
      and (not p.service_filter or c.id in (select ms.organisation_id from matched_services ms))
      and (search_directory.radius_m is null or p.origin is null
        or n.distance_m <= search_directory.radius_m)
      and (search_directory.wheelchair_accessible is not true or c.id in (
        select pl.organisation_id from public.public_locations pl where pl.wheelchair_accessible))
      and (search_directory.open_now is not true or c.id in (select organisation_id from open_organisations))
  ),
  page as (
    select
      r.*,
      count(*) over () as total_count,
      row_number() over (order by r.distance_m asc nulls last, r.rank desc nulls last, o.name, o.id) as ordinal
    from results r
    join public.organisations o on o.id = r.id
    order by ordinal
    limit (select page_limit from params)
    offset (select page_offset from params)
  ),
  page_open as (
    select os.*
    from params p, private.open_scopes(p.at_time, array(select id from page)) os
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
        'discrimination_grounds', coalesce((
          select jsonb_agg(t.code order by t.position)
          from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
          where st.service_id = s.id and t.vocabulary = 'discrimination_grounds'), '[]'::jsonb),
        'counselling_types', coalesce((
          select jsonb_agg(t.code order by t.position)
          from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
          where st.service_id = s.id and t.vocabulary = 'counselling_types'), '[]'::jsonb)
      ) order by s.name)
      from public.services s, params p
      where s.organisation_id = o.id
        and (not p.service_filter or s.id in (select ms.id from matched_services ms))
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
        'distance_m', round(private.earth_distance(pl.earth, p.origin)::numeric),
        'open_now', exists (select 1 from page_open po where po.location_id = pl.location_id)
      ) order by private.earth_distance(pl.earth, p.origin) nulls last, pl.city, pl.district, pl.location_id)
      from public.public_locations pl, params p
      where pl.organisation_id = o.id
    ), '[]'::jsonb),
    round(pg.distance_m::numeric, 1)::double precision,
    exists (select 1 from page_open po where po.organisation_id = o.id),
    pg.rank,
    pg.total_count
  from page pg
  join public.organisations o on o.id = pg.id
  order by pg.ordinal
$$;
comment on function public.search_directory is
  'Searches published organisations (text, filters, near a point, open now) for the directory page, exports and embeds. Places come from public_locations only: degraded by visibility.';

revoke execute on function private.fold(text) from public;
revoke execute on function private.fold_names(text) from public;
revoke execute on function private.refresh_search_documents(uuid[]) from public;
revoke execute on function private.organisations_refresh_search() from public;
revoke execute on function private.children_refresh_search() from public;
revoke execute on function private.taxonomy_terms_refresh_search() from public;
revoke execute on function private.open_scopes(timestamptz, uuid[]) from public;
revoke execute on function public.search_directory from public;
grant execute on function public.search_directory to anon, authenticated, service_role;
