// Which packs take effect on a desk, given the settings in force (policy.ts): the whole selection when it
// loads, else each part in order (built-ins, the organisation's packs, the user's), kept when it loads
// with those before it. A refused pack is named with the core's message and the rest still apply: one
// tampered pack must not switch off an organisation's other rules. Shared by the extension and the panes.
import { LexiconError } from '../lexicon/compile.ts';
import { loadInflection } from '../lexicon/forms.ts';
import { compilePacks, resolvePacks, type PackSource, type ResolvedPacks } from './load.ts';
import type { Effective } from './policy.ts';

export interface InForce {
  resolved: ResolvedPacks;
  /** The organisation's part of the selection that loaded (built-in ids and its packs). */
  base: (string | PackSource)[];
  /** The user's packs that loaded; the others are in problems. */
  accepted: PackSource[];
  /** One line per problem (the policy's own, then refused packs), each said once. */
  problems: string[];
}

export const issuesOf = (err: unknown): string[] => (err instanceof LexiconError ? err.issues.map(String) : [(err as Error).message]);

/** Resolves (signatures) and compiles (conflicts) a selection; throws with the core's lines. */
export async function checkPacks(selected: readonly (string | PackSource)[], keys: Effective['keys']): Promise<ResolvedPacks> {
  const r = await resolvePacks(selected, { keys });
  if (r.packs.length) {
    await loadInflection(); // the packs' own English phrases are inflected (forms.ts)
    compilePacks(r); // a pack that clashes with another is refused here, not at analysis
  }
  return r;
}

/** `userPacks`: the user's sources as given to effectiveSettings (the tail of `effective.selected` when allowed). */
export async function packsInForce(effective: Effective, userPacks: readonly PackSource[]): Promise<InForce> {
  const problems = [...effective.problems];
  const userPart = effective.allowUserPacks ? userPacks : [];
  const users = new Set<unknown>(userPart);
  try {
    const resolved = await checkPacks(effective.selected, effective.keys);
    return { resolved, base: effective.selected.filter((s) => !users.has(s)), accepted: [...userPart], problems };
  } catch { /* find which parts fail, below */ }
  let resolved: ResolvedPacks = { ordered: [], packs: [] };
  const kept: (string | PackSource)[] = [];
  for (const s of effective.selected) {
    try {
      resolved = await checkPacks([...kept, s], effective.keys);
      kept.push(s);
    } catch (err) {
      problems.push(...issuesOf(err));
    }
  }
  // A problem common to all (an unusable organisation key) is said once.
  return { resolved, base: kept.filter((s) => !users.has(s)), accepted: kept.filter((s): s is PackSource => users.has(s)), problems: [...new Set(problems)] };
}
