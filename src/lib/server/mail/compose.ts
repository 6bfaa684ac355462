import type { Mail } from './transport';

/** What an app mail says; every string already translated into the recipient's language. */
export type MailContent = {
	to: string;
	locale: string;
	subject: string;
	/** Plain paragraphs: user-provided text stays text (escaped in the HTML part). */
	paragraphs: string[];
	/** The one thing the recipient should do, as a link. */
	action?: { label: string; url: string };
	/** Small print below, e.g. why the recipient gets this mail. */
	footer?: string[];
};

const escapeHtml = (value: string) =>
	value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const RTL = new Set(['ar']);

/** A mail with a plain-text and an HTML part saying the same, right-to-left where the language is. */
export function composeMail(content: MailContent): Mail {
	const { to, locale, subject, paragraphs, action, footer = [] } = content;
	const text = [
		...paragraphs.flatMap((paragraph) => [paragraph, '']),
		...(action ? [`${action.label}: ${action.url}`, ''] : []),
		...footer
	]
		.join('\n')
		.trimEnd();
	const dir = RTL.has(locale) ? 'rtl' : 'ltr';
	const html = `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : ''}
${footer.map((line) => `<p><small>${escapeHtml(line)}</small></p>`).join('\n')}
</body>
</html>`;
	return { to, locale, subject, text, html };
}
