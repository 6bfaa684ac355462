-- Adds join requests: what "ask to be listed" (/mitmachen) sends, kept beside the draft
-- organisation until the office decides. Until now the request made its contact an unconfirmed
-- owner of the draft, and a magic link then let whoever sent the form into the portal. Requests
-- now carry no account and no membership; the office invites the contact once it accepts. The
-- memberships that earlier requests created are turned into requests here.

-- Types ------------------------------------------------------------------------------------------
create type public.join_request_status as enum ('open', 'accepted', 'declined');

-- Tables -----------------------------------------------------------------------------------------
create table public.join_requests (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  contact_email text not null check (length(contact_email) between 3 and 254),
  -- The language the form was sent in: the invitation, once accepted, is written in it.
  locale text not null default 'de' check (locale in ('de', 'en', 'tr', 'ar', 'uk')),
  status public.join_request_status not null default 'open',
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  check ((status = 'open') = (decided_at is null))
);
comment on table public.join_requests is
  'Requests to be listed, sent through the public form: the draft organisation, who to answer and in which language. Only the office reads them.';
create index join_requests_status_created_at_idx on public.join_requests (status, created_at);

-- Earlier requests -------------------------------------------------------------------------------
-- Their contact was an unconfirmed account marked with the draft in its metadata.
insert into public.join_requests (organisation_id, contact_email, locale, created_at)
select distinct on (m.organisation_id)
  m.organisation_id,
  u.email,
  case when u.raw_user_meta_data ->> 'locale' in ('de', 'en', 'tr', 'ar', 'uk')
    then u.raw_user_meta_data ->> 'locale' else 'de' end,
  u.created_at
from public.organisation_members m
join auth.users u on u.id = m.user_id
where u.email_confirmed_at is null
  and u.email is not null
  and u.raw_user_meta_data ->> 'join_request' = m.organisation_id::text
order by m.organisation_id, u.created_at
on conflict (organisation_id) do nothing;

delete from public.organisation_members m
using auth.users u
where u.id = m.user_id
  and u.email_confirmed_at is null
  and u.raw_user_meta_data ->> 'join_request' = m.organisation_id::text;

-- Policies ---------------------------------------------------------------------------------------
-- The server stores requests with the service role; nobody signed in or anonymous adds any.
alter table public.join_requests enable row level security;

create policy "office staff see join requests"
  on public.join_requests for select to authenticated
  using ((select private.is_office_staff()));

create policy "office staff decide join requests"
  on public.join_requests for update to authenticated
  using ((select private.is_office_staff()))
  with check ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select, update on public.join_requests to authenticated;
grant select, insert, update, delete on public.join_requests to service_role;
