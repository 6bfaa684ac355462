import type { AreaMessages } from './area.ts';

const de = {
	'directory.title': 'Beratung und Unterstützung finden'
} as const;

export const directoryMessages = {
	de,
	en: { 'directory.title': 'Find counselling and support' },
	tr: { 'directory.title': 'Danışmanlık ve destek bulun' },
	ar: { 'directory.title': 'ابحث عن الاستشارة والدعم' },
	uk: { 'directory.title': 'Знайти консультацію та підтримку' }
} satisfies AreaMessages<typeof de>;
