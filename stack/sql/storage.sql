-- The `storage` schema as Supabase Storage creates it (storage migrations up to 0063, see
-- shared/design/storage-contract.md §2), so that migrations which insert buckets and create
-- policies on storage.objects work here as on a Supabase project. Runs on every start of the
-- embedded stack as the superuser, after bootstrap.sql, and is idempotent; it never runs against a
-- real Supabase project, which has all of this already.

-- Role -------------------------------------------------------------------------------------------
-- The local storage service logs in as this role (it owns the tables, as on Supabase) and runs
-- each request's SQL as the caller's role: `set local role anon | authenticated | service_role`.
do $$
begin
  if not exists (select from pg_roles where rolname = 'supabase_storage_admin') then
    create role supabase_storage_admin login noinherit createrole noreplication;
  end if;
end
$$;
grant anon, authenticated, service_role to supabase_storage_admin;
alter role supabase_storage_admin set search_path = storage;
alter role supabase_storage_admin set statement_timeout = '8s';

-- Schema -----------------------------------------------------------------------------------------
create schema if not exists storage authorization supabase_storage_admin;
grant usage on schema storage to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_storage_admin in schema storage
  grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_storage_admin in schema storage
  grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_storage_admin in schema storage
  grant all on sequences to postgres, anon, authenticated, service_role;

set role supabase_storage_admin;

do $$
begin
  if not exists (
    select from pg_type where typname = 'buckettype' and typnamespace = 'storage'::regnamespace
  ) then
    create type storage.buckettype as enum ('STANDARD', 'ANALYTICS', 'VECTOR');
  end if;
end
$$;

-- Tables -----------------------------------------------------------------------------------------
create table if not exists storage.migrations (
  id integer primary key,
  name varchar(100) unique not null,
  hash varchar(40) not null,
  executed_at timestamp default current_timestamp
);

create table if not exists storage.buckets (
  id text not null primary key,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text,
  type storage.buckettype not null default 'STANDARD',
  versioning_status text not null default 'DISABLED'
);
comment on column storage.buckets.owner is 'Field is deprecated, use owner_id instead';
create unique index if not exists bname on storage.buckets using btree (name);

create table if not exists storage.objects (
  id uuid not null default gen_random_uuid() primary key,
  bucket_id text constraint "objects_bucketId_fkey" references storage.buckets (id),
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb,
  archived_at timestamptz,
  is_delete_marker boolean not null default false,
  is_versioned boolean not null default false
);
comment on column storage.objects.owner is 'Field is deprecated, use owner_id instead';
create unique index if not exists bucketid_objname on storage.objects using btree (bucket_id, name);
create index if not exists name_prefix_search on storage.objects (name text_pattern_ops);
create index if not exists idx_objects_bucket_id_name_lower
  on storage.objects (bucket_id, lower(name) collate "C");

alter table storage.migrations enable row level security;
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;

grant all on storage.buckets, storage.objects to anon, authenticated, service_role;

-- Functions policies use -------------------------------------------------------------------------
create or replace function storage.foldername(name text) returns text[]
language plpgsql immutable
as $$
declare
  parts text[] := string_to_array(name, '/');
begin
  return parts[1 : array_length(parts, 1) - 1];
end
$$;

create or replace function storage.filename(name text) returns text
language plpgsql immutable
as $$
declare
  parts text[] := string_to_array(name, '/');
begin
  return parts[array_length(parts, 1)];
end
$$;

create or replace function storage.extension(name text) returns text
language plpgsql immutable
as $$
declare
  parts text[] := string_to_array(name, '/');
begin
  return reverse(split_part(reverse(parts[array_length(parts, 1)]), '.', 1));
end
$$;

create or replace function storage.operation() returns text
language plpgsql stable
as $$
begin
  return current_setting('storage.operation', true);
end
$$;

create or replace function storage.allow_only_operation(expected_operation text) returns boolean
language sql stable
as $$
  select coalesce(nullif(expected_operation, '') is not null
    and regexp_replace(storage.operation(), '^storage\.', '')
      = regexp_replace(expected_operation, '^storage\.', ''), false)
$$;

create or replace function storage.allow_any_operation(expected_operations text[]) returns boolean
language sql stable
as $$
  select exists (
    select 1 from unnest(expected_operations) as expected
    where nullif(expected, '') is not null
      and regexp_replace(storage.operation(), '^storage\.', '')
        = regexp_replace(expected, '^storage\.', '')
  )
$$;

-- List v1 (`POST /object/list/{bucket}`): the entries directly under `prefix` whose names start
-- with `search`, a folder per distinct next path segment. Security invoker: the caller's policies
-- decide which objects (and so which folders) appear. `levels` is unused, as in Supabase's.
create or replace function storage.search(
  prefix text,
  bucketname text,
  limits int default 100,
  levels int default 1,
  offsets int default 0,
  search text default '',
  sortcolumn text default 'name',
  sortorder text default 'asc'
)
returns table (
  name text,
  id uuid,
  updated_at timestamptz,
  created_at timestamptz,
  last_accessed_at timestamptz,
  metadata jsonb
)
language plpgsql stable security invoker
as $$
declare
  direction text := case when lower(coalesce(sortorder, 'asc')) = 'desc' then 'desc' else 'asc' end;
  sort_column text := case lower(coalesce(sortcolumn, 'name'))
    when 'updated_at' then 'updated_at'
    when 'created_at' then 'created_at'
    when 'last_accessed_at' then 'last_accessed_at'
    else 'name' end;
  ordering text;
