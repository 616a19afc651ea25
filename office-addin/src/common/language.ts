// The pane's language names and choices come from the core (shared with the extension's side panel).
export { choiceLabel, LANGUAGE_CHOICES, languageLabel, type LanguageChoice } from '../../../core/text/language.ts';
