// A trie-shaped pattern must match what a plain alternation of the same phrases matches, longest first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOS_CLASS, SEP, escapeRegExp, normKey } from '../core/text/text.ts';
import { trieSource } from '../core/match/trie.ts';

/** The phrases as one alternation, longest first, with the trie's separator and apostrophe units. */
function alternation(phrases: string[], plain: boolean): string {
  const keys = [...new Set(phrases.map(normKey).filter(Boolean))].sort((a, b) => b.length - a.length);
  return keys.map((k) => escapeRegExp(k).replace(/ /g, plain ? ' +' : SEP).replace(/'/g, plain ? "'" : APOS_CLASS)).join('|');
}

function hits(src: string, text: string, flags: string): [number, string][] {
  const re = new RegExp(`(?<![a-z])(?:${src})(?![a-z])`, flags);
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

describe('trieSource', () => {
  const word = fc.array(fc.constantFrom('a', 'b', 'é', '-', "'", '\u{1D400}'), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
  const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
  const text = fc.array(fc.constantFrom('a', 'b', 'é', ' ', '  ', "'", '’', '-', 'x', '\u{1D400}'), { maxLength: 30 }).map((c) => c.join(''));

  it('matches what the longest-first alternation matches, plain and Unicode', () => {
    fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), text, (phrases, t) => {
      if (alternation(phrases, true) === '') { expect(trieSource(phrases)).toBeNull(); return; }
      const plainT = t.replace(/’/g, "'").replace(/-/g, ' ');
      expect(hits(trieSource(phrases, true)!, plainT, 'g')).toEqual(hits(alternation(phrases, true), plainT, 'g'));
      expect(hits(trieSource(phrases)!, t, 'giu')).toEqual(hits(alternation(phrases, false), t, 'giu'));
    }), { numRuns: 1500 });
  });

  it('is null for no phrases, and shares prefixes', () => {
    expect(trieSource([])).toBeNull();
    expect(trieSource(['', '  '])).toBeNull();
    expect(trieSource(['gender adviser', 'gender advisers', 'gender'], true)).toBe('gender(?: +advisers?)?');
  });
});
