// Coverage per pillar and per section, and the profile score.
import type { Coverage, Finding, PillarCoverage, PillarId, Profile } from './schema.ts';
import { PILLAR_IDS, WPS_PILLARS } from './schema.ts';

export function coverage(findings: Finding[], profile: Profile | undefined, keywordPresent: (words: string[]) => boolean): Coverage {
  const byPillar = {} as Record<PillarId, PillarCoverage>;
  const conceptSets = {} as Record<PillarId, Set<string>>;
  for (const p of PILLAR_IDS) {
    byPillar[p] = { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
    conceptSets[p] = new Set();
  }
  const bySectionSets = new Map<string, { pillars: Set<PillarId>; concepts: Set<string> }>();
  const present = new Set<string>();

  for (const f of findings) {
    if (f.procedural) continue;
    const c = byPillar[f.pillar];
    c.findings++;
    if (f.negated) { c.negated++; continue; }
    if (f.strength.mode === 'task') c.tasks++;
    else if (f.strength.mode === 'advice') c.advice++;
    conceptSets[f.pillar].add(f.concept);
    present.add(f.concept);
    if (f.section) {
      let s = bySectionSets.get(f.section);
      if (!s) { s = { pillars: new Set(), concepts: new Set() }; bySectionSets.set(f.section, s); }
      s.pillars.add(f.pillar);
      s.concepts.add(f.concept);
    }
  }
  for (const p of PILLAR_IDS) byPillar[p].concepts = [...conceptSets[p]].sort();
  const bySection: Coverage['bySection'] = {};
  for (const [id, s] of bySectionSets) bySection[id] = { pillars: [...s.pillars], concepts: [...s.concepts].sort() };

  return { byPillar, bySection, score: score(profile, present, keywordPresent, byPillar) };
}

/**
 * Share of the profile's required (weight 2) and recommended (weight 1) rules met by a
 * non-negated finding anywhere. A profile without rules (generic) scores the breadth of the five
 * WPS pillars instead, so the number still means "how much of the agenda the text touches".
 */
function score(
  profile: Profile | undefined,
  present: Set<string>,
  keywordPresent: (words: string[]) => boolean,
  byPillar: Record<PillarId, PillarCoverage>,
): number {
  const rules = profile?.rules ?? [];
  if (rules.length === 0) {
    const covered = WPS_PILLARS.filter((p) => byPillar[p].concepts.length > 0).length;
    return Math.round((covered / WPS_PILLARS.length) * 100);
  }
  let total = 0;
  let got = 0;
  for (const r of rules) {
    const w = r.level === 'required' ? 2 : 1;
    total += w;
    const met = (r.concepts ?? []).some((c) => present.has(c)) || (r.keywords?.length ? keywordPresent(r.keywords) : false);
    if (met) got += w;
  }
  return Math.round((got / total) * 100);
}
