/**
 * Parses data files: YAML syntax, then each section item against its schema, one item at a time so
 * that one bad item hides nothing else. Items that fail keep their id, so that references to them
 * do not pile up as spurious "unknown id" errors.
 */
import { isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import {
  entity,
  evidenceSelector,
  kindFields,
  period,
  relation,
  sectionItems,
  sections,
  source,
  stance,
  type Section,
} from '../schema';
import { describeValue, quoteList, type Diagnostic } from './diagnostic';
import { Locator, type DataPath, type ParsedPositions } from './locator';
import { parsePlainYaml } from './plain-yaml';
import { suggest } from './suggest';
import { zodIssueToDiagnostics } from './zod-diagnostics';

export interface DataFileText {
  /** The file's name as shown in diagnostics. */
  file: string;
  content: string;
}

/** An item of a section, with where it came from. */
export interface Located<T> {
  value: T;
  file: string;
  path: DataPath;
  locator: Locator;
  /** The line of the item's value (`locator.value(path).line`), known without a syntax tree. */
  line: number;
}

export interface ParsedData {
  items: { [S in Section]: Located<z.output<(typeof sectionItems)[S]>>[] };
  /** Ids of items that failed their schema, by section: known, but not built. */
  invalidIds: { [S in Section]: Set<string> };
  /** The raw items that failed, so that their names and references still count. */
  invalidItems: { [S in Section]: Located<unknown>[] };
  diagnostics: Diagnostic[];
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Aliases beyond this many in one file are refused: a "billion laughs" alias bomb. */
const MAX_ALIAS_COUNT = 100;

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The object schema that describes the map at `path` within an item of `section`. */
function objectSchemaAt(section: Section, raw: unknown, path: DataPath): AnyObject | undefined {
  const last = path[path.length - 1];
  const beforeLast = path[path.length - 2];
  if (path.length > 0 && (beforeLast === 'evidence' || last === 'evidence'))
    return evidenceSelector as unknown as AnyObject;
  if (last === 'period') return period as unknown as AnyObject;
  if (path.length > 0) return undefined;
  switch (section) {
    case 'sources':
      return source as unknown as AnyObject;
    case 'relations':
      return relation as unknown as AnyObject;
    case 'stances':
      return stance as unknown as AnyObject;
    case 'entities': {
      const kind = (raw as { kind?: unknown } | null)?.kind;
      const option = entity.options.find((o) => o.shape.kind.value === kind) ?? entity.options[0];
      return option as unknown as AnyObject;
    }
  }
}

function allowedKeys(section: Section, raw: unknown, path: DataPath): readonly string[] {
  const schema = objectSchemaAt(section, raw, path);
  if (!schema) return [];
  const keys = Object.keys(schema.shape);
  // Until the kind is known, an entity may have any kind's own fields.
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (section === 'entities' && path.length === 0 && !(typeof kind === 'string' && kind in kindFields)) {
    return [...new Set([...keys, ...Object.values(kindFields).flatMap((f) => Object.keys(f))])];
  }
  return keys;
}

/** The description a field's schema carries, for "missing field" messages. */
function fieldDescription(section: Section, raw: unknown, path: DataPath): string | undefined {
  const schema = objectSchemaAt(section, raw, path.slice(0, -1));
  const field = path[path.length - 1];
  if (!schema || typeof field !== 'string') return undefined;
  return (schema.shape[field] as z.ZodType | undefined)?.description;
}

function emptySections<T>(make: () => T): { [S in Section]: T } {
  return { sources: make(), entities: make(), relations: make(), stances: make() };
}

/**
 * The file's parser with positions. Made here, outside the loop over files, so that the closure the
 * Locator keeps holds the text only: a closure made in the loop would share the loop's scope, and
 * keep every file's parsed value or syntax tree alive until validation ends.
 */
function positionsParser(content: string): () => ParsedPositions {
  return () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(content, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      schema: 'core',
    });
    return { doc, lineCounter };
  };
}

