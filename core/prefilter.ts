// Where in the flattened view (match.ts) a term can start, decided without running the term regex.
// Most word starts cannot begin any term: one JS pass hashes each word (and, for words that begin
// multi-word terms, the next word) and the big alternation runs, anchored, only where the hash is one
// a term's opening has. Hash collisions only cost a failed regex attempt; no match is ever skipped.

/** Bits per hash table: ~2,000 opening words and ~10,000 opening pairs leave few collisions. */
const BITS = 1 << 17;
const MASK = BITS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SPACE = 32;

/**
 * Letters and marks of the Basic Multilingual Plane, by UTF-16 code unit, filled on first sight (1 letter,
 * 2 not). Surrogates are never letters here: a term and the text are cut into words by the same rule,
 * so the split only has to be the same on both sides, and it stops where an astral character begins.
 */
const CLASS = new Uint8Array(65536);
const LETTER_RE = /[\p{L}\p{M}]/u;

function isLetterUnit(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z: the common case in the lower-cased view
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  let k = CLASS[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function slot(h: number): number {
  return (h ^ (h >>> 15)) & MASK;
}

export interface TermStarts {
  /** Opening words that may end the match or be followed by something other than " word". */
  single: Uint8Array;
  /** Opening words followed in some term by a space and a second word. */
  pairFirst: Uint8Array;
  /** Opening word + space + second word. */
  pair: Uint8Array;
  /** First code units of terms that start with no letter ("30 per cent quota"). */
  other: Set<number>;
}

/** Tables for the given term keys (lower case, one space between words, straight apostrophes). */
export function compileStarts(keys: Iterable<string>): TermStarts {
  const t: TermStarts = { single: new Uint8Array(BITS), pairFirst: new Uint8Array(BITS), pair: new Uint8Array(BITS), other: new Set() };
  for (const k of keys) {
    if (k.length === 0) continue;
    let h = FNV_OFFSET;
    let i = 0;
    for (; i < k.length && isLetterUnit(k.charCodeAt(i)); i++) h = mix(h, k.charCodeAt(i));
    if (i === 0) { t.other.add(k.charCodeAt(0)); continue; }
    if (k.charCodeAt(i) !== SPACE || !isLetterUnit(k.charCodeAt(i + 1))) { t.single[slot(h)] = 1; continue; }
    t.pairFirst[slot(h)] = 1;
    h = mix(h, SPACE);
    for (i++; i < k.length && isLetterUnit(k.charCodeAt(i)); i++) h = mix(h, k.charCodeAt(i));
    t.pair[slot(h)] = 1;
  }
  return t;
}

/**
 * The first position at or after `from` that may start a term and follows no letter, mark or ASCII
 * digit, or -1. The caller goes on from a match's end, or from the position after a miss.
 */
export function nextCandidate(view: string, t: TermStarts, from: number): number {
  const n = view.length;
  for (let i = from; i < n; ) {
    if (i > 0) {
      // Inside a word no term starts (the matcher rejects such a hit): also skips runs of non-ASCII
      // letters position by position, which would otherwise be hashed again from each one.
      const p = view.charCodeAt(i - 1);
      if ((p >= 48 && p <= 57) || isLetterUnit(p)) { i++; continue; }
    }
    let h = FNV_OFFSET;
    let j = i;
    for (; j < n; j++) {
      const c = view.charCodeAt(j);
      if (!isLetterUnit(c)) break;
      h = mix(h, c);
    }
    if (j === i) {
      if (t.other.has(view.charCodeAt(i))) return i;
      i++;
      continue;
    }
    const s = slot(h);
    if (t.single[s] === 1) return i;
    if (t.pairFirst[s] === 1 && view.charCodeAt(j) === SPACE && j + 1 < n && isLetterUnit(view.charCodeAt(j + 1))) {
      h = mix(h, SPACE);
      for (let k = j + 1; k < n; k++) {
        const c = view.charCodeAt(k);
        if (!isLetterUnit(c)) break;
        h = mix(h, c);
      }
      if (t.pair[slot(h)] === 1) return i;
    }
    // No term starts inside this word, nor at the non-letter that ends it.
    i = j + 1;
  }
  return -1;
}
