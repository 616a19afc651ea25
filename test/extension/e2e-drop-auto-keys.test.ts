// End to end in real Chromium: a local PDF dropped on the side panel opens in the viewer and is
// scanned; a site the user opted into (options page + site access) is scanned on load, others are
// not; the side panel works from the keyboard and its findings have accessible roles and names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../core/schema.ts';
import { clickAction, grantSiteAccess, highlightTexts, launchWithExtension, sendFromExtension, tabIdOf, type ExtensionBrowser } from './support/browser.ts';
import { startServer, type LocalServer } from './support/server.ts';

type Scan = { ok: true; report: Report } | { ok: false; error: string };
interface State { kind: string; report: Report | null; url: string }

let b: ExtensionBrowser;
let server: LocalServer;
let ext: Page;

const ORDER = `<h1>Sector order</h1><p>The battalion will include women in every patrol and will report on conflict-related sexual violence.</p>
  <p>The gender adviser shall brief the commander weekly.</p>`;

beforeAll(async () => {
  server = await startServer();
  b = await launchWithExtension();
  ext = await b.extPage();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const allPainted = async (page: Page): Promise<string[]> => Object.entries(await highlightTexts(page))
  .filter(([n]) => !/-(negated|weak|flash)$/.test(n)).flatMap(([, v]) => v.map((t) => t.toLowerCase()));

describe('side panel: dropped PDF, auto-scan, keyboard', () => {
  it('scans a local PDF dropped on the panel (a File printed by Chromium)', async () => {
    const maker = await b.context.newPage();
    await maker.setContent(ORDER);
    const pdf = await maker.pdf({ format: 'A4' });
    await maker.close();

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.locator('#drop').waitFor();
    const [viewer] = await Promise.all([
      b.context.waitForEvent('page'),
      panel.evaluate((bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'local order.pdf', { type: 'application/pdf' }));
        const zone = document.getElementById('drop')!;
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, [...pdf]),
    ]);
    await expect.poll(() => viewer.locator('#bar').textContent(), { timeout: 20_000 }).toMatch(/\d+ findings/);
    expect(viewer.url()).toMatch(new RegExp(`^chrome-extension://${b.extensionId}/viewer\\.html\\?src=blob`));
    expect(await viewer.title()).toBe('local order.pdf — WPS Lens');
    expect(await allPainted(viewer)).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    const state = await sendFromExtension<State>(ext, { type: 'get-state', tabId: await tabIdOf(ext, viewer.url()) });
    expect(state.kind).toBe('viewer');
    expect(state.report!.findings.map((f) => f.text.toLowerCase())).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    await Promise.all([viewer.close(), panel.close()]);
  });

  it('scans an opted-in site on load, and only that site', async () => {
    server.pages.set('/auto.html', { type: 'text/html', body: `<!doctype html><title>auto</title><body>${ORDER}</body>` });
    // The user adds the site in the options; the browser's site-access grant stands in for its prompt.
    await grantSiteAccess(b, 'http://127.0.0.1/*');
    const o = await b.context.newPage();
    await o.goto(`chrome-extension://${b.extensionId}/options.html`);
    await o.locator('#site').fill(server.origin + '/any/path');
    await o.getByRole('button', { name: 'Add site' }).click();
    await o.getByRole('status').filter({ hasText: `${server.origin} will be scanned automatically.` }).waitFor();
    expect(await o.locator('#sites li').allTextContents()).toEqual([`${server.origin} Remove`]);

    const page = await b.context.newPage();
    await page.goto(server.origin + '/auto.html'); // no toolbar click, no scan-tab
    await expect.poll(() => allPainted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    const tabId = await tabIdOf(ext, server.origin + '/auto.html');
    const state = await sendFromExtension<State>(ext, { type: 'get-state', tabId });
    expect(state.report!.findings.length).toBe((await allPainted(page)).length);

    // The same page from another origin (localhost) is not opted in: nothing is injected or painted.
    const other = await b.context.newPage();
    const otherUrl = server.origin.replace('127.0.0.1', 'localhost') + '/auto.html';
    await other.goto(otherUrl);
    await page.reload(); // a reload of the opted-in page is scanned again: proves the listener is alive
    await expect.poll(() => allPainted(page), { timeout: 10_000 }).toContain('gender adviser');
    expect(await allPainted(other)).toEqual([]);
    const otherState = await sendFromExtension<State>(ext, { type: 'get-state', tabId: await tabIdOf(ext, otherUrl) });
    expect(otherState.report).toBeNull();

    await o.getByRole('button', { name: `Stop scanning ${server.origin}` }).click();
    await o.getByRole('status').filter({ hasText: 'removed' }).waitFor();
    await Promise.all([o.close(), page.close(), other.close()]);
  });

  it('is operable from the keyboard: Tab reaches a finding, Enter reveals it; findings have roles and names', async () => {
    const body = `<!doctype html><title>keys</title><body><div style="height:2500px">Fuel convoys move north.</div>${ORDER}</body>`;
    server.pages.set('/keys.html', { type: 'text/html', body });
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(server.origin + '/keys.html');
    await clickAction(b, page);
    const tabId = await tabIdOf(ext, server.origin + '/keys.html');
    const scan = await sendFromExtension<Scan>(ext, { type: 'scan-tab', tabId });
    if (!scan.ok) throw new Error(scan.error);

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('#findings').waitFor();
    // Roles and names a screen reader announces.
    expect(await panel.getByRole('list', { name: 'Gaps' }).count()).toBe(1);
    expect(await panel.getByRole('combobox', { name: 'Document type' }).count()).toBe(1);
    expect(await panel.getByRole('combobox', { name: 'Filter by pillar' }).count()).toBe(1);
    const target = scan.report.findings.find((f) => f.text.toLowerCase() === 'gender adviser')!;
    const named = panel.getByRole('button', { name: new RegExp(`“${target.text}”.*Show in page`) });
    expect(await named.count()).toBe(1);
    expect(await panel.getByRole('combobox', { name: `Dismiss “${target.text}”` }).count()).toBe(1);

    // Tab from the top of the panel until the focus is on that finding.
    await panel.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    let onTarget = false;
    for (let i = 0; i < 80 && !onTarget; i++) {
      await panel.keyboard.press('Tab');
      onTarget = await panel.evaluate((t) => { const a = document.activeElement; return !!a?.matches('button.go') && a.querySelector('.t')?.textContent === t; }, target.text);
    }
    expect(onTarget).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-flash']?.[0]?.toLowerCase()).toBe('gender adviser');
    // The filters work from the keyboard as well.
    await panel.locator('#filter-kind').focus();
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.locator('#filter-kind').inputValue()).not.toBe('all');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('filter-kind');
    await Promise.all([panel.close(), page.close()]);
  });
});
