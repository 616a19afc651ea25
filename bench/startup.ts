// Start-up of the command line: `wps-lens --help` and a one-file .txt scan, through the bundle
// (dist/cli, built here when stale) and through tsx (the sources compiled at start, as before the
// bundle), both by bin/wps-lens.mjs, interleaved in the same run. Medians of a few runs each; the
// ratios (bundle ÷ tsx) are what to compare across machines. Wired into bench/run.ts as `startup`;
// alone: node --import tsx bench/startup.ts
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { bundleState } from '../scripts/cli-bundle.mjs';
import { repoRoot } from '../test/support/corpus.ts';

export interface StartupBench {
  runs: number;
  /** The scanned file (repository-relative) and its size in KB. */
  file: string;
  kb: number;
  helpBundleMs: number;
  helpTsxMs: number;
  scanBundleMs: number;
  scanTsxMs: number;
  /** Bundle time ÷ tsx time (below 1: the bundle starts faster). */
  helpRatio: number;
  scanRatio: number;
  /** A bare `node -e 0` on the same machine, the floor of any start-up. */
  nodeMs: number;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const round = (x: number) => Math.round(x * 100) / 100;

function timeRun(args: string[], env: Record<string, string>): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`startup bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function benchStartup(runs = 5): Promise<StartupBench> {
  if (!bundleState(repoRoot).fresh) await buildCli({ quiet: true });
  if (!bundleState(repoRoot).fresh) throw new Error('startup bench: the CLI bundle is still stale after building it');
  const bin = join(repoRoot, 'bin/wps-lens.mjs');
  const file = 'samples/oporder-sector-west.txt';
  const { statSync } = await import('node:fs');
  const kb = statSync(join(repoRoot, file)).size / 1024;
  const bundle = { WPS_LENS_TSX: '' };
  const tsx = { WPS_LENS_TSX: '1' };
  const help = ['--help'];
  const scan = ['scan', join(repoRoot, file), '--format', 'csv'];
  const t = { helpBundle: [] as number[], helpTsx: [] as number[], scanBundle: [] as number[], scanTsx: [] as number[], node: [] as number[] };
  timeRun([bin, ...help], bundle); // warm the file cache for both paths
  timeRun([bin, ...help], tsx);
  for (let i = 0; i < runs; i++) {
    t.node.push(timeRun(['-e', '0'], {}));
    t.helpBundle.push(timeRun([bin, ...help], bundle));
    t.helpTsx.push(timeRun([bin, ...help], tsx));
    t.scanBundle.push(timeRun([bin, ...scan], bundle));
    t.scanTsx.push(timeRun([bin, ...scan], tsx));
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<keyof typeof t, number>;
  return {
    runs, file, kb: round(kb),
    helpBundleMs: round(m.helpBundle), helpTsxMs: round(m.helpTsx), scanBundleMs: round(m.scanBundle), scanTsxMs: round(m.scanTsx),
    helpRatio: round(m.helpBundle / m.helpTsx), scanRatio: round(m.scanBundle / m.scanTsx), nodeMs: round(m.node),
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(await benchStartup()));
}
