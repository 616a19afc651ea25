// The side panel and the options page at 320, 400 and 500 px, light and dark: nothing wider than the
// window (no sideways scroll), finding cards wide enough to read, styled buttons, the colour legend,
// the page's highlights drawn by underline style (negated not struck through). Screenshots at 320 and
// 400 px, light and dark, go to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/corpus.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';

export const SHOTS = join(repoRoot, 'docs/screenshots');
const lens = useExtension();

/** Elements sticking out of the window on the right, and the page's sideways scroll. */
async function overflow(p: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return p.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > vw + 0.5;
    }).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} → ${Math.round(e.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, client: vw, wide };
  });
}

describe('layout', () => {
  it('side panel: no sideways scroll from 320 to 500 px, readable cards, legend; screenshots light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // The project's fictional order plus one sentence of ours that states an absence.
    const html = sampleHtml('oporder-sector-west', 'Operation order 02/25 – Operation Steady Harvest')
      .replace('</main>', '<p id="neg">No gender adviser is assigned to the battalion for this operation.</p></main>');
    lens.server.pages.set('/order.html', { type: 'text/html; charset=utf-8', body: html });
    const { page, tabId } = await lens.openWithAction('/order.html');
    const report = await lens.scanReport<{ findings: { text: string; negated: boolean }[] }>(tabId);
    expect(report.findings.some((f) => f.negated)).toBe(true);

    const panel = await lens.openPanel(tabId);
    // The review's first step (n): the first gap open with its suggestion, as a newcomer sees it.
    await panel.bringToFront();
    await panel.keyboard.press('n');
    await panel.locator('#gaps li.current .sugg-text').waitFor();
    for (const width of [320, 400, 500]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.setViewportSize({ width, height: 900 });
        await panel.emulateMedia({ colorScheme });
        const o = await overflow(panel);
        expect(o.wide, `${width}px ${colorScheme}`).toEqual([]);
        expect(o.scroll).toBeLessThanOrEqual(o.client);
        // Cards take most of the width (no one-word-a-line cards), and the title is not broken mid-word.
        const cards = await panel.locator('#findings .row.finding button.go').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().width));
        expect(Math.min(...cards)).toBeGreaterThan(width * 0.5);
        const h1 = await panel.locator('h1').evaluate((e) => e.getBoundingClientRect().height);
        expect(h1).toBeLessThan(30);
        // The sticky header stays at the top when the panel scrolls.
        await panel.locator('#findings-h').evaluate((e) => e.scrollIntoView());
        expect(await panel.locator('#review-head').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBe(0);
        if (width !== 500) {
          await panel.evaluate(() => window.scrollTo(0, 0));
          await panel.screenshot({ path: join(SHOTS, `panel-${width}-${colorScheme}.png`) });
          await panel.locator('#findings-h').evaluate((e) => e.scrollIntoView());
          await panel.screenshot({ path: join(SHOTS, `panel-findings-${width}-${colorScheme}.png`) });
        }
      }
    }
    // Dark mode really changes the panel, and buttons are styled (not the browser's grey).
    await panel.emulateMedia({ colorScheme: 'dark' });
    const dark = await panel.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.getElementById('scan')!).backgroundColor]);
    await panel.emulateMedia({ colorScheme: 'light' });
    const light = await panel.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.getElementById('scan')!).borderRadius]);
    expect(dark[0]).toBe('rgb(21, 23, 27)');
    expect(light[0]).toBe('rgb(255, 255, 255)');
    expect(light[1]).toBe('6px');
    expect(dark[1]).not.toBe('rgb(239, 239, 239)');

    // The legend names the five pillars and the four underline styles.
    const legend = (await panel.locator('#legend').textContent())!;
    for (const t of ['Participation', 'Protection', 'Prevention', 'Relief and recovery', 'Gender perspective', 'Binding task (solid)', 'Advice or encouragement (dashed)', 'Context or weak mention (dotted)', 'Stated as absent (double)']) expect(legend).toContain(t);

    // On the page: the negated finding is drawn with a double underline on grey, not a strike-through.
    const neg = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
        if (!name.endsWith('-negated')) continue;
        for (const r of h) if (document.getElementById('neg')!.contains(r.startContainer)) {
          const s = getComputedStyle(document.getElementById('neg')!, `::highlight(${name})`);
          return { name, text: r.toString(), line: s.textDecorationLine, style: s.textDecorationStyle };
        }
      }
      return null;
    });
    expect(neg).toMatchObject({ text: 'gender adviser', line: 'underline', style: 'double' });
    await panel.close();
    await page.close();
  });

  it('unscanned panel and options page: no sideways scroll at 320 px; screenshots light and dark', async () => {
    lens.server.pages.set('/plain.html', { type: 'text/html', body: sampleHtml('conops', 'Concept of operations') });
    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/plain.html');
    const tabId = await lens.tabIdOf(lens.server.origin + '/plain.html');
    const panel = await lens.b.context.newPage();
    await panel.goto(`chrome-extension://${lens.b.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('#site-access').waitFor();
    const options = await lens.openOptions();
    await options.locator('fieldset').first().waitFor();
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const [name, p] of [['unscanned', panel], ['options', options]] as const) {
          await p.setViewportSize({ width, height: name === 'options' ? 900 : 640 });
          await p.emulateMedia({ colorScheme });
          const o = await overflow(p);
          expect(o.wide, `${name} ${width}px ${colorScheme}`).toEqual([]);
          expect(o.scroll).toBeLessThanOrEqual(o.client);
          await p.screenshot({ path: join(SHOTS, `${name}-${width}-${colorScheme}.png`) });
        }
      }
    }
    await Promise.all([panel.close(), options.close(), page.close()]);
  });
});
