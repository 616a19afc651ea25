// Text extraction noise the term pattern cannot see through: soft hyphens and zero-width
// characters inside words, words broken over lines ("protec-\ntion"), PDF ligatures ("ﬁeld")
// and decomposed accents ("e\u0301"). Around each such spot we build a cleaned copy of the text
// with a map back to the original, so matches found in the copy keep exact original offsets.
import { LIGATURES } from './text.ts';

/** Anything the cleaned copy would change. */
const NOISE_RE = /[\u00AD\u200B-\u200D\u2060\uFB00-\uFB06\u0300-\u036F]|[-\u2010\u2011][ \t]*\r?\n/g;
const DROPPED = /[\u00AD\u200C\u200D\u2060\uFEFF]/;
const LETTER = /[\p{L}\p{M}]/u;
const COMBINING = /[\u0300-\u036F]/;
const LINE_HYPHEN = /[-\u2010\u2011][ \t]*\r?\n[ \t]*/y;
const WHITESPACE = /\s/;

/** Context kept on each side of a noisy spot: longer than any built-in term. */
const REACH = 200;
/** How far a window edge moves to reach whitespace (a term cannot start mid-word). */
const SNAP = 100;
/** Windows stop growing here (text noisy throughout): the next one overlaps it by REACH, so memory stays bounded. */
const MAX_WINDOW = 64 * 1024;

/** A cleaned copy of text[from, to): view[i] came from text[start[i], end[i]). */
export interface CleanView { from: number; view: string; start: Int32Array; end: Int32Array }

const NOISE_CHAR = /[\u00AD\u200B-\u200D\u2060\uFB00-\uFB06\u0300-\u036F]/;

/**
 * Does the text hold anything the cleaned copy would change? The same test as NOISE_RE, in two quick
 * parts: one character class, then a look back from each line break for a hyphen (NOISE_RE as a whole
 * tries its second branch at every hyphen of the text, and runs several times slower).
 */
export function hasNoise(text: string): boolean {
  if (NOISE_CHAR.test(text)) return true;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    let j = nl - 1;
    if (j >= 0 && text.charCodeAt(j) === 13) j--;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    const c = j >= 0 ? text.charCodeAt(j) : 0;
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** Windows [from, to) around every noisy spot, merged, with edges moved to whitespace. */
export function noiseWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  NOISE_RE.lastIndex = 0;
  for (let m = NOISE_RE.exec(text); m; m = NOISE_RE.exec(text)) {
    let from = Math.max(0, m.index - REACH);
    for (let k = 0; from > 0 && k < SNAP && !WHITESPACE.test(text[from - 1]!); k++) from--;
    let to = Math.min(text.length, m.index + m[0].length + REACH);
    for (let k = 0; to < text.length && k < SNAP && !WHITESPACE.test(text[to]!); k++) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], to);
    else out.push([from, to]); // may overlap the last window: scan() merges duplicate matches
    // Spots up to REACH before the window's end already have their context inside it.
    NOISE_RE.lastIndex = Math.max(NOISE_RE.lastIndex, to - REACH);
  }
  return out;
}

/**
 * The cleaned copy of text[from, to): soft hyphens and zero-width joiners dropped, a zero-width
 * space read as a space, a hyphen + line break between letters dropped, ligatures spelt out,
 * a letter + combining accents composed (NFC) when they make one character.
 */
export function cleanView(text: string, from: number, to: number): CleanView {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, a: number, b: number) => { for (let k = 0; k < s.length; k++) { chars.push(s[k]!); start.push(a); end.push(b); } };
  for (let i = from; i < to; ) {
    const c = text[i]!;
    if (DROPPED.test(c)) { i++; continue; }
    if (c === '\u200B') { push(' ', i, i + 1); i++; continue; }
    if ((c === '-' || c === '\u2010' || c === '\u2011') && i > from && LETTER.test(text[i - 1]!)) {
      LINE_HYPHEN.lastIndex = i;
      const m = LINE_HYPHEN.exec(text);
      if (m && i + m[0].length < to && LETTER.test(text[i + m[0].length]!)) { i += m[0].length; continue; }
    }
    const lig = LIGATURES[c];
    if (lig) { push(lig, i, i + 1); i++; continue; }
    let j = i + 1;
    while (j < to && COMBINING.test(text[j]!)) j++;
    if (j > i + 1) {
      const composed = text.slice(i, j).normalize('NFC');
      if (composed.length === 1) push(composed, i, j);
      else for (let k = i; k < j; k++) push(text[k]!, k, k + 1);
      i = j;
      continue;
    }
    push(c, i, i + 1);
    i++;
  }
  return { from, view: chars.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}
