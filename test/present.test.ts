// Presentation data shared by the surfaces (pillars.ts), user dismissals (dismiss.ts), and the table,
// HTML and clipboard exporters of format.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze, contrastRatio, csvCell, describeFinding, dismissOnce, Dismissals, FAMILIES, findingKind, FINDING_COLUMNS,
  formatFindingsCsv, formatGapsCsv, formatHtml, formatMarkdown, gapSummary, GAP_COLUMNS, isWeak, PILLAR_IDS, pillarFamily,
  pillarStyle, WPS_PILLARS, formatCsv, familyCoverage, scoreLine, type Finding, type Report, type TextBlock,
} from '../core/index.ts';
import { repoRoot } from './support/corpus.ts';
import { parseCsv } from './support/csv.ts';

const sample = (name: string) => readFileSync(join(repoRoot, 'samples', name), 'utf8');

describe('pillar colours and labels', () => {
  it('maps every pillar id to one of the five families', () => {
    for (const p of PILLAR_IDS) expect(WPS_PILLARS).toContain(pillarFamily(p));
    expect(pillarFamily('crsv')).toBe('protection');
    expect(pillarFamily('gender-balance')).toBe('participation');
  });
  it('meets WCAG contrast: line ≥ 3:1 on white and on its fill, text ≥ 4.5:1 on the fill (1.4.11, 1.4.3)', () => {
    for (const fam of FAMILIES) {
      const s = pillarStyle(fam);
      expect(contrastRatio(s.line, '#ffffff'), fam).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.line, s.fill), fam).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.text, s.fill), fam).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  it('keeps the five families distinguishable from each other', () => {
    const lines = FAMILIES.map((f) => pillarStyle(f).line);
    expect(new Set(lines).size).toBe(5);
  });
});

describe('finding kinds and descriptions', () => {
  const text = 'The Force will deploy female engagement teams. Units should consider gender advisers. There is no gender adviser in the sector.';
  const r = analyze(text, { profile: 'oporder' });
  const byText = (t: string): Finding => r.findings.find((f) => text.slice(f.start, f.end).toLowerCase().startsWith(t))!;
  it('says how each finding is said', () => {
    expect(findingKind(byText('female engagement team'))).toBe('task');
    expect(findingKind(byText('gender advisers'))).toBe('advice');
    const neg = r.findings.filter((f) => f.negated);
    expect(neg.length).toBeGreaterThan(0);
    expect(findingKind(neg[0]!)).toBe('negated');
    expect(isWeak(byText('gender advisers'))).toBe(true);
    expect(isWeak(byText('female engagement team'))).toBe(false);
  });
  it('describes a finding for a hover card', () => {
    const d = describeFinding(byText('female engagement team'));
    expect(d.title).toBeTruthy();
    expect(d.how).toMatch(/^Binding task/);
    expect(d.why.length).toBeGreaterThan(40);
  });
  it('describes it in French for a French reader: concept, pillar, how, notes and why, the cue in the document\'s words', () => {
    for (const f of r.findings) {
      const en = describeFinding(f);
      const fr = describeFinding(f, 'fr');
      expect(fr.kind).toBe(en.kind);
      expect(fr.notes.length).toBe(en.notes.length);
      if (f.strength.cue) expect(fr.how).toContain(`« ${f.strength.cue.replace(/\s+/g, ' ').trim()} »`);
      // No English left in the French lines (the cue quoted is the document's own).
      const own = fr.how.replace(/« [^»]* »/g, '');
      expect(own, own).not.toMatch(/\b(Binding|task|Advice|level|of 5|verb|Context|Stated)\b/);
      expect(fr.why).not.toBe(en.why);
      expect([...fr.notes, fr.pillar, fr.family].join(' ')).not.toMatch(/\b(annex|main body|Limited|Reported|general)\b/);
    }
    const task = describeFinding(byText('female engagement team'), 'fr');
    expect(task.how).toMatch(/^Tâche qui engage — (verbe de (décision|constat|renforcement)|verbe d’(instruction|évaluation)), niveau \d sur 5|^Tâche qui engage — niveau \d sur 5/);
    expect(describeFinding(byText('gender advisers'), 'fr').how).toMatch(/^Conseil ou encouragement/);
    expect(describeFinding(r.findings.find((f) => f.negated)!, 'fr').how).toMatch(/^Dit absent/);
  });
});

