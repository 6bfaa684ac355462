-- The directory search with a query, filters or a place a little cheaper (issue #13), with the
-- same rows, order, ranks, distances and totals. Two changes, each measured as Postgres CPU per
-- call on the bench's 10,000 organisations, old and new side by side on the same data:
--   * Near a place with a query or filters: the distances are computed for the matches only
--     (private.directory_nearest_points_among), not for every organisation with a point in the
--     radius's cube (8,110 around Kassel within 10 km, where the bench's combination matched
--     2,185): ~3 ms less for the combination (44–45 → 41–42 ms).
--   * A query with or without a place, and a place alone (private.directory_near): the total is
--     counted from the stored matches by a subquery instead of a window over them (count(*)
--     over () copied every match into a second store and read them all again before the page
--     could be sorted out): ~2.5 ms less for "beratung auf arabisch" (4,645 matches; 41–43 →
--     39–40 ms) and ~1.5 ms for "near Kassel, 10 km" (5,774; 30 → 28.7 ms).
-- Tried and measured, not kept (see the report of issue #13): matching and ranking the text only
-- among what the other filters select (they select 22–46 % of the bench's organisations, and
-- computing that set first cost more than the text matching it saved), and ranking a common
-- word's 1,000 candidates through the documents' key instead of a scan (no cheaper).
-- private.directory_matches and private.directory_near are 20261203010000's with those changes.

create or replace function private.directory_near(
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
  -- The count is the rows' own (a window over them copied every row into a second store first).
  with n as materialized (
    select n.organisation_id, n.chord_m, e.name_folded
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
  )
  select p.organisation_id, 2 * 6378168 * asin(p.chord_m / (2 * 6378168)), (select count(*) from n)
  from (
    select n.organisation_id, n.chord_m, n.name_folded
    from n
    order by n.chord_m, n.name_folded, n.organisation_id
    limit page_limit
    offset page_offset
  ) p
  order by p.chord_m, p.name_folded, p.organisation_id
$$;

-- private.directory_nearest_points for the given organisations only: the same distances, for the
-- matches of a search rather than for every organisation near the origin (8,110 in Kassel's 10 km
-- cube at 10,000 organisations, where a search with filters matched 2,185): a hashed membership
-- test per point before the distance and the aggregate.
create function private.directory_nearest_points_among(
  origin extensions.cube,
  radius_m double precision,
  organisations uuid[]
)
returns table (organisation_id uuid, chord_m double precision)
language sql stable
rows 5000
set search_path = ''
set enable_sort = off
-- The organisations are estimated as 10 rows; for thousands, one index lookup each (without a
-- radius) costs more than reading every point once.
set enable_nestloop = off
set jit = off
as $$
  select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin))
  from public.public_locations pl
  where origin is not null and radius_m is not null
    and extensions.cube_enlarge(origin, radius_m, 3) operator(extensions.@>) pl.earth
    and pl.organisation_id in (select unnest(organisations))
  group by pl.organisation_id
  union all
  select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin))
  from public.public_locations pl
  where origin is not null and radius_m is null
    and pl.earth is not null
    and pl.organisation_id in (select unnest(organisations))
  group by pl.organisation_id
$$;
comment on function private.directory_nearest_points_among is
  'private.directory_nearest_points restricted to the given organisations: per organisation among them, the straight-line distance from origin to its nearest public point (within the radius''s cube, when given).';
revoke execute on function private.directory_nearest_points_among from public;

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
    -- constant-false join it replaced). The count is the matches' own (not a window over them,
    -- which copied every match into a second store before the page could be sorted out).
    return query
    with m as materialized (
      select * from private.directory_filter(query_folded, query_ts, query_patterns,
        query_longest_pattern, candidates, similarities, u_kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        u_access, u_languages, u_grounds,
        u_counselling, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, null, null, null, u_life_areas)
    )
    select p.organisation_id, p.rank, null::double precision,
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = p.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, u_access, u_languages,
            u_grounds, u_counselling, f.life_areas, u_life_areas))
      end,
      case when bounded then rank_limit + 1 else (select count(*) from m) end
    from (
      select m.organisation_id, m.rank, m.name_folded
      from m
      order by m.rank desc nulls last, m.name_folded, m.organisation_id
      limit directory_matches.page_limit
      offset directory_matches.page_offset
    ) p
    order by p.rank desc nulls last, p.name_folded, p.organisation_id;
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
    ),
    -- Within the radius, with the distances; counted once (as above).
    j as materialized (
      select m.organisation_id, m.rank, m.name_folded, n.chord_m
      from m
      -- The distance to the nearest degraded public point, of the matches only (see
      -- private.directory_nearest_points_among).
      left join private.directory_nearest_points_among(origin, directory_matches.radius_m,
        array(select m.organisation_id from m)) n
        on n.organisation_id = m.organisation_id
      where directory_matches.radius_m is null or origin is null or n.chord_m <= radius_chord_m
    )
    select p.organisation_id, p.rank, 2 * 6378168 * asin(p.chord_m / (2 * 6378168)),
      case when service_filter then array(
        -- The page's services that satisfy the service filters together.
        select f.service_id from private.service_facets f
        where f.organisation_id = p.organisation_id
          and private.facet_matches(f.anonymous_possible, f.free_of_charge, f.access_modes, f.languages,
            f.discrimination_grounds, f.counselling_types, directory_matches.anonymous_possible,
            directory_matches.free_of_charge, u_access, u_languages,
            u_grounds, u_counselling, f.life_areas, u_life_areas))
      end,
      case when bounded then rank_limit + 1 else (select count(*) from j) end
    from (
      select j.organisation_id, j.rank, j.name_folded, j.chord_m
      from j
      -- The list's order: nearest first, then most relevant, then by name.
      order by j.chord_m asc nulls last, j.rank desc nulls last, j.name_folded, j.organisation_id
      limit directory_matches.page_limit
      offset directory_matches.page_offset
    ) p
    order by p.chord_m asc nulls last, p.rank desc nulls last, p.name_folded, p.organisation_id;
  end if;
end;
$function$
;
