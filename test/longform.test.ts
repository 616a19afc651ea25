// Structure of long-form documents (reports, studies, articles): headings, numbered paragraphs, contents,
// notes, references, tables and page furniture, and the strict resolution layout. Mini-documents of our own.
import { describe, expect, it } from 'vitest';
import type { Section } from '../core/schema.ts';
import { contentLines, detectStructure, isCitationLine, isTableLine, isTocEntry, hasDotLeader, looksLikeResolution, noteNumber, SectionIndex, titleLike, zoneOf } from '../core/text/sections.ts';

const kinds = (sections: Section[]) => sections.map((s) => s.kind);
const shown = (text: string, sections: Section[]) => sections.map((s) => [s.kind, s.number ?? null, text.slice(s.start, s.end).split('\n')[0]]);

const STUDY = [
  'Protecting Women in Field Missions',
  '',
  'Contents',
  'I. Introduction .......... 3',
  'II. Findings .......... 7',
  'Annex tables .......... 12',
  '',
  'I. Introduction',
  '',
  '1. The present study looks at how patrols reach women in remote villages.',
  '2. It draws on interviews with forty officers.',
  '',
  'II. Findings',
  '',
  'A. Patrols',
  '',
  '3. Patrols met women leaders weekly.1',
  '4.',
  'Night patrols were rare.',
  '',
  "1 See the mission's weekly reports of 2021.",
  '2 Interviews held in March 2022.',
  '',
  'Region | Patrols | Women met',
  'North | 12 | 40',
  'South | 9 | 22',
  '',
  '13-57795 (E) 160114',
  '',
  'References',
  '',
  'Amani, R. (2019). Patrols and gender trust. Nairobi: Peace Press.',
  'Bello, K. and Diallo, S. (2021). Listening to women. Journal of Peace, 4(2), pp. 10-22.',
].join('\n');

