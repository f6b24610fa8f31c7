/** The shape of bench/results.json, and its writing (formatted as prettier would, so `prettier --check` passes). */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import type { WriterId, WriterResult } from '../baselines/graph-writers';
import type { NetworkxResult } from '../baselines/networkx';
import type { CachedCorpus } from '../corpus-cache';
import type { Machine } from '../machine';

export type Writers = Partial<Record<WriterId, WriterResult>>;

export interface BuildResult {
  size: string;
  stances: number;
  counts: Record<string, number>;
  /** Wall time per stage of the pipeline: read, validate, build, metrics, layout, style, write. */
  stagesMs: Record<string, number>;
  /** CPU time of the process per stage (more than the wall time where a worker thread helps). */
  stagesCpuMs: Record<string, number>;
  /** From the start of the process (Node and module loading included) to the published files. */
  wholeMs: number;
  /**
   * Every build's whole time when the size was built more than once (a shared machine's load moves
   * a single figure by a fifth): the stages and whole time above are those of the median build.
   */
  wholeMsRuns?: number[];
  peakRssMb: number;
  heapLimitMb: number;
  /** The V8 flags the build ran with: those `stancegraph build` chooses for this input (src/node/memory/memory-plan.ts). */
  nodeFlags?: string[];
  files: Record<string, number>;
  writers?: Writers;
  networkx?: NetworkxResult;
}

export interface AnalysisCost {
  size: string;
  stances: number;
  /** Whole build times and peak resident sets, one per build, with and without the analysis. */
  withAnalysis: { wholeMs: number; peakRssMb: number; analyseMs?: number }[];
  without: { wholeMs: number; peakRssMb: number }[];
}

export interface WritersResult {
  nodes: number;
  edges: number;
  graphMs: number;
  graphHeapMb: number;
  writers: Writers;
  networkx?: NetworkxResult;
  peakRssMb: number;
}

export interface ForceAtlas2Row {
  nodes: number;
  edges: number;
  implementation: 'build' | 'graphology' | 'graphology worker (Chromium)' | 'graphology (Chromium)';
  barnesHut: boolean;
  iterations: number;
  msPerIteration: number;
}

export interface ForceAtlas2Results {
  rows: ForceAtlas2Row[];
  /** The build's default plan at each size, and its whole layout time. */
  plans: {
    nodes: number;
    iterations: number;
    barnesHutOptimize: boolean;
    barnesHutTheta: number;
    layoutMs: number;
  }[];
}

export interface FrameStats {
  /** Navigation to the first frame drawn with the graph. */
  firstFrameMs: number;
  /** Navigation until frames come within 40 ms again: the first drawing done (absent in older results). */
  idleMs?: number;
  /** Sigma's render() on the main thread, per frame. */
  meanRenderMs?: number;
  /** While the camera pans and zooms. */
  meanFrameMs: number;
  p95FrameMs: number;
  frames: number;
  /** The camera standing still: one frame with everything drawn, median of three (absent in older results). */
  stillFrameMs?: number;
}

/** The viewer's frame times over bare Sigma's, mean and 95th percentile, when both were measured. */
export function frameRatios(run: ViewerRun): { mean: number; p95: number } | undefined {
  if (!run.viewer || !run.bareSigma) return undefined;
  return {
    mean: run.viewer.meanFrameMs / run.bareSigma.meanFrameMs,
    p95: run.viewer.p95FrameMs / run.bareSigma.p95FrameMs,
  };
}

export interface ViewerRun {
  nodes: number;
  edges: number;
  viewer?: FrameStats;
  bareSigma?: FrameStats;
  /** The settings the viewer says it used (hide edges on move, label density…), when it tells. */
  viewerSettings?: Record<string, unknown>;
  /**
   * The viewer with the settings viewerSettingsFor gives a small graph applied (setSetting): every
   * edge and label drawn while moving, as before the settings depended on size. Shows what they buy.
   */
  viewerSmallSettings?: FrameStats;
  smallSettings?: Record<string, unknown>;
  error?: string;
}

export interface ViewerResults {
  renderer?: string;
  runs: ViewerRun[];
  forceAtlas2: ForceAtlas2Row[];
  notes: string[];
}

/** The live builder (`stancegraph serve`) on one folder: a save through the API until the page has its patch. */
export interface BuilderResult {
  /** "seed" (graph-data) or a corpus size. */
  size: string;
  stances: number;
  edges: number;
  /** runPipeline to the styled graph (read, validate, build, metrics, layout, style): the server's first build. */
  fullRebuildMs: number;
  fullRebuildStagesMs: Record<string, number>;
  serverStartMs: number;
  /** From the PUT sent to the change event received (median), and each save's. */
  saveToPatchMs: number;
  saveToPatchRuns: number[];
  /** The rebuild's steps in the median save (validate is 0 when the save's own validation is reused). */
  rebuildStepsMs: Record<string, number>;
  /** What the patch of the first save held. */
  patch: Record<string, number>;
  /** The Node flags the child ran with: those `stancegraph serve` would start itself with on the folder. */
  nodeFlags?: string[];
}
/**
 * met: the measured figure meets the target (within the printed tolerance, if any); MISSED: it does
 * not; ERROR: a measurement or its baseline failed, so nothing can be said (never a pass); not
 * measured: this run left the measurement out.
 */
export type Verdict = 'met' | 'MISSED' | 'ERROR' | 'not measured';

export interface Goal {
  id: string;
  goal: string;
  target: string;
  /** The slack the verdict allows beyond the target, or "none", printed beside the verdict (absent in older results). */
  tolerance?: string;
  measured: string;
  /** Set by evaluateGoals; absent in results written before verdicts. */
  verdict?: Verdict;
  /** true met, false missed or error, null not measured in this run (kept for older readers: see verdict). */
  met: boolean | null;
  /** The command that measures this goal's figures again (absent in older results). */
  reproduce?: string;
}

export interface BenchResults {
  /** Where and from which source (commit, uncommitted changes) this run's own parts were measured. */
  machine: Machine;
  /** How this run was started (`npm run bench -- …`): run again, it measures the same parts. */
  command?: string;
  date: string;
  seed: number;
  loadAverage: { start: number; end?: number };
  corpora: (Omit<CachedCorpus, 'dir'> & { size: string; dir?: undefined })[];
  builds: BuildResult[];
  /**
   * What the analysis stage and its tables add to a build: the largest size built again as many
   * times without them (`--no-analysis`), with the same settings, flags and I/O otherwise.
   */
  analysisCost?: AnalysisCost;
  writersReference?: WritersResult;
  writersScale?: WritersResult[];
  forceAtlas2?: ForceAtlas2Results;
  browser?: ViewerResults;
  builder?: BuilderResult[];
  goals?: Goal[];
  failures: string[];
  /** Parts taken from an earlier results file (`--reuse`), with when they were measured. */
  reused?: ReusedPart[];
}

/** A part taken from an earlier run (`--reuse`), with when, where and how it was measured there. */
export interface ReusedPart {
  part: string;
  commit: string;
  date: string;
  loadAverage?: { start: number; end?: number };
  /** The machine and source of the run that measured it (absent for parts reused before it was recorded). */
  machine?: Machine;
  /** The command of the run that measured it, when recorded. */
  command?: string;
}

export async function writeResults(path: string, results: BenchResults): Promise<void> {
  writeFileSync(path, await format(JSON.stringify(results), { parser: 'json' }));
}
