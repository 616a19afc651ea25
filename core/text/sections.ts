// Document structure in one pass over line starts: resolution preamble and numbered operative
// paragraphs (with sub-paragraphs and their action verbs), OpOrder paragraphs 1–5, annexes, and
// the parts of long-form documents (headings, numbered report paragraphs, tables of contents,
// reference lists, notes, tables, page furniture). Sections refer to offsets in the analysed text.
import type { Section } from '../schema.ts';
import { lastAtOrBefore } from './bisect.ts';
import { isFurnitureLine } from './furniture.ts';
import { detectLanguage } from './language.ts';
import { leadingVerb, paragraphVerbs, type VerbLanguage } from '../analysis/strength.ts';
import type { OrderTitle, VerbExtras } from '../lexicon/verb-cues.ts';
import { escapeRegExp } from './text.ts';

const ANNEX = /^[\t \u00A0]*(?:ANNEX|Annex|APPENDIX|Appendix|ANNEXE|Annexe)[\t \u00A0]+([A-Z]{1,2}|\d{1,2}|[IVX]{1,5})(?![\p{L}\p{N}])[\t \u00A0]*(?:[:.\-–—][\t \u00A0]*)?(.{0,100})$/u;
// The five paragraphs of an order, in English and in French (Situation, Mission, Exécution, Soutien /
// Logistique, Commandement et transmissions), with or without accents.
const S = '[\\t \\u00A0]+';
const OPORD = new RegExp(`^[\\t \\u00A0]*([1-5])[.)]${S}(${[
  'SITUATION', 'MISSION', 'EXECUTION', `SERVICE${S}SUPPORT`, `ADMINISTRATION${S}AND${S}LOGISTICS`, 'LOGISTICS', 'SUSTAINMENT',
  `COMMAND${S}AND${S}SIGNALS?`, `COMMAND${S}AND${S}CONTROL`, `COMMAND,?${S}CONTROL${S}AND${S}(?:SIGNALS?|COMMUNICATIONS?)`,
  'EX[ÉE]CUTION', `SOUTIEN(?:${S}LOGISTIQUE|[\\t \\u00A0]*/[\\t \\u00A0]*LOGISTIQUE|${S}ET${S}LOGISTIQUE)?`, 'LOGISTIQUE',
  `ADMINISTRATION${S}ET${S}LOGISTIQUE`, `COMMANDEMENT${S}ET${S}(?:TRANSMISSIONS?|CONTR[ÔO]LE|COMMUNICATIONS?)`,
  `COMMANDEMENT,?${S}CONTR[ÔO]LE${S}ET${S}(?:TRANSMISSIONS?|COMMUNICATIONS?)`, 'COMMANDEMENT',
].join('|')})(?![\\p{L}])`, 'iu');
/** A lexicon's or pack's order headings: each title only under its own number ("4. SUPPORT"). */
const extraHeadings = new WeakMap<readonly OrderTitle[], RegExp>();
function orderHeading(line: string, titles: readonly OrderTitle[] | undefined): RegExpExecArray | null {
  if (!titles?.length) return null;
  let re = extraHeadings.get(titles);
  if (!re) {
    const byNumber = new Map<string, string[]>();
    for (const t of titles) byNumber.set(t.number, [...(byNumber.get(t.number) ?? []), escapeRegExp(t.title).replace(/ /g, S)]);
    const alts = [...byNumber].map(([n, ts]) => `(?=${n})([1-5])[.)]${S}(${ts.sort((a, b) => b.length - a.length).join('|')})`);
    re = new RegExp(`^[\\t \\u00A0]*(?:${alts.join('|')})(?![\\p{L}])`, 'iu');
    extraHeadings.set(titles, re);
  }
  const m = re.exec(line);
  if (!m) return null;
  // The alternation has a pair of groups per number: bring the matched pair to groups 1 and 2.
  const i = m.findIndex((g, k) => k > 0 && g !== undefined);
  const out = [m[0], m[i]!, m[i + 1]!] as unknown as RegExpExecArray;
  out.index = m.index;
  return out;
}

/** What a lexicon or pack adds to reading the structure: resolution verbs and order headings. */
export interface StructureCues { verbs?: VerbExtras; orderTitles?: readonly OrderTitle[] }

const COUNCIL = /^[\t \u00A0]*(?:The[\t \u00A0]+Security[\t \u00A0]+Council|Le[\t \u00A0]+Conseil[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])[\t \u00A0]*,/u;
const OP_NUMBER = /^[\t \u00A0]*(\d{1,3})[.)][\t \u00A0]/;
const SUB_MARKER = /^[\t \u00A0]*\(([a-z]{1,3}|[ivx]{1,5})\)[\t \u00A0]/;
const HEADING = /^[\t \u00A0]*(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)][\t \u00A0]+)?[\p{Lu}][^.;,:!?]{1,78}$/u;
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv']);

