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

-- Directory ---------------------------------------------------------------------------------------
-- Districts of Kassel with rounded centroids: where a location marked district_only is shown.
insert into public.districts (city, name, latitude, longitude) values
  ('Kassel', 'Mitte', 51.3170, 9.4950),
  ('Kassel', 'Südstadt', 51.3030, 9.4880),
  ('Kassel', 'West', 51.3140, 9.4680),
  ('Kassel', 'Wehlheiden', 51.3050, 9.4650),
  ('Kassel', 'Bad Wilhelmshöhe', 51.3120, 9.4250),
  ('Kassel', 'Brasselsberg', 51.2930, 9.4100),
  ('Kassel', 'Süsterfeld-Helleböhn', 51.2930, 9.4530),
  ('Kassel', 'Harleshausen', 51.3400, 9.4150),
  ('Kassel', 'Kirchditmold', 51.3270, 9.4430),
  ('Kassel', 'Rothenditmold', 51.3290, 9.4720),
  ('Kassel', 'Nord-Holland', 51.3280, 9.4950),
  ('Kassel', 'Philippinenhof-Warteberg', 51.3400, 9.4930),
  ('Kassel', 'Fasanenhof', 51.3260, 9.5170),
  ('Kassel', 'Wesertor', 51.3220, 9.5080),
  ('Kassel', 'Wolfsanger-Hasenhecke', 51.3380, 9.5300),
  ('Kassel', 'Bettenhausen', 51.3100, 9.5300),
  ('Kassel', 'Forstfeld', 51.3000, 9.5350),
  ('Kassel', 'Waldau', 51.2850, 9.5200),
  ('Kassel', 'Niederzwehren', 51.2830, 9.4550),
  ('Kassel', 'Oberzwehren', 51.2780, 9.4700),
  ('Kassel', 'Nordshausen', 51.2720, 9.4380),
  ('Kassel', 'Jungfernkopf', 51.3480, 9.4500),
  ('Kassel', 'Unterneustadt', 51.3130, 9.5080)
on conflict (city, name) do nothing;

-- Profiles: the organisations above get their details, invented ones are added. One row each;
-- `hours` picks an opening-hours pattern, `street`/`district`/`visibility` the main location.
create temporary table seed_organisations (
  name text primary key,
  short_name text,
  kind public.organisation_kind,
  status public.publication_status,
  host text not null,
  legal_form text,
  description text,
  district text not null,
  street text,
  visibility public.location_visibility not null,
  wheelchair boolean,
  hours text not null,
  topics text[] not null default '{}',
  target_groups text[] not null default '{}'
);

insert into seed_organisations (name, short_name, kind, status, host, legal_form, description, district, street, visibility, wheelchair, hours, topics, target_groups) values
  ('Amt für Chancengleichheit der Stadt Kassel', 'Amt für Chancengleichheit', null, null, 'chancengleichheit', 'Kommunale Verwaltung',
   'Koordiniert in Kassel das Bundesprogramm Komm.A – Kommunale Allianzen und Strategien gegen Rassismus und Hass. Der Antidiskriminierungsbeauftragte unterstützt zivilgesellschaftliche Gruppen beim Vernetzen und bei Förderanträgen.',
   'Mitte', 'Obere Königsstraße 8', 'exact', true, 'office', '{networking,democracy}', '{professionals,people_affected_by_racism}'),
  ('AdiBe – Antidiskriminierungsberatung', 'AdiBe', null, null, 'adibe', 'eingetragener Verein',
   'Unabhängige Antidiskriminierungsberatung für Menschen, die wegen ihrer Herkunft, Religion, ihres Geschlechts, einer Behinderung oder aus anderen Gründen benachteiligt werden. Vertraulich, parteilich und kostenlos.',
   'Mitte', 'Wilhelmsstraße 2', 'approximate', true, 'office', '{counselling,empowerment}', '{people_affected_by_racism}'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'response.', null, null, 'response', 'eingetragener Verein',
   'Beratung und Begleitung für Betroffene rechter, rassistischer und antisemitischer Gewalt, ihre Angehörigen und Zeug*innen – auf Wunsch anonym und aufsuchend.',
   'Mitte', 'Kurfürstenstraße 9', 'on_request', null, 'evening', '{counselling}', '{people_affected_by_racism}'),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'ALL IN', null, null, 'allin', 'eingetragener Verein',
   'Servicestelle für Migrantenorganisationen: Beratung zu Vereinsgründung, Projektanträgen und Fördermitteln, Vernetzung und Qualifizierung.',
   'Nord-Holland', 'Holländische Straße 36', 'exact', true, 'office', '{networking,empowerment}', '{migrants}'),
  ('WIR-Vielfaltszentrum', 'WIR', null, null, 'wir-vielfalt', 'eingetragener Verein',
   'Offener Treffpunkt für Vielfalt und Begegnung mit Empowerment-Angeboten, Workshops gegen Rassismus und Raum für Initiativen.',
   'Wesertor', 'Weserstraße 12', 'exact', true, 'evening', '{empowerment,education,culture}', '{young_people,migrants}'),
  ('Ausländerbeirat der Stadt Kassel', 'Ausländerbeirat', null, null, 'auslaenderbeirat', 'Gremium der Stadt',
   'Gewählte Interessenvertretung der Kasseler*innen ohne deutschen Pass; berät Stadtverordnetenversammlung und Magistrat.',
   'Mitte', 'Obere Königsstraße 8', 'exact', true, 'office', '{democracy}', '{migrants}'),
  ('Partnerschaft für Demokratie Kassel', 'PfD Kassel', null, null, 'pfd', null,
   'Lokale Partnerschaft für Demokratie im Bundesprogramm „Demokratie leben!“; fördert kleine Empowerment- und Demokratieprojekte über den Aktions- und Initiativfonds.',
   'Mitte', 'Obere Königsstraße 8', 'exact', true, 'office', '{democracy,networking}', '{professionals,young_people}'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Komm.A Kassel', null, null, 'komma', null,
   'Kommunale Allianz aus Stadtverwaltung, Beratungsstellen, Migrantenorganisationen, Zivilgesellschaft und Polizei gegen Rassismus und Hass.',
   'Mitte', 'Obere Königsstraße 8', 'exact', true, 'none', '{networking,democracy}', '{professionals}'),
  ('Ökumenische Flüchtlingshilfe Nordstadt (Demo)', null, null, null, 'fluechtlingshilfe-nordstadt', 'eingetragener Verein',
   'Ehrenamtliche Begleitung von Geflüchteten zu Behörden, Sprachpatenschaften und ein offenes Café.',
   'Nord-Holland', 'Mombachstraße 14', 'exact', false, 'evening', '{language_learning,housing}', '{refugees}'),
  ('Verein Brückenbauer*innen e. V. (Demo)', null, null, null, 'brueckenbauer', 'eingetragener Verein',
   'Sprach- und Kulturmittlung für Familien.', 'Rothenditmold', 'Wolfhager Straße 40', 'exact', true, 'office', '{culture}', '{families}'),
  ('Nachbarschaftsinitiative Wesertor (Demo)', null, null, null, 'nachbarschaft-wesertor', null,
   'Nachbarschaftsfeste und Hofflohmärkte im Wesertor.', 'Wesertor', 'Weserstraße 40', 'exact', null, 'none', '{culture}', '{families}'),
  ('Beratung für Geflüchtete Kassel (Demo)', 'BfG Kassel', 'counselling_service', 'published', 'bfg-kassel', 'eingetragener Verein',
   'Asyl- und Verfahrensberatung, Unterstützung bei Diskriminierung durch Behörden und Vermieter*innen.',
   'Nord-Holland', 'Gottschalkstraße 22', 'exact', true, 'office', '{counselling,housing}', '{refugees}'),
  ('Türkischer Elternverein Kassel e. V. (Demo)', 'TEV Kassel', 'migrant_organisation', 'published', 'tev-kassel', 'eingetragener Verein',
   'Elternarbeit, Hausaufgabenhilfe und Begleitung bei Diskriminierung in Kita und Schule.',
   'Bettenhausen', 'Leipziger Straße 120', 'exact', false, 'evening', '{education}', '{families,young_people}'),
  ('Afrikanisches Kulturforum Nordhessen (Demo)', 'AKF Nordhessen', 'migrant_organisation', 'published', 'akf-nordhessen', 'eingetragener Verein',
   'Kulturveranstaltungen, Empowerment-Workshops für Schwarze Menschen und Bildungsarbeit gegen anti-Schwarzen Rassismus.',
   'Wesertor', 'Ysenburgstraße 7', 'exact', true, 'weekend', '{culture,empowerment,education}', '{people_affected_by_racism}'),
  ('Ukrainische Gemeinde Kassel (Demo)', null, 'migrant_organisation', 'published', 'ukraine-kassel', 'eingetragener Verein',
   'Ankommensberatung und Treffpunkt für Menschen aus der Ukraine, Sprachkurse und Begleitung zu Ämtern.',
   'West', 'Friedrich-Ebert-Straße 90', 'exact', true, 'office', '{language_learning,counselling}', '{refugees,families}'),
  ('Syrisch-Deutscher Freundeskreis (Demo)', null, 'migrant_organisation', 'published', 'sdf-kassel', 'eingetragener Verein',
   'Begegnung, Übersetzungshilfe und Unterstützung bei der Arbeitssuche.',
   'Nord-Holland', 'Quellhofstraße 15', 'approximate', false, 'evening', '{work,culture}', '{refugees,migrants}'),
  ('Afghanischer Frauenverein Kassel (Demo)', null, 'migrant_organisation', 'published', 'afghanische-frauen', 'eingetragener Verein',
   'Geschützter Treffpunkt für afghanische Frauen und Mädchen, Beratung und Sprachkurse.',
   'Rothenditmold', null, 'district_only', null, 'weekend', '{empowerment,language_learning}', '{women,refugees}'),
  ('Roma-Selbstorganisation Nordhessen (Demo)', null, 'migrant_organisation', 'published', 'roma-nordhessen', 'eingetragener Verein',
   'Selbstorganisation von Rom*nja und Sinti*zze; Beratung bei antiziganistischer Diskriminierung und Bildungsarbeit.',
   'Forstfeld', 'Forstbachweg 3', 'approximate', false, 'office', '{counselling,education}', '{people_affected_by_racism,families}'),
  ('Jüdisches Forum für Dialog Kassel (Demo)', null, 'initiative', 'published', 'juedisches-forum', 'eingetragener Verein',
   'Dialogveranstaltungen, Bildungsarbeit gegen Antisemitismus und Begleitung Betroffener.',
   'West', null, 'on_request', null, 'none', '{education,democracy}', '{people_affected_by_racism,professionals}'),
  ('Queere Beratung Kassel (Demo)', null, 'counselling_service', 'published', 'queer-kassel', 'eingetragener Verein',
   'Beratung für lesbische, schwule, bi, trans*, inter* und queere Menschen, auch bei Mehrfachdiskriminierung.',
   'Südstadt', 'Frankfurter Straße 65', 'approximate', true, 'evening', '{counselling,empowerment}', '{lgbtiq}'),
  ('Psychosoziales Zentrum für Geflüchtete Nordhessen (Demo)', 'PSZ Nordhessen', 'counselling_service', 'published', 'psz-nordhessen', 'gemeinnützige GmbH',
   'Psychosoziale Beratung und Therapie für traumatisierte Geflüchtete, mit Sprachmittlung.',
   'Wehlheiden', 'Kohlenstraße 30', 'approximate', true, 'office', '{counselling}', '{refugees}'),
  ('Migrationsberatung für Erwachsene Kassel-Nord (Demo)', 'MBE Kassel-Nord', 'counselling_service', 'published', 'mbe-nord', 'Wohlfahrtsverband',
   'Migrationsberatung für erwachsene Zugewanderte: Aufenthalt, Arbeit, Anerkennung, Familie.',
   'Nord-Holland', 'Holländische Straße 80', 'exact', true, 'office', '{counselling,work}', '{migrants}'),
  ('Jugendmigrationsdienst Kassel (Demo)', 'JMD Kassel', 'counselling_service', 'published', 'jmd-kassel', 'Wohlfahrtsverband',
   'Beratung und Gruppenangebote für junge Zugewanderte von 12 bis 27 Jahren.',
   'Mitte', 'Kölnische Straße 12', 'exact', true, 'office', '{counselling,education}', '{young_people}'),
  ('Rechtshilfe-Initiative Asyl Kassel (Demo)', null, 'initiative', 'published', 'rechtshilfe-asyl', null,
   'Ehrenamtliche Jurist*innen beraten zu Asylverfahren und Diskriminierung im Alltag.',
   'Südstadt', 'Weinbergstraße 5', 'exact', false, 'evening', '{counselling}', '{refugees}'),
  ('Frauenberatung bei Gewalt – Schutzraum (Demo)', 'Schutzraum', 'counselling_service', 'published', 'schutzraum', 'eingetragener Verein',
   'Beratung für Frauen nach Gewalt, auch nach rassistischen Übergriffen; Schutzwohnung, Adresse nur auf Anfrage.',
   'Wehlheiden', 'Geheimweg 1', 'on_request', true, 'hotline', '{counselling,housing}', '{women}'),
  ('Empowerment-Netzwerk Schwarzer Menschen Kassel (Demo)', null, 'initiative', 'published', 'empowerment-schwarz', null,
   'Selbstorganisierte Empowerment-Räume, Peer-Beratung und Workshops.',
   'Unterneustadt', 'Unterneustädter Kirchplatz 2', 'exact', true, 'weekend', '{empowerment}', '{people_affected_by_racism}'),
  ('Muslimische Jugend Kassel (Demo)', null, 'migrant_organisation', 'published', 'mj-kassel', 'eingetragener Verein',
   'Jugendarbeit, Sport und Bildungsangebote; Dokumentation antimuslimischer Vorfälle.',
   'Bettenhausen', 'Sandershäuser Straße 34', 'exact', false, 'evening', '{sports,education}', '{young_people}'),
  ('Stadtteilzentrum Rothenditmold (Demo)', null, 'initiative', 'published', 'stz-rothenditmold', 'eingetragener Verein',
   'Nachbarschaftstreff mit Sozialberatung, Sprachcafé und Hausaufgabenhilfe.',
   'Rothenditmold', 'Wolfhager Straße 100', 'exact', true, 'office', '{language_learning,housing}', '{families}'),
  ('Interkulturelle Woche Kassel – Vorbereitungskreis (Demo)', 'IKW Kassel', 'initiative', 'published', 'ikw-kassel', null,
   'Bereitet jedes Jahr die Interkulturelle Woche in Kassel mit über 50 Veranstaltungen vor.',
   'Mitte', null, 'on_request', null, 'none', '{culture,networking}', '{professionals}'),
  ('Internationale Wochen gegen Rassismus Kassel (Demo)', 'IWgR Kassel', 'initiative', 'published', 'iwgr-kassel', null,
   'Aktionsbündnis für die Internationalen Wochen gegen Rassismus im März.',
   'Mitte', null, 'on_request', null, 'none', '{democracy,education}', '{professionals}'),
  ('Sportverein Vielfalt Kassel (Demo)', 'SV Vielfalt', 'initiative', 'published', 'sv-vielfalt', 'eingetragener Verein',
   'Fußball, Boxen und Schwimmen für alle – mit Antirassismus-Trainer*innen.',
   'Waldau', 'Am Sportplatz 3', 'exact', true, 'weekend', '{sports}', '{young_people}'),
  ('Sprachcafé Wesertor (Demo)', null, 'initiative', 'published', 'sprachcafe-wesertor', null,
   'Deutsch üben in entspannter Runde, jeden Dienstag und Donnerstag.',
   'Wesertor', 'Weserstraße 26', 'exact', true, 'evening', '{language_learning}', '{refugees,migrants}'),
  ('Antidiskriminierungsnetzwerk Hochschule Kassel (Demo)', null, 'initiative', 'published', 'adn-hochschule', null,
   'Studentisches Netzwerk: Erstberatung und Verweisberatung bei Diskriminierung an der Hochschule.',
   'Nord-Holland', 'Mönchebergstraße 19', 'exact', true, 'office', '{counselling,education}', '{young_people}'),
  ('Elternnetzwerk Mehrsprachigkeit (Demo)', null, 'initiative', 'published', 'eltern-mehrsprachig', null,
   'Eltern stärken Eltern: mehrsprachige Erziehung, Kita und Schule.',
   'Oberzwehren', 'Brückenhofstraße 50', 'approximate', true, 'weekend', '{education}', '{families}'),
  ('Beratungsstelle Barrierefrei Leben (Demo)', null, 'counselling_service', 'published', 'barrierefrei-leben', 'eingetragener Verein',
   'Beratung bei Diskriminierung wegen Behinderung, auch in Leichter Sprache und Gebärdensprache.',
   'Südstadt', 'Frankfurter Straße 120', 'exact', true, 'office', '{counselling}', '{people_affected_by_racism}'),
  ('Kurdisches Gemeindezentrum Kassel (Demo)', null, 'migrant_organisation', 'published', 'kurdisch-kassel', 'eingetragener Verein',
   'Kulturarbeit, Sprachkurse Kurmancî und Beratung im Alltag.',
   'Niederzwehren', 'Frankfurter Straße 250', 'exact', false, 'weekend', '{culture,language_learning}', '{migrants}'),
  ('Polnischer Kulturverein Kassel (Demo)', null, 'migrant_organisation', 'draft', 'polonia-kassel', 'eingetragener Verein',
   'Polnische Kultur, Bibliothek und Samstagsschule.',
   'Harleshausen', 'Wolfhager Straße 300', 'exact', null, 'weekend', '{culture}', '{families}'),
  ('Opferhilfe Nordhessen (Demo)', null, 'counselling_service', 'published', 'opferhilfe-nordhessen', 'eingetragener Verein',
   'Beratung und Prozessbegleitung für Opfer von Straftaten, auch bei Hasskriminalität.',
   'Kirchditmold', 'Zentgrafenstraße 60', 'district_only', true, 'office', '{counselling}', '{people_affected_by_racism}'),
  ('Elternverein Arabische Sprache Kassel (Demo)', null, 'migrant_organisation', 'published', 'arabisch-kassel', 'eingetragener Verein',
   'Arabischunterricht für Kinder, Elterncafé und Begleitung bei Schulfragen.',
   'Fasanenhof', 'Fasanenweg 5', 'exact', false, 'weekend', '{education,language_learning}', '{families}');

