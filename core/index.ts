// The core's public API: every surface (CLI, extension, Word, Excel) imports from here.
export { analyze, type AnalyzeOptions } from './analyze.ts';
export { loadLexicon, loadLexiconAsync, LexiconError, type Lexicon, type LexiconSource, type CompiledConcept } from './compile.ts';
export { loadInflection, inflectionLoaded, InflectionNotLoaded } from './forms.ts';
export { findFigures, type OtherFigure } from './figures.ts';
export * from './schema.ts';
export { Dismissal, Dismissals, dismissalFilter, dismissOnce, type OnceDismissal } from './dismiss.ts';
export * from './pillars.ts';
export * from './format.ts';
export { analyzeStream, StreamingAnalysis, type StreamOptions } from './stream.ts';
export { languageLabel, choiceLabel, LANGUAGE_CHOICES, type LanguageChoice } from './language.ts';
export { brief, Brief, BriefItem, BriefSource, BriefKind, type BriefOptions } from './brief.ts';
export * from './brief-format.ts';
export * from './packs/index.ts';
export * from './labels.ts';
export * from './review.ts';
export { adviceLanguage, ruleText, gapReason, gapInLanguage, withBuiltinFrench, BUILTIN_FRENCH, RuleTranslationsFile, type AdviceLanguage, type RuleText } from './advice.ts';
export * from './compare/index.ts';
export * from './review-nav.ts';
