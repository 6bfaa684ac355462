/**
 * Text of unknown direction (a German place or service name) inside a translated sentence:
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that it keeps its own order in
 * an Arabic sentence and the sentence keeps its order around it. For markup, use `<bdi>`.
 */
export function isolate(text: string): string {
	return `${String.fromCodePoint(0x2068)}${text}${String.fromCodePoint(0x2069)}`;
}
