-- Adds grant decisions: the Zuwendungsbescheid of a funder (date, amount, Bewilligungszeitraum,
-- conditions) or, for the office's own fund, the decision of office staff (micro-projects up to
-- the fund's limit) or of a committee meeting. One decision per application; an amending notice
-- (Änderungsbescheid) updates it, and the log keeps each version. A trigger keeps the
-- application's granted amount and the fund's committed amount, locking the fund's row so that
-- two decisions at once cannot together commit more than the budget.
-- Office staff record decisions; members read their own applications' decisions.

-- Types ------------------------------------------------------------------------------------------
create type public.decision_outcome as enum ('approved', 'partly_approved', 'rejected');
create type public.decision_body as enum ('funder', 'office', 'committee');

-- Tables -----------------------------------------------------------------------------------------
create table public.grant_decisions (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique references public.applications (id) on delete restrict,
  outcome public.decision_outcome not null,
  decided_by public.decision_body not null default 'funder',
  committee_meeting_id uuid references public.committee_meetings (id) on delete restrict,
  decided_on date not null,
  -- Aktenzeichen of the notice.
  reference text check (length(reference) <= 200),
  amount_cents bigint not null default 0,
  -- Bewilligungszeitraum: when the granted money may be spent.
  period_start date,
  period_end date,
  -- Nebenbestimmungen: conditions attached to the notice.
  conditions text check (length(conditions) <= 20000),
  recorded_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint grant_decisions_amount check (
    (outcome = 'rejected' and amount_cents = 0) or (outcome <> 'rejected' and amount_cents > 0)
  ),
  constraint grant_decisions_period check (
    outcome = 'rejected' or (period_start is not null and period_end >= period_start)
  ),
  constraint grant_decisions_committee check ((decided_by = 'committee') = (committee_meeting_id is not null))
);
comment on table public.grant_decisions is
  'Grant decisions (Zuwendungsbescheid, or the office''s or committee''s decision on an own-fund grant): amount, period, conditions.';

create index grant_decisions_committee_meeting_id_idx on public.grant_decisions (committee_meeting_id);

create trigger grant_decisions_touch_updated_at
  before update on public.grant_decisions
  for each row execute function private.touch_updated_at();

-- Functions --------------------------------------------------------------------------------------
create or replace function private.committed_cents(outcome public.decision_outcome, amount bigint)
returns bigint
language sql immutable
set search_path = ''
as $$
  select case when outcome in ('approved', 'partly_approved') then amount else 0 end
$$;
comment on function private.committed_cents(public.decision_outcome, bigint) is
  'What a decision commits: its amount when it grants money, nothing when it rejects.';

create or replace function private.apply_grant_decision() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  decision public.grant_decisions := case when tg_op = 'DELETE' then old else new end;
  application public.applications;
  fund public.own_funds;
  meeting_fund uuid;
  delta bigint;
