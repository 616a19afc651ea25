// From a selected range to documents, and from documents to reports, without Excel.
// One column: each non-empty cell is a document titled by its address. Two columns (title, text):
// consecutive rows with the same title are one document, its rows analysed as blocks (paragraphs).
import { analyze, type Lexicon, type TextBlock } from '../../../core/index.ts';
import type { LanguageChoice } from '../common/language.ts';
import type { TallyDoc } from './matrix.ts';

export interface SourceDoc {
  title: string;
  /** Sheet row numbers (1-based) of the document's cells, with their text. */
  rows: { row: number; text: string }[];
}

export interface RangeShape {
  values: unknown[][];
  /** 0-based sheet row and column of the range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
}

export interface RangeDocs {
  docs: SourceDoc[];
  /** Cells that were not text, e.g. "B7 holds a number". */
  skipped: string[];
}

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function describe(v: unknown): string {
  return typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'a logical value' : 'a value that is not text';
}

/**
 * Read a range of one column (texts) or two (titles, texts). With `headerRow`, the first row names
 * the columns and is not a document.
 */
export function documentsFromRange(range: RangeShape, options: { headerRow?: boolean } = {}): RangeDocs | { error: string; columns: number } {
  const width = range.values[0]?.length ?? 0;
  if (width !== 1 && width !== 2) {
    return { error: `Select one column of texts, or two columns (titles, then texts); the selection has ${width} columns.`, columns: width };
  }
  const textCol = width - 1;
  const docs: SourceDoc[] = [];
  const skipped: string[] = [];
  const used = new Map<string, number>();
  let current: SourceDoc | undefined;
  let currentKey: string | undefined;
  for (let i = options.headerRow ? 1 : 0; i < range.values.length; i++) {
    const row = range.rowIndex + i + 1;
    const address = `${columnLetter(range.columnIndex + textCol)}${row}`;
    const v = range.values[i]![textCol];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string') { skipped.push(`${address} holds ${describe(v)}`); continue; }
    const rawTitle = width === 2 ? range.values[i]![0] : undefined;
    const title = rawTitle === null || rawTitle === undefined || String(rawTitle).trim() === '' ? undefined : String(rawTitle).trim();
    if (title !== undefined && current && currentKey === title) {
      current.rows.push({ row, text: v });
      continue;
    }
    const base = title ?? address;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    current = { title: n === 1 ? base : `${base} (${n})`, rows: [{ row, text: v }] };
    currentKey = title;
    docs.push(current);
  }
  return { docs, skipped };
}

export interface CancelToken { cancelled: boolean }

export class Cancelled extends Error {
  constructor(readonly done: number, readonly total: number) {
    super(`Cancelled after ${done} of ${total}`);
    this.name = 'Cancelled';
  }
}

/**
 * Analyse one document: a single cell as plain text (as the CLI reads a file), several rows as blocks.
 * language: "auto" detects it per paragraph or row; "en"/"fr" is the user's override.
 */
export function analyzeDoc(doc: SourceDoc, lex: Lexicon, profile = 'auto', language: LanguageChoice = 'auto'): TallyDoc {
  if (doc.rows.length === 1) {
    const text = doc.rows[0]!.text;
    return { title: doc.title, text, report: analyze(text, { source: doc.title, lexicon: lex, profile, language }) };
  }
  const blocks: TextBlock[] = doc.rows.map((r) => ({ id: String(r.row), text: r.text }));
  return { title: doc.title, blocks, report: analyze(blocks, { source: doc.title, lexicon: lex, profile, language }) };
}

const SLICE_MS = 40;

/** Analyse all documents, yielding to the page every few tens of milliseconds for progress and Cancel. */
export async function analyzeAll(
  docs: readonly SourceDoc[], lex: Lexicon,
  options: { profile?: string; language?: LanguageChoice; token?: CancelToken; onProgress?: (done: number, total: number) => void } = {},
): Promise<TallyDoc[]> {
  const out: TallyDoc[] = [];
  let sliceStart = Date.now();
  for (const d of docs) {
    if (options.token?.cancelled) throw new Cancelled(out.length, docs.length);
    out.push(analyzeDoc(d, lex, options.profile, options.language));
    if (Date.now() - sliceStart > SLICE_MS) {
      options.onProgress?.(out.length, docs.length);
      await new Promise((r) => setTimeout(r, 0));
      sliceStart = Date.now();
    }
  }
  options.onProgress?.(out.length, docs.length);
  return out;
}
