-- Adds clearing and history to the directory (issue #10, points 6, 7, 8 and 11).
--
-- Revisions: a member changes an entry through a working copy (public.entry_revisions.proposed,
-- the whole entry as one JSON snapshot), submits it, and office staff approve it (the snapshot is
-- written to the live tables in one transaction) or reject it with a reason. A new organisation's
-- first publication goes the same way. `base` keeps the live entry as it was when the working copy
-- was opened, so the review shows old → new. `version` guards against two people overwriting each
-- other: a save names the version it started from and is refused when another save came first.
--
-- Live rows: members may no longer write a published (or archived) entry's rows directly; the
-- public keeps seeing the approved version until the office approves. A draft's rows stay the
-- members' to write. Office staff write live data directly, recorded as theirs.
--
-- History: public.directory_history, filled by triggers on every directory table, with who, when,
-- old and new values. Nobody inserts, changes or deletes it through the API.
--
-- Also: contacts get "show publicly" (a hidden contact is for the office only), organisations the
-- storage key of their logo (bucket `logos`).

-- Columns ----------------------------------------------------------------------------------------
alter table public.contacts
  add column show_publicly boolean not null default true;
comment on column public.contacts.show_publicly is
  'Whether visitors see this contact; a hidden contact is for the organisation and the office only.';

alter table public.organisations
  add column logo_path text check (length(logo_path) between 1 and 300 and logo_path !~ '\.\.');
comment on column public.organisations.logo_path is 'Object key of the organisation''s logo in the storage bucket `logos`.';

-- Types ------------------------------------------------------------------------------------------
create type public.revision_status as enum ('open', 'submitted', 'approved', 'rejected', 'withdrawn');

-- Tables -----------------------------------------------------------------------------------------
create table public.entry_revisions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  status public.revision_status not null default 'open',
  proposed jsonb not null check (jsonb_typeof(proposed) = 'object'),
  base jsonb not null check (jsonb_typeof(base) = 'object'),
  version integer not null default 1 check (version >= 1),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  decision_reason text check (length(trim(decision_reason)) between 1 and 2000),
  check (status <> 'rejected' or decision_reason is not null)
);
comment on table public.entry_revisions is
  'Proposed changes to an organisation''s directory entry (clearing): a working copy members edit and submit, which office staff approve (written to the live tables) or reject with a reason.';
comment on column public.entry_revisions.proposed is 'The whole entry as it will be after approval (see src/lib/domain/entry-snapshot.ts).';
comment on column public.entry_revisions.base is 'The live entry when the working copy was opened: the review''s "old" side.';
comment on column public.entry_revisions.version is 'Raised by every save; a save naming an older version is refused (concurrent edits).';

-- One working copy per organisation: two would overwrite each other at approval.
create unique index entry_revisions_one_pending_idx on public.entry_revisions (organisation_id)
  where status in ('open', 'submitted');
create index entry_revisions_organisation_id_idx on public.entry_revisions (organisation_id, created_at desc);
create index entry_revisions_queue_idx on public.entry_revisions (submitted_at) where status = 'submitted';

create table public.directory_history (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  -- No foreign key: the record outlives the account and the organisation.
  actor_id uuid,
  actor_role text not null check (actor_role in ('staff', 'member', 'system')),
  table_name text not null,
  operation text not null check (operation in ('insert', 'update', 'delete')),
  row_id uuid,
  organisation_id uuid not null,
  -- Set when the change is an approved revision being applied.
  revision_id uuid,
  old_values jsonb,
  new_values jsonb
);
comment on table public.directory_history is
  'Every change to directory data (who, when, old and new values), written by triggers; append-only, readable by the organisation''s members and office staff.';
create index directory_history_organisation_idx on public.directory_history (organisation_id, occurred_at desc, id desc);

-- Functions: who may change live rows ------------------------------------------------------------
create or replace function private.can_change_live(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff where user_id = (select auth.uid()))
    or exists (
      select 1 from public.organisation_members m
      join public.organisations o on o.id = m.organisation_id
      where m.organisation_id = organisation and m.user_id = (select auth.uid()) and o.status = 'draft'
    )
$$;
comment on function private.can_change_live(uuid) is
  'Whether the requesting user may write the organisation''s live directory rows: office staff always, its members while it is a draft (a published entry changes through a revision).';

