// Writing tables into worksheets: rows in batches (one context.sync() per batch, never per cell),
// text that looks like a formula kept as text, and the coverage sheet's formatting and chart.
import { FAMILIES, pillarStyle } from '../../../core/index.ts';
import { Cancelled, columnLetter, type CancelToken } from './documents.ts';
import { HEADER_NOTES, MATRIX_COLS, MATRIX_HEADER_ROWS, MATRIX_ID_ROW, MATRIX_NAME_ROW, type Cell, type CoverageMatrix } from './matrix.ts';

export const COVERAGE_SHEET = 'WPS coverage';
export const FINDINGS_SHEET = 'WPS findings';
export const GAPS_SHEET = 'WPS gaps';
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
  /**
   * Shared by the writes of one Excel.run: what is queued and not yet synced. With it, writeRows
   * leaves its last batch queued for the caller's one closing sync, and syncs first only when the
   * queue would pass a batch's size.
   */
  queue?: WriteQueue;
}

/** Rows and characters queued since the last context.sync() (see WriteOptions.queue). */
export interface WriteQueue { rows: number; chars: number; syncs: number }

export function writeQueue(): WriteQueue {
  return { rows: 0, chars: 0, syncs: 0 };
}

/** Find a sheet by name or add it; an existing one is cleared (values and formats), its charts kept. */
export async function freshSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  return (await freshSheets(context, [name]))[0]!;
}

/** freshSheet for several sheets with one sync: every lookup is queued, then each sheet is cleared or added. */
export async function freshSheets(context: Excel.RequestContext, names: readonly string[]): Promise<{ sheet: Excel.Worksheet; created: boolean }[]> {
  const found = names.map((name) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(name);
    existing.load('isNullObject');
    return existing;
  });
  await context.sync();
  return found.map((existing, i) => {
    if (existing.isNullObject) return { sheet: context.workbook.worksheets.add(names[i]!), created: true };
    const all = existing.getRange();
    all.conditionalFormats.clearAll();
    all.clear('All');
    return { sheet: existing, created: false };
  });
}

/**
 * Write rows from (startRow, 0) in batches: numberFormat first, then values. Without a queue, one
 * sync per batch; with one, a sync only when the queued batches would pass a batch's size, the last
 * batch left for the caller's closing sync. Returns the syncs made.
 */
