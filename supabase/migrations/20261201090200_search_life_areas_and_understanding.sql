-- Life areas as a service filter and the understood query in the search (issue #9; see
-- 20261201090100): private.service_facets gains the services' life areas; private.facet_matches,
-- private.directory_filter and private.directory_matches take a life_areas filter, and
-- directory_matches reads the query through private.understand_query (unless `understand` is
-- false: the visitor chose to search the words as written). public.search_directory and
-- public.search_directory_points take the two new arguments last, with defaults, so earlier
-- calls keep working; their services carry their life areas. The bodies are otherwise those of
-- 20261126000000 and 20261130120000.

alter table private.service_facets add column life_areas text[] not null default '{}';

drop function public.search_directory(text, public.organisation_kind[], text[], text[], text[],
  public.access_mode[], boolean, boolean, boolean, boolean, text, double precision, double precision,
  double precision, timestamptz, integer, integer);
drop function public.search_directory_points(text, public.organisation_kind[], text[], text[], text[],
  public.access_mode[], boolean, boolean, boolean, boolean, text, double precision, double precision,
  double precision, timestamptz);
drop function private.directory_matches(text, public.organisation_kind[], text[], text[], text[],
  public.access_mode[], boolean, boolean, boolean, boolean, text, double precision, double precision,
  double precision, timestamptz, integer, integer);
drop function private.directory_filter(text, tsquery, text[], text, uuid[], real[],
  public.organisation_kind[], text, boolean, boolean, boolean, public.access_mode[], text[], text[],
  text[], boolean, boolean, timestamptz, integer, uuid[], extensions.cube, double precision,
  double precision);
drop function private.facet_matches(boolean, boolean, public.access_mode[], text[], text[], text[],
  boolean, boolean, public.access_mode[], text[], text[], text[]);

create or replace function private.facet_matches(service_anonymous_possible boolean, service_free_of_charge boolean, service_access_modes public.access_mode[], service_languages text[], service_discrimination_grounds text[], service_counselling_types text[], anonymous_possible boolean, free_of_charge boolean, access_modes public.access_mode[], languages text[], discrimination_grounds text[], counselling_types text[], service_life_areas text[], life_areas text[])
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  select (facet_matches.anonymous_possible is not true or service_anonymous_possible)
    and (facet_matches.free_of_charge is not true or service_free_of_charge)
    and (facet_matches.access_modes is null or service_access_modes operator(pg_catalog.&&) facet_matches.access_modes)
    and (facet_matches.languages is null or service_languages operator(pg_catalog.&&) facet_matches.languages)
    and (facet_matches.discrimination_grounds is null
      or service_discrimination_grounds operator(pg_catalog.&&) facet_matches.discrimination_grounds)
    and (facet_matches.counselling_types is null
      or service_counselling_types operator(pg_catalog.&&) facet_matches.counselling_types)
    and (facet_matches.life_areas is null
      or service_life_areas operator(pg_catalog.&&) facet_matches.life_areas)
$function$
;

create or replace function private.refresh_directory_facets(organisations uuid[])
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
  delete from private.service_facets f where f.organisation_id = any (organisations);

  insert into private.service_facets (service_id, organisation_id, anonymous_possible, free_of_charge,
    access_modes, languages, discrimination_grounds, counselling_types, life_areas)
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
      where st.service_id = s.id and t.vocabulary = 'counselling_types' order by t.position),
    array(
      select t.code from public.service_taxonomy_terms st join public.taxonomy_terms t on t.id = st.taxonomy_term_id
      where st.service_id = s.id and t.vocabulary = 'life_areas' order by t.position)
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
$function$
;

create or replace function private.directory_filter(query_folded text, query_ts tsquery, query_patterns text[], query_longest_pattern text, candidates uuid[], similarities real[], kinds public.organisation_kind[], network text, service_filter boolean, anonymous_possible boolean, free_of_charge boolean, access_modes public.access_mode[], languages text[], discrimination_grounds text[], counselling_types text[], wheelchair_accessible boolean, open_now boolean, moment timestamp with time zone, week_second integer, irregular uuid[], origin extensions.cube, radius_m double precision, radius_chord_m double precision, life_areas text[])
 RETURNS TABLE(organisation_id uuid, name_folded text, rank real)
 LANGUAGE sql
 STABLE