insert into public.organisations (name, kind, status, is_demo)
select s.name, s.kind, s.status, true
from seed_organisations s
where s.kind is not null
on conflict do nothing;

update public.organisations o set
  short_name = s.short_name,
  description = s.description,
  legal_form = s.legal_form,
  website = 'https://' || s.host || '.example.org',
  email = 'kontakt@' || s.host || '.example.org',
  phone = '+49 561 000' || lpad((abs(hashtext(s.host)) % 10000)::text, 4, '0') || ' (Beispielnummer)',
  last_confirmed_at = timestamptz '2026-10-01 09:00+02' + (abs(hashtext(s.host)) % 50) * interval '1 day',
  licence = 'CC-BY-4.0'
from seed_organisations s
where o.name = s.name;

-- The parent of the equal-opportunities office's programmes.
update public.organisations set parent_organisation_id = (select id from public.organisations where name = 'Amt für Chancengleichheit der Stadt Kassel')
where name in ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Partnerschaft für Demokratie Kassel');

insert into public.organisation_taxonomy_terms (organisation_id, taxonomy_term_id)
select o.id, t.id
from seed_organisations s
join public.organisations o on o.name = s.name
join public.taxonomy_terms t
  on (t.vocabulary = 'topics' and t.code = any (s.topics))
  or (t.vocabulary = 'target_groups' and t.code = any (s.target_groups))
on conflict do nothing;

-- Locations: the main one, from the profile; a point near the street's district.
insert into public.locations (organisation_id, name, address_1, postal_code, city, district_id, latitude, longitude,
  visibility, wheelchair_accessible, accessible_toilet, hearing_loop, accessibility_notes, transportation)
select
  o.id,
  coalesce(s.short_name, s.name),
  s.street,
  (34117 + abs(hashtext(s.district)) % 18)::text,
  'Kassel',
  d.id,
  round((d.latitude + ((abs(hashtext(s.host)) % 100) - 50) * 0.00006)::numeric, 6),
  round((d.longitude + ((abs(hashtext(s.host || 'lng')) % 100) - 50) * 0.00009)::numeric, 6),
  s.visibility,
  s.wheelchair,
  s.wheelchair,
  s.wheelchair and s.kind is distinct from 'migrant_organisation',
  case when s.wheelchair then 'Stufenloser Eingang, Aufzug vorhanden.' end,
  'Haltestelle in der Nähe (Tram/Bus), Beispielangabe.'
from seed_organisations s
join public.organisations o on o.name = s.name
join public.districts d on d.city = 'Kassel' and d.name = s.district;

-- Second places: outreach and branch offices.
insert into public.locations (organisation_id, name, address_1, postal_code, city, district_id, latitude, longitude,
  visibility, wheelchair_accessible, transportation)
