-- Adds the one rule for who may add, change and remove an organisation's members. The policies
-- on organisation_members decide which rows a signed-in user reaches (office staff all, owners
-- their organisation's, everyone their own); this trigger decides which changes are allowed:
--   * nobody adds themselves or changes their own role (no one raises their own rights);
--   * office staff appoint, demote and remove anyone else, the last owner included (the office is
--     the fallback when an owner is gone; it then invites the next one);
--   * a member may leave; the last owner may not (the office appoints another owner first);
--   * an owner adds and removes editors of their own organisation; owners are the office's
--     decision (only office staff appoint, demote or remove an owner);
--   * an editor and a stranger manage nobody.
-- The rule itself is private.membership_change_refusal, a pure function; the app mirrors it in
-- src/lib/domain/membership-rules.ts and a test compares the two over every case. The rule
-- binds API users (role authenticated); the service role carries out what the app already
-- checked, and cascades (an organisation or account deleted) run as the table owner.

-- Functions --------------------------------------------------------------------------------------
create or replace function private.membership_change_refusal(
  change text,
  actor_is_staff boolean,
  actor_role public.member_role,
  is_self boolean,
  from_role public.member_role,
  to_role public.member_role,
  other_owners integer
) returns text
language sql immutable
set search_path = ''
as $$
  select case
    when change = 'change' and from_role = to_role then null
    when is_self and change <> 'remove' then 'own_membership'
    when actor_is_staff then null
    when is_self then
      case when 'owner' in (from_role, to_role) and other_owners = 0 then 'last_owner' end
    when actor_role is distinct from 'owner' then 'not_owner'
    when 'owner' in (from_role, to_role) then 'owners_by_office'
  end
$$;
comment on function private.membership_change_refusal(text, boolean, public.member_role, boolean, public.member_role, public.member_role, integer) is
  'The membership rule as a pure function: why a change (add: to_role only; remove: from_role only; change: both) is refused, or null when it is allowed. Mirrored by src/lib/domain/membership-rules.ts.';

-- Reads the facts the rule needs for the requesting user. Locks the organisation first, so that
-- two owners leaving at the same time cannot each count the other as the remaining owner.
create or replace function private.membership_refusal(
  organisation uuid,
  member uuid,
  from_role public.member_role,
  to_role public.member_role
) returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  actor uuid := (select auth.uid());
  actor_role public.member_role;
  other_owners integer;
begin
  perform 1 from public.organisations where id = organisation for no key update;
  select m.role into actor_role
  from public.organisation_members m
  where m.organisation_id = organisation and m.user_id = actor;
  select count(*) into other_owners
  from public.organisation_members m
  where m.organisation_id = organisation and m.role = 'owner' and m.user_id <> member;
  return private.membership_change_refusal(
    case when from_role is null then 'add' when to_role is null then 'remove' else 'change' end,
    private.is_office_staff(),
    actor_role,
    coalesce(member = actor, false),
    from_role,
    to_role,
    other_owners
  );
end;
$$;
comment on function private.membership_refusal(uuid, uuid, public.member_role, public.member_role) is
  'Why the requesting user may not make this membership change (see membership_change_refusal), or null.';

create or replace function private.guard_organisation_members() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  refusal text;
begin
  if current_user <> 'authenticated' then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op = 'INSERT' then
    refusal := private.membership_refusal(new.organisation_id, new.user_id, null, new.role);
  elsif tg_op = 'DELETE' then
    refusal := private.membership_refusal(old.organisation_id, old.user_id, old.role, null);
  elsif (new.organisation_id, new.user_id) is distinct from (old.organisation_id, old.user_id) then
    -- Moving a membership to another person or organisation is a removal and an addition.
    refusal := coalesce(
      private.membership_refusal(old.organisation_id, old.user_id, old.role, null),
      private.membership_refusal(new.organisation_id, new.user_id, null, new.role)
    );
  else
    refusal := private.membership_refusal(new.organisation_id, new.user_id, old.role, new.role);
  end if;
  if refusal is not null then
    raise exception '%', case refusal
        when 'own_membership' then 'nobody may add themselves to an organisation or change their own role'
        when 'owners_by_office' then 'only office staff appoint, demote or remove an organisation''s owners'
        when 'last_owner' then 'the last owner cannot leave: the office appoints another owner first'
        else 'only the organisation''s owners and office staff manage its members'
      end
      using errcode = '42501', detail = refusal;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
comment on function private.guard_organisation_members() is
  'Trigger function: holds API users to the membership rule (private.membership_change_refusal).';

revoke execute on function private.membership_change_refusal(text, boolean, public.member_role, boolean, public.member_role, public.member_role, integer) from public;
revoke execute on function private.membership_refusal(uuid, uuid, public.member_role, public.member_role) from public;
revoke execute on function private.guard_organisation_members() from public;
-- The trigger runs as the requesting user and asks the security-definer helper for the facts.
grant execute on function private.membership_refusal(uuid, uuid, public.member_role, public.member_role) to authenticated;

-- Triggers ---------------------------------------------------------------------------------------
create trigger organisation_members_guard
  before insert or update or delete on public.organisation_members
  for each row execute function private.guard_organisation_members();
