/**
 * Memory a data folder needs, estimated before anything is read, so that a corpus too large for the
 * machine stops with a message instead of an out-of-memory crash, and one too large for Node's
 * default heap gets a larger heap. Node cannot raise its heap limit once started: the command line
 * starts itself again with --max-old-space-size (see src/node/cli).
 */
import { readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';

/**
 * Heap needed per byte of YAML and source text, with the margin included: the build's live heap
 * peaks at a few times its input (`npm run bench` records the peak at each corpus size), and V8
 * needs room above the live set to collect without thrashing.
 */
export const HEAP_PER_INPUT_BYTE = 5;
/** Node, the loaded code and a graph's fixed costs. */
export const HEAP_BASE_MB = 256;
/** Never ask for more than this share of the machine's memory: the system and the page cache need the rest. */
export const MAX_SHARE_OF_MEMORY = 0.8;
/**
 * From this much input on, the build runs with a larger young generation (V8's semi-space, 16 MB by
 * default on Node 20): validating and building allocate millions of short-lived objects, and with
 * the default each scavenge promotes many still-live ones into the old generation, where they cost
 * full collections later. The threshold spares small folders a second start of the command.
 */
export const LARGE_INPUT_BYTES = 32 * 2 ** 20;
export const LARGE_INPUT_SEMI_SPACE_MB = 64;

export interface MemoryPlan {
  /** Bytes of all files under the folder (data files and texts). */
  inputBytes: number;
  neededHeapMb: number;
  heapLimitMb: number;
  machineMb: number;
  /** fits: the heap is large enough; raise-heap: start again with `heapMb`; too-large: stop with `message`. */
  action: 'fits' | 'raise-heap' | 'too-large';
  heapMb?: number;
  /** The V8 flags to run with (the heap, the young generation); none: run as is. */
  nodeFlags: string[];
  message?: string;
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const gb = (mb: number) => `${(mb / 1024).toFixed(1)} GB`;

export function planMemory(
  inputBytes: number,
  heapLimitMb = getHeapStatistics().heap_size_limit / 2 ** 20,
  machineMb = totalmem() / 2 ** 20,
): MemoryPlan {
  const neededHeapMb = Math.ceil(HEAP_BASE_MB + (HEAP_PER_INPUT_BYTE * inputBytes) / 2 ** 20);
  const youngGeneration =
    inputBytes >= LARGE_INPUT_BYTES ? [`--max-semi-space-size=${LARGE_INPUT_SEMI_SPACE_MB}`] : [];
  const plan = {
    inputBytes,
    neededHeapMb,
    heapLimitMb: Math.round(heapLimitMb),
    machineMb: Math.round(machineMb),
  };
  if (neededHeapMb <= heapLimitMb) return { ...plan, action: 'fits', nodeFlags: youngGeneration };
  const ceiling = Math.floor(machineMb * MAX_SHARE_OF_MEMORY);
  if (neededHeapMb <= ceiling) {
    const heapMb = Math.min(ceiling, Math.ceil(neededHeapMb * 1.25));
    return {
      ...plan,
      action: 'raise-heap',
      heapMb,
      nodeFlags: [`--max-old-space-size=${heapMb}`, ...youngGeneration],
    };
  }
  return {
    ...plan,
    action: 'too-large',
    nodeFlags: [],
    message: `this data folder holds ${gb(inputBytes / 2 ** 20)} of YAML and source texts; reading it needs about ${gb(neededHeapMb)} of memory, and this machine has ${gb(machineMb)} (${Math.round(MAX_SHARE_OF_MEMORY * 100)}% of it usable). Split the corpus into several data folders (for instance one per year or per desk) and build each, or run on a machine with more memory.`,
  };
}
