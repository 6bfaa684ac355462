-- Members read applications without a function call per row.
--
-- 20261201070000 put the once-per-query staff test first, so office staff no longer paid
-- private.can_edit() per application. Members still did: the helper is security definer (so
-- never inlined) and takes the row's organisation, so a member's read of applications called it
-- once for every application in the database, not once for their own. Measured on 50,000
-- applications: a member's `count(*)` took 1,470 ms (the same count in set form: 13–57 ms).
-- Worse, seven policies read `… in (select … from public.applications)` under the reader's own
-- policy: application_activities, grant_decisions, obligations, payments, application_documents,
-- own_funds and funding_calls. Each of a member's reads of those paid the same second and a half,
-- once per statement: the portal's funding page embeds obligations, the calls list the calls.
--
-- The same rule in set form: office staff (asked once per query), or the organisation is one of
-- the member's own, read once per query by private.member_organisation_ids() (security definer,
-- the membership rows of the requesting user: exactly what private.can_edit() asks per row).
-- Who sees what does not change (tests/integration/grants/rls-stories.test.ts and the stranger
-- test hold it; tests/integration/grants/application-policy.test.ts counts the calls).

alter policy "members see their organisation's applications, staff see all" on public.applications
  using (
    (select private.is_office_staff())
    or organisation_id in (select private.member_organisation_ids())
  );
