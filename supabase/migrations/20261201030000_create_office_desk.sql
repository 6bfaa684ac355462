-- Adds the office's directory desk in the database: publishing, archiving and restoring an
-- organisation through one function that checks the caller is office staff and that the step is
-- one the status machine allows (src/lib/domain/organisation-status.ts mirrors it), and declining
-- a "please list us" request with a reason, which also archives the request's draft so that it
-- leaves the drafts without being deleted.
--
-- Status steps (from → to):
--   draft     → published   publish
--   draft     → archived    archive (e.g. a request that was declined)
--   published → archived    archive
--   archived  → draft       restore: back as a draft, to be checked and published again

-- Columns ----------------------------------------------------------------------------------------
alter table public.join_requests
  add column decline_reason text check (length(decline_reason) between 1 and 2000);
comment on column public.join_requests.decline_reason is
  'Why the office declined the request: sent to the requester in their language.';

-- Functions --------------------------------------------------------------------------------------
create or replace function public.set_organisation_status(
  organisation uuid,
  status public.publication_status
) returns public.publication_status
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  current_status public.publication_status;
begin
  if not private.is_office_staff() then
    raise exception 'only office staff publish, archive or restore an organisation'
      using errcode = '42501';
  end if;
  select o.status into current_status from public.organisations o where o.id = organisation
  for update;
  if current_status is null then
    raise exception 'no organisation %', organisation using errcode = 'P0002';
  end if;
  if (current_status, status) not in (
    ('draft'::public.publication_status, 'published'::public.publication_status),
    ('draft', 'archived'),
    ('published', 'archived'),
    ('archived', 'draft')
  ) then
    raise exception 'an organisation does not go from % to %', current_status, status
      using errcode = '22023';
  end if;
  update public.organisations o set status = set_organisation_status.status
  where o.id = organisation;
  return status;
end;
$$;
comment on function public.set_organisation_status(uuid, public.publication_status) is
  'Office staff publish, archive or restore an organisation: draft → published | archived, published → archived, archived → draft.';

create or replace function public.decline_join_request(request uuid, reason text)
returns timestamptz
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  draft uuid;
  decided timestamptz;
begin
  if not private.is_office_staff() then
    raise exception 'only office staff decide join requests' using errcode = '42501';
  end if;
  if coalesce(btrim(reason), '') = '' then
    raise exception 'a declined request needs a reason' using errcode = '22023';
  end if;
  update public.join_requests r
  set status = 'declined', decided_at = now(), decline_reason = btrim(reason)
  where r.id = request and r.status = 'open'
  returning r.organisation_id, r.decided_at into draft, decided;
  if decided is null then
    raise exception 'no open join request %', request using errcode = 'P0002';
  end if;
  -- The draft stays (the office may want it later) but leaves the drafts list.
  update public.organisations o set status = 'archived'
  where o.id = draft and o.status = 'draft';
  return decided;
end;
$$;
comment on function public.decline_join_request(uuid, text) is
  'Office staff decline an open join request with a reason; its draft organisation is archived.';

revoke execute on function public.set_organisation_status(uuid, public.publication_status) from public;
revoke execute on function public.decline_join_request(uuid, text) from public;
grant execute on function public.set_organisation_status(uuid, public.publication_status)
  to authenticated, service_role;
grant execute on function public.decline_join_request(uuid, text) to authenticated, service_role;

-- Indexes ----------------------------------------------------------------------------------------
-- The desk filters by kind and sorts by the confirmation date.
create index if not exists organisations_kind_idx on public.organisations (kind);
create index if not exists organisations_last_confirmed_at_idx
  on public.organisations (last_confirmed_at);
