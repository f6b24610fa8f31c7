/**
 * Reading a graph file as a stream, chunk by chunk: bytes are counted for progress, decoded as UTF-8
 * and fed to the shared streaming GEXF reader as they arrive (memory grows with the graph, not with
 * the file), or gathered and parsed as graph.json. Then the repair that makes the graph drawable.
 * The reader worker runs it; it is pure otherwise (a Blob in, a serialized graph out), so the Node
 * tests call the very same function.
 */
import {
  GexfReader,
  GraphFileError,
  readGraphJson,
  sniffFormat,
  type ImportResult,
  type ReadLimits,
} from 'stancegraph';
import type Graph from 'graphology';
import { viewerSettings } from '../../settings';
import type { PositionRepair } from '../positions';
import { prepareGraph } from '../prepare';

/** The graph read and made drawable (positions repaired, colours and sizes filled in). */
export interface ReadResult {
  graph: Graph;
  format: 'json' | 'gexf';
  repair: PositionRepair;
  warnings: ImportResult['warnings'];
}

export interface ReadOptions {
  onProgress?: (bytes: number, total: number) => void;
  /** Once every byte is in: the graph is built from what was read, which takes a while on big files. */
  onStage?: (text: string) => void;
  limits?: Partial<ReadLimits>;
}

/** Where the text goes once its first characters tell the format. */
interface Sink {
  write(chunk: string): void;
  end(): ImportResult;
}

function gexfSink(limits: Partial<ReadLimits>): Sink {
  const reader = new GexfReader(limits);
  return { write: (chunk) => reader.write(chunk), end: () => reader.end() };
}

/** JSON has no streaming parser here: the text is gathered (the size cap bounds it) and parsed once. */
function jsonSink(limits: Partial<ReadLimits>): Sink {
  const chunks: string[] = [];
  return { write: (chunk) => chunks.push(chunk), end: () => readGraphJson(chunks.join(''), limits) };
}

function sinkFor(head: string, name: string, limits: Partial<ReadLimits>): Sink {
  switch (sniffFormat(head, name)) {
    case 'json':
      return jsonSink(limits);
    case 'gexf':
      return gexfSink(limits);
    default:
      throw new GraphFileError(`"${name}" is neither GEXF (XML) nor graph.json (JSON).`);
  }
}

function notUtf8(name: string, bytes: number): GraphFileError {
  return new GraphFileError(
    `"${name}" is not UTF-8 text (an invalid byte sequence within the first ${bytes.toLocaleString('en')} bytes); the viewer reads GEXF and graph.json saved as UTF-8.`,
  );
}

export async function readGraphBlob(
  blob: Blob,
  name: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const { onProgress, onStage, limits = {} } = options;
  const total = blob.size;
  if (total === 0) throw new GraphFileError(`"${name}" is empty.`);
  let bytes = 0;
  let reported = -Infinity;
  const counted = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      const now = Date.now();
      if (onProgress && now - reported >= viewerSettings.progressIntervalMs) {
        reported = now;
        onProgress(bytes, total);
      }
      controller.enqueue(chunk);
    },
  });
  // fatal: a file in another encoding is refused, not silently altered by replacement characters.
  const decoder = new TextDecoderStream('utf-8', { fatal: true });
  const text = blob.stream().pipeThrough(counted).pipeThrough(decoder).getReader();
  let sink: Sink | undefined;
  // Text held back until its first non-blank character tells the format (it is short: whitespace).
  let head = '';
  for (;;) {
    let step: ReadableStreamReadResult<string>;
    try {
      step = await text.read();
    } catch (error) {
      if (error instanceof TypeError) throw notUtf8(name, bytes);
      throw error;
    }
    if (step.done) break;
    if (sink) {
      sink.write(step.value);
      continue;
    }
    head += step.value;
    if (head.trim() === '') continue;
    sink = sinkFor(head, name, limits);
    sink.write(head);
    head = '';
  }
  onProgress?.(bytes, total);
  if (!sink) throw new GraphFileError(`"${name}" holds only whitespace.`);
  onStage?.('Building the graph');
  const { graph, format, warnings } = sink.end();
  const repair = prepareGraph(graph);
  return { graph, format, repair, warnings };
}
