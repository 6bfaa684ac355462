-- Adds the status pipeline of applications, enforced in the database for every role (the API,
-- the service role and the table's owner alike): Idee → In Vorbereitung → Eingereicht →
-- Nachforderung → Bewilligt / Teilbewilligt / Abgelehnt / Zurückgezogen → In Durchführung →
-- Verwendungsnachweis eingereicht → Abgeschlossen (→ Rückforderung). The allowed steps are rows
-- of private.application_status_transitions, the same table as src/lib/domain/grant-status.ts (an
-- integration test holds the two together). Approving needs a decision that grants money and
-- creates the obligations; every change of status is logged with person and time.

-- Tables -----------------------------------------------------------------------------------------
create table private.application_status_transitions (
  -- null: a new application may start in to_status.
  from_status public.application_status,
  to_status public.application_status not null,
  unique nulls not distinct (from_status, to_status)
);
comment on table private.application_status_transitions is
  'Which status may follow which (from_status null: where a new application may start).';
alter table private.application_status_transitions enable row level security;

insert into private.application_status_transitions (from_status, to_status) values
  (null, 'idea'),
  (null, 'drafting'),
  (null, 'submitted'),
  ('idea', 'drafting'),
  ('idea', 'withdrawn'),
  ('drafting', 'submitted'),
  ('drafting', 'withdrawn'),
  ('submitted', 'more_information_requested'),
  ('submitted', 'approved'),
  ('submitted', 'partly_approved'),
  ('submitted', 'rejected'),
  ('submitted', 'withdrawn'),
  ('more_information_requested', 'submitted'),
  ('more_information_requested', 'approved'),
  ('more_information_requested', 'partly_approved'),
  ('more_information_requested', 'rejected'),
  ('more_information_requested', 'withdrawn'),
  ('approved', 'in_progress'),
  ('partly_approved', 'in_progress'),
  ('in_progress', 'final_report_submitted'),
  ('in_progress', 'clawback'),
  ('final_report_submitted', 'closed'),
  ('final_report_submitted', 'clawback'),
  ('closed', 'clawback'),
  ('clawback', 'closed');

-- Functions --------------------------------------------------------------------------------------
create or replace function private.check_status_transition() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  previous public.application_status := case when tg_op = 'UPDATE' then old.status end;
begin
  if tg_op = 'UPDATE' and new.status = old.status then
    return new;
  end if;
  if not exists (
    select 1 from private.application_status_transitions t
    where t.from_status is not distinct from previous
      and t.to_status = new.status
  ) then
    if tg_op = 'INSERT' then
      raise exception 'a new application cannot start as %', new.status using errcode = '23514';
    end if;
    raise exception 'invalid status transition from % to %', old.status, new.status using errcode = '23514';
  end if;
  -- Bewilligt and Teilbewilligt need the decision that says so.
  if new.status in ('approved', 'partly_approved') and not exists (
    select 1 from public.grant_decisions d
    where d.application_id = new.id and d.outcome::text = new.status::text
  ) then
    raise exception 'record the % decision (Bescheid) before moving application % to %',
      new.status, new.id, new.status using errcode = '23514';
  end if;
  return new;
end;
$$;
comment on function private.check_status_transition() is
  'Trigger function: refuses a status no transition allows, and approval without a decision.';

create or replace function private.apply_status_change() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.log_application_activity(new.id, 'status_changed', '{}', old.status, new.status);
  if new.status in ('approved', 'partly_approved') then
    perform private.create_obligations(new.id);
  end if;
  return null;
end;
$$;
comment on function private.apply_status_change() is
  'Trigger function: logs a status change and creates the obligations of an approval.';

revoke execute on function private.check_status_transition() from public;
revoke execute on function private.apply_status_change() from public;

create trigger applications_check_status
  before insert or update of status on public.applications
  for each row execute function private.check_status_transition();

create trigger applications_status_changed
  after update of status on public.applications
  for each row when (new.status is distinct from old.status)
  execute function private.apply_status_change();

-- Grants -----------------------------------------------------------------------------------------
-- The transition table stays private: the UI reads the same rule from src/lib/domain.
revoke all on private.application_status_transitions from public;
