// Sentence bounds, found lazily around a match: the core never splits the whole text.
// A sentence ends at . ! ? followed by space and a capital/digit/opening mark, at a blank line,
// at a line that starts a list item or follows a heading-like line, and at a block boundary.
// The search is capped so a text without punctuation stays linear.

const MAX_REACH = 1500;
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'mr', 'mrs', 'ms', 'dr', 'st', 'vol', 'cf',
  'res', 'approx', 'op', 'pp', 'fig', 'sect', 'ch', 'annex', 'ref', 'vs', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt',
  'cpl', 'brig', 'cdr', 'u.n', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // French: Mme, Mlle, MM., al. (alinéa), chap., p. ex., env., janv., févr.; single letters (M., p.) are read as initials
  'mme', 'mlle', 'mm', 'al', 'chap', 'ex', 'env', 'janv', 'févr', 'avr', 'juil', 'déc', 'gén', 'cdt', 'lt-col', 'n°', 'nº',
]);
const LIST_START = /^[\t \u00A0]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\([a-zA-Z0-9]{1,5}\)|[a-zA-Z][.)]|[-•*–▪●])[\t \u00A0]/;

function isTerminal(text: string, i: number): boolean {
  // text[i] is . ! ? ; is the next char whitespace and the following visible one a sentence opener?
  const ch = text[i];
  let j = i + 1;
  while (j < text.length && /["'’”»)\]]/.test(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  // A French closing quote stands after a space: "… sécurité. » Le Conseil".
  if (text[j] === '»') { j++; while (j < text.length && /\s/.test(text[j]!)) j++; }
  if (j >= text.length) return true;
  // « opens a French quotation like “ an English one.
  if (ch !== '.') return /[\p{Lu}\p{N}"'“‘«(\[]/u.test(text[j]!);
  if (!/[\p{Lu}\p{N}"'“‘«(\[•-]/u.test(text[j]!)) return false;
  // An abbreviation or an initial before the full stop does not end the sentence.
  let k = i - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k]!) && i - k < 12) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // A lone capital is an initial ("J. Smith"), unless it names an annex, phase or sector ("Annex K.").
  if (/^\p{L}$/u.test(word)) return /(?:annex|appendix|tab|phase|sector|zone|tier|enclosure|option|company)\s+$/i.test(text.slice(Math.max(0, k - 12), k + 1));
  return true;
}

function lineBreakEnds(text: string, nl: number): boolean {
  // A newline at text[nl] ends the sentence before it when a blank line follows, when the next
  // line is a list item, or when the line before it looks like a heading (short, no final stop).
  let j = nl + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00A0')) j++;
  if (j >= text.length || text[j] === '\n') return true;
  const next = text.slice(j, j + 12);
  if (LIST_START.test(next)) return true;
  let k = nl - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\r' || text[k] === '\t')) k--;
  if (k < 0) return true;
  const prevCh = text[k]!;
  if (/[.:;!?]/.test(prevCh)) return true;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  const line = text.slice(lineStart, k + 1);
  return line.length <= 70 && !/[,\-–(]$/.test(line) && /^[\p{Lu}\d(]/u.test(line) && /^[\p{Lu}\d]/u.test(text[j]!);
}

/** [start, end) of the sentence containing pos, within [lo, hi) (a block's bounds). */
export function sentenceAt(text: string, pos: number, lo = 0, hi = text.length): { start: number; end: number } {
  let start = Math.max(lo, pos - MAX_REACH);
  for (let i = pos - 1; i >= lo && i >= pos - MAX_REACH; i--) {
    const ch = text[i]!;
    if ((ch === '.' || ch === '!' || ch === '?') && isTerminal(text, i)) { start = i + 1; break; }
    if (ch === '\n' && lineBreakEnds(text, i)) { start = i + 1; break; }
    if (i === lo) start = lo;
  }
  let end = Math.min(hi, pos + MAX_REACH);
  for (let i = pos; i < hi && i < pos + MAX_REACH; i++) {
    const ch = text[i]!;
    if ((ch === '.' || ch === '!' || ch === '?') && isTerminal(text, i)) { end = i + 1; break; }
    if (ch === '\n' && lineBreakEnds(text, i)) { end = i; break; }
  }
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
