/**
 * A streaming GEXF reader (1.1 to 1.3 and the drafts Gephi writes) built on saxes: no DOM, so memory
 * grows with the graph, not with the file; depth, size and count limits stop hostile files early;
 * a DOCTYPE (entity expansion, external entities) is refused; every error and repair carries a
 * line and column. Pure: the command line and the viewer (in a worker) share it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { assembleGraph, isPositioned, type PendingEdge } from './assemble';
import { isKnownType, parseValue } from './gexf-values';
import { readViz } from './gexf-viz';
import {
  GraphFileError,
  defaultReadLimits,
  type ImportResult,
  type ImportWarning,
  type ReadLimits,
} from './types';

interface Declared {
  title: string;
  type: string;
  defaultValue?: unknown;
}

const MAX_WARNINGS = 200;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export class GexfReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly limits: ReadLimits;
  private readonly stack: string[] = [];
  private readonly warnings: ImportWarning[] = [];
  private warningCount = 0;
  private bytes = 0;
  private version: string | undefined;
  private sawRoot = false;
  private sawGraph = false;
  private defaultEdgeType = 'undirected';
  private readonly declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  private attributeClass: 'node' | 'edge' = 'node';
  private currentDeclaration: Declared | undefined;
  private inDefault = false;
  private readonly nodes = new Map<string, Record<string, unknown>>();
  private readonly nodeParents: string[] = [];
  private readonly edges: PendingEdge[] = [];
  private current:
    | { kind: 'node'; id: string; attributes: Record<string, unknown> }
    | { kind: 'edge'; edge: PendingEdge }
    | undefined;
  private readonly skippedNodes = new Set<string>();
  private tagLine = 1;
  private tagColumn = 1;

  constructor(limits: Partial<ReadLimits> = {}) {
    this.limits = { ...defaultReadLimits, ...limits };
    this.parser.on('doctype', () =>
      this.fail(
        'a DOCTYPE: GEXF never needs one, and its entity declarations can expand without bound or read other files, so the file is refused',
      ),
    );
    this.parser.on('error', (error) => {
      throw error instanceof GraphFileError
        ? error
        : this.error(`not well-formed XML: ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`);
    });
    // Where the tag starts (its "<"), so that repairs point at the element, not past its attributes.
    this.parser.on('opentagstart', (tag) => {
      this.tagLine = this.parser.line;
      this.tagColumn = this.parser.column - tag.name.length - 1;
    });
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => this.close(tag as SaxesTagPlain));
    this.parser.on('text', (text) => {
      if (this.inDefault && this.currentDeclaration) {
        const parsed = parseValue(this.currentDeclaration.type, text);
        if (parsed.ok) this.currentDeclaration.defaultValue = parsed.value;
      }
    });
  }

  write(chunk: string): this {
    this.bytes += chunk.length;
    if (this.bytes > this.limits.maxChars) {
      this.fail(
        `a file larger than the limit of ${Math.round(this.limits.maxChars / 1024 / 1024)} M characters; filter it in Gephi or split it first`,
      );
    }
    this.parser.write(chunk);
    return this;
  }

  end(): ImportResult {
    this.parser.close();
    if (!this.sawRoot) throw new GraphFileError('This file is not GEXF: it has no <gexf> root element.');
    if (!this.sawGraph) throw new GraphFileError('This GEXF file has no <graph> element.');
    return this.result();
  }

  private error(message: string, line = this.parser.line, column = this.parser.column + 1): GraphFileError {
    return new GraphFileError(`GEXF line ${line}, column ${column}: ${message}`, line, column);
  }

  private fail(what: string): never {
    throw this.error(`expected a GEXF document, found ${what}`);
  }

  private warn(message: string, line = this.tagLine, column = this.tagColumn): void {
    this.warningCount++;
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ line, column, message });
  }

  private open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    this.stack.push(name);
    if (this.stack.length > this.limits.maxDepth)
      this.fail(`elements nested deeper than ${this.limits.maxDepth} levels`);
    if (this.stack.length === 1) {
      if (name !== 'gexf')
        throw this.error(
          `this XML file is not GEXF: its root element is <${tag.name}>, not <gexf>`,
          this.tagLine,
          this.tagColumn,
        );
      this.sawRoot = true;
      this.version = a.version;
      return;
    }
    switch (name) {
      case 'graph':
        this.sawGraph = true;
        this.defaultEdgeType = a.defaultedgetype ?? 'undirected';
        return;
      case 'attributes':
        this.attributeClass = a.class === 'edge' ? 'edge' : 'node';
        return;
      case 'attribute':
        return this.declare(a);
      case 'default':
        this.inDefault = true;
        return;
      case 'node':
        if (this.parentName() === 'nodes') return this.openNode(a);
        return;
      case 'edge':
        if (this.parentName() === 'edges') return this.openEdge(a);
        return;
      case 'attvalue':
        return this.attvalue(a);
      case 'color':
      case 'position':
      case 'size':
      case 'thickness':
      case 'shape':
        return this.viz(name, a);
    }
  }

  private close(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    this.stack.pop();
    if (name === 'default') this.inDefault = false;
    else if (name === 'attribute') this.currentDeclaration = undefined;
    else if (
      name === 'node' &&
      this.current?.kind === 'node' &&
      this.stack[this.stack.length - 1] === 'nodes'
    ) {
      this.nodeParents.pop();
      this.current = undefined;
    } else if (name === 'edge' && this.current?.kind === 'edge') {
      this.edges.push(this.current.edge);
      this.current = undefined;
    }
  }

  private parentName(): string | undefined {
    return this.stack[this.stack.length - 2];
  }

  private declare(a: Record<string, string>): void {
    const id = a.id ?? a.for;
    if (id === undefined) return this.warn('an <attribute> without an id was skipped');
    const type = a.type ?? 'string';
    if (!isKnownType(type))
      this.warn(`attribute "${a.title ?? id}" has the unknown type "${type}"; its values are kept as text`);
    this.currentDeclaration = { title: a.title || id, type: isKnownType(type) ? type : 'string' };
    this.declared[this.attributeClass].set(id, this.currentDeclaration);
  }

  private openNode(a: Record<string, string>): void {
    const id = a.id;
    if (id === undefined) {
      this.warn('a <node> without an id was skipped');
      this.current = undefined;
      return;
    }
    const attributes: Record<string, unknown> = {};
    if (a.label !== undefined) attributes.label = a.label;
    const parent = a.pid ?? this.nodeParents[this.nodeParents.length - 1];
    if (parent !== undefined) attributes.parent = parent;
    if (a.start !== undefined) attributes.start = a.start;
    if (a.end !== undefined) attributes.end = a.end;
    for (const [, declared] of this.declared.node)
      if (declared.defaultValue !== undefined) attributes[declared.title] = declared.defaultValue;
    this.nodeParents.push(id);
    if (this.nodes.has(id)) {
      this.warn(`node "${id}" is defined again; the first definition is kept and this one skipped`);
      this.skippedNodes.add(id);
      this.current = { kind: 'node', id, attributes: {} };
      return;
    }
    if (this.nodes.size >= this.limits.maxNodes)
      this.fail(
        `more than ${this.limits.maxNodes.toLocaleString('en')} nodes, the limit that keeps memory bounded; filter the file in Gephi first`,
      );
    this.nodes.set(id, attributes);
    this.current = { kind: 'node', id, attributes };
  }

  private openEdge(a: Record<string, string>): void {
    if (a.source === undefined || a.target === undefined) {
      this.warn('an <edge> without a source or a target was skipped');
      this.current = undefined;
      return;
    }
    if (this.edges.length >= this.limits.maxEdges)
      this.fail(
        `more than ${this.limits.maxEdges.toLocaleString('en')} edges, the limit that keeps memory bounded; filter the file in Gephi first`,
      );
    const type = a.type ?? this.defaultEdgeType;
    const attributes: Record<string, unknown> = {};
    for (const name of ['label', 'kind', 'start', 'end'] as const)
      if (a[name] !== undefined) attributes[name] = a[name];
    if (a.weight !== undefined) {
      const w = Number(a.weight);
      if (Number.isFinite(w)) attributes.weight = w;
      else this.warn(`edge weight "${a.weight}" is not a finite number and was left out`);
    }
    for (const [, declared] of this.declared.edge)
      if (declared.defaultValue !== undefined) attributes[declared.title] = declared.defaultValue;
    this.current = {
      kind: 'edge',
      edge: {
        key: a.id,
        source: a.source,
        target: a.target,
        undirected: type !== 'directed',
        attributes,
        line: this.tagLine,
        column: this.tagColumn,
      },
    };
  }

  private targetAttributes(): Record<string, unknown> | undefined {
    if (this.current?.kind === 'node') return this.current.attributes;
    if (this.current?.kind === 'edge') return this.current.edge.attributes;
    return undefined;
  }

  private attvalue(a: Record<string, string>): void {
    const attributes = this.targetAttributes();
    if (!attributes) return;
    const id = a.for ?? a.id;
    if (id === undefined || a.value === undefined)
      return this.warn('an <attvalue> without "for" or "value" was skipped');
    const declared = this.declared[this.current!.kind].get(id);
    if (!declared) {
      this.warn(`attribute "${id}" is not declared; its value is kept as text`);
      attributes[id] = a.value;
      return;
    }
    const parsed = parseValue(declared.type, a.value);
    if (parsed.ok) attributes[declared.title] = parsed.value;
    else
      this.warn(`attribute "${declared.title}" (${declared.type}): ${parsed.reason}; the value was left out`);
  }

  private viz(name: string, a: Record<string, string>): void {
    const attributes = this.targetAttributes();
    if (!attributes || (this.parentName() !== 'node' && this.parentName() !== 'edge')) return;
    Object.assign(
      attributes,
      readViz(name, a, (message) => this.warn(message)),
    );
  }

  private result(): ImportResult {
    const graph = assembleGraph(this.nodes, this.edges, (message, line, column) =>
      this.warn(message, line, column),
    );
    if (this.warningCount > this.warnings.length) {
      const more = this.warningCount - this.warnings.length;
      this.warnings.push({ line: 0, column: 0, message: `… and ${more} more warnings` });
    }
    return {
      graph,
      warnings: this.warnings,
      format: 'gexf',
      ...(this.version ? { version: this.version } : {}),
      positioned: isPositioned(graph),
    };
  }
}

/** Reads a whole GEXF text. */
export function readGexf(text: string, limits: Partial<ReadLimits> = {}): ImportResult {
  const reader = new GexfReader(limits);
  // Feeding slices keeps the size check and the parser's buffers small even for one big string.
  const step = 1 << 20;
  for (let i = 0; i < text.length; i += step) reader.write(text.slice(i, i + step));
  return reader.end();
}
