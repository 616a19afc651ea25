// Words the Word and Excel panes share (strings.json): the rule packs section, lexicon file messages, the
// interface language setting. Checked at load by the core's string table: both languages have the same keys.
import data from './strings.json' with { type: 'json' };
import { profileLabel } from '../../../core/index.ts';
import { stringTable, uiLanguageFor, UI_LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../../../core/i18n/strings-table.ts';
import { h } from './dom.ts';

export { UI_LANGUAGES, UI_LANGUAGE_NAMES, uiLanguageFor, type UiLanguage };
export type CommonKey = keyof typeof data.en;

/** The shared interface text for a key, with {name} placeholders filled in. */
export const tc = stringTable(data, 'common/strings.json');

/**
 * A document type's name for a list: in English the lexicon's own (longer) label, in French the core's
 * French name; a pack's type the core does not know keeps its pack's label.
 */
export function profileName(id: string, ui: UiLanguage, lexiconLabel?: string): string {
  return ui === 'en' ? lexiconLabel ?? profileLabel(id, 'en') : profileLabel(id, ui, lexiconLabel);
}

/** The stored choice as the setting's select shows it: a language, or "auto" (Office's display language). */
export type UiChoice = UiLanguage | 'auto';

/**
 * The "Interface language" select both panes show: Automatic (Office's display language), English, Français.
 * Each language's name is written in itself (with its lang attribute); "Automatic" in the interface's language.
 */
export function uiLanguageSelect(id: string, ui: UiLanguage, stored: UiLanguage | undefined, onPick: (choice: UiChoice) => void): HTMLSelectElement {
  const chosen: UiChoice = stored ?? 'auto';
  return h('select', { id, onchange: (e: Event) => onPick((e.target as HTMLSelectElement).value as UiChoice) },
    h('option', { value: 'auto', selected: chosen === 'auto' }, tc(ui, 'uiAuto')),
    UI_LANGUAGES.map((l) => h('option', { value: l, lang: l, selected: chosen === l }, UI_LANGUAGE_NAMES[l])));
}
