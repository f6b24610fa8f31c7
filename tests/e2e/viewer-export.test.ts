/** Getting graphs out: GEXF of the filtered graph through the shared writer (valid GEXF 1.3), PNG and SVG of the view. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeVisibility, EMPTY_FILTERS } from '../../web/src/state';
import { artifactPath, launchBrowser, openViewer, type Browser } from '../../devkit/browser';
import { countInkedPixels, decodePng } from './support/png';
import { builtGraph, counts, openFile, SAMPLES, SHARED } from './support/viewer';

const baseUrl = inject('baseUrl');
const graph = builtGraph();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = artifactPath(name);
  await file.saveAs(path);
  return path;
}

function validateGexf(path: string): { status: number | null; output: string } {
  const run = spawnSync('/usr/bin/xmllint', ['--noout', '--relaxng', `${SHARED}/gexf/1.3/gexf.rng`, path], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

function elementCount(xml: string, element: 'nodes' | 'edges'): number {
  return Number(new RegExp(`<${element} count="(\\d+)"`).exec(xml)?.[1]);
}

describe('exports', () => {
  it('exports the filtered seed graph as GEXF that validates against the GEXF 1.3 RelaxNG schema', async () => {
    const { page, errors } = await openViewer(browser.context, baseUrl);
    await page.locator('[data-facet=hiddenKinds] input[data-value=person]').uncheck();
    const path = await download(page, '#export-gexf', 'export-seed-filtered.gexf');
    const xml = readFileSync(path, 'utf8');
    const visible = computeVisibility(graph, { ...EMPTY_FILTERS, hiddenKinds: ['person'] });
    expect([elementCount(xml, 'nodes'), elementCount(xml, 'edges')]).toEqual([
      visible.nodes.size,
      visible.edges.size,
    ]);
    expect(xml).not.toContain('id="sergei-ryabkov"');
    expect(validateGexf(path)).toEqual({ status: 0, output: `${path} validates` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the same document as the command line for the unfiltered graph, but for the creator', async () => {
    const { page } = await openViewer(browser.context, baseUrl);
    const path = await download(page, '#export-gexf', 'export-seed.gexf');
    const fromViewer = readFileSync(path, 'utf8');
    const fromBuild = readFileSync('dist/graph.gexf', 'utf8');
    const creator = /<creator>[^<]*<\/creator>/;
    expect(fromViewer.replace(creator, '')).toBe(fromBuild.replace(creator, ''));
    await page.close();
  });

  it('exports an opened GEXF (inferred columns) as valid GEXF 1.3', async () => {
    const { page } = await openViewer(browser.context, baseUrl);
    await openFile(page, `${SAMPLES}/les_miserables.gexf`);
    expect(await counts(page)).toBe('77 of 77 nodes, 254 of 254 edges');
    const path = await download(page, '#export-gexf', 'export-les-miserables.gexf');
    const xml = readFileSync(path, 'utf8');
    expect([elementCount(xml, 'nodes'), elementCount(xml, 'edges')]).toEqual([77, 254]);
    expect(validateGexf(path).status).toBe(0);
    await page.close();
  });

  it('exports the view as a PNG with the drawing in it, and as an SVG with one circle per shown node', async () => {
    const { page, errors } = await openViewer(browser.context, `${baseUrl}#n=russia`);
    const png = readFileSync(await download(page, '#export-png', 'export-view.png'));
    const pixels = decodePng(png);
    console.log(`PNG export: ${pixels.width}×${pixels.height}, ${png.length} bytes`);
    expect(countInkedPixels(pixels)).toBeGreaterThan(3000);
    const svg = readFileSync(await download(page, '#export-svg', 'export-view.svg'), 'utf8');
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg.match(/<circle /g)?.length).toBe(graph.order);
    expect(svg.match(/<path /g)?.length).toBe(graph.size);
    expect(svg).toContain('>Russia</text>');
    const check = spawnSync('/usr/bin/xmllint', ['--noout', artifactPath('export-view.svg')], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
