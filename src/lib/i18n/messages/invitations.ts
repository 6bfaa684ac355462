import type { AreaMessages } from './area.ts';

/** Invitation mails, the invitation page and "request a new link". */
const de = {
	'invitation.mail.subject': 'Einladung: {organisation} im Bündnisatlas',
	'invitation.mail.subjectOffice': 'Einladung in die Geschäftsstelle im Bündnisatlas',
	'invitation.mail.body':
		'{inviter} lädt Sie ein, den Eintrag von „{organisation}“ im Bündnisatlas mitzupflegen.',
	'invitation.mail.bodyOffice':
		'{inviter} lädt Sie ein, in der Geschäftsstelle des Bündnisatlas mitzuarbeiten.',
	'invitation.mail.someone': 'Die Geschäftsstelle',
	'invitation.mail.role': 'Ihre Rolle: {role}.',
	'invitation.mail.validity':
		'Der Link ist {days, plural, one {# Tag} other {# Tage}} gültig, bis zum {date}. Ist er abgelaufen, können Sie auf der Seite des Links einen neuen anfordern.',
	'invitation.mail.action': 'Einladung annehmen',
	'invitation.mail.footer':
		'Sie haben diese Einladung nicht erwartet? Dann können Sie diese E-Mail einfach löschen.',
	'invitation.asked.subject': 'Jemand bittet um einen neuen Einladungslink',
	'invitation.asked.body':
		'{email} hat einen neuen Link zu Ihrer Einladung für „{target}“ angefordert. Die Einladung war zurückgezogen oder der Zugang besteht nicht mehr.',
	'invitation.asked.office': 'die Geschäftsstelle',
	'invitation.asked.next':
		'Soll die Person wieder Zugang bekommen, laden Sie sie bitte erneut ein. Sonst ist nichts zu tun.',
	'invitation.asked.action': 'Zur Mitgliederseite',
	'invitation.signIn.subject': 'Ihre Einladung ist schon angenommen',
	'invitation.signIn.body':
		'Sie haben die Einladung bereits angenommen und haben ein Konto. Melden Sie sich wie gewohnt an; wenn Sie Ihr Passwort vergessen haben, können Sie dort ein neues setzen.',
	'invitation.signIn.action': 'Anmelden',
	'invitation.title': 'Einladung annehmen',
	'invitation.intro':
		'{inviter} hat Sie eingeladen, den Eintrag von „{organisation}“ mitzupflegen.',
	'invitation.introOffice': '{inviter} hat Sie in die Geschäftsstelle eingeladen.',
	'invitation.role': 'Ihre Rolle: {role}',
	'invitation.account': 'Ihr Konto: {email}',
	'invitation.validUntil': 'Dieser Link ist gültig bis zum {date}.',
	'invitation.linkValidUntil': 'Einladungslink gültig bis zum {date}',
	'invitation.passwordIntro':
		'Wählen Sie ein Passwort für Ihr neues Konto. Damit melden Sie sich künftig an.',
	'invitation.existingIntro':
		'Sie haben schon ein Konto. Mit einem Klick nehmen Sie die Einladung an und sind angemeldet.',
	'invitation.accept': 'Einladung annehmen',
	'invitation.failed':
		'Das hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal oder fordern Sie einen neuen Link an.',
	'invitation.stale.title': 'Dieser Einladungslink funktioniert nicht mehr',
	'invitation.stale.expired': 'Der Link ist abgelaufen.',
	'invitation.stale.used': 'Der Link wurde schon benutzt.',
	'invitation.stale.withdrawn': 'Der Link wurde durch einen neueren ersetzt oder zurückgezogen.',
	'invitation.stale.unknown': 'Der Link ist unvollständig oder unbekannt.',
	'invitation.stale.intro':
		'Geben Sie die E-Mail-Adresse ein, an die die Einladung ging. Wenn es möglich ist, schicken wir Ihnen einen neuen Link; sonst erfährt die Person, die Sie eingeladen hat, von Ihrer Bitte.',
	'invitation.stale.signIn': 'Sie haben schon ein Konto? Hier anmelden.',
	'invitation.request.submit': 'Neuen Link anfordern',
	'invitation.request.sent':
		'Danke. Wenn zu dieser Adresse eine Einladung gehört, bekommen Sie einen neuen Link per E-Mail, oder die Person, die Sie eingeladen hat, wird benachrichtigt.'
};

