-- Adds the directory's core (after Open Referral HSDS 3.0): services (counselling is a service),
-- locations with a visibility level and accessibility, the service–location link (a service
-- without one is offered online / by phone only), opening hours as weekly slots with dated
-- exceptions, the languages a service's staff speak, taxonomy links, contacts and per-language
-- texts with their provenance.
--
-- Every table carries organisation_id (kept consistent by composite foreign keys) so that one
-- indexed column decides who may read and write: visitors read what belongs to a published
-- organisation, members write their own organisation's rows, office staff write everything.
-- Locations are the exception: the base table is readable by members and office staff only,
-- because it holds the exact point and address of confidential places. The public reads
-- public.public_locations (next migration), which is derived from it with the point degraded.

-- Types ------------------------------------------------------------------------------------------
create type public.access_mode as enum ('in_person', 'phone', 'video', 'chat', 'outreach');
create type public.location_visibility as enum ('exact', 'approximate', 'district_only', 'on_request');
create type public.text_provenance as enum ('written_by_organisation', 'translated_by_person', 'machine_translated');

-- Tables -----------------------------------------------------------------------------------------
create table public.services (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  description text check (length(description) <= 5000),
  eligibility_description text check (length(eligibility_description) <= 2000),
  application_process text check (length(application_process) <= 2000),
  fees_description text check (length(fees_description) <= 1000),
  free_of_charge boolean not null default true,
  anonymous_possible boolean not null default false,
  appointment_required boolean not null default false,
  interpreter_on_request boolean not null default false,
  access_modes public.access_mode[] not null default '{}',
  url text check (url ~ '^https?://'),
  email text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone text check (length(phone) <= 60),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organisation_id)
);
comment on table public.services is
  'What an organisation offers (HSDS service), e.g. anti-discrimination counselling; visible when the organisation is published.';
comment on column public.services.application_process is 'How to get help: the next steps a person takes (HSDS application_process).';
comment on column public.services.eligibility_description is 'Who may use the service (HSDS eligibility_description).';
create index services_organisation_id_idx on public.services (organisation_id);
create index services_access_modes_idx on public.services using gin (access_modes);

create table public.locations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text check (length(trim(name)) between 1 and 200),
  description text check (length(description) <= 2000),
  address_1 text check (length(address_1) <= 200),
  address_2 text check (length(address_2) <= 200),
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  city text not null default 'Kassel' check (length(trim(city)) between 1 and 100),
  country text not null default 'DE' check (country ~ '^[A-Z]{2}$'),
  district_id uuid references public.districts (id) on delete set null,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  visibility public.location_visibility not null default 'exact',
  wheelchair_accessible boolean,
  accessible_toilet boolean,
  hearing_loop boolean,
  accessibility_notes text check (length(accessibility_notes) <= 1000),
  transportation text check (length(transportation) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organisation_id),
  constraint locations_point_complete check ((latitude is null) = (longitude is null))
);
comment on table public.locations is
  'Where services are offered, with the exact address and point. Readable by the organisation''s members and office staff only; the public reads public.public_locations.';
comment on column public.locations.visibility is
  'exact: shown as entered; approximate: point snapped to a ~500 m grid, no street; district_only: district centroid, no street; on_request: no place at all.';
comment on column public.locations.transportation is 'Public transport hint (HSDS transportation), e.g. "Tram 1, Holländischer Platz".';
create index locations_organisation_id_idx on public.locations (organisation_id);
create index locations_district_id_idx on public.locations (district_id);

create table public.service_locations (
  organisation_id uuid not null,
  service_id uuid not null,
  location_id uuid not null,
  primary key (service_id, location_id),
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade,
  foreign key (location_id, organisation_id) references public.locations (id, organisation_id) on delete cascade
);
comment on table public.service_locations is
  'Which service is offered at which location (HSDS service_at_location); a service without a row is online or by phone only.';
create index service_locations_organisation_id_idx on public.service_locations (organisation_id);
create index service_locations_location_id_idx on public.service_locations (location_id);

