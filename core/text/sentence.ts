// Sentence bounds, found lazily around a match: the core never splits the whole text.
// A sentence ends at . ! ? followed by space and a capital/digit/opening mark (a footnote marker glued to
// the stop stays with its sentence: "region.12 The", "data.[1] Next", "assault.⁵ It"), at a blank line,
// at a line that starts a list item or follows a heading-like line, and at a block boundary. A page
// break (blank lines, page furniture) inside a sentence does not end it when the text goes on in lower
// case; furniture never joins two paragraphs. The search is capped so a text without punctuation stays linear.
import { isFurnitureLine } from './furniture.ts';

const MAX_REACH = 1500;
/** Lines looked across at a page break (blank lines, page numbers, running footers, a photo credit). */
const MAX_GAP_LINES = 8;
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'mr', 'mrs', 'ms', 'dr', 'st', 'vol', 'cf',
  'res', 'approx', 'op', 'pp', 'fig', 'sect', 'ch', 'annex', 'ref', 'vs', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt',
  'cpl', 'brig', 'cdr', 'u.n', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // French: Mme, Mlle, MM., al. (alinéa), chap., p. ex., env., janv., févr.; single letters (M., p.) are read as initials
  'mme', 'mlle', 'mm', 'al', 'chap', 'ex', 'env', 'janv', 'févr', 'avr', 'juil', 'déc', 'gén', 'cdt', 'lt-col', 'n°', 'nº',
]);
const LIST_START = /^[\t \u00A0]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\([a-zA-Z0-9]{1,5}\)|[a-zA-Z][.)]|[-•*–▪●›])[\t \u00A0]/;
const CLOSER = /["'’”»)\]]/;
/** A footnote marker glued to a full stop: "12", "[1]", "⁵" (then a space or the end of the text). */
const MARKER = /^(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3})(?!\S)/;

/**
 * Does the . ! ? at text[i] end a sentence? The offset just after it and what clings to it (closing
 * quotes, a footnote marker), or -1.
 */
