// Input readers for the CLI: turn files, folders and stdin into plain text for the core.
// All I/O of reading lives here; every failure is an InputError with a one-line, user-facing message.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { docxText, ExtractError, pdfText } from '../core/text/extract.ts';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Extensions scanned when found inside a folder, and read with a dedicated reader when given explicitly. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf'] as const;

/** Formats we recognise but cannot read: a clear message beats trying them as text. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': 'legacy Word .doc files are not supported; save the document as .docx',
  '.rtf': 'RTF files are not supported; save the document as .docx or .txt',
  '.odt': 'OpenDocument .odt files are not supported; save the document as .docx',
  '.xls': 'spreadsheets are not supported',
  '.xlsx': 'spreadsheets are not supported',
  '.ppt': 'presentations are not supported',
  '.pptx': 'presentations are not supported',
};

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ReadOptions {
  /** Files larger than this are refused (default 200 MB). */
  maxBytes?: number;
}

export interface ReadResult {
  source: string;
  text: string;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(size: number, max: number): InputError {
  return new InputError(`file is too large (${formatBytes(size)}; the limit is ${formatBytes(max)}, change it with --max-size)`);
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    case 'ELOOP': return 'too many symbolic links';
    default: return e?.message ?? String(err);
  }
}

// ---------------------------------------------------------------- text

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Decode bytes that should be text. UTF-8 (BOM optional) or UTF-16 with a BOM; anything with NUL
 * bytes or invalid UTF-8 is refused as binary.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return normaliseNewlines(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return normaliseNewlines(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text (binary file, or a legacy encoding: save it as UTF-8)');
  }
  return normaliseNewlines(text);
}

// ---------------------------------------------------------------- HTML

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas']);
/** Elements that end a paragraph: a blank line before and after. */
const PARAGRAPH_ELEMENTS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
  'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'figcaption', 'address', 'form', 'fieldset',
  'details', 'summary', 'hr', 'caption', 'hgroup', 'body', 'legend', 'center',
]);
/** Elements that start a new line. */
const LINE_ELEMENTS = new Set(['li', 'tr', 'dt', 'dd', 'br', 'option', 'thead', 'tbody', 'tfoot']);
const CELL_ELEMENTS = new Set(['td', 'th']);

function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

// Windows-1252 bytes 0x80–0x9F (Node's TextDecoder decodes them as Latin-1 control characters).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968']);

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return decodeText(bytes);
  }
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes), not HTML');
  const charset = sniffCharset(bytes);
  if (charset && CP1252_LABELS.has(charset)) return normaliseNewlines(decodeWindows1252(bytes));
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return normaliseNewlines(new TextDecoder(charset).decode(bytes));
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  try {
    return normaliseNewlines(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // Old pages without a charset declaration are usually Windows-1252.
    return normaliseNewlines(decodeWindows1252(bytes));
  }
}

/** Collects text with pending breaks: consecutive breaks merge into the strongest one. */
class TextSink {
  private parts: string[] = [];
  private pending = 0; // 0 none, 1 new line, 2 blank line
  private started = false;
  brk(level: 1 | 2): void {
    if (level > this.pending) this.pending = level;
  }
  text(t: string, keepWhitespace: boolean): void {
    if (!keepWhitespace) {
      t = t.replace(/[ \t\n\r\f]+/g, ' ');
      if (this.pending > 0 || !this.started) t = t.replace(/^ /, '');
    }
    if (t === '') return;
    if (this.started && this.pending > 0) this.parts.push(this.pending === 2 ? '\n\n' : '\n');
    this.pending = 0;
    this.started = true;
    this.parts.push(t);
  }
  cell(): void {
    if (this.started && this.pending === 0) this.parts.push('\t');
  }
  toString(): string {
    return this.parts.join('');
  }
}

