import type { Metafile } from 'esbuild';
export function buildCli(options?: { outDir?: string; quiet?: boolean }): Promise<{ outDir: string; ms: number; files: number; metafile: Metafile }>;
