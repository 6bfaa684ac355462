import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.ts';

describe('embedSnippet', () => {
	it('escapes the URL and title so that the snippet stays one well-formed element', () => {
		expect(embedSnippet('https://a.example/embed?kind=initiative&lang=de', 'Say "hi" <b>')).toBe(
			'<iframe src="https://a.example/embed?kind=initiative&amp;lang=de" title="Say &quot;hi&quot; &lt;b>" width="100%" height="640" style="border: 0" loading="lazy"></iframe>'
		);
	});
});
