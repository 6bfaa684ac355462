/**
 * Search that understands the visitor (issue #9): real queries in each of the five languages, with
 * the demo organisations each must find and what the search must read out of the words. The
 * words come from the issue (the Arabic hint's words, Ukrainian and Turkish ones, German compounds)
 * and from how people describe discrimination: where it happened, what it was, what help they want.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../../src/lib/database.types.ts';

type Expectation = {
	q: string;
	/** What the search reads out of the words: `vocabulary:code`. */
	understood: string[];
	/** Demo organisations (slugs) it must find. */
	finds: string[];
};

const ADIBE = 'adibe-antidiskriminierungsberatung';
const OFFICE = 'amt-fuer-chancengleichheit-der-stadt-kassel';
const RESPONSE = 'response-beratung-fuer-betroffene-rechter-rassistischer-und-antisemitischer-gewa';
const JEWISH_FORUM = 'juedisches-forum-fuer-dialog-kassel-demo';
const DISABILITY = 'beratungsstelle-barrierefrei-leben-demo';
const NEIGHBOURHOOD = 'stadtteilzentrum-rothenditmold-demo';
const UKRAINIAN = 'ukrainische-gemeinde-kassel-demo';
const UNIVERSITY = 'antidiskriminierungsnetzwerk-hochschule-kassel-demo';
const TURKISH_PARENTS = 'tuerkischer-elternverein-kassel-e-v-demo';
const VICTIMS = 'opferhilfe-nordhessen-demo';
const LEGAL_AID = 'rechtshilfe-initiative-asyl-kassel-demo';
const MUSLIM_YOUTH = 'muslimische-jugend-kassel-demo';
const QUEER = 'queere-beratung-kassel-demo';
const PSYCHOSOCIAL = 'psychosoziales-zentrum-fuer-gefluechtete-nordhessen-demo';
const REFUGEES = 'beratung-fuer-gefluechtete-kassel-demo';
const YOUTH_MIGRATION = 'jugendmigrationsdienst-kassel-demo';

const racism = { understood: ['discrimination_grounds:racism'], finds: [ADIBE, RESPONSE, OFFICE] };
const work = {
	understood: ['life_areas:work'],
	finds: [ADIBE, OFFICE, UKRAINIAN, YOUTH_MIGRATION]
};
const housing = { understood: ['life_areas:housing'], finds: [ADIBE, NEIGHBOURHOOD, UKRAINIAN] };
const police = { understood: ['life_areas:police_justice'], finds: [RESPONSE, VICTIMS, LEGAL_AID] };
const school = {
	understood: ['life_areas:education'],
	finds: [TURKISH_PARENTS, UNIVERSITY, ADIBE]
};
const online = { understood: ['life_areas:online'], finds: [RESPONSE, JEWISH_FORUM, MUSLIM_YOUTH] };
const antisemitism = {
	understood: ['discrimination_grounds:antisemitism'],
	finds: [JEWISH_FORUM, RESPONSE, VICTIMS]
};
const disability = {
	understood: ['discrimination_grounds:disability'],
	finds: [DISABILITY, ADIBE]
};
const legal = { understood: ['counselling_types:legal'], finds: [ADIBE, LEGAL_AID, VICTIMS] };
const health = { understood: ['life_areas:health'], finds: [PSYCHOSOCIAL, QUEER, DISABILITY] };
const counselling = { understood: ['word:beratung'], finds: [ADIBE, REFUGEES, QUEER, RESPONSE] };
const atWork = { understood: ['life_areas:work'], finds: [ADIBE, OFFICE, DISABILITY] };