let htmlparser2Module: typeof import('htmlparser2') | undefined;
/** htmlparser2, loaded on the first HTML file only (a synchronous require: htmlToText stays synchronous). */
function htmlparser2(): typeof import('htmlparser2') {
  return (htmlparser2Module ??= createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2'));
}

/**
 * Text of an HTML document's body: block elements separated by newlines (paragraph-like blocks by a
 * blank line, list items and table rows by one newline, table cells by a tab), script/style/noscript/
 * template skipped, entities decoded, whitespace collapsed outside <pre>. Without a <body> element,
 * the whole document outside <head> is used.
 */
export function htmlToText(html: string): string {
  const body = new TextSink();
  const outside = new TextSink();
  let sawBody = false;
  let inBody = 0;
  let skip = 0;
  let pre = 0;
  const out = (): TextSink => (inBody > 0 ? body : outside);
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (name === 'body') { sawBody = true; inBody++; }
        if (SKIPPED_ELEMENTS.has(name)) { skip++; return; }
        if (skip) return;
        if (name === 'pre') pre++;
        if (PARAGRAPH_ELEMENTS.has(name)) out().brk(2);
        else if (LINE_ELEMENTS.has(name)) out().brk(1);
        else if (CELL_ELEMENTS.has(name)) out().cell();
      },
      ontext(text) {
        if (skip) return;
        out().text(text.replace(/\u00a0/g, ' '), pre > 0);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) { if (skip) skip--; return; }
        if (skip) return;
        if (name === 'pre' && pre) pre--;
        if (PARAGRAPH_ELEMENTS.has(name)) out().brk(2);
        else if (LINE_ELEMENTS.has(name) && name !== 'br') out().brk(1);
        if (name === 'body' && inBody) inBody--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return (sawBody ? body : outside).toString()
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n');
}

// ---------------------------------------------------------------- DOCX

export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    return await docxText(async (b) => (await import('mammoth')).default.extractRawText({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) }), bytes);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    if (err.problem === 'docx-legacy') throw new InputError('password-protected (encrypted) or legacy Word file; save it as an unprotected .docx');
    if (err.problem === 'docx-not-zip') throw new InputError('not a valid .docx file (corrupt, or not a Word document)');
    throw new InputError(`not a valid .docx file (corrupt, or not a Word document): ${err.detail}`);
  }
}

// ---------------------------------------------------------------- PDF

let pdfjsDir: string | undefined;
function pdfjsAssetsDir(): string {
  if (!pdfjsDir) {
    const require = createRequire(import.meta.url);
    pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  }
  return pdfjsDir;
}

/** The CLI's wording of a PDF extraction problem. */
function pdfInputError(err: ExtractError): InputError {
  switch (err.problem) {
    case 'pdf-password': return new InputError('encrypted PDF (password required); remove the password and try again');
    case 'pdf-page': return new InputError(`corrupt PDF: cannot read page ${err.page} (${err.detail})`);
    case 'pdf-no-text': return new InputError('no text layer (scanned PDF?); run OCR on it first');
    default: return new InputError(`unreadable or corrupt PDF (${err.detail})`);
  }
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (bytes.length < 5 || new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new InputError('not a valid PDF file (no %PDF header)');
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = pdfjsAssetsDir();
  // pdf.js reports recoverable problems with console.log, which would corrupt JSON/CSV on stdout.
  const log = console.log;
  console.log = (...args: unknown[]) => { void args; };
  try {
    return await pdfText(pdfjs, {
      data: new Uint8Array(bytes), // pdf.js transfers (detaches) the buffer
      useSystemFonts: false,
      isEvalSupported: false,
      disableFontFace: true,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
      // Local files only: no network.
      cMapUrl: path.join(dir, 'cmaps') + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
      wasmUrl: path.join(dir, 'wasm') + path.sep,
    });
  } catch (err) {
    throw err instanceof ExtractError ? pdfInputError(err) : err;
  } finally {
    console.log = log;
  }
}

// ---------------------------------------------------------------- dispatch

export function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

export function isSupportedFile(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(file));
}

