import type { AreaMessages } from './area.ts';

/** The office's organisations table: revisions waiting for review. */
const de = {
	'officeOrgs.revisions.label': 'Änderungen',
	'officeOrgs.revisions.pending': 'Wartet auf Prüfung',
	'officeOrgs.revisions.none': 'Nichts offen',
	'officeOrgs.revisions.badge': 'Änderung wartet auf Prüfung'
};

export const officeDirectoryMessages = {
	de,
	en: {
		'officeOrgs.revisions.label': 'Changes',
		'officeOrgs.revisions.pending': 'Waiting for review',
		'officeOrgs.revisions.none': 'Nothing pending',
		'officeOrgs.revisions.badge': 'Change waiting for review'
	},
	tr: {
		'officeOrgs.revisions.label': 'Değişiklikler',
		'officeOrgs.revisions.pending': 'İnceleme bekliyor',
		'officeOrgs.revisions.none': 'Bekleyen yok',
		'officeOrgs.revisions.badge': 'Değişiklik inceleme bekliyor'
	},
	ar: {
		'officeOrgs.revisions.label': 'التغييرات',
		'officeOrgs.revisions.pending': 'بانتظار المراجعة',
		'officeOrgs.revisions.none': 'لا شيء معلّق',
		'officeOrgs.revisions.badge': 'تغيير بانتظار المراجعة'
	},
	uk: {
		'officeOrgs.revisions.label': 'Зміни',
		'officeOrgs.revisions.pending': 'Очікують перевірки',
		'officeOrgs.revisions.none': 'Нічого не очікує',
		'officeOrgs.revisions.badge': 'Зміна очікує перевірки'
	}
} satisfies AreaMessages<typeof de>;
