// The text, Markdown and HTML reports on long documents (issue 13 item 10): one entry per sentence
// listing its concepts, figures with their sentence, contents/notes/references left out, long lists
// capped with "N more"; and the one score line every surface shows. Our own sentences.
import { describe, expect, it } from 'vitest';
import {
  conceptTotals, formatCsv, formatHtml, formatMarkdown, formatText, gapSummary, LIST_CAPS, markedPieces, scoreLine, scoreParts,
  scoreRest, sentenceEntries, entryConcepts,
} from '../core/report/format.ts';
import { analyze } from '../core/analyze.ts';
import { pillarCoverage } from '../core/report/coverage.ts';
import type { Figure, Finding, Report, Section } from '../core/schema.ts';
import { findingIn, makeReport } from './cli-fixtures.ts';

describe('scoreLine: the same words everywhere', () => {
  const base = makeReport('a.txt');
  it('a score with its basis, or the summary when the type has no score; French for a French document', () => {
    const scored = { ...base, coverage: { ...base.coverage, score: 44, scoreBasis: '3 of 24 rules met, 15 only in annexes, 6 missing (…)' } };
    expect(scoreLine(scored)).toBe('Score 44/100 — 3 of 24 rules met, 15 only in annexes, 6 missing (…)');
    expect(scoreParts(scored)).toEqual({ label: 'Score', value: '44/100', basis: '3 of 24 rules met, 15 only in annexes, 6 missing (…)' });
    expect(scoreRest(scoreParts(scored))).toBe('44/100 — 3 of 24 rules met, 15 only in annexes, 6 missing (…)');
    const fr = { ...scored, language: 'fr' as const, coverage: { ...scored.coverage, scoreBasis: '3 règles sur 24 respectées (…)' } };
    expect(scoreLine(fr)).toBe('Note 44/100 — 3 règles sur 24 respectées (…)');
    const none = { ...base, coverage: { ...base.coverage, score: null, scoreBasis: 'No score for this document type: 5 of 5 pillars covered, 48 gender-specific findings' } };
    expect(scoreLine(none)).toBe('No score for this document type: 5 of 5 pillars covered, 48 gender-specific findings');
    expect(scoreRest(scoreParts(none))).toBe(scoreLine(none));
  });
  it('a report made without a basis still gets a line (older reports, hand-built ones)', () => {
    expect(scoreLine({ ...base, coverage: { ...base.coverage, score: 61.6 } })).toBe('Score 62/100');
    const text = 'Women will lead the patrol. The gender adviser is not yet appointed.';
    const f = [findingIn(text, 'Women'), findingIn(text, 'gender adviser', { concept: 'ga', pillar: 'structures', negated: true })];
    const r = makeReport('b.txt', f);
    r.coverage.byPillar = pillarCoverage(f).byPillar; // as the core counts: a negated mention covers nothing
    expect(scoreLine({ ...r, coverage: { ...r.coverage, score: null } })).toBe('No score for this document type: 1 of 5 pillars covered, 1 gender-specific finding');
    // The count the core measured wins over the findings listed (a streamed report lists only some).
    expect(scoreLine({ ...r, coverage: { ...r.coverage, score: null, genderSpecific: 9 } })).toBe('No score for this document type: 1 of 5 pillars covered, 9 gender-specific findings');
  });
  it('the reports, the CSV and the clipboard summary carry it, a null score is never shown as 0', () => {
    const r = analyze('The gender adviser will brief every patrol on sexual exploitation and abuse.', { profile: 'generic', source: 'g.txt' });
    expect(r.coverage.score).toBeNull();
    const line = scoreLine(r);
    expect(line).toMatch(/^No score for this document type: /);
    expect(formatText([r])).toContain(`Score     ${line}\n`);
    const md = formatMarkdown([r], { date: 'x' });
    expect(md).toContain(`- **Score:** ${line}`);
    expect(md).toContain('| g.txt | generic | en | — |');
    expect(formatHtml([r])).toContain(`<p class="score">${line}</p>`);
    expect(gapSummary(r).split('\n').slice(0, 2)).toEqual(['WPS Lens: generic, 0 gaps', line]);
    expect(formatCsv([r]).split('\r\n')[1]).toMatch(/,,"No score for this document type: [^"]+",0,false,0,0$/);
  });
});

