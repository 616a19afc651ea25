// A set of phrases looked for in spans of a text: context words, exclusions, negation cues, profile
// cues, keywords. Read on the flattened view (flat.ts) with a plain trie regex, tried only at the words
// that may open a phrase (words.ts, prefilter.ts); only a text whose length changes when lower-cased
// falls back to the Unicode pattern on the text itself.
import type { FlatText } from '../text/flat.ts';
import { APOS_CLASS, BEFORE_WORD, SEP, escapeRegExp, isWordCharAt, normKey } from '../text/text.ts';
import { trieSource } from './trie.ts';
import { compileStarts, opensAt, type TermStarts } from './prefilter.ts';
import { firstWordFrom, wordsOf } from '../text/words.ts';

/** The text being analysed and its flat view (null: read the text itself). */
export interface Source { text: string; flat: FlatText | null }

/** A phrase found: offsets in the text, and its key (normKey of the matched words). */
export interface PhraseHit { start: number; end: number; key: string }

const WORD_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

export class PhraseSet {
  /** Keys (normKey) of the phrases; an elided phrase ("pas d'") keeps its apostrophe. */
  readonly keys: ReadonlySet<string>;
  private readonly plain: RegExp | null;
  /** The same pattern, sticky, tried only at the words that may open a phrase (null: some phrase opens with no letter). */
  private readonly sticky: RegExp | null;
  private readonly starts: TermStarts;
  private unicode?: RegExp | null;
  private unicodeAt?: RegExp | null;
  private unicodeOpen?: RegExp | null;
  private readonly closed: string[];
  private readonly open: string[];
  /** The elided phrases alone, sticky, over the flat view (null unless there are both kinds). */
  private readonly openAt: RegExp | null;

  /** Phrases ending in an apostrophe (French elisions) are followed by their word, so need no closing boundary. */
  constructor(phrases: Iterable<string>) {
    const keys = new Set<string>();
    for (const p of phrases) {
      const k = normKey(p);
      if (k) keys.add(k);
    }
    this.keys = keys;
    this.closed = [...keys].filter((k) => !k.endsWith("'"));
    this.open = [...keys].filter((k) => k.endsWith("'"));
    const closed = trieSource(this.closed, true);
    const open = trieSource(this.open, true);
    // Whole-word phrases first, so a longer phrase ("pas d'allégation") wins over the elided "pas d'".
    const alts = [...(closed ? [`(?:${closed})(?![a-z0-9])`] : []), ...(open ? [`(?:${open})`] : [])];
    const src = alts.length ? `(?<![a-z0-9])(?:${alts.join('|')})` : null;
    this.plain = src ? new RegExp(src, 'g') : null;
    // …but an elided phrase longer than the whole word it opens with wins: "manque d'" over "manque".
    this.openAt = closed && open ? new RegExp(`(?:${open})`, 'y') : null;
    this.starts = compileStarts(keys);
    this.sticky = src && this.starts.other.size === 0 ? new RegExp(src, 'y') : null;
  }

  get size(): number {
    return this.keys.size;
  }

