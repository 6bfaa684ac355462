-- Adds the organisation's kind to what only office staff may change. A member who could turn
-- their organisation into a "network" could list any organisation as that network's member
-- without its consent; what kind an organisation is belongs to the office's review (clearing).

create or replace function private.guard_organisation_status() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated'
     and (
       new.status is distinct from old.status
       or new.is_demo is distinct from old.is_demo
       or new.kind is distinct from old.kind
     )
     and not private.is_office_staff() then
    raise exception 'only office staff may change an organisation''s status, kind or demo mark'
      using errcode = '42501';
  end if;
  return new;
end;
$$;

comment on function private.guard_organisation_status() is
  'Trigger function: members may edit their profile but not publish, archive, reclassify or un-mark demo data.';
