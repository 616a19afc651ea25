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

export interface Flags { negated: boolean; scopeLimited: boolean; unverified: boolean; cue?: string }

type Hit = { start: number; end: number; text: string };

/** The cue phrases of one clause, found once and shared by every finding in it. */
export interface ClauseCues {
  start: number;
  end: number;
  before: Hit[];
  after: Hit[];
  anywhere: Hit[];
  problemAbsent: boolean;
  scope: Hit[];
  unverified: boolean;
  /** Word starts of the clause, for counting words between a cue and a match. */
  wordStarts: number[];
}

/** Any first word of any cue: a clause without one needs no further look. Derived from the data. */
const CUE_HINT = wordRe([...new Set([
  ...cues.negation.before, ...cues.negation.after, ...cues.negation.anywhere, ...cues.scopeLimited, ...cues.unverified,
].map((c) => c.split(' ')[0]!))]);

export function clauseCues(text: string, cStart: number, cEnd: number): ClauseCues {
  const s = text.slice(cStart, cEnd);
  const empty: ClauseCues = { start: cStart, end: cEnd, before: [], after: [], anywhere: [], problemAbsent: false, scope: [], unverified: false, wordStarts: [] };
  CUE_HINT.lastIndex = 0;
  if (!CUE_HINT.test(s)) return empty; // most clauses carry no cue at all
  const masked = maskedSpans(s);
  const wordStarts: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) wordStarts.push(m.index);
  return {
    start: cStart, end: cEnd,
    before: hits(BEFORE, s, masked),
    after: hits(AFTER, s, masked),
    anywhere: hits(ANYWHERE, s, masked),
    problemAbsent: hits(PROBLEM_ABSENT, s, masked).length > 0,
    scope: hits(SCOPE, s, masked),
    unverified: hits(UNVERIFIED, s, masked).length > 0,
    wordStarts,
  };
}

/** Words starting in [a, b) of the clause. */
function wordsIn(c: ClauseCues, a: number, b: number): number {
  if (b <= a) return 0;
  let n = 0;
  for (const w of c.wordStarts) { if (w >= b) break; if (w >= a) n++; }
  return n;
}

/**
 * Flags of a match at [mStart, mEnd) (offsets into the text) read in its clause.
 * `problem`: the concept names a harm (CRSV, SEA, GBV), where "no evidence of" is not a gap.
 */
export function flagsIn(c: ClauseCues, mStart: number, mEnd: number, problem: boolean): Flags {
  const ms = mStart - c.start;
  const me = mEnd - c.start;
  let negated = false;
  let cue: string | undefined;
  // A cue before the match, close enough to govern it: "no CRSV focal point", "none of the terms … gender".
  for (const h of c.before) {
    if (h.end <= ms && wordsIn(c, h.end, ms) <= cues.negation.beforeReach) { negated = true; cue = h.text; }
  }
  // A negated predicate after the match: "… advisers have not yet been deployed", "is not addressed".
  if (!negated) {
    for (const h of c.after) {
      if (h.start >= me && wordsIn(c, me, h.start) <= cues.negation.afterReach) { negated = true; cue = h.text; break; }
    }
  }
  // Clause-level absence wherever it stands: "There are no …", "Far from all …".
  if (!negated && c.anywhere[0]) { negated = true; cue = c.anywhere[0].text; }
  if (negated && problem && c.problemAbsent) negated = false;
  const scopeLimited = c.scope.some((h) => h.end <= ms + 1 || wordsIn(c, me, h.start) <= 3);
  return { negated, scopeLimited, unverified: c.unverified, cue };
}

/** Flags of one match read in the clause [cStart, cEnd); convenience for single use. */
export function flagsFor(text: string, cStart: number, cEnd: number, mStart: number, mEnd: number, problem: boolean): Flags {
  return flagsIn(clauseCues(text, cStart, cEnd), mStart, mEnd, problem);
}

/** A stock pairing is substantive when its clause names a means ("through Women Protection Advisers"). */
export function hasMeans(text: string, cStart: number, cEnd: number): boolean {
  MEANS.lastIndex = 0;
  return MEANS.test(text.slice(cStart, cEnd));
}
