/** Validation: every check over every file, all errors in one pass, and the dataset when it is clean. */
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import type { Dataset, ResolvedRelation, ResolvedStance, SourceWithText, TextReader } from './dataset';
import { resolveClaimEvidence, SourceTexts } from './evidence';
import { parseDataFiles, type DataFileText } from './parse-files';
import { checkReferences, indexIds, ReferenceChecker } from './references';
import {
  warnQuoteSpeakers,
  warnSharedAliases,
  warnUnreferencedEntities,
  type StanceForWarnings,
} from './warnings';

export interface ValidationResult {
  /** The dataset, when there is no error (warnings allowed). */
  dataset?: Dataset;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function validateData(files: readonly DataFileText[], readText: TextReader): ValidationResult {
  const parsed = parseDataFiles(files);
  const diagnostics = parsed.diagnostics;
  const index = indexIds(parsed, diagnostics);
  const refs = new ReferenceChecker(index, parsed, diagnostics);
  checkReferences(parsed, refs);

  const texts = new SourceTexts(index, readText, diagnostics);
  // Every source's text is checked, whether or not a quote uses it.
  for (const id of index.sources.keys()) texts.get(id);

  const relations: ResolvedRelation[] = [];
  for (const item of parsed.items.relations) {
    const evidence = resolveClaimEvidence(item, item.value.source, refs, texts, diagnostics);
    if (evidence) relations.push({ ...item.value, evidence });
  }
  const stances: ResolvedStance[] = [];
  const forWarnings: StanceForWarnings[] = [];
  for (const item of parsed.items.stances) {
    const evidence = resolveClaimEvidence(item, item.value.source, refs, texts, diagnostics);
    if (evidence) {
      stances.push({ ...item.value, evidence });
      forWarnings.push({ item, evidence });
    }
  }

  warnUnreferencedEntities(index, diagnostics);
  warnSharedAliases(parsed, diagnostics);
  warnQuoteSpeakers(forWarnings, parsed, index, diagnostics);

  diagnostics.sort(compareDiagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const result: ValidationResult = { diagnostics, errors, warnings: diagnostics.length - errors };
  if (errors === 0) {
    const loaded = texts.loaded();
    const sources: SourceWithText[] = [...index.sources.values()].map(({ value }) => ({
      ...value,
      content: loaded.get(value.id)!.text,
    }));
    result.dataset = {
      sources: sources.sort(byId),
      entities: [...index.entities.values()].map((l) => l.value).sort(byId),
      relations: relations.sort(byId),
      stances: stances.sort(byId),
    };
  }
  return result;
}
