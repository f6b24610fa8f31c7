/**
 * The view in the URL: selection, filters and camera, in the fragment (`#n=russia&cam=…`), so that a
 * static host serves every link and a change never reloads the page. Decoding never trusts the text:
 * unknown keys are dropped, numbers must be finite, dates must be ISO days.
 */
import { EMPTY_FILTERS, POLARITIES, type FilterState, type Polarity } from './filters';

export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  selection: Selection;
  filters: FilterState;
  camera: CameraView | undefined;
}

export const EMPTY_VIEW: ViewState = { selection: null, filters: EMPTY_FILTERS, camera: undefined };

const LIST_KEYS = {
  hiddenKinds: 'hk',
  hiddenTypes: 'ht',
  hiddenPolarities: 'hp',
  hiddenModalities: 'hm',
  hiddenSources: 'hs',
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Four decimals: the camera works in a 0…1 frame, where 1e-4 is below a pixel at ordinary zooms. */
function round(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** The fragment text without `#`; empty for the default view. Lists repeat their key: `hk=a&hk=b`. */
export function encodeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.type === 'node' ? 'n' : 'e', view.selection.key);
  for (const [field, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, string][]) {
    for (const value of view.filters[field]) params.append(key, value);
  }
  if (view.filters.dateFrom !== undefined) params.set('from', view.filters.dateFrom);
  if (view.filters.dateTo !== undefined) params.set('to', view.filters.dateTo);
  if (view.camera) {
    const { x, y, ratio, angle } = view.camera;
    params.set('cam', [x, y, ratio, angle].map(round).join(','));
  }
  // Commas may stand in a fragment as they are: `cam=0.5,0.5,1,0` reads better than `%2C`.
  return params.toString().replace(/%2C/g, ',');
}

function decodeCamera(text: string | null): CameraView | undefined {
  if (text === null) return undefined;
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return undefined;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return ratio > 0 ? { x, y, ratio, angle } : undefined;
}

function day(text: string | null): string | undefined {
  return text !== null && ISO_DAY.test(text) ? text : undefined;
}

/** Parses a fragment (with or without `#`). Anything malformed falls back to the default for that part. */
export function decodeViewState(fragment: string): ViewState {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  const node = params.get('n');
  const edge = params.get('e');
  const selection: Selection = node ? { type: 'node', key: node } : edge ? { type: 'edge', key: edge } : null;
  const list = (key: string) => [...new Set(params.getAll(key).filter((v) => v !== ''))].sort();
  const filters: FilterState = {
    hiddenKinds: list(LIST_KEYS.hiddenKinds),
    hiddenTypes: list(LIST_KEYS.hiddenTypes),
    hiddenPolarities: list(LIST_KEYS.hiddenPolarities).filter((p): p is Polarity =>
      (POLARITIES as string[]).includes(p),
    ),
    hiddenModalities: list(LIST_KEYS.hiddenModalities),
    hiddenSources: list(LIST_KEYS.hiddenSources),
    dateFrom: day(params.get('from')),
    dateTo: day(params.get('to')),
  };
  return { selection, filters, camera: decodeCamera(params.get('cam')) };
}
