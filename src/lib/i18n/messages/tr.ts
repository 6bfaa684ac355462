import type { CoreMessages, Messages } from './de.ts';
import { directoryMessages } from './directory.ts';
import { openDataMessages } from './open-data.ts';
import { organisationMessages } from './organisation.ts';
import { nearMessages } from './near.ts';

// Turkish, addressing the reader politely (siz).
const core: CoreMessages = {
	'site.name': 'Bündnisatlas Kassel',
	'site.tagline': 'Irkçılığa ve ayrımcılığa karşı danışmanlık ve destek',
	'nav.skipToContent': 'İçeriğe geç',
	'nav.main': 'Ana menü',
	'nav.home': 'Ana sayfa',
	'nav.language': 'Dil',
	'home.title': 'Irkçılık ve ayrımcılık karşısında kim yardımcı olur?',
	'home.intro':
		'Kassel’de ırkçılık veya ayrımcılık yaşayan insanlara destek olan danışmanlık merkezleri, göçmen örgütleri ve girişimler.',
	'home.organisations': 'İttifaktaki kuruluşlar',
	'home.count': '{count} yayımlanmış kuruluş',
	'home.empty': 'Henüz yayımlanmış bir kuruluş yok.',
	'organisation.kind.migrant_organisation': 'Göçmen örgütü',
	'organisation.kind.counselling_service': 'Danışmanlık merkezi',
	'organisation.kind.initiative': 'Girişim',
	'organisation.kind.public_body': 'Kamu kurumu',
	'organisation.kind.network': 'Ağ / ittifak',
	'error.title': 'Bir sorun oluştu',
	'error.notFound': 'Bu sayfa mevcut değil.',
	'error.unavailable': 'Verilere şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.',
	'error.backHome': 'Ana sayfaya dön',
	'nav.account': 'Hesap',
	'nav.signIn': 'Giriş yap',
	'nav.signOut': 'Çıkış yap',
	'nav.signedInAs': '{email} olarak giriş yapıldı',
	'nav.portal': 'Kuruluşlarım',
	'nav.office': 'Koordinasyon ofisi',
	'nav.join': 'Katılın',
	'form.errorSummary': 'Lütfen işaretli bilgileri kontrol edin.',
	'form.email.label': 'E-posta adresi',
	'form.email.invalid': 'Lütfen geçerli bir e-posta adresi girin, örneğin isim@ornek.de.',
	'form.password.label': 'Şifre',
	'form.password.required': 'Lütfen şifrenizi girin.',
	'form.password.tooShort': 'Şifre en az 10 karakter uzunluğunda olmalıdır.',
	'form.password.tooLong': 'Şifre en fazla 72 karakter uzunluğunda olabilir.',
	'form.newPassword.label': 'Yeni şifre',
	'form.newPassword.hint':
		'En az 10 karakter. Uzun bir cümleyi hatırlamak daha kolay, tahmin etmek ise daha zordur.',
	'form.passwordConfirm.label': 'Yeni şifreyi tekrarlayın',
	'form.passwordConfirm.mismatch': 'İki şifre birbiriyle uyuşmuyor.',
	'form.organisation.label': 'Kuruluş',
	'form.organisation.required': 'Lütfen bir kuruluş seçin.',
	'form.role.label': 'Rol',
	'form.role.invalid': 'Lütfen bir rol seçin.',
	'form.choose': 'Lütfen seçin',
	'form.organisationName.invalid': 'Lütfen kuruluşun adını girin (2 ila 200 karakter).',
	'form.kind.required': 'Lütfen kuruluşun türünü seçin.',
	'form.description.invalid': 'Lütfen çalışmanızı 10 ila 1000 karakterle anlatın.',
	'form.consent.required': 'Talebinizi işleme alabilmemiz için lütfen onay verin.',
	'authError.invalid_credentials':
		'E-posta adresi veya şifre yanlış. Lütfen girdiğiniz bilgileri kontrol edin.',
	'authError.email_not_confirmed':
		'E-posta adresiniz henüz onaylanmadı. Lütfen size gönderdiğimiz e-postadaki bağlantıyı açın.',
	'authError.user_banned': 'Bu hesap engellenmiştir. Lütfen koordinasyon ofisine başvurun.',
	'authError.weak_password': 'Bu şifre kolay tahmin edilebilir. Lütfen daha uzun bir şifre seçin.',
	'authError.same_password': 'Yeni şifre eskisinden farklı olmalıdır.',
	'authError.otp_expired':
		'Bağlantının süresi dolmuş veya bağlantı zaten kullanılmış. Lütfen yeni bir bağlantı isteyin.',
	'authError.over_request_rate_limit':
		'Kısa sürede çok fazla deneme yapıldı. Lütfen birkaç dakika bekleyip tekrar deneyin.',
	'authError.over_email_send_rate_limit':
		'Bu adrese az önce bir e-posta gönderdik. Lütfen yenisini istemeden önce bir dakika bekleyin.',
	'authError.email_exists': 'Bu e-posta adresiyle zaten bir hesap var.',
	'authError.validation_failed': 'Bilgiler eksik veya geçersiz. Lütfen kontrol edin.',
	'authError.session_expired': 'Oturumunuzun süresi doldu. Lütfen tekrar giriş yapın.',
	'authError.user_not_found': 'Bu e-posta adresiyle kayıtlı bir hesap yok.',
	'authError.signup_disabled': 'Yeni hesaplar yalnızca davetle oluşturulur.',
	'authError.unexpected': 'Maalesef bu işlem başarısız oldu. Lütfen daha sonra tekrar deneyin.',
	'signIn.title': 'Giriş yap',
	'signIn.intro': 'İttifaktaki kuruluşlar ve koordinasyon ofisi için.',
	'signIn.passwordHeading': 'Şifre ile',
	'signIn.submit': 'Giriş yap',
	'signIn.forgot': 'Şifrenizi mi unuttunuz?',
	'signIn.magicHeading': 'Giriş bağlantısı ile',
	'signIn.magicIntro': 'Size şifresiz giriş yapmanızı sağlayan bir bağlantı gönderiyoruz.',
	'signIn.magicSubmit': 'Giriş bağlantısı gönder',
	'signIn.magicSent':
		'Bu adrese ait bir hesap varsa giriş bağlantısı yola çıktı. Lütfen gelen kutunuza bakın.',
	'signIn.noAccount':
		'Henüz hesabınız yok mu? Hesaplar davetle oluşturulur. Kuruluşunuz rehbere eklenmek mi istiyor?',
	'forgotPassword.title': 'Şifremi unuttum',
	'forgotPassword.intro':
		'Hesabınızın e-posta adresini girin. Yeni bir şifre belirleyebilmeniz için size bir bağlantı gönderiyoruz.',
	'forgotPassword.submit': 'Bağlantı gönder',
	'forgotPassword.sent':
		'Bu adrese ait bir hesap varsa bağlantı içeren bir e-posta gönderdik. Bağlantı bir saat geçerlidir.',
	'forgotPassword.backToSignIn': 'Girişe geri dön',
	'updatePassword.title': 'Yeni şifre belirleyin',
	'updatePassword.intro':
		'{email} olarak giriş yapıldı. Bundan sonra bu şifreyle giriş yapmak için şifrenizi belirleyin.',
	'updatePassword.submit': 'Şifreyi kaydet',
	'authErrorPage.title': 'Bu işlem başarısız oldu',
	'authErrorPage.newLink': 'Yeni bağlantı iste',
	'authErrorPage.signIn': 'Girişe git',
	'portal.title': 'Kuruluşlarım',
	'portal.intro': 'Profilini güncel tuttuğunuz kuruluşlar.',
	'portal.empty': 'Henüz hiçbir kuruluşa bağlı değilsiniz.',
	'portal.invite.heading': 'Bir iş arkadaşınızı davet edin',
	'portal.invite.intro':
		'Davet ettiğiniz kişi kuruluşun profilini sizinle birlikte güncel tutabilir (rol: editör).',
	'office.title': 'Koordinasyon ofisi',
	'office.organisations': 'Tüm kuruluşlar',
	'office.inviteMember.heading': 'Bir kişiyi bir kuruluşa davet edin',
	'office.inviteStaff.heading': 'Koordinasyon ofisine bir iş arkadaşınızı davet edin',
	'invite.submit': 'Davet gönder',
	'invite.sent': 'Davet gönderildi. Kişinin zaten bir hesabı varsa erişimi hemen açılır.',
	'invite.forbidden': 'Bu kuruluşa kimseyi davet etme yetkiniz yok.',
	'invite.failed': 'Davet gönderilemedi. Lütfen daha sonra tekrar deneyin.',
	'table.name': 'Ad',
	'table.kind': 'Tür',
	'table.status': 'Durum',
	'table.role': 'Rolünüz',
	'organisation.status.draft': 'Taslak',
	'organisation.status.published': 'Yayımlandı',
	'organisation.status.archived': 'Arşivlendi',
	'memberRole.owner': 'Sorumlu',
	'memberRole.editor': 'Editör',
	'staffRole.office_admin': 'Yönetici',
	'staffRole.office_staff': 'Çalışan',
	'join.title': 'Rehbere eklenin',
	'join.intro':
		'Kuruluşunuz ırkçılık veya ayrımcılık yaşayan insanlara destek mi oluyor? Bize yazın. Koordinasyon ofisi talebinizi inceler ve size geri döner.',
	'join.name.label': 'Kuruluşun adı',
	'join.kind.label': 'Kuruluşun türü',
	'join.email.label': 'Sorular için e-posta adresi',
	'join.description.label': 'Kuruluşunuz ne yapıyor?',
	'join.description.hint': 'Birkaç cümle yeterlidir (10 ila 1000 karakter).',
	'join.consent.label':
		'Koordinasyon ofisinin talebi işlemek için bu bilgileri saklamasını ve bu konuda benimle e-posta yoluyla iletişime geçmesini kabul ediyorum.',
	'join.homepage.label': 'Lütfen bu alanı boş bırakın',
	'join.submit': 'Talebi gönder',
	'join.sent':
		'Çok teşekkürler! Talebiniz koordinasyon ofisine ulaştı. Size e-posta ile dönüş yapacağız.',
	'join.tooMany':
		'Buradan az önce çok sayıda talep geldi. Lütfen birkaç dakika sonra tekrar deneyin.',
	'error.forbidden': 'Hesabınızın bu sayfayı görme yetkisi yok.',
	'footer.demo': 'Demo kurulum: iletişim bilgileri gerçek değildir.'
};

export const tr: Partial<Messages> = {
	...core,
	...directoryMessages.tr,
	...organisationMessages.tr,
	...nearMessages.tr,
	...openDataMessages.tr
};
