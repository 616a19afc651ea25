// How strongly a provision is said: the action verbs of resolution paragraphs (class and level,
// from data/verbs.json) and the modal cues of orders (task / advice / context).
import verbData from '../data/verbs.json' with { type: 'json' };
import type { Level, Mode, SectionVerb, Strength, VerbClass } from '../schema.ts';
import { frUnaccented } from '../lexicon/inflect-fr.ts';
import { APOS_CLASS, escapeRegExp, normKey } from '../text/text.ts';
import { flatten } from '../text/flat.ts';
import { PhraseSet, type Source } from '../match/phrases.ts';
import { trieSource } from '../match/trie.ts';
import type { VerbExtras } from '../lexicon/verb-cues.ts';

interface VerbInfo { lemma: string; verbClass: VerbClass; level: Level; finite: boolean }
/** The language whose verbs are read: English only, or English and French (French text). */
export type VerbLanguage = 'en' | 'fr' | 'und';

/** Key of a verb form: lower case, single spaces, straight apostrophes. */
const formKey = (s: string) => s.toLowerCase().replace(/[\s\u00A0]+/g, ' ').replace(/['\u2019\u2018\u02BC]/g, "'");
const byLength = (a: string, b: string) => b.length - a.length;
/** Alternation of phrases: any run of spaces between words, any apostrophe. */
const phraseAlt = (list: Iterable<string>) =>
  [...list].sort(byLength).map((p) => escapeRegExp(p).replace(/ /g, '[\\s\\u00A0]+').replace(/'/g, APOS_CLASS)).join('|');
/** A French phrase and its accent-free spelling (users and OCR drop accents). */
const withUnaccented = (list: readonly string[]) => [...new Set(list.flatMap((p) => [p, frUnaccented(p)]))];

interface VerbTable {
  forms: Map<string, VerbInfo>;
  leading: RegExp;
  inner: RegExp;
  openingWord: RegExp;
}

const NUMBERING = '(?:(?:\\d{1,3}[.)]|\\([a-z]{1,4}\\)|[a-z]\\)|[ivxl]{1,6}\\.)[\\s\\u00A0]+)?';

function verbTable(french: boolean, extra?: VerbExtras): VerbTable {
  const forms = new Map<string, VerbInfo>();
  const add = (f: string, info: VerbInfo) => { const k = formKey(f); if (!forms.has(k)) forms.set(k, info); };
  // A lexicon's or pack's forms first: the first entry of a form wins, and theirs were checked to replace on purpose.
  for (const v of extra?.resolution ?? []) {
    if (v.french && !french) continue;
    const info = { lemma: v.lemma, verbClass: v.verbClass, level: v.level, finite: v.finite };
    for (const f of v.french ? withUnaccented([v.form]) : [v.form]) add(f, info);
  }
  for (const v of verbData.resolution) {
    const info = { lemma: v.lemma, verbClass: v.class as VerbClass, level: v.level as Level };
    for (const f of v.finite) add(f, { ...info, finite: true });
    for (const f of v.participle) add(f, { ...info, finite: false });
    const fr = french ? (verbData.resolutionFr as Record<string, { finite: string[]; participle: string[] } | string>)[v.lemma] : undefined;
    if (typeof fr === 'object') {
      for (const f of withUnaccented(fr.finite)) add(f, { ...info, finite: true });
      for (const f of withUnaccented(fr.participle)) add(f, { ...info, finite: false });
    }
  }
  // Tries, not flat alternations: V8 then walks shared prefixes once (the longest form still wins).
  const formAlt = trieSource(forms.keys(), '[\\s\\u00A0]+')!;
  const advAlt = trieSource(french ? [...verbData.adverbs, ...withUnaccented(verbData.adverbsFr)] : verbData.adverbs, '[\\s\\u00A0]+')!;
  const and = french ? '(?:and|et)' : 'and';
  return {
    forms,
    // A paragraph's opening: optional numbering, adverbs ("Also", "Strongly"), then an action verb.
    leading: new RegExp(`^[\\s\\u00A0]*${NUMBERING}(?:(?:${advAlt})[\\s\\u00A0]+)*(${formAlt})(?![\\p{L}\\p{N}])`, 'iu'),
    // Further verbs inside a paragraph: after a comma, semicolon or "and"/"et" ("…, and stressing …").
    inner: new RegExp(`(?:[,;][\\s\\u00A0]*(?:${and}[\\s\\u00A0]+)?|[\\s\\u00A0]${and}[\\s\\u00A0]+)(?:(?:${advAlt})[\\s\\u00A0]+)*(${formAlt})(?![\\p{L}\\p{N}])`, 'giu'),
    // Opening word of a paragraph that is not in the verb table ("Ensuring …" in a task list).
    openingWord: new RegExp(`^[\\s\\u00A0]*${NUMBERING}(?:(?:${advAlt})[\\s\\u00A0]+)*([\\p{L}][\\p{L}/'’-]*)`, 'iu'),
  };
}

// French verb forms are read only in French text: "Note", "Encourage", "Charge" and "Invite" open English
// lines too, and must not make an English order look like a resolution.
let enTable: VerbTable | undefined;
let frTable: VerbTable | undefined;
const extraTables = new WeakMap<VerbExtras, { en?: VerbTable; fr?: VerbTable }>();
function tableFor(lang: VerbLanguage = 'en', extra?: VerbExtras): VerbTable {
  if (!extra?.resolution.length) return lang === 'fr' ? (frTable ??= verbTable(true)) : (enTable ??= verbTable(false));
  let t = extraTables.get(extra);
  if (!t) extraTables.set(extra, (t = {}));
  return lang === 'fr' ? (t.fr ??= verbTable(true, extra)) : (t.en ??= verbTable(false, extra));
}

/** Words that take the next word into the verb as labelled: "Having considered", "Se félicite", "Prend note". */
const TWO_WORD_HEADS = new Set(['having', 'ayant', 'se', 'prend', 'prenant', 'rend', 'rendant', 'met', 'mettant', 'lance', 'lançant']);
/** The verb word(s) as the UN labels them: the first word, or "Having considered". */
function headOf(matched: string): string {
  // the document's own spacing: the head is a span of the text ("Having  considered" keeps both spaces)
  const two = /^([^\s\u00A0]+)[\s\u00A0]+[^\s\u00A0]+/u.exec(matched);
  const first = two ? two[1]! : matched.split(/[\s\u00A0]+/)[0]!;
  return two && TWO_WORD_HEADS.has(first.toLowerCase()) ? two[0] : first;
}

export interface LeadingVerb extends SectionVerb { finite: boolean }

/** Matched verb text → its form and head word: the same few hundred spellings recur in every resolution. */
const seen = new Map<VerbTable, Map<string, { info: VerbInfo; head: string }>>();

function toVerb(table: VerbTable, matchStart: number, matched: string): LeadingVerb {
  let byText = seen.get(table);
  if (!byText) seen.set(table, (byText = new Map()));
  let v = byText.get(matched);
  if (!v) {
    v = { info: table.forms.get(formKey(matched))!, head: headOf(matched) };
    if (byText.size < 10_000) byText.set(matched, v); // bounded: odd spacing makes new spellings
  }
  const { info, head } = v;
  return { text: head, start: matchStart, end: matchStart + head.length, verbClass: info.verbClass, level: info.level, lemma: info.lemma, finite: info.finite };
}

/**
 * The action verb that opens text[from, to), if the paragraph opens with one. With `anyWord`,
 * a paragraph already known to belong to a resolution yields its opening word even when the
 * verb table does not know it (class null, level 0).
 */
export function leadingVerb(text: string, from: number, to: number, anyWord = false, lang?: VerbLanguage, extra?: VerbExtras): LeadingVerb | null {
  const table = tableFor(lang, extra);
  const slice = text.slice(from, Math.min(to, from + 300));
  const m = table.leading.exec(slice);
  if (m) return toVerb(table, from + m.index + m[0].length - m[1]!.length, m[1]!);
  if (!anyWord) return null;
  const w = table.openingWord.exec(slice);
  if (!w) return null;
  const start = from + w.index + w[0].length - w[1]!.length;
  let word = w[1]!;
  if (word.toLowerCase() === 'having') word = /^having[\s\u00A0]+[\p{L}]+/iu.exec(text.slice(start, start + 40))?.[0] ?? word;
  return { text: word, start, end: start + word.length, verbClass: null, level: 0, finite: /s$/i.test(word) };
}

/** Every action verb of a resolution paragraph, the opening one first. */
export function paragraphVerbs(text: string, from: number, to: number, lang?: VerbLanguage, extra?: VerbExtras): LeadingVerb[] {
  const out: LeadingVerb[] = [];
  const lead = leadingVerb(text, from, to, true, lang, extra);
  if (lead) out.push(lead);
  const slice = text.slice(from, to);
  const table = tableFor(lang, extra);
  const INNER = table.inner;
  INNER.lastIndex = 0;
  for (let m = INNER.exec(slice); m; m = INNER.exec(slice)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    if (lead && start <= lead.start) continue;
    // Only lower-case inner verbs: a capitalised word after a comma is a name, not a verb.
    if (m[1]![0] !== m[1]![0]!.toLowerCase()) continue;
    out.push(toVerb(table, start, m[1]!));
  }
  return out;
}

// ---------------------------------------------------------------- orders

const orders = verbData.orders;
// A cue that ends in an elision (« est chargée d' ») is followed by its verb's first letter.
const cueRe = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlt(list)})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`, 'giu');
const TASK_LIST = [...orders.task, ...withUnaccented(orders.taskFr)];
const ADVICE_LIST = [...orders.advice.filter((a) => a !== 'BPT'), ...withUnaccented(orders.adviceFr)];
const TASK = cueRe(TASK_LIST);
const ADVICE = cueRe(ADVICE_LIST);
/** The modal cues with a lexicon's or pack's added (and moved) ones, built once per lexicon. */
const extraCues = new WeakMap<VerbExtras, { task: RegExp; advice: RegExp }>();
function modalCues(extra?: VerbExtras): { task: RegExp; advice: RegExp } {
  if (!extra || extra.task.length + extra.advice.length + extra.taskFr.length + extra.adviceFr.length === 0) return { task: TASK, advice: ADVICE };
  let c = extraCues.get(extra);
  if (!c) {
    const moved = new Set([...extra.moved].map(frUnaccented));
    const kept = (list: readonly string[]) => list.filter((p) => !moved.has(frUnaccented(formKey(p))));
    c = {
      task: cueRe([...kept(TASK_LIST), ...extra.task, ...withUnaccented(extra.taskFr)]),
      advice: cueRe([...kept(ADVICE_LIST), ...extra.advice, ...withUnaccented(extra.adviceFr)]),
    };
    extraCues.set(extra, c);
  }
  return c;
}
/** "Be prepared to", as an acronym: case-sensitive so that "bpt" in prose is not read as one. */
const BPT = /(?<![\p{L}\p{N}])BPT(?![\p{L}\p{N}])/gu;
const IMPERATIVES = new Set([...orders.imperatives, ...withUnaccented(orders.imperativesFr)]);
/** French future tense, 3rd person, of a lower-case word: "La compagnie assurera l'escorte" is a task. */
const FUTURE_FR = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{Ll}-]{${orders.futureFr.minLength - 3},}(?:${orders.futureFr.endings.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const NOT_FUTURE = new Set(orders.futureFr.notVerbs);
/** Sentence opening: list markers, a leading adverb (group 1), then the first word (group 2). */
const FIRST_WORD = /^[\s\u00A0]*(?:(?:\d{1,2}[.)]|\(?[a-z0-9]{1,4}\)|[a-z]\.|[-•*–])[\s\u00A0]+)*(?:(immediately|always|routinely|also|immédiatement|toujours|systématiquement|également)[\s\u00A0]+)?([\p{L}]+)/iu;

/** Lower case, no accents, straight apostrophes: how the word lists below are compared. */
const plainKey = (s: string) => frUnaccented(formKey(s));
const wordsOf = (s: string) => plainKey(s).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
/** Do the words start with one of the phrases (of up to three words)? */
function startsWithPhrase(words: readonly string[], phrases: ReadonlySet<string>): boolean {
  return [1, 2, 3].some((n) => phrases.has(words.slice(0, n).join(' ')));
}
const plainSet = (list: readonly string[]) => new Set(list.map((p) => wordsOf(p).join(' ')));

const PRED = orders.predictive;
const MODALS = plainSet(PRED.modals);
const PRONOUN_SUBJECTS = plainSet(PRED.subjects);
const SPEAKERS = plainSet(PRED.speakers);
const CONDITIONALS = [...plainSet(PRED.conditionals)];
const EFFECT_FUTURES = plainSet(PRED.effectFutures);
const SKIP = plainSet(PRED.skip);
const PREDICTIVE_AFTER = plainSet(PRED.after);
const NEGATED_MODALS = plainSet(PRED.negatedModals);
const EPISTEMIC_MODALS = plainSet(PRED.epistemicModals);
const EPISTEMIC_AFTER = plainSet(PRED.epistemicAfter);
const RELATIVE_SUBJECTS = plainSet(PRED.relatives);
const WOULD_AFTER = plainSet(PRED.wouldAfter);
const FRAMES = [...plainSet(PRED.frames)];
const PURPOSE = plainSet(PRED.purposeNouns);
const PURPOSE_MODALS = plainSet(PRED.purposeModals);
const DATE_WORDS = plainSet(orders.dateWords);
const DEEMED = plainSet(PRED.deemed);
const BE = plainSet(PRED.be);
/** List markers at a sentence's start: "a.", "(2)", "–". */
const LIST_MARKER = /^[\s\u00A0]*(?:\(?[a-z0-9]{1,4}[.)]|[-•*–])?/iu;
/** Does nothing but a list marker stand before this point of the sentence? */
const atOpening = (before: string) => !/[\p{L}\p{N}]/u.test(before.replace(LIST_MARKER, ''));
/** Opening and closing quotation marks; a straight double quote toggles. */
const OPEN_QUOTES = '“‘«';
const CLOSE_QUOTES = '”»';

/** Is s[at] inside a quotation ("… said: “We will …”")? Reported words are not the document's own. */
function quoted(s: string, at: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const c = s[i]!;
    if (OPEN_QUOTES.includes(c)) depth++;
    else if ((CLOSE_QUOTES.includes(c) || (c === '’' && !/\p{L}/u.test(s[i + 1] ?? ''))) && depth > 0) depth--;
    else if (c === '"') straight = !straight;
  }
  return depth > 0 || straight;
}

/**
 * Does a modal cue at s[at, at+len) set the sentence's mode? Not when it is a name or a month ("on 3 May",
 * "Theresa May"), someone's quoted words, or a prediction or description rather than a task ("this will be
 * difficult", "the aim of the study is to …"; see verbs.json orders.predictive).
 */
function counts(s: string, at: number, len: number): boolean {
  const cue = s.slice(at, at + len);
  const before = s.slice(0, at);
  // A capitalised modal inside a sentence is a name ("May", "Will"); all capitals is an order's emphasis.
  if (/^\p{Lu}\p{Ll}/u.test(cue) && !atOpening(before)) return false;
  const key = wordsOf(cue).join(' ');
  if (DATE_WORDS.has(key) && (/\d[\s\u00A0]*$/.test(before) || /^[\s\u00A0]*\d/.test(s.slice(at + len)))) return false;
  if (quoted(s, at)) return false;
  if (inCondition(s, at, len, key)) return false;
  if (DEEMED.has(key) && BE.has(wordBefore(before))) return false;
  // "could not verify", "would not attend": an inability or a past fact, no advice.
  if (NEGATED_MODALS.has(key) && /^[\s\u00A0]+not(?![\p{L}])/iu.test(s.slice(at + len, at + len + 8))) return false;
  // "this may indicate", "could lead to", « cela peut engendrer »: a possibility, no advice.
  if (EPISTEMIC_MODALS.has(key)) {
    const next = wordsOf(s.slice(at + len, at + len + 60));
    let j = 0;
    while (j < next.length && (SKIP.has(next[j]!) || /(?:ly|ment)$/.test(next[j]!))) j++;
    if (startsWithPhrase(next.slice(j), EPISTEMIC_AFTER)) return false;
  }
  if (!MODALS.has(key) && !FUTURE_FR_WORD.test(cue)) return true;
  return !predictive(s, at, len, key);
}

/**
 * Is the cue part of a condition rather than the sentence's own mode? "If the mission is to succeed, …",
 * « Si la mission doit réussir, … »: a modal inside an if-clause that a main clause follows; "Should the
 * situation deteriorate, …" (or "Should …?"): an inverted conditional or a question, not advice.
 */
function inCondition(s: string, at: number, len: number, key: string): boolean {
  const rest = s.slice(at + len);
  const mainFollows = /^[^.;:!?]*,/u.test(rest);
  const before = s.slice(0, at);
  if (key === 'should' && atOpening(before)) return mainFollows || /\?[\s\u00A0]*$/u.test(rest);
  if (!mainFollows) return false;
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const lead = ` ${wordsOf(s.slice(clauseStart, at).replace(LIST_MARKER, '')).join(' ')} `;
  return CONDITIONALS.some((c) => lead.startsWith(` ${c} `));
}

/** The word before a cue, past adverbs such as "also", "clearly" ('' at the start). */
function wordBefore(before: string): string {
  const prev = wordsOf(before.slice(-200));
  let i = prev.length;
  while (i > 0 && SKIP.has(prev[i - 1]!)) i--;
  return i > 0 ? prev[i - 1]! : '';
}

function predictive(s: string, at: number, len: number, key: string): boolean {
  const subject = wordBefore(s.slice(0, at));
  const head = ` ${wordsOf(s.slice(Math.max(0, at - 200), at)).join(' ')} `;
  const has = (phrases: readonly string[]) => phrases.some((f) => head.includes(` ${f} `));
  // "We will …" is a speaker's; "if …, it will …" a supposition.
  if (SPEAKERS.has(subject) || (PRONOUN_SUBJECTS.has(subject) && has(CONDITIONALS)) || EFFECT_FUTURES.has(key)) return true;
  // "cases that will be handled by …": a relative clause tells what is to come.
  if (RELATIVE_SUBJECTS.has(subject)) return true;
  // "is to" after a noun of purpose in its clause: "The purpose of this study is to examine …".
  if (PURPOSE_MODALS.has(key)) return wordsOf(s.slice(s.lastIndexOf(',', at) + 1, at)).slice(-6).some((w) => PURPOSE.has(w));
  const next = wordsOf(s.slice(at + len, at + len + 80));
  let j = 0;
  while (j < next.length && SKIP.has(next[j]!)) j++;
  // "this approach would help increase …": an expected effect.
  if (key === 'would' && WOULD_AFTER.has(next[j] ?? '')) return true;
  return startsWithPhrase(next.slice(j), PREDICTIVE_AFTER) || has(FRAMES);
}

/** The first hit of re in s that counts (see counts()). */
function firstCounted(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) if (counts(s, m.index, m[0].length)) return m;
  return null;
}

const FUTURE_FR_WORD = new RegExp(`^${FUTURE_FR.source}$`, 'u');

/**
 * Mode of a sentence in an order or report: advice cues (should, may, where possible…) win over
 * task cues (will, shall, is to…), because a hedge downgrades a task; an imperative opening is a task.
 */
export function orderStrength(text: string, sentStart: number, sentEnd: number, lang?: VerbLanguage, extra?: VerbExtras): Strength {
  const s = text.slice(sentStart, sentEnd);
  const cues = modalCues(extra);
  const adv = firstCounted(cues.advice, s) ?? firstCounted(BPT, s);
  if (adv) return { verbClass: null, level: 2, mode: 'advice', cue: adv[0] };
  const task = firstCounted(cues.task, s);
  if (task) return { verbClass: null, level: 4, mode: 'task', cue: task[0] };
  if (lang === 'fr') {
    FUTURE_FR.lastIndex = 0;
    for (let m = FUTURE_FR.exec(s); m; m = FUTURE_FR.exec(s)) {
      if (!NOT_FUTURE.has(m[0]) && counts(s, m.index, m[0].length)) return { verbClass: null, level: 4, mode: 'task', cue: m[0] };
    }
  }
  // An imperative opens the sentence with a capital, or follows an opening adverb that has it ("Immediately escort …").
  const first = FIRST_WORD.exec(s);
  if (first && IMPERATIVES.has(first[2]!.toLowerCase()) && /^\p{Lu}/u.test(first[1] ?? first[2]!)) {
    return { verbClass: null, level: 4, mode: 'task', cue: first[2]! };
  }
  return { verbClass: null, level: 0, mode: 'context' };
}

/** Strength of a finding governed by a resolution verb; preambular paragraphs are context (level 0). */
export function resolutionStrength(verb: SectionVerb | undefined, preambular: boolean): Strength {
  if (!verb) return { verbClass: null, level: 0, mode: 'context' };
  const level: Level = preambular ? 0 : verb.level;
  const mode: Mode = preambular || level <= 1 ? 'context' : level >= 4 ? 'task' : 'advice';
  return { verbClass: verb.verbClass, level, mode, cue: verb.text };
}

// ---------------------------------------------------------------- decisions reported in prose



/** A finding's strength and, when a reported decision sets it, who decided ("the Council requested …"). */
export interface Said { strength: Strength; reported?: true; actor?: string }

type Tense = 'present' | 'past' | 'participle';
interface ReportedForm { lemma: string; verbClass: VerbClass; level: Level; tense: Tense; french: boolean }
interface ReportedTable {
  /** The forms by normKey, and the same as a phrase set read on the analysis' flat view. */
  forms: Map<string, ReportedForm>;
  phrases: PhraseSet;
  actorStart: RegExp;
  /** Actor phrases (their words' keys, see wordKey) → actor id; and as a phrase set on the flat view. */
  actors: Map<string, string>;
  actorPhrases: PhraseSet;
  actorsByNormKey: Map<string, string>;
  pronouns: Set<string>;
  firstPerson: Set<string>;
  /** Words that may stand between an actor and its verb, by kind (keys of their words). */
  passive: Set<string>;
  perfect: Set<string>;
  between: Set<string>;
  /** Relative pronouns that may stand between a body and its verb ("resolution 2467 (2019), which urges"). */
  relatives: Set<string>;
  /** "and", « et » as words: a verb after them shares the subject of the verb before. */
  coordinators: Set<string>;
  /** Words of a date or time between a body and its verb ("the Council on 3 May requested"): anchors and fillers. */
  timeAnchors: Set<string>;
  timeFillers: Set<string>;
  complement: RegExp;
  /** A complement anywhere ("to", « à »): an opening participle that directs someone to act. */
  complementNear: RegExp;
  /** A comma or "and" / « et » at the end: a verb that shares the subject of the one before. */
  coordinated: RegExp;
  contrast: RegExp;
  /** A "that" / « que » clause in the verb's clause (group 1: its words up to a comma), and the modals read in it. */
  thatClause: RegExp;
  modalAdvice: RegExp;
  modalTask: RegExp;
}

const rep = verbData.reported;
const MC = rep.modalComplement;
const SEP_RE = '[\\s\\u00A0]+';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
/** French agreement of a participle, its first word or the one after an adverb: "invité" → "invités", "instamment prié" → "instamment priées". */
const agreed = (f: string) => ['', 'e', 's', 'es'].map((x) => f.replace(/^((?:\S+ment[\s\u00A0]+)?\S+)/, `$1${x}`));

function reportedTable(french: boolean): ReportedTable {
  const forms = new Map<string, ReportedForm>();
  const byLemma = new Map(verbData.resolution.map((v) => [v.lemma, v]));
  const en = rep.en as Record<string, { base: string[]; past: string[]; finite?: string[]; participle?: string[]; class?: string; level?: number }>;
  // 'present': forms read in prose only, never as a resolution paragraph's verb (« préconise » opens none).
  const fr = rep.fr as Record<string, { past: string[]; plural: string[]; present?: string[]; reflexive?: string[] }>;
  const resFr = verbData.resolutionFr as Record<string, { finite: string[]; participle: string[] } | string>;
  const add = (list: readonly string[], f: Omit<ReportedForm, 'tense' | 'french'>, tense: Tense, isFr = false) => {
    for (const p of isFr ? withUnaccented(list) : list) {
      const k = normKey(p);
      if (!forms.has(k)) forms.set(k, { ...f, tense, french: isFr });
    }
  };
  for (const lemma of rep.lemmas) {
    const v = byLemma.get(lemma);
    const e = en[lemma]!;
    const info = { lemma, verbClass: (v?.class ?? e.class) as VerbClass, level: (v?.level ?? e.level) as Level };
    add([...(v?.finite ?? e.finite ?? []), ...e.base], info, 'present');
    add(e.past, info, 'past');
    add(v?.participle ?? e.participle ?? [], info, 'participle');
    const r = french ? resFr[lemma] : undefined;
    const f = french ? fr[lemma] : undefined;
    if (typeof r === 'object') {
      add([...r.finite, ...(f?.plural ?? []), ...(f?.present ?? [])], info, 'present', true);
      add(r.participle, info, 'participle', true);
    }
    if (f) {
      add(f.past.flatMap(agreed), info, 'past', true);
      const refl = f.reflexive ?? [];
      // A reflexive past is whole by itself: « s'est félicité », « s'était félicité », « s'étaient félicités ».
      add([...refl, ...refl.map((x) => x.replace(/^s'est /, "s'était ").replace(/^se sont /, "s'étaient "))], info, 'present', true);
    }
  }
  const actors = new Map<string, string>();
  const actorsByNormKey = new Map<string, string>();
  const actorForms: string[] = [];
  const bodyForms: string[] = [];
  const actorLists = (data: Record<string, unknown>, body: boolean) => {
    for (const [id, list] of Object.entries(data)) {
      if (!Array.isArray(list)) continue; // "$comment"
      for (const a of withUnaccented(list as string[])) {
        actors.set(wordsKey(a), id); actorsByNormKey.set(normKey(a), id); actorForms.push(a);
        if (body) bodyForms.push(a);
      }
    }
  };
  actorLists(rep.actors, true);
  // "the UN", « l'ONU »: an actor right before its verb only, never an antecedent (they open mission names).
  actorLists(rep.actorsBeforeVerb, false);
  type ByLang = { en: string[]; fr: string[] };
  const lang = (l: ByLang) => (french ? [...l.en, ...withUnaccented(l.fr)] : l.en);
  const keys = (l: ByLang) => new Set(lang(l).map(wordsKey));
  return {
    forms,
    phrases: new PhraseSet(forms.keys()),
    actorStart: new RegExp(`^[\\s\\u00A0]*(?:the${SEP_RE}|le${SEP_RE}|la${SEP_RE}|les${SEP_RE}|l')?(${trieSource(actorForms)!})${AFTER}`, 'iu'),
    actors,
    actorPhrases: new PhraseSet(bodyForms),
    actorsByNormKey,
    pronouns: keys(rep.pronouns),
    firstPerson: keys(rep.firstPerson),
    passive: keys(rep.passive),
    perfect: keys(rep.perfect),
    between: keys(rep.between),
    relatives: keys(rep.relatives),
    coordinators: keys(rep.coordinators),
    timeAnchors: keys(rep.time.anchors),
    timeFillers: keys(rep.time.fillers),
    complement: new RegExp(`^[\\s\\u00A0"'”’»]*(?:${phraseAlt(lang(rep.complement))})(?:${AFTER}|(?<=['’]))`, 'iu'),
    complementNear: new RegExp(`${BEFORE}(?:${phraseAlt(lang(rep.complement))})(?:${AFTER}|(?<=['’]))`, 'iu'),
    coordinated: new RegExp(`(?:,|${BEFORE}(?:${phraseAlt(lang(rep.coordinators))}))[\\s\\u00A0"'‘“«]*$`, 'iu'),
    contrast: new RegExp(`(?:^|[\\s,;])(?:${phraseAlt(lang(rep.contrast))})${AFTER}(?![\\s\\u00A0]+(?:${phraseAlt(lang(rep.contrastNot))})${AFTER})`, 'iu'),
    thatClause: new RegExp(`^[^,;:]{0,${MC.window}}?${BEFORE}(?:${phraseAlt(lang(MC.that))})(?:${AFTER}|(?<=['’]))([^,;:]{0,${MC.window}})`, 'iu'),
    modalAdvice: new RegExp(`${BEFORE}(?:${phraseAlt(lang(MC.advice))})${AFTER}`, 'iu'),
    modalTask: new RegExp(`${BEFORE}(?:${phraseAlt(lang(MC.task))})${AFTER}`, 'iu'),
  };
}

let enReported: ReportedTable | undefined;
let frReported: ReportedTable | undefined;
const reportedFor = (lang: VerbLanguage = 'en') => (lang === 'en' ? (enReported ??= reportedTable(false)) : (frReported ??= reportedTable(true)));

interface ReportedHit { end: number; said: Said }

/** Key of a word for the lists above: lower case, no accents, straight apostrophes. */
function wordKey(w: string): string {
  const k = w.toLowerCase().replace(/[’‘ʼ]/g, "'");
  return /[^\x00-\x7F]/.test(k) ? frUnaccented(k) : k;
}
/** Key of a phrase: its words' keys, one space apart (hyphens and quotation marks separate words). */
const wordsKey = (p: string) => wordKey(p).split(/[\s\u00A0"“”«»‐-–-]+/).filter(Boolean).join(' ');
const RESOLUTION = /^resolutions?$/;

/**
 * The actor named at the end of `before`, after adverbs, auxiliaries and a parenthesis are taken off:
 * read word by word from the end (the actor and what may follow it stand within a few words).
 */
function actorBefore(t: ReportedTable, before: string): { actor?: string; pronoun?: string; coordinated?: true; passive: boolean; aux: boolean } | null {
  const words = wordKey(before.slice(-ACTOR_WINDOW)).split(/[\s\u00A0"“”«»‐-–-]+/).filter(Boolean);
  let i = words.length;
  let passive = false;
  let aux = false;
  const endsWith = (set: ReadonlySet<string>) => {
    for (let n = Math.min(4, i); n > 0; n--) if (set.has(words.slice(i - n, i).join(' '))) { i -= n; return true; }
    return false;
  };
  while (i > 0) {
    if (endsWith(t.passive)) { passive = aux = true; continue; }
    if (endsWith(t.perfect)) { aux = true; continue; }
    if (endsWith(t.between)) continue;
    const time = timeRun(t, words, i);
    if (time > 0) { i -= time; continue; }
    if (endsWith(t.relatives)) {
      // The comma before "which" closes the body's name, it opens no parenthesis.
      if (i > 0 && words[i - 1]!.endsWith(',')) words[i - 1] = words[i - 1]!.slice(0, -1);
      continue;
    }
    // A parenthesis between the actor and its verb: "the Council, in its resolution 2242 (2015), urged".
    if (words[i - 1]!.endsWith(',')) {
      let open = i - 2;
      let length = words[i - 1]!.length;
      while (open >= 0 && !words[open]!.endsWith(',') && length < rep.parenthesisMax) length += words[open--]!.length + 1;
      if (open >= 0 && length + 2 < rep.parenthesisMax) { i = open + 1; words[open] = words[open]!.slice(0, -1); continue; }
    }
    break;
  }
  for (let n = Math.min(8, i); n > 0; n--) {
    const actor = t.actors.get(words.slice(i - n, i).join(' '));
    // "the Security Council of the United Nations": the name after "of" is no actor of its own
    if (actor) return { actor: actorHeadOf(t, words, i - n) ?? actor, passive, aux };
  }
  // "The Government of South Sudan", « le Gouvernement de la République centrafricaine »: the head before "of"
  const head = actorHeadOf(t, words, i);
  if (head) return { actor: head, passive, aux };
  // « le Gouvernement malien », « les autorités congolaises »: a French nationality adjective after the government
  if (i > 1 && NATIONALITY_FR.test(words[i - 1]!)) {
    for (let n = Math.min(3, i - 1); n > 0; n--) {
      if (t.actors.get(words.slice(i - 1 - n, i - 1).join(' ')) === 'government') return { actor: 'government', passive, aux };
    }
  }
  // Resolution numbers name the Council: "resolution 2242 (2015) urged …".
  let j = i;
  if (/^\(\d{4}\)$/.test(words[j - 1] ?? '')) j--;
  if (/^\d{3,4}$/.test(words[j - 1] ?? '') && RESOLUTION.test(words[j - 2] ?? '')) return { actor: 'council', passive, aux };
  const last = words[i - 1] ?? '';
  if (t.pronouns.has(last) || t.firstPerson.has(last)) return { pronoun: last, passive, aux };
  // A second verb after "and" / « et », past its adverbs, auxiliary and object pronoun: "The Council renewed the
  // mandate and also asked the mission to …", « … et lui a demandé de … ». Its subject is the first verb's.
  if (!passive && t.coordinators.has(last)) return { coordinated: true, passive, aux };
  return passive ? { passive, aux } : null;
}

/** "X of Y" before a reported verb (verbs.json reported.ofNames). */
const OF_NAMES = rep.ofNames;
const OF_WORDS = new Set(OF_NAMES.of);
const GENERIC_HEADS = new Set(OF_NAMES.genericHeads);
/** Words no name after "of" holds: they open a clause or a complement. */
const CLAUSE_WORDS = new Set(OF_NAMES.clauseWords);
/** French adjectives of nationality, by their endings (malien, congolaises, centrafricain, burkinabè, haïtiens). */
const NATIONALITY_FR = new RegExp(`^[\\p{Ll}-]{2,}(?:${OF_NAMES.nationalityEndingsFr.join('|')})(?:ne|e)?s?$`, 'u');
/** Words a name after "of" may run to: "the Government of the Central African Republic" (six). */
const OF_NAME_MAX = OF_NAMES.maxName;

/**
 * The actor named before an "of" / « de » that stands at most OF_NAME_MAX words before words[end] (the name
 * after it may open with « d' »), or undefined: "Government of South Sudan" → government.
 */
function actorHeadOf(t: ReportedTable, words: readonly string[], end: number): string | undefined {
  for (let k = end - 1; k > 0 && end - k <= OF_NAME_MAX; k--) {
    const w = words[k]!;
    // a clause word between "of" and the verb: "of" opens no name ("prié le Secrétaire général de veiller à ce que les missions …")
    if (CLAUSE_WORDS.has(w)) return undefined;
    const elided = /^d['’]\p{L}/u.test(w);
    if (!OF_WORDS.has(w) && !elided) continue;
    for (let n = Math.min(4, k); n > 0; n--) {
      const name = words.slice(k - n, k).join(' ');
      // A bare "Council of …" is another council ("the Council of the region"); "Security Council of …" is the one
      if (GENERIC_HEADS.has(name)) return undefined;
      const actor = t.actors.get(name);
      if (actor) return actor;
    }
    return undefined;
  }
  return undefined;
}

const NUMBER_WORD = /^\d{1,4}(?:st|nd|rd|th|er|e)?$/;

/**
 * How many words before words[i] are a date or time ("on 3 May", « le 5 mai », « mardi dernier »): a run of
 * anchors, numbers and fillers, at most `reported.time.max` long, holding an anchor or number; else 0.
 */
function timeRun(t: ReportedTable, words: readonly string[], i: number): number {
  let j = i;
  let anchored = 0;
  while (j > 0 && i - j < rep.time.max) {
    const w = words[j - 1]!;
    if (t.timeAnchors.has(w) || NUMBER_WORD.test(w)) anchored = i - j + 1;
    else if (!t.timeFillers.has(w)) break;
    j--;
  }
  // The run ends at its furthest anchor and its fillers before it: "on 3 May"; never fillers alone.
  if (anchored === 0) return 0;
  let k = i - anchored;
  while (k > j && t.timeFillers.has(words[k - 1]!)) k--;
  return i - k;
}

/**
 * The antecedent of "It", "They", « Elle » in text[from, to): the actor of the last decision reported
 * there ("The Council … It also requested …"), else the last body named that takes decisions.
 */
function antecedent(t: ReportedTable, src: Source, from: number, to: number): string | undefined {
  const text = src.text;
  let actor: string | undefined;
  for (const m of formsIn(t, src, from, to)) {
    const a = actorBefore(t, text.slice(from, m.start));
    if (a?.actor && !a.passive) actor = a.actor;
  }
  return actor ?? lastBody(t, src, from, to);
}

/** The last body that takes decisions named in text[from, to) ("The Council met …"). */
function lastBody(t: ReportedTable, src: Source, from: number, to: number): string | undefined {
  return t.actorPhrases.find(src, from, to).map((h) => t.actorsByNormKey.get(h.key)!).findLast((id) => DECIDING_BODIES.has(id));
}
const DECIDING_BODIES = new Set(rep.decidingBodies);
const ACTOR_WINDOW = rep.parenthesisMax + 60;
const AFTER_WINDOW = 120;
const OPENING = rep.opening;
const OPENING_CLASSES = new Set<string>(OPENING.classes);
const ACTIVE_ONLY = new Set(rep.activeOnly);
/** Verbs whose passive takes "with" as well as "to": "the mission was tasked with supporting …". */
const WITH_COMPLEMENT = new Set(rep.withComplement);

/** The reported-verb forms in text[from, to), in order: their offsets and form. */
function formsIn(t: ReportedTable, src: Source, from: number, to: number): { start: number; end: number; form: ReportedForm }[] {
  return t.phrases.find(src, from, to).map((h) => ({ start: h.start, end: h.end, form: t.forms.get(h.key)! }));
}

/** Reported decisions of a sentence, in order: the verb, and what it says. */
function reportedHits(src: Source, sentStart: number, sentEnd: number, lang: VerbLanguage | undefined, lo: number): ReportedHit[] {
  const t = reportedFor(lang);
  const forms = formsIn(t, src, sentStart, sentEnd);
  if (forms.length === 0) return []; // most sentences report no decision
  const text = src.text;
  const out: ReportedHit[] = [];
  // Who "It", « Elle » or a participle refers to: a decision earlier in the sentence, a body named in it,
  // else what the sentences before reported (looked up once per sentence).
  let previous: { actor?: string } | undefined;
  const referent = (at: number) =>
    out.findLast((h) => h.said.actor)?.said.actor ?? lastBody(t, src, sentStart, sentStart + at)
    ?? (previous ??= { actor: antecedent(t, src, Math.max(lo, sentStart - rep.lookBack), sentStart) }).actor;
  for (const m of forms) {
    const verb = text.slice(m.start, m.end);
    const at = m.start - sentStart;
    const f = m.form;
    // What the rules below read: a few words on either side of the verb.
    const after = text.slice(m.end, Math.min(sentEnd, m.end + AFTER_WINDOW));
    const from = Math.max(sentStart, m.start - ACTOR_WINDOW);
    // An opening quote around the verb ("the resolution ‘urged’ …") is no word of the subject; an elided
    // pronoun glued to it is (« le Conseil l'invite à … »).
    const before = text.slice(from, m.start).replace(/(?<![\p{L}])["'“‘«][\s\u00A0]*$/u, '');
    let actor: string | undefined;
    let ok = false;
    let unknown = false;
    if (f.tense === 'participle') {
      // After a comma, a participle adds to the sentence's decision ("…, calling on Member States to …"); an
      // opening one is a decision only if it directs someone to act: "Urging the parties to …".
      // « …, en lui demandant de … », « …, leur demandant de … »: a gerund's « en » and an object pronoun stand between.
      const bare = f.french ? before.replace(GERUND_OBJECT, '') : before;
      ok = t.coordinated.test(bare) || (from === sentStart && atOpening(before) && f.level >= OPENING.minLevel && OPENING_CLASSES.has(f.verbClass) && t.complementNear.test(after))
        // « a prorogé le mandat en demandant aux parties de … »: a gerund adds to the decision before it, comma or not
        || (f.french && /^en[\s\u00A0]/iu.test(GERUND_OBJECT.exec(before)?.[0] ?? '') && (out.length > 0 || lastBody(t, src, sentStart, m.start) !== undefined));
    } else {
      const a = actorBefore(t, before);
      if (a?.passive) {
        // A passive names the addressee ("Member States were encouraged to …"); the actor, if any, after
        // "by" / « par », which must then name one ("is committed by armed groups" is no decision).
        const by = /^[\s\u00A0]*(?:by|par)[\s\u00A0]+([\s\S]{0,60})/iu.exec(after);
        if (by) actor = t.actors.get(wordsKey(t.actorStart.exec(by[1]!)?.[1] ?? ''));
        ok = f.tense === 'past' && !ACTIVE_ONLY.has(f.lemma) && (by ? actor !== undefined : t.complement.test(after) || (WITH_COMPLEMENT.has(f.lemma) && (f.french ? /^[\s\u00A0]+pour[\s\u00A0]/iu : /^[\s\u00A0]+with[\s\u00A0]/iu).test(after)));
      } else if (a?.coordinated) {
        // The subject of a coordinated verb is the decision's before it in the sentence, or the body named there.
        actor = out.findLast((h) => h.said.actor)?.said.actor ?? lastBody(t, src, sentStart, m.start);
        ok = actor !== undefined && (f.tense === 'present' || !f.french || a.aux);
      } else if (a && (f.tense === 'present' || !f.french || a.aux)) {
        actor = a.actor ?? (t.firstPerson.has(a.pronoun!) ? 'author' : referent(at));
        // A pronoun whose antecedent is not in reach ("It also urged …" opening a passage) still reports a decision, by an unknown actor.
        // Only a pronoun that opens the sentence: "women said they asked …" reports no decision.
        unknown = actor === undefined && a.pronoun !== undefined && OPENING_PRONOUN.test(text.slice(sentStart, m.start));
        // …standing for whoever the sentence before names, if it names no deciding body: "The mission visited the camp. It urged …".
        if (unknown) {
          const end = text.lastIndexOf('.', sentStart - 1);
          actor = lastActor(t, src, Math.max(lo, sentStart - rep.lookBack, text.lastIndexOf('.', end - 1) + 1), sentStart, undefined);
        }
        ok = actor !== undefined || unknown;
      } else if (!a && out.length > 0 && t.coordinated.test(before)) {
        // A second verb of the same actor: "The resolution recognised … and urged States to …".
        actor = out[out.length - 1]!.said.actor;
        ok = true;
      }
    }
    if (!ok) continue;
    // A verb inside the complement of a body's decision is what the addressee is to do, no decision of its own:
    // "the Council requested the Secretary-General to ensure that missions encourage …", « … que les missions encouragent … ».
    const outer = out.findLast((h) => h.said.actor !== undefined && DECIDING_BODIES.has(h.said.actor));
    if (outer && (actor !== undefined ? !DECIDING_BODIES.has(actor) : unknown) && !/[;:]/.test(text.slice(outer.end, m.start))) continue;
    // A participle's actor is the sentence's or the last one named before it ("The Council …, calling on …").
    if (f.tense === 'participle') actor = referent(at);
    let as = f.french ? addressedAs(t, f, after) : undefined;
    if (f.french && !as && f.lemma === ADDRESSED.lemma) {
      // « le Conseil lui a demandé de … », « il lui a été demandé de … »: the pronoun stands for the last body
      // named before it that is not the subject; a mission or the Secretary-General makes it a request.
      const pro = objectPronoun(t, before);
      if (pro !== undefined) {
        const who = lastActor(t, src, Math.max(lo, sentStart - rep.lookBack), m.start - (before.length - pro), actor);
        if (who !== undefined && ADDRESSEES.has(who)) as = { class: ADDRESSED_AS.class as VerbClass, level: ADDRESSED_AS.level as Level };
        // The impersonal passive (« il lui a été demandé ») names no actor: the body that decided before it, if any.
        if (actor === undefined && who !== undefined && /^[\s\u00A0]*il[\s\u00A0]/iu.test(before.slice(Math.max(0, pro - 4)))) {
          const body = referent(at);
          if (body !== undefined && body !== who) actor = body;
        }
      }
    }
    let strength = resolutionStrength({ text: verb, start: 0, end: 0, verbClass: as?.class ?? f.verbClass, level: as?.level ?? f.level }, false);
    // A verb that decides nothing ("reminded States that they should …") takes the mode of its clause's modal.
    if (strength.mode === 'context') strength = modalOf(t, after) ?? strength;
    out.push({ end: sentStart + at + verb.length, said: { strength, reported: true, ...(actor ? { actor } : {}) } });
  }
  return out;
}

/** A sentence opened by a pronoun subject, after at most a short fronted phrase ("In addition, it …", « Par ailleurs, il … »). */
const OPENING_PRONOUN = /^[\s\u00A0"'“‘«(]*(?:[^,.;:]{0,40},[\s\u00A0]*)?(?:it|they|he|she|il|elle|ils|elles)(?![\p{L}])/iu;

const ADDRESSED = rep.addressed;
const ADDRESSED_AS = verbData.resolution.find((v) => v.lemma === ADDRESSED.as)!;
const ADDRESSED_TO = new RegExp(`^[\\s\\u00A0]*(?:,?[\\s\\u00A0]*(?:${phraseAlt(ADDRESSED.skip)})[\\s\\u00A0]*,?[\\s\\u00A0]+)*(?:${phraseAlt(ADDRESSED.to)})[\\s\\u00A0]+`, 'iu');
const ADDRESSEES = new Set(ADDRESSED.actors);

/** « demande à la Mission de … »: the verb the addressee makes of a French « demande » (see verbs.json reported.addressed). */
function addressedAs(t: ReportedTable, f: ReportedForm, after: string): { class: VerbClass; level: Level } | undefined {
  if (f.lemma !== ADDRESSED.lemma) return undefined;
  const to = ADDRESSED_TO.exec(after);
  const who = to ? t.actorStart.exec(after.slice(to[0].length))?.[1] : undefined;
  const id = who === undefined ? undefined : t.actors.get(wordsKey(who));
  return id !== undefined && ADDRESSEES.has(id) ? { class: ADDRESSED_AS.class as VerbClass, level: ADDRESSED_AS.level as Level } : undefined;
}

const OBJECT_PRONOUNS = new Set(['lui', 'leur']);
const GERUND_OBJECT = /(?<![\p{L}])(?:en[\s\u00A0]+)?(?:(?:lui|leur|les|la|le|y)[\s\u00A0]+|l['’])?$/iu;

/** Where « lui » / « leur » stands in `before` when only auxiliaries and adverbs follow it (« lui a également »), else undefined. */
function objectPronoun(t: ReportedTable, before: string): number | undefined {
  const re = /[^\s\u00A0]+/gu;
  const words: { w: string; at: number }[] = [];
  for (let m = re.exec(before); m; m = re.exec(before)) words.push({ w: wordKey(m[0]), at: m.index });
  for (let i = words.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const { w, at } = words[i]!;
    if (OBJECT_PRONOUNS.has(w)) return at;
    if (!t.perfect.has(w) && !t.passive.has(w) && !t.between.has(w) && !/ment$/.test(w)) return undefined;
  }
  return undefined;
}

/** The last actor named in text[from, to) other than `not` (the verb's subject). */
function lastActor(t: ReportedTable, src: Source, from: number, to: number, not: string | undefined): string | undefined {
  return t.actorPhrases.find(src, from, to).map((h) => t.actorsByNormKey.get(h.key)!).findLast((id) => id !== not);
}

/** The mode of a modal in the "that" clause opening `after`, with the modal as cue; null without one. */
function modalOf(t: ReportedTable, after: string): Strength | null {
  const clause = t.thatClause.exec(after)?.[1];
  if (clause === undefined) return null;
  const adv = t.modalAdvice.exec(clause);
  if (adv) return { verbClass: null, level: 2, mode: 'advice', cue: adv[0] };
  const task = t.modalTask.exec(clause);
  return task ? { verbClass: null, level: 4, mode: 'task', cue: task[0] } : null;
}

const AUTHOR_OF = rep.authorOf as Record<string, string>;

/** Who the author of a document of this type is as an actor ("I urge …" in a Secretary-General's report), if known. */
export function authorActor(profile: string): string | undefined {
  return profile !== '$comment' && Object.hasOwn(AUTHOR_OF, profile) ? AUTHOR_OF[profile] : undefined;
}

/** A sentence that opens with "As …," / « Comme …, » (a comparison or a reason): the offset of that clause's comma, else -1. */
const FRONTED_AS = /^[\s\u00A0"“«(]*(?:as|just as|comme|ainsi que|tel que|telle que)[\s\u00A0][^,;:.]{1,160},/iu;
function frontedAsEnd(text: string, sentStart: number, sentEnd: number): number {
  const m = FRONTED_AS.exec(text.slice(sentStart, Math.min(sentEnd, sentStart + 200)));
  return m ? sentStart + m[0].length - 1 : -1;
}

/**
 * Strength of findings in one sentence outside resolution paragraphs: a decision reported in prose
 * governs the findings after its verb (up to a contrast: "but", « mais »); otherwise the order's
 * modal cues (orderStrength). `lo` bounds the look-back for a pronoun's antecedent (the block start).
 */
export function proseStrength(input: string | Source, sentStart: number, sentEnd: number, lang?: VerbLanguage, lo = 0, extra?: VerbExtras): (pos: number) => Said {
  const src = typeof input === 'string' ? { text: input, flat: flatten(input) } : input;
  const text = src.text;
  let hits: ReportedHit[] | undefined;
  let modal: Said | undefined;
  let fronted: number | undefined;
  return (pos) => {
    hits ??= reportedHits(src, sentStart, sentEnd, lang, lo);
    const t = reportedFor(lang);
    // "As requested by the Council, the mission deployed …", « Comme l'a demandé le Conseil, la Mission a déployé … »:
    // a decision in a fronted "as" clause tells why the main clause's act was done; it governs nothing past its comma.
    fronted ??= frontedAsEnd(text, sentStart, sentEnd);
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.end > pos) continue;
      if (t.contrast.test(text.slice(h.end, pos))) break;
      if (h.end <= fronted && pos > fronted) break;
      return h.said;
    }
    return (modal ??= { strength: orderStrength(text, sentStart, sentEnd, lang, extra) });
  };
}