/** A line that is not blank: its bounds, its opening (at most 400 characters), and whether blank lines come before it. */
export interface Line { start: number; end: number; text: string; gap: boolean }

/** White space as String.prototype.trim sees it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The lines of the text that are not blank, in one pass (blank lines are not kept: a text of ten million
 * newlines gives an empty list). The start of the text counts as a blank line; U+0001 separates blocks.
 */
export function contentLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = true;
  let from = 0;
  // Block by block, each read by a loop that knows no separator: with the separator checks inside the
  // line loop, V8 ran it about ten times slower on the resolution corpus (none of which has one).
  for (let sep = text.indexOf('\u0001'); sep >= 0; sep = text.indexOf('\u0001', from)) {
    gap = linesIn(text.slice(from, sep), from, gap, out);
    from = sep + 1;
  }
  linesIn(from ? text.slice(from) : text, from, gap, out);
  return out;
}

/** Appends the lines of a block (at `offset` in the text) that are not blank; returns whether it ends blank. */
function linesIn(block: string, offset: number, gap: boolean, out: Line[]): boolean {
  const n = block.length;
  for (let start = 0; start < n; ) {
    let end = block.indexOf('\n', start); // native search: lines are found at memchr speed
    if (end < 0) end = n;
    let v = start;
    while (v < end && isSpace(block.charCodeAt(v))) v++;
    if (v === end) gap = true;
    else {
      const lineEnd = block.charCodeAt(end - 1) === 13 ? end - 1 : end;
      out.push({ start: offset + start, end: offset + lineEnd, text: block.slice(start, Math.min(lineEnd, start + 400)), gap });
      gap = false;
    }
    start = end + 1;
  }
  return gap;
}

// The opening line of a resolution: "The Security Council," alone on its line (with or without "The" or
// the comma, as the corpus prints it), or followed on the same line by its first preambular paragraph.
const COUNCIL_LINE = /^[\t \u00A0]*(?:(?:The[\t \u00A0]+)?Security[\t \u00A0]+Council|Le[\t \u00A0]+Conseil[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])[\t \u00A0]*(?:,[\t \u00A0]*)?$/u;
const STATEMENT_SUBJECT = /^[\t \u00A0]*[“"«]?[\t \u00A0]*(?:The[\t \u00A0]+Security[\t \u00A0]+Council|Le[\t \u00A0]+Conseil[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])[\t \u00A0]+(?=\p{Ll})/u;
/** A paragraph that opens with a capital, after its number if any ("Deeply concerned", "2. Requests"). */
const CAPITALISED = /^[\t \u00A0]*(?:\(?(?:\d{1,3}|[a-z]{1,3}|[ivxl]{1,6})[.)][\t \u00A0]+)?\p{Lu}/u;
/** Paragraph openings read when deciding whether the layout is a resolution's (the rest cannot change the answer much). */
const LAYOUT_PARAGRAPHS = 200;

/**
 * Is the layout a Security Council resolution's? Mentions of the Council or of a resolution are not
 * enough (reports and press releases quote them): the text must open a preamble with "The Security
 * Council," followed by a paragraph that opens with an action verb, or most of its paragraphs must
 * open with capitalised action verbs, some finite ("Decides", "Requests"), as operative paragraphs do
 * (or with "The Security Council" and a finite verb, as a presidential statement's paragraphs do).
 */
export function looksLikeResolution(text: string, lang: VerbLanguage = 'en', content: readonly Line[] = contentLines(text), extra?: VerbExtras): boolean {
  let opener = false;
  let paragraphs = 0;
  let verbs = 0;
  let finite = 0;
  let prevEnds = true; // the previous line closed its paragraph (with . ; : ,)
  for (const l of content) {
    const t = l.text.trim();
    const starts = prevEnds || l.gap;
    prevEnds = /[.;:,]$/.test(t);
    if (COUNCIL_LINE.test(l.text)) { opener = true; prevEnds = true; continue; }
    const m = /^[\t \u00A0]*(?:The[\t \u00A0]+Security[\t \u00A0]+Council|Le[\t \u00A0]+Conseil[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])[\t \u00A0]*,[\t \u00A0]*(?=\p{Lu})/u.exec(l.text);
    if (m) {
      // "The Security Council, Recalling …" on one line: the opener and a preambular paragraph.
      const v = leadingVerb(text, l.start + m[0].length, l.end, false, lang, extra);
      if (v && !v.finite) { opener = true; paragraphs++; verbs++; continue; }
    }
    if (!starts) continue;
    paragraphs++;
    // A presidential statement's paragraphs name the Council before the verb: "The Security Council reaffirms …".
    const subject = STATEMENT_SUBJECT.exec(l.text);
    const v = leadingVerb(text, l.start + (subject?.[0].length ?? 0), l.end, false, lang, extra);
    if (v && v.verbClass && (subject ? v.finite : CAPITALISED.test(l.text))) {
      verbs++;
      if (v.finite) finite++;
    }
    if (opener && verbs >= 1) return true;
    // Past the opening, a text with few verb-led paragraphs is no resolution: stop reading.
    if (paragraphs >= LAYOUT_PARAGRAPHS || (!opener && paragraphs >= 30 && verbs * 4 < paragraphs)) break;
  }
  if (opener) return verbs >= 1;
  // Without the opening line: a fragment of operative paragraphs, or a text most of whose paragraphs are resolution paragraphs.
  if (finite === 0) return false;
  if (paragraphs <= 3) return verbs * 2 > paragraphs;
  return verbs >= 3 && verbs * 2 >= paragraphs;
}

type ZoneKind = 'contents' | 'references' | 'notes';

/** Titles that open a table of contents, a reference list or the notes, in English and French. */
const ZONES: Readonly<Record<string, ZoneKind>> = {
  contents: 'contents', 'table of contents': 'contents', 'table des matières': 'contents', 'table des matieres': 'contents', sommaire: 'contents',
  references: 'references', 'reference list': 'references', bibliography: 'references', 'select bibliography': 'references',
  'works cited': 'references', 'further reading': 'references', bibliographie: 'references', 'références': 'references',
  'références bibliographiques': 'references', 'references bibliographiques': 'references', 'ouvrages cités': 'references', 'ouvrages cites': 'references',
  notes: 'notes', endnotes: 'notes', 'end notes': 'notes', footnotes: 'notes', 'notes de fin': 'notes', 'notes de fin de document': 'notes', 'notes de bas de page': 'notes',
};
const ZONE_NUMBER = /^(?:(?:[IVX]{1,6}|[A-Z])[.)]|\d{1,2}[.)]?)[\t \u00A0]+/;

