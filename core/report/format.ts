// Report formatters: pure functions from reports (plus, optionally, the analysed text) to a string.
// No I/O here: the CLI, the extension and the add-ins all export through these.
import { coverageSummary, ruleBasis } from './coverage.ts';
import { PILLAR_IDS, WPS_PILLARS, THEMATIC_GROUPS, type Report, type Figure, type Finding, type Gap, type PillarId, type CliOutput, type Section, type TextBlock } from '../schema.ts';
import { sentenceAt } from '../text/sentence.ts';
import { familyName, groupName, labelLanguage, profileLabel, type LabelLanguage } from '../lexicon/labels.ts';
import { buildReview, countsLine, type GapItem, type Review, type ReviewTally } from './review.ts';

import { FORMATS, type FormatName } from './format-names.ts';
export { FORMATS, type FormatName };

/**
 * A report with the exact input it was computed from (needed to quote sentences; optional): the
 * string, or the blocks when the report was computed from blocks (its offsets are then block-local).
 */
export interface DocInput {
  report: Report;
  text?: string;
  blocks?: readonly TextBlock[];
  /**
   * The whole document's counts when report.findings and report.figures list only the first ones
   * (a huge text streamed with bounded memory): summaries and CSV rows use these, and the text and
   * Markdown reports say how many findings and figures are not listed.
   */
  totals?: DocTotals;
}

/** One concept of one document, as a CSV row reports it. */
export interface ConceptTotal {
  pillar: PillarId;
  genderSpecific: boolean;
  findings: number;
  tasks: number;
  advice: number;
  negated: number;
  /** The whole sentence of the concept's first finding in reading order, whitespace collapsed. */
  firstSentence: string;
}

export interface DocTotals {
  findings: number;
  figures: number;
  concepts: ReadonlyMap<string, ConceptTotal>;
  /** The review's counts of the whole document (the review of the listed findings counts only those). */
  review?: ReviewTally;
}

export interface InputFailure {
  source: string;
  message: string;
}

export interface FormatOptions {
  /** Inputs that could not be read or analysed. */
  errors?: InputFailure[];
  /** ANSI colours (text format only). */
  color?: boolean;
  /** Date shown in the Markdown title block (default: today). */
  date?: Date | string;
  /** Tool version shown in the Markdown report. */
  toolVersion?: string;
  /** Page or document title and URL shown in the Markdown/HTML title block. */
  title?: string;
  url?: string;
}

export type FormatterInput = DocInput[] | Report[];

function toDocs(input: FormatterInput): DocInput[] {
  return (input as (DocInput | Report)[]).map((d) => ('report' in d ? d : { report: d }));
}

// ---------------------------------------------------------------- shared helpers

/** The text a finding's offsets refer to: its block's text for block input, else the whole text. */
export type TextOf = (f: { block?: string }) => string | undefined;

