-- Adds the directory's data version (issue #8): a counter that every statement writing to the
-- data the directory shows bumps, in the same transaction, so it becomes visible exactly when the
-- change does. The app keys its per-process search cache by it and derives the open-data answers'
-- ETags from it, so a place made confidential leaves the next search, export and map at once.
--   * private.directory_data_version: one row, the counter and when it last changed;
--   * private.bump_directory_data_version(): the statement trigger on every table the directory
--     reads (organisations, services, locations and what hangs off them);
--   * public.directory_data_version(): the counter, for anyone (it says only that something
--     changed, not what).
-- One row updated per writing statement serialises concurrent writers of directory data until
-- they commit: the office and the organisations edit a few rows at a time, so that costs nothing
-- noticeable. A sequence would not serialise, but it is not transactional: a reader could see the
-- new number before the change commits and cache the old answer under it.

-- Tables -----------------------------------------------------------------------------------------
create table private.directory_data_version (
  singleton boolean primary key default true check (singleton),
  version bigint not null default 0,
  changed_at timestamptz not null default now()
);
comment on table private.directory_data_version is
  'One row: bumped by every statement that writes directory data (see private.bump_directory_data_version).';
alter table private.directory_data_version enable row level security;
insert into private.directory_data_version default values;

-- Functions --------------------------------------------------------------------------------------
create function private.bump_directory_data_version() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  update private.directory_data_version set version = version + 1, changed_at = now();
  return null;
end;
$$;
comment on function private.bump_directory_data_version() is
  'Statement trigger function: the directory''s data changed, so its data version moves on.';

create function public.directory_data_version() returns bigint
language sql stable security definer
set search_path = ''
as $$
  select version from private.directory_data_version
$$;
comment on function public.directory_data_version() is
  'A number that changes with every write to the data the directory shows; a cache key, nothing more.';

-- Triggers ---------------------------------------------------------------------------------------
do $$
declare
  directory_table text;
begin
  foreach directory_table in array array[
    'organisations', 'services', 'locations', 'service_locations', 'schedules',
    'schedule_exceptions', 'service_languages', 'organisation_taxonomy_terms',
    'service_taxonomy_terms', 'taxonomy_terms', 'languages', 'districts', 'contacts',
    'translations', 'network_memberships', 'partnerships'
  ] loop
    execute format(
      'create trigger %I after insert or update or delete or truncate on public.%I '
      'for each statement execute function private.bump_directory_data_version()',
      directory_table || '_bump_directory_data_version', directory_table);
  end loop;
end;
$$;

-- Grants -----------------------------------------------------------------------------------------
revoke all on table private.directory_data_version from public, anon, authenticated;
revoke execute on function private.bump_directory_data_version() from public;
revoke execute on function public.directory_data_version() from public;
grant execute on function public.directory_data_version() to anon, authenticated, service_role;
