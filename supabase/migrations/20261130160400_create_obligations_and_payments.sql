-- Adds what an approved application owes and receives. Obligations (Fristen): Mittelabruf per
-- budget year, Zwischennachweis after each budget year (or half year) the project runs past,
-- Verwendungsnachweis N months after the Bewilligungszeitraum, receipts kept N years after the
-- Verwendungsnachweis; derived by private.derive_obligations from the decision's period and the
-- programme's rules (the same rules as src/lib/domain/grant-deadlines.ts; an integration test
-- holds the two together) and created when the application is approved (status pipeline, next
-- migration). Staff may move any due date (a Bescheid may set others) and mark obligations done.
-- Payments: payouts and repayments against the grant; a trigger keeps the application's and
-- the fund's paid amounts and dates each payout's spend-by day (the Mittelabruf window).
-- Office staff manage both; members read their own applications' obligations and payments.

-- Types ------------------------------------------------------------------------------------------
create type public.obligation_kind as enum (
  'mittelabruf',
  'zwischennachweis',
  'verwendungsnachweis',
  'receipts_retention'
);

create type public.payment_direction as enum ('payout', 'repayment');

-- Tables -----------------------------------------------------------------------------------------
create table public.obligations (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  kind public.obligation_kind not null,
  due_on date not null,
  -- The part of the project the obligation is about (a budget year, the whole period).
  covers_from date,
  covers_to date,
  done_at timestamptz,
  done_by uuid,
  note text check (length(note) <= 5000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (application_id, kind, covers_to),
  constraint obligations_covers check (covers_to >= covers_from)
);
comment on table public.obligations is
  'What an approved application owes and by when: Mittelabruf, Zwischennachweis, Verwendungsnachweis, keeping receipts.';

create index obligations_due_on_idx on public.obligations (due_on) where done_at is null;

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete restrict,
  direction public.payment_direction not null default 'payout',
  amount_cents bigint not null check (amount_cents > 0),
  paid_on date not null,
  -- A payout must be spent within the programme's Mittelabruf window; set by the trigger.
  spend_by date,
  reference text check (length(reference) <= 200),
  recorded_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.payments is
  'Money paid out against a grant (Auszahlung after a Mittelabruf) and paid back (Rückzahlung).';

create index payments_application_id_idx on public.payments (application_id, paid_on);

create trigger obligations_touch_updated_at
  before update on public.obligations
  for each row execute function private.touch_updated_at();
create trigger payments_touch_updated_at
  before update on public.payments
  for each row execute function private.touch_updated_at();

-- Functions: the deadline rules ------------------------------------------------------------------
-- Month arithmetic as in §188 BGB: the same day of the later month, or its last day when the
-- month is shorter (31 August + 6 months = 28/29 February); Postgres' date + interval does this.
create or replace function private.add_months(day date, months integer) returns date
language sql immutable
set search_path = ''
as $$
  select (day + make_interval(months => months))::date
$$;
comment on function private.add_months(date, integer) is 'A calendar date plus whole months, clamped to the end of a shorter month.';

create or replace function private.derive_obligations(
  period_start date,
  period_end date,
  interim_rule public.interim_report_rule,
  interim_months integer,
  final_months integer,
  retention_years integer
) returns table (kind public.obligation_kind, due_on date, covers_from date, covers_to date)
language sql immutable
set search_path = ''
as $$
  -- Mittelabruf: the money of each budget year is called by its end (or the period's end).
  select 'mittelabruf'::public.obligation_kind,
         least(make_date(y, 12, 31), period_end),
         greatest(period_start, make_date(y, 1, 1)),
         least(make_date(y, 12, 31), period_end)
  from generate_series(extract(year from period_start)::int, extract(year from period_end)::int) as y
  union all
  -- Zwischennachweis: for each budget year (or half) that ends before the project does.
  select 'zwischennachweis',
         private.add_months(closing, interim_months),
         greatest(period_start, opening),
         closing
  from (
    select make_date(y, m - span + 1, 1) as opening,
           (make_date(y, m, 1) + interval '1 month' - interval '1 day')::date as closing
    from generate_series(extract(year from period_start)::int, extract(year from period_end)::int) as y,
         unnest(case interim_rule when 'yearly' then array[12]
                                  when 'half_yearly' then array[6, 12]
                                  else array[]::int[] end) as m,
         lateral (select case interim_rule when 'half_yearly' then 6 else 12 end as span) s
  ) closings
  where closing >= period_start and closing < period_end
  union all
  select 'verwendungsnachweis', private.add_months(period_end, final_months), period_start, period_end
  union all
  -- Until the Verwendungsnachweis is in, its due date stands in for the day it was submitted.
  select 'receipts_retention',
         private.add_months(private.add_months(period_end, final_months), 12 * retention_years),
         period_start,
         period_end
$$;
comment on function private.derive_obligations(date, date, public.interim_report_rule, integer, integer, integer) is
  'The obligations a grant for a period owes under a programme''s deadline rules, with their due dates (calendar dates, Europe/Berlin).';

-- The rules of an application: its call's programme, else its fund's programme, else the
-- defaults of ANBest-P (the programmes table's column defaults).
create or replace function private.deadline_rules(application uuid)
returns table (
  mittelabruf_window_weeks integer,
  interim_report_rule public.interim_report_rule,
  interim_report_months integer,
  final_report_months integer,
  receipts_retention_years integer
)
language sql stable security definer
set search_path = ''
as $$
  select coalesce(p.mittelabruf_window_weeks, 6),
         coalesce(p.interim_report_rule, 'yearly'),
         coalesce(p.interim_report_months, 4),
         coalesce(p.final_report_months, 6),
         coalesce(p.receipts_retention_years, 5)
  from public.applications a
  left join public.funding_calls c on c.id = a.funding_call_id
  left join public.own_funds f on f.id = a.own_fund_id
  left join public.programmes p on p.id = coalesce(c.programme_id, f.programme_id)
  where a.id = application
$$;
comment on function private.deadline_rules(uuid) is 'The deadline rules that apply to an application (its programme''s, or the defaults).';

create or replace function private.create_obligations(application uuid) returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  decision public.grant_decisions;
  rules record;
  created integer;
begin
  select * into decision from public.grant_decisions
  where application_id = application and outcome in ('approved', 'partly_approved');
  if not found then
    raise exception 'application % has no decision granting money: record the Bescheid first', application
      using errcode = '23514';
  end if;
  select * into rules from private.deadline_rules(application);
  insert into public.obligations (application_id, kind, due_on, covers_from, covers_to)
  select application, o.kind, o.due_on, o.covers_from, o.covers_to
  from private.derive_obligations(
    decision.period_start, decision.period_end, rules.interim_report_rule,
    rules.interim_report_months, rules.final_report_months, rules.receipts_retention_years
  ) o
  on conflict (application_id, kind, covers_to) do nothing;
  get diagnostics created = row_count;
  return created;
end;
$$;
comment on function private.create_obligations(uuid) is
  'Creates an approved application''s obligations from its decision''s period and its deadline rules.';

-- Functions: obligations done, payments ----------------------------------------------------------
create or replace function private.apply_obligation_change() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  retention integer;
begin
  if tg_op = 'UPDATE' and new.done_at is distinct from old.done_at then
    new.done_by := case when new.done_at is null then null else auth.uid() end;
  end if;
  if tg_op = 'INSERT' then
    new.done_by := case when new.done_at is null then null else auth.uid() end;
  end if;
  -- Receipts are kept N years from the day the Verwendungsnachweis was actually submitted.
  if new.kind = 'verwendungsnachweis' and new.done_at is not null
     and (tg_op = 'INSERT' or old.done_at is distinct from new.done_at) then
    select r.receipts_retention_years into retention from private.deadline_rules(new.application_id) r;
    update public.obligations
      set due_on = private.add_months((new.done_at at time zone 'Europe/Berlin')::date, 12 * retention)
      where application_id = new.application_id and kind = 'receipts_retention' and covers_to = new.covers_to;
  end if;
  if tg_op = 'UPDATE' and (new.done_at is distinct from old.done_at or new.due_on is distinct from old.due_on) then
    perform private.log_application_activity(
      new.application_id, 'obligation',
      jsonb_build_object('obligation', new.id, 'kind', new.kind,
                         'old', jsonb_build_object('due_on', old.due_on, 'done_at', old.done_at),
                         'new', jsonb_build_object('due_on', new.due_on, 'done_at', new.done_at))
    );
  end if;
  return new;
end;
$$;
comment on function private.apply_obligation_change() is
  'Trigger function: records who marked an obligation done, dates the receipts from the Verwendungsnachweis, logs changes.';

create or replace function private.apply_payment() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  payment public.payments := case when tg_op = 'DELETE' then old else new end;
  application public.applications;
  delta bigint;
  window_weeks integer;
begin
  if tg_op = 'UPDATE' and new.application_id <> old.application_id then
    raise exception 'a payment stays with its application' using errcode = '23514';
  end if;
  select * into application from public.applications where id = payment.application_id for update;
  if application.status not in ('approved', 'partly_approved', 'in_progress', 'final_report_submitted', 'closed', 'clawback') then
    raise exception 'application % is not approved: nothing can be paid', application.id using errcode = '23514';
  end if;
  delta := case when tg_op = 'DELETE' then 0
                when new.direction = 'payout' then new.amount_cents else -new.amount_cents end
         - case when tg_op = 'INSERT' then 0
                when old.direction = 'payout' then old.amount_cents else -old.amount_cents end;
  if delta > 0 and application.paid_cents + delta > application.granted_cents then
    raise exception 'paying % more cents exceeds the granted % cents (% paid)',
      delta, application.granted_cents, application.paid_cents using errcode = '23514';
  end if;
  update public.applications set paid_cents = paid_cents + delta where id = application.id;
  if application.own_fund_id is not null then
    update public.own_funds set paid_cents = paid_cents + delta where id = application.own_fund_id;
  end if;
  if tg_op <> 'DELETE' then
    select r.mittelabruf_window_weeks into window_weeks from private.deadline_rules(application.id) r;
    new.spend_by := case when new.direction = 'payout' then new.paid_on + 7 * window_weeks end;
  end if;
  perform private.log_application_activity(
    application.id, 'payment',
    jsonb_build_object('operation', lower(tg_op))
      || case when tg_op <> 'INSERT' then jsonb_build_object('old', to_jsonb(old) - 'updated_at' - 'created_at') else '{}' end
      || case when tg_op <> 'DELETE' then jsonb_build_object('new', to_jsonb(new) - 'updated_at' - 'created_at') else '{}' end
  );
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
comment on function private.apply_payment() is
  'Trigger function: keeps paid amounts (refusing more than granted), dates the spend-by day of a payout, logs the payment.';

revoke execute on function private.add_months(date, integer) from public;
revoke execute on function private.derive_obligations(date, date, public.interim_report_rule, integer, integer, integer) from public;
revoke execute on function private.deadline_rules(uuid) from public;
revoke execute on function private.create_obligations(uuid) from public;
revoke execute on function private.apply_obligation_change() from public;
revoke execute on function private.apply_payment() from public;

create trigger obligations_apply_change
  before insert or update on public.obligations
  for each row execute function private.apply_obligation_change();

create trigger payments_apply
  before insert or update or delete on public.payments
  for each row execute function private.apply_payment();

-- Policies ---------------------------------------------------------------------------------------
alter table public.obligations enable row level security;
alter table public.payments enable row level security;

create policy "obligations of visible applications are visible"
  on public.obligations for select to authenticated
  using (
    (select private.is_office_staff())
    or application_id in (select id from public.applications)
  );
create policy "office staff add obligations" on public.obligations for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change obligations" on public.obligations for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff remove obligations" on public.obligations for delete to authenticated
  using ((select private.is_office_staff()));

create policy "payments of visible applications are visible"
  on public.payments for select to authenticated
  using (
    (select private.is_office_staff())
    or application_id in (select id from public.applications)
  );
create policy "office staff record payments" on public.payments for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff correct payments" on public.payments for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff remove payments" on public.payments for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select, delete on public.obligations to authenticated, service_role;
grant insert (id, application_id, kind, due_on, covers_from, covers_to, done_at, note)
  on public.obligations to authenticated, service_role;
grant update (due_on, covers_from, covers_to, done_at, note) on public.obligations to authenticated, service_role;

grant select, delete on public.payments to authenticated, service_role;
grant insert (id, application_id, direction, amount_cents, paid_on, reference)
  on public.payments to authenticated, service_role;
grant update (direction, amount_cents, paid_on, reference) on public.payments to authenticated, service_role;
