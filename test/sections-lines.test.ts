// Line-level rules of core/text/sections.ts, one table per rule: annex and order headings, the resolution
// layout, sub-paragraph numbering, zone titles, contents entries, notes, citations, numbered paragraphs and
// headings. Every row is a sentence or line of our own; near misses sit beside the forms that count.
import { describe, expect, it } from 'vitest';
import {
  contentLines, detectStructure, hasDotLeader, isCitationLine, isTableLine, isTocEntry, looksLikeResolution, noteNumber, titleLike, zoneOf,
} from '../core/text/sections.ts';
import type { Section } from '../core/schema.ts';

const kinds = (text: string, lang: 'en' | 'fr' = 'en') => detectStructure(text, lang).sections;
const only = (secs: Section[], kind: string) => secs.filter((s) => s.kind === kind);

describe('annex headings', () => {
  const rows: [line: string, want: { id: string; number: string; title?: string } | null][] = [
    ['ANNEX A', { id: 'annex-a', number: 'Annex A' }],
    ['Annex K – Gender', { id: 'annex-k', number: 'Annex K', title: 'Gender' }],
    ['Annex 2: Reporting formats', { id: 'annex-2', number: 'Annex 2', title: 'Reporting formats' }],
    ['APPENDIX B. Contacts', { id: 'annex-b', number: 'Annex B', title: 'Contacts' }],
    ['Appendix IV - Maps', { id: 'annex-iv', number: 'Annex IV', title: 'Maps' }],
    ['ANNEXE C — Genre', { id: 'annexe-c'.replace('annexe', 'annex'), number: 'Annex C', title: 'Genre' }],
    ['Annexe 12', { id: 'annex-12', number: 'Annex 12' }],
    ['  \tAnnex AB', { id: 'annex-ab', number: 'Annex AB' }],
    ['Annex\u00A0D\u00A0:\u00A0Liaison', { id: 'annex-d', number: 'Annex D', title: 'Liaison' }],
    ['Annex XV', { id: 'annex-xv', number: 'Annex XV' }],
    // not an annex heading: no number, a longer id, a word glued to the number, a sentence about annexes
    ['Annexes', null],
    ['Annex to the report', null],
    ['Annex ABC', null],
    ['Annex 123', null],
    ['Annex Bravo', null],
    ['ANNEXA', null],
    ['annex a', null],
    ['The Annex A lists contacts', null],
    [`Annex A: ${'x'.repeat(101)}`, null],
  ];
  it.each(rows)('%j → %j', (line, want) => {
    const a = only(kinds(`Intro line of the text.\n\n${line}\n\nBody of the part.\n`), 'annex');
    if (!want) return expect(a).toEqual([]);
    expect(a).toHaveLength(1);
    expect({ id: a[0]!.id, number: a[0]!.number, title: a[0]!.title }).toEqual({ title: undefined, ...want });
    expect(a[0]!.start).toBe(`Intro line of the text.\n\n`.length);
  });
});