/** A report over `text` with a finding for each [needle, extra] in order. */
function reportOf(text: string, spec: [string, Partial<Finding>?, number?][], extra: Partial<Report> = {}): { report: Report; text: string } {
  const findings = spec.map(([needle, more, from]) => {
    const f = findingIn(text, needle, more ?? {}, from ?? 0);
    return f;
  });
  return { report: makeReport('long.txt', findings, extra), text };
}

describe('one entry per sentence', () => {
  it('a sentence with fourteen findings is printed once, its concepts listed under it (capped, "N more")', () => {
    const words = ['women', 'gender', 'girls', 'survivors', 'gender adviser', 'focal point', 'patrols', 'mediators', 'protection', 'justice', 'training', 'quota', 'data', 'leaders'];
    const text = `The plan names ${words.join(', ')}.`;
    const { report } = reportOf(text, words.map((w, i) => [w, { concept: `c-${i % 10}`, label: `Concept ${i % 10}`, sentence: { start: 0, end: text.length } }, text.indexOf(` ${w}`) + 1]));
    const out = formatText([{ report, text }]);
    expect(out.split('The plan names').length - 1).toBe(1);
    expect(out).toContain('Findings (14 in 1 sentence)');
    expect(out).toMatch(/Concept 0 ×2 \[Participation\] · Concept 1 ×2 \[Participation\] · Concept 2 ×2 \[Participation\] · Concept 3 ×2 \[Participation\] · Concept 4 \[Participation\] · Concept 5 \[Participation\] · Concept 6 \[Participation\] · Concept 7 \[Participation\] · … 2 more concepts  — task, directive, level 4/);
    const md = formatMarkdown([{ report, text }], { date: 'x' });
    expect(md.split('The plan names').length - 1).toBe(1);
    expect(md).toContain('**Concept 0** ×2 (Participation) · ');
    expect(md).toContain('… 2 more concepts — task, directive, level 4');
  });
  it('each concept says how it is said when the concepts of a sentence differ', () => {
    const text = 'Women will lead the patrol but no gender adviser is present.';
    const { report } = reportOf(text, [['Women', { label: 'Women' }], ['gender adviser', { concept: 'ga', label: 'Gender adviser', pillar: 'structures', negated: true, strength: { verbClass: null, level: 0, mode: 'context' } }]]);
    const out = formatText([{ report, text }]);
    expect(out).toContain('“[[Women]] will lead the patrol but no [[gender adviser]] is present.”');
    expect(out).toContain('Women [Participation] (task, directive, level 4) · Gender adviser [Advisers and structures] (context, level 0; negated)');
  });
  it('sentenceEntries groups consecutive findings of one sentence, per block', () => {
    const f = (start: number, sentence: number, block?: string) => ({ ...findingIn('x'.repeat(50), 'x'), start, end: start + 1, sentence: { start: sentence, end: sentence + 20 }, block });
    const entries = sentenceEntries([f(1, 0), f(5, 0), f(25, 20), f(1, 0, 'b2'), f(3, 0, 'b2')]);
    expect(entries.map((e) => [e.block, e.sentence.start, e.findings.length])).toEqual([[undefined, 0, 2], [undefined, 20, 1], ['b2', 0, 2]]);
    const wider = sentenceEntries([f(1, 0), { ...f(30, 0), sentence: { start: 0, end: 40 } }]);
    expect(wider[0]!.sentence).toEqual({ start: 0, end: 40 });
    expect(entryConcepts(entries[0]!)).toEqual([{ concept: 'women-participation', label: 'women-participation', pillar: 'participation', count: 2, how: ['task, directive, level 4'] }]);
  });
});

