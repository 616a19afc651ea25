// How a finding is said, beyond its verb: the sentence states an absence (negated), limits the
// scope ("only"), reports hearsay (unverified). Rules from the taxonomy §4.1 in data/cues.json.
//
// A negation cue negates the phrase it governs, not its whole clause. There is no parse: the clause's
// words are classed once (finite verbs, subordinators, commas that open a clause, see cues.json
// "syntax"), and each kind of cue reaches over them in its own way (cues.json "$comment").
import { z } from 'zod';
import cueData from '../data/cues.json' with { type: 'json' };
import { frUnaccented } from '../lexicon/inflect-fr.ts';
import type { Lang } from '../text/language.ts';
import { flatten } from '../text/flat.ts';
import { PhraseSet, type Source } from '../match/phrases.ts';
import { normKey } from '../text/text.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { firstWordFrom, wordsOf as wordIndexOf } from '../text/words.ts';

const Phrases = z.array(z.string().min(1));
const NegationLists = z.object({
  quantifier: Phrases, partitive: Phrases, afterNe: Phrases, nominal: Phrases, verbal: Phrases, subject: Phrases, post: Phrases,
  notNegation: Phrases, degree: Phrases, degreeVerbs: Phrases, negativeVerbs: Phrases, judgements: Phrases, epistemicVerbs: Phrases, subjectStates: Phrases, absenceNouns: Phrases, conditionals: Phrases, delays: Phrases, presentAfter: Phrases, problemAbsent: Phrases, problemNouns: Phrases, problemPursued: Phrases, negators: Phrases, notAfter: Phrases, intensifiers: Phrases.optional(),
});
const SyntaxLists = z.object({
  auxiliaries: Phrases, verbs: Phrases, groupWords: Phrases, copulas: Phrases, adverbs: Phrases, determiners: Phrases,
  participles: Phrases, absence: Phrases.optional(), participleEndings: Phrases.optional(),
  subordinators: Phrases, clauseOpeners: Phrases, complementizers: Phrases, speechVerbs: Phrases, relatives: Phrases, abbreviations: Phrases,
  listJoiners: Phrases, ne: Phrases.optional(), fronting: Phrases, relativeAdverbs: Phrases, pronouns: Phrases,
});
const CueLists = z.object({
  negation: NegationLists, scopeLimited: Phrases, notScope: Phrases, notScopeBefore: Phrases, unverified: Phrases, boilerplateMeans: Phrases,
  syntax: SyntaxLists,
});
const Reach = z.object({
  quantifier: z.number().int(), noun: z.number().int(), verb: z.number().int(), subject: z.number().int(), scope: z.number().int(),
  windowBack: z.number().int(), windowForward: z.number().int(),
});
const cues = CueLists.extend({
  negation: NegationLists.extend({ reach: Reach, problemConcepts: Phrases }),
  french: CueLists,
}).parse(cueData);
type CueLists = z.infer<typeof CueLists>;
/** How many words may stand between a cue and the term it governs, by kind of cue. */
export const REACH = cues.negation.reach;

type Kind = 'quantifier' | 'nominal' | 'verbal' | 'subject' | 'post';
type Role = Kind | 'partitive' | 'afterNe' | 'mask' | 'problemAbsent' | 'scope' | 'unverified';
const KINDS: readonly Kind[] = ['quantifier', 'nominal', 'verbal', 'subject', 'post'];

/** Word key: lower case, no accents (cue lists and text compare without them). */
const wordKey = (w: string) => unaccented(w.toLowerCase());
/** frUnaccented, skipped for plain ASCII words (most of them). */
const unaccented = (low: string) => (/[^\x00-\x7F]/.test(low) ? frUnaccented(low) : low);

// Word classes (bits) of the clause's words.
const VERB = 1; // a finite verb: ends a noun phrase
const GROUP = 2; // may stand between a subject and its negation ("have", "still")
const COPULA = 4;
const ADVERB = 8;
const DET = 16;
const PARTICIPLE = 32; // a participle or a word of absence after "is not"
const SPEECH = 64; // "said", "noted": a following "that" opens their complement
const OPENER = 128; // opens a clause after a comma
const COMP = 256; // "that", "que"
const NE = 512; // French "ne"/"n'", which opens the verb its "pas" negates
const AND = 1024; // "and", "or" after a comma continue a list unless a verb follows
const REL = 2048; // "which", « qui »: a relative clause belongs to the noun before it
const FRONT = 4096; // "in", "despite", « faute »: may open a fronted phrase ("In the absence of …,")
const DEGREE = 8192; // "adequately", « suffisamment »: a negation of degree, not of presence
const DEGREE_VERB = 16384; // "improve", « améliorer »: the same as the negated verb
const NEG_VERB = 32768; // "exclude", « empêcher »: a negated negative verb states a presence
const REL_ADV = 65536; // "where", "when", « où »: open a clause of their own
const JUDGE = 131072; // "relevant", « pertinent »: a negated judgement, not an absence
const ABSENCE_NOUN = 262144; // "vacancies", « lacunes »: a term that names an absence
const DELAY = 524288; // "until": "not consulted until the last day" is a delay
const PRONOUN = 1048576; // "they", « elles »: a subject of its own
const AMONG = 2097152; // "among", « parmi »: the set after it is there
const STATE = 4194304; // "feel", « se sentent »: a negated state or attitude of its subject, who is there
const INTENSIFIER = 8388608; // « toujours », "really" before the negator: "still not", "really not" (no degree there)

interface Syntax {
  /** Classes by word key (no accents), for words written without accents. */
  classes: Map<string, number>;
  /** Classes of words written with accents: their own, and those of list words whose accents they may have lost ("representees"). */
  accented: Map<string, number>;
  subordinators: Map<string, string[][]>; ppEndings: string[]; abbreviations: Set<string> }

