-- Adds what the office knows about funding: funders (EU, Bund, Land, Kommune, foundations,
-- lotteries), their programmes with the financing type, the own-contribution rule and the deadline
-- rules that obligations are derived from (German grant law: Mittelabruf, Zwischennachweis,
-- Verwendungsnachweis, receipts), and funding calls (Förderaufrufe) with a deadline as an instant.
-- Office staff manage everything. Everybody else sees published calls, and the programmes and
-- funders of the calls they may see (members also the calls their own applications answer: the
-- policy of applications, added with them, widens what members see).

-- Types ------------------------------------------------------------------------------------------
create type public.funder_level as enum ('eu', 'bund', 'land', 'kommune', 'foundation', 'lottery');

-- Finanzierungsart: Anteil (a share of the costs), Fehlbedarf (the gap left after own and
-- third-party money), Festbetrag (a fixed sum), Vollfinanzierung (all eligible costs).
create type public.financing_type as enum ('anteil', 'fehlbedarf', 'festbetrag', 'voll');

-- Who may apply. Matched later against an organisation's kind and legal form.
create type public.applicant_kind as enum (
  'registered_association',
  'non_profit_company',
  'unregistered_initiative',
  'migrant_organisation',
  'religious_community',
  'public_body',
  'foundation'
);

-- Zwischennachweis: yearly after each budget year the project runs past (ANBest-P), half-yearly
-- where the programme asks for it, or none.
create type public.interim_report_rule as enum ('yearly', 'half_yearly', 'none');

create type public.deadline_type as enum ('fixed', 'rolling', 'per_round');

-- Tables -----------------------------------------------------------------------------------------
create table public.funders (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(trim(name)) between 1 and 200),
  level public.funder_level not null,
  website text check (website ~ '^https?://'),
  notes text check (length(notes) <= 5000),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.funders is
  'Who gives the money: EU, federal (Bund), state (Land) and municipal (Kommune) bodies, foundations and lotteries.';

create table public.programmes (
  id uuid primary key default gen_random_uuid(),
  funder_id uuid not null references public.funders (id) on delete restrict,
  name text not null check (length(trim(name)) between 1 and 200),
  description text check (length(description) <= 10000),
  website text check (website ~ '^https?://'),
  financing_type public.financing_type not null,
  -- The own contribution as a share of the total cost, in basis points (1000 = 10 %): exact,
  -- compared in integers against cents.
  min_own_share_bp integer not null default 0 check (min_own_share_bp between 0 and 10000),
  volunteer_hours_count boolean not null default false,
  volunteer_hour_rate_cents integer check (volunteer_hour_rate_cents > 0),
  eligible_applicants public.applicant_kind[] not null default '{}',
  region text check (length(trim(region)) between 1 and 200),
  max_amount_cents bigint check (max_amount_cents > 0),
  -- Deadline rules (defaults of ANBest-P; src/lib/domain/grant-deadlines.ts has the same numbers).
  mittelabruf_window_weeks integer not null default 6 check (mittelabruf_window_weeks between 1 and 52),
  interim_report_rule public.interim_report_rule not null default 'yearly',
  interim_report_months integer not null default 4 check (interim_report_months between 1 and 12),
  final_report_months integer not null default 6 check (final_report_months between 1 and 24),
  receipts_retention_years integer not null default 5 check (receipts_retention_years between 1 and 30),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (funder_id, name),
  constraint programmes_volunteer_rate check (not volunteer_hours_count or volunteer_hour_rate_cents is not null)
);
comment on table public.programmes is
  'Funding programmes with their financing type, own-contribution rule and the deadline rules obligations are derived from.';
comment on column public.programmes.min_own_share_bp is 'Minimum own contribution (Eigenanteil) in basis points of the total cost: 1000 = 10 %.';
comment on column public.programmes.mittelabruf_window_weeks is 'Money called (Mittelabruf) must be spent within this many weeks of the payout.';
comment on column public.programmes.interim_report_months is 'Zwischennachweis due this many months after each budget year (or half year) the project runs past.';
comment on column public.programmes.final_report_months is 'Verwendungsnachweis due this many months after the end of the Bewilligungszeitraum.';
comment on column public.programmes.receipts_retention_years is 'Receipts kept this many years after the Verwendungsnachweis.';

