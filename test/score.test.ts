// The score agrees with the gaps (core/report/coverage.ts reads the outcomes of core/report/gaps.ts evaluateRules):
// every gap kind, its credit and severity, rule weights, rounding, the null score of types without
// rules, the one-line basis in English and French, and reference findings left out. Our own sentences.
import { describe, expect, it } from 'vitest';
import {
  coverage, coverageSummary, familiesCovered, HALF_CREDIT_KINDS, pillarCoverage, ruleBasis, ruleCredit, ruleWeight,
  scoreOf, tallyRules, withScore,
} from '../core/report/coverage.ts';
import {
  evaluateRule, evaluateRules, findGaps, gapsOf, groupByConcept, inReferenceSection, keywordRe, outcomesFromGaps,
  type GapContext, type RuleOutcome,
} from '../core/report/gaps.ts';
import { analyze } from '../core/analyze.ts';
import { loadLexicon } from '../core/lexicon/compile.ts';
import { scoreLine } from '../core/report/format.ts';
import type { Finding, Gap, GapKind, PillarId, Profile, ProfileRule, Section } from '../core/schema.ts';
import { SectionIndex } from '../core/text/sections.ts';

// ---------------------------------------------------------------- fixtures

/** A text with a main body, an OpOrder paragraph 3 (with a sub-paragraph), an annex (with a child), preamble, operative and a reference list. */
const TEXT = [
  'Main body: the gender adviser briefs the staff.'.padEnd(100, ' '),
  '3. EXECUTION the gender adviser joins every patrol.'.padEnd(100, ' '),
  'Annex A the gender adviser trains the companies.'.padEnd(100, ' '),
  'Preambular: recalling the gender adviser post.'.padEnd(100, ' '),
  'Operative: requests a gender adviser in each team.'.padEnd(100, ' '),
  'References: Gender adviser handbook, 2020.'.padEnd(100, ' '),
  'Preamble: the gender adviser, recalled.'.padEnd(100, ' '),
].join('');

const SECTIONS: Section[] = [
  { id: 'body', kind: 'body', start: 0, end: 100 },
  { id: 'opord-3', kind: 'opord-paragraph', number: '3', start: 100, end: 200 },
  { id: 'opord-3-a', kind: 'opord-paragraph', number: '3(a)', start: 150, end: 200, parent: 'opord-3' },
  { id: 'annex-a', kind: 'annex', number: 'Annex A', start: 200, end: 300 },
  { id: 'annex-a-1', kind: 'heading', start: 250, end: 300, parent: 'annex-a' },
  { id: 'pp-1', kind: 'preambular', start: 300, end: 400 },
  { id: 'op-1', kind: 'operative', start: 400, end: 500 },
  // Kind added by the structure helper (2026-12): a reference list.
  { id: 'refs', kind: 'references' as Section['kind'], start: 500, end: 600 },
  { id: 'refs-1', kind: 'heading', start: 550, end: 600, parent: 'refs' },
  { id: 'pre', kind: 'preamble', start: 600, end: 700 },
];
const INDEX = new SectionIndex(SECTIONS);
const ANNEXED = new Set(['annex-a', 'annex-a-1']);

type Where = 'body' | 'opord-3' | 'opord-3-a' | 'annex-a' | 'annex-a-1' | 'pp-1' | 'op-1' | 'refs' | 'pre';

function finding(where: Where, extra: Partial<Finding> = {}): Finding {
  const s = SECTIONS.find((x) => x.id === where)!;
  return {
    concept: 'gender-adviser', pillar: 'structures', genderSpecific: true, start: s.start + 2, end: s.start + 8, text: 'xxxxxx',
    sentence: { start: s.start, end: s.start + 50 }, section: where,
    strength: { verbClass: 'directive', level: 4, mode: 'task' },
    negated: false, scopeLimited: false, boilerplate: false, procedural: false, unverified: false,
    annex: ANNEXED.has(where), ...extra,
  };
}

function rule(extra: Partial<ProfileRule> = {}): ProfileRule {
  return {
    id: 'order.gender-adviser', level: 'required', concepts: ['gender-adviser'], where: 'any',
    reason: 'Orders name the gender adviser.', basis: 'Policy 1', suggestion: 'Name the gender adviser.', ...extra,
  };
}

function ctx(findings: Finding[], resolution = false, text = TEXT): GapContext {
  return { text, findings, index: INDEX, resolution };
}

function evaluate(r: ProfileRule, findings: Finding[], resolution = false, text = TEXT): Gap | null {
  return evaluateRule(r, ctx(findings, resolution, text), groupByConcept(findings));
}

const advice = { verbClass: 'directive' as const, level: 3 as const, mode: 'advice' as const };
const context = { verbClass: null, level: 0 as const, mode: 'context' as const };

// ---------------------------------------------------------------- gaps: one rule

