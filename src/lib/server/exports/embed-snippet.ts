const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The HTML a partner pastes into their page to show the widget; the title names the frame. */
export function embedSnippet(src: string, title: string): string {
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="640" style="border: 0" loading="lazy"></iframe>`;
}
