// The words the comparison reads: a paragraph's content signature (for alignment) and the hedges and
// concreteness cues of its WPS sentences (for strengthened / weakened). Lists are data (data/compare.json).
import { z } from 'zod';
import data from '../data/compare.json' with { type: 'json' };
import { PILLAR_IDS } from '../schema.ts';
import { MIX_SEED as MIX_SEED_, mix as mix_, setStopwords, tokenize, WORD as WORD_, type Tokens } from './tokens.ts';

// Local copies: a module loader that turns imports into getters (tsx, vitest) would pay a call per token.
const MIX_SEED = MIX_SEED_, WORD = WORD_, mix = mix_;
export { tokenize };

const ByLang = z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)) });
const CompareData = z.object({
  qualifiers: ByLang, concrete: ByLang, general: ByLang, stopwords: ByLang,
  pillarsFr: z.record(z.enum(PILLAR_IDS), z.string().min(1)),
});
export const COMPARE_DATA = CompareData.parse(data);


setStopwords([...COMPARE_DATA.stopwords.en, ...COMPARE_DATA.stopwords.fr]);

/** Paragraph numbering at the start: "12.", "(a)", "(iii)", "a)", "3.2". Renumbering must not change a signature. */
const NUMBERING = /^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]{1,4}\)|\([ivxl]{1,6}\)|[ivxl]{1,6}\.)\s+)+/i;

/** The words of a paragraph, its numbering left out. */
export function paragraphTokens(text: string, from = 0, to = text.length): Tokens {
  const head = NUMBERING.exec(text.slice(from, Math.min(to, from + 40)));
  return tokenize(text, from + (head ? head[0].length : 0), to);
}

/**
 * The content signature of a paragraph: its content words (stemmed; function words, numbers and symbols
 * left out) and pairs of consecutive content words, distinct, as 32-bit hashes. Pairs tell boilerplate
 * apart from the paragraph that reuses it.
 */
export function signature(t: Tokens): Int32Array {
  const buf = new Int32Array(t.n * 2);
  let m = 0, prev = 0;
  for (let k = 0; k < t.n; k++) {
    if (t.kind[k] !== WORD) continue;
    const h = t.stem[k]!;
    buf[m++] = h;
    // A pair's hash mixes the two stems (order matters).
    if (prev) buf[m++] = mix(mix(MIX_SEED, prev), h);
    prev = h;
  }
  // Sorted and distinct (align.ts interns them in order).
  const out = buf.subarray(0, m).sort();
  let w = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[k - 1]) out[w++] = out[k]!;
  return out.slice(0, w);
}

/** One number for the whole wording (every word, in order): equal numbers mean the same words. */
export function wordingOf(t: Tokens): number {
  let h = MIX_SEED;
  for (let k = 0; k < t.n; k++) h = mix(h, t.full[k]!);
  return h;
}

/**
 * Phrases found word by word on the token hashes (no regex alternation): a phrase is looked up only at a
 * word that opens one, longest first, matches never overlapping. Returns the phrases as listed (lower case).
 */
class PhraseList {
  private readonly keys = new Map<number, string>();
  private readonly longest = new Map<number, number>();
  constructor(list: readonly string[]) {
    for (const p of list) {
      const t = tokenize(p, 0, p.length, true);
      if (!t.n) continue;
      let h = MIX_SEED;
      for (let k = 0; k < t.n; k++) h = mix(h, t.full[k]!);
      if (!this.keys.has(h)) this.keys.set(h, p.toLowerCase());
      this.longest.set(t.full[0]!, Math.max(this.longest.get(t.full[0]!) ?? 0, t.n));
    }
  }
  find(t: Tokens): string[] {
    const out: string[] = [];
    for (let i = 0; i < t.n; i++) {
      const max = this.longest.get(t.full[i]!);
      if (!max) continue;
      const top = Math.min(max, t.n - i);
      // Hashes of the phrases opening here, shortest to longest; the longest listed wins.
      let h = MIX_SEED, found = 0, phrase = '';
      for (let n = 1; n <= top; n++) {
        h = mix(h, t.full[i + n - 1]!);
        const p = this.keys.get(h);
        if (p) { found = n; phrase = p; }
      }
      if (found) { out.push(phrase); i += found - 1; }
    }
    return out;
  }
}

const QUALIFIERS = new PhraseList([...COMPARE_DATA.qualifiers.en, ...COMPARE_DATA.qualifiers.fr]);
const CONCRETE = new PhraseList([...COMPARE_DATA.concrete.en, ...COMPARE_DATA.concrete.fr]);
const GENERAL = new PhraseList([...COMPARE_DATA.general.en, ...COMPARE_DATA.general.fr]);

/** Hedges in a text, in order, as the list writes them ("as appropriate", « le cas échéant »). */
export function qualifiersIn(text: string | Tokens): string[] {
  return QUALIFIERS.find(typeof text === 'string' ? tokenize(text) : text);
}

/** Concrete when the text holds more concrete-task words (deliverables, deadlines, people, numbers) than general ones. */
export function concretenessOf(text: string | Tokens): 'concrete' | 'general' {
  const t = typeof text === 'string' ? tokenize(text) : text;
  return new Set(CONCRETE.find(t)).size > new Set(GENERAL.find(t)).size ? 'concrete' : 'general';
}

/** A pillar's name in the summary's language. */
export function pillarName(id: string, fr: boolean, english: (id: string) => string): string {
  return fr ? (COMPARE_DATA.pillarsFr as Record<string, string>)[id] ?? id : english(id).toLowerCase();
}