describe('evaluateRule: met or the kind of gap', () => {
  it('a non-negated finding in scope meets the rule', () => {
    expect(evaluate(rule(), [finding('body')])).toBeNull();
    expect(evaluate(rule({ where: 'main-body' }), [finding('opord-3')])).toBeNull();
    expect(evaluate(rule({ where: 'annex' }), [finding('annex-a-1')])).toBeNull();
    expect(evaluate(rule({ where: 'operative' }), [finding('op-1')])).toBeNull();
    expect(evaluate(rule({ where: 'opord-3' }), [finding('opord-3-a')])).toBeNull(); // a sub-paragraph of 3
    expect(evaluate(rule({ where: 'any' }), [finding('annex-a')])).toBeNull(); // "any" includes annexes
  });

  it('any one of the rule\'s concepts meets it', () => {
    const r = rule({ concepts: ['gender-focal-point', 'gender-adviser'] });
    expect(evaluate(r, [finding('body')])).toBeNull();
    expect(evaluate(r, [finding('body', { concept: 'other' })])?.kind).toBe('missing');
  });

  const table: [string, ProfileRule, Finding[], boolean, GapKind | null][] = [
    ['nothing at all', rule(), [], false, 'missing'],
    ['only another concept', rule(), [finding('body', { concept: 'crsv' })], false, 'missing'],
    ['only advice, a task expected', rule({ expectTask: true }), [finding('body', { strength: advice })], false, 'advice-only'],
    ['only context, a task expected', rule({ expectTask: true }), [finding('body', { strength: context })], false, 'advice-only'],
    ['advice, no task expected', rule(), [finding('body', { strength: advice })], false, null],
    ['advice and a task, a task expected', rule({ expectTask: true }), [finding('body', { strength: advice }), finding('opord-3')], false, null],
    ['only in the preamble of a resolution', rule(), [finding('pp-1')], true, 'preamble-only'],
    ['only in the "preamble" section of a resolution', rule(), [finding('pre')], true, 'preamble-only'],
    ['in a section the index does not know', rule(), [{ ...finding('pp-1'), section: 'gone' }], true, null],
    ['preambular, but not a resolution', rule(), [finding('pp-1')], false, null],
    ['preamble and an operative paragraph', rule(), [finding('pp-1'), finding('op-1')], true, null],
    ['only a stock phrase', rule(), [finding('body', { boilerplate: true })], false, 'boilerplate-only'],
    ['a stock phrase and a real mention', rule(), [finding('body', { boilerplate: true }), finding('opord-3')], false, null],
    ['only stated as absent', rule(), [finding('body', { negated: true })], false, 'negated-only'],
    ['absent here, stated there', rule(), [finding('body', { negated: true }), finding('opord-3')], false, null],
    ['only procedural', rule(), [finding('body', { procedural: true })], false, 'missing'],
    ['only in a reference list', rule(), [finding('refs', { reference: true })], false, 'missing'],
    ['reference-flagged in the body', rule(), [finding('body', { reference: true })], false, 'missing'],
    ['only in an annex, main body asked', rule({ where: 'main-body' }), [finding('annex-a')], false, 'annex-only'],
    ['only in an annex child, main body asked', rule({ where: 'main-body' }), [finding('annex-a-1')], false, 'annex-only'],
    ['only in an annex, paragraph 3 asked', rule({ where: 'opord-3' }), [finding('annex-a')], false, 'annex-only'],
    ['only in an annex, operative asked', rule({ where: 'operative' }), [finding('annex-a')], false, 'annex-only'],
    ['negated in an annex, main body asked', rule({ where: 'main-body' }), [finding('annex-a', { negated: true })], false, 'missing'],
    ['procedural in an annex, main body asked', rule({ where: 'main-body' }), [finding('annex-a', { procedural: true })], false, 'missing'],
    ['reference in an annex, main body asked', rule({ where: 'main-body' }), [finding('annex-a', { reference: true })], false, 'missing'],
    ['annex asked, only the main body', rule({ where: 'annex' }), [finding('body')], false, 'missing'],
    ['paragraph 3 asked, only the body', rule({ where: 'opord-3' }), [finding('body')], false, 'missing'],
    ['operative asked, only preambular', rule({ where: 'operative' }), [finding('pp-1')], true, 'missing'],
    // When several weak forms occur, the strongest one names the gap.
    ['advice and a stock phrase', rule({ expectTask: true }), [finding('body', { strength: advice }), finding('opord-3', { boilerplate: true })], false, 'advice-only'],
    ['preamble and a stock phrase', rule(), [finding('pp-1'), finding('op-1', { boilerplate: true })], true, 'preamble-only'],
    ['a stock phrase and a negation', rule(), [finding('body', { boilerplate: true }), finding('opord-3', { negated: true })], false, 'boilerplate-only'],
    ['negated in scope, real in an annex', rule({ where: 'main-body' }), [finding('body', { negated: true }), finding('annex-a')], false, 'negated-only'],
  ];
  it.each(table)('%s', (_name, r, findings, resolution, kind) => {
    const g = evaluate(r, findings, resolution);
    expect(g?.kind ?? null).toBe(kind);
  });
});

