// The Word pane's own words in English and French (strings.json), checked with zod at load: both
// languages must have exactly the same keys, so a missing French line fails the build's tests, not a user.
import { z } from 'zod';
import data from './strings.json' with { type: 'json' };

export type UiLanguage = 'en' | 'fr';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'fr'];
/** Each language's name in itself, for the setting's list. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };

const Table = z.record(z.string(), z.string().min(1));
const StringsFile = z.object({ $comment: z.string().optional(), en: Table, fr: Table }).strict().superRefine((f, ctx) => {
  const en = Object.keys(f.en).sort().join();
  const fr = Object.keys(f.fr).sort().join();
  if (en !== fr) ctx.addIssue({ code: 'custom', message: 'strings.json: English and French must have the same keys' });
});

const STRINGS = StringsFile.parse(data);
export type StringKey = keyof typeof data.en;

/** The interface text for a key, with {name} placeholders filled in. */
export function t(lang: UiLanguage, key: StringKey, vars: Record<string, string | number> = {}): string {
  const s = STRINGS[lang][key] ?? STRINGS.en[key]!;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The interface language a pane starts with: the stored choice, else Office's display language. */
export function defaultUiLanguage(stored: UiLanguage | undefined, displayLanguage: string | undefined): UiLanguage {
  return stored ?? (/^fr\b/i.test(displayLanguage ?? '') ? 'fr' : 'en');
}
