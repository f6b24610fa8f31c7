/**
 * Property: any dataset that follows the schema validates clean, builds, and every entity, relation,
 * stance and quote of it is in graph.json and in the GEXF, counted and compared one by one.
 * fast-check runs with a fixed seed (FC_SEED overrides it) and prints the seed of a failure.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gexfChunks, graphJsonString, stancegraphGexfSpecs } from '../../../../src/core/write';
import { graphOf, validateFolder } from '../../../support/pipeline';
import { formatDiagnostic } from '../../../../src/core/validate';
import { datasetArbitrary, writeDataset } from '../../../support/dataset-arbitrary';

const seed = Number(process.env.FC_SEED ?? 20261128);
const numRuns = Number(process.env.FC_RUNS ?? 60);
const root = mkdtempSync(join(tmpdir(), 'stancegraph-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** Names (labels, aliases) are one line: the documented rule collapses XML whitespace runs. */
const asName = (s: string) => s.replace(/[\t\n\r ]+/g, ' ').trim();

describe('any dataset that follows the schema', () => {
  it('validates with no error, builds, and loses nothing in graph.json and graph.gexf', () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        const dir = join(root, `d${counter++}`);
        writeDataset(dir, data);
        const result = validateFolder(dir, 'data');
        expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
        const graph = graphOf(dir, { layoutIterations: 5 });

        const json = Graph.from(JSON.parse(graphJsonString(graph)));
        const gexf = parseGexf(Graph, [...gexfChunks(graph, stancegraphGexfSpecs())].join(''), {
          allowUndeclaredAttributes: false,
        });

        const entityIds = data.entities.map((e) => e.id).sort();
        const claimIds = [...data.relations.map((r) => r.id), ...data.stances.map((s) => s.id)].sort();
        for (const g of [json, gexf]) {
          expect(g.nodes().sort()).toEqual(entityIds);
          expect(g.edges().sort()).toEqual(claimIds);
          for (const e of data.entities) {
            expect(g.getNodeAttribute(e.id, 'label')).toBe(asName(e.label));
            expect(g.getNodeAttribute(e.id, 'kind')).toBe(e.kind);
            expect(g.getNodeAttribute(e.id, 'aliases') ?? []).toEqual(e.aliases.map(asName));
            expect(g.getNodeAttribute(e.id, 'description')).toBe(e.description);
          }
          for (const claim of [...data.relations, ...data.stances]) {
            const [source, target] = 'actor' in claim ? [claim.actor, claim.target] : [claim.from, claim.to];
            expect([
              g.source(claim.id),
              g.target(claim.id),
              g.getEdgeAttribute(claim.id, 'relation'),
            ]).toEqual([source, target, claim.type]);
            const evidence = g.getEdgeAttribute(claim.id, 'evidence');
            const quotes = (typeof evidence === 'string' ? JSON.parse(evidence) : evidence).map(
              (e: { quote: string }) => e.quote,
            );
            expect(quotes).toEqual(claim.evidence.map((e) => e.quote));
          }
        }
      }),
      { seed, numRuns },
    );
  });
});