describe('evaluateRule: keywords (the FOI probe)', () => {
  const kw = rule({ id: 'order.main-body-keywords', concepts: undefined, keywords: ['gender adviser'], where: 'main-body' });
  it('a keyword in the main body meets the rule, as a whole word in any case', () => {
    expect(evaluate(kw, [])).toBeNull();
    const upper = 'THE GENDER ADVISER ATTENDS.'.padEnd(100, ' ');
    expect(evaluate(kw, [], false, upper)).toBeNull();
    expect(evaluate(kw, [], false, 'the gender advisers attend'.padEnd(100, ' '))?.kind).toBe('missing'); // not a whole word
  });
  it('a keyword only in annexes is annex-only; only in a reference list is not a mention at all', () => {
    const annexOnly = ' '.repeat(200) + 'Annex A: gender adviser.'.padEnd(100, ' ');
    const g = evaluate(kw, [], false, annexOnly);
    expect(g?.kind).toBe('annex-only');
    expect(g?.evidence).toEqual({ mainBody: 0, annex: 1, negated: 0, annexSections: ['annex-a'] });
    const refsOnly = ' '.repeat(500) + 'Gender adviser handbook.'.padEnd(100, ' ');
    expect(evaluate(kw, [], false, refsOnly)?.kind).toBe('missing');
    const refChild = ' '.repeat(560) + 'gender adviser';
    expect(evaluate(kw, [], false, refChild)?.evidence).toMatchObject({ mainBody: 0, annex: 0 });
  });
  it('in a resolution, a keyword only in preambular paragraphs is preamble-only; in an operative one it meets the rule', () => {
    const anyKw = rule({ concepts: undefined, keywords: ['gender adviser'] });
    const pp = ' '.repeat(300) + 'recalling the gender adviser'.padEnd(100, ' ');
    expect(evaluate(anyKw, [], true, pp)?.kind).toBe('preamble-only');
    expect(evaluate(anyKw, [], false, pp)).toBeNull();
    const op = ' '.repeat(400) + 'requests a gender adviser'.padEnd(100, ' ');
    expect(evaluate(anyKw, [], true, op)).toBeNull();
    // A keyword is a mention, never a task: a rule that wants a task is not met by a keyword alone.
    expect(evaluate(rule({ concepts: undefined, keywords: ['gender adviser'], expectTask: true }), [], false, op)?.kind).toBe('advice-only');
  });
  it('an empty keyword list matches nothing', () => {
    const re = keywordRe([]);
    re.lastIndex = 0;
    expect(re.test('anything at all')).toBe(false);
  });
  it('a keyword past every section is a main-body mention; a finding in an unknown section is outside "operative"', () => {
    expect(evaluate(kw, [], false, ' '.repeat(720) + 'gender adviser')).toBeNull();
    expect(evaluate(rule({ where: 'operative' }), [{ ...finding('op-1'), section: 'gone' }])?.kind).toBe('missing');
  });
  it('the cache tells word lists apart, however their words are split', () => {
    expect(keywordRe(['gen', 'der']).test('der')).toBe(true);
    const other = keywordRe(['g', 'ender']);
    other.lastIndex = 0;
    expect(other.test('ender')).toBe(true);
  });
  it('keywords and concepts together: either meets the rule', () => {
    const both = rule({ keywords: ['nothing-like-this'], where: 'main-body' });
    expect(evaluate(both, [finding('body')])).toBeNull();
    expect(evaluate(rule({ concepts: ['absent'], keywords: ['gender adviser'] }), [])).toBeNull();
  });
  it('keyword regexes are built once per word list', () => {
    expect(keywordRe(['gender adviser', 'focal point'])).toBe(keywordRe(['gender adviser', 'focal point']));
    expect(keywordRe(['gender adviser'])).not.toBe(keywordRe(['focal point']));
    const re = keywordRe(['focal point']);
    re.lastIndex = 0;
    expect(re.test('The Focal Point reports.')).toBe(true);
  });
});

