-- Makes the directory search fast at 10,000 organisations (issue #4: p95 ≤ 10 ms for the RPC)
-- without changing what it matches, and adds the map's view of a search:
--   * private.directory_entries: per organisation whether it is published, its kind, its sort key,
--     and the seconds of the week (Europe/Berlin wall-clock time) in which its undated weekly slots
--     are open, so that "open now" is one range test per organisation;
--   * private.service_facets: per service what the service filters ask (anonymous, free, access
--     modes, languages, grounds, counselling types), as arrays on one row;
--     both precomputed on write by triggers;
--   * private.directory_filter(…) (which organisations the filters select, a SQL function the
--     planner inlines with the actual values) and private.directory_matches(…) (their count and
--     the list's order, one page or all): the one definition of a match, called by
--     public.search_directory (the list, one page) and by public.search_directory_points (the map:
--     every match and its degraded public points in one json value, so that PostgREST's row cap
--     does not cut the map short). The list and the map can never disagree about a filter.
--     Without a query and without "near", the count is taken separately and the page walks the
--     name index, stopping when it is full; otherwise every match's rank and distance are computed
--     once, over narrow rows.
-- Opening hours stay exact: organisations with dated slots, or with an exception covering today or
-- yesterday (holidays, special hours, a night slot that began yesterday), are evaluated by
-- private.open_scopes as before; only the regular ones take the precomputed path.
-- The search documents are read only when there is a query: for the text match and its rank.

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
-- The list's order without a query and without "near": walked until the page is full.
create index directory_entries_name_idx on private.directory_entries (name_folded, organisation_id) where published;
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
      where st.service_id = s.id and t.vocabulary = 'discrimination_grounds' order by t.position),
    array(
      select t.code from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
      where st.service_id = s.id and t.vocabulary = 'counselling_types' order by t.position)
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
-- Whether one service satisfies all service filters (null: not asked). SQL and without settings
-- so that the planner inlines it where it is used: in the match and for the page's services.
create function private.facet_matches(
  -- The service's facets (a row of private.service_facets, by column: inlined as plain columns).
  service_anonymous_possible boolean,
  service_free_of_charge boolean,
  service_access_modes public.access_mode[],
  service_languages text[],
  service_discrimination_grounds text[],
  service_counselling_types text[],
  -- The filters.
  anonymous_possible boolean,
  free_of_charge boolean,
  access_modes public.access_mode[],
  languages text[],
  discrimination_grounds text[],
  counselling_types text[]
) returns boolean
language sql immutable parallel safe
as $$
  select (facet_matches.anonymous_possible is not true or service_anonymous_possible)
    and (facet_matches.free_of_charge is not true or service_free_of_charge)
    and (facet_matches.access_modes is null or service_access_modes operator(pg_catalog.&&) facet_matches.access_modes)
    and (facet_matches.languages is null or service_languages operator(pg_catalog.&&) facet_matches.languages)
    and (facet_matches.discrimination_grounds is null
      or service_discrimination_grounds operator(pg_catalog.&&) facet_matches.discrimination_grounds)
    and (facet_matches.counselling_types is null
      or service_counselling_types operator(pg_catalog.&&) facet_matches.counselling_types)
$$;
comment on function private.facet_matches is 'Whether a service''s facets satisfy the directory''s service filters together.';

-- Which published organisations the filters select, with their sort key and text relevance; no
-- order, no distance. The search's prepared values (tsquery, patterns, opening-hours second…) come
-- from private.directory_matches, its only caller. SQL without settings, so that the planner
-- inlines it into the caller's queries with the actual values: unused filters drop out, and the
-- count and the page share one definition without computing the matches into a list first.
create function private.directory_filter(
  query_folded text,
  query_ts tsquery,
  query_patterns text[],
  query_longest_pattern text,
  typo_fallback boolean,
  kinds public.organisation_kind[],
  network text,
  service_filter boolean,
  anonymous_possible boolean,
  free_of_charge boolean,
  access_modes public.access_mode[],
  languages text[],
  discrimination_grounds text[],
  counselling_types text[],
  wheelchair_accessible boolean,
  open_now boolean,
  moment timestamptz,
  week_second integer,
  irregular uuid[],
  origin extensions.cube,
  radius_m double precision,
  -- The radius as the straight-line distance through the earth (cube_distance's measure).
  radius_chord_m double precision
)
returns table (organisation_id uuid, name_folded text, rank real)
language sql stable
as $$
  select
    e.organisation_id,
    e.name_folded,
    case when directory_filter.query_folded is not null then
      (coalesce(ts_rank(d.document, directory_filter.query_ts), 0)
        + case when directory_filter.typo_fallback
            then extensions.word_similarity(directory_filter.query_folded, d.titles) else 0 end
        + case
            when e.name_folded = directory_filter.query_folded then 2
            when e.name_folded like directory_filter.query_folded || '%' then 1
            else 0
          end)::real
    end
  from private.directory_entries e
  -- Without a query the documents are not read at all (the join condition is false).
  left join private.search_documents d
    on directory_filter.query_folded is not null and d.organisation_id = e.organisation_id
  where e.published
    and (directory_filter.kinds is null or e.kind = any (directory_filter.kinds))
    and (directory_filter.network is null or e.organisation_id in (
      select m.organisation_id
      from public.network_memberships m
      join public.organisations n on n.id = m.network_id
      where n.slug = directory_filter.network and n.status = 'published'
    ))
    and (directory_filter.query_folded is null
      or (not directory_filter.typo_fallback and (d.document @@ directory_filter.query_ts
        or (d.names like directory_filter.query_longest_pattern
          and d.names like all (directory_filter.query_patterns))))
      or (directory_filter.typo_fallback and directory_filter.query_folded operator(extensions.<%) d.titles))
    -- One service must satisfy all service filters together.
    and (not directory_filter.service_filter or e.organisation_id in (
      select f.organisation_id from private.service_facets f
      where private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
        f.discrimination_grounds, f.counselling_types, directory_filter.anonymous_possible,
        directory_filter.free_of_charge, directory_filter.access_modes, directory_filter.languages, directory_filter.discrimination_grounds, directory_filter.counselling_types)))
    and (directory_filter.wheelchair_accessible is not true or e.organisation_id in (
      select pl.organisation_id from public.public_locations pl where pl.wheelchair_accessible))
    and (directory_filter.open_now is not true
      or (e.weekly_open @> directory_filter.week_second and e.organisation_id <> all (directory_filter.irregular))
      or e.organisation_id in (
        select os.organisation_id from private.open_scopes(directory_filter.moment, directory_filter.irregular) os))
    -- Within the radius: a degraded public point (exact ones could be trilaterated) in the cube
    -- around the origin (GiST) and within the radius as the crow flies.
    and (directory_filter.origin is null or directory_filter.radius_m is null or e.organisation_id in (
      select pl.organisation_id from public.public_locations pl
      where extensions.cube_enlarge(directory_filter.origin, directory_filter.radius_m, 3)
          operator(extensions.@>) pl.earth
        and extensions.cube_distance(pl.earth, directory_filter.origin) <= directory_filter.radius_chord_m))
$$;
comment on function private.directory_filter is
  'Published organisations the directory''s filters select (see private.directory_matches), unordered.';

create function private.directory_matches(
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
  at timestamptz,
  page_limit integer,
  page_offset integer
)
returns table (
  organisation_id uuid,
  -- Text relevance; null without a query.
  rank real,
  -- Great-circle distance in metres to the nearest degraded public point; null without "near".
  distance_m double precision,
  -- The services that satisfy the service filters together; null when no service filter is set.
  service_ids uuid[],
  -- All matches, for paging.
  total_count bigint
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
  irregular uuid[] := '{}';
  radius_chord_m double precision;
  total bigint;
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
    radius_chord_m := 2 * 6378168 * sin(least(directory_matches.radius_m / (2 * 6378168), pi() / 2));
  end if;
  if directory_matches.open_now is true then
    irregular := array(
      select e.organisation_id from public.schedule_exceptions e
      where e.starts_on <= berlin::date and e.ends_on >= berlin::date - 1
      union
      select e.organisation_id from private.directory_entries e where e.dated_schedules
    );
  end if;

  if origin is null and query_folded is null then
    -- By name only: the count, then the page walked in the order of the name index, stopping
    -- when it is full (no sort of all matches).
    total := (
      select count(*) from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, typo_fallback, directory_matches.kinds, directory_matches.network, service_filter,
        directory_matches.anonymous_possible, directory_matches.free_of_charge, directory_matches.access_modes,
        directory_matches.languages, directory_matches.discrimination_grounds, directory_matches.counselling_types,
        directory_matches.wheelchair_accessible, directory_matches.open_now, moment, week_second, irregular,
        origin, directory_matches.radius_m, radius_chord_m));
    return query
    select m.organisation_id, m.rank, null::double precision,
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = m.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, directory_matches.access_modes, directory_matches.languages,
            directory_matches.discrimination_grounds, directory_matches.counselling_types))
      end,
      total
    from private.directory_filter(query_folded, query_ts, query_patterns,
      query_longest_pattern, typo_fallback, directory_matches.kinds, directory_matches.network, service_filter,
      directory_matches.anonymous_possible, directory_matches.free_of_charge, directory_matches.access_modes,
      directory_matches.languages, directory_matches.discrimination_grounds, directory_matches.counselling_types,
      directory_matches.wheelchair_accessible, directory_matches.open_now, moment, week_second, irregular,
      origin, directory_matches.radius_m, radius_chord_m) m
    order by m.name_folded, m.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  else
    -- By distance and relevance: every match's, once, counted over the narrow rows. The radius is
    -- applied here, with the distances (one pass over the points in it), not in the filter.
    return query
    select m.organisation_id, m.rank, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)),
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = m.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, directory_matches.access_modes, directory_matches.languages,
            directory_matches.discrimination_grounds, directory_matches.counselling_types))
      end,
      count(*) over ()
    from (select * from private.directory_filter(query_folded, query_ts, query_patterns,
      query_longest_pattern, typo_fallback, directory_matches.kinds, directory_matches.network, service_filter,
      directory_matches.anonymous_possible, directory_matches.free_of_charge, directory_matches.access_modes,
      directory_matches.languages, directory_matches.discrimination_grounds, directory_matches.counselling_types,
      directory_matches.wheelchair_accessible, directory_matches.open_now, moment, week_second, irregular,
      null, null, null)
      -- A fence: the rank is computed here, so that the documents are not carried to the count.
      offset 0) m
    left join (
      -- The distance to the nearest degraded public point (exact ones could be trilaterated); the
      -- straight-line (chord) distance orders like the great-circle one, converted above.
      select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin)) as chord_m
      from public.public_locations pl
      where origin is not null
        and pl.earth is not null
        and (directory_matches.radius_m is null
          or extensions.cube_enlarge(origin, directory_matches.radius_m, 3) operator(extensions.@>) pl.earth)
      group by pl.organisation_id
    ) n on n.organisation_id = m.organisation_id
    where directory_matches.radius_m is null or origin is null or n.chord_m <= radius_chord_m
    -- The list's order: nearest first, then most relevant, then by name.
    order by n.chord_m asc nulls last, m.rank desc nulls last, m.name_folded, m.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  end if;
