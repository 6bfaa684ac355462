import type { Locale } from '$lib/i18n/locales';

/**
 * Money in integer cents (EUR), never floats: the database stores bigint cents, sums stay exact
 * to the cent, and formatting hands Intl a decimal string so no binary fraction can round.
 */

/** Cents as a whole number; refuses fractions and amounts past what a number holds exactly. */
export function assertCents(cents: number): number {
	if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
	return cents;
}

/** The exact sum of amounts in cents. */
export function sumCents(amounts: Iterable<number>): number {
	let total = 0n;
	for (const amount of amounts) total += BigInt(assertCents(amount));
	return assertCents(Number(total));
}

/** '-1234.05' for -123405: the amount in euros as an exact decimal string. */
export function centsToDecimal(cents: number): string {
	const value = BigInt(assertCents(cents));
	const magnitude = value < 0n ? -value : value;
	const fraction = (magnitude % 100n).toString().padStart(2, '0');
	return `${value < 0n ? '-' : ''}${magnitude / 100n}.${fraction}`;
}

const euroFormats = new Map<string, Intl.NumberFormat>();

/** An amount in the reader's language: 123456789 → '1.234.567,89 €' in German. */
export function formatCents(cents: number, locale: Locale = 'de'): string {
	let format = euroFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'currency',
			currency: 'EUR',
			currencyDisplay: 'narrowSymbol'
		});
		euroFormats.set(locale, format);
	}
	return format.format(centsToDecimal(cents) as Intl.StringNumericLiteral);
}

/**
 * Euros as typed in a German form ('1.234,56', '1234,5', '1234') to cents; null when it is not
 * an amount. A dot is a thousands separator, a comma the decimal one; at most two decimals.
 */
export function parseEuros(text: string): number | null {
	const match = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(
		text.trim().replace(/\s*€$/, '')
	);
	if (!match) return null;
	const [, sign, whole = '', fraction = ''] = match;
	const cents = BigInt(whole.replaceAll('.', '')) * 100n + BigInt(fraction.padEnd(2, '0'));
	const value = Number(sign ? -cents : cents);
	return Number.isSafeInteger(value) ? value : null;
}
