/// <reference path="./modules.d.ts" />
// Text of dropped files, read in the pane: nothing is uploaded. .docx through mammoth's browser
// build, .pdf through pdf.js (its worker code run in the page, loaded only when a PDF comes),
// .html through DOMParser (text nodes only, never rendered), .txt as UTF-8. The .docx and .pdf text
// and their failures come from core/text/extract.ts, as in the CLI; the wording here is the pane's.
import { docxText, ExtractError, pdfText, type PdfJsLike } from '../../../core/text/extract.ts';

export const IMPORT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.html', '.htm'] as const;

export class FileTextError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'FileTextError';
  }
}

export function extensionOf(name: string): string {
  const m = /\.[^.]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

/** What the readers need from their libraries; the pane loads the browser builds, tests pass Node's. */
export interface Readers {
  mammoth: () => Promise<{ extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> }>;
  pdfjs: () => Promise<PdfJs>;
  domParser: () => { parseFromString(s: string, type: 'text/html'): Document };
}

export type PdfJs = PdfJsLike<{ data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; verbosity?: number }>;

export const browserReaders: Readers = {
  mammoth: async () => (await import('mammoth/mammoth.browser.js')).default as unknown as Awaited<ReturnType<Readers['mammoth']>>,
  pdfjs: async () => {
    // pdf.js runs its worker code on the page when globalThis.pdfjsWorker is set: no worker file to host or fetch.
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
    return (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs;
  },
  domParser: () => new DOMParser(),
};

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new FileTextError(file, 'not UTF-8 text; save it as UTF-8 and drop it again');
  }
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'BR', 'HEADER', 'FOOTER', 'MAIN']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/** Text nodes of the body, a blank line around block elements so paragraphs stay paragraphs. */
export function htmlText(doc: Document): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) { parts.push((n.textContent ?? '').replace(/\s+/g, ' ')); return; }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(doc.body ?? doc.documentElement);
  return parts.join('').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');
}

/** The text of one file, by its extension. */
export async function fileText(name: string, bytes: Uint8Array, readers: Readers = browserReaders): Promise<string> {
  const ext = extensionOf(name);
  let text: string;
  if (ext === '.txt') text = decodeUtf8(bytes, name);
  else if (ext === '.html' || ext === '.htm') text = htmlText(readers.domParser().parseFromString(decodeUtf8(bytes, name), 'text/html'));
  else if (ext === '.docx') {
    const mammoth = await readers.mammoth();
    text = await paneError(name, docxText((b) => mammoth.extractRawText({ arrayBuffer: b.slice().buffer }), bytes));
  } else if (ext === '.pdf') {
    const pdfjs = await readers.pdfjs();
    text = await paneError(name, pdfText(pdfjs, { data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }));
  } else {
    throw new FileTextError(name, `unsupported file type; drop ${IMPORT_EXTENSIONS.join(', ')}`);
  }
  if (text.trim() === '') throw new FileTextError(name, 'no text'); // a PDF without text failed above
  return text;
}

/** The pane's wording of an extraction problem, naming the file. */
async function paneError(name: string, reading: Promise<string>): Promise<string> {
  try {
    return await reading;
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    switch (err.problem) {
      case 'docx-legacy': case 'docx-not-zip': throw new FileTextError(name, 'not a .docx file (or a password-protected one)');
      case 'docx-unreadable': throw new FileTextError(name, `unreadable .docx (${err.detail})`);
      case 'pdf-password': throw new FileTextError(name, 'password-protected PDF');
      case 'pdf-no-text': throw new FileTextError(name, 'no text layer (a scanned PDF?)');
      case 'pdf-page': throw new FileTextError(name, `unreadable PDF (page ${err.page}: ${err.detail})`);
      default: throw new FileTextError(name, `unreadable PDF (${err.detail})`);
    }
  }
}
