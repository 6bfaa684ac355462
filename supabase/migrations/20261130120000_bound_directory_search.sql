-- Keeps the directory search (public.search_directory and public.search_directory_points, one
-- definition of a match in private.directory_matches) flat as the directory grows (issue #13),
-- without changing what it finds or in which order, except for very common words on a list page:
--   * The text matches are found through the indexes only: private.directory_text_matches (the
--     GIN index on the documents and the trigram index on the names) answers "is there a match
--     as written?" and returns the matches' ids, and private.directory_typo_matches (the trigram
--     index on the titles) the typo fallback's candidates with their word similarity, computed
--     once. Both plan with sequential scans disabled (enable_seqscan = off, a function setting,
--     allowed on hosted Supabase, which does not let a migration change pg_trgm's operator
--     costs): the planner costs the similarity operator as nearly free and chose to compute it
--     for every document, where the index finds the few candidates in a millisecond.
--   * The rest of the filters then read only those ids (private.directory_filter's `candidates`).
--   * A list page (at most 100 entries: the directory and the embed) ranks at most
--     private.directory_rank_limit() (1,000) matches: when a word matches more, the candidates are
--     the organisations named with the query first (name_folded starting with it), then the first
--     matches by name; the total then reads "more than 1,000" (total_count = 1,001), shown as
--     "1,000+". The map (all matches) and the exports (pages of 1,000) still rank and count every
--     match, so they stay complete.

-- Load pg_trgm's library in this session so that its settings are known (see 20261125230500).
select extensions.similarity('', '');

-- The most matches a list page ranks; total_count one more than this means "more than this".
create function private.directory_rank_limit() returns integer
language sql immutable parallel safe
as $$ select 1000 $$;
comment on function private.directory_rank_limit() is
  'The most matches a directory list page ranks (private.directory_matches); a total one higher means "more".';

-- Published organisations whose search document matches the query as written (GIN on the
-- documents, trigram GIN on the names), at most max_rows (null: all).
create function private.directory_text_matches(
  query_ts tsquery,
  query_patterns text[],
  query_longest_pattern text,
  max_rows integer
) returns uuid[]
language sql stable
set search_path = ''
set enable_seqscan = off
set jit = off
as $$
  select array(
    select d.organisation_id
    from private.search_documents d
    join private.directory_entries e on e.organisation_id = d.organisation_id and e.published
    where d.document @@ query_ts
       or (d.names like query_longest_pattern and d.names like all (query_patterns))
    limit max_rows)
$$;
comment on function private.directory_text_matches is
  'The published organisations whose search document matches the query as written, from the indexes.';

-- The typo fallback's matches: published organisations whose titles are word-similar to the
-- folded query (trigram GIN on the titles), with that similarity, at most max_rows (null: all).
create function private.directory_typo_matches(query_folded text, max_rows integer)
returns table (organisation_id uuid, similarity real)
language sql stable
set search_path = ''
-- Lower than pg_trgm's 0.6 so that one wrong letter in a name still matches ("respnse").
set pg_trgm.word_similarity_threshold = 0.5
set enable_seqscan = off
set jit = off
as $$
  select d.organisation_id, extensions.word_similarity(query_folded, d.titles)
  from private.search_documents d
  join private.directory_entries e on e.organisation_id = d.organisation_id and e.published
  where query_folded operator(extensions.<%) d.titles
  limit max_rows
$$;
comment on function private.directory_typo_matches is
  'The published organisations whose titles are word-similar to the folded query, with the similarity, from the trigram index.';

-- The filter, now told the text matches (candidates) instead of finding them itself when they
-- are known; otherwise (a very common word on a list page) it matches the text as before.
drop function private.directory_filter(text, tsquery, text[], text, boolean, public.organisation_kind[],
  text, boolean, boolean, boolean, public.access_mode[], text[], text[], text[], boolean, boolean,
  timestamptz, integer, uuid[], extensions.cube, double precision, double precision);

create function private.directory_filter(
  query_folded text,
  query_ts tsquery,
  query_patterns text[],
  query_longest_pattern text,
  -- The organisations the text selects (null: match the text here; ignored without a query).
  candidates uuid[],
  -- The typo fallback's word similarity per candidate, in the same order (null: not a typo).
  similarities real[],
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
        directory_filter.discrimination_grounds, directory_filter.counselling_types)))
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
  -- All matches, for paging; private.directory_rank_limit() + 1 when a list page ranked only
  -- that many of more matches.
  total_count bigint
)
language plpgsql stable
set search_path = ''
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
        and directory_matches.kinds is null and directory_matches.network is null and not service_filter
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
        query_longest_pattern, candidates, similarities, directory_matches.kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        directory_matches.access_modes, directory_matches.languages, directory_matches.discrimination_grounds,
        directory_matches.counselling_types, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, origin, directory_matches.radius_m, radius_chord_m));
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
      query_longest_pattern, candidates, similarities, directory_matches.kinds, directory_matches.network,
      service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
      directory_matches.access_modes, directory_matches.languages, directory_matches.discrimination_grounds,
      directory_matches.counselling_types, directory_matches.wheelchair_accessible, directory_matches.open_now,
      moment, week_second, irregular, origin, directory_matches.radius_m, radius_chord_m) m
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
        query_longest_pattern, candidates, similarities, directory_matches.kinds, directory_matches.network,
        service_filter, directory_matches.anonymous_possible, directory_matches.free_of_charge,
        directory_matches.access_modes, directory_matches.languages, directory_matches.discrimination_grounds,
        directory_matches.counselling_types, directory_matches.wheelchair_accessible, directory_matches.open_now,
        moment, week_second, irregular, null, null, null)
    )
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
$$;

comment on function private.directory_matches is $comment$The directory's one definition of "matches" and of the list's order: published organisations selected by the search arguments of public.search_directory (see there), nearest first, then most relevant, then by name; with their relevance, distance, matching services and the number of all matches. page_limit null: all. A page of at most 100 ranks at most private.directory_rank_limit() matches (see 20261130120000); its total is then one more than that. Called by public.search_directory and public.search_directory_points only.$comment$;

revoke execute on function private.directory_rank_limit() from public;
revoke execute on function private.directory_text_matches from public;
revoke execute on function private.directory_typo_matches from public;
revoke execute on function private.directory_filter from public;
