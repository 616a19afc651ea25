// The long-form reader of core/text/sections.ts rule by rule: unique ids, where each part ends, what it hangs
// under, page furniture keeping the page break, the limits of contents and zone ends, headings at the
// end of the text, and no long-form parts in an order's main body. Each row: one mini-document of our own
// and every section it gives as [kind, id, number, parent, text].
import { describe, expect, it } from 'vitest';
import { detectStructure } from '../core/text/sections.ts';

type Row = [string, string, string | null, string | null, string];
const show = (t: string): Row[] => detectStructure(t, 'en').sections.map((s) => [s.kind, s.id, s.number ?? null, s.parent ?? null, t.slice(s.start, s.end)]);
const A100 = 'A'.repeat(100);

describe('ids, bounds and parents', () => {
  it.each<[string, string, Row[]]>([
    ['a second run of notes or a second table gets an id of its own',
      'The mission grew.\n1 See the report of 2019.\n2 Ibid., para. 4.\n\nMore text here.\n\nText.\n1 Another note of the text.\n2 Ibid., para. 5.',
      [['body', 'body', null, null, 'The mission grew.\n'], ['notes', 'notes', null, null, '1 See the report of 2019.\n2 Ibid., para. 4.'], ['notes', 'notes-86', null, null, '1 Another note of the text.\n2 Ibid., para. 5.']]],
    ['…and a table too', 'A | B\n1 | 2\n3 | 4\n\nText.\n\nC | D\n5 | 6\n7 | 8',
      [['table', 'table', null, null, 'A | B\n1 | 2\n3 | 4'], ['table', 'table-26', null, null, 'C | D\n5 | 6\n7 | 8']]],
    ['a zone title closes the heading before it', 'Intro.\n\nFindings\n\nText of the findings.\n\nReferences\nUN, Report on women (2019).',
      [['body', 'body', null, null, 'Intro.\n\n'], ['heading', 'h-1', null, null, 'Findings\n\nText of the findings.\n\n'], ['references', 'references', null, null, 'References\nUN, Report on women (2019).']]],
    ['headings, furniture and notes in an annex hang under it', 'Annex A\n\nFindings\n\nText.\n12\n\nNotes\n1 See the report.\n2 Ibid.',
      [['annex', 'annex-a', 'Annex A', null, 'Annex A\n\nFindings\n\nText.\n12\n\nNotes\n1 See the report.\n2 Ibid.'], ['heading', 'h-1', null, 'annex-a', 'Findings\n\nText.\n12\n\n'],
        ['furniture', 'furniture-1', null, 'annex-a', '12'], ['notes', 'notes', null, 'annex-a', 'Notes\n1 See the report.\n2 Ibid.']]],
    ['numbered paragraphs hang under their heading, each to the next', 'Intro.\n\nFindings\n\n1. The mission grew.\n2. Patrols rose.',
      [['body', 'body', null, null, 'Intro.\n\n'], ['heading', 'h-1', null, null, 'Findings\n\n1. The mission grew.\n2. Patrols rose.'],
        ['paragraph', 'para-1', '1', 'h-1', '1. The mission grew.\n'], ['paragraph', 'para-2', '2', 'h-1', '2. Patrols rose.']]],
    ['notes run on over a blank line when the next number follows', 'Intro.\n\n1 See the report.\n\n2 Ibid., para. 4.',
      [['body', 'body', null, null, 'Intro.\n\n'], ['notes', 'notes', null, null, '1 See the report.\n\n2 Ibid., para. 4.']]],
  ])('%s', (_name, text, want) => expect(show(text)).toEqual(want));
});

describe('page furniture keeps the page break', () => {
  it('a title-case line after a page number opens a heading as after a blank line; without the number it does not', () => {
    expect(show('Text goes on.\n12\nFindings Of The Study\nText.')).toEqual([
      ['body', 'body', null, null, 'Text goes on.\n'], ['furniture', 'furniture-1', null, null, '12'], ['heading', 'h-1', null, null, 'Findings Of The Study\nText.'],
    ]);
    expect(show('Text goes on.\nFindings Of The Study\nText.')).toEqual([['body', 'body', null, null, 'Text goes on.\nFindings Of The Study\nText.']]);
  });
});