export async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, startRow: number, rows: readonly Cell[][], options: WriteOptions = {}): Promise<number> {
  const maxRows = options.batchRows ?? 500;
  const maxChars = options.batchChars ?? 1_000_000;
  const queue = options.queue;
  let syncs = 0;
  for (let i = 0; i < rows.length;) {
    if (options.token?.cancelled) throw new Cancelled(i, rows.length);
    let n = 0;
    let chars = 0;
    while (i + n < rows.length && n < maxRows && (n === 0 || chars < maxChars)) {
      for (const v of rows[i + n]!) chars += typeof v === 'string' ? v.length : 8;
      n++;
    }
    if (queue && queue.rows > 0 && (queue.rows + n > maxRows || queue.chars + chars > maxChars)) {
      await context.sync();
      syncs++;
      queue.syncs++;
      queue.rows = 0;
      queue.chars = 0;
    }
    const block = rows.slice(i, i + n);
    const width = block[0]?.length ?? 0;
    if (width > 0) {
      const range = sheet.getRangeByIndexes(startRow + i, 0, n, width);
      range.numberFormat = numberFormats(block);
      range.values = block as Cell[][];
      if (queue) {
        queue.rows += n;
        queue.chars += chars;
      } else {
        await context.sync();
        syncs++;
      }
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

/**
 * The header notes (HEADER_NOTES): a prompt Excel shows when the header cell is selected, by mouse
 * or keyboard (data validation, ExcelApi 1.8, so every Excel that runs the add-in has it). Queued
 * with the other writes: no sync of its own.
 */
function explainHeaders(sheet: Excel.Worksheet): void {
  for (const [key, note] of Object.entries(HEADER_NOTES)) {
    const cell = sheet.getRangeByIndexes(MATRIX_NAME_ROW, MATRIX_COLS[key as keyof typeof MATRIX_COLS], 1, 1);
    cell.dataValidation.prompt = { showPrompt: true, title: note!.title, message: note!.message };
  }
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
 * The coverage sheet: the matrix, its totals, a heat map over the pillar, gap and concept counts,
 * the header notes, and a stacked column chart of the five pillars per document. Re-running
 * rewrites the same sheet and points the same chart at the new rows. Everything is queued on
 * `queue`; the only sync of its own looks up the chart of a sheet that existed before. The caller
 * syncs once at the end (tallyDocuments).
 */
export async function writeCoverage(context: Excel.RequestContext, target: { sheet: Excel.Worksheet; created: boolean }, matrix: CoverageMatrix, options: WriteOptions & { queue: WriteQueue }): Promise<CoverageWrite> {
  const { sheet, created } = target;
  let syncs = 0;
  const all = [...matrix.header, ...matrix.rows, ...matrix.totals];
  syncs += await writeRows(context, sheet, 0, all, options);

  const docs = matrix.rows.length;
  const width = matrix.width;
  styleHeader(sheet, MATRIX_HEADER_ROWS, width);
  // The ids stay in the sheet for formulas and lookups, out of the reader's way.
  sheet.getRangeByIndexes(MATRIX_ID_ROW, 0, 1, width).rowHidden = true;
  explainHeaders(sheet);
  const totals = sheet.getRangeByIndexes(MATRIX_HEADER_ROWS + docs, 0, matrix.totals.length, width);
  totals.format.font.bold = true;
  totals.format.fill.color = '#F3F2F1';
  if (docs > 0) {
    heatMap(sheet.getRangeByIndexes(MATRIX_HEADER_ROWS, MATRIX_COLS.families, docs, FAMILIES.length), '#0B5CAD');
    // Gap counts in red: the documents to work on first stand out.
    heatMap(sheet.getRangeByIndexes(MATRIX_HEADER_ROWS, MATRIX_COLS.requiredGaps, docs, MATRIX_COLS.gaps - MATRIX_COLS.requiredGaps + 1), '#C50F1F');
    if (matrix.concepts.length) heatMap(sheet.getRangeByIndexes(MATRIX_HEADER_ROWS, MATRIX_COLS.concepts, docs, matrix.concepts.length), '#C25E00');
  }
  sheet.getRangeByIndexes(0, 0, all.length, MATRIX_COLS.concepts).format.autofitColumns();
  sheet.getRangeByIndexes(0, MATRIX_COLS.document, 1, 1).format.columnWidth = 220;
  sheet.getRangeByIndexes(0, MATRIX_COLS.gapList, 1, 1).format.columnWidth = 320;

  // The chart: titles and the five pillar columns, name row included (series names), totals excluded.
  const chartData = sheet.getRangeByIndexes(MATRIX_NAME_ROW, 0, docs + 1, 1 + FAMILIES.length);
  let chart: Excel.Chart | undefined;
  if (!created) {
    // A sheet that was there may hold the chart of an earlier run: look it up (this sync also sends the queued rows).
    const existing = sheet.charts.getItemOrNullObject(CHART_NAME);
    existing.load('isNullObject');
    await context.sync();
    syncs++;
    options.queue.syncs++;
    options.queue.rows = 0;
    options.queue.chars = 0;
    if (!existing.isNullObject) chart = existing;
  }
  const chartCreated = chart === undefined;
  if (chart) chart.setData(chartData, 'Columns');
  else {
    chart = sheet.charts.add('ColumnStacked', chartData, 'Columns');
    chart.name = CHART_NAME;
  }
  chart.title.text = 'WPS findings per pillar and document';
  const below = `A${MATRIX_HEADER_ROWS + docs + matrix.totals.length + 2}`;
  const end = `${columnLetter(Math.min(width, 12) - 1)}${MATRIX_HEADER_ROWS + docs + matrix.totals.length + 22}`;
  chart.setPosition(below, end);
  FAMILIES.forEach((f, i) => chart.series.getItemAt(i).format.fill.setSolidColor(pillarStyle(f).line));
  sheet.activate();
  return { created, chartCreated, syncs };
}

/** A table's rows and style on a prepared sheet (header row, rows in batches, header frozen), all queued. */
export async function writeTable(context: Excel.RequestContext, sheet: Excel.Worksheet, header: readonly string[], rows: readonly Cell[][], options: WriteOptions & { queue: WriteQueue }): Promise<number> {
  const syncs = await writeRows(context, sheet, 0, [[...header], ...rows], options);
  styleHeader(sheet, 1, header.length);
  sheet.getRangeByIndexes(0, 0, 1, header.length).format.autofitColumns();
  return syncs;
}

/** A plain table sheet on its own (imported documents): found or added, written, then one closing sync. */
export async function writeTableSheet(context: Excel.RequestContext, name: string, header: readonly string[], rows: readonly Cell[][], options: WriteOptions = {}): Promise<{ created: boolean; syncs: number }> {
  const { sheet, created } = await freshSheet(context, name);
  const queue = writeQueue();
  const syncs = 1 + await writeTable(context, sheet, header, rows, { ...options, queue });
  await context.sync();
  return { created, syncs: syncs + 1 };
}
