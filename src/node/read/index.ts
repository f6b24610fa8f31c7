/** Stage 1, read: a data folder from disk as the pipeline's source. */
export {
  listDataFiles,
  readDataFolder,
  readDataFile,
  textReader,
  folderSource,
  MAX_DATA_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
} from './read-data-folder';
export { firstInvalidUtf8 } from './utf8';
