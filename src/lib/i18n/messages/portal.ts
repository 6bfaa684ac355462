import type { AreaMessages } from './area.ts';

/** The organisation portal beside the entry editor: confirmation, draft checklist, members, reminders. */
const de = {
	'portal.confirm.heading': 'Ist der Eintrag noch aktuell?',
	'portal.confirm.last': 'Zuletzt bestätigt am {date}.',
	'portal.confirm.never': 'Der Eintrag wurde noch nie bestätigt.',
	'portal.confirm.due':
		'Bitte prüfen Sie den Eintrag: Die letzte Bestätigung ist mehr als elf Monate her. Nach zwölf Monaten gilt er als veraltet.',
	'portal.confirm.submit': 'Alles noch aktuell',
	'portal.confirm.done': 'Danke! Der Eintrag ist als aktuell bestätigt.',
	'portal.confirm.failed': 'Die Bestätigung hat nicht geklappt. Bitte versuchen Sie es erneut.',
	'portal.draft.heading': 'Bevor der Entwurf eingereicht werden kann',
	'portal.draft.complete':
		'Alles Nötige ist da. Nach dem Einreichen prüft die Geschäftsstelle den Eintrag; Sie bekommen eine E-Mail, sobald er veröffentlicht ist oder wenn etwas fehlt.',
	'portal.draft.missing':
		'{count, plural, one {Es fehlt noch # Angabe.} other {Es fehlen noch # Angaben.}} Danach prüft die Geschäftsstelle den Eintrag und schaltet ihn frei; Sie bekommen eine E-Mail.',
	'portal.draft.item.name': 'Name der Organisation',
	'portal.draft.item.description': 'Beschreibung (mindestens {min} Zeichen)',
	'portal.draft.item.service': 'Mindestens ein Angebot',
	'portal.draft.item.place': 'Ein Ort oder ein Angebot per Telefon, Video oder Chat',
	'portal.draft.item.contact': 'Ein Kontakt: E-Mail, Telefon oder Website',
	'portal.draft.done': 'erledigt',
	'portal.draft.todo': 'fehlt',
	'portal.members.link': 'Mitglieder',
	'portal.members.title': 'Mitglieder von {organisation}',
	'portal.members.intro':
		'Wer den Eintrag pflegen darf. Inhaberinnen und Inhaber laden ein und entfernen Personen; Inhaber benennt die Geschäftsstelle.',
	'portal.members.back': 'Zurück zu meinen Organisationen',
	'portal.members.email': 'E-Mail',
	'portal.members.role': 'Rolle',
	'portal.members.state': 'Stand',
	'portal.members.actions': 'Aktionen',
	'portal.members.you': '(Sie)',
	'portal.members.accepted': 'hat Zugang',
	'portal.members.pending': 'eingeladen am {date}, noch nicht angenommen',
	'portal.members.resend': 'Einladung erneut senden',
	'portal.members.withdraw': 'Einladung zurückziehen',
	'portal.members.remove': 'Entfernen',
	'portal.members.leave': 'Organisation verlassen',
	'portal.members.makeRole': 'Rolle ändern zu „{role}“',
	'portal.members.resent': 'Die Einladung wurde erneut gesendet.',
	'portal.members.withdrawn': 'Die Einladung wurde zurückgezogen.',
	'portal.members.removed': 'Die Person hat keinen Zugang mehr.',
	'portal.members.changed': 'Die Rolle wurde geändert.',
	'portal.members.left': 'Sie haben die Organisation verlassen.',
	'portal.members.refused.own_membership': 'Die eigene Rolle kann niemand selbst ändern.',
	'portal.members.refused.not_owner': 'Nur Inhaberinnen und Inhaber verwalten die Mitglieder.',
	'portal.members.refused.owners_by_office':
		'Inhaberinnen und Inhaber benennt, ändert und entfernt die Geschäftsstelle.',
	'portal.members.refused.last_owner':
		'Die letzte Inhaberin oder der letzte Inhaber kann nicht gehen: Die Geschäftsstelle benennt zuerst eine andere Person.',
	'portal.members.failed': 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.',
	'portal.members.unknown': 'Diese Person gehört nicht (mehr) zur Organisation.',
	'portal.members.invitationValid':
		'Einladungslinks sind {days, plural, one {# Tag} other {# Tage}} gültig; danach kann die eingeladene Person einen neuen Link anfordern.',
	'invite.mail.subject': '{inviter} lädt Sie zu {organisation} im Bündnisatlas ein',
	'invite.mail.lead':
		'{inviter} lädt Sie ein, den Eintrag von {organisation} im Bündnisatlas mitzupflegen.',
	'invite.mail.valid':
		'Der Link ist {days, plural, one {# Tag} other {# Tage}} gültig (bis {date}). Ist er abgelaufen, fordern Sie auf der Seite, auf die er führt, einfach einen neuen an.',
	'invite.mail.action': 'Einladung annehmen',
	'invite.mail.footer': 'Wenn Sie diese Einladung nicht erwartet haben, können Sie sie ignorieren.',
	'invite.link.expired':
		'Dieser Einladungslink ist abgelaufen oder ungültig. Fordern Sie einen neuen Anmeldelink an: Ihre Einladung bleibt bestehen.',
	'reminder.mail.subject': 'Ist der Eintrag von {organisation} noch aktuell?',
	'reminder.mail.last':
		'Der Eintrag von {organisation} im Bündnisatlas wurde zuletzt am {date} bestätigt.',
	'reminder.mail.never': 'Der Eintrag von {organisation} im Bündnisatlas wurde noch nie bestätigt.',
	'reminder.mail.ask':
		'Menschen, die Hilfe suchen, verlassen sich auf aktuelle Angaben. Bitte prüfen Sie den Eintrag: Ein Klick genügt, wenn alles stimmt.',
	'reminder.mail.confirm': 'Alles noch aktuell',
	'reminder.mail.edit': 'Eintrag bearbeiten',
	'reminder.mail.inactive': 'Die Organisation ist nicht mehr aktiv',
	'reminder.mail.valid': 'Die Links sind {days, plural, one {# Tag} other {# Tage}} gültig.',
	'reminder.mail.footer':
		'Sie bekommen diese E-Mail als Mitglied von {organisation} im Bündnisatlas, einmal pro Jahr.',
	'reminder.link.title': 'Eintrag bestätigen',
	'reminder.link.confirmed': 'Danke! Der Eintrag von {organisation} ist als aktuell bestätigt.',
	'reminder.link.invalid':
		'Dieser Link ist ungültig oder abgelaufen. Melden Sie sich an, um den Eintrag im Portal zu bestätigen.',
	'reminder.link.signIn': 'Zur Anmeldung',
	'reminder.link.inactiveQuestion':
		'Ist {organisation} wirklich nicht mehr aktiv? Der Eintrag wird dann aus dem öffentlichen Verzeichnis genommen; die Geschäftsstelle kann ihn wiederherstellen.',
	'reminder.link.inactiveSubmit': 'Ja, nicht mehr aktiv',
	'reminder.link.inactiveDone':
		'Der Eintrag von {organisation} ist nicht mehr öffentlich. Danke für die Rückmeldung.',
	'office.stale.link': 'Veraltete Einträge',
	'office.stale.title': 'Veraltete Einträge',
	'office.stale.intro':
		'Veröffentlichte Einträge, die seit mindestens zwölf Monaten nicht bestätigt wurden. Die Organisationen werden per E-Mail erinnert.',
	'office.stale.empty': 'Keine veralteten Einträge.',
	'office.stale.count': '{count, plural, one {# veralteter Eintrag} other {# veraltete Einträge}}',
	'office.stale.lastConfirmed': 'Zuletzt bestätigt',
	'office.stale.never': 'nie',
	'office.stale.reminded': 'Erinnert',
	'office.stale.notReminded': 'noch nicht'
};

