// The Word pane's analysis: the document's paragraphs (read.ts) as the core's blocks, with the pane's
// choices. One function, so the test that holds every surface to the same report calls what the pane calls.
import { analyze, type Dismissal, type Lexicon, type Report, type TextBlock } from '../../../core/index.ts';
import type { LanguageChoice } from '../common/language.ts';

export interface ParagraphOptions {
  profile: string;
  language: LanguageChoice;
  lexicon: Lexicon;
  dismissals: readonly Dismissal[];
}

export function analyzeParagraphs(blocks: readonly TextBlock[], o: ParagraphOptions): Report {
  return analyze(blocks, { source: 'Word document', profile: o.profile, language: o.language, lexicon: o.lexicon, dismissals: o.dismissals });
}