-- Functions: history -----------------------------------------------------------------------------
create or replace function private.record_directory_history() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  any_row jsonb := coalesce(new_row, old_row);
  actor uuid := auth.uid();
begin
  -- An upsert that changes nothing but the timestamp is no change.
  if tg_op = 'UPDATE' and (old_row - 'updated_at') = (new_row - 'updated_at') then
    return null;
  end if;
  insert into public.directory_history (
    actor_id, actor_role, table_name, operation, row_id, organisation_id, revision_id,
    old_values, new_values
  ) values (
    actor,
    case when actor is null then 'system' when private.is_office_staff() then 'staff' else 'member' end,
    tg_table_name,
    lower(tg_op),
    (any_row ->> 'id')::uuid,
    case when tg_table_name = 'organisations' then (any_row ->> 'id')::uuid
      else (any_row ->> 'organisation_id')::uuid end,
    nullif(current_setting('buendnisatlas.revision_id', true), '')::uuid,
    old_row,
    new_row
  );
  return null;
end;
$$;
comment on function private.record_directory_history() is
  'Trigger function: appends the change (who, when, old, new) to public.directory_history.';

-- Functions: the entry as one snapshot -----------------------------------------------------------
create or replace function private.entry_snapshot(p_organisation uuid) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'profile', jsonb_build_object(
      'name', o.name,
      'short_name', o.short_name,
      'kind', o.kind,
      'description', o.description,
      'website', o.website,
      'email', o.email,
      'phone', o.phone,
      'legal_form', o.legal_form,
      'term_ids', coalesce((
        select jsonb_agg(t.taxonomy_term_id order by t.taxonomy_term_id)
        from public.organisation_taxonomy_terms t where t.organisation_id = o.id
      ), '[]'::jsonb)
    ),
    'texts', coalesce((
      select jsonb_agg(jsonb_build_object(
        'field', tr.field, 'language', tr.language, 'text', tr.text, 'provenance', tr.provenance
      ) order by tr.language, tr.field)
      from public.translations tr where tr.organisation_id = o.id and tr.service_id is null
    ), '[]'::jsonb),
    'services', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', s.id,
        'name', s.name,
        'description', s.description,
        'eligibility_description', s.eligibility_description,
        'application_process', s.application_process,
        'fees_description', s.fees_description,
        'free_of_charge', s.free_of_charge,
        'anonymous_possible', s.anonymous_possible,
        'appointment_required', s.appointment_required,
        'interpreter_on_request', s.interpreter_on_request,
        'access_modes', to_jsonb(s.access_modes),
        'url', s.url,
        'email', s.email,
        'phone', s.phone,
        'languages', coalesce((
          select jsonb_agg(l.language order by l.language)
          from public.service_languages l where l.service_id = s.id
        ), '[]'::jsonb),
        'term_ids', coalesce((
          select jsonb_agg(t.taxonomy_term_id order by t.taxonomy_term_id)
          from public.service_taxonomy_terms t where t.service_id = s.id
        ), '[]'::jsonb),
        'location_ids', coalesce((
          select jsonb_agg(sl.location_id order by sl.location_id)
          from public.service_locations sl where sl.service_id = s.id
        ), '[]'::jsonb),
        'texts', coalesce((
          select jsonb_agg(jsonb_build_object(
            'field', tr.field, 'language', tr.language, 'text', tr.text, 'provenance', tr.provenance
          ) order by tr.language, tr.field)
          from public.translations tr where tr.service_id = s.id
        ), '[]'::jsonb)
      ) order by s.name, s.id)
      from public.services s where s.organisation_id = o.id
    ), '[]'::jsonb),
    'locations', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', l.id,
        'name', l.name,
        'description', l.description,
        'address_1', l.address_1,
        'address_2', l.address_2,
        'postal_code', l.postal_code,
        'city', l.city,
        'district_id', l.district_id,
        'latitude', l.latitude,
        'longitude', l.longitude,
        'visibility', l.visibility,
        'wheelchair_accessible', l.wheelchair_accessible,
        'accessible_toilet', l.accessible_toilet,
        'hearing_loop', l.hearing_loop,
        'accessibility_notes', l.accessibility_notes,
        'transportation', l.transportation
      ) order by l.name, l.id)
      from public.locations l where l.organisation_id = o.id
    ), '[]'::jsonb),
    'hours', jsonb_build_object(
      'slots', coalesce((
        select jsonb_agg(jsonb_build_object(
          'id', h.id,
          'location_id', h.location_id,
          'service_id', h.service_id,
          'weekday', h.weekday,
          'opens_at', to_char(h.opens_at, 'HH24:MI'),
          'closes_at', to_char(h.closes_at, 'HH24:MI'),
          'appointment_only', h.appointment_only,
          'description', h.description
        ) order by h.weekday, h.opens_at, h.id)
        from public.schedules h where h.organisation_id = o.id
      ), '[]'::jsonb),
      'exceptions', coalesce((
        select jsonb_agg(jsonb_build_object(
          'id', e.id,
          'location_id', e.location_id,
          'service_id', e.service_id,
          'starts_on', e.starts_on,
          'ends_on', e.ends_on,
          'closed', e.closed,
          'opens_at', to_char(e.opens_at, 'HH24:MI'),
          'closes_at', to_char(e.closes_at, 'HH24:MI'),
          'description', e.description
        ) order by e.starts_on, e.id)
        from public.schedule_exceptions e where e.organisation_id = o.id
      ), '[]'::jsonb)
    ),
    'contacts', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', c.id,
        'service_id', c.service_id,
        'name', c.name,
        'title', c.title,
        'email', c.email,
        'phone', c.phone,
        'show_publicly', c.show_publicly
      ) order by c.name, c.id)
      from public.contacts c where c.organisation_id = o.id
    ), '[]'::jsonb),
    'logo', jsonb_build_object('path', o.logo_path)
  )
  from public.organisations o
  where o.id = p_organisation
