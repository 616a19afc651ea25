// The side panel's language choices and names; the names come from the core (shared with the Office panes).
import { choiceLabel, LANGUAGE_CHOICES as CHOICES } from '../../core/text/language.ts';
import type { LanguageChoice } from './messages.ts';

export { languageLabel } from '../../core/text/language.ts';

export const LANGUAGE_CHOICES: readonly { value: LanguageChoice; label: string }[] = CHOICES.map((value) => ({ value, label: choiceLabel(value) }));
