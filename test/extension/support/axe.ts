// axe-core (WCAG 2.0/2.1/2.2 A and AA) injected into an extension page: its violations, one line each.
import axe from 'axe-core';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// wcag21a as well: WCAG 2.2 AA includes 2.1's level A, where label-content-name-mismatch (2.5.3) sits.
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on a page, one line each: rule, impact, first targets. */
export async function violations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axe.source);
  const res = await p.evaluate(async (tags) => {
    const a = (window as unknown as { axe: typeof axe }).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: tags } });
    return { passed: r.passes.length, lines: r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) };
  }, TAGS);
  // The rules really ran on the page (a blank page passes only a handful).
  expect(res.passed).toBeGreaterThan(8);
  return res.lines;
}
