// One pass of the compiled term regex (plus acronyms and the few safe patterns) over the text.
// At a position the longest term wins; matches nested in a longer one are dropped.
import type { Lexicon } from './compile.ts';
import { cleanView, hasNoise, noiseWindows } from './denoise.ts';
import { eachCandidate } from './prefilter.ts';
import { isLetterAt, isWordCharAt, normKey } from './text.ts';

export interface RawMatch { start: number; end: number; concepts: string[] }

// Separators other than the plain space, and apostrophes other than the straight one: the flat view
// maps each to its plain form, one character for one, so the term pattern needs no classes.
const OTHER_SEP = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u00AD\u2010-\u2013-]/g;
const OTHER_APOS = /[\u2019\u2018\u02BC\u0060\u00B4]/g;
const SPACE_RUN = / {2,}/g;

/**
 * The lower-cased text with every separator run as one space and straight apostrophes, plus the map
 * back to the text's offsets (null when no run had to be shortened: offsets are then the same).
 */
export function flatView(lower: string): { view: string; at: ((i: number) => number) | null } {
  let view = lower.replace(OTHER_SEP, ' ');
  if (OTHER_APOS.test(view)) view = view.replace(OTHER_APOS, "'");
  OTHER_APOS.lastIndex = 0;
  if (!view.includes('  ')) return { view, at: null };
  // Shorten each run to one space; remember where (in the view) and how much was removed so far.
  const where: number[] = [];
  const removed: number[] = [];
  const parts: string[] = [];
  let last = 0;
  let total = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(view); m; m = SPACE_RUN.exec(view)) {
    parts.push(view.slice(last, m.index + 1));
    total += m[0].length - 1;
    where.push(m.index + 1 - (total - (m[0].length - 1))); // first view index after the run's space
    removed.push(total);
    last = m.index + m[0].length;
  }
  parts.push(view.slice(last));
  const at = (i: number): number => {
    let lo = 0;
    let hi = where.length - 1;
    let shift = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (where[mid]! <= i) { shift = removed[mid]!; lo = mid + 1; } else hi = mid - 1;
    }
    return i + shift;
  };
  return { view: parts.join(''), at };
}

/** Term matches in s (offsets into s): the fast flattened view when lower-casing keeps the length. */
export function scanTerms(s: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const lower = s.toLowerCase();
  if (lex.termAtLower && lex.termStarts && lower.length === s.length) {
    const { view, at } = flatView(lower);
    // Anchored at the positions where some term can start (prefilter.ts), not tried at every word.
    const re = lex.termAtLower!;
    eachCandidate(view, lex.termStarts!, (i) => {
      re.lastIndex = i;
      const m = re.exec(view);
      if (!m) return i + 1;
      const start = at ? at(i) : i;
      const end = at ? at(i + m[0].length - 1) + 1 : i + m[0].length;
      if (isWordCharAt(lower, start - 1) || isLetterAt(lower, end)) return i + 1;
      const concepts = lex.lookup.get(normKey(m[0]));
      if (concepts) out.push({ start, end, concepts });
      return i + m[0].length;
    });
  } else if (lex.termRe) {
    // Some character changes length when lower-cased (e.g. "İ"): use the exact Unicode regex.
    const re = lex.termRe;
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
 * User patterns over overlapping segments, so no pattern ever sees a run longer than SEGMENT:
 * time stays linear in the text whatever the pattern's polynomial degree (\s*x over megabytes of
 * spaces). Each segment owns the matches starting in its first SEGMENT - OVERLAP characters.
 */
function scanPatterns(text: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const step = SEGMENT - OVERLAP;
  for (let from = 0; ; from += step) {
    const lead = Math.min(LEAD, from);
    const seg = from === 0 && text.length <= SEGMENT ? text : text.slice(from - lead, from + SEGMENT);
    const last = from + SEGMENT >= text.length;
    for (const p of lex.patterns) {
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

export function scan(text: string, lex: Lexicon): RawMatch[] {
  const out = scanTerms(text, lex);
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
