-- Lets clients insert an organisation without inventing a slug. The column was NOT NULL without a
-- default, so the generated Insert type demanded a slug although the trigger makes one from the
-- name. Now the column defaults to '' and the trigger treats an empty slug like a missing one.

-- Columns ----------------------------------------------------------------------------------------
-- '' never survives an insert: the trigger below replaces it, and the format check refuses it.
alter table public.organisations alter column slug set default '';

-- Functions --------------------------------------------------------------------------------------
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
comment on function private.set_organisation_slug() is
  'Trigger function: fills a missing or empty slug from the (short) name, unique.';