/** First words of the zone titles: a line opening with none of them is no zone title (checked before the key is built). */
const ZONE_FIRST_WORDS = new Set(Object.keys(ZONES).map((k) => k.split(' ')[0]!));
const FIRST_WORD = /^(?:(?:[IVX]{1,6}|[A-Z])[.)][\t \u00A0]+|\d{1,2}[.)]?[\t \u00A0]+)?[#*_\t \u00A0]*(\p{L}+)/u;

/** The zone a title line opens ("REFERENCES", "7. Bibliography", « Table des matières : »), if any. */
export function zoneOf(line: string): ZoneKind | undefined {
  const t = line.trim();
  if (t.length > 60) return undefined;
  const w = FIRST_WORD.exec(t)?.[1];
  if (!w || !ZONE_FIRST_WORDS.has(w.toLowerCase())) return undefined;
  const key = t.replace(ZONE_NUMBER, '').replace(/^[#*_\s]+|[\s:.*#_]+$/g, '').toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(ZONES, key) ? ZONES[key] : undefined;
}

// An entry of a table of contents: a title, then dot leaders, a tab or spaces, then a page number.
const TOC_ENTRY = /^(?=.*\p{L}).{2,150}?(?:[\t \u00A0]*(?:\.[\t \u00A0.]{2,}|…+|_{3,})[\t \u00A0]*|\t+|[\t \u00A0]+)(?:\d{1,3}|[ivxlc]{1,6})$/u;
// Dot leaders before a page number: a contents entry even without a "Contents" title.
const DOT_LEADER = /(?:\.[\t \u00A0.]{3,}|…{2,}|_{4,})[\t \u00A0]*(?:\d{1,3}|[ivxlc]{1,6})$/;
const LIST_ITEM = /^(?:[-•*–▪●›◦]|\(?[a-z]\)|\(\d{1,3}\))[\t \u00A0]/;
// A reference-list entry: a year, and the marks of a citation (et al., pages, a DOI or address, the date or
// "Place: Publisher, Year" in parentheses at the end, a date after a comma at the end, "Surname, F." at the start).
const YEAR = /(?:19|20)\d{2}/;
const CITATION = /\bet al\.|\bpp?\.[\t \u00A0]?\d|\bdoi\b|https?:\/\/|www\.|\((?:[^()]*:[^()]*,[\t \u00A0]*)?(?:\d{1,2}[\t \u00A0]+)?(?:\p{L}+[\t \u00A0]+)?(?:19|20)\d{2}[a-z]?\)\.?$|,[\t \u00A0]+(?:\d{1,2}[\t \u00A0]+)?\p{L}+[\t \u00A0]+(?:19|20)\d{2}\.$|^[\p{Lu}][\p{L}'’-]+,[\t \u00A0]+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:[\t \u00A0]+and[\t \u00A0]|,))/u;
// A note: its number ("12", "[3]", "⁴") and text that opens like a sentence, a symbol or an address.
const NOTE = /^(?:\[(\d{1,3})\]|(\d{1,3})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))[\t \u00A0]+(?=[\p{Lu}"“‘'«(\[]|https?:|www\.)(.*)$/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// A numbered report paragraph: "12. The mission…", or "12." alone on its line before the text.
const PARAGRAPH = /^[\t \u00A0]*(\d{1,3})\.(?:[\t \u00A0]+(?=[\p{Lu}"“«(\[])|[\t \u00A0]*$)/u;
// A numbered heading: "IV. Observations", "B. Protection", "2.3 Gender balance", "3. Methodology".
const NUMBERED_HEADING = /^(?:([IVX]{1,6}|[A-Z])[.)]|(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,2})[.)])[\t \u00A0]+(?=\p{Lu})/u;
const SMALL_WORDS = /^(?:and|of|the|in|on|for|to|a|an|with|by|at|or|de|des|et|la|le|les|du|en|au|aux|à|pour|sur|dans|par|d'\S*|l'\S*)$/;
/** Running headers repeat on every page: a short line seen this often is page furniture. */
const RUNNING_HEADER_REPEATS = 4;
/** …and at most one line in this many. */
const RUNNING_HEADER_SHARE = 10;
/** Lines read ahead when a note, table or list run is being confirmed. */
const LOOKAHEAD = 6;

/** The note number a line opens with, or -1 (too short to be a note: "1 Introduction" is a heading). */
export function noteNumber(line: string): number {
  const m = NOTE.exec(line.trim());
  if (!m) return -1;
  const rest = m[4]!;
  if (!/[.)]$/.test(rest) && rest.split(/\s+/).length < 4) return -1;
  const digits = m[1] ?? m[2] ?? [...m[3]!].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');
  return Number(digits);
}

export function isCitationLine(line: string): boolean {
  const t = line.trim();
  return t.length >= 20 && t.length <= 400 && YEAR.test(t) && CITATION.test(t);
}

/** "12.<tab>The mission …": a paragraph or heading whose number a word processor set off with a tab, no row. */
const NUMBER_TAB = /^(?:\d{1,3}(?:\.\d{1,3})+[.)]?|\d{1,3}[.)]|[IVX]{1,6}[.)])\t\p{Lu}[^\t|]* [^\t|]+$/u;
/** A table row: cells between | or tabs, none of them prose-long; a list item is not a row. */
export function isTableLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 200 || LIST_ITEM.test(t) || NUMBER_TAB.test(t)) return false;
  const pipe = t.includes('|');
  if (!pipe && !t.includes('\t')) return false;
  const cells = t.split(pipe ? '|' : '\t').map((c) => c.trim()).filter(Boolean);
  if (cells.some((c) => c.length > 80)) return false;
  return pipe || cells.length >= 2;
}

