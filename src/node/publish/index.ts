/** Publishing a build: files written in a fresh folder, flushed, then linked as the output folder in one rename. */
export {
  publishOutputs,
  openPublication,
  buildsFolder,
  currentBuild,
  OutputFolderError,
  type Publication,
  type PublishResult,
} from './publish-folder';
export { writeChunksSync } from './write-chunks';
export { buildFolder, type BuildFolderOptions } from './publish-build';
