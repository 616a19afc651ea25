// The term scan tries its regex only where prefilter.ts says a term may start. It must find exactly
// what the same regex finds tried at every position (the oracle below), on real resolutions, on every
// lexicon form in odd surroundings, and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon, unicodeTermRegex, type Lexicon } from '../core/lexicon/compile.ts';
import { trieSource } from '../core/match/trie.ts';
import { TermGroups, termRegexLower } from '../core/lexicon/term-groups.ts';
import { flatten } from "../core/text/flat.ts";
import { scanTerms, type RawMatch } from '../core/match/match.ts';
import { compileStarts, openingWords, otherStarts, type TermStarts } from '../core/match/prefilter.ts';
import { wordIndex, type WordIndex } from '../core/text/words.ts';
import { isLetterAt, isWordCharAt, normKey } from '../core/text/text.ts';
import { allResolutionFiles, readResolution } from './support/corpus.ts';

/** Every position where the scan tries a pattern: opening words and `other` characters, ascending. */
function candidates(view: string, idx: WordIndex, t: TermStarts): number[] {
  return [...Array.from(openingWords(view, idx, t), (w) => idx.start[w]!), ...otherStarts(view, t)].sort((a, b) => a - b);
}

const compiled = new WeakMap<Lexicon, RegExp>();
/** The term pattern tried at every position (built once per lexicon: it is large). */
function globalRe(lex: Lexicon): RegExp {
  let re = compiled.get(lex);
  if (!re) compiled.set(lex, (re = termRegexLower(trieSource(lex.lookup.keys(), true)!, 'g')));
  re.lastIndex = 0;
  return re;
}

const sticky = new WeakMap<Lexicon, RegExp>();
/** The exact Unicode term pattern, sticky: decides one position. */
function exactAt(lex: Lexicon): RegExp {
  let re = sticky.get(lex);
  if (!re) sticky.set(lex, (re = new RegExp(unicodeTermRegex(lex)!.source, 'yiu')));
  return re;
}

/** The scan before the prefilter: the global term regex tried at every position of the view. */
function oracle(s: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const lower = s.toLowerCase();
  const flat = flatten(s);
  if (!flat) return scanTerms(s, lex); // lower-casing changes the length: both read the Unicode pattern
  const { view } = flat;
  const re = globalRe(lex);
  for (let m = re.exec(view); m; m = re.exec(view)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (isWordCharAt(lower, start - 1)) { re.lastIndex = m.index + 1; continue; }
    if (isLetterAt(lower, end)) {
      // Beyond ASCII the exact pattern decides at this place (a shorter term may end on a boundary).
      const exact = exactAt(lex);
      exact.lastIndex = start;
      const u = exact.exec(s);
      if (!u) { re.lastIndex = m.index + 1; continue; }
      out.push({ start, end: start + u[0].length, concepts: lex.lookup.get(normKey(u[0]))! });
      re.lastIndex = start + u[0].length;
      continue;
    }
    const concepts = lex.lookup.get(normKey(m[0]));
    if (concepts) out.push({ start, end, concepts });
  }
  return out;
}

describe('term prefilter', () => {
  const lex = loadLexicon();

  it('finds on every corpus resolution exactly what the unfiltered scan finds', () => {
    let files = 0;
    let matches = 0;
    for (const f of allResolutionFiles()) {
      const text = readResolution(f).map((b) => b.text).join('\n');
      const want = oracle(text, lex);
      expect(scanTerms(text, lex)).toEqual(want);
      files++;
      matches += want.length;
    }
    expect(files).toBeGreaterThan(300);
    expect(matches).toBeGreaterThan(1000);
  });

  it('finds every lexicon form after and before any kind of character', () => {
    const around = [' ', '(', '"', "'", '\u0001', '1', '¹', 'é', 'x', '\u2014', '\uD83D\uDE00', '\uD835\uDC1A', ''];
    let n = 0;
    for (const form of lex.lookup.keys()) {
      const before = around[n % around.length]!;
      const after = around[(n * 7 + 3) % around.length]!;
      n++;
      const text = `${before}${form}${after} and ${form}.`;
      expect(scanTerms(text, lex), JSON.stringify(text)).toEqual(oracle(text, lex));
    }
    expect(n).toBeGreaterThan(5000);
  });

  it('agrees with the unfiltered scan on random text with terms injected', () => {
    const forms = [...lex.lookup.keys()].filter((_, i) => i % 17 === 0);
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...forms) },
      { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
      { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '-', '\n', "'", '’', 'S', 'É', '17', ', ', 'the ', 'in ', 'on ') },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      const hits = scanTerms(text, lex);
      expect(hits).toEqual(oracle(text, lex));
      expect(hits).toEqual(scanTerms(text, lex, null));
    }), { numRuns: 400 });
  });

  it('compiles only the patterns of the opening words a text uses', () => {
    const groups = new TermGroups(lex.lookup.keys());
    const fresh: Lexicon = { ...lex, termGroups: groups };
    expect(groups.size).toBeGreaterThan(1000);
    expect(groups.compiled).toBe(0);
    const text = 'The Gender Adviser briefed women leaders; gender advisers met in 2024.';
    const hits = scanTerms(text, fresh).map((m) => text.slice(m.start, m.end));
    expect(hits).toEqual(['Gender Adviser', 'women leaders', 'gender advisers']);
    // "gender" and "women" (and any word colliding in the prefilter's table): a handful, not thousands.
    expect(groups.compiled).toBeGreaterThan(1);
    expect(groups.compiled).toBeLessThan(6);
  });

  it('offers every position where a term starts, and skips plain words', () => {
    const starts = compileStarts(['gender adviser', 'women', "women's network", '30 per cent quota', 'sexual violence']);
    const view = "the gender adviser met women's groups; 30 per cent of sexual abuse, sexual violence; 130 per cent, a30";
    const seen = [...candidates(view, wordIndex(view), starts)];
    const words = seen.map((i) => view.slice(i, i + 6));
    expect(words).toContain('gender');
    expect(words).toContain('women\'');
    expect(words).toContain('30 per');
    expect(words).toContain('sexual');
    expect(words).not.toContain('the ge');
    expect(words).not.toContain('met wo');
    // A digit that follows a digit or a letter opens nothing: one "3" is offered, the one of "30 per".
    expect(seen.filter((i) => view[i] === '3')).toEqual([view.indexOf('30 per')]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // "sexual abuse" opens no term: only the "sexual violence" pair is offered.
    expect(seen.filter((i) => view.startsWith('sexual', i))).toEqual([view.lastIndexOf('sexual')]);
  });
});
