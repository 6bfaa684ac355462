-- Adds applications (Anträge): an organisation's request to a funding call or to one of the
-- office's own funds, with the project period, the financing plan in integer cents, the office's
-- role and the responsible staff member, and an append-only activity log per application that
-- records its creation and every edit (who, when, old, new). Status changes, decisions, payments
-- and obligations add their entries in later migrations; staff add notes and mails.
-- Office staff manage applications. Members of an organisation read its applications and their
-- log and change nothing. Granted and paid amounts are written only by triggers (decisions,
-- payments): no role has them in its column grants. Nobody updates or deletes the log.

-- Types ------------------------------------------------------------------------------------------
create type public.application_status as enum (
  'idea',
  'drafting',
  'submitted',
  'more_information_requested',
  'approved',
  'partly_approved',
  'rejected',
  'withdrawn',
  'in_progress',
  'final_report_submitted',
  'closed',
  'clawback'
);

-- How the office took part: advised, co-wrote the application, is a project partner, or none.
create type public.office_role as enum ('advised', 'co_wrote', 'partner', 'none');

create type public.activity_kind as enum (
  'created',
  'status_changed',
  'edited',
  'decision',
  'payment',
  'obligation',
  'document',
  'note',
  'mail'
);

-- Tables -----------------------------------------------------------------------------------------
create table public.applications (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete restrict,
  funding_call_id uuid references public.funding_calls (id) on delete restrict,
  own_fund_id uuid references public.own_funds (id) on delete restrict,
  title text not null check (length(trim(title)) between 1 and 300),
  period_start date,
  period_end date,
  -- The financing plan, in cents.
  total_cost_cents bigint not null default 0 check (total_cost_cents >= 0),
  requested_cents bigint not null default 0 check (requested_cents >= 0),
  own_funds_cents bigint not null default 0 check (own_funds_cents >= 0),
  third_party_cents bigint not null default 0 check (third_party_cents >= 0),
  volunteer_hours integer not null default 0 check (volunteer_hours >= 0),
  -- Kept by the triggers of grant decisions and payments.
  granted_cents bigint not null default 0 check (granted_cents >= 0),
  paid_cents bigint not null default 0,
  status public.application_status not null default 'idea',
  office_role public.office_role not null default 'none',
  responsible_staff_id uuid references public.staff (user_id) on delete set null,
  notes text check (length(notes) <= 20000),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint applications_one_source check (num_nonnulls(funding_call_id, own_fund_id) <= 1),
  constraint applications_period check (period_end >= period_start)
);
comment on table public.applications is
  'Funding applications (Anträge) of organisations to a funding call or an own fund: financing plan in cents, status, office role.';
comment on column public.applications.granted_cents is 'The granted amount of the application''s decision (Bescheid); kept by a trigger.';
comment on column public.applications.paid_cents is 'Payouts minus repayments; kept by a trigger.';

create index applications_organisation_id_idx on public.applications (organisation_id);
create index applications_funding_call_id_idx on public.applications (funding_call_id);
create index applications_own_fund_id_idx on public.applications (own_fund_id);
create index applications_status_idx on public.applications (status);
create index applications_responsible_staff_id_idx on public.applications (responsible_staff_id);

create table public.application_activities (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.applications (id) on delete cascade,
  kind public.activity_kind not null,
  -- Who and when come from the request, never from the client.
  actor_id uuid default auth.uid(),
  occurred_at timestamptz not null default now(),
  from_status public.application_status,
  to_status public.application_status,
  details jsonb not null default '{}',
  note text check (length(note) <= 20000)
);
comment on table public.application_activities is
  'Append-only log per application: creation, status changes, edits (old and new), decisions, payments, obligations, notes and mails.';

create index application_activities_application_id_idx
  on public.application_activities (application_id, occurred_at);

create trigger applications_touch_updated_at
  before update on public.applications
  for each row execute function private.touch_updated_at();

-- Functions --------------------------------------------------------------------------------------
create or replace function private.log_application_activity(
  application uuid,
  activity public.activity_kind,
  details jsonb default '{}',
  from_status public.application_status default null,
  to_status public.application_status default null
) returns void
language sql security definer
set search_path = ''
as $$
  insert into public.application_activities (application_id, kind, details, from_status, to_status)
  values (application, activity, coalesce(details, '{}'), from_status, to_status)
