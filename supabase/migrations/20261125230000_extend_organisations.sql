-- Extends organisations to the directory's profile (after Open Referral HSDS 3.0 `organization`):
-- short name, description, contact channels, legal form, parent organisation, last confirmed at,
-- licence of the open-data record and a unique slug for public URLs. Adds writing: office staff
-- create, change and delete any organisation; members change their own profile but cannot
-- publish, archive, reclassify or un-demo it themselves (status, kind and is_demo stay with the
-- office).

-- Columns ----------------------------------------------------------------------------------------
alter table public.organisations
  add column short_name text check (length(trim(short_name)) between 1 and 60),
  -- '' never survives an insert: the trigger fills it from the name, the format check refuses it.
  -- The default lets clients (and the generated Insert type) leave the slug out.
  add column slug text default '',
  add column description text check (length(description) <= 5000),
  add column website text check (website ~ '^https?://'),
  add column email text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  add column phone text check (length(phone) <= 60),
  add column logo_url text check (logo_url ~ '^https?://'),
  add column legal_form text check (length(legal_form) <= 100),
  add column parent_organisation_id uuid references public.organisations (id) on delete set null,
  add column last_confirmed_at timestamptz,
  -- Licence of the open-data record (SPDX id or Datenlizenz Deutschland), as HSDS asks for one.
  add column licence text not null default 'CC-BY-4.0' check (length(licence) <= 100),
  add constraint organisations_not_own_parent check (parent_organisation_id <> id);

comment on column public.organisations.description is
  'Description in German (the source language); other languages live in public.translations.';
comment on column public.organisations.slug is 'Stable, unique name in public URLs, e.g. adibe-antidiskriminierungsberatung.';
comment on column public.organisations.last_confirmed_at is 'When the organisation last confirmed that its profile is current.';

-- Functions --------------------------------------------------------------------------------------
create or replace function private.slugify(value text) returns text
language sql immutable
set search_path = ''
as $$
  select coalesce(
    nullif(
      trim(both '-' from regexp_replace(
        translate(
          replace(replace(replace(replace(lower(value), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
          'áàâãåéèêëíìîïóòôõøúùûçñšžćčłśźżğışə',
          'aaaaaeeeeiiiiooooouuucnszcclszzgisa'
        ),
        '[^a-z0-9]+', '-', 'g'
      )),
      ''
    ),
    'organisation'
  )
$$;
comment on function private.slugify(text) is 'A URL slug from a name: lower case, umlauts folded (ä → ae), words joined by hyphens.';

-- A new organisation gets a slug from its name; a clash gets a numeric suffix.
create or replace function private.set_organisation_slug() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  base text;
  candidate text;
  suffix integer := 1;
begin
  if coalesce(new.slug, '') <> '' then
    return new;
  end if;
  base := left(private.slugify(coalesce(new.short_name, new.name)), 80);
  candidate := base;
  while exists (select 1 from public.organisations where slug = candidate and id <> new.id) loop
    suffix := suffix + 1;
    candidate := base || '-' || suffix;
  end loop;
  new.slug := candidate;
  return new;
end;
$$;
comment on function private.set_organisation_slug() is 'Trigger function: fills a missing or empty slug from the (short) name, unique.';

-- Publishing, archiving and the demo mark are the office's decision (clearing), not a member's.
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
     )
     and not private.is_office_staff() then
    raise exception 'only office staff may change an organisation''s status, kind or demo mark'
      using errcode = '42501';
  end if;
  return new;
end;
$$;
comment on function private.guard_organisation_status() is
  'Trigger function: members may edit their profile but not publish, archive, reclassify or un-mark demo data.';

revoke execute on function private.slugify(text) from public;
revoke execute on function private.set_organisation_slug() from public;
revoke execute on function private.guard_organisation_status() from public;
grant execute on function private.slugify(text) to authenticated, service_role;

create trigger organisations_set_slug
  before insert or update of slug on public.organisations
  for each row execute function private.set_organisation_slug();

create trigger organisations_guard_status
  before update on public.organisations
  for each row execute function private.guard_organisation_status();

-- Backfill and constrain -------------------------------------------------------------------------
-- Rows that existed before this migration got the default ''; the trigger names them.
update public.organisations set slug = null where coalesce(slug, '') = '';
alter table public.organisations
  alter column slug set not null,
  add constraint organisations_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  add constraint organisations_slug_key unique (slug);

create index organisations_parent_organisation_id_idx on public.organisations (parent_organisation_id);
create index organisations_kind_idx on public.organisations (kind);

-- Policies ---------------------------------------------------------------------------------------
create policy "office staff add organisations"
  on public.organisations for insert to authenticated
  with check ((select private.is_office_staff()));

create policy "members and office staff change organisations"
  on public.organisations for update to authenticated
  using ((select private.is_office_staff()) or id in (select private.member_organisation_ids()))
  with check ((select private.is_office_staff()) or id in (select private.member_organisation_ids()));

create policy "office staff delete organisations"
  on public.organisations for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant insert, update, delete on public.organisations to authenticated;
