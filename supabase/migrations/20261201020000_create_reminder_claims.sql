-- Adds what the reminder jobs (npm run jobs:reminders, run hourly from cron) need to send each
-- reminder once, and what the portal's members page needs to show who has access.
--
-- reminder_claims   one row per reminder and period, inserted by a job *before* its mail goes
--                   out: the unique key makes a second run, or a run overlapping this one, find
--                   the reminder taken and send nothing. Only the service role (the job) writes
--                   it; office staff read it (the stale-entries view shows who was reminded).
-- organisation_member_list(organisation)
--                   the members of an organisation with their e-mail address and whether they
--                   have accepted their invitation yet: addresses live in auth.users, which the
--                   API does not expose. Members of the organisation and office staff only.

-- Tables -----------------------------------------------------------------------------------------
create table public.reminder_claims (
  id uuid primary key default gen_random_uuid(),
  -- Which job claimed it, e.g. 'freshness'; other jobs (grant deadlines) share the table.
  job text not null check (length(job) between 1 and 60),
  -- What is reminded of, and for which period: e.g. '<organisation id>:since:<last confirmed>'.
  key text not null check (length(key) between 1 and 300),
  organisation_id uuid references public.organisations (id) on delete cascade,
  claimed_at timestamptz not null default now(),
  -- Null while the mail is on its way, or when sending failed after the claim (not sent again:
  -- a missed reminder is better than a reminder sent twice an hour; the log shows it).
  sent_at timestamptz,
  recipients integer not null default 0 check (recipients >= 0),
  unique (job, key)
);
comment on table public.reminder_claims is
  'One row per reminder a background job sends, claimed before sending so that each reminder goes out once per period even when runs overlap. Service role only.';
create index reminder_claims_organisation_id_idx on public.reminder_claims (organisation_id);

-- Functions --------------------------------------------------------------------------------------
create or replace function public.organisation_member_list(organisation uuid)
returns table (
  user_id uuid,
  email text,
  role public.member_role,
  invited_at timestamptz,
  accepted boolean
)
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.can_edit(organisation) then
    raise exception 'only the organisation''s members and office staff see who has access'
      using errcode = '42501';
  end if;
  return query
    select m.user_id, u.email::text, m.role, u.invited_at,
      -- An invited account is confirmed when its owner followed the invitation link.
      u.email_confirmed_at is not null
    from public.organisation_members m
    join auth.users u on u.id = m.user_id
    where m.organisation_id = organisation
    order by m.role, lower(u.email);
end;
$$;
comment on function public.organisation_member_list(uuid) is
  'Who has access to an organisation: e-mail, role, when invited, whether the invitation was accepted. For its members and office staff.';

-- Policies ---------------------------------------------------------------------------------------
alter table public.reminder_claims enable row level security;

create policy "office staff see reminder claims"
  on public.reminder_claims for select to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
revoke all on public.reminder_claims from anon, authenticated;
grant select on public.reminder_claims to authenticated;
grant select, insert, update, delete on public.reminder_claims to service_role;

revoke execute on function public.organisation_member_list(uuid) from public;
grant execute on function public.organisation_member_list(uuid) to authenticated, service_role;