AS $function$
  select
    e.organisation_id,
    e.name_folded,
    case when directory_filter.query_folded is not null then
      (coalesce(ts_rank(d.document, directory_filter.query_ts), 0)
        + case when directory_filter.similarities is not null then t.similarity else 0 end
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
  left join unnest(directory_filter.candidates, directory_filter.similarities) t (organisation_id, similarity)
    on directory_filter.similarities is not null and t.organisation_id = e.organisation_id
  where e.published
    and (directory_filter.query_folded is null
      or (directory_filter.candidates is not null and e.organisation_id = any (directory_filter.candidates))
      or (directory_filter.candidates is null and (d.document @@ directory_filter.query_ts
        or (d.names like directory_filter.query_longest_pattern
          and d.names like all (directory_filter.query_patterns)))))
    and (directory_filter.kinds is null or e.kind = any (directory_filter.kinds))
    and (directory_filter.network is null or e.organisation_id in (
      select m.organisation_id
      from public.network_memberships m
      join public.organisations n on n.id = m.network_id
      where n.slug = directory_filter.network and n.status = 'published'
    ))
    -- One service must satisfy all service filters together.
    and (not directory_filter.service_filter or e.organisation_id in (
      select f.organisation_id from private.service_facets f
      where private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
        f.discrimination_grounds, f.counselling_types, directory_filter.anonymous_possible,
        directory_filter.free_of_charge, directory_filter.access_modes, directory_filter.languages,
        directory_filter.discrimination_grounds, directory_filter.counselling_types, f.life_areas, directory_filter.life_areas)))
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
$function$
;

create or replace function private.directory_matches(q text, kinds public.organisation_kind[], discrimination_grounds text[], counselling_types text[], languages text[], access_modes public.access_mode[], anonymous_possible boolean, free_of_charge boolean, wheelchair_accessible boolean, open_now boolean, network text, near_latitude double precision, near_longitude double precision, radius_m double precision, at timestamp with time zone, page_limit integer, page_offset integer, life_areas text[], understand boolean)
 RETURNS TABLE(organisation_id uuid, rank real, distance_m double precision, service_ids uuid[], total_count bigint)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
 SET plan_cache_mode TO 'force_custom_plan'
 SET jit TO 'off'
