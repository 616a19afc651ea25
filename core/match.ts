// One pass of the compiled term regex (plus acronyms and the few safe patterns) over the text.
// At a position the longest term wins; matches nested in a longer one are dropped.
import type { Lexicon } from './compile.ts';
import { isWordCharAt, normKey } from './text.ts';

export interface RawMatch { start: number; end: number; concepts: string[] }

export function scan(text: string, lex: Lexicon): RawMatch[] {
  const out: RawMatch[] = [];
  const lower = text.toLowerCase();
  if (lex.termReLower && lower.length === text.length) {
    // Fast path: offsets in the lower-cased copy are offsets in the text (same length).
    const re = lex.termReLower;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordCharAt(lower, start - 1) || isWordCharAt(lower, end)) { re.lastIndex = start + 1; continue; }
      const concepts = lex.lookup.get(normKey(m[0]));
      if (concepts) out.push({ start, end, concepts });
    }
  } else if (lex.termRe) {
    // Some character changes length when lower-cased (e.g. "İ"): use the exact Unicode regex.
    const re = lex.termRe;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const concepts = lex.lookup.get(normKey(m[0]));
      if (concepts) out.push({ start: m.index, end: m.index + m[0].length, concepts });
    }
  }
  const extra: RawMatch[] = [];
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
  for (const p of lex.patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) { p.re.lastIndex++; continue; }
      extra.push({ start: m.index, end: m.index + m[0].length, concepts: [p.concept] });
    }
  }
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
