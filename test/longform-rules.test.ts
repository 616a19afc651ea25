// The long-form reader of core/sections.ts rule by rule: unique ids, where each part ends, what it hangs
// under, page furniture keeping the page break, the limits of contents and zone ends, headings at the
// end of the text, and no long-form parts in an order's main body. Each row: one mini-document of our own
// and every section it gives as [kind, id, number, parent, text].
import { describe, expect, it } from 'vitest';
import { detectStructure } from '../core/sections.ts';

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
