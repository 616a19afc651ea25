// Where in the flattened view (flat.ts) a phrase can start, decided without running its regex. Most
// words cannot open any phrase: each word's hash (words.ts) is looked up in the set's tables (its
// phrases' opening words, and opening pairs for words that begin multi-word phrases), and the big
// alternation runs, anchored, only where the lookup says yes. Hash collisions only cost a failed
// regex attempt; no match is ever skipped.
import { FNV_OFFSET, isLetterUnit, mix, pairHash, type WordIndex } from '../text/words.ts';

const SPACE = 32;

export interface TermStarts {
  /** Table size minus one (a power of two minus one). */
  mask: number;
  /** Opening words that may end the match or be followed by something other than " word". */
  single: Uint8Array;
  /** Opening words followed in some phrase by a space and a second word. */
  pairFirst: Uint8Array;
  /** Opening word + space + second word (pairHash). */
  pair: Uint8Array;
  /** First code units of phrases that start with no letter ("30 per cent quota"). */
  other: Set<number>;
}

function slot(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Tables for the given keys (lower case, one space between words, straight apostrophes). The tables
 * get ~16 slots per key (at least 256; the whole lexicon's ~12,000 openings get 2^17), so collisions stay rare.
 */
export function compileStarts(keys: Iterable<string>): TermStarts {
  const list = [...keys];
  let bits = 256;
  while (bits < list.length * 16 && bits < 1 << 17) bits *= 2;
  const t: TermStarts = { mask: bits - 1, single: new Uint8Array(bits), pairFirst: new Uint8Array(bits), pair: new Uint8Array(bits), other: new Set() };
  for (const k of list) {
    if (k.length === 0) continue;
    let h = FNV_OFFSET;
    let i = 0;
    for (; i < k.length && isLetterUnit(k.charCodeAt(i)); i++) h = mix(h, k.charCodeAt(i));
    if (i === 0) { t.other.add(k.charCodeAt(0)); continue; }
    if (k.charCodeAt(i) !== SPACE || !isLetterUnit(k.charCodeAt(i + 1))) { t.single[slot(h, t.mask)] = 1; continue; }
    t.pairFirst[slot(h, t.mask)] = 1;
    let h2 = FNV_OFFSET;
    for (i++; i < k.length && isLetterUnit(k.charCodeAt(i)); i++) h2 = mix(h2, k.charCodeAt(i));
    t.pair[slot(pairHash(h, h2), t.mask)] = 1;
  }
  return t;
}

/**
 * May word w of the view open one of the phrases? It must not follow an ASCII digit (letters cannot
 * precede a word: words are whole runs of letters), and its hash, or its pair with the next word
 * (after one or more spaces), must be in the tables.
 */
export function opensAt(view: string, idx: WordIndex, w: number, t: TermStarts): boolean {
  // The tables first: most words open nothing, and then the text need not be read.
  const h = idx.hash[w]!;
  const k = slot(h, t.mask);
  const single = t.single[k] === 1;
  if (!single && (t.pairFirst[k] !== 1 || w + 1 >= idx.n)) return false;
  const s = idx.start[w]!;
  if (s > 0) {
    const p = view.charCodeAt(s - 1);
    if (p >= 48 && p <= 57) return false;
  }
  if (single) return true;
  // The next word must follow after spaces only (a run of separators in the text).
  const e = idx.end[w]!;
  const next = idx.start[w + 1]!;
  for (let i = e; i < next; i++) if (view.charCodeAt(i) !== SPACE) return false;
  return t.pair[slot(pairHash(h, idx.hash[w + 1]!), t.mask)] === 1;
}

/** The words of the view that may open one of the phrases (word numbers, ascending). */
export function openingWords(view: string, idx: WordIndex, t: TermStarts): Int32Array {
  const out: number[] = [];
  for (let w = 0; w < idx.n; w++) if (opensAt(view, idx, w, t)) out.push(w);
  return Int32Array.from(out);
}

/** Positions of the characters of `other` that follow no letter, mark or ASCII digit, ascending. */
export function otherStarts(view: string, t: TermStarts): Int32Array {
  if (t.other.size === 0) return new Int32Array(0);
  const all: number[] = [];
  for (const code of t.other) {
    const ch = String.fromCharCode(code);
    for (let i = view.indexOf(ch); i !== -1; i = view.indexOf(ch, i + 1)) {
      if (i > 0) {
        const p = view.charCodeAt(i - 1);
        if ((p >= 48 && p <= 57) || isLetterUnit(p)) continue;
      }
      all.push(i);
    }
  }
  return Int32Array.from(all).sort();
}
