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
    if (fr && typeof fr === 'object') {
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

function firstHit(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/**
 * Mode of a sentence in an order or report: advice cues (should, may, where possible…) win over
 * task cues (will, shall, is to…), because a hedge downgrades a task; an imperative opening is a task.
 */
export function orderStrength(text: string, sentStart: number, sentEnd: number, lang?: VerbLanguage): Strength {
  const s = text.slice(sentStart, sentEnd);
  const adv = firstHit(ADVICE, s) ?? firstHit(BPT, s);
  if (adv) return { verbClass: null, level: 2, mode: 'advice', cue: adv[0] };
  const task = firstHit(TASK, s);
  if (task) return { verbClass: null, level: 4, mode: 'task', cue: task[0] };
  if (lang === 'fr') {
    FUTURE_FR.lastIndex = 0;
    for (let m = FUTURE_FR.exec(s); m; m = FUTURE_FR.exec(s)) {
      if (!NOT_FUTURE.has(m[0])) return { verbClass: null, level: 4, mode: 'task', cue: m[0] };
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