$$;
comment on function private.entry_snapshot(uuid) is
  'The organisation''s live directory entry as one JSON snapshot (the shape of entry_revisions.proposed).';

-- Writes a snapshot to the live tables: rows it no longer names are deleted, the others upserted
-- by id, so the history shows an edit as an update rather than a delete and an insert.
create or replace function private.apply_entry_snapshot(p_organisation uuid, p_snapshot jsonb) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_profile jsonb := p_snapshot -> 'profile';
  v_services jsonb := coalesce(p_snapshot -> 'services', '[]'::jsonb);
  v_locations jsonb := coalesce(p_snapshot -> 'locations', '[]'::jsonb);
  v_slots jsonb := coalesce(p_snapshot -> 'hours' -> 'slots', '[]'::jsonb);
  v_exceptions jsonb := coalesce(p_snapshot -> 'hours' -> 'exceptions', '[]'::jsonb);
  v_contacts jsonb := coalesce(p_snapshot -> 'contacts', '[]'::jsonb);
  v_texts jsonb := coalesce(p_snapshot -> 'texts', '[]'::jsonb);
begin
  if jsonb_typeof(v_profile) is distinct from 'object'
     or jsonb_typeof(v_services) <> 'array' or jsonb_typeof(v_locations) <> 'array'
     or jsonb_typeof(v_slots) <> 'array' or jsonb_typeof(v_exceptions) <> 'array'
     or jsonb_typeof(v_contacts) <> 'array' or jsonb_typeof(v_texts) <> 'array' then
    raise exception 'the entry snapshot is malformed' using errcode = '22023';
  end if;

  -- A snapshot cannot take over another organisation's rows by naming their ids.
  if exists (select 1 from public.services where organisation_id <> p_organisation
               and id in (select (e ->> 'id')::uuid from jsonb_array_elements(v_services) e))
     or exists (select 1 from public.locations where organisation_id <> p_organisation
               and id in (select (e ->> 'id')::uuid from jsonb_array_elements(v_locations) e))
     or exists (select 1 from public.schedules where organisation_id <> p_organisation
               and id in (select (e ->> 'id')::uuid from jsonb_array_elements(v_slots) e))
     or exists (select 1 from public.schedule_exceptions where organisation_id <> p_organisation
               and id in (select (e ->> 'id')::uuid from jsonb_array_elements(v_exceptions) e))
     or exists (select 1 from public.contacts where organisation_id <> p_organisation
               and id in (select (e ->> 'id')::uuid from jsonb_array_elements(v_contacts) e)) then
    raise exception 'the entry names a row of another organisation' using errcode = '42501';
  end if;

  update public.organisations o set
    name = v_profile ->> 'name',
    short_name = v_profile ->> 'short_name',
    kind = (v_profile ->> 'kind')::public.organisation_kind,
    description = v_profile ->> 'description',
    website = v_profile ->> 'website',
    email = v_profile ->> 'email',
    phone = v_profile ->> 'phone',
    legal_form = v_profile ->> 'legal_form',
    logo_path = p_snapshot -> 'logo' ->> 'path'
  where o.id = p_organisation;

  delete from public.organisation_taxonomy_terms t
  where t.organisation_id = p_organisation
    and t.taxonomy_term_id not in (
      select v::uuid from jsonb_array_elements_text(coalesce(v_profile -> 'term_ids', '[]')) v);
  insert into public.organisation_taxonomy_terms (organisation_id, taxonomy_term_id)
  select p_organisation, v::uuid from jsonb_array_elements_text(coalesce(v_profile -> 'term_ids', '[]')) v
  on conflict do nothing;

  -- Removed services and places take their hours, links, contacts and texts with them.
  delete from public.services s where s.organisation_id = p_organisation
    and s.id not in (select (e ->> 'id')::uuid from jsonb_array_elements(v_services) e);
  delete from public.locations l where l.organisation_id = p_organisation
    and l.id not in (select (e ->> 'id')::uuid from jsonb_array_elements(v_locations) e);

  insert into public.locations (
    id, organisation_id, name, description, address_1, address_2, postal_code, city, district_id,
    latitude, longitude, visibility, wheelchair_accessible, accessible_toilet, hearing_loop,
    accessibility_notes, transportation
  )
  select r.id, p_organisation, r.name, r.description, r.address_1, r.address_2, r.postal_code,
    coalesce(r.city, 'Kassel'), r.district_id, r.latitude, r.longitude, coalesce(r.visibility, 'exact'),
    r.wheelchair_accessible, r.accessible_toilet, r.hearing_loop, r.accessibility_notes, r.transportation
  from jsonb_populate_recordset(null::public.locations, v_locations) r
  on conflict (id) do update set
    name = excluded.name, description = excluded.description, address_1 = excluded.address_1,
    address_2 = excluded.address_2, postal_code = excluded.postal_code, city = excluded.city,
    district_id = excluded.district_id, latitude = excluded.latitude, longitude = excluded.longitude,
    visibility = excluded.visibility, wheelchair_accessible = excluded.wheelchair_accessible,
    accessible_toilet = excluded.accessible_toilet, hearing_loop = excluded.hearing_loop,
    accessibility_notes = excluded.accessibility_notes, transportation = excluded.transportation;

  insert into public.services (
    id, organisation_id, name, description, eligibility_description, application_process,
    fees_description, free_of_charge, anonymous_possible, appointment_required,
    interpreter_on_request, access_modes, url, email, phone
  )
  select r.id, p_organisation, r.name, r.description, r.eligibility_description, r.application_process,
    r.fees_description, coalesce(r.free_of_charge, true), coalesce(r.anonymous_possible, false),
    coalesce(r.appointment_required, false), coalesce(r.interpreter_on_request, false),
    coalesce(r.access_modes, '{}'), r.url, r.email, r.phone
  from jsonb_populate_recordset(null::public.services, v_services) r
  on conflict (id) do update set
    name = excluded.name, description = excluded.description,
    eligibility_description = excluded.eligibility_description,
    application_process = excluded.application_process, fees_description = excluded.fees_description,
    free_of_charge = excluded.free_of_charge, anonymous_possible = excluded.anonymous_possible,
    appointment_required = excluded.appointment_required,
    interpreter_on_request = excluded.interpreter_on_request, access_modes = excluded.access_modes,
    url = excluded.url, email = excluded.email, phone = excluded.phone;

  -- What hangs off each service: languages, terms, places.
  delete from public.service_languages x where x.organisation_id = p_organisation
    and (x.service_id, x.language) not in (
      select (e ->> 'id')::uuid, v from jsonb_array_elements(v_services) e,
        jsonb_array_elements_text(coalesce(e -> 'languages', '[]')) v);
  insert into public.service_languages (organisation_id, service_id, language)
  select p_organisation, (e ->> 'id')::uuid, v from jsonb_array_elements(v_services) e,
    jsonb_array_elements_text(coalesce(e -> 'languages', '[]')) v
  on conflict do nothing;

  delete from public.service_taxonomy_terms x where x.organisation_id = p_organisation
    and (x.service_id, x.taxonomy_term_id) not in (
      select (e ->> 'id')::uuid, v::uuid from jsonb_array_elements(v_services) e,
        jsonb_array_elements_text(coalesce(e -> 'term_ids', '[]')) v);
  insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
  select p_organisation, (e ->> 'id')::uuid, v::uuid from jsonb_array_elements(v_services) e,
    jsonb_array_elements_text(coalesce(e -> 'term_ids', '[]')) v
  on conflict do nothing;

  delete from public.service_locations x where x.organisation_id = p_organisation
    and (x.service_id, x.location_id) not in (
      select (e ->> 'id')::uuid, v::uuid from jsonb_array_elements(v_services) e,
        jsonb_array_elements_text(coalesce(e -> 'location_ids', '[]')) v);
  insert into public.service_locations (organisation_id, service_id, location_id)
  select p_organisation, (e ->> 'id')::uuid, v::uuid from jsonb_array_elements(v_services) e,
    jsonb_array_elements_text(coalesce(e -> 'location_ids', '[]')) v
  on conflict do nothing;

  -- Texts in further languages: the organisation's and its services'.
  with wanted as (
    select null::uuid as service_id, t ->> 'field' as field, t ->> 'language' as language,
      t ->> 'text' as text, coalesce(t ->> 'provenance', 'written_by_organisation') as provenance
    from jsonb_array_elements(v_texts) t
    union all
    select (e ->> 'id')::uuid, t ->> 'field', t ->> 'language', t ->> 'text',
      coalesce(t ->> 'provenance', 'written_by_organisation')
    from jsonb_array_elements(v_services) e, jsonb_array_elements(coalesce(e -> 'texts', '[]')) t
  ), removed as (
    delete from public.translations tr
    where tr.organisation_id = p_organisation
      and not exists (
        select 1 from wanted w
        where w.service_id is not distinct from tr.service_id
          and w.field = tr.field and w.language = tr.language)
  )
  insert into public.translations (organisation_id, service_id, field, language, text, provenance)
  select p_organisation, w.service_id, w.field, w.language, w.text, w.provenance::public.text_provenance
  from wanted w
  on conflict (organisation_id, service_id, field, language) do update set
    text = excluded.text, provenance = excluded.provenance;

  delete from public.schedules h where h.organisation_id = p_organisation
    and h.id not in (select (e ->> 'id')::uuid from jsonb_array_elements(v_slots) e);
  insert into public.schedules (
    id, organisation_id, location_id, service_id, weekday, opens_at, closes_at, appointment_only, description
  )
  select r.id, p_organisation, r.location_id, r.service_id, r.weekday, r.opens_at, r.closes_at,
    coalesce(r.appointment_only, false), r.description
  from jsonb_populate_recordset(null::public.schedules, v_slots) r
  on conflict (id) do update set
    location_id = excluded.location_id, service_id = excluded.service_id, weekday = excluded.weekday,
    opens_at = excluded.opens_at, closes_at = excluded.closes_at,
    appointment_only = excluded.appointment_only, description = excluded.description;

  delete from public.schedule_exceptions h where h.organisation_id = p_organisation
    and h.id not in (select (e ->> 'id')::uuid from jsonb_array_elements(v_exceptions) e);
  insert into public.schedule_exceptions (
    id, organisation_id, location_id, service_id, starts_on, ends_on, closed, opens_at, closes_at, description
  )
  select r.id, p_organisation, r.location_id, r.service_id, r.starts_on, r.ends_on,
    coalesce(r.closed, true), r.opens_at, r.closes_at, r.description
  from jsonb_populate_recordset(null::public.schedule_exceptions, v_exceptions) r
  on conflict (id) do update set
    location_id = excluded.location_id, service_id = excluded.service_id,
    starts_on = excluded.starts_on, ends_on = excluded.ends_on, closed = excluded.closed,
    opens_at = excluded.opens_at, closes_at = excluded.closes_at, description = excluded.description;

  delete from public.contacts c where c.organisation_id = p_organisation
    and c.id not in (select (e ->> 'id')::uuid from jsonb_array_elements(v_contacts) e);
  insert into public.contacts (id, organisation_id, service_id, name, title, email, phone, show_publicly)
  select r.id, p_organisation, r.service_id, r.name, r.title, r.email, r.phone, coalesce(r.show_publicly, true)
  from jsonb_populate_recordset(null::public.contacts, v_contacts) r
  on conflict (id) do update set
    service_id = excluded.service_id, name = excluded.name, title = excluded.title,
    email = excluded.email, phone = excluded.phone, show_publicly = excluded.show_publicly;
