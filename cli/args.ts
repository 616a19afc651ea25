// Command-line argument parsing for wps-lens (no I/O).
import { FORMATS, type FormatName } from '../core/report/format-names.ts';
import { globMatcher } from './glob.ts';
import { DEFAULT_MAX_BYTES, STREAM_THRESHOLD } from './read.ts';

/** Findings (and figures) listed by the text and Markdown reports for a streamed document; the counts stay whole. */
export const LISTED_WHEN_STREAMED = 1000;

export const USAGE = `Usage: wps-lens scan [files… | folders… | -] [options]
       wps-lens brief FILE [--format text|md|html|json] [--out FILE]   (see wps-lens brief --help)
       wps-lens packs [list|show|validate|sign|keygen] …                 (see wps-lens packs --help)
       wps-lens compare OLD NEW | --series FILE… [--format …]           (see wps-lens compare --help)

Scan UN and military documents for Women, Peace and Security language and for what is missing.

Inputs
  files      .txt, .md, .html/.htm, .docx, .pdf (other files are read as text if they are UTF-8)
  folders    every supported file inside, recursively (dot-folders and node_modules skipped; README,
             LICENSE, CHANGELOG and the like are left out as not documents: name such a file to
             scan it). Standard error says how many files each folder gave and what was left out.
  -          read text from standard input

Options
  -p, --profile <id>     document profile: auto (default), mandate, thematic-resolution,
                         mission-concept, conops, oporder, roe, sg-report, operations-report,
                         poc-strategy, generic, or a profile id from a --lexicon file
  -l, --lexicon <file>   extra concepts/profiles as JSON, on top of the built-in lexicon (repeatable)
      --pack <id|file>   a rule pack: nato, nap, or a pack file (repeatable; see wps-lens packs --help)
      --pack-key <file>  the organisation's public key (JWK): packs not signed with it are refused
                         (repeatable; also WPS_LENS_PACK_KEY=<file>)
      --language <lang>  auto (default: detected per document and per paragraph), en or fr
  -f, --format <fmt>     text (default), json, csv or md
  -o, --out <file>       write the report to a file (atomically) instead of standard output
      --exclude <glob>   leave out of folder scans the files or folders that match (repeatable):
                         * ? [abc] {a,b} within a name, ** across folders; without / it matches a
                         name at any depth ('*.md', drafts), with / a path in the folder ('old/**')
      --verbose          list on standard error every file a folder scan reads and leaves out
      --fail-on-gaps     exit with 1 when a required gap is found
      --max-size <MB>    refuse input files larger than this (default 200)
      --stream-above <MB> stream plain-text files larger than this in chunks (default 16); the text
                         and md reports of such a file list its first ${LISTED_WHEN_STREAMED.toLocaleString('en-US')} findings and figures
                         (counts, coverage and gaps stay whole; json lists them all)
      --stats            print documents, size, time and peak memory on standard error
  -h, --help             show this help
  -V, --version          show the version

Output
  csv has one row per document and concept: source,profile,language,pillar,concept,genderSpecific,
  findings,tasks,advice,negated,firstSentence, then the document's score (empty for a type without
  rules), scoreBasis, gaps, profileDetected, requiredGaps and highGaps (a document with no findings
  gets one row with an empty concept). Cells starting with = + - @ are prefixed with ' so
  spreadsheets do not run them.

Exit codes
  0  every input was scanned
  1  --fail-on-gaps was given and a required gap was found
  2  some inputs could not be read (the others are still reported), or a usage/lexicon error
     (2 wins over 1)

Colours are used only when standard output is a terminal and NO_COLOR is not set.

wps-lens brief FILE prepares a five-minute brief from one document: why Women, Peace and Security
matters to the mission and at least three practical actions, each with the sentence it comes from.

wps-lens compare OLD NEW compares two versions of a document (a mandate renewal, a redraft): each WPS
provision added, removed, kept, strengthened or weakened, and moved; --series FILE… compares a list of
versions in order with a trend table (see wps-lens compare --help).
`;

export interface ScanArgs {
  command: 'scan';
  inputs: string[];
  profile: string;
  lexicons: string[];
  /** Added: rule packs by built-in id or file, and organisation public keys (JWK files). */
  packs: string[];
  packKeys: string[];
  format: FormatName;
  out?: string;
  failOnGaps: boolean;
  maxBytes: number;
  /** Plain-text files larger than this many bytes are streamed in chunks. */
  streamAbove: number;
  stats: boolean;
  /** --exclude patterns for folder scans (checked when parsed: cli/glob.ts). */
  excludes: string[];
  /** --verbose: list the files of folder scans. */
  verbose: boolean;
  /** "auto" detects the language per document and block; "en"/"fr" override it. */
  language: 'auto' | 'en' | 'fr';
}

export type ParsedArgs =
  | ScanArgs
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'none' };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const VALUE_OPTIONS: Record<string, string> = {
  '--profile': 'profile', '-p': 'profile',
  '--lexicon': 'lexicon', '-l': 'lexicon',
  '--pack': 'pack', '--pack-key': 'pack-key',
  '--format': 'format', '-f': 'format',
  '--out': 'out', '-o': 'out',
  '--max-size': 'max-size',
  '--stream-above': 'stream-above',
  '--language': 'language',
  '--exclude': 'exclude',
};

