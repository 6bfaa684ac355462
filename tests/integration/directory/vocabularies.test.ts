/**
 * loadVocabularies: what the directory's filters offer (terms, languages, published networks),
 * read with a visitor's client, and kept per server process for a minute: the page does not ask
 * the database for them on every request.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import type { Database } from '$lib/database.types';
import { loadVocabularies } from '$lib/server/directory';
import { anon, createNetwork, sql } from './fixtures.ts';

const visitor = () => anon() as unknown as SupabaseClient<Database>;

describe('loadVocabularies', () => {
	let published: { slug: string };

	it('offers both vocabularies, the languages and the published networks only', async () => {
		published = await createNetwork('Filter');
		const [draft] = await sql<{ slug: string }>(
			`insert into public.organisations (name, kind, status)
			 values ($1, 'network', 'draft') returning slug`,
			[`Entwurfsnetz ${crypto.randomUUID()}`]
		);
		const vocabularies = await loadVocabularies(visitor());
		expect(vocabularies.discriminationGrounds.length).toBeGreaterThan(0);
		expect(vocabularies.counsellingTypes.length).toBeGreaterThan(0);
		expect(vocabularies.discriminationGrounds[0]).toEqual({
			code: expect.any(String),
			label_de: expect.any(String),
			label_en: expect.any(String)
		});
		expect(vocabularies.languages).toContain('de');
		const networks = vocabularies.networks.map((network) => network.slug);
		expect(networks).toContain(published.slug);
		expect(networks).not.toContain(draft!.slug);
	});

	it('answers again from memory within the minute, without asking the database', async () => {
		const first = await loadVocabularies(visitor());
		const later = await createNetwork('Spaeter');
		const second = await loadVocabularies(visitor());
		expect(second).toBe(first);
		expect(second.networks.map((network) => network.slug)).toContain(published.slug);
		expect(second.networks.map((network) => network.slug)).not.toContain(later.slug);
	});
});