create index programmes_funder_id_idx on public.programmes (funder_id);

create table public.funding_calls (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete restrict,
  title text not null check (length(trim(title)) between 1 and 300),
  description text check (length(description) <= 20000),
  -- Codes of the 'topics' vocabulary (public.taxonomy_terms).
  topics text[] not null default '{}' check (array_position(topics, null) is null),
  eligible_applicants public.applicant_kind[] not null default '{}',
  region text check (length(trim(region)) between 1 and 200),
  min_amount_cents bigint check (min_amount_cents >= 0),
  max_amount_cents bigint check (max_amount_cents > 0),
  opens_at timestamptz,
  -- An instant: "31 March, 23:59" means Europe/Berlin, winter or summer time alike.
  deadline_at timestamptz,
  deadline_type public.deadline_type not null default 'fixed',
  decision_expected_on date,
  link text check (link ~ '^https?://'),
  published boolean not null default false,
  last_verified_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint funding_calls_amount_range check (min_amount_cents <= max_amount_cents),
  constraint funding_calls_opens_before_deadline check (opens_at <= deadline_at),
  -- A fixed deadline is a date; a rolling call has none.
  constraint funding_calls_deadline check (deadline_type = 'rolling' or deadline_at is not null)
);
comment on table public.funding_calls is
  'Funding calls (Förderaufrufe): what may be applied for, by whom, until when; visible to the public once published.';

create index funding_calls_programme_id_idx on public.funding_calls (programme_id);
create index funding_calls_published_deadline_idx on public.funding_calls (published, deadline_at);
create index funding_calls_topics_idx on public.funding_calls using gin (topics);

create trigger funders_touch_updated_at
  before update on public.funders
  for each row execute function private.touch_updated_at();
create trigger programmes_touch_updated_at
  before update on public.programmes
  for each row execute function private.touch_updated_at();
create trigger funding_calls_touch_updated_at
  before update on public.funding_calls
  for each row execute function private.touch_updated_at();

-- Policies ---------------------------------------------------------------------------------------
alter table public.funders enable row level security;
alter table public.programmes enable row level security;
alter table public.funding_calls enable row level security;

create policy "published calls are visible to visitors"
  on public.funding_calls for select to anon
  using (published);

create policy "published calls are visible to signed-in users, all to staff"
  on public.funding_calls for select to authenticated
  using (published or (select private.is_office_staff()));

-- A programme or funder is visible where one of its calls is: the subqueries read funding_calls
-- (and programmes) under the reader's own policies.
create policy "programmes of visible calls are visible to visitors"
  on public.programmes for select to anon
  using (id in (select programme_id from public.funding_calls));

create policy "programmes of visible calls are visible to signed-in users, all to staff"
  on public.programmes for select to authenticated
  using ((select private.is_office_staff()) or id in (select programme_id from public.funding_calls));

create policy "funders of visible programmes are visible to visitors"
  on public.funders for select to anon
  using (id in (select funder_id from public.programmes));

create policy "funders of visible programmes are visible to signed-in users, all to staff"
  on public.funders for select to authenticated
  using ((select private.is_office_staff()) or id in (select funder_id from public.programmes));

create policy "office staff add funders" on public.funders for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change funders" on public.funders for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete funders" on public.funders for delete to authenticated
  using ((select private.is_office_staff()));

create policy "office staff add programmes" on public.programmes for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change programmes" on public.programmes for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete programmes" on public.programmes for delete to authenticated
  using ((select private.is_office_staff()));

create policy "office staff add calls" on public.funding_calls for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change calls" on public.funding_calls for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete calls" on public.funding_calls for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select on public.funders, public.programmes, public.funding_calls to anon;
grant select, insert, update, delete on public.funders, public.programmes, public.funding_calls
  to authenticated, service_role;