select o.id, v.name, v.street, v.postal_code, 'Kassel', d.id, v.lat, v.lng, v.visibility::public.location_visibility, v.wheelchair, v.transport
from (values
  ('AdiBe – Antidiskriminierungsberatung', 'AdiBe Sprechstunde Bettenhausen', 'Leipziger Straße 99', '34123', 'Bettenhausen', 51.3098, 9.5291, 'exact', true, 'Tram 4/8 Leipziger Platz'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'response. Außenstelle', 'Am Stern 1', '34117', 'Mitte', 51.3185, 9.5010, 'district_only', null, null),
  ('Migrationsberatung für Erwachsene Kassel-Nord (Demo)', 'MBE Sprechstunde Wesertor', 'Weserstraße 50', '34125', 'Wesertor', 51.3228, 9.5075, 'exact', true, 'Bus 10 Weserspitze'),
  ('Psychosoziales Zentrum für Geflüchtete Nordhessen (Demo)', 'PSZ Außensprechstunde', 'Sandershäuser Straße 10', '34123', 'Bettenhausen', 51.3112, 9.5260, 'approximate', true, null),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'ALL IN Büro Innenstadt', 'Treppenstraße 4', '34117', 'Mitte', 51.3160, 9.4930, 'exact', true, 'Tram 1/3/4/5/6/7 Scheidemannplatz')
) as v(org, name, street, postal_code, district, lat, lng, visibility, wheelchair, transport)
join public.organisations o on o.name = v.org
join public.districts d on d.city = 'Kassel' and d.name = v.district;

-- Services: what each organisation offers, in which languages, for which grounds. `place`: the
-- organisation's locations it is offered at ('all'), or none ('online': phone, video, chat).
create temporary table seed_services (
  organisation text not null,
  name text not null,
  description text,
  eligibility text,
  next_steps text,
  free boolean not null,
  anonymous boolean not null,
  appointment boolean not null,
  interpreter boolean not null,
  modes public.access_mode[] not null,
  languages text[] not null,
  grounds text[] not null,
  types text[] not null,
  place text not null
);

insert into seed_services values
  ('Amt für Chancengleichheit der Stadt Kassel', 'Erstberatung durch den Antidiskriminierungsbeauftragten',
   'Erste Anlaufstelle bei Diskriminierung durch Stellen der Stadt; Verweis an unabhängige Beratungsstellen.',
   'Alle Kasseler*innen', 'Rufen Sie an oder schreiben Sie eine E-Mail; ein Termin folgt innerhalb einer Woche.',
   true, false, true, true, '{in_person,phone,video}', '{de,en}', '{racism,religion,gender,disability,age,social_status}', '{anti_discrimination}', 'all'),
  ('Amt für Chancengleichheit der Stadt Kassel', 'Beratung zu Förderanträgen für Vereine',
   'Hilfe beim Finden passender Förderprogramme und beim Schreiben von Anträgen.',
   'Vereine und Initiativen aus Kassel', 'Vereinbaren Sie einen Termin per E-Mail.',
   true, false, true, false, '{in_person,video}', '{de,en}', '{}', '{empowerment}', 'all'),
  ('AdiBe – Antidiskriminierungsberatung', 'Antidiskriminierungsberatung',
   'Parteiliche Beratung bei Diskriminierung im Job, bei der Wohnungssuche, in Schule, Behörden und im Alltag; Begleitung bei Beschwerden und rechtlichen Schritten nach dem AGG.',
   'Alle Menschen, die Diskriminierung erleben oder beobachtet haben', 'Melden Sie sich telefonisch, per E-Mail oder kommen Sie in die offene Sprechstunde. Auf Wunsch anonym.',
   true, true, false, true, '{in_person,phone,video,chat}', '{de,en,tr,ar,fa}', '{racism,anti_muslim_racism,anti_black_racism,antiziganism,religion,gender,disability,age,social_status}', '{anti_discrimination,legal}', 'all'),
  ('AdiBe – Antidiskriminierungsberatung', 'Empowerment-Workshops',
   'Workshops für von Rassismus betroffene Menschen: Erfahrungen teilen, Strategien entwickeln.',
   'Von Rassismus betroffene Menschen', 'Anmeldung per E-Mail.',
   true, false, true, false, '{in_person}', '{de,en}', '{racism}', '{empowerment}', 'all'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Opferberatung nach rechter Gewalt',
   'Beratung, Begleitung zu Polizei und Gericht, Unterstützung bei Anträgen auf Entschädigung; aufsuchend, vertraulich, kostenlos.',
   'Betroffene, Angehörige und Zeug*innen', 'Rufen Sie an oder schreiben Sie uns; wir kommen auch zu Ihnen.',
   true, true, false, true, '{in_person,phone,outreach,video}', '{de,en,ar,tr,ru}', '{racism,antisemitism,anti_muslim_racism,antiziganism,anti_black_racism,sexual_identity}', '{victim_support,psychosocial}', 'all'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Krisentelefon am Wochenende',
   'Telefonische Krisenberatung nach einem Angriff, freitags und samstags bis in die Nacht.',
   'Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Rufen Sie einfach an.',
   true, true, false, false, '{phone,chat}', '{de,en}', '{racism,antisemitism}', '{victim_support}', 'online'),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'Vereinsberatung für Migrantenorganisationen',
   'Beratung zu Gründung, Satzung, Gemeinnützigkeit, Fördermitteln und Projektanträgen.',
   'Migrantenorganisationen und Initiativen', 'Termin telefonisch oder per E-Mail vereinbaren.',
   true, false, true, true, '{in_person,phone,video}', '{de,en,tr,ar,ru}', '{}', '{empowerment,migration}', 'all'),
  ('WIR-Vielfaltszentrum', 'Offener Treff und Empowerment-Abende',
   'Begegnung, Austausch und Workshops gegen Rassismus.',
   'Alle, besonders junge Menschen', 'Kommen Sie einfach vorbei.',
   true, false, false, false, '{in_person}', '{de,en,ar}', '{racism}', '{empowerment,youth_work}', 'all'),
  ('Ausländerbeirat der Stadt Kassel', 'Bürgersprechstunde des Ausländerbeirats',
   'Anliegen an die Stadtpolitik vortragen; Weitervermittlung an Beratungsstellen.',
   'Alle Kasseler*innen', 'Sprechstunde ohne Termin.',
   true, false, false, true, '{in_person,phone}', '{de,tr,ar,ru,pl}', '{racism}', '{migration}', 'all'),
  ('Ökumenische Flüchtlingshilfe Nordstadt (Demo)', 'Begleitung zu Behörden',
   'Ehrenamtliche begleiten zu Ämtern und helfen beim Ausfüllen von Formularen.',
   'Geflüchtete', 'Kommen Sie ins Café, dort vereinbaren wir die Begleitung.',
   true, false, false, false, '{in_person,outreach}', '{de,en,ar,fa}', '{}', '{migration}', 'all'),
  ('Beratung für Geflüchtete Kassel (Demo)', 'Beratung für Geflüchtete',
   'Asylverfahrensberatung und Unterstützung bei Diskriminierung durch Behörden und Vermieter*innen.',
   'Geflüchtete und ihre Unterstützer*innen', 'Offene Sprechstunde, für längere Gespräche mit Termin.',
   true, true, false, true, '{in_person,phone}', '{de,en,ar,fa,ps,ti}', '{racism,religion}', '{migration,legal,anti_discrimination}', 'all'),
  ('Türkischer Elternverein Kassel e. V. (Demo)', 'Elternberatung bei Diskriminierung in der Schule',
   'Unterstützung von Eltern, deren Kinder in Kita oder Schule benachteiligt werden.',
   'Eltern', 'Rufen Sie an oder kommen Sie zum Elternabend.',
   true, false, true, false, '{in_person,phone}', '{de,tr}', '{racism,religion}', '{anti_discrimination}', 'all'),
  ('Afrikanisches Kulturforum Nordhessen (Demo)', 'Empowerment-Workshops für Schwarze Menschen',
   'Workshops in geschütztem Raum.', 'Schwarze Menschen und People of Color', 'Anmeldung per E-Mail.',
   true, false, true, false, '{in_person,video}', '{de,en,fr}', '{anti_black_racism,racism}', '{empowerment}', 'all'),
  ('Ukrainische Gemeinde Kassel (Demo)', 'Ankommensberatung für Menschen aus der Ukraine',
   'Hilfe bei Aufenthalt, Wohnungssuche, Schule und Sprachkursen.', 'Menschen aus der Ukraine', 'Sprechstunde ohne Termin.',
   true, false, false, false, '{in_person,phone,chat}', '{uk,ru,de}', '{racism}', '{migration}', 'all'),
  ('Syrisch-Deutscher Freundeskreis (Demo)', 'Übersetzungshilfe und Alltagsbegleitung',
   'Ehrenamtliche übersetzen Briefe und begleiten zu Terminen.', 'Alle', 'Kommen Sie zum Treffen am Dienstag.',
   true, false, false, false, '{in_person,outreach}', '{ar,de,ku}', '{}', '{migration}', 'all'),
  ('Afghanischer Frauenverein Kassel (Demo)', 'Frauentreff und Beratung',
   'Geschützter Raum für Frauen und Mädchen, Beratung in Dari und Paschtu.', 'Frauen und Mädchen', 'Kontakt per Telefon, Adresse wird mitgeteilt.',
   true, true, true, false, '{in_person,phone}', '{fa,ps,de}', '{gender,racism}', '{psychosocial,empowerment}', 'all'),
  ('Roma-Selbstorganisation Nordhessen (Demo)', 'Beratung bei antiziganistischer Diskriminierung',
   'Beratung und Begleitung bei Diskriminierung durch Behörden, Schulen und Vermieter*innen.', 'Rom*nja und Sinti*zze', 'Rufen Sie an.',
   true, true, false, true, '{in_person,phone,outreach}', '{de,ro,bg,sr}', '{antiziganism}', '{anti_discrimination}', 'all'),
  ('Jüdisches Forum für Dialog Kassel (Demo)', 'Begleitung bei antisemitischen Vorfällen',
   'Ansprechpersonen für Betroffene antisemitischer Vorfälle; Verweis an Fachberatung.', 'Betroffene und Zeug*innen', 'Schreiben Sie uns eine E-Mail.',
   true, true, true, false, '{phone,video}', '{de,en,he,ru}', '{antisemitism}', '{victim_support}', 'online'),
  ('Queere Beratung Kassel (Demo)', 'Queere Beratung',
   'Beratung zu Coming-out, Diskriminierung und Gewalt, auch bei Mehrfachdiskriminierung.', 'LSBTIQ* und Angehörige', 'Termin per E-Mail oder Chat.',
   true, true, true, false, '{in_person,chat,video}', '{de,en,es}', '{sexual_identity,gender,racism}', '{anti_discrimination,psychosocial}', 'all'),
  ('Psychosoziales Zentrum für Geflüchtete Nordhessen (Demo)', 'Psychosoziale Beratung und Therapie',
   'Stabilisierung, Beratung und Psychotherapie für traumatisierte Geflüchtete, mit Dolmetscher*innen.', 'Geflüchtete', 'Anmeldung telefonisch; es gibt eine Warteliste.',
   true, false, true, true, '{in_person,video}', '{de,en,ar,fa,ti,so,ku}', '{racism}', '{psychosocial}', 'all'),
  ('Migrationsberatung für Erwachsene Kassel-Nord (Demo)', 'Migrationsberatung für Erwachsene',
   'Beratung zu Aufenthalt, Arbeit, Anerkennung von Abschlüssen und Familiennachzug.', 'Zugewanderte ab 27 Jahren', 'Termin vereinbaren oder offene Sprechstunde am Mittwoch.',
   true, false, true, true, '{in_person,phone,video}', '{de,en,ar,tr,ru,uk,pl}', '{}', '{migration}', 'all'),
  ('Jugendmigrationsdienst Kassel (Demo)', 'Jugendmigrationsdienst',
   'Beratung zu Schule, Ausbildung und Beruf für junge Zugewanderte.', 'Junge Menschen von 12 bis 27 Jahren', 'Kommen Sie vorbei oder schreiben Sie per Chat.',
   true, false, false, false, '{in_person,chat,phone}', '{de,en,ar,fa,uk}', '{racism}', '{migration,youth_work}', 'all'),
  ('Rechtshilfe-Initiative Asyl Kassel (Demo)', 'Rechtsberatung im Asylverfahren',
   'Ehrenamtliche Rechtsberatung zu Bescheiden, Fristen und Klagen.', 'Geflüchtete', 'Bringen Sie Ihre Unterlagen in die Abendsprechstunde mit.',
   true, false, false, true, '{in_person}', '{de,en,fr}', '{}', '{legal}', 'all'),
  ('Frauenberatung bei Gewalt – Schutzraum (Demo)', 'Beratung nach Gewalt und Schutzwohnung',
   'Vertrauliche Beratung und Schutz nach häuslicher und rassistischer Gewalt.', 'Frauen und ihre Kinder', 'Rufen Sie rund um die Uhr an; die Adresse erfahren Sie am Telefon.',
   true, true, false, true, '{phone,in_person,outreach}', '{de,en,tr,ar,ru}', '{gender,racism}', '{victim_support,psychosocial}', 'all'),
  ('Empowerment-Netzwerk Schwarzer Menschen Kassel (Demo)', 'Peer-Beratung',
   'Gespräche mit Menschen, die ähnliche Erfahrungen gemacht haben.', 'Schwarze Menschen', 'Schreiben Sie uns.',
   true, true, true, false, '{in_person,video,chat}', '{de,en,fr,am}', '{anti_black_racism}', '{empowerment}', 'all'),
  ('Muslimische Jugend Kassel (Demo)', 'Meldestelle antimuslimischer Vorfälle',
   'Vorfälle melden und dokumentieren lassen; Verweis an Beratung.', 'Alle', 'Online-Formular oder Telefon.',
   true, true, false, false, '{phone,chat}', '{de,tr,ar}', '{anti_muslim_racism,religion}', '{victim_support}', 'online'),
  ('Muslimische Jugend Kassel (Demo)', 'Jugendtreff',
   'Sport und Bildung für Jugendliche.', 'Jugendliche von 14 bis 21 Jahren', 'Kommen Sie vorbei.',
   true, false, false, false, '{in_person}', '{de,tr,ar}', '{}', '{youth_work}', 'all'),
  ('Stadtteilzentrum Rothenditmold (Demo)', 'Sozialberatung im Stadtteil',
   'Hilfe bei Anträgen, Schulden und Wohnungsfragen.', 'Bewohner*innen des Stadtteils', 'Offene Sprechstunde.',
   true, false, false, false, '{in_person}', '{de,tr,ru}', '{social_status}', '{migration}', 'all'),
  ('Sportverein Vielfalt Kassel (Demo)', 'Training für alle',
   'Kostenloses Probetraining, Antirassismus-Workshops für Teams.', 'Kinder und Jugendliche', 'Einfach zum Training kommen.',
   false, false, false, false, '{in_person}', '{de,en}', '{racism}', '{youth_work}', 'all'),
  ('Sprachcafé Wesertor (Demo)', 'Sprachcafé',
   'Deutsch sprechen üben, Kaffee und Kuchen.', 'Alle', 'Kommen Sie vorbei.',
   true, false, false, false, '{in_person}', '{de,en,ar,fa,uk}', '{}', '{}', 'all'),
  ('Antidiskriminierungsnetzwerk Hochschule Kassel (Demo)', 'Erstberatung für Studierende',
   'Erstberatung und Verweis bei Diskriminierung an der Hochschule.', 'Studierende und Beschäftigte', 'Schreiben Sie eine E-Mail.',
   true, true, true, false, '{in_person,video,chat}', '{de,en}', '{racism,gender,disability,religion}', '{anti_discrimination}', 'all'),
  ('Elternnetzwerk Mehrsprachigkeit (Demo)', 'Elterntreff Mehrsprachigkeit',
   'Austausch über mehrsprachige Erziehung.', 'Eltern', 'Treffen am Samstag.',
   true, false, false, false, '{in_person,video}', '{de,tr,ar,ru,pl}', '{}', '{empowerment}', 'all'),
  ('Beratungsstelle Barrierefrei Leben (Demo)', 'Beratung bei Diskriminierung wegen Behinderung',
   'Beratung zu Barrieren, Nachteilsausgleich und Beschwerden; auch in Leichter Sprache.', 'Menschen mit Behinderung und Angehörige', 'Termin telefonisch oder per E-Mail.',
   true, false, true, true, '{in_person,phone,video}', '{de,en}', '{disability}', '{anti_discrimination,legal}', 'all'),
  ('Kurdisches Gemeindezentrum Kassel (Demo)', 'Alltagsberatung',
   'Hilfe bei Briefen, Ämtern und Schule.', 'Alle', 'Sonntags ohne Termin.',
   true, false, false, false, '{in_person}', '{ku,tr,de,ar}', '{}', '{migration}', 'all'),
  ('Polnischer Kulturverein Kassel (Demo)', 'Samstagsschule',
   'Polnischunterricht für Kinder.', 'Kinder von 6 bis 14 Jahren', 'Anmeldung per E-Mail.',
   false, false, true, false, '{in_person}', '{pl,de}', '{}', '{youth_work}', 'all'),
  ('Opferhilfe Nordhessen (Demo)', 'Beratung für Opfer von Hasskriminalität',
   'Beratung, Prozessbegleitung und Hilfe bei Anträgen nach dem Opferentschädigungsrecht.', 'Opfer von Straftaten und Angehörige', 'Rufen Sie an.',
   true, true, true, true, '{in_person,phone}', '{de,en,ru}', '{racism,antisemitism,sexual_identity}', '{victim_support,legal}', 'all'),
  ('Elternverein Arabische Sprache Kassel (Demo)', 'Arabischunterricht und Elterncafé',
   'Unterricht für Kinder, Austausch für Eltern.', 'Familien', 'Anmeldung vor Ort.',
   false, false, false, false, '{in_person}', '{ar,de}', '{}', '{youth_work}', 'all');