describe('dismissals', () => {
  const text = sample('oporder-sector-west.txt');
  const base = analyze(text, { profile: 'oporder' });
  it('validates stored dismissals with zod', () => {
    expect(Dismissals.safeParse([{ scope: 'always', by: 'concept', concept: 'x' }]).success).toBe(true);
    expect(Dismissals.safeParse([{ scope: 'always', by: 'colour' }]).success).toBe(false);
    expect(Dismissals.safeParse([{ scope: 'once', concept: 'x', start: -1, end: 2 }]).success).toBe(false);
  });
  it('drops one finding once, and only that one', () => {
    const f = base.findings[3]!;
    const r = analyze(text, { profile: 'oporder', dismissals: [dismissOnce(f)] });
    expect(r.findings.length).toBe(base.findings.length - base.findings.filter((x) => x.concept === f.concept && x.start === f.start && x.end === f.end).length);
    expect(r.findings.some((x) => x.concept === f.concept && x.start === f.start)).toBe(false);
  });
  it('ignores a stale once-dismissal whose words no longer match', () => {
    const f = base.findings[3]!;
    const r = analyze(text, { profile: 'oporder', dismissals: [{ ...dismissOnce(f), text: 'something else' }] });
    expect(r.findings.length).toBe(base.findings.length);
  });
  it('drops a concept always, and coverage and gaps follow', () => {
    const concept = 'ops-gender-annex';
    expect(base.findings.some((f) => f.concept === concept)).toBe(true);
    const r = analyze(text, { profile: 'oporder', dismissals: [{ scope: 'always', by: 'concept', concept }] });
    expect(r.findings.some((f) => f.concept === concept)).toBe(false);
    for (const p of Object.values(r.coverage.byPillar)) expect(p.concepts).not.toContain(concept);
  });
  it('drops an exact phrase always, case-insensitively and across whitespace', () => {
    const t = 'Patrols will include Gender Advisers. Each gender  adviser reports weekly.';
    const before = analyze(t);
    const r = analyze(t, { dismissals: [{ scope: 'always', by: 'phrase', phrase: 'GENDER ADVISERS' }] });
    expect(r.findings.length).toBe(before.findings.length - before.findings.filter((f) => /^gender advisers$/i.test(f.text)).length);
    expect(r.findings.some((f) => /gender\s+adviser$/i.test(f.text))).toBe(true);
  });
  it('uses block-local offsets for block input', () => {
    const blocks = [{ id: 'p1', text: 'The Force protects civilians.' }, { id: 'p2', text: 'Women will join every patrol.' }];
    const r0 = analyze(blocks);
    const f = r0.findings.find((x) => x.block === 'p2')!;
    const r = analyze(blocks, { dismissals: [dismissOnce(f)] });
    expect(r.findings.some((x) => x.block === 'p2' && x.start === f.start && x.concept === f.concept)).toBe(false);
  });
});

