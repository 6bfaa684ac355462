-- The directory search cheaper (issue #13), with the same results and order. Made of several
-- measured steps; the final state:
--   * Nothing filters (the directory's first page): a plain count of the published entries and
--     the page walked in the order of the name index (no private.directory_filter, whose two
--     no-op joins per entry and planning cost more than the count itself).
--   * Near a place and nothing else: private.directory_near, from the points' GiST index with
--     hash joins (the planner estimates 17 points in a radius where Kassel has thousands).
--   * Near a place with a query or filters: the nearest points per organisation from
--     private.directory_nearest_points, aggregated with a hash, in two branches (with and without
--     a radius) so that the one with a radius is an index condition even with its arguments as
--     parameters. A query without a place does not call it (it would find nothing, and the call
--     is parsed and planned each time).
--   * Service filters without a query: the matches computed once, counted, and the page walked
--     by name among them (the second pass read every service's facets again). Other filters
--     without a query (kinds, network, wheelchair, open now) keep count-then-walk: passing
--     thousands of matched ids to the page's statement cost more in planning than the second pass.
--   * GIN indexes on the service facets' arrays the filters test with && (private.facet_matches
--     is inlined, so `languages && '{ar}'` becomes an index condition).
--   * private.with_understood is asked only when the query named terms (otherwise it returns the
--     filters unchanged; not inlined, it was parsed and planned six times per search).
-- private.directory_matches replaces 20261202060000's.

-- "Near a place" and nothing else: the published organisations with a degraded public point in
-- the radius, found from the points' GiST index, by distance, then by name, with the exact count.
-- The estimate for the points in a radius is 17 rows where Kassel has thousands, so the planner
-- chose an index lookup per organisation (17,000 buffers at 10,000 organisations); hash joins and
-- hash aggregation are what the real sizes want (planner settings on this function only).
create function private.directory_near(
  origin extensions.cube,
  radius_m double precision,
  -- The radius as the straight-line distance through the earth (cube_distance's measure).
  radius_chord_m double precision,
  page_limit integer,
  page_offset integer
)
returns table (organisation_id uuid, distance_m double precision, total_count bigint)
language sql stable
set search_path = ''
set enable_nestloop = off
set enable_sort = off
set jit = off
as $$
  select n.organisation_id, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)), count(*) over ()
  from (
    -- The nearest degraded public point of each organisation (exact ones could be trilaterated).
    select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin)) as chord_m
    from public.public_locations pl
    where pl.earth is not null
      and extensions.cube_enlarge(origin, radius_m, 3) operator(extensions.@>) pl.earth
    group by pl.organisation_id
  ) n
  join private.directory_entries e on e.organisation_id = n.organisation_id and e.published
  where n.chord_m <= radius_chord_m
  order by n.chord_m, e.name_folded, e.organisation_id
  limit page_limit
  offset page_offset
$$;
comment on function private.directory_near is
  'The published organisations with a public point within radius_m of origin, nearest first, then by name, one page, with the total.';
revoke execute on function private.directory_near from public;

create function private.directory_nearest_points(origin extensions.cube, radius_m double precision)
returns table (organisation_id uuid, chord_m double precision)
language sql stable
rows 5000
set search_path = ''
set enable_sort = off
set jit = off
as $$
  -- The distance to the nearest degraded public point (exact ones could be trilaterated); the
  -- straight-line (chord) distance orders like the great-circle one. Within the radius's cube
  -- when there is a radius (the caller checks the radius itself), every point otherwise.
  select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin))
  from public.public_locations pl
  where origin is not null and radius_m is not null
    and extensions.cube_enlarge(origin, radius_m, 3) operator(extensions.@>) pl.earth
  group by pl.organisation_id
  union all
  select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin))
  from public.public_locations pl
  where origin is not null and radius_m is null
    and pl.earth is not null
  group by pl.organisation_id
$$;
comment on function private.directory_nearest_points is
  'Per organisation, the straight-line distance from origin to its nearest public point (within the radius''s cube, when given).';
revoke execute on function private.directory_nearest_points from public;

create index service_facets_languages_idx on private.service_facets using gin (languages);
create index service_facets_discrimination_grounds_idx on private.service_facets
  using gin (discrimination_grounds);
create index service_facets_counselling_types_idx on private.service_facets
  using gin (counselling_types);
