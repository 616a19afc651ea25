// An interface's own words in English and French (a surface's strings.json), checked with zod when it
// loads: both languages must have exactly the same keys, so a missing French line fails the tests, not a
// user. Shared by the extension and the Office panes; the review's own labels are lexicon/labels.ts.
import { z } from 'zod';

export type UiLanguage = 'en' | 'fr';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'fr'];
/** Each language's name in itself, for the setting's list. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };

/** The interface language: the user's choice, else the host's (browser or Office) display language. */
export function uiLanguageFor(choice: UiLanguage | 'auto' | undefined, hostLanguage: string | undefined): UiLanguage {
  if (choice === 'en' || choice === 'fr') return choice;
  return /^fr\b/i.test(hostLanguage ?? '') ? 'fr' : 'en';
}

/** Whether a count takes the singular: 1 in English; 0 and 1 in French. */
export function isOne(lang: UiLanguage, n: number): boolean {
  return lang === 'fr' ? n <= 1 : n === 1;
}

export type Translate<K extends string> = (lang: UiLanguage, key: K, vars?: Record<string, string | number>) => string;

/**
 * A counted look-up over a table: for a singular count the key's "…One" form when the file has one
 * ("gapsOne": "{n} gap" / « {n} lacune »), else the key itself; {n} is filled in.
 */
export function countedTable<K extends string>(t: Translate<K>, en: Record<string, string>): (lang: UiLanguage, key: K, n: number, vars?: Record<string, string | number>) => string {
  return (lang, key, n, vars = {}) => t(lang, (isOne(lang, n) && `${key}One` in en ? `${key}One` : key) as K, { n, ...vars });
}

/** Validates a strings file ({ en: {...}, fr: {...} }) and returns its look-up, with {name} placeholders filled in. */
export function stringTable<T extends { en: Record<string, string> }>(data: T, file: string): Translate<Extract<keyof T['en'], string>> {
  const Table = z.record(z.string(), z.string().min(1));
  const parsed = z.object({ $comment: z.string().optional(), en: Table, fr: Table }).strict().superRefine((f, ctx) => {
    const en = Object.keys(f.en).sort();
    const fr = new Set(Object.keys(f.fr));
    const missing = en.filter((k) => !fr.has(k));
    const extra = [...fr].filter((k) => !(k in f.en));
    if (missing.length || extra.length) {
      ctx.addIssue({ code: 'custom', message: `${file}: English and French must have the same keys (French lacks ${missing.join(', ') || 'none'}; has extra ${extra.join(', ') || 'none'})` });
    }
  }).parse(data);
  return (lang, key, vars = {}) => {
    const s = parsed[lang][key] ?? parsed.en[key] ?? key;
    return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  };
}
