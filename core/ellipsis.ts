// Coordination with ellipsis: two conjuncts share a part that only one of them spells out, so the other
// conjunct names a lexicon term without containing it. Each reading is rebuilt from the words around a
// term match and counts only when the rebuilt phrase is itself a term (never a guess):
//   - left conjunct without its head or complement: "gender and women protection advisers" (gender
//     [advisers]), "early and forced marriage" (early [marriage]), « conseillers et conseillères pour la
//     protection des femmes » (conseillers [pour la protection des femmes]);
//   - right conjunct without its modifier: "gender advisers and focal points" ([gender] focal points);
//   - a suspended hyphen: "pre- and post-deployment training" (pre[-deployment training]), "gender- and
//     age-sensitive" (gender[-sensitive]), "civilian- and servicewomen" (civilian [women]).
// The rebuilt finding lies on the elided conjunct's own words, so findings keep exact offsets and never
// overlap. Only the words next to a match are read: no cost where there is no coordination.
import type { Lexicon } from './compile.ts';
import type { FlatText } from './flat.ts';
import type { RawMatch } from './match.ts';
import { firstWordFrom, wordsOf, type WordIndex } from './words.ts';

/** Words of a conjunct tried before the conjunction, and of a phrase after a suspended hyphen. */
const MAX_CONJUNCT = 2;
const MAX_TAIL = 4;
const SUSPENDED = /[-\u2010\u2011] +(?:and|or|et|ou) +/gi;

/** The matches plus the terms named by ellipsis, in text order and not overlapping. */
export function withEllipses(text: string, flat: FlatText, lex: Lexicon, matches: RawMatch[]): RawMatch[] {
  const { view } = flat;
  const idx = wordsOf(flat);
  const joins = lex.grammar.joins;
  const found: RawMatch[] = [];
  const word = (w: number) => view.slice(idx.start[w]!, idx.end[w]!);
  // Is the gap between two positions only spaces (a conjunct never runs over punctuation)?
  const spaces = (from: number, to: number) => { for (let i = from; i < to; i++) if (view.charCodeAt(i) !== 32) return false; return true; };
  const content = (w: number) => w >= 0 && w < idx.n && !lex.grammar.links.has(word(w)) && !lex.grammar.fillers.has(word(w))
    && !lex.grammar.stops.has(word(w)) && !joins.has(word(w));

  for (const m of matches) {
    const first = firstWordFrom(idx, m.start);
    const last = firstWordFrom(idx, m.end) - 1; // the match's last word
    if (first >= idx.n || idx.start[first] !== m.start || last < first) continue;
    const words: string[] = [];
    for (let w = first; w <= last; w++) words.push(word(w));
    if (words.length < 2) continue;
    // "A and T": A takes T's tail ("gender and women protection advisers" → "gender advisers").
    const j = first - 1;
    if (j >= 1 && joins.has(word(j)) && spaces(idx.end[j]!, m.start) && spaces(idx.end[j - 1]!, idx.start[j]!) && content(j - 1)) {
      const hit = rebuild(lex, idx, word, spaces, content, j - 1, (a) => tailsOf(words).map((t) => `${a} ${t}`));
      if (hit) found.push(hit);
    }
    // "T and C": C takes T's head ("gender advisers and focal points" → "gender focal points").
    const k = last + 1;
    if (k + 1 < idx.n && joins.has(word(k)) && spaces(m.end, idx.start[k]!) && spaces(idx.end[k]!, idx.start[k + 1]!) && content(k + 1)) {
      const hit = rebuildAfter(lex, idx, word, spaces, content, k + 1, headsOf(words));
      if (hit) found.push(hit);
    }
  }

  // "A- and B…": the suspended hyphen, read on the text itself (the view has no hyphens).
  SUSPENDED.lastIndex = 0;
  for (let s = SUSPENDED.exec(text); s; s = SUSPENDED.exec(text)) {
    const a = firstWordFrom(idx, s.index) - 1; // the word before the hyphen
    const b = firstWordFrom(idx, s.index + s[0].length);
    if (a < 0 || b >= idx.n || idx.end[a] !== s.index || idx.start[b] !== s.index + s[0].length) continue;
    const hit = suspended(lex, idx, word, a, b, text);
    if (hit) found.push(hit);
  }
  return found.length ? merge(matches, found) : matches;
}

/** Tails of a term's words, longest first: "women protection advisers" → "protection advisers", "advisers". */
function tailsOf(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) out.push(words.slice(k).join(' '));
  return out;
}