create index service_facets_life_areas_idx on private.service_facets using gin (life_areas);

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
  -- Folded words of the query and the German word each also stands for ("counselling": beratung).
  alternatives jsonb := coalesce(understood->'alternatives', '{}');
  -- Whether the query named any terms: without them every filter is the one given, and
  -- private.with_understood (not inlinable: its body is parsed and planned on every call, ~0.2 ms
  -- of CPU each, six times per search) need not be asked.
  named_terms boolean := coalesce(understood->'terms', '[]'::jsonb) <> '[]'::jsonb;
  u_kinds public.organisation_kind[] := case when named_terms then
    private.with_understood(directory_matches.kinds::text[], understood, 'kinds')::public.organisation_kind[]
    else directory_matches.kinds end;
  u_grounds text[] := case when named_terms then
    private.with_understood(directory_matches.discrimination_grounds, understood, 'discrimination_grounds')
    else directory_matches.discrimination_grounds end;
  u_counselling text[] := case when named_terms then
    private.with_understood(directory_matches.counselling_types, understood, 'counselling_types')
    else directory_matches.counselling_types end;
  u_languages text[] := case when named_terms then
    private.with_understood(directory_matches.languages, understood, 'languages')
    else directory_matches.languages end;
  u_access public.access_mode[] := case when named_terms then
    private.with_understood(directory_matches.access_modes::text[], understood, 'access_modes')::public.access_mode[]
    else directory_matches.access_modes end;
  u_life_areas text[] := case when named_terms then
    private.with_understood(directory_matches.life_areas, understood, 'life_areas')
    else directory_matches.life_areas end;
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
  -- The organisations the filters select, without a query (see below).
  matched uuid[];
  service_filter boolean :=
    u_grounds is not null
    or u_life_areas is not null
    or u_counselling is not null
    or u_languages is not null
    or u_access is not null
    or directory_matches.anonymous_possible is true
    or directory_matches.free_of_charge is true;
  -- Any filter besides the query and the place.
  other_filters boolean :=
    service_filter
    or u_kinds is not null
    or directory_matches.network is not null
    or directory_matches.wheelchair_accessible is true
    or directory_matches.open_now is true;
begin
  if cardinality(query_words) > 0 then
    -- Every word, as a prefix of a German stem ("beratungen" → berat:*), and as an infix of the
    -- folded names (compound words: "beratung" in "antidiskriminierungsberatung").
    -- A word the query understood as another language's word for a German one is either.
    query_ts := to_tsquery('private.german_unaccent',
      (select string_agg(case when alternatives ? w
          then '(' || quote_literal(w) || ':* | ' || quote_literal(alternatives->>w) || ':*)'
          else quote_literal(w) || ':*' end, ' & ')
       from unnest(query_words) w));
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
        -- name index, so that the work stops growing with the number of matches; see
        -- private.directory_name_candidates).
        candidates := private.directory_name_candidates(query_folded, query_ts, query_patterns,
          query_longest_pattern, rank_limit);
        bounded := true;
      else
        -- With other filters, or for the map and the exports: every match, ranked exactly.
        candidates := null;
      end if;
    end if;
  end if;

  if query_folded is null and origin is null and not other_filters then
    -- Nothing filters: every published organisation, by name. A plain count of the published
    -- entries, the page walked in the order of the name index; neither needs
    -- private.directory_filter (whose joins and planning cost more than the count itself).
    total := (select count(*) from private.directory_entries e where e.published);
    return query
    select e.organisation_id, null::real, null::double precision, null::uuid[], total
    from private.directory_entries e
    where e.published
    order by e.name_folded, e.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  elsif query_folded is null and not other_filters and directory_matches.radius_m is not null then
    -- Near a place and nothing else: the published organisations with a degraded public point in
    -- the radius, driven from the points (GiST), by distance, then by name; private.directory_filter
    -- would only have listed every published organisation first (a sequential scan and a
    -- materialised row per organisation, most of them far away).
    return query
    select n.organisation_id, null::real, n.distance_m, null::uuid[], n.total_count
    from private.directory_near(origin, directory_matches.radius_m, radius_chord_m,
      directory_matches.page_limit, directory_matches.page_offset) n;
  elsif origin is null and query_folded is null and service_filter then
    -- Service filters without a query: the matches once (the count and the page each ran the
    -- filter before, and the page's pass read every service's facets again to hash them), then
    -- the page walked in the order of the name index among them, stopping when it is full.
    matched := array(
      select f.organisation_id
      from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        u_access, u_languages, u_grounds,
        u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, null, null, null, u_life_areas) f);
    total := cardinality(matched);
    return query
    select e.organisation_id, null::real, null::double precision,
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = e.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, u_access, u_languages,
            u_grounds, u_counselling, f.life_areas, u_life_areas))
      end,
      total
    from private.directory_entries e
    where e.published and e.organisation_id = any (matched)
    order by e.name_folded, e.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  elsif origin is null and query_folded is null then
    -- Other filters without a query (kinds, network, wheelchair, open now): the count, then the
    -- page walked in the order of the name index, stopping when it is full (no sort of all
    -- matches; for thousands of matches cheaper than one pass and a list of their ids).
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
  elsif origin is null then
    -- A query without a place: by relevance, then by name; every candidate's, once, counted over
    -- the narrow rows (as below, without the points: the function call alone cost more than the
    -- constant-false join it replaced).
    return query
    with m as materialized (
      select * from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        u_access, u_languages, u_grounds,
        u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, null, null, null, u_life_areas)
    )
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
      case when bounded then rank_limit + 1 else count(*) over () end
    from m
    order by m.rank desc nulls last, m.name_folded, m.organisation_id
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
    -- The distance to the nearest degraded public point (see private.directory_nearest_points).
    left join private.directory_nearest_points(origin, directory_matches.radius_m) n
      on n.organisation_id = m.organisation_id
    where directory_matches.radius_m is null or origin is null or n.chord_m <= radius_chord_m
    -- The list's order: nearest first, then most relevant, then by name.
    order by n.chord_m asc nulls last, m.rank desc nulls last, m.name_folded, m.organisation_id
    limit directory_matches.page_limit
    offset directory_matches.page_offset;
  end if;
end;
$function$
;
