/** Stage 2, validate: every data file checked against the schema and each other; the dataset when clean. */
export * from './diagnostic';
export * from './dataset';
export {
  validateData,
  validateParsed,
  validateDataFiles,
  type DataFiles,
  type ValidationResult,
  type ValidateOptions,
} from './validate';
export {
  parseDataFiles,
  mergeParsedData,
  type DataFileText,
  type Located,
  type ParsedData,
} from './parse-files';
export { SourceText, normalizeSpace } from './source-text';
export { suggest, editDistance, slugify } from './suggest';
