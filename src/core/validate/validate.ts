/** Validation: every check over every file, all errors in one pass, and the dataset when it is clean. */
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import type { Dataset, ResolvedRelation, ResolvedStance, SourceWithText, TextReader } from './dataset';
import { resolveClaimEvidence, SourceTexts } from './evidence';
import { parseDataFiles, type DataFileText } from './parse-files';
import { checkReferences, indexIds, ReferenceChecker } from './references';
import {
  warnPositionContradictions,
  warnQuoteSpeakers,
  warnUtteranceMismatches,
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

/** `onProgress` is told as data files are parsed, the longest part of the checks. */
export function validateData(
  files: readonly DataFileText[],
  readText: TextReader,
  onProgress?: (done: number, total: number) => void,
): ValidationResult {
  const parsed = parseDataFiles(files, onProgress);
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
  warnPositionContradictions(parsed, diagnostics);
  warnUtteranceMismatches(parsed, diagnostics);

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

/** What the read stage hands to validation: the data files' text, a reader of source texts, and read errors. */
export interface DataFiles {
  files: DataFileText[];
  readText: TextReader;
  /** Problems found while reading (unreadable, too large, not UTF-8): errors of the data. */
  diagnostics: Diagnostic[];
}

/** Stage 2, validate: the read files checked; read errors count, and leave no dataset. */
export function validateDataFiles(
  input: DataFiles,
  onProgress?: (done: number, total: number) => void,
): ValidationResult {
  const result = validateData(input.files, input.readText, onProgress);
  if (input.diagnostics.length === 0) return result;
  const all = [...input.diagnostics, ...result.diagnostics].sort(compareDiagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  return { diagnostics: all, errors, warnings: all.length - errors };
}