insert into public.services (organisation_id, name, description, eligibility_description, application_process,
  free_of_charge, anonymous_possible, appointment_required, interpreter_on_request, access_modes, email, phone)
select o.id, s.name, s.description, s.eligibility, s.next_steps, s.free, s.anonymous, s.appointment, s.interpreter,
  s.modes, o.email, o.phone
from seed_services s
join public.organisations o on o.name = s.organisation;

insert into public.service_languages (organisation_id, service_id, language)
select sv.organisation_id, sv.id, l
from seed_services s
join public.organisations o on o.name = s.organisation
join public.services sv on sv.organisation_id = o.id and sv.name = s.name
cross join unnest(s.languages) l;

insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
select sv.organisation_id, sv.id, t.id
from seed_services s
join public.organisations o on o.name = s.organisation
join public.services sv on sv.organisation_id = o.id and sv.name = s.name
join public.taxonomy_terms t
  on (t.vocabulary = 'discrimination_grounds' and t.code = any (s.grounds))
  or (t.vocabulary = 'counselling_types' and t.code = any (s.types));

-- Where the discrimination happened that each service helps with (life areas, issue #9).
insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
select sv.organisation_id, sv.id, t.id
from (values
  ('Amt für Chancengleichheit der Stadt Kassel', 'Erstberatung durch den Antidiskriminierungsbeauftragten',
    '{authorities,work,housing,education,health,goods_leisure}'),
  ('AdiBe – Antidiskriminierungsberatung', 'Antidiskriminierungsberatung',
    '{work,housing,education,authorities,goods_leisure,health}'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Opferberatung nach rechter Gewalt',
    '{police_justice,online}'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Krisentelefon am Wochenende',
    '{police_justice}'),
  ('Ausländerbeirat der Stadt Kassel', 'Bürgersprechstunde des Ausländerbeirats', '{authorities}'),
  ('Ökumenische Flüchtlingshilfe Nordstadt (Demo)', 'Begleitung zu Behörden', '{authorities}'),
  ('Beratung für Geflüchtete Kassel (Demo)', 'Beratung für Geflüchtete', '{authorities,housing}'),
  ('Türkischer Elternverein Kassel e. V. (Demo)', 'Elternberatung bei Diskriminierung in der Schule', '{education}'),
  ('Ukrainische Gemeinde Kassel (Demo)', 'Ankommensberatung für Menschen aus der Ukraine', '{authorities,housing,work}'),
  ('Roma-Selbstorganisation Nordhessen (Demo)', 'Beratung bei antiziganistischer Diskriminierung',
    '{housing,authorities,education}'),
  ('Jüdisches Forum für Dialog Kassel (Demo)', 'Begleitung bei antisemitischen Vorfällen', '{online,police_justice,education}'),
  ('Queere Beratung Kassel (Demo)', 'Queere Beratung', '{health,online}'),
  ('Psychosoziales Zentrum für Geflüchtete Nordhessen (Demo)', 'Psychosoziale Beratung und Therapie', '{health}'),
  ('Migrationsberatung für Erwachsene Kassel-Nord (Demo)', 'Migrationsberatung für Erwachsene', '{work,authorities}'),
  ('Jugendmigrationsdienst Kassel (Demo)', 'Jugendmigrationsdienst', '{education,work}'),
  ('Rechtshilfe-Initiative Asyl Kassel (Demo)', 'Rechtsberatung im Asylverfahren', '{authorities,police_justice}'),
  ('Frauenberatung bei Gewalt – Schutzraum (Demo)', 'Beratung nach Gewalt und Schutzwohnung', '{housing,police_justice}'),
  ('Muslimische Jugend Kassel (Demo)', 'Meldestelle antimuslimischer Vorfälle', '{online,education,goods_leisure}'),
  ('Stadtteilzentrum Rothenditmold (Demo)', 'Sozialberatung im Stadtteil', '{housing,authorities}'),
  ('Antidiskriminierungsnetzwerk Hochschule Kassel (Demo)', 'Erstberatung für Studierende', '{education}'),
  ('Beratungsstelle Barrierefrei Leben (Demo)', 'Beratung bei Diskriminierung wegen Behinderung',
    '{health,goods_leisure,work,housing}'),
  ('Kurdisches Gemeindezentrum Kassel (Demo)', 'Alltagsberatung', '{authorities,education}'),
  ('Opferhilfe Nordhessen (Demo)', 'Beratung für Opfer von Hasskriminalität', '{police_justice}')
) a (organisation, service, areas)
join public.organisations o on o.name = a.organisation
join public.services sv on sv.organisation_id = o.id and sv.name = a.service
join public.taxonomy_terms t on t.vocabulary = 'life_areas' and t.code = any (a.areas::text[]);

insert into public.service_locations (organisation_id, service_id, location_id)
select sv.organisation_id, sv.id, l.id
from seed_services s
join public.organisations o on o.name = s.organisation
join public.services sv on sv.organisation_id = o.id and sv.name = s.name
join public.locations l on l.organisation_id = o.id
where s.place = 'all';

-- Opening hours (Europe/Berlin), by pattern: office hours with a lunch break, evenings, weekends,
-- and a 24/7 hotline; `none` is by appointment only.
insert into public.schedules (organisation_id, location_id, weekday, opens_at, closes_at, appointment_only, description)
select o.id, l.id, slot.weekday, slot.opens_at, slot.closes_at, slot.appointment_only, slot.description
from seed_organisations s
join public.organisations o on o.name = s.name
join lateral (
  select id from public.locations where organisation_id = o.id order by created_at, id limit 1
) l on true
join (values
  ('office', 1, time '09:00', time '12:30', false, null),
  ('office', 1, time '13:30', time '16:00', false, null),
  ('office', 2, time '09:00', time '12:30', false, null),
  ('office', 3, time '09:00', time '12:30', false, null),
  ('office', 3, time '14:00', time '18:00', true, 'Nachmittags nur mit Termin'),
  ('office', 4, time '09:00', time '12:30', false, null),
  ('office', 4, time '13:30', time '16:00', false, null),
  ('office', 5, time '09:00', time '12:00', false, null),
  ('evening', 2, time '17:00', time '20:00', false, null),
  ('evening', 4, time '17:00', time '20:00', false, null),
  ('weekend', 6, time '10:00', time '14:00', false, null),
  ('weekend', 7, time '14:00', time '18:00', false, null)
) as slot(pattern, weekday, opens_at, closes_at, appointment_only, description)
  on slot.pattern = s.hours and s.hours <> 'hotline';

-- The hotline: every night across midnight, and the weekend crisis line Fri/Sat 20:00–02:00.
insert into public.schedules (organisation_id, service_id, weekday, opens_at, closes_at, description)
select o.id, null, d, time '18:00', time '08:00', 'Notruf am Abend und in der Nacht'
from public.organisations o, generate_series(1, 7) d
where o.name = 'Frauenberatung bei Gewalt – Schutzraum (Demo)';
insert into public.schedules (organisation_id, service_id, weekday, opens_at, closes_at, description)
select sv.organisation_id, sv.id, d, time '20:00', time '02:00', 'Krisentelefon'
from public.services sv, generate_series(5, 6) d
where sv.name = 'Krisentelefon am Wochenende';

-- Holidays close everyone; a few special hours before Christmas.
insert into public.schedule_exceptions (organisation_id, starts_on, ends_on, closed, description)
select o.id, h.starts_on, h.ends_on, true, h.description
from public.organisations o
join seed_organisations s on s.name = o.name
cross join (values
  (date '2026-12-24', date '2026-12-26', 'Weihnachten'),
  (date '2026-12-31', date '2027-01-01', 'Jahreswechsel'),
  (date '2027-04-02', date '2027-04-05', 'Ostern')
) as h(starts_on, ends_on, description)
where s.hours <> 'hotline';
insert into public.schedule_exceptions (organisation_id, starts_on, ends_on, closed, opens_at, closes_at, description)
select o.id, date '2026-12-23', date '2026-12-23', false, time '10:00', time '13:00', 'Verkürzte Öffnungszeit vor Weihnachten'
from public.organisations o
where o.name in ('AdiBe – Antidiskriminierungsberatung', 'ALL IN – Servicestelle für Migrantenorganisationen');

-- Contacts: a desk for each organisation, with the example address.
insert into public.contacts (organisation_id, name, title, email, phone)
select o.id, 'Team ' || coalesce(o.short_name, o.name), 'Kontaktstelle', o.email, o.phone
from public.organisations o
join seed_organisations s on s.name = o.name;

-- Texts in further languages, with their provenance.
insert into public.translations (organisation_id, field, language, text, provenance)
select o.id, 'description', t.language, t.text, t.provenance::public.text_provenance
from (values
  ('AdiBe – Antidiskriminierungsberatung', 'en', 'Independent anti-discrimination counselling for people treated unfairly because of their origin, religion, gender, a disability or other reasons. Confidential, on your side and free of charge.', 'translated_by_person'),
  ('AdiBe – Antidiskriminierungsberatung', 'tr', 'Kökeni, dini, cinsiyeti, engelliliği veya başka nedenlerle ayrımcılığa uğrayan kişiler için bağımsız danışmanlık. Gizli ve ücretsiz.', 'machine_translated'),
  ('AdiBe – Antidiskriminierungsberatung', 'ar', 'استشارات مستقلة لمكافحة التمييز. سرية ومجانية.', 'machine_translated'),
  ('response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'en', 'Counselling and support for people affected by right-wing, racist and antisemitic violence, their relatives and witnesses – anonymous and outreach on request.', 'translated_by_person'),
  ('Amt für Chancengleichheit der Stadt Kassel', 'en', 'Coordinates the federal programme Komm.A in Kassel; the anti-discrimination officer helps civil-society groups to network and to apply for funding.', 'translated_by_person'),
  ('Ukrainische Gemeinde Kassel (Demo)', 'uk', 'Консультації для людей з України, мовні курси та супровід до установ.', 'written_by_organisation'),
  ('Beratung für Geflüchtete Kassel (Demo)', 'en', 'Asylum procedure counselling and support against discrimination by authorities and landlords.', 'written_by_organisation'),
  ('Beratung für Geflüchtete Kassel (Demo)', 'fa', 'مشاوره در روند پناهندگی و حمایت در برابر تبعیض.', 'machine_translated')
) as t(organisation, language, text, provenance)
join public.organisations o on o.name = t.organisation;

insert into public.translations (organisation_id, service_id, field, language, text, provenance)
select sv.organisation_id, sv.id, 'name', 'en', 'Anti-discrimination counselling', 'translated_by_person'
from public.services sv where sv.name = 'Antidiskriminierungsberatung';

-- Networks and partnerships.
insert into public.network_memberships (network_id, organisation_id, role, joined_on)
select n.id, o.id, m.role::public.network_role, m.joined_on
from (values
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Amt für Chancengleichheit der Stadt Kassel', 'steering_group', date '2024-01-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'AdiBe – Antidiskriminierungsberatung', 'steering_group', date '2024-01-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'ALL IN – Servicestelle für Migrantenorganisationen', 'steering_group', date '2024-01-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'member', date '2024-03-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'WIR-Vielfaltszentrum', 'member', date '2024-03-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Ausländerbeirat der Stadt Kassel', 'member', date '2024-03-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Partnerschaft für Demokratie Kassel', 'partner', date '2024-03-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Beratung für Geflüchtete Kassel (Demo)', 'member', date '2024-06-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Roma-Selbstorganisation Nordhessen (Demo)', 'member', date '2024-06-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Jüdisches Forum für Dialog Kassel (Demo)', 'member', date '2024-09-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Muslimische Jugend Kassel (Demo)', 'member', date '2024-09-01'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Afrikanisches Kulturforum Nordhessen (Demo)', 'member', date '2025-01-15'),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Opferhilfe Nordhessen (Demo)', 'partner', date '2025-02-01'),
  ('Partnerschaft für Demokratie Kassel', 'Amt für Chancengleichheit der Stadt Kassel', 'steering_group', date '2023-01-01'),
  ('Partnerschaft für Demokratie Kassel', 'ALL IN – Servicestelle für Migrantenorganisationen', 'member', date '2023-01-01'),
  ('Partnerschaft für Demokratie Kassel', 'WIR-Vielfaltszentrum', 'steering_group', date '2023-01-01'),
  ('Partnerschaft für Demokratie Kassel', 'Türkischer Elternverein Kassel e. V. (Demo)', 'member', date '2023-05-01'),
  ('Partnerschaft für Demokratie Kassel', 'Sportverein Vielfalt Kassel (Demo)', 'member', date '2023-05-01'),
  ('Partnerschaft für Demokratie Kassel', 'Sprachcafé Wesertor (Demo)', 'member', date '2024-02-01'),
  ('Partnerschaft für Demokratie Kassel', 'Internationale Wochen gegen Rassismus Kassel (Demo)', 'member', date '2024-02-01'),
  ('Partnerschaft für Demokratie Kassel', 'Interkulturelle Woche Kassel – Vorbereitungskreis (Demo)', 'member', date '2024-02-01'),
  ('Partnerschaft für Demokratie Kassel', 'Stadtteilzentrum Rothenditmold (Demo)', 'partner', date '2025-03-01')
) as m(network, organisation, role, joined_on)
join public.organisations n on n.name = m.network
join public.organisations o on o.name = m.organisation;

-- Both sides agreed to the demo partnerships (confirmed_at): they show publicly.
insert into public.partnerships (organisation_id, partner_organisation_id, description, since, confirmed_at)
select a.id, b.id, p.description, p.since, p.since
from (values
  ('AdiBe – Antidiskriminierungsberatung', 'response. – Beratung für Betroffene rechter, rassistischer und antisemitischer Gewalt', 'Gegenseitige Verweisberatung und gemeinsame Fallkonferenzen', date '2022-01-01'),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'Türkischer Elternverein Kassel e. V. (Demo)', 'Begleitung bei Projektanträgen', date '2024-04-01'),
  ('WIR-Vielfaltszentrum', 'Sprachcafé Wesertor (Demo)', 'Räume für das Sprachcafé', date '2023-09-01'),
  ('Psychosoziales Zentrum für Geflüchtete Nordhessen (Demo)', 'Rechtshilfe-Initiative Asyl Kassel (Demo)', 'Gemeinsame Sprechstunde für Geflüchtete', date '2025-01-01'),
  ('Afrikanisches Kulturforum Nordhessen (Demo)', 'Empowerment-Netzwerk Schwarzer Menschen Kassel (Demo)', 'Gemeinsame Empowerment-Reihe', date '2024-10-01')
) as p(organisation, partner, description, since)
join public.organisations a on a.name = p.organisation
join public.organisations b on b.name = p.partner;

