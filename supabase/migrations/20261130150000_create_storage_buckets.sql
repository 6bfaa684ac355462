-- Adds the two file buckets and who may use them, through the Supabase Storage API:
-- `logos` (public read, 1 MiB, PNG/JPEG/WebP): members write their organisation's logo under
-- `<organisation_id>/…`, office staff anything; `documents` (private, 20 MiB, PDF, office files,
-- images): office staff read and write, members read their organisation's `<organisation_id>/…`
-- (application documents the grant tracker attaches). The storage schema itself is Supabase's
-- (on the embedded stack, stack/sql/storage.sql); this only adds rows and policies.
-- Public reads of `logos` go through `/object/public/…`, which no policy decides; listing buckets
-- needs a policy on storage.buckets, and there is none: only the service role sees them.

-- Buckets ----------------------------------------------------------------------------------------
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values
  ('logos', 'logos', true, 1048576, array['image/png', 'image/jpeg', 'image/webp']),
  ('documents', 'documents', false, 20971520, array[
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.ms-powerpoint',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
    'image/png',
    'image/jpeg',
    'image/webp'
  ])
on conflict (id) do update set
  public = excluded.public,
  file_size_limit = excluded.file_size_limit,
  allowed_mime_types = excluded.allowed_mime_types;

-- Policies: logos --------------------------------------------------------------------------------
-- The first folder of a key is the organisation's id; members may use their organisations'
-- folders, staff every folder. Upsert and remove also need select, so members see their own.
create policy "members and staff see logos of their organisations"
  on storage.objects for select to authenticated
  using (
    bucket_id = 'logos' and (
      (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
      or (select private.is_office_staff())
    )
  );

create policy "members and staff upload logos of their organisations"
  on storage.objects for insert to authenticated
  with check (
    bucket_id = 'logos' and (
      (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
      or (select private.is_office_staff())
    )
  );

create policy "members and staff replace logos of their organisations"
  on storage.objects for update to authenticated
  using (
    bucket_id = 'logos' and (
      (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
      or (select private.is_office_staff())
    )
  )
  with check (
    bucket_id = 'logos' and (
      (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
      or (select private.is_office_staff())
    )
  );

create policy "members and staff remove logos of their organisations"
  on storage.objects for delete to authenticated
  using (
    bucket_id = 'logos' and (
      (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
      or (select private.is_office_staff())
    )
  );

-- Policies: documents ----------------------------------------------------------------------------
create policy "staff and the organisation's members read documents"
  on storage.objects for select to authenticated
  using (
    bucket_id = 'documents' and (
      (select private.is_office_staff())
      or (storage.foldername(name))[1] in (select id::text from private.member_organisation_ids() as id)
    )
  );

create policy "staff upload documents"
  on storage.objects for insert to authenticated
  with check (bucket_id = 'documents' and (select private.is_office_staff()));

create policy "staff replace documents"
  on storage.objects for update to authenticated
  using (bucket_id = 'documents' and (select private.is_office_staff()))
  with check (bucket_id = 'documents' and (select private.is_office_staff()));

create policy "staff remove documents"
  on storage.objects for delete to authenticated
  using (bucket_id = 'documents' and (select private.is_office_staff()));
