/** Opening files: every real GEXF sample with its counts, graph.json, drag-and-drop, broken files (hostile ones: viewer-hostile-files and viewer-hostile-text). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchBrowser, openViewer, type Browser, type ViewerPage } from '../../devkit/browser';
import { counts, nextFrame, openFile, SAMPLES, type ViewerWindow } from './support/viewer';

const baseUrl = inject('baseUrl');
let browser: Browser;
let viewer: ViewerPage;
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-files-'));

function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  browser = await launchBrowser();
  viewer = await openViewer(browser.context, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

/** Counted with xmllint: count(//*[local-name()='node']) and the same for edges. */
const SAMPLE_COUNTS: [file: string, nodes: number, edges: number][] = [
  ['Java.gexf', 1538, 8032],
  ['WebAtlas_EuroSiS.gexf', 1285, 7524],
  ['arctic.gexf', 1715, 6676],
  ['celegans.gexf', 306, 2345],
  ['dynamics.gexf', 4, 5],
  ['gephi010_infinity.gexf', 2, 1],
  ['graphology_v1_3.gexf', 2, 1],
  ['hierarchy1.gexf', 10, 9],
  ['les_miserables.gexf', 77, 254],
  ['les_miserables_gephi_lite.gexf', 77, 254],
  ['rio.gexf', 366, 1107],
  ['viz.gexf', 1, 0],
];

const plural = (n: number, noun: string) => `${n} of ${n} ${noun}${n === 1 ? '' : 's'}`;

async function allPositionsFinite(): Promise<boolean> {
  return viewer.page.evaluate(() => {
    const app = (window as never as ViewerWindow).stancegraph;
    return app.graph.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  });
}

describe('opening files', () => {
  it.each(SAMPLE_COUNTS)(
    'opens %s with %i nodes and %i edges, every node placed',
    async (file, nodes, edges) => {
      const message = await openFile(viewer.page, `${SAMPLES}/${file}`);
      expect(message).toContain(`Opened ${file}: ${nodes} nodes, ${edges} edges.`);
      expect(await counts(viewer.page)).toBe(`${plural(nodes, 'node')}, ${plural(edges, 'edge')}`);
      expect(await allPositionsFinite()).toBe(true);
      await nextFrame(viewer.page);
      await viewer.page.screenshot({ path: artifactPath(`open-${file.replace(/\.gexf$/, '')}.png`) });
      expect(viewer.errors).toEqual([]);
    },
  );

  it('keeps the colours and sizes a file sets, and shows its attributes in the panel', async () => {
    await openFile(viewer.page, `${SAMPLES}/viz.gexf`);
    const node = await viewer.page.evaluate(() => {
      const app = (window as never as ViewerWindow).stancegraph;
      return app.graph.getNodeAttributes('a');
    });
    expect([node.color, node.size, node.x, node.y]).toEqual([
      'rgba(239,173,66,0.6)',
      2.0375757,
      15.783598,
      40.109245,
    ]);
    await openFile(viewer.page, `${SAMPLES}/les_miserables_gephi_lite.gexf`);
    await viewer.page.fill('#search', 'Valjean');
    await viewer.page.keyboard.press('Enter');
    await expect.poll(() => viewer.page.textContent('#panel-title')).toBe('Valjean');
    const attributes = viewer.page.locator('#panel-content details.more');
    await attributes.locator('summary').click();
    expect(await attributes.locator('dt').count()).toBeGreaterThan(0);
    expect(viewer.errors).toEqual([]);
  });

  it('lays out the nodes of a file whose positions are NaN or Infinity', async () => {
    const path = scratchFile(
      'infinite-positions.gexf',
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="A"><viz:position x="0" y="0"/></node>
      <node id="b" label="B"><viz:position x="10" y="5"/></node>
      <node id="c" label="C"><viz:position x="INF" y="NaN"/></node>
      <node id="d" label="D"><viz:position x="-Infinity" y="1"/></node>
    </nodes>
    <edges><edge id="e1" source="a" target="c"/><edge id="e2" source="b" target="c"/></edges>
  </graph>
</gexf>`,
    );
    const message = await openFile(viewer.page, path);
    expect(message).toContain('2 node(s) had no usable position and were laid out.');
    expect(await allPositionsFinite()).toBe(true);
  });

  it('opens a graph.json through the picker, and a GEXF dropped on the page', async () => {
    expect(await openFile(viewer.page, 'dist/graph.json')).toContain('Opened graph.json');
    await viewer.page.evaluate(() => {
      document.getElementById('message')!.hidden = true;
    });
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.2draft" version="1.2"><graph><nodes><node id="x" label="Dropped"/><node id="y" label="Also dropped"/></nodes><edges><edge id="0" source="x" target="y"/></edges></graph></gexf>`;
    await viewer.page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.gexf', { type: 'application/xml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, gexf);
    await viewer.page.waitForSelector('#message:not([hidden])');
    expect(await viewer.page.textContent('#message')).toBe(
      'Opened dropped.gexf: 2 nodes, 1 edges. 2 node(s) had no usable position and were laid out.',
    );
    expect(await counts(viewer.page)).toBe('2 of 2 nodes, 1 of 1 edge');
  });

  it.each([
    [
      'truncated.gexf',
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"',
      'not well-formed XML',
    ],
    [
      'entities.gexf',
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa">]><gexf version="1.3"><graph/></gexf>',
      'found a DOCTYPE',
    ],
    [
      'graph.graphml',
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>',
      'its root element is <graphml>, not <gexf>',
    ],
    ['deep.gexf', `<gexf version="1.3"><graph>${'<nodes>'.repeat(100)}</graph></gexf>`, 'nested deeper than'],
    ['broken.json', '{"nodes": [ {"key": "a"}, ', 'not valid JSON'],
    ['list.json', '{"nodes": 3}', 'is not a graph'],
    ['empty.gexf', '', 'is empty'],
  ])('refuses %s with a clear message and keeps the current graph', async (name, text, expected) => {
    await openFile(viewer.page, `${SAMPLES}/les_miserables.gexf`);
    const before = await counts(viewer.page);
    const message = await openFile(viewer.page, scratchFile(name, text));
    expect(message).toContain(expected);
    expect(message).toContain('The current graph stays.');
    expect(await viewer.page.getAttribute('#message', 'class')).toBe('message error');
    expect(await counts(viewer.page)).toBe(before);
    expect(viewer.errors).toEqual([]);
  });

  it('opens a file with an edge to a missing node, skipping that edge and saying where', async () => {
    const path = scratchFile(
      'dangling.gexf',
      '<gexf version="1.3">\n<graph><nodes><node id="a"/><node id="b"/></nodes>\n<edges><edge source="a" target="b"/><edge source="a" target="zz"/></edges></graph></gexf>',
    );
    const message = await openFile(viewer.page, path);
    expect(message).toContain('Opened dangling.gexf: 2 nodes, 1 edges.');
    expect(message).toContain('1 repair(s) while reading; the first, line 3, column');
    expect(message).toContain('edge points to the missing node "zz"; it was skipped.');
    expect(await counts(viewer.page)).toBe('2 of 2 nodes, 1 of 1 edge');
  });
});
