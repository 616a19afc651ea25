// How a finding is said, beyond its verb: the sentence states an absence (negated), limits the
// scope ("only"), reports hearsay (unverified). Rules from the taxonomy §4.1 in data/cues.json.
import cues from './data/cues.json' with { type: 'json' };
import { frUnaccented } from './inflect-fr.ts';
import type { Lang } from './language.ts';
import { flatten } from './flat.ts';
import { PhraseSet, type Source } from './phrases.ts';
import { normKey } from './text.ts';

// Every cue of every list in one regex, so a clause is read once; the longest cue wins at a
// position, and each cue phrase carries the roles it plays. Masks ("not only", "without delay",
// "sans délai") win over the shorter negations they contain. French cues (cues.json "french") are read
// only in French or undetermined text, so English text pays nothing for them; they also match without
// accents.
type Role = 'before' | 'after' | 'anywhere' | 'mask' | 'problemAbsent' | 'scope' | 'unverified';
interface CueLists {
  negation: { before: string[]; after: string[]; anywhere: string[]; notNegation: string[]; problemAbsent: string[] };
  scopeLimited: string[]; unverified: string[]; boilerplateMeans: string[];
}
interface CueSet { roles: Map<string, Set<Role>>; all: PhraseSet; means: PhraseSet }

function cueSet(lists: CueLists[]): CueSet {
  const roles = new Map<string, Set<Role>>();
  const addRole = (list: string[], role: Role) => {
    for (const p of list) {
      for (const k of new Set([normKey(p), normKey(frUnaccented(p))])) {
        const r = roles.get(k) ?? new Set<Role>();
        r.add(role);
        roles.set(k, r);
      }
    }
  };
  for (const l of lists) {
    addRole(l.negation.before, 'before');
    addRole(l.negation.after, 'after');
    addRole(l.negation.anywhere, 'anywhere');
    addRole(l.negation.notNegation, 'mask');
    addRole(l.negation.problemAbsent, 'problemAbsent');
    addRole(l.scopeLimited, 'scope');
    addRole(l.unverified, 'unverified');
  }
  // A negated auxiliary ("have not", "is not", "n'a pas") negates what follows it and what precedes it.
  for (const [k, r] of roles) if (r.has('before') && /\b(?:not|never|cannot)\b|(?:^|\s)pas$/.test(k)) r.add('after');
  // "no evidence of …" is still an absence for concepts that are not harms.
  for (const [k, r] of roles) if (r.has('problemAbsent') && /^(?:no|aucun|aucune|pas)\s/.test(k)) r.add('before');
  const means = lists.flatMap((l) => l.boilerplateMeans.flatMap((p) => [p, frUnaccented(p)]));
  return { roles, all: new PhraseSet(roles.keys()), means: new PhraseSet(means) };
}

let enCues: CueSet | undefined;
let allCues: CueSet | undefined;
/** The cues read in text of a language: English only for English text, English and French otherwise. */
function cuesFor(lang: Lang | undefined): CueSet {
  if (lang === 'en') return (enCues ??= cueSet([cues]));
  return (allCues ??= cueSet([cues, cues.french]));
}
/** Concepts that name a harm: "no evidence of sexual abuse" is not a gap. */
export const PROBLEM_CONCEPTS = new Set(cues.negation.problemConcepts);

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

export function clauseCues(src: Source, cStart: number, cEnd: number, lang?: Lang): ClauseCues {
  const { all, roles } = cuesFor(lang);
  const c: ClauseCues = { start: cStart, end: cEnd, before: [], after: [], anywhere: [], problemAbsent: false, scope: [], unverified: false, wordStarts: [] };
  for (const m of all.find(src, cStart, cEnd)) {
    const r = roles.get(m.key);
    if (!r || r.has('mask')) continue;
    const h = { start: m.start - cStart, end: m.end - cStart, text: src.text.slice(m.start, m.end) };
    if (r.has('before')) c.before.push(h);
    if (r.has('after')) c.after.push(h);
    if (r.has('anywhere')) c.anywhere.push(h);
    if (r.has('scope')) c.scope.push(h);
    if (r.has('problemAbsent')) c.problemAbsent = true;
    if (r.has('unverified')) c.unverified = true;
  }
  if (c.before.length + c.after.length + c.scope.length > 0) {
    const s = src.text.slice(cStart, cEnd);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) c.wordStarts.push(m.index);
  }
  return c;
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
export function flagsFor(text: string, cStart: number, cEnd: number, mStart: number, mEnd: number, problem: boolean, lang?: Lang): Flags {
  return flagsIn(clauseCues({ text, flat: flatten(text) }, cStart, cEnd, lang), mStart, mEnd, problem);
}

/** A stock pairing is substantive when its clause names a means ("through Women Protection Advisers"). */
export function hasMeans(src: Source, cStart: number, cEnd: number, lang?: Lang): boolean {
  return cuesFor(lang).means.test(src, cStart, cEnd);
}
