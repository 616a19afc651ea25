// Coordination with ellipsis: two conjuncts share a part that only one of them spells out, so the other
// conjunct names a lexicon term without containing it. Each reading is rebuilt from the words around a
// term match and counts only when the rebuilt phrase is itself a term of another concept (never a guess):
//   - left conjunct without its head or complement: "gender and women protection advisers" (gender
//     [advisers]), "child and early marriage" (child [marriage]), "civilian and military gender advisers";
//   - right conjunct without the term's head: "gender advisers and focal points" ([gender] focal points),
//     « conseillers pour les questions de genre et pour la protection des femmes » ([conseillers] pour la
//     protection des femmes);
//   - a suspended hyphen: "pre- and post-deployment training" (pre[-deployment training]), "gender- and
//     age-sensitive" (gender[-sensitive]), "civilian- and servicewomen" (civilian [women]).
// The rebuilt finding lies on the elided conjunct's own words, so findings keep exact offsets and never
// overlap. Only the words next to a match are read: no cost where there is no coordination.
import type { Lexicon } from '../lexicon/compile.ts';
import type { FlatText } from '../text/flat.ts';
import type { RawMatch } from './match.ts';
import { normKey } from '../text/text.ts';
import { firstWordFrom, FNV_OFFSET, isLetterUnit, mix, wordsOf, type WordIndex } from '../text/words.ts';

/** Content words of a conjunct, at most; and words of a complement (opened by a link word) or a hyphenated tail. */
const MAX_CONJUNCT = 2;
const MAX_TAIL = 6;
const SUSPENDED = /[-\u2010\u2011] +(?:and|or|et|ou) +/iy;
/** Word-index hashes of the conjunctions SUSPENDED reads (made on first use: words.ts may load after this module). */
let conjHashes: number[] | undefined;
const HYPHEN = /^[-\u2010\u2011]$/;

interface View {
  lex: Lexicon;
  idx: WordIndex;
  /** Word w of the view. */
  word(w: number): string;
  /** Words w..v as a lexicon key. */
  key(w: number, v: number): string;
  /** Do words w..v follow each other with only spaces (and elisions' apostrophes) between them? */
  joined(w: number, v: number): boolean;
  /** Is word w a content word (not a link, filler, join or stop)? */
  content(w: number): boolean;
}

