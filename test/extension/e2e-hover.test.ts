// End to end in real Chromium: the hover card over a highlighted finding (concept, pillar, how it is
// said, why it matters) — also over the middle nodes of a finding spread over several elements — and
// hostile text (markup in the page, its title and a custom lexicon label) shown as text, never run.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeFinding } from '../../core/lexicon/pillars.ts';
import type { Finding } from '../../core/schema.ts';
import { defaultSettings, SETTINGS_KEY } from '../../extension/lib/settings.ts';
import { hoverCard, setStored } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const HOSTILE = '<img src=x onerror="window.__xss=1;document.title=\'pwned\'">';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A custom concept whose label is markup: the hover card and the panel must show it as text.
const lens = useExtension(async ({ ext }) => {
  const settings = defaultSettings();
  settings.lexicon = { name: 'hostile.json', data: { concepts: [{ id: 'test-blue-line', label: HOSTILE, pillar: 'protection', genderSpecific: false, terms: { en: ['blue line'] } }] } };
  await setStored(ext, SETTINGS_KEY, settings);
});

/** Moves the mouse to the middle of an element's text and returns the card shown then. */
async function hoverOver(page: Page, selector: string): Promise<{ shown: boolean; text: string; tags: string[] }> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let card: Awaited<ReturnType<typeof hoverCard>> = null;
  await expect.poll(async () => (card = await hoverCard(page))?.shown ?? false, { timeout: 3000 }).toBe(true);
  return card!;
}

describe('hover card and hostile text', () => {
  it('describes the finding under the mouse, on every node of a finding spread over elements, as text only', async () => {
    lens.server.pages.set('/hover.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>${esc(HOSTILE)}</title></head><body style="font-size:20px">
      <p id="one">The battalion will report on <b>conflict-related</b> <i>sexual</i> <u>violence</u> every week.</p>
      <p id="two">Units will hold the <span id="bl">blue line</span> near the camp. Leaflet text: ${esc(HOSTILE)} was found.</p>
      <p id="plain">Fuel trucks move at night.</p></body></html>` });
    const { page, tabId } = await lens.openWithAction('/hover.html');
    const report = await lens.scanReport<{ findings: Finding[] }>(tabId);
    const crsv = report.findings.find((f) => f.text === 'conflict-related sexual violence')!;
    const blue = report.findings.find((f) => f.concept === 'test-blue-line')!;
    expect(crsv).toBeDefined();
    expect(blue).toBeDefined();

    // The middle node (<i>sexual</i>) of a finding spread over three elements, then its first and last.
    for (const sel of ['#one i', '#one b', '#one u']) {
      const card = await hoverOver(page, sel);
      const d = describeFinding(crsv);
      expect(card.text.split('\n')[0]).toBe(d.title);
      expect(card.text).toContain(d.pillar);
      expect(card.text).toContain(d.how);
      expect(card.text).toContain(d.why);
    }
    // Off any finding, the card hides.
    await page.mouse.move(5, (await page.locator('#plain').boundingBox())!.y + 5);
    await expect.poll(async () => (await hoverCard(page))?.shown, { timeout: 3000 }).toBe(false);

    // The markup label is shown literally; the card holds only its own text divs.
    const card = await hoverOver(page, '#bl');
    expect(card.text.split('\n')[0]).toBe(HOSTILE);
    expect([...new Set(card.tags)]).toEqual(['div']);

    // Dismissable: Escape hides it; so does scrolling the page under it (it does not float over other text).
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await hoverCard(page))?.shown, { timeout: 3000 }).toBe(false);
    await page.evaluate(() => { document.body.style.minHeight = '3000px'; });
    await hoverOver(page, '#bl');
    await page.evaluate(() => window.scrollBy(0, 400));
    await expect.poll(async () => (await hoverCard(page))?.shown, { timeout: 3000 }).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));

    // The side panel shows the hostile title and label as text too.
    const panel = await lens.openPanel(tabId);
    expect(await panel.locator('.meta').textContent()).toContain(HOSTILE);
    expect(await panel.locator('#findings').textContent()).toContain(HOSTILE);
    expect(await panel.locator('img').count()).toBe(0);
    expect(await panel.locator('#findings button.go', { hasText: HOSTILE.slice(0, 12) }).count()).toBe(1);

    // No script ran anywhere and the would-be image was never requested.
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.title()).toBe(HOSTILE);
    expect(await panel.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(lens.b.requests.filter((u) => /\/x$/.test(u))).toEqual([]);
    await panel.close();
    await page.close();
  });
});
