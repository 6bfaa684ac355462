const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The HTML a partner pastes into their page to show the widget: the iframe (its title names it
 * in the partner's chosen language) and the small script that grows it with its content. Without
 * the script the iframe keeps its starting height and scrolls inside.
 */
export function embedSnippet(src: string, title: string, resizeScriptUrl: string): string {
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="640" style="border: 0" loading="lazy"></iframe>
<script src="${escapeAttribute(resizeScriptUrl)}" async></script>`;
}