drop table seed_services;
drop table seed_organisations;

-- Funding ------------------------------------------------------------------------------------------
-- Funders, programmes, calls, the city's own fund and applications from 2024 to 2026 in every
-- status, as the office would have recorded them (as of 30 November 2026). Real funders and
-- programmes under their real names with example contact details; calls, applications, amounts
-- and decisions are invented. Every top-level row is marked is_demo; decisions, obligations,
-- payments and the activity log belong to demo applications.
insert into public.funders (name, level, website, notes, is_demo) values
  ('Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', 'bund', 'https://bafza.example.org',
   'Setzt das Bundesprogramm „Demokratie leben!“ um.', true),
  ('Land Hessen – Hessisches Ministerium des Innern', 'land', 'https://hessen-demokratie.example.org',
   'Landesprogramm „Hessen – aktiv für Demokratie und gegen Extremismus“.', true),
  ('Bürgerstiftung Kassel (Demo)', 'foundation', 'https://buergerstiftung-kassel.example.org', null, true),
  ('Stadt Kassel', 'kommune', 'https://stadt-kassel.example.org',
   'Kofinanziert den Aktions- und Initiativfonds der Partnerschaft für Demokratie.', true);

insert into public.programmes (
  funder_id, name, description, website, financing_type, min_own_share_bp, volunteer_hours_count,
  volunteer_hour_rate_cents, eligible_applicants, region, max_amount_cents, mittelabruf_window_weeks,
  interim_report_rule, interim_report_months, final_report_months, receipts_retention_years, is_demo
)
select f.id, p.name, p.description, p.website, p.financing_type::public.financing_type, p.min_own_share_bp,
       p.volunteer_hours_count, p.volunteer_hour_rate_cents, p.eligible::public.applicant_kind[], p.region,
       p.max_amount_cents, p.window_weeks, p.interim::public.interim_report_rule, p.interim_months,
       p.final_months, p.retention_years, true
