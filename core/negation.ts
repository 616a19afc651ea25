// How a finding is said, beyond its verb: the sentence states an absence (negated), limits the
// scope ("only"), reports hearsay (unverified). Rules from the taxonomy §4.1 in data/cues.json.
import cues from './data/cues.json' with { type: 'json' };
import { escapeRegExp } from './text.ts';

const alt = (list: string[]) =>
  [...list].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '[\\s\\u00A0]+')).join('|');
const wordRe = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(list)})(?![\\p{L}\\p{N}])`, 'giu');

const BEFORE = wordRe(cues.negation.before);
const AFTER = wordRe(cues.negation.after);
const ANYWHERE = wordRe(cues.negation.anywhere);
const NOT_NEGATION = wordRe(cues.negation.notNegation);
const PROBLEM_ABSENT = wordRe(cues.negation.problemAbsent);
const SCOPE = wordRe(cues.scopeLimited);
const UNVERIFIED = wordRe(cues.unverified);
const MEANS = wordRe(cues.boilerplateMeans);
/** Concepts that name a harm: "no evidence of sexual abuse" is not a gap. */
export const PROBLEM_CONCEPTS = new Set(cues.negation.problemConcepts);

/** Spans of phrases that look negative but are not ("not only", "no later than", "without delay"). */
function maskedSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  NOT_NEGATION.lastIndex = 0;
  for (let m = NOT_NEGATION.exec(s); m; m = NOT_NEGATION.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function hits(re: RegExp, s: string, masked: [number, number][]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const a = m.index;
    if (masked.some(([x, y]) => a >= x && a < y)) continue;
    out.push({ start: a, end: a + m[0].length, text: m[0] });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;
function wordsBetween(s: string, a: number, b: number): number {
  if (b <= a) return 0;
  return (s.slice(a, b).match(WORD) ?? []).length;
}

export interface Flags { negated: boolean; scopeLimited: boolean; unverified: boolean; cue?: string }

/**
 * Flags of a match at [mStart, mEnd) read in its clause [cStart, cEnd) (offsets into text).
 * `problem`: the concept names a harm (CRSV, SEA, GBV), where "no evidence of" is not a gap.
 */
export function flagsFor(text: string, cStart: number, cEnd: number, mStart: number, mEnd: number, problem: boolean): Flags {
  const s = text.slice(cStart, cEnd);
  const ms = mStart - cStart;
  const me = mEnd - cStart;
  const masked = maskedSpans(s);
  let negated = false;
  let cue: string | undefined;
  // A cue before the match, close enough to govern it: "no CRSV focal point", "none of the terms … gender".
  for (const h of hits(BEFORE, s, masked)) {
    if (h.end <= ms && wordsBetween(s, h.end, ms) <= cues.negation.beforeReach) { negated = true; cue = h.text; }
  }
  // A negated predicate after the match: "… advisers have not yet been deployed", "is not addressed".
  if (!negated) {
    for (const h of hits(AFTER, s, masked)) {
      if (h.start >= me && wordsBetween(s, me, h.start) <= cues.negation.afterReach) { negated = true; cue = h.text; break; }
    }
  }
  // Clause-level absence wherever it stands: "There are no …", "Far from all …", "vacant".
  if (!negated) {
    const h = hits(ANYWHERE, s, masked)[0];
    if (h) { negated = true; cue = h.text; }
  }
  if (negated && problem && hits(PROBLEM_ABSENT, s, masked).length) negated = false;
  const scopeLimited = hits(SCOPE, s, masked).some((h) => h.end <= ms + 1 || wordsBetween(s, me, h.start) <= 3);
  const unverified = hits(UNVERIFIED, s, masked).length > 0;
  return { negated, scopeLimited, unverified, cue };
}

/** A stock pairing is substantive when its clause names a means ("through Women Protection Advisers"). */
export function hasMeans(text: string, cStart: number, cEnd: number): boolean {
  MEANS.lastIndex = 0;
  return MEANS.test(text.slice(cStart, cEnd));
}
