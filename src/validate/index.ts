export * from './diagnostic';
export * from './dataset';
export { validateData, type ValidationResult } from './validate';
export { parseDataFiles, type DataFileText, type Located, type ParsedData } from './parse-files';
export { SourceText, normalizeSpace } from './source-text';
export { suggest, editDistance, slugify } from './suggest';
