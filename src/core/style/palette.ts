/** Colours: nodes by kind, stances by position, interactions by Goldstein value; safe for colour-blind readers. */
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

/**
 * Stance colours by position, from Okabe and Ito's palette for colour-blind readers: bluish green for,
 * vermillion against, orange for mixed, grey for neutral. The viewer adds a second cue (dashes).
 */
export const positionColors = {
  for: '#009e73',
  against: '#d55e00',
  mixed: '#e69f00',
  neutral: '#8c8c8c',
} as const;

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

/** Edge colour: a stance by its position, a relation in one quiet colour. */
export function edgeColor(position: keyof typeof positionColors | undefined): string {
  return position === undefined ? RELATION_EDGE_COLOR : positionColors[position];
}

/** Okabe and Ito's blue, for cooperation. */
const COOPERATION_BLUE = '#0072b2';

/**
 * Colour for a Goldstein value (−10…+10), for the interaction view: grey at 0, towards vermillion
 * for conflict or blue for cooperation with the magnitude; weak values start a third of the way.
 */
export function goldsteinColor(value: number): string {
  if (value === 0) return positionColors.neutral;
  const t = 0.35 + 0.65 * Math.min(1, Math.abs(value) / 10);
  return mix(positionColors.neutral, value < 0 ? positionColors.against : COOPERATION_BLUE, t);
}

export function kindColor(kind: string): string {
  return (kindColors as Record<string, string>)[kind] ?? FALLBACK_NODE_COLOR;
}