export const invitationMessages = {
	de,
	en: {
		'invitation.mail.subject': 'Invitation: {organisation} on Bündnisatlas',
		'invitation.mail.subjectOffice': 'Invitation to the office on Bündnisatlas',
		'invitation.mail.body':
			'{inviter} invites you to help keep the entry of “{organisation}” on Bündnisatlas up to date.',
		'invitation.mail.bodyOffice': '{inviter} invites you to work in the Bündnisatlas office.',
		'invitation.mail.someone': 'The office',
		'invitation.mail.role': 'Your role: {role}.',
		'invitation.mail.validity':
			'The link is valid for {days, plural, one {# day} other {# days}}, until {date}. If it has expired, you can ask for a new one on the link’s page.',
		'invitation.mail.action': 'Accept the invitation',
		'invitation.mail.footer': 'Not expecting this invitation? Then simply delete this e-mail.',
		'invitation.asked.subject': 'Someone asks for a new invitation link',
		'invitation.asked.body':
			'{email} asked for a new link to your invitation for “{target}”. The invitation was withdrawn or the access no longer exists.',
		'invitation.asked.office': 'the office',
		'invitation.asked.next':
			'If the person should have access again, please invite them again. Otherwise there is nothing to do.',
		'invitation.asked.action': 'Go to the members page',
		'invitation.signIn.subject': 'Your invitation has already been accepted',
		'invitation.signIn.body':
			'You have already accepted the invitation and have an account. Sign in as usual; if you forgot your password, you can set a new one there.',
		'invitation.signIn.action': 'Sign in',
		'invitation.title': 'Accept the invitation',
		'invitation.intro': '{inviter} invited you to help keep the entry of “{organisation}” current.',
		'invitation.introOffice': '{inviter} invited you to the office.',
		'invitation.role': 'Your role: {role}',
		'invitation.account': 'Your account: {email}',
		'invitation.validUntil': 'This link is valid until {date}.',
		'invitation.linkValidUntil': 'Invitation link valid until {date}',
		'invitation.passwordIntro':
			'Choose a password for your new account. You will use it to sign in from now on.',
		'invitation.existingIntro':
			'You already have an account. One click accepts the invitation and signs you in.',
		'invitation.accept': 'Accept the invitation',
		'invitation.failed': 'That did not work. Please try again shortly or ask for a new link.',
		'invitation.stale.title': 'This invitation link no longer works',
		'invitation.stale.expired': 'The link has expired.',
		'invitation.stale.used': 'The link has already been used.',
		'invitation.stale.withdrawn': 'The link was replaced by a newer one or withdrawn.',
		'invitation.stale.unknown': 'The link is incomplete or unknown.',
		'invitation.stale.intro':
			'Enter the e-mail address the invitation was sent to. Where possible we send you a new link; otherwise the person who invited you learns of your request.',
		'invitation.stale.signIn': 'Already have an account? Sign in here.',
		'invitation.request.submit': 'Ask for a new link',
		'invitation.request.sent':
			'Thank you. If an invitation belongs to this address, you will get a new link by e-mail, or the person who invited you will be told.'
	},
	tr: {
		'invitation.mail.subject': 'Davet: Bündnisatlas’ta {organisation}',
		'invitation.mail.subjectOffice': 'Bündnisatlas ofisine davet',
		'invitation.mail.body':
			'{inviter}, Bündnisatlas’taki “{organisation}” kaydını güncel tutmaya yardım etmeniz için sizi davet ediyor.',
		'invitation.mail.bodyOffice': '{inviter}, sizi Bündnisatlas ofisinde çalışmaya davet ediyor.',
		'invitation.mail.someone': 'Ofis',
		'invitation.mail.role': 'Rolünüz: {role}.',
		'invitation.mail.validity':
			'Bağlantı {days, plural, one {# gün} other {# gün}} geçerlidir, {date} tarihine kadar. Süresi dolduysa bağlantının sayfasında yenisini isteyebilirsiniz.',
		'invitation.mail.action': 'Daveti kabul et',
		'invitation.mail.footer': 'Bu daveti beklemiyor muydunuz? O zaman bu e-postayı silebilirsiniz.',
		'invitation.asked.subject': 'Birisi yeni bir davet bağlantısı istiyor',
		'invitation.asked.body':
			'{email}, “{target}” için davetinize yeni bir bağlantı istedi. Davet geri çekilmiş veya erişim artık yok.',
		'invitation.asked.office': 'ofis',
		'invitation.asked.next':
			'Kişinin yeniden erişimi olması gerekiyorsa lütfen tekrar davet edin. Aksi halde yapılacak bir şey yok.',
		'invitation.asked.action': 'Üyeler sayfasına git',
		'invitation.signIn.subject': 'Davetiniz zaten kabul edildi',
		'invitation.signIn.body':
			'Daveti zaten kabul ettiniz ve bir hesabınız var. Her zamanki gibi giriş yapın; şifrenizi unuttuysanız orada yenisini belirleyebilirsiniz.',
		'invitation.signIn.action': 'Giriş yap',
		'invitation.title': 'Daveti kabul et',
		'invitation.intro':
			'{inviter}, sizi “{organisation}” kaydını güncel tutmaya yardım etmeye davet etti.',
		'invitation.introOffice': '{inviter}, sizi ofise davet etti.',
		'invitation.role': 'Rolünüz: {role}',
		'invitation.account': 'Hesabınız: {email}',
		'invitation.validUntil': 'Bu bağlantı {date} tarihine kadar geçerlidir.',
		'invitation.linkValidUntil': 'Davet bağlantısı {date} tarihine kadar geçerli',
		'invitation.passwordIntro':
			'Yeni hesabınız için bir şifre seçin. Bundan sonra onunla giriş yapacaksınız.',
		'invitation.existingIntro':
			'Zaten bir hesabınız var. Tek tıkla daveti kabul eder ve giriş yaparsınız.',
		'invitation.accept': 'Daveti kabul et',
		'invitation.failed':
			'Bu işe yaramadı. Lütfen birazdan tekrar deneyin veya yeni bir bağlantı isteyin.',
		'invitation.stale.title': 'Bu davet bağlantısı artık çalışmıyor',
		'invitation.stale.expired': 'Bağlantının süresi doldu.',
		'invitation.stale.used': 'Bağlantı zaten kullanıldı.',
		'invitation.stale.withdrawn': 'Bağlantı daha yenisiyle değiştirildi veya geri çekildi.',
		'invitation.stale.unknown': 'Bağlantı eksik veya bilinmiyor.',
		'invitation.stale.intro':
			'Davetin gönderildiği e-posta adresini girin. Mümkünse size yeni bir bağlantı göndeririz; değilse sizi davet eden kişi isteğinizden haberdar olur.',
		'invitation.stale.signIn': 'Zaten hesabınız var mı? Buradan giriş yapın.',
		'invitation.request.submit': 'Yeni bağlantı iste',
		'invitation.request.sent':
			'Teşekkürler. Bu adrese ait bir davet varsa e-postayla yeni bir bağlantı alacaksınız veya sizi davet eden kişiye haber verilecek.'
	},
	ar: {
		'invitation.mail.subject': 'دعوة: {organisation} في Bündnisatlas',
		'invitation.mail.subjectOffice': 'دعوة إلى المكتب في Bündnisatlas',
		'invitation.mail.body':
			'يدعوك {inviter} للمساعدة في تحديث بيانات «{organisation}» في Bündnisatlas.',
		'invitation.mail.bodyOffice': 'يدعوك {inviter} للعمل في مكتب Bündnisatlas.',
		'invitation.mail.someone': 'المكتب',
		'invitation.mail.role': 'دورك: {role}.',
		'invitation.mail.validity':
			'الرابط صالح لمدة {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}، حتى {date}. إذا انتهت صلاحيته يمكنك طلب رابط جديد من صفحة الرابط.',
		'invitation.mail.action': 'قبول الدعوة',
		'invitation.mail.footer': 'لم تكن تتوقع هذه الدعوة؟ يمكنك ببساطة حذف هذه الرسالة.',
		'invitation.asked.subject': 'شخص يطلب رابط دعوة جديدًا',
		'invitation.asked.body':
			'طلب {email} رابطًا جديدًا لدعوتك إلى «{target}». كانت الدعوة قد سُحبت أو لم يعد الوصول موجودًا.',
		'invitation.asked.office': 'المكتب',
		'invitation.asked.next':
			'إذا كان ينبغي أن يحصل الشخص على الوصول مجددًا، فيرجى دعوته مرة أخرى. وإلا فلا شيء عليك فعله.',
		'invitation.asked.action': 'إلى صفحة الأعضاء',
		'invitation.signIn.subject': 'تم قبول دعوتك بالفعل',
		'invitation.signIn.body':
			'لقد قبلت الدعوة بالفعل ولديك حساب. سجّل الدخول كالمعتاد؛ وإذا نسيت كلمة المرور يمكنك تعيين كلمة جديدة هناك.',
		'invitation.signIn.action': 'تسجيل الدخول',
		'invitation.title': 'قبول الدعوة',
		'invitation.intro': 'دعاك {inviter} للمساعدة في تحديث بيانات «{organisation}».',
		'invitation.introOffice': 'دعاك {inviter} إلى المكتب.',
		'invitation.role': 'دورك: {role}',
		'invitation.account': 'حسابك: {email}',
		'invitation.validUntil': 'هذا الرابط صالح حتى {date}.',
		'invitation.linkValidUntil': 'رابط الدعوة صالح حتى {date}',
		'invitation.passwordIntro': 'اختر كلمة مرور لحسابك الجديد. ستستخدمها لتسجيل الدخول من الآن.',
		'invitation.existingIntro': 'لديك حساب بالفعل. بنقرة واحدة تقبل الدعوة وتسجّل الدخول.',
		'invitation.accept': 'قبول الدعوة',
		'invitation.failed': 'لم ينجح ذلك. يرجى المحاولة مرة أخرى بعد قليل أو طلب رابط جديد.',
		'invitation.stale.title': 'رابط الدعوة هذا لم يعد يعمل',
		'invitation.stale.expired': 'انتهت صلاحية الرابط.',
		'invitation.stale.used': 'تم استخدام الرابط بالفعل.',
		'invitation.stale.withdrawn': 'استُبدل الرابط برابط أحدث أو سُحب.',
		'invitation.stale.unknown': 'الرابط غير مكتمل أو غير معروف.',
		'invitation.stale.intro':
			'أدخل عنوان البريد الإلكتروني الذي أُرسلت إليه الدعوة. إن أمكن نرسل لك رابطًا جديدًا؛ وإلا يُبلَّغ الشخص الذي دعاك بطلبك.',
		'invitation.stale.signIn': 'لديك حساب بالفعل؟ سجّل الدخول هنا.',
		'invitation.request.submit': 'طلب رابط جديد',
		'invitation.request.sent':
			'شكرًا. إذا كانت هناك دعوة مرتبطة بهذا العنوان فستتلقى رابطًا جديدًا بالبريد الإلكتروني، أو سيُبلَّغ الشخص الذي دعاك.'
	},
	uk: {
		'invitation.mail.subject': 'Запрошення: {organisation} у Bündnisatlas',
		'invitation.mail.subjectOffice': 'Запрошення до офісу в Bündnisatlas',
		'invitation.mail.body':
			'{inviter} запрошує вас допомагати підтримувати актуальним запис «{organisation}» у Bündnisatlas.',
		'invitation.mail.bodyOffice': '{inviter} запрошує вас працювати в офісі Bündnisatlas.',
		'invitation.mail.someone': 'Офіс',
		'invitation.mail.role': 'Ваша роль: {role}.',
		'invitation.mail.validity':
			'Посилання дійсне {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}, до {date}. Якщо строк минув, ви можете запросити нове на сторінці посилання.',
		'invitation.mail.action': 'Прийняти запрошення',
		'invitation.mail.footer': 'Не чекали цього запрошення? Тоді просто видаліть цей лист.',
		'invitation.asked.subject': 'Хтось просить нове посилання-запрошення',
		'invitation.asked.body':
			'{email} попросив(-ла) нове посилання до вашого запрошення для «{target}». Запрошення було відкликано або доступу вже немає.',
		'invitation.asked.office': 'офісу',
		'invitation.asked.next':
			'Якщо ця особа має знову отримати доступ, запросіть її ще раз. Інакше нічого робити не потрібно.',
		'invitation.asked.action': 'До сторінки учасників',
		'invitation.signIn.subject': 'Ваше запрошення вже прийнято',
		'invitation.signIn.body':
			'Ви вже прийняли запрошення й маєте обліковий запис. Увійдіть як зазвичай; якщо ви забули пароль, там можна встановити новий.',
		'invitation.signIn.action': 'Увійти',
		'invitation.title': 'Прийняти запрошення',
		'invitation.intro':
			'{inviter} запросив(-ла) вас допомагати підтримувати актуальним запис «{organisation}».',
		'invitation.introOffice': '{inviter} запросив(-ла) вас до офісу.',
		'invitation.role': 'Ваша роль: {role}',
		'invitation.account': 'Ваш обліковий запис: {email}',
		'invitation.validUntil': 'Це посилання дійсне до {date}.',
		'invitation.linkValidUntil': 'Посилання-запрошення дійсне до {date}',
		'invitation.passwordIntro':
			'Оберіть пароль для нового облікового запису. Надалі ви входитимете з ним.',
		'invitation.existingIntro':
			'У вас уже є обліковий запис. Одним кліком ви приймаєте запрошення та входите.',
		'invitation.accept': 'Прийняти запрошення',
		'invitation.failed': 'Не вдалося. Спробуйте ще раз трохи згодом або запросіть нове посилання.',
		'invitation.stale.title': 'Це посилання-запрошення більше не працює',
		'invitation.stale.expired': 'Строк дії посилання минув.',
		'invitation.stale.used': 'Посилання вже використано.',
		'invitation.stale.withdrawn': 'Посилання замінено новішим або відкликано.',
		'invitation.stale.unknown': 'Посилання неповне або невідоме.',
		'invitation.stale.intro':
			'Введіть адресу електронної пошти, на яку надійшло запрошення. Якщо можливо, ми надішлемо нове посилання; інакше людина, яка вас запросила, дізнається про ваше прохання.',
		'invitation.stale.signIn': 'Уже маєте обліковий запис? Увійдіть тут.',
		'invitation.request.submit': 'Запросити нове посилання',
		'invitation.request.sent':
			'Дякуємо. Якщо до цієї адреси належить запрошення, ви отримаєте нове посилання електронною поштою, або людину, яка вас запросила, буде повідомлено.'
	}
} satisfies AreaMessages<typeof de>;
