// Checks the options and panel tests share: axe-core (WCAG 2.2 AA tags, as e2e-axe.test.ts) and
// elements sticking out of the window (as e2e-layout.test.ts), in light and dark.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations, one line each (rule, impact, first targets), and how many rules passed. */
export async function axeViolations(p: Page): Promise<{ passed: number; lines: string[] }> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axe.source);
  return p.evaluate(async (tags) => {
    const a = (window as unknown as { axe: typeof axe }).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: tags } });
    return { passed: r.passes.length, lines: r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) };
  }, AXE_TAGS);
}

/** Elements of #app wider than the window, and the page's sideways scroll. */
export async function overflow(p: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return p.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('#app *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > vw + 0.5;
    }).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} → ${Math.round(e.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, client: vw, wide };
  });
}
