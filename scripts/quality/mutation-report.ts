// StrykerJS's JSON report (mutation-testing-report-schema) → one row per judgement module, kept in
// docs/QUALITY.md with the data as a comment, so a run over one module keeps the others' last results.
export interface StrykerReport { files: Record<string, { mutants: { status: string; location?: { start: { line: number } } }[] }> }

export interface ModuleResult {
  module: string; mutants: number; killed: number; timeout: number; survived: number; noCoverage: number;
  errors: number; ignored: number; valid: number; score: number | null; date: string; seconds: number | null;
}

const norm = (p: string) => p.replace(/\\/g, '/').replace(/^.*?(core\/)/, '$1');

/** Per module: Stryker's mutation score = detected (killed + timeout) / valid (detected + survived + no coverage). */
export function moduleRows(report: StrykerReport, modules: string[]): Omit<ModuleResult, 'date' | 'seconds'>[] {
  return modules.map((m) => {
    const [file, range] = m.split(':') as [string, string | undefined];
    const [from, to] = range ? range.split('-').map(Number) as [number, number] : [0, Infinity];
    const entry = Object.entries(report.files).find(([p]) => norm(p) === file)?.[1];
    const mutants = (entry?.mutants ?? []).filter((x) => !x.location || (x.location.start.line >= from && x.location.start.line <= to));
    const count = (...s: string[]) => mutants.filter((x) => s.includes(x.status)).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const valid = killed + timeout + survived + noCoverage;
    return {
      module: range ? `${file} (${file === 'core/analyze.ts' ? 'context rule, ' : ''}lines ${from}–${to})` : file,
      mutants: mutants.length, killed, timeout, survived, noCoverage,
      errors: count('CompileError', 'RuntimeError'), ignored: count('Ignored', 'Pending'),
      valid, score: valid ? (100 * (killed + timeout)) / valid : null,
    };
  });
}

const DATA = /<!-- mutation-data (.*?) -->/s;

export function readData(doc: string): ModuleResult[] {
  const m = DATA.exec(doc);
  return m ? (JSON.parse(m[1]!) as ModuleResult[]) : [];
}

export function mutationSection(rows: ModuleResult[]): string {
  const sorted = [...rows].sort((a, b) => (a.module < b.module ? -1 : 1));
  return [
    '<!-- mutation:start (written by npm run mutation) -->',
    '## Mutation testing (StrykerJS 9.6, core unit tests)',
    '',
    'Score = mutants detected (killed or timed out) / mutants that ran (detected, survived or not covered). Aim: ≥ 80 % per module. `npm run mutation -- core/text/sections.ts` runs one module against its own unit tests (TESTS in scripts/mutation.ts), incrementally (reports/stryker-incremental-<module>.json: only mutants in changed code or covered by changed tests are tested again). Coverage is per test: the unit files that judge these modules read their texts inside each test, so a mutant runs only the tests that reach it; only mutants in module-level constants (regexes, word lists) are "static" and run every selected test. "time" is the wall time of the run that produced the row, on a busy 2-core machine (a fully reused incremental run takes about a minute).',
    '',
    '| module | mutants | killed | timeout | survived | no coverage | errors | score | aim | run | time |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.map((r) => `| ${r.module} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.errors} | ${r.score === null ? '–' : `${r.score.toFixed(1)} %`} | ≥ 80 % | ${r.date} | ${r.seconds === null ? '–' : `${r.seconds} s`} |`),
    '',
    `<!-- mutation-data ${JSON.stringify(sorted)} -->`,
    '<!-- mutation:end -->',
  ].join('\n');
}
