/** The checked dataset that the builder turns into a graph. */
import type { Entity, Relation, ResolvedEvidence, Source, Stance } from '../schema';

export interface SourceWithText extends Source {
  /** The full text, as read from `text` (a leading byte-order mark removed). */
  content: string;
}

export type ResolvedRelation = Omit<Relation, 'evidence'> & { evidence: ResolvedEvidence[] };
export type ResolvedStance = Omit<Stance, 'evidence'> & { evidence: ResolvedEvidence[] };

/** Every list sorted by id, so that the same data gives the same graph whatever the file layout. */
export interface Dataset {
  sources: SourceWithText[];
  entities: Entity[];
  relations: ResolvedRelation[];
  stances: ResolvedStance[];
}

/** How the validator gets source texts: the loader reads files; tests pass strings. */
export type TextReader = (path: string) => TextReadResult;

export type TextReadResult =
  | { ok: true; content: string; /** The file as named in diagnostics. */ file: string }
  | { ok: false; message: string; line?: number; column?: number; file?: string };
