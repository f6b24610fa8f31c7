/**
 * Markup and script in data, shown as text everywhere in the viewer: a data set whose every free
 * text is hostile (tests/fixtures/hostile-html, built, plus what only a crafted graph.json can
 * carry: a hostile kind, type, condition, key, attribute name and graph name), a hostile GEXF, and
 * hostile file names. Every place that shows text is read back literally; no element is created
 * from data, no script runs, no dialog opens; the exported SVG and GEXF hold the text escaped.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchBrowser, openViewer, type Browser, type ViewerPage } from '../../devkit/browser';
import { openFile, SHARED } from './support/viewer';

const baseUrl = inject('baseUrl');
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-hostile-text-'));
let browser: Browser;
let viewer: ViewerPage;

const LABEL = "<img src=x onerror=alert('label')>";
const ISSUE = `<a href="javascript:alert('issue')">guarantees</a>`;
const MINISTER = "<svg onload=alert('minister')>";
const ALLIANCE = "<b onmouseover=alert('alliance')>Alliance</b>";
const SOURCE_TITLE = "<script>alert('source title')</script>";
const QUOTE = 'we demand <b onmouseover=alert(2)>binding guarantees</b> from the alliance';
const GRAPH_NAME = "<img src=x onerror=alert('graph name')>";
const KIND = "<img src=x onerror=alert('kind')>";
const TYPE = "<svg onload=alert('type')>";
const CONDITION = "<img src=x onerror=alert('condition')>";
const KEY = "<script>alert('key')</script>";
const KEY_LABEL = "<script>alert('key label')</script>";
const EDGE_LABEL = "<b onmouseover=alert('edge label')>x</b>";
const ATTRIBUTE = "<img src=x onerror=alert('attribute name')>";
const ATTRIBUTE_VALUE = "<script>alert('attribute value')</script>";
const SOURCE_TEXT = readFileSync('tests/fixtures/hostile-html/text.txt', 'utf8');

/** The built hostile data set, plus what the schema would refuse but a crafted graph.json can hold. */
function hostileGraphJson(): string {
  const out = join(scratch, 'build');
  const run = spawnSync(
    process.execPath,
    ['lib/cli.js', 'build', 'tests/fixtures/hostile-html', '--out', out],
    {
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const data = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  data.attributes.name = GRAPH_NAME;
  data.nodes.push({
    key: KEY,
    attributes: { label: KEY_LABEL, kind: KIND, x: 20, y: 20, size: 6, color: '#ff0000' },
  });
  data.nodes.find((n: { key: string }) => n.key === 'evil-state').attributes[ATTRIBUTE] = ATTRIBUTE_VALUE;
  data.edges.push({
    key: 'hostile-type',
    source: 'evil-state',
    target: KEY,
    attributes: {
      relation: TYPE,
      category: 'stance',
      condition: CONDITION,
      label: EDGE_LABEL,
      goldstein: -1,
      sources: ['s1'],
    },
  });
  return JSON.stringify(data);
}

beforeAll(async () => {
  const body = hostileGraphJson();
  browser = await launchBrowser();
  viewer = await openViewer(browser.context, `${baseUrl}#n=evil-state`, {
    before: async (page) => {
      await page.route('**/graph.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    },
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Elements and attributes a payload would have made, and scripts it would have run. */
async function injected(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    script: document.querySelectorAll('body script').length,
    svg: document.querySelectorAll('body svg').length,
    iframe: document.querySelectorAll('iframe').length,
    b: document.querySelectorAll('b').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      a.getAttribute('href')!.toLowerCase().startsWith('javascript'),
    ).length,
  }));
}
const NOTHING = { img: 0, script: 0, svg: 0, iframe: 0, b: 0, handlers: 0, javascriptLinks: 0 };

/**
 * Waits until an image with the payloads' source (`x`) has failed to load in the page: an image
 * made from data would have failed by then too, and run its handler (a dialog, counted at the end).
 */
async function payloadImagesFailed(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = new Image();
        probe.onerror = () => resolve();
        probe.onload = () => resolve();
        probe.src = 'x';
      }),
  );
}

async function download(button: string, name: string): Promise<{ path: string; suggested: string }> {
  const [file] = await Promise.all([viewer.page.waitForEvent('download'), viewer.page.click(button)]);
  const path = artifactPath(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

const xpath = (path: string, expression: string) =>
  spawnSync('/usr/bin/xmllint', ['--xpath', expression, path], { encoding: 'utf8' }).stdout.trim();

describe('markup and script in the data', () => {
  it('shows the graph name, the node panel and its attribute table as text', async () => {
    const page = viewer.page;
    expect(await page.textContent('#graph-name')).toBe(GRAPH_NAME);
    expect(await page.textContent('#panel-title')).toBe(LABEL);
    const facts = page.locator('#panel-content dl.facts');
    expect(await facts.locator('dt', { hasText: 'Also called' }).locator('+ dd').textContent()).toBe(
      "<script>alert('alias')</script>, Evilland",
    );
    expect(await page.textContent('#panel-content .description')).toBe(
      `<iframe src="javascript:alert('description')"></iframe>`,
    );
    expect(await page.textContent('#panel-content > .note')).toBe(`"><svg onload=alert('note')>`);
    expect(await page.locator('#panel-content .edge-card button.node').allTextContents()).toEqual([
      ISSUE,
      KEY_LABEL,
      MINISTER,
    ]);
    expect(await page.locator('#panel-content .edge-card button.type').allTextContents()).toEqual([
      'demands',
      EDGE_LABEL,
      '← holds office in',
    ]);
    expect(await page.locator('#panel-content .card-meta').allTextContents()).toEqual([
      `speaker: ${MINISTER} · date: 2011-05-16 (“<script>alert('dateText')</script> Monday”) · for`,
      'conditional',
    ]);
    const quote = page.locator('#panel-content button.quote').first();
    expect(await quote.textContent()).toBe(`“${QUOTE}”`);
    expect(await quote.getAttribute('title')).toBe(`Show the quote in ${SOURCE_TITLE}`);
    const table = page.locator('#panel-content details.more');
    await table.locator('summary').click();
    expect(await table.locator('dt', { hasText: ATTRIBUTE }).locator('+ dd').textContent()).toBe(
      ATTRIBUTE_VALUE,
    );
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('shows search results, the legend and the filters as text', async () => {
    const page = viewer.page;
    await page.fill('#search', 'alias');
    expect(await page.locator('#search-results [role=option]').allTextContents()).toEqual([
      `${LABEL} (<script>alert('alias')</script>)`,
    ]);
    await page.fill('#search', '');
    expect(await page.locator('#legend li').allTextContents()).toContain(KIND);
    expect(await page.locator('[data-facet=hiddenKinds] label').allTextContents()).toContain(`${KIND} 1`);
    expect(await page.locator('[data-facet=hiddenTypes] label').allTextContents()).toContain(`${TYPE} 1`);
    expect(await page.locator('[data-facet=hiddenModalities] label').allTextContents()).toContain(
      'Conditional 1',
    );
    expect(await page.locator('[data-facet=hiddenSources] label').allTextContents()).toEqual([
      `${SOURCE_TITLE} 4`,
    ]);
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('shows the source viewer as text, with the quote marked in the source', async () => {
    const page = viewer.page;
    await page.locator('#panel-content button.quote').first().click();
    await expect
      .poll(() => page.locator('#source-dialog').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    expect(await page.textContent('#source-title')).toBe(SOURCE_TITLE);
    expect(await page.textContent('#source-dialog .source-meta')).toBe(
      "<img src=x onerror=alert('publisher')>, 2011-05-16 · original",
    );
    expect(await page.getAttribute('#source-dialog .source-meta a', 'href')).toBe(
      new URL("https://example.org/?q=<script>alert('url')</script>").href,
    );
    expect(await page.textContent('#source-dialog .claim')).toBe(`Evidence for: ${LABEL} demands ${ISSUE}`);
    expect(await page.textContent('#source-dialog mark')).toBe(QUOTE);
    expect(await page.textContent('#source-dialog .source-text')).toBe(SOURCE_TEXT);
    expect(await injected(page)).toEqual(NOTHING);
    await page.keyboard.press('Escape');
  });

  it('shows edge panels as text', async () => {
    const page = viewer.page;
    await page.locator('#panel-content button.type', { hasText: 'demands' }).click();
    await expect.poll(() => page.textContent('#panel-title')).toBe(`${LABEL} demands ${ISSUE}`);
    const row = (term: string) =>
      page.locator('#panel-content dl.facts dt', { hasText: term }).locator('+ dd').textContent();
    expect(await row('Date')).toBe("2011-05-16 (“<script>alert('dateText')</script> Monday”)");
    expect(await row('Speaker')).toBe(MINISTER);
    expect(await row('Recipient')).toBe(ALLIANCE);
    expect(await row('Sources')).toBe(SOURCE_TITLE);
    await page.locator('#panel-content h2 button', { hasText: LABEL }).click();
    await page.locator('#panel-content button.type', { hasText: 'holds office in' }).click();
    await expect.poll(() => page.textContent('#panel-title')).toBe(`${MINISTER} holds office in ${LABEL}`);
    expect(await row('Title')).toBe("<img src=x onerror=alert('title')>");
    expect(await page.textContent('#panel-content > .note')).toBe("<script>alert('relation note')</script>");
    await page.locator('#panel-content h2 button', { hasText: LABEL }).click();
    await page.locator('#panel-content button.type', { hasText: EDGE_LABEL }).click();
    await expect.poll(() => page.textContent('#panel-title')).toBe(`${LABEL} ${EDGE_LABEL} ${KEY_LABEL}`);
    expect(await row('Stance')).toBe(TYPE);
    expect(await row('Condition')).toBe(CONDITION);
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('exports an SVG whose labels are escaped text, and a valid GEXF holding them', async () => {
    const page = viewer.page;
    await page.evaluate(() =>
      (window as never as { stancegraph: { select(s: unknown): void } }).stancegraph.select({
        type: 'node',
        key: 'evil-state',
      }),
    );
    await expect.poll(() => page.textContent('#panel-title')).toBe(LABEL);
    const svg = await download('#export-svg', 'hostile.svg');
    expect(svg.suggested).toBe('img-src-x-onerror-alert-graph-name.svg');
    expect(spawnSync('/usr/bin/xmllint', ['--noout', svg.path]).status).toBe(0);
    expect(
      xpath(
        svg.path,
        "count(//*[local-name()!='svg' and local-name()!='style' and local-name()!='rect' and local-name()!='g' and local-name()!='path' and local-name()!='polygon' and local-name()!='circle' and local-name()!='text'])",
      ),
    ).toBe('0');
    const texts = xpath(svg.path, "//*[local-name()='text']/text()");
    expect(readFileSync(svg.path, 'utf8')).toContain(`>&lt;img src=x onerror=alert('label')&gt;</text>`);
    expect(texts).toContain("&lt;img src=x onerror=alert('label')&gt;");
    const gexf = await download('#export-gexf', 'hostile.gexf');
    const valid = spawnSync(
      '/usr/bin/xmllint',
      ['--noout', '--relaxng', `${SHARED}/gexf/1.3/gexf.rng`, gexf.path],
      { encoding: 'utf8' },
    );
    expect(valid.status, valid.stderr).toBe(0);
    expect(xpath(gexf.path, "string(//*[local-name()='node'][@id='evil-state']/@label)")).toBe(LABEL);
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('shows file names and the errors that quote a file as text', async () => {
    const page = viewer.page;
    const badName = join(scratch, "<img src=x onerror=alert('file')>.json");
    writeFileSync(badName, '{"nodes": [<img src=x onerror=alert(\'json\')>]}');
    const refused = await openFile(page, badName);
    expect(refused).toBe(
      `Could not open "<img src=x onerror=alert('file')>.json": This file is not valid JSON: Unexpected token '<', ...""nodes": [<img src=x"... is not valid JSON. The current graph stays.`,
    );
    const gexfName = join(scratch, "<svg onload=alert('gexf')>.gexf");
    copyFileSync('tests/fixtures/hostile-gexf/hostile-label.gexf', gexfName);
    const opened = await openFile(page, gexfName);
    expect(opened).toBe(
      "Opened <svg onload=alert('gexf')>.gexf: 2 nodes, 1 edges. 2 node(s) had no usable position and were laid out.",
    );
    expect(await page.textContent('#graph-name')).toBe("<svg onload=alert('gexf')>.gexf");
    await payloadImagesFailed(page);
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('shows a hostile GEXF label, attribute title and values as text: nothing runs, no element is made from them', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const path = join(scratch, 'hostile.gexf');
    writeFileSync(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="&lt;b onmouseover=alert(2)&gt;bio" type="string"/><attribute id="1" title="url" type="string"/></attributes>
    <nodes>
      <node id="evil" label="&lt;img src=x onerror=alert(1)&gt;">
        <attvalues><attvalue for="0" value="&lt;script&gt;alert(3)&lt;/script&gt;"/><attvalue for="1" value="javascript:alert(4)"/></attvalues>
      </node>
      <node id="ok" label="Fine"/>
    </nodes>
    <edges><edge id="e" source="evil" target="ok" label="&lt;svg onload=alert(5)&gt;"/></edges>
  </graph>
</gexf>`,
    );
    const page = viewer.page;
    await openFile(page, path);
    await page.fill('#search', 'img');
    expect(await page.locator('#search-results .result-label').first().textContent()).toBe(hostile);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe(hostile);
    await page.locator('#panel-content details.more summary').click();
    expect(await page.locator('#panel-content details.more dt').allTextContents()).toEqual([
      '<b onmouseover=alert(2)>bio',
      'url',
    ]);
    expect(await page.locator('#panel-content details.more dd').allTextContents()).toEqual([
      '<script>alert(3)</script>',
      'javascript:alert(4)',
    ]);
    await page.locator('#panel-content button.type').first().click();
    await expect.poll(() => page.textContent('#panel-title')).toBe(`${hostile} <svg onload=alert(5)> Fine`);
    await payloadImagesFailed(page);
    expect(await injected(page)).toEqual(NOTHING);
  });

  it('ran nothing and opened no dialog through all of it', () => {
    expect(viewer.dialogs).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});