AS $function$
#variable_conflict use_column
declare
  -- What the query names (issue #9): its terms join the filters, the rest is searched as text.
  understood jsonb :=
    case when directory_matches.understand is not false then private.understand_query(directory_matches.q) end;
  search_text text := case when understood is null then directory_matches.q else understood->>'rest' end;
  u_kinds public.organisation_kind[] :=
    private.with_understood(directory_matches.kinds::text[], understood, 'kinds')::public.organisation_kind[];
  u_grounds text[] :=
    private.with_understood(directory_matches.discrimination_grounds, understood, 'discrimination_grounds');
  u_counselling text[] :=
    private.with_understood(directory_matches.counselling_types, understood, 'counselling_types');
  u_languages text[] := private.with_understood(directory_matches.languages, understood, 'languages');
  u_access public.access_mode[] :=
    private.with_understood(directory_matches.access_modes::text[], understood, 'access_modes')::public.access_mode[];
  u_life_areas text[] := private.with_understood(directory_matches.life_areas, understood, 'life_areas');
  query_folded text := private.fold(nullif(trim(search_text), ''));
  -- Words that carry meaning (German stop words such as "für" dropped), folded.
  query_words text[] := array(
    select distinct private.fold(w)
    from regexp_split_to_table(lower(coalesce(search_text, '')), '[^[:alnum:]]+') w
    where length(w) >= 2 and to_tsvector('pg_catalog.german', w) <> ''::tsvector
  );
  query_ts tsquery;
  query_patterns text[];
  query_longest_pattern text;
  -- The organisations the text selects, when known (see private.directory_filter).
  candidates uuid[];
  similarities real[];
  rank_limit constant integer := private.directory_rank_limit();
  -- A list page ranks at most rank_limit matches; the map and the exports want every match.
  bounded_page boolean := directory_matches.page_limit is not null and directory_matches.page_limit <= 100;
  -- This call ranks only some of more matches than rank_limit.
  bounded boolean := false;
  origin extensions.cube;
  moment timestamptz := coalesce(directory_matches.at, now());
  berlin timestamp := moment at time zone 'Europe/Berlin';
  -- Now as seconds since Monday 00:00 in Europe/Berlin, as directory_entries.weekly_open counts.
  week_second integer :=
    (extract(isodow from berlin)::integer - 1) * 86400 + floor(extract(epoch from berlin::time))::integer;
  -- Organisations whose opening hours the weekly ranges do not tell exactly (see 20261126000000).
  irregular uuid[] := '{}';
  radius_chord_m double precision;
  total bigint;
  service_filter boolean :=
    u_grounds is not null
    or u_life_areas is not null
    or u_counselling is not null
    or u_languages is not null
    or u_access is not null
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

  if query_folded is not null then
    -- The matches as written (published only: a draft that matches must neither hide the typo
    -- matches nor reveal, by hiding them, that it exists), from the indexes: one more than a
    -- page ranks, to know whether there are more.
    candidates := private.directory_text_matches(query_ts, query_patterns, query_longest_pattern,
      rank_limit + 1);
    if cardinality(candidates) = 0 then
      -- Typo tolerance is the fallback when nothing matches as written: fuzzy matches would only
      -- crowd out exact ones.
      select coalesce(array_agg(t.organisation_id), '{}'), coalesce(array_agg(t.similarity), '{}')
      into candidates, similarities
      from private.directory_typo_matches(query_folded, case when bounded_page then rank_limit + 1 end) t;
      if bounded_page and cardinality(candidates) > rank_limit then
        -- More typo candidates than a page ranks (a typo of a very common word): the first ones.
        bounded := true;
        candidates := candidates[1:rank_limit];
        similarities := similarities[1:rank_limit];
      end if;
    elsif cardinality(candidates) > rank_limit then
      if bounded_page
        and u_kinds is null and directory_matches.network is null and not service_filter
        and directory_matches.wheelchair_accessible is not true and directory_matches.open_now is not true
        and origin is null
      then
        -- A very common word and nothing else on a list page: the candidates are the
        -- organisations named with the query first, then the first matches by name (walking the
        -- name index, so that the work stops growing with the number of matches).
        candidates := array(
          select e.organisation_id
          from private.directory_entries e
          join private.search_documents d on d.organisation_id = e.organisation_id
          where e.published and e.name_folded like query_folded || '%'
            and (d.document @@ query_ts
              or (d.names like query_longest_pattern and d.names like all (query_patterns)))
          order by e.name_folded, e.organisation_id
          limit rank_limit);
        candidates := candidates || array(
          select e.organisation_id
          from private.directory_entries e
          join private.search_documents d on d.organisation_id = e.organisation_id
          where e.published and not (e.organisation_id = any (candidates))
            and (d.document @@ query_ts
              or (d.names like query_longest_pattern and d.names like all (query_patterns)))
          order by e.name_folded, e.organisation_id
          limit rank_limit - cardinality(candidates));
        bounded := true;
      else
        -- With other filters, or for the map and the exports: every match, ranked exactly.
        candidates := null;
      end if;
    end if;
  end if;

  if origin is null and query_folded is null then
    -- By name only: the count, then the page walked in the order of the name index, stopping
    -- when it is full (no sort of all matches).
    total := (
      select count(*) from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        u_access, u_languages, u_grounds,
        u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, origin, directory_matches.radius_m, radius_chord_m, u_life_areas));
    return query
    select m.organisation_id, m.rank, null::double precision,
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = m.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, u_access, u_languages,
            u_grounds, u_counselling, f.life_areas, u_life_areas))
      end,
      total
    from private.directory_filter(query_folded, query_ts, query_patterns,
      query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
      service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
      u_access, u_languages, u_grounds,
      u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
      moment, week_second, irregular, origin, directory_matches.radius_m, radius_chord_m, u_life_areas) m
    order by m.name_folded, m.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  else
    -- By distance and relevance: every candidate's, once, counted over the narrow rows. The
    -- radius is applied here, with the distances (one pass over the points in it), not in the filter.
    return query
    -- Materialised: the matches are computed once, whatever the estimate for the points near
    -- the origin (a 1-row estimate made the planner repeat them per point, seconds at 1,000).
    with m as materialized (
      select * from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        u_access, u_languages, u_grounds,
        u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, null, null, null, u_life_areas)
    )
    select m.organisation_id, m.rank, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)),
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = m.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, u_access, u_languages,
            u_grounds, u_counselling, f.life_areas, u_life_areas))
      end,
      case when bounded then rank_limit + 1 else count(*) over () end
    from m
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
$function$
;

