-- Decides per column who may write what the public sees about an organisation beyond its own
-- profile text. Until now a member could date its confirmation to 2099 (shown on the public
-- page), make any organisation its parent, enlist any organisation in a network it belongs to
-- and record a partnership with any published organisation, which then showed publicly.
--
-- organisations
--   id, created_at, updated_at        the system: not updatable through the API (column grants)
--   status, kind, is_demo             office staff (as before)
--   parent_organisation_id            office staff: a parent speaks for the organisation
--   licence                           office staff: the open data's licence is the office's decision
--   last_confirmed_at                 office staff, or a member through public.confirm_organisation,
--                                     which stamps now(): a date cannot be chosen
--   every other column                its members and office staff (the profile)
-- network_memberships                 office staff: networks are the office's alliances; an
--                                     organisation's members may end its membership
-- partnerships                        the members of the organisation recording it and office staff;
--                                     it shows publicly once the other side has agreed
--                                     (public.confirm_partnership) or office staff confirmed it.
--                                     A member's new or changed partnership waits for that consent.
-- These rules bind API users (role authenticated); the service role and the seed are trusted.

-- Columns ----------------------------------------------------------------------------------------
alter table public.partnerships
  add column confirmed_at timestamptz;
comment on column public.partnerships.confirmed_at is
  'When the partner organisation (or the office) agreed; until then only the two organisations and the office see the partnership.';

-- Partnerships recorded before consent existed stay as they were shown.
update public.partnerships set confirmed_at = now() where confirmed_at is null;

-- Functions --------------------------------------------------------------------------------------
create or replace function private.guard_organisation_status() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated'
     and (
       new.status is distinct from old.status
       or new.is_demo is distinct from old.is_demo
       -- A member who could make their organisation a "network" could enlist any organisation.
       or new.kind is distinct from old.kind
       or new.parent_organisation_id is distinct from old.parent_organisation_id
       or new.licence is distinct from old.licence
       -- Members confirm through public.confirm_organisation, which runs as its owner.
       or new.last_confirmed_at is distinct from old.last_confirmed_at
     )
     and not private.is_office_staff() then
    raise exception 'only office staff may change an organisation''s status, kind, demo mark, parent, licence or confirmation date'
      using errcode = '42501',
        hint = 'Members confirm that their entry is current with confirm_organisation.';
  end if;
  return new;
end;
$$;
comment on function private.guard_organisation_status() is
  'Trigger function: members may edit their profile but not publish, archive, reclassify, re-parent, relicense, date their confirmation or un-mark demo data.';

create or replace function public.confirm_organisation(organisation uuid) returns timestamptz
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  confirmed timestamptz;
begin
  if not private.can_edit(organisation) then
    raise exception 'only the organisation''s members and office staff confirm its entry'
      using errcode = '42501';
  end if;
  update public.organisations set last_confirmed_at = now()
  where id = organisation
  returning last_confirmed_at into confirmed;
  if confirmed is null then
    raise exception 'no organisation %', organisation using errcode = 'P0002';
  end if;
  return confirmed;
end;
$$;
comment on function public.confirm_organisation(uuid) is
  'A member (or office staff) confirms that the organisation''s entry is current: last_confirmed_at becomes now.';

create or replace function private.guard_partnership() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user <> 'authenticated' or private.is_office_staff() then
    return new;
  end if;
  if new.confirmed_at is distinct from (case when tg_op = 'UPDATE' then old.confirmed_at end) then
    raise exception 'the partner organisation agrees to a partnership itself'
      using errcode = '42501',
        hint = 'Its members confirm it with confirm_partnership.';
  end if;
  -- The partner agreed to what it saw: another partner, side or text needs its consent again.
  if tg_op = 'UPDATE'
     and (new.organisation_id, new.partner_organisation_id, new.description, new.since)
       is distinct from (old.organisation_id, old.partner_organisation_id, old.description, old.since) then
    new.confirmed_at := null;
  end if;
  return new;
end;
$$;
comment on function private.guard_partnership() is
  'Trigger function: a member''s new or changed partnership waits for the partner organisation''s consent.';

create or replace function public.confirm_partnership(partnership uuid) returns timestamptz
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  partner uuid;
  confirmed timestamptz;
begin
  select p.partner_organisation_id into partner from public.partnerships p where p.id = partnership;
  if partner is null or not private.can_edit(partner) then
    raise exception 'only the partner organisation''s members and office staff confirm a partnership'
      using errcode = '42501';
  end if;
  update public.partnerships p set confirmed_at = coalesce(p.confirmed_at, now())
  where p.id = partnership
  returning p.confirmed_at into confirmed;
  return confirmed;
end;
$$;
comment on function public.confirm_partnership(uuid) is
  'The partner organisation (a member of it, or office staff) agrees to a partnership another organisation recorded: from then on visitors see it.';

revoke execute on function private.guard_partnership() from public;
revoke execute on function public.confirm_organisation(uuid) from public;
revoke execute on function public.confirm_partnership(uuid) from public;
grant execute on function public.confirm_organisation(uuid) to authenticated, service_role;
grant execute on function public.confirm_partnership(uuid) to authenticated, service_role;

-- Triggers ---------------------------------------------------------------------------------------
create trigger partnerships_guard
  before insert or update on public.partnerships
  for each row execute function private.guard_partnership();

-- Policies: network memberships ------------------------------------------------------------------
drop policy "network members and office staff add memberships" on public.network_memberships;
drop policy "network members and office staff change memberships" on public.network_memberships;
drop policy "network members and office staff remove memberships" on public.network_memberships;

create policy "office staff add network memberships"
  on public.network_memberships for insert to authenticated
  with check ((select private.is_office_staff()));

create policy "office staff change network memberships"
  on public.network_memberships for update to authenticated
  using ((select private.is_office_staff()))
  with check ((select private.is_office_staff()));

-- private.can_edit is true for office staff too.
create policy "members end their organisation's network memberships, office staff any"
  on public.network_memberships for delete to authenticated
  using (private.can_edit(organisation_id));

-- Policies: partnerships -------------------------------------------------------------------------
alter policy "partnerships between published organisations are visible to visitors"
  on public.partnerships
  using (
    confirmed_at is not null
    and organisation_id in (select id from public.organisations where status = 'published')
    and partner_organisation_id in (select id from public.organisations where status = 'published')
  );

alter policy "partnerships are visible to signed-in users when published, own or staff"
  on public.partnerships
  using (
    (confirmed_at is not null
      and organisation_id in (select id from public.organisations where status = 'published')
      and partner_organisation_id in (select id from public.organisations where status = 'published'))
    or private.can_edit(organisation_id)
    or private.can_edit(partner_organisation_id)
  );

-- Grants -----------------------------------------------------------------------------------------
-- Column grants: a new column of organisations is not updatable through the API until granted.
revoke update on public.organisations from authenticated;
grant update (
  name, short_name, slug, description, website, email, phone, logo_url, legal_form, licence,
  status, kind, is_demo, parent_organisation_id, last_confirmed_at
) on public.organisations to authenticated;