/** The matches plus the terms named by ellipsis, in text order and not overlapping. */
export function withEllipses(text: string, flat: FlatText, lex: Lexicon, matches: RawMatch[]): RawMatch[] {
  const { view } = flat;
  const idx = wordsOf(flat);
  const g = lex.grammar;
  const word = (w: number) => view.slice(idx.start[w]!, idx.end[w]!);
  const gap = (from: number, to: number, apos: boolean) => {
    for (let i = from; i < to; i++) { const c = view.charCodeAt(i); if (c !== 32 && !(apos && c === 39)) return false; }
    return true;
  };
  const v: View = {
    lex, idx, word,
    // The view is lower case with plain spaces and apostrophes: only a run of spaces needs collapsing.
    key: (w, u) => { const k = view.slice(idx.start[w]!, idx.end[u]!); return k.includes('  ') ? k.replace(/ +/g, ' ') : k; },
    joined: (w, u) => { for (let k = w; k < u; k++) if (!gap(idx.end[k]!, idx.start[k + 1]!, true)) return false; return true; },
    content: (w) => w >= 0 && w < idx.n && !g.links.has(word(w)) && !g.fillers.has(word(w)) && !g.stops.has(word(w)) && !g.joins.has(word(w)),
  };
  const found: RawMatch[] = [];
  // The same concept again is one mention, not two, when the conjunct shares the term's head ("full and
  // meaningful participation", "child and early marriage"); a second head is a second mention: in a French
  // term the head opens the phrase, so « conseillers et conseillères pour la protection des femmes » names
  // two groups of advisers.
  const keep = (hit: RawMatch | null, m: RawMatch, secondHead = false) => {
    if (hit && (secondHead || !hit.concepts.every((c) => m.concepts.includes(c)))) found.push(hit);
  };
  const french = (m: RawMatch) => lex.formLanguages.get(normKey(text.slice(m.start, m.end))) === 2;

  // Conjunctions and the determiners after them are short words: a cheap length test spares the slicing.
  const short = (w: number) => w >= 0 && w < idx.n && idx.end[w]! - idx.start[w]! <= 3;
  const starts = idx.start;
  const n = idx.n;
  let first = 0;
  for (const m of matches) {
    // matches come in text order: the first word at or after the match, searched from the last one
    for (let hi = n; first < hi;) { const mid = (first + hi) >> 1; if (starts[mid]! < m.start) first = mid + 1; else hi = mid; }
    if (first >= n || starts[first] !== m.start || first + 1 >= n || starts[first + 1]! >= m.end) continue; // one word: no tail or head
    let last = first + 1;
    while (last + 1 < n && starts[last + 1]! < m.end) last++; // the match's last word
    if (idx.end[last] !== m.end) continue;
    // "A and T": A takes T's tail. A determiner ("des" is also a link word) may open T's conjunct.
    let j = first - 1;
    if (short(j) && short(j - 1) && j >= 2 && (g.fillers.has(word(j)) || g.links.has(word(j))) && g.joins.has(word(j - 1))) j--;
    if (short(j) && j >= 1 && g.joins.has(word(j)) && gap(idx.end[j - 1]!, idx.start[j]!, false) && v.joined(j, first)) {
      const tails: string[] = [];
      for (let k = first + 1; k <= last; k++) tails.push(v.key(k, last));
      const hit = conjunct(v, j - 1, -1, (a) => tails.map((t) => `${a} ${t}`));
      // tails[0] is the term without its first word: the conjunct took the place of that word.
      keep(hit?.match ?? null, m, hit?.used === 0 && french(m));
    }
    // "T and C": C takes T's head.
    const k = last + 1;
    if (short(k) && k + 1 < idx.n && g.joins.has(word(k)) && gap(m.end, idx.start[k]!, false) && gap(idx.end[k]!, idx.start[k + 1]!, false)) {
      const heads: string[] = [];
      for (let h = last - 1; h >= first; h--) heads.push(v.key(first, h));
      keep(conjunct(v, k + 1, 1, (c) => heads.map((h) => `${h} ${c}`))?.match ?? null, m);
    }
  }

  // "A- and B…": the suspended hyphen, read on the text itself (the view has no hyphens).
  for (const [at, len] of suspensions(text, idx)) {
    const a = firstWordFrom(idx, at) - 1; // the word before the hyphen
    const b = firstWordFrom(idx, at + len);
    if (a < 0 || b >= idx.n || idx.end[a] !== at || idx.start[b] !== at + len) continue;
    const hit = suspended(v, a, b, text);
    if (hit) found.push(hit);
  }
  return found.length ? merge(matches, found) : matches;
}

/**
 * Where "- and ", "- or ", "- et ", "- ou " stand, in text order, with their lengths. Read from the word
 * index: a conjunction (found by its hash) after spaces after a hyphen. A regex over the text would try
 * every character; the words are fewer, and their hashes are already there.
 */
function suspensions(text: string, idx: WordIndex): [number, number][] {
  const out: [number, number][] = [];
  conjHashes ??= ['and', 'or', 'et', 'ou'].map((w) => { let h = FNV_OFFSET; for (let i = 0; i < w.length; i++) h = mix(h, w.charCodeAt(i)); return h; });
  const [h1, h2, h3, h4] = conjHashes as [number, number, number, number];
  const hash = idx.hash;
  for (let w = 0; w < idx.n; w++) {
    const h = hash[w]!;
    if (h !== h1 && h !== h2 && h !== h3 && h !== h4) continue;
    const at = idx.start[w]!;
    if (text.charCodeAt(at - 1) !== 32) continue;
    let i = at - 2;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    const c = text.charCodeAt(i);
    if (c !== 0x2d && c !== 0x2010 && c !== 0x2011) continue;
    SUSPENDED.lastIndex = i;
    const m = SUSPENDED.exec(text);
    if (m) out.push([i, m[0].length]);
  }
  return out;
}

/**
 * The conjunct at word `at`, extending away from the term (`dir` -1: leftwards, 1: rightwards): one or two
 * content words, or rightwards a complement of up to MAX_TAIL words opened by a link word. Completed by
 * `complete` into a lexicon term; the longest conjunct that gives one wins. `used`: which completion did.
 */
