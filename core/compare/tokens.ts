// One pass over a paragraph's characters gives everything the comparison reads from its words, as
// numbers: each word's hash (lower case, accents folded), its stem's hash, whether it is a function
// word or a number, and where it starts. No substrings, no per-word regex: a mandate's 150 paragraphs
// cost a few milliseconds.

/** Latin letters with accents (U+00C0–U+024F) folded to plain ones ("é" → "e", "œ" → "oe"); "" = not a letter. */
const FOLD: string[] = [];
for (let c = 0xc0; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c);
  const special: Record<string, string> = { 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ı': 'i' };
  const f = special[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  FOLD[c - 0xc0] = /^[a-z]{1,2}$/.test(f) ? f : c === 0xd7 || c === 0xf7 ? '' : ch.toLowerCase();
}

const PRIME = 0x01000193;
const SEED = 0x811c9dc5 | 0;
/** Characters of a stem: "protection", "protecting", "protect" share "protec". */
const STEM = 6;

export const WORD = 0, STOP = 1, NUMBER = 2, SYMBOL = 3;

export interface Tokens {
  n: number;
  /** Hash of the whole word (folded). */
  full: Int32Array;
  /** Hash of the stem: plural s dropped, first six letters. */
  stem: Int32Array;
  /** WORD, STOP (function word), NUMBER (digits only), SYMBOL ("%"). */
  kind: Uint8Array;
}

/** Per code unit below U+0250: 0 not a letter, else the (lower-case, folded) letters it stands for, via FOLD. */
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  CLASS[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : c >= 65 && c <= 90 ? 2 : c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? 3 : 0;
}

/** Is the code unit part of a word (letters and digits of any script; marks inside words are skipped)? */
function letter(c: number): boolean {
  if (c < 0x250) return CLASS[c] !== 0;
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks: skipped, but do not break the word
  return c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff && !(c >= 0xff00 && c <= 0xff20);
}

let stopHashes: Set<number> = new Set();

/** The function words left out of signatures (set once, from data). */
export function setStopwords(words: readonly string[]): void {
  stopHashes = new Set(words.map((w) => hashWord(w)));
}

/** The hash tokenize() gives a single word. */
export function hashWord(w: string): number {
  const t = tokenize(w, 0, w.length, true);
  return t.n ? t.full[0]! : 0;
}

const PERCENT = hashWord0('%') & 0x3fffffff;
/** Hashes are kept to 30 bits: small integers stay unboxed in V8's sets and maps (no allocation, fast lookups). */
const SMI = 0x3fffffff;
let scratch = { full: new Int32Array(1024), stem: new Int32Array(1024), kind: new Uint8Array(1024) };

/** The words of text[from, to). `raw`: no stopword marking (used to hash the stopwords themselves). */
export function tokenize(text: string, from = 0, to = text.length, raw = false): Tokens {
  // At most one word per code unit ("%%%" is three); scratch buffers reused from call to call.
  const cap = Math.max(0, to - from) + 1;
  if (scratch.full.length < cap) scratch = { full: new Int32Array(cap * 2), stem: new Int32Array(cap * 2), kind: new Uint8Array(cap * 2) };
  const { full, stem, kind: kinds } = scratch;
  let n = 0;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c === 37) { full[n] = stem[n] = PERCENT; kinds[n++] = SYMBOL; i++; continue; }
    if (!letter(c)) { i++; continue; }
    let h = SEED, len = 0, digits = true, last = 0, beforeLast = 0, h6 = SEED, h5 = SEED, h4 = SEED, h3 = SEED;
    for (; i < to; i++) {
      c = text.charCodeAt(i);
      let a: number, b = -1;
      if (c < 0x250) {
        const k = CLASS[c]!;
        if (k === 0) break;
        if (k === 1) a = c;
        else if (k === 2) a = c + 32;
        else { const f = FOLD[c - 0xc0]!; a = f.charCodeAt(0); if (f.length > 1) b = f.charCodeAt(1); }
      } else if (c >= 0x300 && c <= 0x36f) continue;
      else if (letter(c)) a = c;
      else break;
      h = Math.imul(h ^ a, PRIME); len++;
      if (len === 3) h3 = h; else if (len === 4) h4 = h; else if (len === 5) h5 = h; else if (len === 6) h6 = h;
      beforeLast = last; last = a; if (a < 48 || a > 57) digits = false;
      if (b >= 0) {
        h = Math.imul(h ^ b, PRIME); len++;
        if (len === 3) h3 = h; else if (len === 4) h4 = h; else if (len === 5) h5 = h; else if (len === 6) h6 = h;
        beforeLast = last; last = b; digits = false;
      }
    }
    if (len === 0) continue;
    const plural = len > 3 && last === 115 && beforeLast !== 115;
    const stemLen = Math.min(STEM, plural ? len - 1 : len);
    // Words of one or two letters are their own stem (and never plural: len > 3).
    full[n] = h & SMI;
    stem[n] = (stemLen === len ? h : stemLen === 6 ? h6 : stemLen === 5 ? h5 : stemLen === 4 ? h4 : h3) & SMI;
    kinds[n++] = digits ? NUMBER : !raw && stopHashes.has(h & SMI) ? STOP : WORD;
  }
  // Copies: the scratch buffers are overwritten by the next call.
  return { n, full: full.slice(0, n), stem: stem.slice(0, n), kind: kinds.slice(0, n) };
}

function hashWord0(s: string): number {
  let h = SEED;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME);
  return h | 0;
}

/** Hash of a sequence of word hashes (order matters). */
export function mix(h: number, x: number): number {
  return (Math.imul(h ^ x, PRIME) ^ (x >>> 7)) & 0x3fffffff;
}
export const MIX_SEED = SEED;
