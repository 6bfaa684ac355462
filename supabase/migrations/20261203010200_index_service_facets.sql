-- The directory's service filters from an index (issue #13): "in Arabic" (and the other facets a
-- visitor picks from a list) read every service's facets, ~20,000 rows at 10,000 organisations,
-- to keep the ~5,600 that match; a GIN index on each array the filters test with && lets the
-- planner take those from the index when few match (private.facet_matches is inlined, so its
-- `languages && '{ar}'` is an index condition). Same matches; ~10–20 % less Postgres CPU for the
-- bench's "anonymous + free + Arabic", "beratung auf arabisch" and the combination.
create index service_facets_languages_idx on private.service_facets using gin (languages);
create index service_facets_discrimination_grounds_idx on private.service_facets
  using gin (discrimination_grounds);
create index service_facets_counselling_types_idx on private.service_facets
  using gin (counselling_types);
create index service_facets_life_areas_idx on private.service_facets using gin (life_areas);
