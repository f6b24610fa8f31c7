/**
 * The analysis networks as data: each one a graph (for GEXF, GraphML and JSON) and a tidy table
 * (for CSV), with the parameters that made it, so that a figure can be traced to how it was made.
 * The registry says, per network, its columns and how to compute it.
 */
import Graph from 'graphology';
import type { GexfAttributeSpec } from '../write/gexf/types';
import { alignmentNetwork, type Normalization } from './alignment';
import { interactionNetwork } from './interactions';
import { positionsNetwork, type PositionEdge } from './positions';
import { selectStatements, type ActorMode, type AnalysisGraph, type SelectedStatements } from './statements';
import { voicesNetwork } from './voices';

export const NETWORKS = ['positions', 'alignment', 'interactions', 'voices'] as const;
export type NetworkName = (typeof NETWORKS)[number];

export interface AnalysisParameters {
  network: NetworkName;
  /** The window on the date of the act, ISO days, inclusive. */
  from?: string;
  to?: string;
  normalize: Normalization;
  actors: ActorMode;
  background: boolean;
  maxActorsPerTarget?: number;
  /** What the data was: the SHA-256 of the built graph.json, when the caller knows it. */
  dataDigest?: string;
}

export type TableRow = Record<string, string | number | boolean | undefined>;

export interface NetworkResult {
  parameters: AnalysisParameters;
  /** The network as a graph, made when asked for (the build writes only the tables). */
  toGraph(): Graph;
  /** Columns of the graph's attributes, typed, for the writers. */
  nodeColumns: GexfAttributeSpec[];
  edgeColumns: GexfAttributeSpec[];
  /** The edge attribute that names an edge's kind, and the one that weighs it. */
  kindAttribute: string | null;
  weightAttribute: string | null;
  table: { columns: string[]; rows: TableRow[] };
  excluded: SelectedStatements['excluded'] & { withoutRecipient?: number };
}

export const defaultParameters = (network: NetworkName): AnalysisParameters => ({
  network,
  normalize: 'none',
  actors: 'principals',
  background: false,
});

const col = (id: string, type: GexfAttributeSpec['type']): GexfAttributeSpec => ({ id, title: id, type });
const NODE_COLUMNS = [col('kind', 'string'), col('mode', 'string')];

/** A network's nodes: every entity it names, with its label and kind from the built graph. */
function nodeAdder(source: AnalysisGraph, graph: Graph) {
  return (id: string, mode: string) => {
    if (graph.hasNode(id)) return;
    const a = source.hasNode(id) ? source.getNodeAttributes(id) : undefined;
    graph.addNode(id, { label: a?.label ?? id, kind: a?.kind ?? 'unknown', mode });
  };
}

const label = (source: AnalysisGraph, id: string) =>
  source.hasNode(id) ? source.getNodeAttribute(id, 'label') : id;

export function analyse(source: AnalysisGraph, parameters: AnalysisParameters): NetworkResult {
  const selected = selectStatements(source, {
    ...(parameters.from !== undefined ? { from: parameters.from } : {}),
    ...(parameters.to !== undefined ? { to: parameters.to } : {}),
    actors: parameters.actors,
    background: parameters.background,
  });
  return analyseSelected(source, selected, parameters);
}

/** The network over statements already selected (an empty selection gives an empty network). */
export function analyseSelected(
  source: AnalysisGraph,
  selected: SelectedStatements,
  parameters: AnalysisParameters,
  cache: AnalysisCache = {},
): NetworkResult {
  const { excluded, ...built } = builders[parameters.network](source, selected, parameters, cache);
  return { parameters, ...built, excluded: { ...selected.excluded, ...excluded } };
}

type Built = Omit<NetworkResult, 'parameters' | 'excluded'> & { excluded?: { withoutRecipient: number } };

/** Work shared by several networks of one selection: the positions network, once. */
export interface AnalysisCache {
  positions?: PositionEdge[];
}

const builders: Record<
  NetworkName,
  (
    source: AnalysisGraph,
    selected: SelectedStatements,
    parameters: AnalysisParameters,
    cache: AnalysisCache,
  ) => Built
