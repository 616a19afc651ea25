// Statements of the share of women ("figures", taxonomy §5): "women account for 3.8 percent of military
// personnel", "…people, of whom 57 per cent are women", « 7,9 % du personnel … étaient des femmes »,
// "at least 30 per cent women", "rose from 9 % to 26.6 %", lists with "respectively".
//
// A figure is a share of women only when women (or girls) are what the percentage counts, among a staff, a body
// of office holders or a group of people. People who are victims, survivors, cases (one per person), perpetrators
// or survey respondents are such a group ("women were 70 % of the victims", "99 per cent of whom are women",
// "66 per cent of cases involve girls", "54 per cent of respondents were women": category population; this
// departs from taxonomy §5.4, see docs/LABELLING.md). Not shares of women: percentages that count victims or
// respondents ("92 % of victims had no shelter", "80 % of the women surveyed said …": an attitude or a harm of a
// base of women, "60 % of women peacekeepers serve in…"), events (incidents, allegations, violations, FGM
// prevalence), "women and children", changes ("increased by 5 per cent"), budgets, turnout, rates and shares of
// an authorised strength: they stay out of the figures (events, bases of women and "women and children" can be
// collected apart, see `findFigures`' second argument). Fractions and counts in words ("two thirds", "1 in 5",
// "7 out of 30 ministers") are not percentages: the contract gives one figure per percentage, so no share is
// computed from them.
//
// Percentage tokens come from figure-tokens.ts. Sentences without a word for women, a quota or a women-only body
// are dropped before their bodies are looked up. Each token is judged from a bounded window (its sentence, at
// most MAX_BACK/MAX_FWD characters either side), so the whole run is linear in the input length. Each reported
// figure carries the sentence that sentence.ts gives for its start, like findings. Pure TypeScript.
import { z } from 'zod';
import { collectTokens, NUM, parseNumber, parseWordNumber, WORD_NUM, type Token } from './figure-tokens.ts';
import { firstChars } from '../match/first-chars.ts';
import { sentenceAt } from '../text/sentence.ts';
import type { Figure, FigureCategory } from '../schema.ts';
import groupsData from '../data/figure-groups.json' with { type: 'json' };

export { parseNumber, parseWordNumber } from './figure-tokens.ts';

// ---------------------------------------------------------------- lexicon

/** Bodies of victim, case and perpetrator statistics: known, so that they are kept out of the figures. */
type BodyCategory = FigureCategory | 'victims';
interface BodyEntry { re: RegExp; category: BodyCategory; weak: boolean; women: boolean; contextual: boolean }

const Sources = z.array(z.string().min(1)).optional();
const CategoryData = z.object({
  phrases: Sources, acronyms: Sources, weak: Sources, women: Sources, womenAcronyms: Sources, contextual: Sources,
}).strict();
const GroupsFile = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  categories: z.object({ 'mission-personnel': CategoryData, 'host-nation': CategoryData, population: CategoryData, victims: CategoryData }).strict(),
  notBodies: z.array(z.string().min(1)),
  strengthWords: z.array(z.string().min(1)),
}).strict();
const GROUPS = GroupsFile.parse(groupsData);

// Word boundaries in Latin letters and digits: \p{L} classes under /iu cost several times as much per try, and
// the texts are English and French.
const L = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const wrapHead = `(?<![${L}])(?:`;
const wrapTail = `)(?![${L}])`;
const wrap = (src: string) => `${wrapHead}${src}${wrapTail}`;
/** An entry is only tried where BODY_SCAN (which checks the left boundary) found a candidate: it checks the right one. */
const entryTail = `)(?![${L}])`;
const entry = (src: string) => `(?:${src}${entryTail}`;

/** Spaces in the data stand for any run of white space: PDF text breaks lines and doubles spaces inside phrases. */
function flexSpaces(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c !== ' ') { out += c; continue; }
    if (inClass) { out += '\\s'; continue; }
    while (src[i + 1] === ' ') i++;
    out += '\\s+';
  }
  return out;
}

const ENTRIES: BodyEntry[] = [];
const SCAN_SOURCES: string[] = [];
const WOMEN_SOURCES: string[] = [];
{
  const add = (list: string[] | undefined, category: BodyCategory, sensitive: boolean, weak: boolean, women: boolean, contextual = false) => {
    for (const raw of list ?? []) {
      const src = flexSpaces(raw);
      ENTRIES.push({ re: new RegExp(entry(src), sensitive ? 'uy' : 'iuy'), category, weak, women, contextual });
      SCAN_SOURCES.push(src);
      if (women) WOMEN_SOURCES.push(src);
    }
  };
  for (const [cat, d] of Object.entries(GROUPS.categories) as [BodyCategory, z.infer<typeof CategoryData>][]) {
    add(d.phrases, cat, false, false, false);
    add(d.acronyms, cat, true, false, false);
    add(d.weak, cat, false, true, false);
    add(d.women, cat, false, false, true);
    add(d.womenAcronyms, cat, true, false, true);
    add(d.contextual, cat, false, false, false, true);
  }
}
/** Candidate finder: any entry, case-insensitively; candidates are then checked entry by entry (longest wins). */
const BODY_SCAN = new RegExp(wrap(SCAN_SOURCES.join('|')), 'giu');
/** Any 'women' entry, case-insensitively (a superset of where findBodies can find a women body). */
const WOMEN_SCAN = new RegExp(wrap(WOMEN_SOURCES.join('|')), 'iu');
const QUOTA_RE = /quota/i;
const NOT_BODY = new RegExp(`^(?:${GROUPS.notBodies.join('|')})$`, 'iu');
/** "92 per cent of its authorized strength": a share of a ceiling, not of a staff. */
const STRENGTH_WORD = new RegExp(`^(?:${GROUPS.strengthWords.join('|')})$`, 'iu');

// ---------------------------------------------------------------- sentences (bounded scans)

const MAX_BACK = 400;
const MAX_FWD = 400;
const ABBREV = new Set(['e.g', 'i.e', 'eg', 'ie', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'cf', 'vs', 'mr', 'mrs', 'ms', 'dr',
  'st', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt', 'approx', 'p', 'pp', 'vol', 'fig', 'op', 'res', 'u.n', 'u.s', 'ref', 'mme', 'm', 'nº']);
const BULLETS = '•▪◦●■–—-*';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\u00A0' || c === '\u202F';
const isWs = (c: string | undefined) => c !== undefined && /\s/.test(c);

function abbrevBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  const floor = Math.max(0, dot - 8);
  while (i >= floor && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREV.has(word)) return true;
  return word.length === 1 && /\p{Lu}/u.test(text[dot - 1]!); // initials: "J. Smith"
}

/** Is there a sentence boundary right after the punctuation at i (., !, ?)? */
function stopAt(text: string, i: number, limit: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (i + 1 >= text.length) return true;
  if (!isWs(text[i + 1])) return false;
  if (c === '.' && abbrevBefore(text, i)) return false;
  let k = i + 1;
  const end = Math.min(limit, i + 6);
  while (k < end && isWs(text[k])) k++;
  const next = text[k];
  return next === undefined || k >= end || !/\p{Ll}/u.test(next);
}

/**
 * A newline that starts a paragraph, or a bullet line after a line that does not lead into it: a list of figures
 * after "Women represent:" (items ending in ";", ",", "and") stays one sentence with its lead-in.
 */
function breakAt(text: string, i: number, lo: number, hi: number): boolean {
  if (text[i] !== '\n') return false;
  let j = i - 1;
  while (j >= lo && isBlank(text[j])) j--;
  if (j >= lo && text[j] === '\n') return true;
  let k = i + 1;
  while (k < hi && isBlank(text[k])) k++;
  return k < hi && BULLETS.includes(text[k]!) && !(j >= lo && LEADS_IN.test(text.slice(Math.max(lo, j - 3), j + 1)));
}
const LEADS_IN = /(?:[:;,]|(?<![\p{L}])(?:and|or|et|ou))$/iu;

function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (breakAt(text, i, floor, pos)) return i + 1;
    if (stopAt(text, i, pos)) return i + 1;
  }
  return floor;
}

function sentenceEnd(text: string, from: number, cap: number): number {
  for (let i = from; i < cap; i++) {
    if (breakAt(text, i, from, cap)) return i;
    if (stopAt(text, i, cap)) return i + 1;
  }
  return cap;
}

// ---------------------------------------------------------------- cues: words for women

type CueKind = 'women' | 'girls' | 'women-and-girls' | 'mixed';
interface Cue { start: number; end: number; kind: CueKind }

const W = 'women|woman|female|females|femmes?|féminine?s?|feminine|féminisation';
const G = 'girls|girl|filles|fille';
const OTHERS = 'children|enfants|men|hommes|boys|garçons';
const JOIN = `(?:\\s*,\\s*(?:(?:and|et)\\s+)?|\\s+(?:and|et|&)\\s+)(?:(?:les|des|de|d['’]|the)\\s*)?`;
/**
 * One cue per phrase: "women", "girls", "women and girls" (one cue), "women and children" / "men and women"
 * (mixed: not a share of women). "UN Women" and « sages-femmes » are not cues.
 */
const CUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!sages?-)(?<!UN )(?:` +
  `(?:${OTHERS})\\s+(?:and|et)\\s+(?:(?:les|des)\\s+)?(?:${W}|${G})` + // "men and women": mixed
  `|(?:${W})(?:${JOIN}(?:(${G})|(${OTHERS})))?` +
  `|(?:${G})(?:${JOIN}(?:(${W})|(${OTHERS})))?` +
  `)(?![\\p{L}])`, 'giu');
const CUE_WORD = new RegExp(`^(?:${W}|${G}|women['’]s)$`, 'iu');

const OTHERS_FIRST = new RegExp(`^(?:${OTHERS})\\s`, 'iu');
const GIRLS_ONLY = new RegExp(`^(?:${G})$`, 'iu');

function cueKind(m: RegExpExecArray): CueKind {
  if (m[2] !== undefined || m[4] !== undefined) return 'mixed';
  if (m[1] !== undefined || m[3] !== undefined) return 'women-and-girls';
  if (OTHERS_FIRST.test(m[0])) return 'mixed';
  return GIRLS_ONLY.test(m[0]) ? 'girls' : 'women';
}

// ---------------------------------------------------------------- bodies

interface Body { start: number; end: number; category: BodyCategory; weak: boolean; women: boolean; contextual: boolean }

/**
 * Entries that can match at an ASCII character (lower-cased), in ENTRIES order: an entry whose first
 * characters cannot be read from its source is in every list. Any other character tries them all.
 */
const BY_FIRST = new Map<string, BodyEntry[]>();
{
  const firsts = ENTRIES.map((e) => firstChars(e.re.source.slice(3, -entryTail.length)));
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c).toLowerCase();
    BY_FIRST.set(ch, ENTRIES.filter((_, k) => firsts[k] === null || firsts[k]!.has(ch)));
  }
}

