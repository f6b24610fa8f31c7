/** Colours: nodes by kind, edges by stance intensity (conflict red, neutral grey, cooperation green). */
import type { EntityKind } from '../schema';

/** Tableau 10, one hue per kind, readable on white and told apart by most colour-blind readers. */
export const kindColors: Record<EntityKind, string> = {
  state: '#4e79a7',
  organization: '#f28e2b',
  government_body: '#76b7b2',
  person: '#b07aa1',
  treaty: '#59a14f',
  weapon_system: '#9c755f',
  issue: '#edc948',
  place: '#bab0ac',
};

export const FALLBACK_NODE_COLOR = '#999999';
export const RELATION_EDGE_COLOR = '#a0aec0';
export const NEUTRAL_EDGE_COLOR = '#9e9e9e';
export const CONFLICT_EDGE_COLOR = '#d62728';
export const COOPERATION_EDGE_COLOR = '#2ca02c';

function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function rgbToHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

export function mix(from: string, to: string, t: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  return rgbToHex(a.map((c, i) => c + (b[i]! - c) * t));
}

/**
 * Edge colour for a stance intensity (−10…+10): grey at 0, towards red or green with |intensity|.
 * Weak stances start a third of the way, so that a −2 "criticizes" is visibly reddish.
 */
export function intensityColor(intensity: number | undefined): string {
  if (intensity === undefined) return RELATION_EDGE_COLOR;
  if (intensity === 0) return NEUTRAL_EDGE_COLOR;
  const t = 0.35 + 0.65 * Math.min(1, Math.abs(intensity) / 10);
  return mix(NEUTRAL_EDGE_COLOR, intensity < 0 ? CONFLICT_EDGE_COLOR : COOPERATION_EDGE_COLOR, t);
}

export function kindColor(kind: string): string {
  return (kindColors as Record<string, string>)[kind] ?? FALLBACK_NODE_COLOR;
}