> = {
  positions: (source, { statements }, _parameters, cache) => {
    const edges = (cache.positions ??= positionsNetwork(statements));
    const toGraph = () => {
      const graph = new Graph({ type: 'directed', multi: false });
      const add = nodeAdder(source, graph);
      for (const e of edges) {
        add(e.actor, 'actor');
        add(e.target, 'target');
        graph.addDirectedEdgeWithKey(`${e.actor}->${e.target}`, e.actor, e.target, {
          position: e.position,
          statements: e.statements,
          sources: e.sources,
          ...(e.firstDate ? { firstDate: e.firstDate, lastDate: e.lastDate } : {}),
          stances: e.stances,
        });
      }
      return graph;
    };
    return {
      toGraph,
      nodeColumns: NODE_COLUMNS,
      edgeColumns: [
        col('position', 'string'),
        col('statements', 'integer'),
        col('sources', 'integer'),
        col('firstDate', 'string'),
        col('lastDate', 'string'),
        col('stances', 'liststring'),
      ],
      kindAttribute: 'position',
      weightAttribute: 'statements',
      table: {
        columns: [
          'actor',
          'actor_label',
          'target',
          'target_label',
          'position',
          'statements',
          'sources',
          'first_date',
          'last_date',
        ],
        rows: edges.map((e) => ({
          actor: e.actor,
          actor_label: label(source, e.actor),
          target: e.target,
          target_label: label(source, e.target),
          position: e.position,
          statements: e.statements,
          sources: e.sources,
          first_date: e.firstDate,
          last_date: e.lastDate,
        })),
      },
    };
  },
  alignment: (source, { statements }, parameters, cache) => {
    const edges = alignmentNetwork((cache.positions ??= positionsNetwork(statements)), {
      normalize: parameters.normalize,
      ...(parameters.maxActorsPerTarget !== undefined
        ? { maxActorsPerTarget: parameters.maxActorsPerTarget }
        : {}),
    });
    const toGraph = () => {
      const graph = new Graph({ type: 'undirected', multi: false });
      const add = nodeAdder(source, graph);
      for (const e of edges) {
        add(e.actorA, 'actor');
        add(e.actorB, 'actor');
        graph.addUndirectedEdgeWithKey(`${e.actorA}--${e.actorB}`, e.actorA, e.actorB, {
          congruence: e.congruence,
          conflict: e.conflict,
          targetsShared: e.targetsShared,
        });
      }
      return graph;
    };
    const type = parameters.normalize === 'none' ? 'integer' : 'double';
    return {
      toGraph,
      nodeColumns: NODE_COLUMNS,
      edgeColumns: [col('congruence', type), col('conflict', type), col('targetsShared', 'integer')],
      kindAttribute: null,
      weightAttribute: null,
      table: {
        columns: ['actor_a', 'actor_b', 'congruence', 'conflict', 'targets_shared'],
        rows: edges.map((e) => ({
          actor_a: e.actorA,
          actor_b: e.actorB,
          congruence: e.congruence,
          conflict: e.conflict,
          targets_shared: e.targetsShared,
        })),
      },
    };
  },
  interactions: (source, { statements }) => {
    const { edges, withoutRecipient } = interactionNetwork(statements);
    const toGraph = () => {
      const graph = new Graph({ type: 'directed', multi: false });
      const add = nodeAdder(source, graph);
      for (const e of edges) {
        add(e.actor, 'actor');
        add(e.recipient, 'actor');
        graph.addDirectedEdgeWithKey(`${e.actor}->${e.recipient}`, e.actor, e.recipient, {
          events: e.events,
          weight: e.weight,
          conflict: e.conflict,
          cooperation: e.cooperation,
        });
      }
      return graph;
    };
    return {
      toGraph,
      nodeColumns: NODE_COLUMNS,
      edgeColumns: [
        col('events', 'integer'),
        col('weight', 'double'),
        col('conflict', 'double'),
        col('cooperation', 'double'),
      ],
      kindAttribute: null,
      weightAttribute: null,
      table: {
        columns: [
          'actor',
          'actor_label',
          'recipient',
          'recipient_label',
          'events',
          'weight',
          'conflict',
          'cooperation',
        ],
        rows: edges.map((e) => ({
          actor: e.actor,
          actor_label: label(source, e.actor),
          recipient: e.recipient,
          recipient_label: label(source, e.recipient),
          events: e.events,
          weight: e.weight,
          conflict: e.conflict,
          cooperation: e.cooperation,
        })),
      },
      excluded: { withoutRecipient },
    };
  },
  voices: (source, { statements }) => {
    const edges = voicesNetwork(statements);
    const toGraph = () => {
      const graph = new Graph({ type: 'directed', multi: true });
      const add = nodeAdder(source, graph);
      for (const e of edges) {
        add(e.speaker, 'speaker');
        add(e.to, e.role === 'speaks-for' ? 'actor' : 'target');
        graph.addDirectedEdgeWithKey(`${e.speaker}-${e.role}->${e.to}`, e.speaker, e.to, {
          role: e.role,
          statements: e.stances.length,
          stances: e.stances,
        });
      }
      return graph;
    };
    return {
      toGraph,
      nodeColumns: NODE_COLUMNS,
      edgeColumns: [col('role', 'string'), col('statements', 'integer'), col('stances', 'liststring')],
      kindAttribute: 'role',
      weightAttribute: null,
      table: {
        columns: ['speaker', 'speaker_label', 'to', 'to_label', 'role', 'stances'],
        rows: edges.map((e) => ({
          speaker: e.speaker,
          speaker_label: label(source, e.speaker),
          to: e.to,
          to_label: label(source, e.to),
          role: e.role,
          stances: e.stances.join(' '),
        })),
      },
    };
  },
};
