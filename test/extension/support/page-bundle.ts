// Bundles the page-side modules (reader, painter) into one script for a plain Chromium page, so the
// offset→Range mapping is tested in a real DOM (neither jsdom nor happy-dom is installed).
import { build } from 'esbuild';
import { join } from 'node:path';
import { repoRoot } from '../../support/corpus.ts';

export async function pageBundle(): Promise<string> {
  const r = await build({
    stdin: {
      contents: `export { PageReader, rangeFor } from './extension/lib/page-text.ts'; export { Painter } from './extension/lib/paint.ts';`,
      resolveDir: repoRoot, loader: 'ts',
    },
    bundle: true, format: 'iife', globalName: 'WpsLensPage', write: false, target: 'es2022',
  });
  return r.outputFiles[0]!.text;
}
export const bundleRoot = join(repoRoot, 'extension/lib');
