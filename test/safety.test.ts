import { describe, expect, it } from 'vitest';
import { checkPattern } from '../core/lexicon/safety.ts';

describe('pattern safety', () => {
  it.each(['(a+)+b', '(?:\\w+\\s?)*x', '((a|b)+c)*d', '(x*)*y'])('rejects nested quantifiers: %s', (p) => {
    expect(checkPattern(p)).toMatch(/nested/);
  });
  it.each(['(a|a)*b', '(a|ab)*c', '(\\w|\\d)+x', '(?:a|aa)+$', '(.*a){12}', '(a?){30}a{30}'])('rejects a repeated group holding alternatives or quantifiers: %s', (p) => {
    expect(checkPattern(p)).toMatch(/exponential/);
  });
  it.each(['(?<![\\p{L}])(?:ANNEX|Annex)[ \\t]+[A-Z0-9]{1,2}', '(?<=x)(?:ab|cd)y', '(?<name>ab){2}'])('group syntax is not a quantifier: %s', (p) => {
    expect(checkPattern(p)).toBeNull();
  });
  it('rejects back-references, empty matches, invalid and over-long patterns', () => {
    expect(checkPattern('(a)\\1')).toMatch(/back-references/);
    expect(checkPattern('a*')).toMatch(/empty/);
    expect(checkPattern('(')).toMatch(/valid/);
    expect(checkPattern('a'.repeat(400))).toMatch(/longer/);
  });
  it.each(['(?:UNSCR|resolution)\\s*1325(?:\\s*\\(2000\\))?', '\\b(?:S/RES/)?2467\\b', '(?:ab){2,}c'])('accepts %s', (p) => {
    expect(checkPattern(p)).toBeNull();
  });
});