end;
$$;

comment on function private.directory_matches is $comment$The directory's one definition of "matches" and of the list's order: published organisations selected by the search arguments of public.search_directory (see there), nearest first, then most relevant, then by name; with their relevance, distance, matching services and the number of all matches. page_limit null: all. Called by public.search_directory and public.search_directory_points only.$comment$;

-- The list -----------------------------------------------------------------------------------------
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
set plan_cache_mode = force_custom_plan
set jit = off
as $$
#variable_conflict use_column
declare
  origin extensions.cube;
  moment timestamptz := coalesce(search_directory.at, now());
  result_limit integer := least(greatest(coalesce(search_directory.page_limit, 20), 1), 1000);
  result_offset integer := greatest(coalesce(search_directory.page_offset, 0), 0);
begin
  if search_directory.near_latitude is not null and search_directory.near_longitude is not null then
    origin := private.earth_point(search_directory.near_latitude, search_directory.near_longitude);
  end if;

  return query
  with page as (
    select m.*
    from private.directory_matches(
      search_directory.q, search_directory.kinds, search_directory.discrimination_grounds,
      search_directory.counselling_types, search_directory.languages, search_directory.access_modes,
      search_directory.anonymous_possible, search_directory.free_of_charge,
      search_directory.wheelchair_accessible, search_directory.open_now, search_directory.network,
      search_directory.near_latitude, search_directory.near_longitude, search_directory.radius_m,
      moment, result_limit, result_offset)
      with ordinality m (organisation_id, rank, distance_m, service_ids, total_count, list_index)
    -- Already paged; repeated so that the planner knows the page is small (index lookups for it).
    limit result_limit
  ),
  page_open as (
    select os.organisation_id, os.location_id
    from private.open_scopes(moment, array(select pg.organisation_id from page pg)) os
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
        'languages', to_jsonb(f.languages),
        'discrimination_grounds', to_jsonb(f.discrimination_grounds),
        'counselling_types', to_jsonb(f.counselling_types)
      ) order by s.name)
      from public.services s
      -- The codes as the filters read them, precomputed (no subquery per service and vocabulary).
      join private.service_facets f on f.service_id = s.id
      where s.organisation_id = o.id
        and (pg.service_ids is null or s.id = any (pg.service_ids))
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
      -- private.earth_distance's formula, written out: a function with settings is not inlined,
      -- and calling it per location cost more than the rest of the location.
      cross join lateral (select case when origin is not null and pl.earth is not null then
        2 * 6378168 * asin(least(1, extensions.cube_distance(pl.earth, origin) / (2 * 6378168)))
      end as distance_m) here
      where pl.organisation_id = o.id
    ), '[]'::jsonb),
    round(pg.distance_m::numeric, 1)::double precision,
    exists (select 1 from page_open po where po.organisation_id = o.id),
    pg.rank,
    pg.total_count
  from page pg
  join public.organisations o on o.id = pg.organisation_id
  order by pg.list_index;
