// npm run mutation: StrykerJS (stryker.config.json, incremental) over the judgement modules, then a
// per-module table in docs/QUALITY.md. Slow, so outside CI and not part of npm test.
//   npm run mutation                         every judgement module
//   npm run mutation -- core/report/coverage.ts     only the modules named (the table keeps the others' last results)
//   npm run mutation -- --report-only        only turn reports/mutation/mutation.json into the table
//   npm run mutation -- core/text/furniture.ts --force   every mutant again (needed after adding tests for static mutants)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/support/corpus.ts';
import { moduleRows, mutationSection, readData, type ModuleResult, type StrykerReport } from './quality/mutation-report.ts';
import { writeSection } from './quality/doc.ts';

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
// --force: test every mutant again. Stryker's incremental mode keeps a static mutant's old result even when tests were added.
const force = args.includes('--force');
const named = args.filter((a) => !a.startsWith('--'));

/**
 * The judgement modules. The context rule lives in core/analysis/context.ts once it is split out; until then it is
 * the `if (c.requires)` block of core/analyze.ts, found by its text (line numbers move with other edits).
 */
export function judgementModules(root = repoRoot): string[] {
  const list = ['core/analysis/detect.ts', 'core/text/sections.ts', 'core/text/furniture.ts', 'core/match/ellipsis.ts', 'core/analysis/negation.ts', 'core/analysis/strength.ts', 'core/analysis/figures.ts', 'core/report/gaps.ts', 'core/report/coverage.ts'];
  if (existsSync(join(root, 'core/analysis/context.ts'))) list.splice(4, 0, 'core/analysis/context.ts');
  else {
    const lines = readFileSync(join(root, 'core/analyze.ts'), 'utf8').split('\n');
    const from = lines.findIndex((l) => /^\s*if \(c\.requires\) \{/.test(l));
    if (from >= 0) {
      const indent = /^\s*/.exec(lines[from]!)![0];
      let to = from + 1;
      while (to < lines.length && lines[to] !== `${indent}}`) to++;
      list.splice(4, 0, `core/analyze.ts:${from + 1}-${to + 1}`);
    }
  }
  return list.filter((m) => existsSync(join(root, m.replace(/:.*$/, ''))));
}

/** Each module's own unit tests: a mutant is judged by the tests written for that module. */
const TESTS: Record<string, string[]> = {
  'core/analysis/detect.ts': ['test/doctype.test.ts'],
  'core/text/sections.ts': ['test/sections.test.ts', 'test/sections-lines.test.ts', 'test/structure.test.ts', 'test/sections-limits.test.ts', 'test/longform-rules.test.ts', 'test/longform.test.ts'],
  'core/text/furniture.ts': ['test/furniture.test.ts', 'test/sentence.test.ts'],
  'core/match/ellipsis.ts': ['test/ellipsis.test.ts', 'test/recall.test.ts'],
  'core/analysis/context.ts': ['test/context.test.ts'],
  'core/analysis/negation.ts': ['test/negation.test.ts', 'test/clauses.test.ts'],
  'core/analysis/strength.ts': ['test/strength.test.ts', 'test/strength-lines.test.ts'],
  'core/analysis/figures.ts': ['test/figures.test.ts'],
  'core/report/gaps.ts': ['test/score.test.ts'],
  'core/report/coverage.ts': ['test/score.test.ts'],
};

const modules = named.length ? named : judgementModules();
let seconds: number | null = null;
const fresh: ModuleResult[] = [];
const date = new Date().toISOString().slice(0, 10);
const reportPath = join(repoRoot, 'reports/mutation/mutation.json');
for (const mod of modules) {
  if (!reportOnly) {
    const t0 = Date.now();
    const tests = TESTS[mod.replace(/:.*$/, '')]?.filter((f) => existsSync(join(repoRoot, f)));
    console.log(`stryker run --mutate ${mod}${tests ? ` (tests: ${tests.join(', ')})` : ''}`);
    const key = mod.replace(/[^a-z0-9]+/gi, '-');
    const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.json', '--mutate', mod, '--incrementalFile', `reports/stryker-incremental-${key}.json`, ...(force ? ['--force'] : [])], {
      cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...(tests?.length ? { MUTATION_TESTS: tests.join(',') } : {}) },
    });
    seconds = Math.round((Date.now() - t0) / 1000);
    if (run.status !== 0) { console.error(`stryker exited with ${run.status}`); process.exit(run.status ?? 1); }
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as StrykerReport;
  for (const r of moduleRows(report, [mod])) fresh.push({ ...r, date, seconds });
}

const docPath = join(repoRoot, 'docs/QUALITY.md');
const previous = readData(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '');
const merged = new Map(previous.map((r) => [r.module, r]));
for (const r of fresh) merged.set(r.module, r);
writeSection(mutationSection([...merged.values()]), 'mutation');
for (const r of fresh) console.log(`${r.module}: ${r.score === null ? '–' : `${r.score.toFixed(1)} %`} (${r.killed + r.timeout}/${r.valid} detected)${r.seconds != null ? `, ${r.seconds} s` : ''}`);
console.log('wrote the mutation table in docs/QUALITY.md');
