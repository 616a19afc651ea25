// The extension's interface language: the user's setting (options, "Interface language"), else the
// browser's. Every extension page and the background set it once from the settings and again when they
// change; tr() then speaks it. The words are strings.json (English and French, same keys).
import { browser } from 'wxt/browser';
import data from './strings.json' with { type: 'json' };
import { isOne, stringTable, uiLanguageFor, type UiLanguage } from '../../core/i18n/strings-table.ts';
import type { Settings } from './settings.ts';

export { UI_LANGUAGES, UI_LANGUAGE_NAMES, type UiLanguage } from '../../core/i18n/strings-table.ts';
export type StringKey = keyof typeof data.en;

const table = stringTable(data, 'extension/lib/strings.json');
let current: UiLanguage = 'en';

/** The browser's own display language ("fr-FR"), where the browser says it. */
export function browserLanguage(): string | undefined {
  try { return browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language; } catch { return globalThis.navigator?.language; }
}

/** The language the settings ask for ("auto" follows the browser). */
export function uiLanguageOf(settings: Pick<Settings, 'interfaceLanguage'> | undefined, host: string | undefined = browserLanguage()): UiLanguage {
  return uiLanguageFor(settings?.interfaceLanguage, host);
}

/** Sets the language tr() speaks; on a page, also its lang attribute (screen readers pronounce by it). */
export function setUiLanguage(lang: UiLanguage, doc?: Document): void {
  current = lang;
  if (doc) doc.documentElement.lang = lang;
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** The interface text for a key in the current language, {name} placeholders filled in. */
export function tr(key: StringKey, vars?: Record<string, string | number>): string {
  return table(current, key, vars);
}

/** A count's words, singular or plural: French says 0 and 1 in the singular, English only 1. */
export function trCount(n: number, one: StringKey, many: StringKey, lang: UiLanguage = current): string {
  return table(lang, isOne(lang, n) ? one : many, { n });
}

/** The same in a given language (the background speaks for pages whose language it knows). */
export function trIn(lang: UiLanguage, key: StringKey, vars?: Record<string, string | number>): string {
  return table(lang, key, vars);
}