export const portalMessages = {
	de,
	en: {
		'portal.confirm.heading': 'Is the entry still correct?',
		'portal.confirm.last': 'Last confirmed on {date}.',
		'portal.confirm.never': 'The entry has never been confirmed.',
		'portal.confirm.due':
			'Please check the entry: it was last confirmed more than eleven months ago. After twelve months it counts as out of date.',
		'portal.confirm.submit': 'Still correct',
		'portal.confirm.done': 'Thank you! The entry is confirmed as current.',
		'portal.confirm.failed': 'The confirmation did not work. Please try again.',
		'portal.draft.heading': 'Before the draft can be submitted',
		'portal.draft.complete':
			'Everything needed is there. Once submitted, the office reviews the entry; you get an email when it is published or if something is missing.',
		'portal.draft.missing':
			'{count, plural, one {# item is still missing.} other {# items are still missing.}} Then the office reviews and publishes the entry; you get an email.',
		'portal.draft.item.name': 'Name of the organisation',
		'portal.draft.item.description': 'Description (at least {min} characters)',
		'portal.draft.item.service': 'At least one service',
		'portal.draft.item.place': 'A place, or a service by phone, video or chat',
		'portal.draft.item.contact': 'A contact: email, phone or website',
		'portal.draft.done': 'done',
		'portal.draft.todo': 'missing',
		'portal.members.link': 'Members',
		'portal.members.title': 'Members of {organisation}',
		'portal.members.intro':
			'Who may keep the entry current. Owners invite and remove people; the office appoints owners.',
		'portal.members.back': 'Back to my organisations',
		'portal.members.email': 'Email',
		'portal.members.role': 'Role',
		'portal.members.state': 'State',
		'portal.members.actions': 'Actions',
		'portal.members.you': '(you)',
		'portal.members.accepted': 'has access',
		'portal.members.pending': 'invited on {date}, not accepted yet',
		'portal.members.resend': 'Resend invitation',
		'portal.members.withdraw': 'Withdraw invitation',
		'portal.members.remove': 'Remove',
		'portal.members.leave': 'Leave organisation',
		'portal.members.makeRole': 'Change role to “{role}”',
		'portal.members.resent': 'The invitation was sent again.',
		'portal.members.withdrawn': 'The invitation was withdrawn.',
		'portal.members.removed': 'The person no longer has access.',
		'portal.members.changed': 'The role was changed.',
		'portal.members.left': 'You have left the organisation.',
		'portal.members.refused.own_membership': 'Nobody can change their own role.',
		'portal.members.refused.not_owner': 'Only owners manage the members.',
		'portal.members.refused.owners_by_office': 'The office appoints, changes and removes owners.',
		'portal.members.refused.last_owner':
			'The last owner cannot leave: the office appoints another person first.',
		'portal.members.failed': 'That did not work. Please try again.',
		'portal.members.unknown': 'This person is not (or no longer) a member of the organisation.',
		'portal.members.invitationValid':
			'Invitation links are valid for {days, plural, one {# day} other {# days}}; after that the invited person can request a new link.',
		'invite.mail.subject': '{inviter} invites you to {organisation} on Bündnisatlas',
		'invite.mail.lead':
			'{inviter} invites you to help keep the entry of {organisation} on Bündnisatlas current.',
		'invite.mail.valid':
			'The link is valid for {days, plural, one {# day} other {# days}} (until {date}). If it has expired, simply request a new one on the page it leads to.',
		'invite.mail.action': 'Accept invitation',
		'invite.mail.footer': 'If you did not expect this invitation, you can ignore it.',
		'invite.link.expired':
			'This invitation link has expired or is invalid. Request a new sign-in link: your invitation still stands.',
		'reminder.mail.subject': 'Is the entry of {organisation} still correct?',
		'reminder.mail.last':
			'The entry of {organisation} on Bündnisatlas was last confirmed on {date}.',
		'reminder.mail.never': 'The entry of {organisation} on Bündnisatlas has never been confirmed.',
		'reminder.mail.ask':
			'People looking for help rely on current information. Please check the entry: one click is enough if everything is right.',
		'reminder.mail.confirm': 'Still correct',
		'reminder.mail.edit': 'Edit the entry',
		'reminder.mail.inactive': 'The organisation is no longer active',
		'reminder.mail.valid': 'The links are valid for {days, plural, one {# day} other {# days}}.',
		'reminder.mail.footer':
			'You get this email as a member of {organisation} on Bündnisatlas, once a year.',
		'reminder.link.title': 'Confirm the entry',
		'reminder.link.confirmed': 'Thank you! The entry of {organisation} is confirmed as current.',
		'reminder.link.invalid':
			'This link is invalid or has expired. Sign in to confirm the entry in the portal.',
		'reminder.link.signIn': 'Sign in',
		'reminder.link.inactiveQuestion':
			'Is {organisation} really no longer active? The entry is then taken out of the public directory; the office can restore it.',
		'reminder.link.inactiveSubmit': 'Yes, no longer active',
		'reminder.link.inactiveDone':
			'The entry of {organisation} is no longer public. Thank you for letting us know.',
		'office.stale.link': 'Out-of-date entries',
		'office.stale.title': 'Out-of-date entries',
		'office.stale.intro':
			'Published entries not confirmed for at least twelve months. The organisations are reminded by email.',
		'office.stale.empty': 'No out-of-date entries.',
		'office.stale.count':
			'{count, plural, one {# out-of-date entry} other {# out-of-date entries}}',
		'office.stale.lastConfirmed': 'Last confirmed',
		'office.stale.never': 'never',
		'office.stale.reminded': 'Reminded',
		'office.stale.notReminded': 'not yet'
	},
	tr: {
		'portal.confirm.heading': 'Kayıt hâlâ güncel mi?',
		'portal.confirm.last': 'En son {date} tarihinde onaylandı.',
		'portal.confirm.never': 'Kayıt henüz hiç onaylanmadı.',
		'portal.confirm.due':
			'Lütfen kaydı kontrol edin: son onay on bir aydan daha eski. On iki aydan sonra kayıt güncel değil sayılır.',
		'portal.confirm.submit': 'Hâlâ güncel',
		'portal.confirm.done': 'Teşekkürler! Kayıt güncel olarak onaylandı.',
		'portal.confirm.failed': 'Onay gerçekleşmedi. Lütfen tekrar deneyin.',
		'portal.draft.heading': 'Taslak gönderilmeden önce',
		'portal.draft.complete':
			'Gerekli her şey hazır. Gönderdikten sonra ofis kaydı inceler; yayımlandığında veya bir eksik olduğunda e-posta alırsınız.',
		'portal.draft.missing':
			'{count, plural, one {# bilgi eksik.} other {# bilgi eksik.}} Ardından ofis kaydı inceleyip yayımlar; e-posta alırsınız.',
		'portal.draft.item.name': 'Kuruluşun adı',
		'portal.draft.item.description': 'Açıklama (en az {min} karakter)',
		'portal.draft.item.service': 'En az bir hizmet',
		'portal.draft.item.place': 'Bir yer ya da telefon, video veya sohbet ile bir hizmet',
		'portal.draft.item.contact': 'Bir iletişim yolu: e-posta, telefon veya web sitesi',
		'portal.draft.done': 'tamam',
		'portal.draft.todo': 'eksik',
		'portal.members.link': 'Üyeler',
		'portal.members.title': '{organisation} üyeleri',
		'portal.members.intro':
			'Kaydı kimlerin güncelleyebileceği. Sahipler kişileri davet eder ve çıkarır; sahipleri ofis belirler.',
		'portal.members.back': 'Kuruluşlarıma dön',
		'portal.members.email': 'E-posta',
		'portal.members.role': 'Rol',
		'portal.members.state': 'Durum',
		'portal.members.actions': 'İşlemler',
		'portal.members.you': '(siz)',
		'portal.members.accepted': 'erişimi var',
		'portal.members.pending': '{date} tarihinde davet edildi, henüz kabul edilmedi',
		'portal.members.resend': 'Daveti yeniden gönder',
		'portal.members.withdraw': 'Daveti geri çek',
		'portal.members.remove': 'Çıkar',
		'portal.members.leave': 'Kuruluştan ayrıl',
		'portal.members.makeRole': 'Rolü “{role}” olarak değiştir',
		'portal.members.resent': 'Davet yeniden gönderildi.',
		'portal.members.withdrawn': 'Davet geri çekildi.',
		'portal.members.removed': 'Kişinin artık erişimi yok.',
		'portal.members.changed': 'Rol değiştirildi.',
		'portal.members.left': 'Kuruluştan ayrıldınız.',
		'portal.members.refused.own_membership': 'Kimse kendi rolünü değiştiremez.',
		'portal.members.refused.not_owner': 'Üyeleri yalnızca sahipler yönetir.',
		'portal.members.refused.owners_by_office': 'Sahipleri ofis belirler, değiştirir ve çıkarır.',
		'portal.members.refused.last_owner':
			'Son sahip ayrılamaz: ofis önce başka bir kişiyi belirler.',
		'portal.members.failed': 'Bu işe yaramadı. Lütfen tekrar deneyin.',
		'portal.members.unknown': 'Bu kişi kuruluşun üyesi değil (artık).',
		'portal.members.invitationValid':
			'Davet bağlantıları {days, plural, one {# gün} other {# gün}} geçerlidir; sonra davet edilen kişi yeni bir bağlantı isteyebilir.',
		'invite.mail.subject': '{inviter} sizi Bündnisatlas’ta {organisation} kuruluşuna davet ediyor',
		'invite.mail.lead':
			'{inviter}, Bündnisatlas’taki {organisation} kaydını birlikte güncel tutmanız için sizi davet ediyor.',
		'invite.mail.valid':
			'Bağlantı {days, plural, one {# gün} other {# gün}} geçerlidir ({date} tarihine kadar). Süresi dolduysa, açılan sayfada yenisini isteyin.',
		'invite.mail.action': 'Daveti kabul et',
		'invite.mail.footer': 'Bu daveti beklemiyorsanız, görmezden gelebilirsiniz.',
		'invite.link.expired':
			'Bu davet bağlantısının süresi dolmuş ya da geçersiz. Yeni bir giriş bağlantısı isteyin: davetiniz geçerliliğini korur.',
		'reminder.mail.subject': '{organisation} kaydı hâlâ güncel mi?',
		'reminder.mail.last':
			'Bündnisatlas’taki {organisation} kaydı en son {date} tarihinde onaylandı.',
		'reminder.mail.never': 'Bündnisatlas’taki {organisation} kaydı henüz hiç onaylanmadı.',
		'reminder.mail.ask':
			'Yardım arayan insanlar güncel bilgilere güvenir. Lütfen kaydı kontrol edin: her şey doğruysa tek bir tıklama yeterli.',
		'reminder.mail.confirm': 'Hâlâ güncel',
		'reminder.mail.edit': 'Kaydı düzenle',
		'reminder.mail.inactive': 'Kuruluş artık faal değil',
		'reminder.mail.valid': 'Bağlantılar {days, plural, one {# gün} other {# gün}} geçerlidir.',
		'reminder.mail.footer':
			'Bu e-postayı Bündnisatlas’ta {organisation} üyesi olarak yılda bir kez alıyorsunuz.',
		'reminder.link.title': 'Kaydı onayla',
		'reminder.link.confirmed': 'Teşekkürler! {organisation} kaydı güncel olarak onaylandı.',
		'reminder.link.invalid':
			'Bu bağlantı geçersiz ya da süresi dolmuş. Kaydı portalda onaylamak için giriş yapın.',
		'reminder.link.signIn': 'Giriş yap',
		'reminder.link.inactiveQuestion':
			'{organisation} gerçekten artık faal değil mi? Kayıt bu durumda herkese açık dizinden kaldırılır; ofis onu geri getirebilir.',
		'reminder.link.inactiveSubmit': 'Evet, artık faal değil',
		'reminder.link.inactiveDone':
			'{organisation} kaydı artık herkese açık değil. Bildiriminiz için teşekkürler.',
		'office.stale.link': 'Güncel olmayan kayıtlar',
		'office.stale.title': 'Güncel olmayan kayıtlar',
		'office.stale.intro':
			'En az on iki aydır onaylanmamış yayımlanmış kayıtlar. Kuruluşlara e-posta ile hatırlatılır.',
		'office.stale.empty': 'Güncel olmayan kayıt yok.',
		'office.stale.count':
			'{count, plural, one {# güncel olmayan kayıt} other {# güncel olmayan kayıt}}',
		'office.stale.lastConfirmed': 'Son onay',
		'office.stale.never': 'hiç',
		'office.stale.reminded': 'Hatırlatıldı',
		'office.stale.notReminded': 'henüz değil'
	},
	ar: {
		'portal.confirm.heading': 'هل لا يزال الإدخال صحيحًا؟',
		'portal.confirm.last': 'آخر تأكيد في {date}.',
		'portal.confirm.never': 'لم يُؤكَّد الإدخال قط.',
		'portal.confirm.due':
			'يرجى مراجعة الإدخال: مضى على آخر تأكيد أكثر من أحد عشر شهرًا. بعد اثني عشر شهرًا يُعدّ قديمًا.',
		'portal.confirm.submit': 'لا يزال صحيحًا',
		'portal.confirm.done': 'شكرًا! تم تأكيد أن الإدخال محدَّث.',
		'portal.confirm.failed': 'لم ينجح التأكيد. يرجى المحاولة مرة أخرى.',
		'portal.draft.heading': 'قبل أن يمكن تقديم المسودة',
		'portal.draft.complete':
			'كل ما يلزم موجود. بعد التقديم يراجع المكتب الإدخال؛ وتصلك رسالة عند نشره أو إذا كان ينقصه شيء.',
		'portal.draft.missing':
			'{count, plural, one {ينقص بند واحد.} other {ينقص # بنود.}} بعد ذلك يراجع المكتب الإدخال وينشره؛ وتصلك رسالة.',
		'portal.draft.item.name': 'اسم المنظمة',
		'portal.draft.item.description': 'الوصف (على الأقل {min} حرفًا)',
		'portal.draft.item.service': 'خدمة واحدة على الأقل',
		'portal.draft.item.place': 'مكان، أو خدمة عبر الهاتف أو الفيديو أو الدردشة',
		'portal.draft.item.contact': 'وسيلة تواصل: بريد إلكتروني أو هاتف أو موقع',
		'portal.draft.done': 'تم',
		'portal.draft.todo': 'ناقص',
		'portal.members.link': 'الأعضاء',
		'portal.members.title': 'أعضاء {organisation}',
		'portal.members.intro':
			'من يحق له تحديث الإدخال. المالكون يدعون الأشخاص ويزيلونهم؛ والمكتب يعيّن المالكين.',
		'portal.members.back': 'العودة إلى منظماتي',
		'portal.members.email': 'البريد الإلكتروني',
		'portal.members.role': 'الدور',
		'portal.members.state': 'الحالة',
		'portal.members.actions': 'الإجراءات',
		'portal.members.you': '(أنت)',
		'portal.members.accepted': 'لديه صلاحية',
		'portal.members.pending': 'دُعي في {date}، لم يقبل بعد',
		'portal.members.resend': 'إعادة إرسال الدعوة',
		'portal.members.withdraw': 'سحب الدعوة',
		'portal.members.remove': 'إزالة',
		'portal.members.leave': 'مغادرة المنظمة',
		'portal.members.makeRole': 'تغيير الدور إلى «{role}»',
		'portal.members.resent': 'أُعيد إرسال الدعوة.',
		'portal.members.withdrawn': 'سُحبت الدعوة.',
		'portal.members.removed': 'لم يعد لهذا الشخص صلاحية.',
		'portal.members.changed': 'تم تغيير الدور.',
		'portal.members.left': 'لقد غادرت المنظمة.',
		'portal.members.refused.own_membership': 'لا يمكن لأحد تغيير دوره بنفسه.',
		'portal.members.refused.not_owner': 'المالكون وحدهم يديرون الأعضاء.',
		'portal.members.refused.owners_by_office': 'المكتب يعيّن المالكين ويغيّرهم ويزيلهم.',
		'portal.members.refused.last_owner': 'لا يمكن لآخر مالك المغادرة: يعيّن المكتب شخصًا آخر أولًا.',
		'portal.members.failed': 'لم ينجح ذلك. يرجى المحاولة مرة أخرى.',
		'portal.members.unknown': 'هذا الشخص ليس (أو لم يعد) عضوًا في المنظمة.',
		'portal.members.invitationValid':
			'روابط الدعوة صالحة لمدة {days, plural, one {يوم واحد} other {# أيام}}؛ بعدها يمكن للمدعو طلب رابط جديد.',
		'invite.mail.subject': '{inviter} يدعوك إلى {organisation} في Bündnisatlas',
		'invite.mail.lead': '{inviter} يدعوك للمساعدة في تحديث إدخال {organisation} في Bündnisatlas.',
		'invite.mail.valid':
			'الرابط صالح لمدة {days, plural, one {يوم واحد} other {# أيام}} (حتى {date}). إذا انتهت صلاحيته فاطلب رابطًا جديدًا من الصفحة التي يفتحها.',
		'invite.mail.action': 'قبول الدعوة',
		'invite.mail.footer': 'إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهلها.',
		'invite.link.expired':
			'انتهت صلاحية رابط الدعوة هذا أو أنه غير صالح. اطلب رابط تسجيل دخول جديدًا: دعوتك لا تزال قائمة.',
		'reminder.mail.subject': 'هل لا يزال إدخال {organisation} صحيحًا؟',
		'reminder.mail.last': 'آخر تأكيد لإدخال {organisation} في Bündnisatlas كان في {date}.',
		'reminder.mail.never': 'لم يُؤكَّد إدخال {organisation} في Bündnisatlas قط.',
		'reminder.mail.ask':
			'يعتمد الباحثون عن المساعدة على معلومات محدَّثة. يرجى مراجعة الإدخال: نقرة واحدة تكفي إذا كان كل شيء صحيحًا.',
		'reminder.mail.confirm': 'لا يزال صحيحًا',
		'reminder.mail.edit': 'تعديل الإدخال',
		'reminder.mail.inactive': 'المنظمة لم تعد نشطة',
		'reminder.mail.valid': 'الروابط صالحة لمدة {days, plural, one {يوم واحد} other {# أيام}}.',
		'reminder.mail.footer':
			'تصلك هذه الرسالة بصفتك عضوًا في {organisation} في Bündnisatlas، مرة في السنة.',
		'reminder.link.title': 'تأكيد الإدخال',
		'reminder.link.confirmed': 'شكرًا! تم تأكيد أن إدخال {organisation} محدَّث.',
		'reminder.link.invalid':
			'هذا الرابط غير صالح أو انتهت صلاحيته. سجّل الدخول لتأكيد الإدخال في البوابة.',
		'reminder.link.signIn': 'تسجيل الدخول',
		'reminder.link.inactiveQuestion':
			'هل {organisation} حقًا لم تعد نشطة؟ عندها يُزال الإدخال من الدليل العام؛ ويمكن للمكتب استعادته.',
		'reminder.link.inactiveSubmit': 'نعم، لم تعد نشطة',
		'reminder.link.inactiveDone': 'لم يعد إدخال {organisation} عامًا. شكرًا على إبلاغنا.',
		'office.stale.link': 'إدخالات قديمة',
		'office.stale.title': 'إدخالات قديمة',
		'office.stale.intro':
			'إدخالات منشورة لم تُؤكَّد منذ اثني عشر شهرًا على الأقل. تُذكَّر المنظمات بالبريد الإلكتروني.',
		'office.stale.empty': 'لا توجد إدخالات قديمة.',
		'office.stale.count': '{count, plural, one {إدخال قديم واحد} other {# إدخالات قديمة}}',
		'office.stale.lastConfirmed': 'آخر تأكيد',
		'office.stale.never': 'أبدًا',
		'office.stale.reminded': 'تم التذكير',
		'office.stale.notReminded': 'ليس بعد'
	},
	uk: {
		'portal.confirm.heading': 'Запис досі актуальний?',
		'portal.confirm.last': 'Востаннє підтверджено {date}.',
		'portal.confirm.never': 'Запис ще жодного разу не підтверджували.',
		'portal.confirm.due':
			'Будь ласка, перевірте запис: останнє підтвердження було понад одинадцять місяців тому. Через дванадцять місяців він вважається застарілим.',
		'portal.confirm.submit': 'Усе актуально',
		'portal.confirm.done': 'Дякуємо! Запис підтверджено як актуальний.',
		'portal.confirm.failed': 'Підтвердити не вдалося. Спробуйте ще раз.',
		'portal.draft.heading': 'Перш ніж чернетку можна подати',
		'portal.draft.complete':
			'Усе потрібне є. Після подання офіс перевірить запис; ви отримаєте лист, коли його опублікують або якщо чогось бракуватиме.',
		'portal.draft.missing':
			'{count, plural, one {Бракує ще # пункту.} few {Бракує ще # пунктів.} many {Бракує ще # пунктів.} other {Бракує ще # пункту.}} Потім офіс перевірить і опублікує запис; ви отримаєте лист.',
		'portal.draft.item.name': 'Назва організації',
		'portal.draft.item.description': 'Опис (щонайменше {min} символів)',
		'portal.draft.item.service': 'Щонайменше одна послуга',
		'portal.draft.item.place': 'Місце або послуга телефоном, відео чи в чаті',
		'portal.draft.item.contact': 'Контакт: e-mail, телефон або вебсайт',
		'portal.draft.done': 'готово',
		'portal.draft.todo': 'бракує',
		'portal.members.link': 'Учасники',
		'portal.members.title': 'Учасники {organisation}',
		'portal.members.intro':
			'Хто може оновлювати запис. Власники запрошують і видаляють людей; власників призначає офіс.',
		'portal.members.back': 'Назад до моїх організацій',
		'portal.members.email': 'E-mail',
		'portal.members.role': 'Роль',
		'portal.members.state': 'Стан',
		'portal.members.actions': 'Дії',
		'portal.members.you': '(ви)',
		'portal.members.accepted': 'має доступ',
		'portal.members.pending': 'запрошено {date}, ще не прийнято',
		'portal.members.resend': 'Надіслати запрошення ще раз',
		'portal.members.withdraw': 'Відкликати запрошення',
		'portal.members.remove': 'Видалити',
		'portal.members.leave': 'Вийти з організації',
		'portal.members.makeRole': 'Змінити роль на «{role}»',
		'portal.members.resent': 'Запрошення надіслано ще раз.',
		'portal.members.withdrawn': 'Запрошення відкликано.',
		'portal.members.removed': 'Ця особа більше не має доступу.',
		'portal.members.changed': 'Роль змінено.',
		'portal.members.left': 'Ви вийшли з організації.',
		'portal.members.refused.own_membership': 'Ніхто не може сам змінити свою роль.',
		'portal.members.refused.not_owner': 'Учасниками керують лише власники.',
		'portal.members.refused.owners_by_office': 'Власників призначає, змінює та видаляє офіс.',
		'portal.members.refused.last_owner':
			'Останній власник не може вийти: спершу офіс призначає іншу особу.',
		'portal.members.failed': 'Не вдалося. Спробуйте ще раз.',
		'portal.members.unknown': 'Ця особа не є (або більше не є) учасником організації.',
		'portal.members.invitationValid':
			'Посилання-запрошення дійсні {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}; потім запрошена особа може попросити нове посилання.',
		'invite.mail.subject': '{inviter} запрошує вас до {organisation} у Bündnisatlas',
		'invite.mail.lead':
			'{inviter} запрошує вас допомагати оновлювати запис {organisation} у Bündnisatlas.',
		'invite.mail.valid':
			'Посилання дійсне {days, plural, one {# день} few {# дні} many {# днів} other {# дня}} (до {date}). Якщо строк минув, попросіть нове на сторінці, куди воно веде.',
		'invite.mail.action': 'Прийняти запрошення',
		'invite.mail.footer': 'Якщо ви не очікували цього запрошення, просто проігноруйте його.',
		'invite.link.expired':
			'Це посилання-запрошення застаріле або недійсне. Попросіть нове посилання для входу: ваше запрошення залишається чинним.',
		'reminder.mail.subject': 'Запис {organisation} досі актуальний?',
		'reminder.mail.last': 'Запис {organisation} у Bündnisatlas востаннє підтверджено {date}.',
		'reminder.mail.never': 'Запис {organisation} у Bündnisatlas ще жодного разу не підтверджували.',
		'reminder.mail.ask':
			'Люди, які шукають допомоги, покладаються на актуальні дані. Будь ласка, перевірте запис: якщо все правильно, достатньо одного кліку.',
		'reminder.mail.confirm': 'Усе актуально',
		'reminder.mail.edit': 'Редагувати запис',
		'reminder.mail.inactive': 'Організація більше не діє',
		'reminder.mail.valid':
			'Посилання дійсні {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}.',
		'reminder.mail.footer':
			'Ви отримуєте цей лист як учасник {organisation} у Bündnisatlas раз на рік.',
		'reminder.link.title': 'Підтвердити запис',
		'reminder.link.confirmed': 'Дякуємо! Запис {organisation} підтверджено як актуальний.',
		'reminder.link.invalid':
			'Це посилання недійсне або застаріле. Увійдіть, щоб підтвердити запис у порталі.',
		'reminder.link.signIn': 'Увійти',
		'reminder.link.inactiveQuestion':
			'{organisation} справді більше не діє? Тоді запис буде прибрано з публічного довідника; офіс може його відновити.',
		'reminder.link.inactiveSubmit': 'Так, більше не діє',
		'reminder.link.inactiveDone':
			'Запис {organisation} більше не публічний. Дякуємо, що повідомили.',
		'office.stale.link': 'Застарілі записи',
		'office.stale.title': 'Застарілі записи',
		'office.stale.intro':
			'Опубліковані записи, не підтверджені щонайменше дванадцять місяців. Організаціям нагадують листом.',
		'office.stale.empty': 'Застарілих записів немає.',
		'office.stale.count':
			'{count, plural, one {# застарілий запис} few {# застарілі записи} many {# застарілих записів} other {# застарілого запису}}',
		'office.stale.lastConfirmed': 'Востаннє підтверджено',
		'office.stale.never': 'ніколи',
		'office.stale.reminded': 'Нагадано',
		'office.stale.notReminded': 'ще ні'
	}
} satisfies AreaMessages<typeof de>;
