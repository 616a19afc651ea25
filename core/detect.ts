// Which kind of document is this? From the text's own evidence: each profile's cue phrases (counted
// once each; heading cues only as a whole line, title cues only in a title line near the top), and
// structure and style read here (numbered report paragraphs, a reference list, press-release symbols,
// datelines, the Council's decisions reported in the past tense, the Secretary-General's "I"…).
// Resolutions, orders and rules of engagement need their layout (profile `layout`): a report that
// quotes a resolution or mentions the rules of engagement stays a report. Below a confidence floor the
// answer is `generic`, with the likeliest types as candidates: "not sure" said honestly.
import type { Lexicon } from './compile.ts';
import type { Profile, ProfileId } from './schema.ts';
import type { Structure } from './sections.ts';
import { flatten } from './flat.ts';
import { PhraseSet, type Source } from './phrases.ts';
import { contentLines, titleLike, type Line } from './sections.ts';
import { normKey } from './text.ts';

const HEAD = 30_000;
/** Below this confidence the type is generic: the evidence does not say. */
export const CONFIDENCE_FLOOR = 0.6;
/** Candidates reported when the type is not sure. */
const MAX_CANDIDATES = 3;
/** Title lines: the first lines of the text (its title page). */
const TITLE_LINES = 40;
const TITLE_CHARS = 4000;

interface CueRef { id: string; weight: number }
/** All cue phrases of all profiles: prose cues in one trie regex, heading and title cues by their words. */
interface CueIndex {
  set: PhraseSet; byKey: Map<string, CueRef[]>; ids: string[];
  /** Heading cues by line key, and the first words they open with (a cheap check before a line's key is built). */
  lines: Map<string, CueRef[]>; lineFirst: Set<string>;
  titles: { words: string; ref: CueRef }[]; titleMax: number;
}
/** Cue indexes per lexicon: by language (English text skips French cues) and by layout (a resolution's layout reads only resolution types). */
const cueCaches = new Map<string, WeakMap<Lexicon, CueIndex>>();

