// The streaming analyser: chunks cut at paragraph breaks, one merged report with whole-text offsets.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../../core/index.ts';
import { analyzeStream, cutPoint, StreamingAnalysis } from '../../core/stream.ts';
import { expectExactOffsets } from './invariants.ts';
import type { Finding } from '../../core/schema.ts';
import { allResolutionFiles, readResolution } from '../support/corpus.ts';

const lexicon = loadLexicon();
const PARAS = [
  'The battalion will appoint a gender adviser for each sector.',
  'Patrols will ensure the protection of civilians near the markets.',
  'The weather in the valley is dry in the summer months.',
  'Commanders will report conflict-related sexual violence within 24 hours.',
  'Women make up 12 per cent of the deployed personnel.',
  'Logistics will move fuel by road.',
];
const doc = (n: number) => Array.from({ length: n }, (_, i) => PARAS[i % PARAS.length]).join('\n\n');
const spans = (r: { findings: { start: number; end: number; concept: string }[] }) => r.findings.map((f) => `${f.start}-${f.end}-${f.concept}`);

/** Split a string into pieces of irregular sizes, as a file reader would deliver it. */
function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0, k = 0; i < text.length; k++) { const n = size + ((k * 7919) % size); yield text.slice(i, i + n); i += n; }
}

describe('cutPoint', () => {
  it('cuts after the last blank line, else a line break, else whitespace, never inside a surrogate pair', () => {
    expect(cutPoint('aaaa\n\nbbbb\n\ncc', 13)).toBe(12);
    expect(cutPoint('aaaaaa\nbbbbbb cc', 12)).toBe(7);
    expect(cutPoint('aaaa bbbb cccc', 12)).toBe(10);
    expect(cutPoint('abcdefghijklmnop', 12)).toBe(12);
    expect(cutPoint('a'.repeat(9) + '\uD83D\uDE00', 10)).toBe(9);
    expect(cutPoint('short', 10)).toBe(5);
  });
});

describe('StreamingAnalysis', () => {
  it('finds exactly the findings of a one-shot analysis, offsets into the whole text', () => {
    const text = doc(3000); // ~180 KB, cut into ~40 chunks
    const whole = analyze(text, { lexicon, profile: 'generic' });
    const streamed = analyzeStream(pieces(text, 1000), { lexicon, profile: 'generic', chunkChars: 4096 });
    expectExactOffsets(text, streamed);
    expect(streamed.length).toBe(text.length);
    expect(spans(streamed)).toEqual(spans(whole));
    expect(streamed.figures.map((g) => [g.start, g.text])).toEqual(whole.figures.map((g) => [g.start, g.text]));
    expect(streamed.coverage.byPillar).toEqual(whole.coverage.byPillar);
  });

  it('keeps the profile detected from the first chunk and section ids unique', () => {
    const text = '3. EXECUTION\n\nThe battalion will appoint a gender adviser.\n\n' + doc(400);
    const r = analyzeStream(pieces(text, 500), { lexicon, chunkChars: 2048 });
    expect(r.profile.id).toBe(analyze(text.slice(0, 2048), { lexicon }).profile.id);
    const ids = r.structure.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of r.findings) if (f.section) expect(ids).toContain(f.section);
  });

  it('a gap remains only when no chunk satisfies its rule', () => {
    // An operation order whose only gender adviser task sits at the very end, many chunks later.
    const head = '1. SITUATION\n\nThe area is calm.\n\n3. EXECUTION\n\nThe battalion will secure the bridge.\n\n';
    const filler = 'Logistics will move fuel by road.\n\n'.repeat(500);
    const tail = 'The battalion will appoint a gender adviser.\n';
    const without = analyzeStream([head + filler], { lexicon, profile: 'oporder', chunkChars: 2048 });
    const withTail = analyzeStream([head + filler + tail], { lexicon, profile: 'oporder', chunkChars: 2048 });
    const whole = analyze(head + filler + tail, { lexicon, profile: 'oporder' });
    expect(withTail.gaps.length).toBeLessThanOrEqual(without.gaps.length);
    // Every rule the one-shot analysis finds satisfied is satisfied in the stream too.
    for (const g of withTail.gaps) expect(whole.gaps.map((x) => x.rule).concat(without.gaps.map((x) => x.rule))).toContain(g.rule);
  });

  it('handles empty input, one huge paragraph and noise across chunk edges', () => {
    expect(new StreamingAnalysis({ lexicon }).finish().length).toBe(0);
    const big = 'word '.repeat(5000) + 'gender adviser ' + 'word '.repeat(5000);
    const r = analyzeStream(pieces(big, 333), { lexicon, chunkChars: 4096 });
    expectExactOffsets(big, r);
    expect(r.findings.map((f) => f.text)).toContain('gender adviser');
    const noisy = ('The unit will name a gen-\nder adviser.\n\nProtec\u00ADtion of civilians.\n\n').repeat(300);
    const n = analyzeStream(pieces(noisy, 100), { lexicon, chunkChars: 2000 });
    expectExactOffsets(noisy, n);
    expect(n.findings.filter((f) => f.concept === 'str-gender-adviser')).toHaveLength(300);
  });

  it('shifts dismissals of one occurrence into their chunk', () => {
    const text = doc(600);
    const all = analyzeStream([text], { lexicon, profile: 'generic', chunkChars: 4096 });
    const target = all.findings[all.findings.length - 1]!;
    const r = analyzeStream([text], { lexicon, profile: 'generic', chunkChars: 4096,
      dismissals: [{ scope: 'once', concept: target.concept, start: target.start, end: target.end }] });
    expect(r.findings).toHaveLength(all.findings.length - 1);
    expect(r.findings.some((f) => f.start === target.start && f.concept === target.concept)).toBe(false);
  });
});

describe('chunk boundaries', () => {
  // A compilation of every corpus resolution, one after the other: the chunks are cut between
  // resolutions, and each new "The Security Council," opens a preamble of its own, so a chunk that
  // starts with a resolution reads it as the whole text does (strength, negation, flags alike).
  it('change no finding of a compilation of resolutions, in place or in how it is said', () => {
    const text = allResolutionFiles().map((f) => readResolution(f).map((b) => b.text).join('\n')).join('\n\n');
    const lexicon = loadLexicon();
    const how = (f: Finding) => JSON.stringify([f.start, f.end, f.concept, f.strength, f.negated, f.boilerplate, f.procedural, f.scopeLimited, f.unverified]);
    const whole = analyze(text, { lexicon, profile: 'mandate' }).findings.map(how);
    const s = new StreamingAnalysis({ lexicon, profile: 'mandate', chunkChars: 512 * 1024 });
    for (let i = 0; i < text.length; i += 100_000) s.push(text.slice(i, i + 100_000));
    const streamed = s.finish().findings.map(how);
    expect(text.length).toBeGreaterThan(4_000_000);
    expect(streamed.length).toBe(whole.length);
    expect(streamed.filter((x, i) => x !== whole[i]).slice(0, 5)).toEqual([]);
  });
});
