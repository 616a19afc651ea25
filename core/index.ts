// The core's public API: every surface (CLI, extension, Word, Excel) imports from here.
export { analyze, type AnalyzeOptions } from './analyze.ts';
export { loadLexicon, loadLexiconAsync, LexiconError, type Lexicon, type LexiconSource, type CompiledConcept } from './lexicon/compile.ts';
export { loadInflection, inflectionLoaded, InflectionNotLoaded } from './lexicon/forms.ts';
export { findFigures, type OtherFigure } from './analysis/figures.ts';
export * from './schema.ts';
export { Dismissal, Dismissals, dismissalFilter, dismissOnce, type OnceDismissal } from './analysis/dismiss.ts';
export * from './lexicon/pillars.ts';
export * from './report/format.ts';
export { analyzeStream, StreamingAnalysis, type StreamOptions } from './stream.ts';
export { languageLabel, choiceLabel, LANGUAGE_CHOICES, type LanguageChoice } from './text/language.ts';
export { brief, Brief, BriefItem, BriefSource, BriefKind, type BriefOptions } from './brief/brief.ts';
export * from './brief/format.ts';
export * from './packs/index.ts';
export * from './lexicon/labels.ts';
export * from './report/review.ts';
export { adviceLanguage, ruleText, gapReason, gapInLanguage, withBuiltinFrench, BUILTIN_FRENCH, RuleTranslationsFile, type AdviceLanguage, type RuleText } from './report/advice.ts';
export * from './compare/index.ts';
export * from './report/review-nav.ts';
