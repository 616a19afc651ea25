// The side panel's filter bar over the core's review (core/report/review-nav.ts): what the person chose
// (search words, finding kinds, one pillar), turned into the core's ReviewFilter, and the rows the
// findings list draws (a header per document section, then its sentences). Every number comes from the
// core's filterCounts, so the panel counts findings exactly as the CLI, Word and the charts do.
import { DEFAULT_KINDS, filterCounts, filterItems, type FilterCounts, type ReviewFilter } from '../../core/report/review-nav.ts';
import type { FindingItem, GapItem, Review } from '../../core/report/review.ts';
import type { ReviewKind } from '../../core/lexicon/labels.ts';
import type { Family } from '../../core/lexicon/pillars.ts';

export interface PanelFilter {
  /** Search words (every word must occur; case and accents ignored). */
  query: string;
  /** Finding kinds shown (the core's default: every kind but procedural). */
  kinds: readonly ReviewKind[];
  /** One pillar family, or all. */
  family: Family | 'all';
}

export function defaultFilter(): PanelFilter {
  return { query: '', kinds: [...DEFAULT_KINDS], family: 'all' };
}

export function toReviewFilter(p: PanelFilter): ReviewFilter {
  return {
    kinds: p.kinds,
    ...(p.family !== 'all' ? { families: [p.family] } : {}),
    ...(p.query.trim() ? { query: p.query } : {}),
  };
}

/** One row of the findings list: a section header, or one sentence with its findings. */
export type PanelRow =
  | { type: 'group'; key: string; label: string; annex: boolean; findings: number }
  | { type: 'item'; key: string; item: FindingItem; ordinal: number };

export interface PanelView {
  filter: ReviewFilter;
  /** The core's counts for the filter bar (findings, never sentences). */
  counts: FilterCounts;
  gaps: GapItem[];
  rows: PanelRow[];
  /** Finding rows only, in list order (for aria-setsize and arrow keys). */
  findingRows: number;
}

/** What the panel lists under a filter: the gaps it shows, then each section's shown sentences under a header. */
export function panelView(review: Review, p: PanelFilter): PanelView {
  const filter = toReviewFilter(p);
  const shown = new Set(filterItems(review, filter).map((it) => it.id));
  const gaps = review.gaps.filter((g) => shown.has(g.id));
  const rows: PanelRow[] = [];
  let ordinal = 0;
  for (const g of review.groups) {
    const items = g.items.filter((it) => shown.has(it.id));
    if (items.length === 0) continue;
    // The group's findings under the same filter, counted by the core (a group is a slice of the review).
    const findings = filterCounts({ ...review, items }, filter).findings;
    rows.push({ type: 'group', key: `g:${g.id}`, label: g.label, annex: g.annex, findings });
    for (const item of items) rows.push({ type: 'item', key: item.id, item, ordinal: ++ordinal });
  }
  return { filter, counts: filterCounts(review, filter), gaps, rows, findingRows: ordinal };
}

/** Counts per kind and per pillar for the filter bar: each facet with the other facets applied (the core's rule). */
export function facetCounts(review: Review, p: PanelFilter): { byKind: FilterCounts['byKind']; byFamily: FilterCounts['byFamily']; allFamilies: number } {
  const c = filterCounts(review, toReviewFilter(p));
  const allFamilies = filterCounts(review, toReviewFilter({ ...p, family: 'all' })).findings;
  return { byKind: c.byKind, byFamily: c.byFamily, allFamilies };
}
