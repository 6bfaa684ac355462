-- Adds the directory's shared vocabularies: languages (ISO 639-1), taxonomy terms in four
-- vocabularies (discrimination grounds, counselling types, target groups, topics) with German and
-- English labels, and city districts with a public centroid (the point a `district_only` location
-- is shown at). Everyone reads them; only office staff change them.

-- Types ------------------------------------------------------------------------------------------
create type public.taxonomy_vocabulary as enum (
  'discrimination_grounds',
  'counselling_types',
  'target_groups',
  'topics'
);

-- Tables -----------------------------------------------------------------------------------------
create table public.languages (
  code text primary key check (code ~ '^[a-z]{2}$'),
  name_de text not null,
  name_en text not null,
  native_name text not null
);
comment on table public.languages is 'Languages (ISO 639-1) that services can be offered in, with display names.';

create table public.taxonomy_terms (
  id uuid primary key default gen_random_uuid(),
  vocabulary public.taxonomy_vocabulary not null,
  code text not null check (code ~ '^[a-z0-9]+(_[a-z0-9]+)*$'),
  label_de text not null check (length(trim(label_de)) between 1 and 120),
  label_en text not null check (length(trim(label_en)) between 1 and 120),
  description_de text,
  description_en text,
  position integer not null default 0,
  unique (vocabulary, code)
);
comment on table public.taxonomy_terms is
  'Terms of the directory''s controlled vocabularies (HSDS taxonomy_term), labelled in German and English.';

create table public.districts (
  id uuid primary key default gen_random_uuid(),
  city text not null check (length(trim(city)) between 1 and 100),
  name text not null check (length(trim(name)) between 1 and 100),
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  unique (city, name)
);
comment on table public.districts is
  'City districts (Stadtteile) with a public centroid: where a location with visibility district_only is shown.';

-- Reference data ---------------------------------------------------------------------------------
insert into public.languages (code, name_de, name_en, native_name) values
  ('de', 'Deutsch', 'German', 'Deutsch'),
  ('en', 'Englisch', 'English', 'English'),
  ('tr', 'Türkisch', 'Turkish', 'Türkçe'),
  ('ar', 'Arabisch', 'Arabic', 'العربية'),
  ('uk', 'Ukrainisch', 'Ukrainian', 'Українська'),
  ('ru', 'Russisch', 'Russian', 'Русский'),
  ('fa', 'Persisch (Farsi/Dari)', 'Persian (Farsi/Dari)', 'فارسی'),
  ('ps', 'Paschtu', 'Pashto', 'پښتو'),
  ('ku', 'Kurdisch', 'Kurdish', 'Kurdî'),
  ('pl', 'Polnisch', 'Polish', 'Polski'),
  ('ro', 'Rumänisch', 'Romanian', 'Română'),
  ('bg', 'Bulgarisch', 'Bulgarian', 'Български'),
  ('fr', 'Französisch', 'French', 'Français'),
  ('es', 'Spanisch', 'Spanish', 'Español'),
  ('it', 'Italienisch', 'Italian', 'Italiano'),
  ('pt', 'Portugiesisch', 'Portuguese', 'Português'),
  ('sq', 'Albanisch', 'Albanian', 'Shqip'),
  ('sr', 'Serbisch', 'Serbian', 'Српски'),
  ('hr', 'Kroatisch', 'Croatian', 'Hrvatski'),
  ('bs', 'Bosnisch', 'Bosnian', 'Bosanski'),
  ('el', 'Griechisch', 'Greek', 'Ελληνικά'),
  ('ti', 'Tigrinya', 'Tigrinya', 'ትግርኛ'),
  ('so', 'Somali', 'Somali', 'Soomaali'),
  ('am', 'Amharisch', 'Amharic', 'አማርኛ'),
  ('ur', 'Urdu', 'Urdu', 'اردو'),
  ('hi', 'Hindi', 'Hindi', 'हिन्दी'),
  ('vi', 'Vietnamesisch', 'Vietnamese', 'Tiếng Việt'),
  ('zh', 'Chinesisch', 'Chinese', '中文'),
  ('he', 'Hebräisch', 'Hebrew', 'עברית')
on conflict do nothing;

