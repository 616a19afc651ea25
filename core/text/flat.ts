// The flattened view of a text that every phrase search reads: lower case, every separator (spaces,
// line breaks, hyphens, dashes, soft hyphens) a plain space, every apostrophe straight. Each character
// is replaced by one character, so the view has the text's length and an offset in the view is the
// same offset in the text. Built once per analysis; patterns then need no character classes and no
// Unicode flag (a run of separators is " +"), which makes them several times faster in V8.
import type { WordIndex } from './words.ts';

const OTHER_SEP = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u00AD\u2010-\u2013-]/g;
const OTHER_APOS = /[\u2019\u2018\u02BC\u0060\u00B4]/g;

export interface FlatText {
  /** The text lower-cased (same length as the text: see `flatten`). */
  lower: string;
  /** The flattened view (same length as the text). */
  view: string;
  /** The view's words (words.ts wordsOf), built on first need. */
  words?: WordIndex;
}

/**
 * Lower case of the same length: a character whose lower case is longer ("İ" → "i̇") becomes its
 * lower case's first character ("i") where that is one code unit like it, else stays as it is.
 */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : l.length > 0 && ch.length === 1 && l.charCodeAt(0) < 0xd800 ? l[0] : ch;
  }
  return out;
}

/**
 * The flat view of s. Always of the text's length, also when lower-casing would change it ("İ"), so
 * a text with one such character is read like any other (before, it fell back to slower patterns
 * that read soft hyphens inside terms differently).
 */
export function flatten(s: string): FlatText | null {
  const lower = lowerSameLength(s);
  let view = lower.replace(OTHER_SEP, ' ');
  OTHER_APOS.lastIndex = 0;
  if (OTHER_APOS.test(view)) view = view.replace(OTHER_APOS, "'");
  return { lower, view };
}
