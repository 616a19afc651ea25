// Which kind of document is this? Each profile's cues (phrases with weights) are counted once
// in the opening of the text, plus structural evidence (resolution layout, OpOrder paragraphs).
import type { Lexicon } from './compile.ts';
import type { ProfileId } from './schema.ts';
import type { Structure } from './sections.ts';
import { escapeRegExp } from './text.ts';

const HEAD = 30_000;
const cueCache = new WeakMap<Lexicon, { id: string; cues: { re: RegExp; weight: number }[] }[]>();

function compiledCues(lex: Lexicon) {
  let c = cueCache.get(lex);
  if (!c) {
    c = [...lex.profiles.values()].map((p) => ({
      id: p.id,
      cues: p.cues.map((q) => ({
        re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(q.phrase).replace(/\s+/g, '[\\s\\u00A0]+')}(?![\\p{L}\\p{N}])`, 'iu'),
        weight: q.weight,
      })),
    }));
    cueCache.set(lex, c);
  }
  return c;
}

export interface Detected { id: ProfileId | string; confidence: number; scores: Record<string, number> }

export function detectProfile(text: string, structure: Structure, lex: Lexicon): Detected {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const scores: Record<string, number> = {};
  for (const p of compiledCues(lex)) {
    let s = 0;
    for (const q of p.cues) if (q.re.test(head)) s += q.weight;
    if (structure.oporder && p.id === 'oporder') s += 3;
    if (structure.resolution && (p.id === 'mandate' || p.id === 'thematic-resolution')) s += 1;
    scores[p.id] = s;
  }
  const ranked = Object.entries(scores).filter(([id]) => id !== 'generic').sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) {
    return { id: 'generic', confidence: top ? Math.max(0.3, 1 - top[1] / 2) : 1, scores };
  }
  const margin = top[1] - Math.max(0, second?.[1] ?? 0);
  const confidence = Math.min(0.99, 0.5 + 0.5 * (margin / (top[1] + 1)) + Math.min(0.2, top[1] / 50));
  return { id: top[0], confidence: Math.round(confidence * 100) / 100, scores };
}
