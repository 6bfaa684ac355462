-- Makes the office's report queries fast at tens of thousands of applications (issue #12: p95
-- ≤ 200 ms at 50,000). They took seconds because every query worked out each application's report
-- year anew: the first move into a decision from the activity log, aggregated per query, then a
-- time-zone conversion per row, and for withdrawn applications a search of the log for an earlier
-- submission. Now the applications keep these facts themselves:
--   * decided_at: the moment of the first move into approved, partly approved or rejected (the
--     minimum of those status changes in the log), null while undecided;
--   * ever_submitted: whether the log shows the application submitted at some point;
--   * report_year: the calendar year in Europe/Berlin of decided_at, else of created_at (a stored
--     generated column, indexed).
-- A statement trigger on the activity log keeps decided_at and ever_submitted equal to what the
-- log says after every insert, change (the seed and the tests backdate entries) and delete; a
-- before trigger on applications fills them in for the common case (a new application, a status
-- change now) so that the log's trigger finds nothing to change. Existing rows are backfilled.
-- The figures are unchanged: the report functions read the same facts from the columns, and the
-- facts function lost its fixed search path (all its names are schema-qualified) so that the
-- planner inlines it into each report query instead of materialising every row first.
-- Office staff only, as before; the functions stay security invoker under the callers' policies.

-- Columns ----------------------------------------------------------------------------------------
alter table public.applications
  add column decided_at timestamptz,
  add column ever_submitted boolean not null default false,
  add column report_year integer generated always as (
    extract(year from coalesce(decided_at, created_at) at time zone 'Europe/Berlin')::integer
  ) stored;
comment on column public.applications.decided_at is
  'First move into approved, partly approved or rejected (from the activity log); kept by a trigger.';
comment on column public.applications.ever_submitted is
  'Whether the activity log shows the application submitted at some point; kept by a trigger.';
comment on column public.applications.report_year is
  'The reports'' year: calendar year in Europe/Berlin of decided_at, else of created_at.';

create index applications_report_year_idx on public.applications (report_year);

-- Functions --------------------------------------------------------------------------------------
-- What the log says about some applications, written onto those whose columns differ.
create or replace function private.refresh_report_marks(applications uuid[]) returns void
language sql security definer
set search_path = ''
as $$
  update public.applications a
  set decided_at = m.decided_at, ever_submitted = m.ever_submitted
  from (
    select x.id,
           (select min(l.occurred_at) from public.application_activities l
            where l.application_id = x.id and l.kind = 'status_changed'
              and l.to_status in ('approved', 'partly_approved', 'rejected')) as decided_at,
           exists (select 1 from public.application_activities l
                   where l.application_id = x.id and l.to_status = 'submitted') as ever_submitted
    from unnest(refresh_report_marks.applications) as x (id)
  ) m
  where a.id = m.id
    and (a.decided_at, a.ever_submitted) is distinct from (m.decided_at, m.ever_submitted)
$$;
comment on function private.refresh_report_marks(uuid[]) is
  'Sets decided_at and ever_submitted of the given applications to what their activity log says.';

-- Only entries that move an application somewhere can change its marks; an update or delete of
-- any entry is rare (backdating, the cascade of a deleted application) and refreshes its own.
create or replace function private.refresh_report_marks_from_log() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  affected uuid[];
begin
  if tg_op = 'INSERT' then
    select array_agg(distinct n.application_id) into affected from new_entries n
    where n.to_status in ('submitted', 'approved', 'partly_approved', 'rejected');
  elsif tg_op = 'UPDATE' then
    select array_agg(distinct e.application_id) into affected
    from (select application_id from new_entries union select application_id from old_entries) e;
  else
    select array_agg(distinct o.application_id) into affected from old_entries o;
  end if;
  if affected is not null then
    perform private.refresh_report_marks(affected);
  end if;
  return null;
