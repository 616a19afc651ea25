// firstChars reads which characters a match of a simple pattern can begin with (figures.ts indexes its
// body patterns by it); anything it cannot read must answer null, never a set that is too small.
import { describe, expect, it } from 'vitest';
import { firstChars } from '../core/match/first-chars.ts';

const sorted = (s: Set<string> | null) => (s ? [...s].sort().join('') : null);

describe('firstChars', () => {
  it.each([
    ['staff officers', 's'],
    ['(?:military )?staff officers', 'ms'],
    ['(?:mission |senior |the mission\'s )+leadership', 'mst'],
    ['(?:(?:total|deployed) )?(?:military|police)', 'dmpt'],
    ['[Ff]emale', 'f'],
    ['[a-c]x|Zed', 'abcz'],
    ['(?:sub-)?prefects', 'ps'],
    ['\\(?gender', '(g'],
    ['x{0,2}y', 'xy'],
    ['CNDDR', 'c'],
    ['(?:a|b)*?c', 'abc'],
  ])('%s → %s', (src, want) => {
    expect(sorted(firstChars(src))).toBe(want);
    // Every character it names really starts a match, and a match never starts elsewhere.
    const re = new RegExp(`^(?:${src})`, 'i');
    for (const c of 'abcdefghijklmnopqrstuvwxyz(') {
      const samples = ['staff officers', 'military staff officers', 'mission leadership', 'total police', 'female', 'bx', 'zed', 'sub-prefects', '(gender', 'xxy', 'cnddr', 'abc', 'yes', 'dmpt'];
      for (const s of samples.filter((x) => x[0] === c)) if (re.test(s)) expect(want).toContain(c);
    }
  });

  it.each(['\\s*women', '.omen', '(?<![a-z])women', '(?=w)women', 'a?', '(?:x|)', '[^a]b', '\\p{L}x', '(a'])('%s → null', (src) => {
    expect(firstChars(src)).toBeNull();
  });
});
