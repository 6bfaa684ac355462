import { describe, expect, it } from 'vitest';
import { composeMail } from './compose';

describe('composeMail', () => {
	const mail = composeMail({
		to: 'verein@example.org',
		locale: 'ar',
		subject: 'مراجعة',
		paragraphs: ['Grund: <script>alert(1)</script> & mehr'],
		action: { label: 'Öffnen', url: 'https://example.org/portal?a=1&b=2' },
		footer: ['Fußnote']
	});

	it('keeps user text as text in the HTML part', () => {
		expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; mehr');
		expect(mail.html).not.toContain('<script>');
	});

	it('says the same in the plain-text part, link included', () => {
		expect(mail.text).toBe(
			'Grund: <script>alert(1)</script> & mehr\n\nÖffnen: https://example.org/portal?a=1&b=2\n\nFußnote'
		);
	});

	it('sets language and direction for right-to-left recipients', () => {
		expect(mail.html).toContain('<html lang="ar" dir="rtl">');
		expect(composeMail({ ...mailInput('de') }).html).toContain('dir="ltr"');
	});
});

const mailInput = (locale: string) => ({ to: 'a@b.de', locale, subject: 's', paragraphs: ['p'] });
