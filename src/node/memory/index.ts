/** Memory before reading: how much a data folder needs, and the command started again with a heap to fit. */
export { planMemory, folderBytes, HEAP_PER_INPUT_BYTE, type MemoryPlan } from './memory-plan';
export { ensureMemory } from './ensure-memory';
