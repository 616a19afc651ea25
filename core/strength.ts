// How strongly a provision is said: the action verbs of resolution paragraphs (class and level,
// from data/verbs.json) and the modal cues of orders (task / advice / context).
import verbData from './data/verbs.json' with { type: 'json' };
import type { Level, Mode, SectionVerb, Strength, VerbClass } from './schema.ts';
import { frUnaccented } from './inflect-fr.ts';
import { APOS_CLASS, escapeRegExp } from './text.ts';
import { trieSource } from './trie.ts';

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

function verbTable(french: boolean): VerbTable {
  const forms = new Map<string, VerbInfo>();
  const add = (f: string, info: VerbInfo) => { const k = formKey(f); if (!forms.has(k)) forms.set(k, info); };
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
const tableFor = (lang: VerbLanguage = 'en') => (lang === 'fr' ? (frTable ??= verbTable(true)) : (enTable ??= verbTable(false)));

/** Words that take the next word into the verb as labelled: "Having considered", "Se félicite", "Prend note". */
const TWO_WORD_HEADS = new Set(['having', 'ayant', 'se', 'prend', 'prenant', 'rend', 'rendant', 'met', 'mettant', 'lance', 'lançant']);
/** The verb word(s) as the UN labels them: the first word, or "Having considered". */
function headOf(matched: string): string {
  const parts = matched.split(/[\s\u00A0]+/);
  return TWO_WORD_HEADS.has(parts[0]!.toLowerCase()) && parts.length > 1 ? `${parts[0]} ${parts[1]}` : parts[0]!;
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
export function leadingVerb(text: string, from: number, to: number, anyWord = false, lang?: VerbLanguage): LeadingVerb | null {
  const table = tableFor(lang);
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
export function paragraphVerbs(text: string, from: number, to: number, lang?: VerbLanguage): LeadingVerb[] {
  const out: LeadingVerb[] = [];
  const lead = leadingVerb(text, from, to, true, lang);
  if (lead) out.push(lead);
  const slice = text.slice(from, to);
  const table = tableFor(lang);
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
const TASK = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlt([...orders.task, ...withUnaccented(orders.taskFr)])})(?![\\p{L}\\p{N}])`, 'giu');
const ADVICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${phraseAlt([...orders.advice.filter((a) => a !== 'BPT'), ...withUnaccented(orders.adviceFr)])})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "Be prepared to", as an acronym: case-sensitive so that "bpt" in prose is not read as one. */
const BPT = /(?<![\p{L}\p{N}])BPT(?![\p{L}\p{N}])/gu;
const IMPERATIVES = new Set([...orders.imperatives, ...withUnaccented(orders.imperativesFr)]);
/** French future tense, 3rd person, of a lower-case word: "La compagnie assurera l'escorte" is a task. */
const FUTURE_FR = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{Ll}-]{${orders.futureFr.minLength - 3},}(?:${orders.futureFr.endings.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const NOT_FUTURE = new Set(orders.futureFr.notVerbs);
/** Sentence opening: list markers and leading adverbs, then the first word. */
const FIRST_WORD = /^[\s\u00A0]*(?:(?:\d{1,2}[.)]|\(?[a-z0-9]{1,4}\)|[a-z]\.|[-•*–])[\s\u00A0]+)*(?:(?:immediately|always|routinely|also|immédiatement|toujours|systématiquement|également)[\s\u00A0]+)?([\p{L}]+)/iu;

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
  if (DEEMED.has(key) && BE.has(wordBefore(before))) return false;
  if (!MODALS.has(key) && !FUTURE_FR_WORD.test(cue)) return true;
  return !predictive(s, at, len, key);
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
  // "is to" after a noun of purpose in its clause: "The purpose of this study is to examine …".
  if (PURPOSE_MODALS.has(key)) return wordsOf(s.slice(s.lastIndexOf(',', at) + 1, at)).slice(-6).some((w) => PURPOSE.has(w));
  const next = wordsOf(s.slice(at + len, at + len + 80));
  let j = 0;
  while (j < next.length && SKIP.has(next[j]!)) j++;
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
export function orderStrength(text: string, sentStart: number, sentEnd: number, lang?: VerbLanguage): Strength {
  const s = text.slice(sentStart, sentEnd);
  const adv = firstCounted(ADVICE, s) ?? firstCounted(BPT, s);
  if (adv) return { verbClass: null, level: 2, mode: 'advice', cue: adv[0] };
  const task = firstCounted(TASK, s);
  if (task) return { verbClass: null, level: 4, mode: 'task', cue: task[0] };
  if (lang === 'fr') {
    FUTURE_FR.lastIndex = 0;
    for (let m = FUTURE_FR.exec(s); m; m = FUTURE_FR.exec(s)) {
      if (!NOT_FUTURE.has(m[0]) && counts(s, m.index, m[0].length)) return { verbClass: null, level: 4, mode: 'task', cue: m[0] };
    }
  }
  const first = FIRST_WORD.exec(s);
  if (first && IMPERATIVES.has(first[1]!.toLowerCase()) && /^\p{Lu}/u.test(first[1]!)) {
    return { verbClass: null, level: 4, mode: 'task', cue: first[1]! };
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

const WORD_START = /\p{L}+(?:['’]\p{L}+)?/gu;
/** Key of one word against `firstWords`: lower case, straight apostrophes. */
const fastKey = (w: string) => {
  const k = w.toLowerCase();
  return k.includes('’') ? k.replace(/’/g, "'") : k;
};

/** A finding's strength and, when a reported decision sets it, who decided ("the Council requested …"). */
export interface Said { strength: Strength; reported?: true; actor?: string }

type Tense = 'present' | 'past' | 'participle';
interface ReportedForm { lemma: string; verbClass: VerbClass; level: Level; tense: Tense; french: boolean }
interface ReportedTable {
  forms: Map<string, ReportedForm>;
  /** First words of the forms (formKey; accented and not): the sentence's other words are never tried. */
  firstWords: Set<string>;
  /** A form at a given position (sticky). */
  formAt: RegExp;
  actorEnd: RegExp;
  actorStart: RegExp;
  actorAny: RegExp;
  actors: Map<string, string>;
  firstPerson: Set<string>;
  pronounEnd: RegExp;
  betweenEnd: RegExp;
  perfectEnd: RegExp;
  passiveEnd: RegExp;
  complement: RegExp;
  /** A complement anywhere ("to", « à »): an opening participle that directs someone to act. */
  complementNear: RegExp;
  /** A comma or "and" / « et » at the end: a verb that shares the subject of the one before. */
  coordinated: RegExp;
  contrast: RegExp;
}

const rep = verbData.reported;
const SEP_RE = '[\\s\\u00A0]+';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
/** French agreement of a participle's first word: "invité" → "invités", "invitées". */
const agreed = (f: string) => ['', 'e', 's', 'es'].map((x) => f.replace(/^(\S+)/, `$1${x}`));

function reportedTable(french: boolean): ReportedTable {
  const forms = new Map<string, ReportedForm>();
  const byLemma = new Map(verbData.resolution.map((v) => [v.lemma, v]));
  const en = rep.en as Record<string, { base: string[]; past: string[]; finite?: string[]; participle?: string[]; class?: string; level?: number }>;
  const fr = rep.fr as Record<string, { past: string[]; plural: string[]; reflexive?: string[] }>;
  const resFr = verbData.resolutionFr as Record<string, { finite: string[]; participle: string[] } | string>;
  const add = (list: readonly string[], f: Omit<ReportedForm, 'tense' | 'french'>, tense: Tense, isFr = false) => {
    for (const p of isFr ? withUnaccented(list) : list) {
      const k = formKey(p);
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
      add([...r.finite, ...(f?.plural ?? [])], info, 'present', true);
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
  const actorForms: string[] = [];
  for (const [id, list] of Object.entries(rep.actors)) {
    for (const a of withUnaccented(list)) { actors.set(plainKey(a), id); actorForms.push(a); }
  }
  type ByLang = { en: string[]; fr: string[] };
  const lang = (l: ByLang) => (french ? [...l.en, ...withUnaccented(l.fr)] : l.en);
  const actorAlt = trieSource(actorForms)!;
  const quote = '["\'“”‘’«»]';
  const formAlt = trieSource(forms.keys())!;
  return {
    forms,
    firstWords: new Set([...forms.keys()].map((k) => k.split(' ')[0]!)),
    formAt: new RegExp(`(${formAlt})(?:${quote})?${AFTER}`, 'yiu'),
    // Resolution numbers name the Council: "resolution 2242 (2015) urged …".
    actorEnd: new RegExp(`${BEFORE}(?:(${actorAlt})|(resolutions?${SEP_RE}\\d{3,4}(?:${SEP_RE}\\(\\d{4}\\))?))[\\s\\u00A0"'”’»]*$`, 'iu'),
    actorStart: new RegExp(`^[\\s\\u00A0]*(?:the${SEP_RE}|le${SEP_RE}|la${SEP_RE}|les${SEP_RE}|l')?(${actorAlt})${AFTER}`, 'iu'),
    actorAny: new RegExp(`${BEFORE}(?:${actorAlt})${AFTER}`, 'giu'),
    actors,
    firstPerson: new Set(lang(rep.firstPerson).map(plainKey)),
    pronounEnd: new RegExp(`${BEFORE}(${phraseAlt(lang(rep.pronouns).concat(lang(rep.firstPerson)))})[\\s\\u00A0]*$`, 'iu'),
    betweenEnd: new RegExp(`${BEFORE}(?:${phraseAlt(lang(rep.between))})[\\s\\u00A0"'“”‘’«»]*$`, 'iu'),
    perfectEnd: new RegExp(`${BEFORE}(?:${phraseAlt(lang(rep.perfect))})[\\s\\u00A0]*$`, 'iu'),
    passiveEnd: new RegExp(`${BEFORE}(?:${phraseAlt(lang(rep.passive))})[\\s\\u00A0]*$`, 'iu'),
    complement: new RegExp(`^[\\s\\u00A0"'”’»]*(?:${phraseAlt(lang(rep.complement))})(?:${AFTER}|(?<=['’]))`, 'iu'),
    complementNear: new RegExp(`${BEFORE}(?:${phraseAlt(lang(rep.complement))})(?:${AFTER}|(?<=['’]))`, 'iu'),
    coordinated: new RegExp(`(?:,|${BEFORE}(?:${phraseAlt(lang(rep.coordinators))}))[\\s\\u00A0"'‘“«]*$`, 'iu'),
    contrast: new RegExp(`(?:^|[\\s,;])(?:${phraseAlt(lang(rep.contrast))})${AFTER}`, 'iu'),
  };
}

let enReported: ReportedTable | undefined;
let frReported: ReportedTable | undefined;
const reportedFor = (lang: VerbLanguage = 'en') => (lang === 'en' ? (enReported ??= reportedTable(false)) : (frReported ??= reportedTable(true)));

interface ReportedHit { end: number; said: Said }

/** The actor named at the end of `before`, after adverbs, auxiliaries and a parenthesis are taken off. */
function actorBefore(t: ReportedTable, before: string): { actor?: string; pronoun?: string; passive: boolean; aux: boolean } | null {
  let rest = before;
  let passive = false;
  let aux = false;
  for (let n = 0; n < 8; n++) {
    const p = t.passiveEnd.exec(rest);
    if (p) { passive = true; aux = true; rest = rest.slice(0, p.index); continue; }
    const h = t.perfectEnd.exec(rest);
    if (h) { aux = true; rest = rest.slice(0, h.index); continue; }
    const b = t.betweenEnd.exec(rest);
    if (b) { rest = rest.slice(0, b.index); continue; }
    // A parenthesis between the actor and its verb: "the Council, in its resolution 2242 (2015), urged".
    const trimmed = rest.replace(/[\s\u00A0]+$/, '');
    if (trimmed.endsWith(',')) {
      const open = trimmed.lastIndexOf(',', trimmed.length - 2);
      if (open > 0 && trimmed.length - open < rep.parenthesisMax) { rest = trimmed.slice(0, open); continue; }
    }
    break;
  }
  const a = t.actorEnd.exec(rest);
  if (a) return { actor: a[2] ? 'council' : t.actors.get(plainKey(a[1]!)), passive, aux };
  const pr = t.pronounEnd.exec(rest);
  if (pr) return { pronoun: plainKey(pr[1]!), passive, aux };
  return passive ? { passive, aux } : null;
}

/**
 * The antecedent of "It", "They", « Elle » in text[from, to): the actor of the last decision reported
 * there ("The Council … It also requested …"), else the last body named that takes decisions.
 */
function antecedent(t: ReportedTable, text: string, from: number, to: number): string | undefined {
  const s = text.slice(from, to);
  let actor: string | undefined;
  for (const m of formsIn(t, s)) {
    const a = actorBefore(t, s.slice(0, m.index));
    if (a?.actor && !a.passive) actor = a.actor;
  }
  if (actor) return actor;
  for (const m of s.matchAll(t.actorAny)) {
    const id = t.actors.get(plainKey(m[0]))!;
    if (DECIDING_BODIES.has(id)) actor = id;
  }
  return actor;
}
const DECIDING_BODIES = new Set(rep.decidingBodies);
const OPENING = rep.opening;
const OPENING_CLASSES = new Set<string>(OPENING.classes);
const ACTIVE_ONLY = new Set(rep.activeOnly);

/** The reported-verb forms of s, in order: tried only at words that open one. */
function* formsIn(t: ReportedTable, s: string): Generator<RegExpExecArray> {
  let last = 0;
  for (const w of s.matchAll(WORD_START)) {
    if (w.index < last || !t.firstWords.has(fastKey(w[0]))) continue;
    t.formAt.lastIndex = w.index;
    const m = t.formAt.exec(s);
    if (!m) continue;
    last = m.index + m[0].length;
    yield m;
  }
}

/** Reported decisions of a sentence, in order: the verb, and what it says. */
function reportedHits(text: string, sentStart: number, sentEnd: number, lang: VerbLanguage | undefined, lo: number): ReportedHit[] {
  const t = reportedFor(lang);
  const s = text.slice(sentStart, sentEnd);
  const out: ReportedHit[] = [];
  for (const m of formsIn(t, s)) {
    const last = m.index + m[0].length;
    const verb = m[1]!;
    const at = m.index;
    const f = t.forms.get(formKey(verb))!;
    const after = s.slice(last);
    // An opening quote around the verb ("the resolution ‘urged’ …") is no word of the subject.
    const before = s.slice(0, at).replace(/["'“‘«][\s\u00A0]*$/u, '');
    let actor: string | undefined;
    let ok = false;
    if (f.tense === 'participle') {
      // After a comma, a participle adds to the sentence's decision ("…, calling on Member States to …"); an
      // opening one is a decision only if it directs someone to act: "Urging the parties to …".
      ok = t.coordinated.test(before) || (atOpening(before) && f.level >= OPENING.minLevel && OPENING_CLASSES.has(f.verbClass) && t.complementNear.test(after.slice(0, 120)));
    } else {
      const a = actorBefore(t, before);
      if (a?.passive) {
        // A passive names the addressee ("Member States were encouraged to …"); the actor, if any, after
        // "by" / « par », which must then name one ("is committed by armed groups" is no decision).
        const by = /^[\s\u00A0]*(?:by|par)[\s\u00A0]+([\s\S]{0,60})/iu.exec(after);
        if (by) actor = t.actors.get(plainKey(t.actorStart.exec(by[1]!)?.[1] ?? ''));
        ok = f.tense === 'past' && !ACTIVE_ONLY.has(f.lemma) && (by ? actor !== undefined : t.complement.test(after));
      } else if (a && (f.tense === 'present' || !f.french || a.aux)) {
        actor = a.actor ?? (t.firstPerson.has(a.pronoun!) ? 'author' : antecedent(t, text, Math.max(lo, sentStart - rep.lookBack), sentStart + at));
        ok = actor !== undefined;
      } else if (!a && out.length > 0 && t.coordinated.test(before)) {
        // A second verb of the same actor: "The resolution recognised … and urged States to …".
        actor = out[out.length - 1]!.said.actor;
        ok = true;
      }
    }
    if (!ok) continue;
    // A participle's actor is the sentence's or the last one named before it ("The Council …, calling on …").
    if (f.tense === 'participle') actor = antecedent(t, text, Math.max(lo, sentStart - rep.lookBack), sentStart + at);
    const strength = resolutionStrength({ text: verb, start: 0, end: 0, verbClass: f.verbClass, level: f.level }, false);
    out.push({ end: sentStart + at + verb.length, said: { strength, reported: true, ...(actor ? { actor } : {}) } });
  }
  return out;
}

/**
 * Strength of findings in one sentence outside resolution paragraphs: a decision reported in prose
 * governs the findings after its verb (up to a contrast: "but", « mais »); otherwise the order's
 * modal cues (orderStrength). `lo` bounds the look-back for a pronoun's antecedent (the block start).
 */
export function proseStrength(text: string, sentStart: number, sentEnd: number, lang?: VerbLanguage, lo = 0): (pos: number) => Said {
  let hits: ReportedHit[] | undefined;
  let modal: Said | undefined;
  return (pos) => {
    hits ??= reportedHits(text, sentStart, sentEnd, lang, lo);
    const t = reportedFor(lang);
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.end > pos) continue;
      if (t.contrast.test(text.slice(h.end, pos))) break;
      return h.said;
    }
    return (modal ??= { strength: orderStrength(text, sentStart, sentEnd, lang) });
  };
}