describe('order paragraph headings, English and French', () => {
  const rows: [line: string, number: string | null, title?: string][] = [
    ['1. SITUATION', '1', 'SITUATION'],
    ['2. MISSION', '2', 'MISSION'],
    ['3. EXECUTION', '3', 'EXECUTION'],
    ['4. SERVICE SUPPORT', '4', 'SERVICE SUPPORT'],
    ['4. ADMINISTRATION AND LOGISTICS', '4', 'ADMINISTRATION AND LOGISTICS'],
    ['4. LOGISTICS', '4', 'LOGISTICS'],
    ['4. SUSTAINMENT', '4', 'SUSTAINMENT'],
    ['5. COMMAND AND SIGNAL', '5', 'COMMAND AND SIGNAL'],
    ['5. COMMAND AND SIGNALS', '5', 'COMMAND AND SIGNALS'],
    ['5. COMMAND AND CONTROL', '5', 'COMMAND AND CONTROL'],
    ['5. COMMAND, CONTROL AND COMMUNICATIONS', '5', 'COMMAND, CONTROL AND COMMUNICATIONS'],
    ['5. COMMAND CONTROL AND SIGNAL', '5', 'COMMAND CONTROL AND SIGNAL'],
    ['3. EXÉCUTION', '3', 'EXÉCUTION'],
    ['4. SOUTIEN', '4', 'SOUTIEN'],
    ['4. SOUTIEN LOGISTIQUE', '4', 'SOUTIEN LOGISTIQUE'],
    ['4. SOUTIEN / LOGISTIQUE', '4', 'SOUTIEN / LOGISTIQUE'],
    ['4. SOUTIEN ET LOGISTIQUE', '4', 'SOUTIEN ET LOGISTIQUE'],
    ['4. LOGISTIQUE', '4', 'LOGISTIQUE'],
    ['4. ADMINISTRATION ET LOGISTIQUE', '4', 'ADMINISTRATION ET LOGISTIQUE'],
    ['5. COMMANDEMENT ET TRANSMISSIONS', '5', 'COMMANDEMENT ET TRANSMISSIONS'],
    ['5. COMMANDEMENT ET CONTRÔLE', '5', 'COMMANDEMENT ET CONTRÔLE'],
    ['5. COMMANDEMENT ET CONTROLE', '5', 'COMMANDEMENT ET CONTROLE'],
    ['5. COMMANDEMENT ET COMMUNICATIONS', '5', 'COMMANDEMENT ET COMMUNICATIONS'],
    ['5. COMMANDEMENT, CONTRÔLE ET TRANSMISSIONS', '5', 'COMMANDEMENT, CONTRÔLE ET TRANSMISSIONS'],
    ['5. COMMANDEMENT', '5', 'COMMANDEMENT'],
    ['2) Mission', '2', 'MISSION'],
    ['\t4.  SERVICE\u00A0 SUPPORT', '4', 'SERVICE SUPPORT'],
    // not order headings: a number out of 1–5, a longer word, no space after the number
    ['6. SITUATION', null],
    ['1. SITUATIONS', null],
    ['1.SITUATION', null],
    ['1 SITUATION', null],
    ['4. SERVICES', null],
  ];
  it.each(rows)('%j → %s %s', (line, number, title) => {
    const s = detectStructure(`${line}\nThe text of the paragraph.\n`, 'en');
    const o = only(s.sections, 'opord-paragraph');
    expect(s.oporder).toBe(number !== null);
    if (number === null) return expect(o).toEqual([]);
    expect(o.map((x) => [x.id, x.number, x.title])).toEqual([[`opord-${number}`, number, title]]);
  });

  it('a lexicon’s own order titles count under their own number only, the longest first', () => {
    const orderTitles = [{ number: '4', title: 'Support' }, { number: '4', title: 'Support and Logistics' }, { number: '2', title: 'Tasks' }];
    const read = (line: string) => only(detectStructure(`${line}\nText.\n`, 'en', { orderTitles }).sections, 'opord-paragraph').map((x) => [x.number, x.title]);
    expect(read('4. SUPPORT')).toEqual([['4', 'SUPPORT']]);
    expect(read('4. Support and  Logistics')).toEqual([['4', 'SUPPORT AND LOGISTICS']]);
    expect(read('2) Tasks')).toEqual([['2', 'TASKS']]);
    expect(read('3. SUPPORT')).toEqual([]);
    expect(read('2. SUPPORT')).toEqual([]);
    expect(read('4. SUPPORTS')).toEqual([]);
    expect(read('1. SITUATION')).toEqual([['1', 'SITUATION']]);
    // without titles, none of them is a heading
    expect(only(detectStructure('4. SUPPORT\nText.\n', 'en', { orderTitles: [] }).sections, 'opord-paragraph')).toEqual([]);
  });
});