  /** Phrases in text[from, to), in order, not overlapping; `limit` stops after that many. */
  find(src: Source, from = 0, to = src.text.length, limit = Infinity): PhraseHit[] {
    const out: PhraseHit[] = [];
    if (!this.plain || to <= from) return out;
    const flat = src.flat;
    if (flat && this.sticky) return this.findAtWords(src.text, flat, from, to, limit, out);
    if (flat) {
      const s = flat.view.slice(from, to);
      const re = this.plain;
      re.lastIndex = 0;
      for (let m = re.exec(s); m && out.length < limit; m = re.exec(s)) {
        const hit = this.checked(src.text, from, to, s, m);
        if (!hit) { re.lastIndex = m.index + 1; continue; }
        out.push(hit);
        re.lastIndex = hit.end - from;
      }
      return out;
    }
    const re = this.unicodeRe();
    if (!re) return out;
    const s = src.text.slice(from, to);
    re.lastIndex = 0;
    const openRe = this.open.length && this.closed.length ? this.unicodeOpenAtRe() : null;
    for (let m = re.exec(s); m && out.length < limit; m = re.exec(s)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      let len = m[0].length;
      if (openRe && !/['’\u02BC]$/.test(m[0])) {
        openRe.lastIndex = m.index;
        const o = openRe.exec(s);
        if (o && o[0].length > len) { len = o[0].length; re.lastIndex = m.index + len; }
      }
      out.push({ start: from + m.index, end: from + m.index + len, key: normKey(s.slice(m.index, m.index + len)) });
    }
    return out;
  }

  /**
   * The same hits as the plain pattern over the span's slice, found by trying the sticky pattern only at
   * the words that may open a phrase. The slice is what the pattern reads, so a span that cuts a word
   * behaves as before: its edges count as word boundaries. Hence the word cut by the span's start,
   * the word at the start, and the words whose own or next word is cut by its end are always tried.
   */
  private findAtWords(text: string, flat: FlatText, from: number, to: number, limit: number, out: PhraseHit[]): PhraseHit[] {
    const view = flat.view;
    const idx = wordsOf(flat);
    const s = view.slice(from, to);
    const re = this.sticky!;
    let next = from; // where the last hit ended
    let w = firstWordFrom(idx, from);
    const { n, start, end } = idx;
    // A word that runs past the span's end reads as shorter in the slice, so its hash (alone, or as
    // the second word of a pair) says nothing: the last words are always tried. Words end in order, so
    // those are the words from `cut` on, and the one before them (its pair is cut).
    let cut = w;
    for (let hi = n; cut < hi;) { const mid = (cut + hi) >> 1; if (end[mid]! > to) hi = mid; else cut = mid + 1; }
    const tried = cut < n ? cut - 1 : n;
    // A word cut by the span's start: its rest opens a word of the slice.
    let at = w > 0 && end[w - 1]! > from && from < to ? from : -1;
    for (;;) {
      if (at < 0) {
        if (w >= n || out.length >= limit) break;
        const s0 = start[w]!;
        if (s0 >= to) break;
        if (s0 >= next && (s0 === from || w >= tried || opensAt(view, idx, w, this.starts))) at = s0;
        w++;
        if (at < 0) continue;
      }
      re.lastIndex = at - from;
      at = -1;
      const m = re.exec(s);
      if (!m) continue;
      const hit = this.checked(text, from, to, s, m);
      if (!hit) continue;
      out.push(hit);
      next = hit.end;
    }
    return out;
  }

  /**
   * A plain match with its boundaries checked beyond ASCII. The pattern's own boundaries are ASCII
   * only; when a letter, digit or mark beyond ASCII follows the match, a shorter phrase at the same
   * place may still end on a boundary ("pas d'" in "pas d'allégationé"), so the exact Unicode pattern
   * decides at that position, on the span of the text itself. Null: no phrase starts here.
   */
  private checked(text: string, from: number, to: number, s: string, m: RegExpExecArray): PhraseHit | null {
    const at = m.index;
    const end = at + m[0].length;
    if (isWordCharAt(s, at - 1)) return null;
    if (this.openAt && !m[0].endsWith("'")) {
      this.openAt.lastIndex = at;
      const o = this.openAt.exec(s);
      if (o && o[0].length > m[0].length) return { start: from + at, end: from + at + o[0].length, key: this.keys.has(o[0]) ? o[0] : normKey(o[0]) };
    }
    if (m[0].endsWith("'") || !isWordCharAt(s, end)) {
      return { start: from + at, end: from + end, key: this.keys.has(m[0]) ? m[0] : normKey(m[0]) };
    }
    const re = this.unicodeAtRe()!;
    re.lastIndex = at;
    const u = re.exec(text.slice(from, to));
    return u ? { start: from + at, end: from + at + u[0].length, key: normKey(u[0]) } : null;
  }

  /** Does any phrase occur in text[from, to)? */
  test(src: Source, from = 0, to = src.text.length): boolean {
    return this.find(src, from, to, 1).length > 0;
  }

  /** The same phrases for the text itself: any separators, apostrophes and case (built on first need). */
  private unicodeRe(): RegExp | null {
    if (this.unicode === undefined) {
      const closed = trieSource(this.closed);
      const open = this.openSources();
      const alts = [...(closed ? [`(?:${closed})${WORD_AFTER}`] : []), ...(open.length ? [`(?:${open.join('|')})`] : [])];
      this.unicode = alts.length ? new RegExp(`${BEFORE_WORD}(?:${alts.join('|')})`, 'giu') : null;
    }
    return this.unicode;
  }

  /** The elided phrases as patterns for the text itself: any separators, any apostrophe. */
  private openSources(): string[] {
    return this.open.map((k) => escapeRegExp(k.slice(0, -1)).replace(/ /g, SEP) + APOS_CLASS);
  }

  /** The elided phrases alone, for the text itself, sticky. */
  private unicodeOpenAtRe(): RegExp | null {
    if (this.unicodeOpen === undefined) {
      const open = this.openSources();
      this.unicodeOpen = open.length ? new RegExp(`(?:${open.join('|')})`, 'yiu') : null;
    }
    return this.unicodeOpen;
  }

  private unicodeAtRe(): RegExp | null {
    if (this.unicodeAt === undefined) {
      const re = this.unicodeRe();
      this.unicodeAt = re ? new RegExp(re.source, 'yiu') : null;
    }
    return this.unicodeAt;
  }
}