from (values
  ('Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', 'Demokratie leben!',
   'Bundesprogramm zur Förderung von Demokratie, Vielfalt und gegen Extremismus: Modell- und Innovationsprojekte freier Träger.',
   'https://demokratie-leben.example.org', 'fehlbedarf', 1000, false, null::integer,
   '{registered_association,non_profit_company,migrant_organisation,religious_community}', 'Deutschland', 30000000::bigint,
   6, 'yearly', 4, 6, 5),
  ('Land Hessen – Hessisches Ministerium des Innern', 'Hessen – aktiv für Demokratie und gegen Extremismus',
   'Landesprogramm für Projekte der Demokratieförderung und Prävention in Hessen. Ehrenamtliche Stunden zählen mit 15 € je Stunde zum Eigenanteil.',
   'https://hessen-demokratie.example.org/programm', 'anteil', 2000, true, 1500,
   '{registered_association,migrant_organisation,unregistered_initiative}', 'Hessen', 5000000,
   8, 'yearly', 4, 3, 5),
  ('Bürgerstiftung Kassel (Demo)', 'Vielfalt im Quartier (Demo)',
   'Kleine Projekte für Begegnung und gegen Ausgrenzung in Kasseler Stadtteilen.',
   'https://buergerstiftung-kassel.example.org/vielfalt', 'festbetrag', 0, false, null,
   '{registered_association,unregistered_initiative,migrant_organisation,religious_community}', 'Kassel', 500000,
   6, 'none', 4, 3, 10),
  ('Stadt Kassel', 'Aktions- und Initiativfonds der Partnerschaft für Demokratie Kassel',
   'Kleinprojekte bis 5.000 €: bis 1.000 € entscheidet die Fachstelle, darüber der Begleitausschuss.',
   'https://pfd-kassel.example.org/aktionsfonds', 'voll', 0, false, null,
   '{registered_association,unregistered_initiative,migrant_organisation,religious_community}', 'Kassel', 500000,
   6, 'none', 4, 2, 5)
) as p(funder, name, description, website, financing_type, min_own_share_bp, volunteer_hours_count,
       volunteer_hour_rate_cents, eligible, region, max_amount_cents, window_weeks, interim, interim_months,
       final_months, retention_years)
join public.funders f on f.name = p.funder;

-- Deadlines are local times in Kassel, stored as instants.
insert into public.funding_calls (
  programme_id, title, description, topics, eligible_applicants, region, min_amount_cents,
  max_amount_cents, opens_at, deadline_at, deadline_type, decision_expected_on, link, published,
  last_verified_at, is_demo
)
select p.id, c.title, c.description, c.topics, p.eligible_applicants, p.region, c.min_cents, c.max_cents,
       c.opens_on::timestamp at time zone 'Europe/Berlin', c.deadline at time zone 'Europe/Berlin',
       c.deadline_type::public.deadline_type, c.decision_on, c.link, c.published,
       c.verified::timestamp at time zone 'Europe/Berlin', true
from (values
  ('Demokratie leben!', 'Förderaufruf Innovationsprojekte 2025 (Demo)',
   'Innovationsprojekte, die neue Wege in der Demokratieförderung und im Empowerment von Betroffenen von Rassismus erproben.',
   '{democracy,empowerment,education}'::text[], 2000000::bigint, 20000000::bigint, date '2024-08-01',
   timestamp '2024-10-31 12:00', 'fixed', date '2025-01-31', 'https://demokratie-leben.example.org/aufruf-2025', true, date '2024-09-15'),
  ('Demokratie leben!', 'Förderaufruf Modellprojekte Vielfalt 2027 (Demo)',
   'Modellprojekte zu Vielfaltgestaltung und gegen Rassismus, Laufzeit bis zu zwei Jahre.',
   '{democracy,empowerment,networking}', 5000000, 30000000, date '2026-10-01',
   timestamp '2027-01-29 12:00', 'fixed', date '2027-04-30', 'https://demokratie-leben.example.org/aufruf-2027', true, date '2026-11-20'),
  ('Demokratie leben!', 'Förderaufruf Modellprojekte 2028 – Entwurf (Demo)',
   'Noch nicht veröffentlicht: wird nach Bekanntgabe durch das Bundesamt freigegeben.',
   '{democracy}', 5000000, 30000000, null,
   timestamp '2027-10-29 12:00', 'fixed', null, null, false, null),
  ('Hessen – aktiv für Demokratie und gegen Extremismus', 'Projektförderung 2025 (Demo)',
   'Projekte der Demokratieförderung und Prävention im Jahr 2025.',
   '{democracy,education}', 300000, 5000000, date '2024-11-01',
   timestamp '2025-02-28 23:59', 'per_round', date '2025-04-15', 'https://hessen-demokratie.example.org/2025', true, date '2025-01-10'),
  ('Hessen – aktiv für Demokratie und gegen Extremismus', 'Projektförderung 2026 (Demo)',
   'Projekte der Demokratieförderung und Prävention im Jahr 2026.',
   '{democracy,education,empowerment}', 300000, 5000000, date '2025-11-01',
   timestamp '2026-02-27 23:59', 'per_round', date '2026-04-15', 'https://hessen-demokratie.example.org/2026', true, date '2026-01-12'),
  ('Hessen – aktiv für Demokratie und gegen Extremismus', 'Projektförderung 2027 (Demo)',
   'Projekte der Demokratieförderung und Prävention im Jahr 2027; Ehrenamt zählt zum Eigenanteil.',
   '{democracy,education,empowerment,culture}', 300000, 5000000, date '2026-11-01',
   timestamp '2027-02-26 23:59', 'per_round', date '2027-04-15', 'https://hessen-demokratie.example.org/2027', true, date '2026-11-05'),
  ('Vielfalt im Quartier (Demo)', 'Vielfalt im Quartier – laufende Antragstellung (Demo)',
   'Anträge bis 5.000 € jederzeit; die Stiftung entscheidet monatlich.',
   '{culture,networking,empowerment}', 50000, 500000, date '2024-01-01',
   null, 'rolling', null, 'https://buergerstiftung-kassel.example.org/antrag', true, date '2026-06-01'),
  ('Vielfalt im Quartier (Demo)', 'Ankommen in Kassel – Sprach- und Wohnpatenschaften 2027 (Demo)',
   'Patenschaften, die Geflüchteten beim Deutschlernen und bei der Wohnungssuche helfen; auch für Initiativen ohne Rechtsform.',
   '{language_learning,housing,networking}', 50000, 500000, date '2026-11-01',
   timestamp '2027-03-31 23:59', 'fixed', date '2027-05-15', 'https://buergerstiftung-kassel.example.org/ankommen', true, date '2026-11-20'),
  ('Vielfalt im Quartier (Demo)', 'Sonderrunde Nachbarschaftsfeste 2027 (Demo)',
   'Feste und Begegnungen in der Nachbarschaft im Sommer 2027.',
   '{culture,networking}', 50000, 300000, date '2026-10-15',
   timestamp '2026-12-15 23:59', 'fixed', date '2027-02-15', 'https://buergerstiftung-kassel.example.org/feste', true, date '2026-11-25')
) as c(programme, title, description, topics, min_cents, max_cents, opens_on, deadline, deadline_type,
       decision_on, link, published, verified)
join public.programmes p on p.name = c.programme;

insert into public.own_funds (name, year, origin, budget_line, programme_id, budget_cents, staff_decision_limit_cents, is_demo)
select 'Aktions- und Initiativfonds', f.year,
       'Bundesprogramm „Demokratie leben!“ (Partnerschaft für Demokratie Kassel), kofinanziert von der Stadt Kassel',
       'Produkt 1.36.363.01 Demokratieförderung (Beispiel)', p.id, f.budget, 100000, true
from (values (2024, 1500000::bigint), (2025, 1500000), (2026, 1200000)) as f(year, budget)
join public.programmes p on p.name = 'Aktions- und Initiativfonds der Partnerschaft für Demokratie Kassel';

