/** Human names for the vocabulary's ids (kinds, types, positions, modalities) and for values of any type. */
import { entityKinds, relationTypes, stanceTypes } from 'stancegraph';
import type { Polarity } from '../state';

export function kindLabel(kind: string): string {
  return (entityKinds as Record<string, { label: string } | undefined>)[kind]?.label ?? kind;
}

export function typeLabel(type: string): string {
  const spec =
    (relationTypes as Record<string, { label: string } | undefined>)[type] ??
    (stanceTypes as Record<string, { label: string } | undefined>)[type];
  return spec?.label ?? type;
}

export const polarityLabels: Record<Polarity, string> = {
  for: 'For the target',
  against: 'Against the target',
  neutral: 'Neutral',
  relation: 'Relations (no stance)',
};

export const modalityLabels: Record<string, string> = {
  asserted: 'Asserted',
  negated: 'Denied (negated)',
  hedged: 'Hedged ("could", "may")',
  conditional: 'Conditional',
  reported: 'Reported by a third party',
  background: "Narrator's background",
};

/** Any attribute value as text: lists joined, objects as JSON, numbers as written. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join(', ');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
