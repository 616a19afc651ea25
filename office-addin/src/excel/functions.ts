// Excel custom functions, namespace WPS (set in manifest.xml). The build generates functions.json
// from the JSDoc below (custom-functions-metadata); the logic lives in compute.ts, testable without
// Excel. Each function is a thin wrapper: Excel values in, compute, CellError → CustomFunctions.Error.
import { engine, isCellError, type Out } from './compute.ts';

/** The part of Excel's custom-functions runtime used here (present only inside Excel). */
interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

function runtime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

function toExcel(v: Out): unknown {
  if (!isCellError(v)) return v;
  const cf = runtime();
  if (!cf) return `#${v.code === 'notAvailable' ? 'N/A' : 'VALUE!'} ${v.message}`;
  return new cf.Error(cf.ErrorCode[v.code], v.message);
}

function grid(v: Out[][] | Out): unknown[][] {
  return Array.isArray(v) ? v.map((row) => row.map(toExcel)) : [[toExcel(v)]];
}

/**
 * Score (0–100) of a text against its document profile: rules met count 1, met only in annexes or as advice ½, missing 0; required rules double. #N/A for types without rules.
 * @customfunction SCORE
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @param {string} [profile] Document profile, e.g. "mandate", "oporder"; "auto" or empty detects it.
 * @returns {any[][]} The score of each document (empty cells stay empty).
 */
export function score(text: unknown[][], profile?: string): unknown[][] {
  return grid(engine().score(text, profile));
}

/**
 * The score and how it was made, in one line (e.g. "Score 44/100 — 3 of 24 rules met, 15 only in annexes…"), or the coverage summary for types without rules.
 * @customfunction SCOREBASIS
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @param {string} [profile] Document profile, e.g. "mandate", "oporder"; "auto" or empty detects it.
 * @returns {any[][]} One line per document (empty cells stay empty).
 */
export function scoreBasis(text: unknown[][], profile?: string): unknown[][] {
  return grid(engine().scoreBasis(text, profile));
}

/**
 * Number of findings of a WPS concept or pillar in a text, not counting negated mentions. A range gives one count per cell.
 * @customfunction COUNT
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @param {string} concept_or_pillar A concept id (e.g. "gender-adviser"), a pillar (e.g. "participation", "crsv") or its label.
 * @returns {any[][]} The count for each document (empty cells stay empty).
 */
export function count(text: unknown[][], concept_or_pillar: string): unknown[][] {
  return grid(engine().count(text, concept_or_pillar));
}

/**
 * WPS concepts found in a text, spilled: concept, pillar, count (not negated), strongest form (task, advice or context), negated count. A range adds up its documents.
 * @customfunction CONCEPTS
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @returns {any[][]} One row per concept found.
 */
export function concepts(text: unknown[][]): unknown[][] {
  return grid(engine().concepts(text));
}

/**
 * Required and recommended items of a profile that a text does not meet, spilled: concept, level, kind, severity, documents missing it, reason, suggestion.
 * @customfunction GAPS
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @param {string} profile Document profile, e.g. "mandate", "oporder", or "auto".
 * @returns {any[][]} One row per gap, required first.
 */
export function gaps(text: unknown[][], profile: string): unknown[][] {
  return grid(engine().gaps(text, profile));
}

/**
 * Share-of-women figures stated in a text, spilled: percent, group, category.
 * @customfunction FIGURES
 * @param {any[][]} text A cell or a range of cells; each non-empty cell is one document.
 * @returns {any[][]} One row per figure, in cell order.
 */
export function figures(text: unknown[][]): unknown[][] {
  return grid(engine().figures(text));
}

/**
 * What changed in the WPS language between two versions, spilled with a header row: status (added, removed, kept, strengthened, weakened, moved), pillar, concept, old words, new words, places, note.
 * @customfunction COMPARE
 * @param {any[][]} old_version The old version: a cell, or a range whose cells are its paragraphs in order.
 * @param {any[][]} new_version The new version: a cell, or a range whose cells are its paragraphs in order.
 * @param {string} [profile] Document profile both versions are read as, e.g. "mandate" or "oporder"; empty or "auto" detects it.
 * @param {string} [language] "en" or "fr" to read both versions in that language; empty or "auto" detects it.
 * @returns {any[][]} A header row, then one row per WPS provision of either version.
 */
export function compareVersions(old_version: unknown[][], new_version: unknown[][], profile?: string, language?: string): unknown[][] {
  return grid(engine().compare(old_version, new_version, profile, language));
}

/** Ids as in the JSDoc tags above (functions.json); Excel shows them as WPS.<ID>. */
export const FUNCTIONS = { SCORE: score, SCOREBASIS: scoreBasis, COUNT: count, CONCEPTS: concepts, GAPS: gaps, FIGURES: figures, COMPARE: compareVersions } as const;

/** Register with Excel; outside Excel (tests, the Word pane) there is no runtime and nothing to do. */
export function registerFunctions(): boolean {
  const cf = runtime();
  if (!cf) return false;
  for (const [id, fn] of Object.entries(FUNCTIONS)) cf.associate(id, fn as (...args: never[]) => unknown);
  return true;
}

registerFunctions();
