/// <reference path="./modules.d.ts" />
// Text of dropped files, read in the pane: nothing is uploaded. .docx through mammoth's browser
// build, .pdf through pdf.js (its worker code run in the page, loaded only when a PDF comes),
// .html through DOMParser (text nodes only, never rendered), .txt as UTF-8.

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

interface PdfTextItem { str?: string; hasEOL?: boolean; transform?: number[] }
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; verbosity?: number }): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }> }>;
    destroy(): Promise<void>;
  };
}

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

/** A page's text items joined: a line break where an item ends a line or the baseline moves. */
export function joinPdfLine(items: readonly PdfTextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const y = it.transform?.[5];
    if (it.str && y !== undefined && lastY !== undefined && Math.abs(y - lastY) > 0.5 && !out.endsWith('\n')) out += '\n';
    out += it.str;
    if (it.str && y !== undefined) lastY = y;
    if (it.hasEOL && !out.endsWith('\n')) out += '\n';
  }
  return out.trimEnd();
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
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new FileTextError(name, 'not a .docx file (or a password-protected one)');
    const mammoth = await readers.mammoth();
    const copy = bytes.slice().buffer;
    try {
      text = (await mammoth.extractRawText({ arrayBuffer: copy })).value.replace(/\r\n?/g, '\n');
    } catch (err) {
      throw new FileTextError(name, `unreadable .docx (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    }
  } else if (ext === '.pdf') {
    text = await pdfText(name, bytes, await readers.pdfjs());
  } else {
    throw new FileTextError(name, `unsupported file type; drop ${IMPORT_EXTENSIONS.join(', ')}`);
  }
  if (text.trim() === '') throw new FileTextError(name, ext === '.pdf' ? 'no text layer (a scanned PDF?)' : 'no text');
  return text;
}

async function pdfText(name: string, bytes: Uint8Array, pdfjs: PdfJs): Promise<string> {
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const e = err as { name?: string; message?: string };
      throw new FileTextError(name, e?.name === 'PasswordException' ? 'password-protected PDF' : `unreadable PDF (${(e?.message ?? String(err)).split('\n')[0]})`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(joinPdfLine((await page.getTextContent()).items as PdfTextItem[]));
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
