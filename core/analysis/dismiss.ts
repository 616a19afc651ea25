// False positives the user dismissed: once (this finding, in this document) or always (a concept, or an
// exact phrase compared case-insensitively). Surfaces store the list; analyze() drops what it matches
// before coverage and gaps are computed, so counts and gaps agree with what the user sees.
import { z } from 'zod';
import type { Finding } from '../schema.ts';

export const Dismissal = z.union([
  z.object({
    scope: z.literal('once'),
    concept: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    block: z.string().optional(),
    /** The matched words, so a stale dismissal (the document changed) does not hide another finding. */
    text: z.string().optional(),
  }),
  z.object({ scope: z.literal('always'), by: z.literal('concept'), concept: z.string().min(1) }),
  z.object({ scope: z.literal('always'), by: z.literal('phrase'), phrase: z.string().min(1).max(1000) }),
]);
export type Dismissal = z.infer<typeof Dismissal>;
export type OnceDismissal = Extract<Dismissal, { scope: 'once' }>;
export const Dismissals = z.array(Dismissal);

function phraseKey(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/** A predicate answering "is this finding dismissed?", built once per list. */
export function dismissalFilter(list: readonly Dismissal[]): (f: Finding) => boolean {
  if (list.length === 0) return () => false;
  const concepts = new Set<string>();
  const phrases = new Set<string>();
  const once = new Map<string, { text?: string }>();
  for (const d of list) {
    if (d.scope === 'once') once.set(`${d.block ?? ''}\u0000${d.concept}\u0000${d.start}\u0000${d.end}`, { text: d.text });
    else if (d.by === 'concept') concepts.add(d.concept);
    else phrases.add(phraseKey(d.phrase));
  }
  return (f) => {
    if (concepts.has(f.concept)) return true;
    if (phrases.size && phrases.has(phraseKey(f.text))) return true;
    const o = once.get(`${f.block ?? ''}\u0000${f.concept}\u0000${f.start}\u0000${f.end}`);
    return o !== undefined && (o.text === undefined || o.text === f.text);
  };
}

/** The dismissal for one finding, as a surface records it. */
export function dismissOnce(f: Finding): OnceDismissal {
  return { scope: 'once', concept: f.concept, start: f.start, end: f.end, ...(f.block !== undefined ? { block: f.block } : {}), text: f.text };
}
