// One pass of the compiled term regex (plus acronyms and the few safe patterns) over the text.
// At a position the longest term wins; matches nested in a longer one are dropped.
import { unicodeTermRegex, type Lexicon } from '../lexicon/compile.ts';
import { fastHits } from './fast-patterns.ts';
import { cleanView, hasNoise, noiseWindows } from '../text/denoise.ts';
import { withEllipses } from './ellipsis.ts';
import { flatten, type FlatText } from '../text/flat.ts';
import { openingWords, otherStarts } from './prefilter.ts';
import { wordsOf } from '../text/words.ts';
import { isLetterAt, isWordCharAt, normKey } from '../text/text.ts';

export interface RawMatch { start: number; end: number; concepts: string[] }

/** Term matches in s (offsets into s), read on its flat view when there is one (given, or made here). */
export function scanTerms(s: string, lex: Lexicon, flat: FlatText | null = flatten(s)): RawMatch[] {
  const out: RawMatch[] = [];
  if (lex.termGroups && lex.termStarts && flat) {
    const { view, lower } = flat;
    const groups = lex.termGroups;
    const idx = wordsOf(flat);
    // Anchored where some term can start (prefilter.ts), with the pattern of the terms that open with
    // the word (or character) found there (term-groups.ts), not tried at every word.
    const words = openingWords(view, idx, lex.termStarts);
    const others = otherStarts(view, lex.termStarts);
    let next = 0; // where the last match ended: candidates inside it are skipped
    for (let a = 0, b = 0; a < words.length || b < others.length;) {
      let i: number;
      let id: number;
      let char = false;
      if (b >= others.length || (a < words.length && idx.start[words[a]!]! < others[b]!)) {
        const w = words[a++]!;
        i = idx.start[w]!;
        id = idx.hash[w]!;
      } else {
        i = others[b++]!;
        id = view.charCodeAt(i);
        char = true;
      }
      if (i < next) continue;
      const re = groups.plain(id, char);
      if (!re) continue;
      re.lastIndex = i;
      const m = re.exec(view);
      if (!m) continue;
      if (isWordCharAt(lower, i - 1)) continue;
      let key = m[0];
      if (isLetterAt(lower, i + key.length)) {
        // The pattern's boundaries are ASCII: a letter or mark beyond ASCII follows. A shorter term
        // may still end on a boundary here ("gender" in "gender adviseré"): the exact pattern decides.
        const exact = groups.exact(id, char)!;
        exact.lastIndex = i;
        const u = exact.exec(s);
        if (!u) continue;
        key = normKey(u[0]);
      }
      // The view is already lower case with plain spaces and apostrophes: normalise only on a miss.
      const concepts = lex.lookup.get(key) ?? lex.lookup.get(normKey(key));
      if (concepts) out.push({ start: i, end: i + key.length, concepts });
      next = i + key.length;
    }
  } else {
    // Some character changes length when lower-cased (e.g. "İ"): use the exact Unicode regex.
    const re = unicodeTermRegex(lex);
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const concepts = lex.lookup.get(normKey(m[0]));
      if (concepts) out.push({ start: m.index, end: m.index + m[0].length, concepts });
    }
  }
  return out;
}

/** Terms hidden by extraction noise, found in cleaned copies and mapped back to the text. */
function scanNoisy(text: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  for (const [from, to] of noiseWindows(text)) {
    const v = cleanView(text, from, to);
    for (const m of scanTerms(v.view, lex)) {
      const start = v.start[m.start]!;
      const end = v.end[m.end - 1]!;
      // A window edge that had to cut a word: the term must still begin and end a word in the text.
      if (isWordCharAt(text, start - 1) || isLetterAt(text, end)) continue;
      out.push({ start, end, concepts: m.concepts });
    }
  }
  return out;
}

/** Pattern segments: long enough for any phrase, short enough that a quadratic pattern stays cheap. */
const SEGMENT = 4096;
/** Longest pattern match guaranteed whole, and the context kept before a segment for lookbehinds. */
const OVERLAP = 256;
const LEAD = 32;

/**
 * Built-in patterns in one pass; user patterns over overlapping segments, so none ever sees a run longer than SEGMENT:
 * time stays linear in the text whatever the pattern's polynomial degree (\s*x over megabytes of
 * spaces). Each segment owns the matches starting in its first SEGMENT - OVERLAP characters.
 */
function scanPatterns(text: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const segmented: Lexicon['patterns'] = [];
  if (lex.fastPatterns) fastHits(lex.fastPatterns, text, (start, end, concept) => out.push({ start, end, concepts: [concept] }));
  for (const p of lex.patterns) {
    if (!p.whole) { segmented.push(p); continue; }
    if (p.fast) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) { p.re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length, concepts: [p.concept] });
    }
  }
  if (segmented.length === 0) return out;
  const step = SEGMENT - OVERLAP;
  for (let from = 0; ; from += step) {
    const lead = Math.min(LEAD, from);
    const seg = from === 0 && text.length <= SEGMENT ? text : text.slice(from - lead, from + SEGMENT);
    const last = from + SEGMENT >= text.length;
    for (const p of segmented) {
      p.re.lastIndex = lead;
      for (let m = p.re.exec(seg); m; m = p.re.exec(seg)) {
        if (m[0].length === 0) { p.re.lastIndex++; continue; }
        const at = m.index - lead;
        if (at < 0) continue;
        if (!last && at >= step) break; // the next segment owns it
        out.push({ start: from + at, end: from + at + m[0].length, concepts: [p.concept] });
      }
    }
    if (last) return out;
  }
}

/**
 * Every term, acronym and pattern match in text, and the terms named by coordination with ellipsis
 * (ellipsis.ts); `flat`: its flat view, when the caller has it.
 */
export function scan(text: string, lex: Lexicon, flat: FlatText | null = flatten(text)): RawMatch[] {
  const found = scanAll(text, lex, flat);
  return flat ? withEllipses(text, flat, lex, found) : found;
}

function scanAll(text: string, lex: Lexicon, flat: FlatText | null): RawMatch[] {
  const out = scanTerms(text, lex, flat);
  // Noise is rare: clean text pays one quick test; a noisy text adds matches from the cleaned copies,
  // merged below (an earlier or longer match wins an overlap).
  const extra: RawMatch[] = hasNoise(text) ? scanNoisy(text, lex) : [];
  if (lex.acronymRe) {
    const re = lex.acronymRe;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (isWordCharAt(text, m.index - 1) || isWordCharAt(text, end)) continue;
      const concepts = lex.acronymLookup.get(m[0]) ?? lex.acronymLookup.get(m[0].slice(0, -1));
      if (concepts) extra.push({ start: m.index, end, concepts });
    }
  }
  if (lex.patterns.length) extra.push(...scanPatterns(text, lex));
  if (extra.length === 0) return out;
  // Merge the streams; the term stream is already sorted and non-overlapping.
  const all = out.concat(extra).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMatch[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start >= lastEnd) { merged.push(m); lastEnd = m.end; }
    else {
      const prev = merged[merged.length - 1]!;
      // Same span from two streams (a term that is also a pattern): keep both concepts.
      if (prev.start === m.start && prev.end === m.end) {
        for (const c of m.concepts) if (!prev.concepts.includes(c)) prev.concepts = [...prev.concepts, c];
      }
    }
  }
  return merged;
}