/** Heads of a term's words, longest first: "gender advisers" → "gender". */
function headsOf(words: string[]): string[] {
  const out: string[] = [];
  for (let k = words.length - 1; k >= 1; k--) out.push(words.slice(0, k).join(' '));
  return out;
}

type WordAt = (w: number) => string;
type Spaces = (from: number, to: number) => boolean;

/** The left conjunct ending at word `end` (one or two words), completed by `complete`, if that is a term. */
function rebuild(lex: Lexicon, idx: WordIndex, word: WordAt, spaces: Spaces, content: (w: number) => boolean, end: number, complete: (a: string) => string[]): RawMatch | null {
  for (let n = Math.min(MAX_CONJUNCT, end + 1); n >= 1; n--) {
    const from = end - n + 1;
    if (n > 1 && (!content(from) || !spaces(idx.end[from]!, idx.start[from + 1]!))) continue;
    const a = Array.from({ length: n }, (_, i) => word(from + i)).join(' ');
    for (const r of complete(a)) {
      const concepts = lex.lookup.get(r);
      if (concepts) return { start: idx.start[from]!, end: idx.end[end]!, concepts };
    }
  }
  return null;
}

/** The right conjunct starting at word `start` (two words or one), with a head of the term before it. */
function rebuildAfter(lex: Lexicon, idx: WordIndex, word: WordAt, spaces: Spaces, content: (w: number) => boolean, start: number, heads: string[]): RawMatch | null {
  for (let n = Math.min(MAX_CONJUNCT, idx.n - start); n >= 1; n--) {
    const to = start + n - 1;
    if (n > 1 && (!content(to) || !spaces(idx.end[start]!, idx.start[start + 1]!))) continue;
    const c = Array.from({ length: n }, (_, i) => word(start + i)).join(' ');
    for (const h of heads) {
      const concepts = lex.lookup.get(`${h} ${c}`);
      if (concepts) return { start: idx.start[start]!, end: idx.end[to]!, concepts };
    }
  }
  return null;
}

/**
 * "A- and B-C D…" or "A- and BC": A takes what follows B's first hyphen ("pre- and post-deployment
 * training" → "pre deployment training"), or the end of a closed compound that is a term on its own
 * ("civilian- and servicewomen" → "civilian women", or else "women").
 */
function suspended(lex: Lexicon, idx: WordIndex, word: WordAt, a: number, b: number, text: string): RawMatch | null {
  const left = word(a);
  const span = (concepts: string[]): RawMatch => ({ start: idx.start[a]!, end: idx.end[a]!, concepts });
  const hyphen = /^[-\u2010\u2011]$/.test(text[idx.end[b]!] ?? '');
  if (hyphen) {
    const tail: string[] = [];
    for (let w = b + 1; w < idx.n && tail.length < MAX_TAIL; w++) {
      // the tail's words follow each other with a space or a hyphen
      if (w > b + 1 && !/^[ \-\u2010\u2011]$/.test(text.slice(idx.end[w - 1]!, idx.start[w]!))) break;
      tail.push(word(w));
    }
    for (let n = tail.length; n >= 1; n--) {
      const concepts = lex.lookup.get(`${left} ${tail.slice(0, n).join(' ')}`);
      if (concepts) return span(concepts);
    }
    return null;
  }
  const whole = word(b);
  for (let cut = 1; cut <= whole.length - 3; cut++) {
    const end = whole.slice(cut);
    const concepts = lex.lookup.get(`${left} ${end}`) ?? lex.lookup.get(end);
    if (concepts) return span(concepts);
  }
  return null;
}

/**
 * The term matches with the rebuilt ones: a rebuilt reading replaces a match on exactly its words (the bare
 * "gender" of "gender and women protection advisers" is the gender adviser), and is dropped where it would
 * overlap any other match.
 */
function merge(matches: RawMatch[], found: RawMatch[]): RawMatch[] {
  const out = matches.slice();
  found.sort((x, y) => x.start - y.start);
  for (const f of found) {
    // binary search for the first match ending after f.start
    let lo = 0;
    let hi = out.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (out[mid]!.end <= f.start) lo = mid + 1; else hi = mid; }
    const o = out[lo];
    if (o && o.start < f.end) {
      if (o.start === f.start && o.end === f.end) out[lo] = f;
      continue;
    }
    out.splice(lo, 0, f);
  }
  return out;
}
