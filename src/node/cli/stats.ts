/** `stancegraph stats`: counts by kind and type, and the most central actors. */
import { actorKinds, type DomainGraph, type NodeMetrics } from '../../core';

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  relationsByType: Record<string, number>;
  stancesByType: Record<string, number>;
  stancesByPosition: Record<string, number>;
  /** Stances with each modality flag (a stance may have several). */
  stancesByModality: Record<string, number>;
  /** Actors by betweenness, then degree: who brokers the debate. */
  mostCentral: {
    id: string;
    label: string;
    kind: string;
    betweenness: number;
    degree: number;
    conflict: number;
    cooperation: number;
  }[];
}

function count(into: Record<string, number>, key: string | undefined): void {
  if (key !== undefined) into[key] = (into[key] ?? 0) + 1;
}

const sortedRecord = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

export function graphStats(graph: DomainGraph, metrics: NodeMetrics, top = 10): GraphStats {
  const nodesByKind: Record<string, number> = {};
  const relationsByType: Record<string, number> = {};
  const stancesByType: Record<string, number> = {};
  const stancesByPosition: Record<string, number> = {};
  const stancesByModality: Record<string, number> = {};
  const actors: GraphStats['mostCentral'] = [];
  graph.forEachNode((id, a) => {
    count(nodesByKind, a.kind);
    const m = metrics.get(id)!;
    if ((actorKinds as readonly string[]).includes(a.kind)) {
      actors.push({
        id,
        label: a.label,
        kind: a.kind,
        betweenness: Math.round(m.betweenness * 1e4) / 1e4,
        degree: m.inDegree + m.outDegree,
        conflict: m.conflict,
        cooperation: m.cooperation,
      });
    }
  });
  graph.forEachEdge((_e, a) => {
    if (a.category === 'relation') count(relationsByType, a.relation);
    else {
      count(stancesByType, a.relation);
      count(stancesByPosition, a.position);
      if (a.negated) count(stancesByModality, 'negated');
      if (a.hedged) count(stancesByModality, 'hedged');
      if (a.condition !== undefined || a.conditionStance !== undefined)
        count(stancesByModality, 'conditional');
      if ((a.reportedBy ?? []).some((r) => r.by !== 'narrator')) count(stancesByModality, 'reported');
      if (a.background) count(stancesByModality, 'background');
    }
  });
  actors.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return {
    nodes: graph.order,
    edges: graph.size,
    nodesByKind: sortedRecord(nodesByKind),
    relationsByType: sortedRecord(relationsByType),
    stancesByType: sortedRecord(stancesByType),
    stancesByPosition: sortedRecord(stancesByPosition),
    stancesByModality: sortedRecord(stancesByModality),
    mostCentral: actors.slice(0, top),
  };
}

function table(title: string, record: Record<string, number>): string[] {
  const width = Math.max(...Object.keys(record).map((k) => k.length), 4);
  return [title, ...Object.entries(record).map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(6)}`)];
}

export function formatStats(s: GraphStats): string {
  const lines = [
    `${s.nodes} nodes, ${s.edges} edges`,
    '',
    ...table('Entities by kind', s.nodesByKind),
    '',
    ...table('Relations by type', s.relationsByType),
    '',
    ...table('Stances by type', s.stancesByType),
    '',
    ...table('Stances by position', s.stancesByPosition),
    '',
    ...table('Stances by modality', s.stancesByModality),
    '',
    'Most central actors (betweenness, degree, conflict and cooperation taken)',
  ];
  const width = Math.max(...s.mostCentral.map((a) => a.label.length), 5);
  s.mostCentral.forEach((a, i) => {
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${a.label.padEnd(width)}  ${a.betweenness.toFixed(4)}  ${String(a.degree).padStart(5)}  −${a.conflict} +${a.cooperation}  (${a.kind})`,
    );
  });
  return lines.join('\n');
}