export function textResolver(d: DocInput): TextOf {
  if (!d.blocks) return () => d.text;
  const byId = new Map(d.blocks.map((b) => [b.id, b.text]));
  return (f) => (f.block !== undefined ? byId.get(f.block) : d.text);
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** A gap that makes `--fail-on-gaps` fail: level "required", or severity "high" when the level is absent. */
export function isRequiredGap(gap: Gap): boolean {
  return gap.level !== undefined ? gap.level === 'required' : gap.severity === 'high';
}

export function hasRequiredGap(reports: Report[]): boolean {
  return reports.some((r) => r.gaps.some(isRequiredGap));
}

/** A document's gaps as every surface counts them: all of them, the required ones (isRequiredGap), the high-severity ones. */
export interface GapCounts { gaps: number; required: number; high: number }

export function gapCounts(r: { gaps: readonly Gap[] }): GapCounts {
  let required = 0;
  let high = 0;
  for (const g of r.gaps) {
    if (isRequiredGap(g)) required++;
    if (g.severity === 'high') high++;
  }
  return { gaps: r.gaps.length, required, high };
}

/**
 * Gaps as every surface lists them (the review's order, core/report/review.ts): most severe first, required
 * before recommended, then the report's own order, which is the profile's rule order (an order's
 * paragraphs 1 to 5, a mandate's operative tasks).
 */
export function orderGaps(gaps: readonly Gap[]): Gap[] {
  return gaps.map((g, i) => ({ g, i }))
    .sort((a, b) => SEVERITY_ORDER[a.g.severity] - SEVERITY_ORDER[b.g.severity] || Number(isRequiredGap(b.g)) - Number(isRequiredGap(a.g)) || a.i - b.i)
    .map((x) => x.g);
}
/** The same order as orderGaps (one definition), kept under the name the CLI and Excel import. */
export const sortedGaps = orderGaps;

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The whole text of the finding's sentence, whitespace collapsed (the matched words without the text). */
export function sentenceText(f: Finding, text: string | undefined): string {
  if (text === undefined || f.sentence.end > text.length || f.sentence.start > f.sentence.end) return collapseWhitespace(f.text);
  return collapseWhitespace(text.slice(f.sentence.start, f.sentence.end));
}

/** Findings in reading order: by block (block input has block-local offsets), then offset. */
/** Findings in reading order: by block first for block input (offsets are block-local), then by offset. */
export function findingsInOrder(r: Report): Finding[] {
  const order = new Map(r.blocks?.map((b, i) => [b.id, i]));
  const blockIndex = (f: Finding) => (f.block !== undefined ? order.get(f.block) ?? 0 : 0);
  return [...r.findings].sort((a, b) => blockIndex(a) - blockIndex(b) || a.start - b.start || a.end - b.end);
}

function howSaid(f: Finding): string {
  const s = f.strength;
  const parts: string[] = [s.mode];
  if (s.verbClass) parts.push(s.verbClass);
  parts.push(`level ${s.level}`);
  let out = parts.join(', ');
  if (s.cue) out += ` ("${collapseWhitespace(s.cue)}")`;
  const flags: string[] = [];
  if (f.negated) flags.push('negated');
  if (f.scopeLimited) flags.push('scope-limited');
  if (f.boilerplate) flags.push('boilerplate');
  if (f.procedural) flags.push('procedural');
  if (f.unverified) flags.push('unverified');
  if (f.annex) flags.push('annex');
  if (flags.length) out += '; ' + flags.join(', ');
  return out;
}

const SECTION_KIND_LABEL: Record<string, string> = {
  preamble: 'Preamble', preambular: 'Preambular paragraph', operative: 'Operative paragraph',
  'opord-paragraph': 'Paragraph', annex: 'Annex', heading: 'Heading', body: 'Body',
  paragraph: 'Paragraph', contents: 'Contents', notes: 'Notes', references: 'References', table: 'Table', furniture: 'Page furniture',
};

/** A section's kind and number without its title: "Operative paragraph 4", "Annex K", "Preamble". */
export function sectionName(s: Section): string {
  const kind = SECTION_KIND_LABEL[s.kind] ?? s.kind;
  if (!s.number || (s.kind === 'heading' && s.title?.startsWith(s.number))) return kind; // "Heading: IV. Observations"
  return s.kind === 'annex' && /^annex\b/i.test(s.number) ? s.number : `${kind} ${s.number}`;
}

function sectionLabel(r: Report, id: string | undefined): string {
  if (!id) return 'No section';
  const s = r.structure.find((x) => x.id === id);
  if (!s) return id;
  const num = sectionName(s);
  return s.title ? `${num}: ${collapseWhitespace(s.title)}` : num;
}

function pillarCounts(r: Report, p: PillarId) {
  return r.coverage.byPillar[p] ?? { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
}

function conceptCount(r: Report): number {
  return new Set(r.findings.map((f) => f.concept)).size;
}

/** The document's counts: its totals when its lists were capped, else the lists' lengths. */
function countsOf(d: DocInput): { findings: number; figures: number; concepts: number } {
  const r = d.report;
  return { findings: d.totals?.findings ?? r.findings.length, figures: d.totals?.figures ?? r.figures.length, concepts: d.totals?.concepts.size ?? conceptCount(r) };
}

/** The plain line after a capped list, or undefined when everything is listed. */
function notListed(what: 'finding' | 'figure', listed: number, total: number): string | undefined {
  if (total <= listed) return undefined;
  const rest = total - listed;
  const how = what === 'finding' ? '--format json lists every finding, --format csv counts them per concept' : '--format json lists every figure';
  return `… ${rest.toLocaleString('en-US')} more ${rest === 1 ? what : what + 's'} not listed: this large file was read in chunks and only the first ${listed.toLocaleString('en-US')} are listed here (${how}).`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function profileLine(r: Report): string {
  const label = profileLabel(r.profile.id, 'en', r.profile.label);
  const id = label === r.profile.id ? '' : `${r.profile.id}; `;
  return `${label} (${id}${r.profile.detected ? 'detected' : 'chosen'}, ${pct(r.profile.confidence)} confidence)`;
}

// ---------------------------------------------------------------- score

/** What every surface shows of the score: the label, "29/100" (null: no score for this type) and the basis line. */
export interface ScoreParts { label: string; value: string | null; basis: string }

type Scored = Pick<Report, 'coverage' | 'language'> & Partial<Pick<Report, 'findings'>>;

/**
 * The score of a report as every surface shows it, from the core's own basis line (coverage.scoreBasis),
 * in the document's language — or in `language` (a reader's interface language), said again from the
 * rule tally. A report without a basis (made by an older version) still gets a line.
 */
export function scoreParts(r: Scored, language: LabelLanguage = labelLanguage(r.language)): ScoreParts {
  const fr = language === 'fr';
  const own = language === labelLanguage(r.language);
  const score = r.coverage.score ?? null;
  const genderSpecific = (): number => r.coverage.genderSpecific
    ?? (r.findings ?? []).filter((f) => f.genderSpecific && !f.negated && !f.procedural && !f.reference).length;
  if (score === null) {
    const basis = own && r.coverage.scoreBasis ? r.coverage.scoreBasis : coverageSummary({ byPillar: r.coverage.byPillar, genderSpecific: genderSpecific() }, language);
    return { label: fr ? 'Note' : 'Score', value: null, basis };
  }
  const rules = r.coverage.scoreRules;
  const basis = !own && rules ? ruleBasis(rules, language) : r.coverage.scoreBasis ?? '';
  return { label: fr ? 'Note' : 'Score', value: `${Math.round(score)}/100`, basis };
}

/**
 * One line, the same on every surface: "Score 29/100 — 7 of 24 rules met, 10 only in annexes, …", or for a
 * document type without rules "No score for this document type: 5 of 5 pillars covered, 48 gender-specific findings".
 */
export function scoreLine(r: Scored, language?: LabelLanguage): string {
  const p = scoreParts(r, language);
  return p.value === null ? p.basis : `${p.label} ${scoreRest(p)}`;
}

/** The line without its label, for layouts that print "Score" in a column of their own. */
export function scoreRest(p: ScoreParts): string {
  if (p.value === null) return p.basis;
  return p.basis ? `${p.value} — ${p.basis}` : p.value;
}

// ---------------------------------------------------------------- findings by sentence

/** Caps of the text, Markdown and HTML reports, so a 400 KB report stays readable; JSON and CSV list everything. */
export const LIST_CAPS = { sentencesPerSection: 6, sentences: 150, conceptsPerSentence: 8, figures: 40 } as const;

/** A sentence with the findings in it (one entry per sentence, whatever the number of concepts). */
export interface SentenceEntry {
  block?: string;
  sentence: { start: number; end: number };
  findings: Finding[];
}

/** Consecutive findings (reading order) of one sentence are one entry. */
export function sentenceEntries(findings: readonly Finding[]): SentenceEntry[] {
  const out: SentenceEntry[] = [];
  let last: SentenceEntry | undefined;
  for (const f of findings) {
    if (last && last.block === f.block && f.sentence.start === last.sentence.start) {
      last.findings.push(f);
      last.sentence = { start: last.sentence.start, end: Math.max(last.sentence.end, f.sentence.end) };
      continue;
    }
    last = { block: f.block, sentence: { start: f.sentence.start, end: f.sentence.end }, findings: [f] };
    out.push(last);
  }
  return out;
}

/** One concept of a sentence entry: how often, and each distinct way it is said. */
export interface EntryConcept { concept: string; label: string; pillar: PillarId; count: number; how: string[] }

export function entryConcepts(e: SentenceEntry): EntryConcept[] {
  const by = new Map<string, EntryConcept>();
  for (const f of e.findings) {
    let c = by.get(f.concept);
    if (!c) by.set(f.concept, (c = { concept: f.concept, label: f.label ?? f.concept, pillar: f.pillar, count: 0, how: [] }));
    c.count++;
    const h = howSaid(f);
    if (!c.how.includes(h)) c.how.push(h);
  }
  return [...by.values()];
}

/** The concepts of an entry as listed (capped), and the one way they are all said when they agree. */
function conceptList(e: SentenceEntry): { items: EntryConcept[]; how?: string; more: number } {
  const all = entryConcepts(e);
  const items = all.slice(0, LIST_CAPS.conceptsPerSentence);
  const first = all[0]!.how;
  const same = all.every((c) => c.how.length === 1 && c.how[0] === first[0]) && first.length === 1;
  return { items, how: same ? first[0] : undefined, more: all.length - items.length };
}

interface Piece { text: string; match: boolean }

/**
 * The sentence as plain and matched pieces, whitespace collapsed; a long sentence keeps `context`
 * characters around its matches ("…" where cut). Without the text, only the matched words.
 */
export function markedPieces(spans: readonly { start: number; end: number; text: string }[], sentence: { start: number; end: number }, text: string | undefined, context = 140): Piece[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const valid = text !== undefined && sorted.every((s) => s.start <= s.end && s.end <= text.length);
  if (!valid) {
    const words = [...new Set(sorted.map((s) => collapseWhitespace(s.text)))];
    return words.flatMap((w, i) => (i ? [{ text: ' … ', match: false }, { text: w, match: true }] : [{ text: w, match: true }]));
  }
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const prev = merged.at(-1);
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const sStart = Math.min(sentence.start, merged[0]!.start);
  const sEnd = Math.min(text.length, Math.max(sentence.end, merged.at(-1)!.end));
  const pieces: Piece[] = [];
  let pos = sStart;
  merged.forEach((m, i) => {
    let plain = text.slice(pos, m.start).replace(/\s+/g, ' ');
    if (i === 0) {
      plain = plain.replace(/^ /, '');
      if (plain.length > context) plain = '…' + plain.slice(plain.length - context).replace(/^\S*\s/, '');
    } else if (plain.length > 2 * context) {
      plain = plain.slice(0, context).replace(/\s\S*$/, '') + ' … ' + plain.slice(plain.length - context).replace(/^\S*\s/, '');
    }
    if (plain) pieces.push({ text: plain, match: false });
    pieces.push({ text: collapseWhitespace(text.slice(m.start, m.end)), match: true });
    pos = m.end;
  });
  let tail = text.slice(pos, sEnd).replace(/\s+/g, ' ').replace(/ $/, '');
  if (tail.length > context) tail = tail.slice(0, context).replace(/\s\S*$/, '') + '…';
  if (tail) pieces.push({ text: tail, match: false });
  return pieces;
}

/** Section kinds whose findings are apparatus, not content: left out of the reports' lists. */
const REFERENCE_SECTION_KINDS: ReadonlySet<string> = new Set(['contents', 'notes', 'references']);

/** Is a (block-local, for block input) position inside a contents page, notes or a reference list? */
function inReferenceSection(r: Report, pos: number, block?: string): boolean {
  if (!r.structure.some((s) => REFERENCE_SECTION_KINDS.has(s.kind))) return false;
  const at = block !== undefined ? (r.blocks?.find((b) => b.id === block)?.start ?? 0) + pos : pos;
  return r.structure.some((s) => REFERENCE_SECTION_KINDS.has(s.kind) && s.start <= at && at < s.end);
}

/** Findings the reports list: reference findings (contents, notes, bibliography) left out. */
function listedFindings(r: Report): Finding[] {
  return r.findings.filter((f) => !f.reference);
}

/** Figures the reports list, in reading order: those in contents, notes and references left out. */
function listedFigures(r: Report): Figure[] {
  const order = new Map(r.blocks?.map((b, i) => [b.id, i]));
  const blockIndex = (g: Figure) => (g.block !== undefined ? order.get(g.block) ?? 0 : 0);
  return r.figures.filter((g) => !inReferenceSection(r, g.start, g.block)).sort((a, b) => blockIndex(a) - blockIndex(b) || a.start - b.start);
}

/** A figure's sentence: its own (figures carry one since 2026-12), else found around it in the text. */
function figureSentence(g: Figure, text: string | undefined): { start: number; end: number } {
  const own = (g as Figure & { sentence?: { start: number; end: number } }).sentence;
  if (own) return own;
  if (text === undefined || g.end > text.length) return { start: g.start, end: g.end };
  return sentenceAt(text, g.start);
}

/** Sections and their sentence entries, capped: what the text, Markdown and HTML reports list. */
interface Listing {
  groups: { label: string; entries: SentenceEntry[]; more: number; findings: number }[];
  /** Sentences (and sections) not listed because the whole list reached its cap. */
  moreSentences: number;
  moreSections: number;
  sentences: number;
  references: number;
  /** The gaps in review order, with their titles and headlines. */
  gaps: GapItem[];
  review: Review;
}

/**
 * The findings as the review lists them (core/report/review.ts): groups by the document's top-level
 * sections in document order, inside each the sentences in review order (tasks, advice, mentions, stated
 * as absent, procedural; gender-specific first), so the capped list keeps the most telling ones.
 */
function listing(d: DocInput): Listing {
  const review = buildReview(d);
  const groups: Listing['groups'] = [];
  let shown = 0;
  let moreSentences = 0;
  let moreSections = 0;
  let sentences = 0;
  for (const g of review.groups) {
    sentences += g.items.length;
    const room = Math.max(0, Math.min(LIST_CAPS.sentencesPerSection, LIST_CAPS.sentences - shown));
    if (room === 0) { moreSentences += g.items.length; moreSections++; continue; }
    const kept = g.items.slice(0, room);
    shown += kept.length;
    groups.push({ label: g.label, entries: kept, more: g.items.length - kept.length, findings: g.items.reduce((n, it) => n + it.findings.length, 0) });
  }
  return { groups, moreSentences, moreSections, sentences, references: review.counts.reference, gaps: review.gaps, review };
}

/** A pillar's name as the tables show it: "Participation", "Conflict-related sexual violence". */
function pillarName(p: PillarId): string {
  return (WPS_PILLARS as readonly string[]).includes(p) ? familyName(p) : groupName(p);
}

/** Where a gap belongs and the concept it is about, in words, with the rule id last (for search and scripts). */
function gapWhere(r: Report, g: GapItem): string {
  return [g.section?.label ?? (g.gap.section ? sectionLabel(r, g.gap.section) : ''), `rule ${g.gap.rule}`].filter(Boolean).join(' · ');
}

function plainMore(n: number, what: string, where = ''): string {
  return `… ${n.toLocaleString('en-US')} more ${what}${n === 1 ? '' : 's'}${where}`;
}

// ---------------------------------------------------------------- json

export function formatJson(input: FormatterInput, options: FormatOptions = {}): string {
  const out: CliOutput = { version: 1, documents: toDocs(input).map((d) => d.report), errors: options.errors ?? [] };
  return JSON.stringify(out, null, 2) + '\n';
}

// ---------------------------------------------------------------- csv

/**
 * The contract's columns, then (added 2026-12) the document's score (empty when it has none), its
 * basis line and its gap count, then whether the profile was detected (false: given with --profile)
 * and the gaps that are required (what --fail-on-gaps fails on) and of high severity (gapCounts).
 */
export const CSV_COLUMNS = ['source', 'profile', 'language', 'pillar', 'concept', 'genderSpecific', 'findings', 'tasks', 'advice', 'negated', 'firstSentence', 'score', 'scoreBasis', 'gaps', 'profileDetected', 'requiredGaps', 'highGaps'] as const;

/**
 * One CSV cell: formula-like cells (=, +, -, @, and tab/CR per OWASP) get a leading apostrophe, then
 * RFC 4180 quoting.
 */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  if (/[",\r\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}

/**
 * One row per document × concept found (ordered by pillar, then concept). A document with no findings
 * gets one row with empty pillar and concept and zero counts, so every scanned document appears.
 */
export function formatCsv(input: FormatterInput, _options: FormatOptions = {}): string {
  const rows: (string | number | boolean)[][] = [[...CSV_COLUMNS]];
  for (const d of toDocs(input)) {
    const r = d.report;
    const byConcept = d.totals?.concepts ?? conceptTotals(d);
    const base = [r.source, r.profile.id, r.language];
    const n = gapCounts(r);
    const doc = [r.coverage.score === null ? '' : Math.round(r.coverage.score), scoreLine(r), n.gaps, r.profile.detected, n.required, n.high];
    if (byConcept.size === 0) {
      rows.push([...base, '', '', '', 0, 0, 0, 0, '', ...doc]);
      continue;
    }
    const order = (p: PillarId) => (PILLAR_IDS as readonly string[]).indexOf(p);
    const concepts = [...byConcept].sort(([a, x], [b, y]) => order(x.pillar) - order(y.pillar) || (a < b ? -1 : a > b ? 1 : 0));
    for (const [concept, c] of concepts) {
      rows.push([...base, c.pillar, concept, c.genderSpecific, c.findings, c.tasks, c.advice, c.negated, c.firstSentence, ...doc]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Per concept of a document (in order of first finding): counts and the first finding's sentence. */
export function conceptTotals(d: DocInput): Map<string, ConceptTotal> {
  const textOf = textResolver(d);
  const byConcept = new Map<string, ConceptTotal>();
  for (const f of findingsInOrder(d.report)) {
    if (f.reference) continue; // contents, notes and references are not what the document says
    let c = byConcept.get(f.concept);
    if (!c) {
      c = { pillar: f.pillar, genderSpecific: f.genderSpecific, findings: 0, tasks: 0, advice: 0, negated: 0, firstSentence: sentenceText(f, textOf(f)) };
      byConcept.set(f.concept, c);
    }
    c.findings++;
    if (f.strength.mode === 'task') c.tasks++;
    if (f.strength.mode === 'advice') c.advice++;
    if (f.negated) c.negated++;
    if (f.genderSpecific) c.genderSpecific = true;
  }
  return byConcept;
}

// ---------------------------------------------------------------- text

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', magenta: '\x1b[35m', cyan: '\x1b[36m', inverse: '\x1b[7m' };
type Style = keyof typeof ANSI;

/** Remove control characters from document text before it reaches a terminal (no escape-sequence injection). */
function safeTerm(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

function bar(n: number, max: number, width: number): [string, string] {
  if (max <= 0 || n <= 0) return ['', '░'.repeat(width)];
  const filled = Math.max(1, Math.round((n / max) * width));
  return ['█'.repeat(filled), '░'.repeat(width - filled)];
}

export function formatText(input: FormatterInput, options: FormatOptions = {}): string {
  const color = options.color === true;
  const st = (style: Style | Style[], s: string): string => {
    if (!color || s === '') return s;
    const codes = (Array.isArray(style) ? style : [style]).map((k) => ANSI[k]).join('');
    return codes + s + ANSI.reset;
  };
  const sevStyle: Record<Gap['severity'], Style> = { high: 'red', medium: 'yellow', low: 'dim' };
  const lines: string[] = [];
  const docs = toDocs(input);

  docs.forEach((d, i) => {
    const r = d.report;
    const textOf = textResolver(d);
    if (i > 0) lines.push('');
    const title = `━━ ${safeTerm(r.source)} `;
    lines.push(st(['bold', 'cyan'], title + '━'.repeat(Math.max(3, 72 - title.length))));
    lines.push(`${st('bold', 'Profile ')}  ${profileLine(r)}`);
    lines.push(`${st('bold', 'Language')}  ${r.language}${r.length !== undefined ? `    ${r.length.toLocaleString('en-US')} characters` : ''}`);
    const sp = scoreParts(r);
    const score = r.coverage.score;
    const scoreStyle: Style = score === null ? 'dim' : score >= 70 ? 'green' : score >= 40 ? 'yellow' : 'red';
    lines.push(`${st('bold', 'Score   ')}  ${sp.value === null ? safeTerm(sp.basis) : `${st(['bold', scoreStyle], sp.value)}${sp.basis ? ` — ${safeTerm(sp.basis)}` : ''}`}`);
    const highGaps = r.gaps.filter((g) => g.severity === 'high').length;
    const n = countsOf(d);
    const list = listing(d);
    // The review's counts, worded as every surface words them; a streamed text whose lists were capped
    // gives its whole-document totals instead.
    const counts = d.totals ? d.totals.review : list.review.counts;
    const found = counts ? `${countsLine({ counts, language: list.review.language })} (${plural(counts.concepts, 'concept')})` : `${plural(n.findings, 'finding')} of ${plural(n.concepts, 'concept')}`;
    lines.push(`${st('bold', 'Summary ')}  ${found} · ${plural(r.gaps.length, 'gap')}${highGaps ? ` (${highGaps} high)` : ''} · ${plural(n.figures, 'figure')}`);
    if (list.review.headline) lines.push(`${st('bold', 'First   ')}  ${st(list.review.headline.severe ? ['bold', 'red'] : 'bold', safeTerm(list.review.headline.text))}`);

    // Coverage
    lines.push('');
    const max = Math.max(0, ...PILLAR_IDS.map((p) => pillarCounts(r, p).findings));
    const activeGroups = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings > 0);
    const idleGroups = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings === 0);
    const width = Math.max(20, ...[...WPS_PILLARS, ...activeGroups].map((p) => pillarName(p).length + 2));
    const row = (p: PillarId): string => {
      const c = pillarCounts(r, p);
      const [f, e] = bar(c.findings, max, 10);
      const name = c.findings ? pillarName(p).padEnd(width) : st('dim', pillarName(p).padEnd(width));
      const nums = `${String(c.findings).padStart(8)}  ${String(c.tasks).padStart(5)}  ${String(c.advice).padStart(6)}  ${String(c.negated).padStart(7)}`;
      return `  ${name}${st('cyan', f)}${st('dim', e)}  ${c.findings ? nums : st('dim', nums)}`;
    };
    lines.push(st('bold', 'Coverage') + st('dim', ' '.repeat(width + 6) + 'findings  tasks  advice  negated'));
    for (const p of WPS_PILLARS) lines.push(row(p));
    if (activeGroups.length) {
      lines.push(st('dim', '  thematic groups'));
      for (const p of activeGroups) lines.push(row(p));
    }
    if (idleGroups.length) lines.push(st('dim', `  no findings: ${idleGroups.map(pillarName).join(', ')}`));

    // Gaps, then findings: both in review order (core/report/review.ts).
    lines.push('');
    if (r.gaps.length === 0) {
      lines.push(st('bold', 'Gaps') + '  none');
    } else {
      lines.push(st('bold', `Gaps (${r.gaps.length})`));
      for (const g of list.gaps) {
        const level = g.gap.level ?? (g.severity === 'high' ? 'required' : '');
        lines.push(`  ${st(['bold', sevStyle[g.severity]], g.severity.toUpperCase().padEnd(6))} ${level ? level + '  ' : ''}${st('bold', safeTerm(g.title))}  ${st('magenta', safeTerm(g.kindLabel))}`);
        if (g.headline) lines.push(`         ${safeTerm(g.headline)}`);
        lines.push(`         ${safeTerm(collapseWhitespace(g.reason))}`);
        lines.push(`         ${st('green', '→ ' + safeTerm(collapseWhitespace(g.suggestion)))}`);
        if (g.basis) lines.push(st('dim', `         basis: ${safeTerm(collapseWhitespace(g.basis))}`));
        lines.push(st('dim', `         ${safeTerm(gapWhere(r, g))}`));
      }
    }

    // Findings: one entry per sentence, its concepts listed under it.
    lines.push('');
    if (n.findings === 0) {
      lines.push(st('bold', 'Findings') + '  none');
    } else {
      lines.push(st('bold', counts ? `Findings (${counts.findings} in ${plural(counts.items, 'sentence')}${counts.procedural ? `, and ${counts.procedural} procedural` : ''})` : `Findings (${n.findings})`));
      if (list.references) lines.push(st('dim', `  ${plural(list.references, 'finding')} in contents, notes or references left out`));
      for (const group of list.groups) {
        lines.push(`  ${st(['bold', 'blue'], '§ ' + safeTerm(group.label))}`);
        for (const e of group.entries) {
          const pieces = markedPieces(e.findings, e.sentence, textOf(e));
          lines.push(`    • “${pieces.map((x) => (x.match ? st(['bold', 'yellow'], '[[' + safeTerm(x.text) + ']]') : safeTerm(x.text))).join('')}”`);
          const { items, how, more } = conceptList(e);
          const paint = (h: string) => (/negated/.test(h) ? st('red', h) : h);
          const names = items.map((c) => `${st('bold', safeTerm(c.label))}${c.count > 1 ? ` ×${c.count}` : ''} ${st('dim', `[${pillarName(c.pillar)}]`)}${how === undefined ? ` (${paint(c.how.join(' / '))})` : ''}`);
          if (more) names.push(st('dim', plainMore(more, 'concept')));
          lines.push(`      ${names.join(' · ')}${how !== undefined ? `  — ${paint(how)}` : ''}`);
        }
        if (group.more) lines.push(st('dim', `    ${plainMore(group.more, 'sentence', ' in this section')}`));
      }
      if (list.moreSentences) lines.push(`  ${st('bold', `${plainMore(list.moreSentences, 'sentence')} with findings in ${plural(list.moreSections, 'more section')} not listed (--format json lists every finding)`)}`);
      const more = notListed('finding', r.findings.length, n.findings);
      if (more) lines.push(`  ${st('bold', more)}`);
    }

    // Figures, each with its sentence.
    if (n.figures) {
      lines.push('');
      lines.push(st('bold', `Figures (${n.figures})`));
      const figs = listedFigures(r);
      if (figs.length < r.figures.length) lines.push(st('dim', `  ${plural(r.figures.length - figs.length, 'figure')} in contents, notes or references left out`));
      for (const fig of figs.slice(0, LIST_CAPS.figures)) {
        const pieces = markedPieces([fig], figureSentence(fig, textOf(fig)), textOf(fig));
        lines.push(`  ${String(fig.percent).padStart(5)}%  ${safeTerm(fig.group)} ${st('dim', `(${fig.category})`)}  “${pieces.map((x) => (x.match ? st('bold', '[[' + safeTerm(x.text) + ']]') : safeTerm(x.text))).join('')}”`);
      }
      if (figs.length > LIST_CAPS.figures) lines.push(st('dim', `  ${plainMore(figs.length - LIST_CAPS.figures, 'figure')} (--format json lists every figure)`));
      const more = notListed('figure', r.figures.length, n.figures);
      if (more) lines.push(`  ${st('bold', more)}`);
    }
  });

  const errors = options.errors ?? [];
  if (errors.length) {
    if (lines.length) lines.push('');
    lines.push(st(['bold', 'red'], `Not scanned (${errors.length})`));
    for (const e of errors) lines.push(`  ${safeTerm(e.source)}: ${safeTerm(e.message)}`);
  }
  if (docs.length === 0 && errors.length === 0) lines.push('No documents.');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- markdown

/**
 * Escape document text (or any data) for inline Markdown: HTML special characters become entities and
 * Markdown punctuation is backslash-escaped, so the text renders literally and never as markup.
 * Newlines are collapsed, so the result is safe in table cells and list items.
 */
export function mdEscape(s: string, trim = true): string {
  let out = s.replace(/\s+/g, ' ');
  if (trim) out = out.trim();
  out = out
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~$]/g, (c) => '\\' + c);
  // Characters that only matter at the start of a line (lists, setext underlines).
  return out.replace(/^([ ]*)([-+=])(?=\s|$|\2)/, '$1\\$2').replace(/^([ ]*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function isoDate(d: Date | string | undefined): string {
  if (typeof d === 'string') return d;
  return (d ?? new Date()).toISOString().slice(0, 10);
}

export function formatMarkdown(input: FormatterInput, options: FormatOptions = {}): string {
  const docs = toDocs(input);
  const errors = options.errors ?? [];
  const out: string[] = [];
  out.push('# WPS Lens report', '');
  if (options.title) out.push(`**${mdEscape(options.title)}**  `);
  if (options.url) out.push(`${mdEscape(options.url)}  `);
  const meta = [`Generated ${mdEscape(isoDate(options.date))}`];
  if (options.toolVersion) meta.push(`by wps-lens ${mdEscape(options.toolVersion)}`);
  out.push(`${meta.join(' ')} · ${plural(docs.length, 'document')} scanned${errors.length ? ` · ${plural(errors.length, 'input')} not scanned` : ''}`, '');

  if (docs.length) {
    out.push('## Summary', '');
    out.push('| Document | Profile | Language | Score | Findings | Concepts | Gaps | High gaps |');
    out.push('|---|---|---|---:|---:|---:|---:|---:|');
    for (const d of docs) {
      const r = d.report;
      const n = countsOf(d);
      const score = r.coverage.score === null ? '—' : String(Math.round(r.coverage.score));
      out.push(`| ${mdEscape(r.source)} | ${mdEscape(r.profile.id)} | ${r.language} | ${score} | ${n.findings} | ${n.concepts} | ${r.gaps.length} | ${r.gaps.filter((g) => g.severity === 'high').length} |`);
    }
    out.push('');
  }

  docs.forEach((d, i) => {
    const r = d.report;
    const textOf = textResolver(d);
    out.push(`## ${i + 1}. ${mdEscape(r.source)}`, '');
    out.push(`- **Profile:** ${mdEscape(profileLine(r))}`);
    out.push(`- **Language:** ${r.language}`);
    out.push(`- **Score:** ${mdEscape(scoreRest(scoreParts(r)))}`);
    const n = countsOf(d);
    out.push(`- **Findings:** ${n.findings} of ${plural(n.concepts, 'concept')}; ${plural(r.gaps.length, 'gap')}; ${plural(n.figures, 'figure')}`);
    out.push('');

    out.push('### Coverage', '');
    out.push('| Pillar | Findings | Tasks | Advice | Negated | Concepts |');
    out.push('|---|---:|---:|---:|---:|---|');
    for (const p of PILLAR_IDS) {
      const c = pillarCounts(r, p);
      if (c.findings === 0 && !(WPS_PILLARS as readonly string[]).includes(p)) continue;
      out.push(`| ${mdEscape(pillarName(p))} | ${c.findings} | ${c.tasks} | ${c.advice} | ${c.negated} | ${c.concepts.map((x) => mdEscape(x)).join(', ')} |`);
    }
    const idle = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings === 0);
    out.push('');
    if (idle.length) out.push(`Thematic groups with no findings: ${idle.map((p) => mdEscape(pillarName(p))).join(', ')}.`, '');

    const list = listing(d);
    out.push('### Gaps', '');
    if (r.gaps.length === 0) out.push('None.', '');
    for (const g of list.gaps) {
      const level = g.gap.level ? ` · ${g.gap.level}` : '';
      out.push(`- **${g.severity.toUpperCase()}**${level} · **${mdEscape(g.title)}** · *${mdEscape(g.kindLabel)}* (${mdEscape(gapWhere(r, g))})  `);
      if (g.headline) out.push(`  ${mdEscape(g.headline)}  `);
      out.push(`  *Why:* ${mdEscape(g.reason)}  `);
      out.push(`  **Suggestion:** ${mdEscape(g.suggestion)}  `);
      out.push(`  *Basis:* ${mdEscape(g.basis)}`);
    }
    if (r.gaps.length) out.push('');

    out.push('### Findings', '');
    if (n.findings === 0) out.push('None.', '');
    else out.push(`${plural(n.findings, 'finding')}${list.sentences ? ` in ${plural(list.sentences, 'sentence')}` : ''}, one entry per sentence.${list.references ? ` ${plural(list.references, 'finding')} in contents, notes or references left out.` : ''}`, '');
    for (const group of list.groups) {
      out.push(`#### ${mdEscape(group.label)}`, '');
      for (const e of group.entries) {
        const pieces = markedPieces(e.findings, e.sentence, textOf(e), 300);
        out.push(`- “${pieces.map((x) => (x.match ? `**${mdEscape(x.text)}**` : mdEscape(x.text, false))).join('')}”  `);
        const { items, how, more } = conceptList(e);
        const shown = items.map((c) => `**${mdEscape(c.label)}**${c.count > 1 ? ` ×${c.count}` : ''} (${mdEscape(pillarName(c.pillar))})${how === undefined ? ` — ${mdEscape(c.how.join(' / '))}` : ''}`);
        if (more) shown.push(mdEscape(plainMore(more, 'concept')));
        out.push(`  ${shown.join(' · ')}${how !== undefined ? ` — ${mdEscape(how)}` : ''}`);
      }
      if (group.more) out.push(`- *${mdEscape(plainMore(group.more, 'sentence', ' in this section'))}*`);
      out.push('');
    }
    if (list.moreSentences) out.push(`*${mdEscape(`${plainMore(list.moreSentences, 'sentence')} with findings in ${plural(list.moreSections, 'more section')} not listed (--format json lists every finding)`)}*`, '');
    const moreFindings = notListed('finding', r.findings.length, n.findings);
    if (moreFindings) out.push(`*${mdEscape(moreFindings)}*`, '');

    if (n.figures) {
      out.push('### Figures', '');
      const figs = listedFigures(r);
      if (figs.length < r.figures.length) out.push(`${plural(r.figures.length - figs.length, 'figure')} in contents, notes or references left out.`, '');
      out.push('| Percent | Group | Category | Sentence |');
      out.push('|---:|---|---|---|');
      for (const fig of figs.slice(0, LIST_CAPS.figures)) {
        const pieces = markedPieces([fig], figureSentence(fig, textOf(fig)), textOf(fig), 300);
        out.push(`| ${fig.percent} | ${mdEscape(fig.group)} | ${fig.category} | ${pieces.map((x) => (x.match ? `**${mdEscape(x.text)}**` : mdEscape(x.text, false))).join('')} |`);
      }
      out.push('');
      if (figs.length > LIST_CAPS.figures) out.push(`*${mdEscape(`${plainMore(figs.length - LIST_CAPS.figures, 'figure')} (--format json lists every figure)`)}*`, '');
      const moreFigures = notListed('figure', r.figures.length, n.figures);
      if (moreFigures) out.push(`*${mdEscape(moreFigures)}*`, '');
    }
  });

  if (errors.length) {
    out.push('## Inputs not scanned', '');
    for (const e of errors) out.push(`- ${mdEscape(e.source)}: ${mdEscape(e.message)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

// ---------------------------------------------------------------- findings and gaps as tables

export const FINDING_COLUMNS = ['source', 'block', 'section', 'concept', 'label', 'pillar', 'genderSpecific', 'mode', 'verbClass', 'level', 'negated', 'scopeLimited', 'boilerplate', 'procedural', 'unverified', 'annex', 'start', 'end', 'text', 'sentence'] as const;

/** One row per finding, in text order: for spreadsheets and pivot tables. */
export function findingRows(input: FormatterInput): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (const d of toDocs(input)) {
    const textOf = textResolver(d);
    for (const f of findingsInOrder(d.report)) {
      rows.push([d.report.source, f.block ?? '', f.section ?? '', f.concept, f.label ?? f.concept, f.pillar, f.genderSpecific,
        f.strength.mode, f.strength.verbClass ?? '', f.strength.level, f.negated, f.scopeLimited, f.boilerplate, f.procedural,
        f.unverified, f.annex ?? false, f.start, f.end, collapseWhitespace(f.text), sentenceText(f, textOf(f))]);
    }
  }
  return rows;
}

export const GAP_COLUMNS = ['source', 'profile', 'rule', 'level', 'severity', 'kind', 'concept', 'section', 'reason', 'suggestion', 'basis'] as const;

/** One row per gap, most severe first. */
export function gapRows(input: FormatterInput): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (const { report: r } of toDocs(input)) {
    for (const g of sortedGaps(r.gaps)) {
      rows.push([r.source, r.profile.id, g.rule, g.level ?? '', g.severity, g.kind, g.concept ?? '', g.section ? sectionLabel(r, g.section) : '', g.reason, g.suggestion, g.basis]);
    }
  }
  return rows;
}

function toCsv(header: readonly string[], rows: (string | number | boolean)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formatFindingsCsv(input: FormatterInput): string {
  return toCsv(FINDING_COLUMNS, findingRows(input));
}

export function formatGapsCsv(input: FormatterInput): string {
  return toCsv(GAP_COLUMNS, gapRows(input));
}

/** Plain-text gap summary (for the clipboard or a comment): one paragraph per gap. */
export function gapSummary(report: Report, options: Pick<FormatOptions, 'title' | 'url'> = {}): string {
  const head = `WPS Lens: ${options.title ? options.title + ' — ' : ''}${report.profile.id}, ${plural(report.gaps.length, 'gap')}`;
  const lines = [head, scoreLine(report)];
  if (options.url) lines.push(options.url);
  for (const g of sortedGaps(report.gaps)) {
    const where = g.section ? ` (${sectionLabel(report, g.section)})` : '';
    lines.push('', `[${g.severity.toUpperCase()}${g.level ? ', ' + g.level : ''}] ${collapseWhitespace(g.reason)}${where}`, `Suggestion: ${collapseWhitespace(g.suggestion)}`);
  }
  if (report.gaps.length === 0) lines.push('', 'No gaps for this document type.');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- html

/** Escape any text for HTML element content and attribute values. */
export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const HTML_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse}td,th{border:1px solid #c8c8c8;padding:.2rem .5rem;text-align:left}td.n{text-align:right}
.high{color:#a4262c}.medium{color:#8a5300}.low{color:#555}mark{background:#fff1a8}.meta{color:#555}`;

/**
 * A standalone HTML report. Every piece of document text is escaped: the report never carries markup
 * or script from the document, and it has no external resources.
 */
export function formatHtml(input: FormatterInput, options: FormatOptions = {}): string {
  const e = htmlEscape;
  const docs = toDocs(input);
  const out: string[] = [];
  const title = options.title ? `WPS Lens report: ${options.title}` : 'WPS Lens report';
  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">', `<title>${e(title)}</title>`, `<style>${HTML_STYLE}</style></head><body>`);
  out.push(`<h1>${e(title)}</h1>`);
  const meta = [`Generated ${e(isoDate(options.date))}`];
  if (options.url) meta.push(`from ${e(options.url)}`);
  out.push(`<p class="meta">${meta.join(' ')}</p>`);
  for (const d of docs) {
    const r = d.report;
    const textOf = textResolver(d);
    out.push(`<h2>${e(r.source)}</h2>`);
    out.push(`<p>Profile <b>${e(profileLine(r))}</b> · language ${e(r.language)} · ${plural(r.findings.length, 'finding')}, ${plural(r.gaps.length, 'gap')}</p>`);
    out.push(`<p class="score">${e(scoreLine(r))}</p>`);
    out.push('<h3>Coverage</h3><table><thead><tr><th>Pillar</th><th>Findings</th><th>Tasks</th><th>Advice</th><th>Negated</th><th>Concepts</th></tr></thead><tbody>');
    for (const p of PILLAR_IDS) {
      const c = pillarCounts(r, p);
      if (c.findings === 0 && !(WPS_PILLARS as readonly string[]).includes(p)) continue;
      out.push(`<tr><td>${e(pillarName(p))}</td><td class="n">${c.findings}</td><td class="n">${c.tasks}</td><td class="n">${c.advice}</td><td class="n">${c.negated}</td><td>${e(c.concepts.join(', '))}</td></tr>`);
    }
    const list = listing(d);
    out.push('</tbody></table>', '<h3>Gaps</h3>');
    if (r.gaps.length === 0) out.push('<p>None.</p>');
    else {
      out.push('<ul>');
      for (const g of list.gaps) {
        out.push(`<li><b class="${g.severity}">${g.severity.toUpperCase()}</b>${g.gap.level ? ' · ' + e(g.gap.level) : ''} · <b>${e(g.title)}</b> · <i>${e(g.kindLabel)}</i> <small>(${e(gapWhere(r, g))})</small>${g.headline ? `<br>${e(g.headline)}` : ''}<br>${e(collapseWhitespace(g.reason))}<br><b>Suggestion:</b> ${e(collapseWhitespace(g.suggestion))}<br><small>Basis: ${e(collapseWhitespace(g.basis))}</small></li>`);
      }
      out.push('</ul>');
    }
    out.push('<h3>Findings</h3>');
    if (r.findings.length === 0) out.push('<p>None.</p>');
    else if (list.references) out.push(`<p class="meta">${plural(list.references, 'finding')} in contents, notes or references left out.</p>`);
    for (const group of list.groups) {
      out.push(`<h4>${e(group.label)}</h4><ul>`);
      for (const en of group.entries) {
        const pieces = markedPieces(en.findings, en.sentence, textOf(en), 300);
        const { items, how, more } = conceptList(en);
        const names = items.map((c) => `<b>${e(c.label)}</b>${c.count > 1 ? ` ×${c.count}` : ''} (${e(pillarName(c.pillar))})${how === undefined ? ` — ${e(c.how.join(' / '))}` : ''}`);
        if (more) names.push(e(plainMore(more, 'concept')));
        out.push(`<li>“${pieces.map((x) => (x.match ? `<mark>${e(x.text)}</mark>` : e(x.text))).join('')}”<br>${names.join(' · ')}${how !== undefined ? ` — ${e(how)}` : ''}</li>`);
      }
      if (group.more) out.push(`<li><i>${e(plainMore(group.more, 'sentence', ' in this section'))}</i></li>`);
      out.push('</ul>');
    }
    if (list.moreSentences) out.push(`<p><i>${e(`${plainMore(list.moreSentences, 'sentence')} with findings in ${plural(list.moreSections, 'more section')} not listed (the JSON export lists every finding)`)}</i></p>`);
  }
  const errors = options.errors ?? [];
  if (errors.length) {
    out.push('<h2>Inputs not scanned</h2><ul>');
    for (const x of errors) out.push(`<li>${e(x.source)}: ${e(x.message)}</li>`);
    out.push('</ul>');
  }
  out.push('</body></html>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- dispatch

export function formatReports(format: FormatName, input: FormatterInput, options: FormatOptions = {}): string {
  switch (format) {
    case 'json': return formatJson(input, options);
    case 'csv': return formatCsv(input, options);
    case 'md': return formatMarkdown(input, options);
    case 'text': return formatText(input, options);
  }
}
