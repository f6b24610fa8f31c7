/**
 * The viz namespace: colour, size, position and thickness, from the display attributes sigma uses.
 * Invalid values are left out with a warning: the RelaxNG schema bounds them (channels 0…255, alpha
 * 0…1, sizes ≥ 0, finite coordinates).
 */
import type { WarningReporter } from './report';

const HEX6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i;
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i;

/**
 * Graphs use few distinct colours and few distinct days: remembering the valid ones saves a regex
 * and some arithmetic per element. Bounded, so that a graph with a colour per node cannot grow it
 * without limit; invalid values are never remembered, so each one still gets its warning.
 */
const MEMO_LIMIT = 4096;
const colorMemo = new Map<string, string>();
const timeMemo = new Set<string>();

/** `<viz:color …/>` attributes from `#rrggbb` (stancegraph), `#rgb`, `#rrggbbaa`, `rgb()` or `rgba()`. */
export function colorAttributes(color: unknown, reporter: WarningReporter): string | undefined {
  if (typeof color !== 'string') return invalid(reporter, color, 'a colour');
  const known = colorMemo.get(color);
  if (known !== undefined) return known;
  const channels = parseColor(color);
  if (channels === undefined) return invalid(reporter, color, 'a colour (#rrggbb, #rgb, rgb() or rgba())');
  if (colorMemo.size >= MEMO_LIMIT) colorMemo.clear();
  colorMemo.set(color, channels);
  return channels;
}

function parseColor(color: string): string | undefined {
  // r, g, b rather than hex: networkx's reader only reads the channels.
  let m = HEX6.exec(color);
  if (m) {
    const alpha = m[4] === undefined ? undefined : parseInt(m[4], 16) / 255;
    return channels(parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), alpha);
  }
  m = HEX3.exec(color);
  if (m)
    return channels(parseInt(m[1]! + m[1]!, 16), parseInt(m[2]! + m[2]!, 16), parseInt(m[3]! + m[3]!, 16));
  m = RGB.exec(color);
  if (m) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const alpha = m[4] === undefined ? undefined : Number(m[4]);
    if (r <= 255 && g <= 255 && b <= 255 && (alpha === undefined || (alpha >= 0 && alpha <= 1))) {
      return channels(r, g, b, alpha);
    }
  }
  return undefined;
}

function channels(r: number, g: number, b: number, alpha?: number): string {
  const rgb = ` r="${r}" g="${g}" b="${b}"`;
  // Opaque colours carry no alpha, so that `#rrggbbff` and `#rrggbb` write the same element.
  return alpha === undefined || alpha === 1 ? rgb : `${rgb} a="${roundAlpha(alpha)}"`;
}

function roundAlpha(alpha: number): string {
  // Three decimals tell every 8-bit alpha apart; 0x80/255 = 0.50196… would otherwise write 17 digits.
  return String(Math.round(alpha * 1000) / 1000);
}

/** A size or thickness: xsd:float ≥ 0. */
export function nonNegative(value: unknown, reporter: WarningReporter): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return String(value);
  return invalid(reporter, value, 'a finite number ≥ 0');
}

/** A coordinate: a finite xsd:float. */
export function coordinate(value: unknown, reporter: WarningReporter): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return invalid(reporter, value, 'a finite number');
}

function invalid(reporter: WarningReporter, value: unknown, what: string): undefined {
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 40))
      : typeof value === 'number'
        ? String(value)
        : typeof value;
  reporter.warn(`left out ${shown}: not ${what}`);
  return undefined;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/**
 * A `start`/`end` time on a node or edge. The graph declares timeformat="date", so a time is an
 * xsd:date or xsd:dateTime (2011-05-16, 2011-05-16T10:00:00Z) naming a day that exists. Reduced
 * precision (2011, 2011-05) is not an xsd:date; the builder turns partial dates into days first.
 */
export function timeValue(value: unknown, reporter: WarningReporter): string | undefined {
  if (typeof value === 'string') {
    if (timeMemo.has(value)) return value;
    const m = ISO_DAY.exec(value);
    if (m && dayExists(Number(m[1]), Number(m[2]), Number(m[3]))) {
      if (timeMemo.size >= MEMO_LIMIT) timeMemo.clear();
      timeMemo.add(value);
      return value;
    }
  }
  return invalid(reporter, value, 'an ISO 8601 day (YYYY-MM-DD) or date-time');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}
