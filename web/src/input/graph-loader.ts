/**
 * Getting a graph onto the page, the two ways: the build's graph.json next to the page (at start,
 * and again on Retry), and a file the person opens. Both read in the reader worker, with a progress
 * line and a Cancel button; one read at a time (a new one cancels the one before). Failures are said
 * with what to do: Retry for graph.json, and for a refused file, the current graph stays.
 */
import { GraphFileError } from 'stancegraph';
import type { App } from '../app';
import { viewerSettings } from '../settings';
import { decodeViewState } from '../state';
import { hideMessage, ProgressLine, showMessage } from '../ui';
import { FetchFailed, fetchGraph } from './fetch-graph';
import {
  describeOpened,
  describeRefusal,
  describeWarnings,
  openGraphBlob,
  openGraphFile,
  type OpenedGraph,
} from './open-file';
import { ReadCancelled, type ReadEvents, type ReadTask } from './reader';

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export class GraphLoader {
  private readonly progress = new ProgressLine();
  /** The read under way: cancelling it is how a newer one takes its place. */
  private current: { cancel(): void } | undefined;
  private generation = 0;

  constructor(private readonly app: App) {}

  private progressEvents(): ReadEvents {
    return {
      progress: (bytes, total) => this.progress.update(bytes, total),
      stage: (text) => this.progress.step(text),
    };
  }

  /** Starts a read, cancelling the one before; `isCurrent` tells a superseded read to keep quiet. */
  private begin(cancel: () => void): () => boolean {
    this.current?.cancel();
    this.current = { cancel };
    const generation = ++this.generation;
    return () => generation === this.generation;
  }

  private end(isCurrent: () => boolean): void {
    if (!isCurrent()) return;
    this.current = undefined;
    this.progress.hide();
  }

  /** The build's graph.json: the view comes from the URL. Failures offer Retry. */
  async loadBuilt(): Promise<void> {
    const aborting = new AbortController();
    let reading: ReadTask<OpenedGraph> | undefined;
    let cancelledByPerson = false;
    const cancel = () => {
      aborting.abort();
      reading?.cancel();
    };
    const isCurrent = this.begin(cancel);
    document.body.dataset.ready = 'loading';
    hideMessage();
    const started = performance.now();
    const slow = setTimeout(() => {
      if (!isCurrent()) return;
      this.progress.show('Loading graph.json', () => {
        cancelledByPerson = true;
        cancel();
      });
      document.body.dataset.loadingShownMs = String(Math.round(performance.now() - started));
    }, viewerSettings.loadingLineDelayMs);
    try {
      const blob = await fetchGraph('./graph.json', {
        signal: aborting.signal,
        stallMs: viewerSettings.stallMs,
        maxBytes: viewerSettings.maxFileBytes,
        onProgress: (bytes, total) => this.progress.update(bytes, total),
      });
      // Marks for the browser's performance tools: where the time to first drawing goes.
      performance.mark('stancegraph:fetched');
      // A small graph.json (the usual build) is read at once on the page; a large one in the worker.
      reading = openGraphBlob(blob, 'graph.json', this.progressEvents(), true);
      const opened = await reading.result;
      if (!isCurrent()) return;
      performance.mark('stancegraph:read');
      const name = opened.graph.getAttribute('name');
      this.app.load(opened.graph, {
        fromBuild: true,
        name: typeof name === 'string' ? name : 'graph.json',
        view: decodeViewState(location.hash),
        repair: opened.repair,
      });
      // Sigma draws in load(); the next animation frame is when that drawing is on screen.
      requestAnimationFrame(() => {
        document.body.dataset.firstFrameMs = String(Math.round(performance.now() - started));
      });
      performance.mark('stancegraph:drawn');
      document.body.dataset.loadedMs = String(Math.round(performance.now() - started));
      document.body.dataset.ready = 'true';
    } catch (error) {
      if (!isCurrent()) return;
      const reason = cancelledByPerson
        ? 'loading was cancelled'
        : error instanceof FetchFailed || error instanceof GraphFileError
          ? error.message
          : `an unexpected error (${(error as Error)?.message ?? String(error)})`;
      showMessage(
        `Could not load graph.json: ${reason.replace(/\.$/, '')}. Retry, run "npm start" (it builds the graph), or open a GEXF or graph.json file with "Open file…".`,
        'error',
        [{ label: 'Retry', run: () => void this.loadBuilt() }],
      );
      document.body.dataset.ready = 'error';
    } finally {
      clearTimeout(slow);
      this.end(isCurrent);
    }
  }

  /** A file picked or dropped: on any failure the current graph stays, and the message says so. */
  async openFile(file: File): Promise<void> {
    const task = openGraphFile(file, this.progressEvents());
    const isCurrent = this.begin(() => task.cancel());
    this.progress.show(`Reading ${file.name}`, () => task.cancel());
    try {
      const opened = await task.result;
      if (!isCurrent()) return;
      this.progress.step(`Drawing ${file.name}…`);
      // A big graph takes the page's thread for a while to draw: say so on screen first.
      await nextPaint();
      if (!isCurrent()) return;
      hideMessage();
      history.replaceState(null, '', location.pathname + location.search);
      const drawn = this.app.load(opened.graph, {
        fromBuild: false,
        name: opened.name,
        repair: opened.repair,
      });
      // Without a drawing, the page's message says so and offers Reload: it stays in place.
      if (drawn) {
        const repairs = describeWarnings(opened);
        showMessage(describeOpened(opened), 'info', [], {
          summary: `All ${repairs.length} repair(s), with their place in the file`,
          items: repairs,
        });
      }
    } catch (error) {
      if (!isCurrent()) return;
      if (error instanceof ReadCancelled) {
        showMessage(`Stopped reading "${file.name}". The current graph stays.`, 'info');
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      showMessage(`${describeRefusal(file.name, reason)} The current graph stays.`, 'error');
    } finally {
      this.end(isCurrent);
    }
  }
}
