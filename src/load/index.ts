export {
  listDataFiles,
  readDataDir,
  validateDataDir,
  MAX_DATA_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  type DataDirContents,
} from './read-data-dir';
export { firstInvalidUtf8 } from './utf8';
export { planMemory, folderBytes, HEAP_PER_INPUT_BYTE, type MemoryPlan } from './memory-plan';
