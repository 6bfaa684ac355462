-- Adds who may do what: office staff (office_admin, office_staff) and organisation members
-- (owner, editor) as rows that policies check, plus the private security-definer helpers the
-- policies call. Nobody can make themselves staff or a member: only the service role (used by
-- the server for invitations) and, for memberships, office staff and an organisation's owners.

-- Types ------------------------------------------------------------------------------------------
create type public.staff_role as enum ('office_admin', 'office_staff');
create type public.member_role as enum ('owner', 'editor');

-- Tables -----------------------------------------------------------------------------------------
create table public.staff (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role public.staff_role not null default 'office_staff',
  created_at timestamptz not null default now()
);
comment on table public.staff is 'Members of the anti-discrimination office and their role.';

create table public.organisation_members (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.member_role not null default 'editor',
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
comment on table public.organisation_members is
  'People who keep an organisation''s profile current: owners may also invite colleagues.';
create index organisation_members_user_id_idx on public.organisation_members (user_id);

-- Helpers (private: not reachable through the API) ----------------------------------------------
create or replace function private.is_office_staff() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff where user_id = (select auth.uid()))
$$;
comment on function private.is_office_staff() is 'Whether the requesting user works in the office (any staff role).';

create or replace function private.is_office_admin() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.staff where user_id = (select auth.uid()) and role = 'office_admin'
  )
$$;
comment on function private.is_office_admin() is 'Whether the requesting user is an office admin.';

-- A set, looked up once per statement: policies use `organisation_id in (select …)`, where a
-- per-row function call taking the row's id could not be evaluated just once.
create or replace function private.member_organisation_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select organisation_id from public.organisation_members where user_id = (select auth.uid())
$$;
comment on function private.member_organisation_ids() is
  'The organisations the requesting user belongs to; policies use it as `organisation_id in (select …)`.';

create or replace function private.is_owner_of(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organisation_members
    where organisation_id = organisation and user_id = (select auth.uid()) and role = 'owner'
  )
$$;
comment on function private.is_owner_of(uuid) is 'Whether the requesting user owns the organisation''s profile.';

revoke execute on all functions in schema private from public;
grant execute on function private.is_office_staff() to authenticated, service_role;
grant execute on function private.is_office_admin() to authenticated, service_role;
grant execute on function private.member_organisation_ids() to authenticated, service_role;
grant execute on function private.is_owner_of(uuid) to authenticated, service_role;

-- Policies: staff --------------------------------------------------------------------------------
alter table public.staff enable row level security;

create policy "staff see themselves, office staff see all staff"
  on public.staff for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_office_staff()));

create policy "office admins add staff"
  on public.staff for insert to authenticated
  with check ((select private.is_office_admin()));

create policy "office admins change staff roles"
  on public.staff for update to authenticated
  using ((select private.is_office_admin()))
  with check ((select private.is_office_admin()));

create policy "office admins remove staff"
  on public.staff for delete to authenticated
  using ((select private.is_office_admin()));

-- Policies: organisation members -----------------------------------------------------------------
alter table public.organisation_members enable row level security;

create policy "members see their organisation's members, staff see all"
  on public.organisation_members for select to authenticated
  using (
    organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "staff and owners add members"
  on public.organisation_members for insert to authenticated
  with check ((select private.is_office_staff()) or (select private.is_owner_of(organisation_id)));

create policy "staff and owners change member roles"
  on public.organisation_members for update to authenticated
  using ((select private.is_office_staff()) or (select private.is_owner_of(organisation_id)))
  with check ((select private.is_office_staff()) or (select private.is_owner_of(organisation_id)));

create policy "staff and owners remove members, members leave"
  on public.organisation_members for delete to authenticated
  using (
    user_id = (select auth.uid())
    or (select private.is_office_staff())
    or (select private.is_owner_of(organisation_id))
  );

-- Signed-in users: published organisations, their own in any status, and for office staff all
-- of them (they review drafts). One policy: every permissive policy would run for every row.
drop policy "published organisations are visible to signed-in users" on public.organisations;

create policy "organisations are visible to signed-in users when published, own or staff"
  on public.organisations for select to authenticated
  using (
    status = 'published'
    or id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

-- Grants -----------------------------------------------------------------------------------------
grant select, insert, update, delete on public.staff to authenticated, service_role;
grant select, insert, update, delete on public.organisation_members to authenticated, service_role;