begin
  -- Sorting by name interleaves folders and files as their objects sort; by another column all
  -- folders (by name) come first, then the files.
  ordering := case when sort_column = 'name'
    then format('e.sort_key collate "C" %s, e.name collate "C" %s', direction, direction)
    else format('e.kind, case when e.kind = 0 then e.name end collate "C" %s, e.%I %s, e.name collate "C"',
      direction, sort_column, direction) end;
  return query execute format($query$
    with matching as (
      select o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata,
        strpos(substr(o.name, length($1) + 1), '/') as slash
      from storage.objects o
      where o.bucket_id = $2 and left(lower(o.name), length($1)) = lower($1)
    ),
    entries as (
      select 0 as kind, lower(left(m.name, length($1) + m.slash)) as sort_key,
        substr(left(min(m.name collate "C"), length($1) + m.slash - 1), $3 + 1) as name,
        null::uuid as id, null::timestamptz as updated_at, null::timestamptz as created_at,
        null::timestamptz as last_accessed_at, null::jsonb as metadata
      from matching m where m.slash > 0
      group by lower(left(m.name, length($1) + m.slash)), m.slash
      union all
      select 1, lower(m.name), substr(m.name, $3 + 1), m.id, m.updated_at, m.created_at,
        m.last_accessed_at, m.metadata
      from matching m where m.slash = 0
    )
    select e.name, e.id, e.updated_at, e.created_at, e.last_accessed_at, e.metadata
    from entries e
    order by %s
    limit $4 offset $5
  $query$, ordering)
  using coalesce(prefix, '') || coalesce(search, ''), bucketname, length(coalesce(prefix, '')),
    least(coalesce(limits, 100), 1500), greatest(coalesce(offsets, 0), 0);
end
$$;

grant execute on all functions in schema storage to postgres, anon, authenticated, service_role;

-- Triggers ---------------------------------------------------------------------------------------
create or replace function storage.update_updated_at_column() returns trigger
language plpgsql
as $$
begin
  new.updated_at = now();
  return new;
end
$$;

create or replace function storage.enforce_bucket_name_length() returns trigger
language plpgsql
as $$
begin
  if length(new.name) > 100 then
    raise exception 'bucket name "%" is too long (% characters). Max is 100.', new.name, length(new.name);
  end if;
  return new;
end
$$;

-- Rows go through the Storage API, which deletes the files too (the service sets the setting per
-- request); SQL that deletes rows itself must set it, as on Supabase.
create or replace function storage.protect_delete() returns trigger
language plpgsql
as $$
begin
  if coalesce(current_setting('storage.allow_delete_query', true), 'false') <> 'true' then
    raise exception 'Direct deletion from storage tables is not allowed. Use the Storage API instead.'
      using hint = 'This prevents accidental data loss from orphaned objects.', errcode = '42501';
  end if;
  return null;
end
$$;

drop trigger if exists update_objects_updated_at on storage.objects;
create trigger update_objects_updated_at before update on storage.objects
  for each row execute function storage.update_updated_at_column();
drop trigger if exists enforce_bucket_name_length_trigger on storage.buckets;
create trigger enforce_bucket_name_length_trigger before insert or update of name on storage.buckets
  for each row execute function storage.enforce_bucket_name_length();
drop trigger if exists protect_buckets_delete on storage.buckets;
create trigger protect_buckets_delete before delete on storage.buckets
  for each statement execute function storage.protect_delete();
drop trigger if exists protect_objects_delete on storage.objects;
create trigger protect_objects_delete before delete on storage.objects
  for each statement execute function storage.protect_delete();

reset role;

-- What migrations may do here ---------------------------------------------------------------------
-- On Supabase, `postgres` may insert buckets and create policies on storage.objects and
-- storage.buckets, but not alter, drop or add to the storage schema ("must be owner of table
-- objects"). Membership in the owner role makes the policies possible here; the event triggers
-- refuse the rest, so a migration that would fail on a project fails here too.
grant all on storage.buckets, storage.objects to postgres with grant option;
grant supabase_storage_admin to postgres;

create or replace function storage.refuse_platform_ddl() returns event_trigger
language plpgsql
as $$
declare
  command record;
begin
  if current_user <> 'postgres' then
    return;
  end if;
  for command in select * from pg_event_trigger_ddl_commands() loop
    if command.schema_name = 'storage'
      and command.command_tag not in ('CREATE POLICY', 'ALTER POLICY', 'GRANT', 'REVOKE') then
      raise exception 'must be owner of %', command.object_identity using errcode = '42501';
    end if;
  end loop;
end
$$;

create or replace function storage.refuse_platform_drop() returns event_trigger
language plpgsql
as $$
declare
  dropped record;
begin
  if current_user <> 'postgres' then
    return;
  end if;
  for dropped in select * from pg_event_trigger_dropped_objects() loop
    if dropped.schema_name = 'storage' and dropped.object_type <> 'policy' then
      raise exception 'must be owner of %', dropped.object_identity using errcode = '42501';
    end if;
  end loop;
end
$$;
alter function storage.refuse_platform_ddl() owner to supabase_storage_admin;
alter function storage.refuse_platform_drop() owner to supabase_storage_admin;

drop event trigger if exists storage_refuse_platform_ddl;
create event trigger storage_refuse_platform_ddl on ddl_command_end
  execute function storage.refuse_platform_ddl();
drop event trigger if exists storage_refuse_platform_drop;
create event trigger storage_refuse_platform_drop on sql_drop
  execute function storage.refuse_platform_drop();
