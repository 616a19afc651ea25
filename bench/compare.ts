// Comparing versions (core/compare): two consecutive MONUSCO mandates (2717 → 2765, about 130 paragraphs
// each) compared, against analysing both texts, in the same run and process; and the series of the
// eleven MONUSCO renewals 1925 → 2765 (each analysed once). Best of several rounds, interleaved, so that
// both measures meet the same machine load. Run alone: node --import tsx bench/compare.ts
import { analyze, compare, compareSeries, loadLexicon } from '../core/index.ts';
import { readResolution } from '../test/support/corpus.ts';

const MONUSCO = ['1925', '2098', '2147', '2211', '2277', '2348', '2409', '2502', '2556', '2717', '2765'];
const textOf = (sym: string) => readResolution(sym).map((b) => (b.prefix ? `${b.prefix} ${b.text}` : b.text)).join('\n\n');

export interface CompareBench {
  /** Paragraph units of the two mandates compared. */
  paragraphs: [number, number];
  /** Best time to analyse both texts (two analyze() calls), ms. */
  analyzeBothMs: number;
  /** Best time of compare(old, new) on the two texts, their analysis included, ms. */
  compareMs: number;
  /** compareMs / analyzeBothMs (aim: at most about 2). */
  ratio: number;
  /** The eleven renewals: compareSeries() on the texts, analyses included, ms (aim: well under 1000). */
  seriesMs: number;
  seriesVersions: number;
  /** Changes listed over the series' ten steps. */
  seriesChanges: number;
  /** The same measures in CPU time of this process (steadier than wall time on a shared machine), ms. */
  cpu: { analyzeBothMs: number; compareMs: number; ratio: number; seriesMs: number };
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Best wall and CPU time of each function over the rounds, the functions interleaved. */
function best(rounds: number, fns: (() => void)[]): { wall: number[]; cpu: number[] } {
  const wall = fns.map(() => Infinity), cpu = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      const t = performance.now(), c = cpuMs();
      fn();
      wall[k] = Math.min(wall[k]!, performance.now() - t);
      cpu[k] = Math.min(cpu[k]!, cpuMs() - c);
    });
  }
  return { wall, cpu };
}

export async function benchCompare(rounds = 15): Promise<CompareBench> {
  const lexicon = loadLexicon();
  const texts = MONUSCO.map(textOf);
  const [a, b] = [texts[9]!, texts[10]!];
  // Warm up: the first analysis compiles the patterns it meets.
  for (const t of texts) analyze(t, { lexicon });
  let seriesChanges = 0;
  const { wall, cpu } = best(rounds, [
    () => { analyze(a, { lexicon }); analyze(b, { lexicon }); },
    () => { compare(a, b, { lexicon }); },
    () => { seriesChanges = compareSeries(texts, { lexicon }).steps.reduce((n, s) => n + s.changes.length, 0); },
  ]);
  const [analyzeBothMs, compareMs, seriesMs] = wall;
  const round = (x: number) => Math.round(x * 100) / 100;
  const units = (t: string) => t.split(/\n[\t \u00A0\r]*\n/).filter((p) => p.trim()).length;
  const paragraphs: [number, number] = [units(a), units(b)];
  return {
    paragraphs, analyzeBothMs: round(analyzeBothMs!), compareMs: round(compareMs!), ratio: round(compareMs! / analyzeBothMs!),
    seriesMs: round(seriesMs!), seriesVersions: MONUSCO.length, seriesChanges,
    cpu: { analyzeBothMs: round(cpu[0]!), compareMs: round(cpu[1]!), ratio: round(cpu[1]! / cpu[0]!), seriesMs: round(cpu[2]!) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchCompare()));