/** Dot leaders before a page number (the line's last character is checked first: most lines end otherwise). */
export function hasDotLeader(line: string): boolean {
  const t = line.trim();
  return /[\divxlc]$/.test(t) && (t.includes('..') || t.includes('. .') || t.includes('…') || t.includes('____')) && DOT_LEADER.test(t);
}

export function isTocEntry(line: string): boolean {
  const t = line.trim();
  return t.length <= 160 && TOC_ENTRY.test(t);
}

/** The key under which running headers repeat: the line, without a page number set apart by a tab or spaces. */
function runningKey(t: string): string {
  const numbered = /\d/.test(t[0]!) || /\d/.test(t[t.length - 1]!);
  // Stryker disable next-line StringLiteral: whatever replaces the page number, it is the same on every page
  return (numbered ? t.replace(/(?:\t|[ \u00A0]{2,})\d{1,4}$|^\d{1,4}(?:\t|[ \u00A0]{2,})/, '') : t).toLowerCase();
}

/**
 * Short lines that repeat as running headers do: at least four times, yet a small share of the lines
 * (a header comes once a page), and not closed like a sentence nor titles of contents, notes or references.
 */
function runningHeaders(all: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a shortcut; the share test below needs as many lines
  if (all.length < RUNNING_HEADER_REPEATS * RUNNING_HEADER_SHARE) return new Set();
  for (const l of all) {
    const t = l.text.trim();
    if (t.length < 3 || t.length > 80 || /[.;:,]$/.test(t) || !/\p{L}/u.test(t) || LIST_ITEM.test(t) || zoneOf(t)) continue;
    const k = runningKey(t);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= RUNNING_HEADER_REPEATS && n * RUNNING_HEADER_SHARE <= all.length) out.add(k);
  return out;
}

/** Reads the parts of a report, study or article line by line (whatever is not a resolution or an order's main body). */
class LongForm {
  private heading?: Section;
  private para?: Section;
  private zone?: Section;
  private notes?: Section;
  private lastNote = 0;
  /** Last line index consumed by a table, contents or reference run found by reading ahead. */
  private consumed = -1;
  private headings = 0;
  private furniture = 0;
  // Stryker disable next-line StringLiteral: the first line always follows a blank line, so the line before it is never read
  private lastContent = '';
  private readonly running: Set<string>;