end;
$$;
comment on function private.apply_entry_snapshot(uuid, jsonb) is
  'Writes an entry snapshot to the organisation''s live directory rows (deletes what it no longer names, upserts the rest).';

-- Checks a snapshot against every constraint of the live tables without keeping anything: the
-- block's savepoint is rolled back by the closing exception. A save thus fails with the database's
-- own error (a field too long, an end before a start), never later at approval.
create or replace function private.check_entry_snapshot(p_organisation uuid, p_snapshot jsonb) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  begin
    perform private.apply_entry_snapshot(p_organisation, p_snapshot);
    raise exception 'entry snapshot checked' using errcode = 'BA000';
  exception when sqlstate 'BA000' then
    null;
  end;
end;
$$;
comment on function private.check_entry_snapshot(uuid, jsonb) is
  'Raises the error the live tables would raise for this snapshot; writes nothing.';

-- Functions: the revision workflow (the API) ----------------------------------------------------
create or replace function public.entry_working_copy(p_organisation uuid) returns public.entry_revisions
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  revision public.entry_revisions;
  live jsonb;
  latest public.entry_revisions;
begin
  if p_organisation is null or not private.can_edit(p_organisation) then
    raise exception 'only the organisation''s members and office staff edit its entry'
      using errcode = '42501';
  end if;
  select * into revision from public.entry_revisions r
  where r.organisation_id = p_organisation and r.status in ('open', 'submitted');
  if found then
    return revision;
  end if;
  live := private.entry_snapshot(p_organisation);
  if live is null then
    raise exception 'no organisation %', p_organisation using errcode = 'P0002';
  end if;
  -- After a rejection the members carry on from what they proposed, not from scratch.
  select * into latest from public.entry_revisions r
  where r.organisation_id = p_organisation order by r.created_at desc limit 1;
  insert into public.entry_revisions (organisation_id, proposed, base, created_by, updated_by)
  values (
    p_organisation,
    case when latest.status = 'rejected' then latest.proposed else live end,
    live,
    auth.uid(),
    auth.uid()
  )
  on conflict do nothing
  returning * into revision;
  if revision.id is null then
    -- Another request opened it at the same moment.
    select * into revision from public.entry_revisions r
    where r.organisation_id = p_organisation and r.status in ('open', 'submitted');
  end if;
  return revision;
