-- Adds the first slice of the directory: organisations with a publication status.
-- Anonymous visitors and signed-in users see published organisations only; writing is for
-- later issues (members edit their own, office staff review). The service role bypasses RLS.

-- Schemas ---------------------------------------------------------------------------------------
-- Helpers that triggers and policies call live here, outside the API's reach.
create schema if not exists private;
revoke all on schema private from public;
-- Visitors call nothing here; signed-in users reach the helpers their policies call.
grant usage on schema private to authenticated, service_role;

-- Types ------------------------------------------------------------------------------------------
create type public.organisation_kind as enum (
  'migrant_organisation',
  'counselling_service',
  'initiative',
  'public_body',
  'network'
);

create type public.publication_status as enum ('draft', 'published', 'archived');

-- Tables -----------------------------------------------------------------------------------------
create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 1 and 200),
  kind public.organisation_kind not null,
  status public.publication_status not null default 'draft',
  -- Demo data is marked so that an installation can drop it before going live.
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table public.organisations is
  'Organisations of the local alliance network: counselling services, migrant organisations, initiatives, public bodies and networks.';

create index organisations_status_name_idx on public.organisations (status, name);

-- Functions --------------------------------------------------------------------------------------
create or replace function private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

comment on function private.touch_updated_at() is 'Trigger function: keeps updated_at current on every update.';
revoke execute on function private.touch_updated_at() from public;

create trigger organisations_touch_updated_at
  before update on public.organisations
  for each row execute function private.touch_updated_at();

-- Policies ---------------------------------------------------------------------------------------
alter table public.organisations enable row level security;

create policy "published organisations are visible to visitors"
  on public.organisations for select
  to anon
  using (status = 'published');

create policy "published organisations are visible to signed-in users"
  on public.organisations for select
  to authenticated
  using (status = 'published');

-- Grants -----------------------------------------------------------------------------------------
grant select on public.organisations to anon, authenticated;
grant select, insert, update, delete on public.organisations to service_role;
