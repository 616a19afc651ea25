// Statements of the share of women ("figures", taxonomy §5): "women account for 3.8 percent of military
// personnel", "Among IDPs, 54 % were women", "at least 30 per cent women", "rose from 9 % to 26.6 %".
//
// Percentage tokens are found from their anchors ("%", "％", "cent"): a cheap ASCII scan finds the anchors
// and the exact (Unicode) token regex is only tried at the few positions before each anchor where a token can
// start. Sentences without a word for women, a quota or an FGM-type body are dropped before their bodies are
// looked up. Each token is then judged from a bounded window (its sentence, at most MAX_BACK/MAX_FWD
// characters either side). Sentences are found by scanning outward from the token, never past the previous
// sentence, and each sentence's cues and bodies are found once, so the whole run is linear in the input
// length. Pure TypeScript: no Node, DOM or browser APIs.
import { firstChars } from './first-chars.ts';
import type { Figure, FigureCategory } from './schema.ts';
import groupsData from './data/figure-groups.json' with { type: 'json' };

// ---------------------------------------------------------------- lexicon

interface BodyEntry { re: RegExp; category: FigureCategory; weak: boolean; women: boolean; contextual: boolean }
interface CategoryData {
  phrases?: string[]; acronyms?: string[]; weak?: string[]; women?: string[]; womenAcronyms?: string[]; contextual?: string[];
}
interface GroupsFile { categories: Record<FigureCategory, CategoryData>; notBodies: string[] }

const L = '\\p{L}\\p{N}';
const wrapHead = `(?<![${L}])(?:`;
const wrapTail = `)(?![${L}])`;
const wrap = (src: string) => `${wrapHead}${src}${wrapTail}`;

const ENTRIES: BodyEntry[] = [];
const SCAN_SOURCES: string[] = [];
const WOMEN_SOURCES: string[] = [];
{
  const data = groupsData as unknown as GroupsFile;
  const add = (list: string[] | undefined, category: FigureCategory, sensitive: boolean, weak: boolean, women: boolean, contextual = false) => {
    for (const src of list ?? []) {
      ENTRIES.push({ re: new RegExp(wrap(src), sensitive ? 'uy' : 'iuy'), category, weak, women, contextual });
      SCAN_SOURCES.push(src);
      if (women) WOMEN_SOURCES.push(src);
    }
  };
  for (const [cat, d] of Object.entries(data.categories) as [FigureCategory, CategoryData][]) {
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
const NOT_BODY = new RegExp(`^(?:${(groupsData as unknown as GroupsFile).notBodies.join('|')})$`, 'iu');

// ---------------------------------------------------------------- tokens

const SP = '[ \\u00A0\\u202F\\t]';
// Spaced thousands ("1 447") may not start right after "digit + space": otherwise "100 100 100 …" would be
// re-matched from every group (quadratic). "in 2015 30 %" still gives "30 %" through the second branch.
const NUM = `(?<!\\p{N}[ \\u00A0\\u202F])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const PCT_WORD = `per\\s{0,2}cent(?![\\p{L}])|percent(?![\\p{L}])|pour[ \\u00A0-]cent(?![\\p{L}])`;
const PCT = `${SP}?(?:%|％)|\\s{0,3}(?:${PCT_WORD})`;

const UNITS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_FR: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 };
const TENS_FR: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };
const WORD_NUM = [
  `(?:${Object.keys(TENS_EN).join('|')})(?:[- ](?:${UNITS_EN.slice(1, 10).join('|')}))?`,
  `(?:one |a )?hundred`,
  UNITS_EN.join('|'),
  `(?:${Object.keys(TENS_FR).join('|')})(?:-et-un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?`,
  Object.keys(UNITS_FR).join('|'),
].join('|');

const TOKEN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?<!\\p{N}[.,])(?:(${NUM})(?:${PCT})|(${WORD_NUM})[ \\u00A0-]{1,2}(?:${PCT_WORD}))`,
  'giu',
);

interface Token { start: number; end: number; percent: number }

/** "2,2" → 2.2, "12.5" → 12.5, "1 050" → 1050, "1,000" → 1000 (comma + exactly three digits after a non-zero integer). */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[ \u00A0\u202F]/g, '');
  const m = /^(\d+)(?:([.,])(\d+))?$/.exec(s);
  if (!m) return NaN;
  const [, int = '', sep, frac] = m;
  if (sep === undefined || frac === undefined) return Number(int);
  if (sep === ',' && frac.length === 3 && Number(int) > 0) return Number(int + frac);
  return Number(`${int}.${frac}`);
}

