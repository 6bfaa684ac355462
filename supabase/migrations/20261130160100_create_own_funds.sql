-- Adds the office's own funds (e.g. the Aktions- und Initiativfonds of a Partnerschaft für
-- Demokratie) per year, with budget, origin and budget line, and the meetings of the committee
-- (Begleitausschuss) that decides on small grants above the staff's limit. What is committed and
-- paid is kept on the fund's row by the triggers of grant decisions and payments (later
-- migrations); a check on the row refuses committing more than the budget. Office staff only.

-- Tables -----------------------------------------------------------------------------------------
create table public.own_funds (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 1 and 200),
  year integer not null check (year between 2000 and 2100),
  origin text check (length(origin) <= 1000),
  budget_line text check (length(budget_line) <= 200),
  -- Rules for deadlines of small grants, when the fund passes on a programme's money.
  programme_id uuid references public.programmes (id) on delete set null,
  budget_cents bigint not null check (budget_cents >= 0),
  -- Micro-projects up to this amount are decided by office staff; above it by the committee.
  staff_decision_limit_cents bigint not null default 0 check (staff_decision_limit_cents >= 0),
  -- Kept by triggers (grant decisions, payments); nobody writes them through the API.
  committed_cents bigint not null default 0 check (committed_cents >= 0),
  paid_cents bigint not null default 0,
  remaining_cents bigint generated always as (budget_cents - committed_cents) stored,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (name, year),
  constraint own_funds_not_over_committed check (committed_cents <= budget_cents)
);
comment on table public.own_funds is
  'The office''s own funds per year (e.g. Aktions- und Initiativfonds): budget, origin, budget line; committed and paid kept by triggers.';

create index own_funds_programme_id_idx on public.own_funds (programme_id);

create table public.committee_meetings (
  id uuid primary key default gen_random_uuid(),
  own_fund_id uuid not null references public.own_funds (id) on delete restrict,
  held_on date not null,
  title text not null check (length(trim(title)) between 1 and 200),
  minutes text check (length(minutes) <= 20000),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.committee_meetings is
  'Meetings of the committee (Begleitausschuss) that decides on an own fund''s small grants; decisions refer to their meeting.';

create index committee_meetings_own_fund_id_idx on public.committee_meetings (own_fund_id, held_on);

create trigger own_funds_touch_updated_at
  before update on public.own_funds
  for each row execute function private.touch_updated_at();
create trigger committee_meetings_touch_updated_at
  before update on public.committee_meetings
  for each row execute function private.touch_updated_at();

-- Policies ---------------------------------------------------------------------------------------
alter table public.own_funds enable row level security;
alter table public.committee_meetings enable row level security;

create policy "office staff see own funds" on public.own_funds for select to authenticated
  using ((select private.is_office_staff()));
create policy "office staff add own funds" on public.own_funds for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change own funds" on public.own_funds for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete own funds" on public.own_funds for delete to authenticated
  using ((select private.is_office_staff()));

create policy "office staff see committee meetings" on public.committee_meetings for select to authenticated
  using ((select private.is_office_staff()));
create policy "office staff add committee meetings" on public.committee_meetings for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change committee meetings" on public.committee_meetings for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete committee meetings" on public.committee_meetings for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
-- committed_cents and paid_cents are the triggers' to write: no role gets them in a column list.
grant select, delete on public.own_funds to authenticated, service_role;
grant insert (id, name, year, origin, budget_line, programme_id, budget_cents, staff_decision_limit_cents, is_demo)
  on public.own_funds to authenticated, service_role;
grant update (name, year, origin, budget_line, programme_id, budget_cents, staff_decision_limit_cents, is_demo)
  on public.own_funds to authenticated, service_role;
grant select, insert, update, delete on public.committee_meetings to authenticated, service_role;
