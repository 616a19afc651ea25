// Scale (issue 6): a Word document of 20,000 paragraphs is scanned in a fixed, small number of
// context.sync() calls, and 20,000 cells are tallied in Excel with writes in batches (one sync per
// batch of rows, never per cell or row). Both against the fakes (word-mock, excel-workbook); no
// timing is asserted: speed is measured in `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../../core/index.ts';
import { MATRIX_COLS, MATRIX_HEADER_ROWS } from '../../office-addin/src/excel/matrix.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { tallySelection } from '../../office-addin/src/excel/tally.ts';
import { readDocument } from '../../office-addin/src/word/read.ts';
import { headline } from '../../office-addin/src/word/view-model.ts';
import { repoRoot } from '../support/corpus.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';
import { createWordMock } from './support/word-mock.ts';

const N = 20_000;
const ORDER = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n').filter((l) => l.trim());
/** N paragraphs: the sample order's paragraphs over and over (a very long order). */
const paragraphs = Array.from({ length: N }, (_, i) => ORDER[i % ORDER.length]!);

describe('20,000 paragraphs', () => {
  it('Word: the scan reads every paragraph, header and footnote in two context.sync() calls, as for ten', async () => {
    const syncs: number[] = [];
    for (const n of [10, N]) {
      const w = createWordMock({ paragraphs: paragraphs.slice(0, n), headers: ['Sector West'], footnotes: ['Women are 12 per cent of the battalion.'], apiVersion: '1.5' });
      const read = await readDocument(w.run, w.supports);
      syncs.push(w.syncs());
      expect(read.blocks).toHaveLength(n + 2);
      if (n !== N) continue;
      const report = analyze(read.blocks, { source: 'long order' });
      expect(report.findings.length).toBeGreaterThan(N / 2);
      expect(headline(report)).not.toBeNull();
      // Offsets stay exact at the far end of the document.
      const last = report.findings.filter((f) => f.block === `body:${N - 1}` || f.block === `body:${N - 2}` || f.block === `body:${N - 3}`);
      for (const f of last) expect(w.body[Number(f.block!.split(':')[1])]!.text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(syncs).toEqual([2, 2]);
  });

  it('Excel: tallying 20,000 cells writes the matrix and the findings in batches of rows, one sync each', async () => {
    const lex = loadLexicon();
    const wb = new FakeWorkbook();
    wb.addSheet('Docs', paragraphs.map((p) => [p]));
    wb.select('Docs', `A1:A${N}`);
    const res = await tallySelection({ lexicon: lex, run: wb.run, findingsSheet: true });
    expect(res.documents).toBe(N);

    const coverage = wb.sheet(COVERAGE_SHEET)!;
    const values = coverage.usedValues();
    const matrixRows = MATRIX_HEADER_ROWS + N + 2; // header rows, one per document, totals
    expect(values).toHaveLength(matrixRows);
    const width = values[0]!.length;
    expect(width).toBe(MATRIX_COLS.concepts + lex.concepts.size);
    // The last document's row is that cell's analysis (each cell is one document, titled by its address).
    const lastRow = values[MATRIX_HEADER_ROWS + N - 1]!;
    expect(lastRow[0]).toBe(`A${N}`);
    expect(lastRow[MATRIX_COLS.findings]).toBe(analyze(paragraphs[N - 1]!, { lexicon: lex }).findings.length);
    expect(values[MATRIX_HEADER_ROWS + N]![MATRIX_COLS.findings]).toBe(res.findings);
    const findingRows = wb.sheet(FINDINGS_SHEET)!.usedValues().length - 1;
    expect(findingRows).toBe(res.findings);

    // Batches: every write is one block of at most 500 rows; one sync per block, plus a fixed few.
    const blocks = (rows: number) => Math.ceil(rows / 500);
    expect(wb.writes.every((w) => w.h <= 500)).toBe(true);
    // The "WPS gaps" sheet: one row per document and gap, under its header, in blocks like the others.
    const gapRows = wb.sheet(GAPS_SHEET)!.usedValues().length;
    expect(gapRows).toBeGreaterThan(1); // the header and at least one document's gaps
    const written = blocks(matrixRows) + blocks(findingRows + 1) + blocks(gapRows);
    expect(wb.writes).toHaveLength(written);
    // One sync per written block, plus a fixed few (selection, sheets, chart, formats); never one per cell or row.
    expect(wb.syncs - written).toBeLessThanOrEqual(8);
    expect(wb.syncs).toBeLessThan(N / 100);
    expect(matrixRows * width).toBeGreaterThan(1_000_000); // cells written, against under a hundred round trips
  });
});
