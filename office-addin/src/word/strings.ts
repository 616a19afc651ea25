// The Word pane's own words in English and French (strings.json), checked at load by the core's string
// table: both languages must have exactly the same keys.
import data from './strings.json' with { type: 'json' };
import { countedTable, stringTable, uiLanguageFor, type UiLanguage } from '../../../core/i18n/strings-table.ts';

export { isOne, UI_LANGUAGES, UI_LANGUAGE_NAMES, type UiLanguage } from '../../../core/i18n/strings-table.ts';
export type StringKey = keyof typeof data.en;

/** The interface text for a key, with {name} placeholders filled in. */
export const t = stringTable(data, 'word/strings.json');


/** A counted text: the key's "…One" form for a singular count (when strings.json has one), {n} filled in. */
export const tn = countedTable(t, data.en);

/** The interface language a pane starts with: the stored choice, else Office's display language. */
export function defaultUiLanguage(stored: UiLanguage | undefined, displayLanguage: string | undefined): UiLanguage {
  return uiLanguageFor(stored, displayLanguage);
}
