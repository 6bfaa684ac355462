-- Adds calendar feeds and deadline reminders:
-- - calendar_feed_tokens: secret, revocable iCal feed URLs, one per person (the obligations and
--   call deadlines they are responsible for) or per organisation (its obligations and the
--   deadlines of published calls that fit it). Only a SHA-256 hash of each token is stored; the
--   token itself is shown once. A person manages their own feeds; an organisation's members (and
--   office staff) manage the organisation's.
-- - public.calendar_feed(token): what a feed shows, for calendar apps that hold no session; it
--   answers null for an unknown or revoked token, or one whose creator lost the right to see it.
-- - deadline_reminder_claims: one row per reminder (deadline, days before, recipient), inserted
--   by the reminder job before it sends, so overlapping runs send each reminder once.
-- - public.office_staff_directory(): staff see who their colleagues are (for filters).

-- Types ------------------------------------------------------------------------------------------
create type public.calendar_feed_scope as enum ('person', 'organisation');
create type public.deadline_kind as enum ('obligation', 'call');

-- Tables -----------------------------------------------------------------------------------------
create table public.calendar_feed_tokens (
  id uuid primary key default gen_random_uuid(),
  scope public.calendar_feed_scope not null,
  user_id uuid references auth.users (id) on delete cascade,
  organisation_id uuid references public.organisations (id) on delete cascade,
  created_by uuid not null default auth.uid() references auth.users (id) on delete cascade,
  -- SHA-256 of the secret token (32 random bytes): high entropy, so no salt or slow hash needed.
  token_hash bytea not null unique check (length(token_hash) = 32),
  -- The language the feed's event titles are written in.
  locale text not null default 'de' check (locale in ('de', 'en', 'tr', 'ar', 'uk')),
  label text check (length(label) <= 200),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  constraint calendar_feed_tokens_owner check (
    (scope = 'person' and user_id is not null and organisation_id is null)
    or (scope = 'organisation' and organisation_id is not null and user_id is null)
  )
);
comment on table public.calendar_feed_tokens is
  'Secret iCal feed URLs (stored as SHA-256 hashes) of a person or an organisation; revoked ones answer 404.';

create index calendar_feed_tokens_user_id_idx on public.calendar_feed_tokens (user_id);
create index calendar_feed_tokens_organisation_id_idx on public.calendar_feed_tokens (organisation_id);
create index calendar_feed_tokens_created_by_idx on public.calendar_feed_tokens (created_by);

create table public.deadline_reminder_claims (
  deadline_kind public.deadline_kind not null,
  deadline_id uuid not null,
  days_before integer not null check (days_before in (14, 7, 1)),
  recipient_id uuid not null references auth.users (id) on delete cascade,
  claimed_at timestamptz not null default now(),
  primary key (deadline_kind, deadline_id, days_before, recipient_id)
);
comment on table public.deadline_reminder_claims is
  'Deadline reminders claimed (and sent) by the reminder job: the key makes each reminder go out once.';

-- Functions --------------------------------------------------------------------------------------
create or replace function private.can_see_feed(feed public.calendar_feed_tokens) returns boolean
language sql stable security definer
set search_path = ''
as $$
  -- A feed outlives nobody's rights: its creator must still be staff (person feeds) or still be
  -- a member of the organisation or staff (organisation feeds).
  select case feed.scope
    when 'person' then exists (select 1 from public.staff where user_id = feed.user_id)
                       and feed.created_by = feed.user_id
    else exists (select 1 from public.staff where user_id = feed.created_by)
      or exists (select 1 from public.organisation_members
                 where organisation_id = feed.organisation_id and user_id = feed.created_by)
  end
$$;
comment on function private.can_see_feed(public.calendar_feed_tokens) is
  'Whether a feed token''s creator may still see what the feed shows.';

-- The call-fits-organisation rule of the organisation feed: the call shares a topic with the
-- organisation, or it names migrant organisations among its applicants and the organisation is one.
create or replace function private.call_fits_organisation(call public.funding_calls, organisation uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
      select 1 from public.organisation_taxonomy_terms ot
      join public.taxonomy_terms t on t.id = ot.taxonomy_term_id
      where ot.organisation_id = organisation and t.vocabulary = 'topics' and t.code = any (call.topics)
    )
    or ('migrant_organisation' = any (call.eligible_applicants)
        and exists (select 1 from public.organisations o
                    where o.id = organisation and o.kind = 'migrant_organisation'))
$$;
comment on function private.call_fits_organisation(public.funding_calls, uuid) is
  'Whether a funding call fits an organisation: a shared topic, or migrant organisations invited and it is one.';