/** Extract text from bytes according to the file name's extension. */
export async function bytesToText(bytes: Uint8Array, name: string): Promise<string> {
  const ext = extensionOf(name);
  switch (ext) {
    case '.txt': case '.text': case '.md': case '.markdown':
      return decodeText(bytes);
    case '.html': case '.htm': case '.xhtml':
      return htmlToText(decodeHtml(bytes));
    case '.docx':
      return docxToText(bytes);
    case '.pdf':
      return pdfToText(bytes);
    default: {
      const unsupported = UNSUPPORTED[ext];
      if (unsupported) throw new InputError(unsupported);
      try {
        return decodeText(bytes);
      } catch {
        throw new InputError(`unsupported file type${ext ? ` '${ext}'` : ''} (not UTF-8 text); supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
      }
    }
  }
}

/** Read one file given on the command line (or found in a folder). */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new InputError('is a folder');
    if (!st.isFile()) throw new InputError('not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(describeFsError(err));
  }
  if (size > max) throw tooLarge(size, max);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  return { source: file, text: await bytesToText(bytes, file) };
}

/** Read stdin as UTF-8 text (same checks as a .txt file). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, options: ReadOptions = {}): Promise<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += buf.length;
    if (total > max) throw tooLarge(total, max);
    chunks.push(buf);
  }
  return { source: '-', text: decodeText(Buffer.concat(chunks)) };
}

// ---------------------------------------------------------------- large text files, streamed

/** Plain-text files larger than this are streamed through the core in chunks (bounded memory). */
export const STREAM_THRESHOLD = 16 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

/** The size of a file read as a stream of text rather than all at once; undefined for any other file. */
export async function streamableSize(file: string, threshold = STREAM_THRESHOLD): Promise<number | undefined> {
  if (!TEXT_EXTENSIONS.has(extensionOf(file))) return undefined;
  try {
    const st = await stat(file);
    return st.isFile() && st.size > threshold ? st.size : undefined;
  } catch {
    return undefined; // readDocument will report the problem
  }
}

/** Is this file read as a stream of text rather than all at once? */
export async function isStreamable(file: string, threshold = STREAM_THRESHOLD): Promise<boolean> {
  return (await streamableSize(file, threshold)) !== undefined;
}

/**
 * The text of a UTF-8 file, piece by piece, with the checks of decodeText: NUL bytes or invalid
 * UTF-8 fail (InputError), the BOM is dropped and CRLF/CR become LF (also across piece edges).
 */
export async function* streamTextFile(file: string, options: ReadOptions & { size?: number } = {}): AsyncGenerator<string> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = options.size ?? (await stat(file)).size; // the caller may have just stat'ed it
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  if (size > max) throw tooLarge(size, max);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pendingCR = false;
  const normalise = (t: string): string => {
    if (pendingCR && t.startsWith('\n')) t = t.slice(1); // the \r before it already became \n
    pendingCR = t.endsWith('\r');
    if (pendingCR) t = t.slice(0, -1) + '\n';
    return t.replace(/\r\n?/g, '\n');
  };
  let stream;
  try {
    stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new InputError('binary file (contains NUL bytes), not text');
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new InputError('not valid UTF-8 text (binary file, or a legacy encoding: save it as UTF-8)');
      }
      if (text) yield normalise(text);
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw new InputError('not valid UTF-8 text (the file ends inside a character)');
    }
    if (rest) yield normalise(rest);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(describeFsError(err));
  } finally {
    stream?.destroy();
  }
}

// ---------------------------------------------------------------- arguments → files

export interface ExpandedInput {
  /** A file path, or "-" for stdin. */
  source: string;
  /** Set when the argument itself failed (missing, empty folder…). */
  error?: string;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Files that travel with documents but are not documents: a folder's README, licence, changelog
 * and the like (by name, any supported extension or none). A folder scan leaves them out and says
 * so; named on the command line they are scanned like any file.
 */
// Only names no report or order would take: not "history", "security", "notice" or "changes"
// ("security-council.txt" is a document); a language tag may follow (README-fr, readme.en-GB), and
// any variant a licence (LICENSE-MIT, licence.apache-2.0).
export const NOT_DOCUMENT_NAMES = /^(?:(?:readme|copying|changelog|contributing|contributors|authors|code[-_]of[-_]conduct)(?:[-_.][a-z]{2}(?:[-_][a-z]{2})?)?|licen[cs]e(?:[-_.][\w.-]+)?)$/i;

/** Is this file name one of those (README.md, LICENSE, CHANGELOG.txt, readme-fr.html…)? */
export function isNotDocumentName(name: string): boolean {
  const ext = extensionOf(name);
  return NOT_DOCUMENT_NAMES.test((SUPPORTED_EXTENSIONS as readonly string[]).includes(ext) ? name.slice(0, -ext.length) : name);
}

export interface FolderListing {
  /** Supported files to scan, sorted by code point. */
  files: string[];
  /** README/LICENSE-like files left out (sorted). */
  notDocuments: string[];
  /** Files and folders left out by --exclude (folders end with "/"; sorted). */
  excluded: string[];
}

export interface FolderOptions {
  /** --exclude: tested on each path relative to the folder, "/"-separated. */
  exclude?: (relPath: string) => boolean;
}

/**
 * Every supported file in a folder, recursively, skipping dot-folders, node_modules and Office lock
 * files, and setting aside README/LICENSE-like files and what --exclude names.
 */
export async function scanFolder(dir: string, options: FolderOptions = {}): Promise<FolderListing> {
  const out: FolderListing = { files: [], notDocuments: [], excluded: [] };
  const seen = new Set<string>();
  const rel = (full: string) => path.relative(dir, full).split(path.sep).join('/');
  async function walk(d: string): Promise<void> {
    let real: string;
    try { real = await realpath(d); } catch { return; }
    if (seen.has(real)) return; // symlink loop
    seen.add(real);
    const entries = await readdir(d, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(d, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        if (options.exclude?.(rel(full))) { out.excluded.push(full + path.sep); continue; }
        await walk(full);
      } else if (isFile && isSupportedFile(entry.name) && !entry.name.startsWith('~$')) {
        if (options.exclude?.(rel(full))) out.excluded.push(full);
        else if (isNotDocumentName(entry.name)) out.notDocuments.push(full);
        else out.files.push(full);
      }
    }
  }
  await walk(dir);
  out.files.sort(compareCodePoints);
  out.notDocuments.sort(compareCodePoints);
  out.excluded.sort(compareCodePoints);
  return out;
}

/** The files a folder scan reads (see scanFolder). */
export async function listFolder(dir: string, options: FolderOptions = {}): Promise<string[]> {
  return (await scanFolder(dir, options)).files;
}

/** What one folder argument became: told on standard error by the CLI. */
export interface FolderReport extends FolderListing {
  folder: string;
}

/**
 * Expand command-line inputs: folders become their supported files (sorted), "-" stays stdin,
 * anything else is a file to read. Duplicates are dropped (first occurrence wins).
 */
export async function expandInputs(args: string[], options: FolderOptions & { onFolder?: (report: FolderReport) => void } = {}): Promise<ExpandedInput[]> {
  const out: ExpandedInput[] = [];
  const seen = new Set<string>();
  const add = (item: ExpandedInput): void => {
    const key = item.source === '-' ? '-' : path.resolve(item.source);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  for (const arg of args) {
    if (arg === '-') { add({ source: '-' }); continue; }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch (err) {
      add({ source: arg, error: describeFsError(err) });
      continue;
    }
    if (!isDir) { add({ source: arg }); continue; }
    let listing: FolderListing;
    try {
      listing = await scanFolder(arg, options);
    } catch (err) {
      add({ source: arg, error: `cannot list folder: ${describeFsError(err)}` });
      continue;
    }
    options.onFolder?.({ folder: arg, ...listing });
    if (listing.files.length === 0) {
      const aside = listing.notDocuments.length + listing.excluded.length;
      add({ source: arg, error: aside ? `folder has no documents to scan (${aside === 1 ? '1 file' : `${aside} files`} left out: README/LICENSE-like or --exclude)` : `folder has no supported files (${SUPPORTED_EXTENSIONS.join(', ')})` });
      continue;
    }
    for (const f of listing.files) add({ source: f });
  }
  return out;
}
