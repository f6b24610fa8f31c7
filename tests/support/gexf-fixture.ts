/**
 * A small stancegraph graph built by hand, typed against the graph contract, with what the GEXF tests
 * need: every column type, parallel stances between one pair, dated and undated edges, a long quote
 * with quotation marks and newlines, and JSON evidence.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../src/core/schema';

export const SOURCE_ID = '000_05cd6d67e97d83d5';

export const QUOTE_RYABKOV =
  '"We can\'t base our security on assurances and promises, we need a legally-binding agreement," Ryabkov told lawmakers';

export function stancegraphFixture(): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const metrics = {
    inDegree: 0,
    outDegree: 0,
    conflict: 0,
    cooperation: 0,
    conflictReceived: 0,
    cooperationReceived: 0,
    betweenness: 0,
    community: 0,
  };
  graph.addNode('russia', {
    label: 'Russia',
    kind: 'state',
    aliases: ['Moscow', 'the Kremlin', 'Russian Federation, the'],
    wikidata: 'Q159',
    iso3166: 'RU',
    ...metrics,
    inDegree: 2,
    outDegree: 3,
    conflict: 4.5,
    betweenness: 0.25,
    x: 12.5,
    y: -3.25,
    size: 18,
    color: '#c0392b',
  });
  graph.addNode('united-states', {
    label: 'United States',
    kind: 'state',
    aliases: ['U.S.', 'Washington'],
    ...metrics,
    inDegree: 2,
    conflictReceived: 4.5,
    community: 1,
    x: -40,
    y: 7,
    size: 12,
    color: '#2e86c1',
  });
  graph.addNode('ryabkov', {
    label: 'Sergei Ryabkov',
    kind: 'person',
    aliases: [],
    office: 'Deputy Foreign Minister',
    serves: 'russia',
    note: 'Quoted twice in the seed article.\nSecond line of the note.',
    ...metrics,
    outDegree: 1,
    x: 0,
    y: 0,
    size: 6,
    color: '#7f8c8d',
  });
  graph.addNode('new-start', {
    label: 'New START',
    kind: 'treaty',
    aliases: ['New Strategic Arms Reduction Treaty'],
    signed: '2010-04-08',
    inForce: '2011-02',
    expires: '2021',
    ...metrics,
    inDegree: 1,
    x: 100.125,
    y: 1e-7,
    size: 9.5,
    color: '#27ae60',
  });

  const evidence = (quote: string, start: number) => ({
    source: SOURCE_ID,
    quote,
    start,
    end: start + quote.length,
    prefix: 'missile shield.\n\n',
    suffix: ' during parliamentary hearings.',
    direct: true,
  });
  graph.addEdgeWithKey('ryabkov-holds-office-in-russia', 'ryabkov', 'russia', {
    relation: 'holds_office_in',
    label: 'holds office in',
    category: 'relation',
    negated: false,
    validFrom: '2008',
    sources: [SOURCE_ID],
    sourceCount: 1,
    evidence: [],
    color: '#999999',
    size: 1,
  });
  graph.addEdgeWithKey('s1', 'russia', 'united-states', {
    relation: 'demands',
    label: 'demands',
    category: 'stance',
    cameo: '10',
    goldstein: -5,
    quadClass: 3,
    position: 'for',
    interaction: -5,
    negated: false,
    hedged: false,
    background: false,
    recipient: ['united-states'],
    utterance: 's1',
    title: 'Russia wants guarantees on the missile shield',
    date: '2011-05-16',
    dateText: 'Monday',
    start: '2011-05-16',
    end: '2011-05-16',
    speaker: 'ryabkov',
    sources: [SOURCE_ID],
    sourceCount: 1,
    evidence: [evidence(QUOTE_RYABKOV, 279)],
    color: '#e74c3c',
    size: 2.5,
  });
  // A second stance of the same type between the same pair: a parallel edge, kept apart.
  graph.addEdgeWithKey('s2', 'russia', 'united-states', {
    relation: 'demands',
    label: 'demands',
    category: 'stance',
    goldstein: -2.5,
    position: 'for',
    interaction: -1.25,
    hedged: true,
    condition: 'if the talks fail',
    date: '2011-05',
    start: '2011-05-01',
    end: '2011-05-31',
    reportedBy: [{ by: 'united-states', date: '2011-05-20' }],
    sources: [SOURCE_ID, 'zz-other-source'],
    sourceCount: 2,
    evidence: [evidence('Russia wants the United States to provide Moscow with guarantees', 52)],
    note: 'Tab\there, CR\rthere & <markup> "quoted"',
    color: '#e74c3c',
    size: 1.5,
  });
  graph.addEdgeWithKey('russia-party-to-new-start', 'russia', 'new-start', {
    relation: 'party_to',
    label: 'party to',
    category: 'relation',
    validFrom: '2011-02',
    start: '2011-02-01',
    sources: [],
    sourceCount: 0,
    evidence: [],
    color: '#999999',
    size: 1,
  });
  return graph;
}
