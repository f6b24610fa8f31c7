/**
 * The reader worker: reads one file off the page's thread (parsing 200 MB of XML takes seconds, and
 * the tab must stay responsive meanwhile), posting progress, then the graph in slices, each when the
 * page asks for it, or the error. The page terminates it to cancel. One worker per file: nothing is
 * left over between files.
 */
import { GraphFileError } from 'stancegraph';
import { sliceGraph } from './graph-slices';
import type { NextSlice, ReaderMessage, ReadRequest } from './protocol';
import { readGraphBlob } from './read-blob';

const post = (message: ReaderMessage) => self.postMessage(message);
let slices: Iterator<ReturnType<typeof sliceGraph> extends Iterable<infer T> ? T : never> | undefined;

/** Posts the next part of the graph, or says it is all there. */
function sendNext(): void {
  const next = slices?.next();
  if (!next || next.done) {
    slices = undefined;
    return post({ type: 'done' });
  }
  const part = next.value;
  post('header' in part ? { type: 'header', header: part.header } : { type: 'slice', slice: part.slice });
}

async function read({ blob, name, limits }: ReadRequest): Promise<void> {
  try {
    const result = await readGraphBlob(blob, name, {
      limits,
      onProgress: (bytes, total) => post({ type: 'progress', bytes, total }),
      onStage: (text) => post({ type: 'stage', text }),
    });
    slices = sliceGraph(result);
    sendNext();
  } catch (error) {
    if (error instanceof GraphFileError) {
      post({
        type: 'error',
        message: error.message,
        fileError: true,
        ...(error.line === undefined ? {} : { line: error.line, column: error.column }),
      });
    } else {
      post({ type: 'error', message: (error as Error)?.message ?? String(error), fileError: false });
    }
  }
}

self.onmessage = (event: MessageEvent<ReadRequest | NextSlice>) => {
  if (event.data.type === 'read') void read(event.data);
  else sendNext();
};
