import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	MIN_HEIGHT,
	RESIZE_MESSAGE,
	resizeHeight,
	resizeScript
} from './embed-resize.ts';

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** Runs the partner's script on a stand-in page with two iframes; returns how to post to it. */
function partnerPage(origin: string) {
	let listener: Listener | undefined;
	const frames = [
		{ contentWindow: { name: 'widget' }, style: { height: '' } },
		{ contentWindow: { name: 'other' }, style: { height: '' } }
	];
	runInNewContext(resizeScript(origin), {
		window: { addEventListener: (_type: string, handler: Listener) => (listener = handler) },
		document: { getElementsByTagName: () => frames },
		Math,
		isFinite
	});
	return {
		frames,
		post: (from: string, source: unknown, data: unknown) =>
			listener!({ origin: from, source, data })
	};
}

describe('resizeHeight', () => {
	it('reads the widget’s message, and bounds the height', () => {
		expect(resizeHeight({ type: RESIZE_MESSAGE, height: 1340.2 })).toBe(1341);
		expect(resizeHeight({ type: RESIZE_MESSAGE, height: 10 })).toBe(MIN_HEIGHT);
		expect(resizeHeight({ type: RESIZE_MESSAGE, height: 1e9 })).toBe(MAX_HEIGHT);
	});

	it('ignores anything else', () => {
		for (const data of [null, 'x', { type: 'other', height: 500 }, { type: RESIZE_MESSAGE }]) {
			expect(resizeHeight(data)).toBeNull();
		}
		expect(resizeHeight({ type: RESIZE_MESSAGE, height: Number.NaN })).toBeNull();
	});
});

describe('the partner’s resize script', () => {
	const origin = 'https://buendnisatlas.example.org';

	it('sets the height of the iframe that sent it, as resizeHeight reads it', () => {
		const page = partnerPage(origin);
		for (const data of [
			{ type: RESIZE_MESSAGE, height: 1340.2 },
			{ type: RESIZE_MESSAGE, height: 10 },
			{ type: RESIZE_MESSAGE, height: 1e9 }
		]) {
			page.post(origin, page.frames[0]!.contentWindow, data);
			expect(page.frames[0]!.style.height).toBe(`${resizeHeight(data)}px`);
		}
		expect(page.frames[1]!.style.height).toBe('');
	});

	it('ignores messages from another origin and messages that are not the widget’s', () => {
		const page = partnerPage(origin);
		page.post('https://evil.example', page.frames[0]!.contentWindow, {
			type: RESIZE_MESSAGE,
			height: 900
		});
		page.post(origin, page.frames[0]!.contentWindow, { type: 'other', height: 900 });
		page.post(origin, page.frames[0]!.contentWindow, { type: RESIZE_MESSAGE, height: 'x' });
		expect(page.frames.map((frame) => frame.style.height)).toEqual(['', '']);
	});
});