create table public.schedules (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  location_id uuid,
  service_id uuid,
  -- ISO weekday: 1 = Monday … 7 = Sunday.
  weekday smallint not null check (weekday between 1 and 7),
  opens_at time not null,
  -- A slot whose closing time is not after its opening time runs past midnight into the next day.
  closes_at time not null,
  appointment_only boolean not null default false,
  valid_from date,
  valid_to date,
  description text check (length(description) <= 500),
  check (opens_at <> closes_at),
  check (valid_to is null or valid_from is null or valid_to >= valid_from),
  foreign key (organisation_id) references public.organisations (id) on delete cascade,
  foreign key (location_id, organisation_id) references public.locations (id, organisation_id) on delete cascade,
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.schedules is
  'Weekly opening hours (HSDS schedule), several slots per day allowed, Europe/Berlin local time. Scope: a location, a service, both, or (neither) the whole organisation.';
create index schedules_organisation_id_idx on public.schedules (organisation_id);
create index schedules_location_id_idx on public.schedules (location_id);
create index schedules_service_id_idx on public.schedules (service_id);
create index schedules_weekday_idx on public.schedules (weekday);

create table public.schedule_exceptions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  location_id uuid,
  service_id uuid,
  starts_on date not null,
  ends_on date not null,
  -- Closed for the whole date range, or open only at the special hours below on each of its days.
  closed boolean not null default true,
  opens_at time,
  closes_at time,
  description text check (length(description) <= 500),
  check (ends_on >= starts_on),
  check (closed or (opens_at is not null and closes_at is not null and closes_at > opens_at)),
  foreign key (organisation_id) references public.organisations (id) on delete cascade,
  foreign key (location_id, organisation_id) references public.locations (id, organisation_id) on delete cascade,
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.schedule_exceptions is
  'Holidays, closures and special hours for a date range; they replace the weekly slots of the same scope (or, with no location and service, of the whole organisation) on those days.';
create index schedule_exceptions_organisation_id_idx on public.schedule_exceptions (organisation_id);
create index schedule_exceptions_location_id_idx on public.schedule_exceptions (location_id);
create index schedule_exceptions_service_id_idx on public.schedule_exceptions (service_id);
create index schedule_exceptions_dates_idx on public.schedule_exceptions (starts_on, ends_on);

create table public.service_languages (
  organisation_id uuid not null,
  service_id uuid not null,
  language text not null references public.languages (code),
  primary key (service_id, language),
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.service_languages is 'Languages the service''s staff speak (HSDS language), ISO 639-1.';
create index service_languages_organisation_id_idx on public.service_languages (organisation_id);
create index service_languages_language_idx on public.service_languages (language);

create table public.organisation_taxonomy_terms (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  taxonomy_term_id uuid not null references public.taxonomy_terms (id) on delete cascade,
  primary key (organisation_id, taxonomy_term_id)
);
comment on table public.organisation_taxonomy_terms is 'Topics and target groups of an organisation (HSDS attribute).';
create index organisation_taxonomy_terms_term_idx on public.organisation_taxonomy_terms (taxonomy_term_id);

create table public.service_taxonomy_terms (
  organisation_id uuid not null,
  service_id uuid not null,
  taxonomy_term_id uuid not null references public.taxonomy_terms (id) on delete cascade,
  primary key (service_id, taxonomy_term_id),
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.service_taxonomy_terms is
  'Discrimination grounds, counselling types, target groups and topics of a service (HSDS attribute).';
create index service_taxonomy_terms_organisation_id_idx on public.service_taxonomy_terms (organisation_id);
create index service_taxonomy_terms_term_idx on public.service_taxonomy_terms (taxonomy_term_id);

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  service_id uuid,
  name text check (length(trim(name)) between 1 and 200),
  title text check (length(title) <= 200),
  email text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone text check (length(phone) <= 60),
  check (email is not null or phone is not null),
  foreign key (organisation_id) references public.organisations (id) on delete cascade,
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.contacts is 'Public contact people or desks of an organisation or one of its services (HSDS contact).';
create index contacts_organisation_id_idx on public.contacts (organisation_id);
create index contacts_service_id_idx on public.contacts (service_id);

create table public.translations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  -- Null: the text belongs to the organisation itself; otherwise to this service.
  service_id uuid,
  field text not null check (field in ('name', 'short_name', 'description', 'eligibility_description', 'application_process', 'fees_description')),
  language text not null references public.languages (code),
  text text not null check (length(text) between 1 and 5000),
  provenance public.text_provenance not null default 'written_by_organisation',
  updated_at timestamptz not null default now(),
  unique nulls not distinct (organisation_id, service_id, field, language),
  foreign key (organisation_id) references public.organisations (id) on delete cascade,
  foreign key (service_id, organisation_id) references public.services (id, organisation_id) on delete cascade
);
comment on table public.translations is
  'Texts of an organisation or service in further languages, with who wrote them: the organisation, a human translator or a machine.';
create index translations_organisation_id_idx on public.translations (organisation_id);
create index translations_service_id_idx on public.translations (service_id);

-- Triggers ---------------------------------------------------------------------------------------
create trigger services_touch_updated_at before update on public.services
  for each row execute function private.touch_updated_at();
create trigger locations_touch_updated_at before update on public.locations
  for each row execute function private.touch_updated_at();
create trigger translations_touch_updated_at before update on public.translations
  for each row execute function private.touch_updated_at();

-- Policies ---------------------------------------------------------------------------------------
-- Visitors: rows of published organisations. Signed-in users: the same, plus their own
-- organisation's rows and (office staff) everything. Writing: members of the row's organisation
-- and office staff. `organisation_id in (select …)` runs each subquery once per statement.
alter table public.services enable row level security;

create policy "services of published organisations are visible to visitors"
  on public.services for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "services are visible to signed-in users when published, own or staff"
  on public.services for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add services"
  on public.services for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change services"
  on public.services for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete services"
  on public.services for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.service_locations enable row level security;

create policy "service locations of published organisations are visible to visitors"
  on public.service_locations for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "service locations are visible to signed-in users when published, own or staff"
  on public.service_locations for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add service locations"
  on public.service_locations for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change service locations"
  on public.service_locations for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete service locations"
  on public.service_locations for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.schedules enable row level security;

create policy "schedules of published organisations are visible to visitors"
  on public.schedules for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "schedules are visible to signed-in users when published, own or staff"
  on public.schedules for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add schedules"
  on public.schedules for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change schedules"
  on public.schedules for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete schedules"
  on public.schedules for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.schedule_exceptions enable row level security;

create policy "schedule exceptions of published organisations are visible to visitors"
  on public.schedule_exceptions for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "schedule exceptions are visible to signed-in users when published, own or staff"
  on public.schedule_exceptions for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add schedule exceptions"
  on public.schedule_exceptions for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change schedule exceptions"
  on public.schedule_exceptions for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete schedule exceptions"
  on public.schedule_exceptions for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.service_languages enable row level security;

create policy "service languages of published organisations are visible to visitors"
  on public.service_languages for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "service languages are visible to signed-in users when published, own or staff"
  on public.service_languages for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add service languages"
  on public.service_languages for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change service languages"
  on public.service_languages for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete service languages"
  on public.service_languages for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.organisation_taxonomy_terms enable row level security;

create policy "organisation taxonomy terms of published organisations are visible to visitors"
  on public.organisation_taxonomy_terms for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "organisation taxonomy terms are visible to signed-in users when published, own or staff"
  on public.organisation_taxonomy_terms for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add organisation taxonomy terms"
  on public.organisation_taxonomy_terms for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change organisation taxonomy terms"
  on public.organisation_taxonomy_terms for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete organisation taxonomy terms"
  on public.organisation_taxonomy_terms for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.service_taxonomy_terms enable row level security;

create policy "service taxonomy terms of published organisations are visible to visitors"
  on public.service_taxonomy_terms for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "service taxonomy terms are visible to signed-in users when published, own or staff"
  on public.service_taxonomy_terms for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add service taxonomy terms"
  on public.service_taxonomy_terms for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change service taxonomy terms"
  on public.service_taxonomy_terms for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete service taxonomy terms"
  on public.service_taxonomy_terms for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.contacts enable row level security;

create policy "contacts of published organisations are visible to visitors"
  on public.contacts for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "contacts are visible to signed-in users when published, own or staff"
  on public.contacts for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add contacts"
  on public.contacts for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change contacts"
  on public.contacts for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete contacts"
  on public.contacts for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.translations enable row level security;

create policy "translations of published organisations are visible to visitors"
  on public.translations for select to anon
  using (organisation_id in (select id from public.organisations where status = 'published'));

create policy "translations are visible to signed-in users when published, own or staff"
  on public.translations for select to authenticated
  using (
    organisation_id in (select id from public.organisations where status = 'published')
    or organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add translations"
  on public.translations for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change translations"
  on public.translations for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete translations"
  on public.translations for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

alter table public.locations enable row level security;

-- No policy for anon, and no grant: exact points and addresses never reach visitors from here.
create policy "locations are visible to members and office staff"
  on public.locations for select to authenticated
  using (
    organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

create policy "members and office staff add locations"
  on public.locations for insert to authenticated
  with check (
    organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff())
  );

create policy "members and office staff change locations"
  on public.locations for update to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()))
  with check (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

create policy "members and office staff delete locations"
  on public.locations for delete to authenticated
  using (organisation_id in (select private.member_organisation_ids()) or (select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select on public.services, public.service_locations, public.schedules, public.schedule_exceptions,
  public.service_languages, public.organisation_taxonomy_terms, public.service_taxonomy_terms,
  public.contacts, public.translations
  to anon;
grant select, insert, update, delete on public.services, public.service_locations, public.schedules,
  public.schedule_exceptions, public.service_languages, public.organisation_taxonomy_terms,
  public.service_taxonomy_terms, public.contacts, public.translations, public.locations
  to authenticated, service_role;
revoke all on public.locations from anon;
