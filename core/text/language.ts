// Language of a document and of each of its blocks (paragraphs), from function words: cheap, and good
// enough to tell English from French. Each block is read only until its language is clear, so the cost
// is a few dozen words per block. Mixed documents (a French order with English annexes, a bilingual
// mandate) get one span per block or paragraph; the user can override the detection.

import { lastAtOrBefore } from './bisect.ts';
import { normKey } from './text.ts';

export type Lang = 'en' | 'fr' | 'und';

const EN = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'are', 'will', 'shall', 'its', 'by', 'be', 'this',
  'which', 'was', 'were', 'has', 'have', 'from', 'as', 'an', 'at', 'or', 'should', 'must', 'their', 'it', 'not', 'all',
]);
const FR = new Set([
  'le', 'la', 'les', 'des', 'et', 'du', 'pour', 'dans', 'que', 'est', 'sur', 'une', 'aux', 'par', 'sont', 'qui', 'au',
  'ses', 'de', 'il', 'elle', 'ne', 'pas', 'avec', 'ces', 'cette', 'leur', 'leurs', 'doit', 'sera', 'été', 'être', 'à',
  'où', 'qu', 'l', 'd', 'aussi', 'ainsi', 'afin', 'chaque', 'tous', 'toutes', 'tout', 'toute', 'sa', 'ils', 'elles',
  'mais', 'ou', 'donc', 'très', 'entre', 'sans', 'sous', 'vers', 'chez', 'lors',
]);

/** The function words counted, per language. */
export const FUNCTION_WORDS: { readonly en: ReadonlySet<string>; readonly fr: ReadonlySet<string> } = { en: EN, fr: FR };

const WORD_RE = /[a-z\u00E0-\u00FF]+/g;
/** The same words in any case, read in place (no copy of the block is made): see isWordUnit. */
export const WORD_RE_I = /[a-z\u00C0-\u00FF]+/gi;
/** Words read at most per block, the characters they are read from, and the lead that decides a block early. */
const MAX_WORDS = 40;
const MAX_CHARS = 400;
const CLEAR_LEAD = 5;

function verdict(en: number, fr: number): Lang {
  // A short line decides only when two function words of one language and none of the other agree.
  if (en + fr < 3) return en >= 2 && fr === 0 ? 'en' : fr >= 2 && en === 0 ? 'fr' : 'und';
  if (en >= 2 * fr) return 'en';
  if (fr >= 2 * en) return 'fr';
  return en >= fr ? 'en' : 'fr';
}

interface Counts { en: number; fr: number }

/** Characters of WORD_RE_I above U+00FF (case variants of its letters, e.g. "Ÿ"), decided on first sight: 1 yes, 2 no. */
const WIDE = new Uint8Array(65536);
const WORD_CHAR_I = /^[a-z\u00C0-\u00FF]$/i;

/** Is code unit c one WORD_RE_I reads as part of a word? */
function isWordUnit(c: number): boolean {
  if (c < 0x100) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
  let k = WIDE[c]!;
  if (k === 0) WIDE[c] = k = WORD_CHAR_I.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The words WORD_RE_I finds from `start` (each must start before `limit`), read by hand: no match object per word. */
export function count(text: string, start: number, end: number): Counts {
  const limit = Math.min(end, start + MAX_CHARS);
  let en = 0;
  let fr = 0;
  let words = 0;
  for (let i = start; i < limit && words < MAX_WORDS; ) {
    if (!isWordUnit(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
    const w = i - s > 6 ? '' : text.slice(s, i).toLowerCase(); // function words are short
    words++;
    if (EN.has(w)) en++;
    else if (FR.has(w)) fr++;
    if (Math.abs(en - fr) >= CLEAR_LEAD && Math.min(en, fr) === 0) break;
  }
  return { en, fr };
}

/** Language of text[start, end) (its opening words). */
export function blockLanguage(text: string, start = 0, end = text.length): Lang {
  const c = count(text, start, end);
  return verdict(c.en, c.fr);
}

/** Document language from the opening of the text (kept for callers that need only this). */
export function detectLanguage(text: string): Lang {
  const head = text.slice(0, 4_000).toLowerCase();
  let en = 0;
  let fr = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(head); m; m = WORD_RE.exec(head)) {
    if (EN.has(m[0])) en++;
    else if (FR.has(m[0])) fr++;
  }
  return verdict(en, fr);
}

export interface LanguageSpan { language: Lang; start: number; end: number }

/** Paragraphs of text[from, to): split at blank lines, and long runs without one every ~4,000 characters at a line break. */
function paragraphs(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  const push = (a: number, b: number) => {
    while (b - a > 4_000) {
      const nl = text.indexOf('\n', a + 4_000);
      if (nl === -1 || nl >= b) break;
      out.push({ start: a, end: nl });
      a = nl + 1;
    }
    if (b > a) out.push({ start: a, end: b });
  };
  // Blank lines (\n, then only tabs, spaces, NBSP or CR, then \n), looked for within [from, to) only:
  // a regular expression would scan on past `to` for every block.
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < to; ) {
    let j = nl + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c !== 9 && c !== 32 && c !== 0xa0 && c !== 13) break;
      j++;
    }
    if (j < to && text.charCodeAt(j) === 10) {
      push(start, nl);
      // Like the former /\n[\t \u00A0\r]*\n/g: the blank run ends at its second line break.
      start = j + 1;
      nl = text.indexOf('\n', start);
    } else nl = text.indexOf('\n', j);
  }
  push(start, to);
  return out;
}