function longestAt(sub: string, i: number): { len: number; entry: BodyEntry } | null {
  let best: { len: number; entry: BodyEntry } | null = null;
  const c = sub.charCodeAt(i);
  for (const entry of c < 128 ? BY_FIRST.get(String.fromCharCode(c).toLowerCase())! : ENTRIES) {
    entry.re.lastIndex = i;
    const m = entry.re.exec(sub);
    if (m && (best === null || m[0].length > best.len || (m[0].length === best.len && best.entry.weak && !entry.weak))) {
      best = { len: m[0].length, entry };
    }
  }
  return best;
}

const OF_THE_MISSION = /^\s+(?:of\s+the\s+mission|de\s+la\s+mission)(?![\p{L}])/iu;
const COORD = /^,?\s+(?:and|or|&|et|ou)\s+$/iu;

function findBodies(sub: string, offset: number): Body[] {
  const out: Body[] = [];
  BODY_SCAN.lastIndex = 0;
  for (let m = BODY_SCAN.exec(sub); m; m = BODY_SCAN.exec(sub)) {
    const hit = longestAt(sub, m.index);
    if (!hit || hit.len === 0) { BODY_SCAN.lastIndex = m.index + 1; continue; }
    const e = hit.entry;
    const b: Body = { start: offset + m.index, end: offset + m.index + hit.len, category: e.category, weak: e.weak, women: e.women, contextual: e.contextual };
    // "military and police personnel" is one entry; "staff officers and military observers" too; other
    // coordinations of two bodies of one category merge: "mayors and municipal councillors", "staff and observers".
    const prev = out[out.length - 1];
    if (prev && prev.category === b.category && COORD.test(sub.slice(prev.end - offset, b.start - offset))) {
      prev.end = b.end;
      prev.weak &&= b.weak; // "staff and military observers" is as specific as its specific part
    } else out.push(b);
    BODY_SCAN.lastIndex = m.index + hit.len;
  }
  // bare "police" next to "troops" or "civilian staff" is the mission's police
  if (out.some((b) => b.contextual) && out.some((b) => b.category === 'mission-personnel' && !b.weak)) {
    for (const b of out) if (b.contextual) b.category = 'mission-personnel';
  }
  // "the police of the mission", « la police de la Mission »
  for (const b of out) if (b.contextual && OF_THE_MISSION.test(sub.slice(b.end - offset, b.end - offset + 30))) b.category = 'mission-personnel';
  return out;
}

