/**
 * A fast path for the plain YAML that data files are written in: block maps and lists, plain,
 * quoted and block (`|`, `>-`) scalars, one-line flow lists and maps of scalars, comments. It
 * returns exactly the value the `yaml` library's `toJS` gives (core schema), or `undefined` as
 * soon as the text uses anything else (anchors, tags, multi-line plain or quoted scalars, duplicate
 * keys, odd indentation, unusual characters, numbers that are not small integers…). Then the
 * caller parses the file with `yaml`, which also reports every error; this path never reports one.
 *
 * Why: `yaml` builds a full syntax tree with positions, too slow for a corpus of a million stances
 * (hundreds of MB of YAML). Positions are only needed for diagnostics, so a clean
 * file is parsed here once, and with `yaml` only if a diagnostic must point into it.
 */

export interface PlainYaml {
  value: unknown;
  /** For each top-level key holding a block list: the 1-based line of each item's value. */
  itemLines: Map<string, number[]>;
}

/** Thrown (a shared object: no stack is captured) to leave the fast path. */
const BAIL = { plainYaml: 'bail' };

/**
 * Characters the fast path accepts: line feeds, printable ASCII, and printable Unicode without the
 * line and paragraph separators, the BOM and noncharacters; surrogates only in pairs. Anything
 * else (tabs, carriage returns, controls) goes to the full parser, whatever it makes of it.
 */
const UNUSUAL =
  /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\ud800-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const KEY = /([A-Za-z_$][A-Za-z0-9_$-]{0,99}):(?: |$)/y;
/** Plain keys the core schema would read as something other than a string. */
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

// The core schema's tests, as in yaml/dist/schema/core and common.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const SIMPLE_INT = /^-?(?:0|[1-9][0-9]*)$/;
const OTHER_NUMBER =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** A plain scalar's value under the core schema; numbers other than small decimal integers bail. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (SIMPLE_INT.test(text) && text !== '-0') {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
    throw BAIL; // the full path reports integers JavaScript cannot hold
  }
  if (OTHER_NUMBER.test(text)) throw BAIL;
  return text;
}

const isSpaceOrEnd = (line: string, at: number) => at >= line.length || line.charCodeAt(at) === 32;

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** Blank or a comment only: skipped between nodes. */
function isFiller(line: string): boolean {
  const i = indentOf(line);
  return i === line.length || line.charCodeAt(i) === 35; // '#'
}

/** After a scalar: nothing, spaces, or spaces then a comment. */
function assertLineEnd(line: string, at: number): void {
  let i = at;
  while (line.charCodeAt(i) === 32) i++;
  if (i === line.length) return;
  if (i > at && line.charCodeAt(i) === 35) return;
  throw BAIL;
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
};

/** A double-quoted scalar that closes on its line; returns the value and the index after the quote. */
function doubleQuoted(line: string, at: number): [string, number] {
  let out = '';
  let start = at + 1;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) return [out + line.slice(start, i), i + 1];
    if (c !== 92) continue;
    out += line.slice(start, i);
    const e = line[i + 1];
    if (e === 'u') {
      const hex = line.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw BAIL;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      const escaped = e === undefined ? undefined : ESCAPES[e];
      if (escaped === undefined) throw BAIL;
      out += escaped;
      i += 1;
    }
    start = i + 1;
  }
  throw BAIL; // continues on the next line: folding rules are the full parser's business
}

function singleQuoted(line: string, at: number): [string, number] {
  let out = '';
  let start = at + 1;
  for (let i = start; i < line.length; i++) {
    if (line.charCodeAt(i) !== 39) continue;
    if (line.charCodeAt(i + 1) === 39) {
      out += line.slice(start, i + 1);
      start = i + 2;
      i++;
      continue;
    }
    return [out + line.slice(start, i), i + 1];
  }
  throw BAIL;
}

/** Characters that may not start a plain scalar (YAML's c-indicators), by code. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * Whether a plain scalar may start at `at`: not with an indicator, except `-`, `?` and `:` when a
 * character that is not a space (nor, in a flow collection, one of `,[]{}`) follows.
 */
function startsPlain(line: string, at: number, inFlow: boolean): boolean {
  const c = line.charCodeAt(at);
  if (!INDICATORS.has(c)) return at < line.length;
  if (c !== 45 && c !== 63 && c !== 58) return false; // - ? :
  const next = line[at + 1];
  return next !== undefined && next !== ' ' && !(inFlow && ',[]{}'.includes(next));
}

