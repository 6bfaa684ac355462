-- Adds public.public_locations: the only place from which visitors read locations. It is a table
-- derived from public.locations by security-definer triggers, not a view: views exposed to the API
-- are security_invoker, and an invoker view over public.locations would either show visitors
-- nothing or need a policy that hands them the base table's exact points and addresses.
-- Because the projection is computed on write, the exact data is never in a row visitors can
-- select, whatever filter, join, RPC or export reads it:
--   exact          the address and point as entered;
--   approximate    the point snapped to the centre of its ~500 m grid cell (deterministic, so
--                  repeated reads cannot be averaged), postcode and district, no street or name;
--   district_only  the district's public centroid (or no point), no street, postcode or name;
--   on_request     no point, street, postcode, district or name: only the city.
-- Distances and radius searches use these degraded points too, so the exact point cannot be
-- recovered by trilateration either.

-- Extensions -------------------------------------------------------------------------------------
create extension if not exists cube with schema extensions;

-- Functions --------------------------------------------------------------------------------------
create or replace function private.earth_point(latitude double precision, longitude double precision)
returns extensions.cube
language sql immutable strict parallel safe
set search_path = ''
as $$
  -- A point on the earth's surface as a 3-D cube in metres (as earthdistance's ll_to_earth):
  -- GiST-indexable, and cube's `<->` gives the straight-line distance for nearest-first order.
  select extensions.cube(array[
    6378168 * cos(radians(latitude)) * cos(radians(longitude)),
    6378168 * cos(radians(latitude)) * sin(radians(longitude)),
    6378168 * sin(radians(latitude))
  ]::double precision[])
$$;
comment on function private.earth_point(double precision, double precision) is
  'Latitude/longitude as an earth-centred 3-D point in metres, for the GiST index on public_locations.';

create or replace function private.earth_distance(a extensions.cube, b extensions.cube)
returns double precision
language sql immutable strict parallel safe
set search_path = ''
as $$
  -- Great-circle distance in metres from the chord between two earth points.
  select 2 * 6378168 * asin(least(1, extensions.cube_distance(a, b) / (2 * 6378168)))
$$;
comment on function private.earth_distance(extensions.cube, extensions.cube) is 'Great-circle distance in metres between two earth points.';

create or replace function private.refresh_public_location(location uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  loc public.locations;
  district public.districts;
  lat double precision;
  lng double precision;
begin
  select * into loc from public.locations where id = location;
  if not found then
    delete from public.public_locations where location_id = location;
    return;
  end if;
  select * into district from public.districts where id = loc.district_id;

  if loc.visibility = 'exact' then
    lat := loc.latitude;
    lng := loc.longitude;
  elsif loc.visibility = 'approximate' then
    -- Centre of the grid cell: 0.005° latitude ≈ 556 m, 0.0075° longitude ≈ 520 m at 51° N.
    lat := floor(loc.latitude / 0.005) * 0.005 + 0.0025;
    lng := floor(loc.longitude / 0.0075) * 0.0075 + 0.00375;
  elsif loc.visibility = 'district_only' then
    lat := district.latitude;
    lng := district.longitude;
  end if;

  insert into public.public_locations as p (
    location_id, organisation_id, visibility, name, address_1, address_2, postal_code, city,
    district, latitude, longitude, earth, wheelchair_accessible, accessible_toilet, hearing_loop,
    accessibility_notes, transportation, updated_at
  ) values (
    loc.id,
    loc.organisation_id,
    loc.visibility,
    case when loc.visibility = 'exact' then loc.name end,
    case when loc.visibility = 'exact' then loc.address_1 end,
    case when loc.visibility = 'exact' then loc.address_2 end,
    case when loc.visibility in ('exact', 'approximate') then loc.postal_code end,
    loc.city,
    case when loc.visibility <> 'on_request' then district.name end,
    round(lat::numeric, 6)::double precision,
    round(lng::numeric, 6)::double precision,
    private.earth_point(lat, lng),
    loc.wheelchair_accessible,
    loc.accessible_toilet,
    loc.hearing_loop,
    case when loc.visibility = 'exact' then loc.accessibility_notes end,
    case when loc.visibility = 'exact' then loc.transportation end,
    now()
  )
  on conflict (location_id) do update set
    organisation_id = excluded.organisation_id,
    visibility = excluded.visibility,
    name = excluded.name,
    address_1 = excluded.address_1,
    address_2 = excluded.address_2,
    postal_code = excluded.postal_code,
    city = excluded.city,
    district = excluded.district,
    latitude = excluded.latitude,
    longitude = excluded.longitude,
    earth = excluded.earth,
    wheelchair_accessible = excluded.wheelchair_accessible,
    accessible_toilet = excluded.accessible_toilet,
    hearing_loop = excluded.hearing_loop,
    accessibility_notes = excluded.accessibility_notes,
    transportation = excluded.transportation,
    updated_at = excluded.updated_at;
end;
$$;
comment on function private.refresh_public_location(uuid) is
  'Recomputes the public projection of one location, degraded by its visibility (or removes it).';

create or replace function private.locations_refresh_public() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_public_location(new.id);
  return null;
end;
$$;
comment on function private.locations_refresh_public() is 'Trigger function: keeps public_locations in step with locations.';

create or replace function private.districts_refresh_public() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_public_location(l.id) from public.locations l where l.district_id = new.id;
  return null;
end;
$$;
comment on function private.districts_refresh_public() is 'Trigger function: a moved or renamed district moves its public points.';

revoke execute on function private.earth_point(double precision, double precision) from public;
revoke execute on function private.earth_distance(extensions.cube, extensions.cube) from public;
revoke execute on function private.refresh_public_location(uuid) from public;
revoke execute on function private.locations_refresh_public() from public;
revoke execute on function private.districts_refresh_public() from public;

-- Tables -----------------------------------------------------------------------------------------
create table public.public_locations (
  location_id uuid primary key references public.locations (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  visibility public.location_visibility not null,
  name text,
  address_1 text,
  address_2 text,
  postal_code text,
  city text not null,
  district text,
  latitude double precision,
  longitude double precision,
  earth extensions.cube,
  wheelchair_accessible boolean,
  accessible_toilet boolean,
  hearing_loop boolean,
  accessibility_notes text,
  transportation text,
  updated_at timestamptz not null default now()
);
comment on table public.public_locations is
  'What the public may know about each location, degraded by its visibility; maintained by triggers on locations and districts, never written directly.';
create index public_locations_organisation_id_idx on public.public_locations (organisation_id);
create index public_locations_earth_idx on public.public_locations using gist (earth);

create trigger locations_refresh_public
  after insert or update on public.locations
  for each row execute function private.locations_refresh_public();

create trigger districts_refresh_public
  after update of name, latitude, longitude on public.districts
  for each row execute function private.districts_refresh_public();

-- Existing locations (none on a fresh database) get their projection now.
select private.refresh_public_location(id) from public.locations;

-- Policies ---------------------------------------------------------------------------------------
alter table public.public_locations enable row level security;

create policy "public locations of published organisations are visible to visitors"
  on public.public_locations for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "public locations are visible to signed-in users when published, own or staff"
  on public.public_locations for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

-- Grants -----------------------------------------------------------------------------------------
-- Read-only for everyone, the service role included: only the triggers write it.
grant select on public.public_locations to anon, authenticated, service_role;
