import type { AreaMessages } from './area.ts';

/** The safety bar's compact texts and the page "cover your tracks". */
const de = {
	'safety.label': 'Notruf und schneller Ausstieg',
	'safety.quickExitShort': 'Verlassen',
	'safety.tracks': 'Spuren verwischen',
	'tracks.title': 'Spuren verwischen',
	'tracks.intro':
		'Wenn jemand Ihr Handy oder Ihren Computer kontrolliert, kann er sehen, welche Seiten Sie besucht haben. So schützen Sie sich:',
	'tracks.exit.heading': 'Die Seite schnell verlassen',
	'tracks.exit.text':
		'Der rote Knopf oben führt sofort zu einer Wetterseite. Mit der Tastatur: zweimal Escape drücken. Die Zurück-Taste zeigt danach Ihre Suche nicht mehr.',
	'tracks.private.heading': 'Privates Fenster nutzen',
	'tracks.private.text':
		'In einem privaten Fenster (Inkognito) speichert der Browser keinen Verlauf. Schließen Sie es, wenn Sie fertig sind.',
	'tracks.history.heading': 'Verlauf löschen',
	'tracks.history.text':
		'Sonst löschen Sie in den Einstellungen des Browsers den Verlauf dieser Seite. Löschen Sie nur einzelne Einträge, wenn das vollständige Löschen auffallen würde.',
	'tracks.phone.heading': 'Anrufe und Nachrichten',
	'tracks.phone.text':
		'Anrufe bei einer Beratungsstelle stehen in der Anrufliste Ihres Telefons. Löschen Sie den Eintrag, oder rufen Sie von einem anderen Telefon an.',
	'tracks.device.heading': 'Ein sicheres Gerät',
	'tracks.device.text':
		'Am sichersten ist ein Gerät, auf das niemand sonst Zugriff hat, zum Beispiel bei Freundinnen und Freunden, in der Bibliothek oder in einer Beratungsstelle.',
	'tracks.danger': 'Wenn Sie in Gefahr sind, rufen Sie die Polizei: 110.',
	'tracks.back': 'Zurück zur Suche nach Beratung'
} as const;

