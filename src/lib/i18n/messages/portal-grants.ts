import type { AreaMessages } from './area.ts';

/** Funding in the portal: calls that fit the member's organisations, their own applications. */
const de = {
	'portal.funding.link': 'Förderung: passende Aufrufe und Ihre Anträge',
	'portal.funding.title': 'Förderung',
	'portal.funding.intro':
		'Offene Förderaufrufe, die zu Ihren Organisationen passen, und der Stand Ihrer Anträge mit allem, was Sie wann nachweisen müssen.',
	'portal.funding.back': 'Zurück zu Meine Organisationen',
	'portal.funding.amount': 'Benötigter Betrag in Euro (freiwillig)',
	'portal.funding.amount.hint':
		'Dann zeigen wir nur Aufrufe, deren Förderrahmen diesen Betrag einschließt.',
	'portal.funding.amount.submit': 'Passende Aufrufe zeigen',
	'portal.funding.calls': 'Passende Förderaufrufe für {organisation}',
	'portal.funding.calls.count':
		'{count, plural, =0 {Gerade passt kein offener Förderaufruf.} one {# offener Förderaufruf passt.} other {# offene Förderaufrufe passen.}}',
	'portal.funding.calls.all': 'Alle offenen Förderaufrufe ansehen',
	'portal.funding.calls.noTopics':
		'Ihr Profil nennt noch keine Themen: Es passen nur Aufrufe, die für alle Themen offen sind.',
	'portal.funding.why': 'Warum dieser Aufruf passt',
	'portal.funding.reason.topics': 'Gemeinsame Themen: {topics}',
	'portal.funding.reason.anyTopic': 'Offen für alle Themen',
	'portal.funding.reason.applicant': 'Sie sind antragsberechtigt als: {applicants}',
	'portal.funding.reason.anyApplicant': 'Alle Antragstellenden zugelassen',
	'portal.funding.reason.region': 'Ihre Region ist gefördert: {region}',
	'portal.funding.reason.anyRegion': 'Ohne regionale Einschränkung',
	'portal.funding.reason.amount': 'Ihr Betrag von {amount} liegt im Förderrahmen',
	'portal.funding.applications': 'Anträge von {organisation}',
	'portal.funding.applications.none': 'Noch keine Anträge erfasst.',
	'portal.funding.applications.title': 'Antrag',
	'portal.funding.applications.status': 'Stand',
	'portal.funding.applications.requested': 'Beantragt',
	'portal.funding.applications.granted': 'Bewilligt',
	'portal.funding.applications.paid': 'Ausgezahlt',
	'portal.funding.applications.owes': 'Offene Fristen',
	'portal.funding.applications.owesNothing': 'Keine',
	'portal.funding.owes': '{obligation}: {date}',
	'portal.funding.overdue': 'überfällig',
	'portal.application.back': 'Zurück zur Förderübersicht',
	'portal.application.readOnly':
		'Diese Seite zeigt den Stand, den das Amt für Chancengleichheit erfasst hat. Änderungen teilen Sie bitte dem Amt mit.'
} as const;

