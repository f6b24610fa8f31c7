/**
 * The check of the viewer's settings, as sigma checks its own: each setting has its expectation,
 * and the first value that misses one throws an error naming the setting, its value and what was
 * expected, so that a mistyped number stops the page at once instead of misdrawing it quietly.
 */
import type { LabelRow, ViewerSettings } from './settings';

/** Undefined when the value is fine; otherwise what was expected, for the message. */
type Check = (value: unknown) => string | undefined;

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const finite = (value: unknown): value is number => isNumber(value) && Number.isFinite(value);

const positive: Check = (v) => (finite(v) && v > 0 ? undefined : 'a finite number above 0');
const nonNegative: Check = (v) => (finite(v) && v >= 0 ? undefined : 'a finite number, 0 or more');
const count: Check = (v) =>
  Number.isSafeInteger(v) && (v as number) > 0 ? undefined : 'a whole number above 0';
const countOrZero: Check = (v) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : 'a whole number, 0 or more';
const ratio: Check = (v) => (finite(v) && v > 0 && v <= 1 ? undefined : 'a number above 0, at most 1');
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'a non-empty string');
const hexColour: Check = (v) =>
  typeof v === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(v)
    ? undefined
    : 'a colour as #rgb or #rrggbb';

const labelRows: Check = (v) => {
  const expected =
    'rows by ascending belowNodes, the last Infinity, each with labelDensity above 0 and labelRenderedSizeThreshold 0 or more';
  if (!Array.isArray(v) || v.length === 0) return expected;
  const rows = v as LabelRow[];
  const valid = rows.every(
    (row) =>
      typeof row === 'object' &&
      row !== null &&
      isNumber(row.belowNodes) &&
      row.belowNodes > 0 &&
      positive(row.labelDensity) === undefined &&
      nonNegative(row.labelRenderedSizeThreshold) === undefined,
  );
  if (!valid) return expected;
  const ascending = rows.every((row, i) => i === 0 || row.belowNodes > rows[i - 1]!.belowNodes);
  return ascending && rows.at(-1)!.belowNodes === Infinity ? undefined : expected;
};

/** Every setting's expectation: a setting added to ViewerSettings without one does not compile. */
const CHECKS: { readonly [Key in keyof ViewerSettings]: Check } = {
  edgeBaseSize: nonNegative,
  selectedEdgeExtraSize: nonNegative,
  fallbackEdgeSize: nonNegative,
  fallbackNodeSize: positive,
  minNodeSize: positive,
  parallelEdgeSpread: positive,
  focusCameraRatio: positive,
  labelFont: text,
  labelSize: positive,
  labelWeight: text,
  edgeLabelSize: positive,
  labelGridCellSize: positive,
  labelCollisionMargin: nonNegative,
  edgeLabelZoomRatio: positive,
  edgeLabelsAlwaysUpTo: countOrZero,
  labelRows,
  labelColor: hexColour,
  edgeLabelColor: hexColour,
  defaultNodeColor: hexColour,
  defaultEdgeColor: hexColour,
  dimNodeColor: hexColour,
  dimEdgeColor: hexColour,
  exportBackgroundColor: hexColour,
  maxFileBytes: count,
  maxNodes: count,
  maxEdges: count,
  inPageMaxBytes: countOrZero,
  sliceElements: count,
  sliceChars: count,
  searchResults: count,
  fileStemMaxChars: count,
  maxContextLosses: countOrZero,
  hideEdgesOnMoveFromEdges: countOrZero,
  hideLabelsOnMoveFromNodes: countOrZero,
  edgeLabelsUpToEdges: countOrZero,
  edgeEventsUpToEdges: countOrZero,
  loadingLineDelayMs: nonNegative,
  stallMs: positive,
  progressIntervalMs: nonNegative,
  urlDebounceMs: nonNegative,
  searchCloseDelayMs: nonNegative,
  downloadRevokeMs: nonNegative,
  contextRestoreWaitMs: nonNegative,
  contextLossWindowMs: positive,
  focusAnimationMs: nonNegative,
  layoutAutoRunBaseMs: nonNegative,
  layoutAutoRunPerNodeMs: nonNegative,
  layoutAutoRunMaxMs: nonNegative,
  repairDiscRadius: positive,
  repairRingRadius: positive,
  repairJitter: ratio,
};

/** Settings that bound one another: [the smaller, the larger]. */
const ORDERED: readonly [keyof ViewerSettings, keyof ViewerSettings][] = [
  ['inPageMaxBytes', 'maxFileBytes'],
  ['layoutAutoRunBaseMs', 'layoutAutoRunMaxMs'],
];

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || value === undefined) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Throws at the first setting that misses its expectation, naming it. */
export function validateSettings(settings: ViewerSettings): void {
  for (const key of Object.keys(settings))
    if (!(key in CHECKS)) throw new Error(`Viewer settings: unknown setting \`${key}\`.`);
  for (const key of Object.keys(CHECKS) as (keyof ViewerSettings)[]) {
    const value: unknown = settings[key];
    const expected = CHECKS[key](value);
    if (expected !== undefined)
      throw new Error(`Viewer settings: invalid \`${key}\` (${shown(value)}). Expecting ${expected}.`);
  }
  for (const [smaller, larger] of ORDERED) {
    if ((settings[smaller] as number) > (settings[larger] as number))
      throw new Error(
        `Viewer settings: invalid \`${smaller}\` (${shown(settings[smaller])}). Expecting at most \`${larger}\` (${shown(settings[larger])}).`,
      );
  }
}
