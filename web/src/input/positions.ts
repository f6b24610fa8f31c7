/**
 * Position repair for opened files. Sigma needs a finite x and y on every node; files may have none
 * (GEXF without viz), or NaN/Infinity (Gephi writes them for nodes a layout blew up). The repair:
 *  - no node has a valid position: every node starts at a seeded random point in a disc, and the
 *    caller runs ForceAtlas2 on them (`layout: 'all'`);
 *  - some nodes lack one: each goes to the centre of its placed neighbours (plus a little seeded
 *    jitter, so that two such nodes do not coincide), or, with no placed neighbour, to a ring just
 *    outside the drawing (`layout: 'some'`).
 * Pure: the same graph gives the same positions.
 */
import type Graph from 'graphology';
import { mulberry32 } from 'stancegraph';
import { viewerSettings } from '../settings';

export interface PositionRepair {
  layout: 'none' | 'some' | 'all';
  /** Nodes given a position. */
  repaired: number;
}

function isValid(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function hasValidPosition(attributes: Record<string, unknown>): boolean {
  return isValid(attributes.x) && isValid(attributes.y);
}

export function repairPositions(graph: Graph, seed = 1): PositionRepair {
  const { repairDiscRadius, repairRingRadius, repairJitter } = viewerSettings;
  const missing: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (!hasValidPosition(attributes)) missing.push(node);
  });
  if (missing.length === 0) return { layout: 'none', repaired: 0 };
  const rng = mulberry32(seed);
  if (missing.length === graph.order) {
    const radius = repairDiscRadius * Math.sqrt(Math.max(1, graph.order));
    for (const node of missing) {
      // Uniform in a disc: the square root keeps the centre from crowding.
      const r = radius * Math.sqrt(rng());
      const a = 2 * Math.PI * rng();
      graph.mergeNodeAttributes(node, { x: r * Math.cos(a), y: r * Math.sin(a) });
    }
    return { layout: 'all', repaired: missing.length };
  }
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity; // prettier-ignore
  graph.forEachNode((_node, a) => {
    if (!hasValidPosition(a)) return;
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const ringRadius = extent * repairRingRadius;
  const unplaced = new Set(missing);
  missing.forEach((node, i) => {
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbour, a) => {
      if (unplaced.has(neighbour)) return;
      sx += a.x as number;
      sy += a.y as number;
      n += 1;
    });
    const jitter = extent * repairJitter;
    const position =
      n > 0
        ? { x: sx / n + (rng() - 0.5) * jitter, y: sy / n + (rng() - 0.5) * jitter }
        : {
            x: cx + ringRadius * Math.cos((2 * Math.PI * i) / missing.length),
            y: cy + ringRadius * Math.sin((2 * Math.PI * i) / missing.length),
          };
    graph.mergeNodeAttributes(node, position);
    unplaced.delete(node);
  });
  return { layout: 'some', repaired: missing.length };
}
