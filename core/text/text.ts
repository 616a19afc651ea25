// Character classes and normalisation shared by the compiler and the matcher.
// Matching is done on the original text (offsets stay exact); these classes absorb
// the variation real documents have between words and inside apostrophes.

/** Letters, digits and marks: a word boundary is a change to or from this class. */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
export const BEFORE_WORD = `(?<!${WORD_CHAR})`;
export const AFTER_WORD = `(?!${WORD_CHAR})`;
/**
 * After a term only letters and marks join it: digits glued to a word are footnote markers
 * ("women17", "women¹⁷") more often than part of it.
 */
export const AFTER_TERM = '(?![\\p{L}\\p{M}])';

/**
 * Between two words of a term: spaces (incl. no-break and thin spaces), line breaks,
 * hyphens and dashes, soft hyphens. "sex-disaggregated" = "sex disaggregated" = "sex‑\ndisaggregated".
 */
export const SEP_CLASS = '[\\s\\u00AD\\u2010-\\u2013\\-]'; // \\s covers no-break and thin spaces
export const SEP = `${SEP_CLASS}+`;
/** Straight, curly and modifier apostrophes. */
export const APOS_CLASS = "['\\u2019\\u2018\\u02BC\\u0060\\u00B4]";

const SEP_RE = /[\s\u00AD\u2010-\u2013-]+/gu;
const APOS_RE = /['\u2019\u2018\u02BC\u0060\u00B4]/gu;
const LIGATURE_RE = /[\uFB00-\uFB06]/gu;
const COMBINING_RE = /[\u0300-\u036F]/;

/** Latin ligatures PDF extraction leaves in text, and the letters they stand for (NFKC without its other changes). */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
};

/** The key a matched span and a lexicon phrase share: lower case, one space between words, straight apostrophes. */
export function normKey(s: string): string {
  if (COMBINING_RE.test(s)) s = s.normalize('NFC'); // decomposed accents ("e\u0301") compose to the lexicon's form
  return s.replace(LIGATURE_RE, (c) => LIGATURES[c]!).replace(APOS_RE, "'").replace(SEP_RE, ' ').trim().toLowerCase();
}

/** Split a phrase into its words the way normKey separates them. */
export function words(phrase: string): string[] {
  return normKey(phrase).split(' ').filter(Boolean);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_RE = /^[\p{L}\p{M}]$/u;

/** The whole character at text[i]: both halves when i is either half of a surrogate pair. */
export function charAround(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 1, i + 1);
  } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const l = text.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** Is text[i] (or the surrogate pair it is half of) a letter, digit or mark? False outside the text. */
export function isWordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR_RE.test(charAround(text, i));
}
/** Is text[i] (or the surrogate pair it is half of) a letter or mark? False outside the text. */
export function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_RE.test(charAround(text, i));
}
