import type { AreaMessages } from './area.ts';

/** The grant tracker: application statuses, obligations, the own-contribution check. */
const de = {
	'grants.status.idea': 'Idee',
	'grants.status.drafting': 'In Vorbereitung',
	'grants.status.submitted': 'Eingereicht',
	'grants.status.more_information_requested': 'Nachforderung',
	'grants.status.approved': 'Bewilligt',
	'grants.status.partly_approved': 'Teilbewilligt',
	'grants.status.rejected': 'Abgelehnt',
	'grants.status.withdrawn': 'Zurückgezogen',
	'grants.status.in_progress': 'In Durchführung',
	'grants.status.final_report_submitted': 'Verwendungsnachweis eingereicht',
	'grants.status.closed': 'Abgeschlossen',
	'grants.status.clawback': 'Rückforderung',
	'grants.obligation.mittelabruf': 'Mittelabruf',
	'grants.obligation.zwischennachweis': 'Zwischennachweis',
	'grants.obligation.verwendungsnachweis': 'Verwendungsnachweis',
	'grants.obligation.receipts_retention': 'Belege aufbewahren bis',
	'grants.ownContribution.shortfall': 'Eigenanteil {actual} – Programm verlangt {required}',
	'grants.ownContribution.met': 'Eigenanteil {actual} – erfüllt, Programm verlangt {required}',
	'grants.ownContribution.none': 'Eigenanteil {actual} – Programm verlangt keinen'
} as const;

export const grantsMessages = {
	de,
	en: {
		'grants.status.idea': 'Idea',
		'grants.status.drafting': 'Drafting',
		'grants.status.submitted': 'Submitted',
		'grants.status.more_information_requested': 'More information requested',
		'grants.status.approved': 'Approved',
		'grants.status.partly_approved': 'Partly approved',
		'grants.status.rejected': 'Rejected',
		'grants.status.withdrawn': 'Withdrawn',
		'grants.status.in_progress': 'In progress',
		'grants.status.final_report_submitted': 'Final report submitted',
		'grants.status.closed': 'Closed',
		'grants.status.clawback': 'Clawback',
		'grants.obligation.mittelabruf': 'Call for funds (Mittelabruf)',
		'grants.obligation.zwischennachweis': 'Interim statement (Zwischennachweis)',
		'grants.obligation.verwendungsnachweis': 'Final statement (Verwendungsnachweis)',
		'grants.obligation.receipts_retention': 'Keep receipts until',
		'grants.ownContribution.shortfall':
			'Own contribution {actual} – the programme requires {required}',
		'grants.ownContribution.met':
			'Own contribution {actual} – meets the {required} the programme requires',
		'grants.ownContribution.none': 'Own contribution {actual} – the programme requires none'
	},
	tr: {
		'grants.status.idea': 'Fikir',
		'grants.status.drafting': 'Hazırlanıyor',
		'grants.status.submitted': 'Gönderildi',
		'grants.status.more_information_requested': 'Ek bilgi istendi',
		'grants.status.approved': 'Onaylandı',
		'grants.status.partly_approved': 'Kısmen onaylandı',
		'grants.status.rejected': 'Reddedildi',
		'grants.status.withdrawn': 'Geri çekildi',
		'grants.status.in_progress': 'Uygulanıyor',
		'grants.status.final_report_submitted': 'Kullanım raporu gönderildi',
		'grants.status.closed': 'Tamamlandı',
		'grants.status.clawback': 'Geri ödeme talebi',
		'grants.obligation.mittelabruf': 'Fon talebi (Mittelabruf)',
		'grants.obligation.zwischennachweis': 'Ara rapor (Zwischennachweis)',
		'grants.obligation.verwendungsnachweis': 'Kullanım raporu (Verwendungsnachweis)',
		'grants.obligation.receipts_retention': 'Belgeleri şu tarihe kadar saklayın',
		'grants.ownContribution.shortfall': 'Öz katkı {actual} – program {required} şart koşuyor',
		'grants.ownContribution.met':
			'Öz katkı {actual} – programın şart koştuğu {required} karşılanıyor',
		'grants.ownContribution.none': 'Öz katkı {actual} – program öz katkı şart koşmuyor'
	},
	ar: {
		'grants.status.idea': 'فكرة',
		'grants.status.drafting': 'قيد الإعداد',
		'grants.status.submitted': 'مُقدَّم',
		'grants.status.more_information_requested': 'طُلبت معلومات إضافية',
		'grants.status.approved': 'تمت الموافقة',
		'grants.status.partly_approved': 'تمت الموافقة جزئيًا',
		'grants.status.rejected': 'مرفوض',
		'grants.status.withdrawn': 'مسحوب',
		'grants.status.in_progress': 'قيد التنفيذ',
		'grants.status.final_report_submitted': 'تم تقديم تقرير استخدام الأموال',
		'grants.status.closed': 'مُغلق',
		'grants.status.clawback': 'مطالبة بالاسترداد',
		'grants.obligation.mittelabruf': 'طلب صرف الأموال',
		'grants.obligation.zwischennachweis': 'تقرير مرحلي',
		'grants.obligation.verwendungsnachweis': 'تقرير استخدام الأموال',
		'grants.obligation.receipts_retention': 'حفظ الإيصالات حتى',
		'grants.ownContribution.shortfall': 'المساهمة الذاتية {actual} – يشترط البرنامج {required}',
		'grants.ownContribution.met':
			'المساهمة الذاتية {actual} – تستوفي ما يشترطه البرنامج ({required})',
		'grants.ownContribution.none': 'المساهمة الذاتية {actual} – لا يشترط البرنامج مساهمة ذاتية'
	},
	uk: {
		'grants.status.idea': 'Ідея',
		'grants.status.drafting': 'Підготовка',
		'grants.status.submitted': 'Подано',
		'grants.status.more_information_requested': 'Запит додаткової інформації',
		'grants.status.approved': 'Схвалено',
		'grants.status.partly_approved': 'Частково схвалено',
		'grants.status.rejected': 'Відхилено',
		'grants.status.withdrawn': 'Відкликано',
		'grants.status.in_progress': 'Виконується',
		'grants.status.final_report_submitted': 'Звіт про використання подано',
		'grants.status.closed': 'Завершено',
		'grants.status.clawback': 'Вимога повернення коштів',
		'grants.obligation.mittelabruf': 'Запит коштів (Mittelabruf)',
		'grants.obligation.zwischennachweis': 'Проміжний звіт (Zwischennachweis)',
		'grants.obligation.verwendungsnachweis': 'Звіт про використання (Verwendungsnachweis)',
		'grants.obligation.receipts_retention': 'Зберігати документи до',
		'grants.ownContribution.shortfall': 'Власний внесок {actual} – програма вимагає {required}',
		'grants.ownContribution.met':
			'Власний внесок {actual} – відповідає вимозі програми ({required})',
		'grants.ownContribution.none': 'Власний внесок {actual} – програма його не вимагає'
	}
} satisfies AreaMessages<typeof de>;
