import type { AreaMessages } from './area.ts';

/** Files: the logo upload in the portal and the documents of an application in the office. */
const de = {
	'upload.required': 'Bitte wählen Sie eine Datei aus.',
	'upload.empty': 'Die Datei ist leer. Bitte wählen Sie eine andere Datei.',
	'upload.unreadable':
		'Das Bild lässt sich nicht lesen: Die Datei ist beschädigt oder zu groß (höchstens 50 Megapixel).',
	'upload.logo.tooLarge': 'Das Logo darf höchstens 5 MB groß sein.',
	'upload.logo.type':
		'Diese Datei ist kein Bild im Format PNG, JPEG oder WebP. Andere Formate, auch SVG, nehmen wir nicht an.',
	'upload.document.tooLarge': 'Das Dokument darf höchstens 20 MB groß sein.',
	'upload.document.type':
		'Dieses Format nehmen wir nicht an. Möglich sind PDF, Word (DOCX), Excel (XLSX), OpenDocument-Text und -Tabellen sowie Bilder als PNG, JPEG oder WebP.',
	'logo.title': 'Logo von {name}',
	'logo.intro':
		'Das Logo erscheint auf der öffentlichen Seite Ihrer Organisation. Wir verkleinern das Bild und entfernen eingebettete Angaben wie Aufnahmeort und Kamera.',
	'logo.current': 'Aktuelles Logo',
	'logo.none': 'Noch kein Logo.',
	'logo.pending': 'Ein neues Logo wartet auf die Freigabe durch die Geschäftsstelle.',
	'logo.field': 'Logo-Datei',
	'logo.hint': 'PNG, JPEG oder WebP, höchstens 5 MB.',
	'logo.submit': 'Logo hochladen',
	'logo.saved': 'Das Logo ist gespeichert.',
	'logo.submitted':
		'Das Logo ist gespeichert. Die Geschäftsstelle prüft es; danach erscheint es auf der öffentlichen Seite.',
	'logo.publishedWaits':
		'Ihr Eintrag ist veröffentlicht: Ein neues Logo braucht die Freigabe der Geschäftsstelle. Bitte schicken Sie es ihr, bis das Portal solche Änderungen zur Prüfung weitergibt.',
	'logo.alt': 'Logo von {name}',
	'logo.back': 'Zurück zum Portal',
	'logo.link': 'Logo',
	'logo.change': 'Logo von {name} ändern',
	'documents.heading': 'Dokumente',
	'documents.none': 'Noch keine Dokumente.',
	'documents.kind.label': 'Art des Dokuments',
	'documents.kind.required': 'Bitte wählen Sie die Art des Dokuments.',
	'documents.kind.proposal': 'Antrag',
	'documents.kind.decision': 'Bescheid',
	'documents.kind.report': 'Bericht oder Nachweis',
	'documents.kind.other': 'Sonstiges',
	'documents.file': 'Datei',
	'documents.hint':
		'PDF, Word (DOCX), Excel (XLSX), OpenDocument oder ein Bild (PNG, JPEG, WebP), höchstens 20 MB.',
	'documents.submit': 'Dokument hochladen',
	'documents.uploaded': 'Das Dokument ist gespeichert.',
	'documents.name': 'Datei',
	'documents.kind': 'Art',
	'documents.size': 'Größe',
	'documents.date': 'Hochgeladen',
	'documents.download': '{name} herunterladen'
} as const;