const TABLE: Record<'de' | 'en' | 'tr' | 'ar' | 'uk', Expectation[]> = {
	de: [
		{ q: 'Rassismus', ...racism },
		{ q: 'rassistische Beleidigung', understood: racism.understood, finds: [] },
		{ q: 'Diskriminierung am Arbeitsplatz', ...atWork },
		{ q: 'Arbeitsplatz', ...work },
		{ q: 'Wohnungssuche', ...housing },
		{ q: 'Polizei', ...police },
		{ q: 'Schule', ...school },
		{ q: 'Hass im Netz', ...online },
		{ q: 'Antisemitismus', ...antisemitism },
		{ q: 'Behinderung', ...disability },
		{ q: 'Rechtsberatung', ...legal },
		{ q: 'Arzt', ...health },
		{
			q: 'Beratung auf Arabisch',
			understood: ['languages:ar'],
			finds: [ADIBE, REFUGEES, RESPONSE]
		}
	],
	en: [
		{ q: 'racism', ...racism },
		{
			q: 'discrimination at work',
			understood: ['life_areas:work', 'word:diskriminierung'],
			finds: atWork.finds
		},
		{ q: 'housing', ...housing },
		{ q: 'police', ...police },
		{ q: 'school', ...school },
		{ q: 'online hate', ...online },
		{ q: 'antisemitism', ...antisemitism },
		{ q: 'disability', ...disability },
		{ q: 'legal advice', ...legal },
		{ q: 'hospital', ...health },
		{ q: 'counselling', ...counselling },
		{
			q: 'counselling in Arabic',
			understood: ['languages:ar', 'word:beratung'],
			finds: [ADIBE, REFUGEES]
		}
	],
	tr: [
		{ q: 'ırkçılık', ...racism },
		{
			q: 'işyerinde ayrımcılık',
			understood: ['life_areas:work', 'word:diskriminierung'],
			finds: atWork.finds
		},
		{ q: 'kira', ...housing },
		{ q: 'polis', ...police },
		{ q: 'okul', ...school },
		{ q: 'sosyal medya', ...online },
		{ q: 'antisemitizm', ...antisemitism },
		{ q: 'engelli', ...disability },
		{ q: 'avukat', ...legal },
		{ q: 'doktor', ...health },
		{ q: 'danışmanlık', ...counselling }
	],
	ar: [
		{ q: 'استشارة', ...counselling },
		{ q: 'عنصرية', ...racism },
		{ q: 'عمل', ...work },
		{ q: 'السكن', ...housing },
		{ q: 'الشرطة', ...police },
		{ q: 'المدرسة', ...school },
		{ q: 'الإنترنت', ...online },
		{ q: 'معاداة السامية', ...antisemitism },
		{ q: 'إعاقة', ...disability },
		{ q: 'محامي', ...legal },
		{ q: 'طبيب', ...health }
	],
	uk: [
		{ q: 'консультація', ...counselling },
		{ q: 'расизм', ...racism },
		{ q: 'робота', ...work },
		{ q: 'житло', ...housing },
		{ q: 'поліція', ...police },
		{ q: 'школа', ...school },
		{ q: 'інтернет', ...online },
		{ q: 'антисемітизм', ...antisemitism },
		{ q: 'інвалідність', ...disability },
		{ q: 'юрист', ...legal },
		{ q: 'лікар', ...health }
	]
};

let anon: SupabaseClient<Database>;

beforeAll(() => {
	const { url, anonKey } = inject('stack');
	anon = createClient<Database>(url, anonKey, { auth: { persistSession: false } });
});

async function search(q: string, understand?: boolean) {
	const { data, error } = await anon.rpc('search_directory', { q, page_limit: 100, understand });
	if (error) throw new Error(error.message);
	return data.map((row) => row.slug);
}

describe.each(Object.entries(TABLE))('queries in %s', (_locale, expectations) => {
	it.each(expectations.map((row) => [row.q, row] as const))('%s', async (q, expected) => {
		const [{ data: understood }, found] = await Promise.all([
			anon.rpc('understand_directory_query', { q }),
			search(q)
		]);
		const terms = (understood as { terms: Array<{ vocabulary: string; code: string }> } | null)
			?.terms;
		expect(terms?.map(({ vocabulary, code }) => `${vocabulary}:${code}`).sort()).toEqual(
			[...expected.understood].sort()
		);
		expect(found).toEqual(expect.arrayContaining(expected.finds));
		if (expected.finds.length > 0) expect(found.length).toBeGreaterThan(0);
	});
});

describe('the understood search', () => {
	it('has at least ten queries per language', () => {
		for (const expectations of Object.values(TABLE)) {
			expect(expectations.length).toBeGreaterThanOrEqual(10);
		}
	});

	it('searches the words as written when asked to (understand: false)', async () => {
		// "Arbeit" as a word is in two demo entries' texts; as a life area it is in six services.
		const [understood, literal] = await Promise.all([search('Arbeit'), search('Arbeit', false)]);
		expect(literal.length).toBeGreaterThan(0);
		expect(literal).not.toEqual(understood);
		expect(await search('عنصرية', false)).toEqual([]);
	});

	it('gives the map the same organisations as the list', async () => {
		const { data, error } = await anon.rpc('search_directory_points', { q: 'Wohnungssuche' });
		if (error) throw new Error(error.message);
		const map = (data as { organisations: Array<[string, string, string]> }).organisations;
		expect(map.map(([slug]) => slug)).toEqual(await search('Wohnungssuche'));
	});

	it('filters by life area through the filter argument too', async () => {
		const { data, error } = await anon.rpc('search_directory', {
			life_areas: ['housing'],
			page_limit: 100
		});
		if (error) throw new Error(error.message);
		expect(data.map((row) => row.slug).sort()).toEqual((await search('Wohnungssuche')).sort());
		for (const row of data) {
			const services = row.services as Array<{ life_areas: string[] }>;
			expect(services.some((service) => service.life_areas.includes('housing'))).toBe(true);
		}
	});

	it('understands nothing in words that name no term', async () => {
		const { data } = await anon.rpc('understand_directory_query', { q: 'Xylophonorchester' });
		expect(data).toBeNull();
	});
});
