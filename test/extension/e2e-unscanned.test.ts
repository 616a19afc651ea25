// The side panel on a tab that is not scanned yet: a "Scan this page" button always; where the
// extension has no access to the tab yet, a plain explanation of site access and how to grant it
// (not the false "cannot be scanned"); once the user clicks the toolbar button the panel fills.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowSite, clickAction } from './support/browser.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension();

async function panelFor(tabId: number): Promise<Page> {
  const panel = await lens.b.context.newPage();
  await panel.goto(`chrome-extension://${lens.b.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('#review-head h1').waitFor();
  return panel;
}

describe('unscanned tab', () => {
  it('without access: Scan button, site access explained, the scan says what to do, the toolbar button fills the panel', async () => {
    lens.server.pages.set('/plain.html', { type: 'text/html; charset=utf-8', body: sampleHtml('poc-strategy', 'Protection strategy') });
    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/plain.html');
    const tabId = await lens.tabIdOf(lens.server.origin + '/plain.html');
    const state = await lens.send<{ kind: string; url: string }>({ type: 'get-state', tabId });
    expect(state).toMatchObject({ kind: 'no-access', url: '' });

    const panel = await panelFor(tabId);
    await expect.poll(() => panel.locator('#scan').textContent()).toBe('Scan this page');
    const access = panel.locator('#site-access');
    await access.waitFor();
    const text = (await access.textContent())!;
    expect(text).toMatch(/Site access/);
    expect(text).toMatch(/toolbar/);
    expect(text).toMatch(/Alt\+Shift\+W/);
    expect(text).toMatch(/Scan automatically on these sites/);
    expect(await panel.locator('body').textContent()).not.toMatch(/cannot be scanned \(browser or extension page\)/);
    expect(await panel.locator('#findings').count()).toBe(0);

    // The panel's own button cannot grant access: the scan answers with what to do, in plain words.
    await panel.click('#scan');
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/no access to this tab yet.*toolbar.*Alt\+Shift\+W/);

    // The toolbar button (the user's gesture) grants access and scans: the panel fills by itself.
    await page.bringToFront();
    await clickAction(lens.b, page);
    await panel.locator('#findings').waitFor({ timeout: 20_000 });
    expect(await panel.locator('#site-access').count()).toBe(0);
    expect(await panel.locator('#scan').textContent()).toBe('Scan again');
    await panel.close();
    await page.close();
  });

  it('with site access: Scan button without the explanation, and the panel button scans', async () => {
    lens.server.pages.set('/allowed.html', { type: 'text/html; charset=utf-8', body: sampleHtml('mandate', 'Mandate') });
    await allowSite(lens.b, lens.ext, lens.server.origin);
    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/allowed.html');
    const tabId = await lens.tabIdOf(lens.server.origin + '/allowed.html');
    const panel = await panelFor(tabId);
    await expect.poll(() => panel.locator('#scan').textContent()).toBe('Scan this page');
    expect(await panel.locator('#site-access').count()).toBe(0);
    expect(await panel.locator('.explain').textContent()).toMatch(/not scanned yet/);
    await panel.click('#scan');
    await panel.locator('#findings').waitFor({ timeout: 20_000 });
    expect(await panel.locator('#findings button.go').count()).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('an extension page is said to be one, with no Scan button', async () => {
    const opts = await lens.openOptions();
    const tabId = await lens.tabIdOf(opts.url());
    const state = await lens.send<{ kind: string }>({ type: 'get-state', tabId });
    expect(state.kind).toBe('unscannable');
    const panel = await panelFor(tabId);
    await panel.locator('#unscannable').waitFor();
    expect(await panel.locator('#unscannable').textContent()).toMatch(/browser or extension page/);
    expect(await panel.locator('#scan').count()).toBe(0);
    await panel.close();
    await opts.close();
  });
});
