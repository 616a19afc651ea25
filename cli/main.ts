// wps-lens command line: parse arguments, read inputs, run the core, format, write, pick the exit code.
import { readFile, writeFile, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PROFILE_IDS, type Report } from '../core/schema.ts';
import { parseArgs, UsageError, USAGE, type ScanArgs } from './args.ts';
import { formatReports, hasRequiredGap, type DocInput, type InputFailure } from './format.ts';
import { expandInputs, isStreamable, readDocument, readStdin, streamTextFile, InputError, type ReadResult } from './read.ts';

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

/** Write a file atomically: a temp file in the same folder, then rename over the target. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
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
  LexiconError: abstract new (...args: never[]) => Error;
}

/** Run the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO(), deps: { core?: CoreApi } = {}): Promise<number> {
  const err = (msg: string): void => { io.stderr.write(`wps-lens: ${msg}\n`); };
  const started = performance.now();

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

  // ------------------------------------------------ read and scan
  const docs: DocInput[] = [];
  const errors: InputFailure[] = [];
  const fail = (source: string, message: string): void => {
    const m = oneLine(message);
    errors.push({ source, message: m });
    err(`${source}: ${m}`);
  };
  for (const input of await expandInputs(args.inputs)) {
    if (input.error) { fail(input.source, input.error); continue; }
    if (input.source === '-' && (io.stdin as { isTTY?: boolean }).isTTY) err('reading standard input (end with Ctrl-D)');
    if (input.source !== '-' && (await isStreamable(input.source, args.streamAbove))) {
      // A large plain-text file: chunks through the streaming analyser, the text is never held whole.
      try {
        const { StreamingAnalysis } = await import('../core/stream.ts');
        const s = new StreamingAnalysis({ source: input.source, profile: args.profile, language: args.language, lexicon: lexicon as never });
        for await (const piece of streamTextFile(input.source, { maxBytes: args.maxBytes })) s.push(piece);
        docs.push({ report: s.finish() });
      } catch (e) {
        fail(input.source, e instanceof InputError ? e.message : `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
      }
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
    docs.push({ report, text: read.text });
  }

  // ------------------------------------------------ output
  let output: string;
  try {
    output = formatReports(args.format, docs, {
      errors,
      color: colorWanted(io, args),
      toolVersion: await toolVersion(),
    });
  } catch (e) {
    // A JS string holds at most ~512 MB: a report of millions of findings cannot be one document.
    if (!(e instanceof RangeError)) throw e;
    const findings = docs.reduce((n, d) => n + d.report.findings.length, 0);
    err(`the report is too large for --format ${args.format} (${findings} findings); use --format csv, or scan fewer files at once`);
    return EXIT_FAILED;
  }
  if (args.out !== undefined) {
    try {
      await writeFileAtomic(args.out, output);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : oneLine((e as Error).message);
      err(`${args.out}: cannot write the report: ${why}`);
      return EXIT_FAILED;
    }
  } else {
    io.stdout.write(output);
  }

  if (args.stats) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    const chars = docs.reduce((n, d) => n + (d.report.length ?? d.text?.length ?? 0), 0);
    io.stderr.write(`wps-lens: ${docs.length} scanned, ${errors.length} failed, ${mb(chars)} M characters in ${((performance.now() - started) / 1000).toFixed(1)} s; peak memory ${mb(process.resourceUsage().maxRSS * 1024)} MB\n`);
  }
  if (errors.length > 0) return EXIT_FAILED;
  if (args.failOnGaps && hasRequiredGap(docs.map((d) => d.report))) return EXIT_GAPS;
  return EXIT_OK;
}