export function parseWordNumber(raw: string): number {
  const w = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/hundred$/.test(w)) return 100;
  const en = UNITS_EN.indexOf(w);
  if (en >= 0) return en;
  if (w in UNITS_FR) return UNITS_FR[w]!;
  const parts = w.split(/[- ]/).filter((p) => p !== 'et');
  const head = parts[0] ?? '';
  const tens = TENS_EN[head] ?? TENS_FR[head];
  if (tens === undefined) return NaN;
  const unit = parts[1];
  if (unit === undefined) return tens;
  const u = UNITS_EN.indexOf(unit);
  if (u >= 0) return tens + u;
  return tens + (UNITS_FR[unit] ?? NaN);
}

/** TOKEN_RE, tried at one position only. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'iuy');
/** Every token ends in "%", "％" or "cent" (per cent, percent, pour cent); nothing inside a token is one of those. */
const ANCHOR_RE = /%|\uFF05|cent/gi;
/** Characters a token may start with: ASCII digits and the initials of the number words (ſ folds to s under /iu). */
const START_CH = new Uint8Array(0x180);
{
  const words = [...UNITS_EN, ...Object.keys(TENS_EN), ...Object.keys(TENS_FR), ...Object.keys(UNITS_FR), 'one', 'a', 'hundred'];
  for (let c = 0x30; c <= 0x39; c++) START_CH[c] = 1;
  for (const w of words) {
    START_CH[w.charCodeAt(0)] = 1;
    START_CH[w[0]!.toUpperCase().charCodeAt(0)] = 1;
    if (w[0] === 's') START_CH[0x17f] = 1;
  }
}
/** No token starts right after an ASCII letter, digit or underscore (TOKEN_RE's first lookbehind). */
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** Characters of a NUM ("1 447", "12,5"). */
const isNumCh = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2e || c === 0x2c;
/** Longest possible part of a token before its anchor that is not NUM characters ("cinquante-et-un  pour-" is 21). */
const TOKEN_HEAD = 40;

/**
 * Same tokens as `TOKEN_RE` run globally over the text, but the (slow, Unicode) regex is only tried where a token
 * can start: before each anchor, from the end of the previous token or anchor, over at most TOKEN_HEAD characters
 * plus a run of NUM characters. Each position is looked at once, so this is linear.
 */
function collectTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let from = 0; // no token starts before `from` (or it has been found)
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(text); a; a = ANCHOR_RE.exec(text)) {
    const anchor = a.index;
    if (anchor < from) { ANCHOR_RE.lastIndex = from; continue; }
    let lo = Math.max(from, anchor - TOKEN_HEAD);
    while (lo > from && isNumCh(text.charCodeAt(lo - 1))) lo--;
    let found = false;
    for (let s = lo; s <= anchor && s < n; s++) {
      const c = text.charCodeAt(s);
      if (c >= 0x180 || START_CH[c] === 0) continue;
      if (s > 0 && isAsciiWord(text.charCodeAt(s - 1))) continue;
      TOKEN_AT.lastIndex = s;
      const m = TOKEN_AT.exec(text);
      if (!m) continue;
      const percent = m[1] !== undefined ? parseNumber(m[1]) : parseWordNumber(m[2] ?? '');
      const end = s + m[0].length;
      out.push({ start: s, end, percent });
      from = end;
      found = true;
      break;
    }
    if (!found) from = anchor + 1;
    ANCHOR_RE.lastIndex = Math.max(from, anchor + 1);
  }
  return out;
}

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

/** A newline that starts a paragraph or a bullet line. */
function breakAt(text: string, i: number, lo: number, hi: number): boolean {
  if (text[i] !== '\n') return false;
  let j = i - 1;
  while (j >= lo && isBlank(text[j])) j--;
  if (j >= lo && text[j] === '\n') return true;
  let k = i + 1;
  while (k < hi && isBlank(text[k])) k++;
  return k < hi && BULLETS.includes(text[k]!);
}

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

// ---------------------------------------------------------------- per-sentence material

