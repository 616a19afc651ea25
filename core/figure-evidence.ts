// Which concept a stated share of women is evidence of (cues.json figureEvidence): staffing figures of
// a mission show gender balance is reported, host-nation figures political participation, except where
// the group counted is a peace process's negotiators, mediators, signatories or witnesses: those are
// women in the peace process (figureEvidenceByGroup).
import cueData from './data/cues.json' with { type: 'json' };

const BY_CATEGORY = cueData.figureEvidence as Record<string, string>;
const BY_GROUP: { concept: string; starts: string[] }[] = Object.entries(cueData.figureEvidenceByGroup as Record<string, unknown>)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .map(([concept, starts]) => ({ concept, starts: starts.map((s) => s.toLowerCase()) }));

/** The concept a share of women of this category and group is evidence of, if any. */
export function figureConcept(category: string, group: string): string | undefined {
  const byCategory = BY_CATEGORY[category];
  if (!byCategory || category === '$comment') return undefined;
  const words = group.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const g of BY_GROUP) if (words.some((w) => g.starts.some((s) => w.startsWith(s)))) return g.concept;
  return byCategory;
}
