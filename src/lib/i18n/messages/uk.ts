import type { CoreMessages, Messages } from './de.ts';
import { areaMessages } from './areas.ts';

// Ukrainian, addressing the reader politely (ви).
const core: CoreMessages = {
	'site.name': 'Bündnisatlas Kassel',
	'site.tagline': 'Консультації та підтримка проти расизму й дискримінації',
	'nav.skipToContent': 'Перейти до змісту',
	'nav.main': 'Головна навігація',
	'nav.home': 'Головна сторінка',
	'nav.language': 'Мова',
	'home.title': 'Хто допомагає в разі расизму та дискримінації?',
	'home.intro':
		'Консультаційні служби, організації мігрантів та ініціативи в Касселі, що підтримують людей, які зазнають расизму чи дискримінації.',
	'home.organisations': 'Організації альянсу',
	'home.count':
		'{count, plural, one {# опублікована організація} few {# опубліковані організації} many {# опублікованих організацій} other {# опублікованої організації}}',
	'home.empty': 'Ще не опубліковано жодної організації.',
	'organisation.kind.migrant_organisation': 'Організація мігрантів',
	'organisation.kind.counselling_service': 'Консультаційна служба',
	'organisation.kind.initiative': 'Ініціатива',
	'organisation.kind.public_body': 'Державна установа',
	'organisation.kind.network': 'Мережа / альянс',
	'error.title': 'Щось пішло не так',
	'error.notFound': 'Такої сторінки не існує.',
	'error.unavailable': 'Дані зараз недоступні. Будь ласка, спробуйте пізніше.',
	'error.backHome': 'На головну сторінку',
	'nav.account': 'Обліковий запис',
	'nav.signIn': 'Увійти',
	'nav.signOut': 'Вийти',
	'nav.signedInAs': 'Ви увійшли як {email}',
	'nav.portal': 'Мої організації',
	'nav.office': 'Координаційний офіс',
	'nav.join': 'Долучитися',
	'form.errorSummary': 'Будь ласка, перевірте позначені дані.',
	'form.unavailable':
		'Зараз це не вдалося: дані тимчасово недоступні. Усе, що ви ввели, залишилося у формі; будь ласка, надішліть її ще раз за кілька хвилин.',
	'form.titleErrors': 'Помилка:',
	'form.remaining':
		'{count, plural, one {Залишився # символ} few {Залишилося # символи} many {Залишилося # символів} other {Залишилося # символу}} (щонайбільше {max}).',
	'form.email.label': 'Адреса електронної пошти',
	'form.email.invalid':
		'Будь ласка, введіть дійсну адресу електронної пошти, наприклад name@beispiel.de.',
	'form.password.label': 'Пароль',
	'form.password.required': 'Будь ласка, введіть свій пароль.',
	'form.password.tooShort': 'Пароль має містити щонайменше 10 символів.',
	'form.password.tooLong': 'Пароль може містити щонайбільше 72 символи.',
	'form.newPassword.label': 'Новий пароль',
	'form.newPassword.hint':
		'Щонайменше 10 символів. Довге речення легше запам’ятати і важче вгадати.',
	'form.passwordConfirm.label': 'Повторіть новий пароль',
	'form.passwordConfirm.mismatch': 'Паролі не збігаються.',
	'form.organisation.label': 'Організація',
	'form.organisation.required': 'Будь ласка, виберіть організацію.',
	'form.role.label': 'Роль',
	'form.role.invalid': 'Будь ласка, виберіть роль.',
	'form.choose': 'Будь ласка, виберіть',
	'form.organisationName.invalid': 'Будь ласка, введіть назву організації (від 2 до 200 символів).',
	'form.kind.required': 'Будь ласка, виберіть тип організації.',
	'form.description.invalid': 'Будь ласка, опишіть вашу роботу (від 10 до 1000 символів).',
	'form.consent.required': 'Будь ласка, дайте згоду, щоб ми могли опрацювати ваш запит.',
	'authError.invalid_credentials':
		'Неправильна адреса електронної пошти або пароль. Будь ласка, перевірте введені дані.',
	'authError.email_not_confirmed':
		'Вашу адресу електронної пошти ще не підтверджено. Будь ласка, відкрийте посилання з листа, який ми вам надіслали.',
	'authError.user_banned':
		'Цей обліковий запис заблоковано. Будь ласка, зверніться до координаційного офісу.',
	'authError.weak_password': 'Цей пароль надто легко вгадати. Будь ласка, виберіть довший.',
	'authError.same_password': 'Новий пароль має відрізнятися від попереднього.',
	'authError.otp_expired':
		'Термін дії посилання минув, або його вже використано. Будь ласка, запросіть нове.',
	'authError.over_request_rate_limit':
		'Забагато спроб за короткий час. Будь ласка, зачекайте кілька хвилин і спробуйте знову.',
	'authError.over_email_send_rate_limit':
		'Ми щойно надіслали лист на цю адресу. Будь ласка, зачекайте хвилину, перш ніж запитувати новий.',
	'authError.email_exists': 'Для цієї адреси електронної пошти вже існує обліковий запис.',
	'authError.validation_failed': 'Дані неповні або недійсні. Будь ласка, перевірте їх.',
	'authError.session_expired': 'Ваш сеанс завершився. Будь ласка, увійдіть знову.',
	'authError.user_not_found': 'Для цієї адреси електронної пошти немає облікового запису.',
	'authError.signup_disabled': 'Нові облікові записи створюються лише за запрошенням.',
	'authError.unexpected': 'На жаль, не вдалося. Будь ласка, спробуйте пізніше.',
	'signIn.title': 'Вхід',
	'signIn.intro': 'Для організацій альянсу та координаційного офісу.',
	'signIn.passwordHeading': 'З паролем',
	'signIn.submit': 'Увійти',
	'signIn.forgot': 'Забули пароль?',
	'signIn.magicHeading': 'За посиланням для входу',
	'signIn.magicIntro': 'Ми надішлемо вам посилання, за яким ви зможете увійти без пароля.',
	'signIn.magicSubmit': 'Надіслати посилання для входу',
	'signIn.magicSent':
		'Якщо для цієї адреси існує обліковий запис, посилання для входу вже надіслано. Будь ласка, перевірте свою поштову скриньку.',
	'signIn.noAccount':
		'Ще не маєте облікового запису? Облікові записи створюються за запрошенням. Ваша організація хоче потрапити до каталогу?',
	'forgotPassword.title': 'Забули пароль',
	'forgotPassword.intro':
		'Введіть адресу електронної пошти вашого облікового запису. Ми надішлемо вам посилання, щоб установити новий пароль.',
	'forgotPassword.submit': 'Надіслати посилання',
	'forgotPassword.sent':
		'Якщо для цієї адреси існує обліковий запис, ми надіслали лист із посиланням. Посилання дійсне одну годину.',
	'forgotPassword.backToSignIn': 'Назад до входу',
	'updatePassword.title': 'Установити новий пароль',
	'updatePassword.intro': 'Ви увійшли як {email}. Установіть пароль, щоб надалі входити з ним.',
	'updatePassword.submit': 'Зберегти пароль',
	'authErrorPage.title': 'Не вдалося',
	'authErrorPage.newLink': 'Запросити нове посилання',
	'authErrorPage.signIn': 'До входу',
	'portal.title': 'Мої організації',
	'portal.intro': 'Організації, профіль яких ви ведете.',
	'portal.empty': 'Ви ще не належите до жодної організації.',
	'portal.invite.heading': 'Запросити колегу',
	'portal.invite.intro':
		'Запрошена особа зможе разом із вами вести профіль організації (роль: редакція).',
	'office.title': 'Координаційний офіс',
	'office.organisations': 'Усі організації',
	'office.inviteMember.heading': 'Запросити особу до організації',
	'office.inviteStaff.heading': 'Запросити колегу до координаційного офісу',
	'invite.submit': 'Надіслати запрошення',
	'invite.sent':
		'Запрошення надіслано. Якщо особа вже мала обліковий запис, вона одразу отримує доступ.',
	'invite.forbidden': 'Ви не можете запрошувати нікого до цієї організації.',
	'invite.failed': 'Не вдалося надіслати запрошення. Будь ласка, спробуйте пізніше.',
	'table.name': 'Назва',
	'table.kind': 'Тип',
	'table.status': 'Статус',
	'table.role': 'Ваша роль',
	'organisation.status.draft': 'Чернетка',
	'organisation.status.published': 'Опубліковано',
	'organisation.status.archived': 'В архіві',
	'memberRole.owner': 'Відповідальна особа',
	'memberRole.editor': 'Редакція',
	'staffRole.office_admin': 'Адміністрування',
	'staffRole.office_staff': 'Персонал',
	'join.title': 'Потрапити до каталогу',
	'join.intro':
		'Ваша організація підтримує людей, які зазнають расизму чи дискримінації? Напишіть нам. Координаційний офіс розгляне ваш запит і зв’яжеться з вами.',
	'join.name.label': 'Назва організації',
	'join.kind.label': 'Тип організації',
	'join.email.label': 'Адреса електронної пошти для запитань',
	'join.description.label': 'Чим займається ваша організація?',
	'join.description.hint': 'Достатньо кількох речень (від {min} до {max} символів).',
	'join.consent.label':
		'Я погоджуюся, що координаційний офіс зберігатиме ці дані для опрацювання запиту та зв’язуватиметься зі мною з цього приводу електронною поштою.',
	'join.consent.short': 'Згода',
	'join.homepage.label': 'Будь ласка, залиште це поле порожнім',
	'join.submit': 'Надіслати запит',
	'join.sent':
		'Щиро дякуємо! Ваш запит надійшов до координаційного офісу. Ми відповімо вам електронною поштою.',
	'join.tooMany':
		'Звідси щойно надійшло багато запитів. Будь ласка, спробуйте знову за кілька хвилин.',
	'error.forbidden': 'Ваш обліковий запис не має доступу до цієї сторінки.',
	'footer.demo': 'Демоверсія: контактні дані вигадані.'
};

export const uk: Partial<Messages> = { ...core, ...areaMessages.uk };
