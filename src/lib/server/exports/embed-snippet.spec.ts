import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet.ts';

describe('embedSnippet', () => {
	it('escapes the URLs and title so that the snippet stays two well-formed elements', () => {
		expect(
			embedSnippet(
				'https://a.example/embed?kind=initiative&lang=de',
				'Say "hi" <b>',
				'https://a.example/embed/resize.js'
			)
		).toBe(
			'<iframe src="https://a.example/embed?kind=initiative&amp;lang=de" title="Say &quot;hi&quot; &lt;b>" width="100%" height="640" style="border: 0" loading="lazy"></iframe>\n' +
				'<script src="https://a.example/embed/resize.js" async></script>'
		);
	});
});
