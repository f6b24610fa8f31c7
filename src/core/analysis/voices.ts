/**
 * Voices: who said what. An edge from each speaker to each target they voiced a stance on, carrying
 * the stances' ids, and from each speaker to each actor they spoke for, so that a person's
 * statements are one step from them.
 */
import type { Statement } from './statements';

export interface VoiceEdge {
  speaker: string;
  /** A target the speaker voiced a stance on, or the actor they spoke for. */
  to: string;
  role: 'said-about' | 'speaks-for';
  stances: string[];
}

export function voicesNetwork(statements: readonly Statement[]): VoiceEdge[] {
  const edges = new Map<string, VoiceEdge>();
  const add = (speaker: string, to: string, role: VoiceEdge['role'], stance: string) => {
    const key = [speaker, to, role].join('\u0000');
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { speaker, to, role, stances: [] }));
    edge.stances.push(stance);
  };
  for (const s of statements) {
    if (s.speaker === undefined || s.speaker === s.principal) continue;
    add(s.speaker, s.target, 'said-about', s.id);
    add(s.speaker, s.principal, 'speaks-for', s.id);
  }
  return [...edges.values()]
    .map((e) => ({ ...e, stances: e.stances.sort() }))
    .sort((a, b) => cmp(a.speaker, b.speaker) || cmp(a.role, b.role) || cmp(a.to, b.to));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
