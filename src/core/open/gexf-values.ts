/** Typed GEXF attribute values, read as Gephi and the GEXF 1.1–1.3 specifications write them. */

export type DeclaredType =
  | 'string'
  | 'integer'
  | 'long'
  | 'double'
  | 'float'
  | 'boolean'
  | 'date'
  | 'liststring'
  | 'listboolean'
  | 'listinteger'
  | 'listlong'
  | 'listfloat'
  | 'listdouble'
  | 'anyURI';

const KNOWN = new Set<string>([
  'string',
  'integer',
  'long',
  'double',
  'float',
  'boolean',
  'date',
  'liststring',
  'listboolean',
  'listinteger',
  'listlong',
  'listfloat',
  'listdouble',
  'anyURI',
  'bigdecimal',
  'biginteger',
  'byte',
  'short',
  'char',
  'listbyte',
  'listshort',
  'listchar',
]);

export function isKnownType(type: string): boolean {
  return KNOWN.has(type.toLowerCase());
}

/** Splits a GEXF list: `[a, "b, c", 'd']` (GEXF 1.3, Gephi), or `a|b|c` (GEXF 1.1/1.2 drafts). */
export function splitList(raw: string): string[] {
  const text = raw.trim();
  if (text === '') return [];
  if (!text.startsWith('[')) return text.split(/[|,]/).map((s) => s.trim());
  const inner = text.slice(1, text.endsWith(']') ? -1 : undefined);
  const items: string[] = [];
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === ' ' || inner[i] === ',') i++;
    if (i >= inner.length) break;
    const quote = inner[i];
    if (quote === '"' || quote === "'") {
      let item = '';
      i++;
      while (i < inner.length && inner[i] !== quote) {
        if (inner[i] === '\\' && i + 1 < inner.length) i++;
        item += inner[i++];
      }
      i++;
      items.push(item);
    } else {
      const end = inner.indexOf(',', i);
      items.push(inner.slice(i, end === -1 ? undefined : end).trim());
      i = end === -1 ? inner.length : end;
    }
  }
  return items;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** xsd:double's special values, and the spellings Java (and so Gephi) uses for them. */
const SPECIAL: Record<string, number> = {
  INF: Infinity,
  '-INF': -Infinity,
  NaN: NaN,
  Infinity: Infinity,
  '-Infinity': -Infinity,
};

function parseNumber(raw: string, integer: boolean): Parsed {
  if (!integer && raw.trim() in SPECIAL) return { ok: true, value: SPECIAL[raw.trim()] };
  const value = Number(raw.trim());
  if (raw.trim() === '' || Number.isNaN(value)) return { ok: false, reason: `"${raw}" is not a number` };
  if (!Number.isFinite(value)) return { ok: false, reason: `"${raw}" is not a finite number` };
  if (integer && !Number.isSafeInteger(value))
    return { ok: false, reason: `"${raw}" is not an integer JavaScript holds exactly` };
  return { ok: true, value };
}

function parseBoolean(raw: string): Parsed {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1') return { ok: true, value: true };
  if (v === 'false' || v === '0') return { ok: true, value: false };
  return { ok: false, reason: `"${raw}" is not true or false` };
}

/** Reads a value of a declared type; values that do not fit are reported, not guessed. */
export function parseValue(type: string, raw: string): Parsed {
  switch (type.toLowerCase()) {
    case 'integer':
    case 'long':
    case 'byte':
    case 'short':
    case 'biginteger':
      return parseNumber(raw, true);
    case 'double':
    case 'float':
    case 'bigdecimal':
      return parseNumber(raw, false);
    case 'boolean':
      return parseBoolean(raw);
    case 'liststring':
    case 'listchar':
      return { ok: true, value: splitList(raw) };
    case 'listboolean': {
      const items = splitList(raw).map(parseBoolean);
      const bad = items.find((p) => !p.ok);
      return bad ?? { ok: true, value: items.map((p) => (p as { value: unknown }).value) };
    }
    case 'listinteger':
    case 'listlong':
    case 'listbyte':
    case 'listshort':
    case 'listfloat':
    case 'listdouble': {
      const integer = !/float|double/.test(type);
      const items = splitList(raw).map((s) => parseNumber(s, integer));
      const bad = items.find((p) => !p.ok);
      return bad ?? { ok: true, value: items.map((p) => (p as { value: unknown }).value) };
    }
    default:
      return { ok: true, value: raw };
  }
}
