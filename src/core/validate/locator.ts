/** Maps a path in a parsed YAML document to a line and column of its file. */
import { isCollection, isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A file's syntax tree with positions, as `yaml` parses it. */
export interface ParsedPositions {
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * Positions are needed only for diagnostics, and a syntax tree costs several times its file in
 * memory: the tree is made by `parse` when a position is first asked for, and `release` drops it
 * (a later question parses the file again, to the same tree).
 */
export class Locator {
  constructor(
    private readonly parse: () => ParsedPositions,
    private parsed?: ParsedPositions,
  ) {}

  release(): void {
    this.parsed = undefined;
  }

  private get doc(): Document {
    return (this.parsed ??= this.parse()).doc;
  }

  /** Position of the start of an offset into the file. */
  offset(offset: number): Position {
    const { line, col } = (this.parsed ??= this.parse()).lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** Position of the value at `path`, or of the nearest enclosing value that exists. */
  value(path: DataPath): Position {
    // Stryker disable next-line OptionalChaining: every node yaml parses has a range; only a null node (an empty document) has none
    return this.offset(this.deepest(path).node?.range?.[0] ?? 0);
  }

  /** Position of the key of the last path segment (for unknown fields), else of the value. */
  key(path: DataPath): Position {
    const parentPath = path.slice(0, -1);
    const name = path[path.length - 1];
    const { node, depth } = this.deepest(parentPath);
    if (depth === parentPath.length && isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === name && pair.key.range) {
          return this.offset(pair.key.range[0]);
        }
      }
    }
    return this.value(path);
  }

  /** The node at `path`, walking as far as the document goes. */
  private deepest(path: DataPath): { node: Node | null | undefined; depth: number } {
    let node = this.doc.contents as Node | null;
    let depth = 0;
    for (const key of path) {
      if (!isCollection(node)) break;
      const next = node.get(key, true) as Node | undefined;
      // Stryker disable next-line ConditionalExpression: get(key, true) gives a Scalar for an empty value (`key:`), never null; null is checked in case
      if (next === undefined || next === null) break;
      node = next;
      depth++;
    }
    return { node, depth };
  }
}
