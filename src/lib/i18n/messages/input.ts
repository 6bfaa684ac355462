import type { AreaMessages } from './area.ts';

/** What any form or search says about input it cannot read. */
const de = {
	'input.invalidCharacters':
		'Hier stehen Zeichen, die wir nicht verarbeiten können (zum Beispiel Steuerzeichen). Bitte geben Sie den Text erneut ein.',
	'input.formUnreadable':
		'Das Formular kam nicht lesbar bei uns an. Bitte laden Sie die Seite neu und senden Sie es noch einmal.'
} as const;

export const inputMessages = {
	de,
	en: {
		'input.invalidCharacters':
			'This contains characters we cannot process (such as control characters). Please enter the text again.',
		'input.formUnreadable':
			'The form did not reach us in a readable form. Please reload the page and send it again.'
	},
	tr: {
		'input.invalidCharacters':
			'Burada işleyemediğimiz karakterler var (örneğin kontrol karakterleri). Lütfen metni yeniden girin.',
		'input.formUnreadable':
			'Form bize okunabilir şekilde ulaşmadı. Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin.'
	},
	ar: {
		'input.invalidCharacters':
			'يحتوي هذا الحقل على رموز لا يمكننا معالجتها (مثل رموز التحكم). يرجى إدخال النص من جديد.',
		'input.formUnreadable':
			'لم يصلنا النموذج بشكل مقروء. يرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى.'
	},
	uk: {
		'input.invalidCharacters':
			'Тут є символи, які ми не можемо обробити (наприклад, керівні символи). Будь ласка, введіть текст ще раз.',
		'input.formUnreadable':
			'Форма надійшла до нас у нечитабельному вигляді. Будь ласка, перезавантажте сторінку й надішліть її ще раз.'
	}
} satisfies AreaMessages<typeof de>;
