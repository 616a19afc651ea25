// The built-in patterns read in one pass without the Unicode flag (core/match/fast-patterns.ts) must give
// exactly the hits of each original pattern's own pass, whatever stands around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../core/lexicon/compile.ts';
import { asciiPattern, fastHits, fastPatterns } from '../core/match/fast-patterns.ts';

const lex = loadLexicon();
const builtIn = lex.patterns.filter((p) => p.whole);

type Hit = [number, number, string];

/** Each original pattern's own pass ("gu"), hits sorted. */
function oracle(text: string, pats: readonly { re: RegExp; concept: string }[]): Hit[] {
  const out: Hit[] = [];
  for (const p of pats) {
    const re = new RegExp(p.re.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push([m.index, m.index + m[0].length, p.concept]);
    }
  }
  return sort(out);
}

function sort(h: Hit[]): Hit[] {
  return h.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
}

function fast(text: string, pats: readonly { re: RegExp; concept: string }[]): Hit[] {
  const { fast: f, covered } = fastPatterns(pats.map((p) => ({ source: p.re.source, concept: p.concept })));
  expect(covered.size).toBe(pats.length);
  const out: Hit[] = [];
  fastHits(f!, text, (s, e, c) => out.push([s, e, c]));
  return sort(out);
}

describe('built-in patterns in one pass', () => {
  it('covers every built-in pattern, so none is read on its own with the Unicode flag', () => {
    expect(builtIn.length).toBeGreaterThan(0);
    expect(builtIn.every((p) => p.fast)).toBe(true);
    expect(lex.fastPatterns?.list.length).toBe(builtIn.length);
  });

  it.each([
    ['Recalling resolution 1325 (2000) and UNSCR 2242', 3],
    ['résolution 1325, RCSNU 2467, S/RES/2493', 3],
    ['resolution 13250 and resolution٣1325 and x1325 (2000)', 0],
    ['ANNEX K – GENDER and Annex 2: Gender', 2],
  ])('%j', (text, n) => {
    const want = oracle(text, builtIn);
    expect(want.length).toBeGreaterThanOrEqual(n);
    expect(fast(text, builtIn)).toEqual(want);
  });

  it('gives the original hits on random text, non-ASCII letters and digits next to them included', () => {
    const piece = fc.constantFrom('resolution', 'Resolutions', 'RESOLUTIONS', 'résolution', 'RÉSOLUTION', 'UNSCR', 'SCR', 'S/RES/', 'RCSNU',
      '1325', '2242', '2100', '2000', '(2000)', '(2013)', ' (2015)', '13', '25', ' ', '  ', '\n', '\t', 'ж', 'é', '٣', '\u{1D400}', '\u{1D7CE}',
      'x', '1', 'Annex', 'ANNEXE', 'A', 'K', '12', ' – ', ':', '(', 'Gender', 'GENRE', 'genre', '\u00A0');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (text) => {
      expect(fast(text, builtIn)).toEqual(oracle(text, builtIn));
    }), { numRuns: 3000 });
  });

  it('falls back to the original pattern where an ASCII form would not mean the same', () => {
    expect(asciiPattern('(?<![\\p{L}])gender(?![\\p{L}])')).not.toBeNull();
    expect(asciiPattern('(?<![\\p{L}])gend.r')).toBeNull(); // "." reads surrogate pairs differently
    expect(asciiPattern('(?<![\\p{L}])[^x]ender')).toBeNull();
    expect(asciiPattern('(?<![\\p{L}])\\p{Lu}ender')).toBeNull();
    expect(asciiPattern('gender')).toBeNull(); // no Unicode lookaround to spare
    expect(asciiPattern('(?<![\\p{L}])[.:]x')).not.toBeNull(); // "." inside a class is only a dot
  });
});
