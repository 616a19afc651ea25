// `wps-lens brief FILE`: the adviser's five-minute brief from one document (why WPS matters to the
// mission, and at least three practical actions, each with the sentence it comes from). Reads any
// supported input like `scan`, runs the core's analyze() then brief(), and writes text, Markdown,
// HTML or JSON. Errors and exit codes as `scan`: 0 written, 2 usage, lexicon or input problem.
import { brief } from '../core/brief/brief.ts';
import { BRIEF_FORMATS, formatBrief, type BriefFormat } from '../core/brief/format.ts';
import type { Report } from '../core/schema.ts';
import { setSharedOption, SUBCOMMAND_VALUES, takeValue, UsageError } from './args.ts';
import { loadCliLexicon, unknownProfile } from './lexicon.ts';
import type { CliIO, CoreApi } from './main.ts';
import { oneLine, writeFileAtomic, writeProblem } from './main.ts';
import { DEFAULT_MAX_BYTES, InputError, readDocument, readStdin, type ReadResult } from './read.ts';

export const BRIEF_USAGE = `Usage: wps-lens brief FILE [options]

A five-minute brief from one document, for an adviser meeting a commander: why Women, Peace and
Security matters to the mission (the shares of women the document states, the shortfalls it states,
the mandate language it cites) and how to act (at least three practical actions from its own
recommendations and, for a document type with rules, from its gaps), each followed by the sentence
it comes from, quoted in full. Deterministic: the same document always gives the same brief.

Input
  FILE       one .txt, .md, .html/.htm, .docx or .pdf file, or - to read text from standard input

Options
  -f, --format <fmt>     text (default), md, html or json ({ why, how } with offsets)
  -o, --out <file>       write the brief to a file (atomically) instead of standard output
  -p, --profile <id>     document profile: auto (default) or a profile id (see wps-lens --help)
  -l, --lexicon <file>   extra concepts/profiles as JSON, on top of the built-in lexicon (repeatable)
      --language <lang>  auto (default: detected), en or fr; a French document gets a French brief
      --max-size <MB>    refuse an input file larger than this (default 200)
  -h, --help             show this help

When the document offers fewer than three actions, the brief says so in a note rather than invent any.

Exit codes
  0  the brief was written
  2  the input could not be read, or a usage or lexicon error
`;

export interface BriefArgs {
  command: 'brief';
  input?: string;
  format: BriefFormat;
  out?: string;
  profile: string;
  lexicons: string[];
  language: 'auto' | 'en' | 'fr';
  maxBytes: number;
}

/** Parse the arguments after `brief`. */
export function parseBriefArgs(argv: string[]): BriefArgs | { command: 'help' } {
  const args: BriefArgs = { command: 'brief', format: 'text', profile: 'auto', lexicons: [], language: 'auto', maxBytes: DEFAULT_MAX_BYTES };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyInputs && (arg === '--help' || arg === '-h')) return { command: 'help' };
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      if (args.input !== undefined) throw new UsageError(`brief takes one file, got '${args.input}' and '${arg}'`);
      args.input = arg;
      continue;
    }
    if (arg === '--') { onlyInputs = true; continue; }
    const { key, value, last } = takeValue(argv, i, SUBCOMMAND_VALUES, 'brief');
    i = last;
    if (key === 'format') {
      if (!(BRIEF_FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format '${value}' for brief (use one of: ${BRIEF_FORMATS.join(', ')})`);
      args.format = value as BriefFormat;
    } else setSharedOption(args, key, value);
  }
  return args;
}


/** Run `wps-lens brief …` (argv after "brief"); resolves to the exit code. */
export async function runBrief(argv: string[], io: CliIO, deps: { core?: CoreApi } = {}): Promise<number> {
  const err = (msg: string): void => { io.stderr.write(`wps-lens: ${msg}\n`); };
  let args: BriefArgs;
  try {
    const parsed = parseBriefArgs(argv);
    if (parsed.command === 'help') { io.stdout.write(BRIEF_USAGE); return 0; }
    args = parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(e.message);
    io.stderr.write(`Run 'wps-lens brief --help' for usage.\n`);
    return 2;
  }
  if (args.input === undefined) {
    err('brief needs one input file (or - for standard input)');
    io.stderr.write(BRIEF_USAGE);
    return 2;
  }

  let core: CoreApi;
  try {
    core = deps.core ?? ((await import('../core/index.ts')) as unknown as CoreApi);
  } catch (e) {
    err(`cannot load the analysis core: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
  const lexicon = await loadCliLexicon(core, args.lexicons, err, io.stderr);
  if (lexicon === undefined) return 2;
  const badProfile = await unknownProfile(args.profile, lexicon);
  if (badProfile) { err(badProfile); return 2; }

  let read: ReadResult;
  try {
    if (args.input === '-' && (io.stdin as { isTTY?: boolean }).isTTY) err('reading standard input (end with Ctrl-D)');
    read = args.input === '-' ? await readStdin(io.stdin, { maxBytes: args.maxBytes }) : await readDocument(args.input, { maxBytes: args.maxBytes });
  } catch (e) {
    err(`${args.input}: ${oneLine(e instanceof InputError ? e.message : `cannot read: ${e instanceof Error ? e.message : String(e)}`)}`);
    return 2;
  }
  let output: string;
  try {
    const report: Report = core.analyze(read.text, { source: read.source, profile: args.profile, language: args.language, lexicon: lexicon as never });
    output = formatBrief(args.format, brief(report, read.text, { language: args.language }));
  } catch (e) {
    err(`${args.input}: analysis failed: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
  if (args.out !== undefined) {
    try {
      await writeFileAtomic(args.out, output);
    } catch (e) {
      err(`${args.out}: cannot write the brief: ${writeProblem(e)}`);
      return 2;
    }
  } else io.stdout.write(output);
  return 0;
}