end;
$$;
comment on function public.entry_working_copy(uuid) is
  'The organisation''s open (or submitted) revision, opened from the live entry if there is none; for its members and office staff.';

create or replace function public.save_entry_section(
  p_revision uuid, p_section text, p_value jsonb, p_expected_version integer
) returns public.entry_revisions
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  revision public.entry_revisions;
  expected_type text := case p_section
    when 'profile' then 'object' when 'hours' then 'object' when 'logo' then 'object'
    when 'texts' then 'array' when 'services' then 'array' when 'locations' then 'array'
    when 'contacts' then 'array' end;
  v_proposed jsonb;
begin
  select * into revision from public.entry_revisions r where r.id = p_revision for update;
  if not found or not private.can_edit(revision.organisation_id) then
    raise exception 'only the organisation''s members and office staff edit its entry'
      using errcode = '42501';
  end if;
  if revision.status not in ('open', 'submitted') then
    raise exception 'this revision is closed' using errcode = '55000';
  end if;
  if expected_type is null or jsonb_typeof(p_value) is distinct from expected_type then
    raise exception 'unknown section or malformed value: %', p_section using errcode = '22023';
  end if;
  if p_expected_version is distinct from revision.version then
    raise exception 'entry_revision_version_conflict'
      using errcode = 'PT409',
        detail = format('expected version %s, current version %s', p_expected_version, revision.version),
        hint = 'Reload the working copy, compare, and save again.';
  end if;
  v_proposed := jsonb_set(revision.proposed, array[p_section], p_value);
  perform private.check_entry_snapshot(revision.organisation_id, v_proposed);
  -- A change after submitting takes the revision back out of the queue until it is submitted again.
  update public.entry_revisions r set
    proposed = v_proposed,
    version = r.version + 1,
    status = 'open',
    submitted_at = null,
    updated_by = auth.uid(),
    updated_at = now()
  where r.id = p_revision
  returning * into revision;
  return revision;
