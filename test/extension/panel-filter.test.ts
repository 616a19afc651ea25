// The side panel's filter bar and rows are the core's review under the core's filter: the same findings
// counted, the same items shown, each section's header counting its own shown findings.
import { describe, expect, it } from 'vitest';
import { analyze, buildReview, filterCounts, filterItems } from '../../core/index.ts';
import { defaultFilter, facetCounts, panelView, toReviewFilter } from '../../extension/lib/panel-filter.ts';
import { sampleText } from './support/sample-html.ts';

const text = sampleText('oporder-sector-west');
const review = buildReview({ report: analyze(text, { source: 'order.txt' }), text });

describe('panel filter over the review', () => {
  it('lists what filterItems shows, in review order, with the core’s counts', () => {
    for (const p of [defaultFilter(), { ...defaultFilter(), kinds: ['task' as const] }, { ...defaultFilter(), family: 'gender-perspective' as const }, { ...defaultFilter(), query: 'gender adviser' }]) {
      const v = panelView(review, p);
      const items = filterItems(review, toReviewFilter(p));
      expect(v.gaps.map((g) => g.id)).toEqual(items.filter((i) => i.type === 'gap').map((i) => i.id));
      const rows = v.rows.filter((r) => r.type === 'item');
      expect(rows.map((r) => r.key)).toEqual(items.filter((i) => i.type === 'finding').map((i) => i.id));
      expect(v.counts).toEqual(filterCounts(review, toReviewFilter(p)));
      // Section headers add up to the findings shown.
      const headed = v.rows.reduce((s, r) => s + (r.type === 'group' ? r.findings : 0), 0);
      expect(headed).toBe(v.counts.findings);
      expect(v.findingRows).toBe(rows.length);
    }
  });

  it('the default shows every counted finding; the pillar facet ignores its own choice', () => {
    const v = panelView(review, defaultFilter());
    expect(v.counts.findings).toBe(review.counts.findings);
    expect(v.gaps.length).toBe(review.gaps.length);
    const c = facetCounts(review, { ...defaultFilter(), family: 'protection' });
    expect(c.allFamilies).toBe(review.counts.findings);
    expect(c.byFamily.protection).toBe(review.counts.byFamily.protection.findings);
    expect(Object.values(c.byFamily).reduce((a, b) => a + b, 0)).toBe(review.counts.findings);
    expect(toReviewFilter({ query: '  ', kinds: ['task'], family: 'all' })).toEqual({ kinds: ['task'] });
  });
});
