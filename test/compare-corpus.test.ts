// compare() on the corpus's consecutive MONUSCO mandate renewals (1925 → … → 2765): every WPS finding of
// each side in exactly one change, exact offsets, swapped sides swap the verdicts, a renewal compared with
// itself has no changes, and the series' trend table agrees with the reports.
import { describe, expect, it } from 'vitest';
import { analyze, compare, compareSeries, Comparison, prepareVersion, type Change, type Report } from '../core/index.ts';
import { asBlocks, readResolution } from './support/corpus.ts';
import { accountingProblems, swapped } from './support/compare.ts';

const MONUSCO = ['1925', '2098', '2147', '2211', '2277', '2348', '2409', '2502', '2556', '2717', '2765'];
/** A resolution as a plain text file would hold it: each paragraph with its number, blank lines between. */
const textOf = (sym: string) => readResolution(sym).map((b) => (b.prefix ? `${b.prefix} ${b.text}` : b.text)).join('\n\n');
const texts = new Map(MONUSCO.map((s) => [s, textOf(s)]));
const reports = new Map<string, Report>(MONUSCO.map((s) => [s, analyze(texts.get(s)!, { source: `S/RES/${s}` })]));
const side = (s: string) => ({ text: texts.get(s)!, report: reports.get(s)! });
const pairs = MONUSCO.slice(1).map((s, k) => [MONUSCO[k]!, s] as const);
const steps = new Map(pairs.map(([a, b]) => [`${a}-${b}`, compare(side(a), side(b))]));

const key = (ws: { start: number; end: number }[] | undefined) => (ws ?? []).map((w) => `${w.start}:${w.end}`).join(',');
const wordsOf = (x: Change, s: 'old' | 'new') => [...((s === 'old' ? x.old : x.new)?.words ?? []), ...((s === 'old' ? x.alsoOld : x.alsoNew) ?? []).flatMap((y) => y.words)];

describe('compare: MONUSCO renewals, step by step', () => {
  it.each(pairs)('%s → %s: every WPS finding of either side in exactly one change, offsets exact, contract shape', (a, b) => {
    const c = steps.get(`${a}-${b}`)!;
    expect(() => Comparison.parse(c)).not.toThrow();
    expect(accountingProblems(c, reports.get(a)!, reports.get(b)!)).toEqual([]);
    for (const x of c.changes) {
      for (const w of wordsOf(x, 'old')) expect(texts.get(a)!.slice(w.start, w.end)).toBe(w.text);
      for (const w of wordsOf(x, 'new')) expect(texts.get(b)!.slice(w.start, w.end)).toBe(w.text);
      // Each change cites both sides where both exist: an added provision has no old side, a removed one no new side.
      expect(Boolean(x.old)).toBe(x.status !== 'added' || x.scope === 'language');
      expect(Boolean(x.new)).toBe(x.status !== 'removed' || x.scope === 'language');
    }
    expect(c.genderSpecific).toMatchObject({ old: reports.get(a)!.coverage.genderSpecific, new: reports.get(b)!.coverage.genderSpecific });
    expect(c.summary).toContain(`Gender references: ${c.genderSpecific.old} → ${c.genderSpecific.new}`);
  });

  it.each(pairs)('%s → %s: swapping the sides swaps added/removed, strengthened/weakened and split/merged, change by change', (a, b) => {
    const forward = steps.get(`${a}-${b}`)!;
    const back = compare(side(b), side(a));
    expect(back.counts).toEqual({ ...forward.counts, added: forward.counts.removed, removed: forward.counts.added,
      strengthened: forward.counts.weakened, weakened: forward.counts.strengthened, split: forward.counts.merged, merged: forward.counts.split });
    const byOldWords = new Map(back.changes.map((x) => [`${key(wordsOf(x, 'old'))}|${key(wordsOf(x, 'new'))}`, x]));
    const mismatches = forward.changes.filter((x) => {
      const y = byOldWords.get(`${key(wordsOf(x, 'new'))}|${key(wordsOf(x, 'old'))}`);
      return !y || y.status !== swapped(x.status);
    }).map((x) => `${x.id} ${x.status} ${x.old?.number}→${x.new?.number}`);
    expect(mismatches).toEqual([]);
  });

  it('WPS provisions of consecutive renewals are mostly aligned (kept, changed or moved), not listed as added and removed', () => {
    // Measured on this corpus: from 0.24 (1925 → 2098, the 2013 rewrite with the Intervention Brigade) to 0.95.
    const shares = [...steps].map(([k, c]) => [k, c.changes.filter((x) => x.old && x.new).length / Math.max(1, c.changes.length)] as const);
    for (const [k, share] of shares) expect(share, k).toBeGreaterThanOrEqual(0.2);
    expect(shares.reduce((t, [, x]) => t + x, 0) / shares.length).toBeGreaterThanOrEqual(0.6);
  });

  it.each(['1925', '2409', '2765'])('%s compared with itself: no changes', (s) => {
    const c = compare(side(s), side(s));
    expect(c.changes.length).toBe(c.provisions.new);
    expect(c.changes.filter((x) => x.status !== 'kept' || x.moved || x.signals.length)).toEqual([]);
    expect(c.summary).toContain('No change to the WPS language.');
  });

  it('block input gives the same verdicts as the text, with block-relative offsets', () => {
    const blocks = (s: string) => asBlocks(readResolution(s).map((b) => ({ ...b, text: b.prefix ? `${b.prefix} ${b.text}` : b.text })));
    const [a, b] = ['2717', '2765'];
    const viaBlocks = compare(blocks(a), blocks(b));
    const viaText = steps.get(`${a}-${b}`)!;
    expect(viaBlocks.changes.map((x) => x.status)).toEqual(viaText.changes.map((x) => x.status));
    const bb = blocks(b);
    for (const x of viaBlocks.changes) for (const w of wordsOf(x, 'new')) expect(bb[Number(w.block)]!.text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('compareSeries: eleven MONUSCO mandates', () => {
  const versions = MONUSCO.map((s) => prepareVersion(side(s)));
  const series = compareSeries(versions);
  it('one step per consecutive pair, the same as comparing the pair', () => {
    expect(series.steps).toHaveLength(10);
    expect(series.documents.map((d) => d.source)).toEqual(MONUSCO.map((s) => `S/RES/${s}`));
    // One profile for the whole series (gaps comparable from step to step).
    expect(new Set(series.steps.map((s) => s.profile.id)).size).toBe(1);
    const s9 = series.steps[9]!;
    expect(s9.changes.map((x) => x.status)).toEqual(steps.get('2717-2765')!.changes.map((x) => x.status));
  });
  it('the trend table agrees with each report: families, pillars, gender references, provisions', () => {
    const row = (k: string) => series.trend.rows.find((r) => r.key === k)!.values;
    expect(row('gender-specific')).toEqual(MONUSCO.map((s) => reports.get(s)!.coverage.genderSpecific));
    expect(row('crsv')).toEqual(MONUSCO.map((s) => reports.get(s)!.coverage.byPillar.crsv.findings));
    expect(row('provisions')).toEqual(series.steps.map((s) => s.provisions.old).concat(series.steps[9]!.provisions.new));
    for (const s of series.steps) expect(s.byFamily.protection!.new - s.byFamily.protection!.old).toBe(s.byFamily.protection!.change);
    expect(series.summary).toMatch(/^Across 11 versions \(S\/RES\/1925 → S\/RES\/2765\): gender references \d+ → \d+, WPS provisions \d+ → \d+\./);
  });
});
