// Percentage tokens ("2,2 %", "12.5 per cent", "fifty-one percent", « quatre pour cent ») and their values.
// Every token ends in an anchor ("%", "％", "cent" or « p. 100 »): a cheap scan finds the anchors and the exact (Unicode)
// token regex is only tried at the few positions before each anchor where a token can start, so the scan is
// linear in the input. Pure TypeScript.

const SP = '[ \\u00A0\\u202F\\t]';
// Spaced thousands ("1 447") may not start right after "digit + space": otherwise "100 100 100 …" would be
// re-matched from every group (quadratic). "in 2015 30 %" still gives "30 %" through the second branch.
export const NUM = `(?<!\\p{N}[ \\u00A0\\u202F])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const PCT_WORD = `per\\s{0,2}cent(?![\\p{L}])|percent(?![\\p{L}])|pour(?:\\s{1,2}|-)cent(?![\\p{L}])`;
// one or two spaces, or one line break (PDF text), before the sign
// …and the United Nations' older French style, « 23 p. 100 », « 23 pour 100 »
const PCT = `(?:${SP}{1,2}|\\r?\\n)?(?:%|％)|\\s{0,3}(?:${PCT_WORD})|\\s{1,3}(?:p\\.\\s{0,2}|pour\\s{1,2})100(?![\\p{L}\\p{N}]|\\s{1,2}\\d|[.,]\\d)`;

const UNITS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_FR: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 };
const TENS_FR: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };
const FR_TEENS = 'onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf';
const FR_UNIT = 'un|deux|trois|quatre|cinq|six|sept|huit|neuf';
export const WORD_NUM = [
  `(?:${Object.keys(TENS_EN).join('|')})(?:[- ](?:${UNITS_EN.slice(1, 10).join('|')}))?`,
  `(?:one |a )?hundred`,
  UNITS_EN.join('|'),
  // French 70–99 and 17–19 before the plain tens and units, so that the longest form is tried first
  `quatre-vingts?(?:-(?:${FR_TEENS}|dix|${FR_UNIT}))?`,
  `soixante-(?:et-onze|${FR_TEENS}|dix)`,
  `dix-(?:sept|huit|neuf)`,
  `(?:${Object.keys(TENS_FR).join('|')})(?:-et-un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?`,
  Object.keys(UNITS_FR).join('|'),
].join('|');

const TOKEN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?<!\\p{N}[.,])(?:(${NUM})(?:${PCT})|(${WORD_NUM})[\\s-]{1,2}(?:${PCT_WORD}))`,
  'giu',
);

export interface Token { start: number; end: number; percent: number }

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

/** "fifty-one" → 51, « soixante-et-onze » → 71, « quatre-vingt-dix-neuf » → 99; NaN for anything else. */
export function parseWordNumber(raw: string): number {
  const w = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/hundred$/.test(w)) return 100;
  const parts = w.split(/[- ]/).filter((p) => p !== 'et');
  if (parts.length === 0 || parts.length > 4) return NaN;
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === 'quatre' && /^vingts?$/.test(parts[i + 1] ?? '')) { sum += 80; i++; continue; }
    const v = TENS_EN[p] ?? TENS_FR[p] ?? UNITS_FR[p] ?? (UNITS_EN.includes(p) ? UNITS_EN.indexOf(p) : undefined);
    if (v === undefined) return NaN;
    sum += v;
  }
  return sum;
}

/** TOKEN_RE, tried at one position only. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'iuy');
/** Every token ends in "%", "％", "cent" (per cent, percent, pour cent) or "100" (« p. 100 »); nothing inside a token is one of those. */
const ANCHOR_RE = /%|\uFF05|cent|p\.\s{0,2}100|pour\s{1,2}100/gi;
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
export function collectTokens(text: string): Token[] {
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

