-- Adds the figures of the office's reports and of its answers to council inquiries, computed in
-- the database so that every page, chart and export shows the same defendable numbers, in
-- integer cents:
--   * report_applications: applications grouped by year, funder, funder level, programme, topic,
--     organisation kind or office role (or not grouped: the total), with the success rate's
--     counts, requested, granted, paid, own contributions leveraged and the money that came into
--     civil society with the office's help;
--   * report_pipeline: how many applications reached each stage (the funnel);
--   * report_own_funds: each own fund's budget use per year;
--   * report_sources: money (granted, paid) and staff posts (FTE) per year and funding source;
--   * report_inquiry: the head figures of a council inquiry for a period.
-- The year of an application is the calendar year in Europe/Berlin of the moment it was decided
-- (its move into approved, partly approved or rejected, from the activity log), else of the moment
-- it was recorded: a decision recorded at 00:30 on 1 January in Kassel counts for the new year
-- even though it is still 31 December in UTC.
--
-- Speed: the applications policy asked private.can_edit() per row, which for 50,000 rows took
-- seconds before any report figure was added up. It now asks the once-per-query staff test
-- first, with the same meaning (can_edit is true for staff anyway).
-- Office staff only: each function refuses anybody else (42501) before reading, and every table
-- it reads is read under the caller's own policies (security invoker).

-- Policies and indexes ---------------------------------------------------------------------------
alter policy "members see their organisation's applications, staff see all" on public.applications
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));

create index application_activities_decided_idx
  on public.application_activities (application_id, occurred_at)
  where kind = 'status_changed' and to_status in ('approved', 'partly_approved', 'rejected');

-- Functions --------------------------------------------------------------------------------------
create or replace function private.require_office_staff() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  if not coalesce(private.is_office_staff(), false) then
    raise exception 'reports are for office staff only' using errcode = '42501';
  end if;
end;
$$;
comment on function private.require_office_staff() is 'Refuses (42501) anybody who is not office staff.';

-- One row per application with everything the reports group and add up by. The filters narrow
-- it; a null filter does not.
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
set search_path = ''
as $$
  with decided as (
    -- Served by the partial index below: only the moves into a decision are read.
    select l.application_id, min(l.occurred_at) as decided_at
    from public.application_activities l
    where l.kind = 'status_changed' and l.to_status in ('approved', 'partly_approved', 'rejected')
    group by l.application_id
  )
  select a.id,
         a.organisation_id,
         extract(year from coalesce(m.decided_at, a.created_at) at time zone 'Europe/Berlin')::integer,
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
              when a.status = 'withdrawn' then exists (
                select 1 from public.application_activities w
                where w.application_id = a.id and w.to_status = 'submitted')
              else true end,
         d.outcome,
         a.requested_cents,
         a.granted_cents,
         a.paid_cents,
         a.own_funds_cents
  from public.applications a
  join public.organisations o on o.id = a.organisation_id
  left join decided m on m.application_id = a.id
  left join public.grant_decisions d on d.application_id = a.id
  left join public.funding_calls c on c.id = a.funding_call_id
  left join public.own_funds fund on fund.id = a.own_fund_id
  left join public.programmes p on p.id = coalesce(c.programme_id, fund.programme_id)
  left join public.funders f on f.id = p.funder_id
  where extract(year from coalesce(m.decided_at, a.created_at) at time zone 'Europe/Berlin')
          between from_year and to_year
    and (report_application_facts.funder is null or f.id = report_application_facts.funder)
    and (report_application_facts.level is null or f.level = report_application_facts.level)
    and (report_application_facts.programme is null or p.id = report_application_facts.programme)
    and (report_application_facts.topic is null or report_application_facts.topic = any (c.topics))
    and (report_application_facts.kind is null or o.kind = report_application_facts.kind)
    and (report_application_facts.role is null or a.office_role = report_application_facts.role)
$$;
comment on function private.report_application_facts(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) is
  'One row per application (read under the caller''s policies) with its report year (Europe/Berlin), source, topics, kind, role, outcome and amounts.';

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
         count(*) filter (where fact.submitted),
         count(fact.outcome),
         count(*) filter (where fact.outcome in ('approved', 'partly_approved')),
         coalesce(sum(fact.requested_cents) filter (where fact.submitted), 0)::bigint,
         coalesce(sum(fact.granted_cents), 0)::bigint,
         coalesce(sum(fact.paid_cents), 0)::bigint,
         -- Own money the organisations put in to win the grants (Eigenmittel of granted applications).
         coalesce(sum(fact.own_funds_cents) filter (where fact.granted_cents > 0), 0)::bigint,
         -- Granted where the office advised, co-wrote or partnered, or out of its own fund.
         coalesce(sum(fact.granted_cents) filter (where fact.office_role <> 'none' or fact.own_fund_id is not null), 0)::bigint
  from private.report_application_facts(from_year, to_year, funder, level, programme, topic, kind, role) fact
  -- By topic an application counts once under each of its call's topics (none: one row, no key).
  cross join lateral unnest(
    case when group_by = 'topic' and cardinality(fact.topics) > 0 then fact.topics else array[null::text] end
  ) as t(code)
  cross join lateral (
    select case group_by
             when 'total' then 'total'
             when 'year' then fact.report_year::text
             when 'funder' then fact.funder_id::text
             when 'level' then fact.funder_level::text
             when 'programme' then fact.programme_id::text
             when 'topic' then t.code
             when 'kind' then fact.organisation_kind::text
             when 'role' then fact.office_role::text
           end as key,
           case group_by
             when 'funder' then fact.funder_name
             when 'programme' then fact.programme_name
           end as label
  ) g
  group by g.key
  order by g.key nulls last;