function conjunct(v: View, at: number, dir: -1 | 1, complete: (c: string) => string[]): { match: RawMatch; used: number } | null {
  const complement = dir === 1 && v.lex.grammar.links.has(v.word(at));
  if (!complement && !v.content(at)) return null;
  for (let n = complement ? MAX_TAIL : MAX_CONJUNCT; n >= 1; n--) {
    const from = dir === 1 ? at : at - n + 1;
    const to = dir === 1 ? at + n - 1 : at;
    if (from < 0 || to >= v.idx.n || !v.joined(from, to)) continue;
    if (!complement && !v.content(dir === 1 ? to : from)) continue;
    // A completion ends (rightwards) or opens (leftwards) with the conjunct's outer word: when no term does, none is built.
    const outer = edgeWords(v.lex);
    if (dir === 1 ? !outer.last.has(v.word(to)) : !outer.first.has(v.word(from))) continue;
    const options = complete(v.key(from, to));
    for (let i = 0; i < options.length; i++) {
      const concepts = v.lex.lookup.get(options[i]!);
      if (concepts) return { match: { start: v.idx.start[from]!, end: v.idx.end[to]!, concepts }, used: i };
    }
  }
  return null;
}

/** Per lookup map (not per lexicon object: a copy that shares the map shares its edges). */
const edges = new WeakMap<Lexicon['lookup'], { first: Set<string>; last: Set<string> }>();

/** The first and the last word (run of letters, as the word index cuts them) of every lexicon key. */
function edgeWords(lex: Lexicon): { first: Set<string>; last: Set<string> } {
  let e = edges.get(lex.lookup);
  if (!e) {
    e = { first: new Set(), last: new Set() };
    for (const k of lex.lookup.keys()) {
      let a = 0;
      while (a < k.length && !isLetterUnit(k.charCodeAt(a))) a++;
      let b = a;
      while (b < k.length && isLetterUnit(k.charCodeAt(b))) b++;
      let z = k.length;
      while (z > 0 && !isLetterUnit(k.charCodeAt(z - 1))) z--;
      let y = z;
      while (y > 0 && isLetterUnit(k.charCodeAt(y - 1))) y--;
      e.first.add(k.slice(a, b));
      e.last.add(k.slice(y, z));
    }
    edges.set(lex.lookup, e);
  }
  return e;
}

/**
 * "A- and B-C D…" or "A- and BC": A takes what follows B's first hyphen ("pre- and post-deployment
 * training" → "pre deployment training"), or the end of a closed compound that is a term on its own
 * ("civilian- and servicewomen" → "civilian women", or else "women").
 */
function suspended(v: View, a: number, b: number, text: string): RawMatch | null {
  const { idx, lex } = v;
  const left = v.word(a);
  const span = (concepts: string[]): RawMatch => ({ start: idx.start[a]!, end: idx.end[a]!, concepts });
  if (HYPHEN.test(text[idx.end[b]!] ?? '')) {
    let to = b;
    // the tail's words follow each other with a space or a hyphen
    while (to + 1 < idx.n && to - b < MAX_TAIL && /^[ \-\u2010\u2011]$/.test(text.slice(idx.end[to]!, idx.start[to + 1]!))) to++;
    for (; to > b; to--) {
      const concepts = lex.lookup.get(`${left} ${v.key(b + 1, to)}`);
      if (concepts) return span(concepts);
    }
    return null;
  }
  const whole = v.word(b);
  for (let cut = 1; cut <= whole.length - 3; cut++) {
    const end = whole.slice(cut);
    const concepts = lex.lookup.get(`${left} ${end}`) ?? lex.lookup.get(end);
    if (concepts) return span(concepts);
  }
  return null;
}

/**
 * The term matches with the rebuilt ones. As in the scan, the longer reading wins: a rebuilt reading replaces
 * the matches inside its words (the bare "gender" of "gender and women protection advisers" is the gender
 * adviser; « protection des femmes » inside « [conseillers] pour la protection des femmes » is the adviser's
 * title), and is dropped where it would cut into a match.
 */
function merge(matches: RawMatch[], found: RawMatch[]): RawMatch[] {
  const out = matches.slice();
  found.sort((x, y) => x.start - y.start);
  for (const f of found) {
    // the first match ending after f.start, and the first starting at or after f.end
    let lo = 0;
    let hi = out.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (out[mid]!.end <= f.start) lo = mid + 1; else hi = mid; }
    let to = lo;
    while (to < out.length && out[to]!.start < f.end) to++;
    const inside = out.slice(lo, to).every((o) => o.start >= f.start && o.end <= f.end);
    if (inside) out.splice(lo, to - lo, f);
  }
  return out;
}
