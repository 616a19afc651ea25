import { describe, it, expect } from 'vitest';
import { CliOutput, Report } from '../core/schema.ts';
import {
  formatJson, formatCsv, formatMarkdown, formatText, formatReports, csvCell, mdEscape, isRequiredGap, hasRequiredGap, CSV_COLUMNS, gapCounts,
} from '../cli/format.ts';
import { findingIn, gap, makeReport } from './cli-fixtures.ts';
import { parseCsv } from './support/csv.ts';

const TEXT = [
  'Paragraph 3. The battalion will ensure women\'s participation in patrol planning.',
  'Commanders should consider a "gender advisor", where possible,\tin each\n   company.',
  'There is no gender advisor in the brigade.',
].join('\n');

function sampleDoc() {
  const findings = [
    findingIn(TEXT, "women's participation", { label: "Women's participation" }),
    findingIn(TEXT, 'gender advisor', { concept: 'gender-advisor', pillar: 'structures', genderSpecific: true, strength: { verbClass: 'directive', level: 3, mode: 'advice', cue: 'should consider' } }),
    findingIn(TEXT, 'gender advisor', { concept: 'gender-advisor', pillar: 'structures', negated: true, strength: { verbClass: null, level: 0, mode: 'context' } }, TEXT.indexOf('There')),
  ];
  // the second finding's sentence spans the line break inside "in each\n company."
  findings[1]!.sentence = { start: TEXT.indexOf('Commanders'), end: TEXT.indexOf('There') - 1 };
  const report = makeReport('orders/opord 7.txt', findings, {
    gaps: [
      gap({ severity: 'medium', level: 'recommended', rule: 'oporder.training', kind: 'advice-only', concept: 'gender-training' }),
      gap(),
    ],
    figures: [{ start: 0, end: 4, text: '2.2 per cent', percent: 2.2, group: 'women', category: 'mission-personnel', sentence: { start: 0, end: 4 } }],
  });
  report.coverage.scoreBasis = '1 of 2 rules met, 1 only as advice (“only” counts half; required rules count double)';
  return { report, text: TEXT };
}

describe('json', () => {
  it('prints the contract shape, pretty-printed with 2 spaces', () => {
    const { report } = sampleDoc();
    const out = formatJson([report], { errors: [{ source: 'x.pdf', message: 'encrypted PDF' }] });
    const parsed = CliOutput.parse(JSON.parse(out));
    expect(parsed.version).toBe(1);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]).toEqual(report);
    expect(parsed.errors).toEqual([{ source: 'x.pdf', message: 'encrypted PDF' }]);
    expect(out).toContain('\n  "documents": [');
    expect(out.endsWith('\n')).toBe(true);
  });
  it('documents are Reports, not {report, text}', () => {
    const doc = sampleDoc();
    const parsed = JSON.parse(formatJson([doc]));
    expect(Report.parse(parsed.documents[0])).toEqual(doc.report);
    expect(parsed.documents[0].text).toBeUndefined();
  });
});