describe('evaluateRule: the gap it gives', () => {
  it('names the rule, its concepts, level, basis and suggestion; an OpOrder rule names its paragraph', () => {
    const g = evaluate(rule({ where: 'opord-3', concepts: ['gender-adviser', 'gender-focal-point'], level: 'recommended' }), [])!;
    expect(g).toMatchObject({
      rule: 'order.gender-adviser', concept: 'gender-adviser', concepts: ['gender-adviser', 'gender-focal-point'], section: 'opord-3',
      level: 'recommended', severity: 'medium', kind: 'missing', reason: 'Orders name the gender adviser.', basis: 'Policy 1', suggestion: 'Name the gender adviser.',
    });
    expect(evaluate(rule({ where: 'main-body' }), [])!.section).toBeUndefined();
    expect(evaluate(rule({ where: 'any' }), [])!.section).toBeUndefined();
  });

  const reasons: [GapKind, ProfileRule, Finding[], boolean, string][] = [
    ['missing', rule(), [], false, 'Orders name the gender adviser.'],
    ['annex-only', rule({ where: 'main-body' }), [finding('annex-a')], false, 'Found only in an annex, not in the main body. Orders name the gender adviser.'],
    ['negated-only', rule(), [finding('body', { negated: true })], false, 'Mentioned only as absent or not done. Orders name the gender adviser.'],
    ['advice-only', rule({ expectTask: true }), [finding('body', { strength: advice })], false, 'Said only as advice (should / may / encourages), never as a task. Orders name the gender adviser.'],
    ['boilerplate-only', rule(), [finding('body', { boilerplate: true })], false, 'Appears only as a stock phrase with no actor, task or means. Orders name the gender adviser.'],
    ['preamble-only', rule(), [finding('pp-1')], true, 'Appears only in preambular paragraphs, which task no one. Orders name the gender adviser.'],
  ];
  it.each(reasons)('%s says why', (kind, r, findings, resolution, reason) => {
    const g = evaluate(r, findings, resolution)!;
    expect(g.kind).toBe(kind);
    expect(g.reason).toBe(reason);
  });

  const severities: [string, ProfileRule, Finding[], boolean, Gap['severity']][] = [
    ['required, missing', rule(), [], false, 'high'],
    ['recommended, missing', rule({ level: 'recommended' }), [], false, 'medium'],
    ['explicit severity wins', rule({ severity: 'low' }), [], false, 'low'],
    ['required, annex-only stays high', rule({ where: 'main-body' }), [finding('annex-a')], false, 'high'],
    ['required, negated-only stays high', rule(), [finding('body', { negated: true })], false, 'high'],
    ['required, advice-only is medium', rule({ expectTask: true }), [finding('body', { strength: advice })], false, 'medium'],
    ['high severity, advice-only is medium', rule({ expectTask: true, level: 'recommended', severity: 'high' }), [finding('body', { strength: advice })], false, 'medium'],
    ['recommended, advice-only stays medium', rule({ expectTask: true, level: 'recommended' }), [finding('body', { strength: advice })], false, 'medium'],
    ['low severity, advice-only stays low', rule({ expectTask: true, severity: 'low' }), [finding('body', { strength: advice })], false, 'low'],
    ['required, preamble-only is medium', rule(), [finding('pp-1')], true, 'medium'],
    ['required, boilerplate-only is low', rule(), [finding('body', { boilerplate: true })], false, 'low'],
    ['recommended, boilerplate-only is low', rule({ level: 'recommended' }), [finding('body', { boilerplate: true })], false, 'low'],
  ];
  it.each(severities)('%s', (_n, r, findings, resolution, severity) => {
    expect(evaluate(r, findings, resolution)!.severity).toBe(severity);
  });

  it('counts the evidence: main body, annexes (outermost annex ids, first seen first), negated; procedural and reference left out', () => {
    // Annex B sits inside a body section (a document part): the annex, not its parent, is named.
    const part: Section = { id: 'part-2', kind: 'body', start: 700, end: 900 };
    const annexB: Section = { id: 'annex-b', kind: 'annex', number: 'Annex B', start: 700, end: 800, parent: 'part-2' };
    const index = new SectionIndex([...SECTIONS, part, annexB]);
    const fs = [
      finding('body'), finding('body', { negated: true }), finding('opord-3', { negated: true }),
      { ...finding('annex-a'), section: 'annex-b', annex: true }, finding('annex-a-1'), finding('annex-a'),
      finding('annex-a', { negated: true }), finding('body', { procedural: true }), finding('refs', { reference: true }),
    ];
    const g = evaluateRule(rule({ where: 'opord-3', expectTask: true }), { text: TEXT, findings: fs, index, resolution: false }, groupByConcept(fs))!;
    expect(g.kind).toBe('negated-only');
    expect(g.evidence).toEqual({ mainBody: 1, annex: 3, negated: 3, annexSections: ['annex-b', 'annex-a'] });
  });
  it('names no annex for negated mentions in it, nor for an annex flag outside any annex section', () => {
    const negated = evaluate(rule({ where: 'main-body' }), [finding('annex-a', { negated: true })])!;
    expect(negated.evidence).toEqual({ mainBody: 0, annex: 0, negated: 1, annexSections: [] });
    const flagged = evaluate(rule({ where: 'main-body' }), [finding('body', { annex: true })])!;
    expect(flagged.kind).toBe('annex-only');
    expect(flagged.evidence).toEqual({ mainBody: 0, annex: 1, negated: 0, annexSections: [] });
  });
});

// ---------------------------------------------------------------- gaps: the profile

const PROFILE: Profile = {
  id: 'order', label: 'Order', cues: [],
  rules: [
    rule({ id: 'order.a', level: 'recommended', concepts: ['a'] }),
    rule({ id: 'order.b', level: 'required', concepts: ['b'] }),
    rule({ id: 'order.c', level: 'required', concepts: ['c'], expectTask: true }),
    rule({ id: 'order.d', level: 'recommended', concepts: ['d'] }),
  ],
};

