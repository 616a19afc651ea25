// Which concept a stated share of women is evidence of (cues.json figureEvidence): staffing figures of
// a mission show gender balance is reported, host-nation figures political participation, unless the
// group counted says otherwise (figureEvidenceByGroup): a peace process's negotiators or signatories
// are women in the peace process, a national army's soldiers women in its security institutions.
import cueData from '../data/cues.json' with { type: 'json' };

const BY_CATEGORY = cueData.figureEvidence as Record<string, string>;
const RULES = cueData.figureEvidenceByGroup.rules.map((r) => ({
  concept: r.concept, categories: new Set(r.categories), starts: r.starts.map((s) => s.toLowerCase()),
}));

/** The concept a share of women of this category, counted in this group, is evidence of, if any. */
export function figureConcept(category: string, group: string): string | undefined {
  if (category === '$comment' || !Object.hasOwn(BY_CATEGORY, category)) return undefined;
  const words = group.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const r of RULES) {
    if (r.categories.has(category) && words.some((w) => r.starts.some((s) => w.startsWith(s)))) return r.concept;
  }
  return BY_CATEGORY[category];
}
