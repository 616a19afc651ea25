// How the side panel names a report's language: the document's, or "mixed: …" when its blocks differ.
import type { Report } from '../../core/schema.ts';
import type { LanguageChoice } from './messages.ts';
export const LANGUAGE_CHOICES: readonly { value: LanguageChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
];

const NAMES = { en: 'English', fr: 'French', und: 'undetermined' } as const;

/** "English", "French", "undetermined", or "mixed: French, English" (document language first). */
export function languageLabel(r: Pick<Report, 'language' | 'languages' | 'blocks'>): string {
  const found = new Set<'en' | 'fr'>();
  const parts = r.blocks?.some((b) => b.language) ? r.blocks : r.languages ?? [];
  for (const p of parts) if (p.language === 'en' || p.language === 'fr') found.add(p.language);
  if (found.size < 2) return NAMES[r.language];
  const order = [...found].sort((a, b) => Number(b === r.language) - Number(a === r.language));
  return `mixed: ${order.map((l) => NAMES[l]).join(', ')}`;
}
