// `wps-lens compare OLD NEW` and `wps-lens compare --series FILE…`: what a renewal, a redraft or tracked
// changes did to the WPS language (core/compare). Reads any supported input like `scan`, analyses each
// version once, and writes text, Markdown, HTML, CSV or JSON (the contract's Comparison, or for a series
// { version, documents, steps, trend, summary }). Exit codes as `scan`: 0 compared; 1 with
// --fail-on-weakening when a WPS provision was removed or weakened; 2 usage, lexicon or input problem
// (a series still compares the versions that could be read; 2 wins over 1).
import type { Lexicon } from '../core/lexicon/compile.ts';
import { COMPARISON_FORMATS, compareOptions, compareSeries, compareVersions, formatComparison, formatSeries, hasWeakening, prepareVersion, type Comparison, type ComparisonFormat, type Version } from '../core/compare/index.ts';
import { setSharedOption, SUBCOMMAND_VALUES, takeValue, UsageError } from './args.ts';
import type { CliIO, CoreApi } from './main.ts';
import { writeFileAtomic } from './main.ts';
import { loadCliLexicon, unknownProfile } from './lexicon.ts';
import { DEFAULT_MAX_BYTES, InputError, readDocument, readStdin } from './read.ts';

export const COMPARE_USAGE = `Usage: wps-lens compare OLD NEW [options]
       wps-lens compare --series FILE FILE… [options]

What changed in the Women, Peace and Security language between two versions of a document (a mandate
renewal, a redraft, a text before and after tracked changes): every WPS provision of either version is
listed once as added, removed, kept, strengthened or weakened (verb, hedges such as "as appropriate",
concepts, concrete task or general wording), and moved when it changed place. Paragraphs are aligned by
their content, not their numbers. With --series, each version is compared with the one before it and a
trend table gives the counts per pillar for every version.

Inputs
  OLD NEW    two .txt, .md, .html/.htm, .docx or .pdf files (- reads one of them from standard input)

Options
  -f, --format <fmt>      text (default), json, md, html or csv (one row per change)
  -o, --out <file>        write to a file (atomically) instead of standard output
  -s, --series            compare a list of versions in the order given (two or more files)
      --fail-on-weakening exit with 1 when a WPS provision was removed or weakened
      --gender-only       count only gender-specific language as WPS provisions
  -p, --profile <id>      document profile for the gaps: auto (default) or a profile id
  -l, --lexicon <file>    extra concepts/profiles as JSON, on top of the built-in lexicon (repeatable)
      --language <lang>   auto (default), en or fr: the language of the analysis and of the summary
      --max-size <MB>     refuse an input file larger than this (default 200)
  -h, --help              show this help

Exit codes
  0  compared (no weakening, or --fail-on-weakening not given)
  1  --fail-on-weakening was given and a WPS provision was removed or weakened
  2  an input could not be read (a series compares the others), or a usage or lexicon error (2 wins over 1)
`;

export interface CompareArgs {
  command: 'compare';
  inputs: string[];
  series: boolean;
  format: ComparisonFormat;
  out?: string;
  failOnWeakening: boolean;
  genderOnly: boolean;
  profile: string;
  lexicons: string[];
  language: 'auto' | 'en' | 'fr';
  maxBytes: number;
}

const FLAG = new Map([['--series', 'series'], ['-s', 'series'], ['--fail-on-weakening', 'failOnWeakening'], ['--gender-only', 'genderOnly']]);

