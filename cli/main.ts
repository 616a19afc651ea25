// wps-lens command line: parse arguments, read inputs, run the core, format, write, pick the exit code.
import { readFile, writeFile, rename, unlink } from 'node:fs/promises';
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../core/schema.ts';
import { LISTED_WHEN_STREAMED, parseArgs, UsageError, USAGE, type ScanArgs } from './args.ts';
import type { DocInput, InputFailure } from './format.ts';
import { anyGlob } from './glob.ts';
import { JsonOutput, OutputError, type Sink, type StreamedJsonDocument } from './json-stream.ts';
import { loadCliLexicon, unknownProfile } from './lexicon.ts';
import { expandInputs, streamableSize, readDocument, readStdin, streamTextFile, InputError, type FolderReport, type ReadResult } from './read.ts';

/** The package version, set by the bundled build (scripts/build-cli.mjs); absent when run from the sources. */
declare const __WPS_LENS_VERSION__: string | undefined;

export const EXIT_OK = 0;
export const EXIT_GAPS = 1;
export const EXIT_FAILED = 2;

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

async function toolVersion(): Promise<string> {
  if (typeof __WPS_LENS_VERSION__ === 'string') return __WPS_LENS_VERSION__;
  try {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

export { LISTED_WHEN_STREAMED };

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Write a file atomically: a temp file in the same folder, then rename over the target. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const target = path.resolve(file);
  const tmp = tempPathFor(target);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** A file written piece by piece into a temp file beside it, renamed over it only when complete. */
export class AtomicFile implements Sink {
  private fd: number;
  private readonly tmp: string;
  readonly target: string;

  constructor(file: string) {
    this.target = path.resolve(file);
    this.tmp = tempPathFor(this.target);
    this.fd = openSync(this.tmp, 'wx');
  }

  write(s: string): void {
    const buf = Buffer.from(s, 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off, buf.length - off);
  }

  commit(): void {
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.target);
  }

  /** Remove the temp file (nothing of a failed run is left). */
  abort(): void {
    if (this.fd >= 0) try { closeSync(this.fd); } catch { /* already closed */ }
    this.fd = -1;
    try { unlinkSync(this.tmp); } catch { /* never created, or renamed */ }
  }
}

/** Standard output as a sink, waiting for it to drain when it asks to. */
function stdoutSink(stdout: CliIO['stdout']): Sink {
  const s = stdout as CliIO['stdout'] & { once?: (event: 'drain', fn: () => void) => unknown };
  return {
    write: (chunk) => {
      if (s.write(chunk) === false && typeof s.once === 'function') return new Promise<void>((resolve) => { s.once!('drain', resolve); });
    },
  };
}

export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : oneLine(e instanceof Error ? e.message : String(e));
}

function colorWanted(io: CliIO, args: ScanArgs): boolean {
  if (args.format !== 'text' || args.out !== undefined) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

/**
 * What a folder argument gave, on standard error: one line with the count and what was left out
 * (not documents, --exclude), then with --verbose every file, one a line.
 */
export function folderLines(f: FolderReport, verbose: boolean): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const aside: string[] = [];
  if (f.notDocuments.length) {
    const names = f.notDocuments.map((p) => path.relative(f.folder, p).split(path.sep).join('/'));
    aside.push(`left out ${names.length > 3 && !verbose ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')} (not ${names.length === 1 ? 'a document' : 'documents'}: name a file to scan it)`);
  }
  if (f.excluded.length) {
    const folders = f.excluded.filter((p) => p.endsWith(path.sep)).length;
    const files = f.excluded.length - folders;
    aside.push(`excluded by --exclude: ${[files ? plural(files, 'file') : '', folders ? plural(folders, 'folder') : ''].filter(Boolean).join(', ')}`);
  }
  let out = `wps-lens: ${f.folder}: ${plural(f.files.length, 'file')} to scan${aside.length ? `; ${aside.join('; ')}` : ''}${verbose ? ':' : ''}\n`;
  if (verbose) {
    for (const p of f.files) out += `  ${p}\n`;
    for (const p of f.excluded) out += `  ${p} (excluded)\n`;
  }
  return out;
}

