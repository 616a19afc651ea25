// "Tally a range" against an Excel stand-in (office-addin-mock for the selection, a cell grid for
// the sheets): matrix values, totals, heat map, chart, re-run in place, batching, text that looks
// like a formula, Cancel, the findings sheet, and imported files.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, FAMILIES, loadLexicon, pillarFamily, pillarLabel, pillarStyle, scoreLine, sortedGaps, type TextBlock } from '../../core/index.ts';
import { Cancelled } from '../../office-addin/src/excel/documents.ts';
import { browserReaders, fileText, type Readers } from '../../office-addin/src/excel/files.ts';
import { GAPS_HEADER, gapLabel, KIND_LABELS } from '../../office-addin/src/excel/gaps.ts';
import { DOCS_LABEL, FINDINGS_HEADER, HEADER_NOTES, MATRIX_COLS, MATRIX_HEADER_ROWS, MATRIX_ID_ROW, MATRIX_NAME_ROW, TOTAL_LABEL } from '../../office-addin/src/excel/matrix.ts';
import { CHART_NAME, COVERAGE_SHEET, DOCUMENTS_SHEET, FINDINGS_SHEET, GAPS_SHEET, writeQueue, writeRows } from '../../office-addin/src/excel/sheets.ts';
import { importAndTally, paragraphsForCells, tallySelection } from '../../office-addin/src/excel/tally.ts';
import { makeDocx, makePdf } from '../cli-fixtures.ts';
import { readResolution } from '../support/corpus.ts';
import { FakeWorkbook, type FakeSheet } from './support/excel-workbook.ts';

const lex = loadLexicon();
const paras = (symbol: string) => readResolution(symbol).filter((b) => b.type === 'paragraph').map((b) => b.text);
const SYMBOLS = ['1325', '1820', '1373', '2242', '1540'];

/** A sheet of (title, paragraph) rows: each resolution's paragraphs under its symbol. */
function corpusRows(symbols: string[]): [string, string][] {
  return symbols.flatMap((s) => paras(s).map((p) => [`S/RES/${s}`, p] as [string, string]));
}

function setup(symbols = SYMBOLS) {
  const wb = new FakeWorkbook();
  const rows = corpusRows(symbols);
  wb.addSheet('Docs', [['Title', 'Text'], ...rows]);
  wb.select('Docs', `A1:B${rows.length + 1}`);
  return { wb, rows };
}

/** The reports of the same documents, computed here from the rows (block ids = sheet row numbers). */
function expectedReports(rows: [string, string][]) {
  const byTitle = new Map<string, TextBlock[]>();
  rows.forEach(([t, text], i) => {
    const list = byTitle.get(t) ?? [];
    list.push({ id: String(i + 2), text });
    byTitle.set(t, list);
  });
  return [...byTitle].map(([title, blocks]) => ({ title, report: analyze(blocks, { source: title, lexicon: lex }) }));
}

const header = (s: FakeSheet) => s.usedValues()[MATRIX_NAME_ROW]!;
const ids = (s: FakeSheet) => s.usedValues()[MATRIX_ID_ROW]!;