describe('exports', () => {
  const hostile = 'Annex K. <img src=x onerror=alert(1)> The Force will deploy women in mixed patrols. =HYPERLINK("x") gender adviser.';
  const r = analyze(hostile, { source: '<script>alert(1)</script>', profile: 'oporder' });
  it('writes one CSV row per finding, with exact text and escaped formulas', () => {
    const rows = parseCsv(formatFindingsCsv([{ report: r, text: hostile }]));
    expect(rows[0]).toEqual([...FINDING_COLUMNS]);
    expect(rows.length).toBe(r.findings.length + 1);
    const col = (name: string) => FINDING_COLUMNS.indexOf(name as (typeof FINDING_COLUMNS)[number]);
    for (const row of rows.slice(1)) {
      const [s, e] = [Number(row[col('start')]), Number(row[col('end')])];
      expect(hostile.slice(s, e)).toBe(row[col('text')]);
    }
    expect(rows.some((row) => row[col('sentence')]!.startsWith("'=") || !row[col('sentence')]!.startsWith('='))).toBe(true);
  });
  it('writes one CSV row per gap with reason and suggestion', () => {
    const rows = parseCsv(formatGapsCsv([r]));
    expect(rows[0]).toEqual([...GAP_COLUMNS]);
    expect(rows.length).toBe(r.gaps.length + 1);
    expect(rows.slice(1).every((row) => row[GAP_COLUMNS.indexOf('suggestion')]!.length > 0)).toBe(true);
  });
  it('escapes formula-like cells, including tab and carriage return', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(c).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(42)).toBe('42');
  });
  it('never lets document text become markup in the HTML report', () => {
    const html = formatHtml([{ report: r, text: hostile }], { title: 'Order <b>7</b>', url: 'https://example.test/?a=<x>', date: '2026-01-02' });
    expect(html).not.toMatch(/<img|<script|<b>7/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Order &lt;b&gt;7&lt;/b&gt;');
    expect(html).toContain('2026-01-02');
    expect(html).not.toMatch(/https?:\/\/(?!example\.test)/); // no external resources
  });
  it('puts title and URL in the Markdown report', () => {
    const md = formatMarkdown([r], { title: 'Sector West', url: 'https://example.test/o', date: '2026-01-02' });
    expect(md).toContain('**Sector West**');
    expect(md).toContain('https://example.test/o');
  });
  it('summarises gaps as plain text for the clipboard', () => {
    const s = gapSummary(r, { title: 'Order' });
    expect(s.split('\n')[0]).toMatch(/^WPS Lens: Order — oporder, \d+ gaps?$/);
    expect(s.split('\n')[1]).toBe(scoreLine(r));
    expect(s.split('\n')[1]).toMatch(/^Score \d+\/100 — \d+ of 24 rules met, .*\d+ missing \(“only” counts half; required rules count double\)$/);
    for (const g of r.gaps) expect(s).toContain(g.suggestion.replace(/\s+/g, ' ').trim());
  });
  it('quotes sentences from the right block for block input', () => {
    const blocks = [{ id: 'a', text: 'Nothing here at all.' }, { id: 'b', text: 'Women will lead the patrol.' }];
    const rb = analyze(blocks);
    const rows = parseCsv(formatFindingsCsv([{ report: rb, blocks }]));
    const sentence = rows[1]![FINDING_COLUMNS.indexOf('sentence')];
    expect(sentence).toBe('Women will lead the patrol.');
  });
});

describe('reading order for block input', () => {
  it('orders findings by block first, so the CSV quotes the first sentence of the document', () => {
    const blocks = [
      { id: 'a', text: 'A long opening paragraph that only later names the gender adviser of the sector.' },
      { id: 'b', text: 'Gender adviser posts are filled.' },
    ];
    const r = analyze(blocks, { source: 'doc' });
    const rows = parseCsv(formatFindingsCsv([{ report: r, blocks }]));
    expect(rows[1]![FINDING_COLUMNS.indexOf('block')]).toBe('a');
    const csv = parseCsv(formatCsvFor(r, blocks));
    const first = csv.find((row) => row[4] === 'str-gender-adviser')!;
    expect(first[10]).toBe(blocks[0]!.text);
  });
});

function formatCsvFor(r: Report, blocks: TextBlock[]): string {
  return formatCsv([{ report: r, blocks }]);
}

describe('familyCoverage', () => {
  it('adds up the report\'s pillar counts per family, as every surface charts them', () => {
    const text = 'The mission will protect women and girls. There is no gender adviser. Female officers should join mixed patrols. '
      + 'Women will take part in the talks. Searches are made by a person of the same gender.';
    const r = analyze(text, { profile: 'oporder' });
    const fams = familyCoverage(r);
    for (const key of ['findings', 'tasks', 'advice', 'negated'] as const) {
      const sum = FAMILIES.reduce((n, f) => n + fams[f][key], 0);
      expect(sum, key).toBe(PILLAR_IDS.reduce((n, p) => n + r.coverage.byPillar[p][key], 0));
    }
    // Negated mentions count as findings and as negated; procedural ones not at all; concepts only from live ones.
    expect(FAMILIES.reduce((n, f) => n + fams[f].negated, 0)).toBeGreaterThan(0);
    const procedural = r.findings.filter((f) => f.procedural).length;
    expect(procedural).toBeGreaterThan(0);
    expect(FAMILIES.reduce((n, f) => n + fams[f].findings, 0)).toBe(r.findings.length - procedural);
    const live = new Set(r.findings.filter((f) => !f.negated && !f.procedural).map((f) => f.concept));
    expect(new Set(FAMILIES.flatMap((f) => fams[f].concepts))).toEqual(live);
  });
});