create or replace function public.calendar_feed(token text) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  feed public.calendar_feed_tokens;
begin
  if token is null or length(token) > 200 then
    return null;
  end if;
  select * into feed from public.calendar_feed_tokens
  where token_hash = sha256(convert_to(token, 'UTF8')) and revoked_at is null;
  if not found or not private.can_see_feed(feed) then
    return null;
  end if;
  return jsonb_build_object(
    'scope', feed.scope,
    'locale', feed.locale,
    'name', (select name from public.organisations where id = feed.organisation_id),
    'obligations', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', o.id, 'kind', o.kind, 'due_on', o.due_on,
        'application_id', a.id, 'application', a.title, 'organisation', org.name
      ) order by o.due_on, o.id)
      from public.obligations o
      join public.applications a on a.id = o.application_id
      join public.organisations org on org.id = a.organisation_id
      where o.done_at is null
        and (case feed.scope when 'person' then a.responsible_staff_id = feed.user_id
                             else a.organisation_id = feed.organisation_id end)
    ), '[]'::jsonb),
    'calls', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', c.id, 'title', c.title, 'deadline_at', c.deadline_at, 'link', c.link
      ) order by c.deadline_at, c.id)
      from public.funding_calls c
      where c.deadline_at is not null
        and c.deadline_at > now() - interval '30 days'
        and (case feed.scope
               when 'person' then exists (
                 select 1 from public.applications a
                 where a.funding_call_id = c.id and a.responsible_staff_id = feed.user_id
                   and a.status in ('idea', 'drafting'))
               else c.published and private.call_fits_organisation(c, feed.organisation_id)
             end)
    ), '[]'::jsonb)
  );
end;
$$;
comment on function public.calendar_feed(text) is
  'What the calendar feed of a secret token shows (obligations, call deadlines); null for an unknown or revoked token.';

create or replace function public.office_staff_directory()
returns table (user_id uuid, email text)
language sql stable security definer
set search_path = ''
as $$
  select s.user_id, u.email::text
  from public.staff s join auth.users u on u.id = s.user_id
  where private.is_office_staff()
  order by u.email
$$;
comment on function public.office_staff_directory() is
  'Office staff and their email addresses, for staff only (filters by responsible staff member).';

-- A revoked feed stays revoked, dated by the database: any update revokes.
create or replace function private.keep_feed_revoked() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  new.revoked_at := coalesce(old.revoked_at, now());
  return new;
end;
$$;
comment on function private.keep_feed_revoked() is
  'Trigger function: an update of a feed token revokes it, once and for good.';

create trigger calendar_feed_tokens_keep_revoked
  before update on public.calendar_feed_tokens
  for each row execute function private.keep_feed_revoked();

revoke execute on function private.keep_feed_revoked() from public;
revoke execute on function private.can_see_feed(public.calendar_feed_tokens) from public;
revoke execute on function private.call_fits_organisation(public.funding_calls, uuid) from public;
revoke execute on function public.calendar_feed(text) from public;
revoke execute on function public.office_staff_directory() from public;
grant execute on function public.calendar_feed(text) to anon, authenticated, service_role;
grant execute on function public.office_staff_directory() to authenticated, service_role;

-- Policies ---------------------------------------------------------------------------------------
alter table public.calendar_feed_tokens enable row level security;
alter table public.deadline_reminder_claims enable row level security;

create policy "people see their own feeds, members their organisation's"
  on public.calendar_feed_tokens for select to authenticated
  using (
    user_id = (select auth.uid())
    or (organisation_id is not null and private.can_edit(organisation_id))
  );
create policy "staff add their own feeds, members their organisation's"
  on public.calendar_feed_tokens for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and (
      (scope = 'person' and user_id = (select auth.uid()) and (select private.is_office_staff()))
      or (scope = 'organisation' and private.can_edit(organisation_id))
    )
  );
create policy "people revoke their own feeds, members their organisation's"
  on public.calendar_feed_tokens for update to authenticated
  using (
    user_id = (select auth.uid())
    or (organisation_id is not null and private.can_edit(organisation_id))
  )
  with check (
    user_id = (select auth.uid())
    or (organisation_id is not null and private.can_edit(organisation_id))
  );

-- deadline_reminder_claims: the reminder job's (service role) alone; no policy for API roles.

-- Grants -----------------------------------------------------------------------------------------
grant select on public.calendar_feed_tokens to authenticated;
grant insert (scope, user_id, organisation_id, token_hash, locale, label)
  on public.calendar_feed_tokens to authenticated;
grant update (revoked_at) on public.calendar_feed_tokens to authenticated;
grant select, insert, update, delete on public.calendar_feed_tokens to service_role;
grant select, insert, delete on public.deadline_reminder_claims to service_role;
