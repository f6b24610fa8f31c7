/** Reading and driving the viewer from a test: counts, positions on screen, the graph as built. */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import type Sigma from 'sigma';
import { SIZE_DEPENDENT_SETTINGS } from '../../../web/src/settings/viewer-settings';

/** What the page exposes as `window.stancegraph` (web/src/main.ts), as far as the tests read it. */
export interface ViewerWindow {
  stancegraph: { renderer: Sigma; graph: Graph };
}

/** Sigma's own hit test for edges (private in its types; the tests use it to aim clicks). */
export type EdgePicker = { getEdgeAtPoint(x: number, y: number): string | null };

export const SHARED = '../shared';
export const SAMPLES = `${SHARED}/gexf-samples`;

/** The graph the build wrote (the global setup ran the build), as the viewer loads it. */
export function builtGraph(): Graph {
  return Graph.from(JSON.parse(readFileSync('dist/graph.json', 'utf8')));
}

/** The size-dependent Sigma settings the viewer's renderer runs with now. */
export async function sizeDependentSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((names) => {
    const { renderer } = (window as never as ViewerWindow).stancegraph;
    return Object.fromEntries(names.map((name) => [name, renderer.getSetting(name as never)]));
  }, SIZE_DEPENDENT_SETTINGS);
}

export async function counts(page: Page): Promise<string> {
  return (await page.textContent('#counts')) ?? '';
}

/** A node's centre in page coordinates, as sigma draws it now. */
export async function nodeOnPage(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const app = (window as never as ViewerWindow).stancegraph;
    const data = app.renderer.getNodeDisplayData(key);
    if (!data) throw new Error(`no display data for ${key}`);
    const point = app.renderer.framedGraphToViewport(data);
    const box = app.renderer.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, node);
}

/**
 * A straight, visible edge whose midpoint lies clear of every node and of other edges' midpoints,
 * and that midpoint in page coordinates: a place where a click can only mean that edge.
 */
export async function clickableEdge(page: Page): Promise<{ edge: string; x: number; y: number }> {
  return page.evaluate(() => {
    const app = (window as never as ViewerWindow).stancegraph;
    const renderer = app.renderer;
    const graph = renderer.getGraph();
    const box = renderer.getContainer().getBoundingClientRect();
    const nodes: { x: number; y: number; r: number }[] = [];
    graph.forEachNode((node) => {
      const d = renderer.getNodeDisplayData(node)!;
      if (!d.hidden) nodes.push({ ...renderer.framedGraphToViewport(d), r: renderer.scaleSize(d.size) });
    });
    let best: { edge: string; x: number; y: number; clearance: number } | null = null;
    graph.forEachEdge((edge, _a, source, target) => {
      const d = renderer.getEdgeDisplayData(edge)!;
      if (d.hidden || d.type.startsWith('curved')) return;
      const s = renderer.framedGraphToViewport(renderer.getNodeDisplayData(source)!);
      const t = renderer.framedGraphToViewport(renderer.getNodeDisplayData(target)!);
      const x = (s.x + t.x) / 2;
      const y = (s.y + t.y) / 2;
      if (x < 20 || y < 20 || x > box.width - 20 || y > box.height - 20) return;
      let clearance = Infinity;
      for (const n of nodes) clearance = Math.min(clearance, Math.hypot(n.x - x, n.y - y) - n.r);
      if (best === null || clearance > best.clearance) best = { edge, x, y, clearance };
    });
    if (best === null) throw new Error('no straight edge on screen');
    const found = best as { edge: string; x: number; y: number };
    // Mouse events land on whole pixels: take the whole pixel nearest the midpoint that sigma's
    // picking maps to the edge (an edge a few pixels wide leaves some whole pixels just outside).
    for (let radius = 0; radius <= 3; radius++) {
      for (let dx = -radius; dx <= radius; dx++) {
        for (let dy = -radius; dy <= radius; dy++) {
          const x = Math.round(found.x) + dx;
          const y = Math.round(found.y) + dy;
          if ((renderer as never as EdgePicker).getEdgeAtPoint(x, y) === found.edge)
            return { edge: found.edge, x: box.left + x, y: box.top + y };
        }
      }
    }
    throw new Error(`sigma finds no edge at the midpoint of ${found.edge}`);
  });
}

export async function cameraState(
  page: Page,
): Promise<{ x: number; y: number; ratio: number; angle: number }> {
  return page.evaluate(() => {
    const app = (window as never as ViewerWindow).stancegraph;
    return app.renderer.getCamera().getState();
  });
}

/** Opens a file through the picker and waits for the viewer's message about it. */
export async function openFile(page: Page, path: string): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('message')!.hidden = true;
  });
  await page.setInputFiles('#file-input', path);
  await page.waitForSelector('#message:not([hidden])', { timeout: 60_000 });
  return (await page.textContent('#message')) ?? '';
}

/** Waits until the page has drawn two more frames: whatever was drawing when it was called is on screen. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Waits until the camera's animation (choosing a node centres on it) has ended. */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = (window as never as ViewerWindow).stancegraph;
    return !app.renderer.getCamera().isAnimated();
  });
}

/** ForceAtlas2's workers a page started (graphology starts them from blob: URLs) and the messages they posted. */
export interface LayoutWorkers {
  started: number;
  messages: number;
}

/** For openViewer's `before`: counts the layout's workers and their messages from inside the page. */
export async function countLayoutWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const counted: LayoutWorkers = { started: 0, messages: 0 };
    (window as unknown as { layoutWorkers: LayoutWorkers }).layoutWorkers = counted;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).startsWith('blob:')) return;
        counted.started += 1;
        this.addEventListener('message', () => (counted.messages += 1));
      }
    };
  });
}

export async function layoutWorkers(page: Page): Promise<LayoutWorkers> {
  return page.evaluate(() => ({ ...(window as unknown as { layoutWorkers: LayoutWorkers }).layoutWorkers }));
}