export function terminalEnd(text: string, i: number): number {
  const ch = text[i];
  let j = i + 1;
  while (j < text.length && CLOSER.test(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) {
    const m = MARKER.exec(text.slice(j, j + 6));
    // Digits after a stop that follows a digit are a number ("3.12 The"), not a footnote marker.
    if (!m || (/\d/.test(m[0][0]!) && /\d/.test(text[i - 1] ?? ''))) return -1;
    j += m[0].length;
  }
  const end = j;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  // A French closing quote stands after a space: "… sécurité. » Le Conseil".
  if (text[j] === '»') { j++; while (j < text.length && /\s/.test(text[j]!)) j++; }
  if (j >= text.length) return end;
  // « opens a French quotation like “ an English one.
  if (ch !== '.') return /[\p{Lu}\p{N}"'“‘«(\[]/u.test(text[j]!) ? end : -1;
  if (!/[\p{Lu}\p{N}"'“‘«(\[•-]/u.test(text[j]!)) return -1;
  // An abbreviation or an initial before the full stop does not end the sentence.
  let k = i - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k]!) && i - k < 12) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return -1;
  // A lone capital is an initial ("J. Smith"), unless it names an annex, phase or sector ("Annex K.").
  if (/^\p{L}$/u.test(word)) return /(?:annex|appendix|tab|phase|sector|zone|tier|enclosure|option|company)\s+$/i.test(text.slice(Math.max(0, k - 12), k + 1)) ? end : -1;
  return end;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\u00A0';
/** Furniture lines are short: longer lines are never sliced (a text of one long line stays linear). */
const FURNITURE_MAX = 300;

/** End of the line starting at `from` (the newline or hi), or -1 when it is longer than furniture can be. */
function shortLineEnd(text: string, from: number, hi: number): number {
  const cap = Math.min(hi, from + FURNITURE_MAX + 1);
  for (let i = from; i < cap; i++) if (text.charCodeAt(i) === 10) return i;
  return cap === hi ? hi : -1;
}

/** Start of the line ending at `to` (exclusive), or -1 when it is longer than furniture can be. */
function shortLineStart(text: string, to: number, lo: number): number {
  const cap = Math.max(lo, to - FURNITURE_MAX - 1);
  for (let i = to - 1; i >= cap; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return cap === lo ? lo : -1;
}

/**
 * The line break at text[nl], read across blank lines and furniture lines within [lo, hi): `prev` is the
 * last visible character before it, `next` the first visible one after it (-1: none), `gap` whether
 * blank or furniture lines lie between.
 */
function breakAt(text: string, nl: number, lo: number, hi: number): { prev: number; next: number; gap: boolean } {
  let gap = false;
  let j = nl + 1;
  let next = -1;
  for (let n = 0; n < MAX_GAP_LINES; n++) {
    while (j < hi && isBlank(text[j])) j++;
    if (j >= hi) break;
    if (text[j] === '\n') { gap = true; j++; continue; }
    const e = shortLineEnd(text, j, hi);
    if (e < 0 || !isFurnitureLine(text.slice(j, e))) { next = j; break; }
    gap = true;
    j = e + 1;
  }
  let k = nl - 1;
  let prev = -1;
  for (let n = 0; n < MAX_GAP_LINES; n++) {
    while (k >= lo && isBlank(text[k])) k--;
    if (k < lo) break;
    if (text[k] === '\n') { gap = true; k--; continue; }
    const s = shortLineStart(text, k + 1, lo);
    if (s < 0 || !isFurnitureLine(text.slice(s, k + 1))) { prev = k; break; }
    gap = true;
    k = s > lo && text[s - 1] === '\n' ? s - 2 : s - 1; // and the line break before it
  }
  return { prev, next, gap };
}

/** Does the sentence run on across the line break between text[prev] and text[next]? */
function runsOn(text: string, prev: number, next: number, gap: boolean): boolean {
  if (prev < 0 || next < 0) return false;
  if (LIST_START.test(text.slice(next, next + 12))) return false;
  let p = prev;
  while (p > 0 && CLOSER.test(text[p]!) && /[.!?"'’”»)\]]/.test(text[p - 1]!)) p--;
  if (/[.:;!?]/.test(text[p]!)) return false;
  // Across a blank line or page furniture only into a lower-case continuation ("…police and\n\n12\n\ngendarmerie…").
  if (gap) return /\p{Ll}/u.test(text[next]!);
  // A heading-like line (short, no final stop) before a capitalised line ends there.
  const lineStart = text.lastIndexOf('\n', prev) + 1;
  const line = text.slice(lineStart, prev + 1);
  return !(line.length <= 70 && !/[,\-–(]$/.test(line) && /^[\p{Lu}\d(]/u.test(line) && /^[\p{Lu}\d]/u.test(text[next]!));
}

const DOT = 46;
const BANG = 33;
const QUERY = 63;
const NL = 10;

/** [start, end) of the sentence containing pos, within [lo, hi) (a block's bounds). */
export function sentenceAt(text: string, pos: number, lo = 0, hi = text.length): { start: number; end: number } {
  let start = Math.max(lo, pos - MAX_REACH);
  let firstLine = true;
  // Character codes, not one-character strings: this loop reads every character of every sentence with a match.
  for (let i = pos - 1; i >= lo && i >= pos - MAX_REACH; i--) {
    const ch = text.charCodeAt(i);
    if (ch === DOT || ch === BANG || ch === QUERY) {
      const e = terminalEnd(text, i);
      if (e >= 0) { start = Math.min(e, pos); break; }
    } else if (ch === NL) {
      // A match on a furniture line (a running header) is a sentence of its own: the line.
      if (firstLine && pos - i <= FURNITURE_MAX + 1) {
        const le = shortLineEnd(text, i + 1, hi);
        if (le >= 0 && isFurnitureLine(text.slice(i + 1, le))) return trim(text, i + 1, le);
      }
      firstLine = false;
      const b = breakAt(text, i, lo, hi);
      if (!runsOn(text, b.prev, b.next, b.gap)) { start = i + 1; break; }
      i = b.prev + 1; // read on before the gap
    }
    if (i === lo) start = lo;
  }
  let end = Math.min(hi, pos + MAX_REACH);
  for (let i = pos; i < hi && i < pos + MAX_REACH; i++) {
    const ch = text.charCodeAt(i);
    if (ch === DOT || ch === BANG || ch === QUERY) {
      const e = terminalEnd(text, i);
      if (e >= 0) { end = Math.min(e, hi); break; }
    } else if (ch === NL) {
      const b = breakAt(text, i, lo, hi);
      if (!runsOn(text, b.prev, b.next, b.gap)) { end = i; break; }
      i = b.next - 1; // read on after the gap
    }
  }
  return trim(text, start, end);
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s»]/.test(text[start]!)) start++; // and a French closing quote left from the previous sentence
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end: Math.max(end, start) };
}

/**
 * Clause bounds inside a sentence: split at ; and : and at "but", "however", "whereas", "although", "while",
 * and their French counterparts ("mais", "cependant", "toutefois", "tandis que", "alors que", "bien que");
 * at "yet" only after a comma ("not yet deployed" is one clause).
 */
const CLAUSE_BREAK = /;|:|,\s+yet\s+|,?\s+(?:(?:but|however|whereas|although|though|while|whilst|mais|cependant|toutefois|néanmoins)\s+|(?:tandis|alors|bien)\s+qu(?:e\s+|['’])|quoiqu(?:e\s+|['’]))/giu;
/**
 * A clause that opens with a subordinator ("Although …, the mission …", « Bien qu'…, la mission … ») ends at
 * the first comma after at least three words that a list does not continue ("and", "or", « et », « ou »).
 */
const LEADING_SUBORDINATE = /[\s"'“‘«(]*(?:(?:although|though|while|whilst|whereas|even\s+though|even\s+if|bien\s+que|alors\s+que|quoique|même\s+si)(?![\p{L}])|(?:bien\s+qu|alors\s+qu|quoiqu)['’])/iuy;
const SUBORDINATE_END = /,\s+(?!(?:and|or|et|ou)\s)/giu;

/** All clauses of a sentence, in order (computed once per sentence). */
export function clausesOf(text: string, sent: { start: number; end: number }): { start: number; end: number }[] {
  const s = text.slice(sent.start, sent.end);
  const out: { start: number; end: number }[] = [];
  let start = sent.start;
  const push = (end: number) => {
    LEADING_SUBORDINATE.lastIndex = start;
    const lead = LEADING_SUBORDINATE.exec(text);
    if (lead && start + lead[0].length <= end) {
      const part = text.slice(start, end);
      SUBORDINATE_END.lastIndex = lead[0].length;
      for (let m = SUBORDINATE_END.exec(part); m; m = SUBORDINATE_END.exec(part)) {
        if ((part.slice(0, m.index).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
        out.push({ start, end: start + m.index });
        start += m.index + m[0].length;
        break;
      }
    }
    out.push({ start, end });
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    const a = sent.start + m.index;
    push(a);
    start = a + m[0].length;
  }
  push(sent.end);
  return out;
}

/** The clause containing pos. */
export function clauseAt(text: string, pos: number, sent: { start: number; end: number }): { start: number; end: number } {
  const list = clausesOf(text, sent);
  return pickClause(list, pos);
}

export function pickClause(list: { start: number; end: number }[], pos: number): { start: number; end: number } {
  for (const c of list) if (pos < c.end) return c;
  return list[list.length - 1]!;
}
