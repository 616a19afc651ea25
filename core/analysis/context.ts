// Context rules of the lexicon: a generic term ("protection", "training", « formation ») counts as its
// gender-specific concept only when a word of its context groups (@women, @sexual…) is near it.
// `within: "sentence"` / `"clause"`: anywhere in the same sentence or clause. `within: "phrase"`: the
// word must belong to the term's own phrase or govern it, read on the flat view's words with no parse:
//   - inside the match itself: "protection of women", "gender training";
//   - after the term, in a complement opened by a linking word (of, for, to, on, against, de, des, sur,
//     contre…): "protection for displaced women", "training on gender", « formation sur le genre »,
//     "prevention and response to sexual violence" (a coordinated head shares the complement);
//   - before the term, as a modifier or possessive: "gender-sensitive training", "CRSV training",
//     "women mediators", "women's protection", "women's participation and protection", or as the head
//     the term complements: "women in conflict prevention", « les femmes participent aux processus de paix ».
// Between the two only linking words, determiners, numbers and a few other words may stand, within a
// bounded window and with no punctuation: a comma, a verb ("is", "were", « est ») or a relative
// pronoun ends the phrase. The word lists are data (lexicon groups "phrase-*").
import type { PhraseHit, PhraseSet, Source } from '../match/phrases.ts';
import { firstWordFrom, wordsOf, type WordIndex } from '../text/words.ts';

/** The word classes of the phrase rule, lower case (lexicon groups phrase-links, phrase-fillers…). */
export interface PhraseGrammar {
  /** Prepositions and the like that open a complement: of, for, to, de, des, sur, contre… */
  links: ReadonlySet<string>;
  /** Determiners and other words a noun group may hold anywhere after a link: the, all, les, leurs… */
  fillers: ReadonlySet<string>;
  /** Coordinating words: and, or, et, ou. */
  joins: ReadonlySet<string>;
  /** Second halves of compound modifiers that glue to the word before: sensitive, based, related… */
  modifiers: ReadonlySet<string>;
  /** Words that end a phrase: verbs of being and having, modals, relative pronouns, subordinators. */
  stops: ReadonlySet<string>;
  /** Words that end a phrase in French text only: "a" is the verb there, a determiner in English. */
  stopsFr: ReadonlySet<string>;
}

/** Words between the term and a group word after it, at most (determiners not counted). */
export const MAX_AFTER = 8;
/** Words between a group word and the term after it, at most (determiners not counted). */
export const MAX_BEFORE = 4;
/** Other words (not links, fillers, joins or modifiers) in the window after the term, at most. */
export const MAX_FREE = 3;
/** Of which directly after the term, before its complement opens ("protection needs of women"). */
export const MAX_HEAD_FREE = 2;

export interface ContextRule {
  requires?: PhraseSet;
  /** "complement" (instead rules only): the phrase rule without its modifiers before the term. */
  within: 'sentence' | 'clause' | 'phrase' | 'complement';
}

interface Span { start: number; end: number }

/** Another reading of a match: `concept` when a word of `when` stands in the sentence (clause, phrase) and none of `unless`. */
export interface Instead {
  concept: string;
  when: PhraseSet;
  unless?: PhraseSet;
  within: 'sentence' | 'clause' | 'complement';
}

/**
 * Has the match starting at `start` already given a finding of `concept`? Two concepts of one match may
 * fall back to the same generic one. Findings are pushed in text order, so only the last few are read.
 */
export function foundAt(findings: readonly { start: number; concept: string }[], start: number, concept: string): boolean {
  for (let i = findings.length - 1; i >= 0 && findings[i]!.start === start; i--) if (findings[i]!.concept === concept) return true;
  return false;
}

/**
 * Decides context rules for the matches of one analysis, in text order. The group words of a sentence
 * are found once per context set and sentence (many concepts share a set), and only for sentences
 * that hold a match whose concept has a rule.
 */
export class ContextCheck {
  private spanKey = -1;
  private readonly seen = new Map<PhraseSet, boolean>();
  private sentStart = -1;
  private readonly hits = new Map<PhraseSet, PhraseHit[]>();