// ---------------------------------------------------------------- phrase patterns

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
// « 30 % d'ici 2030 » is a deadline (by 2030), not « 30 % d'<body> »
const OF_WORD = /^\s*(?:(of|du|des|de)(?=\s)|(d['’])(?!ici(?![\p{L}]))(?=\p{L}))/iu;
const NEXT_WORD = /^\s*([\p{L}'’-]+)/u;
const TARGET_NOUNS = 'targets?|quotas?|goals?|objectives?|benchmarks?|thresholds?|minimum|minima|requirements?|ceiling|objectifs?|cibles?|seuils?';
const TARGET_WORDS = new RegExp(`^(?:${TARGET_NOUNS})$`, 'iu');
const SHARE_WORDS = /^(?:representation|participation|share|proportion|ratio|presence|représentation|parité|parity)$/iu;
const FUNCTION_WORDS = new Set(('in by at as and or to from for among amongst with while whereas but are were is was will would should must ' +
  'has have had respectively each then compared versus vs against up down since until last this that which who on over under ' +
  'during before after only nor i.e e.g when where within across through into per against above below about around ' +
  'et ou à au aux en dans parmi pour contre sont étaient est était soit selon alors tandis depuis jusqu sur sous avec ' +
  'entre les la le l chez ont avait avaient sera seront serait restent reste atteint respectivement avant après lors dès ' +
  // the d' of « d'ici 2030 »: every other d' + word is read as OF_WORD first
  'd')
  .split(' '));
const DETERMINERS = /^(?:the|its|their|all|total|a|an|these|those|his|her|our|le|la|les|l['’]|ses|leurs|leur|l['’]ensemble|ensemble|tous|toutes|de|des)$/iu;
const ANAPHORA = /^(?:them|whom|which|these|those|eux|elles|ceux|celles|ce|cette|entre)$/iu;
/** "… of them (being) women": the women-word right after the anaphora, without a copula. */
const ANAPHORA_CUE = /^\s*(?:(?:eux|elles)(?![\p{L}]))?\s*,?\s*(?:(?:being|étant)\s+)?(?:(?:des|de|d['’])\s*)?(?=\p{L})/iu;
const STOP_WORDS = /^(?:of|in|on|at|by|for|with|from|to|among|amongst|within|into|across|under|over|per|and|or|but|while|whereas|is|are|was|were|be|been|being|has|have|had|will|would|should|must|remain|remains|remained|stand|stands|stood|which|who|that|whom|de|du|des|dans|à|au|aux|en|sur|pour|par|parmi|et|ou|est|sont|était|étaient|qui|que|dont|contre|avec|alors)$/iu;
/** A change rather than a share: "increased by 12 %", "a decrease of 7 per cent", « augmente de 20 pour cent ». */
const CHANGE_BEFORE = /(?:\b(?:increase[sd]?|decrease[sd]?|rose|risen|rise|rises|rising|grew|grown|grow|grows|growth|fell|fallen|fall|falls|dropped|drop|declined|decline|reduced|reduction|cut|jumped|jump|climbed|hausse|baisse|recul[\p{L}]*|chut[\p{L}]*|augment[\p{L}]*|diminu[\p{L}]*|progress[\p{L}]*)\s+(?:by\s+|of\s+|de\s+)?|\b(?:by|(?<!(?:made|make|makes|making)\s+)up|down|de\s+plus|de\s+moins)\s+)(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|environ\s+|plus\s+de\s+|près\s+de\s+)?$/iu;
/** "compared with 1 per cent in 1993", « par rapport au chiffre de 1 % », "up from 14.7 %": the same measure, earlier. */
const COMPARE_BEFORE = /(?:\b(?:compared\s+(?:with|to)|as\s+against|against|versus|up\s+from|down\s+from)|par\s+rapport\s+(?:à|au|aux)(?:\s+(?:chiffre|niveau|taux|pourcentage)\s+(?:de|d['’]))?|contre)\s+(?:(?:only|just|seulement|about|environ)\s+)?$/iu;
const AMONG_BEFORE = /(?:\b(?:among|amongst|within)|parmi|au\s+sein\s+(?:du|des|de\s+la|de\s+l['’]|de))\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const WOMEN_IN_BEFORE = /(?:women|woman|female|femmes?)(?:['’]s)?\s+(?:representation\s+)?(?:in|on|of|within|dans|au\s+sein\s+d\S*|parmi)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
/** "female police officers", "women peacekeepers": the body of the women-word itself. */
const WOMEN_RIGHT_BEFORE = /(?<![\p{L}])(?:women|female|femmes)\s+$/iu;
const PREP_BEFORE = /\b(?:in|of|on|dans|du|des|de\s+la|au)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const PREP_AFTER_CUE = /^(?:\s+(?:staff|personnel|officers|representation|participation|members))?\s+(?:in|among|amongst|on|within|of|at|for|dans|parmi|sur|pour|au\s+sein\s+d\S*|aux?|en)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const CLAUSE_BREAK = /[;:]|,\s|\s(?:while|whereas|but|although|tandis|alors\s+que|mais)\s/iu;
const CLAUSE_BREAK_G = new RegExp(CLAUSE_BREAK.source, 'giu');
/** Breaks after which a clause may have its own subject ("…; troops make up 80 %", "…, while the police component was…"). */
const STRONG_BREAK_G = new RegExp(`[;:]|${B}(?:while|whereas|but|although|however|tandis\\s+que|alors\\s+que|mais|cependant|toutefois)${E}`, 'giu');
/** "the deployment rate of female officers", "turnout among women", « le taux de participation des femmes »: a rate, not a share. */
// (a rate may name what it measures: "rate of deployment of", « taux de déploiement des », « taux d'emploi des »)
const RATE_BEFORE = new RegExp(`${B}(?:(?:rates?|taux)(?:\\s+(?:of|de|d['’])\\s*\\p{L}+)?|turnout|likelihood|probability|chances?|odds|probabilité|participation\\s+électorale)` +
  `(?:\\s+(?:of|among|for|de|des|du|d['’]|parmi|chez)(?:\\s+(?:the|les|la))?)?\\s*$`, 'iu');
const RATE_BETWEEN = new RegExp(`${B}(?:rates?|turnout|likelihood|probability|chances?|odds|taux|probabilité)${E}`, 'iu');
const PRONOUN_G = new RegExp(`${B}(?:they|these|which|who|whom|elles|ils|celles-ci|ceux-ci)${E}`, 'giu');

/** Verbs that make a women-word the subject of a share: "women make up / account for / are", « les femmes représentent ». */
const SHARE_VERB_G = new RegExp(`${B}(?:` +
  'make\\s+up|makes\\s+up|made\\s+up|making\\s+up|account(?:s|ed|ing)?\\s+for|represent(?:s|ed|ing)?|constitut(?:e|es|ed|ing)|compris(?:e|es|ed|ing)' +
  '|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|fill(?:s|ing)?|are|were|is|was|be|been|being|remain(?:s|ed)?|stands?|stood' +
  '|reach(?:es|ed)?|rose|risen|rises?|grew|grown|increased|decreased|fell|fallen|dropped|declined|numbered|totall?ed|amount(?:s|ed)?\\s+to' +
  '|averag(?:e|es|ed|ing)|rang(?:e|es|ed|ing)' +
  // election results: "women won 21 per cent of the seats", « les femmes ont obtenu 21 % des sièges »
  '|won|wins?|winning|obtain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|gain(?:s|ed|ing)?|captur(?:e|es|ed|ing)' +
  '|obten\\p{L}*|obtien\\p{L}*|remport\\p{L}*|décroch\\p{L}*|gagn\\p{L}*' +
  '|(?:à|a)\\s+hauteur\\s+de|représent\\p{L}*|constitu\\p{L}*|form(?:ent|aient|ait|e|ant)|compt\\p{L}*\\s+pour|occup\\p{L}*|détien\\p{L}*|détenai\\p{L}*' +
  '|sont|étaient|était|est|soit|sera|seront|rest\\p{L}*|atteint|atteignent|atteignai\\p{L}*|s[\'’]él[eè]v\\p{L}*|pass[ée]\\p{L}*|augment\\p{L}*' +
  `)${E}`, 'giu');
/** "the share of women", « la proportion des femmes », « représentation féminine », « taux de féminisation ». */
const SHARE_NOUN_BEFORE = new RegExp(`${B}(?:share|proportion|percentage|ratio|representation|numbers?|participation|presence|part|pourcentage|taux|représentation|nombre|présence|parité)` +
  `(?:\\s+(?:of|de|des|du|d['’]|among|parmi)(?:\\s+(?:the|les|la))?)?\\s*$`, 'iu');
const SHARE_NOUN_AFTER = /^(?:['’]s)?\s+(?:representation|participation|share|presence|proportion|numbers?)(?![\p{L}])/iu;
/** "… are women", "… were female", « … sont des femmes », "… held by women". */
// "66 per cent of the cases involve girls", « 80 % des cas concernent des filles »: a case is one person's
const COPULA_G = new RegExp(`${B}(?:(?:are|were|is|was|be|being|been|sont|étaient|était|est|soient|soit|seraient|serait|sera|seront|être` +
  `|involve[sd]?|concern(?:ent|aient|ait))` +
  `|(?:held|occupied|filled|occupée?s?|détenue?s?|tenue?s?)\\s+(?:by|par)` +
  // a quota: "30 % of seats are reserved for women", « 30 % des sièges sont réservés aux femmes »
  `|(?:reserved|allocated|earmarked|set\\s+aside)\\s+(?:for|to)|(?:réservée?s?|attribuée?s?|allouée?s?)\\s+(?:aux|à))${E}`, 'giu');
const AFTER_COPULA = /^\s*(?:(?:all|only|also|mostly|entirely|toutes|uniquement|aussi|seulement|majoritairement)\s+)?(?:(?:held|occupied|filled|occupée?s?|détenue?s?|tenue?s?)\s+(?:by|par)\s+|(?:reserved|allocated|earmarked|set\s+aside)\s+(?:for|to)\s+(?:the\s+)?|(?:réservée?s?|attribuée?s?|allouée?s?)\s+(?:aux|à)\s+)?(?:(?:des|de|d['’])\s*)?/iu;
/** "N % the share of women …" (« jusqu'à 20 % la proportion des femmes policières »). */
/** A body after the percentage, said of a subject women-word before it. */
const AMONG_AFTER = /^\s+(?:among|amongst|within|parmi|au\s+sein\s+d|(?:for|pour|in|dans)(?=\s))/iu;
const SHARE_AFTER = /^\s*,?\s*(?:the|la|le|l['’])\s*(?:share|proportion|percentage|part|pourcentage|représentation|number|nombre)\s+(?:(?:of|des|du|de)\s+|d['’]\s*)/iu;

// targets and quotas
const TARGET_PRE_NOUN = new RegExp(`${B}(?:${TARGET_NOUNS})(?:\\s+(?:minimal|minimum|légal|set|agreed|of|at|de|d['’]|is|was|est|était|fixed|fixée?s?|à|to|for\\s+women|pour\\s+les\\s+femmes|at\\s+least|au\\s+moins)){0,4}\\s*$`, 'iu');
const TARGET_POST = new RegExp(`^\\s*(?:(?!(?:of|de|des|du|the|la|le|les|in|dans)${E})[\\p{L}-]+\\s+){0,2}?(?:${TARGET_NOUNS})${E}`, 'iu');
const MIN_PRE = new RegExp(`${B}(?:at\\s+least|no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than|a\\s+minimum\\s+of|minimum\\s+of|au\\s+moins|au\\s+minimum|un\\s+minimum\\s+de|pas\\s+moins\\s+de)\\s+$`, 'iu');
// "to" / « à » after an aim, or the aim's own verb right before the share ("requires 30 per cent women", « prévoit 30 % »)
const TO_PRE = new RegExp(`${B}(?:to|reach|achieve|attain|requires?|stipulates?|jusqu['’]à|à|atteindre|prévoi(?:t|ent)|exige(?:nt)?|impose(?:nt)?|stipule(?:nt)?|porter\\s+(?:\\S+\\s+){0,6}?à)\\s+(?:(?:at\\s+least|au\\s+moins)\\s+)?$`, 'iu');
const AIM = new RegExp(`${B}(?:aims?|aiming|aimed|seeks?|seeking|plans?\\s+to|intends?\\s+to|(?:hopes?|expects?|strives?|wants?)\\s+to|goal|target|objective|commit(?:s|ted)?\\s+to|commitment|pledged?|calls?\\s+for|called\\s+for|requires?|required|requiring` +
  '|(?:will|shall|should|must)\\s+(?:\\p{L}+\\s+){0,2}?(?:raise|increase|reach|achieve|double|bring|rise|be\\s+raised|be\\s+increased)' +
  '|objectifs?|vise|visent|visant|viser|entend(?:ent)?|ambitionn\\p{L}*|prévoi(?:t|ent)|cibles?|s[\'’]engag\\p{L}*|engagement|appel\\p{L}*\\s+à|exige\\p{L}*|impos\\p{L}*' +
  `|(?:devra|devrait|doit|doivent|devront|devraient)\\s+(?:\\p{L}+\\s+){0,2}?(?:augmenter|atteindre|porter|passer|doubler))${E}`, 'iu');
const MODAL_SHARE_PRE = new RegExp(`${B}(?:(?:will|shall|should|must|would)\\s+(?:\\p{L}+\\s+){0,2}?(?:make\\s+up|account\\s+for|represent|constitute|comprise|reach|be)` +
  `|(?:devra|devrait|doit|doivent|devront|devraient)\\s+(?:\\p{L}+\\s+){0,2}?(?:représenter|constituer|atteindre|être\\s+de))\\s+(?:(?:at\\s+least|no\\s+less\\s+than|au\\s+moins)\\s+)?$`, 'iu');
// "by 2028" is a deadline, "by 2023 standards" is not
const BY_YEAR_POST = new RegExp(`^[^;.]{0,80}?${B}(?:by|d['’]ici(?:\\s+à)?|à\\s+l['’]horizon)\\s+(?:(?:the\\s+)?end\\s+of\\s+|la\\s+fin\\s+de\\s+|fin\\s+)?(?:19|20)\\d\\d(?!\\d)` +
  `(?!\\s+(?!(?:for|in|and|or|at|across|among|within|with|as|et|ou|pour|dans|au|aux|à|parmi)${E})\\p{Ll})`, 'iu');
/** An observed past share: "at least 30 per cent of those elected were women" is not a target. */
const OBSERVED = new RegExp(`${B}(?:were|was|had|made\\s+up|accounted\\s+for|represented|constituted|comprised|stood|reached|rose|fell|étaient|était|représentaient|constituaient|avaient|ont\\s+atteint|a\\s+atteint|atteignait)${E}`, 'iu');

/** After "N % of women (in BODY)": a verb means women are the base ("… serve in …", "… were married before 18"). */
const NOT_A_VERB = new Set(('and or et ou in at of du de des by en au aux as from to for on during since compared versus vs than ' +
  'respectively respectivement worldwide overall today currently now nationally globally aujourd hui actuellement dans à parmi ' +
  'among within across between entre per par sur under over').split(' '));

const FROM_X_TO = new RegExp(`(?:\\bfrom|\\bbetween|\\bde|\\bentre)\\s+(${NUM}|${WORD_NUM})\\s+(?:to|and|à|et)\\s+(?:about\\s+|around\\s+|environ\\s+)?$`, 'iu');
const RESPECTIVELY = new RegExp(`${B}(?:respectively|respectivement)${E}`, 'iu');
const RESPECTIVELY_BEFORE = /(?:respectively|respectivement)\s*,?\s*$/iu;
const LEADING_DET = /^\s*(?:(?:of\s+)?(?:the|its|their)|des|du|de\s+la|de\s+l['’]|les|la|le|l['’]|of)\s*/iu;
const RUN_GAP = /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et|&)\s+)$/iu;
const LIST_SPLIT = /\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+/iu;

// ---------------------------------------------------------------- judgement

const normGroup = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

interface Ctx { text: string; s0: number; s1: number; bodies: Body[]; cues: Cue[]; marks?: Marks }

/** A percentage of some group that women are counted in; `cue` null when nothing says it counts women. */
interface Share {
  kind: 'share'; group: string; category: BodyCategory; cue: Cue | null;
  /** the body was named right after the token ("N % of BODY", "N % women in BODY"): shared by a bare run before it */
  own: boolean; bodyEnd: number;
}
/** "… and 9 per cent of prosecutors": a noun phrase the lexicon does not know, after a known share of the same subject. */
interface Unknown { kind: 'np'; group: string; cue: Cue }
type Verdict = Share | Unknown | { kind: 'about-women' } | { kind: 'inherit' } | { kind: 'compare' } | null;

const IMPLIED: Cue = { start: -1, end: -1, kind: 'women' };

/** Index of the first cue starting at or after pos. */
function cueIndex(ctx: Ctx, pos: number): number {
  let a = 0, b = ctx.cues.length;
  while (a < b) { const mid = (a + b) >> 1; if (ctx.cues[mid]!.start < pos) a = mid + 1; else b = mid; }
  return a;
}

function cueAt(ctx: Ctx, pos: number): Cue | null {
  const c = ctx.cues[cueIndex(ctx, pos)];
  return c && c.start === pos ? c : null;
}

function anyCue(ctx: Ctx, lo: number, hi: number): Cue | null {
  const c = ctx.cues[cueIndex(ctx, lo)];
  return c && c.start < hi ? c : null;
}

/**
 * The women-word that the token's share is said of, before it: the subject of a share verb ("women make up"),
 * or governed by a share noun ("the proportion of women"). The nearest wins; a clause with its own subject
 * between it and the token ("…; troops make up 80 %") hides it and every earlier one.
 */
function subjectCue(ctx: Ctx, t: Token): Cue | null {
  const lo = Math.max(ctx.s0, t.start - 300);
  const { text } = ctx;
  const mk = marksOf(ctx);
  // a few women-words are enough to look at: the nearest ones decide
  for (let k = cueIndex(ctx, t.start) - 1, n = 0; k >= 0 && n < MAX_CUES && ctx.cues[k]!.start >= lo; k--, n++) {
    const c = ctx.cues[k]!;
    const cut = lastIn(mk.breaks, c.end, t.start);
    const lead = text.slice(Math.max(lo, c.start - 40), c.start);
    const shareNoun = SHARE_NOUN_AFTER.test(text.slice(c.end, t.start)) || SHARE_NOUN_BEFORE.test(lead);
    if (cut) {
      const v = firstIn(mk.verbs, cut.end, t.start);
      const pronoun = v !== null && firstIn(mk.pronouns, cut.end, v.start) !== null;
      // "women make up half of the population but (hold) only 8 % of the cabinet": a contrast whose second half
      // has no subject of its own shares the first half's subject (and verb, when it has none either).
      const contrast = CONTRAST.test(text.slice(cut.start, cut.end));
      const first = contrast && !v ? firstIn(mk.verbs, c.end, cut.start) : null;
      const elided = contrast && (v ? ONLY_ADVERBS.test(text.slice(cut.end, v.start)) : first !== null && QUANTITY.test(text.slice(first.end, cut.start)));
      if (v && !pronoun && !elided) return null;
      // "Women are the most affected: 80 % of the population …": the verb's clause ended before the break; only
      // a lead-in ("women represent only: 2 %, …", "as follows:") or a list already begun ("5 % of troops; 10 %")
      // carries it over. A share noun's value may follow it ("the presence of women remains low: 5 %").
      const v0 = pronoun || shareNoun || elided ? null : firstIn(mk.verbs, c.end, cut.start);
      if (v0 && !leadsIn(text.slice(v0.end, cut.start))) return null;
    }
    if (RATE_BEFORE.test(lead) && !/^féminisation$/iu.test(text.slice(c.start, c.end))) return null;
    // "appointed women to 23 % of ministerial posts", « a nommé des femmes à 23 % des postes »: women are what
    // the posts were given to, so the share is theirs.
    if (APPOINTED_TO.test(text.slice(c.end, t.start)) && APPOINTED_BEFORE.test(lead)) return c;
    // "with women at 18 per cent of staff officers", « avec des femmes à 18 % des effectifs »: the share is theirs
    if (AT_SHARE.test(text.slice(c.end, t.start)) && WITH_BEFORE.test(lead)) return c;
    if (firstIn(mk.verbs, c.end, t.start) || shareNoun) {
      // "women's participation rate is 40 %": the rate of a base of women
      return RATE_BETWEEN.test(text.slice(c.end, t.start)) ? null : c;
    }
  }
  return null;
}

const MAX_CUES = 8;
const APPOINTED_BEFORE = /(?:^|[^\p{L}])(?:appoint|elect|nominat|nam|recruit|select|assign|nomm|élu|élir|désign|recrut|sélectionn|affect)\p{L}*[\s\u00A0]+(?:(?:more|des|de|d['’]|plus[\s\u00A0]+de|davantage[\s\u00A0]+de)[\s\u00A0]*)?$/iu;
const APPOINTED_TO = /^[\s\u00A0]+(?:to|à|aux?)[\s\u00A0]+(?:(?:about|some|nearly|almost|only|just|environ|près[\s\u00A0]+de|seulement)[\s\u00A0]+)?$/iu;
const WITH_BEFORE = /(?:^|[^\p{L}])(?:with|avec(?:[\s\u00A0]+(?:les|des))?)[\s\u00A0]+$/iu;
const AT_SHARE = /^[\s\u00A0]+(?:at|à)[\s\u00A0]+(?:(?:about|some|only|just|nearly|around|roughly|barely|environ|seulement|à[\s\u00A0]+peine|près[\s\u00A0]+de)[\s\u00A0]+)?$/iu;
const CONTRAST = /^(?:but|mais)$/iu;
/** The first half of such a contrast states a quantity too: "half of the population", « la majorité des électeurs ». */
const QUANTITY = /^\s*(?:(?:only|just|about|nearly|almost|over|more\s+than|less\s+than|seulement|environ|près\s+de|plus\s+de|moins\s+de)\s+)?(?:\d|(?:a|an|one|the|la|le|l['’]|un|une)?\s*(?:half|third|quarter|fifth|majority|minority|moitié|tiers|quart|cinquième|majorité|minorité|majoritaires|minoritaires)(?![\p{L}]))/iu;
const ONLY_ADVERBS = /^\s*(?:(?:only|just|still|also|barely|merely|seulement|ne|n['’]|que|plus|encore|toujours|à peine)\s*)*$/iu;

const LEAD_IN_WORDS = new Set(('only just merely as follows the following now today currently respectively overall on average ' +
  'que seulement uniquement comme suit respectivement aujourd hui actuellement en moyenne désormais').split(' '));
/** Between a share verb and a break: nothing but lead-in words, or a list already begun (a number). */
function leadsIn(stretch: string): boolean {
  if (/\d/.test(stretch)) return true;
  const words = stretch.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => LEAD_IN_WORDS.has(w));
}

interface Span { start: number; end: number }
/** Share verbs, strong breaks, copulas and pronouns of a sentence, found once. */
interface Marks { verbs: Span[]; breaks: Span[]; copulas: Span[]; pronouns: Span[] }

function marksOf(ctx: Ctx): Marks {
  if (ctx.marks) return ctx.marks;
  const sub = ctx.text.slice(ctx.s0, ctx.s1);
  const scan = (re: RegExp): Span[] => {
    const out: Span[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(sub); m; m = re.exec(sub)) out.push({ start: ctx.s0 + m.index, end: ctx.s0 + m.index + m[0].length });
    return out;
  };
  ctx.marks = { verbs: scan(SHARE_VERB_G), breaks: scan(STRONG_BREAK_G), copulas: scan(COPULA_G), pronouns: scan(PRONOUN_G) };
  return ctx.marks;
}

/** Index of the first span starting at or after pos. */
function spanIndex(list: Span[], pos: number): number {
  let a = 0, b = list.length;
  while (a < b) { const mid = (a + b) >> 1; if (list[mid]!.start < pos) a = mid + 1; else b = mid; }
  return a;
}

/** The first span inside [lo, hi). */
function firstIn(list: Span[], lo: number, hi: number): Span | null {
  const x = list[spanIndex(list, lo)];
  return x && x.end <= hi ? x : null;
}

/** The last span that starts inside [lo, hi) (breaks and verbs never straddle a percentage). */
function lastIn(list: Span[], lo: number, hi: number): Span | null {
  const x = list[spanIndex(list, hi) - 1];
  return x && x.start >= lo ? x : null;
}

/** "including 190 women (12.8 per cent)", « dont 259 femmes, soit 17 % », "5 are women (21 per cent)": the share of a count of women. */
const COUNT_CUE_BEFORE = /(?:^|\s)\d[\d,.\u00A0\u202F ]*\s+(?:are\s+|were\s+|sont\s+|étaient\s+)?(?:\p{L}+\s+)?$/u;
const COUNT_OF_AFTER = /^\s+(?:among|out\s+of|of|sur|parmi)\s+(?:(?:the|its|les|ses|des)\s+)?\d[\d,.\u00A0\u202F ]*\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u;
function countCue(ctx: Ctx, t: Token): Cue | null {
  const pre = ctx.text.slice(Math.max(ctx.s0, t.start - 20), t.start);
  const m = /(?:\s*\(\s*|\s*,\s*(?:soit|i\.e\.|or|ou)\s+|\s+\(\s*(?:soit|i\.e\.|or|ou)\s+)$/iu.exec(pre);
  if (!m) return null;
  const sep = t.start - pre.length + m.index;
  const k = cueIndex(ctx, sep) - 1;
  const c = ctx.cues[k];
  // "3 women among the 30 mediators, or 10 per cent", « 6 femmes sur les 25 membres, soit 24 % »
  if (!c || (c.end !== sep && !COUNT_OF_AFTER.test(ctx.text.slice(c.end, sep)))) return null;
  // a count right before the women-word: "190 women", "5 are women", « 259 femmes »
  return COUNT_CUE_BEFORE.test(ctx.text.slice(Math.max(ctx.s0, c.start - 30), c.start)) ? c : null;
}

/** "N % of BODY (…) are women", "of whom N per cent are women", « N % … étaient des femmes »: the women-word after a copula. */
function predicateCue(ctx: Ctx, t: Token): Cue | null {
  const mk = marksOf(ctx);
  const brk = mk.breaks[spanIndex(mk.breaks, t.end)];
  const lim = Math.min(brk ? brk.start : ctx.s1, t.end + 250);
  // "reserves 30 % of seats for women", « réserve 30 % des sièges aux femmes »: what the quota is for
  if (RESERVE_BEFORE.test(ctx.text.slice(Math.max(ctx.s0, t.start - 40), t.start))) {
    const c = anyCue(ctx, t.end, Math.min(lim, t.end + 120));
    if (c && FOR_BEFORE_CUE.test(ctx.text.slice(t.end, c.start)) && !firstIn(mk.verbs, t.end, c.start)) return c;
  }
  const m = firstIn(mk.copulas, t.end, t.end + 250);
  if (!m || m.start >= lim) return null;
  const skip = AFTER_COPULA.exec(ctx.text.slice(m.end, Math.min(ctx.s1, m.end + 40)))![0].length;
  return cueAt(ctx, m.end + skip);
}

/** A verb that sets seats or posts aside: "reserves", "allocated", « réservés », « attribue ». */
const RESERVE_VERB = String.raw`(?:^|[^\p{L}])(?:reserv|allocat|earmark|set[\s\u00A0]+aside|réserv|attribu|allou)\p{L}*`;
const RESERVE_BEFORE = new RegExp(String.raw`${RESERVE_VERB}[\s\u00A0]+(?:(?:at[\s\u00A0]+least|a[\s\u00A0]+minimum[\s\u00A0]+of|au[\s\u00A0]+moins|un[\s\u00A0]+minimum[\s\u00A0]+de)[\s\u00A0]+)?$`, 'iu');
const FOR_BEFORE_CUE = /[\s\u00A0](?:for|to|aux|à)[\s\u00A0]+(?:(?:the|des|les)[\s\u00A0]+)?$/iu;
const RESERVED_FOR_WOMEN = new RegExp(String.raw`${RESERVE_VERB}[\s\u00A0]+(?:for|to|aux|à)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:women|female|femmes)(?![\p{L}])`, 'iu');
/** A quota set aside for women: "reserved for", « réservés aux ». */
const RESERVED = new RegExp(String.raw`${RESERVE_VERB}[\s\u00A0]`, 'iu');

/** Bodies that start in [lo, hi), in order (bodies are sorted and few). */
function bodiesIn(ctx: Ctx, lo: number, hi: number): Body[] {
  return ctx.bodies.filter((b) => b.start >= lo && b.start < hi);
}

const share = (ctx: Ctx, b: Body, cue: Cue | null, own: boolean): Share =>
  ({ kind: 'share', group: normGroup(ctx.text.slice(b.start, b.end)), category: b.category, cue: cue ?? (b.women ? IMPLIED : null), own, bodyEnd: b.end });

/** The body in the text before the token: "Among IDPs, …", "the share of women in the cabinet was …", "CLAs, of which …". */
function bodyBefore(ctx: Ctx, lo: number, hi: number): Body | null {
  let best: Body | null = null;
  let bestScore = -Infinity;
  // a clause break between a body and the token ("…of GBV survivors, while the police component was 12 % female")
  // hides that body when the token's own clause names one
  const pre = ctx.text.slice(lo, hi);
  let cut = lo;
  for (const m of pre.matchAll(CLAUSE_BREAK_G)) cut = lo + m.index + m[0].length;
  let all = bodiesIn(ctx, cut, hi);
  if (all.length === 0) all = bodiesIn(ctx, lo, hi);
  // generic words (staff, mission) only when nothing specific is in reach
  const cands = all.some((b) => !b.weak) ? all.filter((b) => !b.weak) : all;
  for (const b of cands) {
    const before = ctx.text.slice(Math.max(lo, b.start - 60), b.start);
    let score = b.weak ? 0 : 1;
    if (AMONG_BEFORE.test(before) || WOMEN_IN_BEFORE.test(before) || WOMEN_RIGHT_BEFORE.test(before)) score += 3;
    else if (PREP_BEFORE.test(before)) score += 1;
    if (score >= bestScore) { best = b; bestScore = score; } // ties: the nearest
  }
  return best;
}

const NP_WORD = /([\p{L}][\p{L}\p{N}'’/-]*)|([^\s])/guy;

/** Words of a noun phrase starting at pos: up to eight words, ending at punctuation, digits or a stop word. */
function nounPhrase(text: string, pos: number, hi: number): { start: number; end: number; words: { w: string; start: number; end: number }[] } {
  const re = NP_WORD;
  const words: { w: string; start: number; end: number }[] = [];
  let i = pos;
  let start = -1;
  while (i < hi && words.length < 8) {
    while (i < hi && isWs(text[i])) i++;
    if (i >= hi) break;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m[1] === undefined) break;
    const w = m[1];
    if (m.index + w.length > hi) break;
    if (start < 0 && DETERMINERS.test(w.replace(/['’]s$/, ''))) { i = m.index + w.length; continue; }
    if (STOP_WORDS.test(w)) break;
    if (start < 0) start = m.index;
    words.push({ w, start: m.index, end: m.index + w.length });
    i = m.index + w.length;
  }
  const last = words[words.length - 1];
  return { start: start < 0 ? pos : start, end: last ? last.end : pos, words };
}

/** Is the word after pos a verb, i.e. not punctuation, a preposition, a conjunction or a year? */
function verbAfter(text: string, pos: number, hi: number): boolean {
  const m = NEXT_WORD.exec(text.slice(pos, Math.min(hi, pos + 40)));
  if (!m) return false;
  return !NOT_A_VERB.has(m[1]!.toLowerCase().replace(/['’].*$/, ''));
}

const FINITE = /^(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|should|do|does|did|sont|étaient|était|est|ont|avaient|avait|seront|sera|peuvent|doivent)$/iu;

/** Is the word after pos a finite verb (the noun phrase before it is a subject)? */
function finiteAfter(text: string, pos: number, hi: number): boolean {
  const m = NEXT_WORD.exec(text.slice(pos, Math.min(hi, pos + 40)));
  return m !== null && FINITE.test(m[1]!);
}

/** After "women": "in/among/on BODY", "staff officers" directly ("women staff officers"). */
function bodyAfterCue(ctx: Ctx, from: number, hi: number): Body | null {
  for (const b of bodiesIn(ctx, from, Math.min(hi, from + 80))) {
    const gap = ctx.text.slice(from, b.start);
    if (/^\s*$/.test(gap) || PREP_AFTER_CUE.test(gap)) return b;
  }
  return null;
}

interface Window { preLo: number; postHi: number; floor: number }

/** The first body after `from` in the same clause that is not a victim statistic. */
function laterBody(ctx: Ctx, from: number, hi: number): Body | null {
  const brk = CLAUSE_BREAK.exec(ctx.text.slice(from, hi));
  return bodiesIn(ctx, from, brk ? from + brk.index : hi).find((x) => x.category !== 'victims') ?? null;
}

/** "…, including 6 per cent women", « …, dont 6 % de femmes », "of whom": the share is of the people counted before. */
const INCLUDING_BEFORE = /(?:\b(?:including|of\s+whom|among\s+(?:them|whom)|of\s+which)|(?<![\p{L}])(?:dont|y\s+compris|parmi\s+(?:eux|elles|lesquel(?:le)?s))),?\s*$/iu;
/** "92 per cent of its authorised strength", « 88 % de son effectif autorisé »: what was deployed is a mission's personnel. */
const STRENGTH_BEFORE = /(?<![\p{L}])(?:(?:authori[sz]ed|approved)(?:\s+(?:troop|police|military|uniformed))?\s+(?:strength|troops|personnel|ceiling|posts)|(?:strength|troops|personnel|effectifs?)\s+(?:authori[sz]ed|autoris[ée]e?s?)|deployment\s+rate|taux\s+de\s+déploiement)(?![\p{L}])/iu;

/** `anaphora`: the token is followed by "of them / of whom" (« … 7 per cent of whom were women »). */
function fromContext(ctx: Ctx, t: Token, w: Window, cue: Cue | null, anaphora = false): Verdict {
  const b = bodyBefore(ctx, w.preLo, t.start);
  if (b) return share(ctx, b, cue, false);
  const lo = Math.max(ctx.s0, t.start - 300);
  const strength = cue ? STRENGTH_BEFORE.exec(ctx.text.slice(lo, t.start)) : null;
  if (cue && (strength || anaphora || INCLUDING_BEFORE.test(ctx.text.slice(Math.max(w.preLo, t.start - 30), t.start)))) {
    // the body may stand before a percentage of its own, a deployment rate: "The mission deployed 92 per cent of
    // its authorised strength, including 6 per cent women", "… (96 per cent of authorized strength), 5 per cent of whom …"
    const whole = bodyBefore(ctx, lo, t.start);
    if (whole && whole.category !== 'victims') return share(ctx, whole, cue, false);
    if (strength) return { kind: 'share', group: normGroup(strength[0]), category: 'mission-personnel', cue, own: false, bodyEnd: t.start };
  }
  // "N % (of them) were women in the police component"
  const after = bodyAfterCue(ctx, t.end, w.postHi);
  if (after && /^[\s)]*(?:of\s+(?:them|whom)\s+)?(?:(?:are|were|is|was|being)\s+)?(?:women|female)/iu.test(ctx.text.slice(t.end, after.start))) {
    return share(ctx, after, cue ?? IMPLIED, true);
  }
  return { kind: 'inherit' };
}

/** "N % of …": what follows "of" says what is counted. */
function judgeOf(ctx: Ctx, t: Token, w: Window, ofLen: number, ofWord: string, cue: Cue | null, pred: Cue | null): Verdict {
  const { text } = ctx;
  let np = nounPhrase(text, t.end + ofLen, w.postHi);
  const head = np.words[0]?.w ?? '';
  // the word right after "of", before nounPhrase drops stop words and determiners ("whom", "which", "these")
  const raw = NEXT_WORD.exec(text.slice(t.end + ofLen, Math.min(w.postHi, t.end + ofLen + 40)));
  const anaEnd = ANAPHORA.test(head) ? np.words[0]!.end
    : raw && STOP_WORDS.test(raw[1]!) && ANAPHORA.test(raw[1]!) ? t.end + ofLen + raw[0].length : -1;
  if (anaEnd >= 0) {
    // "…, of whom 57 per cent are women", "…, 7 per cent of whom are women", "…, 12 per cent of them women":
    // the antecedent is counted; without "are women", a base of women
    const bare = ANAPHORA_CUE.exec(text.slice(anaEnd, w.postHi));
    const said = pred ?? (bare ? cueAt(ctx, anaEnd + bare[0].length) : null);
    if (said) return fromContext(ctx, t, w, said, true);
    return cue ? { kind: 'about-women' } : null;
  }
  if (CUE_WORD.test(head)) {
    // "N % of women in BODY" / "N % de femmes dans BODY" / "N % of women police officers"
    const c = cueAt(ctx, np.words[0]!.start) ?? IMPLIED;
    const cueEnd = Math.max(c.end, np.words[0]!.end);
    const b = bodyAfterCue(ctx, cueEnd, w.postHi);
    const composition = ofWord === 'de' || ofWord === "d'" || ofWord === 'd’' || SHARE_WORDS.test(np.words[1]?.w ?? '');
    if (b && b.category !== 'victims') {
      if (!composition && verbAfter(text, b.end, w.postHi)) return { kind: 'about-women' }; // "60 % of female peacekeepers serve in …"
      return share(ctx, b, c, true);
    }
    // "the quota of at least 35 percent of women as required by law", « le quota de 30 % de femmes s'applique à
    // toutes les institutions »: in a target, "of women" is its composition, and its body may come later
    const pre = text.slice(Math.max(ctx.s0, t.start - 60), t.start);
    const targeted = TARGET_PRE_NOUN.test(pre) || MIN_PRE.test(pre);
    if (composition && !targeted) return fromContext(ctx, t, w, c);
    if (targeted && (composition || !verbAfter(text, cueEnd, w.postHi))) {
      const v = fromContext(ctx, t, w, c);
      const later = v?.kind === 'inherit' ? laterBody(ctx, cueEnd, w.postHi) : null;
      return later ? share(ctx, later, c, true) : v;
    }
    return { kind: 'about-women' }; // "50 per cent of women were married before 18", "N % of women in IDP camps"
  }
  // "of the total", « du total »: the total of a body named before ("female police officers rose to 20 per cent of
  // the total"), else the women-word's own share, said of no body (see bodiless)
  if (np.words.length === 0 && OF_TOTAL.test(text.slice(t.end, w.postHi))) return fromContext(ctx, t, w, cue ?? pred);
  // "30 per cent of the 2,500 participants": a count before the body
  if (np.words.length === 0) {
    const count = COUNT_BEFORE_BODY.exec(text.slice(t.end + ofLen, w.postHi));
    if (count) np = nounPhrase(text, t.end + ofLen + count[0].length, w.postHi);
  }
  // "N % of BODY": the body must sit in the noun phrase, and nothing like "budget" may follow it
  let cands = bodiesIn(ctx, np.start, Math.max(np.end, np.start + 1));
  // "women made up 41 per cent of those consulted", « … de celles qui ont été consultées »: the people so described
  if (cands.length === 0 && cue && raw && THOSE.test(raw[1]!) && np.words.length > 0 && !np.words.some((x) => NOT_BODY.test(x.w))) {
    return { kind: 'share', group: normGroup(`${raw[1]} ${text.slice(np.start, np.end)}`), category: 'population', cue, own: true, bodyEnd: np.end };
  }
  if (cands.length === 0 && !np.words.some((x) => NOT_BODY.test(x.w))) {
    // "30 % of the members of the commission", « 30 % des membres du comité »
    const hop = OF_WORD.exec(text.slice(np.end, w.postHi));
    if (hop) {
      np = nounPhrase(text, np.end + hop[0].length, w.postHi);
      cands = bodiesIn(ctx, np.start, Math.max(np.end, np.start + 1));
    }
  }
  let best: Body | null = null;
  for (const b of cands) if (!best || b.end > best.end) best = b;
  const rest = np.words.filter((x) => !best || x.start >= best.end);
  if (np.words.some((x) => NOT_BODY.test(x.w.replace(/['’]s$/, ''))) && (!best || rest.some((x) => NOT_BODY.test(x.w)))) return null;
  if (np.words.some((x) => STRENGTH_WORD.test(x.w))) return null; // "87 per cent of its authorized personnel"
  // "…; 60 per cent of the patrols were conducted at night": the percentage is the subject of its own clause
  const said = pred ?? (finiteAfter(text, best ? Math.max(best.end, np.end) : np.end, w.postHi) ? null : cue);
  if (best?.weak && best.category !== 'victims') {
    // « 12,5 % des effectifs de la gendarmerie », "20 % of the staff of the national police"
    const hop = OF_WORD.exec(text.slice(best.end, w.postHi));
    if (hop) {
      // the body must head the noun phrase after "of" (« de l'armée » : after the elided article)
      const np2 = nounPhrase(text, best.end + hop[0].length, w.postHi);
      const head = np2.start + (/^[ld]['’]/iu.test(text.slice(np2.start, np2.start + 2)) ? 2 : 0);
      const next = ctx.bodies.find((x) => x.start === head && !x.weak);
      if (next) return share(ctx, next, said, true);
    }
    // "5 % des effectifs", "20 % of staff": a specific body earlier in the clause says whose staff
    const specific = bodyBefore(ctx, Math.max(w.preLo, w.floor), t.start);
    if (specific && !specific.weak) return share(ctx, specific, said, false);
  }
  if (best) return share(ctx, best, said, true);
  // "34 per cent of international and 22 per cent of national staff": an adjective whose noun the next share names
  if (np.words.length === 1 && cue) {
    // (past the window, which ends at the next percentage: the noun stands after it, within the sentence)
    const next = ELLIPTIC_NEXT.exec(text.slice(np.end, Math.min(ctx.s1, np.end + 60)));
    const later = next ? bodiesIn(ctx, np.end + next[0].length, Math.min(ctx.s1, np.end + next[0].length + 60))[0] : undefined;
    const at = next ? np.end + next[0].length : 0;
    // the next share's body opens its phrase ("national staff") or follows its own adjective ("junior [staff]")
    if (later && later.category !== 'victims' && (later.start === at || /^[\p{L}-]+\s+$/u.test(text.slice(at, later.start)))) {
      const head = later.start === at ? text.slice(later.start, later.end).replace(/^\S+\s+/u, '') : text.slice(later.start, later.end);
      return { kind: 'share', group: normGroup(`${np.words[0]!.w} ${head}`), category: later.category, cue, own: true, bodyEnd: np.end };
    }
  }
  // an unknown plural noun ("prosecutors", « ingénieurs ») may name a staff; "the world", "the total" do not
  const lastWord = np.words[Math.min(np.words.length, 4) - 1];
  if (cue && lastWord && /[sx]$/iu.test(lastWord.w)) return { kind: 'np', group: normGroup(text.slice(np.start, lastWord.end)), cue };
  return null;
}

/** "more than half (53 per cent) of", « près d'un tiers (32 %) des »: a fraction glossed by the percentage in brackets. */
const FRACTION_GLOSS = /(?<![\p{L}])(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|moitié|tiers|quarts?|cinquièmes?|dixièmes?|majorité|minorité)\s*\(\s*$/iu;
const GLOSS_CLOSE = /^\s*\)/u;
/** "… of international and 22 per cent of [national staff]": the next share of the same phrase, up to its body. */
const ELLIPTIC_NEXT = new RegExp(`^\\s+(?:and|et)\\s+(?:${NUM})\\s*(?:%|per\\s*cent|percent|pour\\s*cent)\\s+(?:of|des?|du|d['’])\\s*(?:the\\s+|les\\s+|la\\s+|l['’]\\s*)?`, 'iu');
const FRACTION_OR = /(?<![\p{L}])(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|moitié|tiers|quarts?|cinquièmes?|dixièmes?|majorité|minorité)\s*,\s*(?:or|soit)\s+(?:(?:about|some|nearly|environ|près\s+de)\s+)?$/iu;
const GLOSS_COMMA = /^\s*,(?=\s*(?:of|de|du|des|d['’])(?![\p{L}]))/iu;
/** A note number right after the percentage, then a space and a word: "cent1 of", « %2 des ». */
const GLUED_NOTE_AFTER = /^\d{1,3}(?=\s+\p{L})/u;

function judge(ctx: Ctx, t: Token, w: Window, cue: Cue | null, pred: Cue | null): Verdict {
  const { text } = ctx;
  if (!(t.percent >= 0 && t.percent <= 100)) return null;
  // The gloss stands for the fraction: what follows its bracket is what it counts.
  const close = GLOSS_CLOSE.exec(text.slice(t.end, w.postHi));
  if (close && FRACTION_GLOSS.test(text.slice(Math.max(w.preLo, t.start - 40), t.start))) {
    return judge(ctx, { ...t, end: t.end + close[0].length }, w, cue, pred);
  }
  // "about one fifth, or 20 per cent, of the staff officers", « un cinquième, soit 20 %, des officiers »: the same gloss between commas
  const comma = GLOSS_COMMA.exec(text.slice(t.end, w.postHi));
  if (comma && FRACTION_OR.test(text.slice(Math.max(w.preLo, t.start - 40), t.start))) {
    return judge(ctx, { ...t, end: t.end + comma[0].length }, w, cue, pred);
  }
  // A note number glued to the percentage by PDF text ("4 per cent1 of military personnel"): read past it.
  const note = GLUED_NOTE_AFTER.exec(text.slice(t.end, Math.min(w.postHi, t.end + 8)));
  if (note) return judge(ctx, { ...t, end: t.end + note[0].length }, w, cue, pred);
  const pre = text.slice(Math.max(w.preLo, t.start - 60), t.start);
  if (/[+±−]\s*$/.test(pre)) return null;
  if (CHANGE_BEFORE.test(pre)) return null;
  const post = text.slice(t.end, w.postHi);

  const label = labelShare(ctx, t, pre);
  if (label) return label;
  const of = OF_WORD.exec(post);
  if (of) return judgeOf(ctx, t, w, of[0].length, (of[1] ?? of[2] ?? '').toLowerCase(), cue, pred);

  if (COMPARE_BEFORE.test(pre)) return { kind: 'compare' };
  const sa = SHARE_AFTER.exec(post);
  if (sa) {
    // « jusqu'à 20 % la proportion des femmes policières dans les opérations … », "At 9 %, the share of women among …"
    const c = cueAt(ctx, t.end + sa[0].length);
    if (c) {
      const b = bodyAfterCue(ctx, c.end, w.postHi);
      if (b) return share(ctx, b, c, true);
      return fromContext(ctx, t, w, c);
    }
  }
  const nw = NEXT_WORD.exec(post);
  const firstWord = nw?.[1] ?? '';
  if (cue && AMONG_AFTER.test(post)) {
    // "women are 18 per cent among the police officers deployed", « les femmes sont 18 % parmi les policiers »
    const b = bodyAfterCue(ctx, t.end, w.postHi);
    if (b && b.category !== 'victims') return share(ctx, b, cue, true);
  }
  if (firstWord && !/^[\s]*[^\s\p{L}]/u.test(post)) {
    const fw = firstWord.toLowerCase();
    if (CUE_WORD.test(fw)) {
      // "at least 30 per cent women (in BODY)", "13 % female"
      const c = cueAt(ctx, t.end + nw![0].length - firstWord.length) ?? IMPLIED;
      const from = Math.max(c.end, t.end + nw![0].length);
      const b = bodyAfterCue(ctx, from, w.postHi);
      if (b) return share(ctx, b, c, true);
      const v = fromContext(ctx, t, w, c);
      if (v?.kind !== 'inherit') return v;
      // "a target of 15 per cent women by 2028 for staff officers": the body later in the clause
      const later = laterBody(ctx, from, w.postHi);
      return later ? share(ctx, later, c, true) : v;
    }
    if (TARGET_POST.test(post)) {
      // "a 15 per cent target for women staff officers", "a 30 % quota in all political functions"
      const near = Math.min(w.postHi, t.end + 100);
      const after = bodiesIn(ctx, t.end, near).find((b) => !b.weak) ?? bodiesIn(ctx, t.end, near)[0];
      const brk = CLAUSE_BREAK.exec(post);
      const said = cue ?? pred ?? anyCue(ctx, t.end, t.end + (brk ? brk.index : post.length)) ?? (QUOTA_RE.test(post.slice(0, 40)) ? IMPLIED : null);
      if (after) return share(ctx, after, said, true);
      return fromContext(ctx, t, w, said);
    }
    if (!SHARE_WORDS.test(fw) && !FUNCTION_WORDS.has(fw.replace(/['’].*$/, ''))) return null; // "12 percent budget increase"
  }
  return fromContext(ctx, t, w, cue ?? pred);
}

/** "Female military personnel: 4.5 per cent", « Femmes dans les contingents : 5 % »: a label, then its value. */
function labelShare(ctx: Ctx, t: Token, pre: string): Share | null {
  const colon = /:\s*$/.exec(pre);
  if (!colon) return null;
  const at = t.start - pre.length + colon.index;
  const c = ctx.cues[cueIndex(ctx, at) - 1]; // the last women-word before the colon
  if (!c || c.start < at - 80) return null;
  const b = bodyAfterCue(ctx, c.end, at);
  // the label is the women-word and its body, nothing after them
  // (an event label, "Women allegations: 40 %", is a share of events: kept apart with the victim statistics)
  return b && /^\s*$/.test(ctx.text.slice(b.end, at)) ? share(ctx, b, c, true) : null;
}

// ---------------------------------------------------------------- targets

function isTarget(ctx: Ctx, t: Token, nextStart: number): boolean {
  const { text } = ctx;
  const pre = text.slice(Math.max(ctx.s0, t.start - 80), t.start);
  const post = text.slice(t.end, Math.min(ctx.s1, nextStart, t.end + 120));
  if (TARGET_PRE_NOUN.test(pre) || TARGET_POST.test(post) || MODAL_SHARE_PRE.test(pre)) return true;
  // seats reserved for women are a quota, however the sentence reports it
  if (RESERVED.test(text.slice(Math.max(ctx.s0, t.start - 40), t.start)) || RESERVED_FOR_WOMEN.test(post)) return true;
  // the clause around the token: "at least" and "by 2028" are targets unless the clause reports what was
  const mk = marksOf(ctx);
  const clauseBefore = text.slice(lastIn(mk.breaks, ctx.s0, t.start)?.end ?? ctx.s0, t.start);
  if (TO_PRE.test(pre) && AIM.test(clauseBefore)) return true;
  if (MIN_PRE.test(pre) || BY_YEAR_POST.test(post)) {
    const brk = mk.breaks[spanIndex(mk.breaks, t.end)];
    return !OBSERVED.test(clauseBefore + text.slice(t.end, Math.min(t.end + post.length, brk ? brk.start : ctx.s1)));
  }
  return false;
}

// ---------------------------------------------------------------- lists with "respectively"

/**
 * "31 %, 22 % and 9 % of posts at the P-3, P-5 and D-1 levels respectively": one group per percentage, made of the
 * words the items share ("posts at the", "levels") and the item. Null when the list does not have one item per token.
 */
function respectiveGroups(ctx: Ctx, run: Token[], last: Share): { group: string; category: BodyCategory }[] | null {
  const { text } = ctx;
  const tail = run[run.length - 1]!;
  const post = text.slice(tail.end, ctx.s1);
  let region: string;
  const r = RESPECTIVELY.exec(post);
  if (r && !/[;.]/.test(post.slice(0, r.index))) region = post.slice(0, r.index);
  else if (RESPECTIVELY_BEFORE.test(text.slice(Math.max(ctx.s0, run[0]!.start - 30), run[0]!.start))) {
    // « les femmes représentent respectivement 5 % et 12 % des contingents et des unités de police »
    const end = /[;.]|\s(?:while|whereas|but|tandis|alors|mais)\s/iu.exec(post);
    region = post.slice(0, end ? end.index : post.length);
  } else return null;
  region = region.replace(/[\s,]+$/, '').replace(/^\s*(?:of|du|des|de|d['’])\s*/iu, '').replace(/^(?:the|les|la|le|l['’])\s+/iu, '');
  const raw = region.split(LIST_SPLIT).filter((p) => p.length > 0);
  const n = run.length;
  if (raw.length !== n) return null;
  const groupOf = (g: string) => {
    const bodies = findBodies(g, 0);
    const b = bodies.find((x) => !x.weak) ?? bodies[0];
    return { group: g, category: b ? b.category : last.category };
  };
  // "troops, police and civilian staff", « des contingents et des unités de police »: each item is a whole noun
  // phrase, with a body of its own that opens it (not "posts at the P-3, P-5 and D-1 levels")
  const whole = raw.map((p) => normGroup(p.replace(LEADING_DET, '')));
  // (not when one entry spans the first items: "military and police personnel" is one body, not "military" + "police personnel")
  const span = longestAt(normGroup(region.replace(LEADING_DET, '')), 0);
  const oneBody = span !== null && span.len > whole[0]!.length;
  if (!oneBody && whole.every((g) => findBodies(g, 0).some((b) => b.start === 0 && !b.weak))) return whole.map(groupOf);
  const words = (s: string) => s.trim().split(/\s+/);
  const k = n >= 3 ? Math.max(...raw.slice(1, -1).map((p) => words(p).length)) : 1;
  const first = words(raw[0]!);
  const lastWords = words(raw[n - 1]!);
  if (first.length < k || lastWords.length < k) return null;
  const prefix = first.slice(0, first.length - k).join(' ');
  const suffix = lastWords.slice(k).join(' ');
  const items = [first.slice(first.length - k).join(' '), ...raw.slice(1, -1).map((p) => p.trim()), lastWords.slice(0, k).join(' ')];
  return items.map((item) => groupOf(normGroup([prefix, item, suffix].filter(Boolean).join(' '))));
}

/** Bare numbers before a run in a "respectively" list: "4 and 10 per cent of military and police personnel respectively". */
const BARE_LIST = new RegExp(`(?<![\\p{L}\\p{N}.,])((?:${NUM})(?:\\s*,\\s*(?:${NUM}))*)\\s*,?\\s+(?:and|et)\\s+$`, 'iu');

function bareNumbers(ctx: Ctx, first: Token, lo: number): Token[] {
  const pre = ctx.text.slice(Math.max(lo, first.start - 80), first.start);
  const m = BARE_LIST.exec(pre);
  if (!m) return [];
  const base = first.start - pre.length + m.index;
  const out: Token[] = [];
  for (const x of m[1]!.matchAll(new RegExp(NUM, 'gu'))) {
    const v = parseNumber(x[0]);
    if (!(v >= 0 && v <= 100)) return [];
    out.push({ start: base + x.index!, end: base + x.index! + x[0].length, percent: v });
  }
  return out;
}

// ---------------------------------------------------------------- entry point

/** A percentage that names women but is not a share of women: a victim or case statistic, a base of women, "women and children". */
export interface OtherFigure {
  start: number; end: number; text: string; percent: number;
  kind: 'victims' | 'about-women' | 'mixed';
  sentence: { start: number; end: number };
}

/**
 * Every percentage in `text` that states a share of women, with the body it refers to (taxonomy §5), its
 * sentence, whether it is a target or quota, and whether it counts women, girls or both. When `others` is
 * given, percentages that name women without being a share of them are pushed to it.
 */
export function findFigures(text: string, others?: OtherFigure[]): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = collectTokens(text);
  const out: Figure[] = [];
  let prevSentenceEnd = 0;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const s0 = sentenceStart(text, first.start, Math.max(prevSentenceEnd, first.start - MAX_BACK));
    const s1 = Math.max(first.end, sentenceEnd(text, first.end, Math.min(text.length, first.end + MAX_FWD)));
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.end <= s1) j++;
    judgeSentence(text, s0, s1, tokens.slice(i, j), out, others);
    prevSentenceEnd = s1;
    i = j;
  }
  return out;
}

function judgeSentence(text: string, s0: number, s1: number, toks: Token[], out: Figure[], others?: OtherFigure[]): void {
  const sub = text.slice(s0, s1);
  const cues: Cue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sub); m; m = CUE_RE.exec(sub)) cues.push({ start: s0 + m.index, end: s0 + m.index + m[0].length, kind: cueKind(m) });
  const mayQuota = QUOTA_RE.test(sub);
  // A body that implies women (FGM …) is a match of one of the 'women' entries: without any, skip findBodies.
  if (cues.length === 0 && !mayQuota && !WOMEN_SCAN.test(sub)) return;
  const ctx: Ctx = { text, s0, s1, bodies: [], cues };
  // What ties each token to a word for women needs no bodies: a sentence where nothing does has no figure, and
  // its bodies are never looked up.
  const links = toks.map((t) => {
    const subject = subjectCue(ctx, t);
    const count = countCue(ctx, t);
    return { cue: subject ?? count, pred: predicateCue(ctx, t), subject, count };
  });
  const labelled = (t: Token) => /:\s*$/.test(text.slice(Math.max(s0, t.start - 4), t.start)) && anyCue(ctx, Math.max(s0, t.start - 80), t.start) !== null;
  if (!mayQuota && !WOMEN_SCAN.test(sub) && !toks.some((t, k) => links[k]!.cue || links[k]!.pred || anyCue(ctx, t.end, t.end + 100) || labelled(t))) return;
  ctx.bodies = findBodies(sub, s0);

  // 1. each token on its own
  const verdicts: Verdict[] = [];
  let floor = s0; // end of the previous token's own body: a weak body does not take it as its specific one
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const prevEnd = k > 0 ? toks[k - 1]!.end : s0;
    const nextStart = k + 1 < toks.length ? toks[k + 1]!.start : s1;
    const v = judge(ctx, t, { preLo: Math.max(s0, prevEnd, t.start - 300), postHi: Math.min(s1, nextStart, t.end + 200), floor }, links[k]!.cue, links[k]!.pred);
    verdicts.push(v);
    if (v?.kind === 'share' && v.own) floor = v.bodyEnd;
  }

  // 2. runs of bare percentages share the body named after the last one ("31 %, 22 % and 9 % of posts"), or take
  //    one item each of a "respectively" list
  const extra = new Map<Token, Share>();
  for (let a = 0; a < toks.length; ) {
    let b = a;
    while (b + 1 < toks.length && RUN_GAP.test(text.slice(toks[b]!.end, toks[b + 1]!.start))) b++;
    const last = verdicts[b];
    if (last?.kind === 'share' && last.own) {
      let run = toks.slice(a, b + 1);
      const bare = RESPECTIVELY.test(text.slice(Math.max(s0, toks[a]!.start - 30), s1)) ? bareNumbers(ctx, toks[a]!, a > 0 ? toks[a - 1]!.end : s0) : [];
      const groups = respectiveGroups(ctx, [...bare, ...run], last);
      if (groups) {
        run = [...bare, ...run];
        run.forEach((t, x) => {
          const v: Share = { ...last, group: groups[x]!.group, category: groups[x]!.category };
          const at = toks.indexOf(t);
          if (at >= 0) verdicts[at] = v; else extra.set(t, v);
        });
      } else if (b > a) {
        for (let x = a; x < b; x++) verdicts[x] = { ...last };
      }
    }
    a = b + 1;
  }

  // 3. tokens that take the share of the one before: "from 29 per cent in 2019 to 33 per cent", « par rapport au chiffre de 1 % »
  let lastShare: { token: Token; v: Share } | null = null;
  const emit: { t: Token; v: Share }[] = [];
  const apart: OtherFigure[] = [];
  for (const [t, v] of extra) emit.push({ t, v });
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let v: Verdict = verdicts[k] ?? null;
    const ls = lastShare as { token: Token; v: Share } | null;
    if (v?.kind === 'inherit') {
      // not when the women-word of the share before sits between the two ("99 per cent of whom are women, and
      // 61 per cent under 18": the second one says something else of the same people)
      const between = ls !== null && ls.v.cue !== null && ls.v.cue.start >= ls.token.end && ls.v.cue.start < t.start;
      v = ls && !between && ls.token === toks[k - 1] && t.start - ls.token.end <= 80 ? { ...ls.v, own: false } : bodiless(ctx, t, links[k]!.subject, links[k]!.count);
    } else if (v?.kind === 'compare') {
      v = ls ? { ...ls.v, own: false } : null;
    } else if (v?.kind === 'np') {
      v = ls && ls.v.cue === v.cue ? { ...ls.v, group: v.group, own: true } : null;
    }
    if (v?.kind === 'about-women') {
      if (others) apart.push(other(text, t, 'about-women'));
      lastShare = null;
      continue;
    }
    if (!v || v.kind !== 'share' || !v.cue) { lastShare = null; continue; }
    emit.push({ t, v });
    lastShare = { token: t, v };
  }
  emit.sort((x, y) => x.t.start - y.t.start);

  // 4. figures, and the others apart
  for (const { t, v } of emit) {
    const cue = v.cue!;
    if (v.category === 'victims' || cue.kind === 'mixed') {
      if (others) apart.push(other(text, t, v.category === 'victims' ? 'victims' : 'mixed'));
      continue;
    }
    const category = v.category as FigureCategory;
    const women = cue.kind as Exclude<CueKind, 'mixed'>;
    const k = toks.indexOf(t);
    const prevEnd = k > 0 ? toks[k - 1]!.end : s0;
    const nextStart = k >= 0 && k + 1 < toks.length ? toks[k + 1]!.start : s1;
    // "rose from 9 to 26.6 per cent": the first number has no percent sign of its own
    const back = text.slice(Math.max(prevEnd, t.start - 60), t.start);
    const fx = FROM_X_TO.exec(back);
    if (fx && fx[1] !== undefined) {
      const raw = fx[1];
      const val = /\d/.test(raw) ? parseNumber(raw) : parseWordNumber(raw);
      const start = t.start - back.length + fx.index + fx[0].indexOf(raw, fx[0].search(/\s/));
      if (val >= 0 && val <= 100 && text.slice(start, start + raw.length) === raw) {
        out.push(figure(text, { start, end: start + raw.length, percent: val }, v.group, category, women, false));
      }
    }
    out.push(figure(text, t, v.group, category, women, isTarget(ctx, t, nextStart)));
  }
  if (others) others.push(...apart.sort((x, y) => x.start - y.start));
}

/** What may follow a share that closes its clause: "20 per cent.", "20 % en 2023", "20 per cent, up from …", "… of the total". */
const CLAUSE_CLOSE = /^(?:\s+(?:of\s+the\s+(?:total|whole)|du\s+total|de\s+l['’]ensemble))?\s*(?:[.;:,)]|$|(?:in|en)\s+(?:19|20)\d\d(?!\d))/u;
const OF_TOTAL = /^\s+(?:of\s+the\s+(?:total|whole)|du\s+total|de\s+l['’]ensemble)(?![\p{L}])/iu;
const COUNT_BEFORE_BODY = /^\s*(?:(?:the|its|their|les|des|ses|leurs)\s+)?(?:some\s+|about\s+|quelque\s+|environ\s+)?\d[\d,.\u00A0\u202F]*(?:\s\d{3})*\s+(?=\p{L})/u;
const THOSE = /^(?:those|ceux|celles)$/iu;

/**
 * "Women's representation stands at 20 per cent", « les femmes y participent à hauteur de 20 % »: a women subject
 * whose share closes the clause, no body named. Counted among the people the text is about (population).
 */
function bodiless(ctx: Ctx, t: Token, subject: Cue | null, count: Cue | null = null): Share | null {
  // "The team includes 12 women (40 per cent)": the share of a count of women
  if (count && count.kind !== 'mixed' && /^\s*\)?\s*(?:[.;:,]|$)/u.test(ctx.text.slice(t.end, Math.min(ctx.s1, t.end + 4)))) {
    return { kind: 'share', group: normGroup(ctx.text.slice(count.start, count.end)), category: 'population', cue: count, own: false, bodyEnd: t.end };
  }
  if (!subject || subject === IMPLIED || subject.kind === 'mixed') return null;
  if (!CLAUSE_CLOSE.test(ctx.text.slice(t.end, Math.min(ctx.s1, t.end + 30)))) return null;
  // the women-word heads the subject ("women-led firms grew, reaching 20 %" is not a share of women)
  const between = ctx.text.slice(subject.end, t.start);
  if (/^-/.test(between) || between.length > 80 || /[,;:(]/.test(between)) return null;
  // "women's share of the budget is 20 %": a share of something else
  const words = between.match(/\p{L}+/gu) ?? [];
  if (words.some((x) => NOT_BODY.test(x)) || words.length > 5) return null;
  // "the unemployment of women", « le taux d'alphabétisation des femmes », "women's unemployment": the women-word
  // governed by a noun that is not a share is no subject of a share
  const lead = ctx.text.slice(Math.max(ctx.s0, subject.start - 40), subject.start);
  if (/(?:(?<![\p{L}])(?:of|de|des|du)\s+(?:the\s+|les\s+)?|(?<![\p{L}])d['’]\s*)$/iu.test(lead) && !SHARE_NOUN_BEFORE.test(lead)) return null;
  if (/^['’]s/u.test(between) && !SHARE_NOUN_AFTER.test(between)) return null;
  return { kind: 'share', group: normGroup(ctx.text.slice(subject.start, subject.end)), category: 'population', cue: subject, own: false, bodyEnd: t.end };
}

function figure(text: string, t: Token, group: string, category: FigureCategory, women: Exclude<CueKind, 'mixed'>, target: boolean): Figure {
  const s = sentenceAt(text, t.start);
  const f: Figure = {
    start: t.start, end: t.end, text: text.slice(t.start, t.end), percent: t.percent, group, category,
    sentence: { start: Math.min(s.start, t.start), end: Math.max(s.end, t.end) }, women,
  };
  if (target) f.target = true;
  return f;
}

function other(text: string, t: Token, kind: OtherFigure['kind']): OtherFigure {
  const s = sentenceAt(text, t.start);
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end), percent: t.percent, kind, sentence: { start: Math.min(s.start, t.start), end: Math.max(s.end, t.end) } };
}
