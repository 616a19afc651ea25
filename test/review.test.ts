// The review model every surface draws (core/report/review.ts): what counts and as what, the order (gaps by
// severity and level, then sections in document order, items tasks → advice → mentions → absent →
// procedural, gender-specific first, then text order), one item per sentence, counts that agree with the
// report's coverage and with the filter bar, headlines in English and French, next/previous at the ends
// and with filters, the text search. Synthetic reports pin exact outputs; our own EN and FR documents
// go through analyze() end to end.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze, buildReview, loadLexicon, loadLexiconAsync, countedFinding, DEFAULT_KINDS, familyCoverage, filterCounts, filterItems, findingFlags, fold,
  countsLine, gapHeadline, genderSpecificFinding, genderSplitLine, genderSplitOf, itemById, KIND_RANK, matchesFilter, next, orderGaps, previous,
  reportHeadline, reviewKind, tally, FAMILIES, PILLAR_IDS,
  type Finding, type Gap, type Mode, type PillarId, type Report, type Review, type ReviewKind, type Section,
} from '../core/index.ts';
import { headline as wordHeadline, genderSplit as wordSplit } from '../office-addin/src/word/view-model.ts';

const repoRoot = join(import.meta.dirname, '..');

// ---------------------------------------------------------------- synthetic reports

interface Spec {
  /** The matched words; the n-th occurrence (default first) in the text. */
  word: string;
  nth?: number;
  concept?: string;
  pillar?: PillarId;
  mode?: Mode;
  gs?: boolean;
  negated?: boolean;
  procedural?: boolean;
  boilerplate?: boolean;
  reference?: boolean;
  annex?: boolean;
  section?: string;
  label?: string;
}

/** Sentences end at ". "; a finding's sentence is the one its word is in. */
function sentenceOf(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('. ', at - 1);
  const end = text.indexOf('. ', at);
  return { start: start < 0 ? 0 : start + 2, end: end < 0 ? text.length : end + 1 };
}

function finding(text: string, s: Spec): Finding {
  let at = -1;
  for (let k = 0; k <= (s.nth ?? 0); k++) at = text.indexOf(s.word, at + 1);
  if (at < 0) throw new Error(`"${s.word}" not in the text`);
  return {
    concept: s.concept ?? 'wps-women-girls', pillar: s.pillar ?? 'gender-perspective', genderSpecific: s.gs ?? false,
    start: at, end: at + s.word.length, text: s.word, sentence: sentenceOf(text, at),
    ...(s.section ? { section: s.section } : {}),
    strength: { verbClass: null, level: s.mode === 'task' ? 4 : s.mode === 'advice' ? 2 : 0, mode: s.mode ?? 'context' },
    negated: s.negated ?? false, scopeLimited: false, boilerplate: s.boilerplate ?? false, procedural: s.procedural ?? false,
    unverified: false, ...(s.annex ? { annex: true } : {}), ...(s.reference ? { reference: true } : {}), ...(s.label ? { label: s.label } : {}),
  };
}

