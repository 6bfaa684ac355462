-- Lets office staff move a service to another organisation. Two things stood in the way:
--   * the statement triggers that keep the search documents and directory facets current read
--     only the updated rows' new organisation, so the moved service's facet row (still filed
--     under the old organisation) collided with its re-insert (409 on service_facets_pkey), and
--     the old organisation's search document would have kept the service's words;
--   * the rows that belong to the service (languages, terms, contacts, texts, hours, places) carry
--     its organisation in their composite foreign keys, which did not follow an update.
-- The update triggers now refresh the old and the new organisation, and those foreign keys cascade
-- updates. A service still offered at the old organisation's places cannot move (their foreign
-- key refuses it): its places belong to the old organisation; unlink them first.

-- Functions --------------------------------------------------------------------------------------
create or replace function private.children_moved_refresh_search() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changed uuid[] := array(
    select organisation_id from old_rows
    union
    select organisation_id from new_rows
  );
begin
  perform private.refresh_search_documents(changed);
  perform private.refresh_directory_facets(changed);
  return null;
end;
$$;
comment on function private.children_moved_refresh_search() is
  'Statement trigger function after updates of services, terms or texts: refreshes the search documents and facets of the organisations the rows left and joined.';

create or replace function private.children_moved_refresh_facets() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.refresh_directory_facets(array(
    select organisation_id from old_rows
    union
    select organisation_id from new_rows
  ));
  return null;
end;
$$;
comment on function private.children_moved_refresh_facets() is
  'Statement trigger function after updates of languages or schedules: refreshes the directory facets of the organisations the rows left and joined.';

revoke execute on function private.children_moved_refresh_search() from public;
revoke execute on function private.children_moved_refresh_facets() from public;

-- Triggers ---------------------------------------------------------------------------------------
drop trigger services_refresh_search_update on public.services;
drop trigger organisation_taxonomy_terms_refresh_search_update on public.organisation_taxonomy_terms;
drop trigger service_taxonomy_terms_refresh_search_update on public.service_taxonomy_terms;
drop trigger translations_refresh_search_update on public.translations;
drop trigger service_languages_refresh_facets_update on public.service_languages;
drop trigger schedules_refresh_facets_update on public.schedules;

create trigger services_refresh_search_update after update on public.services
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_search();
create trigger organisation_taxonomy_terms_refresh_search_update after update on public.organisation_taxonomy_terms
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_search();
create trigger service_taxonomy_terms_refresh_search_update after update on public.service_taxonomy_terms
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_search();
create trigger translations_refresh_search_update after update on public.translations
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_search();
create trigger service_languages_refresh_facets_update after update on public.service_languages
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_facets();
create trigger schedules_refresh_facets_update after update on public.schedules
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.children_moved_refresh_facets();

-- Foreign keys -----------------------------------------------------------------------------------
alter table public.service_locations
  drop constraint service_locations_service_id_organisation_id_fkey,
  add constraint service_locations_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.schedules
  drop constraint schedules_service_id_organisation_id_fkey,
  add constraint schedules_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.schedule_exceptions
  drop constraint schedule_exceptions_service_id_organisation_id_fkey,
  add constraint schedule_exceptions_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.service_languages
  drop constraint service_languages_service_id_organisation_id_fkey,
  add constraint service_languages_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.service_taxonomy_terms
  drop constraint service_taxonomy_terms_service_id_organisation_id_fkey,
  add constraint service_taxonomy_terms_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.contacts
  drop constraint contacts_service_id_organisation_id_fkey,
  add constraint contacts_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
alter table public.translations
  drop constraint translations_service_id_organisation_id_fkey,
  add constraint translations_service_id_organisation_id_fkey
    foreign key (service_id, organisation_id) references public.services (id, organisation_id)
    on update cascade on delete cascade;
