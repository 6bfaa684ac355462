import { describe, expect, it } from 'vitest';
import { circularLayout, type GraphEdge, type GraphNode } from './partnership-graph';

const nodes: GraphNode[] = [
	{ id: 'c', label: 'Cafe', isNetwork: false },
	{ id: 'n', label: 'Netz', isNetwork: true },
	{ id: 'a', label: 'Ämter', isNetwork: false },
	{ id: 'b', label: 'Beirat', isNetwork: false },
	{ id: 'd', label: 'Dialog', isNetwork: false }
];
const edges: GraphEdge[] = [
	{ from: 'n', to: 'a', kind: 'membership' },
	{ from: 'b', to: 'c', kind: 'partnership' },
	{ from: 'b', to: 'gone', kind: 'partnership' }
];

describe('circularLayout', () => {
	const layout = circularLayout(nodes, edges, { width: 800, height: 600 });
	const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

	it('puts a lone network in the middle and the others on a ring in German alphabetical order', () => {
		expect(node('n')).toMatchObject({ x: 400, y: 300 });
		// Ämter sorts as A: first, at the top; then clockwise.
		expect(layout.nodes.filter((n) => !n.isNetwork).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(node('a').x).toBe(400);
		expect(node('a').y).toBeLessThan(300);
		expect(node('b').x).toBeGreaterThan(400);
		expect(node('d').x).toBeLessThan(400);
	});

	it('keeps every ring node the same distance from the centre and inside the picture', () => {
		const distances = layout.nodes
			.filter((n) => !n.isNetwork)
			.map((n) => Math.round(Math.hypot(n.x - 400, n.y - 300)));
		expect(new Set(distances).size).toBe(1);
		for (const n of layout.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.x).toBeLessThanOrEqual(800);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeLessThanOrEqual(600);
		}
	});

	it('anchors labels away from the circle: right side start, left side end, top middle', () => {
		expect(node('a').anchor).toBe('middle');
		expect(node('b').anchor).toBe('start');
		expect(node('d').anchor).toBe('end');
	});

	it('draws edges between placed nodes and drops edges to unknown nodes', () => {
		expect(layout.edges).toEqual([
			{
				from: 'n',
				to: 'a',
				kind: 'membership',
				x1: 400,
				y1: 300,
				x2: node('a').x,
				y2: node('a').y
			},
			{
				from: 'b',
				to: 'c',
				kind: 'partnership',
				x1: node('b').x,
				y1: node('b').y,
				x2: node('c').x,
				y2: node('c').y
			}
		]);
	});

	it('is deterministic whatever order the data comes in', () => {
		const shuffled = circularLayout([...nodes].reverse(), edges, { width: 800, height: 600 });
		expect(shuffled).toEqual(layout);
	});
});
