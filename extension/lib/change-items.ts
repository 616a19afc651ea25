// What the page paints for a comparison: the WPS words of every added or strengthened provision of the
// new side (this page), at the exact block offsets the core cites, in the Changes layer (paint.ts with
// a layer; styles in highlight-css.ts). Pure, so the background and the side panel agree on the keys.
import type { Change, Cite, Comparison } from '../../core/compare/schema.ts';
import { pillarName } from '../../core/lexicon/labels.ts';
import type { PillarId } from '../../core/schema.ts';
import { trIn, type UiLanguage } from './i18n.ts';
import type { ChangeStyle, PaintItem } from './paint-types.ts';

/** The change statuses the page highlights, and how. */
export function changeStyle(c: Pick<Change, 'status'>): ChangeStyle | null {
  if (c.status === 'added') return 'added';
  if (c.status.endsWith('strengthened')) return 'strengthened';
  return null;
}

/** The new side's cites of a change: the paragraph itself and, for a split, its further parts. */
const newCites = (c: Change): Cite[] => (c.new ? [c.new, ...(c.alsoNew ?? [])] : []);

export const changeItemKey = (changeId: string, w: { block?: string; start: number; end: number }): string => `change:${changeId}:${w.block ?? ''}:${w.start}:${w.end}`;

/** One paint item per WPS word of each added or strengthened provision (block input: words carry their block). */
export function changeItems(cmp: Pick<Comparison, 'changes'>, lang: UiLanguage = 'en'): PaintItem[] {
  const out: PaintItem[] = [];
  const seen = new Set<string>();
  for (const c of cmp.changes) {
    const style = changeStyle(c);
    if (!style) continue;
    for (const cite of newCites(c)) {
      for (const w of cite.words) {
        const block = w.block ?? cite.block;
        if (block === undefined) continue; // a text without blocks has no place in a page
        const key = changeItemKey(c.id, { block, start: w.start, end: w.end });
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          key, block, start: w.start, end: w.end, family: w.pillar, style,
          card: { title: trIn(lang, style === 'added' ? 'chAddedProvision' : 'chStrengthenedProvision'), pillar: pillarName(w.pillar as PillarId, lang), how: c.note ?? '', why: '' },
        });
      }
    }
  }
  return out;
}

/** The key of a change's first highlighted word (to scroll to it), or undefined when the page shows none. */
export function revealKey(c: Change): string | undefined {
  if (!changeStyle(c)) return undefined;
  for (const cite of newCites(c)) {
    const w = cite.words[0];
    const block = w?.block ?? cite.block;
    if (w && block !== undefined) return changeItemKey(c.id, { block, start: w.start, end: w.end });
  }
  return undefined;
}