end;
$$;
comment on function private.refresh_report_marks_from_log() is
  'Trigger function: after the activity log changed, refreshes decided_at and ever_submitted of the applications concerned.';

-- The same facts for the change being made, so that the log's trigger usually finds them set.
create or replace function private.prefill_report_marks() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.decided_at := null;
    new.ever_submitted := new.status = 'submitted';
  elsif new.status is distinct from old.status then
    if new.status in ('approved', 'partly_approved', 'rejected') then
      new.decided_at := least(old.decided_at, now());
    end if;
    if new.status = 'submitted' then
      new.ever_submitted := true;
    end if;
  end if;
  return new;
end;
$$;
comment on function private.prefill_report_marks() is
  'Trigger function: sets decided_at and ever_submitted for a new application or a status change now (the log''s trigger stays the authority).';

-- The edit log records what people changed: the reports' columns are the log's, not edits.
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
    and n.key not in ('status', 'granted_cents', 'paid_cents', 'updated_at', 'created_at', 'search',
                      'decided_at', 'ever_submitted', 'report_year');
  if changes is not null then
    perform private.log_application_activity(new.id, 'edited', changes);
  end if;
  return null;
end;
$$;

revoke execute on function private.refresh_report_marks(uuid[]) from public;
revoke execute on function private.refresh_report_marks_from_log() from public;
revoke execute on function private.prefill_report_marks() from public;

create trigger applications_prefill_report_marks
  before insert or update of status on public.applications
  for each row execute function private.prefill_report_marks();

create trigger application_activities_marks_inserted
  after insert on public.application_activities
  referencing new table as new_entries
  for each statement execute function private.refresh_report_marks_from_log();
create trigger application_activities_marks_changed
  after update on public.application_activities
  referencing old table as old_entries new table as new_entries
  for each statement execute function private.refresh_report_marks_from_log();
create trigger application_activities_marks_deleted
  after delete on public.application_activities
  referencing old table as old_entries
  for each statement execute function private.refresh_report_marks_from_log();

-- Backfill, without touching updated_at or logging an edit: nobody changed these applications.
alter table public.applications disable trigger applications_touch_updated_at;
alter table public.applications disable trigger applications_log_edited;
select private.refresh_report_marks(array(select id from public.applications));
alter table public.applications enable trigger applications_touch_updated_at;
alter table public.applications enable trigger applications_log_edited;

-- Report functions -------------------------------------------------------------------------------
-- Without a fixed search path (every name is schema-qualified; security invoker): a SQL function
-- with a SET clause is never inlined, and the report queries need it inlined to read only the
-- joins they use in one pass.
create or replace function private.report_application_facts(
  from_year integer,
  to_year integer,
  funder uuid default null,
  level public.funder_level default null,
  programme uuid default null,
  topic text default null,
  kind public.organisation_kind default null,
  role public.office_role default null
) returns table (
  application_id uuid,
  organisation_id uuid,
  report_year integer,
  funder_id uuid,
  funder_name text,
  funder_level public.funder_level,
  programme_id uuid,
  programme_name text,
  topics text[],
  organisation_kind public.organisation_kind,
  office_role public.office_role,
  own_fund_id uuid,
  status public.application_status,
  submitted boolean,
  outcome public.decision_outcome,
  requested_cents bigint,
  granted_cents bigint,
  paid_cents bigint,
  own_funds_cents bigint
)
language sql stable
as $$
  select a.id,
         a.organisation_id,
         a.report_year,
         f.id,
         f.name,
         f.level,
         p.id,
         p.name,
         coalesce(c.topics, '{}'),
         o.kind,
         a.office_role,
         a.own_fund_id,
         a.status,
         -- Submitted: past drafting; a withdrawn one only if it had been submitted before.
         case when a.status in ('idea', 'drafting') then false
              when a.status = 'withdrawn' then a.ever_submitted
              else true end,
         d.outcome,
         a.requested_cents,
         a.granted_cents,
         a.paid_cents,
         a.own_funds_cents
  from public.applications a
  join public.organisations o on o.id = a.organisation_id
  left join public.grant_decisions d on d.application_id = a.id
  left join public.funding_calls c on c.id = a.funding_call_id
  left join public.own_funds fund on fund.id = a.own_fund_id
  left join public.programmes p on p.id = coalesce(c.programme_id, fund.programme_id)
  left join public.funders f on f.id = p.funder_id
  where a.report_year between from_year and to_year
    and (report_application_facts.funder is null or f.id = report_application_facts.funder)
    and (report_application_facts.level is null or f.level = report_application_facts.level)
    and (report_application_facts.programme is null or p.id = report_application_facts.programme)
    and (report_application_facts.topic is null or report_application_facts.topic = any (c.topics))
    and (report_application_facts.kind is null or o.kind = report_application_facts.kind)
    and (report_application_facts.role is null or a.office_role = report_application_facts.role)
