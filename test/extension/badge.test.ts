// The toolbar badge: high gaps for a document type with expectations, gender-specific findings
// (stated, WPS content, in the text proper) for one without; capped to what a badge can show.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import type { Finding, Gap, Report } from '../../core/schema.ts';
import { badgeFor, genderSpecificCount } from '../../extension/lib/badge.ts';

const gap = (severity: Gap['severity']): Gap => ({ rule: `r-${severity}`, severity, kind: 'missing', reason: 'r', basis: 'b', suggestion: 's' });
const finding = (over: Partial<Finding>): Finding => ({
  concept: 'c', pillar: 'participation', genderSpecific: true, start: 0, end: 1, text: 'w', sentence: { start: 0, end: 1 },
  strength: { verbClass: null, level: 0, mode: 'context' }, negated: false, scopeLimited: false, boilerplate: false, procedural: false, unverified: false,
  ...over,
} as Finding);
const report = (score: number | null, gaps: Gap[], findings: Finding[] = []): Pick<Report, 'findings' | 'gaps' | 'coverage'> =>
  ({ findings, gaps, coverage: { byPillar: {}, bySection: {}, score } as unknown as Report['coverage'] });

describe('badgeFor', () => {
  it.each([
    { name: 'two high of four', score: 40, gaps: ['high', 'medium', 'high', 'low'] as const, text: '2', color: '#a4262c', title: /2 high gaps, 4 gaps in all/ },
    { name: 'one high', score: 10, gaps: ['high'] as const, text: '1', color: '#a4262c', title: /1 high gap, 1 gap in all/ },
    { name: 'only medium', score: 80, gaps: ['medium', 'low'] as const, text: '0', color: '#1b7a3a', title: /0 high gaps, 2 gaps in all/ },
    { name: 'score 0 still has expectations', score: 0, gaps: [] as const, text: '0', color: '#1b7a3a', title: /0 high gaps, 0 gaps in all/ },
  ])('with expectations: $name', ({ score, gaps, text, color, title }) => {
    const b = badgeFor(report(score, gaps.map(gap), [finding({})]));
    expect(b.text).toBe(text);
    expect(b.color).toBe(color);
    expect(b.title).toMatch(title);
  });

  it('without expectations counts gender-specific findings that are stated, WPS content and not references', () => {
    const fs = [
      finding({}), finding({ strength: { verbClass: 'directive', level: 4, mode: 'task' } }), finding({ boilerplate: true }),
      finding({ genderSpecific: false }), finding({ negated: true }), finding({ procedural: true }), finding({ reference: true }),
    ];
    expect(genderSpecificCount({ findings: fs })).toBe(3);
    const b = badgeFor(report(null, [gap('high')], fs));
    expect(b).toEqual({ text: '3', color: '#0b5cad', title: expect.stringMatching(/^WPS Lens: 3 gender-specific findings \(no expectations/) });
    expect(badgeFor(report(null, [], [finding({})])).title).toMatch(/1 gender-specific finding \(/);
    expect(badgeFor(report(null, [], [])).text).toBe('0');
  });

  it('says its title in the interface language, with French singulars for 0 and 1', () => {
    expect(badgeFor(report(40, [gap('high'), gap('medium')], [finding({})]), 'fr').title)
      .toBe('WPS Lens : 1 lacune élevée, 2 lacunes en tout — ouvrez le panneau latéral pour la revue');
    expect(badgeFor(report(80, [gap('medium')], [finding({})]), 'fr').title).toMatch(/^WPS Lens : 0 lacune élevée, 1 lacune en tout/);
    expect(badgeFor(report(null, [], [finding({}), finding({})]), 'fr').title).toMatch(/^WPS Lens : 2 constats propres au genre \(aucune attente/);
    expect(badgeFor(report(null, [], [finding({})]), 'en').title).toBe(badgeFor(report(null, [], [finding({})])).title);
  });

  it.each([[999, '999'], [1000, '999+'], [1500, '999+']])('caps %i high gaps as %s', (n, text) => {
    expect(badgeFor(report(1, Array.from({ length: n }, () => gap('high')))).text).toBe(text);
  });

  it('reads a real analysis: an order with no WPS language has high gaps; the same text as generic counts findings', () => {
    const text = 'OPERATION ORDER 4/26\n\n1. SITUATION\n\nArmed groups raid the river villages.\n\n2. MISSION\n\nThe battalion secures the river crossing.\n\n3. EXECUTION\n\nThe engineers will repair the bridge. The gender adviser will brief the patrols.';
    const order = analyze(text, { profile: 'oporder' });
    expect(order.coverage.score).not.toBeNull();
    const high = order.gaps.filter((g) => g.severity === 'high').length;
    expect(high).toBeGreaterThan(0);
    expect(badgeFor(order).text).toBe(String(high));
    const generic = analyze(text, { profile: 'generic' });
    expect(generic.coverage.score).toBeNull();
    expect(genderSpecificCount(generic)).toBeGreaterThan(0);
    expect(badgeFor(generic).text).toBe(String(generic.findings.filter((f) => f.genderSpecific && !f.negated && !f.procedural && !f.reference).length));
  });
});
