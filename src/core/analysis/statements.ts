/**
 * The stances as the analysis counts them, read from a built graph (so that the command line and
 * the viewer, which has only graph.json, share it): who, about what, where they stand, whom the act
 * is aimed at, how firmly, and which statement of which origin it is. A window keeps the stances
 * whose act falls in it; background claims stay out unless asked for. What is left out is counted.
 */
import type Graph from 'graphology';
import type { EdgeDomainAttributes, GraphAttributes, NodeDomainAttributes, Position } from '../schema';

export type AnalysisGraph = Graph<NodeDomainAttributes, EdgeDomainAttributes, GraphAttributes>;

export interface Statement {
  id: string;
  type: string;
  /** The principal (the actor), or the speaker when the analysis is by speakers. */
  actor: string;
  /** The stance's own actor and speaker. */
  principal: string;
  speaker?: string;
  target: string;
  position: Position;
  recipients: string[];
  cameo: string;
  goldstein: number;
  quadClass: number;
  interaction: number;
  negated: boolean;
  hedged: boolean;
  conditional: boolean;
  background: boolean;
  reported: boolean;
  /** The statement it is drawn from, and the independent origins it comes through. */
  utterance: string;
  origins: string[];
  date?: string;
  start?: string;
  end?: string;
}

export type ActorMode = 'principals' | 'speakers';

export interface StatementSelection {
  /** Keep stances whose act overlaps this window (ISO days, inclusive). */
  from?: string;
  to?: string;
  actors?: ActorMode;
  /** Count the narrator's background claims too. */
  background?: boolean;
}

export interface SelectedStatements {
  statements: Statement[];
  /** Stances left out, by reason. */
  excluded: { background: number; undated: number; outsideWindow: number };
}

/** Each source's origin: the wire, else the publisher, else the source alone. */
function originsBySource(graph: AnalysisGraph): Map<string, string> {
  const origins = new Map<string, string>();
  for (const s of graph.getAttribute('sources') ?? [])
    origins.set(s.id, s.origin ?? s.publisher ?? `source:${s.id}`);
  return origins;
}

export function selectStatements(
  graph: AnalysisGraph,
  selection: StatementSelection = {},
): SelectedStatements {
  const origins = originsBySource(graph);
  const excluded = { background: 0, undated: 0, outsideWindow: 0 };
  const windowed = selection.from !== undefined || selection.to !== undefined;
  const statements: Statement[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (a.category !== 'stance') return;
    if (a.background && !selection.background) return void excluded.background++;
    if (windowed) {
      if (a.start === undefined || a.end === undefined) return void excluded.undated++;
      if (
        (selection.from !== undefined && a.end < selection.from) ||
        (selection.to !== undefined && a.start > selection.to)
      )
        return void excluded.outsideWindow++;
    }
    statements.push({
      id,
      type: a.relation,
      actor: selection.actors === 'speakers' ? (a.speaker ?? source) : source,
      principal: source,
      ...(a.speaker !== undefined ? { speaker: a.speaker } : {}),
      target,
      position: a.position ?? 'neutral',
      recipients: a.recipient ?? [],
      cameo: a.cameo ?? '',
      goldstein: a.goldstein ?? 0,
      quadClass: a.quadClass ?? 0,
      interaction: a.interaction ?? 0,
      negated: a.negated ?? false,
      hedged: a.hedged ?? false,
      conditional: a.condition !== undefined || a.conditionStance !== undefined,
      background: a.background ?? false,
      reported: (a.reportedBy ?? []).some((r) => r.by !== 'narrator'),
      utterance: a.utterance ?? id,
      origins: [...new Set(a.sources.map((s) => origins.get(s) ?? `source:${s}`))].sort(),
      ...(a.date !== undefined ? { date: a.date, start: a.start, end: a.end } : {}),
    });
  });
  return { statements, excluded };
}

/** The distinct statements among these stances: one per utterance and origin (DNA's de-duplication). */
export function statementKeys(statements: readonly Statement[]): Set<string> {
  const keys = new Set<string>();
  for (const s of statements) for (const origin of s.origins) keys.add(`${s.utterance}\u0000${origin}`);
  return keys;
}