end;
$$;

-- The map ------------------------------------------------------------------------------------------
create or replace function public.search_directory_points(
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
  at timestamptz default null
)
-- json, not jsonb: built as text, half the time of jsonb for 10,000 organisations.
returns json
language sql stable security definer
set search_path = ''
set jit = off
as $$
  with matches as (
    -- In the list's order; the index the points refer to counts from 0.
    select m.organisation_id, m.list_index - 1 as list_index
    from private.directory_matches(
      q, kinds, discrimination_grounds, counselling_types, languages, access_modes,
      anonymous_possible, free_of_charge, wheelchair_accessible, open_now, network,
      near_latitude, near_longitude, radius_m, coalesce(at, now()), null, null)
      with ordinality m (organisation_id, rank, distance_m, service_ids, total_count, list_index)
  )
  select json_build_object(
    'organisations', coalesce((
      select json_agg(json_build_array(o.slug, o.name, o.kind) order by m.list_index)
      from matches m
      join public.organisations o on o.id = m.organisation_id
    ), '[]'::json),
    -- Degraded public points only (public_locations), never public.locations; rounded to 5
    -- decimals in floating point (printed shortest: 51.31234), cheaper than numeric.
    'points', coalesce((
      select json_agg(json_build_array(
        round(pl.latitude * 1e5) / 1e5, round(pl.longitude * 1e5) / 1e5, m.list_index
      ) order by m.list_index, pl.location_id)
      from matches m
      join public.public_locations pl on pl.organisation_id = m.organisation_id
      where pl.latitude is not null and pl.longitude is not null
    ), '[]'::json)
  )
