// Writing tables into worksheets: rows in batches (one context.sync() per batch, never per cell),
// text that looks like a formula kept as text, and the coverage sheet's formatting and chart.
import { FAMILIES, pillarStyle } from '../../../core/index.ts';
import { Cancelled, columnLetter, type CancelToken } from './documents.ts';
import { MATRIX_COLS, MATRIX_HEADER_ROWS, type Cell, type CoverageMatrix } from './matrix.ts';

export const COVERAGE_SHEET = 'WPS coverage';
export const FINDINGS_SHEET = 'WPS findings';
export const DOCUMENTS_SHEET = 'WPS documents';
export const CHART_NAME = 'WPS coverage per pillar';

/** A value Excel would read as a formula (=, +, -, @) must be entered into a cell formatted as text. */
export function looksLikeFormula(v: Cell): boolean {
  return typeof v === 'string' && /^[=+\-@]/.test(v);
}

/** Number formats for a block of rows: "@" (text) where a string would otherwise become a formula. */
export function numberFormats(rows: readonly Cell[][]): string[][] {
  return rows.map((row) => row.map((v) => (looksLikeFormula(v) ? '@' : 'General')));
}

export interface WriteOptions {
  /** Rows per context.sync(); smaller batches keep each request under Excel's payload limit. */
  batchRows?: number;
  /** Characters per batch at most (Excel on the web limits a request to about 5 MB). */
  batchChars?: number;
  token?: CancelToken;
  onProgress?: (done: number, total: number) => void;
}

/** Find a sheet by name or add it; an existing one is cleared (values and formats), its charts kept. */
export async function freshSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load('isNullObject');
  await context.sync();
  if (existing.isNullObject) return { sheet: context.workbook.worksheets.add(name), created: true };
  const all = existing.getRange();
  all.conditionalFormats.clearAll();
  all.clear('All');
  return { sheet: existing, created: false };
}

/** Write rows from (startRow, 0) in batches: numberFormat first, then values, then one sync per batch. */
export async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, startRow: number, rows: readonly Cell[][], options: WriteOptions = {}): Promise<number> {
  const maxRows = options.batchRows ?? 500;
  const maxChars = options.batchChars ?? 1_000_000;
  let syncs = 0;
  for (let i = 0; i < rows.length;) {
    if (options.token?.cancelled) throw new Cancelled(i, rows.length);
    let n = 0;
    let chars = 0;
    while (i + n < rows.length && n < maxRows && (n === 0 || chars < maxChars)) {
      for (const v of rows[i + n]!) chars += typeof v === 'string' ? v.length : 8;
      n++;
    }
    const block = rows.slice(i, i + n);
    const width = block[0]?.length ?? 0;
    if (width > 0) {
      const range = sheet.getRangeByIndexes(startRow + i, 0, n, width);
      range.numberFormat = numberFormats(block);
      range.values = block as Cell[][];
      await context.sync();
      syncs++;
    }
    i += n;
    options.onProgress?.(i, rows.length);
  }
  return syncs;
}

/** Header rows bold and shaded, the first column frozen with them. */
function styleHeader(sheet: Excel.Worksheet, rows: number, width: number): void {
  const header = sheet.getRangeByIndexes(0, 0, rows, width);
  header.format.font.bold = true;
  header.format.fill.color = '#F3F2F1';
  sheet.freezePanes.freezeRows(rows);
}

/** A white-to-colour scale over a block of counts: the heat map. */
function heatMap(range: Excel.Range, color: string): void {
  const cf = range.conditionalFormats.add('ColorScale');
  cf.colorScale.criteria = {
    minimum: { formula: null as unknown as string, type: 'LowestValue', color: '#FFFFFF' },
    maximum: { formula: null as unknown as string, type: 'HighestValue', color },
  };
}

export interface CoverageWrite { created: boolean; chartCreated: boolean; syncs: number }

/**
 * The coverage sheet: the matrix, its totals, a heat map over the pillar and concept counts, and a
 * stacked column chart of the five pillars per document. Re-running rewrites the same sheet and
 * points the same chart at the new rows.
 */
export async function writeCoverage(context: Excel.RequestContext, matrix: CoverageMatrix, options: WriteOptions = {}): Promise<CoverageWrite> {
  const { sheet, created } = await freshSheet(context, COVERAGE_SHEET);
  let syncs = 1;
  const all = [...matrix.header, ...matrix.rows, ...matrix.totals];
  syncs += await writeRows(context, sheet, 0, all, options);

  const docs = matrix.rows.length;
  const width = matrix.width;
  styleHeader(sheet, MATRIX_HEADER_ROWS, width);
  const totals = sheet.getRangeByIndexes(MATRIX_HEADER_ROWS + docs, 0, matrix.totals.length, width);
  totals.format.font.bold = true;
  totals.format.fill.color = '#F3F2F1';
  if (docs > 0) {
    heatMap(sheet.getRangeByIndexes(MATRIX_HEADER_ROWS, MATRIX_COLS.families, docs, FAMILIES.length), '#0B5CAD');
    if (matrix.concepts.length) heatMap(sheet.getRangeByIndexes(MATRIX_HEADER_ROWS, MATRIX_COLS.concepts, docs, matrix.concepts.length), '#C25E00');
  }
  sheet.getRangeByIndexes(0, 0, all.length, MATRIX_COLS.concepts).format.autofitColumns();
  sheet.getRangeByIndexes(0, MATRIX_COLS.document, 1, 1).format.columnWidth = 220;

  // The chart: titles and the five pillar columns, header row included (series names), totals excluded.
  const chartData = sheet.getRangeByIndexes(MATRIX_HEADER_ROWS - 1, 0, docs + 1, 1 + FAMILIES.length);
  const existing = sheet.charts.getItemOrNullObject(CHART_NAME);
  existing.load('isNullObject');
  await context.sync();
  syncs++;
  let chart: Excel.Chart;
  const chartCreated = existing.isNullObject;
  if (chartCreated) {
    chart = sheet.charts.add('ColumnStacked', chartData, 'Columns');
    chart.name = CHART_NAME;
  } else {
    chart = existing;
    chart.setData(chartData, 'Columns');
  }
  chart.title.text = 'WPS findings per pillar and document';
  const below = `A${MATRIX_HEADER_ROWS + docs + matrix.totals.length + 2}`;
  const end = `${columnLetter(Math.min(width, 12) - 1)}${MATRIX_HEADER_ROWS + docs + matrix.totals.length + 22}`;
  chart.setPosition(below, end);
  FAMILIES.forEach((f, i) => chart.series.getItemAt(i).format.fill.setSolidColor(pillarStyle(f).line));
  sheet.activate();
  await context.sync();
  syncs++;
  return { created, chartCreated, syncs };
}

/** A plain table sheet (findings, imported documents): header row, rows in batches, header frozen. */
export async function writeTableSheet(context: Excel.RequestContext, name: string, header: readonly string[], rows: readonly Cell[][], options: WriteOptions = {}): Promise<{ created: boolean; syncs: number }> {
  const { sheet, created } = await freshSheet(context, name);
  let syncs = 1;
  syncs += await writeRows(context, sheet, 0, [[...header], ...rows], options);
  styleHeader(sheet, 1, header.length);
  sheet.getRangeByIndexes(0, 0, 1, header.length).format.autofitColumns();
  await context.sync();
  syncs++;
  return { created, syncs };
}
