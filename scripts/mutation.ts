// npm run mutation: StrykerJS (stryker.config.json, incremental) over the judgement modules, then a
// per-module table in docs/QUALITY.md. Slow, so outside CI and not part of npm test.
//   npm run mutation                         every judgement module
//   npm run mutation -- core/coverage.ts     only the modules named (the table keeps the others' last results)
//   npm run mutation -- --report-only        only turn reports/mutation/mutation.json into the table
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/support/corpus.ts';
import { moduleRows, mutationSection, readData, type ModuleResult, type StrykerReport } from './quality/mutation-report.ts';
import { writeSection } from './quality/doc.ts';

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const named = args.filter((a) => !a.startsWith('--'));

/**
 * The judgement modules. The context rule lives in core/context.ts once it is split out; until then it is
 * the `if (c.requires)` block of core/analyze.ts, found by its text (line numbers move with other edits).
 */
export function judgementModules(root = repoRoot): string[] {
  const list = ['core/detect.ts', 'core/sections.ts', 'core/negation.ts', 'core/strength.ts', 'core/figures.ts', 'core/gaps.ts', 'core/coverage.ts'];
  if (existsSync(join(root, 'core/context.ts'))) list.splice(2, 0, 'core/context.ts');
  else {
    const lines = readFileSync(join(root, 'core/analyze.ts'), 'utf8').split('\n');
    const from = lines.findIndex((l) => /^\s*if \(c\.requires\) \{/.test(l));
    if (from >= 0) {
      const indent = /^\s*/.exec(lines[from]!)![0];
      let to = from + 1;
      while (to < lines.length && lines[to] !== `${indent}}`) to++;
      list.splice(2, 0, `core/analyze.ts:${from + 1}-${to + 1}`);
    }
  }
  return list.filter((m) => existsSync(join(root, m.replace(/:.*$/, ''))));
}

const modules = named.length ? named : judgementModules();
let seconds: number | null = null;
if (!reportOnly) {
  const t0 = Date.now();
  console.log(`stryker run --mutate ${modules.join(',')}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.json', '--mutate', modules.join(',')], { cwd: repoRoot, stdio: 'inherit' });
  seconds = Math.round((Date.now() - t0) / 1000);
  if (run.status !== 0) { console.error(`stryker exited with ${run.status}`); process.exit(run.status ?? 1); }
}

const reportPath = join(repoRoot, 'reports/mutation/mutation.json');
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as StrykerReport;
const docPath = join(repoRoot, 'docs/QUALITY.md');
const previous = readData(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '');
const date = new Date().toISOString().slice(0, 10);
const fresh: ModuleResult[] = moduleRows(report, modules).map((r) => ({ ...r, date, seconds }));
const merged = new Map(previous.map((r) => [r.module, r]));
for (const r of fresh) merged.set(r.module, r);
writeSection(mutationSection([...merged.values()]), 'mutation');
for (const r of fresh) console.log(`${r.module}: ${r.score === null ? '–' : `${r.score.toFixed(1)} %`} (${r.killed + r.timeout}/${r.valid} detected)${seconds !== null ? `, ${seconds} s` : ''}`);
console.log('wrote the mutation table in docs/QUALITY.md');
