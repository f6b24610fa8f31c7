/**
 * Type-ahead search over node labels and aliases ("Moscow" finds Russia). Matching ignores case and
 * accents; results rank whole matches before prefixes, prefixes before word starts, word starts
 * before any substring, labels before aliases, then shorter and alphabetical.
 */
import type Graph from 'graphology';
import { viewerSettings } from '../settings';

export interface SearchEntry {
  node: string;
  label: string;
  /** Each searchable text with its normalised form; the first is the label. */
  texts: { text: string; normal: string; alias: boolean }[];
}

export interface SearchResult {
  node: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  alias?: string;
}

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function labelOf(node: string, label: unknown): string {
  return typeof label === 'string' && label !== '' ? label : node;
}

export function buildSearchIndex(graph: Graph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attributes) => {
    const label = labelOf(node, attributes.label);
    const texts = [{ text: label, normal: normalize(label), alias: false }];
    const aliases: unknown = attributes.aliases;
    if (Array.isArray(aliases)) {
      for (const alias of aliases)
        if (typeof alias === 'string' && alias !== '')
          texts.push({ text: alias, normal: normalize(alias), alias: true });
    }
    // The id finds a node too ("nato"), after its label and aliases.
    if (node !== label) texts.push({ text: node, normal: normalize(node), alias: true });
    entries.push({ node, label, texts });
  });
  return entries;
}

/** Lower is better; undefined = no match. */
function rank(normal: string, query: string): number | undefined {
  if (normal === query) return 0;
  if (normal.startsWith(query)) return 1;
  const at = normal.indexOf(query);
  if (at < 0) return undefined;
  return /[\p{L}\p{N}]/u.test(normal[at - 1] ?? '') ? 3 : 2;
}

export function search(
  entries: readonly SearchEntry[],
  query: string,
  visible: ReadonlySet<string> | null,
  limit = viewerSettings.searchResults,
): SearchResult[] {
  const q = normalize(query);
  if (q === '') return [];
  const scored: { score: number; result: SearchResult }[] = [];
  for (const entry of entries) {
    if (visible !== null && !visible.has(entry.node)) continue;
    let best: { score: number; alias?: string } | undefined;
    for (const t of entry.texts) {
      const r = rank(t.normal, q);
      if (r === undefined) continue;
      const score = r * 2 + (t.alias ? 1 : 0);
      if (best === undefined || score < best.score) best = t.alias ? { score, alias: t.text } : { score };
    }
    if (best === undefined) continue;
    const result: SearchResult = { node: entry.node, label: entry.label };
    if (best.alias !== undefined) result.alias = best.alias;
    scored.push({ score: best.score, result });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.result.label.length - b.result.label.length ||
      (a.result.label < b.result.label ? -1 : a.result.label > b.result.label ? 1 : 0),
  );
  return scored.slice(0, limit).map((s) => s.result);
}
