/** Corpus sizes by name: `--size 1k,10k,100k` (the default), `--size 1m` for a million stances. */
export const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
export const DEFAULT_SIZES = ['1k', '10k', '100k'];

export function parseSizes(value: string | undefined): string[] {
  if (value === undefined) return DEFAULT_SIZES;
  const names = value === 'all' ? Object.keys(SIZES) : value.toLowerCase().split(',');
  for (const name of names) {
    if (!(name in SIZES))
      throw new Error(`unknown size "${name}": expected ${Object.keys(SIZES).join(', ')} or all`);
  }
  return names;
}
