-- Adds staff posts: positions working against racism and discrimination (in the office or at an
-- organisation of the network), with full-time equivalents, role, funding source and period, so
-- that a council inquiry about staff can be answered like one about money. A post may be paid
-- from a grant (its application). Office staff only.

-- Tables -----------------------------------------------------------------------------------------
create table public.staff_posts (
  id uuid primary key default gen_random_uuid(),
  -- Where the post is; null: in the office itself.
  organisation_id uuid references public.organisations (id) on delete restrict,
  role text not null check (length(trim(role)) between 1 and 200),
  fte numeric(4, 3) not null check (fte > 0 and fte <= 1),
  funding_source text check (length(trim(funding_source)) between 1 and 300),
  funder_id uuid references public.funders (id) on delete set null,
  application_id uuid references public.applications (id) on delete set null,
  starts_on date not null,
  ends_on date,
  notes text check (length(notes) <= 5000),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint staff_posts_period check (ends_on >= starts_on)
);
comment on table public.staff_posts is
  'Staff posts (Stellen) against racism and discrimination: FTE, role, funding source and period, for council inquiries.';
comment on column public.staff_posts.fte is 'Full-time equivalent of the post: 0.5 is a half post.';

create index staff_posts_organisation_id_idx on public.staff_posts (organisation_id);
create index staff_posts_funder_id_idx on public.staff_posts (funder_id);
create index staff_posts_application_id_idx on public.staff_posts (application_id);

create trigger staff_posts_touch_updated_at
  before update on public.staff_posts
  for each row execute function private.touch_updated_at();

-- Policies ---------------------------------------------------------------------------------------
alter table public.staff_posts enable row level security;

create policy "office staff see staff posts" on public.staff_posts for select to authenticated
  using ((select private.is_office_staff()));
create policy "office staff add staff posts" on public.staff_posts for insert to authenticated
  with check ((select private.is_office_staff()));
create policy "office staff change staff posts" on public.staff_posts for update to authenticated
  using ((select private.is_office_staff())) with check ((select private.is_office_staff()));
create policy "office staff delete staff posts" on public.staff_posts for delete to authenticated
  using ((select private.is_office_staff()));

-- Grants -----------------------------------------------------------------------------------------
grant select, insert, update, delete on public.staff_posts to authenticated, service_role;
