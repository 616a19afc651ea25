// The term trie split by the word each term opens with. One pattern of every form (~5,000) costs V8
// about half a second to compile on first use, and again when it tiers up to machine code: paid by
// every new process, service worker and task pane before its first result. The scan only ever tries a
// pattern where a word opens some term (prefilter.ts), and at such a word only the terms opening with
// that very word can match (a term's first run of letters must be the text's whole run: words.ts
// splits both by the same rule). So each opening word gets its own small pattern, compiled the first
// time a text uses that word; the union of the groups is the whole trie, so the hits are the same.
import { trieSource } from '../match/trie.ts';
import { AFTER_TERM, BEFORE_WORD } from '../text/text.ts';
import { FNV_OFFSET, isLetterUnit, mix } from '../text/words.ts';

/** The term pattern for the flat view (lower case, spaces, straight apostrophes), ASCII boundaries. */
export function termRegexLower(src: string, flags: 'g' | 'y'): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${src})(?![a-z])`, flags);
}

interface Group { keys: string[]; plain?: RegExp; exact?: RegExp | null }

export class TermGroups {
  /** Opening word's hash (words.ts) → the terms that open with it. Words with equal hashes share a group. */
  private readonly byWord = new Map<number, Group>();
  /** First code unit → the terms that open with no letter ("30 per cent"). */
  private readonly byChar = new Map<number, Group>();

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      if (k.length === 0) continue;
      let h = FNV_OFFSET;
      let i = 0;
      for (; i < k.length && isLetterUnit(k.charCodeAt(i)); i++) h = mix(h, k.charCodeAt(i));
      const map = i === 0 ? this.byChar : this.byWord;
      const id = i === 0 ? k.charCodeAt(0) : h;
      const g = map.get(id);
      if (g) g.keys.push(k);
      else map.set(id, { keys: [k] });
    }
  }

  /**
   * The sticky pattern, for the flat view, of the terms that may start at a word with this hash (or,
   * `char`: at this first code unit with no letter); null when none does.
   */
  plain(id: number, char = false): RegExp | null {
    const g = (char ? this.byChar : this.byWord).get(id);
    if (!g) return null;
    return (g.plain ??= termRegexLower(trieSource(g.keys, true)!, 'y'));
  }

  /**
   * The same terms as an exact Unicode pattern for the text itself (any case, separators, apostrophes),
   * sticky: decides the places where the plain pattern's ASCII boundaries cannot.
   */
  exact(id: number, char = false): RegExp | null {
    const g = (char ? this.byChar : this.byWord).get(id);
    if (!g) return null;
    if (g.exact === undefined) {
      const src = trieSource(g.keys);
      g.exact = src ? new RegExp(`${BEFORE_WORD}(?:${src})${AFTER_TERM}`, 'yiu') : null;
    }
    return g.exact;
  }

  /** Groups whose patterns were compiled (for diagnostics and benchmarks). */
  get compiled(): number {
    let n = 0;
    for (const g of this.byWord.values()) if (g.plain) n++;
    for (const g of this.byChar.values()) if (g.plain) n++;
    return n;
  }

  get size(): number {
    return this.byWord.size + this.byChar.size;
  }
}
