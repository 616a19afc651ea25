// The labelled development set is well-formed and complete, and the quality metrics count right on a
// small fixture of our own words (npm run quality itself is not part of the test run).
import { describe, expect, it } from 'vitest';
import { replaceSection } from '../scripts/quality/doc.ts';
import { LABEL_FILES, LabelFile, labelDir, loadLabelled, locate, readPassages, splitOf, type TextLabels } from '../scripts/quality/labels.ts';
import {
  decisionAccuracy, decisions, docType, figureRates, figures, negation, negationPrecision, negationRecall, samplePrecision,
  type Case, type FigureLike, type FindingLike,
} from '../scripts/quality/metrics.ts';
import { moduleRows, mutationSection, readData } from '../scripts/quality/mutation-report.ts';
import { fnv1a, keyFindings, ownSentence, readJudgments, sampleOf } from '../scripts/quality/sample.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const labelled = loadLabelled();

describe('labels: well-formed and complete', () => {
  it('every label file parses (zod) and every text of the corpus is labelled once: 167 passages and 2 reports', () => {
    const ids = LABEL_FILES.flatMap((f) => LabelFile.parse(JSON.parse(readFileSync(join(labelDir(), f), 'utf8'))).texts.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    const passages = readPassages().map((p) => p.id);
    expect(passages).toHaveLength(167);
    expect(ids.filter((i) => !i.startsWith('report:')).sort()).toEqual([...passages].sort());
    expect(ids.filter((i) => i.startsWith('report:'))).toHaveLength(2);
  });

  it('every snippet occurs in its text exactly, unambiguously (nth where it repeats)', () => {
    let n = 0;
    for (const t of labelled) {
      for (const l of [...(t.labels.negations ?? []), ...(t.labels.traps ?? []), ...(t.labels.decisions ?? []), ...(t.labels.figures ?? [])]) {
        const s = locate(t.text, l);
        expect(t.text.slice(s.start, s.end), t.id).toBe(l.text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it('a figure label is a whole number, not the tail of a longer one ("3 %" inside "13 %")', () => {
    for (const t of labelled) {
      for (const f of t.labels.figures ?? []) {
        const s = locate(t.text, f);
        expect(/[\d.,]$/.test(t.text.slice(Math.max(0, s.start - 1), s.start)) && /\d/.test(t.text[s.start - 2] ?? ''), `${t.id}: ${f.text}`).toBe(false);
      }
    }
  });

  it('every percentage of every text is labelled as a share of women or a distractor', () => {
    const pct = /(?:\d[\d.,\u00A0 ]*\d|\d|\b(?:five|quatre)\b)\s*(?:-\s*\d+\s*)?(?:%|per\s?cent|percent|pour\s?cent)/gi;
    const missing: string[] = [];
    for (const t of labelled) {
      const spans = (t.labels.figures ?? []).map((f) => locate(t.text, f));
      for (const m of t.text.matchAll(pct)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (!spans.some((s) => s.start < b && a < s.end)) missing.push(`${t.id}: ${m[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no report, release or article accepts a resolution, order or ROE type', () => {
    for (const t of labelled) {
      for (const id of ['mandate', 'thematic-resolution', 'oporder', 'conops', 'roe']) {
        expect(t.labels.type.forbid, t.id).toContain(id);
        expect(t.labels.type.accept, t.id).not.toContain(id);
      }
    }
  });

  it('splits by id: odd passages and the reports are dev, even passages held out', () => {
    expect([splitOf('dev-EN-001'), splitOf('dev-FR-082'), splitOf('report:x')]).toEqual(['dev', 'held-out', 'dev']);
    const held = labelled.filter((t) => t.split === 'held-out');
    expect(held.length).toBeGreaterThan(80);
    expect(held.every((t) => Number(t.id.slice(-3)) % 2 === 0)).toBe(true);
  });

  it('the judgments file parses, and every key names a labelled text and ends with a sentence hash and an index', () => {
    const j = readJudgments();
    const ids = new Set(labelled.map((t) => t.id));
    for (const key of [...Object.keys(j.genderSpecific), ...Object.keys(j.negation)]) {
      const parts = key.split('|');
      expect(parts.length, key).toBe(5);
      expect(ids.has(parts[0]!), key).toBe(true);
      expect(parts[3], key).toMatch(/^[0-9a-f]{8}$/);
      expect(parts[4], key).toMatch(/^\d+$/);
    }
    expect(Object.keys(j.genderSpecific).length).toBeGreaterThan(300);
  });
});

// ---------------------------------------------------------------- metrics on a fixture of our own words

const TEXT = 'The mission has no gender adviser. Not only women but also men were trained. '
  + 'Women were rarely consulted. No figures on girls exist. Women are 12 % of police and 30 % of voters, '
  + 'with a quota of 40 % for women.';
const at = (s: string, nth = 0) => { let i = -1; for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1); return i; };
const finding = (text: string, over: Partial<FindingLike> = {}, nth = 0): FindingLike => ({
  concept: 'c', genderSpecific: true, start: at(text, nth), end: at(text, nth) + text.length, text,
  negated: false, strength: { mode: 'context' }, ...over,
});
const figure = (text: string, percent: number, over: Partial<FigureLike> = {}): FigureLike => ({
  start: at(text), end: at(text) + text.length, text, percent, category: 'host-nation', ...over,
});
const LABELS: TextLabels = {
  id: 'dev-EN-999',
  type: { accept: ['research-report', 'generic'], forbid: ['mandate', 'roe'] },
  negations: [{ text: 'gender adviser' }, { text: 'girls' }],
  traps: [{ text: 'Not only women', kind: 'not-only' }, { text: 'Women were rarely consulted', kind: 'degree' }],
  decisions: [{ text: 'gender adviser', mode: 'task', actor: 'mission' }, { text: 'men were trained', mode: 'advice' }, { text: 'quota', mode: 'task' }],
  figures: [
    { text: '12 %', kind: 'share', percent: 12, women: 'women', target: false },
    { text: '30 %', kind: 'distractor', class: 'turnout' },
    { text: '40 %', kind: 'share', percent: 40, women: 'women', target: true },
  ],
};
const fixture = (f: FindingLike[], g: FigureLike[], profile: Case['report']['profile'] = { id: 'generic' }): Case => ({
  id: 'dev-EN-999', lang: 'en', split: 'dev', text: TEXT, labels: LABELS, report: { profile, findings: f, figures: g },
});

describe('quality metrics on a fixture', () => {
  it('document type: accepted, forbidden, and whether the candidates hold an accepted type', () => {
    expect(docType(fixture([], [], { id: 'generic' }))).toMatchObject({ ok: true, forbidden: false, expected: 'research-report', inCandidates: null });
    expect(docType(fixture([], [], { id: 'roe', candidates: [{ id: 'roe' }, { id: 'research-report' }] }))).toMatchObject({ ok: false, forbidden: true, inCandidates: true });
    expect(docType(fixture([], [], { id: 'sg-report', candidates: ['sg-report'] }))).toMatchObject({ ok: false, forbidden: false, inCandidates: false });
  });

  it('negation: gold right, trap wrong, degree left out, unjudged wrong unless judged right; recall by gold snippet', () => {
    const fs = [
      finding('gender adviser', { negated: true }),
      finding('gender', { negated: true }), // nested inside the gold snippet: right too
      finding('women', { negated: true }), // in "Not only women": a trap
      finding('Women', { negated: true }, 0), // "Women were rarely consulted": neutral
      finding('police', { negated: true }), // outside everything, unjudged: wrong
      finding('voters', { negated: true }), // outside everything, judged right
      finding('girls'), // gold present but not negated
    ];
    const r = negation(fixture(fs, []), (f) => (f.text === 'voters' ? true : undefined));
    expect(r.negated.map((x) => x.verdict)).toEqual(['gold', 'gold', 'trap', 'neutral', 'unjudged', 'judged-right']);
    expect(negationPrecision([r])).toEqual({ num: 3, den: 5, rate: 0.6 });
    expect(r.gold.map((g) => g.status)).toEqual(['negated', 'not-negated']);
    expect(negationRecall([r])).toEqual({ num: 1, den: 2, rate: 0.5 });
    const none = negation(fixture([], []));
    expect(none.gold.map((g) => g.status)).toEqual(['no-finding', 'no-finding']);
    expect(negationPrecision([none]).rate).toBeNull();
  });

  it('reported decisions: every finding in the snippet needs the mode; reported/actor count only where the finding has them', () => {
    const fs = [
      finding('gender adviser', { strength: { mode: 'task' }, reported: true, actor: 'council' }),
      finding('men were trained', { strength: { mode: 'advice' } }),
      finding('trained', { strength: { mode: 'task' } }),
    ];
    const r = decisions(fixture(fs, []));
    expect(r.map((d) => d.status)).toEqual(['wrong-reported-or-actor', 'wrong-mode', 'no-finding']);
    expect(decisionAccuracy(r)).toEqual({ mode: { num: 1, den: 3, rate: 1 / 3 }, full: { num: 0, den: 3, rate: 0 } });
    const ok = decisions(fixture([finding('gender adviser', { strength: { mode: 'task' }, actor: 'mission' })], []));
    expect(ok[0]!.status).toBe('ok');
    const notReported = decisions(fixture([finding('gender adviser', { strength: { mode: 'task' }, reported: false })], []));
    expect(notReported[0]!.status).toBe('wrong-reported-or-actor');
  });

  it('figures: found, missed, and wrongly reported by reason; other categories are the core\'s own distractor classes', () => {
    const r = figures(fixture([], [
      figure('12 %', 12, { women: 'girls' }), // found (value right) but girls for women: wrong
      figure('30 %', 30), // a distractor reported as a share: wrong
      figure('40 %', 40, { target: false }), // a target reported as observed: wrong, still found
    ]));
    expect(r.shares.map((s) => s.status)).toEqual(['found', 'found']);
    expect(r.reported.map((x) => x.wrong)).toEqual(['women-vs-girls', 'distractor', 'target']);
    expect(r.reported[1]!.distractor).toBe('turnout');
    const rates = figureRates([r]);
    expect(rates.found).toEqual({ num: 2, den: 2, rate: 1 });
    expect(rates.wrong).toEqual({ num: 3, den: 3, rate: 1 });
    const good = figures(fixture([], [figure('12 %', 12, { women: 'women', target: false }), figure('30 %', 30, { category: 'turnout' }), figure('quota', 40)]));
    expect(good.reported.map((x) => x.wrong)).toEqual([null, 'unlabelled']);
    expect(good.shares.map((s) => s.status)).toEqual(['found', 'missed']);
    expect(good.ownCategory).toBe(1);
    const ws = figures(fixture([], [figure('12 %', 12, { sentence: { start: 0, end: TEXT.length } }), figure('30 %', 30, { sentence: { start: 0, end: 3 } })]));
    expect(ws.withSentence).toEqual({ num: 1, den: 2, rate: 0.5 });
    expect(figureRates([ws, good]).withSentence).toEqual({ num: 1, den: 2, rate: 0.5 });
    expect(good.withSentence).toBeNull();
    const value = figures(fixture([], [figure('12 %', 13)]));
    expect(value.reported[0]!.wrong).toBe('value');
    expect(value.shares[0]!.status).toBe('missed');
  });

  it('sample precision counts judged findings only and reports the unjudged', () => {
    expect(samplePrecision([true, true, false, null, undefined])).toEqual({ precision: { num: 2, den: 3, rate: 2 / 3 }, unjudged: 2 });
  });
});

describe('sample keys', () => {
  const fs = [finding('gender adviser'), finding('women'), finding('Women', {}, 0), finding('girls'), finding('police'), finding('voters')];

  it('cut sentences at . ! ? ; and blank lines, independently of the core', () => {
    const s = ownSentence(TEXT, at('women'), at('women') + 5);
    expect(TEXT.slice(s.start, s.end)).toBe(' Not only women but also men were trained.');
    expect(ownSentence('a; b\n\nc.', 3, 4)).toEqual({ start: 2, end: 6 });
  });

  it('a key survives text added before the sentence, and counts repeats within a sentence', () => {
    const k1 = keyFindings('x', TEXT, fs).map((k) => k.key);
    const shifted = fs.map((f) => ({ ...f, start: f.start + 7, end: f.end + 7 }));
    expect(keyFindings('x', `Intro. ${TEXT}`, shifted).map((k) => k.key)).toEqual(k1);
    expect(k1[0]).toBe(`x|c|gender adviser|${fnv1a('The mission has no gender adviser.')}|0`);
    const twice = keyFindings('x', 'Women and women.', [{ ...fs[1]!, start: 0, end: 5, text: 'Women' }, { ...fs[1]!, start: 10, end: 15, text: 'women' }]);
    expect(twice.map((k) => k.key.split('|')[4])).toEqual(['0', '0']);
    const same = keyFindings('x', 'women and women.', [{ ...fs[1]!, start: 0, end: 5 }, { ...fs[1]!, start: 10, end: 15 }]);
    expect(same.map((k) => k.key.split('|')[4])).toEqual(['0', '1']);
  });

  it('samples at most 4 gender-specific, non-procedural findings per text, the same ones every time', () => {
    const mixed = [...fs, finding('police', { genderSpecific: false }), finding('voters', { procedural: true })];
    const a = sampleOf('x', TEXT, mixed).map((k) => k.key);
    expect(a).toHaveLength(4);
    expect(sampleOf('x', TEXT, [...mixed].reverse()).map((k) => k.key)).toEqual(a);
    expect(a.every((k) => keyFindings('x', TEXT, fs).some((x) => x.key === k))).toBe(true);
    expect(sampleOf('report:dcaf-2024-mali-gbv-case-study', TEXT, fs)).toHaveLength(6);
  });
});

describe('mutation report', () => {
  const report = {
    files: {
      'core/report/coverage.ts': { mutants: [{ status: 'Killed' }, { status: 'Killed' }, { status: 'Survived' }, { status: 'Timeout' }, { status: 'NoCoverage' }, { status: 'CompileError' }] },
      '/tmp/x/core/analyze.ts': { mutants: [{ status: 'Killed', location: { start: { line: 5 } } }, { status: 'Survived', location: { start: { line: 50 } } }] },
    },
  };

  it('scores each module: detected / (detected + survived + no coverage), line ranges for a block of a file', () => {
    const [cov, ctx, none] = moduleRows(report, ['core/report/coverage.ts', 'core/analyze.ts:1-10', 'core/report/gaps.ts']);
    expect(cov).toMatchObject({ mutants: 6, killed: 2, timeout: 1, survived: 1, noCoverage: 1, errors: 1, valid: 5, score: 60 });
    expect(ctx).toMatchObject({ module: 'core/analyze.ts (context rule, lines 1–10)', mutants: 1, score: 100 });
    expect(none).toMatchObject({ mutants: 0, score: null });
  });

  it('keeps the table data in the document, and replaces only its own section', () => {
    const rows = moduleRows(report, ['core/report/coverage.ts']).map((r) => ({ ...r, date: '2026-12-01', seconds: 42 }));
    const doc = replaceSection('# Q\n\n<!-- quality:start -->Q<!-- quality:end -->\n', 'mutation', mutationSection(rows));
    expect(doc).toContain('<!-- quality:start -->Q<!-- quality:end -->');
    expect(doc).toContain('| core/report/coverage.ts | 6 | 2 | 1 | 1 | 1 | 1 | 60.0 % | ≥ 80 % | 2026-12-01 | 42 s |');
    expect(readData(doc)).toEqual(rows);
    const again = replaceSection(doc, 'quality', '<!-- quality:start -->R $& $1<!-- quality:end -->');
    expect(again).toContain('R $& $1');
    expect(readData(again)).toEqual(rows);
  });
});
