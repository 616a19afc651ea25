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
  full: number[];
  /** Hash of the stem: plural s dropped, first six letters. */
  stem: number[];
  /** Offset of the word in the text given. */
  start: number[];
  /** WORD, STOP (function word), NUMBER (digits only), SYMBOL ("%"). */
  kind: number[];
}

/** Is the code unit part of a word (letters and digits of any script; marks inside words are skipped)? */
function letter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
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

/** The words of text[from, to). `raw`: no stopword marking (used to hash the stopwords themselves). */
export function tokenize(text: string, from = 0, to = text.length, raw = false): Tokens {
  const out: Tokens = { n: 0, full: [], stem: [], start: [], kind: [] };
  const prefix = new Int32Array(STEM + 1);
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c === 37) { push(out, hashWord0('%'), hashWord0('%'), i, SYMBOL); i++; continue; }
    if (!letter(c)) { i++; continue; }
    const start = i;
    let h = SEED, len = 0, digits = true, last = 0, beforeLast = 0;
    prefix[0] = h;
    for (; i < to; i++) {
      c = text.charCodeAt(i);
      if (!letter(c)) break;
      let a: number, b = -1;
      if (c < 0x80) a = c >= 65 && c <= 90 ? c + 32 : c;
      else if (c <= 0x24f) { const f = FOLD[c - 0xc0]!; a = f.charCodeAt(0); if (f.length > 1) b = f.charCodeAt(1); }
      else if (c >= 0x300 && c <= 0x36f) continue;
      else a = c;
      h = Math.imul(h ^ a, PRIME); len++; if (len <= STEM) prefix[len] = h;
      beforeLast = last; last = a; if (a < 48 || a > 57) digits = false;
      if (b >= 0) {
        h = Math.imul(h ^ b, PRIME); len++; if (len <= STEM) prefix[len] = h;
        beforeLast = last; last = b; digits = false;
      }
    }
    if (len === 0) continue;
    const plural = len > 3 && last === 115 && beforeLast !== 115;
    const stemLen = Math.min(STEM, plural ? len - 1 : len);
    const kind = digits ? NUMBER : !raw && stopHashes.has(h | 0) ? STOP : WORD;
    push(out, h | 0, prefix[stemLen]! | 0, start, kind);
  }
  return out;
}

function hashWord0(s: string): number {
  let h = SEED;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME);
  return h | 0;
}

function push(t: Tokens, full: number, stem: number, start: number, kind: number): void {
  t.full.push(full); t.stem.push(stem); t.start.push(start); t.kind.push(kind); t.n++;
}

/** Hash of a sequence of word hashes (order matters). */
export function mix(h: number, x: number): number {
  return Math.imul(h ^ x, PRIME) ^ (x >>> 7);
}
export const MIX_SEED = SEED;