  constructor(
    private readonly text: string,
    private readonly all: readonly Line[],
    private readonly out: Section[],
    private readonly unique: (s: Section, at: number) => void,
  ) {
    this.running = runningHeaders(all);
  }

  private push(s: Section): Section {
    this.unique(s, s.start);
    this.out.push(s);
    return s;
  }

  private nextContent(i: number): Line | undefined {
    return this.all[i + 1];
  }

  /** Close everything open at a new part of the document (an annex, an order paragraph, a zone title). */
  closeAll(at: number): void {
    for (const s of [this.para, this.heading, this.zone, this.notes]) if (s && s.end > at) s.end = Math.max(s.start, at);
    this.para = this.heading = this.zone = this.notes = undefined;
  }

  isFurniture(t: string): boolean {
    if (isFurnitureLine(t, false)) return true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: fast paths; running keys come only from lines of at most 80 characters
    return this.running.size > 0 && t.length <= 80 && this.running.has(runningKey(t));
  }

  /** Content line `i`. Returns true when the line is page furniture (the caller keeps the page break). */
  line(i: number, prevBlank: boolean, annex: Section | undefined): boolean {
    const l = this.all[i]!;
    const t = l.text.trim();
    if (this.isFurniture(t)) {
      this.push({ id: `furniture-${++this.furniture}`, kind: 'furniture', start: l.start, end: l.end, parent: annex?.id });
      return true;
    }
    const prevContent = this.lastContent;
    this.lastContent = t;
    if (i <= this.consumed) return false;

    const z = zoneOf(t);
    if (z && this.confirmsZone(z, i)) {
      this.closeAll(l.start);
      this.zone = this.push({ id: z, kind: z, title: t, start: l.start, end: this.text.length, parent: annex?.id });
      return false;
    }
    if (this.zone && this.inZone(this.zone, t, i, prevBlank)) return false;

    if (this.notes) {
      const n = noteNumber(t);
      if (n === this.lastNote + 1 || !prevBlank) {
        if (n === this.lastNote + 1) this.lastNote = n;
        this.notes.end = l.end;
        return false;
      }
      this.notes = undefined;
    }
    const n = noteNumber(t);
    if (n > 0 && (prevBlank || /[.!?:)"”]$/.test(prevContent)) && (n === this.lastNote + 1 || this.noteFollows(i, n))) {
      this.lastNote = n;
      this.notes = this.push({ id: 'notes', kind: 'notes', start: l.start, end: l.end, parent: this.para?.id ?? this.heading?.id ?? annex?.id });
      return false;
    }

    if (this.run(i, isTableLine, 'table', 3, annex)) return false;
    if (hasDotLeader(t) && this.run(i, hasDotLeader, 'contents', 3, annex)) return false;
    if (this.run(i, isCitationLine, 'references', 3, annex)) return false;

    const h = this.headingAt(i, t, prevBlank);
    if (h) {
      this.closeAll(l.start);
      this.heading = this.push({ id: `h-${++this.headings}`, kind: 'heading', number: h.number, title: t, start: l.start, end: this.text.length, parent: annex?.id });
      return false;
    }
    const p = PARAGRAPH.exec(l.text);
    if (p && (l.text.trim() !== `${p[1]}.` || /^\p{Lu}/u.test(this.nextContent(i)?.text.trim() ?? ''))) {
      if (this.para) this.para.end = l.start; // an open paragraph runs to the end of the text
      this.para = this.push({ id: `para-${p[1]}`, kind: 'paragraph', number: p[1], start: l.start, end: this.text.length, parent: this.heading?.id ?? annex?.id });
    }
    return false;
  }

  /** A zone title is one only when its first entry looks like one (a "Notes" heading over prose is a heading). */
  private confirmsZone(z: ZoneKind, i: number): boolean {
    const next = this.nextContent(i)?.text ?? '';
    // A contents list may open with a part title without a page number: its first two lines are read.
    if (z === 'contents') return [next, this.all[i + 2]?.text ?? ''].some((x) => isTocEntry(x) || hasDotLeader(x));
    if (z === 'notes') return /^[\t \u00A0]*(?:\[?\d{1,3}\]?|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[.)]?[\t \u00A0]/u.test(next);
    return YEAR.test(next);
  }

  /** Does line i belong to the open zone? A contents list ends at a line that is no entry after a blank line; references and notes end at a numbered or capitalised heading. */
  private inZone(zone: Section, t: string, i: number, prevBlank: boolean): boolean {
    const l = this.all[i]!;
    if (zone.kind === 'contents') {
      if (isTocEntry(t) || hasDotLeader(t) || (!prevBlank && t.length <= 100)) { zone.end = l.end; return true; }
      this.zone = undefined;
      return false;
    }
    if (zone.kind === 'notes') { const n = noteNumber(t); if (n > this.lastNote) this.lastNote = n; }
    const closing = !isCitationLine(t) && noteNumber(t) < 0 && (NUMBERED_HEADING.test(t) || this.annexLike(t)) && t.length <= 80 && !/[.;,]$/.test(t);
    if (!closing) return true;
    zone.end = l.start;
    this.zone = undefined;
    return false;
  }

  private annexLike(t: string): boolean {
    const letters = t.replace(/[^\p{L}]/gu, '');
    return letters.length >= 4 && letters === letters.toUpperCase();
  }

  /** A note numbered n is followed by note n+1 within a few lines: a run of footnotes that starts in mid-text. */
  private noteFollows(i: number, n: number): boolean {
    for (let j = i + 1; j < this.all.length && j <= i + LOOKAHEAD; j++) if (noteNumber(this.all[j]!.text) === n + 1) return true;
    return false;
  }

  /** A run of at least `min` lines of one kind (blank lines between allowed) from line i: one section over it. */
  private run(i: number, test: (line: string) => boolean, kind: 'table' | 'contents' | 'references', min: number, annex: Section | undefined): boolean {
    if (!test(this.all[i]!.text)) return false;
    let count = 0;
    let last = i;
    for (let j = i; j < this.all.length; j++) {
      if (!test(this.all[j]!.text)) break;
      count++;
      last = j;
    }
    if (count < min) return false;
    this.consumed = last;
    this.push({ id: kind, kind, start: this.all[i]!.start, end: this.all[last]!.end, parent: this.para?.id ?? this.heading?.id ?? annex?.id });
    return true;
  }

  private headingAt(i: number, t: string, prevBlank: boolean): { number?: string } | null {
    if (t.length < 3 || t.length > 80 || /[.;,!?][\d⁰¹²³⁴⁵⁶⁷⁸⁹]{0,3}$/.test(t) || LIST_ITEM.test(t) || hasDotLeader(t) || /\t\d{1,3}$/.test(t)) return null;
    // Stryker disable next-line StringLiteral: on the last line, any text not opening in lower case reads as no next line
    const next = this.nextContent(i)?.text.trim() ?? '';
    const num = NUMBERED_HEADING.exec(t);
    if (num) {
      const rest = t.slice(num[0].length);
      const words = rest.split(/\s+/).length;
      if (/^\p{Ll}/u.test(next)) return null; // the line wraps into a sentence
      // "3. Methodology" and "12. The mission…" both open with a number and a period: a plain number heads only a short, caps or title-case line.
      const alone = i + 1 >= this.all.length || this.all[i + 1]!.gap;
      if (num[3] && (words > 8 || /[,;]/.test(rest) || !(titleLike(rest) || (alone && words <= 6)))) return null;
      if (words > 12) return null;
      return { number: num[1] ?? num[2] ?? num[3] };
    }
    if (!prevBlank) return null;
    // Unnumbered: not a number with a word ("ISBN 978…"), nor a line that stops on a small word ("Women in the").
    const words = t.split(/\s+/);
    const letters = t.replace(/[^\p{L}]/gu, '').length;
    if (letters * 2 <= t.replace(/\s/g, '').length || SMALL_WORDS.test(words.at(-1)!.toLowerCase())) return null;
    if (HEADING.test(t) && titleLike(t)) return {};
    // A short sentence-case line standing alone between blank lines: "Study objectives", « Contexte et enjeux »; not a label ("Layout: N. Joubert").
    const nextBlank = i + 1 >= this.all.length || this.all[i + 1]!.gap;
    if (nextBlank && t.length <= 70 && words.length <= 8 && /^\p{Lu}/u.test(t) && !t.includes(':')) return {};
    return null;
  }
}

/** ALL CAPS, or Title Case (every word capitalised but the small ones), at most ten words. */
export function titleLike(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  if (letters === letters.toUpperCase()) return true;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w)).length;
  return words.length <= 10 && caps === words.length;
}

