// A surface's choices (the document type and language picked in the Word pane, the extension's page
// settings, the CLI's --profile and --language) as compare() options, mapped in one place so every
// surface compares the same two texts the same way: "auto" leaves the choice to detection, a language
// picked is both the language the texts are read in and the language of the summary.
import type { Lexicon } from '../lexicon/compile.ts';
import type { Dismissal } from '../analysis/dismiss.ts';
import type { LanguageChoice } from '../text/language.ts';
import type { CompareOptions } from './compare.ts';

export interface CompareChoice {
  lexicon?: Lexicon;
  /** A profile id, or "auto" (detected). */
  profile?: string;
  language?: LanguageChoice;
  dismissals?: readonly Dismissal[];
  oldSource?: string;
  newSource?: string;
}

export function compareOptions(c: CompareChoice): CompareOptions {
  return {
    ...(c.lexicon ? { lexicon: c.lexicon } : {}),
    ...(c.profile && c.profile !== 'auto' ? { profile: c.profile } : {}),
    ...(c.language && c.language !== 'auto' ? { language: c.language, summaryLanguage: c.language } : {}),
    ...(c.dismissals?.length ? { dismissals: c.dismissals } : {}),
    ...(c.oldSource ? { oldSource: c.oldSource } : {}),
    ...(c.newSource ? { newSource: c.newSource } : {}),
  };
}