describe('csv', () => {
  it('has exactly the contract columns and one row per document × concept', () => {
    const rows = parseCsv(formatCsv([sampleDoc()]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // The contract's columns, then the document's score, its one-line basis and its gap count (added 2026-12),
    // then whether the profile was detected and the required and high-severity gap counts.
    expect(rows[0]!.join(',')).toBe('source,profile,language,pillar,concept,genderSpecific,findings,tasks,advice,negated,firstSentence,score,scoreBasis,gaps,profileDetected,requiredGaps,highGaps');
    const doc = ['50', 'Score 50/100 — 1 of 2 rules met, 1 only as advice (“only” counts half; required rules count double)', '2', 'true', '1', '1'];
    expect(rows.slice(1)).toEqual([
      ['orders/opord 7.txt', 'oporder', 'en', 'participation', 'women-participation', 'true', '1', '1', '0', '0',
        "Paragraph 3. The battalion will ensure women's participation in patrol planning.", ...doc],
      ['orders/opord 7.txt', 'oporder', 'en', 'structures', 'gender-advisor', 'true', '2', '0', '1', '1',
        'Commanders should consider a "gender advisor", where possible, in each company.', ...doc],
    ]);
  });
  it('quotes commas, quotes and line breaks (RFC 4180) and ends rows with CRLF', () => {
    const out = formatCsv([sampleDoc()]);
    expect(out).toContain('"Commanders should consider a ""gender advisor"", where possible, in each company."');
    expect(out.split('\r\n')).toHaveLength(4); // header + 2 rows + trailing empty
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain')).toBe('plain');
  });
  it('neutralises formula injection in any cell', () => {
    for (const lead of ['=', '+', '-', '@']) {
      expect(csvCell(`${lead}HYPERLINK("http://x")`)).toBe(`"'${lead}HYPERLINK(""http://x"")"`);
    }
    const text = '=cmd|\' /C calc\'!A0 and women\'s participation';
    const report = makeReport('@evil.txt', [findingIn(text, "women's participation", { sentence: { start: 0, end: text.length } })]);
    const rows = parseCsv(formatCsv([{ report, text }]));
    expect(rows[1]![0]).toBe("'@evil.txt");
    expect(rows[1]![10]).toBe("'=cmd|' /C calc'!A0 and women's participation");
    const stdin = parseCsv(formatCsv([makeReport('-', [])]));
    expect(stdin[1]![0]).toBe("'-");
  });
  it('a document with no findings still gets one row', () => {
    const rows = parseCsv(formatCsv([makeReport('empty.txt')]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['empty.txt', 'oporder', 'en', '', '', '', '0', '0', '0', '0', '', '0', 'Score 0/100', '0', 'true', '0', '0']);
  });
  it('a document type without rules has an empty score cell (never 0) and the coverage summary as its basis', () => {
    const report = makeReport('study.txt', [], { profile: { id: 'generic', confidence: 1, detected: false } });
    report.coverage.score = null;
    report.coverage.scoreBasis = 'No score for this document type: 0 of 5 pillars covered, 0 gender-specific findings';
    const rows = parseCsv(formatCsv([report]));
    expect(rows[1]!.slice(-6)).toEqual(['', 'No score for this document type: 0 of 5 pillars covered, 0 gender-specific findings', '0', 'false', '0', '0']);
  });
  it('counts required gaps (level, or high severity without a level) and high-severity gaps apart', () => {
    const gaps = [
      gap(), // required, high
      gap({ rule: 'r2', level: 'required', severity: 'medium' }), // required though medium
      gap({ rule: 'r3', level: 'recommended', severity: 'high' }), // high though recommended
      gap({ rule: 'r4', level: undefined, severity: 'high' }), // no level: high counts as required
      gap({ rule: 'r5', level: undefined, severity: 'medium' }),
      gap({ rule: 'r6', level: 'recommended', severity: 'low' }),
    ];
    expect(gapCounts({ gaps })).toEqual({ gaps: 6, required: 3, high: 3 });
    expect(gapCounts({ gaps: [] })).toEqual({ gaps: 0, required: 0, high: 0 });
    const rows = parseCsv(formatCsv([makeReport('g.txt', [], { gaps })]));
    expect(rows[1]!.slice(CSV_COLUMNS.indexOf('gaps'))).toEqual(['6', 'true', '3', '3']);
  });
  it('without the text, firstSentence falls back to the matched words', () => {
    const rows = parseCsv(formatCsv([sampleDoc().report]));
    expect(rows[1]![10]).toBe("women's participation");
  });
});

describe('markdown', () => {
  const evil = 'Officers noted <img src=x onerror=alert(1)> and **bold** [link](http://x) `code` | pipe & women\'s participation.';
  it('escapes HTML and Markdown in document text, sources and lexicon strings', () => {
    const report = makeReport('<script>alert(1)</script>.txt', [
      findingIn(evil, "women's participation", { sentence: { start: 0, end: evil.length }, label: '<b>label</b>' }),
    ], { gaps: [gap({ reason: '<img src=x onerror=alert(1)>', suggestion: '- [x](javascript:alert(1))' })] });
    const md = formatMarkdown([{ report, text: evil }], { date: '2026-11-22' });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/[^\\]\[link\]/);
    expect(md).toContain('\\*\\*bold\\*\\*');
    expect(md).toContain('\\`code\\`');
    expect(md).toContain('\\| pipe &amp; ');
    expect(md).toContain("**women's participation**"); // the match itself is marked
    expect(md).toContain('\\- \\[x\\](javascript:alert(1))');
  });
  it('mdEscape handles line-start markers and newlines', () => {
    expect(mdEscape('- item')).toBe('\\- item');
    expect(mdEscape('1. first')).toBe('1\\. first');
    expect(mdEscape('2.2 per cent')).toBe('2.2 per cent');
    expect(mdEscape('-5 points')).toBe('-5 points');
    expect(mdEscape('---')).toBe('\\---');
    expect(mdEscape('# heading\n===')).toBe('\\# heading ===');
    expect(mdEscape('a&b <c>')).toBe('a&amp;b &lt;c&gt;');
  });
  it('has a title, date, summary, coverage table, gaps and findings', () => {
    const md = formatMarkdown([sampleDoc()], { date: '2026-11-22', toolVersion: '0.1.0', errors: [{ source: 'bad.pdf', message: 'encrypted PDF' }] });
    expect(md.startsWith('# WPS Lens report\n')).toBe(true);
    expect(md).toContain('Generated 2026\\-11\\-22'.replace(/\\-/g, '-'));
    expect(md).toContain('## Summary');
    expect(md).toContain('| orders/opord 7.txt | oporder | en | 50 | 3 | 2 | 2 | 1 |');
    expect(md).toContain('### Coverage');
    expect(md).toContain('| Participation | 1 | 1 | 0 | 0 | women-participation |');
    expect(md).toContain('| Advisers and structures | 2 | 0 | 1 | 1 | gender-advisor |');
    expect(md).toContain('### Gaps');
    expect(md.indexOf('**HIGH**')).toBeLessThan(md.indexOf('**MEDIUM**'));
    expect(md).toContain('### Findings');
    expect(md).toContain('### Figures');
    expect(md).toContain('## Inputs not scanned');
    expect(md).toContain('- bad.pdf: encrypted PDF');
  });
});

describe('text', () => {
  it('shows profile, score, coverage bars, gaps, findings in context and figures', () => {
    const out = formatText([sampleDoc()], { errors: [{ source: 'bad.pdf', message: 'encrypted PDF' }] });
    expect(out).toContain('orders/opord 7.txt');
    expect(out).toMatch(/Profile\s+Operation order \(oporder; detected, 80% confidence\)/);
    expect(out).toMatch(/Score\s+50\/100/);
    expect(out).toMatch(/Participation\s+█+░*\s+1\s+1\s+0\s+0/);
    expect(out).toMatch(/structures\s+█+░*\s+2\s+0\s+1\s+1/);
    // The gap by its title and kind in words; the rule id last, for search and scripts.
    expect(out).toMatch(/HIGH   required  Women, gender or UNSCR 1325  Missing\n/);
    expect(out).toContain('rule oporder.main-body-keywords');
    expect(out).toContain('→ Add a gender task to paragraph 3.');
    expect(out).toContain("[[women's participation]]");
    expect(out).toContain('“Commanders should consider a "[[gender advisor]]", where possible, in each company.”');
    expect(out).toContain('advice, directive, level 3 ("should consider")');
    expect(out).toContain('context, level 0; negated');
    expect(out).toMatch(/2\.2%\s+women \(mission-personnel\)/);
    expect(out).toContain('Not scanned (1)');
    expect(out).not.toContain('\x1b[');
  });
  it('uses ANSI colours only when asked, and never passes control characters from the document', () => {
    const text = 'Bad \x1b]0;pwned\x07 women\'s participation';
    const report = makeReport('t.txt', [findingIn(text, "women's participation", { sentence: { start: 0, end: text.length } })]);
    const coloured = formatText([{ report, text }], { color: true });
    expect(coloured).toContain('\x1b[');
    expect(coloured).not.toContain('\x1b]0;');
    expect(coloured).not.toContain('\x07');
  });
  it('says so when a document has no findings or gaps', () => {
    const out = formatText([makeReport('empty.txt')]);
    expect(out).toContain('Findings  none');
    expect(out).toContain('Gaps  none');
  });
});

describe('gap levels', () => {
  it('a required gap is level "required", or severity high when level is absent', () => {
    expect(isRequiredGap(gap({ level: 'required', severity: 'low' }))).toBe(true);
    expect(isRequiredGap(gap({ level: 'recommended', severity: 'high' }))).toBe(false);
    expect(isRequiredGap(gap({ level: undefined, severity: 'high' }))).toBe(true);
    expect(isRequiredGap(gap({ level: undefined, severity: 'medium' }))).toBe(false);
    expect(hasRequiredGap([makeReport('a'), makeReport('b', [], { gaps: [gap()] })])).toBe(true);
  });
});

describe('formatReports', () => {
  it('dispatches on the format name', () => {
    const docs = [sampleDoc()];
    expect(formatReports('json', docs)).toBe(formatJson(docs));
    expect(formatReports('csv', docs)).toBe(formatCsv(docs));
    expect(formatReports('md', docs, { date: '2026-01-01' })).toBe(formatMarkdown(docs, { date: '2026-01-01' }));
    expect(formatReports('text', docs)).toBe(formatText(docs));
  });
});