/** The part of the core API the CLI uses (core/index.ts); injectable for tests. */
export interface CoreApi {
  analyze(input: string, options?: { source?: string; profile?: string; language?: 'auto' | 'en' | 'fr'; lexicon?: never }): Report;
  loadLexicon(files?: { name: string; data: unknown }[]): unknown;
  /** Loads English inflection, needed before loadLexicon compiles user files (core/lexicon/forms.ts). */
  loadInflection?(): Promise<void>;
  LexiconError: abstract new (...args: never[]) => Error;
}

/** Run the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO(), deps: { core?: CoreApi; chunkChars?: number } = {}): Promise<number> {
  const err = (msg: string): void => { io.stderr.write(`wps-lens: ${msg}\n`); };
  const started = performance.now();
  // brief is loaded only when asked for (it pulls in the analyser), so --help and scan start light.
  if (argv[0] === 'brief') return (await import('./brief.ts')).runBrief(argv.slice(1), io, deps);
  if (argv[0] === 'packs') return (await import('./packs.ts')).runPacks(argv.slice(1), io);
  if (argv[0] === 'compare') return (await import('./compare.ts')).runCompare(argv.slice(1), io, deps);

  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      io.stderr.write(`Run 'wps-lens --help' for usage.\n`);
      return EXIT_FAILED;
    }
    throw e;
  }
  if (parsed.command === 'help') { io.stdout.write(USAGE); return EXIT_OK; }
  if (parsed.command === 'version') { io.stdout.write(`wps-lens ${await toolVersion()}\n`); return EXIT_OK; }
  if (parsed.command === 'none' || parsed.inputs.length === 0) {
    if (parsed.command === 'scan') err('no input files (give files, folders, or - for standard input)');
    io.stderr.write(USAGE);
    return EXIT_FAILED;
  }
  const args = parsed;

  // ------------------------------------------------ lexicon (any problem: nothing is scanned)
  let core: CoreApi;
  try {
    core = deps.core ?? ((await import('../core/index.ts')) as unknown as CoreApi);
  } catch (e) {
    err(`cannot load the analysis core: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return EXIT_FAILED;
  }
  const lexicon = await loadCliLexicon(core, args.lexicons, err, io.stderr, { packs: args.packs, keys: args.packKeys, env: io.env });
  if (lexicon === undefined) return EXIT_FAILED;

  // ------------------------------------------------ profile (checked before scanning)
  const badProfile = await unknownProfile(args.profile, lexicon);
  if (badProfile) { err(badProfile); return EXIT_FAILED; }
  // The formatters (and the schemas behind them) load with the core, not at start-up.
  const { formatReports, hasRequiredGap } = await import('./format.ts');

  // ------------------------------------------------ output target (JSON is written as documents are done)
  // JSON goes out one document at a time (a streamed one through temp files), so its size is not
  // bounded by memory; the other formats are built at the end from what was kept (streamed
  // documents: per-concept totals and the first findings only).
  let atomic: AtomicFile | undefined;
  let json: JsonOutput | undefined;
  if (args.format === 'json') {
    if (args.out !== undefined) {
      try {
        atomic = new AtomicFile(args.out);
      } catch (e) {
        err(`${args.out}: cannot write the report: ${writeProblem(e)}`);
        return EXIT_FAILED;
      }
    }
    json = new JsonOutput(atomic ?? stdoutSink(io.stdout), atomic ? path.dirname(atomic.target) : tmpdir());
  }

  // ------------------------------------------------ read and scan
  const docs: DocInput[] = [];
  const errors: InputFailure[] = [];
  let scanned = 0;
  let chars = 0;
  let requiredGap = false;
  const fail = (source: string, message: string): void => {
    const m = oneLine(message);
    errors.push({ source, message: m });
    err(`${source}: ${m}`);
  };
  const done = async (d: DocInput): Promise<void> => {
    scanned++;
    chars += d.report.length ?? d.text?.length ?? 0;
    if (hasRequiredGap([d.report])) requiredGap = true;
    if (!json) docs.push(d);
  };
  let output: string | undefined;
  try {
    const exclude = args.excludes.length ? anyGlob(args.excludes) : undefined;
    for (const input of await expandInputs(args.inputs, { exclude, onFolder: (f) => io.stderr.write(folderLines(f, args.verbose)) })) {
      if (input.error) { fail(input.source, input.error); continue; }
      if (input.source === '-' && (io.stdin as { isTTY?: boolean }).isTTY) err('reading standard input (end with Ctrl-D)');
      const size = input.source === '-' ? undefined : await streamableSize(input.source, args.streamAbove);
      if (size !== undefined) {
        // A large plain-text file: chunks through the streaming analyser, the text is never held
        // whole, and findings are not kept beyond what the output format needs.
        let doc: StreamedJsonDocument | undefined;
        let report: Report;
        let s;
        try {
          const { StreamingAnalysis } = await import('../core/stream.ts');
          doc = json?.streamed();
          s = new StreamingAnalysis({ source: input.source, profile: args.profile, language: args.language, lexicon: lexicon as never,
            keep: args.format === 'text' || args.format === 'md' ? LISTED_WHEN_STREAMED : 0, onChunk: doc?.add, chunkChars: deps.chunkChars });
          for await (const piece of streamTextFile(input.source, { maxBytes: args.maxBytes, size })) s.push(piece);
          report = s.finish();
        } catch (e) {
          doc?.discard();
          fail(input.source, e instanceof InputError ? e.message : `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        if (doc) await doc.write(report);
        await done({ report, totals: s.totals() });
        continue;
      }
      let read: ReadResult;
      try {
        read = input.source === '-' ? await readStdin(io.stdin, { maxBytes: args.maxBytes }) : await readDocument(input.source, { maxBytes: args.maxBytes });
      } catch (e) {
        fail(input.source, e instanceof InputError ? e.message : `cannot read: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      let report: Report;
      try {
        report = core.analyze(read.text, { source: read.source, profile: args.profile, language: args.language, lexicon: lexicon as never });
      } catch (e) {
        fail(input.source, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      if (json) await json.report(report);
      await done({ report, text: read.text });
    }

    // ------------------------------------------------ output
    if (json) {
      await json.end(errors);
      atomic?.commit();
    } else {
      output = formatReports(args.format, docs, { errors, color: colorWanted(io, args), toolVersion: await toolVersion() });
    }
  } catch (e) {
    atomic?.abort();
    // A JS string holds at most ~512 MB: a report of millions of findings cannot be one string.
    if (e instanceof RangeError) {
      const findings = docs.reduce((n, d) => n + (d.totals?.findings ?? d.report.findings.length), 0);
      err(`the report is too large for --format ${args.format}${findings ? ` (${findings} findings)` : ''}; use --format csv, or scan fewer files at once`);
      return EXIT_FAILED;
    }
    if (e instanceof OutputError || json) {
      err(`${args.out ?? 'standard output'}: cannot write the report: ${writeProblem(e instanceof OutputError ? e.cause : e)}`);
      return EXIT_FAILED;
    }
    throw e;
  }
  if (output !== undefined) {
    if (args.out !== undefined) {
      try {
        await writeFileAtomic(args.out, output);
      } catch (e) {
        err(`${args.out}: cannot write the report: ${writeProblem(e)}`);
        return EXIT_FAILED;
      }
    } else {
      io.stdout.write(output);
    }
  }

  if (args.stats) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    io.stderr.write(`wps-lens: ${scanned} scanned, ${errors.length} failed, ${mb(chars)} M characters in ${((performance.now() - started) / 1000).toFixed(1)} s; peak memory ${mb(process.resourceUsage().maxRSS * 1024)} MB\n`);
  }
  if (errors.length > 0) return EXIT_FAILED;
  if (args.failOnGaps && requiredGap) return EXIT_GAPS;
  return EXIT_OK;
}
