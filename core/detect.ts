// Which kind of document is this? Each profile's cues (phrases with weights) are counted once
// in the opening of the text, plus structural evidence (resolution layout, OpOrder paragraphs).
import type { Lexicon } from './compile.ts';
import type { ProfileId } from './schema.ts';
import type { Structure } from './sections.ts';
import { flatten } from './flat.ts';
import { PhraseSet, type Source } from './phrases.ts';
import { normKey } from './text.ts';

const HEAD = 30_000;

/** All cue phrases of all profiles in one trie regex; a hit maps back to (profile, weight) pairs. */
interface CueIndex { set: PhraseSet; byKey: Map<string, { id: string; weight: number }[]>; ids: string[] }
const cueCache = new WeakMap<Lexicon, CueIndex>();
const cueCacheEn = new WeakMap<Lexicon, CueIndex>();

/** A French cue phrase (accents, elisions or French function words): left out when reading English text. */
export function isFrenchCue(phrase: string): boolean {
  return /[àâçéèêëîïôûùüÿœ]/i.test(phrase) || /(?:^|\s)(?:le|la|les|des|de|du|aux|et|à|pour|sur|dans|par)(?:\s|$)|(?:^|\s)[dl]['’]/i.test(phrase);
}

function cueIndex(lex: Lexicon, english: boolean): CueIndex {
  const cache = english ? cueCacheEn : cueCache;
  let c = cache.get(lex);
  if (!c) {
    const byKey = new Map<string, { id: string; weight: number }[]>();
    for (const p of lex.profiles.values()) {
      for (const q of p.cues) {
        if (english && isFrenchCue(q.phrase)) continue;
        const k = normKey(q.phrase);
        byKey.set(k, [...(byKey.get(k) ?? []), { id: p.id, weight: q.weight }]);
      }
    }
    c = { set: new PhraseSet(byKey.keys()), byKey, ids: [...lex.profiles.keys()] };
    cache.set(lex, c);
  }
  return c;
}

export interface Detected { id: ProfileId | string; confidence: number; scores: Record<string, number> }

/** `lang`: the document's language; English text is read without the French cues. */
export function detectProfile(input: string | Source, structure: Structure, lex: Lexicon, lang?: 'en' | 'fr' | 'und'): Detected {
  const head = typeof input === 'string' ? input.slice(0, HEAD) : '';
  const src = typeof input === 'string' ? { text: head, flat: flatten(head) } : input;
  const idx = cueIndex(lex, lang === 'en');
  const scores: Record<string, number> = {};
  for (const id of idx.ids) scores[id] = 0;
  // Each cue phrase counts once, however often it occurs.
  const seen = new Set<string>();
  for (const { key } of idx.set.find(src, 0, Math.min(src.text.length, HEAD))) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { id, weight } of idx.byKey.get(key) ?? []) scores[id] = (scores[id] ?? 0) + weight;
  }
  if (structure.oporder && 'oporder' in scores) scores.oporder! += 3;
  if (structure.resolution) for (const id of ['mandate', 'thematic-resolution']) if (id in scores) scores[id]! += 1;
  const ranked = Object.entries(scores).filter(([id]) => id !== 'generic').sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) {
    return { id: 'generic', confidence: top ? Math.max(0.3, 1 - top[1] / 2) : 1, scores };
  }
  const margin = top[1] - Math.max(0, second?.[1] ?? 0);
  const confidence = Math.min(0.99, 0.5 + 0.5 * (margin / (top[1] + 1)) + Math.min(0.2, top[1] / 50));
  return { id: top[0], confidence: Math.round(confidence * 100) / 100, scores };
}
