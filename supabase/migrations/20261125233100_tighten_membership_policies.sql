-- Tightens the membership checks in policies without changing who sees what:
--   * organisations: signed-in users had three select policies (published, office staff, own);
--     every permissive policy is evaluated for every row, and the "own" one called
--     private.is_member_of(id) once per row. Now one policy, with the membership looked up once
--     per statement through private.member_organisation_ids(), as the directory tables do.
--   * organisation_members: the same per-statement lookup (a row of one's own is a row of one's
--     organisation, so the separate user_id check is implied). private.is_member_of goes unused.
--   * schema private: visitors lose usage. They call nothing there directly (search_directory is
--     security definer), so a future helper whose execute right is not revoked stays out of reach.

-- Policies: organisations ------------------------------------------------------------------------
drop policy "published organisations are visible to signed-in users" on public.organisations;
drop policy "office staff see all organisations" on public.organisations;
drop policy "members see their own organisation in any status" on public.organisations;

-- Office staff read every organisation, whatever its status (they review drafts).
create policy "organisations are visible to signed-in users when published, own or staff"
  on public.organisations for select to authenticated
  using (
    status = 'published'
    or id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

-- Policies: organisation members -----------------------------------------------------------------
drop policy "members see their organisation's members, staff see all" on public.organisation_members;

create policy "members see their organisation's members, staff see all"
  on public.organisation_members for select to authenticated
  using (
    organisation_id in (select private.member_organisation_ids())
    or (select private.is_office_staff())
  );

-- Functions --------------------------------------------------------------------------------------
drop function private.is_member_of(uuid);

-- Schemas ----------------------------------------------------------------------------------------
revoke usage on schema private from anon;