insert into public.taxonomy_terms (vocabulary, code, label_de, label_en, position) values
  ('discrimination_grounds', 'racism', 'Rassismus / ethnische Herkunft', 'Racism / ethnic origin', 10),
  ('discrimination_grounds', 'antisemitism', 'Antisemitismus', 'Antisemitism', 20),
  ('discrimination_grounds', 'anti_muslim_racism', 'Antimuslimischer Rassismus', 'Anti-Muslim racism', 30),
  ('discrimination_grounds', 'antiziganism', 'Antiziganismus', 'Antiziganism', 40),
  ('discrimination_grounds', 'anti_black_racism', 'Anti-Schwarzer Rassismus', 'Anti-Black racism', 50),
  ('discrimination_grounds', 'religion', 'Religion / Weltanschauung', 'Religion / belief', 60),
  ('discrimination_grounds', 'gender', 'Geschlecht', 'Gender', 70),
  ('discrimination_grounds', 'sexual_identity', 'Sexuelle Identität', 'Sexual identity', 80),
  ('discrimination_grounds', 'disability', 'Behinderung', 'Disability', 90),
  ('discrimination_grounds', 'age', 'Lebensalter', 'Age', 100),
  ('discrimination_grounds', 'social_status', 'Sozialer Status', 'Social status', 110),
  ('counselling_types', 'anti_discrimination', 'Antidiskriminierungsberatung', 'Anti-discrimination counselling', 10),
  ('counselling_types', 'victim_support', 'Opferberatung nach Gewalt', 'Victim counselling after violence', 20),
  ('counselling_types', 'migration', 'Migrationsberatung', 'Migration counselling', 30),
  ('counselling_types', 'legal', 'Rechtsberatung', 'Legal advice', 40),
  ('counselling_types', 'psychosocial', 'Psychosoziale Beratung', 'Psychosocial counselling', 50),
  ('counselling_types', 'empowerment', 'Empowerment', 'Empowerment', 60),
  ('counselling_types', 'youth_work', 'Jugendarbeit', 'Youth work', 70),
  ('target_groups', 'people_affected_by_racism', 'Von Rassismus Betroffene', 'People affected by racism', 10),
  ('target_groups', 'refugees', 'Geflüchtete', 'Refugees', 20),
  ('target_groups', 'migrants', 'Migrant*innen', 'Migrants', 30),
  ('target_groups', 'young_people', 'Jugendliche und junge Erwachsene', 'Young people', 40),
  ('target_groups', 'women', 'Frauen', 'Women', 50),
  ('target_groups', 'lgbtiq', 'LSBTIQ*', 'LGBTIQ*', 60),
  ('target_groups', 'families', 'Familien', 'Families', 70),
  ('target_groups', 'professionals', 'Fachkräfte und Multiplikator*innen', 'Professionals and multipliers', 80),
  ('topics', 'counselling', 'Beratung', 'Counselling', 10),
  ('topics', 'education', 'Bildung', 'Education', 20),
  ('topics', 'empowerment', 'Empowerment', 'Empowerment', 30),
  ('topics', 'networking', 'Vernetzung', 'Networking', 40),
  ('topics', 'culture', 'Kultur', 'Culture', 50),
  ('topics', 'sports', 'Sport', 'Sports', 60),
  ('topics', 'language_learning', 'Sprache lernen', 'Language learning', 70),
  ('topics', 'democracy', 'Demokratieförderung', 'Promoting democracy', 80),
  ('topics', 'housing', 'Wohnen', 'Housing', 90),
  ('topics', 'work', 'Arbeit und Ausbildung', 'Work and training', 100)
on conflict do nothing;

-- Policies ---------------------------------------------------------------------------------------
alter table public.languages enable row level security;
alter table public.taxonomy_terms enable row level security;
alter table public.districts enable row level security;

create policy "languages are visible to visitors" on public.languages for select to anon using (true);
create policy "languages are visible to signed-in users" on public.languages for select to authenticated using (true);
create policy "office staff add languages" on public.languages for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change languages" on public.languages for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete languages" on public.languages for delete to authenticated
  using ((select private.is_office_staff()));

create policy "taxonomy terms are visible to visitors" on public.taxonomy_terms for select to anon using (true);
create policy "taxonomy terms are visible to signed-in users" on public.taxonomy_terms for select to authenticated using (true);
create policy "office staff add taxonomy terms" on public.taxonomy_terms for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change taxonomy terms" on public.taxonomy_terms for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete taxonomy terms" on public.taxonomy_terms for delete to authenticated
  using ((select private.is_office_staff()));

create policy "districts are visible to visitors" on public.districts for select to anon using (true);
create policy "districts are visible to signed-in users" on public.districts for select to authenticated using (true);
create policy "office staff add districts" on public.districts for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change districts" on public.districts for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete districts" on public.districts for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select on public.languages, public.taxonomy_terms, public.districts to anon;
grant select, insert, update, delete on public.languages, public.taxonomy_terms, public.districts to authenticated, service_role;