/** --max-size: a positive number of MB, as bytes (shared by scan and brief). */
export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size needs a positive number of MB, got '${value}'`);
  return Math.floor(mb * 1024 * 1024);
}

/** --language: auto, en or fr (shared by scan and brief). */
export function parseLanguage(value: string): 'auto' | 'en' | 'fr' {
  if (value !== 'auto' && value !== 'en' && value !== 'fr') throw new UsageError(`unknown language '${value}' (use auto, en or fr)`);
  return value;
}

/** The value options `brief` and `compare` share (format, out, profile, lexicon, language, max-size). */
export const SUBCOMMAND_VALUES: ReadonlyMap<string, string> = new Map([
  ['--format', 'format'], ['-f', 'format'], ['--out', 'out'], ['-o', 'out'], ['--profile', 'profile'], ['-p', 'profile'],
  ['--lexicon', 'lexicon'], ['-l', 'lexicon'], ['--language', 'language'], ['--max-size', 'max-size'],
]);

/** A value option at argv[i] ("--x=v" or "--x v"): its key, its value and the index of its last word. */
export function takeValue(argv: readonly string[], i: number, values: ReadonlyMap<string, string>, command: string): { key: string; value: string; last: number } {
  const arg = argv[i]!;
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  const key = values.get(name);
  if (!key) throw new UsageError(`unknown option '${name}' for ${command}`);
  const last = eq > 0 ? i : i + 1;
  const value = eq > 0 ? arg.slice(eq + 1) : argv[last];
  if (value === undefined || value.trim() === '') throw new UsageError(`option '${name}' needs a value`);
  return { key, value, last };
}

/** The shared options other than --format; false when `key` is not one of them. */
export function setSharedOption(args: { out?: string; profile: string; lexicons: string[]; language: 'auto' | 'en' | 'fr'; maxBytes: number }, key: string, value: string): boolean {
  switch (key) {
    case 'out': args.out = value; return true;
    case 'profile': args.profile = value.trim(); return true;
    case 'lexicon': args.lexicons.push(value); return true;
    case 'language': args.language = parseLanguage(value); return true;
    case 'max-size': args.maxBytes = parseMaxSize(value); return true;
    default: return false;
  }
}

/** Parse the arguments after the program name, e.g. ["scan", "a.txt", "--format", "json"]. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) {
    const dd = argv.indexOf('--');
    const h = argv.findIndex((a) => a === '--help' || a === '-h');
    if (dd < 0 || h < dd) return { command: 'help' };
  }
  if (argv.length > 0 && (argv[0] === '--version' || argv[0] === '-V')) return { command: 'version' };
  if (argv.length === 0) return { command: 'none' };
  const [command, ...rest] = argv;
  if (command === 'help') return { command: 'help' };
  if (command === 'version') return { command: 'version' };
  if (command !== 'scan') {
    if (command!.startsWith('-')) throw new UsageError(`unknown option '${command}' (options go after the command: wps-lens scan … ${command})`);
    throw new UsageError(`unknown command '${command}' (did you mean: wps-lens scan ${command}?)`);
  }

  const args: ScanArgs = { command: 'scan', inputs: [], profile: 'auto', lexicons: [], packs: [], packKeys: [], format: 'text', failOnGaps: false, maxBytes: DEFAULT_MAX_BYTES, streamAbove: STREAM_THRESHOLD, stats: false, excludes: [], verbose: false, language: 'auto' };
  let onlyInputs = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) { args.inputs.push(arg); continue; }
    if (arg === '--') { onlyInputs = true; continue; }
    if (arg === '--version' || arg === '-V') return { command: 'version' };
    if (arg === '--fail-on-gaps') { args.failOnGaps = true; continue; }
    if (arg === '--stats') { args.stats = true; continue; }
    if (arg === '--verbose') { args.verbose = true; continue; }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    const key = VALUE_OPTIONS[name];
    if (!key) {
      if (name === '--fail-on-gaps') throw new UsageError(`option '--fail-on-gaps' takes no value`);
      throw new UsageError(`unknown option '${name}'`);
    }
    if (value === undefined) {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`option '${name}' needs a value`);
    }
    switch (key) {
      case 'profile':
        if (value.trim() === '') throw new UsageError(`option '${name}' needs a value`);
        args.profile = value.trim();
        break;
      case 'lexicon':
        args.lexicons.push(value);
        break;
      case 'pack':
        if (value.trim() === '') throw new UsageError(`option '${name}' needs a value`);
        args.packs.push(value.trim());
        break;
      case 'pack-key':
        args.packKeys.push(value);
        break;
      case 'format':
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format '${value}' (use one of: ${FORMATS.join(', ')})`);
        args.format = value as FormatName;
        break;
      case 'out':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        args.out = value;
        break;
      case 'max-size':
        args.maxBytes = parseMaxSize(value);
        break;
      case 'language':
        args.language = parseLanguage(value);
        break;
      case 'exclude':
        try {
          globMatcher(value);
        } catch (e) {
          throw new UsageError(`--exclude '${value}': ${(e as Error).message}`);
        }
        args.excludes.push(value);
        break;
      case 'stream-above': {
        const mb = Number(value);
        if (!Number.isFinite(mb) || mb < 0) throw new UsageError(`--stream-above needs a number of MB (0 or more), got '${value}'`);
        args.streamAbove = Math.floor(mb * 1024 * 1024);
        break;
      }
    }
  }
  return args;
}