describe('contents and zone ends', () => {
  it('a contents title is confirmed by its next two lines only', () => {
    expect(show('Intro.\n\nContents\nPart One\nPart Two\nIntroduction 3\n\nText.').map((r) => r[0])).toEqual(['body', 'heading']);
  });
  it('a line of up to 100 characters with no blank line before it stays in the contents; a longer one ends them', () => {
    expect(show(`Intro.\n\nContents\nIntroduction 3\n${A100}\nText.`)[1]).toEqual(['contents', 'contents', null, null, `Contents\nIntroduction 3\n${A100}\nText.`]);
    expect(show(`Intro.\n\nContents\nIntroduction 3\n${A100}A\nText.`)[1]).toEqual(['contents', 'contents', null, null, 'Contents\nIntroduction 3']);
  });
  it('a numbered heading over 80 characters, or closed by a semicolon, does not end the notes', () => {
    for (const line of [`III. ${'A'.repeat(76)}`, 'III. Findings;']) {
      const t = `Intro.\n\nNotes\n1 See the report of the mission.\n${line}\nText.`;
      expect(show(t)[1], line).toEqual(['notes', 'notes', null, null, t.slice(8)]);
    }
  });
});

describe('headings: the last line, letters against digits, sentence-case length', () => {
  it.each<[string, Row[]]>([
    ['Intro.\n\n3. Women and men', [['body', 'body', null, null, 'Intro.\n\n'], ['heading', 'h-1', '3', null, '3. Women and men']]],
    ['Intro.\n\nAB 12\n\nText.', [['body', 'body', null, null, 'Intro.\n\nAB 12\n\nText.']]],
    ['Intro.\n\nABC 12\n\nText.', [['body', 'body', null, null, 'Intro.\n\n'], ['heading', 'h-1', null, null, 'ABC 12\n\nText.']]],
  ])('%j', (text, want) => expect(show(text)).toEqual(want));
  it('a sentence-case line alone has at most 70 characters', () => {
    const line = (n: number) => `Study objectives and more${'x'.repeat(n - 25)}`;
    expect(show(`Intro.\n\n${line(70)}\n\nText.`).map((r) => r[0])).toEqual(['body', 'heading']);
    expect(show(`Intro.\n\n${line(71)}\n\nText.`).map((r) => r[0])).toEqual(['body']);
  });
});

describe('orders and the text before the first section', () => {
  it('an order\'s main body has no long-form parts; its annexes do', () => {
    expect(show('1. SITUATION\n\nFindings Of The Study\n\nText.\n\nANNEX A\n\nFindings Of The Study\n\nText.')).toEqual([
      ['opord-paragraph', 'opord-1', '1', null, '1. SITUATION\n\nFindings Of The Study\n\nText.\n\n'],
      ['annex', 'annex-a', 'Annex A', null, 'ANNEX A\n\nFindings Of The Study\n\nText.'],
      ['heading', 'h-1', null, 'annex-a', 'Findings Of The Study\n\nText.'],
    ]);
  });
  it('a body section only when text that is not blank comes before the first section', () => {
    expect(show('\n\nANNEX A\nText.').map((r) => r[0])).toEqual(['annex']);
    expect(show('  \nANNEX A\nText.').map((r) => r[0])).toEqual(['annex']);
    expect(show('Text.\nANNEX A\nText.')).toEqual([['body', 'body', null, null, 'Text.\n'], ['annex', 'annex-a', 'Annex A', null, 'ANNEX A\nText.']]);
  });
});

const kindsOf = (t: string) => detectStructure(t, 'en').sections.map((s) => s.kind);
const furnitureOf = (t: string) => detectStructure(t, 'en').sections.filter((s) => s.kind === 'furniture').map((s) => t.slice(s.start, s.end));

describe('running headers: the key they repeat under', () => {
  const page = (n: number, header: string) => `${header}\n\nThe mission grew in sector ${n}.\nPatrols rose.\nWomen met.\nLeaders spoke.\nNothing else.\nMore text.\nEven more.\nAnd more.\nStill more.\n`;
  const doc = (header: (n: number) => string) => [1, 2, 3, 4, 5].map((n) => page(n, header(n))).join('\n');
  it.each([
    ['only the page number at the end is set aside', (n: number) => `Women  12 and peace  ${n}`],
    ['two-digit page numbers at the end', (n: number) => `Women and peace  ${n + 9}`],
    ['two-digit page numbers at the start', (n: number) => `${n + 9}  Women and peace`],
    ['capitals on some pages', (n: number) => (n % 2 ? 'WOMEN AND PEACE' : 'Women and peace')],
    ['indented', () => '  Women and peace'],
    ['a comma inside', () => 'Women, peace and security'],
  ])('%s', (_n, header) => expect(furnitureOf(doc(header))).toEqual([1, 2, 3, 4, 5].map(header)));
  it('a photo credit is no page furniture of the structure', () => {
    expect(kindsOf('Intro.\n\nPhoto: UN/Rick Bajornas\n\nText.')).toEqual(['body']);
  });
});

