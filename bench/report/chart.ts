/**
 * bench/chart.svg: time and peak memory of the build against corpus size (log–log), with the goals
 * (15 s at 100k, 3 minutes and 8 GB at 1M) and an N log N guide. Plain SVG, no dependency.
 */
import { writeFileSync } from 'node:fs';
import type { BenchResults } from './results';

const W = 460;
const H = 340;
const M = { left: 62, right: 16, top: 40, bottom: 52 };
const COLORS = ['#1f2937', '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1'];

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Series {
  label: string;
  points: [number, number][];
  dashed?: boolean;
  color: string;
}

function logScale(min: number, max: number, from: number, to: number) {
  const a = Math.log10(min);
  const b = Math.log10(max);
  return (v: number) => from + ((Math.log10(v) - a) / (b - a)) * (to - from);
}

function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

function panel(
  x0: number,
  title: string,
  unit: string,
  series: Series[],
  marks: { x: number; y: number; label: string }[],
): string {
  const all = [...series.flatMap((s) => s.points), ...marks.map((m) => [m.x, m.y] as [number, number])];
  if (all.length === 0) return '';
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]).filter((v) => v > 0);
  const xMin = 10 ** Math.floor(Math.log10(Math.min(...xs)));
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(...xs)));
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const sx = logScale(xMin, xMax, x0 + M.left, x0 + W - M.right);
  const sy = logScale(yMin, yMax, H - M.bottom, M.top);
  const parts: string[] = [];
  parts.push(`<text x="${x0 + W / 2}" y="22" text-anchor="middle" font-weight="600">${esc(title)}</text>`);
  for (const t of decades(yMin, yMax)) {
    if (t < yMin || t > yMax) continue;
    parts.push(
      `<line x1="${x0 + M.left}" x2="${x0 + W - M.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#e5e7eb"/>`,
    );
    parts.push(
      `<text x="${x0 + M.left - 6}" y="${sy(t) + 4}" text-anchor="end">${t >= 1 ? t : t.toPrecision(1)}</text>`,
    );
  }
  for (const t of decades(xMin, xMax)) {
    if (t < xMin || t > xMax) continue;
    parts.push(`<line x1="${sx(t)}" x2="${sx(t)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#e5e7eb"/>`);
    const label = t >= 1e6 ? `${t / 1e6}M` : t >= 1e3 ? `${t / 1e3}k` : String(t);
    parts.push(`<text x="${sx(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  parts.push(
    `<text x="${x0 + (M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">stances in the corpus</text>`,
  );
  parts.push(
    `<text transform="translate(${x0 + 16} ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(unit)}</text>`,
  );
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const d = s.points
      .map(([x, y], k) => `${k ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(' ');
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${i === 0 ? 2.5 : 1.5}"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
    for (const [x, y] of s.points)
      if (!s.dashed) parts.push(`<circle cx="${sx(x)}" cy="${sy(y)}" r="2.5" fill="${s.color}"/>`);
    const ly = M.top + 6 + i * 15;
    parts.push(
      `<line x1="${x0 + M.left + 8}" x2="${x0 + M.left + 26}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
    parts.push(`<text x="${x0 + M.left + 30}" y="${ly + 4}">${esc(s.label)}</text>`);
  });
  for (const m of marks) {
    const cx = sx(m.x);
    const cy = sy(m.y);
    parts.push(
      `<path d="M${cx - 5},${cy} L${cx + 5},${cy} M${cx},${cy - 5} L${cx},${cy + 5}" stroke="#d62728" stroke-width="2"/>`,
    );
    parts.push(`<text x="${cx - 8}" y="${cy - 7}" text-anchor="end" fill="#d62728">${esc(m.label)}</text>`);
  }
  return parts.join('\n');
}

export function chartSvg(r: BenchResults): string {
  const builds = [...r.builds].sort((a, b) => a.stances - b.stances);
  const sec = (pick: (b: (typeof builds)[number]) => number | undefined) =>
    builds.flatMap((b): [number, number][] => {
      const v = pick(b);
      return v === undefined || v <= 0 ? [] : [[b.stances, v / 1000]];
    });
  const time: Series[] = [
    { label: 'whole build', points: sec((b) => b.wholeMs), color: COLORS[0]! },
    {
      label: 'read + validate',
      points: sec((b) => (b.stagesMs.read ?? 0) + (b.stagesMs.validate ?? 0)),
      color: COLORS[1]!,
    },
    { label: 'layout', points: sec((b) => b.stagesMs.layout), color: COLORS[2]! },
    { label: 'metrics', points: sec((b) => b.stagesMs.metrics), color: COLORS[3]! },
    {
      label: 'write (JSON, GEXF, manifest)',
      points: sec((b) => b.stagesMs.write ?? (b.stagesMs.json ?? 0) + (b.stagesMs.gexf ?? 0)),
      color: COLORS[4]!,
    },
  ];
  const first = builds.find((b) => b.stances >= 10_000) ?? builds[0];
  if (first) {
    const nlogn = (n: number) => n * Math.log(n);
    time.push({
      label: 'N log N from ' + first.size,
      points: builds
        .filter((b) => b.stances >= first.stances)
        .map((b): [number, number] => [
          b.stances,
          (first.wholeMs / 1000) * (nlogn(b.stances) / nlogn(first.stances)),
        ]),
      dashed: true,
      color: '#9ca3af',
    });
  }
  const memory: Series[] = [
    {
      label: 'peak resident set',
      points: builds.map((b) => [b.stances, b.peakRssMb / 1024]),
      color: COLORS[1]!,
    },
  ];
  // The builds drawn here may come from an earlier run (--reuse): their own machine, date, commit and load.
  const origin = r.reused?.find((u) => u.part === 'builds') ?? {
    commit: r.machine.commit ?? '',
    date: r.date,
    loadAverage: r.loadAverage,
    machine: r.machine,
  };
  const m = origin.machine;
  const where = m ? `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}` : 'machine not recorded';
  const load = origin.loadAverage
    ? `; load average ${origin.loadAverage.start}–${origin.loadAverage.end ?? '?'}`
    : '';
  const source = origin.commit ? `, commit ${origin.commit}${m?.dirty ? ' + uncommitted changes' : ''}` : '';
  const caption = `${where}${load}; ${origin.date.slice(0, 10)}${source}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 24}" viewBox="0 0 ${2 * W} ${H + 24}" font-family="system-ui, sans-serif" font-size="11" fill="#111827">
<rect width="100%" height="100%" fill="#ffffff"/>
${panel(0, 'Build time against corpus size', 'seconds (log)', time, [
  { x: 100_000, y: 15, label: 'goal 15 s' },
  { x: 1_000_000, y: 180, label: 'goal 3 min' },
])}
${panel(W, 'Peak memory against corpus size', 'GB resident (log)', memory, [{ x: 1_000_000, y: 8, label: 'goal 8 GB' }])}
<text x="${W}" y="${H + 16}" text-anchor="middle" fill="#6b7280">${esc(caption)}</text>
</svg>
`;
}

export function writeChart(path: string, r: BenchResults): void {
  writeFileSync(path, chartSvg(r));
}
