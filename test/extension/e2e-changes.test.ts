// End to end in real Chromium: the side panel's Changes view. A page of our own sentences is scanned,
// edited in place (a WPS paragraph removed, a verb softened, a paragraph added) and scanned again; the
// view compares it with its earlier scan: the counts and the summary are the core's compare() on the two
// texts, the removed provision is listed with its old text (markup shown as text), the added one is
// highlighted in the page where its words are (its own highlight, a line over the words), and "Forget
// this page's history" removes the kept scans. Also: comparing with another tab's scan, the options'
// "Page history" (count, Forget all), axe on the view, screenshots at 320 and 400 px, light and dark.
import { violations } from '../support/axe.ts';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compare, type Comparison } from '../../core/index.ts';
import type { TextBlock } from '../../core/schema.ts';
import { highlightTexts } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension();
const SHOTS = 'docs/screenshots';

// Our own mandate-like text, version 1.
const V1 = `<!doctype html><html lang="en"><head><title>Sector mandate (draft)</title>
<style>body{font:16px/1.5 serif;margin:1rem}@media (prefers-color-scheme:dark){body{background:#15171b;color:#e6edf3}}</style></head><body>
<h1>Sector mandate</h1>
<p id="p1">1. Decides that the mission shall appoint women protection advisers in every sector office.</p>
<p id="p2">2. Requests the mission to ensure the full, equal and meaningful participation of women in the local peace committees.</p>
<p id="p3">3. Requests the mission to report on conflict-related sexual violence every six months &lt;img src=x onerror="window.__pwned=1"&gt;.</p>
<p id="p4">4. Requests the mission to repair the bridge at the river crossing before the rainy season.</p>
</body></html>`;

declare const chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };

const blocksOf = async (tabId: number): Promise<TextBlock[]> => {
  const s = await lens.send<{ blocks?: TextBlock[] }>({ type: 'get-state', tabId, blocks: true });
  return s.blocks!;
};
const historyKeys = (ext: Page): Promise<string[]> => ext.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('wpsLens.history:')));

/** The counts the view shows, by status. */
async function shownCounts(panel: Page): Promise<Record<string, number>> {
  return panel.locator('#changes-counts li').evaluateAll((lis) => Object.fromEntries(lis.map((li) => [li.getAttribute('data-status'), Number(li.querySelector('.ch-n')!.textContent)])));
}
const coreCounts = (c: Comparison) => ({ added: c.counts.added, removed: c.counts.removed, strengthened: c.counts.strengthened, weakened: c.counts.weakened, kept: c.counts.kept, moved: c.counts.moved });


async function compareIn(panel: Page, optionText?: RegExp): Promise<void> {
  const sel = panel.locator('#changes-with');
  await sel.waitFor();
  if (optionText) {
    const value = await sel.locator('option').evaluateAll((os, src) => os.find((o) => new RegExp(src).test(o.textContent ?? ''))?.getAttribute('value'), optionText.source);
    await sel.selectOption(value!);
  }
  await panel.locator('#changes-compare').click();
  await expect.poll(async () => (await panel.locator('#changes-status').textContent()) ?? '').toMatch(/^Compared/);
  await panel.locator('#changes-summary').waitFor();
}

