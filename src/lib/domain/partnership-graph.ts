/**
 * The partnership graph drawn on the server as SVG: organisations on circles, lines for
 * partnerships and network memberships. Deterministic (same data, same picture), no library:
 * networks sit on an inner ring so their members' lines fan out from the middle, everyone
 * else on the outer ring in alphabetical order.
 */

export type GraphNode = { id: string; label: string; isNetwork: boolean };
export type GraphEdge = { from: string; to: string; kind: 'membership' | 'partnership' };

export type PlacedNode = GraphNode & {
	x: number;
	y: number;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
};
export type PlacedEdge = GraphEdge & { x1: number; y1: number; x2: number; y2: number };
export type GraphLayout = {
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
};

const round = (value: number) => Math.round(value * 10) / 10;

function ring(
	nodes: GraphNode[],
	center: { x: number; y: number },
	radius: number,
	labelGap: number
): PlacedNode[] {
	return nodes.map((node, index) => {
		// Start at the top, clockwise; one node alone sits in the middle.
		const angle = -Math.PI / 2 + (2 * Math.PI * index) / nodes.length;
		const r = nodes.length === 1 ? 0 : radius;
		const cos = Math.cos(angle);
		const sin = Math.sin(angle);
		const anchor = r === 0 || Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
		return {
			...node,
			x: round(center.x + r * cos),
			y: round(center.y + r * sin),
			labelX: round(center.x + (r + labelGap) * cos),
			// Labels above the top half's nodes and below the bottom half's, clear of the dot.
			labelY: round(center.y + (r + labelGap) * sin + (r === 0 ? labelGap + 4 : sin < 0 ? 0 : 4)),
			anchor
		};
	});
}

export function circularLayout(
	nodes: GraphNode[],
	edges: GraphEdge[],
	size = { width: 1120, height: 760 }
): GraphLayout {
	const byLabel = (a: GraphNode, b: GraphNode) =>
		a.label.localeCompare(b.label, 'de') || a.id.localeCompare(b.id);
	const center = { x: size.width / 2, y: size.height / 2 };
	const outerRadius = Math.min(size.width, size.height) / 2 - 110;
	const placed = [
		...ring(nodes.filter((n) => n.isNetwork).sort(byLabel), center, outerRadius * 0.3, 14),
		...ring(nodes.filter((n) => !n.isNetwork).sort(byLabel), center, outerRadius, 10)
	];
	const at = new Map(placed.map((node) => [node.id, node]));
	const placedEdges = edges.flatMap((edge) => {
		const from = at.get(edge.from);
		const to = at.get(edge.to);
		return from && to ? [{ ...edge, x1: from.x, y1: from.y, x2: to.x, y2: to.y }] : [];
	});
	return { ...size, nodes: placed, edges: placedEdges };
}
