-- Demo accounts for the embedded stack only: an office admin, an office staff member and an
-- organisation member who owns two demo organisations. Applied by stack/stack.ts as the
-- superuser right after the demo seed, once; never part of a migration, never on a real
-- Supabase project. The passwords are in the README ("Demo accounts (embedded stack only)").
-- Idempotent: existing rows are left alone.

-- Users (confirmed, bcrypt as Supabase Auth stores it) -----------------------------------------
with demo (id, email, password) as (
  values
    ('d0000000-0000-4000-8000-000000000001'::uuid, 'admin@buendnisatlas.example.org', 'demo-admin'),
    ('d0000000-0000-4000-8000-000000000002'::uuid, 'team@buendnisatlas.example.org', 'demo-team'),
    ('d0000000-0000-4000-8000-000000000003'::uuid, 'mitglied@buendnisatlas.example.org', 'demo-mitglied')
)
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change,
  email_change_token_current, is_super_admin
)
select
  '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email,
  extensions.crypt(password, extensions.gen_salt('bf', 10)), now(),
  '{"provider":"email","providers":["email"]}', '{"locale":"de","demo":true}', now(), now(),
  '', '', '', '', '', false
from demo
on conflict do nothing;

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id,
       jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
       'email', null, now(), now()
from auth.users u
where u.id in (
  'd0000000-0000-4000-8000-000000000001',
  'd0000000-0000-4000-8000-000000000002',
  'd0000000-0000-4000-8000-000000000003'
)
on conflict (provider_id, provider) do nothing;

-- Roles --------------------------------------------------------------------------------------------
insert into public.staff (user_id, role) values
  ('d0000000-0000-4000-8000-000000000001', 'office_admin'),
  ('d0000000-0000-4000-8000-000000000002', 'office_staff')
on conflict (user_id) do nothing;

-- The member owns a published and a draft demo organisation (when the seed has them).
insert into public.organisation_members (organisation_id, user_id, role)
select o.id, 'd0000000-0000-4000-8000-000000000003', 'owner'
from public.organisations o
where o.is_demo
  and o.name in ('Ökumenische Flüchtlingshilfe Nordstadt (Demo)', 'Verein Brückenbauer*innen e. V. (Demo)')
on conflict (organisation_id, user_id) do nothing;

-- The team member is responsible for the demo applications the office took part in. Set
-- without an "edited" log entry: in the demo story it was so from the start.
alter table public.applications disable trigger applications_log_edited;
update public.applications
set responsible_staff_id = 'd0000000-0000-4000-8000-000000000002'
where is_demo and office_role <> 'none' and responsible_staff_id is null;
alter table public.applications enable trigger applications_log_edited;