function syntaxOf(cueLists: CueLists[], lang: Lang): Syntax {
  const lists = cueLists.map((l) => l.syntax);
  const classes = new Map<string, number>();
  // A word written with accents is not its accent-free homograph: « à » is no "a", « où » no "ou".
  const accented = new Map<string, number>();
  const or = (m: Map<string, number>, k: string, bit: number) => m.set(k, (m.get(k) ?? 0) | bit);
  const add = (words: readonly string[] | undefined, bit: number) => {
    for (const w of words ?? []) {
      const low = w.toLowerCase();
      or(classes, wordKey(w), bit);
      // Read only for words written with accents: the list word's own spelling, and its accent-free key.
      or(accented, low, bit);
      if (low !== wordKey(w)) or(accented, `~${wordKey(w)}`, bit);
    }
  };
  for (const s of lists) {
    add(s.auxiliaries, VERB | GROUP); add(s.verbs, VERB); add(s.groupWords, GROUP); add(s.copulas, COPULA);
    add(s.adverbs, ADVERB); add(s.determiners, DET); add(s.participles, PARTICIPLE); add(s.absence, PARTICIPLE);
    add(s.speechVerbs, SPEECH); add(s.clauseOpeners, OPENER); add(s.complementizers, COMP); add(s.relatives, REL);
    add(s.listJoiners, AND); add(s.ne, NE); add(s.fronting, FRONT); add(s.relativeAdverbs, REL_ADV); add(s.pronouns, PRONOUN);
  }
  for (const l of cueLists) { add(l.negation.degree, DEGREE); add(l.negation.degreeVerbs, DEGREE_VERB); add(l.negation.negativeVerbs, NEG_VERB); add(l.negation.judgements, JUDGE); add(l.negation.epistemicVerbs, JUDGE); add(l.negation.subjectStates, STATE); add(l.negation.absenceNouns, ABSENCE_NOUN); add(l.negation.delays, DELAY); add(l.negation.presentAfter, AMONG); add(l.negation.intensifiers, INTENSIFIER); }
  // "a" is the French auxiliary ("n'a pas") in French text, the English article in English text, and
  // either in text of no clear language: there it only joins a verb group.
  if (lang === 'und') classes.set('a', GROUP);
  // Subordinators by their first word: "so that", "parce qu'" → ["so", "that"], ["parce", "qu"].
  const subordinators = new Map<string, string[][]>();
  for (const p of lists.flatMap((s) => s.subordinators)) {
    const seq = normKey(frUnaccented(p)).replace(/'/g, ' ').split(' ').filter(Boolean);
    subordinators.set(seq[0]!, [...(subordinators.get(seq[0]!) ?? []), seq]);
  }
  // Endings are read on the accented word: "-é" is a participle, "-e" is not ("-ee", "-ees" stand for "-ée", "-ées" without accents).
  const ppEndings = lists.flatMap((s) => s.participleEndings ?? []).map((e) => e.toLowerCase());
  return { classes, accented, subordinators, ppEndings, abbreviations: new Set(lists.flatMap((s) => s.abbreviations).map(wordKey)) };
}

interface CueSet {
  roles: Map<string, Set<Role>>; all: PhraseSet; means: PhraseSet; masks: Set<string>; negators: Set<string>; syntax: Syntax;
  /** « ne … que », read in French (and undetermined) text only. */
  neQue: RegExp | null;
  problemNouns: Set<string>; problemPursued: Set<string>;
  /** Words before "only" that make it an addition: "not only", « non seulement ». */
  notScopeBefore: Set<string>;
  /** Words before a negation that make it a prohibition or a comparison: "must not", « ne doit pas », « que jamais ». */
  notAfter: Set<string>;
  /** "if", « si », « s'il » as word sequences by their first word: a negation after them is hypothetical. */
  conditionals: Map<string, string[][]>;
}

function cueSet(lists: CueLists[], lang: Lang): CueSet {
  const roles = new Map<string, Set<Role>>();
  const addRole = (list: readonly string[], role: Role) => {
    for (const p of list) {
      for (const k of new Set([normKey(p), normKey(frUnaccented(p))])) {
        const r = roles.get(k) ?? new Set<Role>();
        r.add(role);
        roles.set(k, r);
      }
    }
  };
  for (const l of lists) {
    for (const kind of KINDS) addRole(l.negation[kind], kind);
    addRole(l.negation.partitive, 'partitive');
    addRole(l.negation.afterNe, 'afterNe');
    addRole(l.negation.notNegation, 'mask');
    addRole(l.notScope, 'mask');
    addRole(l.negation.problemAbsent, 'problemAbsent');
    addRole(l.scopeLimited, 'scope');
    addRole(l.unverified, 'unverified');
  }
  // "no evidence of …", « pas de cas … » are still absences for concepts that are not harms: a harm's
  // absence that opens with a quantifier is one.
  const quantifiers = [...roles].filter(([, r]) => r.has('quantifier')).map(([k]) => (k.endsWith("'") ? k : `${k} `));
  for (const [k, r] of roles) if (r.has('problemAbsent') && quantifiers.some((q) => k.startsWith(q))) r.add('quantifier');
  const masks = new Set([...roles].filter(([, r]) => r.has('mask')).map(([k]) => k));
  const means = lists.flatMap((l) => l.boilerplateMeans.flatMap((p) => [p, frUnaccented(p)]));
  const words = (f: (l: CueLists) => readonly string[]) => new Set(lists.flatMap(f).map(wordKey));
  const conditionals = lists.flatMap((l) => l.negation.conditionals).map((p) => normKey(frUnaccented(p)).replace(/'/g, ' ').split(' ').filter(Boolean));
  return {
    roles, all: new PhraseSet(roles.keys()), means: new PhraseSet(means), masks, syntax: syntaxOf(lists, lang), neQue: lang === 'en' ? null : NE_QUE,
    problemNouns: words((l) => l.negation.problemNouns), problemPursued: words((l) => l.negation.problemPursued),
    conditionals: byFirstWord(conditionals),
    negators: words((l) => l.negation.negators), notScopeBefore: words((l) => l.notScopeBefore), notAfter: words((l) => l.negation.notAfter),
  };
}

/** Word sequences by their first word. */
function byFirstWord(seqs: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const seq of seqs) m.set(seq[0]!, [...(m.get(seq[0]!) ?? []), seq]);
  return m;
}

const cueSets = new Map<Lang, CueSet>();
/** The cues read in text of a language: English only for English text, French and English otherwise. */
function cuesFor(lang: Lang = 'und'): CueSet {
  let set = cueSets.get(lang);
  if (!set) cueSets.set(lang, (set = cueSet(lang === 'en' ? [cues] : [cues.french, cues], lang)));
  return set;
}
/** Concepts that name a harm: "no evidence of sexual abuse" is not a gap. */
export const PROBLEM_CONCEPTS = new Set(cues.negation.problemConcepts);

/** Runs of letters, as words.ts cuts them (for text without a flat view). */
const LETTERS = /[\p{L}\p{M}]+/gu;
/** French "ne … que" with no negating word between: a restriction, not an absence. */
const NE_QUE = /(?<![\p{L}\p{N}])n(?:e[\s\u00A0]+|['\u2019\u02BC][\s\u00A0]*)((?:[\p{L}\p{N}-]+[\s\u00A0]+){0,3}?)qu(?:e(?![\p{L}\p{N}])|['\u2019\u02BC])/giu;
/** Words between « ne » and « que » that make it no restriction (« ne … pas que »); « ne … plus que » still restricts. */
const NOT_RESTRICTIVE = /(?<![\p{L}])(?:pas|jamais|rien|aucun|aucune|guère|guere|point|ni|personne)(?![\p{L}])/iu;
/** A negative subject before « ne » makes « que » a conjunction: « rien n'indique que … ». */
const NEGATIVE_SUBJECT = /(?<![\p{L}])(?:rien|personne|aucun|aucune|nul|nulle)[\s\u00A0]*$/iu;

export interface Flags { negated: boolean; scopeLimited: boolean; unverified: boolean; cue?: string }

interface Hit {
  start: number;
  end: number;
  text: string;
  roles: Set<Role>;
  /** Index of the cue's first and last word in the clause's words. */
  first: number;
  last: number;
  /** A harm said to be absent: "no allegations of …" (problemAbsent, or a problem noun after "no"). */
  problem: boolean;
  /** The cue holds a negator ("is not", "no longer", « n'est pas »), not only words of its own ("is silent on", « est muet sur »). */
  negator: boolean;
}

/** The clause's words: offsets relative to the clause, keys, classes and the boundaries between them. */
interface Words {
  start: number[]; end: number[]; key: string[]; low: string[]; cls: number[]; brk: boolean[]; comma: boolean[];
  /** At the word after a parenthetical relative's closing comma: the index of its relative word ("who" in ", who …,"), else -1. */
  island: number[];
  /** A comma inside a list that ends before a verb: a boundary for what follows, not for a subject. */
  list: boolean[];
}

/** The cue phrases of one clause, found once and shared by every finding in it. */
export interface ClauseCues {
  start: number;
  end: number;
  /** Negation cues, in order. */
  hits: Hit[];
  /** Restrictive cues ("only", « ne … que »), in order. */
  scope: Hit[];
  unverified: boolean;
  words: Words;
  syntax: Syntax;
  /** The part of the clause whose words were read (offsets relative to the clause): terms outside are out of reach. */
  from: number;
  to: number;
  /** Words of a "without", « sans » after another negation ("no peace without women"): nothing reaches past them. */
  doubles: number[];
}

const EMPTY: Words = { start: [], end: [], key: [], low: [], cls: [], brk: [], comma: [], island: [], list: [] };

export function clauseCues(src: Source, cStart: number, cEnd: number, lang?: Lang): ClauseCues {
  const set = cuesFor(lang);
  const { all, roles } = set;
  const raw: { start: number; end: number; key: string; roles: Set<Role> }[] = [];
  let unverified = false;
  for (const m of all.find(src, cStart, cEnd)) {
    const r = roles.get(m.key)!;
    if (r.has('unverified')) unverified = true;
    // "No. 30", "No 5": a number, not a negation.
    if (m.key === 'no' && /^\.?[\s\u00A0]*\d/.test(src.text.slice(m.end, m.end + 4))) continue;
    raw.push({ start: m.start - cStart, end: m.end - cStart, key: m.key, roles: r });
  }
  const text = src.text.slice(cStart, cEnd);
  if (set.neQue) {
    set.neQue.lastIndex = 0;
    for (let m = set.neQue.exec(text); m; m = set.neQue.exec(text)) {
      if (NOT_RESTRICTIVE.test(m[1]!) || NEGATIVE_SUBJECT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const a = m.index;
      const b = a + m[0].length;
      // The "ne" of a restriction negates nothing: drop the cues inside it ("ne mentionne" in "ne mentionne que").
      for (let i = raw.length - 1; i >= 0; i--) if (raw[i]!.start >= a && raw[i]!.start < b) raw.splice(i, 1);
      raw.push({ start: a, end: b, key: m[0], roles: new Set(['scope']) });
    }
    raw.sort((x, y) => x.start - y.start);
  }
  const c: ClauseCues = { start: cStart, end: cEnd, hits: [], scope: [], unverified, words: EMPTY, syntax: set.syntax, from: 0, to: 0, doubles: [] };
  const live = raw.filter((h) => h.roles.has('scope') || KINDS.some((k) => h.roles.has(k)) || (h.roles.has('afterNe') && NE_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))));
  if (live.length === 0) return c;
  // Only the words a cue can reach are read: a long clause costs no more than a short one.
  c.from = Math.max(0, live[0]!.start - REACH.windowBack);
  c.to = Math.min(cEnd - cStart, live[live.length - 1]!.end + REACH.windowForward);
  const w = (c.words = wordsOf(src, cStart + c.from, cStart + c.to, cStart, set.syntax));
  for (const h of raw) {
    const first = wordAt(w, h.start);
    const last = wordsBefore(w, h.end) - 1;
    // « plus », « rien » negate only after « ne »: as « pas » does.
    const roles = h.roles.has('afterNe') && !KINDS.some((k) => h.roles.has(k)) ? (neBefore(w, first) ? AFTER_NE : h.roles) : h.roles;
    const hit: Hit = { start: h.start, end: h.end, text: text.slice(h.start, h.end), roles, first, last, problem: h.roles.has('problemAbsent'), negator: w.key.slice(first, last + 1).some((k) => set.negators.has(k)) };
    // "(must) not only", « pas seulement », « non seulement »: an addition, not a restriction.
    if (h.roles.has('scope') && !set.notScopeBefore.has(w.key[first - 1] ?? '')) c.scope.push(hit);
    if (!KINDS.some((k) => roles.has(k)) || masked(set, w, h.key, first, last) || hypothetical(set, w, first)) continue;
    // "no reports of …", "aucun cas de …": a harm said not to have happened, unless what is denied is
    // what was done about it ("no cases of CRSV have been tried").
    if (h.roles.has('quantifier') && w.key.slice(last + 1, last + 4).some((k) => set.problemNouns.has(k))) hit.problem = true;
    if (hit.problem && w.key.slice(last + 1).some((k) => set.problemPursued.has(k))) hit.problem = false;
    c.hits.push(hit);
  }
  // A negation of degree states no absence; a negated negative verb cancels the verb's own cue too
  // ("were not ignored": neither "not" nor "ignored" negates).
  const cancelled = new Set<number>();
  const kept = c.hits.filter((h) => {
    const r = verbReading(w, h.first, h.last);
    if (r > 0) cancelled.add(r);
    return r === -1;
  });
  // "No peace without women", « ne peut se faire sans les femmes »: a double negation states a need.
  let negs: number[] | undefined;
  c.hits = kept.filter((h) => {
    if (cancelled.has(h.first)) return false;
    // A nominal cue right after a negation (a determiner between) is negated itself: "no lack of women leaders", "not the lack of".
    const without = set.negators.has(w.key[h.first]!);
    const double = h.roles.has('nominal') &&
      (negs ??= [...raw.filter((r) => KINDS.some((k) => r.roles.has(k))).map((r) => wordsBefore(w, r.end) - 1), ...range(w.cls, NE)])
        .some((p) => p < h.first && (without ? h.first - p - 1 <= REACH.quantifier : onlyClass(w, p + 1, h.first, DET)) && !blocked(w, p, h.first) && !commaBetween(w, p, h.first));
    if (double) c.doubles.push(h.first);
    return !double;
  });
  for (const h of c.hits) contrastApposition(w, h);
  // "Without women's participation, peace will not last", « Sans les femmes, la paix ne peut durer »: a fronted
  // "without" before a main clause that denies what follows from it states a need, not an absence.
  if (c.hits.some((h) => WITHOUT.test(h.text))) c.hits = c.hits.filter((h) => !(WITHOUT.test(h.text) && fronted(c, h) && deniedAfter(src.text, cStart + h.end)));
  return c;
}

/** The negator of a contrast set off by commas: "X, not Y, …", "X, never Y, …", « X, et pas Y, … ». */
const CONTRAST_NOT = new Set(['not', 'never', 'pas', 'jamais']);
const CONTRAST_JOIN = new Set(['and', 'but', 'et', 'mais']);
/** Words a contrast may hold after its negator: a noun phrase ("not the host state's own police"). */
const CONTRAST_MAX = 6;
/**
 * "The mission, not the host state, trains women", « les femmes, et pas les hommes, dirigent … »: a negated
 * phrase between commas (or after a comma, to the clause's end), with no verb, is a contrast inside the clause.
 * Its commas become boundaries: it negates what it names and reaches neither the subject before it nor the
 * predicate after it.
 */
function contrastApposition(w: Words, h: Hit): void {
  if (h.first !== h.last || !CONTRAST_NOT.has(w.key[h.first]!)) return;
  const o = w.comma[h.first] ? h.first : h.first > 0 && w.comma[h.first - 1] && CONTRAST_JOIN.has(w.key[h.first - 1]!) ? h.first - 1 : -1;
  if (o < 0) return;
  let e = h.last + 1;
  while (e < w.key.length && e - h.last <= CONTRAST_MAX && !w.comma[e] && !w.brk[e] && !(w.cls[e]! & (VERB | NE))) e++;
  // "… trains women, not men.": a contrast may also close the clause
  if (e < w.key.length && !w.comma[e]) return;
  w.brk[o] = true;
  // …an island like a parenthetical relative: a negation after it still has the subject before it
  // ("Women, not men, were not consulted")
  if (e < w.key.length) { w.brk[e] = true; w.island[e] = o; }
}

const WITHOUT = /^(?:without|sans)$/iu;
/** A negated modal or future in the main clause after the fronted phrase's comma (« ne durera pas »), before the sentence ends. */
const DENIED_MODAL = /(?<![\p{L}])(?:will\s+not|won['’]t|cannot|can['’]t|can\s+never|could\s+not|would\s+not|will\s+never|there\s+(?:can|will)\s+be\s+no|(?:is|are)\s+impossible|n['’]?(?:e\s+)?(?:peut|peuvent|pourra|pourront|pourrait|saurait|sauraient|sera|seront)|(?:est|sont)\s+impossibles?|n['’]?(?:e\s+)?(?:se\s+|s['’]\s*)?[\p{L}-]+(?:ra|ront|rait|raient)\s+(?:pas|jamais|point))(?![\p{L}])/iu;
function deniedAfter(text: string, from: number): boolean {
  const rest = text.slice(from, from + 240);
  const comma = rest.indexOf(',');
  if (comma < 0) return false;
  const stop = rest.slice(comma).search(/[.;!?]/u);
  return DENIED_MODAL.test(rest.slice(comma, stop < 0 ? undefined : comma + stop));
}

/** Indices of the words of class `bits`. */
function range(cls: number[], bits: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < cls.length; i++) if (cls[i]! & bits) out.push(i);
  return out;
}

/**
 * What the predicate of a negation says: -1 an absence; 0 a shortfall of degree, a degree word in its
 * verb group or in the words after it up to the next verb, list word or boundary ("was not adequately
 * addressed", "does not provide sufficient data", « n'a pas été suffisamment prise en compte ») or a verb
 * of degree ("did not improve", « ne s'est pas améliorée »); k > 0 a negative verb at word k ("does not
 * exclude", « n'empêche pas »), which cancels the negation.
 */
function verbReading(w: Words, first: number, last: number): number {
  const n = w.key.length;
  // Inside « ne … pas »: « ne s'améliore pas », « n'exclut pas », « ne sont souvent pas ». An intensifier there
  // is no degree: « n'a toujours pas » (still not) is an absence, « pas toujours » (not always) a degree.
  for (let j = groupStart(w, first); j < first; j++) {
    if (w.cls[j]! & (DEGREE | DEGREE_VERB) && !(w.cls[j]! & INTENSIFIER)) return 0;
    if (w.cls[j]! & NEG_VERB) return j;
  }
  let k = last + 1;
  // k: the verb after the group's auxiliaries and adverbs ("has not yet been [integrated]").
  while (k < n && !w.brk[k] && w.cls[k]! & (GROUP | ADVERB) && !(w.cls[k]! & DEGREE)) k++;
  if (k < n && !w.brk[k]) {
    if (w.cls[k]! & DEGREE_VERB) return 0;
    if (w.cls[k]! & NEG_VERB) return k;
  }
  for (let j = last + 1; j < n && j - last <= REACH.verb; j++) {
    if (w.cls[j]! & DELAY) return 0;
    if (w.brk[j] || w.comma[j]) break;
    if (j > k && (w.cls[j]! & (AND | NE) || (w.cls[j]! & (VERB | GROUP)) === VERB)) break;
    if (w.cls[j]! & (DEGREE | JUDGE)) return 0;
  }
  return -1;
}


const AFTER_NE: Set<Role> = new Set(['verbal', 'subject']);
/** A « ne » or « n' » in the text just before a word of 'afterNe': only then are its clause's words read. */
const NE_BEFORE = /(?<![\p{L}])n(?:e(?![\p{L}])|['\u2019\u02BC])/iu;

/** Is there a « ne » one to three words before word i, with no boundary between? */
function neBefore(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && !w.brk[k + 1]; k--) if (w.cls[k]! & NE) return true;
  return false;
}

/**
 * Is a negation hypothetical: after "if", "unless", « si » in its part of the clause ("The plan fails if
 * women are not consulted")? A « que » / "that" between opens a clause of its own (« si petite qu'elle n'a pas »).
 */
function hypothetical(set: CueSet, w: Words, first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    if (w.cls[k]! & COMP) return false;
    if (set.conditionals.get(w.key[k]!)?.some((seq) => seq.every((x, j) => w.key[k + j] === x))) return true;
    if (w.brk[k]) return false;
  }
  return false;
}

/**
 * Is a cue no absence by its neighbours: after a modal ("must not", « ne doit pas », « que jamais »), or
 * ending in a negator that opens a longer non-negation ("is not" + "only", "ne sont pas" + "toujours")?
 */
function masked(set: CueSet, w: Words, key: string, first: number, last: number): boolean {
  let b = first - 1;
  if (w.cls[b]! & NE) b--;
  if (set.notAfter.has(w.key[b] ?? '')) return true;
  // A cue of absence in a prescription or under a negation: "should be excluded", "must not exclude".
  const g = groupStart(w, first);
  if (set.negators.has(w.key[g - 1] ?? '')) return true;
  for (let k = g; k < first; k++) if (set.notAfter.has(w.key[k]!)) return true;
  const neg = key.slice(key.lastIndexOf(' ') + 1);
  // A verb cue whose negator follows it: « ne mentionne » + « pas seulement », « ne prévoit » + « pas uniquement ».
  if (!set.negators.has(neg)) return set.negators.has(w.key[last + 1] ?? '') && maskAt(set, w, last + 1);
  return maskAt(set, w, last, neg);
}

/** Does the negator at word i open a longer non-negation with the words after it ("not" + "only", « pas » + « seulement »)? */
function maskAt(set: CueSet, w: Words, i: number, neg = w.key[i]!): boolean {
  let k = neg;
  return w.key.slice(i + 1, i + 4).some((next) => set.masks.has((k += ` ${next}`)));
}

/** Index of the word containing clause offset `at` (or the last word starting before it). */
const wordAt = (w: Words, at: number) => Math.max(0, lastAtOrBefore(w.start, at));
/** How many words start before clause offset `at`. */
const wordsBefore = (w: Words, at: number) => lastAtOrBefore(w.start, at - 1) + 1;

/** Is word `k` the start of a subordinator ("although", "parce que")? */
function subordinatorAt(w: Words, syn: Syntax, k: number): boolean {
  return syn.subordinators.get(w.key[k]!)?.some((seq) => seq.every((s, j) => w.key[k + j] === s)) ?? false;
}

/** Participle or word of absence: what makes "is not …" an absence ("is not addressed", « n'est pas prise »). */
function participle(syn: Syntax, w: Words, i: number): boolean {
  const k = w.low[i] ?? '';
  return (w.cls[i]! & PARTICIPLE) > 0 || /(?:ed|en)$/.test(k) || syn.ppEndings.some((e) => k.endsWith(e));
}

/**
 * The clause's words, classed, with the boundaries that end a cue's scope. Words are runs of letters:
 * those of the analysis' word index when there is one (flat.ts, words.ts), else read here.
 */
function wordsOf(src: Source, wStart: number, wEnd: number, cStart: number, syn: Syntax): Words {
  const w: Words = { start: [], end: [], key: [], low: [], cls: [], brk: [], comma: [], island: [], list: [] };
  const text = src.text;
  const add = (s: number, e: number, low: string) => {
    const k = unaccented(low);
    w.start.push(s - cStart);
    w.end.push(e - cStart);
    w.low.push(low);
    w.key.push(k);
    const listed = k === low ? syn.classes.get(k) : (syn.accented.get(low) ?? syn.accented.get(`~${k}`));
    w.cls.push(listed ?? (k.length > 4 && (k.endsWith('ly') || k.endsWith('ment')) ? ADVERB : 0));
  };
  if (src.flat) {
    const idx = wordIndexOf(src.flat);
    for (let i = firstWordFrom(idx, wStart); i < idx.n && idx.end[i]! <= wEnd; i++) add(idx.start[i]!, idx.end[i]!, src.flat.view.slice(idx.start[i]!, idx.end[i]!));
  } else {
    for (const m of text.slice(wStart, wEnd).matchAll(LETTERS)) add(wStart + m.index, wStart + m.index + m[0].length, m[0].toLowerCase());
  }
  const n = w.key.length;
  for (let i = 0; i < n; i++) {
    // Most gaps are one space: no punctuation to read.
    const from = i === 0 ? w.start[0]! : w.end[i - 1]!;
    const plain = w.start[i]! - from <= 1 && (i === 0 || text.charCodeAt(cStart + from) === 32);
    const gap = plain ? null : text.slice(cStart + from, cStart + w.start[i]!);
    w.comma.push(gap?.includes(',') ?? false);
    let b = gap !== null && (/[;:?!…]/.test(gap) || fullStop(w, syn, i, gap));
    // "that"/« que » after a verb of saying opens its complement: "said that …".
    if (!b && w.cls[i]! & COMP && (w.cls[i - 1]! & SPEECH || /ed$/.test(w.key[i - 1] ?? ''))) b = true;
    // "where", "when", « où » open a clause of their own: "the meeting where women leaders spoke".
    w.brk.push(b || subordinatorAt(w, syn, i) || (w.cls[i]! & REL_ADV) !== 0);
    w.island.push(-1);
    w.list.push(false);
  }
  // A comma ends the phrase before it when a clause opens after it: an opener ("which", "but") or,
  // for anything else, a finite verb before the next comma, unless a list ends before that verb
  // ("Women, girls and boys were not consulted").
  for (let i = 0; i < n; i++) {
    if (!w.comma[i] || w.brk[i]) continue;
    let e = i + 1;
    while (e < n && !w.comma[e] && !w.brk[e]) e++;
    let v = i;
    while (v < e && !(w.cls[v]! & (VERB | NE))) v++;
    w.brk[i] = ((w.cls[i]! & OPENER) !== 0 && (w.cls[i]! & AND) === 0) || v < e;
    // …but the subject before a negation may be a list: "Women, girls and boys were not consulted".
    if (w.brk[i] && !(w.cls[i]! & OPENER) && hasClass(w, i + 1, v, AND)) w.list[i] = true;
    // ", who …," / « , qui …, »: a parenthetical relative; its closing comma ends it, so a cue inside it
    // reaches nothing outside and a cue outside nothing inside.
    if (w.cls[i]! & REL && e < n && w.comma[e]) { w.brk[e] = true; w.island[e] = i; }
  }
  // ", and" / « , et » that closes no list (no comma before it in its phrase) opens a clause even when its verb is
  // not a listed one: "has not appointed an adviser, and women's participation rose". Not before an infinitive
  // ("failed to X, and to Y"), an adverb or a prepositional addition (", and in particular women").
  for (let i = 1; i < n; i++) {
    if (!w.comma[i] || w.brk[i] || !(w.cls[i]! & AND) || i + 1 >= n) continue;
    const next = w.key[i + 1]!;
    if (INFINITIVE.has(next) || w.cls[i + 1]! & ADVERB || ADDITION.has(next)) continue;
    let k = i - 1;
    while (k > 0 && !w.brk[k] && !w.comma[k]) k--;
    if (w.comma[k] && !w.brk[k]) continue; // "X, Y, and Z": a list
    w.brk[i] = true;
    w.list[i] = true;
  }
  return w;
}

/** Infinitive markers that a list of negated infinitives repeats: "to", « de ». */
const INFINITIVE = new Set(['to', 'de', 'd']);
/** Words after ", and" that add to the phrase before rather than open a clause: ", and in particular", « , et notamment ». */
const ADDITION = new Set(['in', 'en', 'notably', 'notamment', 'especially', 'surtout', 'particularly', 'including', 'y', 'not', 'no', 'pas', 'non', 'even', 'meme', 'also', 'aussi']);

/** Does a full stop in the gap before word i end a sentence (not a decimal point, an initial or "No.")? */
function fullStop(w: Words, syn: Syntax, i: number, gap: string): boolean {
  // A decimal point or a number's point is none: "2.5", "No. 30" (numbers lie in the gaps between words).
  if (!/\.\S*\s|\.$/.test(gap.replace(/\d\.\d/g, ''))) return false;
  const prev = w.key[i - 1]!;
  return prev.length > 1 && !syn.abbreviations.has(prev);
}

/** Is there a boundary between word a and word b (a < b): in (a, b]? For a subject (`list`), a list's comma is none. */
function blocked(w: Words, a: number, b: number, list = false): boolean {
  for (let k = a + 1; k <= b; k++) if (w.brk[k] && !(list && w.list[k])) return true;
  return false;
}

/** Are all words in [a, b) of class `bits` (and none when a ≥ b)? */
function onlyClass(w: Words, a: number, b: number, bits: number): boolean {
  for (let k = a; k < b; k++) if (!(w.cls[k]! & bits)) return false;
  return true;
}

function hasClass(w: Words, a: number, b: number, bits: number): boolean {
  for (let k = a; k < b; k++) if (w.cls[k]! & bits) return true;
  return false;
}

/** Does a cue open its clause, after fronting words only ("In the absence of …", « Faute de … »)? Its comma then ends it. */
function fronted(c: ClauseCues, h: Hit): boolean {
  return c.from === 0 && c.words.cls.slice(0, h.first).every((k) => (k & FRONT) !== 0);
}

/** Does the phrase of word t open with "who", "which", « qui » (not "that", which may be a conjunction) within REACH.subject words? */
function inRelative(w: Words, t: number): boolean {
  for (let k = t; k >= 0 && t - k <= REACH.subject; k--) {
    if (w.cls[k]! & REL && !(w.cls[k]! & COMP)) return true;
    if (w.brk[k]) return false;
  }
  return false;
}

/** Is there a comma between words a and b? */
function commaBetween(w: Words, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (w.comma[k]) return true;
  return false;
}

/** A restriction between a negation and the term ends the negation: "no X, only Y". */
function restrictedBetween(c: ClauseCues, a: number, b: number): boolean {
  return c.scope.some((s) => s.first > a && s.first < b);
}

/** Does cue h, before the term (first word t), govern it? */
function governsAfter(c: ClauseCues, h: Hit, t: number): boolean {
  const w = c.words;
  const gap = t - h.last - 1;
  // "No women among the mediators": the set after "among" is there.
  if (gap < 0 || blocked(w, h.last, t) || restrictedBetween(c, h.last, t) || c.doubles.some((d) => d > h.last && d < t) || hasClass(w, h.last + 1, t, AMONG)) return false;
  const r = h.roles;
  // "No adviser was appointed and women were excluded": a second predicate after "and" is a new clause.
  if (r.has('quantifier') && gap <= REACH.quantifier && !secondClause(w, h.last, t)) {
    if (!r.has('partitive')) return true;
    // "None of the survivors spoke": the set after a partitive is there. A term in it is absent only as
    // the subject of a passive or copula ("none of the women were consulted"); after the verb, as usual.
    // With no verb known, the set is the phrase right after the cue: "none of the reports mention women".
    const v = verbAfter(w, h.last);
    if (v < 0) return !onlyClass(w, h.last + 1, t, DET);
    return v < t || hasClass(w, v, groupEnd(w, v), COPULA);
  }
  if (r.has('nominal') && gap <= REACH.noun && !hasClass(w, h.last + 1, t, VERB | NE) && !(fronted(c, h) && commaBetween(w, h.last, t))) return true;
  // "failed to provide data and to integrate a gender perspective": an infinitive after "and to" is as negated as the first.
  const from = r.has('verbal') ? coordinated(w, h.last, t) : h.last;
  if (r.has('verbal') && t - from - 1 <= REACH.verb) {
    let j = from + 1;
    while (j < t && w.cls[j]! & (GROUP | ADVERB)) j++;
    // A new verb ends the negated predicate, unless it is in a relative clause of its object ("circumstances that can …").
    let rel = j;
    while (rel < t && !(w.cls[rel]! & REL)) rel++;
    if (hasClass(w, j, rel, VERB | NE)) return false;
    // "is not a …" classifies ("gender is not a handicap"), it does not deny; "is silent on the …" does.
    return !(h.negator && copular(w, h) && j < w.key.length && w.cls[j]! & DET);
  }
  return false;
}


/**
 * The "to" of the last infinitive coordinated with the cue's own ("failed to X and to Y", « a omis de X et
 * de Y ») before term t, or the cue's last word a when there is none.
 */
function coordinated(w: Words, a: number, t: number): number {
  const mark = INFINITIVE.has(w.key[a]!) ? w.key[a] : INFINITIVE.has(w.key[a + 1] ?? '') ? w.key[a + 1] : undefined;
  if (mark === undefined) return a;
  for (let k = t - 2; k > a + 1; k--) if (w.cls[k]! & AND && w.key[k + 1] === mark) return k + 1;
  return a;
}

/** The first finite verb (or French « ne ») after word a, before a boundary; -1 if none. */
function verbAfter(w: Words, a: number): number {
  for (let k = a + 1; k < w.key.length && !w.brk[k]; k++) if (w.cls[k]! & (VERB | NE)) return k;
  return -1;
}

/** The end (exclusive) of the verb group that starts at word v: its auxiliaries, adverbs and « ne ». */
function groupEnd(w: Words, v: number): number {
  let k = v;
  while (k < w.key.length && w.cls[k]! & (GROUP | ADVERB | NE)) k++;
  return k;
}

/** Between a and b, an "and"/"or" with a finite verb before it (after a) and another after it (before a boundary). */
function secondClause(w: Words, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!(w.cls[k]! & AND) || !hasClass(w, a + 1, k, VERB)) continue;
    for (let j = k + 1; j < w.key.length && !w.brk[j]; j++) if (w.cls[j]! & VERB) return true;
  }
  return false;
}

/** Is the verb group of a negation (the cue and the auxiliaries just before it) a copula? */
function copular(w: Words, h: Hit): boolean {
  return hasClass(w, groupStart(w, h.first), h.last + 1, COPULA);
}

/** First word of the verb group a cue closes: auxiliaries and adverbs before it, or French "ne … pas". */
function groupStart(w: Words, first: number): number {
  let g = first;
  while (w.cls[g - 1]! & (GROUP | ADVERB) && !w.brk[g]) g--;
  for (let k = first - 1; k >= first - 3; k--) {
    if (w.cls[k]! & NE) { g = Math.min(g, k); break; }
  }
  return g;
}

/** Does cue h, after the term (last word t), negate it as its subject? */
function governsBefore(c: ClauseCues, h: Hit, t: number): boolean {
  const w = c.words;
  const g = groupStart(w, h.first);
  // A negation right after a relative word is the relative clause's own: "the women who were not consulted
  // now lead", « les femmes qui n'ont pas été consultées dirigent ».
  if (w.cls[g - 1]! & REL) return false;
  // A parenthetical relative between the subject and its verb is skipped: "Women, who lead the committees, were not consulted".
  const o = w.island[g] ?? -1;
  const end = o > t ? o : g;
  const gap = end - t - 1;
  // A finite verb or a pronoun between: the negation has a subject of its own ("women said they were not paid").
  if (gap < 0 || gap > REACH.subject || blocked(w, t, o > t ? o - 1 : h.first, true) || hasClass(w, t + 1, end, VERB | NE | PRONOUN)) return false;
  // A term inside a relative clause is not the subject of the verb after it: "the soldiers who assaulted women were not tried".
  if (inRelative(w, t)) return false;
  // A predicate of absence stands after its auxiliary ("remains vacant", "were missing") or is a verb ("fait défaut").
  if (h.roles.has('post')) return g < h.first || (w.cls[h.first]! & (VERB | GROUP)) > 0;
  // "Women did not feel safe", « les femmes ne se sentent pas en sécurité »: a state of the subject, not its absence.
  if (hasClass(w, g, h.first, STATE) || stateAfter(w, h.last)) return false;
  if (!copular(w, h)) return true;
  // "X is not …": an absence only with a participle or a word of absence after it ("is not addressed", "is not available").
  let j = h.last + 1;
  while (j < w.key.length && w.cls[j]! & ADVERB && !w.brk[j]) j++;
  return w.low[j] === undefined || w.brk[j] || participle(c.syntax, w, j);
}

/** Is the verb after a negation's group (past auxiliaries and adverbs) a state of its subject ("did not feel")? */
function stateAfter(w: Words, last: number): boolean {
  let k = last + 1;
  while (k < w.key.length && !w.brk[k] && w.cls[k]! & (GROUP | ADVERB) && !(w.cls[k]! & STATE)) k++;
  return k < w.key.length && !w.brk[k] && (w.cls[k]! & STATE) !== 0;
}

/**
 * Flags of a match at [mStart, mEnd) (offsets into the text) read in its clause.
 * `problem`: the concept names a harm (CRSV, SEA, GBV), where "no evidence of" is not a gap.
 */
export function flagsIn(c: ClauseCues, mStart: number, mEnd: number, problem: boolean): Flags {
  if (mStart - c.start < c.from || mEnd - c.start > c.to) return { negated: false, scopeLimited: false, unverified: c.unverified, cue: undefined };
  const w = c.words;
  const first = wordAt(w, mStart - c.start);
  const last = Math.max(first, wordsBefore(w, mEnd - c.start) - 1);
  // The first cue that governs the term decides; a harm said to be absent is no gap ("no reports of rape").
  const h = c.hits.find((h) =>
    h.last < first
      ? governsAfter(c, h, first)
      : h.first < first
        // A cue that names the head of its phrase ("no section", "aucune mention") governs a term it runs into.
        ? h.roles.has('quantifier') || h.roles.has('nominal')
        : h.first > last && (h.roles.has('subject') || h.roles.has('post')) && governsBefore(c, h, last));
  // "No vacancies": a term that names an absence is not made absent.
  const negated = h !== undefined && !(problem && h.problem) && !hasClass(w, first, last + 1, ABSENCE_NOUN);
  const scopeLimited = c.scope.some((s) =>
    s.last < first
      // A negation between a restriction and the term ends it: "only patrols and no adviser".
      ? first - s.last - 1 <= REACH.noun && !blocked(w, s.last, first) && !c.hits.some((h) => h.first > s.last && h.first < first)
      : s.first > last && s.first - last - 1 <= REACH.scope && !blocked(w, last, s.first));
  return { negated, scopeLimited, unverified: c.unverified, cue: negated ? h!.text : undefined };
}

/** Flags of one match read in the clause [cStart, cEnd); convenience for single use. */
export function flagsFor(text: string, cStart: number, cEnd: number, mStart: number, mEnd: number, problem: boolean, lang?: Lang): Flags {
  return flagsIn(clauseCues({ text, flat: flatten(text) }, cStart, cEnd, lang), mStart, mEnd, problem);
}

/** A stock pairing is substantive when its clause names a means ("through Women Protection Advisers"). */
export function hasMeans(src: Source, cStart: number, cEnd: number, lang?: Lang): boolean {
  return cuesFor(lang).means.test(src, cStart, cEnd);
}
