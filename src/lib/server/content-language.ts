/**
 * Texts that organisations write (descriptions, eligibility, next steps …) in the visitor's
 * language when the organisation provided one, with who wrote it; otherwise the German source,
 * marked so the page can say "only in German" and set lang="de" (screen readers switch voice).
 *
 *   const texts = await loadContentTexts(locals.supabase, locals.locale, [organisation.id]);
 *   texts.pick({ organisationId }, 'description', organisation.description);
 *   texts.pick({ organisationId, serviceId }, 'application_process', service.application_process);
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import type { LocalisedText } from '$lib/domain/directory';

export type { Provenance } from '$lib/domain/directory';
type Provenance = Database['public']['Enums']['text_provenance'];
export type TextField =
	| 'name'
	| 'short_name'
	| 'description'
	| 'eligibility_description'
	| 'application_process'
	| 'fees_description';

export type TranslationRow = {
	organisation_id: string;
	service_id: string | null;
	field: string;
	language: string;
	text: string;
	provenance: Provenance;
};

export type { LocalisedText } from '$lib/domain/directory';

export type TextOwner = { organisationId: string; serviceId?: string | null };

export type ContentTexts = {
	locale: Locale;
	/** The text of `field` in the visitor's language, else the German one; null when neither exists. */
	pick(owner: TextOwner, field: TextField, german: string | null | undefined): LocalisedText | null;
};

const keyOf = (organisationId: string, serviceId: string | null | undefined, field: string) =>
	`${organisationId}/${serviceId ?? ''}/${field}`;

/** The picker over translations already loaded (rows in other languages are ignored). */
export function contentTexts(locale: Locale, rows: TranslationRow[]): ContentTexts {
	const translated = new Map(
		rows
			.filter((row) => row.language === locale)
			.map((row) => [keyOf(row.organisation_id, row.service_id, row.field), row])
	);
	return {
		locale,
		pick(owner, field, german) {
			if (locale !== DEFAULT_LOCALE) {
				const row = translated.get(keyOf(owner.organisationId, owner.serviceId, field));
				if (row)
					return { text: row.text, lang: locale, provenance: row.provenance, onlyInGerman: false };
			}
			if (!german) return null;
			return {
				text: german,
				lang: DEFAULT_LOCALE,
				provenance: null,
				onlyInGerman: locale !== DEFAULT_LOCALE
			};
		}
	};
}

/**
 * Loads the visitor-language texts of these organisations and their services (one query; none
 * for German readers), through the caller's client so RLS shows published organisations only.
 */
export async function loadContentTexts(
	supabase: SupabaseClient<Database>,
	locale: Locale,
	organisationIds: string[]
): Promise<ContentTexts> {
	if (locale === DEFAULT_LOCALE || organisationIds.length === 0) return contentTexts(locale, []);
	const { data, error } = await supabase
		.from('translations')
		.select('organisation_id, service_id, field, language, text, provenance')
		.in('organisation_id', organisationIds)
		.eq('language', locale);
	if (error) throw new Error(`could not load translations: ${error.message}`);
	return contentTexts(locale, data);
}
