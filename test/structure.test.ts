// Limits of the long-form structure rules (core/text/sections.ts), one rule per test: what counts as a blank
// line, running headers with page numbers, heading lengths, how far ahead a run of notes is confirmed,
// and where notes and reference lists end. Mini-documents of our own.
import { describe, expect, it } from 'vitest';
import { contentLines, detectStructure } from '../core/text/sections.ts';

/** kind, number and opening (60 characters) of each section. */
const shown = (t: string) => detectStructure(t, 'en').sections.map((s) => [s.kind, s.number ?? null, t.slice(s.start, s.end).slice(0, 60)]);
const furniture = (t: string) => detectStructure(t, 'en').sections.filter((s) => s.kind === 'furniture').map((s) => t.slice(s.start, s.end));

describe('contentLines: blank lines are white space as trim() sees it', () => {
  const spaces = ['\t', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const others = ['\u200b', '\u1fff', '\u2030', '\x0e', '\x08', '\u205e', '\u3001', '\u2027', '\u202e', '\u1681', '\u009f', '\u00a1'];
  it.each(spaces)('%j alone makes a blank line', (c) => {
    const lines = contentLines(`a\n${c}\nb`);
    expect(lines.map((l) => [l.text, l.gap])).toEqual([['a', true], ['b', true]]);
  });
  it.each(others)('%j is content', (c) => expect(contentLines(`a\n${c}\nb`).map((l) => l.gap)).toEqual([true, false, false]));
  it('block separators end lines, with no blank line between the blocks', () => {
    expect(contentLines('a\u0001b\u0001c\nd').map((l) => [l.text, l.start, l.end, l.gap])).toEqual([['a', 0, 1, true], ['b', 2, 3, false], ['c', 4, 5, false], ['d', 6, 7, false]]);
    expect(contentLines('ab\ncd\u0001ef').map((l) => [l.text, l.start])).toEqual([['ab', 0], ['cd', 3], ['ef', 6]]);
  });
});

describe('running headers with a page number', () => {
  const page = (n: number, header: string) => `${header}\n\nThe mission grew in sector ${n}.\nPatrols rose.\nWomen met.\nLeaders spoke.\nNothing else.\nMore text.\nEven more.\nAnd more.\nStill more.\n`;
  const doc = (header: (n: number) => string) => [1, 2, 3, 4, 5].map((n) => page(n, header(n))).join('\n');
  it.each([
    ['two spaces before the number', (n: number) => `Women and peace  ${n}`],
    ['a tab before the number', (n: number) => `Women and peace\t${n}`],
    ['the number first, two spaces', (n: number) => `${n}  Women and peace`],
    ['the number first, a tab', (n: number) => `${n}\tWomen and peace`],
  ])('%s: the header repeats', (_n, header) => {
    const t = doc(header);
    expect(furniture(t)).toEqual([1, 2, 3, 4, 5].map(header));
  });
  it.each([
    ['one space before the number', (n: number) => `Women and peace ${n}`],
    ['one space after the number', (n: number) => `${n} Women and peace`],
  ])('%s: a different line each page, no header', (_n, header) => expect(furniture(doc(header))).toEqual([]));
  it('headers of 3 to 80 characters; shorter or longer lines are not', () => {
    expect(furniture(doc(() => 'Abc'))).toHaveLength(5);
    expect(furniture(doc(() => 'Ab'))).toEqual([]);
    expect(furniture(doc(() => `W${'o'.repeat(79)}`))).toHaveLength(5);
    expect(furniture(doc(() => `W${'o'.repeat(80)}`))).toEqual([]);
  });
  it('no header of digits only, of a list item, closed like a sentence or naming a zone', () => {
    for (const h of ['12 34', '- Women and peace', 'Women and peace;', 'Women and peace:', 'Women and peace,', 'Notes']) expect(furniture(doc(() => h)), h).toEqual([]);
  });
});

describe('heading lengths', () => {
  it('a numbered heading has at most 80 characters, an unnumbered one 79', () => {
    expect(shown(`Intro.\n\nIV. A${'b'.repeat(75)}\nText.`).map((s) => s[0])).toEqual(['body', 'heading']);
    expect(shown(`Intro.\n\nIV. A${'b'.repeat(76)}\nText.`).map((s) => s[0])).toEqual(['body']);
    expect(shown(`Intro.\n\nA${'B'.repeat(78)}\n\nText.`).map((s) => s[0])).toEqual(['body', 'heading']);
    expect(shown(`Intro.\n\nA${'B'.repeat(79)}\n\nText.`).map((s) => s[0])).toEqual(['body']);
  });
  it('no heading: a bare roman number, a line ending in a page number after a tab, a full stop with a note mark', () => {
    for (const t of ['Intro.\n\nIV\n\nText.', 'Intro.\n\nThe Findings\t12\n\nText.', 'Intro.\n\nFindings of the Study.2\n\nText.', 'Intro.\n\nFindings of the Study!\n\nText.']) {
      expect(shown(t).map((s) => s[0]), t).toEqual(['body']);
    }
  });
  it('a plain-numbered line with a semicolon, more than eight words, or not title-like and not alone is a paragraph', () => {
    for (const t of ['Intro.\n\n3. Women; men\n\nText.', 'Intro.\n\n3. WOMEN AND MEN OF THE MISSION IN THE FIELD\n\nText.', 'Intro.\n\n3. Women and men\nText.']) {
      expect(shown(t).map((s) => s.slice(0, 2)), t).toEqual([['body', null], ['paragraph', '3']]);
    }
  });
});

describe('notes: how a run is confirmed and where it ends', () => {
  const notes = (lines: number) => `The mission grew.\n12 See the report of 2019.\n${'Text goes on here\n'.repeat(lines)}13 Ibid., para. 4.`;
  it('the next number within six lines confirms a run that starts mid-text; seven lines on, it does not', () => {
    expect(shown(notes(5)).map((s) => s[0])).toEqual(['body', 'notes']);
    expect(shown(notes(6)).map((s) => s[0])).toEqual(['body']);
  });
  it('a note opens after a line closed by . ! ? : ) " or ”, not after a line that runs on', () => {
    for (const end of ['.', '!', '?', ':', ')', '"', '”']) expect(shown(`The mission grew${end}\n1 See the report of the mission.\n2 Ibid.`).map((s) => s[0]), end).toEqual(['body', 'notes']);
    expect(shown('The mission grew\n1 See the report of the mission.\n2 Ibid.').map((s) => s[0])).toEqual(['body']);
  });
  it('a run goes on over lines without a number and ends at a blank line before a number out of sequence', () => {
    const t = 'The mission grew.\n1 See the report of the mission.\n2 Ibid., para. 9.\n\n7 Later note of the text.';
    expect(shown(t)).toEqual([['body', null, 'The mission grew.\n'], ['notes', null, '1 See the report of the mission.\n2 Ibid., para. 9.']]);
  });
  it('a notes zone ends at a numbered heading or a line in capitals, not at a capitalised sentence', () => {
    const base = 'Intro.\n\nNotes\n1 See the report of the mission.\n2 Ibid., para. 4.\n';
    expect(shown(`${base}III. Findings\nThe mission grew.`)).toEqual([
      ['body', null, 'Intro.\n\n'], ['notes', null, 'Notes\n1 See the report of the mission.\n2 Ibid., para. 4.\n'], ['heading', 'III', 'III. Findings\nThe mission grew.'],
    ]);
    const zone = (t: string) => { const n = detectStructure(t, 'en').sections.find((x) => x.kind === 'notes')!; return t.slice(n.start, n.end).slice(base.length - 17); };
    expect(zone(`${base}FINDINGS OF THE STUDY\nThe mission grew.`)).toBe('para. 4.\n');
    // closed like a sentence, or fewer than four letters: still in the notes
    expect(zone(`${base}FINDINGS, STUDY.\nThe mission grew.`)).toBe('para. 4.\nFINDINGS, STUDY.\nThe mission grew.');
    expect(zone(`${base}ABC\nThe mission grew.`)).toBe('para. 4.\nABC\nThe mission grew.');
    expect(zone(`${base}ABCD\nThe mission grew.`)).toBe('para. 4.\n');
  });
  it('notes zone titles over superscript, bracketed and parenthesised numbers', () => {
    for (const first of ['¹ See the report of 2019.', '[1] See the report.', '1) See the report.', '1. See the report.']) {
      expect(shown(`Intro.\n\nNotes\n\n${first}\nMore.`).map((s) => s[0]), first).toEqual(['body', 'notes']);
    }
  });
});

describe('reference lists end at a numbered or capitalised heading', () => {
  it.each([
    ['3.2 Gender balance', 'heading'],
    ['ANNEX TABLES', 'heading'],
  ])('%j after a blank line ends the list', (line, kind) => {
    const t = `Intro.\n\nReferences\nUN, Report on women (2019).\n\n${line}\nThe mission grew.`;
    const s = shown(t);
    expect(s[1]).toEqual(['references', null, 'References\nUN, Report on women (2019).\n\n']);
    expect(s[2]?.[0]).toBe(kind);
  });
  it('a citation line in capitals stays in the list', () => {
    const t = 'Intro.\n\nReferences\nUN, Report on women (2019).\nUNDP, PEACE AND WOMEN (2020).\nText.';
    expect(shown(t).at(-1)).toEqual(['references', null, 'References\nUN, Report on women (2019).\nUNDP, PEACE AND WOMEN']);
  });
});
