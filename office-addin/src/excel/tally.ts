// "Tally a range" and "Import documents": read the selection in one round trip, analyse in the
// pane (progress, Cancel), write the coverage sheet and optionally the findings sheet in batches.
import type { Lexicon } from '../../../core/index.ts';
import type { LanguageChoice } from '../common/language.ts';
import { analyzeAll, documentsFromRange, type CancelToken, type SourceDoc } from './documents.ts';
import { gapsTable, GAPS_HEADER } from './gaps.ts';
import { buildMatrix, findingsTable, FINDINGS_HEADER, type TallyDoc } from './matrix.ts';
import { COVERAGE_SHEET, DOCUMENTS_SHEET, FINDINGS_SHEET, freshSheets, GAPS_SHEET, writeCoverage, writeQueue, writeTable, writeTableSheet } from './sheets.ts';
import { lookupTrendChart, TREND_SHEET, trendTable, writeTrend } from './trend.ts';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface TallyOptions {
  lexicon: Lexicon;
  profile?: string;
  /** "auto" (default) detects each document's language; "en"/"fr" overrides it. */
  language?: LanguageChoice;
  headerRow?: boolean;
  findingsSheet?: boolean;
  /** The documents are versions of one text in sheet order: also write the "WPS trend" sheet and its line chart. */
  trend?: boolean;
  token?: CancelToken;
  /** phase: "analyse" or "write"; done/total in documents or rows. */
  onProgress?: (phase: 'analyse' | 'write', done: number, total: number) => void;
  /** Excel.run by default; tests pass a stand-in. */
  run?: ExcelRun;
}

export interface TallyResult {
  documents: number;
  findings: number;
  /** Rows of the "WPS gaps" sheet: one per document and gap. */
  gaps: number;
  skipped: string[];
  sheetCreated: boolean;
  chartCreated: boolean;
  syncs: number;
  docs: TallyDoc[];
  /** With the Trend option: the versions in the trend sheet, and whether its chart was new. */
  trend?: { versions: number; chartCreated: boolean; summary: string };
}

/**
 * A tally that cannot be done as asked, with its English message and what the pane needs to say it in its
 * interface language (excel/strings.json's key and values).
 */
export class TallyError extends Error {
  constructor(readonly key: 'selectionWidth' | 'noText' | 'trendNeedsTwo', readonly vars: Record<string, string | number>, message: string) {
    super(message);
    this.name = 'TallyError';
  }
}

/** Why a trend cannot be drawn from these documents, or undefined. */
export function trendProblem(documents: number): string | undefined {
  return documents < 2 ? `A trend needs at least two documents, the versions in order (one per row, or rows titled by version); the selection holds ${documents}.` : undefined;
}

function checkTrend(options: TallyOptions, documents: number): void {
  const problem = options.trend ? trendProblem(documents) : undefined;
  if (problem) throw new TallyError('trendNeedsTwo', { n: documents }, problem);
}

function excelRun(options: TallyOptions): ExcelRun {
  return options.run ?? (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
}

/** Read the selected range's values and position: one sync. */
export async function readSelection(run: ExcelRun): Promise<{ values: unknown[][]; rowIndex: number; columnIndex: number; address: string }> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('values, rowIndex, columnIndex, address');
    await context.sync();
    return { values: range.values, rowIndex: range.rowIndex, columnIndex: range.columnIndex, address: range.address };
  });
}