function report(text: string, specs: Spec[], structure: Section[] = [], gaps: Gap[] = [], extra: Partial<Report> = {}): Report {
  const findings = specs.map((s) => finding(text, s)).sort((a, b) => a.start - b.start);
  const byPillar = {} as Report['coverage']['byPillar'];
  for (const p of PILLAR_IDS) byPillar[p] = { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
  return {
    source: 'test', language: 'en', profile: { id: 'generic', confidence: 1, detected: false },
    findings, structure, coverage: { byPillar, bySection: {}, score: null }, gaps, figures: [], length: text.length, ...extra,
  };
}

function gap(rule: string, o: Partial<Gap> = {}): Gap {
  return { rule, severity: 'medium', kind: 'missing', reason: `why ${rule}`, basis: `basis ${rule}`, suggestion: `say ${rule}`, ...o };
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

// ---------------------------------------------------------------- kinds, flags, counts

describe('what counts, and as what', () => {
  const T = 'Women here. ';
  const base: Spec = { word: 'Women' };
  const cases: [string, Spec, ReviewKind, boolean][] = [
    ['a task', { ...base, mode: 'task' }, 'task', true],
    ['advice', { ...base, mode: 'advice' }, 'advice', true],
    ['a mention', { ...base, mode: 'context' }, 'context', true],
    ['a negated task is stated as absent', { ...base, mode: 'task', negated: true }, 'negated', true],
    ['procedural wins over negated', { ...base, mode: 'task', negated: true, procedural: true }, 'procedural', false],
    ['a stock phrase is a flag, not a kind', { ...base, mode: 'task', boilerplate: true }, 'task', true],
    ['a reference finding is not counted', { ...base, mode: 'task', reference: true }, 'task', false],
  ];
  it.each(cases)('%s', (_, spec, kind, counted) => {
    const f = finding(T, spec);
    expect(reviewKind(f)).toBe(kind);
    expect(countedFinding(f)).toBe(counted);
  });

  it('ranks tasks, advice, mentions, stated as absent, procedural', () => {
    expect(Object.entries(KIND_RANK).sort((a, b) => a[1] - b[1]).map(([k]) => k)).toEqual(['task', 'advice', 'context', 'negated', 'procedural']);
    expect(DEFAULT_KINDS).toEqual(['task', 'advice', 'context', 'negated']);
  });

  it('names the flags of a finding, in a fixed order', () => {
    const f = { ...finding(T, { ...base, gs: true, boilerplate: true, negated: true, procedural: true, reference: true, annex: true }), scopeLimited: true, unverified: true, reported: true };
    expect(findingFlags(f)).toEqual(['genderSpecific', 'boilerplate', 'scopeLimited', 'unverified', 'annex', 'reported', 'negated', 'procedural', 'reference']);
    expect(findingFlags(finding(T, base))).toEqual([]);
  });

  it('tallies: findings = tasks + advice + mentions + negated; subsets and procedural beside', () => {
    const text = 'Women one. Women two. Women three. Women four. Women five. Women six. Women seven. Women eight. ';
    const specs: Spec[] = [
      { word: 'Women one', mode: 'task', gs: true, concept: 'a' },
      { word: 'Women two', mode: 'task', boilerplate: true, concept: 'b' },
      { word: 'Women three', mode: 'advice', gs: true, concept: 'a' },
      { word: 'Women four', mode: 'context', concept: 'c' },
      { word: 'Women five', mode: 'task', negated: true, gs: true, concept: 'd' },
      { word: 'Women six', procedural: true, gs: true, concept: 'e' },
      { word: 'Women seven', reference: true, mode: 'task', concept: 'f' },
      { word: 'Women eight', mode: 'context', boilerplate: true, negated: true, concept: 'g' },
    ];
    const t = tally(specs.map((s) => finding(text, s)));
    expect(t).toEqual({ findings: 6, tasks: 2, advice: 1, mentions: 1, negated: 2, genderSpecific: 2, boilerplate: 1, procedural: 1, concepts: 3 });
    expect(tally([])).toEqual({ findings: 0, tasks: 0, advice: 0, mentions: 0, negated: 0, genderSpecific: 0, boilerplate: 0, procedural: 0, concepts: 0 });
  });

  it('gender-specific means counted, not negated, gender-specific; the split follows the annex flag', () => {
    const text = 'Women a. Women b. Women c. Women d. Women e. ';
    const fs = [
      finding(text, { word: 'Women a', gs: true }),
      finding(text, { word: 'Women b', gs: true, annex: true }),
      finding(text, { word: 'Women c', gs: true, negated: true }),
      finding(text, { word: 'Women d', gs: true, procedural: true }),
      finding(text, { word: 'Women e', gs: true, annex: true, reference: true }),
    ];
    expect(fs.map(genderSpecificFinding)).toEqual([true, true, false, false, false]);
    expect(genderSplitOf(fs)).toEqual({ mainBody: 1, annex: 1 });
  });
});

// ---------------------------------------------------------------- order and groups

/** One section with five sentences said five ways (our own words). */
const ONE_SECTION = 'Patrols note that women sell at the market. The unit should consult women leaders. '
  + 'The battalion will escort the convoy to protect civilians. The battalion will include women in every patrol. '
  + 'No gender adviser has been appointed. Searches of women are done by female soldiers. ';

function oneSection(): Report {
  return report(ONE_SECTION, [
    { word: 'women sell', mode: 'context', gs: true, section: 's1' },
    { word: 'consult women', mode: 'advice', gs: true, section: 's1' },
    { word: 'protect civilians', mode: 'task', concept: 'poc-core', pillar: 'poc', section: 's1' },
    { word: 'include women', mode: 'task', gs: true, section: 's1' },
    { word: 'gender adviser', mode: 'context', negated: true, gs: true, concept: 'str-gender-adviser', pillar: 'structures', section: 's1' },
    { word: 'Searches of women', procedural: true, gs: true, concept: 'ops-same-gender-search', pillar: 'operations', section: 's1' },
  ], [{ id: 's1', kind: 'heading', title: 'Findings', start: 0, end: ONE_SECTION.length }]);
}

describe('order inside a group', () => {
  it('tasks (gender-specific first), advice, mentions, stated as absent, procedural', () => {
    const rv = buildReview({ report: oneSection(), text: ONE_SECTION });
    expect(rv.groups).toHaveLength(1);
    const items = rv.groups[0]!.items;
    expect(items.map((i) => [i.kind, i.genderSpecific, i.text.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['task', true, 'The battalion will include'],
      ['task', false, 'The battalion will escort'],
      ['advice', true, 'The unit should consult'],
      ['context', true, 'Patrols note that women'],
      ['negated', false, 'No gender adviser has'],
      ['procedural', false, 'Searches of women are'],
    ]);
    // A negated gender-specific finding does not make its sentence "gender-specific".
    expect(items[4]!.flags).toEqual(['genderSpecific', 'negated']);
  });

  it('within one kind and gender-specificity, document order', () => {
    const text = 'Women first. Women second. Women third. ';
    const r = report(text, [
      { word: 'Women third', mode: 'task' }, { word: 'Women first', mode: 'task' }, { word: 'Women second', mode: 'task', gs: true },
    ]);
    const rv = buildReview({ report: r, text });
    expect(rv.groups[0]!.items.map((i) => i.text)).toEqual(['Women second.', 'Women first.', 'Women third.']);
  });

  it('one item per sentence: its strongest kind, its concepts counted, their families', () => {
    const text = 'The mission will protect women and report on sexual violence against women. ';
    const r = report(text, [
      { word: 'protect women', mode: 'task', gs: true, concept: 'pro-women-girls', pillar: 'protection' },
      { word: 'sexual violence', mode: 'context', gs: true, concept: 'crsv-core', pillar: 'crsv' },
      { word: 'women', nth: 1, mode: 'context', gs: true, concept: 'pro-women-girls', pillar: 'protection' },
    ]);
    const rv = buildReview({ report: r, text });
    expect(rv.items).toHaveLength(1);
    const it = rv.items[0]!;
    expect(it.type).toBe('finding');
    if (it.type !== 'finding') return;
    expect(it.kind).toBe('task');
    expect(it.findings).toHaveLength(3);
    expect(it.concepts).toEqual([
      { id: 'pro-women-girls', label: 'Protection of women and girls', pillar: 'protection', family: 'protection', count: 2 },
      { id: 'crsv-core', label: 'Conflict-related sexual violence', pillar: 'crsv', family: 'protection', count: 1 },
    ]);
    expect(it.families).toEqual(['protection']);
    expect(it.id).toBe('f::0');
    expect(rv.counts.items).toBe(1);
    expect(rv.counts.findings).toBe(3);
  });

  it('without the text, an item reads its matched words', () => {
    const text = 'The mission will protect women and report on sexual violence. ';
    const r = report(text, [{ word: 'protect women', mode: 'task' }, { word: 'sexual violence', concept: 'crsv-core', pillar: 'crsv' }]);
    expect(buildReview(r).items[0]).toMatchObject({ text: 'protect women … sexual violence' });
  });

  it('leaves reference findings out of the items and says how many', () => {
    const text = 'Women in the body. Women in the notes. ';
    const r = report(text, [{ word: 'Women in the body' }, { word: 'Women in the notes', reference: true }]);
    const rv = buildReview({ report: r, text });
    expect(rv.items.map((i) => i.type === 'finding' && i.text)).toEqual(['Women in the body.']);
    expect(rv.counts.reference).toBe(1);
    expect(rv.counts.findings).toBe(1);
  });
});

describe('groups: the document\'s own sections, top level, in document order', () => {
  // A resolution: preamble with two paragraphs, operative 1 and operative 2 with a sub-paragraph, an annex with a paragraph.
  const text = 'Recalling women. Noting gender. Decides women. Requests gender here. And women there. Annex women. Closing women. ';
  const at = (w: string) => text.indexOf(w);
  const structure: Section[] = [
    { id: 'preamble', kind: 'preamble', start: 0, end: at('Decides') },
    { id: 'pp-1', kind: 'preambular', number: 'PP1', start: 0, end: at('Noting'), parent: 'preamble' },
    { id: 'pp-2', kind: 'preambular', number: 'PP2', start: at('Noting'), end: at('Decides'), parent: 'preamble' },
    { id: 'op-1', kind: 'operative', number: '1', start: at('Decides'), end: at('Requests') },
    { id: 'op-2', kind: 'operative', number: '2', start: at('Requests'), end: at('Annex') },
    { id: 'op-2-a', kind: 'operative', number: '2(a)', start: at('And'), end: at('Annex'), parent: 'op-2' },
    { id: 'annex-a', kind: 'annex', number: 'Annex A', title: 'Gender', start: at('Annex'), end: at('Closing') },
    { id: 'annex-a-1', kind: 'paragraph', number: '1', start: at('Annex'), end: at('Closing'), parent: 'annex-a' },
  ];
  const r = report(text, [
    { word: 'Recalling women', section: 'pp-1' }, { word: 'Noting gender', section: 'pp-2', concept: 'wps-gender' },
    { word: 'Decides women', section: 'op-1', mode: 'task' }, { word: 'Requests gender', section: 'op-2', mode: 'task', concept: 'wps-gender' },
    { word: 'And women', section: 'op-2-a', mode: 'task' }, { word: 'Annex women', section: 'annex-a-1', annex: true },
    { word: 'Closing women' }, // no section
  ], structure);

  it('folds preambular paragraphs, sub-paragraphs and annex paragraphs into their top section', () => {
    const rv = buildReview({ report: r, text });
    expect(rv.groups.map((g) => [g.id, g.label, g.items.length, g.annex])).toEqual([
      ['preamble', 'Preamble', 2, false],
      ['op-1', 'Operative paragraph 1', 1, false],
      ['op-2', 'Operative paragraph 2', 2, false],
      ['annex-a', 'Annex A: Gender', 1, true],
      ['', 'Whole document', 1, false],
    ]);
    // The innermost section stays on the item.
    expect(rv.groups[2]!.items.map((i) => i.section)).toEqual(['op-2', 'op-2-a']);
    expect(rv.groups[2]!.counts).toMatchObject({ findings: 2, tasks: 2, concepts: 2 });
  });

  it('speaks French labels for a French report', () => {
    const rv = buildReview({ report: { ...r, language: 'fr' }, text });
    expect(rv.groups.map((g) => g.label)).toEqual(['Préambule', 'Paragraphe du dispositif 1', 'Paragraphe du dispositif 2', 'Annexe A : Gender', 'Ensemble du document']);
    expect(rv.language).toBe('fr');
    expect(rv.profile.label).toBe('Document général');
    // The interface language may be chosen against the document's.
    expect(buildReview({ report: { ...r, language: 'fr' }, text }, { language: 'en' }).groups[0]!.label).toBe('Preamble');
  });

  it('block input: document order is block order, whatever the offsets inside each block', () => {
    const b1 = 'Intro. Later the unit will brief women here.';
    const b2 = 'The unit will train women.';
    const r = report(b1, [{ word: 'brief women', mode: 'task' }], [], [], { blocks: [{ id: 'b1', start: 0, end: b1.length }, { id: 'b2', start: b1.length + 2, end: b1.length + 2 + b2.length }] });
    const second = { ...finding(b2, { word: 'train women', mode: 'task' }), block: 'b2' };
    r.findings = [{ ...r.findings[0]!, block: 'b1' }, second];
    const rv = buildReview({ report: r, blocks: [{ id: 'b1', text: b1 }, { id: 'b2', text: b2 }] });
    expect(rv.items.map((i) => [i.id, i.type === 'finding' && i.text, i.type === 'finding' && i.position])).toEqual([
      ['f:b1:7', 'Later the unit will brief women here.', 27], ['f:b2:0', 'The unit will train women.', 60],
    ]);
  });

  it('block input: groups and items in block order, ids carry the block', () => {
    const blocks = [{ id: 'p0', text: 'Intro line.' }, { id: 'p1', text: 'The unit will brief women. Then women vote.' }];
    const rr = analyze(blocks);
    const rv = buildReview({ report: rr, blocks });
    const f = rv.items.filter((i) => i.type === 'finding');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((i) => i.id.startsWith('f:p1:'))).toBe(true);
    for (const i of f) if (i.type === 'finding') for (const x of i.findings) expect(blocks[1]!.text.slice(x.start, x.end)).toBe(x.text);
  });
});

// ---------------------------------------------------------------- gaps

describe('gaps: order, titles, headlines', () => {
  it('most severe first, required before recommended, then the report\'s (rule) order', () => {
    const gs = [
      gap('p.z-low', { severity: 'low', level: 'required' }),
      gap('p.b-med-rec', { severity: 'medium', level: 'recommended' }),
      gap('p.a-med-req', { severity: 'medium', level: 'required' }),
      gap('p.y-high-rec', { severity: 'high', level: 'recommended' }),
      gap('p.c-med-req', { severity: 'medium', level: 'required' }),
      gap('p.x-high-nolevel', { severity: 'high' }),
    ];
    expect(orderGaps(gs).map((g) => g.rule)).toEqual(['p.x-high-nolevel', 'p.y-high-rec', 'p.a-med-req', 'p.c-med-req', 'p.b-med-rec', 'p.z-low']);
    const rv = buildReview(report('x', [], [], gs));
    expect(rv.gaps.map((g) => [g.id, g.index, g.required])).toEqual([
      ['gap:p.x-high-nolevel', 0, true], ['gap:p.y-high-rec', 1, false], ['gap:p.a-med-req', 2, true],
      ['gap:p.c-med-req', 3, true], ['gap:p.b-med-rec', 4, false], ['gap:p.z-low', 5, true],
    ]);
    expect(rv.counts.gaps).toEqual({ total: 6, high: 2, medium: 3, low: 1, required: 4 });
    // A rule listed twice keeps two ids.
    expect(ids(buildReview(report('x', [], [], [gap('p.same'), gap('p.same')])).gaps)).toEqual(['gap:p.same', 'gap:p.same~2']);
  });

  const orderStructure: Section[] = [
    { id: 'opord-1', kind: 'opord-paragraph', number: '1', title: 'SITUATION', start: 0, end: 10 },
    { id: 'annex-k', kind: 'annex', number: 'Annex K', title: 'GENDER', start: 10, end: 20 },
    { id: 'annex-l', kind: 'annex', number: 'Annex L', start: 20, end: 30 },
  ];
  const kw = (ev: Gap['evidence'], kind: Gap['kind'] = 'annex-only') => gap('oporder.main-body-keywords', { kind, severity: 'high', level: 'required', ...(ev ? { evidence: ev } : {}) });
  const order = (gs: Gap[], structure = orderStructure, language: Report['language'] = 'en') =>
    report('x'.repeat(30), [], structure, gs, { profile: { id: 'oporder', confidence: 1, detected: true }, language });

  const headlines: [string, Gap, Section[], string, string][] = [
    ['the classic order', kw({ mainBody: 0, annex: 26, negated: 0, annexSections: ['annex-k'] }), orderStructure,
      'Women, gender or UNSCR 1325 named 0 times in the main body, 26 times in annexes (Annex K).',
      'Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte, 26 mentions en annexe (Annexe K).'],
    ['two annexes, one mention, one negated', kw({ mainBody: 1, annex: 1, negated: 2, annexSections: ['annex-k', 'annex-l'] }), orderStructure,
      'Women, gender or UNSCR 1325 named 1 time in the main body, 1 time in annexes (Annex K and Annex L); 2 times only as absent or not done.',
      'Femmes, genre ou résolution 1325 : 1 mention dans le corps du texte, 1 mention en annexe (Annexe K et Annexe L) ; 2 mentions seulement pour dire que cela manque.'],
    ['no annex at all', kw({ mainBody: 0, annex: 0, negated: 0 }, 'missing'), [],
      'Women, gender or UNSCR 1325 named 0 times in the main body.',
      'Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte.'],
    ['annexes that say nothing', kw({ mainBody: 0, annex: 0, negated: 0 }, 'missing'), orderStructure,
      'Women, gender or UNSCR 1325 named 0 times in the main body, 0 times in annexes.',
      'Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte, 0 mention en annexe.'],
    ['a report without evidence (older version)', kw(undefined, 'missing'), [],
      'Women, gender or UNSCR 1325 named 0 times in the main body.',
      'Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte.'],
    ['a concept gap in paragraph 1, said only in Annex K', gap('oporder.situation-gender-analysis', { kind: 'annex-only', concepts: ['gm-gender-analysis'], section: 'opord-1', evidence: { mainBody: 0, annex: 1, negated: 0, annexSections: ['annex-k'] } }), orderStructure,
      'Gender (conflict) analysis: only in annexes (Paragraph 1); named 0 times in the main body, 1 time in annexes (Annex K).',
      'Analyse (des conflits) selon le genre : seulement en annexe (Paragraphe 1) ; 0 mention dans le corps du texte, 1 mention en annexe (Annexe K).'],
    ['a concept gap nowhere', gap('oporder.x', { kind: 'missing', concept: 'str-wpa', evidence: { mainBody: 0, annex: 0, negated: 0 } }), orderStructure,
      'Women Protection Advisers: missing; not named anywhere.',
      'Conseillers pour la protection des femmes : absent ; aucune mention.'],
    ['a concept gap without evidence', gap('oporder.y', { kind: 'advice-only', concept: 'str-wpa' }), orderStructure,
      'Women Protection Advisers: only as advice.',
      'Conseillers pour la protection des femmes : seulement comme conseil.'],
  ];
  it.each(headlines)('headline: %s', (_, g, structure, en, fr) => {
    expect(gapHeadline(order([g], structure), g, 'en')).toBe(en);
    expect(gapHeadline(order([g], structure, 'fr'), g)).toBe(fr);
  });

  it('the report headline: the keyword gap when there is one, else the gap count', () => {
    const classic = kw({ mainBody: 0, annex: 3, negated: 0, annexSections: ['annex-k'] });
    expect(reportHeadline(order([gap('p.a', { severity: 'high' }), classic]))).toEqual({ text: 'Women, gender or UNSCR 1325 named 0 times in the main body, 3 times in annexes (Annex K).', severe: true });
    const rows: [Gap[], string, string, boolean][] = [
      [[gap('p.a')], '1 gap.', '1 lacune.', false],
      [[gap('p.a', { severity: 'high' }), gap('p.b')], '2 gaps, 1 of them serious.', '2 lacunes, dont 1 grave.', true],
      [[gap('p.a', { severity: 'high' }), gap('p.b', { severity: 'high' }), gap('p.c', { severity: 'low' })], '3 gaps, 2 of them serious.', '3 lacunes, dont 2 graves.', true],
    ];
    for (const [gs, en, fr, severe] of rows) {
      expect(reportHeadline(order(gs))).toEqual({ text: en, severe });
      expect(reportHeadline(order(gs, orderStructure, 'fr'))).toEqual({ text: fr, severe });
    }
    expect(reportHeadline(order([]))).toBeNull();
  });

  it('a gap item: title, kind and severity in words, its paragraph, the items about it', () => {
    const text = 'The unit will deploy a Women Protection Adviser. The report names women. Annex: WPA here. ';
    const g = gap('p.wpa', { kind: 'annex-only', severity: 'high', level: 'required', concepts: ['str-wpa'], concept: 'str-wpa', section: 'opord-1' });
    const k = gap('p.main-body-keywords', { kind: 'missing', severity: 'high' });
    const r = report(text, [
      { word: 'Women Protection Adviser', concept: 'str-wpa', pillar: 'structures', mode: 'task', gs: true, negated: true },
      { word: 'names women', gs: true },
      { word: 'WPA', concept: 'str-wpa', pillar: 'structures', gs: true, annex: true },
    ], [{ id: 'opord-1', kind: 'opord-paragraph', number: '1', title: 'SITUATION', start: 0, end: 10 }], [g, k]);
    const rv = buildReview({ report: r, text });
    expect(rv.gaps[0]).toMatchObject({ title: 'Women Protection Advisers', kindLabel: 'Only in annexes', severityLabel: 'High', section: { id: 'opord-1', label: 'Paragraph 1: SITUATION' }, families: ['gender-perspective'] });
    // Related: the annex mention only (the negated one says it is absent).
    expect(rv.gaps[0]!.related).toEqual(['f::73']);
    // A keyword rule relates to every gender-specific item.
    expect(rv.gaps[1]).toMatchObject({ title: 'Women, gender or UNSCR 1325', families: [] });
    expect(rv.gaps[1]!.related).toEqual(['f::49', 'f::73']);
    const fr = buildReview({ report: { ...r, language: 'fr' }, text });
    expect(fr.gaps[0]).toMatchObject({ title: 'Conseillers pour la protection des femmes', kindLabel: 'Seulement en annexe', severityLabel: 'Élevée', section: { label: 'Paragraphe 1 : SITUATION' } });
  });
});

// ---------------------------------------------------------------- navigation

describe('next / previous', () => {
  const text = 'Women task here. Women advice here. Gender mention here. Civilians protected here. ';
  const gs = [gap('p.high', { severity: 'high', concepts: ['pro-women-girls'] }), gap('p.low', { severity: 'low', reason: 'Égalité des sexes absente' })];
  const r = report(text, [
    { word: 'Women task', mode: 'task', gs: true },
    { word: 'Women advice', mode: 'advice', gs: true },
    { word: 'Gender mention', concept: 'wps-gender', label: 'Gender named' },
    { word: 'Civilians protected', concept: 'poc-core', pillar: 'poc', mode: 'task' },
  ], [], gs);
  const rv: Review = buildReview({ report: r, text });
  const order = ids(rv.items);

  it('the flat list: gaps, then findings in review order, with positions', () => {
    expect(order).toEqual(['gap:p.high', 'gap:p.low', 'f::0', 'f::57', 'f::17', 'f::36']);
    expect(rv.items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(itemById(rv, 'f::17')?.type).toBe('finding');
    expect(itemById(rv, 'nope')).toBeUndefined();
  });

  const steps: [string, string | null, Parameters<typeof next>[2], string | null, string | null][] = [
    // name, current, filter, next, previous
    ['from nothing', null, {}, 'gap:p.high', 'f::36'],
    ['from an unknown id', 'gone', {}, 'gap:p.high', 'f::36'],
    ['in the middle', 'f::0', {}, 'f::57', 'gap:p.low'],
    ['at the first item', 'gap:p.high', {}, 'gap:p.low', null],
    ['at the last item', 'f::36', {}, null, 'f::17'],
    ['findings only, from a gap', 'gap:p.low', { types: ['finding'] }, 'f::0', null],
    ['gaps only, from a finding', 'f::0', { types: ['gap'] }, null, 'gap:p.low'],
    ['tasks only', 'f::0', { kinds: ['task'] }, 'f::57', 'gap:p.low'],
    ['tasks only, findings only, at the last task', 'f::57', { kinds: ['task'], types: ['finding'] }, null, 'f::0'],
    ['the current item need not match', 'f::17', { kinds: ['task'], types: ['finding'] }, null, 'f::57'],
    ['a family', null, { families: ['protection'], types: ['finding'] }, 'f::57', 'f::57'],
    ['a family keeps gaps of that family and keyword gaps', null, { families: ['gender-perspective'] }, 'gap:p.low', 'f::36'],
    ['high gaps only', 'gap:p.high', { severities: ['high'], types: ['gap'] }, null, null],
    ['gender-specific only', 'f::0', { genderSpecific: true, types: ['finding'] }, 'f::17', null],
    ['a search, accents ignored', null, { query: 'egalite' }, 'gap:p.low', 'gap:p.low'],
    ['a search on a concept label', null, { query: 'GENDER named' }, 'f::36', 'f::36'],
    ['a search on the sentence, every word', 'gap:p.high', { query: 'women here' }, 'f::0', null],
    ['a search that finds nothing', null, { query: 'submarine' }, null, null],
  ];
  it.each(steps)('%s', (_, current, flt, nxt, prev) => {
    expect(next(rv, current, flt)?.id ?? null).toBe(nxt);
    expect(previous(rv, current, flt)?.id ?? null).toBe(prev);
  });

  it('wraps round only when asked, and never from an unknown id', () => {
    expect(next(rv, 'f::36', {}, { wrap: true })?.id).toBe('gap:p.high');
    expect(previous(rv, 'gap:p.high', {}, { wrap: true })?.id).toBe('f::36');
    expect(next(rv, 'f::57', { kinds: ['task'], types: ['finding'] }, { wrap: true })?.id).toBe('f::0');
    expect(next(rv, 'f::0', { kinds: ['task'], types: ['finding'] }, { wrap: true })?.id).toBe('f::57');
    // The only match wraps onto itself.
    expect(next(rv, 'gap:p.high', { severities: ['high'], types: ['gap'] }, { wrap: true })?.id).toBe('gap:p.high');
    expect(next(rv, null, {}, { wrap: true })?.id).toBe('gap:p.high');
    expect(next(buildReview(report('x', [])), null)).toBeNull();
    expect(previous(buildReview(report('x', [])), null, {}, { wrap: true })).toBeNull();
  });

  it('walking next from nothing visits every item the filter shows, once, in order', () => {
    for (const flt of [{}, { kinds: ['task' as const] }, { types: ['gap' as const] }, { query: 'here' }]) {
      const seen: string[] = [];
      for (let it = next(rv, null, flt); it; it = next(rv, it.id, flt)) seen.push(it.id);
      expect(seen).toEqual(ids(filterItems(rv, flt)));
      const back: string[] = [];
      for (let it = previous(rv, null, flt); it; it = previous(rv, it.id, flt)) back.push(it.id);
      expect(back).toEqual([...seen].reverse());
    }
    expect(rv.items.map((i) => matchesFilter(i))).toEqual([true, true, true, true, true, true]);
  });

  it('a search reads the gap\'s rule, suggestion and basis too; a severity filter leaves findings alone', () => {
    expect(ids(filterItems(rv, { query: 'basis p.low' }))).toEqual(['gap:p.low']);
    expect(ids(filterItems(rv, { query: 'say p.high' }))).toEqual(['gap:p.high']);
    expect(ids(filterItems(rv, { query: 'P.HIGH' }))).toEqual(['gap:p.high']);
    expect(ids(filterItems(rv, { severities: ['low'] }))).toEqual(['gap:p.low', 'f::0', 'f::57', 'f::17', 'f::36']);
    expect(filterCounts(rv, { types: ['finding'] })).toMatchObject({ gaps: 0, items: 4, findings: 4 });
    expect(filterCounts(rv, { severities: ['high'] })).toMatchObject({ gaps: 1, items: 5, findings: 4 });
  });

  it('procedural mentions show only when asked for', () => {
    const t = 'Searches of women are done by women. ';
    const p = buildReview({ report: report(t, [{ word: 'Searches of women', procedural: true, gs: true }]), text: t });
    expect(next(p, null)).toBeNull();
    expect(next(p, null, { kinds: ['procedural'] })?.id).toBe('f::0');
    expect(filterCounts(p)).toMatchObject({ findings: 0, items: 0 });
    expect(filterCounts(p).byKind.procedural).toBe(1);
    expect(p.counts).toMatchObject({ items: 0, findings: 0, procedural: 1 });
    expect(p.items).toHaveLength(1);
  });

  it('a flag filter needs every flag named', () => {
    const t = 'Women and children one. Women and children two. ';
    const p = buildReview({ report: report(t, [{ word: 'Women and children one', boilerplate: true }, { word: 'Women and children two', boilerplate: true, gs: true }]), text: t });
    expect(ids(filterItems(p, { flags: ['boilerplate'] }))).toEqual(['f::24', 'f::0']);
    expect(ids(filterItems(p, { flags: ['boilerplate', 'genderSpecific'] }))).toEqual(['f::24']);
    expect(ids(filterItems(p, { flags: ['annex'] }))).toEqual([]);
  });

  it('folds case, accents and apostrophes', () => {
    expect(fold('Égalité’S')).toBe("egalite's");
    expect(fold('FEMMES')).toBe('femmes');
  });
});

// ---------------------------------------------------------------- counts agree everywhere

describe('one count, every surface', () => {
  it('filter bar counts findings with the other facets applied', () => {
    const rv = buildReview({ report: oneSection(), text: ONE_SECTION });
    expect(filterCounts(rv)).toEqual({
      findings: 5, items: 5, gaps: 0,
      byKind: { task: 2, advice: 1, context: 1, negated: 1, procedural: 1 },
      byFamily: { 'participation': 0, 'protection': 1, 'prevention': 0, 'relief-recovery': 0, 'gender-perspective': 4 },
    });
    // Choosing a family changes the kind counts, not the family counts; and the reverse.
    expect(filterCounts(rv, { families: ['protection'] })).toMatchObject({ findings: 1, items: 1, byKind: { task: 1, advice: 0, context: 0, negated: 0, procedural: 0 }, byFamily: { protection: 1, 'gender-perspective': 4 } });
    expect(filterCounts(rv, { kinds: ['task'] })).toMatchObject({ findings: 2, items: 2, byKind: { task: 2, advice: 1 }, byFamily: { protection: 1, 'gender-perspective': 1 } });
    expect(filterCounts(rv, { query: 'battalion' })).toMatchObject({ findings: 2, items: 2 });
    expect(filterCounts(rv, { types: ['gap'] })).toMatchObject({ findings: 0, items: 0 });
  });

  const samples = readdirSync(join(repoRoot, 'samples')).filter((f) => f.endsWith('.txt'));
  it.each(samples)('%s: review counts = coverage = family chart = filter bar', (name) => {
    const text = readFileSync(join(repoRoot, 'samples', name), 'utf8');
    const r = analyze(text);
    const rv = buildReview({ report: r, text });
    for (const p of PILLAR_IDS) {
      const a = rv.counts.byPillar[p];
      const b = r.coverage.byPillar[p];
      expect([a.findings, a.tasks, a.advice, a.negated, a.concepts], p).toEqual([b.findings, b.tasks, b.advice, b.negated, b.concepts.length]);
    }
    const chart = familyCoverage(r);
    const bar = filterCounts(rv);
    for (const fam of FAMILIES) {
      expect(rv.counts.byFamily[fam].findings, fam).toBe(chart[fam].findings);
      expect(rv.counts.byFamily[fam].tasks, fam).toBe(chart[fam].tasks);
      expect(bar.byFamily[fam], fam).toBe(chart[fam].findings);
      expect(rv.counts.byFamily[fam].groups.reduce((n, g) => n + g.counts.findings, 0)).toBe(chart[fam].findings);
    }
    expect(bar.findings).toBe(rv.counts.findings);
    expect(bar.byKind.task + bar.byKind.advice + bar.byKind.context + bar.byKind.negated).toBe(rv.counts.findings);
    expect(rv.counts.tasks + rv.counts.advice + rv.counts.mentions + rv.counts.negated).toBe(rv.counts.findings);
    expect(rv.counts.genderSpecific).toBe(r.coverage.genderSpecific);
    expect(rv.counts.genderSplit.mainBody + rv.counts.genderSplit.annex).toBe(rv.counts.genderSpecific);
    expect(rv.groups.reduce((n, g) => n + g.counts.findings, 0)).toBe(rv.counts.findings);
    expect(bar.items).toBe(rv.counts.items + rv.gaps.length);
    expect(rv.groups.reduce((n, g) => n + g.items.filter((i) => i.kind !== 'procedural').length, 0)).toBe(rv.counts.items);
    expect(rv.gaps.map((g) => g.gap)).toEqual(expect.arrayContaining(r.gaps));
    expect(rv.gaps).toHaveLength(r.gaps.length);
    // Every listed finding appears in exactly one item.
    const listed = rv.groups.flatMap((g) => g.items.flatMap((i) => i.findings));
    expect(listed).toHaveLength(r.findings.filter((f) => !f.reference).length);
    // The Word pane reads the same headline and split.
    expect(wordHeadline(r)).toEqual(rv.headline);
    expect(wordSplit(r)).toEqual({ main: rv.counts.genderSplit.mainBody, annex: rv.counts.genderSplit.annex });
  });

  it('names a family\'s groups so that "Protection" (the family) and "Protection (general)" (the pillar id) never share a name', () => {
    const text = readFileSync(join(repoRoot, 'samples', 'oporder-sector-west.txt'), 'utf8');
    const rv = buildReview({ report: analyze(text), text });
    const fam = rv.counts.byFamily.protection;
    expect(fam.label).toBe('Protection');
    expect(fam.groups.map((g) => [g.pillar, g.label])).toEqual([
      ['protection', 'Protection (general)'], ['crsv', 'Conflict-related sexual violence'], ['gbv', 'Gender-based violence'],
      ['poc', 'Protection of civilians'], ['child-protection', 'Child protection'], ['human-rights', 'Human rights'],
    ]);
    expect(fam.findings).toBeGreaterThan(rv.counts.byPillar.protection.findings);
  });
});

// ---------------------------------------------------------------- end to end, our own documents

describe('end to end', () => {
  const ORDER_EN = [
    'OPERATION ORDER 9/26 (QUIET FORD)', '', '1. SITUATION', 'Armed groups raid the villages along the river at night.', '',
    '2. MISSION', 'The battalion secures the fords from 2 June to protect civilians.', '', '3. EXECUTION',
    'Companies patrol the fords every day.', '', '4. SUSTAINMENT', 'Water is delivered weekly.', '', '5. COMMAND AND SIGNAL',
    'The command post stays at Doru.', '', 'ANNEX K – GENDER', '1. Patrols will meet women in each village and ask about their safety.',
    '2. Units will report sexual violence to the Women Protection Adviser.', '',
  ].join('\n');

  it('an English order: the keyword gap first, its headline as the report\'s, annex findings last', () => {
    const r = analyze(ORDER_EN);
    expect(r.profile.id).toBe('oporder');
    const rv = buildReview({ report: r, text: ORDER_EN });
    expect(rv.gaps[0]!.gap.rule).toBe('oporder.main-body-keywords');
    expect(rv.headline?.text).toMatch(/^Women, gender or UNSCR 1325 named 0 times in the main body, [1-9]\d* times? in annexes \(Annex K\)\.$/);
    expect(rv.headline?.text).toBe(rv.gaps[0]!.headline);
    expect(rv.groups.at(-1)).toMatchObject({ annex: true, label: 'Annex K: GENDER' });
    expect(rv.groups.at(-1)!.items[0]).toMatchObject({ kind: 'task', genderSpecific: true });
    expect(rv.gaps.every((g) => g.gap.language === undefined)).toBe(true);
  });

  it('a French order: French labels, headlines and gap texts', () => {
    const ORDER_FR = [
      "ORDRE D'OPÉRATION N° 9/26 (GUÉ TRANQUILLE)", '', '1. SITUATION', 'Des groupes armés attaquent la nuit les villages du fleuve.', '',
      '2. MISSION', 'Le bataillon tient les gués à compter du 2 juin afin de protéger les civils.', '', '3. EXÉCUTION',
      'Les compagnies patrouillent chaque jour aux gués.', '', '4. SOUTIEN', "L'eau est livrée chaque semaine.", '', '5. COMMANDEMENT ET TRANSMISSIONS',
      'Le poste de commandement reste à Doru.', '', 'ANNEXE K – GENRE', '1. Les patrouilles rencontreront les femmes de chaque village.',
      '2. Les unités signaleront les violences sexuelles à la conseillère pour la protection des femmes.', '',
    ].join('\n');
    const r = analyze(ORDER_FR);
    expect([r.profile.id, r.language]).toEqual(['oporder', 'fr']);
    const rv = buildReview({ report: r, text: ORDER_FR });
    expect(rv.profile.label).toBe("Ordre d'opération");
    expect(rv.headline?.text).toMatch(/^Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte, [2-9] mentions en annexe \(Annexe K\)\.$/);
    expect(rv.groups.at(-1)!.label).toBe('Annexe K : GENRE');
    expect(rv.gaps[0]).toMatchObject({ severityLabel: 'Élevée', kindLabel: 'Seulement en annexe' });
    expect(rv.gaps[0]!.gap.suggestion).toMatch(/^3\.d\.\(x\) Femmes, paix et sécurité\. Toutes les unités appliqueront/);
    expect(rv.score.label).toBe('Note');
    expect(rv.gaps[0]).toMatchObject({ reason: rv.gaps[0]!.gap.reason, suggestion: rv.gaps[0]!.gap.suggestion });
    expect(rv.gaps[0]!.suggestionTranslation).toBeUndefined();

    // An English interface on the French order: English labels and reasons, the wording to insert stays French.
    const lex = loadLexicon();
    const en = buildReview({ report: r, text: ORDER_FR }, { language: 'en', lexicon: lex });
    const g = en.gaps[0]!;
    expect(g.title).toBe('Women, gender or UNSCR 1325');
    expect(g.reason).toMatch(/^Found only in an annex, not in the main body\. An order whose main body never names women/);
    expect(g.basis).toMatch(/^FOI review of UNSCR 1325 in MINUSMA/);
    expect(g.suggestion).toMatch(/^3\.d\.\(x\) Femmes, paix et sécurité\./);
    expect(g.suggestionTranslation).toMatch(/^3\.d\.\(x\) Women, peace and security\./);
    expect(ids(filterItems(en, { query: 'peace and security', types: ['gap'] }))).toContain(g.id);
    // Without the lexicon the review cannot find the rule: the gap's own texts.
    expect(buildReview({ report: r, text: ORDER_FR }, { language: 'en' }).gaps[0]).toMatchObject({ reason: r.gaps.find((x) => x.rule === g.gap.rule)!.reason });
  });
});

describe('summary lines', () => {
  it('the counts in one line, English and French, singular and plural', () => {
    const rv = buildReview({ report: oneSection(), text: ONE_SECTION });
    expect(countsLine(rv)).toBe('5 findings in 5 sentences: 2 tasks, 1 advice, 1 mention, 1 stated as absent');
    expect(countsLine({ ...rv, language: 'fr' })).toBe('5 constats dans 5 phrases : 2 tâches, 1 conseil, 1 mention, 1 dit absent');
    const empty = buildReview(report('x', []));
    expect(countsLine(empty)).toBe('0 findings in 0 sentences: 0 tasks, 0 advice, 0 mentions, 0 stated as absent');
    expect(countsLine({ ...empty, language: 'fr' })).toBe('0 constat dans 0 phrase : 0 tâche, 0 conseil, 0 mention, 0 dit absent');
  });

  it('the gender split names the few main-body concepts, and is absent without annexes', () => {
    const text = 'The unit applies zero tolerance of sexual exploitation. Annex: women one. Annex: women two. ';
    const structure: Section[] = [{ id: 'annex-k', kind: 'annex', number: 'Annex K', start: text.indexOf('Annex'), end: text.length }];
    const r = report(text, [
      { word: 'zero tolerance', concept: 'sea-zero-tolerance', pillar: 'sea', gs: true, mode: 'task' },
      { word: 'women one', gs: true, annex: true, section: 'annex-k' },
      { word: 'women two', gs: true, annex: true, section: 'annex-k' },
    ], structure);
    expect(genderSplitLine(buildReview({ report: r, text }))).toBe('Gender-specific findings: 1 in the main body (Zero-tolerance policy), 2 in annexes.');
    expect(genderSplitLine(buildReview({ report: { ...r, language: 'fr' }, text }))).toBe('Constats propres au genre : 1 dans le corps du texte (Politique de tolérance zéro), 2 en annexe.');
    const none = report(text, [{ word: 'women one', gs: true, annex: true, section: 'annex-k' }], structure);
    expect(genderSplitLine(buildReview({ report: none, text }))).toBe('Gender-specific findings: 0 in the main body, 1 in annexes.');
    expect(genderSplitLine(buildReview({ report: report(text, [{ word: 'women one', gs: true }]), text }))).toBeNull();
    // An annex that says nothing still makes the split worth a line.
    const quiet = report(text, [{ word: 'zero tolerance', concept: 'sea-zero-tolerance', pillar: 'sea', gs: true }], structure);
    const qr = buildReview({ report: quiet, text });
    expect(qr.annexes).toEqual([{ id: 'annex-k', label: 'Annex K' }]);
    expect(genderSplitLine(qr)).toBe('Gender-specific findings: 1 in the main body (Zero-tolerance policy), 0 in annexes.');
    // More than three concepts in the main body: counted, not named.
    const four = 'Alpha women. Beta women. Gamma women. Delta women. Annex: women one. ';
    const many = report(four, [
      ...['Alpha', 'Beta', 'Gamma', 'Delta'].map((w, i) => ({ word: w, concept: ['pro-women-girls', 'str-wpa', 'crsv-core', 'gbv-core'][i]!, gs: true })),
      { word: 'women one', gs: true, annex: true, section: 'annex-k' },
    ], [{ id: 'annex-k', kind: 'annex', number: 'Annex K', start: four.indexOf('Annex'), end: four.length }]);
    expect(genderSplitLine(buildReview({ report: many, text: four }))).toBe('Gender-specific findings: 4 in the main body, 1 in annexes.');
    const three = report(four, many.findings.slice(1).map((f) => ({ word: f.text, concept: f.concept, gs: true, ...(f.annex ? { annex: true, section: 'annex-k' } : {}) })), many.structure);
    expect(genderSplitLine(buildReview({ report: three, text: four }))).toBe('Gender-specific findings: 3 in the main body (Women Protection Advisers, Conflict-related sexual violence, Sexual and gender-based violence), 1 in annexes.');
  });
});

describe('a user lexicon', () => {
  it('names its own concepts and profile', async () => {
    const lex = await loadLexiconAsync([{ name: 'pack.json', data: {
      concepts: [{ id: 'nap-budget', label: 'Budget line for the plan', pillar: 'leadership', genderSpecific: true, terms: { en: ['budget line'] } }],
      profiles: [{ id: 'nap', label: 'National action plan', rules: [{ id: 'nap.budget', level: 'required', concepts: ['nap-budget'], reason: 'R.', basis: 'B.', suggestion: 'S.' }] }],
    } }]);
    const text = 'The plan has no budget line yet. Women lead the plan.';
    const r = analyze(text, { lexicon: lex, profile: 'nap' });
    const plain = { ...r, findings: r.findings.map(({ label: _, ...f }) => f), gaps: [{ rule: 'nap.budget', concept: 'nap-budget', concepts: ['nap-budget'], severity: 'high' as const, kind: 'missing' as const, reason: 'R.', basis: 'B.', suggestion: 'S.' }] };
    const rv = buildReview({ report: plain, text }, { lexicon: lex });
    expect(rv.profile.label).toBe('National action plan');
    expect(rv.gaps[0]!.title).toBe('Budget line for the plan');
    expect(rv.gaps[0]!.families).toEqual(['participation']);
    const item = rv.items.find((i) => i.type === 'finding' && i.concepts.some((c) => c.id === 'nap-budget'));
    expect(item?.type === 'finding' && item.concepts.find((c) => c.id === 'nap-budget')!.label).toBe('Budget line for the plan');
    // Without the lexicon: the report's own profile name (report.profile.label), else the id made readable.
    expect(buildReview({ report: plain, text }).gaps[0]!.title).toBe('Nap budget');
    expect(buildReview({ report: plain, text }).profile.label).toBe('National action plan');
    const { label: _l, ...unnamed } = plain.profile;
    expect(buildReview({ report: { ...plain, profile: unnamed }, text }).profile.label).toBe('Nap');
  });
});
