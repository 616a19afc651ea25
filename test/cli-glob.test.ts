// --exclude globs (cli/glob.ts): each rule at its edges, table-driven.
import { describe, expect, it } from 'vitest';
import { anyGlob, globMatcher, globToRegExp } from '../cli/glob.ts';

describe('globToRegExp', () => {
  it.each([
    // pattern, path, matches
    ['*.md', 'notes.md', true],
    ['*.md', '.md', true], // * may be empty
    ['*.md', 'notes.mdx', false], // anchored at the end
    ['*.md', 'a/notes.md', false], // * does not cross "/"
    ['a*', 'a', true],
    ['?.txt', 'a.txt', true],
    ['?.txt', 'ab.txt', false], // ? is exactly one character
    ['?.txt', '.txt', false],
    ['a?b', 'a/b', false], // ? never matches "/"
    ['**', 'a/b/c.txt', true],
    ['a/**', 'a/b/c.txt', true],
    ['a/**', 'a/', true],
    ['a/**', 'b/c.txt', false],
    ['**/c.txt', 'c.txt', true], // "**/" may be no folder at all
    ['**/c.txt', 'a/b/c.txt', true],
    ['**/c.txt', 'a/bc.txt', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/xb', false],
    ['x**y', 'x/z/y', true], // ** not alone in a segment still crosses "/"
    ['[abc].txt', 'b.txt', true],
    ['[abc].txt', 'd.txt', false],
    ['[a-c].txt', 'c.txt', true],
    ['[a-c].txt', 'C.txt', false], // case-sensitive
    ['[!a-c].txt', 'd.txt', true],
    ['[!a-c].txt', 'a.txt', false],
    ['[^a].txt', 'b.txt', true],
    ['[!a]x', '/x', false], // a negated class still never matches "/"
    ['[]]', ']', true], // "]" first in a class is literal
    ['{draft,old}-*.txt', 'old-2.txt', true],
    ['{draft,old}-*.txt', 'new-2.txt', false],
    ['{a,b{c,d}}', 'bd', true],
    ['{a,b{c,d}}', 'b', false],
    ['a,b', 'a,b', true], // a comma outside braces is literal
    ['a}', 'a}', true], // an unopened "}" is literal
    ['\\*.txt', '*.txt', true], // escaped: the character itself
    ['\\*.txt', 'a.txt', false],
    ['a.txt', 'abtxt', false], // "." is literal
    ['(a)|b+', '(a)|b+', true], // regex characters are literal
    ['notes.md', 'Notes.md', false],
  ])('%s against %s → %s', (glob, path, want) => {
    expect(globToRegExp(glob).test(path)).toBe(want);
  });

  it('refuses unbalanced classes and braces', () => {
    expect(() => globToRegExp('[abc')).toThrow("unclosed '[' in '[abc'");
    expect(() => globToRegExp('[]')).toThrow(/unclosed '\['/); // "]" right after "[" is a member, not the end
    expect(() => globToRegExp('{a,b')).toThrow("unclosed '{' in '{a,b'");
  });
});

describe('globMatcher (paths relative to the scanned folder)', () => {
  it.each([
    // Without "/": any one segment, at any depth.
    ['*.md', 'README.md', true],
    ['*.md', 'deep/er/notes.md', true],
    ['drafts', 'drafts/a.txt', true],
    ['drafts', 'x/drafts/a.txt', true],
    ['drafts', 'mydrafts/a.txt', false],
    ['draft*', 'x/drafts-2020/a.txt', true],
    // With "/": the whole path or one of its folders, from the top.
    ['old/*.txt', 'old/a.txt', true],
    ['old/*.txt', 'x/old/a.txt', false],
    ['old/*.txt', 'old/sub/a.txt', false],
    ['old/sub', 'old/sub/a.txt', true],
    ['old/sub', 'old/subway/a.txt', false],
    ['**/annex-*.pdf', 'a/b/annex-k.pdf', true],
    // Leading "./" or "/" and a trailing "/" are ignored.
    ['./old/*.txt', 'old/a.txt', true],
    ['/old/*.txt', 'old/a.txt', true],
    ['drafts/', 'drafts/a.txt', true],
    ['old/sub/', 'old/sub', true],
  ])('%s against %s → %s', (glob, path, want) => {
    expect(globMatcher(glob)(path)).toBe(want);
  });

  it('an empty pattern is refused', () => {
    for (const p of ['', '/', './', '//']) expect(() => globMatcher(p)).toThrow('empty pattern');
  });

  it('anyGlob: any of the patterns', () => {
    const m = anyGlob(['*.md', 'old/**']);
    expect(m('a/b.md')).toBe(true);
    expect(m('old/x.txt')).toBe(true);
    expect(m('new/x.txt')).toBe(false);
    expect(anyGlob([])('x')).toBe(false);
  });
});
