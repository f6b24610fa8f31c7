/** Which attributes become GEXF columns and of which type: from the schema, or inferred for foreign graphs. */
import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  EDGE_XML_ATTRIBUTES,
  NODE_XML_ATTRIBUTES,
  inferGexfSpecs,
  stancegraphGexfSpecs,
} from '../../../../src/core/write/gexf';
import { edgeAttributes, nodeAttributes } from '../../../../src/core/schema';

describe('stancegraphGexfSpecs', () => {
  // Called in each test, not once when the file loads (see mutation testing's per-test coverage).
  const specs = () => stancegraphGexfSpecs();
  const summary = (list: ReturnType<typeof specs>['nodeAttributes']) =>
    list.map((spec) => `${spec.id}:${spec.type}${spec.json ? ':json' : ''}`);

  it('declares every node attribute of the schema but label, x, y, size, color, in schema order, typed by the schema', () => {
    expect(summary(specs().nodeAttributes)).toEqual([
      'kind:string',
      'aliases:liststring',
      'description:string',
      'wikidata:string',
      'formerIds:liststring',
      'note:string',
      'iso3166:string',
      'founded:date',
      'office:string',
      'serves:string',
      'signed:date',
      'inForce:date',
      'expires:date',
      'inDegree:integer',
      'outDegree:integer',
      'conflict:double',
      'cooperation:double',
      'conflictReceived:double',
      'cooperationReceived:double',
      'betweenness:double',
      'community:integer',
    ]);
  });

  it('declares every edge attribute but label, color, size, start, end; relation stays a column; evidence is JSON', () => {
    expect(summary(specs().edgeAttributes)).toEqual([
      'relation:string',
      'category:string',
      'cameo:string',
      'goldstein:double',
      'quadClass:integer',
      'position:string',
      'interaction:double',
      'negated:boolean',
      'hedged:boolean',
      'background:boolean',
      'condition:string',
      'conditionStance:string',
      'recipient:liststring',
      'audience:string',
      'audienceEntity:string',
      'reportedBy:string:json',
      'inReplyTo:string',
      'utterance:string',
      'title:string',
      'date:date',
      'dateText:string',
      'validFrom:date',
      'validUntil:date',
      'speaker:string',
      'sources:liststring',
      'sourceCount:integer',
      'evidence:string:json',
      'note:string',
    ]);
  });

  it('covers the whole schema: each attribute is a column or carried by GEXF itself', () => {
    expect([...specs().nodeAttributes.map((s) => s.id), ...NODE_XML_ATTRIBUTES].sort()).toEqual(
      Object.keys(nodeAttributes.shape).sort(),
    );
    expect([...specs().edgeAttributes.map((s) => s.id), ...EDGE_XML_ATTRIBUTES].sort()).toEqual(
      Object.keys(edgeAttributes.shape).sort(),
    );
    for (const spec of [...specs().nodeAttributes, ...specs().edgeAttributes])
      expect(spec.title).toBe(spec.id);
  });
});

describe('inferGexfSpecs (foreign graphs only)', () => {
  function inferNodeColumn(...values: unknown[]) {
    const graph = new Graph();
    values.forEach((value, i) => graph.addNode(String(i), { v: value }));
    return inferGexfSpecs(graph).nodeAttributes;
  }

  it.each([
    ['booleans', [true, false], { type: 'boolean' }],
    ['32-bit integers', [1, -2, 2147483647], { type: 'integer' }],
    ['integers beyond 32 bits', [1, 2 ** 40], { type: 'long' }],
    ['integers and fractions', [1, 2.5], { type: 'double' }],
    ['non-finite numbers', [1, Number.NaN], { type: 'double' }],
    ['strings', ['a', ''], { type: 'string' }],
    ['lists of strings', [['a'], []], { type: 'liststring' }],
    ['lists of numbers', [[1, 2]], { type: 'string', json: true }],
    ['objects', [{ a: 1 }], { type: 'string', json: true }],
    ['lists mixed with strings', [['a'], 'b'], { type: 'string', json: true }],
    ['numbers mixed with strings', [1, 'b'], { type: 'string' }],
    ['numbers mixed with booleans', [1, true], { type: 'string' }],
    ['nulls ignored', [null, 3], { type: 'integer' }],
  ])('%s → %j', (_name, values, type) => {
    expect(inferNodeColumn(...values)).toEqual([{ id: 'v', title: 'v', ...type }]);
  });

  it('makes no column of an attribute that is never set', () => {
    expect(inferNodeColumn(null, undefined)).toEqual([]);
  });

  it('keeps first-seen order, leaves the GEXF-carried attributes out, and maps weight and kind to the edge', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a', { label: 'A', x: 1, y: 2, z: 3, size: 4, color: '#000000', b: 1 });
    graph.addNode('b', { a: 'x', b: 2 });
    graph.addEdgeWithKey('e', 'a', 'b', {
      weight: 2,
      kind: 'cites',
      label: 'l',
      color: '#fff',
      size: 1,
      start: '2011-01-01',
      n: 1,
    });
    expect(inferGexfSpecs(graph)).toEqual({
      nodeAttributes: [
        { id: 'b', title: 'b', type: 'integer' },
        { id: 'a', title: 'a', type: 'string' },
      ],
      edgeAttributes: [{ id: 'n', title: 'n', type: 'integer' }],
      kindAttribute: 'kind',
      weightAttribute: 'weight',
    });
  });

  it('writes no kind and the default weight when no edge has them', () => {
    const graph = new MultiDirectedGraph();
    graph.mergeEdge('a', 'b', { relation: 'demands' });
    expect(inferGexfSpecs(graph)).toMatchObject({ kindAttribute: null, weightAttribute: null });
  });
});