export const portalGrantsMessages = {
	de,
	en: {
		'portal.funding.link': 'Funding: calls that fit you and your applications',
		'portal.funding.title': 'Funding',
		'portal.funding.intro':
			'Open funding calls that fit your organisations, and the state of your applications with everything you have to report and when.',
		'portal.funding.back': 'Back to My organisations',
		'portal.funding.amount': 'Amount you need in euros (optional)',
		'portal.funding.amount.hint':
			'Then only calls whose funding range includes this amount are shown.',
		'portal.funding.amount.submit': 'Show fitting calls',
		'portal.funding.calls': 'Funding calls that fit {organisation}',
		'portal.funding.calls.count':
			'{count, plural, =0 {No open funding call fits right now.} one {# open funding call fits.} other {# open funding calls fit.}}',
		'portal.funding.calls.all': 'See all open funding calls',
		'portal.funding.calls.noTopics':
			'Your profile names no topics yet: only calls open to every topic fit.',
		'portal.funding.why': 'Why this call fits',
		'portal.funding.reason.topics': 'Topics in common: {topics}',
		'portal.funding.reason.anyTopic': 'Open to every topic',
		'portal.funding.reason.applicant': 'You may apply as: {applicants}',
		'portal.funding.reason.anyApplicant': 'Open to every applicant',
		'portal.funding.reason.region': 'Your region is funded: {region}',
		'portal.funding.reason.anyRegion': 'No regional restriction',
		'portal.funding.reason.amount': 'Your amount of {amount} is within the funding range',
		'portal.funding.applications': 'Applications of {organisation}',
		'portal.funding.applications.none': 'No applications recorded yet.',
		'portal.funding.applications.title': 'Application',
		'portal.funding.applications.status': 'Status',
		'portal.funding.applications.requested': 'Requested',
		'portal.funding.applications.granted': 'Granted',
		'portal.funding.applications.paid': 'Paid out',
		'portal.funding.applications.owes': 'Open deadlines',
		'portal.funding.applications.owesNothing': 'None',
		'portal.funding.owes': '{obligation}: {date}',
		'portal.funding.overdue': 'overdue',
		'portal.application.back': 'Back to the funding overview',
		'portal.application.readOnly':
			'This page shows the state the Office for Equal Opportunities has recorded. Please tell the office about any changes.'
	},
	tr: {
		'portal.funding.link': 'Destek: size uygun çağrılar ve başvurularınız',
		'portal.funding.title': 'Destek',
		'portal.funding.intro':
			'Kuruluşlarınıza uygun açık destek çağrıları ve başvurularınızın durumu; neyi ne zaman belgelemeniz gerektiğiyle birlikte.',
		'portal.funding.back': 'Kuruluşlarıma geri dön',
		'portal.funding.amount': 'Gereken tutar (euro, isteğe bağlı)',
		'portal.funding.amount.hint':
			'O zaman yalnızca destek aralığı bu tutarı kapsayan çağrılar gösterilir.',
		'portal.funding.amount.submit': 'Uygun çağrıları göster',
		'portal.funding.calls': '{organisation} için uygun destek çağrıları',
		'portal.funding.calls.count':
			'{count, plural, =0 {Şu anda uygun açık destek çağrısı yok.} one {# açık destek çağrısı uygun.} other {# açık destek çağrısı uygun.}}',
		'portal.funding.calls.all': 'Tüm açık destek çağrılarını gör',
		'portal.funding.calls.noTopics':
			'Profilinizde henüz konu yok: yalnızca tüm konulara açık çağrılar uygun.',
		'portal.funding.why': 'Bu çağrı neden uygun',
		'portal.funding.reason.topics': 'Ortak konular: {topics}',
		'portal.funding.reason.anyTopic': 'Tüm konulara açık',
		'portal.funding.reason.applicant': 'Şu şekilde başvurabilirsiniz: {applicants}',
		'portal.funding.reason.anyApplicant': 'Tüm başvuru sahiplerine açık',
		'portal.funding.reason.region': 'Bölgeniz destekleniyor: {region}',
		'portal.funding.reason.anyRegion': 'Bölge kısıtlaması yok',
		'portal.funding.reason.amount': '{amount} tutarınız destek aralığında',
		'portal.funding.applications': '{organisation} başvuruları',
		'portal.funding.applications.none': 'Henüz kayıtlı başvuru yok.',
		'portal.funding.applications.title': 'Başvuru',
		'portal.funding.applications.status': 'Durum',
		'portal.funding.applications.requested': 'Talep edilen',
		'portal.funding.applications.granted': 'Onaylanan',
		'portal.funding.applications.paid': 'Ödenen',
		'portal.funding.applications.owes': 'Açık süreler',
		'portal.funding.applications.owesNothing': 'Yok',
		'portal.funding.owes': '{obligation}: {date}',
		'portal.funding.overdue': 'süresi geçti',
		'portal.application.back': 'Destek özetine geri dön',
		'portal.application.readOnly':
			'Bu sayfa Fırsat Eşitliği Dairesinin kaydettiği durumu gösterir. Değişiklikleri lütfen daireye bildirin.'
	},
	ar: {
		'portal.funding.link': 'التمويل: الدعوات المناسبة لكم وطلباتكم',
		'portal.funding.title': 'التمويل',
		'portal.funding.intro':
			'دعوات التمويل المفتوحة المناسبة لمنظماتكم، وحالة طلباتكم مع كل ما يجب عليكم تقديمه ومتى.',
		'portal.funding.back': 'العودة إلى منظماتي',
		'portal.funding.amount': 'المبلغ المطلوب باليورو (اختياري)',
		'portal.funding.amount.hint': 'عندها نعرض فقط الدعوات التي يشمل نطاق تمويلها هذا المبلغ.',
		'portal.funding.amount.submit': 'عرض الدعوات المناسبة',
		'portal.funding.calls': 'دعوات التمويل المناسبة لـ {organisation}',
		'portal.funding.calls.count':
			'{count, plural, =0 {لا توجد حاليًا دعوة تمويل مفتوحة مناسبة.} zero {لا توجد حاليًا دعوة تمويل مفتوحة مناسبة.} one {دعوة تمويل مفتوحة واحدة مناسبة.} two {دعوتا تمويل مفتوحتان مناسبتان.} few {# دعوات تمويل مفتوحة مناسبة.} many {# دعوة تمويل مفتوحة مناسبة.} other {# دعوة تمويل مفتوحة مناسبة.}}',
		'portal.funding.calls.all': 'عرض جميع دعوات التمويل المفتوحة',
		'portal.funding.calls.noTopics':
			'لا يذكر ملفكم أي مواضيع بعد: تناسبكم فقط الدعوات المفتوحة لجميع المواضيع.',
		'portal.funding.why': 'لماذا تناسبكم هذه الدعوة',
		'portal.funding.reason.topics': 'مواضيع مشتركة: {topics}',
		'portal.funding.reason.anyTopic': 'مفتوحة لجميع المواضيع',
		'portal.funding.reason.applicant': 'يحق لكم التقديم بصفتكم: {applicants}',
		'portal.funding.reason.anyApplicant': 'مفتوحة لجميع المتقدمين',
		'portal.funding.reason.region': 'منطقتكم مشمولة بالتمويل: {region}',
		'portal.funding.reason.anyRegion': 'بدون قيود إقليمية',
		'portal.funding.reason.amount': 'مبلغكم {amount} ضمن نطاق التمويل',
		'portal.funding.applications': 'طلبات {organisation}',
		'portal.funding.applications.none': 'لم تُسجَّل أي طلبات بعد.',
		'portal.funding.applications.title': 'الطلب',
		'portal.funding.applications.status': 'الحالة',
		'portal.funding.applications.requested': 'المطلوب',
		'portal.funding.applications.granted': 'الممنوح',
		'portal.funding.applications.paid': 'المدفوع',
		'portal.funding.applications.owes': 'المواعيد المفتوحة',
		'portal.funding.applications.owesNothing': 'لا شيء',
		'portal.funding.owes': '{obligation}: {date}',
		'portal.funding.overdue': 'متأخر',
		'portal.application.back': 'العودة إلى نظرة عامة على التمويل',
		'portal.application.readOnly':
			'تعرض هذه الصفحة الحالة التي سجّلها مكتب تكافؤ الفرص. يرجى إبلاغ المكتب بأي تغييرات.'
	},
	uk: {
		'portal.funding.link': 'Фінансування: відповідні конкурси та ваші заявки',
		'portal.funding.title': 'Фінансування',
		'portal.funding.intro':
			'Відкриті конкурси фінансування, що підходять вашим організаціям, і стан ваших заявок з усім, що й коли ви маєте звітувати.',
		'portal.funding.back': 'Назад до «Мої організації»',
		'portal.funding.amount': 'Потрібна сума в євро (необовʼязково)',
		'portal.funding.amount.hint':
			'Тоді показуємо лише конкурси, діапазон фінансування яких охоплює цю суму.',
		'portal.funding.amount.submit': 'Показати відповідні конкурси',
		'portal.funding.calls': 'Конкурси фінансування для {organisation}',
		'portal.funding.calls.count':
			'{count, plural, =0 {Зараз жоден відкритий конкурс не підходить.} one {Підходить # відкритий конкурс.} few {Підходять # відкриті конкурси.} many {Підходять # відкритих конкурсів.} other {Підходять # відкритого конкурсу.}}',
		'portal.funding.calls.all': 'Переглянути всі відкриті конкурси',
		'portal.funding.calls.noTopics':
			'У вашому профілі ще немає тем: підходять лише конкурси, відкриті для всіх тем.',
		'portal.funding.why': 'Чому цей конкурс підходить',
		'portal.funding.reason.topics': 'Спільні теми: {topics}',
		'portal.funding.reason.anyTopic': 'Відкритий для всіх тем',
		'portal.funding.reason.applicant': 'Ви можете подати заявку як: {applicants}',
		'portal.funding.reason.anyApplicant': 'Відкритий для всіх заявників',
		'portal.funding.reason.region': 'Ваш регіон фінансується: {region}',
		'portal.funding.reason.anyRegion': 'Без регіональних обмежень',
		'portal.funding.reason.amount': 'Ваша сума {amount} у межах фінансування',
		'portal.funding.applications': 'Заявки {organisation}',
		'portal.funding.applications.none': 'Заявок ще не зареєстровано.',
		'portal.funding.applications.title': 'Заявка',
		'portal.funding.applications.status': 'Стан',
		'portal.funding.applications.requested': 'Запитано',
		'portal.funding.applications.granted': 'Надано',
		'portal.funding.applications.paid': 'Виплачено',
		'portal.funding.applications.owes': 'Відкриті терміни',
		'portal.funding.applications.owesNothing': 'Немає',
		'portal.funding.owes': '{obligation}: {date}',
		'portal.funding.overdue': 'прострочено',
		'portal.application.back': 'Назад до огляду фінансування',
		'portal.application.readOnly':
			'Ця сторінка показує стан, зафіксований Управлінням з питань рівних можливостей. Про зміни, будь ласка, повідомте управління.'
	}
} satisfies AreaMessages<typeof de>;
