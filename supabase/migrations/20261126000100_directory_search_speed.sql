-- Makes the directory search fast at 10,000 organisations (issue #4: p95 ≤ 10 ms for the RPC)
-- without changing what it matches. The matching (private.directory_matches) no longer reads the
-- wide search documents, the services and their join tables, or every schedule row on each call,
-- but two narrow tables precomputed on write:
--   * private.directory_entries: per organisation whether it is published, its kind, its sort key,
--     and the seconds of the week (Europe/Berlin wall-clock time) in which its undated weekly slots
--     are open, so that "open now" is one range test per organisation;
--   * private.service_facets: per service what the service filters ask (anonymous, free, access
--     modes, languages, grounds, counselling types), as arrays on one row.
-- Opening hours stay exact: organisations with dated slots, or with an exception covering today or
-- yesterday (holidays, special hours, a night slot that began yesterday), are evaluated by
-- private.open_scopes as before; only the regular ones take the precomputed path.
-- The search documents are still read when there is a query: for the text match and its rank.

-- Load pg_trgm's library in this session so that its settings are known (see 20261125230500).
select extensions.similarity('', '');

-- Tables -----------------------------------------------------------------------------------------
create table private.directory_entries (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  published boolean not null,
  kind public.organisation_kind not null,
  -- Folded name, the sort key: byte order of folded names is German dictionary order.
  name_folded text collate "C" not null,
  -- Seconds since Monday 00:00 (wall-clock time in Europe/Berlin) in which an undated weekly slot
  -- of the organisation, its locations or services is open; a slot past midnight is split in two.
  weekly_open int4multirange not null,
  -- Some slot has valid_from or valid_to: "open now" is evaluated exactly for this organisation.
  dated_schedules boolean not null
);
comment on table private.directory_entries is
  'Per organisation what private.directory_matches filters and sorts by; maintained by triggers.';
create index directory_entries_dated_idx on private.directory_entries (organisation_id) where dated_schedules;
alter table private.directory_entries enable row level security;

create table private.service_facets (
  service_id uuid primary key references public.services (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  anonymous_possible boolean not null,
  free_of_charge boolean not null,
  access_modes public.access_mode[] not null,
  languages text[] not null,
  discrimination_grounds text[] not null,
  counselling_types text[] not null
);
comment on table private.service_facets is
  'Per service what the directory''s service filters ask, on one row; maintained by triggers.';
create index service_facets_organisation_id_idx on private.service_facets (organisation_id);
alter table private.service_facets enable row level security;

-- Maintenance ------------------------------------------------------------------------------------
create or replace function private.refresh_directory_facets(organisations uuid[]) returns void
language sql security definer
set search_path = ''
as $$
  delete from private.service_facets f where f.organisation_id = any (organisations);

  insert into private.service_facets (service_id, organisation_id, anonymous_possible, free_of_charge,
    access_modes, languages, discrimination_grounds, counselling_types)
  select
    s.id,
    s.organisation_id,
    s.anonymous_possible,
    s.free_of_charge,
    s.access_modes,
    array(select sl.language from public.service_languages sl where sl.service_id = s.id order by 1),
    array(
      select t.code from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
      where st.service_id = s.id and t.vocabulary = 'discrimination_grounds' order by 1),
    array(
      select t.code from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
      where st.service_id = s.id and t.vocabulary = 'counselling_types' order by 1)
  from public.services s
  where s.organisation_id = any (organisations);

  insert into private.directory_entries (organisation_id, published, kind, name_folded, weekly_open, dated_schedules)
  select
    o.id,
    o.status = 'published',
    o.kind,
    private.fold(o.name),
    coalesce((
      select range_agg(r.seconds)
      from public.schedules s
      cross join lateral (values
        -- The slot's own day: until closing, or until midnight when it runs past midnight.
        (int4range(
          (s.weekday - 1) * 86400 + floor(extract(epoch from s.opens_at))::integer,
          case when s.closes_at > s.opens_at
            then (s.weekday - 1) * 86400 + floor(extract(epoch from s.closes_at))::integer
            else s.weekday * 86400
          end)),
        -- The next day (Sunday's is Monday) until closing, for a slot past midnight.
        (case when s.closes_at <= s.opens_at then int4range(
          (s.weekday % 7) * 86400,
          (s.weekday % 7) * 86400 + floor(extract(epoch from s.closes_at))::integer) end)
      ) r (seconds)
      where s.organisation_id = o.id
        and s.valid_from is null and s.valid_to is null
        and r.seconds is not null
    ), '{}'::int4multirange),
    exists (
      select 1 from public.schedules s
      where s.organisation_id = o.id and (s.valid_from is not null or s.valid_to is not null))
  from public.organisations o
  where o.id = any (organisations)
  on conflict (organisation_id) do update set
    published = excluded.published,
    kind = excluded.kind,
    name_folded = excluded.name_folded,
    weekly_open = excluded.weekly_open,
    dated_schedules = excluded.dated_schedules;
$$;
comment on function private.refresh_directory_facets(uuid[]) is
  'Recomputes the directory entries and service facets of the given organisations.';

-- The search documents' triggers already fire for organisations, services, terms and texts: they
-- refresh the facets too. Languages and schedules get triggers of their own below.
create or replace function private.organisations_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changed uuid[] := array(select id from changed_rows);
begin
  perform private.refresh_search_documents(changed);
  perform private.refresh_directory_facets(changed);
  return null;
end;
$$;

create or replace function private.children_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changed uuid[] := array(select distinct organisation_id from changed_rows);
begin
  perform private.refresh_search_documents(changed);
  perform private.refresh_directory_facets(changed);
  return null;
end;
$$;

create or replace function private.taxonomy_terms_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changed uuid[] := array(
    select ot.organisation_id from public.organisation_taxonomy_terms ot
    where ot.taxonomy_term_id in (select id from changed_rows)
    union
    select st.organisation_id from public.service_taxonomy_terms st
    where st.taxonomy_term_id in (select id from changed_rows)
  );
begin
  perform private.refresh_search_documents(changed);
  perform private.refresh_directory_facets(changed);
  return null;
end;
$$;

create or replace function private.children_refresh_facets() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_directory_facets(array(select distinct organisation_id from changed_rows));
  return null;
end;
$$;
comment on function private.children_refresh_facets() is
  'Statement trigger function: refreshes the directory facets of organisations whose languages or schedules changed.';

create trigger service_languages_refresh_facets_insert after insert on public.service_languages
  referencing new table as changed_rows for each statement execute function private.children_refresh_facets();
create trigger service_languages_refresh_facets_update after update on public.service_languages
  referencing new table as changed_rows for each statement execute function private.children_refresh_facets();
create trigger service_languages_refresh_facets_delete after delete on public.service_languages
  referencing old table as changed_rows for each statement execute function private.children_refresh_facets();
create trigger schedules_refresh_facets_insert after insert on public.schedules
  referencing new table as changed_rows for each statement execute function private.children_refresh_facets();
create trigger schedules_refresh_facets_update after update on public.schedules
  referencing new table as changed_rows for each statement execute function private.children_refresh_facets();
create trigger schedules_refresh_facets_delete after delete on public.schedules
  referencing old table as changed_rows for each statement execute function private.children_refresh_facets();

-- Existing organisations (the seed may run before or after this migration) get facets now.
select private.refresh_directory_facets(array(select id from public.organisations));

-- Matching -----------------------------------------------------------------------------------------
create or replace function private.directory_matches(
  q text,
  kinds public.organisation_kind[],
  discrimination_grounds text[],
  counselling_types text[],
  languages text[],
  access_modes public.access_mode[],
  anonymous_possible boolean,
  free_of_charge boolean,
  wheelchair_accessible boolean,
  open_now boolean,
  network text,
  near_latitude double precision,
  near_longitude double precision,
  radius_m double precision,
  at timestamptz
)
returns table (
  organisation_id uuid,
  name_folded text,
  rank real,
  distance_m double precision,
  service_ids uuid[]
)
language plpgsql stable
set search_path = ''
-- Lower than pg_trgm's 0.6 so that one wrong letter in a name still matches ("respnse").
set pg_trgm.word_similarity_threshold = 0.5
-- Plan each call with its actual arguments, so that unused filters drop out of the plan.
set plan_cache_mode = force_custom_plan
set jit = off
as $$
#variable_conflict use_column
declare
  query_folded text := private.fold(nullif(trim(directory_matches.q), ''));
  -- Words that carry meaning (German stop words such as "für" dropped), folded.
  query_words text[] := array(
    select distinct private.fold(w)
    from regexp_split_to_table(lower(coalesce(directory_matches.q, '')), '[^[:alnum:]]+') w
    where length(w) >= 2 and to_tsvector('pg_catalog.german', w) <> ''::tsvector
  );
  query_ts tsquery;
  query_patterns text[];
  query_longest_pattern text;
  typo_fallback boolean := false;
  origin extensions.cube;
  moment timestamptz := coalesce(directory_matches.at, now());
  berlin timestamp := moment at time zone 'Europe/Berlin';
  -- Now as seconds since Monday 00:00 in Europe/Berlin, as directory_entries.weekly_open counts.
  week_second integer :=
    (extract(isodow from berlin)::integer - 1) * 86400 + floor(extract(epoch from berlin::time))::integer;
  -- Organisations whose opening hours the weekly ranges do not tell exactly (see the header).
  irregular uuid[];
  service_filter boolean :=
    directory_matches.discrimination_grounds is not null
    or directory_matches.counselling_types is not null
    or directory_matches.languages is not null
    or directory_matches.access_modes is not null
    or directory_matches.anonymous_possible is true
    or directory_matches.free_of_charge is true;
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
      join private.directory_entries e on e.organisation_id = d.organisation_id and e.published
      where d.document @@ query_ts
         or (d.names like query_longest_pattern and d.names like all (query_patterns))
    );
  end if;
  if directory_matches.near_latitude is not null and directory_matches.near_longitude is not null then
    origin := private.earth_point(directory_matches.near_latitude, directory_matches.near_longitude);
  end if;
  if directory_matches.open_now is true then
    irregular := array(
      select e.organisation_id from public.schedule_exceptions e
      where e.starts_on <= berlin::date and e.ends_on >= berlin::date - 1
      union
      select e.organisation_id from private.directory_entries e where e.dated_schedules
    );
  end if;

  return query
  with candidates as (
    -- The only source of organisations: published ones, by kind, network and text.
    select
      e.organisation_id as id,
      e.name_folded,
      e.weekly_open,
      case when query_folded is not null then
        (coalesce(ts_rank(d.document, query_ts), 0)
          + case when typo_fallback then extensions.word_similarity(query_folded, d.titles) else 0 end
          + case
              when e.name_folded = query_folded then 2
              when e.name_folded like query_folded || '%' then 1
              else 0
            end)::real
      end as rank
    from private.directory_entries e
    -- Without a query the documents are not read at all (the join condition is false).
    left join private.search_documents d
      on query_folded is not null and d.organisation_id = e.organisation_id
    where e.published
      and (directory_matches.kinds is null or e.kind = any (directory_matches.kinds))
      and (directory_matches.network is null or e.organisation_id in (
        select m.organisation_id
        from public.network_memberships m
        join public.organisations n on n.id = m.network_id
        where n.slug = directory_matches.network and n.status = 'published'
      ))
      and (query_folded is null
        or (not typo_fallback and (d.document @@ query_ts
          or (d.names like query_longest_pattern and d.names like all (query_patterns))))
        or (typo_fallback and query_folded operator(extensions.<%) d.titles))
  ),
  matched_services as (
    -- One service must satisfy all service filters together.
    select f.organisation_id, array_agg(f.service_id) as ids
    from private.service_facets f
    where service_filter
      and (directory_matches.anonymous_possible is not true or f.anonymous_possible)
      and (directory_matches.free_of_charge is not true or f.free_of_charge)
      and (directory_matches.access_modes is null or f.access_modes && directory_matches.access_modes)
      and (directory_matches.languages is null or f.languages && directory_matches.languages)
      and (directory_matches.discrimination_grounds is null
        or f.discrimination_grounds && directory_matches.discrimination_grounds)
      and (directory_matches.counselling_types is null
        or f.counselling_types && directory_matches.counselling_types)
    group by f.organisation_id
  ),
  nearby as (
    -- Distances from the degraded public points only: exact ones could be trilaterated.
    -- The straight-line (chord) distance orders like the great-circle one; converted below.
    select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin)) as chord_m
    from public.public_locations pl
    where origin is not null
      and pl.earth is not null
      and (directory_matches.radius_m is null
        or extensions.cube_enlarge(origin, directory_matches.radius_m, 3) operator(extensions.@>) pl.earth)
    group by pl.organisation_id
  )
  select c.id, c.name_folded::text, c.rank, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)), ms.ids
  from candidates c
  left join nearby n on n.organisation_id = c.id
  left join matched_services ms on ms.organisation_id = c.id
  where (not service_filter or ms.organisation_id is not null)
    and (directory_matches.radius_m is null or origin is null
      or 2 * 6378168 * asin(n.chord_m / (2 * 6378168)) <= directory_matches.radius_m)
    and (directory_matches.wheelchair_accessible is not true or c.id in (
      select pl.organisation_id from public.public_locations pl where pl.wheelchair_accessible))
    and (directory_matches.open_now is not true
      or (c.weekly_open @> week_second and c.id not in (select unnest(irregular)))
      or c.id in (select os.organisation_id from private.open_scopes(moment, irregular) os));
end;
$$;

-- Compiling a plan costs more than these queries take: the planner's estimates for set-returning
-- functions (1000 rows each) pushed some calls over jit_above_cost, adding tens of milliseconds.
alter function public.search_directory set jit = off;
alter function public.search_directory_points set jit = off;
alter function private.open_scopes set jit = off;

revoke execute on function private.refresh_directory_facets(uuid[]) from public;
revoke execute on function private.children_refresh_facets() from public;