describe('lines read ahead are not read again', () => {
  it('rows of a table, contents or references give no headings, and the line after them has no blank line before it', () => {
    expect(kindsOf('1. Women | 40\n2. Men | 30\n3. All | 70')).toEqual(['table']);
    expect(kindsOf('A | B\n1 | 2\n3 | 4\nFindings Of The Study\nText.')).toEqual(['table']);
    const refs = 'Smith, J. (2019). Title one of it.\nDoe, A. (2020). Title two of it.\nRoe, B. (2021). Title three of it.\nFindings Of The Study\nText.';
    expect(show(refs)).toEqual([['references', 'references', null, null, refs.slice(0, refs.indexOf('\nFindings'))]]);
    expect(kindsOf('Intro.\n\nFindings Of The Study\nMethods Of Work\nText.')).toEqual(['body', 'heading']);
    expect(kindsOf('ANNEX A\nFindings Of The Study\nText.')).toEqual(['annex']);
  });
  it('a single citation-like line is still a numbered paragraph', () => {
    expect(show('Intro.\n\n12. Smith, J. (2019). Title of the report.\n\nText.')[1]?.slice(0, 3)).toEqual(['paragraph', 'para-12', '12']);
  });
  it('contents entries after blank lines stay in the contents', () => {
    const t = 'Intro.\n\nContents\n\nIntroduction 3\n\nFindings 9\n\nText.';
    expect(show(t)[1]).toEqual(['contents', 'contents', null, null, 'Contents\n\nIntroduction 3\n\nFindings 9']);
  });
});

describe('notes: numbering across lines, blanks and zones', () => {
  it.each<[string, string, string | null]>([
    ['two wrapped lines', 'Intro.\n\n1 See the report of the mission, which\ncovers all regions\nand all the camps.\n2 Ibid., para. 4.', '1 See the report of the mission, which\ncovers all regions\nand all the camps.\n2 Ibid., para. 4.'],
    ['a blank line before the third note', 'Intro.\n\n1 See the report of the mission.\n2 Ibid., para. 4.\n\n3 Ibid., para. 9.', '1 See the report of the mission.\n2 Ibid., para. 4.\n\n3 Ibid., para. 9.'],
    ['a note 0 is no note; the run opens at 1', 'Intro.\n\nPlain line of the text.\n0 See the report of 2019.\n1 Ibid., para. 4.', '1 Ibid., para. 4.'],
    ['a full stop inside the line before is no sentence end', 'The mission, e.g. here, grew\n1 See the report of the mission.\n2 Ibid.', null],
    ['a single note after a sentence end', 'The mission grew.\n1 See the report of the mission.', '1 See the report of the mission.'],
    ['a line in sentence case without a period stays in a notes zone', 'Intro.\n\nNotes\n1 See the report of the mission.\nMore text here\nText.', 'Notes\n1 See the report of the mission.\nMore text here\nText.'],
    ['a note in capitals stays in a notes zone', 'Intro.\n\nNotes\n1 See the report of the mission.\n3 SEE THE UN REPORT OF 2019\nText.', 'Notes\n1 See the report of the mission.\n3 SEE THE UN REPORT OF 2019\nText.'],
    ['a numbered heading of 80 characters ends a notes zone', `Intro.\n\nNotes\n1 See the report of the mission.\nIII. ${'A'.repeat(75)}\nText.`, 'Notes\n1 See the report of the mission.\n'],
  ])('%s', (_n, text, notes) => {
    const n = detectStructure(text, 'en').sections.find((s) => s.kind === 'notes');
    expect(n ? text.slice(n.start, n.end) : null).toBe(notes);
  });
  it('numbering read in a notes zone goes on after it', () => {
    const t = 'Intro.\n\nNotes\n1 See the report of the mission.\n2 Ibid., para. 4.\nIII. Findings\nText.\n3 See the report of 2020 here.';
    expect(show(t).slice(2)).toEqual([
      ['heading', 'h-1', 'III', null, 'III. Findings\nText.\n3 See the report of 2020 here.'], ['notes', 'notes-85', null, 'h-1', '3 See the report of 2020 here.'],
    ]);
  });
  it('a citation in capitals stays in a reference list', () => {
    const t = 'Intro.\n\nReferences\nUN, Report on women (2019).\nUNDP, PEACE AND WOMEN (2020)\nText.';
    expect(show(t)[1]).toEqual(['references', 'references', null, null, t.slice(8)]);
  });
  it.each<[string, string]>([
    ['1 ab', 'notes'], ['12 ab', 'notes'], ['123 ab', 'notes'], ['¹² ab', 'notes'],
    ['The mission took notes in 2 camps.', 'heading'], ['A1 grade report.', 'heading'],
  ])('"Notes" over %j: %s', (first, kind) => expect(kindsOf(`Intro.\n\nNotes\n\n${first}`)).toEqual(['body', kind]));
  it('a zone title on the last line is a heading', () => expect(kindsOf('Intro.\n\nReferences')).toEqual(['body', 'heading']));
});

