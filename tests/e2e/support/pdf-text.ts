import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium prints it, without a PDF library: Chromium (Skia) writes each
 * font as a Type 0 font whose glyph codes map to Unicode through a ToUnicode CMap, and its page
 * content as compressed streams showing hex glyph codes with Tj/TJ. This reads just that: enough
 * to check that printed figures are in the file, not a general PDF reader. Positions are
 * ignored; strings come out in the order they are drawn.
 */
type PdfObject = { dict: string; stream: Buffer | null };

function objects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const found = new Map<number, PdfObject>();
	for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
		const body = match[2]!;
		const start = body.indexOf('stream');
		if (start === -1) {
			found.set(Number(match[1]), { dict: body, stream: null });
			continue;
		}
		const dict = body.slice(0, start);
		let from = start + 'stream'.length;
		if (body[from] === '\r') from++;
		if (body[from] === '\n') from++;
		const to = body.lastIndexOf('endstream');
		const raw = Buffer.from(body.slice(from, to).replace(/\r?\n$/, ''), 'latin1');
		let stream: Buffer | null = raw;
		if (dict.includes('/FlateDecode')) {
			try {
				stream = inflateSync(raw);
			} catch {
				stream = null;
			}
		}
		found.set(Number(match[1]), { dict, stream });
	}
	return found;
}

type CMap = { bytes: number; codes: Map<number, string> };

const utf16 = (hex: string) => {
	const units: number[] = [];
	for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
	return String.fromCharCode(...units);
};

function parseCMap(source: string): CMap {
	const codes = new Map<number, string>();
	const range = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(source);
	const bytes = range ? range[1]!.length / 2 : 2;
	for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
			codes.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
		}
	}
	for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const entry of block[1]!.matchAll(
			/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g
		)) {
			const low = parseInt(entry[1]!, 16);
			const high = parseInt(entry[2]!, 16);
			const target = entry[3]!;
			if (target.startsWith('[')) {
				const list = [...target.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => utf16(m[1]!));
				list.forEach((value, i) => codes.set(low + i, value));
			} else {
				const first = utf16(target.slice(1, -1));
				for (let code = low; code <= high; code++) {
					const last = first.charCodeAt(first.length - 1) + (code - low);
					codes.set(code, first.slice(0, -1) + String.fromCharCode(last));
				}
			}
		}
	}
	return { bytes, codes };
}

function decodeHex(hex: string, cmap: CMap | undefined): string {
	if (!cmap) return '';
	const width = cmap.bytes * 2;
	let out = '';
	for (let i = 0; i + width <= hex.length; i += width) {
		out += cmap.codes.get(parseInt(hex.slice(i, i + width), 16)) ?? '';
	}
	return out;
}

export function pdfText(pdf: Buffer): string {
	const all = objects(pdf);
	// Font object → its ToUnicode map; resource name (/F4) → font object.
	const fontMaps = new Map<number, CMap>();
	const names = new Map<string, number>();
	for (const [number, object] of all) {
		const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
		const stream = toUnicode ? all.get(Number(toUnicode[1]))?.stream : null;
		if (stream) fontMaps.set(number, parseCMap(stream.toString('latin1')));
		const fonts = /\/Font\s*<<([^>]*)>>/.exec(object.dict);
		if (fonts) {
			for (const entry of fonts[1]!.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
				names.set(entry[1]!, Number(entry[2]));
			}
		}
	}
	let text = '';
	for (const object of all.values()) {
		const content = object.stream?.toString('latin1');
		if (!content || !/\bT[fjJ]\b/.test(content)) continue;
		let cmap: CMap | undefined;
		for (const token of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bE?T\b/g)) {
			if (token[1] !== undefined) cmap = fontMaps.get(names.get(token[1]) ?? -1);
			else if (token[2] !== undefined) text += decodeHex(token[2], cmap);
			else text += ' ';
		}
	}
	return text;
}
