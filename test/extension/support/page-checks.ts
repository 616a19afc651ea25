// Checks the options and panel tests share: axe-core (WCAG 2.2 AA tags, as e2e-axe.test.ts) and
// elements sticking out of the window (as e2e-layout.test.ts), in light and dark.
import type { Page } from 'playwright-core';

export { AXE_TAGS, axeViolations } from '../../support/axe.ts';

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