/** Analyse documents and write the coverage sheet (and the findings sheet when asked). */
export async function tallyDocuments(sources: readonly SourceDoc[], skipped: string[], options: TallyOptions): Promise<TallyResult> {
  checkTrend(options, sources.length);
  const docs = await analyzeAll(sources, options.lexicon, {
    profile: options.profile,
    language: options.language,
    token: options.token,
    onProgress: (d, t) => options.onProgress?.('analyse', d, t),
  });
  const matrix = buildMatrix(docs, options.lexicon);
  const findings = options.findingsSheet ? findingsTable(docs) : [];
  const gaps = gapsTable(docs, options.lexicon);
  const trend = options.trend ? trendTable(docs, options.lexicon, options.profile) : undefined;
  const total = matrix.rows.length + gaps.length + findings.length + (trend ? trend.rows.length : 0);
  const run = excelRun(options);
  return run(async (context) => {
    // One lookup for every sheet, the writes queued (a sync between batches only when they are
    // large), one closing sync.
    const names = [COVERAGE_SHEET, GAPS_SHEET, FINDINGS_SHEET, TREND_SHEET].filter((n) => (n !== FINDINGS_SHEET || options.findingsSheet) && (n !== TREND_SHEET || trend));
    const sheets = await freshSheets(context, names);
    const [coverage, gapSheet] = sheets;
    const findingSheet = options.findingsSheet ? sheets[2] : undefined;
    const queue = writeQueue();
    // The trend chart of an earlier run is looked up with the next sync the writes make anyway.
    const trendTarget = trend ? lookupTrendChart(sheets.at(-1)!) : undefined;
    let written = 0;
    const progress = (base: number) => (d: number) => options.onProgress?.('write', Math.min(total, base + d), total);
    const cov = await writeCoverage(context, coverage!, matrix, { token: options.token, queue, onProgress: (d) => options.onProgress?.('write', Math.min(d, matrix.rows.length), total) });
    written += matrix.rows.length;
    // Always written (its header only when no document has gaps), so a re-run never leaves old gaps behind.
    await writeTable(context, gapSheet!.sheet, GAPS_HEADER, gaps, { token: options.token, queue, onProgress: progress(written - 1) });
    written += gaps.length;
    if (findingSheet) await writeTable(context, findingSheet.sheet, FINDINGS_HEADER, findings, { token: options.token, queue, onProgress: progress(written - 1) });
    written += findings.length;
    const trendWrite = trend && trendTarget ? await writeTrend(context, trendTarget, trend, { token: options.token, queue, syncsAtLookup: 0, onProgress: progress(written - 1) }) : undefined;
    await context.sync();
    return {
      documents: docs.length,
      findings: docs.reduce((s, d) => s + d.report.findings.length, 0),
      gaps: gaps.length,
      skipped,
      sheetCreated: cov.created,
      chartCreated: cov.chartCreated,
      // The lookup, the syncs between batches (the chart lookup among them), the closing one.
      syncs: 1 + queue.syncs + 1,
      docs,
      ...(trend && trendWrite ? { trend: { versions: trend.rows.length, chartCreated: trendWrite.chartCreated, summary: trend.summary } } : {}),
    };
  });
}

/** Tally the selected range: one column of texts, or titles then texts. */
export async function tallySelection(options: TallyOptions): Promise<TallyResult> {
  const run = excelRun(options);
  const selection = await readSelection(run);
  const read = documentsFromRange(selection, { headerRow: options.headerRow });
  if ('error' in read) throw new TallyError('selectionWidth', { n: read.columns }, read.error);
  if (read.docs.length === 0) throw new TallyError('noText', { address: selection.address }, `No text in ${selection.address}: select the cells that hold the documents.`);
  return tallyDocuments(read.docs, read.skipped, options);
}

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;

/** Split text into paragraphs that each fit a cell (long paragraphs cut at a space). */
export function paragraphsForCells(text: string, limit = CELL_LIMIT): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n|\r\n\s*\r\n/)) {
    let p = para.trim();
    while (p.length > limit) {
      let cut = p.lastIndexOf(' ', limit);
      if (cut < limit / 2) cut = limit;
      out.push(p.slice(0, cut).trimEnd());
      p = p.slice(cut).trimStart();
    }
    if (p) out.push(p);
  }
  return out;
}

/**
 * Imported files: their paragraphs go into the documents sheet (title, text; one paragraph per row,
 * so no cell passes Excel's limit), then the same rows are tallied as documents.
 */
export async function importAndTally(files: readonly { name: string; text: string }[], options: TallyOptions): Promise<TallyResult> {
  const run = excelRun(options);
  const rows: [string, string][] = [];
  const sources: SourceDoc[] = [];
  const used = new Map<string, number>();
  for (const f of files) {
    const n = (used.get(f.name) ?? 0) + 1;
    used.set(f.name, n);
    const title = n === 1 ? f.name : `${f.name} (${n})`;
    const doc: SourceDoc = { title, rows: [] };
    for (const p of paragraphsForCells(f.text)) {
      rows.push([title, p]);
      doc.rows.push({ row: rows.length + 1, text: p }); // row 1 is the header
    }
    if (doc.rows.length) sources.push(doc);
  }
  checkTrend(options, sources.length); // before the documents sheet is written
  await run(async (context) => {
    await writeTableSheet(context, DOCUMENTS_SHEET, ['Title', 'Text'], rows, { token: options.token });
  });
  return tallyDocuments(sources, [], options);
}