create or replace function public.search_directory(q text DEFAULT NULL::text, kinds public.organisation_kind[] DEFAULT NULL::public.organisation_kind[], discrimination_grounds text[] DEFAULT NULL::text[], counselling_types text[] DEFAULT NULL::text[], languages text[] DEFAULT NULL::text[], access_modes public.access_mode[] DEFAULT NULL::public.access_mode[], anonymous_possible boolean DEFAULT NULL::boolean, free_of_charge boolean DEFAULT NULL::boolean, wheelchair_accessible boolean DEFAULT NULL::boolean, open_now boolean DEFAULT NULL::boolean, network text DEFAULT NULL::text, near_latitude double precision DEFAULT NULL::double precision, near_longitude double precision DEFAULT NULL::double precision, radius_m double precision DEFAULT NULL::double precision, at timestamp with time zone DEFAULT NULL::timestamp with time zone, page_limit integer DEFAULT 20, page_offset integer DEFAULT 0, life_areas text[] DEFAULT NULL::text[], understand boolean DEFAULT true)
 RETURNS TABLE(organisation_id uuid, slug text, name text, short_name text, kind public.organisation_kind, description text, website text, email text, phone text, services jsonb, locations jsonb, distance_m double precision, is_open_now boolean, rank real, total_count bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO ''
 SET plan_cache_mode TO 'force_custom_plan'
 SET jit TO 'off'
AS $function$
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
      moment, result_limit, result_offset,
      search_directory.life_areas, search_directory.understand)
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
        'counselling_types', to_jsonb(f.counselling_types),
        'life_areas', to_jsonb(f.life_areas)
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
$function$
;

create or replace function public.search_directory_points(q text DEFAULT NULL::text, kinds public.organisation_kind[] DEFAULT NULL::public.organisation_kind[], discrimination_grounds text[] DEFAULT NULL::text[], counselling_types text[] DEFAULT NULL::text[], languages text[] DEFAULT NULL::text[], access_modes public.access_mode[] DEFAULT NULL::public.access_mode[], anonymous_possible boolean DEFAULT NULL::boolean, free_of_charge boolean DEFAULT NULL::boolean, wheelchair_accessible boolean DEFAULT NULL::boolean, open_now boolean DEFAULT NULL::boolean, network text DEFAULT NULL::text, near_latitude double precision DEFAULT NULL::double precision, near_longitude double precision DEFAULT NULL::double precision, radius_m double precision DEFAULT NULL::double precision, at timestamp with time zone DEFAULT NULL::timestamp with time zone, life_areas text[] DEFAULT NULL::text[], understand boolean DEFAULT true)
 RETURNS json
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO ''
 SET jit TO 'off'
AS $function$
  with matches as (
    -- In the list's order; the index the points refer to counts from 0.
    select m.organisation_id, m.list_index - 1 as list_index
    from private.directory_matches(
      q, kinds, discrimination_grounds, counselling_types, languages, access_modes,
      anonymous_possible, free_of_charge, wheelchair_accessible, open_now, network,
      near_latitude, near_longitude, radius_m, coalesce(at, now()), null, null,
      search_directory_points.life_areas, search_directory_points.understand)
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
$function$
;

select private.refresh_directory_facets(array(select id from public.organisations));

comment on function private.facet_matches is 'Whether a service''s facets satisfy the directory''s service filters together.';
comment on function private.directory_filter is
  'Published organisations the directory''s filters select (see private.directory_matches), unordered.';
comment on function private.directory_matches is $comment$The directory's one definition of "matches" and of the list's order: published organisations selected by the search arguments of public.search_directory (see there), after reading the query through private.understand_query unless understand is false; nearest first, then most relevant, then by name; with their relevance, distance, matching services and the number of all matches. page_limit null: all. A page of at most 100 ranks at most private.directory_rank_limit() matches; its total is then one more than that. Called by public.search_directory and public.search_directory_points only.$comment$;
comment on function public.search_directory is $comment$The directory's one search (list, exports, embed; the map through search_directory_points): published organisations with their public data, filtered by the arguments (null: not asked), the terms the query names acting as filters (understand false: the words as written), paged; total_count is the number of all matches.$comment$;
comment on function public.search_directory_points is $comment$The map's view of a directory search: the same arguments and matches as public.search_directory, all of them at once (no paging), as one json value:
  {"organisations": [[slug, name, kind], …], "points": [[latitude, longitude, organisationIndex], …]}
Organisations in the list's order; points are the organisations' degraded public points (public.public_locations, those with a point), rounded to 5 decimals, organisationIndex counting from 0 into "organisations".$comment$;

revoke execute on function private.facet_matches from public;
revoke execute on function private.directory_filter from public;
revoke execute on function private.directory_matches from public;
revoke execute on function public.search_directory from public;
revoke execute on function public.search_directory_points from public;
grant execute on function public.search_directory to anon, authenticated, service_role;
grant execute on function public.search_directory_points to anon, authenticated, service_role;
