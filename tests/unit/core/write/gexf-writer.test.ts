/** The GEXF writer's document: exact output, structure, time bounds, parallel edges, options, chunks. */
import { DirectedGraph, MultiDirectedGraph, MultiGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  gexfChunks,
  stancegraphGexfSpecs,
  writeGexfString,
  type GexfGraph,
  type GexfWarning,
  type GexfWriteOptions,
} from '../../../../src/core/write/gexf';
import { stancegraphFixture } from '../../../support/gexf-fixture';

function write(graph: GexfGraph = stancegraphFixture(), extra: Partial<GexfWriteOptions> = {}) {
  const warnings: GexfWarning[] = [];
  const xml = writeGexfString(graph, {
    ...stancegraphGexfSpecs(),
    creator: 'stancegraph',
    description: 'Who stands where: test graph',
    onWarning: (warning) => warnings.push(warning),
    ...extra,
  });
  return { xml, warnings };
}

/** The text of one element, from its opening line to its closing line. */
function element(xml: string, tag: 'node' | 'edge', id: string): string {
  const start = xml.indexOf(`      <${tag} id="${id}"`);
  if (start < 0) throw new Error(`no ${tag} ${id}`);
  const selfClosed = xml.indexOf('/>\n', start);
  const lineEnd = xml.indexOf('\n', start);
  if (selfClosed + 2 === lineEnd) return xml.slice(start, lineEnd + 1);
  const end = xml.indexOf(`      </${tag}>\n`, start);
  return xml.slice(start, end + `      </${tag}>\n`.length);
}