/** Parse the arguments after `compare`. */
export function parseCompareArgs(argv: string[]): CompareArgs | { command: 'help' } {
  const args: CompareArgs = {
    command: 'compare', inputs: [], series: false, format: 'text', failOnWeakening: false, genderOnly: false,
    profile: 'auto', lexicons: [], language: 'auto', maxBytes: DEFAULT_MAX_BYTES,
  };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyInputs && (arg === '--help' || arg === '-h')) return { command: 'help' };
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) { args.inputs.push(arg); continue; }
    if (arg === '--') { onlyInputs = true; continue; }
    const flag = FLAG.get(arg);
    if (flag) { (args as unknown as Record<string, boolean>)[flag] = true; continue; }
    const { key, value, last } = takeValue(argv, i, SUBCOMMAND_VALUES, 'compare');
    i = last;
    if (key === 'format') {
      if (!(COMPARISON_FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format '${value}' for compare (use one of: ${COMPARISON_FORMATS.join(', ')})`);
      args.format = value as ComparisonFormat;
    } else setSharedOption(args, key, value);
  }
  if (args.series ? args.inputs.length < 2 : args.inputs.length !== 2) {
    throw new UsageError(args.series ? `--series needs at least two files, got ${args.inputs.length}` : `compare takes two files (OLD NEW), got ${args.inputs.length}; use --series for more`);
  }
  if (args.inputs.filter((x) => x === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return args;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : oneLine(e instanceof Error ? e.message : String(e));
}

/** Run `wps-lens compare …` (argv after "compare"); resolves to the exit code. */
export async function runCompare(argv: string[], io: CliIO, deps: { core?: CoreApi } = {}): Promise<number> {
  const err = (msg: string): void => { io.stderr.write(`wps-lens: ${msg}\n`); };
  let args: CompareArgs;
  try {
    const parsed = parseCompareArgs(argv);
    if (parsed.command === 'help') { io.stdout.write(COMPARE_USAGE); return 0; }
    args = parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(e.message);
    io.stderr.write(`Run 'wps-lens compare --help' for usage.\n`);
    return 2;
  }

  let core: CoreApi;
  try {
    core = deps.core ?? ((await import('../core/index.ts')) as unknown as CoreApi);
  } catch (e) {
    err(`cannot load the analysis core: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
  // The same lexicon and profile checks (and messages) as scan and brief.
  const lexicon = await loadCliLexicon(core, args.lexicons, err, io.stderr) as Lexicon | undefined;
  if (lexicon === undefined) return 2;
  const badProfile = await unknownProfile(args.profile, lexicon);
  if (badProfile) { err(badProfile); return 2; }

  // Each version read and analysed once; a version that cannot be read is reported and left out.
  const prepared: Version[] = [];
  let failed = 0;
  const options = { ...compareOptions({ lexicon, profile: args.profile, language: args.language }), scope: args.genderOnly ? 'gender-specific' as const : 'all' as const };
  for (const input of args.inputs) {
    try {
      if (input === '-' && (io.stdin as { isTTY?: boolean }).isTTY) err('reading standard input (end with Ctrl-D)');
      const read = input === '-' ? await readStdin(io.stdin, { maxBytes: args.maxBytes }) : await readDocument(input, { maxBytes: args.maxBytes });
      const report = core.analyze(read.text, { source: read.source, profile: args.profile, language: args.language, lexicon: lexicon as never });
      prepared.push(prepareVersion({ text: read.text, report }, options));
    } catch (e) {
      failed++;
      err(`${input}: ${oneLine(e instanceof InputError ? e.message : `cannot compare: ${e instanceof Error ? e.message : String(e)}`)}`);
    }
  }
  if (prepared.length < 2) {
    err(args.series ? 'fewer than two versions could be read: nothing to compare' : 'both versions are needed to compare');
    return 2;
  }

  let output: string;
  let weakened: boolean;
  try {
    if (args.series) {
      const s = compareSeries(prepared, options);
      output = formatSeries(args.format, s);
      weakened = s.steps.some(hasWeakening);
    } else {
      const c: Comparison = compareVersions(prepared[0]!, prepared[1]!, options);
      output = formatComparison(args.format, c);
      weakened = hasWeakening(c);
    }
  } catch (e) {
    err(`comparison failed: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
  if (args.out !== undefined) {
    try {
      await writeFileAtomic(args.out, output);
    } catch (e) {
      err(`${args.out}: cannot write the comparison: ${writeProblem(e)}`);
      return 2;
    }
  } else io.stdout.write(output);
  if (failed) return 2;
  return args.failOnWeakening && weakened ? 1 : 0;
}
