import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { translate } from '$lib/server/i18n';
import {
	checkOwnContribution,
	formatShare,
	ownContributionMessage,
	type OwnContributionRule
} from './own-contribution.ts';

const tenPercent: OwnContributionRule = {
	minOwnShareBp: 1000,
	volunteerHoursCount: false,
	volunteerHourRateCents: null
};

describe('the own-contribution check', () => {
	it('finds 8 % short of a programme that requires 10 %', () => {
		const check = checkOwnContribution(
			{ totalCostCents: 5_000_000, ownFundsCents: 400_000, volunteerHours: 0 },
			tenPercent
		);
		expect(check).toEqual({ ownCents: 400_000, shareBp: 800, requiredBp: 1000, met: false });
	});

	it('is met at exactly the minimum and compares in integers, not rounded shares', () => {
		expect(
			checkOwnContribution(
				{ totalCostCents: 1_000_000, ownFundsCents: 100_000, volunteerHours: 0 },
				tenPercent
			).met
		).toBe(true);
		// 99 999 of 1 000 000 cents is 9.9999 %: short by a cent.
		const short = checkOwnContribution(
			{ totalCostCents: 1_000_000, ownFundsCents: 99_999, volunteerHours: 0 },
			tenPercent
		);
		expect(short.met).toBe(false);
		expect(short.shareBp).toBe(999);
	});

	it('counts volunteer hours at the programme’s rate only where the programme counts them', () => {
		const plan = { totalCostCents: 2_000_000, ownFundsCents: 100_000, volunteerHours: 100 };
		const counted = checkOwnContribution(plan, {
			minOwnShareBp: 1000,
			volunteerHoursCount: true,
			volunteerHourRateCents: 1500
		});
		expect(counted).toEqual({ ownCents: 250_000, shareBp: 1250, requiredBp: 1000, met: true });
		expect(checkOwnContribution(plan, tenPercent).met).toBe(false);
	});

	it('treats a plan without costs as no share, which meets only a programme without minimum', () => {
		const plan = { totalCostCents: 0, ownFundsCents: 0, volunteerHours: 0 };
		expect(checkOwnContribution(plan, tenPercent).met).toBe(false);
		expect(checkOwnContribution(plan, { ...tenPercent, minOwnShareBp: 0 }).met).toBe(true);
	});
});

describe('the own-contribution sentence in every language', () => {
	const short = checkOwnContribution(
		{ totalCostCents: 5_000_000, ownFundsCents: 400_000, volunteerHours: 0 },
		tenPercent
	);

	it('reads "Eigenanteil 8 % – Programm verlangt 10 %" in German', () => {
		const { key, params } = ownContributionMessage(short, 'de');
		expect(translate('de', key, params)).toBe('Eigenanteil 8\u00a0% – Programm verlangt 10\u00a0%');
	});

	it.each([
		['en', 'Own contribution 8% – the programme requires 10%'],
		['tr', 'Öz katkı %8 – program %10 şart koşuyor'],
		['uk', 'Власний внесок 8% – програма вимагає 10%']
	] as const)('says so in %s', (locale, expected) => {
		const { key, params } = ownContributionMessage(short, locale);
		expect(translate(locale, key, params)).toBe(expected);
	});

	it('says it in Arabic with the shares in the reader’s digits', () => {
		const { key, params } = ownContributionMessage(short, 'ar');
		const text = translate('ar', key, params);
		expect(text).toContain('المساهمة الذاتية');
		expect(text).toContain(formatShare(800, 'ar'));
		expect(text).toContain(formatShare(1000, 'ar'));
		expect(formatShare(800, 'ar')).not.toBe(formatShare(1000, 'ar'));
	});

	it('has its own sentence for met and for no minimum, in every language', () => {
		const met = checkOwnContribution(
			{ totalCostCents: 1_000_000, ownFundsCents: 150_000, volunteerHours: 0 },
			tenPercent
		);
		const none = checkOwnContribution(
			{ totalCostCents: 1_000_000, ownFundsCents: 0, volunteerHours: 0 },
			{ ...tenPercent, minOwnShareBp: 0 }
		);
		expect(ownContributionMessage(met, 'de').key).toBe('grants.ownContribution.met');
		expect(ownContributionMessage(none, 'de').key).toBe('grants.ownContribution.none');
		expect(
			translate(
				'de',
				ownContributionMessage(met, 'de').key,
				ownContributionMessage(met, 'de').params
			)
		).toBe('Eigenanteil 15\u00a0% – erfüllt, Programm verlangt 10\u00a0%');
		for (const locale of LOCALES) {
			for (const check of [short, met, none]) {
				const { key, params } = ownContributionMessage(check, locale);
				const text = translate(locale, key, params);
				expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
				expect(text).toContain(params.actual);
			}
		}
	});

	it('cuts shares to one decimal rather than rounding them up to the minimum', () => {
		expect(formatShare(999, 'de')).toBe('9,9\u00a0%');
		expect(formatShare(833, 'de')).toBe('8,3\u00a0%');
		expect(formatShare(2900, 'en')).toBe('29%');
		expect(formatShare(10_000, 'de')).toBe('100\u00a0%');
	});
});
