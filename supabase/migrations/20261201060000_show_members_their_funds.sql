-- Lets members see where their own-fund applications draw from. Until now own funds were for
-- office staff only, so an organisation's small grant showed in its portal with no source ("not
-- assigned to a call or fund"), and the own-contribution rule of the fund's programme was hidden
-- from it. Members now read the funds their organisation's applications draw from (name, year,
-- budget: a public budget line of the city) and the programmes of those funds, as they already
-- read the calls and programmes their applications answer. Committee meetings stay the office's.

-- Policies ---------------------------------------------------------------------------------------
-- The subquery reads applications under the reader's own policy: members see their own.
drop policy "office staff see own funds" on public.own_funds;
create policy "office staff see own funds, members the funds of their applications"
  on public.own_funds for select to authenticated
  using (
    (select private.is_office_staff())
    or id in (select own_fund_id from public.applications)
  );

alter policy "programmes of visible calls are visible to signed-in users, all to staff"
  on public.programmes
  using (
    (select private.is_office_staff())
    or id in (select programme_id from public.funding_calls)
    or id in (select programme_id from public.own_funds)
  );
alter policy "programmes of visible calls are visible to signed-in users, all to staff"
  on public.programmes
  rename to "programmes of visible calls and funds are visible to signed-in users, all to staff";
