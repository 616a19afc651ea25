// The words of a flat view (flat.ts): each run of letters with its offsets and a hash of its letters.
// Built once per analysis and read by the term scan and by every phrase search (prefilter.ts), so the
// characters are walked once instead of once per search, and a search over a span visits only the
// words that may open one of its phrases.

/**
 * Letters and marks of the Basic Multilingual Plane, by UTF-16 code unit, filled on first sight (1 letter,
 * 2 not). Surrogates are never letters here: a phrase and the text are cut into words by the same rule,
 * so the split only has to be the same on both sides, and it stops where an astral character begins.
 */
const CLASS = new Uint8Array(65536);
const LETTER_RE = /[\p{L}\p{M}]/u;

export function isLetterUnit(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z: the common case in the lower-cased view
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  let k = CLASS[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SPACE = 32;

export function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** Hash of two words that follow each other with one space between them. */
export function pairHash(h1: number, h2: number): number {
  return mix(mix(h1, SPACE), h2);
}

/** Runs of letters in order: word w is view[start[w], end[w]), its letters hashed (FNV-1a) into hash[w]. */
export interface WordIndex { n: number; start: Int32Array; end: Int32Array; hash: Int32Array }

export function wordIndex(view: string): WordIndex {
  const len = view.length;
  let cap = (len >> 2) + 16; // ~7 characters per word in running text: rarely grown
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let hash: Int32Array = new Int32Array(cap);
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = view.charCodeAt(i);
    // a-z inline: the common case in the lower-cased view.
    if (!((c >= 97 && c <= 122) || (c >= 0xaa && isLetterUnit(c)))) { i++; continue; }
    const s = i;
    let h = FNV_OFFSET;
    for (;;) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++i >= len) break;
      c = view.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 0xaa && isLetterUnit(c)))) break;
    }
    if (n === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      hash = grow(hash, cap);
    }
    start[n] = s;
    end[n] = i;
    hash[n] = h;
    n++;
  }
  return { n, start, end, hash };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The first word starting at or after pos (n when none does). */
export function firstWordFrom(idx: WordIndex, pos: number): number {
  let lo = 0;
  let hi = idx.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.start[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word index of a flat view, built on first need and kept with it. */
export function wordsOf(flat: { view: string; words?: WordIndex }): WordIndex {
  return (flat.words ??= wordIndex(flat.view));
}