describe('side panel: Changes view', () => {
  it('scan, edit, rescan: the changes are the core’s, the added provision is highlighted, removed ones listed with their old text; forget removes the history', async () => {
    lens.server.pages.set('/mandate.html', { type: 'text/html', body: V1 });
    const { page, tabId } = await lens.openWithAction('/mandate.html');
    await lens.scanReport(tabId);
    const oldBlocks = await blocksOf(tabId);
    const panel = await lens.openPanel(tabId);

    // No earlier scan yet: the view says how to get one.
    await panel.locator('#show-changes').click();
    expect(await panel.locator('#show-changes').getAttribute('aria-expanded')).toBe('true');
    await panel.locator('#changes-none').waitFor();

    // Edit the page as a redraft would: drop the CRSV paragraph, soften "Requests" to "Encourages", add one.
    await page.evaluate(() => {
      document.getElementById('p3')!.remove();
      const p2 = document.createElement('p');
      p2.id = 'p2';
      p2.textContent = '2. Encourages the mission to ensure the full, equal and meaningful participation of women in the local peace committees.';
      document.getElementById('p2')!.replaceWith(p2);
      const p5 = document.createElement('p');
      p5.id = 'p5';
      p5.textContent = '5. Decides that every patrol base shall include a gender focal point trained on the prevention of sexual exploitation and abuse.';
      document.body.append(p5);
    });
    await panel.locator('#scan').click();
    // The status line is always there (sticky header): wait for the rescan's own answer.
    await expect.poll(async () => (await panel.locator('#status').textContent()) ?? '').toMatch(/\d+ findings, \d+ gaps\./);
    const newBlocks = await blocksOf(tabId);
    expect(newBlocks.map((b) => b.text).join('\n')).toContain('Encourages the mission');
    expect(newBlocks.map((b) => b.text).join('\n')).not.toContain('every six months');

    await panel.locator('#changes-with option').first().waitFor({ state: 'attached' });
    expect(await panel.locator('#changes-with optgroup[label="Earlier scans of this address"] option').count()).toBe(1);
    await compareIn(panel);

    // The panel shows the core's comparison of the two texts: the same counts, statuses and summary.
    const sides = (await panel.locator('.ch-sides').textContent())!;
    const oldLabel = sides.split(' → ')[0]!.replace(/^T/, 't');
    const expected = compare(oldBlocks, newBlocks, { oldSource: oldLabel, newSource: 'this page' });
    expect(await shownCounts(panel)).toEqual(coreCounts(expected));
    expect(await panel.locator('#changes-summary').textContent()).toBe(expected.summary);
    const statuses = await panel.locator('#changes-result li.ch-item').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')).sort());
    expect(statuses).toEqual(expected.changes.map((c) => c.status).sort());
    // And what the edits did, in the core's words.
    expect(expected.counts).toMatchObject({ added: 1, removed: 1, weakened: 1 });
    const weakened = expected.changes.find((c) => c.status === 'weakened')!;
    expect(weakened.pillars).toContain('participation');

    // Each change: status in words, pillar, concepts, old words → new words.
    const w = panel.locator('#changes-list li[data-status="weakened"]');
    expect(await w.locator('.ch-status').textContent()).toBe('▼ Weakened');
    expect(await w.locator('.ch-what').textContent()).toMatch(/^Participation/);
    // Its WPS words stay; the verb changed (the note says how).
    expect(weakened.old!.text).toBe(weakened.new!.text);
    expect(await w.locator('.ch-words').textContent()).toBe(`Words (unchanged): “${weakened.new!.text}”`);
    expect(await w.locator('.ch-note').textContent()).toBe('Requests → encourages');
    const added0 = panel.locator('#changes-list li[data-status="added"]');
    expect(await added0.locator('.ch-words').textContent()).toBe(`Words: none → “${expected.changes.find((c) => c.status === 'added')!.new!.text}”`);
    expect(await added0.locator('.ch-verb').textContent()).toBe('Said with: Decides');
    // The removed provision with its old text, page markup as text.
    const removed = panel.locator('#changes-list li[data-status="removed"]');
    expect(await removed.locator('.ch-status').textContent()).toBe('− Removed');
    const oldText = (await removed.locator('.ch-oldtext').textContent())!;
    expect(oldText).toContain('3. Requests the mission to report on conflict-related sexual violence every six months <img src=x onerror="window.__pwned=1">');
    expect(await panel.locator('#changes img').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The added provision is highlighted in the page where its words are, in the Changes layer only.
    const added = expected.changes.find((c) => c.status === 'added')!;
    const addedWords = added.new!.words.map((x) => x.text.replace(/\s+/g, ' '));
    expect(addedWords.length).toBeGreaterThan(0);
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-change-added'] ?? []).toEqual(addedWords);
    const inP5 = await page.evaluate(() => [...(CSS.highlights.get('wps-lens-change-added') as unknown as Set<Range>)].map((r) => document.getElementById('p5')!.contains(r.startContainer) && document.getElementById('p5')!.contains(r.endContainer)));
    expect(inP5).toEqual(addedWords.map(() => true));
    expect((await highlightTexts(page))['wps-lens-change-strengthened'] ?? []).toEqual([]);
    // Its look: a line over the words (the non-colour cue), on its own fill.
    const deco = await page.evaluate(() => getComputedStyle(document.getElementById('p5')!, '::highlight(wps-lens-change-added)').textDecorationLine);
    expect(deco).toContain('overline');
    // The findings stay painted under it.
    expect(Object.keys(await highlightTexts(page)).filter((n) => !n.startsWith('wps-lens-change')).length).toBeGreaterThan(0);
    // "Show in page" flashes the added provision.
    await panel.locator('#changes-list li[data-status="added"] .ch-show').click();
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-change-flash'] ?? []).toEqual([addedWords[0]]);

    // axe on the view, light and dark, and pictures at 320 and 400 px.
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.setViewportSize({ width, height: 1100 });
        await panel.emulateMedia({ colorScheme });
        expect(await violations(panel), `${width}px ${colorScheme}`).toEqual([]);
        const over = await panel.evaluate(() => {
          const v = document.getElementById('changes')!;
          const right = v.getBoundingClientRect().right;
          return [...v.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.className || e.tagName);
        });
        expect(over).toEqual([]);
        await panel.locator('#changes').screenshot({ path: `${SHOTS}/changes-${width}-${colorScheme}.png` });
        // The page with its highlights: the added provision's words under a line over them.
        await page.setViewportSize({ width, height: 700 });
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: `${SHOTS}/changes-page-${width}-${colorScheme}.png` });
      }
    }

    // Forget this page's history: nothing kept for it any more, and its Changes highlights go.
    expect(await historyKeys(lens.ext)).toEqual([`wpsLens.history:${lens.server.origin}/mandate.html`]);
    await panel.locator('#changes-forget').click();
    await panel.locator('#changes-none').waitFor();
    expect(await historyKeys(lens.ext)).toEqual([]);
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-change-added'] ?? []).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('compares with another open tab’s scan, chosen from the list', async () => {
    lens.server.pages.set('/draft-a.html', { type: 'text/html', body: V1.replace('Sector mandate (draft)', 'Draft A') });
    const v2 = V1.replace('Sector mandate (draft)', 'Draft B').replace('2. Requests', '2. Demands')
      .replace('<p id="p4">', '<p id="p6">6. Requests the mission to deploy mixed patrols with women officers in the camps.</p>\n<p id="p4">');
    lens.server.pages.set('/draft-b.html', { type: 'text/html', body: v2 });
    const a = await lens.openWithAction('/draft-a.html');
    await lens.scanReport(a.tabId);
    const b = await lens.openWithAction('/draft-b.html');
    await lens.scanReport(b.tabId);
    const panel = await lens.openPanel(b.tabId);
    await panel.locator('#show-changes').click();
    await panel.locator('#changes-with optgroup[label="Other open tabs"] option', { hasText: 'Draft A' }).waitFor({ state: 'attached' });
    await compareIn(panel, /^Draft A$/);
    expect(await panel.locator('.ch-sides').textContent()).toBe('“Draft A” → this page');
    const expected = compare(await blocksOf(a.tabId), await blocksOf(b.tabId));
    expect(await shownCounts(panel)).toEqual(coreCounts(expected));
    expect(expected.counts.strengthened).toBeGreaterThanOrEqual(1);
    expect(expected.counts.added).toBeGreaterThanOrEqual(1);
    expect(await panel.locator('#changes-list li[data-status="strengthened"] .ch-status').first().textContent()).toBe('▲ Strengthened');
    // Strengthened provisions get their own highlight (double line over the words).
    await expect.poll(async () => ((await highlightTexts(b.page))['wps-lens-change-strengthened'] ?? []).length).toBeGreaterThan(0);
    // Hiding the view clears the page's Changes highlights.
    await panel.locator('#show-changes').click();
    await expect.poll(async () => Object.keys(await highlightTexts(b.page)).filter((n) => n.startsWith('wps-lens-change-') && n !== 'wps-lens-change-flash')
      .flatMap((n) => n).length).toBe(0);
    await Promise.all([panel.close(), a.page.close(), b.page.close()]);
  });

  it('options: the number of scans kept per address, and Forget all', async () => {
    lens.server.pages.set('/notes.html', { type: 'text/html', body: V1.replace('Sector mandate (draft)', 'Notes') });
    const { page, tabId } = await lens.openWithAction('/notes.html');
    await lens.scanReport(tabId);
    const o = await lens.openOptions();
    await expect.poll(() => o.locator('#history-keep').inputValue()).toBe('3');
    await expect.poll(() => o.locator('#history-usage').textContent()).toMatch(/^Kept now: \d+ scans? of \d+ address/);
    expect((await historyKeys(lens.ext)).length).toBeGreaterThan(0);
    await o.locator('#history-forget-all').click();
    await o.locator('#message', { hasText: 'Every kept scan is forgotten.' }).waitFor();
    expect(await historyKeys(lens.ext)).toEqual([]);
    expect(await o.locator('#history-usage').textContent()).toBe('No scan is kept now.');

    // 0 keeps none: a new scan is not kept, and the panel says history is off.
    await o.locator('#history-keep').fill('0');
    await o.locator('#history-keep').dispatchEvent('change');
    await o.locator('#message', { hasText: 'no longer kept' }).waitFor();
    await lens.scanReport(tabId);
    expect(await historyKeys(lens.ext)).toEqual([]);
    const panel = await lens.openPanel(tabId);
    await panel.locator('#show-changes').click();
    await expect.poll(() => panel.locator('#changes-keep').textContent()).toMatch(/off/);
    // Back to 3: the next scan is kept again.
    await o.locator('#history-keep').fill('3');
    await o.locator('#history-keep').dispatchEvent('change');
    await o.locator('#message', { hasText: 'The last 3 scans' }).waitFor();
    await lens.scanReport(tabId);
    expect(await historyKeys(lens.ext)).toEqual([`wpsLens.history:${lens.server.origin}/notes.html`]);
    // The options page's usage line follows the scan.
    await expect.poll(() => o.locator('#history-usage').textContent()).toMatch(/^Kept now: 1 scan of 1 address \(\d+ characters\)\.$/);
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await o.setViewportSize({ width, height: 900 });
        await o.emulateMedia({ colorScheme });
        expect(await violations(o), `${width}px ${colorScheme}`).toEqual([]);
        expect(await o.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await o.locator('#history').screenshot({ path: `${SHOTS}/options-history-${width}-${colorScheme}.png` });
      }
    }
    await Promise.all([o.close(), panel.close(), page.close()]);
  });
});
