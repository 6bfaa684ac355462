import type { AreaMessages } from './area.ts';

const de = {
	'openData.title': 'Offene Daten',
	'openData.intro':
		'Das Verzeichnis steht allen als offene Daten zur Verfügung: zum Weiterverwenden in eigenen Karten, Broschüren, Apps und Beratungsangeboten.',
	'openData.downloads.heading': 'Daten herunterladen',
	'openData.downloads.all': 'Die Downloads enthalten alle veröffentlichten Einträge.',
	'openData.downloads.filtered':
		'Die Downloads enthalten nur die Einträge, die zu Ihrer Auswahl passen.',
	'openData.downloads.link': '{format} herunterladen',
	'openData.format.geojson':
		'Für Karten (zum Beispiel QGIS, Leaflet, uMap): ein Punkt je Standort mit öffentlichem Punkt. Standorte ohne öffentlichen Punkt und reine Online-Angebote stehen im Feld „unlocated“.',
	'openData.format.csv':
		'Für Tabellenkalkulationen: eine Zeile je Organisation und Standort, Spalten durch Semikolon getrennt, UTF-8. Öffnet sich mit Doppelklick in Excel; Listen sind mit „|“ getrennt.',
	'openData.format.hsds':
		'Für Verzeichnisdienste: JSON nach dem Standard Open Referral HSDS 3.0 (Organisationen, Angebote, Standorte, Angebote an Standorten, Sprachen, Kategorien).',
	'openData.licence.heading': 'Lizenz',
	'openData.licence.intro': 'Die Daten stehen unter dieser Lizenz:',
	'openData.licence.terms':
		'Sie dürfen die Daten frei nutzen, verändern und weitergeben, auch kommerziell, wenn Sie die Quelle nennen: „{attribution}“.',
	'openData.licence.inFiles':
		'Jeder Download nennt die Lizenz auch selbst: im Feld „license“ (GeoJSON und JSON) und im HTTP-Header „Link“ (alle Formate).',
	'openData.privacy.heading': 'Was nicht in den Daten steht',
	'openData.privacy.intro':
		'Manche Stellen schützen ihre Adresse, damit Ratsuchende und Mitarbeitende sicher sind. Solche Standorte erscheinen in den Downloads, auf der Karte und im Widget nie genau:',
	'openData.privacy.approximate':
		'ungefähr: der Punkt auf ein Raster von etwa 500 Metern gerundet, Postleitzahl und Stadtteil, keine Straße und kein Name;',
	'openData.privacy.district':
		'nur Stadtteil: der Mittelpunkt des Stadtteils, keine Straße und keine Postleitzahl;',
	'openData.privacy.onRequest':
		'auf Anfrage: kein Ort außer der Stadt; die Adresse erfahren Ratsuchende bei der Terminvereinbarung.',
	'openData.privacy.drafts':
		'Entwürfe, noch nicht geprüfte und archivierte Einträge sind nie enthalten.',
	'openData.filters.heading': 'Auswahl für Downloads und Widget',
	'openData.filters.intro':
		'Wählen Sie, welche Einträge die Downloads und das Widget enthalten. Ohne Auswahl enthalten sie alle.',
	'openData.filters.q': 'Suchbegriff',
	'openData.filters.kind': 'Art der Organisation',
	'openData.filters.ground': 'Diskriminierungsmerkmal',
	'openData.filters.counselling': 'Art der Beratung',
	'openData.filters.language': 'Sprache der Beratung',
	'openData.filters.network': 'Netzwerk',
	'openData.filters.any': 'Alle',
	'openData.filters.free': 'Nur kostenlose Angebote',
	'openData.filters.anonymous': 'Nur Angebote, die anonym möglich sind',
	'openData.filters.wheelchair': 'Nur rollstuhlgerechte Standorte',
	'openData.filters.embedLang': 'Sprache des Widgets',
	'openData.filters.submit': 'Auswahl übernehmen',
	'openData.filters.invalid':
		'Einige Angaben in der Adresse waren ungültig und wurden nicht berücksichtigt.',
	'openData.embed.heading': 'Widget für Ihre Website',
	'openData.embed.intro':
		'Mit diesem Code zeigen Partner auf ihrer eigenen Website eine kompakte Trefferliste des Verzeichnisses, mit der gewählten Auswahl und Sprache. Das Widget lädt keine Inhalte Dritter und funktioniert auch ohne JavaScript.',
	'openData.embed.code': 'HTML-Code zum Einfügen',
	'openData.embed.codeHint': 'Markieren Sie den Code und kopieren Sie ihn in Ihre Seite.',
	'openData.embed.preview': 'Widget in der gewählten Auswahl ansehen',
	'openData.widget.title': 'Beratung und Unterstützung gegen Diskriminierung',
	'openData.widget.frameTitle': 'Bündnisatlas Kassel: Beratung und Unterstützung finden',
	'openData.widget.searchLabel': 'Suchbegriff',
	'openData.widget.search': 'Suchen',
	'openData.widget.results': 'Ergebnisse',
	'openData.widget.count': 'Treffer: {count}',
	'openData.widget.empty': 'Keine Einträge gefunden.',
	'openData.widget.online': 'Online oder telefonisch',
	'openData.widget.approximate': 'ungefähre Lage',
	'openData.widget.districtOnly': 'nur Stadtteil angegeben',
	'openData.widget.onRequest': 'Adresse auf Anfrage',
	'openData.widget.free': 'kostenlos',
	'openData.widget.anonymous': 'anonym möglich',
	'openData.widget.pagination': 'Seiten',
	'openData.widget.previous': 'Vorherige Seite',
	'openData.widget.next': 'Nächste Seite',
	'openData.widget.page': 'Seite {page} von {pages}',
	'openData.widget.poweredBy': 'Bereitgestellt vom Bündnisatlas Kassel',
	'openData.widget.newWindow': '(öffnet in neuem Fenster)',
	'openData.error.invalidParameters':
		'Ungültige Angabe in: {names}. Welche Angaben gelten, steht auf der Seite „Offene Daten“.'
} as const;

