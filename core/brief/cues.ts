// How the adviser's brief reads one sentence: is it a recommendation (a recommending frame, a modal
// like must/should, an imperative opening a list item), which verb carries the action and how
// concrete it is, and the short words of the action. Cues and verbs are data (data/brief.json).
import { z } from 'zod';
import raw from '../data/brief.json' with { type: 'json' };

export type BriefLang = 'en' | 'fr';
export type VerbGrade = 'strong' | 'plain' | 'weak';
export type CueKind = 'recommend' | 'must' | 'should';

const phrase = z.string().trim().min(1).max(120);
const Lists = z.object({
  recommend: z.array(phrase), must: z.array(phrase), should: z.array(phrase), notRecommendation: z.array(phrase),
  hedge: z.array(phrase), strong: z.array(phrase), plain: z.array(phrase), weak: z.array(phrase),
  subjects: z.array(phrase), mandateWords: z.array(phrase),
}).strict();
export const BriefData = z.object({
  $comment: z.string().optional(),
  recommendationHeadings: z.array(phrase).min(1),
  furnitureHeadings: z.array(phrase).min(1),
  en: Lists,
  fr: Lists,
}).strict();
export type BriefData = z.infer<typeof BriefData>;

const WORD_CH = '[\\p{L}\\p{N}]';

/** One regex for a list of phrases: whole words, any case, any run of spaces, either apostrophe. */
export function phraseRe(list: readonly string[], flags = 'iu'): RegExp {
  const parts = [...new Set(list.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length).map((p) => {
    const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00A0]+').replace(/['’]/g, "['’]");
    return /[\p{L}\p{N}]$/u.test(p) ? `${body}(?!${WORD_CH})` : body;
  });
  return new RegExp(`(?<!${WORD_CH})(?:${parts.join('|')})`, flags);
}

interface Compiled {
  recommend: RegExp; must: RegExp; should: RegExp; not: RegExp; hedge: RegExp; mandate: RegExp;
  verbs: Map<string, VerbGrade>; maxVerbWords: number; subjects: Set<string>;
}

let data: BriefData | undefined;
const compiled = new Map<BriefLang, Compiled>();

/** The brief's data, validated once. */
export function briefData(): BriefData {
  return (data ??= BriefData.parse(raw));
}

function lists(lang: BriefLang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const l = briefData()[lang];
  const verbs = new Map<string, VerbGrade>();
  // Later grades win: a verb listed as weak stays weak even if a stronger list also names it.
  for (const grade of ['plain', 'strong', 'weak'] as const) for (const v of l[grade]) verbs.set(norm(v), grade);
  c = {
    recommend: phraseRe(l.recommend, 'giu'), must: phraseRe(l.must, 'giu'), should: phraseRe(l.should, 'giu'),
    not: phraseRe(l.notRecommendation), hedge: phraseRe(l.hedge), mandate: phraseRe(l.mandateWords),
    verbs, maxVerbWords: Math.max(...[...verbs.keys()].map((k) => k.split(' ').length)),
    subjects: new Set(l.subjects.map(norm)),
  };
  compiled.set(lang, c);
  return c;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- headings

const NUMBERING = /^(?:(?:chapter|chapitre|section|part|partie)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])[.):\-–—]?\s+/iu;

/** A heading's words without numbering, case or trailing punctuation: "5. RECOMMENDATIONS:" → "recommendations". */
export function headingWords(title: string): string {
  return norm(title.replace(NUMBERING, '').replace(/[\s:.;,–—-]+$/u, ''));
}

let recHeading: RegExp | undefined;
let furnitureHeading: Set<string> | undefined;

/** Does a heading open a document's recommendations, hold its furniture (contents, notes, references), or neither? */
export function headingKind(title: string): 'recommendations' | 'furniture' | null {
  const w = headingWords(title);
  if (!w || w.length > 120) return null;
  furnitureHeading ??= new Set(briefData().furnitureHeadings.map(norm));
  if (furnitureHeading.has(w) || /^(?:about|à propos)\s/u.test(w) || /^(?:table of contents|list of (?:abbreviations|acronyms|tables|figures|interviews)|table des matières|liste des (?:abréviations|sigles|tableaux|figures|entretiens))\b/u.test(w)) return 'furniture';
  recHeading ??= phraseRe(briefData().recommendationHeadings);
  return recHeading.test(w) ? 'recommendations' : null;
}

// ---------------------------------------------------------------- sentences

export interface Shape {
  /** The strongest recommending cue in the sentence, if any. */
  cue: CueKind | null;
  /** Where that cue is in the sentence (offsets into the sentence string). */
  cueStart: number;
  cueEnd: number;
  /** A hedge ("may", "consider", "where possible") softens the action. */
  hedged: boolean;
}

