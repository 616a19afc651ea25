// Moving through a review (core/report/review.ts): a filter and a text search over its items, next / previous
// under that filter, and the filter bar's counts. Pure functions: a surface binds its keys to them.
import { pillarFamily, FAMILIES, type Family } from '../lexicon/pillars.ts';
import { findingFlags, reviewKind, type Review, type ReviewItem } from './review.ts';
import type { Flag, ReviewKind } from '../lexicon/labels.ts';
import type { Finding, Severity } from '../schema.ts';

/** What a surface shows. Every field is optional: an empty filter shows everything but procedural mentions. */
export interface ReviewFilter {
  /** Gaps, findings or both (default both). */
  types?: readonly ReviewItem['type'][];
  /** Finding kinds (default: every kind but procedural, i.e. what the counts count). */
  kinds?: readonly ReviewKind[];
  /** Pillar families; a gap matches through its concepts' families (keyword gaps always match). */
  families?: readonly Family[];
  /** Gap severities (findings are not filtered by it). */
  severities?: readonly Severity[];
  /** Only gender-specific findings. */
  genderSpecific?: boolean;
  /** Findings that carry every one of these flags. */
  flags?: readonly Flag[];
  /** Text search: every word must occur in the item's labels or sentence (case and accents ignored). */
  query?: string;
}

export const DEFAULT_KINDS: readonly ReviewKind[] = ['task', 'advice', 'context', 'negated'];

/** Lower case, accents and apostrophe variants folded: « Égalité » finds "egalite". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

const haystacks = new WeakMap<ReviewItem, string>();

function haystack(it: ReviewItem): string {
  let h = haystacks.get(it);
  if (h === undefined) {
    const parts = it.type === 'gap'
      ? [it.title, it.headline, it.kindLabel, it.severityLabel, it.gap.rule, it.reason, it.basis, it.suggestion, it.suggestionTranslation ?? '', it.gap.reason, it.gap.basis, ...(it.gap.concepts ?? [])]
      : [it.text, ...it.concepts.flatMap((c) => [c.label, c.id])];
    h = fold(parts.join('\n'));
    haystacks.set(it, h);
  }
  return h;
}

function queryWords(q: string | undefined): string[] {
  return q ? fold(q).split(/\s+/).filter(Boolean) : [];
}

function findingMatches(f: Finding, flt: ReviewFilter, kinds: readonly ReviewKind[], families: readonly Family[] | undefined): boolean {
  if (f.reference) return false;
  if (!kinds.includes(reviewKind(f))) return false;
  if (families && !families.includes(pillarFamily(f.pillar))) return false;
  if (flt.genderSpecific && !(f.genderSpecific && !f.negated)) return false;
  if (flt.flags?.length) {
    const own = findingFlags(f);
    if (!flt.flags.every((x) => own.includes(x))) return false;
  }
  return true;
}

/** Does the item pass the filter? A finding item passes when one of its findings passes every finding facet. */
export function matchesFilter(it: ReviewItem, flt: ReviewFilter = {}): boolean {
  return matchWith(it, flt, flt.kinds ?? DEFAULT_KINDS, flt.families, queryWords(flt.query));
}

function matchWith(it: ReviewItem, flt: ReviewFilter, kinds: readonly ReviewKind[], families: readonly Family[] | undefined, words: string[]): boolean {
  if (flt.types && !flt.types.includes(it.type)) return false;
  if (it.type === 'gap') {
    if (flt.severities && !flt.severities.includes(it.severity)) return false;
    if (families && it.families.length && !it.families.some((f) => families.includes(f))) return false;
  } else if (!it.findings.some((f) => findingMatches(f, flt, kinds, families))) {
    return false;
  }
  if (words.length) {
    const h = haystack(it);
    if (!words.every((w) => h.includes(w))) return false;
  }
  return true;
}

/** The items a filter shows, in review order. */
export function filterItems(review: Review, flt: ReviewFilter = {}): ReviewItem[] {
  const kinds = flt.kinds ?? DEFAULT_KINDS;
  const words = queryWords(flt.query);
  return review.items.filter((it) => matchWith(it, flt, kinds, flt.families, words));
}