export function parseDataFiles(
  files: readonly DataFileText[],
  onProgress?: (done: number, total: number) => void,
): ParsedData {
  const items = emptySections(() => [] as Located<never>[]) as ParsedData['items'];
  const invalidIds = emptySections(() => new Set<string>());
  const invalidItems = emptySections(() => [] as Located<unknown>[]);
  const diagnostics: Diagnostic[] = [];

  /** The sections of one file's value: each item checked against its schema, and kept with where it is. */
  const checkSections = (
    data: object,
    file: string,
    locator: Locator,
    itemLine: (section: string, index: number) => number,
  ): void => {
    for (const [key, value] of Object.entries(data)) {
      if (key === '$schema') continue;
      if (!(sections as readonly string[]).includes(key)) {
        const hint = suggest(
          key,
          sections.map((s) => ({ id: s, name: s })),
          1,
        );
        const at = locator.key([key]);
        diagnostics.push({
          severity: 'error',
          code: 'unknown-field',
          file,
          ...at,
          path: key,
          message: `unknown section "${key}": expected one of ${quoteList(sections)}${hint.length ? `; did you mean "${hint[0]}"?` : ''}`,
          ...(hint.length ? { suggestions: hint } : {}),
        });
        continue;
      }
      const section = key as Section;
      if (value === null) continue; // "stances:" with nothing under it
      if (!Array.isArray(value)) {
        const at = locator.value([section]);
        diagnostics.push({
          severity: 'error',
          code: 'wrong-type',
          file,
          ...at,
          path: section,
          message: `expected a list of ${section}, found ${describeValue(value)}`,
        });
        continue;
      }
      value.forEach((raw: unknown, index: number) => {
        const basePath = [section, index] as const;
        const result = sectionItems[section].safeParse(raw);
        if (result.success) {
          (items[section] as Located<unknown>[]).push({
            value: result.data,
            file,
            path: basePath,
            locator,
            line: itemLine(section, index),
          });
          return;
        }
        const id = (raw as { id?: unknown } | null)?.id;
        if (typeof id === 'string') invalidIds[section].add(id);
        invalidItems[section].push({
          value: raw,
          file,
          path: basePath,
          locator,
          line: itemLine(section, index),
        });
        for (const issue of result.error.issues) {
          diagnostics.push(
            ...zodIssueToDiagnostics(issue, {
              file,
              basePath,
              raw,
              locator,
              allowedKeys: (p) => allowedKeys(section, raw, p),
              describeField: (p) => fieldDescription(section, raw, p),
            }),
          );
        }
      });
    }
  };

  for (const [index, { file, content }] of files.entries()) {
    onProgress?.(index, files.length);
    const parse = positionsParser(content);
    // Most files are plain YAML without an error: read fast, with no syntax tree until a diagnostic needs one.
    const plain = parsePlainYaml(content);
    if (plain) {
      const locator = new Locator(parse);
      const itemLine = (section: string, index: number) =>
        plain.itemLines.get(section)?.[index] ?? locator.value([section, index]).line;
      checkSections(plain.value as object, file, locator, itemLine);
      continue;
    }
    const parsed = parse();
    const { doc } = parsed;
    const locator = new Locator(parse, parsed);
    const located = (code: string, offset: number, message: string, path = ''): Diagnostic => {
      const at = locator.offset(offset);
      return { severity: 'error', code, file, line: at.line, column: at.column, path, message };
    };
    // Tags are refused as errors too: data files are plain maps, lists and scalars. A duplicate key or a
    // tag leaves the rest of the file readable, so checking goes on; a syntax error does not.
    let readable = true;
    // Tag warnings are left out here: every explicit tag is checked below, resolved or not.
    for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
      const code =
        e.code === 'DUPLICATE_KEY'
          ? 'duplicate-key'
          : e.code === 'TAG_RESOLVE_FAILED'
            ? 'yaml-tag'
            : 'syntax';
      if (code === 'syntax') readable = false;
      diagnostics.push(located(code, e.pos[0], `YAML: ${e.message.split('\n')[0]}`));
    }
    if (!readable) continue;

    // Integers beyond 2^53 lose digits silently in JavaScript: refuse them where they are written. Explicit
    // tags other than the plain core ones (!!binary, !!set, !!timestamp…) make values of other types.
    let refused = false;
    visit(doc, (_key, node) => {
      if (!isNode(node)) return;
      const offset = node.range?.[0] ?? 0;
      if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
        refused = true;
        diagnostics.push(
          located(
            'yaml-tag',
            offset,
            `YAML: expected plain text, numbers, lists and maps, found a value tagged ${node.tag}`,
          ),
        );
      } else if (
        isScalar(node) &&
        typeof node.value === 'number' &&
        Number.isInteger(node.value) &&
        !Number.isSafeInteger(node.value)
      ) {
        refused = true;
        diagnostics.push(
          located(
            'unsafe-number',
            offset,
            `expected a number JavaScript holds exactly (at most 2^53 − 1), found ${node.source ?? node.value}; quote it if it is text`,
          ),
        );
      }
    });
    if (refused) continue;

    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      diagnostics.push(
        located(
          'yaml-aliases',
          0,
          `YAML: ${(error as Error).message} (more than ${MAX_ALIAS_COUNT} alias expansions)`,
        ),
      );
      continue;
    }
    if (data === null || data === undefined) continue; // an empty file is no error
    if (typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push(
        located(
          'wrong-type',
          doc.contents?.range?.[0] ?? 0,
          `expected a map with the sections ${quoteList(sections, 'and')}, found ${describeValue(data)}`,
        ),
      );
      continue;
    }
    checkSections(data, file, locator, (section, index) => locator.value([section, index]).line);
    locator.release();
  }
  onProgress?.(files.length, files.length);
  return { items, invalidIds, invalidItems, diagnostics };
}

/**
 * Several parses as one, in the order given (the order files are checked in, sorted by path as the
 * readers list them): what parseDataFiles would give for all their files at once. The parts are
 * not changed, so a caller may keep them and merge them again with others.
 */
export function mergeParsedData(parts: readonly ParsedData[]): ParsedData {
  const items = emptySections(() => [] as Located<never>[]) as ParsedData['items'];
  const invalidIds = emptySections(() => new Set<string>());
  const invalidItems = emptySections(() => [] as Located<unknown>[]);
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const section of sections) {
      for (const item of part.items[section]) (items[section] as Located<unknown>[]).push(item);
      for (const id of part.invalidIds[section]) invalidIds[section].add(id);
      for (const item of part.invalidItems[section]) invalidItems[section].push(item);
    }
    for (const d of part.diagnostics) diagnostics.push(d);
  }
  return { items, invalidIds, invalidItems, diagnostics };
}
