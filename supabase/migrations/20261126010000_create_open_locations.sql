-- Adds public.open_locations(organisation_slug, at): which opening-hours scopes of one published
-- organisation are open at a moment (Europe/Berlin), for the organisation page's "open now".
-- The rules (weekly slots, slots across midnight, dated exceptions and special hours) live once,
-- in private.open_scopes (20261125230500), which visitors cannot call; this wrapper is security
-- definer so they need not, and it answers for published organisations only: a draft's or an
-- unknown slug's hours give no rows, so the function reveals nothing RLS would hide.

-- Functions --------------------------------------------------------------------------------------
create or replace function public.open_locations(organisation_slug text, at timestamptz default now())
returns table (location_id uuid, service_id uuid)
language sql stable security definer
set search_path = ''
as $$
  select distinct os.location_id, os.service_id
  from public.organisations o
  cross join lateral private.open_scopes(coalesce(open_locations.at, now()), array[o.id]) os
  where o.slug = open_locations.organisation_slug
    and o.status = 'published'
$$;
comment on function public.open_locations(text, timestamptz) is $comment$Which opening-hours scopes of a published organisation are open at `at` (default now), Europe/Berlin.
One row per open scope: location_id (a public location's id) and/or service_id; a row with both null means
hours of the whole organisation. No rows: closed now, or no published organisation has this slug.$comment$;

-- Grants -----------------------------------------------------------------------------------------
revoke execute on function public.open_locations(text, timestamptz) from public;
grant execute on function public.open_locations(text, timestamptz) to anon, authenticated, service_role;
