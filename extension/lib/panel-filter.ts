// Side-panel filtering: by pillar family and by kind, with counts that stay right as filters change
// (each filter's counts are computed with the other filter applied).
import { FAMILIES, findingKind, pillarFamily, type Family, type FindingKind } from '../../core/lexicon/pillars.ts';
import type { Finding, Report } from '../../core/schema.ts';

export interface Filters { family: Family | 'all'; kind: FindingKind | 'all' }

export function matches(f: Finding, flt: Filters): boolean {
  return (flt.family === 'all' || pillarFamily(f.pillar) === flt.family) && (flt.kind === 'all' || findingKind(f) === flt.kind);
}

export function applyFilters(findings: readonly Finding[], flt: Filters): Finding[] {
  return findings.filter((f) => matches(f, flt));
}

/** Counts per family (under the current kind filter) and per kind (under the current family filter). */
export function filterCounts(findings: readonly Finding[], flt: Filters): { family: Record<string, number>; kind: Record<string, number> } {
  const family: Record<string, number> = { all: 0 };
  const kind: Record<string, number> = { all: 0 };
  for (const fam of FAMILIES) family[fam] = 0;
  for (const f of findings) {
    const fam = pillarFamily(f.pillar);
    const k = findingKind(f);
    if (flt.kind === 'all' || k === flt.kind) { family[fam]!++; family.all!++; }
    if (flt.family === 'all' || fam === flt.family) { kind[k] = (kind[k] ?? 0) + 1; kind.all!++; }
  }
  return { family, kind };
}

/** Findings grouped by the section they sit in, in document order; "Other" for findings without one. */
export function groupBySection(report: Report, findings: readonly Finding[]): { id: string; label: string; findings: Finding[] }[] {
  const sections = new Map(report.structure.map((s) => [s.id, s]));
  const groups = new Map<string, { id: string; label: string; findings: Finding[] }>();
  for (const f of findings) {
    const id = f.section ?? '';
    let g = groups.get(id);
    if (!g) {
      const s = sections.get(id);
      const label = s ? [s.kind === 'operative' || s.kind === 'preambular' ? `${s.kind} paragraph` : s.kind, s.number, s.title].filter(Boolean).join(' ') : 'Other';
      g = { id, label, findings: [] };
      groups.set(id, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()];
}
