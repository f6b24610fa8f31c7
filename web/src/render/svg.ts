/**
 * The current view as an SVG document: edges (straight or curved, with arrowheads), nodes and the
 * labels sigma shows, in viewport pixels. Pure: a scene in, text out. Text is XML-escaped, never
 * markup, and colours are passed through a whitelist (an opened file's colour is data too). Label
 * sizes and colours are the drawing's (settings/).
 */
import { viewerSettings } from '../settings';

export interface SvgNode {
  x: number;
  y: number;
  radius: number;
  color: string;
  label: string | null;
}

export interface SvgEdge {
  source: { x: number; y: number; radius: number };
  target: { x: number; y: number; radius: number };
  thickness: number;
  color: string;
  /** Sigma edge-curve's curvature: the control point is the midpoint moved by curvature × length, sideways. */
  curvature: number;
  directed: boolean;
  label: string | null;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  font: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

export function escapeXmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these characters at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i;
function color(value: string, fallback: string): string {
  return SAFE_COLOR.test(value.trim()) ? value.trim() : fallback;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function controlPoint(edge: SvgEdge): { x: number; y: number } {
  const { source: s, target: t } = edge;
  return {
    x: (s.x + t.x) / 2 + (t.y - s.y) * edge.curvature,
    y: (s.y + t.y) / 2 - (t.x - s.x) * edge.curvature,
  };
}

function edgeSvg(edge: SvgEdge): string {
  const stroke = color(edge.color, viewerSettings.defaultEdgeColor);
  const c = controlPoint(edge);
  const { source: s, target: t } = edge;
  const path =
    edge.curvature === 0
      ? `M${n(s.x)} ${n(s.y)}L${n(t.x)} ${n(t.y)}`
      : `M${n(s.x)} ${n(s.y)}Q${n(c.x)} ${n(c.y)} ${n(t.x)} ${n(t.y)}`;
  let svg = `<path d="${path}" fill="none" stroke="${stroke}" stroke-width="${n(edge.thickness)}"/>`;
  if (edge.directed) {
    // The arrowhead touches the target's disc, along the curve's last tangent (control point → target).
    const from = edge.curvature === 0 ? s : c;
    const dx = t.x - from.x;
    const dy = t.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const tipX = t.x - ux * t.radius;
    const tipY = t.y - uy * t.radius;
    const head = Math.max(6, edge.thickness * 5);
    const half = head * 0.45;
    const baseX = tipX - ux * head;
    const baseY = tipY - uy * head;
    const points = [
      [tipX, tipY],
      [baseX - uy * half, baseY + ux * half],
      [baseX + uy * half, baseY - ux * half],
    ];
    svg += `<polygon points="${points.map(([x, y]) => `${n(x!)},${n(y!)}`).join(' ')}" fill="${stroke}"/>`;
  }
  if (edge.label) {
    const midX = 0.25 * s.x + 0.5 * c.x + 0.25 * t.x;
    const midY = 0.25 * s.y + 0.5 * c.y + 0.25 * t.y;
    svg += `<text x="${n(midX)}" y="${n(midY - 3)}" text-anchor="middle" class="edge-label">${escapeXmlText(edge.label)}</text>`;
  }
  return svg;
}

function nodeSvg(node: SvgNode): string {
  let svg = `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.radius)}" fill="${color(node.color, viewerSettings.defaultNodeColor)}"/>`;
  if (node.label) {
    svg += `<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 4)}" class="node-label">${escapeXmlText(node.label)}</text>`;
  }
  return svg;
}

function labelStyle(font: string): string {
  const { labelWeight, labelSize, labelColor, edgeLabelSize, edgeLabelColor } = viewerSettings;
  return (
    `.node-label{font:${labelWeight} ${labelSize}px ${font};fill:${labelColor}}` +
    `.edge-label{font:${edgeLabelSize}px ${font};fill:${edgeLabelColor}}`
  );
}

export function sceneToSvg(scene: SvgScene): string {
  const font = escapeXmlText(scene.font);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">\n` +
    `<style>${labelStyle(font)}</style>\n` +
    `<rect width="100%" height="100%" fill="${color(scene.background, viewerSettings.exportBackgroundColor)}"/>\n` +
    `<g class="edges">${scene.edges.map(edgeSvg).join('\n')}</g>\n` +
    `<g class="nodes">${scene.nodes.map(nodeSvg).join('\n')}</g>\n` +
    `</svg>\n`
  );
}
