// Degenerate and very long inputs: one character repeated for megabytes, a term repeated with no
// sentence break, endless negation cues. The analysis must finish (linearly: timings are measured
// by bench/scale.ts, not asserted here) and keep its offsets exact.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../../core/index.ts';
import { expectExactOffsets } from './invariants.ts';

const lexicon = loadLexicon();
const MB = 1024 * 1024;

describe('megabytes of one character', () => {
  it.each([
    ['a', 10], [' ', 10], ['.', 10], ['\n', 10], ['\u0000', 10], ['1', 10], ['\u00AD', 5], ['\u0301', 2], ['\uFB01', 2],
    ['\uD800', 5], ['\uD83D\uDE00', 2], ['\u202E', 2], ['%', 2], ['\u0436', 2], ['\u00E9', 2],
  ] as const)('%j × %i MB: no findings, no throw', (ch, mb) => {
    const text = ch.repeat(Math.floor((mb * MB) / ch.length));
    const r = analyze(text, { lexicon });
    expect(r.findings).toEqual([]);
    expect(r.length).toBe(text.length);
  });
});

describe('adversarial repetition', () => {
  it('a term repeated 100,000 times without a sentence break: one finding each, exact', () => {
    const n = 100_000;
    const text = 'gender adviser '.repeat(n);
    const r = analyze(text, { lexicon });
    const advisers = r.findings.filter((f) => f.concept === 'str-gender-adviser');
    expect(advisers).toHaveLength(n);
    expect(advisers[n - 1]!.start).toBe((n - 1) * 'gender adviser '.length);
    expectExactOffsets(text, r);
  });

  it('a term glued to itself with soft hyphens and hyphenated line breaks, 200,000 times', () => {
    const unit = 'gen-\nder ad\u00ADviser ';
    const text = unit.repeat(50_000);
    const r = analyze(text, { lexicon });
    expect(r.findings.filter((f) => f.concept === 'str-gender-adviser')).toHaveLength(50_000);
    expectExactOffsets(text, r);
  });

  it('deep negation cues before a term', () => {
    const text = `${'not no never without neither nor '.repeat(50_000)}women participate.`;
    const r = analyze(text, { lexicon });
    expectExactOffsets(text, r);
    expect(r.findings.some((f) => f.text === 'women')).toBe(true);
  });

  it('a sentence of 2 MB with a term at each end', () => {
    const text = `Women will lead ${'the patrol will move on '.repeat(90_000)}with a gender adviser.`;
    const r = analyze(text, { lexicon });
    expectExactOffsets(text, r);
    expect(r.findings.at(-1)!.text).toBe('gender adviser');
  });

  it('10,000 blocks of noisy text keep block-local offsets', () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, text: i % 3 ? 'The unit will appoint a gen-\nder adviser.' : 'Protec\u00ADtion of civilians.' }));
    const r = analyze(blocks, { lexicon });
    expectExactOffsets(blocks, r);
    expect(new Set(r.findings.map((f) => f.block)).size).toBe(10_000);
  });
});