describe('the resolution layout', () => {
  const rows: [name: string, text: string, lang: 'en' | 'fr', want: boolean][] = [
    ['opening line and a preambular paragraph', 'The Security Council,\n\nRecalling its resolutions on women,\n\n1. Requests the Secretary-General to report;\n', 'en', true],
    ['opening line without "The" or the comma', 'Security Council\n\nRecalling its resolutions on women,\n', 'en', true],
    ['French opening line', 'Le Conseil de sécurité,\n\nRappelant ses résolutions,\n\n1. Prie le Secrétaire général de faire rapport ;\n', 'fr', true],
    ['French opening line without accents', 'Le Conseil de securite,\n\nRappelant ses résolutions,\n', 'fr', true],
    ['opening and preamble on one line', 'The Security Council, Recalling its resolutions on women,\n\nNoting the report,\n', 'en', true],
    ['opening line, then nothing led by a verb', 'The Security Council,\n\nWomen leaders met.\n', 'en', false],
    ['"The Security Council," in a sentence of a report', 'The Security Council, in its resolution, asked for more.\n\nWomen leaders met.\n', 'en', false],
    ['a presidential statement: the Council and a finite verb', 'The Security Council reaffirms its commitment to women.\n\nThe Security Council requests the Secretary-General to report.\n\nThe Security Council encourages the parties.\n', 'en', true],
    ['a presidential statement needs the finite verb', 'The Security Council recalling its commitment.\n\nThe Security Council noting the report.\n', 'en', false],
    ['a fragment of operative paragraphs', '3. Requests the Secretary-General to report;\n\n4. Decides to remain seized of the matter.\n', 'en', true],
    ['one operative paragraph and one sentence', '3. Requests the Secretary-General to report;\n\nThe mission grew.\n', 'en', false],
    ['a fragment with no finite verb', 'Recalling its resolutions,\n\nNoting the report,\n', 'en', false],
    ['lower-case verbs open no operative paragraph', 'requests the Secretary-General to report;\n\ndecides to remain seized.\n', 'en', false],
    ['three of six paragraphs led by a verb', 'Requests the mission to act;\n\nWomen met.\n\nDecides to stay;\n\nMen met.\n\nUrges the parties;\n\nAll met.\n', 'en', true],
    ['two of four', 'Requests the mission to act;\n\nWomen met.\n\nDecides to stay;\n\nMen met.\n', 'en', false],
    ['three of seven', 'Requests the mission to act;\n\nWomen met.\n\nDecides to stay;\n\nMen met.\n\nUrges the parties;\n\nAll met.\n\nThey left.\n', 'en', false],
    ['a line that continues its paragraph is no paragraph', 'Requests the mission to act\nand to report\nand to stay\nand to go;\n\nDecides to stay;\n\nUrges the parties;\n', 'en', true],
  ];
  it.each(rows)('%s', (_name, text, lang, want) => expect(looksLikeResolution(text, lang)).toBe(want));

  it('stops reading after 30 paragraphs with few verbs, and after 200 in any case', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `Women met in town ${i}.`).join('\n\n');
    const verbs = ['Requests the mission to act;', 'Decides to stay;', 'Urges the parties;', 'Encourages the States;'].join('\n\n');
    // the verbs come after the 30th paragraph: never read
    expect(looksLikeResolution(`${prose}\n\n${verbs}\n\n${verbs}`)).toBe(false);
    expect(looksLikeResolution(`${verbs}\n\n${verbs}\n\n${verbs}`)).toBe(true);
    // with an opening line, reading goes on past 30 paragraphs, up to 200
    expect(looksLikeResolution(`The Security Council,\n\n${prose}\n\nRecalling its resolutions,\n`)).toBe(true);
    const long = Array.from({ length: 205 }, (_, i) => `Women met in town ${i}.`).join('\n\n');
    expect(looksLikeResolution(`The Security Council,\n\n${long}\n\nRecalling its resolutions,\n`)).toBe(false);
  });
});

