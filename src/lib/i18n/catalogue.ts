import type { MessageKey, Messages } from './messages/de.ts';

/**
 * The texts of one language, complete: every key, German where a translation is missing. The
 * server builds it (`$lib/server/i18n`) and the root layout hands the reader's language to the
 * page, so the browser gets one language rather than the code of all five.
 */
export type Catalogue = Messages;

export type TranslationParams = Record<string, string | number>;

// One set of plural rules per language, asked for on every count.
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(locale);
		pluralRules.set(locale, rules);
	}
	return rules.select(count);
}

// `{count, plural, one {# Treffer} other {# Treffer}}`: the ICU message format's plural, the
// form translators know. Branches hold text and `{name}` placeholders, no nested plurals.
const PLURAL =
	/\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

function selectPlurals(template: string, params: TranslationParams, locale: string): string {
	return template.replace(PLURAL, (match, name: string, body: string) => {
		const value = params[name];
		if (typeof value !== 'number') return match;
		const branches = new Map([...body.matchAll(BRANCH)].map((branch) => [branch[1], branch[2]]));
		const chosen =
			branches.get(`=${value}`) ??
			branches.get(pluralCategory(locale, value)) ??
			branches.get('other') ??
			match;
		return chosen.replaceAll('#', String(value));
	});
}

/**
 * The text for `key`, with plural forms chosen for `locale` by `Intl.PluralRules` and `{name}`
 * placeholders filled from `params`.
 */
export function lookup(
	catalogue: Partial<Catalogue> | undefined,
	key: MessageKey,
	params?: TranslationParams,
	locale = 'de'
): string {
	const template = catalogue?.[key] ?? key;
	if (!params) return template;
	return selectPlurals(template, params, locale).replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list in the language's own way (`Intl.ListFormat`): "Arabisch, Türkisch und Kurdisch". A
 * `unit` list (the items after a label, "Sprachen: …") separates with the language's comma, in
 * Arabic "،".
 */
export function formatList(
	items: readonly string[],
	locale: string,
	type: Intl.ListFormatType = 'conjunction'
): string {
	const key = `${locale}:${type}`;
	let format = listFormats.get(key);
	if (!format) {
		format = new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'short' : 'long' });
		listFormats.set(key, format);
	}
	return format.format(items);
}