end;
$$;
comment on function public.report_applications(text, integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) is
  'Office staff: applications (submitted), decided, successful, requested, granted, paid, own contributions and money with the office''s help, grouped by year (Europe/Berlin), funder, level, programme, topic, kind or role.';

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
  with facts as (
    select * from private.report_application_facts(from_year, to_year, funder, level, programme, topic, kind, role)
  )
  select s.stage, s.step, s.applications
  from (
    select 'recorded' as stage, 1 as step, count(*) as applications from facts
    union all select 'submitted', 2, count(*) filter (where submitted) from facts
    union all select 'decided', 3, count(outcome) from facts
    union all select 'granted', 4, count(*) filter (where outcome in ('approved', 'partly_approved')) from facts
    union all select 'paid', 5, count(*) filter (where paid_cents > 0) from facts
  ) s
  order by s.step;
end;
$$;
comment on function public.report_pipeline(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) is
  'Office staff: how many applications were recorded, submitted, decided, granted and paid (the funnel).';

create or replace function public.report_own_funds(from_year integer, to_year integer)
returns table (
  own_fund_id uuid,
  name text,
  year integer,
  budget_cents bigint,
  committed_cents bigint,
  paid_cents bigint,
  remaining_cents bigint,
  grants bigint
)
language plpgsql stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_office_staff();
  return query
  select f.id, f.name, f.year, f.budget_cents, f.committed_cents, f.paid_cents, f.remaining_cents,
         (select count(*) from public.applications a
          join public.grant_decisions d on d.application_id = a.id
          where a.own_fund_id = f.id and d.outcome in ('approved', 'partly_approved'))
  from public.own_funds f
  where f.year between from_year and to_year
  order by f.year, f.name;
end;
$$;
comment on function public.report_own_funds(integer, integer) is
  'Office staff: each own fund''s budget, committed, paid and remaining per year, with its number of grants.';

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
    select fact.report_year as year, coalesce(fact.funder_id::text, 'none') as source_key,
           min(fact.funder_name) as source_label, min(fact.funder_level) as funder_level,
           sum(fact.granted_cents)::bigint as granted_cents, sum(fact.paid_cents)::bigint as paid_cents,
           count(*) filter (where fact.outcome in ('approved', 'partly_approved')) as grants
    from private.report_application_facts(from_year, to_year) fact
    where fact.granted_cents > 0
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
comment on function public.report_sources(integer, integer) is
  'Office staff: per year and funding source, money granted and paid (by the applications'' report year) and staff posts (FTE) running in that year.';

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
  with facts as (
    select * from private.report_application_facts(from_year, to_year)
  )
  select
    (select count(distinct f.organisation_id) from facts f where f.outcome in ('approved', 'partly_approved')),
    (select count(*) from facts f where f.outcome in ('approved', 'partly_approved')),
    (select coalesce(sum(f.granted_cents), 0)::bigint from facts f),
    (select coalesce(sum(f.paid_cents), 0)::bigint from facts f),
    (select coalesce(sum(f.granted_cents), 0)::bigint from facts f
     where f.office_role <> 'none' or f.own_fund_id is not null),
    -- Today's network, not the period's: the directory keeps no history of services.
    (select count(distinct s.id) from public.services s
     join public.organisations o on o.id = s.organisation_id and o.status = 'published'
     join public.service_taxonomy_terms st on st.service_id = s.id
     join public.taxonomy_terms tt on tt.id = st.taxonomy_term_id and tt.vocabulary = 'counselling_types'),
    (select count(distinct nm.organisation_id) from public.network_memberships nm
     join public.organisations o on o.id = nm.organisation_id and o.status = 'published');
end;
$$;
comment on function public.report_inquiry(integer, integer) is
  'Office staff: head figures of a council inquiry for a period: organisations supported, grants won, money granted, paid and with the office''s help, counselling services and organisations in the network today.';

-- Grants -----------------------------------------------------------------------------------------
revoke execute on function private.require_office_staff() from public;
revoke execute on function private.report_application_facts(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) from public;
revoke execute on function public.report_applications(text, integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) from public, anon;
revoke execute on function public.report_pipeline(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) from public, anon;
revoke execute on function public.report_own_funds(integer, integer) from public, anon;
revoke execute on function public.report_sources(integer, integer) from public, anon;
revoke execute on function public.report_inquiry(integer, integer) from public, anon;

grant execute on function private.require_office_staff() to authenticated, service_role;
grant execute on function private.report_application_facts(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) to authenticated, service_role;
grant execute on function public.report_applications(text, integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) to authenticated, service_role;
grant execute on function public.report_pipeline(integer, integer, uuid, public.funder_level, uuid, text, public.organisation_kind, public.office_role) to authenticated, service_role;
grant execute on function public.report_own_funds(integer, integer) to authenticated, service_role;
grant execute on function public.report_sources(integer, integer) to authenticated, service_role;
grant execute on function public.report_inquiry(integer, integer) to authenticated, service_role;
