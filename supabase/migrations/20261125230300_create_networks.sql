-- Adds alliances: a network (an organisation of kind 'network', e.g. "Komm.A Kassel") has member
-- organisations with a role (steering group, member, partner), and two organisations can record
-- a partnership. Visitors see both when every organisation involved is published. A network's
-- members list is kept by the network's own members and office staff; a partnership by the
-- members of the organisation that recorded it and office staff.

-- Types ------------------------------------------------------------------------------------------
create type public.network_role as enum ('steering_group', 'member', 'partner');

-- Tables -----------------------------------------------------------------------------------------
create table public.network_memberships (
  network_id uuid not null references public.organisations (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.network_role not null default 'member',
  joined_on date,
  primary key (network_id, organisation_id),
  check (network_id <> organisation_id)
);
comment on table public.network_memberships is
  'Organisations belonging to a network (alliance) and their role in it.';
create index network_memberships_organisation_id_idx on public.network_memberships (organisation_id);

create table public.partnerships (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  partner_organisation_id uuid not null references public.organisations (id) on delete cascade,
  description text check (length(description) <= 1000),
  since date,
  check (organisation_id <> partner_organisation_id)
);
comment on table public.partnerships is 'A cooperation between two organisations, recorded by the first of them.';
-- One partnership per pair, whichever side recorded it.
create unique index partnerships_pair_idx on public.partnerships (
  least(organisation_id, partner_organisation_id), greatest(organisation_id, partner_organisation_id)
);
create index partnerships_organisation_id_idx on public.partnerships (organisation_id);
create index partnerships_partner_organisation_id_idx on public.partnerships (partner_organisation_id);

-- Functions --------------------------------------------------------------------------------------
create or replace function private.check_network_kind() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (select 1 from public.organisations where id = new.network_id and kind = 'network') then
    raise exception 'organisation % is not a network', new.network_id using errcode = '23514';
  end if;
  return new;
end;
$$;
comment on function private.check_network_kind() is 'Trigger function: only organisations of kind network have members.';
revoke execute on function private.check_network_kind() from public;

create trigger network_memberships_check_kind
  before insert or update of network_id on public.network_memberships
  for each row execute function private.check_network_kind();

-- Policies: network memberships ------------------------------------------------------------------
alter table public.network_memberships enable row level security;

create policy "memberships between published organisations are visible to visitors"
  on public.network_memberships for select to anon
  using (
    network_id in (select id from public.organisations where status = 'published')
    and organisation_id in (select id from public.organisations where status = 'published')
  );

create policy "memberships are visible to signed-in users when published, own or staff"
  on public.network_memberships for select to authenticated
  using (
    (network_id in (select id from public.organisations where status = 'published')
      and organisation_id in (select id from public.organisations where status = 'published'))
    or network_id in (select private.member_organisation_ids())
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "network members and office staff add memberships"
  on public.network_memberships for insert to authenticated
  with check (network_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "network members and office staff change memberships"
  on public.network_memberships for update to authenticated
  using (network_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (network_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "network members and office staff remove memberships"
  on public.network_memberships for delete to authenticated
  using (network_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

-- Policies: partnerships -------------------------------------------------------------------------
alter table public.partnerships enable row level security;

create policy "partnerships between published organisations are visible to visitors"
  on public.partnerships for select to anon
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    and partner_organisation_id in (select id from public.organisations where status = 'published')
  );

create policy "partnerships are visible to signed-in users when published, own or staff"
  on public.partnerships for select to authenticated
  using (
    (organisation_id in (select id from public.organisations where status = 'published')
      and partner_organisation_id in (select id from public.organisations where status = 'published'))
    or organisation_id in (select private.member_organisation_ids())
    or partner_organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff record partnerships"
  on public.partnerships for insert to authenticated
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff change partnerships"
  on public.partnerships for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

-- Either side may end a partnership.
create policy "either partner and office staff end partnerships"
  on public.partnerships for delete to authenticated
  using (
    organisation_id in (select private.member_organisation_ids())
    or partner_organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

-- Grants -----------------------------------------------------------------------------------------
grant select on public.network_memberships, public.partnerships to anon;
grant select, insert, update, delete on public.network_memberships, public.partnerships to authenticated, service_role;
