// The language line of the Word and Excel panes: the detected language of a report ("mixed: …" when
// its blocks differ, the document's language first) and the Auto/English/French override choices.
import type { Report } from '../../../core/index.ts';

export type LanguageChoice = 'auto' | 'en' | 'fr';
export const LANGUAGE_CHOICES = ['auto', 'en', 'fr'] as const;

const NAMES = { en: 'English', fr: 'French', und: 'undetermined' } as const;

export function choiceLabel(c: LanguageChoice): string {
  return c === 'auto' ? 'Detect automatically' : NAMES[c];
}

/** "English", "French", "undetermined", or "mixed: French, English". */
export function languageLabel(r: Pick<Report, 'language' | 'languages' | 'blocks'>): string {
  const found = new Set<'en' | 'fr'>();
  const parts = r.blocks?.some((b) => b.language) ? r.blocks : r.languages ?? [];
  for (const p of parts) if (p.language === 'en' || p.language === 'fr') found.add(p.language);
  if (found.size < 2) return NAMES[r.language];
  const order = [...found].sort((a, b) => Number(b === r.language) - Number(a === r.language));
  return `mixed: ${order.map((l) => NAMES[l]).join(', ')}`;
}