/** A scalar inside a one-line flow collection: quoted, or plain without any of `,[]{}:#`. */
function flowScalar(line: string, at: number, closing: string): [unknown, number] {
  const c = line[at];
  if (c === '"') return doubleQuoted(line, at);
  if (c === "'") return singleQuoted(line, at);
  if (!startsPlain(line, at, true) || c === ':') throw BAIL;
  let end = at;
  while (end < line.length && line[end] !== ',' && line[end] !== closing) {
    if ('[]{}:#'.includes(line[end]!)) throw BAIL;
    end++;
  }
  return [resolvePlain(line.slice(at, end).trimEnd()), end];
}

function skipSpaces(line: string, at: number): number {
  while (line.charCodeAt(at) === 32) at++;
  return at;
}

/** `[a, "b"]` or `{ start: 2011, end: 2012 }` on one line; nested collections bail. */
function flowCollection(line: string, at: number): [unknown, number] {
  const isMap = line[at] === '{';
  const closing = isMap ? '}' : ']';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(line, at + 1);
  if (line[i] === closing) return [isMap ? map : list, i + 1];
  for (;;) {
    if (isMap) {
      KEY.lastIndex = i;
      const m = KEY.exec(line);
      if (!m || m.index !== i || NON_STRING_KEY.test(m[1]!) || m[1]! in map) throw BAIL;
      i = skipSpaces(line, i + m[0].length);
      const [value, end] = flowScalar(line, i, closing);
      map[m[1]!] = value;
      i = end;
    } else {
      const [value, end] = flowScalar(line, i, closing);
      list.push(value);
      i = end;
    }
    i = skipSpaces(line, i);
    if (line[i] === closing) return [isMap ? map : list, i + 1];
    if (line[i] !== ',') throw BAIL;
    i = skipSpaces(line, i + 1);
    if (line[i] === closing || i >= line.length) throw BAIL; // trailing comma, or continued on the next line
  }
}

class PlainParser {
  private i = 0;
  readonly itemLines = new Map<string, number[]>();

  constructor(private readonly lines: string[]) {}

  parse(): unknown {
    this.skipFiller();
    if (this.i >= this.lines.length) throw BAIL; // an empty document: rare, and cheap for the full parser
    const first = this.lines[this.i]!;
    if (indentOf(first) !== 0 || first.startsWith('---') || first.startsWith('%')) throw BAIL;
    const root: Record<string, unknown> = {};
    this.mapEntries(root, 0, 0, true);
    this.skipFiller();
    if (this.i < this.lines.length) throw BAIL;
    return root;
  }

  private skipFiller(): void {
    while (this.i < this.lines.length && isFiller(this.lines[this.i]!)) this.i++;
  }

  /** Entries of a block map whose keys sit at column `indent`; the first starts at `column` of the current line. */
  private mapEntries(map: Record<string, unknown>, indent: number, column: number, root = false): void {
    let at = column;
    for (;;) {
      const line = this.lines[this.i]!;
      KEY.lastIndex = at;
      const m = KEY.exec(line);
      if (!m || m.index !== at) throw BAIL;
      const key = m[1]!;
      if (NON_STRING_KEY.test(key) || Object.prototype.hasOwnProperty.call(map, key)) throw BAIL;
      map[key] = this.value(line, at + key.length + 1, indent, root ? key : undefined, true);
      this.skipFiller();
      if (this.i >= this.lines.length) return;
      const next = this.lines[this.i]!;
      const nextIndent = indentOf(next);
      if (nextIndent < indent) return;
      if (nextIndent > indent) throw BAIL;
      if (next.charCodeAt(indent) === 45 && isSpaceOrEnd(next, indent + 1)) throw BAIL; // a list where keys go
      at = indent;
    }
  }

