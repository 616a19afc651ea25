// Two independent paths over the same documents must agree: the CLI's CSV (`wps-lens scan
// --format csv`, files on disk) and the coverage matrix plus findings sheet that the Excel tally
// writes into a workbook, read back cell by cell. Corpus text is read at run time, never stored.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { csvCell, CSV_COLUMNS, loadLexicon } from '../../core/index.ts';
import { FINDINGS_HEADER, MATRIX_COLS, MATRIX_HEADER_ROWS, MATRIX_ID_ROW, TOTAL_LABEL } from '../../office-addin/src/excel/matrix.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { tallySelection } from '../../office-addin/src/excel/tally.ts';
import { readResolution, WPS_RESOLUTIONS, NON_GENDER_RESOLUTIONS } from '../support/corpus.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';

const CELL_LIMIT = 32_767;
let dir: string;
const docs: { path: string; text: string }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wps-excel-csv-'));
  // Every listed resolution that fits one cell, whole, one document per cell.
  for (const s of [...WPS_RESOLUTIONS, ...NON_GENDER_RESOLUTIONS]) {
    const text = readResolution(s).filter((b) => b.type === 'paragraph').map((b) => b.text).join('\n');
    if (text.length <= CELL_LIMIT) docs.push({ path: join(dir, `S_RES_${s}.txt`), text });
  }
  // Our own words: a document without WPS language, and one whose first sentence looks like a formula.
  docs.push({ path: join(dir, 'logistics.txt'), text: 'The convoy departs at dawn. Fuel is resupplied at the depot.' });
  docs.push({ path: join(dir, 'formula.txt'), text: '=SUM(1) The battalion will appoint a gender adviser. Women will take part in patrol planning.' });
  for (const d of docs) await writeFile(d.path, d.text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cliCsv(paths: string[]): Promise<string> {
  let out = '';
  let errors = '';
  const code = await main(['scan', ...paths, '--format', 'csv'], {
    stdout: { write: (s: string) => { out += s; return true; } },
    stderr: { write: (s: string) => { errors += s; return true; } },
    stdin: new PassThrough(),
    env: {},
  });
  expect(errors).toBe('');
  expect(code).toBe(0);
  return out;
}

/**
 * The CSV rebuilt from what the workbook holds: the matrix for counts (concept ids from its hidden
 * id row, a concept's pillar from the lexicon), the findings sheet for the rest.
 */
function csvFromWorkbook(wb: FakeWorkbook, detectedOf: ReadonlyMap<string, boolean>): string {
  const lex = loadLexicon();
  const matrix = wb.sheet(COVERAGE_SHEET)!;
  const findings = wb.sheet(FINDINGS_SHEET)!;
  const width = matrix.usedValues()[0]!.length;
  const at = (r: number, c: number) => matrix.cell(r, c)?.value ?? '';
  const fCol = (name: (typeof FINDINGS_HEADER)[number]) => FINDINGS_HEADER.indexOf(name);
  const findingRows: (string | number | boolean)[][] = [];
  for (let r = 1; findings.cell(r, 0) !== undefined; r++) findingRows.push(FINDINGS_HEADER.map((_, c) => findings.cell(r, c)?.value ?? ''));

  const out: (string | number | boolean)[][] = [[...CSV_COLUMNS]];
  for (let r = MATRIX_HEADER_ROWS; at(r, 0) !== TOTAL_LABEL; r++) {
    const source = at(r, MATRIX_COLS.document);
    const base = [source, at(r, MATRIX_COLS.profile), at(r, MATRIX_COLS.language)];
    // The CSV's document columns: the matrix has all but whether the profile was detected.
    const doc = [at(r, MATRIX_COLS.score), at(r, MATRIX_COLS.scoreBasis), at(r, MATRIX_COLS.gaps), detectedOf.get(String(source)) ?? '?',
      at(r, MATRIX_COLS.requiredGaps), at(r, MATRIX_COLS.highGaps)];
    const mine = findingRows.filter((f) => f[fCol('Document')] === source);
    let any = false;
    for (let c = MATRIX_COLS.concepts; c < width; c++) {
      const n = at(r, c) as number;
      if (n === 0) continue;
      any = true;
      const concept = at(MATRIX_ID_ROW, c);
      const of = mine.filter((f) => f[fCol('Concept')] === concept);
      out.push([
        ...base, lex.concepts.get(String(concept))!.pillar, concept, of.some((f) => f[fCol('Gender-specific')] === true), n,
        of.filter((f) => f[fCol('Form')] === 'task').length, of.filter((f) => f[fCol('Form')] === 'advice').length,
        of.filter((f) => f[fCol('Negated')] === true).length, of[0]?.[fCol('Sentence')] ?? '', ...doc,
      ]);
    }
    if (!any) out.push([...base, '', '', '', 0, 0, 0, 0, '', ...doc]);
  }
  return out.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

describe('Excel matrix = CLI CSV', () => {
  it('the workbook, read back cell by cell, gives exactly the CLI\'s CSV for the same documents', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    const expected = await cliCsv(docs.map((d) => d.path));

    const wb = new FakeWorkbook();
    wb.addSheet('Documents', docs.map((d) => [d.path, d.text]));
    wb.select('Documents', `A1:B${docs.length}`);
    const r = await tallySelection({ lexicon: loadLexicon(), findingsSheet: true, run: wb.run });
    expect(r.documents).toBe(docs.length);

    // Whether the profile was detected is not on the coverage sheet: the tally's own reports give it.
    const actual = csvFromWorkbook(wb, new Map(r.docs.map((d) => [d.title, d.report.profile.detected])));
    expect(actual).toContain(',,"No score for this document type: 0 of 5 pillars covered, 0 gender-specific findings",0,true,0,0\r\n'); // logistics.txt: no score, not 0
    expect(actual.split('\r\n').length).toBeGreaterThan(docs.length * 2);
    expect(actual).toBe(expected);
    // The formula-like sentence is escaped in the CSV and kept as text in the workbook.
    expect(expected).toContain("'=SUM(1)");
    const f = wb.sheet(FINDINGS_SHEET)!;
    const sentenceCells = [...f.cells.values()].filter((c) => String(c.value).startsWith('=SUM(1)'));
    expect(sentenceCells.length).toBeGreaterThan(0);
    for (const c of sentenceCells) expect(c).toMatchObject({ numberFormat: '@' });
  });
});