export const safetyMessages = {
	de,
	en: {
		'safety.label': 'Emergency and quick exit',
		'safety.quickExitShort': 'Leave site',
		'safety.tracks': 'Cover your tracks',
		'tracks.title': 'Cover your tracks',
		'tracks.intro':
			'If someone checks your phone or computer, they can see which pages you visited. This is how you protect yourself:',
		'tracks.exit.heading': 'Leave the site quickly',
		'tracks.exit.text':
			'The red button at the top takes you straight to a weather site. With the keyboard: press Escape twice. The back button then no longer shows your search.',
		'tracks.private.heading': 'Use a private window',
		'tracks.private.text':
			'In a private (incognito) window the browser keeps no history. Close it when you are done.',
		'tracks.history.heading': 'Delete the history',
		'tracks.history.text':
			'Otherwise delete this site from the history in your browser’s settings. Delete single entries only if clearing everything would be noticed.',
		'tracks.phone.heading': 'Calls and messages',
		'tracks.phone.text':
			'Calls to a counselling service appear in your phone’s call log. Delete the entry, or call from another phone.',
		'tracks.device.heading': 'A safe device',
		'tracks.device.text':
			'Safest is a device nobody else can use, for example at a friend’s, in a library or at a counselling service.',
		'tracks.danger': 'If you are in danger, call the police: 110.',
		'tracks.back': 'Back to finding counselling'
	},
	tr: {
		'safety.label': 'Acil durum ve hızlı çıkış',
		'safety.quickExitShort': 'Çık',
		'safety.tracks': 'İzlerinizi silin',
		'tracks.title': 'İzlerinizi silin',
		'tracks.intro':
			'Biri telefonunuzu veya bilgisayarınızı kontrol ederse hangi sayfaları ziyaret ettiğinizi görebilir. Kendinizi şöyle koruyabilirsiniz:',
		'tracks.exit.heading': 'Sayfadan hızla çıkın',
		'tracks.exit.text':
			'Yukarıdaki kırmızı düğme sizi hemen bir hava durumu sitesine götürür. Klavyeyle: Escape tuşuna iki kez basın. Geri tuşu bundan sonra aramanızı göstermez.',
		'tracks.private.heading': 'Gizli pencere kullanın',
		'tracks.private.text':
			'Gizli (incognito) pencerede tarayıcı geçmiş kaydetmez. İşiniz bitince pencereyi kapatın.',
		'tracks.history.heading': 'Geçmişi silin',
		'tracks.history.text':
			'Aksi halde bu sitenin geçmişini tarayıcı ayarlarından silin. Tümünü silmek dikkat çekecekse yalnızca tek tek kayıtları silin.',
		'tracks.phone.heading': 'Aramalar ve mesajlar',
		'tracks.phone.text':
			'Bir danışmanlık merkezine yaptığınız aramalar telefonunuzun arama listesinde görünür. Kaydı silin veya başka bir telefondan arayın.',
		'tracks.device.heading': 'Güvenli bir cihaz',
		'tracks.device.text':
			'En güvenlisi başkasının kullanamadığı bir cihazdır; örneğin bir arkadaşınızda, kütüphanede veya bir danışmanlık merkezinde.',
		'tracks.danger': 'Tehlikedeyseniz polisi arayın: 110.',
		'tracks.back': 'Danışmanlık aramaya geri dön'
	},
	ar: {
		'safety.label': 'الطوارئ والخروج السريع',
		'safety.quickExitShort': 'مغادرة',
		'safety.tracks': 'إخفاء آثار التصفح',
		'tracks.title': 'إخفاء آثار التصفح',
		'tracks.intro':
			'إذا فحص أحدٌ هاتفكم أو حاسوبكم، يمكنه أن يرى الصفحات التي زرتموها. هكذا تحمون أنفسكم:',
		'tracks.exit.heading': 'مغادرة الصفحة بسرعة',
		'tracks.exit.text':
			'الزر الأحمر في الأعلى ينقلكم فورًا إلى موقع للطقس. بلوحة المفاتيح: اضغطوا مفتاح Escape مرتين. بعد ذلك لا يُظهر زر الرجوع بحثكم.',
		'tracks.private.heading': 'استخدام نافذة خاصة',
		'tracks.private.text':
			'في النافذة الخاصة (التصفح المتخفي) لا يحفظ المتصفح سجلًا. أغلقوها عند الانتهاء.',
		'tracks.history.heading': 'حذف السجل',
		'tracks.history.text':
			'وإلا فاحذفوا هذا الموقع من سجل المتصفح في الإعدادات. احذفوا إدخالات منفردة فقط إذا كان حذف كل شيء سيلفت الانتباه.',
		'tracks.phone.heading': 'المكالمات والرسائل',
		'tracks.phone.text':
			'تظهر المكالمات مع مراكز الاستشارة في سجل مكالمات هاتفكم. احذفوا الإدخال أو اتصلوا من هاتف آخر.',
		'tracks.device.heading': 'جهاز آمن',
		'tracks.device.text':
			'الأكثر أمانًا جهاز لا يستخدمه أحد غيركم، مثلًا لدى صديقة أو صديق أو في المكتبة أو في مركز استشارة.',
		'tracks.danger': 'إذا كنتم في خطر فاتصلوا بالشرطة: 110.',
		'tracks.back': 'العودة إلى البحث عن استشارة'
	},
	uk: {
		'safety.label': 'Екстрені номери і швидкий вихід',
		'safety.quickExitShort': 'Вийти',
		'safety.tracks': 'Приховати сліди',
		'tracks.title': 'Приховати сліди',
		'tracks.intro':
			'Якщо хтось перевіряє ваш телефон чи комп’ютер, він може побачити, які сторінки ви відвідували. Ось як захиститися:',
		'tracks.exit.heading': 'Швидко залишити сайт',
		'tracks.exit.text':
			'Червона кнопка вгорі одразу відкриває сайт погоди. З клавіатури: двічі натисніть Escape. Кнопка «Назад» після цього не покаже ваш пошук.',
		'tracks.private.heading': 'Приватне вікно',
		'tracks.private.text':
			'У приватному вікні (інкогніто) браузер не зберігає історію. Закрийте його, коли закінчите.',
		'tracks.history.heading': 'Видалити історію',
		'tracks.history.text':
			'Інакше видаліть цей сайт з історії в налаштуваннях браузера. Видаляйте окремі записи, якщо повне очищення привернуло б увагу.',
		'tracks.phone.heading': 'Дзвінки і повідомлення',
		'tracks.phone.text':
			'Дзвінки до консультаційної служби видно в журналі дзвінків телефону. Видаліть запис або телефонуйте з іншого телефона.',
		'tracks.device.heading': 'Безпечний пристрій',
		'tracks.device.text':
			'Найбезпечніше — пристрій, яким ніхто інший не користується, наприклад у друзів, у бібліотеці чи в консультаційній службі.',
		'tracks.danger': 'Якщо ви в небезпеці, телефонуйте в поліцію: 110.',
		'tracks.back': 'Назад до пошуку консультації'
	}
} satisfies AreaMessages<typeof de>;
