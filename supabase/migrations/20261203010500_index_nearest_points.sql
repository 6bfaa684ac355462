-- private.directory_nearest_points (20261203010100) from the points' GiST index again (issue #13):
-- as a function with settings it is planned with its arguments as parameters, and the condition
-- "no radius, or in the radius's cube" then could not use the index: it read all 20,000 points
-- at 10,000 organisations where the cube around Kassel holds 8,000 (more points, more waste).
-- With and without a radius are now two branches of which only one runs (a one-time filter on
-- the radius), the first an index condition. Same rows.
create or replace function private.directory_nearest_points(origin extensions.cube, radius_m double precision)
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
