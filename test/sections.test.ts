import { describe, expect, it } from 'vitest';
import { detectStructure, SectionIndex } from '../core/text/sections.ts';

const order = [
  'OPERATION ORDER 04/26 – SECTOR EAST',
  '',
  '1. SITUATION',
  'a. Armed groups move along the river.',
  '2. MISSION',
  'The battalion protects civilians in its area.',
  '3. EXECUTION',
  'a. Companies will patrol daily.',
  '4. SERVICE SUPPORT',
  'Resupply every week.',
  '5. COMMAND AND SIGNAL',
  'Reports go to the JOC.',
  '',
  'ANNEX K – GENDER',
  'Women will be consulted.',
  'ANNEX L: Reporting formats',
  'Use the standard format.',
].join('\n');

// Each test reads its text itself (not at describe level), so mutation testing knows which tests cover what.
describe('OpOrder structure', () => {
  it('finds the five paragraphs and the annexes with titles', () => {
    const { sections, oporder, resolution } = detectStructure(order);
    expect(oporder).toBe(true);
    expect(resolution).toBe(false);
    expect(sections.filter((s) => s.kind === 'opord-paragraph').map((s) => [s.id, s.title])).toEqual([
      ['opord-1', 'SITUATION'], ['opord-2', 'MISSION'], ['opord-3', 'EXECUTION'], ['opord-4', 'SERVICE SUPPORT'], ['opord-5', 'COMMAND AND SIGNAL'],
    ]);
    expect(sections.filter((s) => s.kind === 'annex').map((s) => [s.id, s.number, s.title])).toEqual([
      ['annex-k', 'Annex K', 'GENDER'], ['annex-l', 'Annex L', 'Reporting formats'],
    ]);
  });
  it('places offsets in the right section and knows what is annex', () => {
    const { sections } = detectStructure(order);
    const index = new SectionIndex(sections);
    const at = (needle: string) => index.at(order.indexOf(needle));
    expect(at('Companies will patrol')?.id).toBe('opord-3');
    expect(at('Reports go to')?.id).toBe('opord-5');
    expect(at('Women will')?.id).toBe('annex-k');
    expect(index.inAnnex(at('Women will'))).toBe(true);
    expect(index.inAnnex(at('Companies will patrol'))).toBe(false);
    expect(at('OPERATION ORDER')?.kind).toBe('heading');
    for (const s of sections) expect(s.end).toBeGreaterThanOrEqual(s.start);
  });
});

describe('resolution structure', () => {
  const res = [
    'Resolution 9999 (2031)',
    'The Security Council,',
    'Recalling its earlier resolutions on the matter,',
    'Deeply concerned by reports of sexual violence, and stressing the need for accountability,',
    '1. Decides that the mandate shall include the following tasks:',
    '(a) Protection of civilians, including women and girls;',
    '(i) Patrols in areas of risk;',
    '(ii) Early warning;',
    '(b) Support to the peace process;',
    '2. Requests the Secretary-General to report every six months;',
    '3. Decides to remain seized of the matter.',
  ].join('\n');
  const read = () => {
    const { sections, resolution } = detectStructure(res);
    return { sections, resolution, byId: new Map(sections.map((s) => [s.id, s])) };
  };
  it('finds preamble, preambular and operative paragraphs with sub-paragraph numbers', () => {
    const { sections, resolution, byId } = read();
    expect(resolution).toBe(true);
    expect(sections.filter((s) => s.kind === 'preambular').map((s) => s.number)).toEqual(['PP1', 'PP2']);
    expect(sections.filter((s) => s.kind === 'operative').map((s) => s.number)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)', '1(b)', '2', '3']);
    expect(byId.get('op-1-a-i')?.parent).toBe('op-1-a');
    expect(byId.get('op-1-b')?.parent).toBe('op-1');
  });
  it('lists each paragraph\'s action verbs with exact offsets and classes', () => {
    const { sections, byId } = read();
    const pp2 = byId.get('pp-2')!;
    expect(pp2.verbs?.map((v) => [v.text, v.verbClass])).toEqual([['concerned', 'evaluative'], ['stressing', 'reinforcing']]);
    for (const s of sections) for (const v of s.verbs ?? []) expect(res.slice(v.start, v.end)).toBe(v.text);
    expect(byId.get('op-2')!.verbs![0]).toMatchObject({ text: 'Requests', verbClass: 'directive', level: 4 });
  });
});

