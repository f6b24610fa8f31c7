/**
 * Positions after an edit, without laying the graph out again: every node keeps the position it
 * had, and a new node goes beside its neighbours (the mean of their positions) with a small offset
 * seeded by its id, so the same edit gives the same picture. A new node whose neighbours are new
 * too waits for them; one with no placed neighbour goes near the middle of the graph.
 */
import type { DomainGraph, NodePositions, Point, StanceGraph } from '../../core';
import { mulberry32 } from '../../core';

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A 32-bit hash of a text (FNV-1a), to seed each node's offset. */
function hash(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** An offset of length between half and all of `radius`, in a direction from the node's id. */
function offset(node: string, seed: number, radius: number): Point {
  const random = mulberry32(hash(node, seed));
  const angle = random() * 2 * Math.PI;
  const length = radius * (0.5 + 0.5 * random());
  return { x: Math.cos(angle) * length, y: Math.sin(angle) * length };
}

/** How far apart the graph's nodes are: a small share of its extent. */
function spreadOf(points: Iterable<Point>): { centre: Point; small: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return { centre: { x: 0, y: 0 }, small: 1 };
  const extent = Math.max(maxX - minX, maxY - minY);
  return { centre: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, small: Math.max(extent * 0.02, 0.5) };
}

export function placeNodes(graph: DomainGraph, previous: StanceGraph, seed: number): NodePositions {
  const positions: NodePositions = new Map();
  const fresh: string[] = [];
  graph.forEachNode((node) => {
    if (previous.hasNode(node)) {
      const { x, y } = previous.getNodeAttributes(node);
      positions.set(node, { x, y });
    } else fresh.push(node);
  });
  if (fresh.length === 0) return positions;
  const { centre, small } = spreadOf(positions.values());
  let waiting = fresh.sort();
  // Passes until no waiting node has a placed neighbour: a chain of new nodes grows outwards.
  while (waiting.length > 0) {
    const placed: [string, Point][] = [];
    for (const node of waiting) {
      const around = graph.neighbors(node).flatMap((n) => (positions.has(n) ? [positions.get(n)!] : []));
      if (around.length === 0) continue;
      const mean = {
        x: around.reduce((s, p) => s + p.x, 0) / around.length,
        y: around.reduce((s, p) => s + p.y, 0) / around.length,
      };
      const d = offset(node, seed, small);
      placed.push([node, { x: round(mean.x + d.x), y: round(mean.y + d.y) }]);
    }
    if (placed.length === 0) break;
    for (const [node, point] of placed) positions.set(node, point);
    const done = new Set(placed.map(([node]) => node));
    waiting = waiting.filter((node) => !done.has(node));
  }
  for (const node of waiting) {
    const d = offset(node, seed, small * 5);
    positions.set(node, { x: round(centre.x + d.x), y: round(centre.y + d.y) });
  }
  return positions;
}
