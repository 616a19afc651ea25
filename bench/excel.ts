// Excel custom functions over every paragraph of the corpus resolutions, one paragraph per cell:
// the path Excel takes when a column of =WPS.SCORE(A1) formulas recalculates (the wrappers of
// functions.ts, the shared engine, its one compiled lexicon). Wired into bench/run.ts as `excel`.
import { engine } from '../office-addin/src/excel/compute.ts';
import { FUNCTIONS } from '../office-addin/src/excel/functions.ts';
import { allResolutionFiles, readResolution } from '../test/support/corpus.ts';

export async function benchExcel(): Promise<{ cells: number; totalMs: number; perCellUs: number; mb: number } & Record<string, number>> {
  const cells: string[] = [];
  for (const f of allResolutionFiles()) for (const b of readResolution(f)) if (b.type === 'paragraph') cells.push(b.text);
  const mb = cells.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0) / (1024 * 1024);

  let t = performance.now();
  const e = engine(); // compiles the lexicon once, as the first formula would
  const lexiconMs = performance.now() - t;

  // One formula per cell: every cell analysed once. The first pass in a process also pays V8's
  // warm-up of the lexicon's large regular expressions (firstPassMs); totalMs is a later
  // recalculation with the report cache emptied, so every cell is analysed again.
  const scoreColumn = () => {
    e.clearCache();
    const t0 = performance.now();
    let scored = 0;
    let blank = 0;
    for (const text of cells) {
      const v = FUNCTIONS.SCORE([[text]])[0]![0];
      // A paragraph whose type has no rules has no score: #N/A with the coverage summary, an answer too.
      if (typeof v === 'number' || (typeof v === 'string' && v.startsWith('#N/A WPS.SCORE: '))) scored++;
      else if (v === '') blank++; // whitespace-only paragraphs: empty cells give empty results
    }
    if (scored + blank !== cells.length) throw new Error(`SCORE failed on ${cells.length - scored - blank} cells`);
    return { ms: performance.now() - t0, blank };
  };
  const first = scoreColumn();
  const { ms: totalMs, blank } = scoreColumn();

  // A second function over the same cells (e.g. a CONCEPTS column beside SCORE): served by the cache where it holds.
  t = performance.now();
  for (const text of cells) FUNCTIONS.COUNT([[text]], 'participation');
  const secondColumnMs = performance.now() - t;

  // The whole column as one range argument: =WPS.SCORE(A1:A15732) spilling one score per cell.
  e.clearCache();
  t = performance.now();
  const spilled = FUNCTIONS.SCORE(cells.map((c) => [c]));
  const rangeMs = performance.now() - t;
  if (spilled.length !== cells.length) throw new Error('range SCORE lost rows');

  // =WPS.COMPARE(A1:A…, B1:B…): two consecutive MONUSCO mandates, one numbered paragraph per cell,
  // against analysing both versions; best of a few interleaved rounds, each with the cache emptied
  // (cold: both analysed, then compared), and once more with both reports cached (the comparison alone).
  const mandate = (symbol: string) => readResolution(symbol).filter((b) => b.text.trim()).map((b) => [b.prefix ? `${b.prefix} ${b.text}` : b.text]);
  const [older, newer] = [mandate('2717'), mandate('2765')];
  // CPU time of this process too: steadier than wall time on a shared machine.
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const wall = [Infinity, Infinity, Infinity], cpu = [Infinity, Infinity, Infinity];
  const timed = (k: number, fn: () => void) => {
    const t0 = performance.now(), c0 = cpuMs();
    fn();
    wall[k] = Math.min(wall[k]!, performance.now() - t0);
    cpu[k] = Math.min(cpu[k]!, cpuMs() - c0);
  };
  let compareRows = 0;
  for (let round = 0; round < 8; round++) {
    e.clearCache();
    timed(0, () => { compareRows = FUNCTIONS.COMPARE(older, newer).length - 1; });
    timed(1, () => { FUNCTIONS.COMPARE(older, newer); });
    e.clearCache();
    timed(2, () => {
      e.report(older.map((r, i) => ({ id: `R${i + 1}C1`, text: r[0]! })));
      e.report(newer.map((r, i) => ({ id: `R${i + 1}C1`, text: r[0]! })));
    });
  }
  const [compareColdMs, compareWarmMs, analyseBothMs] = wall as [number, number, number];
  if (compareRows < 1) throw new Error('COMPARE gave no changes');

  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    compareColdMs: round(compareColdMs),
    compareWarmMs: round(compareWarmMs),
    compareAnalyseBothMs: round(analyseBothMs),
    compareColdCpuMs: round(cpu[0]!),
    compareAnalyseBothCpuMs: round(cpu[2]!),
    compareRows,
    cells: cells.length,
    blankCells: blank,
    totalMs: round(totalMs),
    perCellUs: round((totalMs * 1000) / cells.length),
    mb: round(mb),
    lexiconMs: round(lexiconMs),
    firstPassMs: round(first.ms),
    secondColumnMs: round(secondColumnMs),
    rangeMs: round(rangeMs),
  };
}

// Run alone: node --import tsx bench/excel.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchExcel()));
}