describe('report headings', () => {
  it('takes short title lines after a blank line as headings, not sentences', () => {
    const t = 'Report of the Secretary-General\n\nI. Introduction\nThe mission continued its work.\n\nProtection of Civilians\nPatrols increased.\n\nThe mission met women leaders.';
    const { sections } = detectStructure(t);
    expect(sections.filter((s) => s.kind === 'heading').map((s) => s.title)).toEqual(['Report of the Secretary-General', 'I. Introduction', 'Protection of Civilians']);
  });
});

describe('several resolutions in one text', () => {
  // Two resolutions of our own wording, the first with an annex, as in a compilation or a corpus dump.
  const text = [
    'The Security Council,',
    'Recalling its earlier decisions on the mission,',
    '1. Decides to extend the mandate of the mission for one year;',
    '2. Requests the mission to report on the protection of women:',
    '(a) in camps;',
    'ANNEX A',
    'Timeline of the reports',
    'The Security Council,',
    'Welcoming the progress made by the parties,',
    'Noting the role of women in the talks,',
    '1. Encourages the parties to include women in the delegations;',
  ].join('\n');
  const read = () => {
    const { sections } = detectStructure(text);
    const index = new SectionIndex(sections);
    return { sections, at: (needle: string) => index.at(text.indexOf(needle)) };
  };

  it('opens a new preamble at "The Security Council," after operative paragraphs', () => {
    const { sections, at } = read();
    expect(sections.filter((s) => s.kind === 'preamble')).toHaveLength(2);
    expect(at('Welcoming the progress')?.kind).toBe('preambular');
    expect(at('Welcoming the progress')?.number).toBe('PP1');
    expect(at('Noting the role')?.number).toBe('PP2');
    // Nothing of the second resolution hangs under the first one's last paragraph or its annex.
    const annex = sections.find((s) => s.kind === 'annex')!;
    expect(annex.end).toBeLessThanOrEqual(text.lastIndexOf('The Security Council,'));
    const firstOps = sections.filter((s) => s.kind === 'operative' && s.start < annex.start);
    for (const s of firstOps) expect(s.end).toBeLessThanOrEqual(annex.start);
    expect(at('Encourages the parties')?.kind).toBe('operative');
    expect(at('Encourages the parties')?.number).toBe('1');
    expect(at('Encourages the parties')?.parent).toBeUndefined();
  });

  it('keeps every section id unique', () => {
    const { sections } = read();
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// ---------------------------------------------------------------- resolution rules, one at a time

/** [number, parent, first line] of the operative and preambular paragraphs. */
const paras = (text: string) => detectStructure(text, 'en').sections
  .filter((s) => s.kind === 'operative' || s.kind === 'preambular')
  .map((s) => [s.number, s.parent ?? null, text.slice(s.start, s.end)]);

describe('resolution paragraphs: numbers, sub-paragraphs and bounds', () => {
  it('unnumbered operative paragraphs are counted on from the last number', () => {
    const t = 'The Security Council,\nRecalling its resolutions,\n4. Decides to extend the mandate;\nRequests a report;\nDecides to remain seized.';
    expect(paras(t)).toEqual([
      ['PP1', 'preamble', 'Recalling its resolutions,\n'],
      ['4', null, '4. Decides to extend the mandate;\n'],
      ['5', null, 'Requests a report;\n'],
      ['6', null, 'Decides to remain seized.'],
    ]);
  });
  it('lines without a marker under an operative paragraph are its sub-paragraphs (a), (b)…', () => {
    const t = 'The Security Council,\nRecalling its resolutions,\n1. Decides that the mission shall cover:\nthe protection of civilians;\nthe return of refugees;\n2. Requests a report.';
    expect(paras(t)).toEqual([
      ['PP1', 'preamble', 'Recalling its resolutions,\n'],
      // the operative paragraph spans its sub-paragraphs; each of those ends where the next line starts
      ['1', null, '1. Decides that the mission shall cover:\nthe protection of civilians;\nthe return of refugees;\n'],
      ['1(a)', 'op-1', 'the protection of civilians;\n'],
      ['1(b)', 'op-1', 'the return of refugees;\n'],
      ['2', null, '2. Requests a report.'],
    ]);
  });
  it('(i) after (h) is the letter i; after (a) it is a roman sub-paragraph, and (ii) follows it', () => {
    const letters = ['(a) one;', '(b) two;', '(c) three;', '(d) four;', '(e) five;', '(f) six;', '(g) seven;', '(h) eight;', '(i) nine;'];
    const t = `The Security Council,\nRecalling its resolutions,\n1. Decides that the mission shall:\n${letters.join('\n')}`;
    expect(paras(t).at(-1)).toEqual(['1(i)', 'op-1', '(i) nine;']);
    const r = 'The Security Council,\nRecalling its resolutions,\n1. Decides that the mission shall:\n(a) patrol;\n(i) by day;\n(ii) by night;\n(b) report.';
    expect(paras(r).slice(2)).toEqual([
      ['1(a)', 'op-1', '(a) patrol;\n'],
      ['1(a)(i)', 'op-1-a', '(i) by day;\n'],
      ['1(a)(ii)', 'op-1-a', '(ii) by night;\n'],
      ['1(b)', 'op-1', '(b) report.'],
    ]);
  });
  it('an operative paragraph runs to the next one; the preamble ends at the first operative paragraph', () => {
    const t = 'The Security Council,\nRecalling its resolutions,\n1. Decides to act;\n2. Requests a report.';
    const s = detectStructure(t, 'en').sections;
    const pre = s.find((x) => x.kind === 'preamble')!;
    expect(t.slice(pre.start, pre.end)).toBe('The Security Council,\nRecalling its resolutions,\n');
    expect(s.find((x) => x.id === 'pp-1')?.verbs?.map((v) => v.text)).toEqual(['Recalling']);
    expect(s.find((x) => x.id === 'op-2')?.end).toBe(t.length);
  });
  it('a marked line before any operative paragraph continues the preambular paragraph', () => {
    const t = 'Recalling its resolutions,\n(a) on women;\nDecides to act;\nRequests a report;';
    expect(paras(t)).toEqual([
      ['PP1', null, 'Recalling its resolutions,\n(a) on women;\n'],
      ['1', null, 'Decides to act;\n'],
      ['2', null, 'Requests a report;'],
    ]);
  });
  it('an annex closes the operative paragraph; paragraphs after it hang under the annex', () => {
    const t = 'The Security Council,\nRecalling its resolutions,\n1. Decides to act;\nAnnex II\nDecides to review the plan.';
    const s = detectStructure(t, 'en').sections;
    const annex = s.find((x) => x.kind === 'annex')!;
    expect([annex.id, annex.number, annex.title]).toEqual(['annex-ii', 'Annex II', undefined]);
    expect(s.find((x) => x.id === 'op-1')!.end).toBe(annex.start);
    expect(paras(t).at(-1)).toEqual(['2', 'annex-ii', 'Decides to review the plan.']);
    expect(new SectionIndex(s).inAnnex(s.find((x) => x.number === '2'))).toBe(true);
  });
  it('a text of prose only has a body section over all of it', () => {
    const t = 'The mission grew.';
    expect(detectStructure(t, 'en').sections).toEqual([{ id: 'body', kind: 'body', start: 0, end: t.length }]);
    expect(detectStructure('', 'en').sections).toEqual([{ id: 'body', kind: 'body', start: 0, end: 0 }]);
  });
});

describe('annex and order paragraph lines', () => {
  it.each([
    ['ANNEX A', 'annex-a', 'Annex A', undefined],
    ['Annex 3: Gender', 'annex-3', 'Annex 3', 'Gender'],
    ['APPENDIX IV – Reporting', 'annex-iv', 'Annex IV', 'Reporting'],
    ['Annexe B. Genre', 'annex-b', 'Annex B', 'Genre'],
    ['  Appendix AB', 'annex-ab', 'Annex AB', undefined],
  ])('%j is an annex', (line, id, number, title) => {
    const t = `Intro.\n${line}\nText.`;
    const a = detectStructure(t, 'en').sections.find((s) => s.kind === 'annex');
    expect(a && [a.id, a.number, a.title, a.start, a.end]).toEqual([id, number, title, t.indexOf(line), t.length]);
  });
  it.each(['Annexes', 'Annex ABC', 'annex a', 'The annex A', `Annex A ${'x'.repeat(101)}`, `Annex A: ${'x'.repeat(112)}`])('%j is no annex', (line) => {
    expect(detectStructure(`Intro.\n${line}\nText.`, 'en').sections.some((s) => s.kind === 'annex')).toBe(false);
  });
  it('a repeated annex letter gets a unique id', () => {
    const t = 'Annex A\nOne.\nAnnex A\nTwo.';
    expect(detectStructure(t, 'en').sections.filter((s) => s.kind === 'annex').map((s) => s.id)).toEqual(['annex-a', `annex-a-${t.lastIndexOf('Annex A')}`]);
  });
  it.each([
    ['1. SITUATION', '1', 'SITUATION'],
    ['2) Mission', '2', 'MISSION'],
    ['4. ADMINISTRATION  AND LOGISTICS', '4', 'ADMINISTRATION AND LOGISTICS'],
    ['5. Command, Control and Communications', '5', 'COMMAND, CONTROL AND COMMUNICATIONS'],
    ['3. EXÉCUTION', '3', 'EXÉCUTION'],
    ['4. SOUTIEN / LOGISTIQUE', '4', 'SOUTIEN / LOGISTIQUE'],
    ['5. COMMANDEMENT ET TRANSMISSIONS', '5', 'COMMANDEMENT ET TRANSMISSIONS'],
  ])('%j is an order paragraph', (line, number, title) => {
    const s = detectStructure(`ORDER\n${line}\nText.`, 'en');
    expect(s.oporder).toBe(true);
    expect(s.sections.filter((x) => x.kind === 'opord-paragraph').map((x) => [x.id, x.number, x.title])).toEqual([[`opord-${number}`, number, title]]);
  });
  it.each(['6. SITUATION', '1. SITUATIONS', '1 SITUATION', 'SITUATION'])('%j is no order paragraph', (line) => {
    expect(detectStructure(`ORDER\n${line}\nText.`, 'en').oporder).toBe(false);
  });
  it('inside an annex, "1. SITUATION" is the annex\'s own heading, not an order paragraph', () => {
    const t = 'Annex A\n\n1. SITUATION\nText.';
    const s = detectStructure(t, 'en');
    expect(s.oporder).toBe(false);
    expect(s.sections.find((x) => x.kind === 'heading')).toMatchObject({ number: '1', parent: 'annex-a' });
  });
});

describe('SectionIndex', () => {
  const sections = [
    { id: 'a', kind: 'body', start: 0, end: 10 },
    { id: 'x', kind: 'annex', start: 10, end: 40 },
    { id: 'x-1', kind: 'heading', start: 20, end: 30, parent: 'x' },
    { id: 'x-1-n', kind: 'notes', start: 25, end: 28, parent: 'x-1' },
    { id: 'f', kind: 'furniture', start: 40, end: 42 },
    { id: 'c', kind: 'contents', start: 50, end: 55 },
    { id: 'r', kind: 'references', start: 55, end: 60 },
  ] as const;
  const index = () => new SectionIndex(sections.map((s) => ({ ...s })));
  it('the innermost section at each offset, ends exclusive, nothing outside', () => {
    const ix = index();
    expect([0, 9, 10, 19, 20, 24, 25, 27, 28, 29, 30, 39, 40, 41, 42, 49, 50, 55, 59, 60].map((p) => ix.at(p)?.id ?? null))
      .toEqual(['a', 'a', 'x', 'x', 'x-1', 'x-1', 'x-1-n', 'x-1-n', 'x-1', 'x-1', 'x', 'x', 'f', 'f', null, null, 'c', 'r', 'r', null]);
    expect(ix.at(-1)).toBeUndefined();
    expect(new SectionIndex([]).at(0)).toBeUndefined();
  });
  it('annex membership through the parents; reference kinds; lookup by id', () => {
    const ix = index();
    expect(sections.map((s) => ix.inAnnex(ix.get(s.id)))).toEqual([false, true, true, true, false, false, false]);
    expect(sections.map((s) => ix.inReference(ix.get(s.id)))).toEqual([false, false, false, true, true, true, true]);
    expect(ix.inAnnex(undefined)).toBe(false);
    expect(ix.inReference(undefined)).toBe(false);
    expect(ix.get('x-1')?.start).toBe(20);
    expect(ix.get('none')).toBeUndefined();
  });
  it('sections given out of order, or closing out of order, still give the innermost', () => {
    const ix = new SectionIndex([
      { id: 'inner', kind: 'heading', start: 5, end: 15 },
      { id: 'outer', kind: 'body', start: 0, end: 10 },
    ]);
    expect([0, 4, 5, 9, 10, 14, 15].map((p) => ix.at(p)?.id ?? null)).toEqual(['outer', 'outer', 'inner', 'inner', 'inner', 'inner', null]);
  });
});