/** A French cue phrase (accents, elisions or French function words): left out when reading English text. */
export function isFrenchCue(phrase: string): boolean {
  return /[àâçéèêëîïôûùüÿœ]/i.test(phrase) || /(?:^|\s)(?:le|la|les|des|de|du|aux|et|à|pour|sur|dans|par)(?:\s|$)|(?:^|\s)[dl]['’]/i.test(phrase);
}

/** Words of a line or phrase, lower case, one space apart: "CONCEPT D'OPÉRATIONS (CONOPS)" → "concept d opérations conops". */
export function wordsKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const LINE_NUMBER = /^(?:(?:[IVX]{1,6}|[A-Z])[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?)[\t \u00A0]+/;
/** A heading line as a cue key: without its number, markup and final colon. "II. Observations:" → "observations". */
export function lineKey(line: string): string {
  return normKey(line.trim().replace(LINE_NUMBER, '').replace(/^[#*_\s]+|[\s:.*#_]+$/g, ''));
}

const FIRST_WORD = /^(?:(?:[IVX]{1,6}|[A-Z])[.)][\t \u00A0]+|\d{1,2}(?:\.\d{1,2})*[.)]?[\t \u00A0]+)?[#*_\t \u00A0]*([\p{L}\p{M}'’]+)/u;
/** The first word of a line, lower case, after its number and markup. */
function firstWordOf(line: string): string | undefined {
  return FIRST_WORD.exec(line)?.[1]?.toLowerCase().replace(/’/g, "'");
}

function cueIndex(lex: Lexicon, english: boolean, resolution: boolean): CueIndex {
  const name = `${english ? 'en' : 'all'}${resolution ? '-resolution' : ''}`;
  let cache = cueCaches.get(name);
  if (!cache) cueCaches.set(name, (cache = new WeakMap()));
  let c = cache.get(lex);
  if (!c) {
    const byKey = new Map<string, CueRef[]>();
    const lines = new Map<string, CueRef[]>();
    const titles: { words: string; ref: CueRef }[] = [];
    const add = (m: Map<string, CueRef[]>, k: string, ref: CueRef) => m.set(k, [...(m.get(k) ?? []), ref]);
    const profiles = [...lex.profiles.values()].filter((p) => !resolution || p.layout === 'resolution');
    for (const p of profiles) {
      for (const q of p.cues) {
        if (english && isFrenchCue(q.phrase)) continue;
        const ref = { id: p.id, weight: q.weight };
        if (q.title) titles.push({ words: wordsKey(q.phrase), ref });
        else if (q.line) add(lines, lineKey(q.phrase), ref);
        else add(byKey, normKey(q.phrase), ref);
      }
    }
    const lineFirst = new Set([...lines.keys()].map((k) => firstWordOf(k)).filter((w): w is string => Boolean(w)));
    const titleMax = Math.max(0, ...titles.map((t) => t.words.length));
    c = { set: new PhraseSet(byKey.keys()), byKey, lines, lineFirst, titles, titleMax, ids: profiles.map((p) => p.id) };
    cache.set(lex, c);
  }
  return c;
}

export interface Candidate { id: string; confidence: number }
export interface Detected { id: ProfileId | string; confidence: number; scores: Record<string, number>; candidates?: Candidate[] }


// ---------------------------------------------------------------- evidence read from the text

// Press releases and meetings coverage: document symbols ("SC/12076", "GA/SPD/707", « CS/11610 »), meeting numbers.
const PRESS_SYMBOL = /\b(?:SC|GA|CS|AG|ECOSOC|SG\/SM|SG\/A|GA\/[A-Z]{2,4}|AG\/[A-Z]{2,4})\/\d{3,5}\b/u;
const MEETING = /\b\d{1,5}(?:st|nd|rd|th)[\t \u00A0]+Meeting\b|\(\d{1,5}(?:st|nd|rd|th)[\t \u00A0]+meeting\)|\b\d{1,5}e[\t \u00A0]+séance\b/u;
// The Council's decisions reported after the fact: "the Council urged…", « le Conseil a prié… », « Par ce texte, le Conseil… ».
const COUNCIL_PAST = /\bCouncil(?:[\t \u00A0]+members)?[\t \u00A0]+(?:also[\t \u00A0]+|further[\t \u00A0]+|then[\t \u00A0]+|unanimously[\t \u00A0]+|today[\t \u00A0]+)?(?:urged|called|requested|decided|demanded|expressed|condemned|welcomed|stressed|encouraged|reaffirmed|recogni[sz]ed|adopted|authori[sz]ed|extended|invited|emphasi[sz]ed|underlined|asked|renewed|voted)\b/gu;
const COUNCIL_FR = /\b[Ll]e[\t \u00A0]+[Cc]onseil(?:[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])?(?:[\t \u00A0]+(?:des[\t \u00A0]+Nations[\t \u00A0]+[Uu]nies|de[\t \u00A0]+l['’]ONU))?[\t \u00A0]+(?:a|avait)[\t \u00A0]+(?:\p{L}+[\t \u00A0]+)?(?:décidé|demandé|prié|exhorté|souligné|condamné|adopté|salué|engagé|invité|encouragé|réaffirmé|constaté|reconnu|autorisé|prorogé|exigé|rappelé|exprimé|voté|appelé)(?![\p{L}\p{N}])/gu;
// « Par ce texte, le Conseil prie… »: the way French meetings coverage reports the text adopted.
const BY_THIS_TEXT = /\b(?:Par|Aux termes de|Dans)[\t \u00A0]+(?:ce[\t \u00A0]+texte|cette[\t \u00A0]+résolution)[\t \u00A0]*,[\t \u00A0]+(?:le[\t \u00A0]+Conseil|il|elle)\b|\bBy[\t \u00A0]+(?:the[\t \u00A0]+text|this[\t \u00A0]+resolution|the[\t \u00A0]+resolution)[\t \u00A0]*,?[\t \u00A0]+(?:adopted[\t \u00A0]+[^,.\n]{0,60},[\t \u00A0]+)?the[\t \u00A0]+Council\b/u;
// Delegates reported in meetings coverage: "the representative of Ethiopia said", « le représentant du Mali a souligné ».
const DELEGATE = /\b(?:representative|delegate|Ambassador|Under-Secretary-General|Assistant Secretary-General)s?\b[^.\n]{0,80}?\b(?:said|stressed|noted|emphasi[sz]ed|highlighted|underscored|urged)\b|\b(?:représentante?|délégué|déléguée)s?(?![\p{L}\p{N}])[^.\n]{0,80}?\ba[\t \u00A0]+(?:déclaré|souligné|indiqué|précisé|expliqué|estimé|rappelé|dit|regretté|noté)(?![\p{L}\p{N}])/u;
// Speech reported in articles and coverage: "…,” she said", « a-t-il déclaré ».
const SPEECH = /\b(?:said|added|told|explained|stressed)\b|\ba-t-(?:il|elle)[\t \u00A0]+(?:dit|déclaré|ajouté|indiqué|souligné|expliqué|poursuivi|précisé|affirmé)(?![\p{L}\p{N}])/gu;
const SPEAKER = /(?:^|[^\p{L}\p{N}])(?:[Hh]e|[Ss]he)[\t \u00A0]+$/u;
// Direct quotation with its speaker, as articles and mission news quote people: "“…,” she said", « », indique le communiqué ».
const QUOTED = /[”"][\t \u00A0]*,?[\t \u00A0]+(?:[\p{L}.'’-]+[\t \u00A0]+){0,5}?(?:said|says|commented|comments|added|explained|stressed|told)\b|\b(?:said|says)[,:]?[\t \u00A0]+[“«]|»[\t \u00A0]*,?[\t \u00A0]+(?:a[\t \u00A0]+)?(?:déclaré|dit|indiqué|indique|souligné|souligne|expliqué|explique|ajouté|ajoute|affirmé|affirme)(?![\p{L}\p{N}])/u;
// News: a dateline opening a paragraph ("UNITY/RUWENG – Responding…", "BAMAKO, 5 juin (AFP) - Le…"), a byline, weekdays.
const DATELINE = /^[\t \u00A0]*\p{Lu}[\p{Lu}\p{M}/ .'’-]{2,40}(?:,[\t \u00A0]*(?:\d{1,2}(?:er)?[\t \u00A0]+\p{L}+|\p{Lu}\p{Ll}+\.?[\t \u00A0]+\d{1,2}))?(?:[\t \u00A0]*\([^)\n]{1,40}\))?[\t \u00A0]*[–—-]{1,2}[\t \u00A0]+\p{Lu}\p{Ll}/u;
const BYLINE = /(?:^|\n)[\t \u00A0]*(?:By|Par)[\t \u00A0]+\p{Lu}\p{Ll}+(?:[\t \u00A0]+\p{Lu}[\p{L}.'’-]+){1,3}[\t \u00A0]*(?:\n|$)/u;
const WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/gu;
const CREDIT = /©|\bPhotos?[\t \u00A0]*:|\b(?:UN|ONU)[\t \u00A0]+Photo\b|\bPhotos?[\t \u00A0]+(?:ONU|MONUSCO|MINUSCA|MINUSMA|UNMISS)\b/u;
// Secretary-General reports: the Secretary-General's own voice, paragraph numbers run into the text by extraction.
const SG_VOICE = /\bI[\t \u00A0]+(?:am[\t \u00A0]+(?:pleased|encouraged|concerned|deeply|gravely|alarmed|grateful|heartened|troubled)|remain[\t \u00A0]+(?:concerned|committed)|welcome|commend|urge|call[\t \u00A0]+(?:on|upon)|reiterate|recommend|condemn|appeal)\b|\b[Jj]e[\t \u00A0]+(?:me[\t \u00A0]+félicite|salue|exhorte|engage|prie|condamne|recommande|réitère|demande[\t \u00A0]+(?:instamment|à|aux))(?![\p{L}\p{N}])|\bm['’]a[\t \u00A0]+(?:prié|demandé)(?![\p{L}\p{N}])/u;
const INLINE_PARAGRAPH = /[.!?”»][\t \u00A0]+(\d{1,3})\.[\t \u00A0]+\p{Lu}\p{Ll}/gu;
// Research: author–year citations "(UNFPA, 2024a)", paragraphs of a report cited "(S/2016/225, para. 10)", footnote
// markers glued to full stops ("data.[1] Next", "Cambodia.1 Such").
const GLUED_NOTE = /[.,;](?:\[\d{1,3}\]|\d{1,3})(?=[\t \u00A0]+\p{Lu})|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?=[\s.,;])/gu;
const AUTHOR_YEAR = /\(\p{Lu}[^()\n]{1,60}?,[\t \u00A0]*(?:19|20)\d{2}[a-z]?\)/gu;
const REPORT_PARA = /\((?:S|A)\/\d{2,4}\/\d{1,4},[\t \u00A0]*paras?\.[\t \u00A0]*\d/gu;
// Policy: actors told what they should do ("Council members should…", « les États membres devraient… »).
const SHOULD = /\b(?:should|must|devraient|devrait)\b/gu;
const SHOULD_ACTOR = /(?:^|[^\p{L}\p{N}])(?:Council members|Member States|the Council|States|the Secretary-General|the mission|donors|governments?|parties|the UN|États membres|Etats membres|membres du Conseil|le Conseil|les États|les Etats|la [Mm]ission|les donateurs|les gouvernements|les parties|l['’]ONU|les Nations Unies)[\t \u00A0]+$/iu;
// Rules of engagement: numbered rules ("Rule No. 1.1", "ROE 3", « Règle n° 2 »).
const RULE_LINE = /^[\t \u00A0]*(?:Rule|ROE|R[èe]gle)[\t \u00A0]*(?:No\.?|n[°º]|N[°º])?[\t \u00A0]*\d{1,3}(?:\.\d{1,2})*\b/mu;

/** Matches of `re` whose preceding text (up to 40 characters) satisfies `before`, up to `cap`. */
function countAfter(re: RegExp, s: string, before: (prefix: string, match: string) => boolean, cap = 10): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(s); m && n < cap; m = re.exec(s)) if (before(s.slice(Math.max(0, m.index - 40), m.index), m[0])) n++;
  return n;
}

function count(re: RegExp, s: string, cap = 10): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s)) n++;
  return n;
}

/** Footnote markers glued to a word or its full stop, after a lower-case letter ("data.[1] The", "assault.⁵"). */
function gluedNotes(s: string, cap = 2): number {
  GLUED_NOTE.lastIndex = 0;
  let n = 0;
  for (let m = GLUED_NOTE.exec(s); m && n < cap; m = GLUED_NOTE.exec(s)) {
    let k = m.index - 1;
    if (/[.,;]/.test(s[k] ?? '') && !/[.,;]/.test(m[0][0]!)) k--; // "assault.⁵": the letter before the stop
    if (/\p{Ll}/u.test(s[k] ?? '')) n++;
  }
  return n;
}

/** Paragraph numbers run into the text ("… elections. 3. The number …"): two of them in sequence. */
function inlineParagraphs(s: string): boolean {
  INLINE_PARAGRAPH.lastIndex = 0;
  let prev = -1;
  for (let m = INLINE_PARAGRAPH.exec(s); m; m = INLINE_PARAGRAPH.exec(s)) {
    const n = Number(m[1]);
    if (n === prev + 1) return true;
    prev = n;
  }
  return false;
}

/** Score added to each type by the structure and style of the text (weights: how much each says about the type). */
export function evidence(head: string, structure: Structure, content: readonly Line[] = structure.lines ?? contentLines(head)): Record<string, number> {
  const e: Record<string, number> = {};
  const add = (id: string, w: number) => { e[id] = (e[id] ?? 0) + w; };

  // A resolution's or an order's layout settles the kind of text: the style of reports and articles is not read.
  if (structure.resolution || structure.oporder) {
    if (structure.oporder) add('oporder', 3);
    if (structure.resolution) { add('mandate', 1); add('thematic-resolution', 1); }
    return e;
  }
  const kinds = new Map<string, number>();
  for (const s of structure.sections) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  // Numbered paragraphs are the Secretary-General's reports' layout (and extraction runs them into the text).
  const paragraphs = kinds.get('paragraph') ?? 0;
  if (paragraphs >= 3) add('sg-report', 3);
  else if (paragraphs >= 1) add('sg-report', 2);
  else if (inlineParagraphs(head)) add('sg-report', 2);
  if (SG_VOICE.test(head)) add('sg-report', 2);

  // A reference list, notes and contents are a study's apparatus; so are author–year citations.
  if (kinds.has('references')) add('research-report', 3);
  if (kinds.has('notes')) add('research-report', 1.5);
  if (kinds.has('contents')) add('research-report', 1);
  const citations = count(AUTHOR_YEAR, head);
  if (citations >= 3) add('research-report', 3);
  else if (citations >= 1) add('research-report', 1);
  if (count(REPORT_PARA, head) >= 2) add('research-report', 2); // an analysis of a report, paragraph by paragraph
  if (gluedNotes(head) >= 2) add('research-report', 1.5);

  if (PRESS_SYMBOL.test(head)) add('press-release', 4);
  if (MEETING.test(head)) add('press-release', 3);
  // Background sections report the Council too: a reported decision counts less than the coverage's own forms.
  // (Each pattern runs only where its key word occurs: a plain substring search is much cheaper.)
  const en = head.includes('Council');
  const fr = head.includes('onseil');
  const reported = (en ? count(COUNCIL_PAST, head) : 0) + (fr ? count(COUNCIL_FR, head) : 0);
  if (reported >= 2) add('press-release', 2.5);
  else if (reported === 1) add('press-release', 1.5);
  if ((en || fr) && BY_THIS_TEXT.test(head)) add('press-release', 2);
  if (DELEGATE.test(head)) add('press-release', 1.5);
  // "he said", « a-t-elle déclaré »: found by the verb, then the pronoun before it (a pattern that opens with a look-behind is slow).
  if (countAfter(SPEECH, head, (p, m) => m.startsWith('a-t-') || SPEAKER.test(p), 1) > 0 || / (?:said|told) (?:reporters|journalists)\b/.test(head)) {
    add('press-release', 1); add('news', 1);
  }
  if (/[”"»]/.test(head) && QUOTED.test(head)) add('news', 2);

  if (content.slice(0, 3).some((l) => DATELINE.test(l.text))) add('news', 3);
  if (BYLINE.test(head)) add('news', 2);
  if (countAfter(WEEKDAY, head, (p, m) => (/^[a-z]/.test(m) ? !/\p{L}$/u.test(p) : /(?:^|\W)on[\t \u00A0]+$/.test(p)), 1) > 0) add('news', 1);
  if (CREDIT.test(head)) add('news', 1.5);

  if (countAfter(SHOULD, head, (p) => SHOULD_ACTOR.test(p), 2) >= 2) add('policy-brief', 2);
  return e;
}

/** Does the text have the layout the profile needs (resolution, order, rules, title)? */
function layoutHolds(p: Profile, structure: Structure, head: string, titled: Set<string>): boolean {
  switch (p.layout) {
    case undefined: return true;
    case 'resolution': return structure.resolution;
    case 'order': return structure.oporder || titled.has(p.id);
    case 'rules': return titled.has(p.id) || RULE_LINE.test(head);
    case 'title': return titled.has(p.id);
  }
}

/**
 * Confidence in a type scored `s` against the best other score: the margin between them, and how much
 * evidence there is at all (a single weak cue is not enough).
 */
export function confidenceOf(s: number, other: number): number {
  if (s <= 0) return 0;
  const margin = s - Math.max(0, other);
  const c = (0.5 + (0.5 * margin) / (s + 1)) * (s / (s + 1)) + Math.min(0.2, s / 50);
  return Math.round(Math.min(0.99, Math.max(0, c)) * 100) / 100;
}

/** `lang`: the document's language; English text is read without the French cues. */
export function detectProfile(input: string | Source, structure: Structure, lex: Lexicon, lang?: 'en' | 'fr' | 'und'): Detected {
  const src = typeof input === 'string' ? { text: input.slice(0, HEAD), flat: flatten(input.slice(0, HEAD)) } : input;
  const full = typeof input === 'string' ? input : input.text;
  const content = structure.lines ?? contentLines(full);
  const head = src.text.slice(0, HEAD);
  // A resolution's layout settles the family: only the resolution types compete (mandate or thematic).
  const resolutionOnly = structure.resolution && [...lex.profiles.values()].some((p) => p.layout === 'resolution');
  const idx = cueIndex(lex, lang === 'en', resolutionOnly);
  const scores: Record<string, number> = {};
  for (const id of idx.ids) scores[id] = 0;
  // Each cue phrase counts once, however often it occurs.
  const seen = new Set<string>();
  for (const { key } of idx.set.find(src, 0, Math.min(src.text.length, HEAD))) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { id, weight } of idx.byKey.get(key) ?? []) scores[id] = (scores[id] ?? 0) + weight;
  }
  // Heading cues, anywhere in the text (a reference list comes last); title cues in the title lines.
  const titled = new Set<string>();
  const seenLines = new Set<string>();
  const seenRaw = new Set<string>();
  let n = 0;
  for (const l of idx.lines.size || idx.titles.length ? content : []) {
    n++;
    if (l.end - l.start > 200) continue; // neither a heading nor a title line
    const t = l.text.trim();
    if (t.length <= 80 && !seenRaw.has(t) && idx.lineFirst.has(firstWordOf(t) ?? '')) {
      seenRaw.add(t);
      const k = lineKey(t);
      if (!seenLines.has(k)) {
        seenLines.add(k);
        for (const { id, weight } of idx.lines.get(k) ?? []) scores[id] = (scores[id] ?? 0) + weight;
      }
    }
    // A title line: capitals or Title Case, or short enough that a title phrase is most of it (40 %).
    const caps = n <= TITLE_LINES && l.start < TITLE_CHARS && t.length <= 120 && titleLike(t);
    if (n <= TITLE_LINES && l.start < TITLE_CHARS && t.length <= 120 && idx.titles.length && (caps || t.length * 4 <= idx.titleMax * 10)) {
      const w = ` ${wordsKey(t)} `;
      for (const { words, ref } of idx.titles) {
        if (titled.has(ref.id) || !w.includes(` ${words} `)) continue;
        if (!caps && words.length * 10 < w.length * 4) continue;
        titled.add(ref.id);
        scores[ref.id] = (scores[ref.id] ?? 0) + ref.weight;
      }
    }
  }
  for (const [id, w] of Object.entries(evidence(head, structure, content))) if (id in scores) scores[id]! += w;

  const ranked = Object.entries(scores)
    .filter(([id, s]) => s > 0 && id !== 'generic' && layoutHolds(lex.profiles.get(id)!, structure, head, titled))
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return { id: 'generic', confidence: 1, scores };
  let confidence = confidenceOf(top[1], second?.[1] ?? 0);
  // The layout of a resolution is evidence enough that it is one; which kind is what the cues weigh.
  if (resolutionOnly) confidence = Math.max(confidence, CONFIDENCE_FLOOR);
  if (confidence >= CONFIDENCE_FLOOR) return { id: top[0], confidence, scores };
  const candidates = ranked.slice(0, MAX_CANDIDATES).map(([id, s], i) => ({ id, confidence: i === 0 ? confidence : confidenceOf(s, top[1]) }));
  return { id: 'generic', confidence: Math.round((1 - confidence) * 100) / 100, scores, candidates };
}