  /** The value after `key:` or `- `, starting at `at` of `line` (the current line); leaves `i` past it. */
  private value(
    line: string,
    at: number,
    parent: number,
    section: string | undefined,
    inMap: boolean,
  ): unknown {
    const p = skipSpaces(line, at);
    if (p >= line.length || line.charCodeAt(p) === 35) {
      if (!inMap) throw BAIL; // "-" alone, its item on the next lines
      this.i++;
      this.skipFiller();
      if (this.i >= this.lines.length) return null;
      const next = this.lines[this.i]!;
      const indent = indentOf(next);
      if (next.charCodeAt(indent) === 45 && isSpaceOrEnd(next, indent + 1) && indent >= parent)
        return this.list(indent, section);
      if (indent <= parent) return null;
      if (next.startsWith('---') || next.startsWith('...')) throw BAIL;
      const map: Record<string, unknown> = {};
      this.mapEntries(map, indent, indent);
      return map;
    }
    const c = line[p]!;
    if (c === '"' || c === "'") {
      const [text, end] = c === '"' ? doubleQuoted(line, p) : singleQuoted(line, p);
      assertLineEnd(line, end);
      this.i++;
      return text;
    }
    if (c === '[' || c === '{') {
      const [collection, end] = flowCollection(line, p);
      assertLineEnd(line, end);
      this.i++;
      return collection;
    }
    if (c === '|' || c === '>') return this.blockScalar(line, p, parent);
    if (!startsPlain(line, p, false)) throw BAIL;
    // A plain scalar: to the end of the line or a comment; it must not go on over more-indented lines.
    const hash = line.indexOf(' #', p);
    const text = (hash === -1 ? line.slice(p) : line.slice(p, hash)).trimEnd();
    if (text.includes(': ') || text.endsWith(':')) throw BAIL;
    this.i++;
    const next = this.nextContentIndent();
    if (next > parent) throw BAIL;
    return resolvePlain(text);
  }

  /** Indentation of the next line that is not blank or a comment, or -1 at the end. */
  private nextContentIndent(): number {
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (!isFiller(line)) return indentOf(line);
    }
    return -1;
  }

  /** A block list whose dashes sit at column `indent`, starting on the current line. */
  private list(indent: number, section: string | undefined): unknown[] {
    const out: unknown[] = [];
    const lines: number[] | undefined = section === undefined ? undefined : [];
    if (section !== undefined) this.itemLines.set(section, lines!);
    for (;;) {
      const line = this.lines[this.i]!;
      const p = skipSpaces(line, indent + 1);
      if (p === indent + 1 && p < line.length) throw BAIL;
      lines?.push(this.i + 1);
      KEY.lastIndex = p;
      const m = KEY.exec(line);
      if (m && m.index === p) {
        const map: Record<string, unknown> = {};
        this.mapEntries(map, p, p);
        out.push(map);
      } else out.push(this.value(line, p, indent, undefined, false));
      this.skipFiller();
      if (this.i >= this.lines.length) return out;
      const next = this.lines[this.i]!;
      const nextIndent = indentOf(next);
      if (nextIndent > indent) throw BAIL;
      if (nextIndent < indent || next.charCodeAt(indent) !== 45 || !isSpaceOrEnd(next, indent + 1))
        return out;
    }
  }

  /** `|`, `|-`, `>` or `>-` with its lines; keep chomping, indentation digits and odd lines bail. */
  private blockScalar(line: string, at: number, parent: number): string {
    const folded = line[at] === '>';
    let p = at + 1;
    const strip = line[p] === '-';
    if (strip) p++;
    if (skipSpaces(line, p) !== line.length) throw BAIL;
    this.i++;
    const body: string[] = [];
    let indent = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      const spaces = indentOf(l);
      if (spaces === l.length) {
        // A blank line inside or after the scalar; one with more spaces than the content is content.
        if (indent === -1 ? spaces > parent + 1 : spaces > indent) throw BAIL;
        body.push('');
        this.i++;
        continue;
      }
      if (indent === -1) {
        if (spaces <= parent) break;
        indent = spaces;
      } else if (spaces < indent) break;
      // More-indented lines fold differently, and trailing spaces are subtle: both go to the full parser.
      if ((folded && spaces > indent) || l.charCodeAt(l.length - 1) === 32) throw BAIL;
      body.push(l.slice(indent));
      this.i++;
    }
    if (indent === -1) throw BAIL; // empty
    while (body[body.length - 1] === '') body.pop();
    let text = '';
    if (!folded) text = body.join('\n');
    else {
      for (let k = 0; k < body.length; k++) {
        const piece = body[k]!;
        if (k === 0) text = piece === '' ? '\n' : piece;
        else if (piece === '') text += '\n';
        else text += body[k - 1] === '' ? piece : ` ${piece}`;
      }
    }
    return strip ? text : `${text}\n`;
  }
}

/** The value of a data file in the plain subset, or undefined: then parse it with `yaml`. */
export function parsePlainYaml(content: string): PlainYaml | undefined {
  if (UNUSUAL.test(content)) return undefined;
  const parser = new PlainParser(content.split('\n'));
  try {
    const value = parser.parse();
    return { value, itemLines: parser.itemLines };
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}
