import type { Locale } from './locales.ts';

/**
 * Labels of the directory's taxonomy terms. The database labels them in German and English (the
 * vocabulary is maintained there); the other interface languages translate the shipped terms
 * here and fall back to the German label for terms added later.
 */
type TermLabels = Record<string, string>;

const translated: Partial<Record<Locale, TermLabels>> = {
	tr: {
		racism: 'Irkçılık / etnik köken',
		antisemitism: 'Antisemitizm',
		anti_muslim_racism: 'Müslüman karşıtı ırkçılık',
		antiziganism: 'Antiçingenecilik',
		anti_black_racism: 'Siyahlara yönelik ırkçılık',
		religion: 'Din / dünya görüşü',
		gender: 'Cinsiyet',
		sexual_identity: 'Cinsel kimlik',
		disability: 'Engellilik',
		age: 'Yaş',
		social_status: 'Sosyal statü',
		anti_discrimination: 'Ayrımcılık karşıtı danışmanlık',
		victim_support: 'Şiddet sonrası mağdur danışmanlığı',
		migration: 'Göç danışmanlığı',
		legal: 'Hukuki danışmanlık',
		psychosocial: 'Psikososyal danışmanlık',
		empowerment: 'Güçlendirme (empowerment)',
		youth_work: 'Gençlik çalışması'
	},
	ar: {
		racism: 'العنصرية / الأصل العرقي',
		antisemitism: 'معاداة السامية',
		anti_muslim_racism: 'العنصرية ضد المسلمين',
		antiziganism: 'معاداة الغجر (السنتي والروما)',
		anti_black_racism: 'العنصرية ضد السود',
		religion: 'الدين / المعتقد',
		gender: 'النوع الاجتماعي',
		sexual_identity: 'الهوية الجنسية',
		disability: 'الإعاقة',
		age: 'العمر',
		social_status: 'الوضع الاجتماعي',
		anti_discrimination: 'استشارة ضد التمييز',
		victim_support: 'استشارة الضحايا بعد العنف',
		migration: 'استشارة الهجرة',
		legal: 'استشارة قانونية',
		psychosocial: 'استشارة نفسية اجتماعية',
		empowerment: 'التمكين',
		youth_work: 'العمل الشبابي'
	},
	uk: {
		racism: 'Расизм / етнічне походження',
		antisemitism: 'Антисемітизм',
		anti_muslim_racism: 'Антимусульманський расизм',
		antiziganism: 'Антициганізм',
		anti_black_racism: 'Расизм щодо темношкірих людей',
		religion: 'Релігія / світогляд',
		gender: 'Стать',
		sexual_identity: 'Сексуальна ідентичність',
		disability: 'Інвалідність',
		age: 'Вік',
		social_status: 'Соціальний статус',
		anti_discrimination: 'Антидискримінаційна консультація',
		victim_support: 'Консультація для постраждалих від насильства',
		migration: 'Міграційна консультація',
		legal: 'Юридична консультація',
		psychosocial: 'Психосоціальна консультація',
		empowerment: 'Емпауермент',
		youth_work: 'Робота з молоддю'
	}
};

export type LabelledTerm = { code: string; label_de: string; label_en: string };

export function termLabel(locale: Locale, term: LabelledTerm): string {
	if (locale === 'de') return term.label_de;
	if (locale === 'en') return term.label_en;
	return translated[locale]?.[term.code] ?? term.label_de;
}

/** The name of a language (ISO 639-1) in the interface language: "Arabisch", "العربية", … */
export function languageName(locale: Locale, code: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
