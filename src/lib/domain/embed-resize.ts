/**
 * The embed widget tells the partner's page how tall it is, so that the partner's iframe grows
 * with the list instead of cutting it off at a fixed height. The message holds the height alone;
 * the partner's script (`/embed/resize.js`) accepts it only from the widget's own origin and
 * only for the iframe that sent it.
 */
export const RESIZE_MESSAGE = 'buendnisatlas:height';

export type ResizeMessage = { type: typeof RESIZE_MESSAGE; height: number };

/** Never smaller than a search form, never absurdly tall: a bad number cannot break the page. */
export const MIN_HEIGHT = 320;
export const MAX_HEIGHT = 20_000;

/** The height to set for a message, or null when it is not the widget's. */
export function resizeHeight(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as Record<string, unknown>;
	if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height))
		return null;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/**
 * The partner's script, for the widget served from `origin`: plain ES5 with no dependency, so it
 * runs on any page. It repeats resizeHeight's checks (a test holds the two together).
 */
export function resizeScript(origin: string): string {
	return `/* Bündnisatlas widget: grows the widget's iframe with its content. */
(function () {
	var origin = ${JSON.stringify(origin)};
	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || data.type !== ${JSON.stringify(RESIZE_MESSAGE)}) return;
		if (typeof data.height !== 'number' || !isFinite(data.height)) return;
		var height = Math.min(${MAX_HEIGHT}, Math.max(${MIN_HEIGHT}, Math.ceil(data.height)));
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
		}
	});
})();
`;
}