insert into public.committee_meetings (own_fund_id, held_on, title, minutes, is_demo)
select f.id, m.held_on, m.title, m.minutes, true
from (values
  (2024, date '2024-09-19', '2. Sitzung des Begleitausschusses 2024', 'Ein Antrag bewilligt (Interkulturelle Woche).'),
  (2025, date '2025-03-20', '1. Sitzung des Begleitausschusses 2025', 'Ein Antrag bewilligt, einer abgelehnt (Überschneidung mit Vereinsmitteln).'),
  (2026, date '2026-03-12', '1. Sitzung des Begleitausschusses 2026', 'Ein Antrag bewilligt.'),
  (2026, date '2026-09-17', '2. Sitzung des Begleitausschusses 2026', 'Ein Antrag bewilligt.')
) as m(year, held_on, title, minutes)
join public.own_funds f on f.name = 'Aktions- und Initiativfonds' and f.year = m.year;

-- Applications: the financing plan and where each came from. The steps below walk each one
-- through the status pipeline, so the database's own rules (decisions before approval,
-- obligations on approval, the fund's budget) build the demo as they would build real data.
create temporary table seed_grant_applications (
  title text primary key,
  organisation text not null,
  call text,
  fund_year integer,
  period_start date,
  period_end date,
  total bigint not null,
  requested bigint not null,
  own bigint not null,
  third bigint not null default 0,
  hours integer not null default 0,
  office_role public.office_role not null,
  granted bigint,
  meeting date,
  notes text
);

insert into seed_grant_applications values
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'AdiBe – Antidiskriminierungsberatung',
   'Förderaufruf Innovationsprojekte 2025 (Demo)', null, '2025-02-01', '2025-12-31',
   8000000, 7200000, 800000, 0, 0, 'co_wrote', 7200000, null, 'Antrag gemeinsam mit dem Amt geschrieben.'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'WIR-Vielfaltszentrum',
   'Projektförderung 2025 (Demo)', null, '2025-04-01', '2026-03-31',
   4000000, 3000000, 600000, 400000, 200, 'advised', 3000000, null, null),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'ALL IN – Servicestelle für Migrantenorganisationen',
   'Förderaufruf Innovationsprojekte 2025 (Demo)', null, '2025-04-01', '2027-03-31',
   15000000, 13500000, 1500000, 0, 0, 'partner', 12000000, null, 'Teilbewilligung: Honorarmittel gekürzt.'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'Türkischer Elternverein Kassel e. V. (Demo)',
   'Projektförderung 2025 (Demo)', null, '2025-03-01', '2025-11-30',
   1200000, 900000, 300000, 0, 0, 'advised', 900000, null, 'Rückforderung: 1.200 € nicht zweckentsprechend verwendet.'),
  ('Ankommen in der Nordstadt – Patenschaften (Demo)', 'Ökumenische Flüchtlingshilfe Nordstadt (Demo)',
   'Projektförderung 2026 (Demo)', null, '2026-12-01', '2027-11-30',
   2500000, 2000000, 400000, 0, 100, 'advised', 2000000, null, null),
  ('Black History Month Kassel 2027 (Demo)', 'Afrikanisches Kulturforum Nordhessen (Demo)',
   'Vielfalt im Quartier – laufende Antragstellung (Demo)', null, '2027-01-15', '2027-03-31',
   600000, 500000, 100000, 0, 0, 'none', 300000, null, null),
  ('Dialogräume – Begegnung Syrien–Deutschland (Demo)', 'Syrisch-Deutscher Freundeskreis (Demo)',
   'Förderaufruf Innovationsprojekte 2025 (Demo)', null, '2025-03-01', '2026-02-28',
   3000000, 2800000, 200000, 0, 0, 'advised', null, null, 'Abgelehnt: Eigenanteil unter 10 %.'),
  ('Wesertor feiert Vielfalt (Demo)', 'Nachbarschaftsinitiative Wesertor (Demo)',
   'Projektförderung 2026 (Demo)', null, '2026-05-01', '2026-09-30',
   800000, 600000, 200000, 0, 0, 'none', null, null, 'Zurückgezogen: Initiative hat sich aufgelöst.'),
  ('Brücken der Sprache – Mentoring (Demo)', 'Verein Brückenbauer*innen e. V. (Demo)',
   'Förderaufruf Modellprojekte Vielfalt 2027 (Demo)', null, '2027-04-01', '2028-12-31',
   9000000, 8100000, 900000, 0, 0, 'co_wrote', null, null, 'Nachforderung: Finanzierungsplan für 2028 fehlt.'),
  ('Nachbarschaftsfest der Religionen (Demo)', 'Jüdisches Forum für Dialog Kassel (Demo)',
   'Sonderrunde Nachbarschaftsfeste 2027 (Demo)', null, '2027-05-01', '2027-07-31',
   350000, 250000, 100000, 0, 0, 'none', null, null, null),
  ('Elterncafé ukrainischer Familien (Demo)', 'Ukrainische Gemeinde Kassel (Demo)',
   'Projektförderung 2027 (Demo)', null, '2027-03-01', '2027-12-31',
   1500000, 1200000, 150000, 0, 100, 'advised', null, null, 'Entwurf: Ehrenamtsstunden klären.'),
  ('Jugendforum gegen antimuslimischen Rassismus (Demo)', 'Muslimische Jugend Kassel (Demo)',
   'Förderaufruf Modellprojekte Vielfalt 2027 (Demo)', null, null, null,
   0, 0, 0, 0, 0, 'none', null, null, 'Idee aus dem Vernetzungstreffen im November.'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'Sprachcafé Wesertor (Demo)',
   null, 2024, '2024-07-01', '2024-07-31', 80000, 80000, 0, 0, 0, 'advised', 80000, null, null),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'Interkulturelle Woche Kassel – Vorbereitungskreis (Demo)',
   null, 2024, '2024-09-22', '2024-10-31', 450000, 450000, 0, 0, 0, 'none', 450000, '2024-09-19', null),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'Internationale Wochen gegen Rassismus Kassel (Demo)',
   null, 2025, '2025-03-21', '2025-04-30', 300000, 300000, 0, 0, 0, 'partner', 300000, '2025-03-20', null),
  ('Turnier „Kassel kickt gegen Rassismus“ (Demo)', 'Sportverein Vielfalt Kassel (Demo)',
   null, 2025, '2025-06-01', '2025-06-30', 250000, 250000, 0, 0, 0, 'none', null, '2025-03-20', 'Abgelehnt: aus Vereinsmitteln finanziert.'),
  ('Demokratiewerkstatt für Jugendliche (Demo)', 'Stadtteilzentrum Rothenditmold (Demo)',
   null, 2026, '2026-04-01', '2026-12-31', 400000, 400000, 0, 0, 0, 'advised', 400000, '2026-03-12', null),
  ('Empowerment-Nähcafé (Demo)', 'Afghanischer Frauenverein Kassel (Demo)',
   null, 2026, '2026-12-01', '2027-01-31', 95000, 95000, 0, 0, 0, 'advised', 95000, null, null),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'Sprachcafé Wesertor (Demo)',
   null, 2026, '2026-09-20', '2026-10-15', 350000, 350000, 0, 0, 0, 'none', 350000, '2026-09-17', null),
  ('Gedenkspaziergang zum 2. August (Demo)', 'Roma-Selbstorganisation Nordhessen (Demo)',
   null, null, null, null, 0, 0, 0, 0, 0, 'none', null, null, 'Idee für den Aktionsfonds 2027.');

-- Each application's statuses with their dates; the first is where it started.
create temporary table seed_grant_steps (
  title text not null references seed_grant_applications (title),
  status public.application_status not null,
  on_date date not null
);

insert into seed_grant_steps (title, status, on_date)
select s.title, s.status::public.application_status, s.on_date::date
from (values
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'idea', '2024-08-12'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'drafting', '2024-09-02'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'submitted', '2024-10-28'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'approved', '2025-01-20'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'in_progress', '2025-02-01'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'final_report_submitted', '2026-03-15'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'closed', '2026-07-20'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'drafting', '2025-01-08'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'submitted', '2025-02-20'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'more_information_requested', '2025-03-05'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'submitted', '2025-03-12'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'approved', '2025-03-25'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'in_progress', '2025-04-01'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'final_report_submitted', '2026-06-20'),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'submitted', '2024-10-30'),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'partly_approved', '2025-03-10'),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'in_progress', '2025-04-01'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'drafting', '2025-01-15'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'submitted', '2025-02-10'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'approved', '2025-02-27'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'in_progress', '2025-03-01'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'final_report_submitted', '2026-02-20'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'closed', '2026-06-01'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'clawback', '2026-09-15'),
  ('Ankommen in der Nordstadt – Patenschaften (Demo)', 'idea', '2025-11-20'),
  ('Ankommen in der Nordstadt – Patenschaften (Demo)', 'drafting', '2026-01-10'),
  ('Ankommen in der Nordstadt – Patenschaften (Demo)', 'submitted', '2026-02-20'),
  ('Ankommen in der Nordstadt – Patenschaften (Demo)', 'approved', '2026-11-10'),
  ('Black History Month Kassel 2027 (Demo)', 'submitted', '2026-10-15'),
  ('Black History Month Kassel 2027 (Demo)', 'partly_approved', '2026-11-20'),
  ('Dialogräume – Begegnung Syrien–Deutschland (Demo)', 'drafting', '2024-09-20'),
  ('Dialogräume – Begegnung Syrien–Deutschland (Demo)', 'submitted', '2024-10-25'),
  ('Dialogräume – Begegnung Syrien–Deutschland (Demo)', 'rejected', '2025-02-05'),
  ('Wesertor feiert Vielfalt (Demo)', 'idea', '2025-12-01'),
  ('Wesertor feiert Vielfalt (Demo)', 'drafting', '2026-01-05'),
  ('Wesertor feiert Vielfalt (Demo)', 'withdrawn', '2026-02-03'),
  ('Brücken der Sprache – Mentoring (Demo)', 'drafting', '2026-10-06'),
  ('Brücken der Sprache – Mentoring (Demo)', 'submitted', '2026-11-02'),
  ('Brücken der Sprache – Mentoring (Demo)', 'more_information_requested', '2026-11-23'),
  ('Nachbarschaftsfest der Religionen (Demo)', 'drafting', '2026-11-01'),
  ('Nachbarschaftsfest der Religionen (Demo)', 'submitted', '2026-11-25'),
  ('Elterncafé ukrainischer Familien (Demo)', 'idea', '2026-10-20'),
  ('Elterncafé ukrainischer Familien (Demo)', 'drafting', '2026-11-05'),
  ('Jugendforum gegen antimuslimischen Rassismus (Demo)', 'idea', '2026-11-18'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'submitted', '2024-05-20'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'approved', '2024-05-28'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'in_progress', '2024-07-01'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'final_report_submitted', '2024-08-20'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'closed', '2024-09-10'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'submitted', '2024-08-30'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'approved', '2024-09-19'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'in_progress', '2024-09-22'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'final_report_submitted', '2024-12-18'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'closed', '2025-01-30'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'submitted', '2025-02-25'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'approved', '2025-03-20'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'in_progress', '2025-03-21'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'final_report_submitted', '2025-06-25'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'closed', '2025-08-14'),
  ('Turnier „Kassel kickt gegen Rassismus“ (Demo)', 'submitted', '2025-03-01'),
  ('Turnier „Kassel kickt gegen Rassismus“ (Demo)', 'rejected', '2025-03-20'),
  ('Demokratiewerkstatt für Jugendliche (Demo)', 'submitted', '2026-02-16'),
  ('Demokratiewerkstatt für Jugendliche (Demo)', 'approved', '2026-03-12'),
  ('Demokratiewerkstatt für Jugendliche (Demo)', 'in_progress', '2026-04-01'),
  ('Empowerment-Nähcafé (Demo)', 'submitted', '2026-09-28'),
  ('Empowerment-Nähcafé (Demo)', 'approved', '2026-10-05'),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'submitted', '2026-08-31'),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'approved', '2026-09-17'),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'in_progress', '2026-09-20'),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'final_report_submitted', '2026-11-20'),
  ('Gedenkspaziergang zum 2. August (Demo)', 'idea', '2026-11-26')
) as s(title, status, on_date);