export interface Structure {
  sections: Section[];
  resolution: boolean;
  oporder: boolean;
  /** The text's lines that are not blank, for detection to read again without splitting the text twice. */
  lines?: Line[];
}

/**
 * Sections of the text. `lang` chooses the resolution verbs read (French ones only in French text);
 * by default it is detected from the opening of the text.
 */
export function detectStructure(text: string, lang: VerbLanguage = detectLanguage(text), cues: StructureCues = {}): Structure {
  const all = contentLines(text);
  const extra = cues.verbs;
  const resolution = looksLikeResolution(text, lang, all, extra);
  const sections: Section[] = [];
  const close = (s: Section | undefined, at: number) => { if (s) s.end = Math.max(s.start, at); };
  let oporder = false;

  let preamble: Section | undefined;
  let lastOp: Section | undefined;
  let lastSub: Section | undefined;
  let lastRomanParent: Section | undefined;
  let lastPara: Section | undefined; // most recent paragraph-level section (to close)
  let opCount = 0;
  let operative = false; // an operative paragraph since the last "The Security Council,"
  let ppCount = 0;
  let subCount = 0;
  let annex: Section | undefined;
  let opord: Section | undefined;
  // Stryker disable next-line BooleanLiteral: the first line always follows a blank line (contentLines)
  let prevBlank = true;
  // Ids given so far: looked up per line, so kept aside rather than searched for in `sections`.
  const ids = new Set<string>();
  const unique = (sec: Section, at: number) => { if (ids.has(sec.id)) sec.id += `-${at}`; ids.add(sec.id); };

  const closeParagraphs = (at: number) => { close(lastPara, at); lastPara = undefined; };
  // Reports, studies and articles: headings, numbered paragraphs, contents, references, notes, tables, furniture.
  const long = resolution ? undefined : new LongForm(text, all, sections, unique);

  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    const trimmed = l.text.trim();
    if (l.gap) prevBlank = true;

    const a = ANNEX.exec(l.text);
    if (a && trimmed.length <= 120) {
      closeParagraphs(l.start);
      long?.closeAll(l.start);
      close(opord, l.start); opord = undefined;
      close(lastOp, l.start); lastOp = undefined;
      close(annex, l.start);
      close(preamble, l.start);
      // Stryker disable next-line OptionalChaining: group 2 always takes part in the match
      annex = { id: `annex-${a[1]!.toLowerCase()}`, kind: 'annex', number: `Annex ${a[1]}`, title: a[2]?.trim() || undefined, start: l.start, end: text.length };
      unique(annex, l.start);
      sections.push(annex);
      prevBlank = false;
      continue;
    }

    const o = !annex && (OPORD.exec(l.text) ?? orderHeading(l.text, cues.orderTitles));
    if (o) {
      oporder = true;
      close(opord, l.start);
      long?.closeAll(l.start);
      opord = { id: `opord-${o[1]}`, kind: 'opord-paragraph', number: o[1], title: o[2]!.toUpperCase().replace(/\s+/g, ' '), start: l.start, end: text.length };
      ids.add(opord.id);
      sections.push(opord);
      // Stryker disable next-line BooleanLiteral: prevBlank is read only by the long-form reader, off here
      prevBlank = false;
      continue;
    }

    if (resolution) {
      if (COUNCIL.test(l.text)) {
        closeParagraphs(l.start);
        if (preamble && operative) {
          // "The Security Council," after operative paragraphs opens the next resolution of a
          // compilation: its preamble is not a sub-paragraph of the last one, nor part of an annex.
          close(lastOp, l.start); lastOp = undefined; lastSub = undefined; lastRomanParent = undefined;
          close(annex, l.start); annex = undefined;
          if (preamble.end === text.length) close(preamble, l.start);
          preamble = undefined;
          opCount = 0; ppCount = 0; subCount = 0; operative = false;
        }
        if (!preamble) {
          preamble = { id: 'preamble', kind: 'preamble', start: l.start, end: text.length, parent: annex?.id };
          unique(preamble, l.start);
          sections.push(preamble);
        }
        // Stryker disable next-line BooleanLiteral: prevBlank is read only by the long-form reader, off here
        prevBlank = false;
        continue;
      }
      const v = leadingVerb(text, l.start, l.end, false, lang, extra);
      const sub = SUB_MARKER.exec(l.text);
      if (v && v.finite && !sub) {
        // Operative paragraph.
        closeParagraphs(l.start);
        close(lastOp, l.start);
        if (preamble && preamble.end === text.length) close(preamble, l.start);
        const num = OP_NUMBER.exec(l.text)?.[1] ?? String(++opCount);
        if (OP_NUMBER.test(l.text)) opCount = Number(num);
        lastOp = { id: `op-${num}`, kind: 'operative', number: num, start: l.start, end: text.length, parent: annex?.id, verbs: verbsOf(text, l, lang, extra) };
        unique(lastOp, l.start);
        sections.push(lastOp);
        operative = true;
        lastSub = undefined; lastRomanParent = undefined; subCount = 0;
        // Stryker disable next-line BooleanLiteral: prevBlank is read only by the long-form reader, off here
        prevBlank = false;
        continue;
      }
      if (!lastOp && !sub && (v ? !v.finite : preamble !== undefined)) {
        closeParagraphs(l.start);
        const pp: Section = { id: `pp-${++ppCount}`, kind: 'preambular', number: `PP${ppCount}`, start: l.start, end: l.end, parent: preamble?.id, verbs: verbsOf(text, l, lang, extra) };
        unique(pp, l.start);
        sections.push(pp);
        lastPara = pp;
        // Stryker disable next-line BooleanLiteral: prevBlank is read only by the long-form reader, off here
        prevBlank = false;
        continue;
      }
      if (lastOp) {
        // A sub-paragraph of the current operative paragraph: "(a) …", "(ii) …" or an unnumbered line.
        closeParagraphs(l.start);
        let marker = sub?.[1];
        let parent: Section = lastOp;
        // Stryker disable next-line OptionalChaining: sub-paragraphs always have a number
        if (marker && ROMAN.has(marker) && lastSub && !(marker === 'i' && lastSub.number?.endsWith('(h)'))) {
          parent = lastRomanParent ?? lastSub;
          lastRomanParent = parent;
        } else {
          marker ??= String.fromCharCode(97 + (subCount % 26));
          subCount++;
          lastRomanParent = undefined;
        }
        const s: Section = {
          id: `${parent.id}-${marker}`, kind: 'operative', number: `${parent.number}(${marker})`,
          start: l.start, end: l.end, parent: parent.id, verbs: verbsOf(text, l, lang, extra),
        };
        unique(s, l.start);
        sections.push(s);
        if (parent === lastOp) lastSub = s;
        lastPara = s;
        // Stryker disable next-line BooleanLiteral: prevBlank is read only by the long-form reader, off here
        prevBlank = false;
        continue;
      }
      // (prevBlank is read only by the long-form reader, off in a resolution)
      // Stryker disable next-line BooleanLiteral: see above
      if (lastPara && lastPara.kind === 'preambular') { lastPara.end = l.end; prevBlank = false; continue; }
    } else if (long && (!oporder || annex)) {
      if (long.line(i, prevBlank, annex)) { prevBlank = true; continue; }
    }
    prevBlank = false;
  }

  // Stryker disable next-line all: sections are pushed in text order, at most one per line; the sort only guards that order
  sections.sort((x, y) => x.start - y.start || y.end - x.end);
  const first = sections[0];
  if (!first || text.slice(0, first.start).trim()) {
    sections.unshift({ id: 'body', kind: 'body', start: 0, end: first ? first.start : text.length });
  }
  return { sections, resolution, oporder, lines: all };
}

