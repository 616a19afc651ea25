import { describe, expect, it } from 'vitest';
import { detectStructure, SectionIndex } from '../core/sections.ts';

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

describe('OpOrder structure', () => {
  const { sections, oporder, resolution } = detectStructure(order);
  const index = new SectionIndex(sections);
  it('finds the five paragraphs and the annexes with titles', () => {
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
  const { sections, resolution } = detectStructure(res);
  const byId = new Map(sections.map((s) => [s.id, s]));
  it('finds preamble, preambular and operative paragraphs with sub-paragraph numbers', () => {
    expect(resolution).toBe(true);
    expect(sections.filter((s) => s.kind === 'preambular').map((s) => s.number)).toEqual(['PP1', 'PP2']);
    expect(sections.filter((s) => s.kind === 'operative').map((s) => s.number)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)', '1(b)', '2', '3']);
    expect(byId.get('op-1-a-i')?.parent).toBe('op-1-a');
    expect(byId.get('op-1-b')?.parent).toBe('op-1');
  });
  it('lists each paragraph\'s action verbs with exact offsets and classes', () => {
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
  const { sections } = detectStructure(text);
  const index = new SectionIndex(sections);
  const at = (needle: string) => index.at(text.indexOf(needle));

  it('opens a new preamble at "The Security Council," after operative paragraphs', () => {
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
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
