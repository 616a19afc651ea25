// Length and form limits of the line tests of core/text/sections.ts: citation, table-row and contents-entry
// lengths, zone titles with numbers and marks, note texts, and a one-line resolution opener. Our own lines.
import { describe, expect, it } from 'vitest';
import { isCitationLine, isTableLine, isTocEntry, looksLikeResolution, noteNumber, titleLike, zoneOf } from '../core/text/sections.ts';

describe('line lengths', () => {
  it('a citation has 20 to 400 characters', () => {
    expect(['Smith, J. A. (2019).', 'Smit, J. A. (2019).', `Smith, J. ${'x'.repeat(382)} (2019).`, `Smith, J. ${'x'.repeat(383)} (2019).`].map(isCitationLine))
      .toEqual([true, false, true, false]);
  });
  it('a table row has at most 200 characters and cells of at most 80', () => {
    expect([`${'A | '.repeat(50)}`, `${'A | '.repeat(50)}B`, `A | B | ${'c'.repeat(80)}`, `A | B | ${'c'.repeat(81)}`].map(isTableLine)).toEqual([true, false, true, false]);
    expect(['A|B', 'A\t\tB', '• A | B', '(a) A | B', '(12) A | B'].map(isTableLine)).toEqual([true, true, false, false, false]);
  });
  it('a contents entry has at most 160 characters, its title at most 150', () => {
    const dots = (n: number) => `${'A'.repeat(100)} ${'.'.repeat(n)} 12`;
    expect([dots(56), dots(57)].map((s) => [s.length, isTocEntry(s)])).toEqual([[160, true], [161, false]]);
    expect([`${'A'.repeat(149)} 12`, `${'A'.repeat(150)}\t12`, `${'A'.repeat(151)} 12`].map(isTocEntry)).toEqual([true, true, false]);
    expect(['A 12', 'AB 12', 'Intro … 12', 'Intro ___ xii', 'Intro 1234', 'Intro 1.2', '12'].map(isTocEntry)).toEqual([false, true, true, true, false, false, false]);
  });
});

describe('zone titles', () => {
  it.each([
    ['12 References', 'references'], ['7) Notes', 'notes'], ['IV) Notes', 'notes'], ['VII. Notes', 'notes'], ['A) Contents', 'contents'],
    ['**References**', 'references'], ['__Notes__', 'notes'], ['# Bibliography', 'references'], ['References.', 'references'],
    ['Table  of   contents', 'contents'], ['works cited', 'references'], ['Notes de bas de page', 'notes'],
  ])('%j opens %s', (line, kind) => expect(zoneOf(line)).toBe(kind));
  it.each(['123 References', 'AB. Notes', 'VIIIIII. Notes', 'Notes and more', ''])('%j opens no zone', (line) => expect(zoneOf(line)).toBeUndefined());
});

describe('note texts', () => {
  it('a note text of fewer than four words must close with . or )', () => {
    expect(['1 See the report', '1 See the report here', '1 See.', '1 See)', '12 34 women'].map(noteNumber)).toEqual([-1, 1, 1, 1, -1]);
  });
});

describe('a one-line opener', () => {
  it('"The Security Council," and a participle opens a preamble; a finite verb there does not', () => {
    expect(looksLikeResolution('The Security Council, Recalling its work,\nDecides to act.', 'en')).toBe(true);
    expect(looksLikeResolution('The Security Council, Decides to act.', 'en')).toBe(false);
    expect(looksLikeResolution('The Security Council, decides to act.', 'en')).toBe(false);
  });
});

describe('titleLike', () => {
  it('capitals of any length, Title Case words counted only when they open with a letter', () => {
    expect(['ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN', 'protection of civilians', '2020 Review of Women', '(Women) Of Peace', 'peaceKeeping Forces'].map(titleLike))
      .toEqual([true, false, true, true, false]);
  });
});
