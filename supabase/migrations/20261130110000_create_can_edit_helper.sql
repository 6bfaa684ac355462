-- Writes the membership predicate once. Until now some forty policies each spelled out "a member
-- of the row's organisation, or office staff" as
--   organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
-- This migration adds private.can_edit(organisation) and points every such policy at it, with the
-- same meaning: what each role may read and write does not change (the RLS matrix tests hold it).
--
-- The helper takes the row's organisation, so Postgres calls it per row: wrapping it as
-- `(select private.can_edit(organisation_id))` would only add a correlated subplan, as a
-- row-dependent call cannot be evaluated once per query. Select policies therefore keep the
-- published test first: public rows never reach the helper, and it runs only for rows that are
-- not published and for writes. Helpers without a row argument stay wrapped in `(select …)`.

-- Functions --------------------------------------------------------------------------------------
create or replace function private.can_edit(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff where user_id = (select auth.uid()))
    or exists (
      select 1 from public.organisation_members
      where organisation_id = organisation and user_id = (select auth.uid())
    )
$$;
comment on function private.can_edit(uuid) is
  'Whether the requesting user may edit the organisation''s entry: a member of it (owner or editor) or office staff.';

revoke execute on function private.can_edit(uuid) from public;
grant execute on function private.can_edit(uuid) to authenticated, service_role;

-- Policies: organisations and their members ------------------------------------------------------
alter policy "organisations are visible to signed-in users when published, own or staff"
  on public.organisations
  using (status = 'published' or private.can_edit(id));
alter policy "members and office staff change organisations" on public.organisations
  using (private.can_edit(id))
  with check (private.can_edit(id));

alter policy "members see their organisation's members, staff see all"
  on public.organisation_members
  using (private.can_edit(organisation_id));

-- Policies: the directory rows of an organisation --------------------------------------------------
alter policy "services are visible to signed-in users when published, own or staff"
  on public.services
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add services" on public.services
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change services" on public.services
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete services" on public.services
  using (private.can_edit(organisation_id));

alter policy "service locations are visible to signed-in users when published, own or staff"
  on public.service_locations
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add service locations" on public.service_locations
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change service locations" on public.service_locations
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete service locations" on public.service_locations
  using (private.can_edit(organisation_id));

alter policy "schedules are visible to signed-in users when published, own or staff"
  on public.schedules
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add schedules" on public.schedules
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change schedules" on public.schedules
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete schedules" on public.schedules
  using (private.can_edit(organisation_id));

alter policy "schedule exceptions are visible to signed-in users when published, own or staff"
  on public.schedule_exceptions
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add schedule exceptions" on public.schedule_exceptions
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change schedule exceptions" on public.schedule_exceptions
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete schedule exceptions" on public.schedule_exceptions
  using (private.can_edit(organisation_id));

alter policy "service languages are visible to signed-in users when published, own or staff"
  on public.service_languages
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add service languages" on public.service_languages
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change service languages" on public.service_languages
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete service languages" on public.service_languages
  using (private.can_edit(organisation_id));

alter policy "organisation taxonomy terms are visible to signed-in users when published, own or staff"
  on public.organisation_taxonomy_terms
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add organisation taxonomy terms"
  on public.organisation_taxonomy_terms
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change organisation taxonomy terms"
  on public.organisation_taxonomy_terms
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete organisation taxonomy terms"
  on public.organisation_taxonomy_terms
  using (private.can_edit(organisation_id));

alter policy "service taxonomy terms are visible to signed-in users when published, own or staff"
  on public.service_taxonomy_terms
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add service taxonomy terms" on public.service_taxonomy_terms
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change service taxonomy terms"
  on public.service_taxonomy_terms
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete service taxonomy terms"
  on public.service_taxonomy_terms
  using (private.can_edit(organisation_id));

alter policy "contacts are visible to signed-in users when published, own or staff"
  on public.contacts
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add contacts" on public.contacts
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change contacts" on public.contacts
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete contacts" on public.contacts
  using (private.can_edit(organisation_id));

alter policy "translations are visible to signed-in users when published, own or staff"
  on public.translations
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );
alter policy "members and office staff add translations" on public.translations
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change translations" on public.translations
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete translations" on public.translations
  using (private.can_edit(organisation_id));

alter policy "locations are visible to members and office staff" on public.locations
  using (private.can_edit(organisation_id));
alter policy "members and office staff add locations" on public.locations
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change locations" on public.locations
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "members and office staff delete locations" on public.locations
  using (private.can_edit(organisation_id));

alter policy "public locations are visible to signed-in users when published, own or staff"
  on public.public_locations
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or private.can_edit(organisation_id)
  );

-- Policies: networks and partnerships ------------------------------------------------------------
alter policy "memberships are visible to signed-in users when published, own or staff"
  on public.network_memberships
  using (
    (network_id in (select id from public.organisations where status = 'published')
      and organisation_id in (select id from public.organisations where status = 'published'))
    or private.can_edit(network_id)
    or private.can_edit(organisation_id)
  );
alter policy "network members and office staff add memberships" on public.network_memberships
  with check (private.can_edit(network_id));
alter policy "network members and office staff change memberships" on public.network_memberships
  using (private.can_edit(network_id)) with check (private.can_edit(network_id));
alter policy "network members and office staff remove memberships" on public.network_memberships
  using (private.can_edit(network_id));

alter policy "partnerships are visible to signed-in users when published, own or staff"
  on public.partnerships
  using (
    (organisation_id in (select id from public.organisations where status = 'published')
      and partner_organisation_id in (select id from public.organisations where status = 'published'))
    or private.can_edit(organisation_id)
    or private.can_edit(partner_organisation_id)
  );
alter policy "members and office staff record partnerships" on public.partnerships
  with check (private.can_edit(organisation_id));
alter policy "members and office staff change partnerships" on public.partnerships
  using (private.can_edit(organisation_id)) with check (private.can_edit(organisation_id));
alter policy "either partner and office staff end partnerships" on public.partnerships
  using (private.can_edit(organisation_id) or private.can_edit(partner_organisation_id));