describe('evaluateRules, gapsOf, findGaps, outcomesFromGaps', () => {
  const fs = [finding('body', { concept: 'c', strength: advice }), finding('body', { concept: 'd' })];
  it('one outcome per rule, in rule order; gaps most severe first, rule order within a severity', () => {
    const outcomes = evaluateRules(PROFILE, ctx(fs));
    expect(outcomes.map((o) => [o.rule.id, o.gap?.kind ?? null])).toEqual([['order.a', 'missing'], ['order.b', 'missing'], ['order.c', 'advice-only'], ['order.d', null]]);
    expect(gapsOf(outcomes).map((g) => `${g.rule}:${g.severity}`)).toEqual(['order.b:high', 'order.a:medium', 'order.c:medium']);
    expect(findGaps(PROFILE, ctx(fs))).toEqual(gapsOf(outcomes));
  });
  it('no profile: no outcomes, no gaps', () => {
    expect(evaluateRules(undefined, ctx(fs))).toEqual([]);
    expect(findGaps(undefined, ctx(fs))).toEqual([]);
    expect(outcomesFromGaps(undefined, [])).toEqual([]);
  });
  it('outcomesFromGaps gives back the outcomes the gaps stand for', () => {
    const outcomes = evaluateRules(PROFILE, ctx(fs));
    expect(outcomesFromGaps(PROFILE, gapsOf(outcomes))).toEqual(outcomes);
    expect(outcomesFromGaps(PROFILE, []).every((o) => o.gap === null)).toBe(true);
  });
  it('groupByConcept keeps every finding, in order', () => {
    const m = groupByConcept([finding('body', { concept: 'x' }), finding('opord-3', { concept: 'y' }), finding('annex-a', { concept: 'x' })]);
    expect([...m.keys()]).toEqual(['x', 'y']);
    expect(m.get('x')!.map((f) => f.section)).toEqual(['body', 'annex-a']);
  });
  it('inReferenceSection looks up the parents', () => {
    expect(inReferenceSection(INDEX.get('refs'), INDEX)).toBe(true);
    expect(inReferenceSection(INDEX.get('refs-1'), INDEX)).toBe(true);
    expect(inReferenceSection(INDEX.get('annex-a-1'), INDEX)).toBe(false);
    expect(inReferenceSection(undefined, INDEX)).toBe(false);
    for (const kind of ['contents', 'notes', 'references']) {
      const s = { id: 'x', kind: kind as Section['kind'], start: 0, end: 1 };
      expect(inReferenceSection(s, new SectionIndex([s]))).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- the score

const outcome = (level: ProfileRule['level'], kind: GapKind | null): RuleOutcome => ({
  rule: rule({ level }), gap: kind === null ? null : ({ kind } as Gap),
});

describe('score: credit, weights, rounding, null', () => {
  it('a rule earns 1 when met, ½ when said only in an annex, as advice, as a stock phrase or in the preamble, 0 when missing or only negated', () => {
    expect(ruleCredit(null)).toBe(1);
    for (const k of ['annex-only', 'advice-only', 'boilerplate-only', 'preamble-only'] as const) expect(ruleCredit({ kind: k }), k).toBe(0.5);
    for (const k of ['missing', 'negated-only'] as const) expect(ruleCredit({ kind: k }), k).toBe(0);
    expect([...HALF_CREDIT_KINDS].sort()).toEqual(['advice-only', 'annex-only', 'boilerplate-only', 'preamble-only']);
  });
  it('required rules weigh 2, recommended 1', () => {
    expect(ruleWeight({ level: 'required' })).toBe(2);
    expect(ruleWeight({ level: 'recommended' })).toBe(1);
  });

  const cases: [string, RuleOutcome[], number | null][] = [
    ['no rules: no score', [], null],
    ['one required, met', [outcome('required', null)], 100],
    ['one required, missing', [outcome('required', 'missing')], 0],
    ['one required, negated only', [outcome('required', 'negated-only')], 0],
    ['one required, annex only', [outcome('required', 'annex-only')], 50],
    ['one recommended, advice only', [outcome('recommended', 'advice-only')], 50],
    ['one recommended, boilerplate only', [outcome('recommended', 'boilerplate-only')], 50],
    ['one recommended, preamble only', [outcome('recommended', 'preamble-only')], 50],
    ['required met, recommended missing: 2 of 3', [outcome('required', null), outcome('recommended', 'missing')], 67],
    ['recommended met, required missing: 1 of 3', [outcome('recommended', null), outcome('required', 'missing')], 33],
    ['required half, recommended met: 2 of 3', [outcome('required', 'annex-only'), outcome('recommended', null)], 67],
    ['required half of four required: 12.5 rounds up', [outcome('required', 'advice-only'), ...Array(3).fill(outcome('required', 'missing'))], 13],
    ['recommended half of four required and one recommended: 5.6', [outcome('recommended', 'annex-only'), ...Array(4).fill(outcome('required', 'missing'))], 6],
    ['recommended met beside four required missing: 11.1', [outcome('recommended', null), ...Array(4).fill(outcome('required', 'missing'))], 11],
  ];
  it.each(cases)('%s', (_n, outcomes, expected) => {
    expect(scoreOf(tallyRules(outcomes))).toBe(expected);
  });

  it('tallies the outcomes: rules, met, per kind, weighted credit of the total', () => {
    const t = tallyRules([outcome('required', null), outcome('recommended', 'annex-only'), outcome('required', 'annex-only'), outcome('recommended', 'missing'), outcome('required', 'negated-only')]);
    expect(t).toEqual({
      rules: 5, met: 1, earned: 2 + 0.5 + 1, weight: 8,
      kinds: { 'missing': 1, 'annex-only': 2, 'negated-only': 1, 'advice-only': 0, 'boilerplate-only': 0, 'preamble-only': 0 },
    });
    expect(scoreOf(t)).toBe(44); // 3.5 / 8
  });
});

describe('the basis line', () => {
  const kinds = (k: Partial<Record<GapKind, number>>) => ({ 'missing': 0, 'annex-only': 0, 'negated-only': 0, 'advice-only': 0, 'boilerplate-only': 0, 'preamble-only': 0, ...k });
  it('English: met of all rules, then each kind with a count, in a fixed order', () => {
    expect(ruleBasis({ rules: 24, met: 7, kinds: kinds({ 'missing': 5, 'annex-only': 10, 'advice-only': 2 }) }))
      .toBe('7 of 24 rules met, 10 only in annexes, 2 only as advice, 5 missing (“only” counts half; required rules count double)');
    expect(ruleBasis({ rules: 6, met: 0, kinds: kinds({ 'missing': 1, 'annex-only': 1, 'advice-only': 1, 'preamble-only': 1, 'boilerplate-only': 1, 'negated-only': 1 }) }, 'en'))
      .toBe('0 of 6 rules met, 1 only in annexes, 1 only as advice, 1 only in the preamble, 1 only as a stock phrase, 1 only stated as absent, 1 missing (“only” counts half; required rules count double)');
    expect(ruleBasis({ rules: 1, met: 1, kinds: kinds({}) })).toBe('1 of 1 rule met (“only” counts half; required rules count double)');
  });
  it('every kind, once and several times, in both languages', () => {
    const all = (n: number) => kinds({ 'missing': n, 'annex-only': n, 'advice-only': n, 'preamble-only': n, 'boilerplate-only': n, 'negated-only': n });
    expect(ruleBasis({ rules: 7, met: 1, kinds: all(1) }, 'fr'))
      .toBe('1 règle sur 7 respectée, 1 seulement en annexe, 1 seulement comme conseil, 1 seulement dans le préambule, 1 seulement en formule toute faite, 1 seulement dite absente, 1 absente (« seulement » : moitié des points ; règle requise : double poids)');
    expect(ruleBasis({ rules: 14, met: 2, kinds: all(2) }, 'fr'))
      .toBe('2 règles sur 14 respectées, 2 seulement en annexe, 2 seulement comme conseil, 2 seulement dans le préambule, 2 seulement en formule toute faite, 2 seulement dites absentes, 2 absentes (« seulement » : moitié des points ; règle requise : double poids)');
    expect(ruleBasis({ rules: 14, met: 2, kinds: all(2) }, 'en'))
      .toBe('2 of 14 rules met, 2 only in annexes, 2 only as advice, 2 only in the preamble, 2 only as a stock phrase, 2 only stated as absent, 2 missing (“only” counts half; required rules count double)');
    expect(ruleBasis({ rules: 2, met: 2, kinds: kinds({}) }, 'und')).toBe('2 of 2 rules met (“only” counts half; required rules count double)');
  });
  it('French for a French document, with agreement', () => {
    expect(ruleBasis({ rules: 24, met: 7, kinds: kinds({ 'missing': 5, 'annex-only': 10, 'advice-only': 2 }) }, 'fr'))
      .toBe('7 règles sur 24 respectées, 10 seulement en annexe, 2 seulement comme conseil, 5 absentes (« seulement » : moitié des points ; règle requise : double poids)');
    expect(ruleBasis({ rules: 3, met: 1, kinds: kinds({ 'missing': 1, 'negated-only': 1 }) }, 'fr'))
      .toBe('1 règle sur 3 respectée, 1 seulement dite absente, 1 absente (« seulement » : moitié des points ; règle requise : double poids)');
    expect(ruleBasis({ rules: 4, met: 0, kinds: kinds({ 'negated-only': 2, 'preamble-only': 1, 'boilerplate-only': 1 }) }, 'fr'))
      .toBe('0 règle sur 4 respectée, 1 seulement dans le préambule, 1 seulement en formule toute faite, 2 seulement dites absentes (« seulement » : moitié des points ; règle requise : double poids)');
  });

  const byPillar = (concepts: Partial<Record<PillarId, string[]>>) => {
    const f = pillarCoverage([]).byPillar;
    for (const [p, c] of Object.entries(concepts)) f[p as PillarId] = { ...f[p as PillarId], concepts: c! };
    return f;
  };
  it('no score: pillars covered (thematic groups count in their family) and gender-specific findings', () => {
    expect(familiesCovered(byPillar({}))).toBe(0);
    expect(familiesCovered({} as ReturnType<typeof byPillar>)).toBe(0); // a partial report from elsewhere
    expect(familiesCovered(byPillar({ crsv: ['crsv-core'], protection: ['p'] }))).toBe(1); // CRSV is in the protection family
    expect(familiesCovered(byPillar({ crsv: ['x'], 'gender-balance': ['y'], training: ['z'], prevention: ['w'], 'relief-recovery': ['v'] }))).toBe(5);
    expect(coverageSummary({ byPillar: byPillar({ crsv: ['x'], prevention: ['y'] }), genderSpecific: 48 }))
      .toBe('No score for this document type: 2 of 5 pillars covered, 48 gender-specific findings');
    expect(coverageSummary({ byPillar: byPillar({ participation: ['x'] }), genderSpecific: 1 }, 'en'))
      .toBe('No score for this document type: 1 of 5 pillars covered, 1 gender-specific finding');
    expect(coverageSummary({ byPillar: byPillar({ crsv: ['x'], prevention: ['y'] }), genderSpecific: 48 }, 'fr'))
      .toBe('Pas de note pour ce type de document : 2 piliers sur 5 couverts, 48 constats propres au genre');
    expect(coverageSummary({ byPillar: byPillar({ participation: ['x'] }), genderSpecific: 1 }, 'fr'))
      .toBe('Pas de note pour ce type de document : 1 pilier sur 5 couvert, 1 constat propre au genre');
    expect(coverageSummary({ byPillar: byPillar({}), genderSpecific: 0 }, 'fr'))
      .toBe('Pas de note pour ce type de document : 0 pilier sur 5 couvert, 0 constat propre au genre');
  });
});

describe('pillarCoverage and coverage()', () => {
  const fs: Finding[] = [
    finding('body', { concept: 'b', pillar: 'participation' }),
    finding('opord-3', { concept: 'a', pillar: 'participation', strength: advice }),
    finding('opord-3', { concept: 'a', pillar: 'participation', strength: context, genderSpecific: false }),
    finding('annex-a', { concept: 'n', pillar: 'crsv', negated: true }),
    finding('body', { concept: 'p', pillar: 'protection', procedural: true }),
    finding('refs', { concept: 'r', pillar: 'protection', reference: true }),
    { ...finding('body', { concept: 'z', pillar: 'prevention' }), section: undefined },
  ];
  it('counts findings, tasks, advice and negations per pillar; procedural and reference findings left out', () => {
    const c = pillarCoverage(fs);
    expect(c.byPillar.participation).toEqual({ findings: 3, concepts: ['a', 'b'], tasks: 1, advice: 1, negated: 0 });
    expect(c.byPillar.crsv).toEqual({ findings: 1, concepts: [], tasks: 0, advice: 0, negated: 1 });
    expect(c.byPillar.protection).toEqual({ findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 });
    expect(c.byPillar.prevention).toEqual({ findings: 1, concepts: ['z'], tasks: 1, advice: 0, negated: 0 });
    expect(c.genderSpecific).toBe(3); // b, a (advice), z: not the negated, procedural, reference or non-gender ones
    expect(c.bySection).toEqual({ 'body': { pillars: ['participation'], concepts: ['b'] }, 'opord-3': { pillars: ['participation'], concepts: ['a'] } });
    expect(Object.keys(c.byPillar).length).toBe(18);
  });
  it('a context mention counts as neither a task nor advice', () => {
    const c = pillarCoverage([finding('body', { strength: context }), finding('opord-3', { strength: context, concept: 'x' })]);
    expect(c.byPillar.structures).toEqual({ findings: 2, concepts: ['gender-adviser', 'x'], tasks: 0, advice: 0, negated: 0 });
  });
  it('bySection lists each pillar once and sorts its concepts', () => {
    const c = pillarCoverage([finding('body', { concept: 'y' }), finding('body', { concept: 'x' }), finding('body', { concept: 'y', pillar: 'crsv' })]);
    expect(c.bySection.body).toEqual({ pillars: ['structures', 'crsv'], concepts: ['x', 'y'] });
  });
  it('coverage() = the counts with the score and its basis; no rules, no score and the summary instead', () => {
    const outcomes = [outcome('required', null), outcome('recommended', 'annex-only')];
    expect(coverage(fs, outcomes)).toEqual({ ...pillarCoverage(fs), score: 83, scoreBasis: '1 of 2 rules met, 1 only in annexes (“only” counts half; required rules count double)',
      scoreRules: { rules: 2, met: 1, kinds: { 'missing': 0, 'annex-only': 1, 'negated-only': 0, 'advice-only': 0, 'boilerplate-only': 0, 'preamble-only': 0 } } });
    expect(coverage(fs, outcomes, 'fr').scoreBasis).toBe('1 règle sur 2 respectée, 1 seulement en annexe (« seulement » : moitié des points ; règle requise : double poids)');
    expect(coverage(fs, [])).toEqual({ ...pillarCoverage(fs), score: null, scoreBasis: 'No score for this document type: 2 of 5 pillars covered, 3 gender-specific findings' });
    expect(withScore(pillarCoverage(fs), [], 'fr').scoreBasis).toBe('Pas de note pour ce type de document : 2 piliers sur 5 couverts, 3 constats propres au genre');
  });
});

// ---------------------------------------------------------------- end to end

describe('analyze(): the score agrees with the gaps beside it', () => {
  const lex = loadLexicon();
  // Our own order: gender only in the annex, the main body silent.
  const annexOnlyOrder = [
    'OPERATION ORDER 4/26',
    '',
    '1. SITUATION',
    'Armed groups hold the river crossings.',
    '',
    '2. MISSION',
    'The battalion secures the crossings.',
    '',
    '3. EXECUTION',
    'Companies patrol the crossings daily.',
    '',
    '4. SUSTAINMENT',
    'Fuel is resupplied weekly.',
    '',
    '5. COMMAND AND SIGNAL',
    'Reports go to the operations cell.',
    '',
    'ANNEX K: GENDER',
    'Patrols will engage women leaders and report conflict-related sexual violence to the women protection adviser.',
    'The gender adviser will brief every company on sexual exploitation and abuse and collect sex-disaggregated data.',
  ].join('\n');

  it('an order whose main body names nothing scores low beside its high gaps (not 77/100)', () => {
    const r = analyze(annexOnlyOrder, { lexicon: lex, profile: 'oporder' });
    const profile = lex.profiles.get('oporder')!;
    expect(r.coverage.score).toBe(scoreOf(tallyRules(outcomesFromGaps(profile, r.gaps))));
    expect(r.coverage.score!).toBeLessThan(50);
    expect(r.gaps.filter((g) => g.severity === 'high').length).toBeGreaterThan(5);
    expect(r.gaps.some((g) => g.kind === 'annex-only')).toBe(true);
    expect(r.coverage.scoreBasis).toMatch(/^\d+ of 24 rules met, \d+ only in annexes, .*\d+ missing \(/);
    expect(scoreLine(r)).toBe(`Score ${r.coverage.score}/100 — ${r.coverage.scoreBasis}`);
  });

  it('every sample document: the score is the gaps\' score and the basis counts the gaps', () => {
    for (const id of ['oporder', 'mandate', 'conops', 'roe', 'sg-report']) {
      const r = analyze(annexOnlyOrder, { lexicon: lex, profile: id });
      const profile = lex.profiles.get(id)!;
      const t = tallyRules(outcomesFromGaps(profile, r.gaps));
      expect(r.coverage.score, id).toBe(scoreOf(t));
      expect(r.coverage.scoreBasis, id).toBe(ruleBasis(t, 'en'));
      expect(t.rules - t.met).toBe(r.gaps.length);
    }
  });

  it('a type without rules has no score, and the coverage summary says what was found', () => {
    const r = analyze(annexOnlyOrder, { lexicon: lex, profile: 'generic' });
    expect(r.coverage.score).toBeNull();
    expect(r.gaps).toEqual([]);
    expect(r.coverage.scoreBasis).toBe(coverageSummary({ byPillar: r.coverage.byPillar, genderSpecific: r.coverage.genderSpecific! }));
    expect(r.coverage.scoreBasis).toMatch(/^No score for this document type: [2-5] of 5 pillars covered, \d+ gender-specific findings$/);
  });

  it('a profile with no rules of any id has no score (new report-like types too)', () => {
    const custom = loadLexicon([{ name: 'p.json', data: { profiles: [{ id: 'research-study', label: 'Study', cues: [], rules: [] }] } }]);
    const r = analyze('Women will lead the patrol.', { lexicon: custom, profile: 'research-study' });
    expect(r.coverage.score).toBeNull();
    expect(r.coverage.scoreBasis).toBe('No score for this document type: 1 of 5 pillars covered, 1 gender-specific finding');
  });

  it('a French document gets the French line', () => {
    const fr = 'Les patrouilles associeront les femmes leaders. La Force signalera les violences sexuelles liées aux conflits.';
    const r = analyze(fr, { lexicon: lex, profile: 'oporder' });
    expect(r.language).toBe('fr');
    expect(r.coverage.scoreBasis).toMatch(/^\d+ règles? sur 24 respectées?, .*absentes \(« seulement » : moitié des points ; règle requise : double poids\)$/);
    expect(scoreLine(r)).toMatch(/^Note \d+\/100 — /);
    const g = analyze(fr, { lexicon: lex, profile: 'generic' });
    expect(scoreLine(g)).toMatch(/^Pas de note pour ce type de document : [1-5] piliers? sur 5 couverts?, \d+ constats? propres? au genre$/);
  });

  it('the line in a reader\'s language says the same tally as the document\'s line (a French order read with an English interface, and back)', () => {
    const fr = analyze('Les patrouilles associeront les femmes leaders. La Force signalera les violences sexuelles liées aux conflits.', { lexicon: lex, profile: 'oporder' });
    const en = analyze(annexOnlyOrder, { lexicon: lex, profile: 'oporder' });
    const tFr = tallyRules(outcomesFromGaps(lex.profiles.get('oporder')!, fr.gaps));
    const tEn = tallyRules(outcomesFromGaps(lex.profiles.get('oporder')!, en.gaps));
    expect(scoreLine(fr, 'en')).toBe(`Score ${fr.coverage.score}/100 — ${ruleBasis(tFr, 'en')}`);
    expect(scoreLine(en, 'fr')).toBe(`Note ${en.coverage.score}/100 — ${ruleBasis(tEn, 'fr')}`);
    // Its own language, asked for or not, is the stored line.
    expect(scoreLine(fr, 'fr')).toBe(scoreLine(fr));
    expect(scoreLine(en, 'en')).toBe(`Score ${en.coverage.score}/100 — ${en.coverage.scoreBasis}`);
    // No rules: the coverage summary in the reader's language.
    const g = analyze(annexOnlyOrder, { lexicon: lex, profile: 'generic' });
    expect(scoreLine(g, 'fr')).toBe(coverageSummary({ byPillar: g.coverage.byPillar, genderSpecific: g.coverage.genderSpecific! }, 'fr'));
    // A report from before the tally was kept keeps its own line rather than inventing one.
    const old = { ...en, coverage: { ...en.coverage, scoreRules: undefined } };
    expect(scoreLine(old, 'fr')).toBe(`Note ${en.coverage.score}/100 — ${en.coverage.scoreBasis}`);
  });
});