export interface NavOptions { /** Go round from the last item to the first (and back). Default false: null at the ends. */ wrap?: boolean }

/**
 * The next item the filter shows after `currentId` (the first one when currentId is null or unknown);
 * null past the last one unless `wrap`. The current item need not pass the filter itself.
 */
export function next(review: Review, currentId: string | null, flt: ReviewFilter = {}, opts: NavOptions = {}): ReviewItem | null {
  return step(review, currentId, flt, 1, opts.wrap ?? false);
}

/** The previous item the filter shows before `currentId` (the last one when currentId is null or unknown). */
export function previous(review: Review, currentId: string | null, flt: ReviewFilter = {}, opts: NavOptions = {}): ReviewItem | null {
  return step(review, currentId, flt, -1, opts.wrap ?? false);
}

function step(review: Review, currentId: string | null, flt: ReviewFilter, dir: 1 | -1, wrap: boolean): ReviewItem | null {
  const items = review.items;
  const n = items.length;
  if (n === 0) return null;
  const kinds = flt.kinds ?? DEFAULT_KINDS;
  const words = queryWords(flt.query);
  const at = currentId === null ? -1 : indexOf(review, currentId);
  const start = at < 0 ? (dir === 1 ? -1 : n) : at;
  for (let k = 1; k <= n; k++) {
    let i = start + dir * k;
    if (i < 0 || i >= n) {
      if (!wrap || at < 0) return null;
      i = (i + n) % n;
    }
    const it = items[i]!;
    if (matchWith(it, flt, kinds, flt.families, words)) return it;
  }
  return null;
}

const indexes = new WeakMap<readonly ReviewItem[], Map<string, number>>();

/** Position of an item id in review.items (-1 when unknown); the id map is built once per review. */
function indexOf(review: Review, id: string): number {
  let m = indexes.get(review.items);
  if (!m) {
    m = new Map(review.items.map((it, i) => [it.id, i]));
    indexes.set(review.items, m);
  }
  return m.get(id) ?? -1;
}

/** The item with this id, or undefined. */
export function itemById(review: Review, id: string): ReviewItem | undefined {
  const i = indexOf(review, id);
  return i < 0 ? undefined : review.items[i];
}

/**
 * Counts for a filter bar, each facet counted with the other facets applied (so choosing one never makes
 * another's number lie). Numbers count FINDINGS (the unit of the charts and the CLI), never sentences:
 * with the default filter, byFamily[f] equals review.counts.byFamily[f].findings and `findings` equals
 * review.counts.findings. `items` is how many list entries (sentences and gaps) the filter shows.
 */
export interface FilterCounts {
  findings: number;
  items: number;
  gaps: number;
  byKind: Record<ReviewKind, number>;
  byFamily: Record<Family, number>;
}

export function filterCounts(review: Review, flt: ReviewFilter = {}): FilterCounts {
  const kinds = flt.kinds ?? DEFAULT_KINDS;
  const words = queryWords(flt.query);
  const byKind = { task: 0, advice: 0, context: 0, negated: 0, procedural: 0 } as Record<ReviewKind, number>;
  const byFamily = {} as Record<Family, number>;
  for (const fam of FAMILIES) byFamily[fam] = 0;
  let findings = 0;
  let items = 0;
  let gaps = 0;
  const allKinds: readonly ReviewKind[] = ['task', 'advice', 'context', 'negated', 'procedural'];
  for (const it of review.items) {
    if (it.type === 'gap') {
      if (matchWith(it, flt, kinds, flt.families, words)) { items++; gaps++; }
      continue;
    }
    if (flt.types && !flt.types.includes('finding')) continue;
    if (words.length && !words.every((w) => haystack(it).includes(w))) continue;
    let shown = false;
    for (const f of it.findings) {
      if (f.reference) continue;
      // This finding under the other facets, for each facet's own counts.
      if (findingMatches(f, flt, allKinds, flt.families)) byKind[reviewKind(f)]++;
      if (findingMatches(f, flt, kinds, undefined)) byFamily[pillarFamily(f.pillar)]++;
      if (findingMatches(f, flt, kinds, flt.families)) { findings++; shown = true; }
    }
    if (shown) items++;
  }
  return { findings, items, gaps, byKind, byFamily };
}

