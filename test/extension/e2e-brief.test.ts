// End to end in real Chromium: the side panel's Brief view on a served report page — why and how,
// each point with the sentence of the page it comes from, markup in the page shown as text, Copy
// puts the Markdown brief on the clipboard; screenshots at 320 and 400 px, light and dark, in
// /tmp/brief-shots.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/session.ts';

const lens = useExtension();
const SHOTS = '/tmp/brief-shots';

// Our own report, as a web page.
const PAGE = `<!doctype html><html lang="en"><head><title>Review of gender integration</title></head><body>
<h1>Review of Gender Integration in Sector North</h1>
<h2>Executive Summary</h2>
<p>Women make up 3 per cent of the battalion's personnel. No gender focal point has been appointed in the battalion.
The mandate of the mission requires it to protect women and girls from sexual violence, in line with resolution 1325 (2000).</p>
<h2>Findings</h2>
<p>The battalion should deploy mixed patrols in the villages where women report insecurity.</p>
<h2>Recommendations</h2>
<ol>
<li>Appoint a gender focal point in every company within three months.</li>
<li>Train all platoon commanders on conflict-related sexual violence before deployment.</li>
<li>Record persons met by sex and age in every patrol report &lt;img src=x onerror="window.__pwned=1"&gt;.</li>
</ol>
</body></html>`;

describe('side panel: Brief view', () => {
  it('why and how with their sentences, text as text, Copy gives the Markdown; screenshots at 320/400 px, light and dark', async () => {
    lens.server.pages.set('/review.html', { type: 'text/html', body: PAGE });
    const { page, tabId } = await lens.openWithAction('/review.html');
    await lens.scanReport(tabId);
    await lens.b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await lens.openPanel(tabId);
    const view = panel.locator('#brief-view');
    expect(await view.getAttribute('open')).toBeNull();
    await view.locator('summary').click();
    await view.locator('.brief-how').waitFor();

    const how = view.locator('.brief-how > li');
    expect(await how.count()).toBeGreaterThanOrEqual(3);
    const points = await how.locator('.brief-point').allTextContents();
    expect(points).toEqual(expect.arrayContaining([
      'Appoint a gender focal point in every company within three months',
      'Train all platoon commanders on conflict-related sexual violence before deployment',
    ]));
    expect(await how.locator('.brief-quote').allTextContents()).toContain('“Appoint a gender focal point in every company within three months.”');
    expect(await view.locator('.brief-why .brief-point').allTextContents()).toEqual(expect.arrayContaining(['Women: 3\u00A0% (personnel)', 'Shortfall stated: gender focal point']));

    // The view's items take none of the panel's own styles (a gap item is not drawn as a panel gap).
    expect(new Set(await how.evaluateAll((els) => els.map((e) => getComputedStyle(e).borderLeftWidth)))).toEqual(new Set(['0px']));

    // The page's markup-looking text stays text.
    expect(await view.locator('img').count()).toBe(0);
    expect(await view.innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await panel.bringToFront();
    await view.locator('#brief-copy').click();
    await expect.poll(() => panel.locator('#brief-status').textContent()).toBe('Brief copied.');
    const md = await panel.evaluate(() => navigator.clipboard.readText());
    expect(md.split('\n')[0]).toBe('# Brief: Review of gender integration');
    expect(md).toContain('\n## Why\n');
    expect(md).toContain('\n## How\n');
    expect(md).toContain('“Appoint a gender focal point in every company within three months.”');

    // A re-render (the panel refreshes after a scan) keeps the view open.
    await panel.locator('#scan').click();
    // The scan's answer is said first, then the panel redraws (once for the answer, once for the
    // background's report-updated): measure only once it stands still.
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/findings, \d+ gaps\.$/);
    await expect.poll(() => panel.locator('#brief-view').getAttribute('open')).toBe('');
    await panel.locator('#brief-view .brief-how').waitFor();
    await panel.evaluate(() => new Promise<void>((done) => {
      // Resolves after 300 ms without a change in the panel's tree.
      let t = setTimeout(finish, 300);
      const o = new MutationObserver(() => { clearTimeout(t); t = setTimeout(finish, 300); });
      function finish() { o.disconnect(); done(); }
      o.observe(document.body, { childList: true, subtree: true });
    }));

    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.setViewportSize({ width, height: 1000 });
        await panel.emulateMedia({ colorScheme });
        // Nothing in the view is wider than the view (the panel's own rows may be: not this view's business).
        const over = await panel.evaluate(() => {
          const v = document.getElementById('brief-view')!;
          const right = v.getBoundingClientRect().right;
          return [...v.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.className || e.tagName);
        });
        expect(over).toEqual([]);
        expect((await panel.locator('#brief-view').boundingBox())!.width).toBeLessThanOrEqual(width);
        await panel.locator('#brief-view').screenshot({ path: `${SHOTS}/panel-brief-${width}-${colorScheme}.png` });
      }
    }
    await Promise.all([panel.close(), page.close()]);
  });
});