$$;
comment on function private.report_application_facts(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) is
  'One row per application (read under the caller''s policies) with its report year (Europe/Berlin), source, topics, kind, role, outcome and amounts.';

-- One pass over the facts instead of five.
create or replace function public.report_pipeline(
  from_year integer,
  to_year integer,
  funder uuid default null,
  level public.funder_level default null,
  programme uuid default null,
  topic text default null,
  kind public.organisation_kind default null,
  role public.office_role default null
) returns table (stage text, step integer, applications bigint)
language plpgsql stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_office_staff();
  return query
  select s.stage, s.step, s.applications
  from (
    select count(*) as recorded,
           count(*) filter (where fact.submitted) as submitted,
           count(fact.outcome) as decided,
           count(*) filter (where fact.outcome in ('approved', 'partly_approved')) as granted,
           count(*) filter (where fact.paid_cents > 0) as paid
    from private.report_application_facts(from_year, to_year, funder, level, programme, topic, kind, role) fact
  ) c
  cross join lateral (values
    ('recorded', 1, c.recorded),
    ('submitted', 2, c.submitted),
    ('decided', 3, c.decided),
    ('granted', 4, c.granted),
    ('paid', 5, c.paid)
  ) as s (stage, step, applications)
  order by s.step;
end;
$$;

-- One pass over the facts for the money and grant figures.
create or replace function public.report_inquiry(from_year integer, to_year integer)
returns table (
  organisations_supported bigint,
  grants_won bigint,
  granted_cents bigint,
  paid_cents bigint,
  with_office_cents bigint,
  counselling_services bigint,
  network_organisations bigint
)
language plpgsql stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_office_staff();
  return query
  select
    count(distinct f.organisation_id) filter (where f.outcome in ('approved', 'partly_approved')),
    count(*) filter (where f.outcome in ('approved', 'partly_approved')),
    coalesce(sum(f.granted_cents), 0)::bigint,
    coalesce(sum(f.paid_cents), 0)::bigint,
    coalesce(sum(f.granted_cents) filter (where f.office_role <> 'none' or f.own_fund_id is not null), 0)::bigint,
    -- Today's network, not the period's: the directory keeps no history of services.
    (select count(distinct s.id) from public.services s
     join public.organisations o on o.id = s.organisation_id and o.status = 'published'
     join public.service_taxonomy_terms st on st.service_id = s.id
     join public.taxonomy_terms tt on tt.id = st.taxonomy_term_id and tt.vocabulary = 'counselling_types'),
    (select count(distinct nm.organisation_id) from public.network_memberships nm
     join public.organisations o on o.id = nm.organisation_id and o.status = 'published')
  from private.report_application_facts(from_year, to_year) f;
end;
$$;

-- Grants -----------------------------------------------------------------------------------------
-- create or replace keeps the grants of 20261201070000 (report_applications and report_sources
-- are plpgsql: they plan against the new facts function as they are); the new functions are for
-- triggers only and granted to nobody.
