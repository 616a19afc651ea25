// wps-lens command line: parse arguments, read inputs, run the core, format, write, pick the exit code.
import { readFile, writeFile, rename, unlink } from 'node:fs/promises';
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROFILE_IDS, type Report } from '../core/schema.ts';
import { LISTED_WHEN_STREAMED, parseArgs, UsageError, USAGE, type ScanArgs } from './args.ts';
import { formatReports, hasRequiredGap, type DocInput, type InputFailure } from './format.ts';
import { JsonOutput, OutputError, type Sink, type StreamedJsonDocument } from './json-stream.ts';
import { runBrief } from './brief.ts';
import { runCompare, COMPARE_HELP } from './compare.ts';
import { expandInputs, streamableSize, readDocument, readStdin, streamTextFile, InputError, type ReadResult } from './read.ts';

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
  try {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function oneLine(s: string): string {
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

function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : oneLine(e instanceof Error ? e.message : String(e));
}

function colorWanted(io: CliIO, args: ScanArgs): boolean {
  if (args.format !== 'text' || args.out !== undefined) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

/** The part of the core API the CLI uses (core/index.ts); injectable for tests. */
export interface CoreApi {
  analyze(input: string, options?: { source?: string; profile?: string; language?: 'auto' | 'en' | 'fr'; lexicon?: never }): Report;
  loadLexicon(files?: { name: string; data: unknown }[]): unknown;
  /** Loads English inflection, needed before loadLexicon compiles user files (core/forms.ts). */
  loadInflection?(): Promise<void>;
  LexiconError: abstract new (...args: never[]) => Error;
}

/** Run the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO(), deps: { core?: CoreApi; chunkChars?: number } = {}): Promise<number> {
  const err = (msg: string): void => { io.stderr.write(`wps-lens: ${msg}\n`); };
  const started = performance.now();
  if (argv[0] === 'brief') return runBrief(argv.slice(1), io, deps);
  if (argv[0] === 'compare') return runCompare(argv.slice(1), io, deps);

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
  if (parsed.command === 'help') { io.stdout.write(USAGE + COMPARE_HELP); return EXIT_OK; }
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
  const files: { name: string; data: unknown }[] = [];
  for (const file of args.lexicons) {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`${file}: cannot read lexicon file: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : oneLine((e as Error).message)}`);
      return EXIT_FAILED;
    }
    try {
      files.push({ name: file, data: JSON.parse(raw.replace(/^\uFEFF/, '')) });
    } catch (e) {
      err(`${file}: lexicon file is not valid JSON: ${oneLine((e as Error).message)}`);
      return EXIT_FAILED;
    }
  }
  let lexicon: unknown;
  try {
    if (files.length && core.loadInflection) await core.loadInflection();
    lexicon = core.loadLexicon(files);
  } catch (e) {
    if (e instanceof core.LexiconError) {
      const lines = e.message.split('\n').filter((l) => l.trim() !== '');
      if (lines.length <= 1) err(`invalid lexicon: ${lines[0] ?? 'unknown problem'}`);
      else {
        err('invalid lexicon:');
        for (const l of lines) io.stderr.write(`  ${l}\n`);
      }
    } else {
      err(`cannot load the lexicon: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    }
    return EXIT_FAILED;
  }

  // ------------------------------------------------ profile (checked before scanning)
  if (args.profile !== 'auto') {
    const known = new Set<string>(PROFILE_IDS);
    const profiles = (lexicon as { profiles?: unknown }).profiles;
    if (profiles instanceof Map) for (const id of profiles.keys()) known.add(String(id));
    if (!known.has(args.profile)) {
      err(`unknown profile '${args.profile}' (use auto or one of: ${[...known].join(', ')})`);
      return EXIT_FAILED;
    }
  }

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
    for (const input of await expandInputs(args.inputs)) {
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
