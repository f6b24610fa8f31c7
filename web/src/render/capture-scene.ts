/** Reads what sigma draws right now (display data, viewport positions, shown labels) into an SvgScene. */
import type Sigma from 'sigma';
import { viewerSettings } from '../settings';
import type { SvgEdge, SvgNode, SvgScene } from './svg';

export function captureScene(renderer: Sigma, drawnLabels: ReadonlySet<string>): SvgScene {
  const graph = renderer.getGraph();
  const { width, height } = renderer.getDimensions();
  const shownEdgeLabels = renderer.getEdgeDisplayedLabels();
  const points = new Map<string, { x: number; y: number; radius: number }>();
  const nodes: SvgNode[] = [];
  const order: { node: string; zIndex: number }[] = [];
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const radius = renderer.scaleSize(data.size);
    points.set(node, { x, y, radius });
    order.push({ node, zIndex: data.zIndex });
  });
  // Lower zIndex first, as sigma draws them.
  order.sort((a, b) => a.zIndex - b.zIndex);
  for (const { node } of order) {
    const data = renderer.getNodeDisplayData(node)!;
    const p = points.get(node)!;
    nodes.push({
      ...p,
      color: data.color,
      label: drawnLabels.has(node) || data.highlighted ? data.label : null,
    });
  }
  const edges: SvgEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge) as
      (ReturnType<Sigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    const s = points.get(source);
    const t = points.get(target);
    if (!data || data.hidden || !s || !t) return;
    edges.push({
      source: s,
      target: t,
      thickness: renderer.scaleSize(data.size),
      color: data.color,
      curvature: data.type.startsWith('curved') ? (data.curvature ?? 0) : 0,
      directed: data.type === 'arrow' || data.type === 'curvedArrow',
      label: shownEdgeLabels.has(edge) ? data.label : null,
    });
  });
  return {
    width,
    height,
    background: viewerSettings.exportBackgroundColor,
    font: viewerSettings.labelFont,
    nodes,
    edges,
  };
}
