// The Excel task pane's own words in English and French (strings.json), checked at load by the core's string
// table (both languages have the same keys), and the pane's interface language: the shared setting
// interfaceLanguage (common/settings.ts, the same as Word's), else Office's display language.
import data from './strings.json' with { type: 'json' };
import { countedTable, stringTable, uiLanguageFor, type UiLanguage } from '../../../core/i18n/strings-table.ts';

export type { UiLanguage };
export type ExcelKey = keyof typeof data.en;

/** The pane's text for a key, with {name} placeholders filled in. */
export const t = stringTable(data, 'excel/strings.json');

/** A counted text: the key's "…One" form for a singular count (1 in English; 0 and 1 in French), {n} filled in. */
export const tn = countedTable(t, data.en);

/** The interface language the pane starts with: the stored choice, else Office's display language ("fr-FR"). */
export function excelUiLanguage(stored: UiLanguage | undefined, displayLanguage: string | undefined): UiLanguage {
  return uiLanguageFor(stored, displayLanguage);
}