$$;
comment on function public.search_directory_points is $comment$The map's view of a directory search: the same arguments and matches as public.search_directory, all of them at once (no paging), as one json value:
  {"organisations": [[slug, name, kind], …], "points": [[latitude, longitude, organisationIndex], …]}
Organisations in the list's order; points are the organisations' degraded public points (public.public_locations, those with a point), rounded to 5 decimals, organisationIndex counting from 0 into "organisations".$comment$;

-- Compiling a plan (JIT) costs more than these queries take: the planner's estimates for
-- set-returning functions (1000 rows each) pushed some calls over jit_above_cost, adding tens of
-- milliseconds. The functions above set jit = off themselves.
alter function private.open_scopes set jit = off;

-- The schedules of a page's organisations for one weekday: without it the planner combined the
-- organisation index with the weekday index, which lists a seventh of all slots.
create index schedules_organisation_id_weekday_idx on public.schedules (organisation_id, weekday);

revoke execute on function private.directory_matches from public;
revoke execute on function private.facet_matches from public;
revoke execute on function private.directory_filter from public;
revoke execute on function private.refresh_directory_facets(uuid[]) from public;
revoke execute on function private.children_refresh_facets() from public;
revoke execute on function public.search_directory from public;
revoke execute on function public.search_directory_points from public;
grant execute on function public.search_directory to anon, authenticated, service_role;
grant execute on function public.search_directory_points to anon, authenticated, service_role;
