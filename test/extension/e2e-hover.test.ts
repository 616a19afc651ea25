// End to end in real Chromium: the hover card over a highlighted finding (concept, pillar, how it is
// said, why it matters) — also over the middle nodes of a finding spread over several elements — and
// hostile text (markup in the page, its title and a custom lexicon label) shown as text, never run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeFinding } from '../../core/report/describe.ts';
import type { Finding } from '../../core/schema.ts';
import { defaultSettings, SETTINGS_KEY } from '../../extension/lib/settings.ts';
import { cardBox, hoverCard, setStored } from './support/browser.ts';
import { useExtension } from './support/session.ts';
import { repoRoot } from '../support/corpus.ts';

const SHOTS = join(repoRoot, 'docs/screenshots');
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

  it('by keyboard: Next in the side panel shows the finding\'s card beside its words in the page; scrolling away hides it', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Line ${i + 1}: the convoy keeps to the main road.</p>`).join('');
    lens.server.pages.set('/keys.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>keys</title></head><body style="font-size:18px">
      ${filler}<p id="far">Each company will appoint a <span id="gfp">gender focal point</span> before deployment.</p>${filler}</body></html>` });
    const { page, tabId } = await lens.openWithAction('/keys.html');
    const report = await lens.scanReport<{ findings: Finding[] }>(tabId);
    const gfp = report.findings.find((f) => f.text === 'gender focal point')!;
    expect(gfp).toBeDefined();
    const panel = await lens.openPanel(tabId);
    await page.bringToFront(); // the page is the visible tab beside the panel, as in the browser
    expect(await hoverCard(page)).toBeNull(); // no card before the reader asks for one

    // Through the review with the keyboard alone, until the page shows the card of a finding.
    let card: Awaited<ReturnType<typeof hoverCard>> = null;
    for (let i = 0; i < 30 && !card?.shown; i++) {
      await panel.keyboard.press('n');
      await new Promise((r) => setTimeout(r, 150));
      card = await hoverCard(page);
    }
    expect(card?.shown, 'Next never showed a card in the page').toBe(true);
    expect(card!.text.split('\n')[0]).toBe(describeFinding(gfp).title);
    // The page scrolled to the words, and the card sits just below (or above) them, not over them.
    const words = (await page.locator('#gfp').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(words.y).toBeGreaterThan(0);
    expect(words.y + words.height).toBeLessThan(viewport.height);
    const box = (await cardBox(page))!;
    expect(box.y >= words.y + words.height || box.y + box.height <= words.y).toBe(true);
    expect(Math.abs(box.x - words.x)).toBeLessThan(40);
    // The page as a keyboard reader sees it (the card has its own colours whatever the page's scheme).
    await page.screenshot({ path: join(SHOTS, 'hover-card-keyboard.png'), clip: { x: 0, y: Math.max(0, words.y - 120), width: Math.min(viewport.width, 720), height: 300 } });
    // Scrolling the page under it hides it, as for a hovered card.
    await page.evaluate(() => window.scrollBy(0, 300));
    await expect.poll(async () => (await hoverCard(page))?.shown, { timeout: 3000 }).toBe(false);
    await panel.close();
    await page.close();
  });
});