export const openDataMessages = {
	de,
	en: {
		'openData.title': 'Open data',
		'openData.intro':
			'The directory is open data for everyone: reuse it in your own maps, brochures, apps and counselling services.',
		'openData.downloads.heading': 'Download the data',
		'openData.downloads.all': 'The downloads contain every published entry.',
		'openData.downloads.filtered':
			'The downloads contain only the entries that match your selection.',
		'openData.downloads.link': 'Download {format}',
		'openData.format.geojson':
			'For maps (for example QGIS, Leaflet, uMap): one point per location with a public point. Locations without a public point and online-only services are listed in the “unlocated” member.',
		'openData.format.csv':
			'For spreadsheets: one row per organisation and location, columns separated by semicolons, UTF-8. Opens in Excel with a double click; lists are separated by “|”.',
		'openData.format.hsds':
			'For directory services: JSON following the Open Referral HSDS 3.0 standard (organisations, services, locations, services at locations, languages, categories).',
		'openData.licence.heading': 'Licence',
		'openData.licence.intro': 'The data is published under this licence:',
		'openData.licence.terms':
			'You may use, change and share the data freely, commercially too, as long as you name the source: “{attribution}”.',
		'openData.licence.inFiles':
			'Every download states the licence itself: in the “license” member (GeoJSON and JSON) and in the HTTP “Link” header (all formats).',
		'openData.privacy.heading': 'What the data leaves out',
		'openData.privacy.intro':
			'Some services protect their address to keep the people they help and their staff safe. Such locations never appear precisely in the downloads, on the map or in the widget:',
		'openData.privacy.approximate':
			'approximate: the point rounded to a grid of about 500 metres, postcode and district, no street and no name;',
		'openData.privacy.district':
			'district only: the centre of the district, no street and no postcode;',
		'openData.privacy.onRequest':
			'on request: no place except the city; people learn the address when they make an appointment.',
		'openData.privacy.drafts':
			'Drafts, entries not yet reviewed and archived entries are never included.',
		'openData.filters.heading': 'Selection for downloads and widget',
		'openData.filters.intro':
			'Choose which entries the downloads and the widget contain. Without a selection they contain all of them.',
		'openData.filters.q': 'Search term',
		'openData.filters.kind': 'Kind of organisation',
		'openData.filters.ground': 'Ground of discrimination',
		'openData.filters.counselling': 'Kind of counselling',
		'openData.filters.language': 'Language of counselling',
		'openData.filters.network': 'Network',
		'openData.filters.any': 'All',
		'openData.filters.free': 'Free services only',
		'openData.filters.anonymous': 'Only services that can be used anonymously',
		'openData.filters.wheelchair': 'Wheelchair-accessible locations only',
		'openData.filters.embedLang': 'Language of the widget',
		'openData.filters.submit': 'Apply selection',
		'openData.filters.invalid': 'Some values in the address were invalid and have been ignored.',
		'openData.embed.heading': 'Widget for your website',
		'openData.embed.intro':
			'With this code, partners show a compact list of results from the directory on their own website, with the chosen selection and language. The widget loads nothing from third parties and works without JavaScript too.',
		'openData.embed.code': 'HTML code to insert',
		'openData.embed.codeHint': 'Select the code and copy it into your page.',
		'openData.embed.preview': 'View the widget with this selection',
		'openData.widget.title': 'Counselling and support against discrimination',
		'openData.widget.frameTitle': 'Bündnisatlas Kassel: find counselling and support',
		'openData.widget.searchLabel': 'Search term',
		'openData.widget.search': 'Search',
		'openData.widget.results': 'Results',
		'openData.widget.count': 'Results: {count}',
		'openData.widget.empty': 'No entries found.',
		'openData.widget.online': 'Online or by phone',
		'openData.widget.approximate': 'approximate location',
		'openData.widget.districtOnly': 'district only',
		'openData.widget.onRequest': 'Address on request',
		'openData.widget.free': 'free of charge',
		'openData.widget.anonymous': 'anonymous possible',
		'openData.widget.pagination': 'Pages',
		'openData.widget.previous': 'Previous page',
		'openData.widget.next': 'Next page',
		'openData.widget.page': 'Page {page} of {pages}',
		'openData.widget.poweredBy': 'Provided by Bündnisatlas Kassel',
		'openData.widget.newWindow': '(opens in a new window)',
		'openData.error.invalidParameters':
			'Invalid value in: {names}. The “Open data” page describes the valid parameters.'
	},
	tr: {
		'openData.title': 'Açık veri',
		'openData.intro':
			'Rehber herkes için açık veri olarak sunulur: kendi haritalarınızda, broşürlerinizde, uygulamalarınızda ve danışmanlık hizmetlerinizde yeniden kullanabilirsiniz.',
		'openData.downloads.heading': 'Verileri indir',
		'openData.downloads.all': 'İndirmeler yayımlanmış tüm kayıtları içerir.',
		'openData.downloads.filtered': 'İndirmeler yalnızca seçiminize uyan kayıtları içerir.',
		'openData.downloads.link': '{format} indir',
		'openData.format.geojson':
			'Haritalar için (örneğin QGIS, Leaflet, uMap): herkese açık noktası olan her konum için bir nokta. Herkese açık noktası olmayan konumlar ve yalnızca çevrimiçi hizmetler “unlocated” alanında yer alır.',
		'openData.format.csv':
			'Tablo programları için: her kuruluş ve konum için bir satır, sütunlar noktalı virgülle ayrılmış, UTF-8. Excel’de çift tıklamayla açılır; listeler “|” ile ayrılır.',
		'openData.format.hsds':
			'Rehber hizmetleri için: Open Referral HSDS 3.0 standardına göre JSON (kuruluşlar, hizmetler, konumlar, konumlardaki hizmetler, diller, kategoriler).',
		'openData.licence.heading': 'Lisans',
		'openData.licence.intro': 'Veriler şu lisansla yayımlanır:',
		'openData.licence.terms':
			'Kaynağı belirttiğiniz sürece verileri ticari amaçla da dahil olmak üzere serbestçe kullanabilir, değiştirebilir ve paylaşabilirsiniz: “{attribution}”.',
		'openData.licence.inFiles':
			'Her indirme lisansı kendisi de belirtir: “license” alanında (GeoJSON ve JSON) ve HTTP “Link” başlığında (tüm biçimler).',
		'openData.privacy.heading': 'Verilerde neler yer almaz',
		'openData.privacy.intro':
			'Bazı kurumlar, danışanlarının ve çalışanlarının güvenliği için adreslerini korur. Bu konumlar indirmelerde, haritada ve widget’ta hiçbir zaman tam olarak gösterilmez:',
		'openData.privacy.approximate':
			'yaklaşık: nokta yaklaşık 500 metrelik bir ızgaraya yuvarlanır, posta kodu ve semt verilir, sokak ve ad verilmez;',
		'openData.privacy.district': 'yalnızca semt: semtin merkezi, sokak ve posta kodu yok;',
		'openData.privacy.onRequest':
			'talep üzerine: şehir dışında hiçbir yer bilgisi yok; adres randevu alınırken öğrenilir.',
		'openData.privacy.drafts':
			'Taslaklar, henüz incelenmemiş ve arşivlenmiş kayıtlar hiçbir zaman dahil edilmez.',
		'openData.filters.heading': 'İndirmeler ve widget için seçim',
		'openData.filters.intro':
			'İndirmelerin ve widget’ın hangi kayıtları içereceğini seçin. Seçim yapılmazsa tüm kayıtları içerirler.',
		'openData.filters.q': 'Arama terimi',
		'openData.filters.kind': 'Kuruluş türü',
		'openData.filters.ground': 'Ayrımcılık nedeni',
		'openData.filters.counselling': 'Danışmanlık türü',
		'openData.filters.language': 'Danışmanlık dili',
		'openData.filters.network': 'Ağ',
		'openData.filters.any': 'Tümü',
		'openData.filters.free': 'Yalnızca ücretsiz hizmetler',
		'openData.filters.anonymous': 'Yalnızca anonim kullanılabilen hizmetler',
		'openData.filters.wheelchair': 'Yalnızca tekerlekli sandalyeye uygun konumlar',
		'openData.filters.embedLang': 'Widget’ın dili',
		'openData.filters.submit': 'Seçimi uygula',
		'openData.filters.invalid': 'Adresteki bazı bilgiler geçersizdi ve dikkate alınmadı.',
		'openData.embed.heading': 'Web siteniz için widget',
		'openData.embed.intro':
			'Bu kodla ortaklar kendi web sitelerinde rehberden seçilen filtre ve dilde kısa bir sonuç listesi gösterebilir. Widget üçüncü taraflardan içerik yüklemez ve JavaScript olmadan da çalışır.',
		'openData.embed.code': 'Eklenecek HTML kodu',
		'openData.embed.codeHint': 'Kodu seçin ve sayfanıza kopyalayın.',
		'openData.embed.preview': 'Widget’ı bu seçimle görüntüle',
		'openData.widget.title': 'Ayrımcılığa karşı danışmanlık ve destek',
		'openData.widget.frameTitle': 'Bündnisatlas Kassel: danışmanlık ve destek bulun',
		'openData.widget.searchLabel': 'Arama terimi',
		'openData.widget.search': 'Ara',
		'openData.widget.results': 'Sonuçlar',
		'openData.widget.count': 'Sonuç: {count}',
		'openData.widget.empty': 'Kayıt bulunamadı.',
		'openData.widget.online': 'Çevrimiçi veya telefonla',
		'openData.widget.approximate': 'yaklaşık konum',
		'openData.widget.districtOnly': 'yalnızca semt belirtilmiş',
		'openData.widget.onRequest': 'Adres talep üzerine',
		'openData.widget.free': 'ücretsiz',
		'openData.widget.anonymous': 'anonim mümkün',
		'openData.widget.pagination': 'Sayfalar',
		'openData.widget.previous': 'Önceki sayfa',
		'openData.widget.next': 'Sonraki sayfa',
		'openData.widget.page': 'Sayfa {page} / {pages}',
		'openData.widget.poweredBy': 'Bündnisatlas Kassel tarafından sunulmaktadır',
		'openData.widget.newWindow': '(yeni pencerede açılır)',
		'openData.error.invalidParameters':
			'Geçersiz değer: {names}. Geçerli parametreler “Açık veri” sayfasında açıklanmıştır.'
	},
	ar: {
		'openData.title': 'البيانات المفتوحة',
		'openData.intro':
			'الدليل متاح للجميع كبيانات مفتوحة: يمكنكم إعادة استخدامه في خرائطكم وكتيباتكم وتطبيقاتكم وخدمات الاستشارة الخاصة بكم.',
		'openData.downloads.heading': 'تنزيل البيانات',
		'openData.downloads.all': 'تحتوي التنزيلات على جميع الإدخالات المنشورة.',
		'openData.downloads.filtered': 'تحتوي التنزيلات فقط على الإدخالات المطابقة لاختياركم.',
		'openData.downloads.link': 'تنزيل {format}',
		'openData.format.geojson':
			'للخرائط (مثل QGIS وLeaflet وuMap): نقطة واحدة لكل موقع له نقطة عامة. المواقع التي ليس لها نقطة عامة والخدمات المتاحة عبر الإنترنت فقط مدرجة في الحقل “unlocated”.',
		'openData.format.csv':
			'لبرامج الجداول: صف واحد لكل منظمة وموقع، الأعمدة مفصولة بفاصلة منقوطة، بترميز UTF-8. يُفتح في Excel بنقرة مزدوجة؛ القوائم مفصولة بالرمز “|”.',
		'openData.format.hsds':
			'لخدمات الأدلة: JSON وفق معيار Open Referral HSDS 3.0 (المنظمات، الخدمات، المواقع، الخدمات في المواقع، اللغات، الفئات).',
		'openData.licence.heading': 'الترخيص',
		'openData.licence.intro': 'البيانات منشورة بموجب هذا الترخيص:',
		'openData.licence.terms':
			'يمكنكم استخدام البيانات وتعديلها ومشاركتها بحرية، بما في ذلك لأغراض تجارية، بشرط ذكر المصدر: “{attribution}”.',
		'openData.licence.inFiles':
			'كل تنزيل يذكر الترخيص بنفسه أيضًا: في الحقل “license” (GeoJSON وJSON) وفي ترويسة HTTP “Link” (جميع الصيغ).',
		'openData.privacy.heading': 'ما لا تتضمنه البيانات',
		'openData.privacy.intro':
			'بعض الجهات تحمي عنوانها حفاظًا على سلامة من يطلبون المساعدة والعاملين فيها. لا تظهر هذه المواقع بدقة أبدًا في التنزيلات أو على الخريطة أو في الأداة المدمجة:',
		'openData.privacy.approximate':
			'تقريبي: النقطة مقرّبة إلى شبكة من نحو 500 متر، مع الرمز البريدي والحي، بلا شارع ولا اسم؛',
		'openData.privacy.district': 'الحي فقط: مركز الحي، بلا شارع ولا رمز بريدي؛',
		'openData.privacy.onRequest': 'عند الطلب: لا مكان سوى المدينة؛ يُعرف العنوان عند حجز موعد.',
		'openData.privacy.drafts':
			'لا تُدرج أبدًا المسودات والإدخالات التي لم تُراجع بعد والإدخالات المؤرشفة.',
		'openData.filters.heading': 'الاختيار للتنزيلات والأداة المدمجة',
		'openData.filters.intro':
			'اختاروا الإدخالات التي تتضمنها التنزيلات والأداة المدمجة. بدون اختيار تتضمن جميع الإدخالات.',
		'openData.filters.q': 'كلمة البحث',
		'openData.filters.kind': 'نوع المنظمة',
		'openData.filters.ground': 'سبب التمييز',
		'openData.filters.counselling': 'نوع الاستشارة',
		'openData.filters.language': 'لغة الاستشارة',
		'openData.filters.network': 'الشبكة',
		'openData.filters.any': 'الكل',
		'openData.filters.free': 'الخدمات المجانية فقط',
		'openData.filters.anonymous': 'فقط الخدمات الممكنة دون الكشف عن الهوية',
		'openData.filters.wheelchair': 'المواقع المناسبة للكراسي المتحركة فقط',
		'openData.filters.embedLang': 'لغة الأداة المدمجة',
		'openData.filters.submit': 'تطبيق الاختيار',
		'openData.filters.invalid': 'بعض القيم في العنوان كانت غير صالحة وتم تجاهلها.',
		'openData.embed.heading': 'أداة مدمجة لموقعكم الإلكتروني',
		'openData.embed.intro':
			'بهذا الرمز يعرض الشركاء على مواقعهم قائمة نتائج مختصرة من الدليل، بالاختيار واللغة المحددين. لا تحمّل الأداة أي محتوى من أطراف ثالثة وتعمل أيضًا بدون JavaScript.',
		'openData.embed.code': 'رمز HTML للإدراج',
		'openData.embed.codeHint': 'حدّدوا الرمز وانسخوه إلى صفحتكم.',
		'openData.embed.preview': 'عرض الأداة المدمجة بهذا الاختيار',
		'openData.widget.title': 'استشارة ودعم ضد التمييز',
		'openData.widget.frameTitle': 'Bündnisatlas Kassel: ابحث عن الاستشارة والدعم',
		'openData.widget.searchLabel': 'كلمة البحث',
		'openData.widget.search': 'بحث',
		'openData.widget.results': 'النتائج',
		'openData.widget.count': 'عدد النتائج: {count}',
		'openData.widget.empty': 'لم يتم العثور على إدخالات.',
		'openData.widget.online': 'عبر الإنترنت أو الهاتف',
		'openData.widget.approximate': 'موقع تقريبي',
		'openData.widget.districtOnly': 'الحي فقط',
		'openData.widget.onRequest': 'العنوان عند الطلب',
		'openData.widget.free': 'مجاني',
		'openData.widget.anonymous': 'ممكن دون الكشف عن الهوية',
		'openData.widget.pagination': 'الصفحات',
		'openData.widget.previous': 'الصفحة السابقة',
		'openData.widget.next': 'الصفحة التالية',
		'openData.widget.page': 'الصفحة {page} من {pages}',
		'openData.widget.poweredBy': 'مقدَّم من Bündnisatlas Kassel',
		'openData.widget.newWindow': '(يفتح في نافذة جديدة)',
		'openData.error.invalidParameters':
			'قيمة غير صالحة في: {names}. توضح صفحة “البيانات المفتوحة” المعايير الصالحة.'
	},
	uk: {
		'openData.title': 'Відкриті дані',
		'openData.intro':
			'Довідник доступний усім як відкриті дані: використовуйте його у власних картах, брошурах, застосунках і консультаційних послугах.',
		'openData.downloads.heading': 'Завантажити дані',
		'openData.downloads.all': 'Завантаження містять усі опубліковані записи.',
		'openData.downloads.filtered':
			'Завантаження містять лише записи, що відповідають вашому вибору.',
		'openData.downloads.link': 'Завантажити {format}',
		'openData.format.geojson':
			'Для карт (наприклад, QGIS, Leaflet, uMap): одна точка на кожне місце з публічною точкою. Місця без публічної точки та послуги лише онлайн наведено в полі “unlocated”.',
		'openData.format.csv':
			'Для електронних таблиць: один рядок на організацію та місце, стовпці розділені крапкою з комою, UTF-8. Відкривається в Excel подвійним клацанням; списки розділені знаком “|”.',
		'openData.format.hsds':
			'Для довідкових сервісів: JSON за стандартом Open Referral HSDS 3.0 (організації, послуги, місця, послуги в місцях, мови, категорії).',
		'openData.licence.heading': 'Ліцензія',
		'openData.licence.intro': 'Дані опубліковано за цією ліцензією:',
		'openData.licence.terms':
			'Ви можете вільно використовувати, змінювати й поширювати дані, зокрема з комерційною метою, якщо зазначаєте джерело: “{attribution}”.',
		'openData.licence.inFiles':
			'Кожне завантаження саме зазначає ліцензію: у полі “license” (GeoJSON і JSON) та в HTTP-заголовку “Link” (усі формати).',
		'openData.privacy.heading': 'Чого немає в даних',
		'openData.privacy.intro':
			'Деякі установи захищають свою адресу, щоб люди, які звертаються по допомогу, і працівники були в безпеці. Такі місця ніколи не показуються точно ні в завантаженнях, ні на карті, ні у віджеті:',
		'openData.privacy.approximate':
			'приблизно: точку округлено до сітки приблизно 500 метрів, поштовий індекс і район, без вулиці й назви;',
		'openData.privacy.district': 'лише район: центр району, без вулиці й поштового індексу;',
		'openData.privacy.onRequest':
			'за запитом: жодного місця, крім міста; адресу повідомляють під час запису на консультацію.',
		'openData.privacy.drafts':
			'Чернетки, ще не перевірені та архівовані записи ніколи не включаються.',
		'openData.filters.heading': 'Вибір для завантажень і віджета',
		'openData.filters.intro':
			'Виберіть, які записи міститимуть завантаження та віджет. Без вибору вони містять усі записи.',
		'openData.filters.q': 'Пошуковий запит',
		'openData.filters.kind': 'Тип організації',
		'openData.filters.ground': 'Ознака дискримінації',
		'openData.filters.counselling': 'Тип консультації',
		'openData.filters.language': 'Мова консультації',
		'openData.filters.network': 'Мережа',
		'openData.filters.any': 'Усі',
		'openData.filters.free': 'Лише безкоштовні послуги',
		'openData.filters.anonymous': 'Лише послуги, доступні анонімно',
		'openData.filters.wheelchair': 'Лише місця, доступні для візків',
		'openData.filters.embedLang': 'Мова віджета',
		'openData.filters.submit': 'Застосувати вибір',
		'openData.filters.invalid': 'Деякі значення в адресі були недійсними й не враховані.',
		'openData.embed.heading': 'Віджет для вашого сайту',
		'openData.embed.intro':
			'За допомогою цього коду партнери показують на своєму сайті компактний список результатів довідника з вибраними фільтрами та мовою. Віджет не завантажує нічого від третіх сторін і працює також без JavaScript.',
		'openData.embed.code': 'HTML-код для вставлення',
		'openData.embed.codeHint': 'Виділіть код і скопіюйте його на свою сторінку.',
		'openData.embed.preview': 'Переглянути віджет із цим вибором',
		'openData.widget.title': 'Консультації та підтримка проти дискримінації',
		'openData.widget.frameTitle': 'Bündnisatlas Kassel: знайти консультацію та підтримку',
		'openData.widget.searchLabel': 'Пошуковий запит',
		'openData.widget.search': 'Шукати',
		'openData.widget.results': 'Результати',
		'openData.widget.count': 'Результатів: {count}',
		'openData.widget.empty': 'Записів не знайдено.',
		'openData.widget.online': 'Онлайн або телефоном',
		'openData.widget.approximate': 'приблизне розташування',
		'openData.widget.districtOnly': 'вказано лише район',
		'openData.widget.onRequest': 'Адреса за запитом',
		'openData.widget.free': 'безкоштовно',
		'openData.widget.anonymous': 'можливо анонімно',
		'openData.widget.pagination': 'Сторінки',
		'openData.widget.previous': 'Попередня сторінка',
		'openData.widget.next': 'Наступна сторінка',
		'openData.widget.page': 'Сторінка {page} з {pages}',
		'openData.widget.poweredBy': 'Надано Bündnisatlas Kassel',
		'openData.widget.newWindow': '(відкривається в новому вікні)',
		'openData.error.invalidParameters':
			'Недійсне значення в: {names}. Дійсні параметри описано на сторінці «Відкриті дані».'
	}
} satisfies AreaMessages<typeof de>;