describe('GEXF document', () => {
  it('starts with the XML 1.0 declaration, the GEXF 1.3 root without schemaLocation, meta without a date, and a dynamic directed graph', () => {
    const { xml } = write();
    expect(xml.slice(0, xml.indexOf('    <attributes'))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
        '  <meta>\n' +
        '    <creator>stancegraph</creator>\n' +
        '    <description>Who stands where: test graph</description>\n' +
        '  </meta>\n' +
        '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">\n',
    );
    expect(xml).not.toContain('schemaLocation');
    expect(xml).not.toContain('lastmodifieddate');
    expect(xml.endsWith('    </edges>\n  </graph>\n</gexf>\n')).toBe(true);
  });

  it('declares every column with the type of its spec, dates as string (GEXF 1.3 has no date type)', () => {
    const { xml } = write();
    const edgeDeclarations = xml.slice(
      xml.indexOf('    <attributes class="edge">'),
      xml.indexOf('    <nodes'),
    );
    expect(edgeDeclarations).toBe(
      [
        '    <attributes class="edge">',
        '      <attribute id="relation" title="relation" type="string"/>',
        '      <attribute id="category" title="category" type="string"/>',
        '      <attribute id="cameo" title="cameo" type="string"/>',
        '      <attribute id="goldstein" title="goldstein" type="double"/>',
        '      <attribute id="quadClass" title="quadClass" type="integer"/>',
        '      <attribute id="position" title="position" type="string"/>',
        '      <attribute id="interaction" title="interaction" type="double"/>',
        '      <attribute id="negated" title="negated" type="boolean"/>',
        '      <attribute id="hedged" title="hedged" type="boolean"/>',
        '      <attribute id="background" title="background" type="boolean"/>',
        '      <attribute id="condition" title="condition" type="string"/>',
        '      <attribute id="conditionStance" title="conditionStance" type="string"/>',
        '      <attribute id="recipient" title="recipient" type="liststring"/>',
        '      <attribute id="audience" title="audience" type="string"/>',
        '      <attribute id="audienceEntity" title="audienceEntity" type="string"/>',
        '      <attribute id="reportedBy" title="reportedBy" type="string"/>',
        '      <attribute id="inReplyTo" title="inReplyTo" type="string"/>',
        '      <attribute id="utterance" title="utterance" type="string"/>',
        '      <attribute id="title" title="title" type="string"/>',
        '      <attribute id="date" title="date" type="string"/>',
        '      <attribute id="dateText" title="dateText" type="string"/>',
        '      <attribute id="validFrom" title="validFrom" type="string"/>',
        '      <attribute id="validUntil" title="validUntil" type="string"/>',
        '      <attribute id="speaker" title="speaker" type="string"/>',
        '      <attribute id="sources" title="sources" type="liststring"/>',
        '      <attribute id="sourceCount" title="sourceCount" type="integer"/>',
        '      <attribute id="evidence" title="evidence" type="string"/>',
        '      <attribute id="note" title="note" type="string"/>',
        '    </attributes>',
        '',
      ].join('\n'),
    );
    expect(xml).toContain(
      '    <attributes class="node">\n      <attribute id="kind" title="kind" type="string"/>\n',
    );
    expect(xml).toContain('      <attribute id="aliases" title="aliases" type="liststring"/>\n');
    expect(xml).toContain('      <attribute id="community" title="community" type="integer"/>\n');
  });

  it('writes a node: id, label, attvalues in column order, then viz color (r g b), size and position with z="0.0"', () => {
    const { xml, warnings } = write();
    expect(element(xml, 'node', 'russia')).toBe(
      [
        '      <node id="russia" label="Russia">',
        '        <attvalues>',
        '          <attvalue for="kind" value="state"/>',
        '          <attvalue for="aliases" value="[&quot;Moscow&quot;, &quot;the Kremlin&quot;, &quot;Russian Federation, the&quot;]"/>',
        '          <attvalue for="wikidata" value="Q159"/>',
        '          <attvalue for="iso3166" value="RU"/>',
        '          <attvalue for="inDegree" value="2"/>',
        '          <attvalue for="outDegree" value="3"/>',
        '          <attvalue for="conflict" value="4.5"/>',
        '          <attvalue for="cooperation" value="0"/>',
        '          <attvalue for="conflictReceived" value="0"/>',
        '          <attvalue for="cooperationReceived" value="0"/>',
        '          <attvalue for="betweenness" value="0.25"/>',
        '          <attvalue for="community" value="0"/>',
        '        </attvalues>',
        '        <viz:color r="192" g="57" b="43"/>',
        '        <viz:size value="18"/>',
        '        <viz:position x="12.5" y="-3.25" z="0.0"/>',
        '      </node>',
        '',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
  });

  it('writes dates as given (reduced precision kept) and numbers in JavaScript shortest form', () => {
    const { xml } = write();
    const treaty = element(xml, 'node', 'new-start');
    expect(treaty).toContain('<attvalue for="signed" value="2010-04-08"/>');
    expect(treaty).toContain('<attvalue for="inForce" value="2011-02"/>');
    expect(treaty).toContain('<attvalue for="expires" value="2021"/>');
    expect(treaty).toContain('<viz:position x="100.125" y="1e-7" z="0.0"/>');
  });

  it('writes a stance edge: id, source, target, kind = relation, label, weight 1, start/end, attvalues, color and thickness', () => {
    const { xml } = write();
    expect(element(xml, 'edge', 's1')).toBe(
      [
        '      <edge id="s1" source="russia" target="united-states" kind="demands" label="demands" weight="1" start="2011-05-16" end="2011-05-16">',
        '        <attvalues>',
        '          <attvalue for="relation" value="demands"/>',
        '          <attvalue for="category" value="stance"/>',
        '          <attvalue for="cameo" value="10"/>',
        '          <attvalue for="goldstein" value="-5"/>',
        '          <attvalue for="quadClass" value="3"/>',
        '          <attvalue for="position" value="for"/>',
        '          <attvalue for="interaction" value="-5"/>',
        '          <attvalue for="negated" value="false"/>',
        '          <attvalue for="hedged" value="false"/>',
        '          <attvalue for="background" value="false"/>',
        '          <attvalue for="recipient" value="[&quot;united-states&quot;]"/>',
        '          <attvalue for="utterance" value="s1"/>',
        '          <attvalue for="title" value="Russia wants guarantees on the missile shield"/>',
        '          <attvalue for="date" value="2011-05-16"/>',
        '          <attvalue for="dateText" value="Monday"/>',
        '          <attvalue for="speaker" value="ryabkov"/>',
        '          <attvalue for="sources" value="[&quot;000_05cd6d67e97d83d5&quot;]"/>',
        '          <attvalue for="sourceCount" value="1"/>',
        '          <attvalue for="evidence" value="[{&quot;source&quot;:&quot;000_05cd6d67e97d83d5&quot;,&quot;quote&quot;:&quot;\\&quot;We can\'t base our security on assurances and promises, we need a legally-binding agreement,\\&quot; Ryabkov told lawmakers&quot;,&quot;start&quot;:279,&quot;end&quot;:395,&quot;prefix&quot;:&quot;missile shield.\\n\\n&quot;,&quot;suffix&quot;:&quot; during parliamentary hearings.&quot;,&quot;direct&quot;:true}]"/>',
        '        </attvalues>',
        '        <viz:color r="231" g="76" b="60"/>',
        '        <viz:thickness value="2.5"/>',
        '      </edge>',
        '',
      ].join('\n'),
    );
  });

  it('writes a relation edge with its boolean, an empty list as [] and an open end (start only)', () => {
    const { xml } = write();
    expect(element(xml, 'edge', 'ryabkov-holds-office-in-russia')).toContain(
      '<attvalue for="negated" value="false"/>\n          <attvalue for="validFrom" value="2008"/>',
    );
    const partyTo = element(xml, 'edge', 'russia-party-to-new-start');
    expect(partyTo.split('\n')[0]).toBe(
      '      <edge id="russia-party-to-new-start" source="russia" target="new-start" kind="party_to" label="party to" weight="1" start="2011-02-01">',
    );
    expect(partyTo).toContain('<attvalue for="sources" value="[]"/>');
  });

  it('keeps parallel edges between one pair as distinct edges with their own ids', () => {
    const { xml } = write();
    const between = [...xml.matchAll(/<edge id="([^"]+)" source="russia" target="united-states"/g)].map(
      (m) => m[1],
    );
    expect(between).toEqual(['s1', 's2']);
    expect(xml).toContain('    <edges count="4">\n');
    expect(xml).toContain('    <nodes count="4">\n');
  });

  it('supports start/end on nodes the same way as on edges', () => {
    const graph = new DirectedGraph();
    graph.addNode('a', { label: 'A', start: '2011-01-01', end: '2011-12-31' });
    graph.addNode('b', { start: '2012-02-29' });
    const { xml, warnings } = write(graph, { nodeAttributes: [], edgeAttributes: [] });
    expect(xml).toContain('      <node id="a" label="A" start="2011-01-01" end="2011-12-31"/>\n');
    expect(xml).toContain('      <node id="b" start="2012-02-29"/>\n');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a month', '2011-05'],
    ['a year', '2011'],
    ['a day that does not exist', '2011-02-29'],
    ['a number', 1305504000000],
    ['free text', 'Monday'],
  ])('leaves out a start that is %s, with a warning', (_what, start) => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a');
    graph.addEdgeWithKey('e', 'a', 'a', { start, end: '2011-05-31' });
    const { xml, warnings } = write(graph, { nodeAttributes: [], edgeAttributes: [] });
    expect(xml).toContain('      <edge id="e" source="a" target="a" weight="1" end="2011-05-31"/>\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ element: 'edge', key: 'e', attribute: 'start' });
  });

  it('is deterministic: two writes of the same graph are byte-identical', () => {
    expect(write().xml).toBe(write().xml);
    expect(write(stancegraphFixture()).xml).toBe(write(stancegraphFixture()).xml);
  });

  it('streams: chunks stay near chunkSize and join into the whole document', () => {
    const whole = write().xml;
    const chunkSize = 512;
    const chunks = [
      ...gexfChunks(stancegraphFixture(), {
        ...stancegraphGexfSpecs(),
        creator: 'stancegraph',
        description: 'Who stands where: test graph',
        chunkSize,
      }),
    ];
    expect(chunks.join('')).toBe(whole);
    // Every element of the fixture is longer than 512 characters: one chunk each, plus the closing one.
    expect(chunks.length).toBe(9);
    // A chunk is yielded as soon as it reaches chunkSize, so it exceeds it by less than one element
    // (the first also carries the preamble: declaration, meta, attribute declarations).
    const preamble = whole.indexOf('      <node ');
    const largestElement = Math.max(
      ...['russia', 'united-states', 'ryabkov', 'new-start'].map((id) => element(whole, 'node', id).length),
      ...['ryabkov-holds-office-in-russia', 's1', 's2', 'russia-party-to-new-start'].map(
        (id) => element(whole, 'edge', id).length,
      ),
    );
    expect(chunks[0]!.length).toBeLessThan(preamble + chunkSize + largestElement);
    for (const chunk of chunks.slice(1, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(chunkSize);
      expect(chunk.length).toBeLessThan(chunkSize + largestElement);
    }
  });
});

describe('GEXF options and graph types', () => {
  it('writes kind from kindAttribute, none when it is null, and weight from weightAttribute', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a');
    graph.addEdgeWithKey('e1', 'a', 'a', { kind: 'cites', relation: 'demands', weight: 2.5 });
    graph.addEdgeWithKey('e2', 'a', 'a', { weight: Number.NaN });
    const edges = (options: Partial<GexfWriteOptions>) => {
      const { xml, warnings } = write(graph, { nodeAttributes: [], edgeAttributes: [], ...options });
      return { lines: xml.split('\n').filter((line) => line.includes('<edge ')), warnings };
    };
    expect(edges({}).lines).toEqual([
      '      <edge id="e1" source="a" target="a" kind="demands" weight="1"/>',
      '      <edge id="e2" source="a" target="a" weight="1"/>',
    ]);
    expect(edges({ kindAttribute: null }).lines[0]).toBe(
      '      <edge id="e1" source="a" target="a" weight="1"/>',
    );
    const weighted = edges({ kindAttribute: 'kind', weightAttribute: 'weight' });
    expect(weighted.lines).toEqual([
      '      <edge id="e1" source="a" target="a" kind="cites" weight="2.5"/>',
      '      <edge id="e2" source="a" target="a" weight="1"/>',
    ]);
    expect(weighted.warnings).toEqual([
      {
        element: 'edge',
        key: 'e2',
        attribute: 'weight',
        message: 'wrote weight 1: NaN is not a finite number',
      },
    ]);
  });

  it('writes an undirected graph as defaultedgetype="undirected", and marks the undirected edges of a mixed graph', () => {
    const undirected = new UndirectedGraph();
    undirected.mergeEdgeWithKey('ab', 'a', 'b');
    expect(write(undirected, { nodeAttributes: [], edgeAttributes: [] }).xml).toContain(
      '  <graph mode="dynamic" timeformat="date" defaultedgetype="undirected">\n',
    );
    const mixed = new MultiGraph();
    mixed.mergeDirectedEdgeWithKey('d', 'a', 'b');
    mixed.mergeUndirectedEdgeWithKey('u', 'a', 'b');
    const { xml } = write(mixed, { nodeAttributes: [], edgeAttributes: [] });
    expect(xml).toContain('defaultedgetype="directed"');
    expect(xml).toContain('      <edge id="d" source="a" target="b" weight="1"/>\n');
    expect(xml).toContain('      <edge id="u" source="a" target="b" type="undirected" weight="1"/>\n');
  });

  it('writes no meta element without creator or description, and no attributes element without columns', () => {
    const graph = new DirectedGraph();
    graph.addNode('a');
    const xml = writeGexfString(graph, { nodeAttributes: [], edgeAttributes: [] });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
        '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">\n' +
        '    <nodes count="1">\n' +
        '      <node id="a"/>\n' +
        '    </nodes>\n' +
        '    <edges count="0">\n' +
        '    </edges>\n' +
        '  </graph>\n' +
        '</gexf>\n',
    );
  });

  it('refuses two columns with one id', () => {
    const spec = { id: 'x', title: 'x', type: 'string' } as const;
    expect(() =>
      writeGexfString(new DirectedGraph(), { nodeAttributes: [spec, spec], edgeAttributes: [] }),
    ).toThrow('two node columns have the id "x"');
  });
});