create temporary table seed_grant_payments (
  title text not null references seed_grant_applications (title),
  direction public.payment_direction not null,
  amount bigint not null,
  paid_on date not null
);

insert into seed_grant_payments (title, direction, amount, paid_on)
select p.title, p.direction::public.payment_direction, p.amount, p.paid_on::date
from (values
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'payout', 3600000, '2025-02-14'),
  ('Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', 'payout', 3600000, '2025-08-15'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'payout', 1500000, '2025-04-15'),
  ('Vielfalt im Stadtteil – Workshops an Schulen (Demo)', 'payout', 1500000, '2025-10-15'),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'payout', 4000000, '2025-05-02'),
  ('Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', 'payout', 3000000, '2026-02-02'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'payout', 900000, '2025-03-10'),
  ('Elternbrücke – Beratung für Familien (Demo)', 'repayment', 120000, '2026-10-01'),
  ('Sprachcafé-Sommerfest 2024 (Demo)', 'payout', 80000, '2024-06-20'),
  ('Interkulturelle Woche 2024 – Programmheft (Demo)', 'payout', 450000, '2024-09-25'),
  ('Internationale Wochen gegen Rassismus 2025 – Lesungen (Demo)', 'payout', 300000, '2025-03-25'),
  ('Demokratiewerkstatt für Jugendliche (Demo)', 'payout', 200000, '2026-04-10'),
  ('Sprachcafé-Jahresfest 2026 (Demo)', 'payout', 350000, '2026-09-22')
) as p(title, direction, amount, paid_on);

do $$
declare
  app record;
  step record;
  application_id uuid;
  first boolean;
  number integer := 0;
begin
  for app in
    select a.*, o.id as organisation_id, c.id as call_id, f.id as fund_id, m.id as meeting_id
    from seed_grant_applications a
    join public.organisations o on o.name = a.organisation
    left join public.funding_calls c on c.title = a.call
    left join public.own_funds f on f.name = 'Aktions- und Initiativfonds' and f.year = a.fund_year
    left join public.committee_meetings m on m.own_fund_id = f.id and m.held_on = a.meeting
    order by (select min(on_date) from seed_grant_steps s where s.title = a.title)
  loop
    first := true;
    for step in select * from seed_grant_steps s where s.title = app.title order by s.on_date loop
      if first then
        insert into public.applications (
          organisation_id, funding_call_id, own_fund_id, title, period_start, period_end,
          total_cost_cents, requested_cents, own_funds_cents, third_party_cents, volunteer_hours,
          status, office_role, notes, is_demo
        ) values (
          app.organisation_id, app.call_id, app.fund_id, app.title, app.period_start, app.period_end,
          app.total, app.requested, app.own, app.third, app.hours, step.status, app.office_role,
          app.notes, true
        ) returning id into application_id;
        first := false;
        continue;
      end if;
      if step.status in ('approved', 'partly_approved', 'rejected') then
        number := number + 1;
        insert into public.grant_decisions (
          application_id, outcome, decided_by, committee_meeting_id, decided_on, reference,
          amount_cents, period_start, period_end, conditions
        ) values (
          application_id, step.status::text::public.decision_outcome,
          case when app.fund_id is null then 'funder'
               when app.meeting_id is null then 'office' else 'committee' end::public.decision_body,
          app.meeting_id, step.on_date, 'DEMO-' || to_char(step.on_date, 'YYYY') || '-' || lpad(number::text, 3, '0'),
          coalesce(app.granted, 0),
          case when step.status <> 'rejected' then app.period_start end,
          case when step.status <> 'rejected' then app.period_end end,
          case when step.status <> 'rejected' then 'Es gelten die ANBest-P; Mittelabruf nur für Zahlungen, die binnen sechs Wochen fällig werden.' end
        );
      end if;
      update public.applications set status = step.status where id = application_id;
    end loop;
  end loop;
end;
$$;

insert into public.payments (application_id, direction, amount_cents, paid_on, reference)
select a.id, p.direction, p.amount, p.paid_on, 'Buchung ' || to_char(p.paid_on, 'YYYYMMDD')
from seed_grant_payments p
join public.applications a on a.title = p.title and a.is_demo
order by p.paid_on;

-- What was owed before 30 November 2026 was done a week early; Verwendungsnachweise on the day
-- their application reached "final report submitted" (which dates the receipts from then).
update public.obligations o
set done_at = ((s.on_date)::timestamp + time '10:00') at time zone 'Europe/Berlin'
from public.applications a
join seed_grant_steps s on s.title = a.title and s.status = 'final_report_submitted'
where o.application_id = a.id and a.is_demo and o.kind = 'verwendungsnachweis';

update public.obligations o
set done_at = ((least(o.due_on, date '2026-11-30') - 7)::timestamp + time '10:00') at time zone 'Europe/Berlin'
from public.applications a
where o.application_id = a.id and a.is_demo
  and o.kind in ('mittelabruf', 'zwischennachweis')
  and (o.due_on < date '2026-11-30' or a.status in ('final_report_submitted', 'closed', 'clawback'));

-- The log as it happened: the walk above ran today, so its entries get the steps' dates. The
-- seed owns the table and lifts the append-only guard for this alone.
alter table public.application_activities disable trigger application_activities_append_only;

update public.application_activities l
set occurred_at = (coalesce(
      case l.kind
        when 'created' then (select min(s.on_date) from seed_grant_steps s where s.title = a.title)
        when 'status_changed' then (
          select min(s.on_date) from seed_grant_steps s
          where s.title = a.title and s.status = l.to_status
            and s.on_date >= (select min(s2.on_date) from seed_grant_steps s2 where s2.title = a.title and s2.status = l.from_status))
        when 'decision' then (l.details -> 'new' ->> 'decided_on')::date
        when 'payment' then (l.details -> 'new' ->> 'paid_on')::date
        -- Marked done; or the receipts' date moved when the Verwendungsnachweis came in.
        when 'obligation' then (coalesce(
          (l.details -> 'new' ->> 'done_at')::timestamptz,
          (select max(o.done_at) from public.obligations o where o.application_id = a.id and o.kind = 'verwendungsnachweis')
        ) at time zone 'Europe/Berlin')::date
      end,
      a.created_at::date)::timestamp + time '10:00' + make_interval(secs => l.id)) at time zone 'Europe/Berlin'
from public.applications a
where a.id = l.application_id and a.is_demo;

alter table public.application_activities enable trigger application_activities_append_only;

update public.applications a
set created_at = ((select min(s.on_date) from seed_grant_steps s where s.title = a.title)::timestamp + time '09:00') at time zone 'Europe/Berlin'
where a.is_demo;

insert into public.staff_posts (organisation_id, role, fte, funding_source, funder_id, application_id, starts_on, ends_on, notes, is_demo)
select o.id, s.role, s.fte, s.source, f.id, a.id, s.starts_on, s.ends_on, s.notes, true
from (values
  ('Amt für Chancengleichheit der Stadt Kassel', 'Antidiskriminierungsbeauftragte*r', 1.0, 'Haushalt der Stadt Kassel', 'Stadt Kassel', null, date '2023-01-01', null::date, null),
  ('Amt für Chancengleichheit der Stadt Kassel', 'Sachbearbeitung Fördermittel', 0.5, 'Haushalt der Stadt Kassel', 'Stadt Kassel', null, date '2024-07-01', null, null),
  ('Partnerschaft für Demokratie Kassel', 'Koordinierungs- und Fachstelle', 0.75, 'Bundesprogramm „Demokratie leben!“', 'Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', null, date '2025-01-01', date '2028-12-31', null),
  ('Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass', 'Projektkoordination Komm.A', 0.5, 'Bundesprogramm Komm.A', 'Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', null, date '2024-01-01', date '2026-12-31', 'Verlängerung beantragt.'),
  ('AdiBe – Antidiskriminierungsberatung', 'Empowerment-Trainerin', 0.8, 'Demokratie leben! (Innovationsprojekt)', 'Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', 'Empowerment-Werkstatt gegen Alltagsrassismus (Demo)', date '2025-02-01', date '2025-12-31', null),
  ('ALL IN – Servicestelle für Migrantenorganisationen', 'Bildungsreferent*in Vereinsqualifizierung', 0.5, 'Demokratie leben! (Innovationsprojekt)', 'Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)', 'Starke Vereine – Qualifizierung für Migrantenorganisationen (Demo)', date '2025-04-01', date '2027-03-31', null),
  ('WIR-Vielfaltszentrum', 'Workshopleitung Schulen', 0.25, 'Landesprogramm Hessen', 'Land Hessen – Hessisches Ministerium des Innern', 'Vielfalt im Stadtteil – Workshops an Schulen (Demo)', date '2025-04-01', date '2026-03-31', null)
) as s(organisation, role, fte, source, funder, application, starts_on, ends_on, notes)
join public.organisations o on o.name = s.organisation
left join public.funders f on f.name = s.funder
left join public.applications a on a.title = s.application and a.is_demo;

drop table seed_grant_payments;
drop table seed_grant_steps;
drop table seed_grant_applications;
