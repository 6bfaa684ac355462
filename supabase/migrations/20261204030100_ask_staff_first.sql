-- Office staff read entries, revisions, history, places and members without a helper call per
-- row.
--
-- These select policies asked private.can_edit(organisation_id) for every row. The helper is
-- security definer (never inlined) and takes the row's organisation, so Postgres calls it per
-- row: 34 µs each for office staff on this machine. The review queue reads every pending
-- revision, the office's organisation list every draft, the places and member lists every row:
-- a thousand pending revisions cost 34 ms before anything else was read.
--
-- As 20261201070000 did for applications: the once-per-query staff test first. The meaning does
-- not change (private.can_edit is true for office staff anyway); members still get the per-row
-- answer, for the rows of their own organisations that their queries name (see
-- 20261204030000 for the one table members read in bulk).
-- tests/integration/roles/staff-reads.test.ts counts the calls.

alter policy "revisions are visible to the organisation's members and office staff"
  on public.entry_revisions
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));

alter policy "history is visible to the organisation's members and office staff"
  on public.directory_history
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));

alter policy "locations are visible to members and office staff" on public.locations
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));

alter policy "members see their organisation's members, staff see all"
  on public.organisation_members
  using ((select private.is_office_staff()) or private.can_edit(organisation_id));

alter policy "organisations are visible to signed-in users when published, own or staff"
  on public.organisations
  using (status = 'published' or (select private.is_office_staff()) or private.can_edit(id));