describe('sub-paragraphs of an operative paragraph', () => {
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
  it('(i) … (xv) under a lettered sub-paragraph are its children', () => {
    const text = `The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the Secretary-General:\n\n(a) To report on women;\n\n${romans.map((r) => `(${r}) in place ${r};`).join('\n\n')}\n\n(b) To report on girls;\n`;
    const ops = only(kinds(text), 'operative').map((s) => [s.id, s.number, s.parent]);
    expect(ops).toEqual([
      ['op-1', '1', undefined],
      ['op-1-a', '1(a)', 'op-1'],
      ...romans.map((r) => [`op-1-a-${r}`, `1(a)(${r})`, 'op-1-a']),
      ['op-1-b', '1(b)', 'op-1'],
    ]);
  });
  it('(i) after (h) is the letter i; (xvi) is no numeral', () => {
    const letters = 'abcdefgh'.split('');
    const text = `The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the mission:\n\n${letters.map((c) => `(${c}) task ${c};`).join('\n\n')}\n\n(i) task i;\n\n(ii) part two;\n\n(xvi) task xvi;\n`;
    const ops = only(kinds(text), 'operative').map((s) => s.id);
    expect(ops.slice(-3)).toEqual(['op-1-i', 'op-1-i-ii', 'op-1-xvi']);
  });
  it('sub-paragraph markers need their closing bracket and a space', () => {
    const text = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the mission:\n\n(a)to act;\n\n(b) to report;\n';
    expect(only(kinds(text), 'operative').map((s) => s.number)).toEqual(['1', '1(a)', '1(b)']);
  });
  it('operative numbers come from the text, else count on', () => {
    const text = 'The Security Council,\n\nRecalling its resolutions,\n\n7. Requests the mission to act;\n\nDecides to stay;\n\n12) Urges the parties;\n';
    expect(only(kinds(text), 'operative').map((s) => s.number)).toEqual(['7', '8', '12']);
  });
});

describe('contentLines', () => {
  it('keeps non-blank lines with their offsets and whether a blank line came before', () => {
    const t = 'One\r\n\r\n  \t\nTwo\nThree\u0001Four\n\n';
    expect(contentLines(t).map((l) => [l.text, l.start, l.end, l.gap])).toEqual([
      ['One', 0, 3, true], ['Two', 11, 14, true], ['Three', 15, 20, false], ['Four', 21, 25, false],
    ]);
  });
  it('a block separator at the very start or end, and blocks that end blank', () => {
    expect(contentLines('\u0001A\n\n\u0001B').map((l) => [l.text, l.start, l.gap])).toEqual([['A', 1, true], ['B', 5, true]]);
    expect(contentLines('A\u0001').map((l) => [l.text, l.start])).toEqual([['A', 0]]);
    expect(contentLines('')).toEqual([]);
  });
  it('keeps at most 400 characters of a line', () => {
    const l = contentLines(`${'x'.repeat(500)}\nB`);
    expect(l[0]!.text).toHaveLength(400);
    expect(l[0]!.end).toBe(500);
  });
});

describe('zone titles', () => {
  const rows: [string, string | undefined][] = [
    ['Contents', 'contents'], ['TABLE OF CONTENTS', 'contents'], ['Table des matières', 'contents'], ['Table des matieres', 'contents'], ['Sommaire', 'contents'],
    ['References', 'references'], ['Reference list', 'references'], ['Bibliography', 'references'], ['Select bibliography', 'references'],
    ['Works cited', 'references'], ['Further reading', 'references'], ['Bibliographie', 'references'], ['Références', 'references'],
    ['Références bibliographiques', 'references'], ['References bibliographiques', 'references'], ['Ouvrages cités', 'references'], ['Ouvrages cites', 'references'],
    ['Notes', 'notes'], ['Endnotes', 'notes'], ['End notes', 'notes'], ['Footnotes', 'notes'], ['Notes de fin', 'notes'],
    ['Notes de fin de document', 'notes'], ['Notes de bas de page', 'notes'],
    // numbered, marked up, with a colon or a full stop
    ['7. Bibliography', 'references'], ['7 Bibliography', 'references'], ['IV) References', 'references'], ['A. Notes', 'notes'],
    ['## References', 'references'], ['**References**', 'references'], ['References:', 'references'], ['  Table  des  matières :', 'contents'],
    // not zone titles
    ['References to women', undefined], ['Referencesx', undefined], ['Notes on the plan', undefined], ['123. References', undefined], ['12. References', 'references'],
    [`References ${' '.repeat(60)}x`, undefined], ['Women', undefined], ['', undefined],
  ];
  it.each(rows)('%j → %s', (line, want) => expect(zoneOf(line)).toBe(want));
});

