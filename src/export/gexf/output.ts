/**
 * The chunk under construction. Elements push their small strings (tags, escaped values) here, and
 * a chunk is joined from them once it is big enough: one copy per character, where building each
 * element by `+` would first allocate a rope node per piece, then flatten it.
 */
export class ChunkBuilder {
  parts: string[] = [];
  size = 0;

  constructor(readonly chunkSize: number) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  /** Marks a place whose text is decided later (`>` or `/>`, once it is known whether children follow). */
  placeholder(): number {
    return this.parts.push('') - 1;
  }

  fill(index: number, text: string): void {
    this.parts[index] = text;
    this.size += text.length;
  }

  /** Whether anything was pushed after the placeholder at `index`. */
  grewSince(index: number): boolean {
    return this.parts.length > index + 1;
  }

  /** Drops what was pushed after `index` (an empty wrapper), keeping what came before. */
  truncate(index: number): void {
    for (let i = index; i < this.parts.length; i++) this.size -= this.parts[i]!.length;
    this.parts.length = index;
  }

  get full(): boolean {
    return this.size >= this.chunkSize;
  }

  take(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return chunk;
  }
}
