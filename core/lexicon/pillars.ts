// How surfaces present pillars and findings: labels, colour families, and plain-language descriptions.
// The data lives in data/pillars.json; every surface (extension, Word, Excel, exports) reads it here.
import { z } from 'zod';
import data from '../data/pillars.json' with { type: 'json' };
import { PILLAR_IDS, WPS_PILLARS, type Finding, type PillarId, type Report } from '../schema.ts';

const Hex = z.string().regex(/^#[0-9a-f]{6}$/i);
const PillarData = z.object({
  families: z.record(z.enum(WPS_PILLARS), z.object({ label: z.string(), line: Hex, fill: Hex, why: z.string() })),
  pillars: z.record(z.enum(PILLAR_IDS), z.object({ family: z.enum(WPS_PILLARS), label: z.string() })),
  negated: z.object({ line: Hex }),
  text: Hex,
});
const DATA = PillarData.parse(data);

export type Family = (typeof WPS_PILLARS)[number];

export interface PillarStyle {
  family: Family;
  /** Underline/border colour: ≥ 3:1 against white and against the fill. */
  line: string;
  /** Background tint: dark text on it keeps ≥ 4.5:1. */
  fill: string;
  /** Text colour to use on the fill. */
  text: string;
}

export const NEGATED_LINE = DATA.negated.line;
export const FAMILIES = WPS_PILLARS;

export function pillarFamily(p: PillarId): Family {
  return DATA.pillars[p]?.family ?? 'gender-perspective';
}

export function pillarLabel(p: PillarId): string {
  return DATA.pillars[p]?.label ?? p;
}

export function familyLabel(f: Family): string {
  return DATA.families[f]!.label;
}

export function pillarStyle(p: PillarId | Family): PillarStyle {
  const family = pillarFamily(p);
  const f = DATA.families[family]!;
  return { family, line: f.line, fill: f.fill, text: DATA.text };
}

/** A family's share of the report's coverage: the pillars' counts added up, their concepts merged. */
export interface FamilyCoverage { findings: number; tasks: number; advice: number; negated: number; concepts: string[] }

/**
 * coverage.byPillar summed per colour family, for the surfaces' coverage charts: the same counts as the
 * report and the CLI (procedural mentions left out, negated ones counted in `findings` and in
 * `negated`, concepts only from mentions that are not negated), whatever the surface.
 */
export function familyCoverage(report: Pick<Report, 'coverage'>): Record<Family, FamilyCoverage> {
  const out = {} as Record<Family, FamilyCoverage>;
  const concepts = {} as Record<Family, Set<string>>;
  for (const fam of FAMILIES) { out[fam] = { findings: 0, tasks: 0, advice: 0, negated: 0, concepts: [] }; concepts[fam] = new Set(); }
  for (const p of PILLAR_IDS) {
    const c = report.coverage.byPillar[p];
    if (!c) continue;
    const fam = pillarFamily(p);
    const t = out[fam];
    t.findings += c.findings; t.tasks += c.tasks; t.advice += c.advice; t.negated += c.negated;
    for (const id of c.concepts) concepts[fam].add(id);
  }
  for (const fam of FAMILIES) out[fam].concepts = [...concepts[fam]].sort();
  return out;
}

/** Why the pillar matters, in one sentence (hover cards, comments). */
export function pillarWhy(p: PillarId): string {
  return DATA.families[pillarFamily(p)]!.why;
}

/**
 * The one kind a surface draws a finding as, most telling first: a negated mention, then procedural
 * or boilerplate mentions, then how it is said (binding task, advice, or context).
 */
export type FindingKind = 'negated' | 'procedural' | 'boilerplate' | 'task' | 'advice' | 'context';
export const FINDING_KINDS: readonly FindingKind[] = ['task', 'advice', 'context', 'negated', 'boilerplate', 'procedural'];

export function findingKind(f: Finding): FindingKind {
  if (f.negated) return 'negated';
  if (f.procedural) return 'procedural';
  if (f.boilerplate) return 'boilerplate';
  return f.strength.mode;
}

/** Weak findings (drawn lighter): advice, context, boilerplate, procedural, unverified or scope-limited. */
export function isWeak(f: Finding): boolean {
  const k = findingKind(f);
  if (k === 'negated') return false; // drawn as negated, not as weak
  return k !== 'task' || f.unverified || f.scopeLimited;
}

/** WCAG relative luminance contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