end;
$$;
comment on function public.save_entry_section(uuid, text, jsonb, integer) is
  'Saves one section (profile, texts, services, locations, hours, contacts, logo) of a working copy; refused with PT409 when p_expected_version is not the current version.';

create or replace function public.submit_entry_revision(p_revision uuid) returns public.entry_revisions
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  revision public.entry_revisions;
begin
  select * into revision from public.entry_revisions r where r.id = p_revision for update;
  if not found or not private.can_edit(revision.organisation_id) then
    raise exception 'only the organisation''s members and office staff submit its entry'
      using errcode = '42501';
  end if;
  if revision.status <> 'open' then
    raise exception 'only an open revision can be submitted' using errcode = '55000';
  end if;
  update public.entry_revisions r set
    status = 'submitted', submitted_at = now(), updated_by = auth.uid(), updated_at = now()
  where r.id = p_revision
  returning * into revision;
  return revision;
end;
$$;
comment on function public.submit_entry_revision(uuid) is 'Puts an open revision in the office''s review queue.';

create or replace function public.approve_entry_revision(p_revision uuid) returns public.entry_revisions
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  revision public.entry_revisions;
begin
  if not private.is_office_staff() then
    raise exception 'only office staff approve revisions' using errcode = '42501';
  end if;
  select * into revision from public.entry_revisions r where r.id = p_revision for update;
  if not found then
    raise exception 'no revision %', p_revision using errcode = 'P0002';
  end if;
  if revision.status <> 'submitted' then
    raise exception 'only a submitted revision can be approved' using errcode = '55000';
  end if;
  -- The history records these writes as this revision's.
  perform set_config('buendnisatlas.revision_id', revision.id::text, true);
  perform private.apply_entry_snapshot(revision.organisation_id, revision.proposed);
  -- A draft's first approval is its publication.
  update public.organisations o set status = 'published'
  where o.id = revision.organisation_id and o.status = 'draft';
  perform set_config('buendnisatlas.revision_id', '', true);
  update public.entry_revisions r set
    status = 'approved', decided_by = auth.uid(), decided_at = now(), version = r.version + 1
  where r.id = p_revision
  returning * into revision;
  return revision;
