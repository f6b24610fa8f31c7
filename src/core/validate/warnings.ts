/** Checks that flag likely mistakes without blocking the build. */
import { defaultPosition, type Entity } from '../schema';
import { normalizeSpace } from './source-text';
import type { Diagnostic } from './diagnostic';
import type { ParsedData } from './parse-files';
import { diagnosticAt, type IdIndex } from './references';
import type { ResolvedEvidence } from '../schema';

export function warnUnreferencedEntities(index: IdIndex, diagnostics: Diagnostic[]): void {
  for (const [id, item] of index.entities) {
    if ((index.referenceCounts.get(id) ?? 0) === 0) {
      diagnostics.push(
        diagnosticAt(
          item,
          ['id'],
          'unreferenced-entity',
          `expected an entity that some relation or stance refers to, found "${id}", which nothing refers to`,
          'warning',
        ),
      );
    }
  }
}

/** A name (label or alias) given to two entities makes texts ambiguous. */
export function warnSharedAliases(parsed: ParsedData, diagnostics: Diagnostic[]): void {
  const owner = new Map<string, string>();
  for (const item of parsed.items.entities) {
    const e = item.value;
    const names: [string, (string | number)[]][] = [
      [e.label, ['label']],
      ...e.aliases.map((a, i): [string, (string | number)[]] => [a, ['aliases', i]]),
    ];
    const seenHere = new Set<string>();
    for (const [name, path] of names) {
      const key = normalizeSpace(name).toLowerCase();
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, e.id);
      else if (other !== e.id && path[0] === 'aliases') {
        diagnostics.push(
          diagnosticAt(
            item,
            path,
            'shared-alias',
            `expected a name that only one entity has, found "${name}", which "${other}" has too`,
            'warning',
          ),
        );
      }
    }
  }
}

/** Relations through which a speaker may speak for an actor. */
const AFFILIATIONS = new Set(['speaks_for', 'holds_office_in', 'envoy_to', 'part_of', 'member_of']);

export interface StanceForWarnings {
  item: ParsedData['items']['stances'][number];
  evidence: ResolvedEvidence[];
}

export function warnQuoteSpeakers(
  stances: readonly StanceForWarnings[],
  parsed: ParsedData,
  index: IdIndex,
  diagnostics: Diagnostic[],
): void {
  const affiliated = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    let set = affiliated.get(from);
    if (!set) affiliated.set(from, (set = new Set()));
    set.add(to);
  };
  for (const { value: r } of parsed.items.relations)
    if (AFFILIATIONS.has(r.type) && !r.negated) link(r.from, r.to);
  for (const { value: e } of parsed.items.entities) if ('serves' in e && e.serves) link(e.id, e.serves);

  const reaches = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    let frontier = [from];
    for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of affiliated.get(id) ?? []) {
          if (n === to) return true;
          if (!seen.has(n)) {
            seen.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    return false;
  };

  for (const { item, evidence } of stances) {
    const s = item.value;
    const actor: Entity | undefined = index.entities.get(s.actor)?.value;
    const speaksItself = actor?.kind === 'person';
    const direct = evidence.findIndex((e) => e.direct);
    if (direct !== -1 && s.speaker === undefined && s.reportedBy === undefined && !speaksItself) {
      diagnostics.push(
        diagnosticAt(
          item,
          ['evidence', direct, 'quote'],
          'quote-without-speaker',
          `expected a speaker for a direct quotation (a stance of "${s.actor}" quoting someone's words), found none`,
          'warning',
        ),
      );
    }
    if (
      s.speaker !== undefined &&
      s.speaker !== s.actor &&
      actor &&
      index.entities.has(s.speaker) &&
      !reaches(s.speaker, s.actor)
    ) {
      diagnostics.push(
        diagnosticAt(
          item,
          ['speaker'],
          'speaker-unaffiliated',
          `expected a speaker linked to the actor "${s.actor}" (speaks_for, holds_office_in, envoy_to, part_of, member_of or a person's "serves"), found "${s.speaker}" with no such link`,
          'warning',
        ),
      );
    }
  }
}

/** A position opposite to the type's own ("rejects" marked "for") is more likely a slip than a choice. */
export function warnPositionContradictions(parsed: ParsedData, diagnostics: Diagnostic[]): void {
  for (const item of parsed.items.stances) {
    const s = item.value;
    const usual = defaultPosition(s.type);
    if (s.position === undefined || usual === undefined || usual === 'neutral' || s.position === 'neutral')
      continue;
    if (s.position !== usual) {
      diagnostics.push(
        diagnosticAt(
          item,
          ['position'],
          'position-contradicts-type',
          `expected a "${s.type}" stance to be "${usual}" its target, found "${s.position}"; check the type, or say why in the note`,
          'warning',
        ),
      );
    }
  }
}

/** Stances drawn from one statement share its actor and speaker (not its source: outlets carry one story). */
export function warnUtteranceMismatches(parsed: ParsedData, diagnostics: Diagnostic[]): void {
  const first = new Map<string, ParsedData['items']['stances'][number]>();
  for (const item of parsed.items.stances) {
    const u = item.value.utterance;
    if (u === undefined) continue;
    const earlier = first.get(u);
    if (!earlier) {
      first.set(u, item);
      continue;
    }
    for (const field of ['actor', 'speaker'] as const) {
      if (item.value[field] === earlier.value[field]) continue;
      diagnostics.push(
        diagnosticAt(
          item,
          ['utterance'],
          'utterance-mismatch',
          `expected the stances of utterance "${u}" to share their ${field}, found "${item.value[field] ?? '(none)'}" here and "${earlier.value[field] ?? '(none)'}" in "${earlier.value.id}"`,
          'warning',
        ),
      );
    }
  }
}
