export { publishOutputs, buildsFolder, currentBuild, OutputFolderError, type PublishResult } from './publish';
export { writeChunksSync, type WrittenFile } from './write-chunks';
export { runBuild, OUTPUT_FILES, type BuildRun, type BuildRunOptions } from './build-outputs';