function verbsOf(text: string, l: Line, lang: VerbLanguage, extra?: VerbExtras): Section['verbs'] {
  return paragraphVerbs(text, l.start, l.end, lang, extra).map(({ finite: _f, ...v }) => v);
}

/** Section kinds whose text is apparatus, not statements: findings there are marked `reference`. */
const REFERENCE_KINDS: ReadonlySet<string> = new Set(['contents', 'notes', 'references', 'furniture']);

/**
 * Innermost section at any offset, by binary search over a flattened list of segments;
 * also whether each section lies in an annex. Built once per text.
 */
export class SectionIndex {
  private starts: number[] = [];
  private owners: (Section | undefined)[] = [];
  private annexed = new Set<string>();
  private referenced = new Set<string>();
  private byId: Map<string, Section>;

  constructor(readonly sections: readonly Section[]) {
    const byId = new Map(sections.map((x) => [x.id, x]));
    this.byId = byId;
    for (const sec of sections) {
      for (let cur: Section | undefined = sec; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
        if (cur.kind === 'annex') { this.annexed.add(sec.id); break; }
      }
      if (REFERENCE_KINDS.has(sec.kind)) this.referenced.add(sec.id);
    }
    // Sweep: at each boundary the owner is the latest-starting section still open.
    const points = new Set<number>();
    for (const sec of sections) { points.add(sec.start); points.add(sec.end); }
    const sorted = [...points].sort((a, b) => a - b);
    const bySt = [...sections].sort((a, b) => a.start - b.start || b.end - a.end);
    // Stryker disable next-line ArrayDeclaration: a placeholder without an end is never popped nor chosen
    const stack: Section[] = [];
    let k = 0;
    for (const p of sorted) {
      while (k < bySt.length && bySt[k]!.start <= p) stack.push(bySt[k++]!);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: popping closed sections is a shortcut; the search below skips them too
      while (stack.length && stack[stack.length - 1]!.end <= p) stack.pop();
      // Nested sections may close out of order; find the innermost still open.
      let owner: Section | undefined;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: after the pops above the top is open, so the first one read is the owner
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.end > p) { owner = stack[i]; break; }
      this.starts.push(p);
      this.owners.push(owner);
    }
  }

  at(pos: number): Section | undefined {
    const i = lastAtOrBefore(this.starts, pos);
    // Stryker disable next-line ConditionalExpression: owners[-1] is undefined as well
    return i < 0 ? undefined : this.owners[i];
  }

  get(id: string): Section | undefined {
    return this.byId.get(id);
  }

  inAnnex(s: Section | undefined): boolean {
    return Boolean(s && this.annexed.has(s.id));
  }

  /** In a table of contents, notes, a reference list or page furniture: not the document's own statements. */
  inReference(s: Section | undefined): boolean {
    return Boolean(s && this.referenced.has(s.id));
  }
}
