/**
 * Taxonomy terms by name in the reader's language, for the review diff: the revision holds term
 * ids, the office reads "Antisemitismus". Discrimination grounds and counselling types have texts
 * of their own in every language; the other vocabularies have German and English labels.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n/locales';
import { catalogueFor } from './i18n';

const KEY_PREFIX: Partial<Record<Database['public']['Enums']['taxonomy_vocabulary'], string>> = {
	discrimination_grounds: 'organisation.ground.',
	counselling_types: 'organisation.counselling.',
	life_areas: 'organisation.area.'
};

export async function termNames(
	supabase: SupabaseClient<Database>,
	locale: Locale
): Promise<(id: string) => string | undefined> {
	const { data, error } = await supabase
		.from('taxonomy_terms')
		.select('id, vocabulary, code, label_de, label_en');
	if (error) throw new Error('could not load the vocabularies');
	const catalogue: Readonly<Record<string, string | undefined>> = catalogueFor(locale);
	const names = new Map(
		data.map((term) => {
			const prefix = KEY_PREFIX[term.vocabulary];
			const own = prefix ? catalogue[`${prefix}${term.code}`] : undefined;
			return [term.id, own ?? (locale === 'de' ? term.label_de : term.label_en)];
		})
	);
	return (id) => names.get(id);
}

/** Districts by name, so that a place's district reads "Mitte", not its id, in a diff. */
export async function districtNames(
	supabase: SupabaseClient<Database>
): Promise<ReadonlyMap<string, string>> {
	const { data, error } = await supabase.from('districts').select('id, name');
	if (error) throw new Error('could not load the districts');
	return new Map(data.map((row) => [row.id, row.name]));
}
