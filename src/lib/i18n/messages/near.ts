import type { AreaMessages } from './area.ts';

/** "Near me": the location button and what the directory says about a place typed in. */
const de = {
	'near.useMyLocation': 'Meinen Standort verwenden',
	'near.privacy':
		'Erst nach Ihrer Erlaubnis. Wir runden Ihren Standort auf etwa 100 Meter und nutzen ihn nur für diese Suche.',
	'near.locating': 'Ihr Standort wird ermittelt …',
	'near.denied':
		'Sie haben den Zugriff auf Ihren Standort nicht erlaubt. Sie können stattdessen eine Postleitzahl oder Adresse eingeben.',
	'near.unavailable':
		'Ihr Standort konnte nicht ermittelt werden. Bitte geben Sie eine Postleitzahl oder Adresse ein.',
	'near.timeout':
		'Die Standortbestimmung hat zu lange gedauert. Bitte versuchen Sie es erneut oder geben Sie eine Postleitzahl ein.',
	'near.yourLocation': 'Ihr Standort',
	'near.resultsNear': 'In der Nähe von {place}',
	'near.notFound':
		'Zu „{place}“ haben wir keinen Ort gefunden. Bitte prüfen Sie die Schreibweise oder geben Sie eine Postleitzahl ein.',
	'near.geocoderUnavailable':
		'Die Ortssuche ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder verwenden Sie Ihren Standort.',
	'near.attribution': 'Ortssuche: Daten © OpenStreetMap-Mitwirkende'
} as const;

export const nearMessages = {
	de,
	en: {
		'near.useMyLocation': 'Use my location',
		'near.privacy':
			'Only with your permission. We round your location to about 100 metres and use it for this search only.',
		'near.locating': 'Finding your location …',
		'near.denied':
			'You did not allow access to your location. You can enter a postcode or address instead.',
		'near.unavailable': 'Your location could not be found. Please enter a postcode or address.',
		'near.timeout':
			'Finding your location took too long. Please try again or enter a postcode instead.',
		'near.yourLocation': 'Your location',
		'near.resultsNear': 'Near {place}',
		'near.notFound':
			'We found no place for “{place}”. Please check the spelling or enter a postcode.',
		'near.geocoderUnavailable':
			'The place search cannot be reached right now. Please try again later or use your location.',
		'near.attribution': 'Place search: data © OpenStreetMap contributors'
	},
	tr: {
		'near.useMyLocation': 'Konumumu kullan',
		'near.privacy':
			'Yalnızca izin verirseniz. Konumunuzu yaklaşık 100 metreye yuvarlıyor ve yalnızca bu arama için kullanıyoruz.',
		'near.locating': 'Konumunuz belirleniyor …',
		'near.denied':
			'Konumunuza erişime izin vermediniz. Bunun yerine bir posta kodu veya adres girebilirsiniz.',
		'near.unavailable': 'Konumunuz belirlenemedi. Lütfen bir posta kodu veya adres girin.',
		'near.timeout':
			'Konum belirleme çok uzun sürdü. Lütfen tekrar deneyin veya bir posta kodu girin.',
		'near.yourLocation': 'Konumunuz',
		'near.resultsNear': '{place} yakınında',
		'near.notFound':
			'“{place}” için bir yer bulamadık. Lütfen yazımı kontrol edin veya bir posta kodu girin.',
		'near.geocoderUnavailable':
			'Yer arama şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin veya konumunuzu kullanın.',
		'near.attribution': 'Yer arama: veriler © OpenStreetMap katkıda bulunanları'
	},
	ar: {
		'near.useMyLocation': 'استخدام موقعي',
		'near.privacy': 'فقط بإذنكم. نقرّب موقعكم إلى نحو 100 متر ونستخدمه لهذا البحث فقط.',
		'near.locating': 'جارٍ تحديد موقعكم …',
		'near.denied': 'لم تسمحوا بالوصول إلى موقعكم. يمكنكم بدلًا من ذلك إدخال رمز بريدي أو عنوان.',
		'near.unavailable': 'تعذّر تحديد موقعكم. يرجى إدخال رمز بريدي أو عنوان.',
		'near.timeout': 'استغرق تحديد الموقع وقتًا طويلًا. يرجى المحاولة مرة أخرى أو إدخال رمز بريدي.',
		'near.yourLocation': 'موقعكم',
		'near.resultsNear': 'بالقرب من {place}',
		'near.notFound': 'لم نعثر على مكان باسم «{place}». يرجى التحقق من الكتابة أو إدخال رمز بريدي.',
		'near.geocoderUnavailable':
			'البحث عن الأماكن غير متاح حاليًا. يرجى المحاولة لاحقًا أو استخدام موقعكم.',
		'near.attribution': 'البحث عن الأماكن: البيانات © المساهمون في OpenStreetMap'
	},
	uk: {
		'near.useMyLocation': 'Використати моє місцезнаходження',
		'near.privacy':
			'Лише з вашого дозволу. Ми округлюємо ваше місцезнаходження приблизно до 100 метрів і використовуємо його тільки для цього пошуку.',
		'near.locating': 'Визначаємо ваше місцезнаходження …',
		'near.denied':
			'Ви не дозволили доступ до свого місцезнаходження. Натомість можете ввести поштовий індекс або адресу.',
		'near.unavailable':
			'Не вдалося визначити ваше місцезнаходження. Будь ласка, введіть поштовий індекс або адресу.',
		'near.timeout':
			'Визначення місцезнаходження тривало надто довго. Будь ласка, спробуйте ще раз або введіть поштовий індекс.',
		'near.yourLocation': 'Ваше місцезнаходження',
		'near.resultsNear': 'Поблизу: {place}',
		'near.notFound':
			'Ми не знайшли місця «{place}». Будь ласка, перевірте написання або введіть поштовий індекс.',
		'near.geocoderUnavailable':
			'Пошук місць зараз недоступний. Будь ласка, спробуйте пізніше або використайте своє місцезнаходження.',
		'near.attribution': 'Пошук місць: дані © учасники OpenStreetMap'
	}
} satisfies AreaMessages<typeof de>;