  constructor(private readonly src: Source, private readonly grammar: PhraseGrammar) {}

  /** Does the concept's context rule hold for the match, in text of language `lang`? (True when it has none.) */
  holds(rule: ContextRule, m: Span, sent: Span, clause: Span, lang = 'en'): boolean {
    const set = rule.requires;
    if (!set) return true;
    // Without a flat view (a text whose length changes when lower-cased) there are no words to walk:
    // the phrase rule is read as a clause rule there.
    if ((rule.within === 'phrase' || rule.within === 'complement') && this.src.flat) return this.inPhrase(set, m, sent, lang === 'fr', rule.within === 'complement');
    const span = rule.within === 'sentence' ? sent : clause;
    const key = span.start * 2 + (rule.within === 'sentence' ? 0 : 1);
    if (key !== this.spanKey) { this.seen.clear(); this.spanKey = key; }
    let ok = this.seen.get(set);
    // The match itself counts: "gender mainstreaming" names gender.
    if (ok === undefined) { ok = set.test(this.src, span.start, span.end); this.seen.set(set, ok); }
    return ok;
  }

  /**
   * The concept the match reads as instead, if one of the rules applies (the first that does): "female
   * soldiers of the national army" are not the mission's. The match itself counts as a word of the span.
   */
  instead(rules: readonly Instead[], m: Span, sent: Span, clause: Span, lang = 'en'): string | undefined {
    for (const r of rules) {
      if (!this.holds({ requires: r.when, within: r.within }, m, sent, clause, lang)) continue;
      if (r.unless && this.holds({ requires: r.unless, within: r.within }, m, sent, clause, lang)) continue;
      return r.concept;
    }
    return undefined;
  }

  private inPhrase(set: PhraseSet, m: Span, sent: Span, french: boolean, afterOnly = false): boolean {
    if (sent.start !== this.sentStart) { this.hits.clear(); this.sentStart = sent.start; }
    let hits = this.hits.get(set);
    if (!hits) { hits = set.find(this.src, sent.start, sent.end); this.hits.set(set, hits); }
    if (hits.length === 0) return false;
    // The nearest group word on each side of the match (hits are in order and do not overlap).
    let before: PhraseHit | undefined;
    let after: PhraseHit | undefined;
    for (const h of hits) {
      if (h.end <= m.start) before = h;
      else if (h.start >= m.end) { after = h; break; }
      else return true; // inside the match, or overlapping it
    }
    const flat = this.src.flat!;
    const idx = wordsOf(flat);
    const g = french ? this.french() : this.grammar;
    return (after !== undefined && governsAfter(flat.view, idx, g, m.end, after.start))
      || (!afterOnly && before !== undefined && governsBefore(flat.view, idx, g, before, m.start));
  }

  private frenchGrammar?: PhraseGrammar;

  /** The grammar for French text: its own stops join the common ones. */
  private french(): PhraseGrammar {
    return (this.frenchGrammar ??= { ...this.grammar, stops: new Set([...this.grammar.stops, ...this.grammar.stopsFr]) });
  }
}

/**
 * The words of view[from, to), or null when more than `max` of them are not in `uncounted` (determiners
 * do not lengthen a phrase) or something other than spaces, apostrophes and numbers stands between them
 * (punctuation ends a phrase; "12,5 %" and "2.2 per cent" do not).
 */