describe('markedPieces', () => {
  const spans = (text: string, ...words: string[]) => words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w }));
  it('marks every match, merges overlapping ones, collapses whitespace', () => {
    const text = 'The  women\n protection adviser meets women leaders.';
    const p = markedPieces([...spans(text, 'women\n protection adviser', 'protection adviser', 'leaders')], { start: 0, end: text.length }, text);
    expect(p).toEqual([
      { text: 'The ', match: false }, { text: 'women protection adviser', match: true }, { text: ' meets women ', match: false },
      { text: 'leaders', match: true }, { text: '.', match: false },
    ]);
  });
  it('cuts a long sentence around its matches with "…"', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `${filler(60)} women ${filler(80)} gender ${filler(60)}.`;
    const p = markedPieces(spans(text, 'women', 'gender'), { start: 0, end: text.length }, text, 40);
    const s = p.map((x) => (x.match ? `[${x.text}]` : x.text)).join('');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain(' … ');
    expect(s.length).toBeLessThan(260);
    expect(s).toMatch(/\[women\].*\[gender\]/);
  });
  it('without the text (or offsets beyond it), only the matched words', () => {
    expect(markedPieces([{ start: 0, end: 5, text: 'women' }, { start: 9, end: 15, text: 'gender' }], { start: 0, end: 20 }, undefined))
      .toEqual([{ text: 'women', match: true }, { text: ' … ', match: false }, { text: 'gender', match: true }]);
    expect(markedPieces([{ start: 0, end: 50, text: 'women' }], { start: 0, end: 50 }, 'short')).toEqual([{ text: 'women', match: true }]);
  });
});

describe('long lists are capped', () => {
  /** n sentences of our own, each with one finding; `sections` sections of `per` sentences. */
  function many(sections: number, per: number) {
    const lines: string[] = [];
    for (let s = 0; s < sections; s++) for (let k = 0; k < per; k++) lines.push(`Section ${s} line ${k}: women lead patrol ${k}.`);
    const text = lines.join('\n');
    const structure: Section[] = [];
    let pos = 0;
    const findings: Finding[] = [];
    for (let s = 0; s < sections; s++) {
      const start = pos;
      for (let k = 0; k < per; k++) {
        const line = lines[s * per + k]!;
        findings.push({ ...findingIn(text, 'women', {}, pos), section: `s${s}` });
        pos += line.length + 1;
      }
      structure.push({ id: `s${s}`, kind: 'heading', title: `Part ${s}`, start, end: pos });
    }
    return { report: makeReport('many.txt', findings, { structure }), text };
  }
  it(`at most ${LIST_CAPS.sentencesPerSection} sentences per section, "N more sentences in this section"`, () => {
    const d = many(1, LIST_CAPS.sentencesPerSection + 3);
    const out = formatText([d]);
    expect(out.split('\n').filter((l) => l.startsWith('    • '))).toHaveLength(LIST_CAPS.sentencesPerSection);
    expect(out).toContain('    … 3 more sentences in this section');
    expect(formatMarkdown([d], { date: 'x' })).toContain('- *… 3 more sentences in this section*');
    expect(formatHtml([d])).toContain('<li><i>… 3 more sentences in this section</i></li>');
    const exact = formatText([many(1, LIST_CAPS.sentencesPerSection)]);
    expect(exact).not.toContain('more sentence');
    expect(formatText([many(1, LIST_CAPS.sentencesPerSection + 1)])).toContain('    … 1 more sentence in this section\n');
  });
  it(`at most ${LIST_CAPS.sentences} sentences in all, then one line for the sections not listed`, () => {
    const per = LIST_CAPS.sentencesPerSection;
    const sections = Math.ceil(LIST_CAPS.sentences / per) + 4;
    const out = formatText([many(sections, per)]);
    expect(out.split('\n').filter((l) => l.startsWith('    • '))).toHaveLength(LIST_CAPS.sentences);
    expect(out).toContain(`  … ${(sections * per - LIST_CAPS.sentences).toLocaleString('en-US')} more sentences with findings in 4 more sections not listed (--format json lists every finding)`);
    expect(out).toContain(`Findings (${sections * per} in ${sections * per} sentences)`);
  });
  it('a capped section keeps its most telling sentences, in review order: gender-specific tasks first, then the rest in reading order', () => {
    const lines = Array.from({ length: 9 }, (_, k) => `Line ${k} names the patrol.`);
    lines[2] = 'Line 2: women will lead the patrol and the gender adviser will brief it.';
    lines[7] = 'Line 7: women will lead the patrol.';
    const text = lines.join('\n');
    const spec: [string, Partial<Finding>?, number?][] = lines.map((l, k) => ['patrol', { concept: 'patrol', genderSpecific: false, strength: { verbClass: null, level: 0, mode: 'context' } }, text.indexOf(l)] as [string, Partial<Finding>, number]);
    spec.push(['women', {}, text.indexOf(lines[2]!)], ['gender adviser', { concept: 'ga' }, text.indexOf(lines[2]!)], ['women', {}, text.indexOf(lines[7]!)]);
    const { report } = reportOf(text, spec);
    report.findings.sort((a, b) => a.start - b.start);
    const shown = formatText([{ report, text }]).split('\n').filter((l) => l.startsWith('    • ')).map((l) => /Line (\d)/.exec(l)![1]);
    expect(shown).toEqual(['2', '7', '0', '1', '3', '4']);
  });
  it(`figures: each with its sentence, at most ${LIST_CAPS.figures}, then "N more figures"`, () => {
    const line = 'Women make up 12 per cent of the observers.';
    const text = Array.from({ length: LIST_CAPS.figures + 2 }, () => line).join('\n');
    const figures: Figure[] = [];
    for (let i = 0, at = 0; i < LIST_CAPS.figures + 2; i++, at += line.length + 1) {
      figures.push({ start: at + 14, end: at + 25, text: '12 per cent', percent: 12, group: 'observers', category: 'mission-personnel', sentence: { start: at, end: at + line.length } });
    }
    const out = formatText([{ report: makeReport('f.txt', [], { figures }), text }]);
    expect(out).toContain('   12%  observers (mission-personnel)  “Women make up [[12 per cent]] of the observers.”');
    expect(out.split('\n').filter((l) => l.includes('[[12 per cent]]'))).toHaveLength(LIST_CAPS.figures);
    expect(out).toContain('  … 2 more figures (--format json lists every figure)');
    const md = formatMarkdown([{ report: makeReport('f.txt', [], { figures: figures.slice(0, 1) }), text }], { date: 'x' });
    expect(md).toContain('| 12 | observers | mission-personnel | Women make up **12 per cent** of the observers. |');
    // A figure that carries its own sentence (2026-12) is quoted with that sentence.
    const own = { ...figures[0]!, sentence: { start: 0, end: 13 } } as Figure;
    const withOwn = makeReport('f.txt');
    withOwn.figures = [own]; // set after the parse: this schema may not list the field yet
    expect(formatText([{ report: withOwn, text }])).toContain('“Women make up [[12 per cent]]”');
  });
});