describe('paragraph numbers alone on their line', () => {
  it.each<[string, string[]]>([
    ['12. \nthe mission grew.', ['body']],
    ['13.\nthe Mission grew.', ['body']],
    ['13.\n  Patrols rose.', ['paragraph']],
    ['Text.\n13.', ['body']],
  ])('%j', (text, kinds) => expect(kindsOf(text)).toEqual(kinds));
});

describe('heading words and titles', () => {
  it.each<[string, string | null, string | null]>([
    ['Intro.\n\n  Findings Of The Study\n\nText.', 'Findings Of The Study', null],
    ['Intro.\n\nPart\t2 Findings\n\nText.', 'Part\t2 Findings', null],
    ['Intro.\n\nIV.  One  Two  Three  Four  Five  Six  Seven\nText.', 'IV.  One  Two  Three  Four  Five  Six  Seven', 'IV'],
    ['Intro.\n\n3. One Two Three Four Five Six Seven Eight\n\nText.', '3. One Two Three Four Five Six Seven Eight', '3'],
    ['Intro.\n\nStudy  objectives  and  goals  of  our  new  work\n\nText.', 'Study  objectives  and  goals  of  our  new  work', null],
    ['IV. Observations on the\n  situation of women.', null, null],
    ['Intro.\n\nstudy Objectives\n\nText.', null, null],
  ])('%j', (text, title, number) => {
    const h = detectStructure(text, 'en').sections.find((s) => s.kind === 'heading');
    expect(h ? [h.title, h.number ?? null] : null).toEqual(title === null ? null : [title, number]);
  });
});

describe('resolution and annex lines', () => {
  it('"The Security Council," again before any operative paragraph keeps one preamble; after one, it opens the next', () => {
    const one = 'The Security Council,\nRecalling its work,\nThe Security Council,\nNoting the report,\n1. Decides to act.';
    expect(show(one).map((r) => r.slice(0, 3))).toEqual([['preamble', 'preamble', null], ['preambular', 'pp-1', 'PP1'], ['preambular', 'pp-2', 'PP2'], ['operative', 'op-1', '1']]);
    const two = 'The Security Council,\nRecalling its work,\n1. Decides to act;\n\nThe Security Council,\nNoting the report,\n1. Requests a report.';
    expect(detectStructure(two, 'en').sections.filter((s) => s.kind === 'preamble').map((s) => two.slice(s.start, s.end)))
      .toEqual(['The Security Council,\nRecalling its work,\n', 'The Security Council,\nNoting the report,\n']);
  });
  it('a preambular line without a verb is a paragraph of its own; a marked line at the end of the preamble extends the last one', () => {
    expect(show('The Security Council,\nRecalling its work,\nthe situation in the region,\n1. Decides to act.')[2]).toEqual(['preambular', 'pp-2', 'PP2', 'preamble', 'the situation in the region,\n']);
    expect(show('The Security Council,\nRecalling its resolutions,\n(a) on women;')[1]).toEqual(['preambular', 'pp-1', 'PP1', 'preamble', 'Recalling its resolutions,\n(a) on women;']);
  });
  it('a roman numeral after (h) other than (i) is a sub-paragraph of (h)', () => {
    const t = 'The Security Council,\nRecalling its work,\n1. Decides that the mission shall:\n(a) one;\n(h) eight;\n(v) nine;';
    expect(show(t).at(-1)).toEqual(['operative', 'op-1-h-v', '1(h)(v)', 'op-1-h', '(v) nine;']);
  });
  it('an order paragraph line inside a resolution is read without failing', () => {
    const s = detectStructure('The Security Council,\nRecalling its work,\n1. Decides to act;\n2. SITUATION\nText.', 'en');
    expect(s.oporder).toBe(true);
    expect(s.sections.map((x) => x.id)).toContain('opord-2');
  });
  it('an annex line has at most 120 characters once trimmed; its title is trimmed', () => {
    const line = (spaces: number) => `Annex A${' '.repeat(spaces)}: ${'t'.repeat(98)}`;
    expect([13, 14].map((n) => [line(n).length, kindsOf(`Intro.\n${line(n)}\nText.`).includes('annex')])).toEqual([[120, true], [121, false]]);
    expect(kindsOf(`Intro.\nAnnex A${' '.repeat(130)}\nText.`)).toContain('annex');
    expect(detectStructure('ANNEX K – GENDER  \nText.', 'en').sections[0]?.title).toBe('GENDER');
  });
});
