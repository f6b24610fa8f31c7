/**
 * The reader worker: reads one file off the page's thread (parsing 200 MB of XML takes seconds, and
 * the tab must stay responsive meanwhile), posting progress and then the graph or the error. The
 * page terminates it to cancel. One worker per file: nothing is left over between files.
 */
import { GraphFileError } from '../../../src/import';
import type { ReaderMessage, ReadRequest } from './protocol';
import { readGraphBlob } from './read-blob';

const post = (message: ReaderMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { blob, name } = event.data;
  try {
    const result = await readGraphBlob(blob, name, {
      onProgress: (bytes, total) => post({ type: 'progress', bytes, total }),
    });
    post({ type: 'done', result });
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
};