// Texts are read inside each test (not at describe level), so mutation testing knows which tests cover what.
describe('a study: every part in order', () => {
  it('finds headings, contents, paragraphs, notes, a table, furniture and references', () => {
    const { sections, resolution } = detectStructure(STUDY, 'en');
    expect(resolution).toBe(false);
    expect(shown(STUDY, sections)).toEqual([
      ['heading', null, 'Protecting Women in Field Missions'],
      ['contents', null, 'Contents'],
      ['heading', 'I', 'I. Introduction'],
      ['paragraph', '1', '1. The present study looks at how patrols reach women in remote villages.'],
      ['paragraph', '2', '2. It draws on interviews with forty officers.'],
      ['heading', 'II', 'II. Findings'],
      ['heading', 'A', 'A. Patrols'],
      ['paragraph', '3', '3. Patrols met women leaders weekly.1'],
      ['paragraph', '4', '4.'],
      ['notes', null, "1 See the mission's weekly reports of 2021."],
      ['table', null, 'Region | Patrols | Women met'],
      ['furniture', null, '13-57795 (E) 160114'],
      ['references', null, 'References'],
    ]);
  });
  it('gives exact bounds: contents to its last entry, a paragraph to the next one, notes and table over their lines', () => {
    const { sections } = detectStructure(STUDY, 'en');
    const get = (kind: string, n = 0) => sections.filter((s) => s.kind === kind)[n]!;
    expect(STUDY.slice(get('contents').start, get('contents').end)).toBe('Contents\nI. Introduction .......... 3\nII. Findings .......... 7\nAnnex tables .......... 12');
    expect(STUDY.slice(get('paragraph').start, get('paragraph').end)).toBe('1. The present study looks at how patrols reach women in remote villages.\n');
    expect(STUDY.slice(get('notes').start, get('notes').end)).toBe("1 See the mission's weekly reports of 2021.\n2 Interviews held in March 2022.");
    expect(STUDY.slice(get('table').start, get('table').end)).toBe('Region | Patrols | Women met\nNorth | 12 | 40\nSouth | 9 | 22');
    expect(get('references').end).toBe(STUDY.length);
    expect(get('references').title).toBe('References');
    expect(get('heading', 1).title).toBe('I. Introduction');
  });
  it('nests paragraphs under their heading and notes and tables under their paragraph', () => {
    const { sections } = detectStructure(STUDY, 'en');
    const byId = new Map(sections.map((s) => [s.id, s]));
    const p1 = sections.find((s) => s.kind === 'paragraph')!;
    expect(byId.get(p1.parent!)?.title).toBe('I. Introduction');
    expect(p1.id).toBe('para-1');
    expect(sections.find((s) => s.kind === 'notes')!.parent).toBe('para-4');
    expect(sections.find((s) => s.kind === 'table')!.parent).toBe('para-4');
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  // Through the whole analysis (it compiles the lexicon): left out of mutation runs, where SectionIndex's own tests judge the same rule.
  it('marks findings in contents, notes, references and furniture as reference, and only those (whole analysis)', async () => {
    const { analyze } = await import('../core/index.ts');
    const text = `${STUDY}\n\nWomen peacekeepers, and gender advisers, in the mission.\n`;
    const r = analyze(text.replace('Annex tables', 'Gender advisers').replace('weekly reports of 2021', 'gender reports of 2021'));
    const t = text.replace('Annex tables', 'Gender advisers').replace('weekly reports of 2021', 'gender reports of 2021');
    const index = new SectionIndex(r.structure);
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) {
      const kind = index.at(f.start)?.kind;
      expect(Boolean(f.reference), `${f.text} in ${kind}`).toBe(kind === 'contents' || kind === 'notes' || kind === 'references' || kind === 'furniture');
      expect(t.slice(f.start, f.end)).toBe(f.text);
    }
    expect(r.findings.filter((f) => f.reference).map((f) => index.at(f.start)?.kind).sort()).toEqual(expect.arrayContaining(['contents', 'notes', 'references']));
    expect(r.findings.some((f) => !f.reference)).toBe(true);
  });
});

describe('a French report', () => {
  const FR = [
    'RAPPORT SUR LA PARTICIPATION DES FEMMES',
    '',
    'Table des matières',
    'Introduction\t3',
    'Méthodologie\t5',
    '',
    'II. Évolution de la situation politique',
    '',
    '2.',
    'Les élections ont eu lieu en octobre.',
    '',
    'Contexte et enjeux',
    '',
    'Les femmes représentent 12 % des élus.',
    '',
    'Notes',
    '',
    '1 Voir le rapport de la mission de 2019.',
    '2 Entretiens menés en 2020.',
    '',
    'Bibliographie',
    '',
    'Diallo, A. (2018). Femmes et paix. Bamako : Éditions du Sahel.',
  ].join('\n');
  it('reads « Table des matières », roman-numbered and sentence-case headings, « Notes » and « Bibliographie »', () => {
    const { sections } = detectStructure(FR, 'fr');
    expect(shown(FR, sections)).toEqual([
      ['heading', null, 'RAPPORT SUR LA PARTICIPATION DES FEMMES'],
      ['contents', null, 'Table des matières'],
      ['heading', 'II', 'II. Évolution de la situation politique'],
      ['paragraph', '2', '2.'],
      ['heading', null, 'Contexte et enjeux'],
      ['notes', null, 'Notes'],
      ['references', null, 'Bibliographie'],
    ]);
    const notes = sections.find((s) => s.kind === 'notes')!;
    expect(FR.slice(notes.start, notes.end).trim().split('\n').at(-1)).toBe('2 Entretiens menés en 2020.');
  });
});

describe('headings', () => {
  const headings = (text: string) => detectStructure(text, 'en').sections.filter((s) => s.kind === 'heading').map((s) => [s.title, s.number ?? null]);
  it.each([
    ['IV. Observations\nThe mission grew.', [['IV. Observations', 'IV']]],
    ['B. Protection of civilians\nThe mission grew.', [['B. Protection of civilians', 'B']]],
    ['2.3 Gender balance\nThe mission grew.', [['2.3 Gender balance', '2.3']]],
    ['3. Methodology\nThe mission grew.', [['3. Methodology', '3']]],
    ['Intro.\n\n3. Women and girls\n\nThe mission grew.', [['3. Women and girls', '3']]],
    ['Intro.\n\nEXECUTIVE SUMMARY\nThe mission grew.', [['EXECUTIVE SUMMARY', null]]],
    ['Intro.\n\nProtection of Civilians\nThe mission grew.', [['Protection of Civilians', null]]],
    ['Intro.\n\nStudy objectives\n\nThe mission grew.', [['Study objectives', null]]],
  ])('%j', (text, expected) => expect(headings(text)).toEqual(expected));
  it('word limits: twelve words after a roman number, eight after a plain one, eight for a sentence-case line', () => {
    const w = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ');
    expect(headings(`IV. ${w(12)}\nThe mission grew.`)).toHaveLength(1);
    expect(headings(`IV. ${w(13)}\nThe mission grew.`)).toHaveLength(0);
    expect(headings(`Intro.\n\n3. ${w(6)}\n\nThe mission grew.`)).toHaveLength(1);
    expect(headings(`Intro.\n\n3. ${w(7)}\n\nThe mission grew.`)).toHaveLength(0);
    expect(headings(`Intro.\n\n${w(8)}\n\nThe mission grew.`)).toHaveLength(1);
    expect(headings(`Intro.\n\n${w(9)}\n\nThe mission grew.`)).toHaveLength(0);
    expect(headings(`Intro.\n\nAb\n\nThe mission grew.`)).toHaveLength(0);
    expect(headings(`Intro.\n\nABC\n\nThe mission grew.`)).toHaveLength(1);
  });
  it.each([
    ['IV. Observations on the\nsituation of women in camps.', 'a numbered line that wraps into a sentence'],
    ['3. Women were consulted in\nall the camps.', 'a numbered paragraph, not a heading'],
    ['3. Women were consulted\nAll the camps were visited.', 'a plain number before a sentence-case line that is not alone'],
    ['Intro.\n\n3. Women were consulted, and men\n\nText.', 'a comma in a plain-numbered line'],
    ['Intro.\n\nThe mission met women leaders.\n\nText.', 'a sentence'],
    ['Intro.\n\nStudy objectives\nThe mission grew.', 'a sentence-case line not alone'],
    ['Intro.\n\nLayout: Nadia Diallo\n\nText.', 'a label'],
    ['Intro.\n\nISBN 978929222773\n\nText.', 'mostly digits'],
    ['Intro.\n\nWomen in the\n\nText.', 'ends with a small word'],
    ['Intro.\n\nThe mission grew weekly.1\n\nText.', 'a full stop and a footnote marker'],
    ['Intro.\n\n- Women leaders\n\nText.', 'a list item'],
    ['Intro.\n\nFindings .......... 7\n\nText.', 'a contents entry'],
  ])('%j is no heading (%s)', (text) => expect(headings(text)).toEqual([]));
  it('titleLike: capitals or Title Case, ten words at most', () => {
    expect(titleLike('PROTECTION OF CIVILIANS')).toBe(true);
    expect(titleLike('Protection of Civilians in the Field')).toBe(true);
    expect(titleLike('Protection of civilians')).toBe(false);
    expect(titleLike('One Two Three Four Five Six Seven Eight Nine Ten')).toBe(true);
    expect(titleLike('One Two Three Four Five Six Seven Eight Nine Ten Eleven')).toBe(false);
    expect(titleLike('123')).toBe(false);
  });
});

describe('numbered report paragraphs', () => {
  it('numbers each from its line to the next, with the number alone on its line too', () => {
    const t = '12. The mission grew.\nIt met women.\n13.\nPatrols rose.\n14. (a) Escorts continued.';
    const { sections } = detectStructure(t, 'en');
    expect(sections.map((s) => [s.kind, s.number, t.slice(s.start, s.end)])).toEqual([
      ['paragraph', '12', '12. The mission grew.\nIt met women.\n'],
      ['paragraph', '13', '13.\nPatrols rose.\n'],
      ['paragraph', '14', '14. (a) Escorts continued.'],
    ]);
  });
  it('is no paragraph: a lower-case start, a year, a number alone before lower case', () => {
    for (const t of ['12. the mission grew.', '2015. The year began.', '13.\npatrols rose.', '12 The mission grew.']) {
      expect(kinds(detectStructure(t, 'en').sections).includes('paragraph'), t).toBe(false);
    }
  });
});

describe('contents, references and notes zones', () => {
  it('zoneOf reads titles in English and French, numbered or not, and nothing longer than a title', () => {
    expect(['Contents', 'TABLE OF CONTENTS', 'Table des matières', 'Sommaire', 'References', '7. Bibliography', 'Works cited', 'Références :', 'Bibliographie', 'Notes', 'Endnotes', 'Footnotes', 'Notes de fin', '## References'].map(zoneOf))
      .toEqual(['contents', 'contents', 'contents', 'contents', 'references', 'references', 'references', 'references', 'references', 'notes', 'notes', 'notes', 'notes', 'references']);
    expect(['Content', 'Reference', 'Notes on method', 'Sources', `References${' '.repeat(60)}x`, 'A. Contents'].map(zoneOf)).toEqual([undefined, undefined, undefined, undefined, undefined, 'contents']);
  });
  it('a title opens a zone only when its first entry looks like one', () => {
    const k = (t: string) => kinds(detectStructure(t, 'en').sections);
    expect(k('Intro.\n\nReferences\n\nThe mission refers cases to the police.')).not.toContain('references');
    expect(k('Intro.\n\nReferences\n\nUN, Report on women (2019).')).toContain('references');
    expect(k('Intro.\n\nNotes\n\nThe mission took notes of every meeting.')).not.toContain('notes');
    expect(k('Intro.\n\nNotes\n\n1. See the report.')).toContain('notes');
    expect(k('Intro.\n\nContents\n\nThe mission grew.')).not.toContain('contents');
    expect(k('Intro.\n\nContents\n\nIntroduction 3')).toContain('contents');
  });
  it('a reference list ends at a numbered or capitalised heading', () => {
    const t = 'References\nUN, Report on women (2019).\nAU, Review of patrols (2020).\nII. Annexes of the study\nThe mission grew.';
    const s = detectStructure(t, 'en').sections;
    const refs = s.find((x) => x.kind === 'references')!;
    expect(t.slice(refs.start, refs.end)).toBe('References\nUN, Report on women (2019).\nAU, Review of patrols (2020).\n');
    expect(s.find((x) => x.kind === 'heading')?.title).toBe('II. Annexes of the study');
  });
  it('contents end at a line that is no entry after a blank line, not at an entry-less part title', () => {
    const t = 'Contents\nPart One\nIntroduction 3\nFindings 9\n\nIntroduction\n\nThe mission grew.';
    const c = detectStructure(t, 'en').sections.find((x) => x.kind === 'contents')!;
    expect(t.slice(c.start, c.end)).toBe('Contents\nPart One\nIntroduction 3\nFindings 9');
  });
  it('three dot-leader lines make contents without a title; two do not', () => {
    const three = 'Introduction ....... 1\nFindings ....... 4\nAnnexes ....... 9\nThe mission grew.';
    const two = 'Introduction ....... 1\nFindings ....... 4\nThe mission grew.';
    expect(kinds(detectStructure(three, 'en').sections)).toContain('contents');
    expect(kinds(detectStructure(two, 'en').sections)).not.toContain('contents');
  });
  it('three citation lines make a reference list without a title; two do not', () => {
    const refs = ['Amani, R. (2019). Patrols. Nairobi: Peace Press.', 'Bello, K. et al. Listening to women, 2021.', 'Chen, L. (2020). Trust, pp. 4-9.'];
    expect(kinds(detectStructure(`The mission grew.\n\n${refs.join('\n')}`, 'en').sections)).toContain('references');
    expect(kinds(detectStructure(`The mission grew.\n\n${refs.slice(0, 2).join('\n')}\nThe end.`, 'en').sections)).not.toContain('references');
  });
  it('isCitationLine: a year and the marks of a citation', () => {
    expect(['Smith, J. (2019). Title.', 'UN Women, Report (Geneva: UN, 2015).', 'MINUSMA, Press note, 27 January 2023.', 'Doe et al., 2020, Title', 'See https://example.org/2019', 'Report, 2019, pp. 3-4', 'Report (19 June 2020).', 'Denney, Lisa and Craig Valters, Evidence (2015).'].map(isCitationLine))
      .toEqual([true, true, true, true, true, true, true, true]);
    expect(['The mission grew in 2019 (MPFEF, 2018).', 'Smith, J. wrote a book.', 'In 2019, the mission grew.', 'x (2019)', `${'a'.repeat(401)} (2019)`, 'Doe et al. (2019)'].map(isCitationLine)).toEqual([false, false, false, false, false, false]);
  });
});

describe('notes without a title', () => {
  it('footnotes at a page foot: numbered 1, 2 after a sentence end, with a wrapped line', () => {
    const t = 'The mission grew.\n1 See the report of the mission, 2019, which covers\nall regions.\n2 Ibid., paragraph 4.\n\nWomen were consulted.';
    const s = detectStructure(t, 'en').sections;
    const notes = s.find((x) => x.kind === 'notes')!;
    expect(t.slice(notes.start, notes.end)).toBe('1 See the report of the mission, 2019, which covers\nall regions.\n2 Ibid., paragraph 4.');
  });
  it('a run that starts mid-document is a run when the next number follows', () => {
    expect(kinds(detectStructure('The mission grew.\n12 See the report of 2019.\n13 Ibid., para. 4.', 'en').sections)).toContain('notes');
    expect(kinds(detectStructure('The mission grew.\n12 See the report of 2019.\nThe end.', 'en').sections)).not.toContain('notes');
  });
  it('is no note: a number in running text, a short heading, a thousand', () => {
    for (const t of ['The mission counted\n1 Women leaders were there.', 'The mission grew.\n1 Introduction', 'About\n1 200 women were there.']) {
      expect(kinds(detectStructure(t, 'en').sections), t).not.toContain('notes');
    }
  });
  it('noteNumber: the number, bracketed or superscript, before text that opens like a note', () => {
    expect(['12 See the report of 2019.', '[3] UN Women, 2015.', '⁴ Voir le rapport.', '1 Introduction', '1 Women leaders were there', '1 Women leaders were', '12. See the report.', '1 see the report of 2019.', '1 200 women'].map(noteNumber))
      .toEqual([12, 3, 4, -1, 1, -1, -1, -1, -1]);
  });
});

describe('tables', () => {
  it('three rows of | or tab cells make a table; two do not; list items and prose-long cells are no rows', () => {
    expect(kinds(detectStructure('A | B\n1 | 2\n3 | 4', 'en').sections)).toContain('table');
    expect(kinds(detectStructure('A\tB\n1\t2\n3\t4', 'en').sections)).toContain('table');
    expect(kinds(detectStructure('A | B\n1 | 2\nThe end.', 'en').sections)).not.toContain('table');
    expect(['- 01 | Strengthen skills', `A | ${'b'.repeat(81)}`, 'A\tB', 'No tab here', 'Total |', `${'x '.repeat(101)}| y`].map(isTableLine)).toEqual([false, false, true, false, true, false]);
    expect(isTableLine('A\t')).toBe(false);
    // a number set off by a tab opens a paragraph or a heading, not a row
    expect(['12.\tThe mission grew.', '2.1\tWomen and security', 'IV.\tObservations and next steps', '12.\tThe\tmission', '12\tThe mission grew.', '1.\t2'].map(isTableLine))
      .toEqual([false, false, false, true, true, true]);
  });
  it('isTocEntry and hasDotLeader', () => {
    expect(['Introduction 3', 'Findings\t12', 'Annex .......... iv', 'Findings'].map(isTocEntry)).toEqual([true, true, true, false]);
    expect(['Findings .......... 7', 'Findings . . . . 7', 'Findings …… 7', 'Findings ____ 7', 'Findings 7', 'Findings ..........'].map(hasDotLeader)).toEqual([true, true, true, true, false, false]);
  });
});

describe('page furniture', () => {
  it('job numbers, page numbers and symbols are furniture; a running header repeated on every page too', () => {
    const page = (n: number) => `Women and peace in the region\n\nThe mission grew in sector ${n}.\nPatrols rose.\nWomen met.\nLeaders spoke.\nNothing else.\nMore text.\nEven more.\nAnd more.\n\n${n}\n`;
    const text = [1, 2, 3, 4, 5].map(page).join('\n');
    const f = detectStructure(text, 'en').sections.filter((s) => s.kind === 'furniture').map((s) => text.slice(s.start, s.end));
    expect(f).toEqual(['Women and peace in the region', '1', 'Women and peace in the region', '2', 'Women and peace in the region', '3', 'Women and peace in the region', '4', 'Women and peace in the region', '5']);
    const four = [1, 2, 3].map(page).join('\n');
    expect(detectStructure(four, 'en').sections.filter((s) => s.kind === 'furniture').map((s) => four.slice(s.start, s.end))).toEqual(['1', '2', '3']);
  });
  it('a running header repeats at least four times, at most once in ten lines', () => {
    const text = (lines: number, reps: number) => {
      const out: string[] = [];
      for (let i = 0; i < lines; i++) out.push(i % Math.floor(lines / reps) === 0 && out.filter((x) => x === 'Running Header Here').length < reps ? 'Running Header Here' : `Line ${i} of the text goes on here`);
      return out.join('\n');
    };
    const furniture = (t: string) => detectStructure(t, 'en').sections.filter((s) => s.kind === 'furniture').length;
    expect(furniture(text(40, 4))).toBe(4);
    expect(furniture(text(39, 4))).toBe(0);
    expect(furniture(text(40, 3))).toBe(0);
    expect(furniture(text(50, 5))).toBe(5);
  });
  it('a repeated line that is a large share of the text, or ends like a sentence, is no running header', () => {
    const same = 'Women were consulted\n'.repeat(50);
    expect(kinds(detectStructure(same, 'en').sections)).not.toContain('furniture');
    const sentence = Array.from({ length: 50 }, (_, i) => (i % 10 === 0 ? 'Women were consulted.' : `Line ${i} of the text goes on here`)).join('\n');
    expect(kinds(detectStructure(sentence, 'en').sections)).not.toContain('furniture');
  });
});

describe('contentLines', () => {
  it('keeps lines that are not blank, with the blank lines before them, block separators and \\r', () => {
    const lines = contentLines('a\r\n\n  \nb\u0001c\n');
    expect(lines.map((l) => [l.text, l.start, l.end, l.gap])).toEqual([['a', 0, 1, true], ['b', 7, 8, true], ['c', 9, 10, false]]);
    expect(contentLines('\n'.repeat(1000))).toEqual([]);
    expect(contentLines('x'.repeat(500))[0]!.text).toHaveLength(400);
  });
});

// A report quotes resolutions and its lines may open with a word that is also a resolution verb
// ("Calls …", "Notes …"); only a resolution's own layout makes a resolution.
describe('strict resolution layout', () => {
  const REPORT = [
    'Since resolution 1325 (2000), the Security Council has asked missions to report on women.',
    'The Council decides, in that resolution, that missions shall include gender advisers, and',
    'Calls upon Member States to deploy more women; the report then',
    'Notes that few did so, while the Security Council, in resolution 2242 (2015),',
    'Requests the Secretary-General to double the number of women within five years.',
    'Our interviews show that the missions have not met that target.',
    'The mission staff told us that progress was slow.',
    'Women officers remain few in the police components.',
    'Training on gender is offered to every contingent.',
    'The report recommends a new strategy.',
  ].join('\n');
  it('a report quoting a resolution, with wrapped lines that open with resolution verbs, is no resolution', () => {
    expect(looksLikeResolution(REPORT, 'en')).toBe(false);
    expect(detectStructure(REPORT, 'en').sections.some((s) => s.kind === 'operative' || s.kind === 'preambular')).toBe(false);
  });
  it('…nor typed as a resolution (whole analysis)', async () => {
    const { analyze } = await import('../core/index.ts');
    const r = analyze(REPORT);
    expect(r.structure.some((s) => s.kind === 'operative' || s.kind === 'preambular')).toBe(false);
    expect(['mandate', 'thematic-resolution']).not.toContain(r.profile.id);
  });
  it('a real layout is still read: opener, preamble, operative paragraphs', () => {
    const res = 'The Security Council,\nRecalling its resolution 1325 (2000),\n1. Decides that the mission shall include gender advisers;\n2. Requests the Secretary-General to report.';
    expect(looksLikeResolution(res, 'en')).toBe(true);
    const s = detectStructure(res, 'en').sections;
    expect(s.filter((x) => x.kind === 'operative').map((x) => x.number)).toEqual(['1', '2']);
    expect(s.filter((x) => x.kind === 'preambular')).toHaveLength(1);
  });
  it.each([
    ['The Security Council,\nRecalling its resolutions,', true, 'opener and one preambular paragraph'],
    ['Security Council,\nRecalling its resolutions,', true, 'opener without "The"'],
    ['The Security Council\nRecalling its resolutions,', true, 'opener without the comma'],
    ['The Security Council, Recalling its resolutions on women,', true, 'opener and preamble on one line'],
    ['The Security Council, acting under Chapter VII, decided to act.', false, 'prose after the opener'],
    ['The Security Council,\nThe mission grew.', false, 'opener without a verb paragraph'],
    ['Requests the Secretary-General to report.', true, 'one operative paragraph'],
    ['Recalling its resolutions,\nNoting the report,\nWelcoming the progress,\nStressing the need,', false, 'participles only: no finite verb'],
    ['The mission grew.\nRequests the Secretary-General to report.\nDecides to remain seized.', true, 'three paragraphs, two verbs'],
    ['The mission grew.\nPatrols rose.\nRequests the Secretary-General to report.', false, 'three paragraphs, one verb'],
    ['The mission grew.\nPatrols rose.\nRequests the Secretary-General to report.\nDecides to remain seized.', false, 'four paragraphs, two verbs: fewer than three'],
    ['The mission grew.\nPatrols rose.\nWomen met.\nRequests the SG to report.\nDecides to act.\nUrges the parties to stop.', true, 'six paragraphs, three verbs'],
    ['The mission grew.\nPatrols rose.\nWomen met.\nLeaders spoke.\nRequests the SG to report.\nDecides to act.\nUrges the parties to stop.', false, 'seven paragraphs, three verbs'],
    ['“The Security Council reaffirms its commitment.\n“The Security Council welcomes the report.\n“The Security Council requests the Secretary-General to act.', true, 'a presidential statement'],
    ['The Security Council welcomed the report.\nThe Security Council noted the progress.\nThe mission grew.', false, 'a press release in the past tense'],
    ['1. decides to act;\n2. requests a report;\n3. urges the parties;', false, 'lower-case openings'],
    ['The mission grew and\ncalls for more women.', false, 'a wrapped line'],
  ])('%j → %s (%s)', (text, expected) => expect(looksLikeResolution(text, 'en')).toBe(expected));
  it('French verbs only in French text', () => {
    expect(looksLikeResolution('Le Conseil de sécurité,\nRappelant ses résolutions,', 'fr')).toBe(true);
    expect(looksLikeResolution('Le Conseil de sécurité,\nRappelant ses résolutions,', 'en')).toBe(false);
    expect(looksLikeResolution('Décide de rester saisi de la question.', 'fr')).toBe(true);
    expect(looksLikeResolution('Note: the convoy leaves.\nEncourage leaders to attend.', 'en')).toBe(false);
  });
  it('reads two hundred paragraph openings at most', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `The mission grew in sector ${i}.`).join('\n');
    expect(looksLikeResolution(`The Security Council,\n${prose(199)}\nDecides to act.`, 'en')).toBe(true);
    expect(looksLikeResolution(`The Security Council,\n${prose(200)}\nDecides to act.`, 'en')).toBe(false);
  });
  it('stops reading after thirty paragraphs with few verb openings', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `The mission grew in sector ${i}.`).join('\n');
    const verbs = Array.from({ length: 40 }, (_, i) => `Requests the Secretary-General to report on item ${i};`).join('\n');
    expect(looksLikeResolution(`${prose(30)}\n${verbs}`, 'en')).toBe(false);
    expect(looksLikeResolution(`${prose(20)}\n${verbs}`, 'en')).toBe(true);
  });
});
