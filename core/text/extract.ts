// Document text extraction shared by the surfaces that read files (the CLI in Node, the Excel pane in
// the browser). Pure: pdf.js and mammoth are passed in (each surface loads its own build, worker,
// cMaps and fonts), their shapes are declared structurally, and failures are classified here so each
// surface words its own message.

/** One item of a pdf.js page's text content (marked-content markers have no `str`). */
export interface PdfTextItem { str?: string; hasEOL?: boolean; transform?: number[] }

/** What is used of pdf.js: `getDocument(source)` with the surface's own source options. */
export interface PdfJsLike<Source> {
  getDocument(source: Source): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup?(): unknown }> }>;
    destroy(): Promise<void>;
  };
}

/** Why a document gave no text: the surfaces map these to their own messages. */
export type ExtractProblem =
  | 'pdf-password' // pdf.js asks for a password
  | 'pdf-unreadable' // pdf.js cannot open it
  | 'pdf-page' // one page cannot be read (`page` says which)
  | 'pdf-no-text' // no text layer: a scan
  | 'docx-legacy' // an OLE compound file: legacy .doc or a password-protected .docx
  | 'docx-not-zip' // not a zip archive at all
  | 'docx-unreadable'; // mammoth cannot read it

export class ExtractError extends Error {
  /** The first line of the library's own message, when there was one. */
  readonly detail: string;
  constructor(readonly problem: ExtractProblem, detail = '', readonly page?: number) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'ExtractError';
    this.detail = detail;
  }
}

const firstLine = (s: string): string => s.split('\n')[0] ?? '';

/**
 * A page's text items joined: a new line when an item ends a line (hasEOL) or the baseline moves;
 * blanks before a line break and trailing line breaks dropped.
 */
export function joinPdfItems(items: readonly PdfTextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  let atLineStart = true;
  for (const item of items) {
    if (typeof item.str !== 'string') continue; // marked-content markers
    const y = item.transform?.[5];
    if (item.str.length > 0 && y !== undefined && lastY !== undefined && Math.abs(y - lastY) > 0.5 && !atLineStart) {
      out += '\n';
      atLineStart = true;
    }
    if (item.str.length > 0) {
      out += item.str;
      atLineStart = false;
      if (y !== undefined) lastY = y;
    }
    if (item.hasEOL && !atLineStart) {
      out += '\n';
      atLineStart = true;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n+$/, '');
}

/** The text of a PDF, pages separated by a blank line; throws ExtractError (pdf-*) when there is none. */
export async function pdfText<Source>(pdfjs: PdfJsLike<Source>, source: Source): Promise<string> {
  const task = pdfjs.getDocument(source);
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const e = err as { name?: string; message?: string };
      throw new ExtractError(e?.name === 'PasswordException' ? 'pdf-password' : 'pdf-unreadable', firstLine(e?.message ?? String(err)));
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pages.push(joinPdfItems(content.items as PdfTextItem[]));
        page.cleanup?.();
      } catch (err) {
        throw new ExtractError('pdf-page', err instanceof Error ? firstLine(err.message) : String(err), n);
      }
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') throw new ExtractError('pdf-no-text');
    return text;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * The raw text of a .docx through mammoth's extractRawText, given as a function of the bytes (the
 * Node build takes a buffer, the browser build an arrayBuffer). Line breaks are LF, trailing ones
 * dropped; throws ExtractError (docx-*) for a file that is not a readable .docx.
 */
export async function docxText(extractRawText: (bytes: Uint8Array) => Promise<{ value: string }>, bytes: Uint8Array): Promise<string> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new ExtractError('docx-legacy');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ExtractError('docx-not-zip');
  let value: string;
  try {
    value = (await extractRawText(bytes)).value;
  } catch (err) {
    throw new ExtractError('docx-unreadable', err instanceof Error ? firstLine(err.message) : String(err));
  }
  return value.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}
