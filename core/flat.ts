// The flattened view of a text that every phrase search reads: lower case, every run of separators
// (spaces, line breaks, hyphens, dashes, soft hyphens) as one space, every apostrophe straight. Built
// once per analysis; patterns then need no character classes and no Unicode flag, which makes them
// several times faster in V8. Offsets map both ways, so results stay exact in the original text.

// Separators other than the plain space, and apostrophes other than the straight one: mapped one
// character for one, so only the shortening of runs moves offsets.
import { lastAtOrBefore } from './bisect.ts';
import type { WordIndex } from './words.ts';

const OTHER_SEP = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u00AD\u2010-\u2013-]/g;
const OTHER_APOS = /[\u2019\u2018\u02BC\u0060\u00B4]/g;
const SPACE_RUN = / {2,}/g;

export interface FlatText {
  /** The text lower-cased (same length as the text: see `flatten`). */
  lower: string;
  /** The flattened view. */
  view: string;
  /** Offset in the text of view[i]. */
  toText(i: number): number;
  /** Offset in the view of text[i]; inside a shortened run, the position after the run's space. */
  toView(i: number): number;
  /** The view's words (words.ts wordsOf), built on first need. */
  words?: WordIndex;
}

/**
 * The flat view of s, or null when lower-casing changes the text's length ("İ"): callers then read
 * the text itself with their Unicode patterns.
 */
export function flatten(s: string): FlatText | null {
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return null;
  let view = lower.replace(OTHER_SEP, ' ');
  OTHER_APOS.lastIndex = 0;
  if (OTHER_APOS.test(view)) view = view.replace(OTHER_APOS, "'");
  if (!view.includes('  ')) return { lower, view, toText: same, toView: same };
  // Shorten each run to its first space. Per run: where the removed part starts and ends in the
  // text, and how many characters were removed up to its end.
  const cutFrom: number[] = [];
  const cutTo: number[] = [];
  const removed: number[] = [];
  const parts: string[] = [];
  let last = 0;
  let total = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(view); m; m = SPACE_RUN.exec(view)) {
    parts.push(view.slice(last, m.index + 1));
    total += m[0].length - 1;
    cutFrom.push(m.index + 1);
    cutTo.push(m.index + m[0].length);
    removed.push(total);
    last = m.index + m[0].length;
  }
  parts.push(view.slice(last));
  // View offset where each run's removed part was: cutFrom minus what was removed before it.
  const viewAt = cutFrom.map((c, k) => c - (k > 0 ? removed[k - 1]! : 0));
  return {
    lower,
    view: parts.join(''),
    toText(i: number): number {
      const k = lastAtOrBefore(viewAt, i);
      return k < 0 ? i : i + removed[k]!;
    },
    toView(i: number): number {
      const k = lastAtOrBefore(cutFrom, i);
      if (k < 0) return i;
      return i < cutTo[k]! ? viewAt[k]! : i - removed[k]!;
    },
  };
}

function same(i: number): number {
  return i;
}
