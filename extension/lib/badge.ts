// The toolbar badge after a scan: what needs the reader first. For a document type with expectations
// (a profile with rules, so a score), the number of high gaps; for one without (generic, reports,
// news…: score null) the number of gender-specific findings, since there are no gaps to count.
// Pure: the background applies it with browser.action.
import { findingKind } from '../../core/lexicon/pillars.ts';
import type { Report } from '../../core/schema.ts';

export interface Badge { text: string; color: string; title: string }

const RED = '#a4262c';
const GREEN = '#1b7a3a';
const BLUE = '#0b5cad';
/** A badge shows about four characters. */
const MAX = 999;

const num = (n: number): string => (n > MAX ? `${MAX}+` : String(n));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Findings counted when there are no expectations: gender-specific, stated (not negated), WPS content, in the text proper. */
export function genderSpecificCount(report: Pick<Report, 'findings'>): number {
  return report.findings.filter((f) => f.genderSpecific && !f.reference && findingKind(f) !== 'negated' && findingKind(f) !== 'procedural').length;
}

export function badgeFor(report: Pick<Report, 'findings' | 'gaps' | 'coverage'>): Badge {
  if (report.coverage.score !== null) {
    const high = report.gaps.filter((g) => g.severity === 'high').length;
    return {
      text: num(high),
      color: high > 0 ? RED : GREEN,
      title: `WPS Lens: ${plural(high, 'high gap', 'high gaps')}, ${plural(report.gaps.length, 'gap', 'gaps')} in all — open the side panel to review`,
    };
  }
  const n = genderSpecificCount(report);
  return {
    text: num(n),
    color: BLUE,
    title: `WPS Lens: ${plural(n, 'gender-specific finding', 'gender-specific findings')} (no expectations for this document type) — open the side panel to review`,
  };
}

export const DEFAULT_TITLE = 'Scan this page with WPS Lens';
