-- Makes the office's application table and board fast at tens of thousands of applications:
-- a full-text document per application (title and notes, German stemming) with a GIN index,
-- keyset indexes for every sort the table offers ((column, id), so a page is an index range),
-- a (status, updated_at) index the board's columns read, and the project year (period start).
-- The select policy of applications asks the staff question once per query (an init plan)
-- before the per-row membership check, so a staff member's count over 50,000 rows does not call
-- private.can_edit 50,000 times. What the policy allows is unchanged.

-- Columns ----------------------------------------------------------------------------------------
alter table public.applications
  add column search tsvector generated always as (
    to_tsvector('german'::regconfig, coalesce(title, '') || ' ' || coalesce(notes, ''))
  ) stored;
comment on column public.applications.search is 'Full-text document of title and notes (German), for the office''s search.';

-- The edit log records what people changed; the search document follows title and notes.
create or replace function private.log_application_edited() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  select jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value))
    into changes
  from jsonb_each(to_jsonb(new)) n
  join jsonb_each(to_jsonb(old)) o using (key)
  where n.value is distinct from o.value
    and n.key not in ('status', 'granted_cents', 'paid_cents', 'updated_at', 'created_at', 'search');
  if changes is not null then
    perform private.log_application_activity(new.id, 'edited', changes);
  end if;
  return null;
end;
$$;

-- Indexes ----------------------------------------------------------------------------------------
create index applications_search_idx on public.applications using gin (search);
create index applications_updated_at_keyset_idx on public.applications (updated_at, id);
create index applications_title_keyset_idx on public.applications (title, id);
create index applications_requested_keyset_idx on public.applications (requested_cents, id);
create index applications_granted_keyset_idx on public.applications (granted_cents, id);
create index applications_period_start_keyset_idx on public.applications (period_start, id);
create index applications_status_updated_at_idx on public.applications (status, updated_at, id);

-- Policies ---------------------------------------------------------------------------------------
alter policy "members see their organisation's applications, staff see all"
  on public.applications
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));
