import type { AreaMessages } from './area.ts';

const de = {
	'directory.title': 'Beratung und Unterstützung finden',
	'nav.directory': 'Beratung finden',
	'nav.networks': 'Netzwerke',
	'nav.openData': 'Offene Daten',
	'safety.emergency': 'Im Notfall:',
	'safety.police': 'Polizei 110',
	'safety.ambulance': 'Rettungsdienst und Feuerwehr 112',
	'safety.quickExit': 'Seite schnell verlassen'
} as const;

export const directoryMessages = {
	de,
	en: {
		'directory.title': 'Find counselling and support',
		'nav.directory': 'Find counselling',
		'nav.networks': 'Networks',
		'nav.openData': 'Open data',
		'safety.emergency': 'In an emergency:',
		'safety.police': 'Police 110',
		'safety.ambulance': 'Ambulance and fire brigade 112',
		'safety.quickExit': 'Leave this site quickly'
	},
	tr: {
		'directory.title': 'Danışmanlık ve destek bulun',
		'nav.directory': 'Danışmanlık bul',
		'nav.networks': 'Ağlar',
		'nav.openData': 'Açık veri',
		'safety.emergency': 'Acil durumda:',
		'safety.police': 'Polis 110',
		'safety.ambulance': 'Ambulans ve itfaiye 112',
		'safety.quickExit': 'Sayfadan hızla çık'
	},
	ar: {
		'directory.title': 'ابحث عن الاستشارة والدعم',
		'nav.directory': 'ابحث عن استشارة',
		'nav.networks': 'الشبكات',
		'nav.openData': 'البيانات المفتوحة',
		'safety.emergency': 'في حالة الطوارئ:',
		'safety.police': 'الشرطة 110',
		'safety.ambulance': 'الإسعاف والإطفاء 112',
		'safety.quickExit': 'مغادرة الصفحة بسرعة'
	},
	uk: {
		'directory.title': 'Знайти консультацію та підтримку',
		'nav.directory': 'Знайти консультацію',
		'nav.networks': 'Мережі',
		'nav.openData': 'Відкриті дані',
		'safety.emergency': 'У разі небезпеки:',
		'safety.police': 'Поліція 110',
		'safety.ambulance': 'Швидка допомога і пожежна служба 112',
		'safety.quickExit': 'Швидко залишити сайт'
	}
} satisfies AreaMessages<typeof de>;
