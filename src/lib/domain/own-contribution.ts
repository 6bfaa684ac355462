import type { TranslationParams } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';
import { assertCents } from './money.ts';

/**
 * The own-contribution check (Eigenanteil): the applicant's own money (and, where the
 * programme counts them, volunteer hours at its rate) as a share of the total cost, against the
 * programme's minimum share. Shares are basis points (1000 = 10 %), compared in integers.
 */

export type FinancingPlan = {
	totalCostCents: number;
	ownFundsCents: number;
	volunteerHours: number;
};

export type OwnContributionRule = {
	/** Minimum own share in basis points of the total cost. */
	minOwnShareBp: number;
	volunteerHoursCount: boolean;
	volunteerHourRateCents: number | null;
};

export type OwnContributionCheck = {
	/** Own funds plus counted volunteer hours, in cents. */
	ownCents: number;
	/** The own share in basis points, rounded down (9.99 % never shows as 10 %). */
	shareBp: number;
	requiredBp: number;
	met: boolean;
};

export function checkOwnContribution(
	plan: FinancingPlan,
	rule: OwnContributionRule
): OwnContributionCheck {
	const volunteerCents =
		rule.volunteerHoursCount && rule.volunteerHourRateCents
			? BigInt(plan.volunteerHours) * BigInt(assertCents(rule.volunteerHourRateCents))
			: 0n;
	const own = BigInt(assertCents(plan.ownFundsCents)) + volunteerCents;
	const total = BigInt(assertCents(plan.totalCostCents));
	const required = BigInt(rule.minOwnShareBp);
	return {
		ownCents: Number(own),
		shareBp: total > 0n ? Number((own * 10_000n) / total) : 0,
		requiredBp: rule.minOwnShareBp,
		// Without costs there is no share to meet a minimum with.
		met: total > 0n ? own * 10_000n >= required * total : required === 0n
	};
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A share in basis points in the reader's language, cut (not rounded) to one decimal: '8,3 %'. */
export function formatShare(bp: number, locale: Locale = 'de'): string {
	let format = percentFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'percent',
			maximumFractionDigits: 1,
			roundingMode: 'trunc'
		});
		percentFormats.set(locale, format);
	}
	const whole = Math.trunc(bp / 10_000);
	const fraction = String(bp % 10_000).padStart(4, '0');
	return format.format(`${whole}.${fraction}` as Intl.StringNumericLiteral);
}

/**
 * The check as a sentence for the i18n layer: "Eigenanteil 8 % – Programm verlangt 10 %".
 * Components pass it to `t()`, the server to `translate()`.
 */
export function ownContributionMessage(
	check: OwnContributionCheck,
	locale: Locale
): { key: MessageKey; params: TranslationParams } {
	const params = {
		actual: formatShare(check.shareBp, locale),
		required: formatShare(check.requiredBp, locale)
	};
	if (check.requiredBp === 0) return { key: 'grants.ownContribution.none', params };
	return {
		key: check.met ? 'grants.ownContribution.met' : 'grants.ownContribution.shortfall',
		params
	};
}