$$;
comment on function private.log_application_activity(uuid, public.activity_kind, jsonb, public.application_status, public.application_status) is
  'Adds an entry to an application''s activity log as the requesting user, now.';

create or replace function private.log_application_created() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.log_application_activity(new.id, 'created', '{}', null, new.status);
  return null;
end;
$$;
comment on function private.log_application_created() is 'Trigger function: logs a new application with its first status.';

-- Edits: each changed field with its old and new value. Status, granted and paid have their own
-- entries (status changes, decisions, payments).
create or replace function private.log_application_edited() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  select jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value))
    into changes
  from jsonb_each(to_jsonb(new)) n
  join jsonb_each(to_jsonb(old)) o using (key)
  where n.value is distinct from o.value
    and n.key not in ('status', 'granted_cents', 'paid_cents', 'updated_at', 'created_at');
  if changes is not null then
    perform private.log_application_activity(new.id, 'edited', changes);
  end if;
  return null;
end;
$$;
comment on function private.log_application_edited() is 'Trigger function: logs the changed fields of an application, old and new.';

-- The log is append-only for every role, the table's owner included. A delete is let through
-- only as the cascade of deleting its application (a nested trigger), which staff may do while
-- the application is still an idea or a draft.
create or replace function private.refuse_activity_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
    return old;
  end if;
  raise exception 'the activity log is append-only' using errcode = '42501';
end;
$$;
comment on function private.refuse_activity_change() is 'Trigger function: refuses changing or deleting activity log entries.';

revoke execute on function private.log_application_activity(uuid, public.activity_kind, jsonb, public.application_status, public.application_status) from public;
revoke execute on function private.log_application_created() from public;
revoke execute on function private.log_application_edited() from public;
revoke execute on function private.refuse_activity_change() from public;

create trigger applications_log_created
  after insert on public.applications
  for each row execute function private.log_application_created();

create trigger applications_log_edited
  after update on public.applications
  for each row execute function private.log_application_edited();

create trigger application_activities_append_only
  before update or delete on public.application_activities
  for each row execute function private.refuse_activity_change();

-- Policies ---------------------------------------------------------------------------------------
alter table public.applications enable row level security;
alter table public.application_activities enable row level security;

create policy "members see their organisation's applications, staff see all"
  on public.applications for select to authenticated
  using (
    (select private.is_office_staff())
    or organisation_id in (select private.member_organisation_ids())
  );

create policy "office staff add applications" on public.applications for insert to authenticated
  with check ((select private.is_office_staff()));

create policy "office staff change applications" on public.applications for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));

-- Once submitted, an application is part of the record: it can be withdrawn, not deleted.
create policy "office staff delete ideas and drafts" on public.applications for delete to authenticated
  using ((select private.is_office_staff()) and status in ('idea', 'drafting'));

-- The subquery reads applications under the reader's own policy: members see their own.
create policy "the log of visible applications is visible"
  on public.application_activities for select to authenticated
  using (
    (select private.is_office_staff())
    or application_id in (select id from public.applications)
  );

create policy "office staff add notes and mails"
  on public.application_activities for insert to authenticated
  with check ((select private.is_office_staff()) and kind in ('note', 'mail'));

-- Members also see the calls their applications answer, published or not.
drop policy "published calls are visible to signed-in users, all to staff" on public.funding_calls;
create policy "published calls, calls of own applications and for staff all calls are visible"
  on public.funding_calls for select to authenticated
  using (
    published
    or (select private.is_office_staff())
    or id in (select funding_call_id from public.applications)
  );

-- Grants -----------------------------------------------------------------------------------------
grant select, delete on public.applications to authenticated, service_role;
grant insert (
  id, organisation_id, funding_call_id, own_fund_id, title, period_start, period_end,
  total_cost_cents, requested_cents, own_funds_cents, third_party_cents, volunteer_hours,
  status, office_role, responsible_staff_id, notes, is_demo
) on public.applications to authenticated, service_role;
grant update (
  organisation_id, funding_call_id, own_fund_id, title, period_start, period_end,
  total_cost_cents, requested_cents, own_funds_cents, third_party_cents, volunteer_hours,
  status, office_role, responsible_staff_id, notes, is_demo
) on public.applications to authenticated, service_role;

-- The log: read, and notes and mails added with only what the client may say.
grant select on public.application_activities to authenticated, service_role;
grant insert (application_id, kind, note, details) on public.application_activities
  to authenticated, service_role;