end;
$$;
comment on function public.approve_entry_revision(uuid) is
  'Office staff approve a submitted revision: its snapshot becomes the live entry (a draft is published), in one transaction.';

create or replace function public.reject_entry_revision(p_revision uuid, p_reason text) returns public.entry_revisions
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  revision public.entry_revisions;
begin
  if not private.is_office_staff() then
    raise exception 'only office staff reject revisions' using errcode = '42501';
  end if;
  if p_reason is null or length(trim(p_reason)) not between 1 and 2000 then
    raise exception 'a rejection needs a reason of at most 2000 characters' using errcode = '22023';
  end if;
  select * into revision from public.entry_revisions r where r.id = p_revision for update;
  if not found then
    raise exception 'no revision %', p_revision using errcode = 'P0002';
  end if;
  if revision.status <> 'submitted' then
    raise exception 'only a submitted revision can be rejected' using errcode = '55000';
  end if;
  update public.entry_revisions r set
    status = 'rejected', decided_by = auth.uid(), decided_at = now(),
    decision_reason = trim(p_reason), version = r.version + 1
  where r.id = p_revision
  returning * into revision;
  return revision;
end;
$$;
comment on function public.reject_entry_revision(uuid, text) is
  'Office staff reject a submitted revision with a reason the organisation sees; the live entry stays as it is.';

revoke execute on function private.can_change_live(uuid) from public;
revoke execute on function private.record_directory_history() from public;
revoke execute on function private.entry_snapshot(uuid) from public;
revoke execute on function private.apply_entry_snapshot(uuid, jsonb) from public;
revoke execute on function private.check_entry_snapshot(uuid, jsonb) from public;
revoke execute on function public.entry_working_copy(uuid) from public;
revoke execute on function public.save_entry_section(uuid, text, jsonb, integer) from public;
revoke execute on function public.submit_entry_revision(uuid) from public;
revoke execute on function public.approve_entry_revision(uuid) from public;
revoke execute on function public.reject_entry_revision(uuid, text) from public;
grant execute on function private.can_change_live(uuid) to authenticated, service_role;
grant execute on function public.entry_working_copy(uuid) to authenticated, service_role;
grant execute on function public.save_entry_section(uuid, text, jsonb, integer) to authenticated, service_role;
grant execute on function public.submit_entry_revision(uuid) to authenticated, service_role;
grant execute on function public.approve_entry_revision(uuid) to authenticated, service_role;
grant execute on function public.reject_entry_revision(uuid, text) to authenticated, service_role;