/**
 * Languages of a text, per block (given) or per paragraph (plain text): adjacent parts in the same
 * language are merged into one span. The document language is the verdict over all parts' counts.
 * `override` ("en" or "fr") sets every part and the whole text.
 */
export class LanguageMap {
  readonly document: Lang;
  /** Merged spans in the analysed text's offsets (the joined text for block input). */
  readonly spans: LanguageSpan[];
  /** Language of each given part (block), in order; empty for plain text. */
  readonly parts: Lang[] = [];
  private starts: number[];

  constructor(text: string, parts?: readonly { start: number; end: number }[], override?: 'en' | 'fr') {
    // Paragraphs are the units, also inside a block (a cell or page node may hold several), so a text
    // reads the same whether it comes as one string or as one block.
    const spans: LanguageSpan[] = [];
    let en = 0;
    let fr = 0;
    for (const part of parts ?? [{ start: 0, end: text.length }]) {
      let pe = 0;
      let pf = 0;
      for (const u of paragraphs(text, part.start, part.end)) {
        let language: Lang;
        if (override) language = override;
        else {
          const c = count(text, u.start, u.end);
          pe += c.en; pf += c.fr;
          language = verdict(c.en, c.fr);
        }
        const last = spans[spans.length - 1];
        if (last && last.language === language) last.end = u.end;
        else spans.push({ language, start: u.start, end: u.end });
      }
      en += pe; fr += pf;
      if (parts) this.parts.push(override ?? verdict(pe, pf));
    }
    this.document = override ?? verdict(en, fr);
    this.spans = spans;
    this.starts = spans.map((s) => s.start);
  }

  /** Language of the span at a position, undetermined ("und") for a heading or a cell of figures. */
  own(pos: number): Lang {
    const i = lastAtOrBefore(this.starts, pos);
    return i < 0 ? 'und' : this.spans[i]!.language;
  }

  /**
   * Language that governs a position: its span's, or the document's when the span is undetermined
   * (a heading, a table cell of figures).
   */
  at(pos: number): Lang {
    const own = this.own(pos);
    return own === 'und' ? this.document : own;
  }

  /** True when both languages occur in the text. */
  get mixed(): boolean {
    let en = false;
    let fr = false;
    for (const s of this.spans) { if (s.language === 'en') en = true; else if (s.language === 'fr') fr = true; }
    return en && fr;
  }
}

/** Bit of a language in a compiled form's language mask (core/lexicon/compile.ts): 1 English, 2 French. */
export const LANG_BIT: Record<Lang, number> = { en: 1, fr: 2, und: 3 };

interface LexiconView { formLanguages?: ReadonlyMap<string, number> }

/**
 * May a term matched at text[start, end) count in text of language `lang`? A form that exists only in
 * French terms ("genre", "candidates") does not count in English text, nor an English-only form in French
 * text; undetermined text and forms of both languages always count.
 */
export function formAllowed(lex: object, text: string, start: number, end: number, lang: Lang): boolean {
  if (lang === 'und') return true;
  const masks = (lex as LexiconView).formLanguages;
  if (!masks) return true;
  // Most matches are plain lower-case words: normalise the key only when the quick one misses.
  const raw = text.slice(start, end).toLowerCase();
  const mask = masks.get(raw) ?? masks.get(normKey(raw));
  return mask === undefined || (mask & LANG_BIT[lang]) !== 0;
}

// ---------------------------------------------------------------- names for the surfaces

/** What a user can choose: detect, or force one language. */
export type LanguageChoice = 'auto' | 'en' | 'fr';
export const LANGUAGE_CHOICES = ['auto', 'en', 'fr'] as const;

const LANGUAGE_NAMES = {
  en: { en: 'English', fr: 'French', und: 'undetermined', auto: 'Detect automatically', mixed: 'mixed: ' },
  fr: { en: 'anglais', fr: 'français', und: 'indéterminée', auto: 'Détecter automatiquement', mixed: 'mixte : ' },
} as const;

/** A language choice named in the reader's language ("Detect automatically", "French" / « français »). */
export function choiceLabel(c: LanguageChoice, reader: 'en' | 'fr' = 'en'): string {
  return LANGUAGE_NAMES[reader][c];
}

/** "English", "French", "undetermined", or "mixed: French, English" (the document's language first); French for a French reader. */
export function languageLabel(r: { language: Lang; languages?: readonly { language: Lang }[]; blocks?: readonly { language?: Lang }[] }, reader: 'en' | 'fr' = 'en'): string {
  const names = LANGUAGE_NAMES[reader];
  const found = new Set<'en' | 'fr'>();
  const parts: readonly { language?: Lang }[] = r.blocks?.some((b) => b.language) ? r.blocks : r.languages ?? [];
  for (const p of parts) if (p.language === 'en' || p.language === 'fr') found.add(p.language);
  if (found.size < 2) return names[r.language];
  const order = [...found].sort((a, b) => Number(b === r.language) - Number(a === r.language));
  return `${names.mixed}${order.map((l) => names[l]).join(', ')}`;
}