begin
  select * into application from public.applications where id = decision.application_id;
  if tg_op = 'UPDATE' and new.application_id <> old.application_id then
    raise exception 'a decision stays with its application' using errcode = '23514';
  end if;
  -- An approved application keeps a decision that grants money.
  if application.status in ('approved', 'partly_approved', 'in_progress', 'final_report_submitted', 'closed', 'clawback')
     and (tg_op = 'DELETE' or new.outcome = 'rejected') then
    raise exception 'application % is approved: its decision can be amended, not removed', application.id
      using errcode = '23514';
  end if;

  if tg_op <> 'DELETE' then
    if application.own_fund_id is null and new.decided_by <> 'funder' then
      raise exception 'only a funder decides on an application to a funding call' using errcode = '23514';
    end if;
    if application.own_fund_id is not null and new.decided_by = 'funder' then
      raise exception 'the office or the committee decides on an own-fund application' using errcode = '23514';
    end if;
    if new.committee_meeting_id is not null then
      select own_fund_id into meeting_fund from public.committee_meetings where id = new.committee_meeting_id;
      if meeting_fund is distinct from application.own_fund_id then
        raise exception 'the committee meeting decides on another fund' using errcode = '23514';
      end if;
    end if;
  end if;

  delta := case when tg_op = 'DELETE' then 0 else private.committed_cents(new.outcome, new.amount_cents) end
         - case when tg_op = 'INSERT' then 0 else private.committed_cents(old.outcome, old.amount_cents) end;

  if application.own_fund_id is not null then
    -- The lock serialises decisions on one fund: the second waits, then sees the first's sum.
    select * into fund from public.own_funds where id = application.own_fund_id for update;
    if tg_op <> 'DELETE' and new.decided_by = 'office'
       and new.amount_cents > fund.staff_decision_limit_cents then
      raise exception 'above % cents the committee decides, not office staff', fund.staff_decision_limit_cents
        using errcode = '23514';
    end if;
    if delta > 0 and fund.committed_cents + delta > fund.budget_cents then
      raise exception 'own fund "%" %: committing % more cents exceeds the budget (% of % cents committed)',
        fund.name, fund.year, delta, fund.committed_cents, fund.budget_cents
        using errcode = '23514';
    end if;
    if delta <> 0 then
      update public.own_funds set committed_cents = committed_cents + delta where id = fund.id;
    end if;
  end if;

  update public.applications
    set granted_cents = case when tg_op = 'DELETE' then 0
                             else private.committed_cents(new.outcome, new.amount_cents) end
    where id = application.id;

  perform private.log_application_activity(
    application.id,
    'decision',
    jsonb_build_object('operation', lower(tg_op))
      || case when tg_op <> 'INSERT' then jsonb_build_object('old', to_jsonb(old) - 'updated_at' - 'created_at') else '{}' end
      || case when tg_op <> 'DELETE' then jsonb_build_object('new', to_jsonb(new) - 'updated_at' - 'created_at') else '{}' end
  );
  return decision;
end;
$$;
comment on function private.apply_grant_decision() is
  'Trigger function: checks who may decide, keeps granted and committed amounts (refusing more than the fund''s budget) and logs the decision.';

-- Moving an application to another fund would leave its commitment behind.
create or replace function private.guard_application_fund() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.own_fund_id is distinct from old.own_fund_id
     and exists (select 1 from public.grant_decisions where application_id = new.id) then
    raise exception 'application % has a decision: its fund cannot change', new.id using errcode = '23514';
  end if;
  return new;
end;
$$;
comment on function private.guard_application_fund() is 'Trigger function: an application with a decision stays with its fund.';

revoke execute on function private.committed_cents(public.decision_outcome, bigint) from public;
revoke execute on function private.apply_grant_decision() from public;
revoke execute on function private.guard_application_fund() from public;

create trigger grant_decisions_apply
  before insert or update or delete on public.grant_decisions
  for each row execute function private.apply_grant_decision();

create trigger applications_guard_fund
  before update of own_fund_id on public.applications
  for each row execute function private.guard_application_fund();

-- Policies ---------------------------------------------------------------------------------------
alter table public.grant_decisions enable row level security;

create policy "decisions of visible applications are visible"
  on public.grant_decisions for select to authenticated
  using (
    (select private.is_office_staff())
    or application_id in (select id from public.applications)
  );
create policy "office staff record decisions" on public.grant_decisions for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff amend decisions" on public.grant_decisions for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff remove decisions" on public.grant_decisions for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select, delete on public.grant_decisions to authenticated, service_role;
grant insert (
  id, application_id, outcome, decided_by, committee_meeting_id, decided_on, reference,
  amount_cents, period_start, period_end, conditions
) on public.grant_decisions to authenticated, service_role;
grant update (
  outcome, decided_by, committee_meeting_id, decided_on, reference, amount_cents, period_start,
  period_end, conditions
) on public.grant_decisions to authenticated, service_role;
