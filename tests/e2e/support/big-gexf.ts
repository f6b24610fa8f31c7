/**
 * A big GEXF written as a stream (never held in memory): nodes on a square grid, then edges each
 * carrying a quote, until the file reaches the size asked. Like tests/inspect-cli.test.ts's file,
 * with the node count and the quote length as knobs, and edges drawn the way a laid-out graph has
 * them: short (to near neighbours on the grid) and never two between the same pair, since a software
 * WebGL (the tests' headless Chromium) spends minutes filling a few hundred thousand long, curved
 * edges that span the canvas.
 */
import { createWriteStream } from 'node:fs';
import { viewerSettings } from '../../../web/src/settings';

export interface BigGexfShape {
  bytes: number;
  nodes: number;
  /** Characters of quote text on each edge: longer quotes, fewer edges for the same size. */
  quoteLength: number;
}

/** A megabyte under the viewer's size cap: 2,000 nodes and about 20,000 edges, each with a 10,000-character quote. */
export const BIG_SHAPE: BigGexfShape = {
  bytes: viewerSettings.maxFileBytes - 1024 * 1024,
  nodes: 2_000,
  quoteLength: 10_000,
};

export async function writeBigGexf(path: string, shape: BigGexfShape): Promise<{ edges: number }> {
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="directed">\n<attributes class="edge"><attribute id="q" title="quote" type="string"/></attributes>\n<nodes>\n';
  const tail = '</edges>\n</graph>\n</gexf>\n';
  await write(head);
  let bytes = head.length + tail.length;
  let batch: string[] = [];
  const side = Math.ceil(Math.sqrt(shape.nodes));
  for (let i = 0; i < shape.nodes; i++) {
    const line = `<node id="n${i}" label="Node ${i}"><viz:position x="${(i % side) * 10}" y="${Math.floor(i / side) * 10}" z="0"/></node>\n`;
    bytes += line.length;
    batch.push(line);
    if (batch.length === 10_000) await write(batch.splice(0).join(''));
  }
  const between = '</nodes>\n<edges>\n';
  bytes += between.length;
  await write(`${batch.join('')}${between}`);
  batch = [];
  const sentence =
    'We cannot base our security on assurances and promises; we need a legally binding agreement. ';
  const quote = sentence.repeat(Math.ceil(shape.quoteLength / sentence.length)).slice(0, shape.quoteLength);
  let edges = 0;
  for (;;) {
    const e = edges;
    // Round k links each node to the one k + 1 places along the grid: k = 0 its right-hand
    // neighbour, k = side - 1 the one below; a pair never repeats while k < nodes - 1.
    const source = e % shape.nodes;
    const target = (source + 1 + Math.floor(e / shape.nodes)) % shape.nodes;
    const line = `<edge id="e${e}" source="n${source}" target="n${target}"><attvalues><attvalue for="q" value="${quote}"/></attvalues></edge>\n`;
    if (bytes + line.length > shape.bytes) break;
    bytes += line.length;
    edges += 1;
    batch.push(line);
    if (batch.length === 10_000) await write(batch.splice(0).join(''));
  }
  await write(`${batch.join('')}${tail}`);
  await new Promise<void>((r) => out.end(() => r()));
  return { edges };
}
