// One version of a document, ready to compare: its report, its text, and its units (paragraphs and
// sub-paragraphs, cut at blank lines and at section starts) with the WPS findings each holds, the
// strength they are said with, and a content signature for alignment.
import { analyze, type AnalyzeOptions } from '../analyze.ts';
import type { Lexicon } from '../lexicon/compile.ts';
import { SectionIndex } from '../text/sections.ts';
import type { Finding, Report, Section, TextBlock } from '../schema.ts';
import { concretenessOf, paragraphTokens, qualifiersIn, signature, tokenize, wordingOf } from './words.ts';

/** What compare() accepts for each side: a text, a list of blocks, a report, or a report with the text it was made from. */
export type CompareInput =
  | string
  | readonly TextBlock[]
  | Report
  | { text: string | readonly TextBlock[]; report?: Report; source?: string };

export interface Unit {
  index: number;
  /** Offsets in the joined text (block input: blocks joined with a blank line, as analyze() joins them). */
  start: number;
  end: number;
  section?: Section;
  /** Findings that count (not procedural, not reference; gender-specific only if asked), joined-text offsets. */
  words: Finding[];
  /** Content signature (words and word pairs, hashed), distinct. */
  tokens: Int32Array;
  /** Hash of the wording: equal when the words are the same. */
  wording: number;
  /** Concepts stated (not negated). */
  concepts: Set<string>;
  level: number;
  mode: 'task' | 'advice' | 'context';
  verbClass: Finding['strength']['verbClass'];
  cue?: string;
  qualifiers: string[];
  concreteness: 'concrete' | 'general';
  /** Without the text (report only): the words the unit was made of, for its excerpt. */
  words_?: string;
}

export interface Version {
  report: Report;
  /** Joined text; undefined when only a report was given (alignment then reads the findings' words). */
  text?: string;
  units: Unit[];
  /** Block bounds in the joined text, for block input. */
  blocks?: { id: string; start: number; end: number }[];
  /** Units holding WPS words. */
  provisions: Unit[];
  /** Every finding of the report, in joined-text offsets (gaps are re-judged on them under another profile). */
  findings: Finding[];
}

export interface PrepareOptions extends Pick<AnalyzeOptions, 'lexicon' | 'profile' | 'language' | 'dismissals'> {
  source?: string;
  /** "all" (default): every WPS Lens concept; "gender-specific": only gender-specific findings make a provision. */
  scope?: 'all' | 'gender-specific';
  lexicon?: Lexicon;
}

const BLOCK_BREAK = '\n\n';

function isReport(x: unknown): x is Report {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'findings' in x && 'structure' in x && 'coverage' in x;
}

/** Analyse (when needed) and cut one side into units. */
export function prepare(input: CompareInput | Version, options: PrepareOptions = {}): Version {
  if (typeof input === 'object' && input !== null && 'units' in input && 'provisions' in input) return input as Version;
  let report: Report | undefined;
  let raw: string | readonly TextBlock[] | undefined;
  let source = options.source;
  if (typeof input === 'string' || Array.isArray(input)) raw = input as string | readonly TextBlock[];
  else if (isReport(input)) report = input;
  else {
    const x = input as { text: string | readonly TextBlock[]; report?: Report; source?: string };
    raw = x.text; report = x.report; source ??= x.source;
  }
  report ??= analyze(raw!, {
    source: source ?? '-', lexicon: options.lexicon, dismissals: options.dismissals,
    ...(options.profile ? { profile: options.profile } : {}), ...(options.language ? { language: options.language } : {}),
  });
  const text = raw === undefined ? undefined : typeof raw === 'string' ? raw : raw.map((b) => b.text).join(BLOCK_BREAK);
  return cut(report, text, options.scope ?? 'all');
}

/** The offset in the joined text of a finding (block input: its block's start added). */
function joinedFindings(report: Report): { findings: Finding[]; blocks?: Version['blocks'] } {
  if (!report.blocks?.length) return { findings: report.findings };
  const start = new Map(report.blocks.map((b) => [b.id, b.start]));
  const findings = report.findings.map((f) => {
    const d = f.block !== undefined ? start.get(f.block) ?? 0 : 0;
    return d ? { ...f, start: f.start + d, end: f.end + d, sentence: { start: f.sentence.start + d, end: f.sentence.end + d } } : f;
  });
  return { findings, blocks: report.blocks.map((b) => ({ id: b.id, start: b.start, end: b.end })) };
}