describe('Tally a range', () => {
  it('writes one matrix row per document: counts per concept and pillar, totals, heat map, chart', async () => {
    const { wb, rows } = setup();
    const r = await tallySelection({ lexicon: lex, headerRow: true, run: wb.run });
    expect(r.documents).toBe(SYMBOLS.length);
    const sheet = wb.sheet(COVERAGE_SHEET)!;
    const values = sheet.usedValues();
    const names = header(sheet);
    expect(values).toHaveLength(MATRIX_HEADER_ROWS + SYMBOLS.length + 2);
    expect(names.slice(0, MATRIX_COLS.concepts)).toEqual(['Document', 'Participation', 'Protection', 'Prevention', 'Relief and recovery', 'Gender perspective', 'Findings', 'Score', 'Score basis', 'Required gaps', 'High gaps', 'Gaps', 'Gap list', 'Profile', 'Language']);
    expect(names.length).toBe(MATRIX_COLS.concepts + lex.concepts.size);
    // People read labels; the ids are in the hidden first row.
    const idRow = ids(sheet);
    expect(idRow.slice(0, MATRIX_COLS.concepts)).toEqual(['document', 'participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective', 'findings', 'score', 'scoreBasis', 'requiredGaps', 'highGaps', 'gaps', 'gapList', 'profile', 'language']);
    expect(sheet.hiddenRows).toEqual(new Set([MATRIX_ID_ROW]));
    for (let c = MATRIX_COLS.concepts; c < names.length; c++) {
      const concept = lex.concepts.get(String(idRow[c]))!;
      expect(names[c]).toBe(concept.label);
      expect(values[MATRIX_HEADER_ROWS - 2]![c]).toBe(pillarLabel(concept.pillar));
    }
    expect(names.filter((n) => /^[a-z]+(-[a-z0-9]+)+$/.test(String(n)))).toEqual([]); // no kebab-case id where people read

    for (const [i, { title, report }] of expectedReports(rows).entries()) {
      const row = values[MATRIX_HEADER_ROWS + i]!;
      expect(row[0]).toBe(title);
      expect(row[MATRIX_COLS.findings]).toBe(report.findings.length);
      expect(row[MATRIX_COLS.score]).toBe(report.coverage.score ?? '');
      expect(row[MATRIX_COLS.scoreBasis]).toBe(scoreLine(report));
      expect(row[MATRIX_COLS.profile]).toBe(report.profile.id);
      for (let c = MATRIX_COLS.concepts; c < names.length; c++) {
        expect(row[c], `${title} × ${names[c]}`).toBe(report.findings.filter((f) => f.concept === idRow[c]).length);
      }
      expect(row.slice(MATRIX_COLS.requiredGaps, MATRIX_COLS.gaps + 1)).toEqual([
        report.gaps.filter((g) => (g.level ?? (g.severity === 'high' ? 'required' : 'recommended')) === 'required').length,
        report.gaps.filter((g) => g.severity === 'high').length, report.gaps.length,
      ]);
      expect(String(row[MATRIX_COLS.gapList]).split('; ').filter(Boolean)).toHaveLength(report.gaps.length);
      FAMILIES.forEach((fam, k) => {
        expect(row[MATRIX_COLS.families + k]).toBe(report.findings.filter((f) => pillarFamily(f.pillar) === fam).length);
      });
    }
    // The WPS resolutions have findings, the counter-terrorism and non-proliferation ones far fewer.
    const findings = (sym: string) => values.find((row) => row[0] === `S/RES/${sym}`)![MATRIX_COLS.findings] as number;
    expect(findings('1325')).toBeGreaterThan(findings('1373'));
    expect(findings('1820')).toBeGreaterThan(findings('1540'));

    // Totals: sums of each count column, then the number of documents with any.
    const total = values[MATRIX_HEADER_ROWS + SYMBOLS.length]!;
    const docsWith = values[MATRIX_HEADER_ROWS + SYMBOLS.length + 1]!;
    expect(total[0]).toBe(TOTAL_LABEL);
    expect(docsWith[0]).toBe(DOCS_LABEL);
    const data = values.slice(MATRIX_HEADER_ROWS, MATRIX_HEADER_ROWS + SYMBOLS.length);
    for (const c of [MATRIX_COLS.findings, MATRIX_COLS.families, MATRIX_COLS.concepts, names.length - 1]) {
      expect(total[c]).toBe(data.reduce((s, row) => s + (row[c] as number), 0));
      expect(docsWith[c]).toBe(data.filter((row) => (row[c] as number) > 0).length);
    }

    // Formatting: bold, shaded, frozen headers; a colour scale over the pillar block and over the concept block.
    expect(sheet.cell(1, 0)!.bold).toBe(true);
    expect(sheet.frozenRows).toBe(MATRIX_HEADER_ROWS);
    expect(sheet.conditionalFormats).toHaveLength(3);
    const [fam, gapScale, con] = sheet.conditionalFormats;
    expect(fam).toMatchObject({ type: 'ColorScale', r: MATRIX_HEADER_ROWS, c: MATRIX_COLS.families, h: SYMBOLS.length, w: FAMILIES.length });
    expect(gapScale).toMatchObject({ type: 'ColorScale', r: MATRIX_HEADER_ROWS, c: MATRIX_COLS.requiredGaps, h: SYMBOLS.length, w: 3 });
    expect(con).toMatchObject({ type: 'ColorScale', r: MATRIX_HEADER_ROWS, c: MATRIX_COLS.concepts, h: SYMBOLS.length, w: lex.concepts.size });
    expect(fam!.criteria).toMatchObject({ minimum: { type: 'LowestValue' }, maximum: { type: 'HighestValue' } });

    // The chart: document titles as categories, one series per pillar, totals left out.
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]!;
    expect(chart).toMatchObject({ name: CHART_NAME, type: 'ColumnStacked', seriesBy: 'Columns' });
    expect(chart.data).toEqual({ r: MATRIX_HEADER_ROWS - 1, c: 0, h: SYMBOLS.length + 1, w: 1 + FAMILIES.length });
    expect(chart.seriesColors).toEqual(FAMILIES.map((f) => pillarStyle(f).line));
    expect(r.sheetCreated).toBe(true);
    expect(r.chartCreated).toBe(true);
  });

  it('re-running updates the same sheet and chart in place', async () => {
    const { wb } = setup();
    await tallySelection({ lexicon: lex, headerRow: true, run: wb.run });
    const sheetsBefore = wb.sheets.length;
    const chartBefore = wb.sheet(COVERAGE_SHEET)!.charts[0];
    // The analyst narrows the selection to two documents and runs again.
    const rows = corpusRows(['1325', '1373']);
    wb.sheet('Docs')!.cells.clear();
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Docs');
    wb.addSheet('Docs', rows);
    wb.select('Docs', `A1:B${rows.length}`);
    const r = await tallySelection({ lexicon: lex, run: wb.run });
    expect(r.sheetCreated).toBe(false);
    expect(r.chartCreated).toBe(false);
    expect(wb.sheets).toHaveLength(sheetsBefore);
    const sheet = wb.sheet(COVERAGE_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toBe(chartBefore);
    expect(sheet.charts[0]!.data.h).toBe(3);
    expect(sheet.conditionalFormats).toHaveLength(3);
    expect(sheet.conditionalFormats.map((f) => f.h)).toEqual([2, 2, 2]);
    // No row of the first run is left behind.
    const values = sheet.usedValues();
    expect(values).toHaveLength(MATRIX_HEADER_ROWS + 2 + 2);
    expect(values.map((row) => row[0]).slice(MATRIX_HEADER_ROWS)).toEqual(['S/RES/1325', 'S/RES/1373', TOTAL_LABEL, DOCS_LABEL]);
  });

  it('one column: each cell is a document titled by its address; non-text cells are reported, empty ones ignored', async () => {
    const wb = new FakeWorkbook();
    const p = paras('1325');
    wb.addSheet('S', [['x', p[12]!], ['', 12], ['', ''], ['', p[17]!]]);
    wb.select('S', 'B1:B4');
    const r = await tallySelection({ lexicon: lex, run: wb.run });
    expect(r.documents).toBe(2);
    expect(r.skipped).toEqual(['B2 holds a number']);
    const values = wb.sheet(COVERAGE_SHEET)!.usedValues();
    expect(values.slice(MATRIX_HEADER_ROWS, MATRIX_HEADER_ROWS + 2).map((row) => row[0])).toEqual(['B1', 'B4']);
    expect(values[MATRIX_HEADER_ROWS]![MATRIX_COLS.findings]).toBe(analyze(p[12]!, { lexicon: lex }).findings.length);
  });

  it('refuses a selection of three columns or without text', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S', [['a', 'b', 'c'], ['', '', '']]);
    wb.select('S', 'A1:C2');
    await expect(tallySelection({ lexicon: lex, run: wb.run })).rejects.toThrow(/one column of texts, or two columns/);
    wb.select('S', 'A2:A2');
    await expect(tallySelection({ lexicon: lex, run: wb.run })).rejects.toThrow(/No text in S!A2:A2/);
  });

  it('writes in batches: syncs grow with batches of rows, never with cells', async () => {
    const small = setup(['1325', '1373']);
    await tallySelection({ lexicon: lex, run: small.wb.run });
    const big = setup(['1325', '1373', '1820', '1888', '1889', '1960', '2106', '2122', '2242', '2467']);
    await tallySelection({ lexicon: lex, run: big.wb.run });
    expect(big.wb.syncs).toBe(small.wb.syncs);
    // Reading the selection, looking the sheets up, the closing sync: nothing per sheet, row or cell.
    expect(small.wb.syncs).toBe(3);
    // A re-run also looks up the chart the sheet already has: one more.
    const before = small.wb.syncs;
    const again = await tallySelection({ lexicon: lex, findingsSheet: true, run: small.wb.run });
    expect(small.wb.syncs - before).toBe(4);
    expect(again.syncs).toBe(3);

    // Rows beyond a batch: one sync per batch.
    const wb = new FakeWorkbook();
    wb.addSheet('T');
    const rows = Array.from({ length: 95 }, (_, i) => [`row ${i}`, i]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('T');
      expect(await writeRows(ctx, sheet, 0, rows, { batchRows: 10 })).toBe(10);
    });
    expect(wb.syncs).toBe(10);
    expect(wb.writes.map((w) => w.h)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
    expect(wb.sheet('T')!.usedValues()).toEqual(rows);

    // With a queue shared by the writes of one run: a sync only when the queue would pass a batch,
    // the last batch left for the caller's closing sync.
    const wq = new FakeWorkbook();
    wq.addSheet('Q');
    await wq.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Q');
      const queue = writeQueue();
      expect(await writeRows(ctx, sheet, 0, rows.slice(0, 25), { batchRows: 10, queue })).toBe(2); // 10 | 10 | 5 left queued
      expect(queue).toEqual({ rows: 5, chars: expect.any(Number), syncs: 2 });
      expect(await writeRows(ctx, sheet, 25, rows.slice(25, 30), { batchRows: 10, queue })).toBe(0); // 5 + 5 fit one batch
      expect(await writeRows(ctx, sheet, 30, rows.slice(30, 31), { batchRows: 10, queue })).toBe(1); // 10 + 1 do not
      expect(wq.sheet('Q')!.usedValues()).toEqual(rows.slice(0, 30));
      await ctx.sync();
    });
    expect(wq.syncs).toBe(4);
    expect(wq.sheet('Q')!.usedValues()).toEqual(rows.slice(0, 31));
  });

  it('keeps text that starts with = + - @ as text, in the matrix and the findings sheet', async () => {
    const wb = new FakeWorkbook();
    const hostile = '=HYPERLINK("http://example.invalid","click")';
    const text = '- The mission will deploy women protection advisers and report on conflict-related sexual violence.';
    wb.addSheet('S', [[hostile, text], ['@title', '+ Requests the mission to ensure the full participation of women.']]);
    wb.select('S', 'A1:B2');
    await tallySelection({ lexicon: lex, findingsSheet: true, run: wb.run });
    const cov = wb.sheet(COVERAGE_SHEET)!;
    const fnd = wb.sheet(FINDINGS_SHEET)!;
    for (const s of [cov, fnd]) for (const c of s.cells.values()) expect(c.formula, JSON.stringify(c)).toBeUndefined();
    expect(cov.cell(MATRIX_HEADER_ROWS, 0)).toMatchObject({ value: hostile, numberFormat: '@' });
    expect(cov.cell(MATRIX_HEADER_ROWS + 1, 0)).toMatchObject({ value: '@title', numberFormat: '@' });
    const sentences = fnd.usedValues().slice(1).map((row) => row[FINDINGS_HEADER.indexOf('Sentence')]);
    expect(sentences.some((s) => String(s).startsWith('- The mission'))).toBe(true);
    // Numbers stay numbers (General format), so the heat map and totals work.
    expect(cov.cell(MATRIX_HEADER_ROWS, MATRIX_COLS.findings)).toMatchObject({ numberFormat: 'General' });
    expect(typeof cov.cell(MATRIX_HEADER_ROWS, MATRIX_COLS.findings)!.value).toBe('number');
  });

  it('writes one findings row per finding, for pivot tables', async () => {
    const { wb, rows } = setup(['1325', '1820']);
    const r = await tallySelection({ lexicon: lex, headerRow: true, findingsSheet: true, run: wb.run });
    const values = wb.sheet(FINDINGS_SHEET)!.usedValues();
    expect(values[0]).toEqual([...FINDINGS_HEADER]);
    expect(values.length - 1).toBe(r.findings);
    const expected = expectedReports(rows);
    for (const { title, report } of expected) {
      const mine = values.slice(1).filter((row) => row[0] === title);
      expect(mine).toHaveLength(report.findings.length);
      const col = (name: (typeof FINDINGS_HEADER)[number]) => FINDINGS_HEADER.indexOf(name);
      expect(mine.filter((row) => row[col('Form')] === 'task')).toHaveLength(report.findings.filter((f) => f.strength.mode === 'task').length);
      expect(mine.filter((row) => row[col('Negated')] === true)).toHaveLength(report.findings.filter((f) => f.negated).length);
      // Each finding points to the sheet row it came from, and its words are in that row's text.
      for (const row of mine) {
        const sheetRow = Number(row[col('Row')]);
        const source = rows[sheetRow - 2]!;
        expect(source[0]).toBe(title);
        expect(source[1].replace(/\s+/g, ' ')).toContain(String(row[col('Words')]));
        expect(source[1].replace(/\s+/g, ' ')).toContain(String(row[col('Sentence')]));
      }
    }
  });

  it('explains the score and gap headers in a note on the header cell, within Excel\'s limits', async () => {
    const { wb } = setup(['1325']);
    await tallySelection({ lexicon: lex, headerRow: true, run: wb.run });
    const sheet = wb.sheet(COVERAGE_SHEET)!;
    const score = sheet.cell(MATRIX_NAME_ROW, MATRIX_COLS.score)!;
    expect(score.value).toBe('Score');
    expect(score.prompt).toEqual({ showPrompt: true, title: 'Score (0 to 100)', message: HEADER_NOTES.score!.message });
    expect(score.prompt!.message).toMatch(/rule met counts 1.*½.*missing 0.*Required rules weigh 2.*Empty: this type has no rules/);
    for (const key of ['scoreBasis', 'requiredGaps', 'highGaps', 'gaps', 'gapList'] as const) {
      expect(sheet.cell(MATRIX_NAME_ROW, MATRIX_COLS[key])!.prompt?.title, key).toBe(HEADER_NOTES[key]!.title);
    }
    // Only those cells: no prompt on the data or on the concept headers.
    const prompted = [...sheet.cells.entries()].filter(([, c]) => c.prompt).map(([k]) => k);
    expect(prompted).toHaveLength(Object.keys(HEADER_NOTES).length);
    expect(prompted.every((k) => k.startsWith(`${MATRIX_NAME_ROW},`))).toBe(true);
  });

  it('writes a "WPS gaps" sheet: one row per document and gap, most severe first, labels then ids', async () => {
    // Our own order without WPS language (many gaps) and one that names a gender adviser in its main body.
    const bare = ['OPERATION ORDER 4', '1. SITUATION', 'Armed groups hold the ridge.', '2. MISSION', 'The battalion secures the valley road.', '3. EXECUTION', 'Companies will patrol the road daily.'].join('\n');
    const better = bare + '\nThe battalion will appoint a gender adviser and consult women in every village.';
    const wb = new FakeWorkbook();
    wb.addSheet('S', [['bare order', bare], ['better order', better], ['a note', 'The convoy leaves at dawn.']]);
    wb.select('S', 'A1:B3');
    const r = await tallySelection({ lexicon: lex, profile: 'oporder', run: wb.run });
    const rows = wb.sheet(GAPS_SHEET)!.usedValues();
    expect(rows[0]).toEqual([...GAPS_HEADER]);
    const col = (name: (typeof GAPS_HEADER)[number]) => GAPS_HEADER.indexOf(name);
    const total = r.docs.reduce((n, d) => n + d.report.gaps.length, 0);
    expect(total).toBeGreaterThan(3);
    expect(rows.length - 1).toBe(total);
    expect(r.gaps).toBe(total);
    for (const d of r.docs) {
      const mine = rows.slice(1).filter((row) => row[0] === d.title);
      const want = sortedGaps(d.report.gaps);
      expect(mine.map((row) => row[col('Rule id')])).toEqual(want.map((g) => g.rule));
      mine.forEach((row, i) => {
        const g = want[i]!;
        expect(row[col('Severity')]).toBe(g.severity);
        expect(row[col('Gap')]).toBe(gapLabel(g, lex));
        expect(row[col('How it is unmet')]).toBe(KIND_LABELS[g.kind]);
        expect(row[col('Suggestion')]).toBe(g.suggestion.replace(/\s+/g, ' ').trim());
        expect(row[col('Profile')]).toBe('oporder');
        expect(row[col('Concept ids')]).toBe((g.concept ? [g.concept] : g.concepts ?? []).join(', '));
        if (g.evidence) expect(row[col('Mentions in the main body')]).toBe(g.evidence.mainBody);
      });
    }
    // The better order has fewer gaps than the bare one, and the coverage sheet says so too.
    const cov = wb.sheet(COVERAGE_SHEET)!.usedValues();
    const gapsOf = (title: string) => cov.find((row) => row[0] === title)![MATRIX_COLS.gaps] as number;
    expect(gapsOf('better order')).toBeLessThan(gapsOf('bare order'));
    expect(gapsOf('bare order')).toBe(rows.filter((row) => row[0] === 'bare order').length);
    // Rows are severity-sorted within a document: high before medium before low.
    const order = { high: 0, medium: 1, low: 2 } as Record<string, number>;
    const sev = rows.slice(1).filter((row) => row[0] === 'bare order').map((row) => order[String(row[col('Severity')])]!);
    expect(sev).toEqual([...sev].sort((a, b) => a - b));

    // A re-run with no gaps left (no rules for this type) leaves the header only: no stale rows.
    wb.select('S', 'A3:B3');
    const none = await tallySelection({ lexicon: lex, profile: 'generic', run: wb.run });
    expect(none.gaps).toBe(0);
    expect(wb.sheet(GAPS_SHEET)!.usedValues()).toEqual([[...GAPS_HEADER]]);
  });

  it('can be cancelled: analysis stops and nothing is written', async () => {
    const { wb } = setup();
    const token = { cancelled: false };
    const p = tallySelection({ lexicon: lex, headerRow: true, run: wb.run, token, onProgress: () => { token.cancelled = true; } });
    await expect(p).rejects.toBeInstanceOf(Cancelled);
    expect(wb.sheet(COVERAGE_SHEET)).toBeUndefined();
  });

  it('can be cancelled while writing: it stops between batches', async () => {
    const { wb } = setup(['1325']);
    const token = { cancelled: false };
    const p = tallySelection({ lexicon: lex, run: wb.run, token, findingsSheet: true, onProgress: (phase) => { if (phase === 'write') token.cancelled = true; } });
    await expect(p).rejects.toBeInstanceOf(Cancelled);
    expect(wb.sheet(FINDINGS_SHEET)).toBeUndefined();
  });
});