export function wordsBetween(view: string, idx: WordIndex, from: number, to: number, max: number, uncounted?: ReadonlySet<string>): string[] | null {
  const out: string[] = [];
  let pos = from;
  let counted = 0;
  for (let w = firstWordFrom(idx, from); w < idx.n && idx.start[w]! < to; w++) {
    if (idx.end[w]! > to) return null;
    if (!cleanGap(view, pos, idx.start[w]!)) return null;
    const word = view.slice(idx.start[w]!, idx.end[w]!);
    if (!uncounted?.has(word) && ++counted > max) return null;
    out.push(word);
    pos = idx.end[w]!;
  }
  return cleanGap(view, pos, to) ? out : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Only spaces, apostrophes, digits, "%", and "," or "." inside a number between from and to. */
function cleanGap(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    if (c === 32 || c === 39 || c === 37 || isDigit(c)) continue;
    if ((c === 44 || c === 46) && i > from && i + 1 < to && isDigit(view.charCodeAt(i - 1)) && isDigit(view.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

/**
 * Is a group word starting at `to` in a complement of the term ending at `from`? The term may take a
 * compound noun or two ("protection needs of women") and a coordinated head ("prevention and response to
 * sexual violence") before a link opens its complement; the complement may chain links ("training of
 * police officers on gender") and coordinate ("of civilians and women", « de police et de gendarmerie »,
 * "on prevention and response to CRSV"), with one word at most after its "and". A determiner straight after
 * the head means its verb took an object ("adopted the law on…"): not a complement.
 */
export function governsAfter(view: string, idx: WordIndex, g: PhraseGrammar, from: number, to: number): boolean {
  const words = wordsBetween(view, idx, from, to, MAX_AFTER, g.fillers);
  if (!words) return false;
  let mode: 'head' | 'conj' | 'comp' | 'and' = 'head';
  let linked = false;
  let content = false; // the complement has a word of its own
  let free = 0;
  let headFree = 0;
  let andFree = 0;
  for (const w of words) {
    if (g.stops.has(w)) return false;
    if (g.links.has(w)) {
      mode = 'comp';
      linked = true;
      content = false;
      continue;
    }
    if (g.joins.has(w)) {
      if (mode === 'head' || mode === 'conj') mode = 'conj';
      else if (mode === 'comp' && content) { mode = 'and'; andFree = 0; }
      continue;
    }
    if (g.modifiers.has(w)) continue;
    if (g.fillers.has(w)) {
      if (mode === 'head') return false;
      continue;
    }
    if (++free > MAX_FREE) return false;
    if (mode === 'head' && ++headFree > MAX_HEAD_FREE) return false;
    if (mode === 'comp') content = true;
    if (mode === 'and' && ++andFree > 1) return false;
  }
  return linked;
}

/**
 * Does the group word `hit`, before the term starting at `to`, modify or govern it? Adjacent ("gender
 * training", "female survivors"), as a compound modifier ("gender-sensitive training", "sexual violence
 * prevention": one word between), as a possessive over a short head or a coordination ("women's economic
 * empowerment", "women's participation and protection"), or as the head the term complements, with at most
 * one word before the link and two after it ("women in conflict prevention", "women's participation in
 * peace processes", "a module on CRSV in the police training programme").
 */
export function governsBefore(view: string, idx: WordIndex, g: PhraseGrammar, hit: PhraseHit, to: number): boolean {
  let from = hit.end;
  let possessive = hit.key.endsWith("'s") || hit.key.endsWith("s'");
  // "women" followed by "'s": the possessive ending is part of the group word.
  if (!possessive && view.charCodeAt(from) === 39 && view.charCodeAt(from + 1) === 115 && !/\p{L}/u.test(view[from + 2] ?? '')) {
    possessive = true;
    from += 2;
  }
  const words = wordsBetween(view, idx, from, to, MAX_BEFORE, g.fillers);
  if (!words) return false;
  let started = false; // a word other than a compound modifier's second half has been read
  let linked = false;
  let joined = false;
  let free = 0;
  let freeAfterLink = 0;
  for (const w of words) {
    if (g.stops.has(w)) return false;
    if (g.modifiers.has(w) && !started) continue;
    started = true;
    if (g.links.has(w)) {
      if (joined) return false; // "CRSV and to hold perpetrators accountable": the group word's phrase has ended
      linked = true;
      freeAfterLink = 0;
      continue;
    }
    if (g.joins.has(w)) {
      // A possessive spreads over a coordination ("women's participation and protection"); any other group
      // word only when it is itself coordinated with a second modifier ("GBV and SEA survivors").
      if (linked || (!possessive && free > 0)) return false;
      joined = true;
      continue;
    }
    if (g.fillers.has(w)) {
      if (!linked && !joined) return false;
      continue;
    }
    if (g.modifiers.has(w)) continue;
    free++;
    if (linked) { if (++freeAfterLink > 2) return false; }
    else if (free > (possessive ? 2 : 1)) return false;
  }
  return true;
}
