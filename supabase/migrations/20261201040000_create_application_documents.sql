-- Adds files through the Storage API to the directory and the grant tracker:
-- * organisations.logo_path (20261201010000) may name only a file in the organisation's own folder
--   of the public `logos` bucket (`<organisation_id>/logo-<random>.<ext>`), whether a member of a
--   draft sets it or an approved revision does: nobody points their entry at another's file;
-- * application_documents: the documents attached to an application (proposal, Bescheid,
--   reports) in the private `documents` bucket under `applications/<application_id>/…`, each one
--   logged in the application's activity log. Office staff add them; nobody changes or deletes
--   them through the API (they are part of the record, like the log);
-- * a storage policy that lets the members of an application's organisation read the files under
--   that application's folder, decided by the application, not by a folder name: a document stays
--   with its application. Staff read and write every document already (20261130150000).

-- Logos ------------------------------------------------------------------------------------------
alter table public.organisations add constraint organisations_logo_path_own_folder
  check (logo_path ~ ('^' || id::text || '/logo-[a-z0-9]{8}\.(webp|png|jpg)$'));

-- Types ------------------------------------------------------------------------------------------
create type public.application_document_kind as enum ('proposal', 'decision', 'report', 'other');

-- Tables -----------------------------------------------------------------------------------------
create table public.application_documents (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  kind public.application_document_kind not null,
  -- The name the file had on the uploader's computer, shown and offered on download.
  file_name text not null check (length(file_name) between 1 and 255),
  object_path text not null unique
    check (object_path like 'applications/' || application_id::text || '/%'),
  content_type text not null check (length(content_type) between 3 and 255),
  size_bytes bigint not null check (size_bytes > 0),
  -- Who and when come from the request, never from the client.
  uploaded_by uuid default auth.uid(),
  uploaded_at timestamptz not null default now()
);
comment on table public.application_documents is
  'Documents attached to an application (proposal, Bescheid, reports): files in the private `documents` bucket.';

create index application_documents_application_id_idx
  on public.application_documents (application_id, uploaded_at);

-- Functions --------------------------------------------------------------------------------------
-- Every document is an entry in the application's log, with its name as the entry's text.
create or replace function private.log_application_document() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.application_activities (application_id, kind, note, details)
  values (
    new.application_id,
    'document',
    new.file_name,
    jsonb_build_object('document', new.id, 'kind', new.kind)
  );
  return null;
end;
$$;
comment on function private.log_application_document() is
  'Adds a document''s upload to its application''s activity log, as the uploader, now.';

create trigger application_documents_log
  after insert on public.application_documents
  for each row execute function private.log_application_document();

-- Whether the requesting user may read files under `applications/<id>/…`: staff, and members of
-- the application's organisation. A key whose second folder is no uuid names no application.
create or replace function private.can_read_application_file(object_name text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select (storage.foldername(object_name))[1] = 'applications'
    and (storage.foldername(object_name))[2]
      ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    and exists (
      select 1 from public.applications a
      where a.id = ((storage.foldername(object_name))[2])::uuid
        and (
          (select private.is_office_staff())
          or a.organisation_id in (select private.member_organisation_ids())
        )
    )
$$;
comment on function private.can_read_application_file(text) is
  'Whether the requesting user may read a file in an application''s folder of the documents bucket.';

revoke execute on function private.log_application_document() from public;
revoke execute on function private.can_read_application_file(text) from public;
grant execute on function private.can_read_application_file(text) to authenticated, service_role;

-- Policies ---------------------------------------------------------------------------------------
alter table public.application_documents enable row level security;

-- The subquery reads applications under the reader's own policy: members see their own.
create policy "documents of visible applications are visible"
  on public.application_documents for select to authenticated
  using (
    (select private.is_office_staff())
    or application_id in (select id from public.applications)
  );

-- Only a file that is already in the documents bucket can be recorded.
create policy "office staff record uploaded documents"
  on public.application_documents for insert to authenticated
  with check (
    (select private.is_office_staff())
    and exists (
      select 1 from storage.objects o where o.bucket_id = 'documents' and o.name = object_path
    )
  );

create policy "members read their organisation's application documents"
  on storage.objects for select to authenticated
  using (bucket_id = 'documents' and private.can_read_application_file(name));

-- Grants -----------------------------------------------------------------------------------------
grant select on public.application_documents to authenticated, service_role;
grant insert (application_id, kind, file_name, object_path, content_type, size_bytes)
  on public.application_documents to authenticated, service_role;
