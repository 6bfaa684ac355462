-- Adds invitation links the app signs itself. Supabase Auth's invite and magic links expire after
-- 24 hours (its OTP expiry, which the local auth service caps the same way); volunteers often open
-- their mail later. So an invitation mail carries the app's own link: a random 32-byte token whose
-- SHA-256 hash is stored here with the invitation (who, to what, by whom, until when). Opening the
-- link checks the row, then the app asks Auth for a fresh one-time link on the spot and turns it
-- into a session, so the Auth link's 24 hours never run while the mail waits.
--
-- A row ends when it is used, withdrawn (the owner withdrew the invitation, or a newer link for
-- the same address and target replaced it) or past expires_at. Only the app's server (service
-- role) writes rows; an organisation's owners and office staff read their invitations (without
-- the token hash) for the members page, which dates a pending invitation by its newest link
-- (public.organisation_member_list, replaced below).

-- Tables -----------------------------------------------------------------------------------------
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  -- SHA-256 of the secret token (32 random bytes): high entropy, so no salt or slow hash needed.
  token_hash bytea not null unique check (length(token_hash) = 32),
  email text not null check (length(email) between 3 and 320),
  user_id uuid references auth.users (id) on delete set null,
  organisation_id uuid references public.organisations (id) on delete cascade,
  member_role public.member_role,
  staff_role public.staff_role,
  invited_by uuid references auth.users (id) on delete set null,
  -- The language the mail was written in; the invitation page and later mails follow it.
  locale text not null default 'de' check (locale in ('de', 'en', 'tr', 'ar', 'uk')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  withdrawn_at timestamptz,
  -- An invitation is either to an organisation (with a member role) or to the office.
  constraint invitations_target check (
    (organisation_id is not null and member_role is not null and staff_role is null)
    or (organisation_id is null and member_role is null and staff_role is not null)
  ),
  constraint invitations_expiry check (expires_at > created_at)
);
comment on table public.invitations is
  'Invitation links signed by the app (SHA-256 of the token), valid until expires_at unless used or withdrawn.';

create index invitations_organisation_id_idx on public.invitations (organisation_id);
create index invitations_user_id_idx on public.invitations (user_id);
create index invitations_invited_by_idx on public.invitations (invited_by);

-- Policies ---------------------------------------------------------------------------------------
alter table public.invitations enable row level security;

create policy "owners and office staff see invitations to the organisation"
  on public.invitations for select to authenticated
  using (
    (organisation_id is not null and (select private.is_owner_of(organisation_id)))
    or (select private.is_office_staff())
  );

-- Grants -----------------------------------------------------------------------------------------
-- No writes through the API: the app's server issues, uses and withdraws links (service role).
-- The token hash is never readable through the API.
grant select (
  id, email, user_id, organisation_id, member_role, staff_role, invited_by, locale, created_at,
  expires_at, used_at, withdrawn_at
) on public.invitations to authenticated;
grant select, insert, update, delete on public.invitations to service_role;

-- Functions --------------------------------------------------------------------------------------
-- The members list dates a pending invitation by its newest link: the app sends invitations
-- itself now, so Auth's invited_at stays empty for accounts invited this way.
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
    select m.user_id, u.email::text, m.role,
      coalesce(
        (select max(i.created_at) from public.invitations i
         where i.organisation_id = organisation and i.user_id = m.user_id),
        u.invited_at
      ),
      -- An invited account is confirmed when its owner followed the invitation link.
      u.email_confirmed_at is not null
    from public.organisation_members m
    join auth.users u on u.id = m.user_id
    where m.organisation_id = organisation
    order by m.role, lower(u.email);
end;
$$;
