-- Demo data for Kassel. Real public bodies and services under their real names, with clearly
-- fictional contact details; every row is marked is_demo so an installation can remove it.
-- Applied once, on the first start of the embedded stack (and by `supabase db reset`).

insert into public.organisations (name, kind, status, is_demo) values
  ('Amt für Chancengleichheit der Stadt Kassel', 'public_body', 'published', true),
  ('AdiBe – Antidiskriminierungsberatung', 'counselling_service', 'published', true),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'counselling_service', 'published', true),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'network', 'published', true),
  ('WIR-Vielfaltszentrum', 'initiative', 'published', true),
  ('Ausländerbeirat der Stadt Kassel', 'public_body', 'published', true),
  ('Partnerschaft für Demokratie Kassel', 'network', 'published', true),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'network', 'published', true),
  ('Ökumenische Flüchtlingshilfe Nordstadt (Demo)', 'initiative', 'published', true),
  ('Verein Brückenbauer*innen e. V. (Demo)', 'migrant_organisation', 'draft', true),
  ('Nachbarschaftsinitiative Wesertor (Demo)', 'initiative', 'archived', true);
