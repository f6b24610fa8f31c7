import type { BuildOptions } from 'esbuild';

export declare const NODE_BUNDLE_OPTIONS: Readonly<
  Required<Pick<BuildOptions, 'bundle' | 'platform' | 'format' | 'target' | 'packages' | 'logLevel'>>
>;
export declare function compile(options?: { types?: boolean }): Promise<void>;
