// Many phrases → one regular expression shaped like a trie, so V8 walks shared prefixes once.
// Units: a character, SEP (any run of spaces/hyphens between words) or APOS (any apostrophe).
import { AFTER_WORD, APOS_CLASS, BEFORE_WORD, SEP, escapeRegExp, normKey } from './text.ts';

interface Node { next: Map<string, Node>; end: boolean }

const SEP_UNIT = '\u0000sep';
const APOS_UNIT = '\u0000apos';

function units(key: string): string[] {
  const out: string[] = [];
  for (const ch of key) out.push(ch === ' ' ? SEP_UNIT : ch === "'" ? APOS_UNIT : ch);
  return out;
}

function unitSource(u: string, plain: boolean | string): string {
  if (u === SEP_UNIT) return typeof plain === 'string' ? plain : plain ? ' +' : SEP;
  if (u === APOS_UNIT) return plain === true ? "'" : APOS_CLASS;
  return escapeRegExp(u);
}

function emit(node: Node, plain: boolean | string): string {
  const alts: string[] = [];
  // Longer continuations first is not needed for correctness (the optional group is greedy),
  // but single-character alternatives are grouped into a class to keep the pattern small.
  const singles: string[] = [];
  for (const [u, child] of node.next) {
    const rest = emit(child, plain);
    if (rest === '' && u !== SEP_UNIT && u !== APOS_UNIT && [...u].length === 1) singles.push(escapeRegExp(u));
    else alts.push(unitSource(u, plain) + rest);
  }
  if (singles.length === 1) alts.push(singles[0]!);
  else if (singles.length > 1) alts.push(`[${singles.join('').replace(/-/g, '\\-')}]`);
  if (alts.length === 0) return '';
  let body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  if (node.end) body = alts.length === 1 && isAtom(body) ? `${body}?` : `(?:${body})?`;
  return body;
}

function isAtom(src: string): boolean {
  return /^(?:\\.|[^\\()[\]|?*+{}]|\[[^\]]*\])$/u.test(src);
}

/**
 * Regex source matching any of the phrases (compare case-insensitively), or null when there are none.
 * `plain`: words are separated by spaces and apostrophes are straight — for a text view flattened that
 * way (flat.ts); the pattern is then a fraction of the size and compiles ~30× faster.
 * A string instead: the pattern that separates words (apostrophes any).
 */
export function trieSource(phrases: Iterable<string>, plain: boolean | string = false): string | null {
  const root: Node = { next: new Map(), end: false };
  let count = 0;
  for (const p of phrases) {
    const key = normKey(p);
    if (!key) continue;
    let node = root;
    for (const u of units(key)) {
      let child = node.next.get(u);
      if (!child) { child = { next: new Map(), end: false }; node.next.set(u, child); }
      node = child;
    }
    node.end = true;
    count++;
  }
  if (count === 0) return null;
  return emit(root, plain);
}

/** Whole-word regex of the phrases (Unicode boundaries), or undefined when there are none. */
export function phraseRegex(phrases: Iterable<string>, flags = 'giu'): RegExp | undefined {
  const src = trieSource(phrases);
  return src ? new RegExp(`${BEFORE_WORD}(?:${src})${AFTER_WORD}`, flags) : undefined;
}
