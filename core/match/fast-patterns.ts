// The built-in patterns (resolution numbers, annex headings), read in one pass with the hits of each
// pattern's own pass. Two things make V8 slow here: a text read once per pattern, and the Unicode flag,
// which the built-in patterns need only for their word-boundary lookarounds ("(?<![\p{L}\p{N}])"
// before, "(?![\p{N}])" after). So each lookaround becomes its ASCII part and the pattern runs without
// the flag; each hit's boundaries are checked against the full Unicode classes in code, and a hit that
// fails that check is decided by the original pattern at that one position. One alternation of all
// the patterns finds every position where some pattern may match; each pattern is then tried there,
// sticky, from where its own last hit ended. The hits are exactly those of each original pattern's pass.

import { charAround } from '../text/text.ts';

export interface AsciiPattern {
  /** The pattern without the Unicode flag and with ASCII lookarounds (sticky). */
  re: RegExp;
  /** The original pattern, sticky: asked only where a hit's boundary is not ASCII. */
  exact: RegExp;
  /** The Unicode class the character before a hit must not be in, or null. */
  before: RegExp | null;
  /** The Unicode class the character after a hit must not be in, or null. */
  after: RegExp | null;
}

const LEAD = /^\(\?<!\[((?:\\p\{[LN]\})+)\]\)/;
const TRAIL = /\(\?!\[((?:\\p\{[LN]\})+)\]\)$/;
const ASCII: Record<string, string> = { '\\p{L}': 'A-Za-z', '\\p{N}': '0-9' };

/** The ASCII letters and digits of "\p{L}\p{N}". */
function asciiPart(classes: string): string {
  return classes.match(/\\p\{[LN]\}/g)!.map((c) => ASCII[c]).join('');
}

/**
 * Does the pattern mean the same with and without the Unicode flag? Conservatively: no property
 * escapes, no code point escapes, no negated class, no "." outside a class, no astral character.
 */
function sameWithoutUnicode(src: string): boolean {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (src.codePointAt(i)! > 0xffff) return false;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === 'p' || n === 'P' || (n === 'u' && src[i + 2] === '{')) return false;
      i++;
    } else if (c === '[' && !inClass) {
      if (src[i + 1] === '^') return false;
      inClass = true;
    } else if (c === ']' && inClass) inClass = false;
    else if (c === '.' && !inClass) return false;
  }
  return true;
}

/** The fast form of a pattern (compiled with "gu" elsewhere), or null when it has none. */
export function asciiPattern(src: string): AsciiPattern | null {
  const lead = LEAD.exec(src);
  const trail = TRAIL.exec(src);
  if (!lead && !trail) return null;
  const middle = src.slice(lead ? lead[0].length : 0, trail ? src.length - trail[0].length : src.length);
  if (!sameWithoutUnicode(middle)) return null;
  let fast: RegExp;
  try {
    fast = new RegExp(
      (lead ? `(?<![${asciiPart(lead[1]!)}])` : '') + middle + (trail ? `(?![${asciiPart(trail[1]!)}])` : ''),
      'y',
    );
  } catch {
    return null;
  }
  return {
    re: fast,
    exact: new RegExp(src, 'uy'),
    before: lead ? new RegExp(`[${lead[1]}]`, 'u') : null,
    after: trail ? new RegExp(`[${trail[1]}]`, 'u') : null,
  };
}

/** The hit of the pattern at `at` as its end, or -1: what the original pattern matches there. */
function hitAt(p: AsciiPattern, text: string, at: number): number {
  p.re.lastIndex = at;
  const m = p.re.exec(text);
  if (!m || m[0].length === 0) return -1;
  const end = at + m[0].length;
  // Non-ASCII boundaries are rare: the original pattern decides at that position.
  const b = p.before && at > 0 && text.charCodeAt(at - 1) > 0x7f && p.before.test(charAround(text, at - 1));
  const a = p.after && end < text.length && text.charCodeAt(end) > 0x7f && p.after.test(charAround(text, end));
  if (!b && !a) return end;
  p.exact.lastIndex = at;
  const e = p.exact.exec(text);
  return e && e[0].length > 0 ? at + e[0].length : -1;
}

export interface FastPatterns {
  /** Any of the patterns, in their ASCII form (global). */
  any: RegExp;
  list: { fast: AsciiPattern; concept: string }[];
}

/** The fast reading of the given patterns, with the indexes of those it covers (the others have no ASCII form). */
export function fastPatterns(patterns: readonly { source: string; concept: string }[]): { fast: FastPatterns | null; covered: Set<number> } {
  const list: FastPatterns['list'] = [];
  const covered = new Set<number>();
  patterns.forEach((p, i) => {
    const fast = asciiPattern(p.source);
    if (fast) { list.push({ fast, concept: p.concept }); covered.add(i); }
  });
  if (list.length === 0) return { fast: null, covered };
  try {
    return { fast: { any: new RegExp(list.map((p) => `(?:${p.fast.re.source})`).join('|'), 'g'), list }, covered };
  } catch {
    return { fast: null, covered: new Set() }; // e.g. two patterns with the same group name
  }
}

/** Every pattern's hits in text: the hits each original pattern's own pass would give. */
export function fastHits(f: FastPatterns, text: string, out: (start: number, end: number, concept: string) => void): void {
  const from = new Array<number>(f.list.length).fill(0); // where each pattern's own pass goes on
  const any = f.any;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const at = m.index;
    for (let k = 0; k < f.list.length; k++) {
      if (from[k]! > at) continue;
      const end = hitAt(f.list[k]!.fast, text, at);
      if (end < 0) continue;
      out(at, end, f.list[k]!.concept);
      from[k] = end;
    }
    // Next position: other patterns may start inside this hit.
    any.lastIndex = at + 1;
  }
}