/** Where units start and end: blank lines, and the start of every section (sub-paragraphs are units of their own). */
function unitSpans(text: string, sections: readonly Section[]): { start: number; end: number }[] {
  const cuts: number[] = [0, text.length];
  for (const s of sections) cuts.push(s.start);
  const BREAK = /\n[\t \u00A0\r]*\n/g;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) { cuts.push(m.index); cuts.push(m.index + m[0].length); }
  cuts.sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let a = cuts[i]!, b = cuts[i + 1]!;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** Without the text: one unit per innermost section holding findings, its signature from its WPS words and verbs. */
function reportSpans(report: Report, findings: readonly Finding[]): { start: number; end: number; extra: string }[] {
  const index = new SectionIndex(report.structure);
  const bySection = new Map<string, { start: number; end: number; extra: string }>();
  const loose: { start: number; end: number; extra: string }[] = [];
  for (const f of findings) {
    const s = f.section ? index.get(f.section) : undefined;
    if (!s) { loose.push({ start: f.sentence.start, end: f.sentence.end, extra: f.text }); continue; }
    const u = bySection.get(s.id) ?? { start: s.start, end: s.end, extra: (s.verbs ?? []).map((v) => v.text).join(' ') };
    u.extra += ` ${f.text}`;
    bySection.set(s.id, u);
  }
  return [...bySection.values(), ...loose].sort((a, b) => a.start - b.start);
}

function cut(report: Report, text: string | undefined, scope: 'all' | 'gender-specific'): Version {
  const { findings, blocks } = joinedFindings(report);
  const counted = findings.filter((f) => !f.procedural && !f.reference && (scope === 'all' || f.genderSpecific));
  const index = new SectionIndex(report.structure);
  const spans = text !== undefined ? unitSpans(text, report.structure).map((s) => ({ ...s, extra: '' })) : reportSpans(report, counted);
  // Findings in text order, swept alongside the units (both sorted).
  const sorted = [...counted].sort((a, b) => a.start - b.start);
  const units: Unit[] = [];
  let k = 0;
  for (const sp of spans) {
    while (k < sorted.length && sorted[k]!.start < sp.start) k++; // between units (white space): none in practice
    const words: Finding[] = [];
    for (; k < sorted.length && sorted[k]!.start < sp.end; k++) words.push(sorted[k]!);
    const section = index.at(sp.start);
    units.push(unit(units.length, sp, section, words, text, sp.extra));
  }
  return { report, text, units, blocks, provisions: units.filter((u) => u.words.length > 0), findings };
}

function unit(i: number, sp: { start: number; end: number }, section: Section | undefined, words: Finding[], text: string | undefined, extra: string): Unit {
  const body = text !== undefined ? text.slice(sp.start, sp.end) : extra;
  const stated = words.filter((f) => !f.negated);
  const strongest = (stated.length ? stated : words).reduce<Finding | undefined>((b, f) => (!b || f.strength.level > b.strength.level ? f : b), undefined);
  // The WPS sentences: hedges and concreteness are read there, not in the rest of a long paragraph.
  let wps = '';
  if (text !== undefined && words.length) {
    let last = -1;
    for (const f of words) {
      const a = Math.max(sp.start, f.sentence.start, last), b = Math.min(sp.end, f.sentence.end);
      if (b > a) { wps += ` ${text.slice(a, b)}`; last = b; }
    }
  }
  const tokens = paragraphTokens(body);
  const wpsTokens = wps ? tokenize(wps) : undefined;
  return {
    index: i, start: sp.start, end: sp.end, section, words,
    tokens: signature(tokens),
    wording: wordingOf(tokens),
    concepts: new Set(stated.map((f) => f.concept)),
    level: strongest?.strength.level ?? 0,
    mode: strongest?.strength.mode ?? 'context',
    verbClass: strongest?.strength.verbClass ?? null,
    cue: strongest?.strength.cue,
    qualifiers: wpsTokens ? qualifiersIn(wpsTokens) : [],
    concreteness: wpsTokens ? concretenessOf(wpsTokens) : 'general',
    ...(text === undefined ? { words_: body } : {}),
  };
}

/** The opening words of a unit (at most 160 characters), made only for the units a change cites. */
export function excerptOf(v: Version, u: Unit): string {
  const s = v.text !== undefined ? v.text.slice(u.start, Math.min(u.end, u.start + 400)) : u.words_ ?? '';
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= 160 ? t : `${t.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}
