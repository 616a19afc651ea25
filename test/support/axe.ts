// axe-core (WCAG 2.0/2.1/2.2 A and AA) injected into a page of the browser tests (extension pages and
// task panes alike): its violations, one line each (rule, impact, first targets).
import axe from 'axe-core';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// wcag21a as well: WCAG 2.2 AA includes 2.1's level A, where label-content-name-mismatch (2.5.3) sits.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations, one line each, and how many rules passed. */
export async function axeViolations(p: Page): Promise<{ passed: number; lines: string[] }> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axe.source);
  return p.evaluate(async (tags) => {
    const a = (window as unknown as { axe: typeof axe }).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: tags } });
    return { passed: r.passes.length, lines: r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) };
  }, AXE_TAGS);
}

/** The violations, once the rules are seen to have run on the page (a blank page passes only a handful). */
export async function violations(p: Page): Promise<string[]> {
  const res = await axeViolations(p);
  expect(res.passed).toBeGreaterThan(8);
  return res.lines;
}