describe('contents, notes and references are left out', () => {
  const text = 'Contents: Women in patrols 4\nWomen will lead every patrol.\nReference: Women and war, 2020.';
  const spec: [string, Partial<Finding>?, number?][] = [
    ['Women', { reference: true }, 0],
    ['Women', {}, text.indexOf('Women will')],
    ['Women', { concept: 'ref-only', reference: true }, text.indexOf('Women and')],
  ];
  it('from the listed findings, the CSV counts and coverage, with a line saying how many', () => {
    const { report } = reportOf(text, spec);
    const out = formatText([{ report, text }]);
    expect(out).toContain('  2 findings in contents, notes or references left out');
    expect(out).not.toContain('Contents: [[Women]]');
    expect(out).toContain('“[[Women]] will lead every patrol.”');
    expect(formatMarkdown([{ report, text }], { date: 'x' })).toContain('2 findings in contents, notes or references left out.');
    expect(formatHtml([{ report, text }])).toContain('2 findings in contents, notes or references left out.');
    // A figure in a reference list is not listed either (its section says so).
    const refs: Section = { id: 'refs', kind: 'references' as Section['kind'], start: text.indexOf('Reference:'), end: text.length };
    const figs: Figure[] = [
      { start: 0, end: 4, text: '4 %', percent: 4, group: 'women', category: 'mission-personnel', sentence: { start: 0, end: 4 } },
      { start: refs.start + 12, end: refs.start + 16, text: '20 %', percent: 20, group: 'women', category: 'mission-personnel', sentence: { start: refs.start, end: refs.start + 16 } },
    ];
    const withFigs = { report: { ...report, structure: [refs], figures: figs }, text };
    const figOut = formatText([withFigs]);
    expect(figOut).toContain('Figures (2)\n  1 figure in contents, notes or references left out\n      4%  women');
    expect(figOut).not.toContain('20%');
    expect(formatMarkdown([withFigs], { date: 'x' })).toContain('1 figure in contents, notes or references left out.');
    const totals = conceptTotals({ report, text });
    expect([...totals.keys()]).toEqual(['women-participation']);
    expect(totals.get('women-participation')!.findings).toBe(1);
    expect(totals.get('women-participation')!.firstSentence).toBe('Women will lead every patrol.');
  });
});