export const uploadsMessages = {
	de,
	en: {
		'upload.required': 'Please choose a file.',
		'upload.empty': 'The file is empty. Please choose another file.',
		'upload.unreadable':
			'The image cannot be read: the file is damaged or too large (at most 50 megapixels).',
		'upload.logo.tooLarge': 'The logo may be at most 5 MB.',
		'upload.logo.type':
			'This file is not a PNG, JPEG or WebP image. We do not accept other formats, SVG included.',
		'upload.document.tooLarge': 'The document may be at most 20 MB.',
		'upload.document.type':
			'We do not accept this format. Possible are PDF, Word (DOCX), Excel (XLSX), OpenDocument text and spreadsheets, and images as PNG, JPEG or WebP.',
		'logo.title': 'Logo of {name}',
		'logo.intro':
			'The logo appears on your organisation’s public page. We shrink the image and remove embedded details such as where and with which camera it was taken.',
		'logo.current': 'Current logo',
		'logo.none': 'No logo yet.',
		'logo.pending': 'A new logo is waiting for the office’s approval.',
		'logo.field': 'Logo file',
		'logo.hint': 'PNG, JPEG or WebP, at most 5 MB.',
		'logo.submit': 'Upload logo',
		'logo.saved': 'The logo has been saved.',
		'logo.submitted':
			'The logo has been saved. The office reviews it; after that it appears on the public page.',
		'logo.publishedWaits':
			'Your entry is published: a new logo needs the office’s approval. Please send it to the office until the portal passes such changes on for review.',
		'logo.alt': 'Logo of {name}',
		'logo.back': 'Back to the portal',
		'logo.link': 'Logo',
		'logo.change': 'Change the logo of {name}',
		'documents.heading': 'Documents',
		'documents.none': 'No documents yet.',
		'documents.kind.label': 'Kind of document',
		'documents.kind.required': 'Please choose the kind of document.',
		'documents.kind.proposal': 'Application',
		'documents.kind.decision': 'Grant decision (Bescheid)',
		'documents.kind.report': 'Report or statement',
		'documents.kind.other': 'Other',
		'documents.file': 'File',
		'documents.hint':
			'PDF, Word (DOCX), Excel (XLSX), OpenDocument or an image (PNG, JPEG, WebP), at most 20 MB.',
		'documents.submit': 'Upload document',
		'documents.uploaded': 'The document has been saved.',
		'documents.name': 'File',
		'documents.kind': 'Kind',
		'documents.size': 'Size',
		'documents.date': 'Uploaded',
		'documents.download': 'Download {name}'
	},
	tr: {
		'upload.required': 'Lütfen bir dosya seçin.',
		'upload.empty': 'Dosya boş. Lütfen başka bir dosya seçin.',
		'upload.unreadable': 'Resim okunamıyor: dosya bozuk veya çok büyük (en fazla 50 megapiksel).',
		'upload.logo.tooLarge': 'Logo en fazla 5 MB olabilir.',
		'upload.logo.type':
			'Bu dosya PNG, JPEG veya WebP biçiminde bir resim değil. SVG dahil başka biçimleri kabul etmiyoruz.',
		'upload.document.tooLarge': 'Belge en fazla 20 MB olabilir.',
		'upload.document.type':
			'Bu biçimi kabul etmiyoruz. PDF, Word (DOCX), Excel (XLSX), OpenDocument metin ve tabloları ile PNG, JPEG veya WebP resimler mümkündür.',
		'logo.title': '{name} logosu',
		'logo.intro':
			'Logo, kuruluşunuzun herkese açık sayfasında görünür. Resmi küçültür, çekim yeri ve kamera gibi gömülü bilgileri sileriz.',
		'logo.current': 'Mevcut logo',
		'logo.none': 'Henüz logo yok.',
		'logo.pending': 'Yeni bir logo ofisin onayını bekliyor.',
		'logo.field': 'Logo dosyası',
		'logo.hint': 'PNG, JPEG veya WebP, en fazla 5 MB.',
		'logo.submit': 'Logoyu yükle',
		'logo.saved': 'Logo kaydedildi.',
		'logo.submitted':
			'Logo kaydedildi. Ofis logoyu inceler; ardından herkese açık sayfada görünür.',
		'logo.publishedWaits':
			'Kaydınız yayında: yeni bir logo ofisin onayını gerektirir. Portal bu tür değişiklikleri incelemeye iletene kadar lütfen logoyu ofise gönderin.',
		'logo.alt': '{name} logosu',
		'logo.back': 'Portala geri dön',
		'logo.link': 'Logo',
		'logo.change': '{name} logosunu değiştir',
		'documents.heading': 'Belgeler',
		'documents.none': 'Henüz belge yok.',
		'documents.kind.label': 'Belge türü',
		'documents.kind.required': 'Lütfen belge türünü seçin.',
		'documents.kind.proposal': 'Başvuru',
		'documents.kind.decision': 'Hibe kararı (Bescheid)',
		'documents.kind.report': 'Rapor veya kanıt',
		'documents.kind.other': 'Diğer',
		'documents.file': 'Dosya',
		'documents.hint':
			'PDF, Word (DOCX), Excel (XLSX), OpenDocument veya bir resim (PNG, JPEG, WebP), en fazla 20 MB.',
		'documents.submit': 'Belgeyi yükle',
		'documents.uploaded': 'Belge kaydedildi.',
		'documents.name': 'Dosya',
		'documents.kind': 'Tür',
		'documents.size': 'Boyut',
		'documents.date': 'Yüklenme',
		'documents.download': '{name} indir'
	},
	ar: {
		'upload.required': 'يرجى اختيار ملف.',
		'upload.empty': 'الملف فارغ. يرجى اختيار ملف آخر.',
		'upload.unreadable': 'لا يمكن قراءة الصورة: الملف تالف أو كبير جدًا (50 ميغابكسل كحد أقصى).',
		'upload.logo.tooLarge': 'يجب ألا يتجاوز حجم الشعار 5 ميغابايت.',
		'upload.logo.type':
			'هذا الملف ليس صورة بصيغة PNG أو JPEG أو WebP. لا نقبل صيغًا أخرى، بما فيها SVG.',
		'upload.document.tooLarge': 'يجب ألا يتجاوز حجم المستند 20 ميغابايت.',
		'upload.document.type':
			'لا نقبل هذه الصيغة. الصيغ الممكنة: PDF وWord (DOCX) وExcel (XLSX) ونصوص وجداول OpenDocument والصور بصيغة PNG أو JPEG أو WebP.',
		'logo.title': 'شعار {name}',
		'logo.intro':
			'يظهر الشعار في الصفحة العامة لمنظمتكم. نصغّر الصورة ونحذف البيانات المضمّنة مثل مكان التصوير والكاميرا.',
		'logo.current': 'الشعار الحالي',
		'logo.none': 'لا يوجد شعار بعد.',
		'logo.pending': 'شعار جديد بانتظار موافقة المكتب.',
		'logo.field': 'ملف الشعار',
		'logo.hint': 'PNG أو JPEG أو WebP، بحد أقصى 5 ميغابايت.',
		'logo.submit': 'رفع الشعار',
		'logo.saved': 'تم حفظ الشعار.',
		'logo.submitted': 'تم حفظ الشعار. يراجعه المكتب، ثم يظهر في الصفحة العامة.',
		'logo.publishedWaits':
			'مدخلكم منشور: يحتاج الشعار الجديد إلى موافقة المكتب. يرجى إرساله إلى المكتب إلى أن تتيح البوابة إرسال مثل هذه التغييرات للمراجعة.',
		'logo.alt': 'شعار {name}',
		'logo.back': 'العودة إلى البوابة',
		'logo.link': 'الشعار',
		'logo.change': 'تغيير شعار {name}',
		'documents.heading': 'المستندات',
		'documents.none': 'لا توجد مستندات بعد.',
		'documents.kind.label': 'نوع المستند',
		'documents.kind.required': 'يرجى اختيار نوع المستند.',
		'documents.kind.proposal': 'طلب',
		'documents.kind.decision': 'قرار المنحة (Bescheid)',
		'documents.kind.report': 'تقرير أو إثبات',
		'documents.kind.other': 'أخرى',
		'documents.file': 'الملف',
		'documents.hint':
			'PDF أو Word (DOCX) أو Excel (XLSX) أو OpenDocument أو صورة (PNG، JPEG، WebP)، بحد أقصى 20 ميغابايت.',
		'documents.submit': 'رفع المستند',
		'documents.uploaded': 'تم حفظ المستند.',
		'documents.name': 'الملف',
		'documents.kind': 'النوع',
		'documents.size': 'الحجم',
		'documents.date': 'تاريخ الرفع',
		'documents.download': 'تنزيل {name}'
	},
	uk: {
		'upload.required': 'Будь ласка, виберіть файл.',
		'upload.empty': 'Файл порожній. Будь ласка, виберіть інший файл.',
		'upload.unreadable':
			'Зображення не вдається прочитати: файл пошкоджений або завеликий (щонайбільше 50 мегапікселів).',
		'upload.logo.tooLarge': 'Логотип може мати щонайбільше 5 МБ.',
		'upload.logo.type':
			'Цей файл не є зображенням у форматі PNG, JPEG або WebP. Інші формати, зокрема SVG, ми не приймаємо.',
		'upload.document.tooLarge': 'Документ може мати щонайбільше 20 МБ.',
		'upload.document.type':
			'Цей формат ми не приймаємо. Можливі PDF, Word (DOCX), Excel (XLSX), тексти й таблиці OpenDocument, а також зображення PNG, JPEG або WebP.',
		'logo.title': 'Логотип: {name}',
		'logo.intro':
			'Логотип з’являється на публічній сторінці вашої організації. Ми зменшуємо зображення й видаляємо вбудовані дані, як-от місце зйомки та камеру.',
		'logo.current': 'Поточний логотип',
		'logo.none': 'Логотипу ще немає.',
		'logo.pending': 'Новий логотип чекає на схвалення офісу.',
		'logo.field': 'Файл логотипа',
		'logo.hint': 'PNG, JPEG або WebP, щонайбільше 5 МБ.',
		'logo.submit': 'Завантажити логотип',
		'logo.saved': 'Логотип збережено.',
		'logo.submitted':
			'Логотип збережено. Офіс перевірить його; після цього він з’явиться на публічній сторінці.',
		'logo.publishedWaits':
			'Ваш запис опубліковано: новий логотип потребує схвалення офісу. Будь ласка, надішліть його офісу, доки портал не передаватиме такі зміни на перевірку.',
		'logo.alt': 'Логотип: {name}',
		'logo.back': 'Назад до порталу',
		'logo.link': 'Логотип',
		'logo.change': 'Змінити логотип: {name}',
		'documents.heading': 'Документи',
		'documents.none': 'Документів ще немає.',
		'documents.kind.label': 'Вид документа',
		'documents.kind.required': 'Будь ласка, виберіть вид документа.',
		'documents.kind.proposal': 'Заявка',
		'documents.kind.decision': 'Рішення про грант (Bescheid)',
		'documents.kind.report': 'Звіт або підтвердження',
		'documents.kind.other': 'Інше',
		'documents.file': 'Файл',
		'documents.hint':
			'PDF, Word (DOCX), Excel (XLSX), OpenDocument або зображення (PNG, JPEG, WebP), щонайбільше 20 МБ.',
		'documents.submit': 'Завантажити документ',
		'documents.uploaded': 'Документ збережено.',
		'documents.name': 'Файл',
		'documents.kind': 'Вид',
		'documents.size': 'Розмір',
		'documents.date': 'Завантажено',
		'documents.download': 'Завантажити {name}'
	}
} satisfies AreaMessages<typeof de>;