describe('contents entries and dot leaders', () => {
  const toc: [string, boolean][] = [
    ['Introduction .......... 3', true], ['Findings . . . . 12', true], ['Findings … 12', true], ['Annexes ____ 40', true],
    ['Introduction\t3', true], ['Introduction 3', true], ['Preface ..... iv', true], ['Préface ..... xii', true],
    ['3', false], ['1234', false], ['Introduction 1234', false], ['.......... 3', false], ['Women make up 3', true], [`${'x'.repeat(161)} 3`, false],
  ];
  it.each(toc)('isTocEntry(%j) → %s', (line, want) => expect(isTocEntry(line)).toBe(want));
  const leaders: [string, boolean][] = [
    ['Introduction .... 3', true], ['Introduction . . . 3', true], ['Introduction …… 3', true], ['Introduction _____ 3', true], ['Introduction ....iv', true],
    ['Introduction .. 3', false], ['Introduction … 3', false], ['Introduction ___ 3', false], ['Introduction .... 1234', false], ['Introduction .... three', false],
    ['Women met.... Then', false],
  ];
  it.each(leaders)('hasDotLeader(%j) → %s', (line, want) => expect(hasDotLeader(line)).toBe(want));
});

describe('table rows are not list items or tab-numbered paragraphs', () => {
  const rows: [string, boolean][] = [
    ['Women\t12\t30', true], ['| Women | 12 |', true], ['- Women\t12', false], ['• Women\t12', false], ['a) Women\t12', false], ['(a) Women\t12', false],
    ['(12) Women\t12', false], ['12.\tThe mission trained women police.', false], ['2.3\tThe mission trained women police.', false], ['IV.\tThe mission trained women.', false],
    ['Women\t', false], [`${'x'.repeat(81)}\t12`, false],
  ];
  it.each(rows)('isTableLine(%j) → %s', (line, want) => expect(isTableLine(line)).toBe(want));
});

describe('reference-list entries', () => {
  const rows: [string, boolean][] = [
    ['Amani, R. et al. (2019). Patrols and women. Nairobi.', true],
    ['Amani, R. 2019. Patrols and women, pp. 12–30.', true],
    ['Amani, R. 2019. Patrols and women, p.12.', true],
    ['Amani R 2019 Patrols and women. doi 10.1/x', true],
    ['Patrols and women, 2019, https://example.org/p', true],
    ['Patrols and women, 2019, see www.example.org', true],
    ['Patrols and women in the field office (Nairobi: Peace Press, 2019).', true],
    ['Patrols and women in the field office (12 March 2019)', true],
    ['Patrols and women in the field office (2019a).', true],
    ['Patrols and women in the field office, 12 March 2019.', true],
    ['Patrols and women in the field office, March 2019.', true],
    ['Amani, Rose and Lee, Kim. Patrols and women in 2019.', true],
    ['Amani, Rose, Lee, Kim. Patrols and women in 2019.', true],
    // no year, or no mark of a citation, or too short or long
    ['Amani, R. et al. Patrols and women. Nairobi.', false],
    ['Women patrols met in 2019 with the mission.', false],
    ['Amani, 2019 (x)', false],
    [`Amani, R. (2019). ${'x'.repeat(400)}`, false],
    ['Patrols and women in the field office (Nairobi 2019) for all.', false],
  ];
  it.each(rows)('isCitationLine(%j) → %s', (line, want) => expect(isCitationLine(line)).toBe(want));
});