describe('Import documents', () => {
  const nodeReaders: Readers = {
    // The pane's own loader: mammoth's browser build runs in Node too.
    mammoth: browserReaders.mammoth,
    // pdf.js's browser build needs browser globals; Node runs its legacy build, same API.
    pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Awaited<ReturnType<Readers['pdfjs']>>,
    domParser: () => new (parseHTML('<html></html>').DOMParser)() as unknown as ReturnType<Readers['domParser']>,
  };
  const p1325 = paras('1325');

  it('reads .docx, .pdf, .html and .txt, writes their paragraphs to rows and tallies them', async () => {
    const docx = await fileText('plan.docx', await makeDocx([p1325[17]!, p1325[18]!]), nodeReaders);
    expect(docx).toContain('Requests the Secretary-General');
    const pdf = await fileText('report.pdf', makePdf([['Women participated in all community meetings.', 'Sexual violence incidents were reported.']]), nodeReaders);
    expect(pdf).toContain('Women participated');
    const html = await fileText('page.html', new TextEncoder().encode(`<html><head><script>x()</script></head><body><p>${p1325[12]}</p><p>Second &amp; last.</p></body></html>`), nodeReaders);
    expect(html.split('\n\n')).toEqual([p1325[12], 'Second & last.']);
    const txt = await fileText('notes.txt', new TextEncoder().encode('Gender advisers will be deployed.\r\n\r\nNothing else.'), nodeReaders);
    expect(txt).toBe('Gender advisers will be deployed.\n\nNothing else.');
    await expect(fileText('image.png', new Uint8Array([1, 2]), nodeReaders)).rejects.toThrow(/unsupported file type/);
    await expect(fileText('fake.docx', new TextEncoder().encode('hello'), nodeReaders)).rejects.toThrow(/not a .docx/);

    const wb = new FakeWorkbook();
    const r = await importAndTally([{ name: 'plan.docx', text: docx }, { name: 'report.pdf', text: pdf }, { name: 'page.html', text: html }, { name: 'notes.txt', text: txt }], { lexicon: lex, run: wb.run });
    expect(r.documents).toBe(4);
    const docs = wb.sheet(DOCUMENTS_SHEET)!.usedValues();
    expect(docs[0]).toEqual(['Title', 'Text']);
    expect(docs.filter((row) => row[0] === 'page.html').map((row) => row[1])).toEqual([p1325[12], 'Second & last.']);
    const cov = wb.sheet(COVERAGE_SHEET)!.usedValues();
    expect(cov.slice(MATRIX_HEADER_ROWS, MATRIX_HEADER_ROWS + 4).map((row) => row[0])).toEqual(['plan.docx', 'report.pdf', 'page.html', 'notes.txt']);
    const docxRow = cov[MATRIX_HEADER_ROWS]!;
    expect(docxRow[MATRIX_COLS.findings]).toBeGreaterThan(0);
  });

  it('splits text into paragraphs that fit a cell', () => {
    const long = 'word '.repeat(20_000).trim();
    const parts = paragraphsForCells(`First.\n\n${long}`);
    expect(parts[0]).toBe('First.');
    expect(parts.slice(1).every((p) => p.length <= 32_767)).toBe(true);
    expect(parts.slice(1).join(' ')).toBe(long);
  });
});
