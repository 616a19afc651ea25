// Many phrases → one regular expression shaped like a trie, so V8 walks shared prefixes once.
// Units: a character, SEP (any run of spaces/hyphens between words) or APOS (any apostrophe).
import { AFTER_WORD, APOS_CLASS, BEFORE_WORD, SEP, escapeRegExp, normKey } from '../text/text.ts';

const SEP_UNIT = ' ';
const APOS_UNIT = "'";

function unitSource(u: string, plain: boolean | string): string {
  if (u === SEP_UNIT) return typeof plain === 'string' ? plain : plain ? ' +' : SEP;
  if (u === APOS_UNIT) return plain === true ? "'" : APOS_CLASS;
  return escapeRegExp(u);
}

/** The character (code point) of s at i, as a string. */
function unitAt(s: string, i: number): string {
  const c = s.codePointAt(i)!;
  return c > 0xffff ? s.slice(i, i + 2) : s[i]!;
}

/**
 * The pattern for keys[lo, hi), which share their first `depth` code units. The keys are sorted, so
 * those that continue with the same character are neighbours: no trie is built in memory (a node
 * object per character of ~30,000 forms made compiling the lexicon slow and memory-hungry).
 */
function emit(keys: readonly string[], lo: number, hi: number, depth: number, plain: boolean | string): string {
  let end = false;
  if (lo < hi && keys[lo]!.length === depth) { end = true; lo++; } // a key that ends here sorts first
  const alts: string[] = [];
  // Longer continuations first is not needed for correctness (the optional group is greedy),
  // but single-character alternatives are grouped into a class to keep the pattern small.
  const singles: string[] = [];
  for (let i = lo; i < hi; ) {
    const u = unitAt(keys[i]!, depth);
    let j = i + 1;
    while (j < hi && keys[j]!.startsWith(u, depth)) j++;
    const rest = emit(keys, i, j, depth + u.length, plain);
    if (rest === '' && u !== SEP_UNIT && u !== APOS_UNIT && u.length === 1) singles.push(escapeRegExp(u));
    else alts.push(unitSource(u, plain) + rest);
    i = j;
  }
  if (singles.length === 1) alts.push(singles[0]!);
  else if (singles.length > 1) alts.push(`[${singles.join('').replace(/-/g, '\\-')}]`);
  if (alts.length === 0) return '';
  let body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  if (end) body = alts.length === 1 && isAtom(body) ? `${body}?` : `(?:${body})?`;
  return body;
}

/** One code unit, an escape or a class: a "?" after it applies to all of it (an astral character is two units). */
function isAtom(src: string): boolean {
  return /^(?:\\.|[^\\()[\]|?*+{}]|\[[^\]]*\])$/.test(src);
}

/**
 * Regex source matching any of the phrases (compare case-insensitively), or null when there are none.
 * Units: a character, a space (any run of spaces/hyphens between words) or an apostrophe (any apostrophe).
 * `plain`: words are separated by spaces and apostrophes are straight — for a text view flattened that
 * way (flat.ts); the pattern is then a fraction of the size and compiles ~30× faster.
 * A string instead: the pattern that separates words (apostrophes any).
 */
export function trieSource(phrases: Iterable<string>, plain: boolean | string = false): string | null {
  const keys = new Set<string>();
  for (const p of phrases) {
    const key = normKey(p);
    if (key) keys.add(key);
  }
  if (keys.size === 0) return null;
  // Sorted by code units: a key sorts before the keys it is a prefix of, and shared prefixes are adjacent.
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return emit(sorted, 0, sorted.length, 0, plain);
}

/** Whole-word regex of the phrases (Unicode boundaries), or undefined when there are none. */
export function phraseRegex(phrases: Iterable<string>, flags = 'giu'): RegExp | undefined {
  const src = trieSource(phrases);
  return src ? new RegExp(`${BEFORE_WORD}(?:${src})${AFTER_WORD}`, flags) : undefined;
}