describe('note lines', () => {
  const rows: [string, number][] = [
    ['12 See the report of the mission.', 12], ['[3] See the report of the mission.', 3], ['⁴ See the report of the mission.', 4], ['¹² See the report of the mission.', 12],
    ['5 “Women and patrols”, a study.', 5], ['6 (2019) a study of patrols and women.', 6], ['7 https://example.org/report', -1], ['7 https://example.org/report of the mission', 7],
    ['8 www.example.org/report of the mission', 8], ['9 Ibid.', 9], ['1 Introduction', -1], ['1 Introduction and scope', -1], ['2 Scope of the study here', 2],
    ['12 see the report of the mission.', -1], ['1234 See the report of the mission.', -1], ['12See the report.', -1],
  ];
  it.each(rows)('noteNumber(%j) → %i', (line, want) => expect(noteNumber(line)).toBe(want));
});

describe('numbered report paragraphs and numbered headings in long-form text', () => {
  const para = (t: string) => only(kinds(`Report of the mission\n\n${t}\n`), 'paragraph').map((s) => s.number);
  it('a report paragraph: a number, a full stop, then a capital, a quote or a bracket; or the number alone', () => {
    expect(para('12. The mission trained women.\n\n13. “Women lead,” the report says.\n\n14. (a) Patrols rose.')).toEqual(['12', '13', '14']);
    expect(para('15.\nThe mission trained women.')).toEqual(['15']);
    expect(para('\t16.  « Les femmes » mènent.')).toEqual(['16']);
    expect(para('17. [Women] lead.')).toEqual(['17']);
    expect(para('18) The mission trained women.')).toEqual([]);
    expect(para('19. the mission trained women.')).toEqual([]);
    expect(para('1234. The mission trained women.')).toEqual([]);
  });
  const heading = (t: string) => only(kinds(`Intro of the study in one line.\n\n${t}\n\nThe text under the heading goes on here.\n`), 'heading').map((s) => [s.number, s.title]);
  it('a numbered heading: roman, letter, dotted or plain number, then a capital', () => {
    expect(heading('IV. Observations')).toEqual([['IV', 'IV. Observations']]);
    expect(heading('B) Protection of civilians')).toEqual([['B', 'B) Protection of civilians']]);
    expect(heading('2.3 Gender balance')).toEqual([['2.3', '2.3 Gender balance']]);
    expect(heading('2.3. Gender balance')).toEqual([['2.3', '2.3. Gender balance']]);
    expect(heading('3) Methodology')).toEqual([['3', '3) Methodology']]);
    // a lower-case title is no numbered heading (a short line alone may still be a heading, without a number)
    expect(heading('IV. observations')).toEqual([[undefined, 'IV. observations']]);
  });
});

describe('title case', () => {
  const rows: [string, boolean][] = [
    ['WOMEN IN PATROLS', true], ['Women in Patrols', true], ['Women and the Mission', true], ['Le Rôle des Femmes dans la Mission', true],
    ['Women of the Mission for the Force', true], ['Women on Patrols to Towns with an Army by Night at a Base or a Camp', false],
    ['Patrols aux Femmes pour les Missions sur le Terrain dans les Camps par les Forces', false], ["Rôle d'une Force", true], ["Rôle de l'Armée", true],
    ['Women in patrols', false], ['12 34', false], ['Du Rôle des Femmes en Mission au Terrain', true], ['Du Rôle des Femmes et des Forces en Mission au Terrain', false],
  ];
  it.each(rows)('titleLike(%j) → %s', (line, want) => expect(titleLike(line)).toBe(want));
});

