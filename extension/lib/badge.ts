// The toolbar badge after a scan: what needs the reader first. For a document type with expectations
// (a profile with rules, so a score), the number of high gaps; for one without (generic, reports,
// news…: score null) the number of gender-specific findings, since there are no gaps to count.
// Pure: the background applies it with browser.action.
import { findingKind } from '../../core/lexicon/pillars.ts';
import type { Report } from '../../core/schema.ts';
import { trCount, trIn, type UiLanguage } from './i18n.ts';

export interface Badge { text: string; color: string; title: string }

const RED = '#a4262c';
const GREEN = '#1b7a3a';
const BLUE = '#0b5cad';
/** A badge shows about four characters. */
const MAX = 999;

const num = (n: number): string => (n > MAX ? `${MAX}+` : String(n));

/** Findings counted when there are no expectations: gender-specific, stated (not negated), WPS content, in the text proper. */
export function genderSpecificCount(report: Pick<Report, 'findings'>): number {
  return report.findings.filter((f) => f.genderSpecific && !f.reference && findingKind(f) !== 'negated' && findingKind(f) !== 'procedural').length;
}

export function badgeFor(report: Pick<Report, 'findings' | 'gaps' | 'coverage'>, lang: UiLanguage = 'en'): Badge {
  if (report.coverage.score !== null) {
    const high = report.gaps.filter((g) => g.severity === 'high').length;
    return {
      text: num(high),
      color: high > 0 ? RED : GREEN,
      title: trIn(lang, 'badgeGaps', {
        high: trCount(high, 'badgeHighOne', 'badgeHigh', lang),
        gaps: trCount(report.gaps.length, 'badgeGapOne', 'badgeGapMany', lang),
      }),
    };
  }
  const n = genderSpecificCount(report);
  return {
    text: num(n),
    color: BLUE,
    title: trIn(lang, 'badgeFindings', { findings: trCount(n, 'badgeFindingOne', 'badgeFindingMany', lang) }),
  };
}