-- Triggers ---------------------------------------------------------------------------------------
create trigger entry_revisions_touch_updated_at before update on public.entry_revisions
  for each row execute function private.touch_updated_at();

do $$
declare
  directory_table text;
begin
  foreach directory_table in array array[
    'organisations', 'services', 'locations', 'service_locations', 'schedules',
    'schedule_exceptions', 'service_languages', 'organisation_taxonomy_terms',
    'service_taxonomy_terms', 'contacts', 'translations', 'network_memberships', 'partnerships'
  ] loop
    execute format(
      'create trigger %I after insert or update or delete on public.%I
         for each row execute function private.record_directory_history()',
      directory_table || '_record_history', directory_table);
  end loop;
end;
$$;

-- Policies: entry revisions ----------------------------------------------------------------------
-- Written only through the functions above (security definer): no insert, update or delete grant.
alter table public.entry_revisions enable row level security;

create policy "revisions are visible to the organisation's members and office staff"
  on public.entry_revisions for select to authenticated
  using (private.can_edit(organisation_id));

-- Policies: history ------------------------------------------------------------------------------
alter table public.directory_history enable row level security;

create policy "history is visible to the organisation's members and office staff"
  on public.directory_history for select to authenticated
  using (private.can_edit(organisation_id));

-- Policies: live rows of a published entry are the office's ------------------------------------
alter policy "members and office staff change organisations" on public.organisations
  using (private.can_change_live(id)) with check (private.can_change_live(id));

alter policy "members and office staff add services" on public.services
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change services" on public.services
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete services" on public.services
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add service locations" on public.service_locations
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change service locations" on public.service_locations
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete service locations" on public.service_locations
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add schedules" on public.schedules
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change schedules" on public.schedules
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete schedules" on public.schedules
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add schedule exceptions" on public.schedule_exceptions
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change schedule exceptions" on public.schedule_exceptions
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete schedule exceptions" on public.schedule_exceptions
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add service languages" on public.service_languages
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change service languages" on public.service_languages
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete service languages" on public.service_languages
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add organisation taxonomy terms" on public.organisation_taxonomy_terms
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change organisation taxonomy terms" on public.organisation_taxonomy_terms
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete organisation taxonomy terms" on public.organisation_taxonomy_terms
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add service taxonomy terms" on public.service_taxonomy_terms
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change service taxonomy terms" on public.service_taxonomy_terms
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete service taxonomy terms" on public.service_taxonomy_terms
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add contacts" on public.contacts
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change contacts" on public.contacts
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete contacts" on public.contacts
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add translations" on public.translations
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change translations" on public.translations
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete translations" on public.translations
  using (private.can_change_live(organisation_id));

alter policy "members and office staff add locations" on public.locations
  with check (private.can_change_live(organisation_id));
alter policy "members and office staff change locations" on public.locations
  using (private.can_change_live(organisation_id)) with check (private.can_change_live(organisation_id));
alter policy "members and office staff delete locations" on public.locations
  using (private.can_change_live(organisation_id));

-- A contact the organisation keeps internal is not shown to visitors.
alter policy "contacts of published organisations are visible to visitors" on public.contacts
  using (
    show_publicly
    and organisation_id in (select id from public.organisations where status = 'published')
  );
alter policy "contacts are visible to signed-in users when published, own or staff" on public.contacts
  using (
    (show_publicly and organisation_id in (select id from public.organisations where status = 'published'))
    or private.can_edit(organisation_id)
  );

-- Grants -----------------------------------------------------------------------------------------
grant select on public.entry_revisions to authenticated;
grant select, insert, update, delete on public.entry_revisions to service_role;
-- Not even the service role rewrites history through the API.
grant select on public.directory_history to authenticated, service_role;
grant update (logo_path) on public.organisations to authenticated;