const CUE_RE = /(?<![\p{L}\p{N}])(?<!sages?-)(?<!UN )(?:women|woman|female|females|femmes?|féminine?s?|feminine|girls|filles)(?![\p{L}])/giu;
const CUE_WORD = /^(?:women|woman|women's|women’s|female|females|femmes?|féminine?s?|feminine|girls|filles)$/iu;

interface Body { start: number; end: number; category: FigureCategory; weak: boolean; women: boolean; contextual: boolean }

/**
 * Entries that can match at an ASCII character (lower-cased), in ENTRIES order: an entry whose first
 * characters cannot be read from its source is in every list. Any other character tries them all.
 */
const BY_FIRST = new Map<string, BodyEntry[]>();
{
  const firsts = ENTRIES.map((e) => firstChars(e.re.source.slice(wrapHead.length, -wrapTail.length)));
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

const COORD = /^,?[ \u00A0]+(?:and|or|&|et|ou)[ \u00A0]+$/iu;

function findBodies(sub: string, offset: number): Body[] {
  const out: Body[] = [];
  BODY_SCAN.lastIndex = 0;
  for (let m = BODY_SCAN.exec(sub); m; m = BODY_SCAN.exec(sub)) {
    const hit = longestAt(sub, m.index);
    if (!hit || hit.len === 0) { BODY_SCAN.lastIndex = m.index + 1; continue; }
    const e = hit.entry;
    const b: Body = { start: offset + m.index, end: offset + m.index + hit.len, category: e.category, weak: e.weak, women: e.women, contextual: e.contextual };
    // "military and police personnel" is one entry; "staff officers and military observers" too; other
    // coordinations of two bodies of one category merge: "mayors and municipal councillors".
    const prev = out[out.length - 1];
    if (prev && prev.category === b.category && !prev.weak && !b.weak && COORD.test(sub.slice(prev.end - offset, b.start - offset))) {
      prev.end = b.end;
    } else out.push(b);
    BODY_SCAN.lastIndex = m.index + hit.len;
  }
  // bare "police" next to "troops" or "civilian staff" is the mission's police
  if (out.some((b) => b.contextual) && out.some((b) => b.category === 'mission-personnel' && !b.weak)) {
    for (const b of out) if (b.contextual) b.category = 'mission-personnel';
  }
  return out;
}

// ---------------------------------------------------------------- token judgement

const OF_WORD = /^[ \u00A0\u202F\t]*(?:(of|du|des|de)(?=\s)|(d['’])(?=\p{L}))/iu;
const NEXT_WORD = /^[ \u00A0\u202F\t]*([\p{L}'’-]+)/u;
const TARGET_WORDS = /^(?:targets?|quotas?|minimum|minima|threshold|benchmarks?|goals?|ceiling|objectives?|cibles?|objectifs?|seuils?)$/iu;
const SHARE_WORDS = /^(?:representation|participation|share|proportion|ratio|presence|représentation|parité|parity)$/iu;
const FUNCTION_WORDS = new Set(('in by at as and or to from for among amongst with while whereas but are were is was will would should must ' +
  'has have had respectively each then compared versus vs against up down since until last this that which who on over under ' +
  'during before after only nor i.e e.g when where within across through into per against above below about around ' +
  'et ou à au aux en dans parmi pour contre sont étaient est était soit selon alors tandis depuis jusqu sur sous avec ' +
  'entre les la le l chez ont avait avaient sera seront serait restent reste atteint')
  .split(' '));
const DETERMINERS = /^(?:the|its|their|all|total|a|an|these|those|his|her|our|le|la|les|l['’]|ses|leurs|leur|l['’]ensemble|ensemble|tous|toutes|de|des)$/iu;
const ANAPHORA = /^(?:them|whom|which|these|those|eux|elles|ceux|celles|ce|cette)$/iu;
const STOP_WORDS = /^(?:of|in|on|at|by|for|with|from|to|among|amongst|within|into|across|under|over|per|and|or|but|while|whereas|is|are|was|were|be|been|being|has|have|had|will|would|should|must|remain|remains|remained|stand|stands|stood|which|who|that|whom|de|du|des|dans|à|au|aux|en|sur|pour|par|parmi|et|ou|est|sont|était|étaient|qui|que|dont|contre|avec|alors)$/iu;
const CHANGE_BEFORE = /(?:\b(?:increase[sd]?|decrease[sd]?|rose|risen|rise|rises|rising|grew|grown|grow|grows|growth|fell|fallen|fall|falls|dropped|drop|declined|decline|reduced|reduction|cut|jumped|jump|climbed|hausse|baisse|recul|augment[\p{L}]*|diminu[\p{L}]*|progress(?:ed|ion)?)\s+(?:by\s+|of\s+|de\s+)?|\b(?:by|(?<!(?:made|make|makes|making)\s+)up|down|de\s+plus|de\s+moins)\s+)(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|environ\s+|plus\s+de\s+|près\s+de\s+)?$/iu;
const AMONG_BEFORE = /(?:\b(?:among|amongst|within)|parmi|au\s+sein\s+(?:du|des|de\s+la|de\s+l['’]|de))\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const WOMEN_IN_BEFORE = /(?:women|woman|female|femmes?)(?:['’]s)?\s+(?:representation\s+)?(?:in|on|of|within|dans|au\s+sein\s+d\S*|parmi)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const PREP_BEFORE = /\b(?:in|of|on|dans|du|des|de\s+la|au)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const PREP_AFTER_CUE = /^(?:[ \u00A0\u202F]*(?:and\s+girls|et\s+filles))?(?:[ \u00A0\u202F]+(?:staff|personnel|officers|representation|participation|members))?[ \u00A0\u202F]+(?:in|among|amongst|on|within|of|at|dans|parmi|sur|au\s+sein\s+d\S*|aux?|en)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;
const CLAUSE_BREAK = /[;:]|,\s|\s(?:while|whereas|but|although|tandis|alors\s+que|mais)\s/iu;
const CLAUSE_BREAK_G = new RegExp(CLAUSE_BREAK.source, 'giu');
/** A clause with its own share verb: "…; troops make up 80 % of the mission" does not take the earlier "women". */
const OWN_SUBJECT = /[;:]\s*(?!(?:they|these|which|who|elles|ils|celles-ci)\b)[^;:]*?\b(?:make|makes|made|account|accounts|accounted|represent|represents|represented|constitute|constitutes|constituted|comprise|comprises|comprised)\b[^;:]*$/iu;

type Result = { group: string; category: FigureCategory; cue: boolean } | 'inherit' | null;

const normGroup = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

interface Ctx {
  text: string; s0: number; s1: number;
  bodies: Body[]; cues: number[]; // cue start offsets
}

function hasCue(ctx: Ctx, lo: number, hi: number): boolean {
  // cues are sorted; binary search for the first cue >= lo
  let a = 0, b = ctx.cues.length;
  while (a < b) { const mid = (a + b) >> 1; if (ctx.cues[mid]! < lo) a = mid + 1; else b = mid; }
  return a < ctx.cues.length && ctx.cues[a]! < hi;
}

/** Bodies that start in [lo, hi), in order (bodies are sorted and few). */
function bodiesIn(ctx: Ctx, lo: number, hi: number): Body[] {
  return ctx.bodies.filter((b) => b.start >= lo && b.start < hi);
}

const asResult = (ctx: Ctx, b: Body, cue: boolean): Result =>
  ({ group: normGroup(ctx.text.slice(b.start, b.end)), category: b.category, cue: cue || b.women });

/** The body in the text before the token: "Among IDPs, …", "the share of women in the cabinet was …", "CLAs, of which …". */
function bodyBefore(ctx: Ctx, lo: number, hi: number): Body | null {
  let best: Body | null = null;
  let bestScore = -Infinity;
  // a clause break between a body and the token ("…of GBV survivors, while the police component was 12 % female")
  // hides that body when the token's own clause names one
  const pre = ctx.text.slice(lo, hi);
  let cut = lo;
  for (const m of pre.matchAll(CLAUSE_BREAK_G)) cut = lo + m.index + m[0].length;
  let all = bodiesIn(ctx, cut, hi).filter((b) => b.end <= hi);
  if (all.length === 0) all = bodiesIn(ctx, lo, hi).filter((b) => b.end <= hi);
  // generic words (staff, mission) only when nothing specific is in reach
  const cands = all.some((b) => !b.weak) ? all.filter((b) => !b.weak) : all;
  for (const b of cands) {
    const before = ctx.text.slice(Math.max(lo, b.start - 60), b.start);
    let score = b.weak ? 0 : 1;
    if (AMONG_BEFORE.test(before) || WOMEN_IN_BEFORE.test(before)) score += 3;
    else if (PREP_BEFORE.test(before)) score += 1;
    if (score >= bestScore) { best = b; bestScore = score; } // ties: the nearest
  }
  return best;
}

const NP_WORD = /([\p{L}][\p{L}\p{N}'’/-]*)|([^\s])/guy;

/** Words of a noun phrase starting at pos: up to six words, ending at punctuation, digits or a stop word. */
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
    // French elision inside the phrase: "d'état-major" stays one word via the class above
  }
  const last = words[words.length - 1];
  return { start: start < 0 ? pos : start, end: last ? last.end : pos, words };
}

function judge(ctx: Ctx, t: Token, prevEnd: number, nextStart: number): Result {
  const { text } = ctx;
  if (!(t.percent >= 0 && t.percent <= 100)) return null;
  const preLo = Math.max(ctx.s0, prevEnd, t.start - 300);
  const postHi = Math.min(ctx.s1, nextStart, t.end + 200);
  const pre = text.slice(Math.max(preLo, t.start - 60), t.start);
  if (/[+±−]\s*$/.test(pre)) return null;
  if (CHANGE_BEFORE.test(pre)) return null;
  const post = text.slice(t.end, postHi);

  // Is the share said to be of women? Before the token (same sentence), or just after it in the same clause.
  const cueLo = Math.max(ctx.s0, t.start - 300);
  let cueBefore = hasCue(ctx, cueLo, t.start);
  if (cueBefore) {
    const own = OWN_SUBJECT.exec(text.slice(cueLo, t.start));
    if (own && !hasCue(ctx, cueLo + own.index, t.start)) cueBefore = false;
  }
  const brk = CLAUSE_BREAK.exec(post);
  const clauseHi = t.end + (brk ? brk.index : post.length);
  const cueAfter = hasCue(ctx, t.end, clauseHi);
  const cue = cueBefore || cueAfter;

  const of = OF_WORD.exec(post);
  const nw = NEXT_WORD.exec(post);
  const firstWord = nw?.[1] ?? '';

  if (of) {
    const ofWord = (of[1] ?? of[2] ?? '').toLowerCase();
    const np = nounPhrase(text, t.end + of[0].length, postHi);
    const head = np.words[0]?.w ?? '';
    if (ANAPHORA.test(head)) return fromContext(ctx, t, preLo, postHi, cue);
    if (CUE_WORD.test(head)) {
      // "N % of women in BODY" / "N % de femmes dans BODY"
      const cueEnd = np.words[0]!.end;
      const b = bodyAfterCue(ctx, cueEnd, postHi);
      if (b) return asResult(ctx, b, true);
      const composition = ofWord === 'de' || ofWord === "d'" || ofWord === 'd’' || SHARE_WORDS.test(np.words[1]?.w ?? '');
      if (composition) return fromContext(ctx, t, preLo, postHi, true);
      // "N % of women": a statistic about women, i.e. population (FGM, marriage, decision-making …)
      const pop = bodiesIn(ctx, cueEnd, postHi).find((x) => x.category === 'population');
      if (pop) return asResult(ctx, pop, true);
      return { group: 'women', category: 'population', cue: true };
    }
    // "N % of BODY": the body must sit in the noun phrase, and nothing like "budget" may follow it
    const cands = bodiesIn(ctx, np.start, Math.max(np.end, np.start + 1));
    let best: Body | null = null;
    for (const b of cands) if (!best || b.end > best.end) best = b;
    const rest = np.words.filter((w) => !best || w.start >= best.end);
    if (np.words.some((w) => NOT_BODY.test(w.w.replace(/['’]s$/, ''))) && (!best || rest.some((w) => NOT_BODY.test(w.w)))) return null;
    if (best?.weak) {
      // "5 % des effectifs", "20 % of staff": a specific body earlier in the clause says whose staff
      const specific = bodyBefore(ctx, preLo, t.start);
      if (specific && !specific.weak) return asResult(ctx, specific, cue);
    }
    if (best) return asResult(ctx, best, cue);
    return null;
  }

  if (firstWord && !/^[\s]*[^\s\p{L}]/u.test(post)) {
    const w = firstWord.toLowerCase();
    if (CUE_WORD.test(w)) {
      // "at least 30 per cent women (in BODY)", "13 % female"
      const b = bodyAfterCue(ctx, t.end + nw![0].length, postHi);
      if (b) return asResult(ctx, b, true);
      return fromContext(ctx, t, preLo, postHi, true);
    }
    if (TARGET_WORDS.test(w)) {
      // "a 15 per cent target for women staff officers", "a 30 % quota in all political functions"
      const after = bodiesIn(ctx, t.end, Math.min(postHi, t.end + 100)).find((b) => !b.weak) ?? bodiesIn(ctx, t.end, Math.min(postHi, t.end + 100))[0];
      const quota = /^quotas?$/i.test(w);
      if (after) return asResult(ctx, after, cue || quota);
      return fromContext(ctx, t, preLo, postHi, cue || quota);
    }
    if (!SHARE_WORDS.test(w) && !FUNCTION_WORDS.has(w.replace(/['’].*$/, ''))) return null; // "12 percent budget increase"
  }
  return fromContext(ctx, t, preLo, postHi, cue);
}

/** After "women": "in/among/on BODY", "staff officers" directly ("women staff officers"). */
function bodyAfterCue(ctx: Ctx, from: number, hi: number): Body | null {
  for (const b of bodiesIn(ctx, from, Math.min(hi, from + 80))) {
    const gap = ctx.text.slice(from, b.start);
    if (/^[ \u00A0\u202F]*$/.test(gap) || PREP_AFTER_CUE.test(gap)) return b;
  }
  return null;
}

function fromContext(ctx: Ctx, t: Token, preLo: number, postHi: number, cue: boolean): Result {
  const b = bodyBefore(ctx, preLo, t.start);
  if (b) return asResult(ctx, b, cue);
  // "N % (of them) were women in the police component"
  const after = bodyAfterCue(ctx, t.end, postHi);
  if (after && /^[\s)]*(?:of\s+(?:them|whom)\s+)?(?:(?:are|were|is|was|being)\s+)?(?:women|female)/iu.test(ctx.text.slice(t.end, after.start))) {
    return asResult(ctx, after, true);
  }
  return 'inherit';
}

const FROM_X_TO = new RegExp(`(?:\\bfrom|\\bbetween|\\bde|\\bentre)\\s+(${NUM}|${WORD_NUM})\\s+(?:to|and|à|et)\\s+(?:about\\s+|around\\s+|environ\\s+)?$`, 'iu');

// ---------------------------------------------------------------- entry point

/** Every percentage in `text` that states a share of women, with the body it refers to (taxonomy §5). */
export function findFigures(text: string): Figure[] {
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
    judgeSentence(text, s0, s1, tokens.slice(i, j), out);
    prevSentenceEnd = s1;
    i = j;
  }
  return out;
}

function judgeSentence(text: string, s0: number, s1: number, toks: Token[], out: Figure[]): void {
  const sub = text.slice(s0, s1);
  const cues: number[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sub); m; m = CUE_RE.exec(sub)) cues.push(s0 + m.index);
  const mayQuota = QUOTA_RE.test(sub);
  // A body that implies women (FGM …) is a match of one of the 'women' entries: without any, skip findBodies.
  if (cues.length === 0 && !mayQuota && !WOMEN_SCAN.test(sub)) return;
  const bodies = findBodies(sub, s0);
  if (cues.length === 0 && !mayQuota && !bodies.some((b) => b.women)) return;
  const ctx: Ctx = { text, s0, s1, bodies, cues };

  let prev: { token: Token; group: string; category: FigureCategory } | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const prevEnd = k > 0 ? toks[k - 1]!.end : s0;
    const nextStart = k + 1 < toks.length ? toks[k + 1]!.start : s1;
    let r = judge(ctx, t, prevEnd, nextStart);
    if (r === 'inherit') {
      r = prev && prev.token === toks[k - 1] && t.start - prev.token.end <= 80
        ? { group: prev.group, category: prev.category, cue: true }
        : null;
    }
    if (!r || !r.cue) { prev = null; continue; }
    // "rose from 9 to 26.6 per cent": the first number has no percent sign of its own
    const back = text.slice(Math.max(prevEnd, t.start - 60), t.start);
    const fx = FROM_X_TO.exec(back);
    if (fx && fx[1] !== undefined) {
      const raw = fx[1];
      const v = /\d/.test(raw) ? parseNumber(raw) : parseWordNumber(raw);
      const start = t.start - back.length + fx.index + fx[0].indexOf(raw, fx[0].search(/\s/));
      if (v >= 0 && v <= 100 && text.slice(start, start + raw.length) === raw) {
        out.push({ start, end: start + raw.length, text: raw, percent: v, group: r.group, category: r.category });
      }
    }
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), percent: t.percent, group: r.group, category: r.category });
    prev = { token: t, group: r.group, category: r.category };
  }
}
