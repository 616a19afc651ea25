// Comparing two versions of a document (issue 15): the API every surface draws.
export { compare, compareVersions, compareSeries, prepareVersion, hasWeakening, type CompareOptions } from './compare.ts';
export type { CompareInput, Version, Unit, PrepareOptions } from './provisions.ts';
export { DEFAULT_THRESHOLD, type AlignOptions } from './align.ts';
export { compareOptions, type CompareChoice } from './choices.ts';
export * from './schema.ts';
export { noteFor, where as citeLabel } from './summary.ts';
export { changeStatusLabel, COMPARISON_FORMATS, formatComparison, formatSeries, type ComparisonFormat } from './format.ts';
