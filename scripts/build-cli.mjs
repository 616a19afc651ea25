#!/usr/bin/env node
// npm run build:cli → dist/cli/: the command line as plain JavaScript (esbuild), so `wps-lens` starts
// without compiling TypeScript. Entry wps-lens.mjs holds the argument parsing and the readers; the
// analysis core, the formatters (with zod) and the brief are chunks loaded when a scan needs them,
// and pdfjs-dist, mammoth, htmlparser2 and compromise stay in node_modules, imported on first use.
// Beside the bundle, sources.json lists the repository files it was built from: bin/wps-lens.mjs
// uses the bundle only while none of them is newer (else it runs the sources through tsx).
//   --if-stale   do nothing when the bundle is fresh (npm start runs this first)
//   --outdir DIR build elsewhere (the bench)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleState, BUNDLE_DIR, SOURCES_FILE } from './cli-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Build the bundle into outDir (default dist/cli); returns the output folder and the time taken. */
export async function buildCli({ outDir = join(root, BUNDLE_DIR), quiet = false } = {}) {
  const { build } = await import('esbuild');
  const started = performance.now();
  // Sources changed while the build runs must count as newer than the bundle: stamp the start.
  const built = Date.now();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { 'wps-lens': join(root, 'cli/entry.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // Parsers used for some inputs only, and compromise (a user lexicon's English inflection): from
    // node_modules, loaded on first use.
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'htmlparser2', 'compromise', 'fr-compromise'],
    define: { __WPS_LENS_VERSION__: JSON.stringify(pkg.version ?? '0.0.0') },
    metafile: true,
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((f) => !f.split(/[\\/]/).includes('node_modules'))
    .concat('package.json')
    .map((f) => relative(root, resolve(root, f)).split(sep).join('/'))
    .sort();
  writeFileSync(join(outDir, SOURCES_FILE), JSON.stringify({ built, sources }, null, 1) + '\n');
  return { outDir, ms: performance.now() - started, files: Object.keys(result.metafile.outputs).length, metafile: result.metafile };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  const outDir = at >= 0 ? resolve(args[at + 1] ?? '') : undefined;
  if (args.includes('--if-stale') && !outDir && bundleState(root).fresh) process.exit(0);
  let r;
  try {
    r = await buildCli({ outDir });
  } catch (err) {
    // Before `npm start` a failed build is not fatal: the bin runs the sources through tsx instead.
    if (!args.includes('--if-stale')) throw err;
    process.stderr.write(`wps-lens: could not build the CLI bundle (${err instanceof Error ? err.message.split('\n')[0] : err}); running from the sources\n`);
    process.exit(0);
  }
  process.stdout.write(`wps-lens CLI bundle: ${relative(process.cwd(), r.outDir) || '.'} (${r.files} files) in ${Math.round(r.ms)} ms\n`);
}