const CUE_ORDER: CueKind[] = ['recommend', 'must', 'should'];

// A modal inside an indirect question or a reported thought is not the sentence's recommendation:
// "ideas on how gender should be integrated", "convince him that more action has to be taken".
const EMBEDDED_EN = /(?:\b(?:how|whether|why|what|wonder|wondering|asks?|asked)\b(?:\s+\S+){0,5}|\b(?:convince[sd]?|convincing|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped|feels?|felt|doubts?|doubted)\s+(?:\S+\s+){0,2}that(?:\s+\S+){0,6})\s+$/iu;
const EMBEDDED_FR = /(?:\b(?:comment|pourquoi|si|demande|demandent|demandant)\b(?:\s+\S+){0,5}|\b(?:convaincre|convaincu|pense|pensent|croit|croient|espère|espèrent|doute)\s+(?:\S+\s+){0,2}qu(?:e|['’])(?:\s*\S+){0,6})\s+$/iu;

/**
 * Is the sentence shaped like a recommendation? The strongest cue wins ("we recommend" over "must"
 * over "should"); "it should be noted", a question, and a conditional "Should …" opening are not.
 */
export function recommendationShape(sentence: string, lang: BriefLang): Shape {
  const c = lists(lang);
  const none: Shape = { cue: null, cueStart: -1, cueEnd: -1, hedged: c.hedge.test(sentence) };
  if (/\?\s*["'”’»)]*\s*$/u.test(sentence)) return none;
  if (lang === 'en' && /^\s*should\s/iu.test(sentence)) return none; // "Should the Council decide …"
  for (const kind of CUE_ORDER) {
    const re = c[kind];
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      // "must be noted" / « il faut noter » is a remark about the text, not an action.
      const around = sentence.slice(m.index, m.index + m[0].length + 24);
      c.not.lastIndex = 0;
      const blocked = c.not.exec(around);
      if (blocked && blocked.index === 0) continue;
      if (kind !== 'recommend' && (lang === 'en' ? EMBEDDED_EN : EMBEDDED_FR).test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
      return { cue: kind, cueStart: m.index, cueEnd: m.index + m[0].length, hedged: none.hedged };
    }
  }
  return none;
}

export interface VerbHit { lemma: string; grade: VerbGrade; start: number; end: number }

const TOKEN = /[\p{L}][\p{L}'’-]*/gu;

function tokens(s: string, from = 0, max = 12): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(s); m && out.length < max; m = TOKEN.exec(s)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const EN_IRREGULAR: Record<string, string> = {
  held: 'hold', made: 'make', built: 'build', given: 'give', taken: 'take', brought: 'bring', kept: 'keep', set: 'set',
  drawn: 'draw', put: 'put', run: 'run', led: 'lead', sent: 'send', done: 'do', undertaken: 'undertake',
};
const FR_IRREGULAR: Record<string, string> = {
  mis: 'mettre', mise: 'mettre', mises: 'mettre', pris: 'prendre', prise: 'prendre', prises: 'prendre', fait: 'faire', faite: 'faire',
  faites: 'faire', tenu: 'tenir', tenue: 'tenir', conduit: 'conduire', conduite: 'conduire', construit: 'construire', ouvert: 'ouvrir',
  mettez: 'mettre', prenez: 'prendre', tenez: 'tenir', conduisez: 'conduire', construisez: 'construire',
};

/** The base forms a word may stand for: "appointed" → appoint, "nommée" → nommer, "renforcez" → renforcer. */
function bases(word: string, lang: BriefLang): string[] {
  const w = norm(word);
  const out = [w];
  if (lang === 'en') {
    if (EN_IRREGULAR[w]) out.push(EN_IRREGULAR[w]!);
    if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
    if (w.endsWith('ed')) { out.push(w.slice(0, -2), w.slice(0, -1)); if (/(.)\1ed$/.test(w)) out.push(w.slice(0, -3)); }
    if (w.endsWith('ing')) { out.push(w.slice(0, -3), w.slice(0, -3) + 'e'); if (/(.)\1ing$/.test(w)) out.push(w.slice(0, -4)); }
  } else {
    if (FR_IRREGULAR[w]) out.push(FR_IRREGULAR[w]!);
    const p = /^(.*)é(?:e|s|es)?$/u.exec(w);
    if (p) out.push(p[1] + 'er');
    if (/issez$/u.test(w)) out.push(w.slice(0, -5) + 'ir');
    else if (w.endsWith('ez')) out.push(w.slice(0, -2) + 'er');
    if (/i(?:e|s|es)?$/u.test(w)) out.push(w.replace(/i(?:e|s|es)?$/u, 'ir'));
  }
  return out;
}

/** The verb (one to three words) starting at token k, if the lists know it. */
function verbAt(toks: { w: string; start: number; end: number }[], k: number, lang: BriefLang): VerbHit | null {
  const c = lists(lang);
  for (let n = Math.min(c.maxVerbWords, toks.length - k); n >= 1; n--) {
    const rest = toks.slice(k + 1, k + n).map((t) => norm(t.w)).join(' ');
    for (const b of bases(toks[k]!.w, lang)) {
      const key = n > 1 ? `${b} ${rest}` : b;
      const grade = c.verbs.get(key);
      if (grade) return { lemma: key, grade, start: toks[k]!.start, end: toks[k + n - 1]!.end };
    }
  }
  return null;
}

/**
 * The first verb the lists know within a few words after `from`: past adverbs and "be" ("should also
 * be appointed"), and past a subject after a recommending frame ("that the mission appoint").
 */
export function verbAfter(sentence: string, from: number, lang: BriefLang, reach = 6): VerbHit | null {
  const toks = tokens(sentence, from, reach + 3);
  for (let k = 0; k < toks.length && k < reach; k++) {
    const v = verbAt(toks, k, lang);
    if (v) return v;
  }
  return null;
}

// A list item's opening noun, not a verb: "Training of staff …", "Support for …", "Report on …".
const NOUN_NEXT_EN = /^(?:of|for|on|is|are|was|were|has|have|had|remains|remained|to|in|by|and|with|from)$/iu;
const NOUN_NEXT_FR = /^(?:est|sont|était|étaient|a|ont|reste|restent|du|des)$/iu;

/** The verb opening the sentence when it reads as an imperative (English) or an infinitive/imperative (French). */
export function imperativeVerb(sentence: string, lang: BriefLang): VerbHit | null {
  const toks = tokens(sentence, 0, 6);
  if (toks.length < 2 || sentence.slice(0, toks[0]!.start).trim() !== '') return null;
  const v = verbAt(toks, 0, lang);
  if (!v) return null;
  const next = toks.find((t) => t.start >= v.end);
  if (!next) return null;
  if (sentence.slice(v.end, next.start).includes(':')) return null; // "Support: …" is a label
  if ((lang === 'en' ? NOUN_NEXT_EN : NOUN_NEXT_FR).test(next.w) && v.lemma.split(' ').length === 1) return null;
  return v;
}

/** Does the sentence name a mandate ("is mandated to", « le mandat de la Mission »)? */
export function namesMandate(sentence: string, lang: BriefLang): boolean {
  return lists(lang).mandate.test(sentence);
}

// ---------------------------------------------------------------- the words of an action

const CUT_EN = /,|;|:|\s[–—]\s|\s(?:in order to|so that|so as to|which|who|including|such as|given|based on|as well as|while|whereas|because|since|through)\s/giu;
const CUT_FR = /,|;|:|\s[–—]\s|\s(?:afin de|afin d['’]|afin que|pour que|de manière à|de façon à|qui|dont|notamment|y compris|tels? que|telles? que|ainsi que|tandis que|alors que|car|grâce à)\s/giu;
const MAX_WORDS = 22;
const MIN_WORDS = 4;

const WORD_CH_RE = /[\p{L}\p{N}]/u;
const isWordCh = (c: number, ch: string) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORD_CH_RE.test(ch));

/** Words (runs of letters and digits) in s, counted without building them. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordCh(s.charCodeAt(i), s[i]!);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

// An enumeration goes on after its comma ("police, gendarmerie, and justice", "full, effective and
// meaningful"); an opening adverbial ends at its comma ("In the protection of civilians section, …").
const ENUM_NEXT_EN = /^,\s*(?:(?:and|or)\s|[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}\s*(?:,|\s(?:and|or)\s))/iu;
const ENUM_NEXT_FR = /^,\s*(?:(?:et|ou)\s|[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}\s*(?:,|\s(?:et|ou)\s))/iu;
const OPENER_EN = /^(?:in|on|for|under|within|at|during|after|before|when|where|if|to|as|with|by|from|once|given|following)\s/iu;
const OPENER_FR = /^(?:dans|pour|lors|en|sous|après|avant|si|afin|au|aux|à|dès|avec|par|selon|face)\s/iu;

/**
 * May the action be cut at this boundary? Not before a few words, not inside brackets, not right after
 * an opening adverbial, not inside an enumeration (a comma before a short item, or one more comma of
 * an enumeration already under way: `enumAt` is where its last comma was).
 */
function cutAllowed(s: string, at: number, boundary: string, lang: BriefLang, enumAt: number): 'cut' | 'enum' | 'no' {
  const before = s.slice(0, at);
  if (wordCount(before) < MIN_WORDS) return 'no';
  if ((before.match(/[([]/g) ?? []).length > (before.match(/[)\]]/g) ?? []).length) return 'no';
  if ((lang === 'en' ? OPENER_EN : OPENER_FR).test(before) && !/[,:;]/.test(before)) return 'no';
  if (boundary.startsWith(',')) {
    if ((lang === 'en' ? ENUM_NEXT_EN : ENUM_NEXT_FR).test(s.slice(at))) return 'enum';
    if (enumAt >= 0 && wordCount(s.slice(enumAt, at)) <= 3) return 'enum';
  }
  return 'cut';
}

/** A long action cut at its first clause boundary after a few words, or after MAX_WORDS words with "…". */
export function shorten(s: string, lang: BriefLang): string {
  let out = s.replace(/\s+/g, ' ').trim();
  if (wordCount(out) > 12) {
    const re = lang === 'en' ? CUT_EN : CUT_FR;
    re.lastIndex = 0;
    let enumAt = -1;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      const verdict = cutAllowed(out, m.index, m[0], lang, enumAt);
      if (verdict === 'enum') enumAt = m.index + 1;
      if (verdict === 'cut') { out = out.slice(0, m.index); break; }
    }
  }
  const words = [...out.matchAll(/\S+/g)];
  if (wordCount(out) > MAX_WORDS) {
    let n = 0;
    for (const w of words) if (/[\p{L}\p{N}]/u.test(w[0]) && ++n === MAX_WORDS) { out = out.slice(0, w.index! + w[0].length).replace(/[\s,;:.–—-]+$/u, '') + '…'; break; }
  }
  return out.replace(/(?<!…)[\s,;:.–—-]+$/u, '').replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());
}

/**
 * The words of the action a sentence recommends: the recommending frame dropped ("We recommend that",
 * « Il est recommandé de »), a pronoun subject with its modal dropped ("We must ensure …" → "Ensure …"),
 * then shortened.
 */
export function actionWords(sentence: string, lang: BriefLang, shape: Shape): string {
  let s = sentence;
  const c = lists(lang);
  const after = sentence.slice(shape.cueEnd);
  if (shape.cue === 'recommend') {
    // « Nous recommandons que la mission désigne … » keeps its frame: without it the subjunctive reads as a fact.
    if (shape.cueStart < 160 && !(lang === 'fr' && /^[\s,]*qu(?:e|['’])/iu.test(after))) s = fromFrame(after, lang);
  } else if (shape.cue && shape.cueStart >= 0) {
    const before = norm(sentence.slice(0, shape.cueStart).replace(/[,\s]+$/u, ''));
    const lead = before.split(' ').at(-1) ?? '';
    const impersonal = /^(?:there is a need to|it is|il faut|il est|il convient|il importe|il y a lieu|il faudrait|il conviendrait)/iu.test(sentence.slice(shape.cueStart));
    if (impersonal || (before.split(' ').length <= 2 && c.subjects.has(lead)) || before === '') {
      const rest = sentence.slice(shape.cueEnd).replace(/^\s*(?:to|de|d['’]|que|qu['’])?\s*/iu, '');
      if (wordCount(rest) >= 2) s = rest;
    }
  }
  return shorten(s, lang);
}

/**
 * What follows a recommending frame, as an action: "that the battalion collect …" and "the parties to
 * ensure …" → "… should collect / should ensure …"; « la mission à désigner … » → « la mission devrait désigner … ».
 */
function fromFrame(after: string, lang: BriefLang): string {
  let s = after.replace(/^[\s,]*(?:that|to|de|d['’])?\s*/iu, '');
  const v = verbAfter(s, 0, lang, lang === 'en' ? 6 : 8);
  if (!v || v.start === 0) return s;
  const lead = s.slice(0, v.start);
  if (lang === 'en') {
    if (/\b(?:should|must|shall|will|would|can|could|may|might|be)\s+$/iu.test(lead) || /(?:ing|ed)$/iu.test(s.slice(v.start, v.end).split(' ')[0]!)) return s;
    return /\sto\s+$/iu.test(lead) ? `${lead.replace(/\s+to\s+$/iu, ' should ')}${s.slice(v.start)}` : `${lead}should ${s.slice(v.start)}`;
  }
  if (!/\s(?:à|a)\s+$/iu.test(lead)) return s;
  const plural = /^(?:les|des|ces|leurs|tous|toutes|nos|vos)\s/iu.test(lead);
  s = `${lead.replace(/\s+(?:à|a)\s+$/iu, plural ? ' devraient ' : ' devrait ')}${s.slice(v.start)}`;
  return s;
}