describe('the Council line, spaced as PDFs space it', () => {
  const res = (opener: string) => `${opener}\n\nRecalling its resolutions on women,\n\n1. Requests the Secretary-General to report;\n`;
  it.each([
    ['The Security Council,', true], ['The  Security  Council,', true], ['The\tSecurity\tCouncil ,', true], ['The\u00A0Security\u00A0Council,', true],
    ['  The Security Council,', true], ['Le  Conseil  de  sécurité,', true], ['Le Conseil de securite,', true], ['The Security Council, x', true],
    // the layout also reads "Security Council" alone (looksLikeResolution), but only "The Security Council," opens a preamble
    ['Security Council', false], ['Le Conseil de sécurité', false],
    ['The Security Councils,', false], ['x The Security Council,', false], ['TheSecurity Council,', false],
  ] as [string, boolean][])('%j opens a preamble: %s', (opener, want) => {
    const s = detectStructure(res(opener), /Conseil/.test(opener) ? 'fr' : 'en');
    expect(s.sections.some((x) => x.kind === 'preamble')).toBe(want);
  });
  it('a second Council line after operative paragraphs opens the next resolution of a compilation', () => {
    const one = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the mission to act;\n\n';
    const two = 'The  Security  Council,\n\nNoting the report,\n\n1. Decides to stay;\n';
    const s = detectStructure(one + two, 'en').sections;
    expect(s.filter((x) => x.kind === 'preamble').map((x) => x.start)).toEqual([0, one.length]);
    expect(s.filter((x) => x.kind === 'operative').map((x) => x.id)).toEqual(['op-1', 'op-1-' + (one.length + two.indexOf('1. Decides'))]);
  });
  it('a presidential statement: the Council as subject, with an opening quote or spaces', () => {
    const prst = (subject: string) => `${subject} reaffirms its commitment to women.\n\n${subject} requests the Secretary-General to report.\n\n${subject} encourages the parties.\n`;
    expect(looksLikeResolution(prst('The Security Council'))).toBe(true);
    expect(looksLikeResolution(prst('“The Security Council'))).toBe(true);
    expect(looksLikeResolution(prst('“ The  Security  Council'))).toBe(true);
    expect(looksLikeResolution(prst('Le  Conseil  de  sécurité').replace(/reaffirms/g, 'réaffirme').replace(/requests/g, 'prie').replace(/encourages/g, 'encourage'), 'fr')).toBe(true);
    expect(looksLikeResolution(prst('x The Security Council'))).toBe(false);
  });
  it('operative paragraphs counted for the layout open with a capital after their number', () => {
    const ops = (a: string, b: string, c: string) => `${a} the mission to act;\n\n${b} to stay;\n\n${c} the parties;\n\nWomen met.\n`;
    expect(looksLikeResolution(ops('(a) Requests', 'iv. Decides', '12. Urges'))).toBe(true);
    expect(looksLikeResolution(ops('(abcd) Requests', 'xlvii. Decides', '1234. Urges'))).toBe(false);
    expect(looksLikeResolution(ops('1. requests', '2. decides', '3. urges'))).toBe(false);
  });
});

describe('numbered headings and citation marks at their limits', () => {
  const heading = (t: string) => only(kinds(`Intro of the study in one line.\n\n${t}\n\nThe text under the heading goes on here.\n`), 'heading').map((s) => s.number);
  it.each([
    ['XIII. CONCLUSIONS', 'XIII'], ['VIII. Observations', 'VIII'], ['2.3.1 Gender balance', '2.3.1'], ['12) Methodology', '12'], ['C. Protection', 'C'],
    ['123) Methodology', undefined], ['2.3.1.4.5 Gender balance', '2.3.1.4.5'], ['2.333 Gender balance', undefined],
  ] as [string, string | undefined][])('%j → %s', (line, want) => expect(heading(line)[0]).toBe(want));
  it.each([
    ['7.   Bibliography', 'references'], ['7)\tBibliography', 'references'], ['IV.  Notes', 'notes'],
  ] as [string, string][])('zone title %j → %s', (line, want) => expect(zoneOf(line)).toBe(want));
  it.each([
    ['[123] See the report of the mission.', 123], ['¹²³ See the report of the mission.', 123], ['12  See the report of the mission.', 12], ['12\tSee the report of the mission.', 12],
  ] as [string, number][])('note %j → %i', (line, want) => expect(noteNumber(line)).toBe(want));
  it.each([
    ['Amani, R. et al. Patrols and women, 190 pages.', false],
    ['Patrols and women in 2019, see pp.12–30 of it', true],
    ['Patrols and women in 2019, see p 12 of the text', false],
    ['Patrols and women in 2019, doi:10.1/x', true],
    ['Patrols and women in 2019, http://example.org', true],
    ['Patrols and women in 2019, www.example.org', true],
  ] as [string, boolean][])('citation %j → %s', (line, want) => expect(isCitationLine(line)).toBe(want));
});
