-- Adds the running totals the office's reports add up, so that a report reads a few thousand
-- rows at most instead of every application (issue #12: p95 ≤ 200 ms at 50,000 applications on
-- a busy 2-core machine; 20261202050000 alone brought it from seconds to about half a second).
--   * applications.decision_outcome: the outcome of the application's decision (Bescheid), kept
--     by a trigger on grant_decisions, so that an application's row alone says where it counts;
--   * application_report_totals: per report year, organisation, call or own fund, office role,
--     submitted or not, outcome, and whether money was granted and paid: how many applications
--     and their requested, granted, paid and own-contribution cents. A trigger on applications
--     takes each row's old contribution out and puts its new one in (insert, update, delete).
-- Everything a report filters or groups by is either such a key or reached from one by a small
-- table (funders, programmes, calls, funds, organisations' kind), joined when the report runs,
-- so renaming a funder or changing an organisation's kind shows at once. The figures are the
-- same as before; the report functions now add up the totals. Office staff only (RLS and the
-- functions' check); nobody writes the table but its trigger.

-- Columns ----------------------------------------------------------------------------------------
alter table public.applications add column decision_outcome public.decision_outcome;
comment on column public.applications.decision_outcome is
  'The outcome of the application''s decision (grant_decisions); kept by a trigger.';

-- Tables -----------------------------------------------------------------------------------------
create table public.application_report_totals (
  id bigint generated always as identity primary key,
  report_year integer not null,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  funding_call_id uuid references public.funding_calls (id) on delete cascade,
  own_fund_id uuid references public.own_funds (id) on delete cascade,
  office_role public.office_role not null,
  -- Past drafting (a withdrawn application only if it had been submitted).
  submitted boolean not null,
  outcome public.decision_outcome,
  -- granted_cents > 0 and paid_cents > 0 of the applications counted here.
  granted boolean not null,
  paid boolean not null,
  -- Never 0 (such a row goes); for a moment negative while a change is half applied.
  applications bigint not null,
  requested_cents bigint not null,
  granted_cents bigint not null,
  paid_cents bigint not null,
  own_funds_cents bigint not null,
  unique nulls not distinct (report_year, organisation_id, funding_call_id, own_fund_id, office_role,
                             submitted, outcome, granted, paid)
);
comment on table public.application_report_totals is
  'Running totals of applications for the office''s reports, per year (Europe/Berlin), organisation, call or fund, role, submitted, outcome, granted and paid; kept by a trigger on applications.';

create index application_report_totals_organisation_id_idx on public.application_report_totals (organisation_id);
create index application_report_totals_funding_call_id_idx on public.application_report_totals (funding_call_id);
create index application_report_totals_own_fund_id_idx on public.application_report_totals (own_fund_id);

-- Functions --------------------------------------------------------------------------------------
-- Adds one application's contribution (sign 1) or takes it out (sign -1). Adding and taking out
-- commute (triggers may run in any order); a key left with no application goes.
create or replace function private.add_report_totals(a public.applications, sign integer) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  is_submitted boolean := case when a.status in ('idea', 'drafting') then false
                               when a.status = 'withdrawn' then a.ever_submitted
                               else true end;
  left_over bigint;
begin
  insert into public.application_report_totals as t (
    report_year, organisation_id, funding_call_id, own_fund_id, office_role, submitted, outcome,
    granted, paid, applications, requested_cents, granted_cents, paid_cents, own_funds_cents)
  values (
    a.report_year, a.organisation_id, a.funding_call_id, a.own_fund_id, a.office_role, is_submitted,
    a.decision_outcome, a.granted_cents > 0, a.paid_cents > 0, sign, sign * a.requested_cents,
    sign * a.granted_cents, sign * a.paid_cents, sign * a.own_funds_cents)
  on conflict (report_year, organisation_id, funding_call_id, own_fund_id, office_role, submitted,
               outcome, granted, paid)
  do update set applications = t.applications + excluded.applications,
                requested_cents = t.requested_cents + excluded.requested_cents,
                granted_cents = t.granted_cents + excluded.granted_cents,
                paid_cents = t.paid_cents + excluded.paid_cents,
                own_funds_cents = t.own_funds_cents + excluded.own_funds_cents
  returning t.applications into left_over;
  if left_over = 0 then
    delete from public.application_report_totals t
    where t.report_year = a.report_year and t.organisation_id = a.organisation_id
      and t.funding_call_id is not distinct from a.funding_call_id
      and t.own_fund_id is not distinct from a.own_fund_id
      and t.office_role = a.office_role and t.submitted = is_submitted
      and t.outcome is not distinct from a.decision_outcome
      and t.granted = (a.granted_cents > 0) and t.paid = (a.paid_cents > 0)
      and t.applications = 0;
  end if;
end;
$$;
comment on function private.add_report_totals(public.applications, integer) is
  'Adds an application''s contribution to the report totals (sign 1) or takes it out (sign -1).';

create or replace function private.keep_report_totals() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and (
       old.report_year, old.organisation_id, old.funding_call_id, old.own_fund_id, old.office_role,
       old.status, old.ever_submitted, old.decision_outcome, old.requested_cents, old.granted_cents,
       old.paid_cents, old.own_funds_cents
     ) is not distinct from (
       new.report_year, new.organisation_id, new.funding_call_id, new.own_fund_id, new.office_role,
       new.status, new.ever_submitted, new.decision_outcome, new.requested_cents, new.granted_cents,
       new.paid_cents, new.own_funds_cents
     ) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.add_report_totals(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.add_report_totals(new, 1);
  end if;
  return null;
end;
$$;
comment on function private.keep_report_totals() is
  'Trigger function: moves an application''s contribution in the report totals when it changes.';

create or replace function private.keep_decision_outcome() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  concerned uuid[];
begin
  if tg_op = 'INSERT' then
    concerned := array[new.application_id];
  elsif tg_op = 'UPDATE' then
    concerned := array[old.application_id, new.application_id];
  else
    concerned := array[old.application_id];
  end if;
  update public.applications a
  set decision_outcome = d.outcome
  from (select x.id, (select g.outcome from public.grant_decisions g where g.application_id = x.id) as outcome
        from unnest(concerned) as x (id)) d
  where a.id = d.id and a.decision_outcome is distinct from d.outcome;
  return null;
end;
$$;
comment on function private.keep_decision_outcome() is
  'Trigger function: copies the outcome of a decision onto its application.';

-- The edit log records what people changed: the columns the triggers keep are not edits.
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
                      'decided_at', 'ever_submitted', 'report_year', 'decision_outcome');
  if changes is not null then
    perform private.log_application_activity(new.id, 'edited', changes);
  end if;
  return null;
end;
$$;

revoke execute on function private.add_report_totals(public.applications, integer) from public;
revoke execute on function private.keep_report_totals() from public;
revoke execute on function private.keep_decision_outcome() from public;

create trigger grant_decisions_keep_outcome
  after insert or update of outcome, application_id or delete on public.grant_decisions
  for each row execute function private.keep_decision_outcome();

-- Backfill, without touching updated_at or logging an edit: nobody changed these applications.
alter table public.applications disable trigger applications_touch_updated_at;
alter table public.applications disable trigger applications_log_edited;
update public.applications a set decision_outcome = d.outcome
from public.grant_decisions d where d.application_id = a.id;
alter table public.applications enable trigger applications_touch_updated_at;
alter table public.applications enable trigger applications_log_edited;

insert into public.application_report_totals (
  report_year, organisation_id, funding_call_id, own_fund_id, office_role, submitted, outcome,
  granted, paid, applications, requested_cents, granted_cents, paid_cents, own_funds_cents)
select a.report_year, a.organisation_id, a.funding_call_id, a.own_fund_id, a.office_role,
       case when a.status in ('idea', 'drafting') then false
            when a.status = 'withdrawn' then a.ever_submitted
            else true end,
       a.decision_outcome, a.granted_cents > 0, a.paid_cents > 0, count(*), sum(a.requested_cents),
       sum(a.granted_cents), sum(a.paid_cents), sum(a.own_funds_cents)
from public.applications a
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- After the backfill: from here on every change moves its contribution.
create trigger applications_keep_report_totals
  after insert or update or delete on public.applications
  for each row execute function private.keep_report_totals();

-- Report functions -------------------------------------------------------------------------------
-- The totals with everything the reports group and filter by; a null filter does not narrow.
-- Without a fixed search path (every name is schema-qualified; security invoker) so that the
-- planner inlines it into each report query.
create or replace function private.report_totals(
  from_year integer,
  to_year integer,
  funder uuid default null,
  level public.funder_level default null,
  programme uuid default null,
  topic text default null,
  kind public.organisation_kind default null,
  role public.office_role default null
) returns table (
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
  submitted boolean,
  outcome public.decision_outcome,
  granted boolean,
  paid boolean,
  applications bigint,
  requested_cents bigint,
  granted_cents bigint,
  paid_cents bigint,
  own_funds_cents bigint
)
language sql stable
as $$
  select t.organisation_id, t.report_year, f.id, f.name, f.level, p.id, p.name,
         coalesce(c.topics, '{}'), o.kind, t.office_role, t.own_fund_id, t.submitted, t.outcome,
         t.granted, t.paid, t.applications, t.requested_cents, t.granted_cents, t.paid_cents,
         t.own_funds_cents
  from public.application_report_totals t
  join public.organisations o on o.id = t.organisation_id
  left join public.funding_calls c on c.id = t.funding_call_id
  left join public.own_funds fund on fund.id = t.own_fund_id
  left join public.programmes p on p.id = coalesce(c.programme_id, fund.programme_id)
  left join public.funders f on f.id = p.funder_id
  where t.report_year between from_year and to_year
    and (report_totals.funder is null or f.id = report_totals.funder)
    and (report_totals.level is null or f.level = report_totals.level)
    and (report_totals.programme is null or p.id = report_totals.programme)
    and (report_totals.topic is null or report_totals.topic = any (c.topics))
    and (report_totals.kind is null or o.kind = report_totals.kind)
    and (report_totals.role is null or t.office_role = report_totals.role)
$$;
comment on function private.report_totals(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) is
  'The report totals (read under the caller''s policies) with year, source, topics, kind and role, filtered.';

create or replace function public.report_applications(
  group_by text,
  from_year integer,
  to_year integer,
  funder uuid default null,
  level public.funder_level default null,
  programme uuid default null,
  topic text default null,
  kind public.organisation_kind default null,
  role public.office_role default null
) returns table (
  key text,
  label text,
  applications bigint,
  decided bigint,
  successful bigint,
  requested_cents bigint,
  granted_cents bigint,
  paid_cents bigint,
  own_contribution_cents bigint,
  with_office_cents bigint
)
language plpgsql stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_office_staff();
  if group_by not in ('total', 'year', 'funder', 'level', 'programme', 'topic', 'kind', 'role') then
    raise exception 'unknown grouping: %', group_by using errcode = '22023';
  end if;
  return query
  select g.key,
         min(g.label),
         coalesce(sum(t.applications) filter (where t.submitted), 0)::bigint,
         coalesce(sum(t.applications) filter (where t.outcome is not null), 0)::bigint,
         coalesce(sum(t.applications) filter (where t.outcome in ('approved', 'partly_approved')), 0)::bigint,
         coalesce(sum(t.requested_cents) filter (where t.submitted), 0)::bigint,
         coalesce(sum(t.granted_cents), 0)::bigint,
         coalesce(sum(t.paid_cents), 0)::bigint,
         -- Own money the organisations put in to win the grants (Eigenmittel of granted applications).
         coalesce(sum(t.own_funds_cents) filter (where t.granted), 0)::bigint,
         -- Granted where the office advised, co-wrote or partnered, or out of its own fund.
         coalesce(sum(t.granted_cents) filter (where t.office_role <> 'none' or t.own_fund_id is not null), 0)::bigint
  from private.report_totals(from_year, to_year, funder, level, programme, topic, kind, role) t
  -- By topic an application counts once under each of its call's topics (none: one row, no key).
  cross join lateral unnest(
    case when group_by = 'topic' and cardinality(t.topics) > 0 then t.topics else array[null::text] end
  ) as tp(code)
  cross join lateral (
    select case group_by
             when 'total' then 'total'
             when 'year' then t.report_year::text
             when 'funder' then t.funder_id::text
             when 'level' then t.funder_level::text
             when 'programme' then t.programme_id::text
             when 'topic' then tp.code
             when 'kind' then t.organisation_kind::text
             when 'role' then t.office_role::text
           end as key,
           case group_by
             when 'funder' then t.funder_name
             when 'programme' then t.programme_name
           end as label
  ) g
  group by g.key
  order by g.key nulls last;
end;
$$;

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
    select coalesce(sum(t.applications), 0)::bigint as recorded,
           coalesce(sum(t.applications) filter (where t.submitted), 0)::bigint as submitted,
           coalesce(sum(t.applications) filter (where t.outcome is not null), 0)::bigint as decided,
           coalesce(sum(t.applications) filter (where t.outcome in ('approved', 'partly_approved')), 0)::bigint as granted,
           coalesce(sum(t.applications) filter (where t.paid), 0)::bigint as paid
    from private.report_totals(from_year, to_year, funder, level, programme, topic, kind, role) t
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

-- A source is a funder; a post without one is grouped by its funding source text.
create or replace function public.report_sources(from_year integer, to_year integer)
returns table (
  year integer,
  source_key text,
  source_label text,
  funder_level public.funder_level,
  granted_cents bigint,
  paid_cents bigint,
  grants bigint,
  posts bigint,
  fte numeric
)
language plpgsql stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_office_staff();
  return query
  with money as (
    select t.report_year as year, coalesce(t.funder_id::text, 'none') as source_key,
           min(t.funder_name) as source_label, min(t.funder_level) as funder_level,
           sum(t.granted_cents)::bigint as granted_cents, sum(t.paid_cents)::bigint as paid_cents,
           coalesce(sum(t.applications) filter (where t.outcome in ('approved', 'partly_approved')), 0)::bigint as grants
    from private.report_totals(from_year, to_year) t
    where t.granted
    group by 1, 2
  ),
  -- A post counts in every year it runs at least one day of.
  posts as (
    select y as year, coalesce(f.id::text, 'text:' || coalesce(sp.funding_source, '')) as source_key,
           coalesce(min(f.name), min(sp.funding_source)) as source_label, min(f.level) as funder_level,
           count(*) as posts, sum(sp.fte) as fte
    from public.staff_posts sp
    left join public.funders f on f.id = sp.funder_id
    cross join generate_series(from_year, to_year) as y
    where sp.starts_on <= make_date(y, 12, 31) and (sp.ends_on is null or sp.ends_on >= make_date(y, 1, 1))
    group by 1, 2
  )
  select coalesce(m.year, p.year), coalesce(m.source_key, p.source_key),
         coalesce(m.source_label, p.source_label), coalesce(m.funder_level, p.funder_level),
         coalesce(m.granted_cents, 0), coalesce(m.paid_cents, 0), coalesce(m.grants, 0),
         coalesce(p.posts, 0), coalesce(p.fte, 0)
  from money m
  full join posts p on p.year = m.year and p.source_key = m.source_key
  order by 1, 3 nulls last;
end;
$$;

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
    count(distinct t.organisation_id) filter (where t.outcome in ('approved', 'partly_approved')),
    coalesce(sum(t.applications) filter (where t.outcome in ('approved', 'partly_approved')), 0)::bigint,
    coalesce(sum(t.granted_cents), 0)::bigint,
    coalesce(sum(t.paid_cents), 0)::bigint,
    coalesce(sum(t.granted_cents) filter (where t.office_role <> 'none' or t.own_fund_id is not null), 0)::bigint,
    -- Today's network, not the period's: the directory keeps no history of services.
    (select count(distinct s.id) from public.services s
     join public.organisations o on o.id = s.organisation_id and o.status = 'published'
     join public.service_taxonomy_terms st on st.service_id = s.id
     join public.taxonomy_terms tt on tt.id = st.taxonomy_term_id and tt.vocabulary = 'counselling_types'),
    (select count(distinct nm.organisation_id) from public.network_memberships nm
     join public.organisations o on o.id = nm.organisation_id and o.status = 'published')
  from private.report_totals(from_year, to_year) t;
end;
$$;

-- Policies ---------------------------------------------------------------------------------------
alter table public.application_report_totals enable row level security;

create policy "office staff see the report totals" on public.application_report_totals
  for select to authenticated using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
-- Read by the report functions under the caller's policy; written only by the trigger.
revoke all on public.application_report_totals from public, anon, authenticated;
grant select on public.application_report_totals to authenticated, service_role;
revoke execute on function private.report_totals(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) from public;
grant execute on function private.report_totals(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) to authenticated, service_role;
