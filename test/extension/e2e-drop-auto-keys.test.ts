// End to end in real Chromium: a local PDF dropped on the side panel opens in the viewer and is
// scanned; a site the user opted into (options page + site access) is scanned on load, others are
// not; the side panel works from the keyboard and its findings have accessible roles and names.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/schema.ts';
import { grantSiteAccess, highlightTexts, paintedFindings, printPdf } from './support/browser.ts';
import { useExtension } from './support/session.ts';

interface State { kind: string; report: Report | null; url: string }

const ORDER = `<h1>Sector order</h1><p>The battalion will include women in every patrol and will report on conflict-related sexual violence.</p>
  <p>The gender adviser shall brief the commander weekly.</p>`;

const lens = useExtension();

describe('side panel: dropped PDF, auto-scan, keyboard', () => {
  it('scans a local PDF dropped on the panel (a File printed by Chromium)', async () => {
    const pdf = await printPdf(lens.b, ORDER);

    const panel = await lens.b.context.newPage();
    await panel.goto(`chrome-extension://${lens.b.extensionId}/sidepanel.html`);
    await panel.locator('#drop').waitFor();
    const [viewer] = await Promise.all([
      lens.b.context.waitForEvent('page'),
      panel.evaluate((bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'local order.pdf', { type: 'application/pdf' }));
        const zone = document.getElementById('drop')!;
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, [...pdf]),
    ]);
    await expect.poll(() => viewer.locator('#bar').textContent(), { timeout: 20_000 }).toMatch(/\d+ findings/);
    expect(viewer.url()).toMatch(new RegExp(`^chrome-extension://${lens.b.extensionId}/viewer\\.html\\?src=blob`));
    expect(await viewer.title()).toBe('local order.pdf — WPS Lens');
    expect(await paintedFindings(viewer)).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    const state = await lens.send<State>({ type: 'get-state', tabId: await lens.tabIdOf(viewer.url()) });
    expect(state.kind).toBe('viewer');
    expect(state.report!.findings.map((f) => f.text.toLowerCase())).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    await Promise.all([viewer.close(), panel.close()]);
  });

  it('scans an opted-in site on load, and only that site', async () => {
    lens.server.pages.set('/auto.html', { type: 'text/html', body: `<!doctype html><title>auto</title><body>${ORDER}</body>` });
    // The user adds the site in the options; the browser's site-access grant stands in for its prompt.
    await grantSiteAccess(lens.b, 'http://127.0.0.1/*');
    const o = await lens.openOptions();
    await o.locator('#site').fill(lens.server.origin + '/any/path');
    await o.getByRole('button', { name: 'Add site' }).click();
    await o.getByRole('status').filter({ hasText: `${lens.server.origin} will be scanned automatically.` }).waitFor();
    expect(await o.locator('#sites li').allTextContents()).toEqual([`${lens.server.origin} Remove`]);

    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/auto.html'); // no toolbar click, no scan-tab
    await expect.poll(() => paintedFindings(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    const tabId = await lens.tabIdOf(lens.server.origin + '/auto.html');
    const state = await lens.send<State>({ type: 'get-state', tabId });
    expect(state.report!.findings.length).toBe((await paintedFindings(page)).length);

    // The same page from another origin (localhost) is not opted in: nothing is injected or painted.
    const other = await lens.b.context.newPage();
    const otherUrl = lens.server.origin.replace('127.0.0.1', 'localhost') + '/auto.html';
    await other.goto(otherUrl);
    await page.reload(); // a reload of the opted-in page is scanned again: proves the listener is alive
    await expect.poll(() => paintedFindings(page), { timeout: 10_000 }).toContain('gender adviser');
    expect(await paintedFindings(other)).toEqual([]);
    const otherState = await lens.send<State>({ type: 'get-state', tabId: await lens.tabIdOf(otherUrl) });
    expect(otherState.report).toBeNull();

    await o.getByRole('button', { name: `Remove ${lens.server.origin} (stop scanning it)` }).click();
    await o.getByRole('status').filter({ hasText: 'removed' }).waitFor();
    await Promise.all([o.close(), page.close(), other.close()]);
  });

  it('is operable from the keyboard: Tab reaches a finding, Enter reveals it; findings have roles and names', async () => {
    const body = `<!doctype html><title>keys</title><body><div style="height:2500px">Fuel convoys move north.</div>${ORDER}</body>`;
    lens.server.pages.set('/keys.html', { type: 'text/html', body });
    const { page, tabId } = await lens.openWithAction('/keys.html', { viewport: { width: 800, height: 500 } });
    const report = await lens.scanReport<Report>(tabId);

    const panel = await lens.openPanel(tabId);
    // Roles and names a screen reader announces.
    expect(await panel.getByRole('list', { name: 'Gaps', exact: true }).count()).toBe(1);
    expect(await panel.getByRole('list', { name: 'Findings', exact: true }).count()).toBe(1);
    expect(await panel.getByRole('searchbox', { name: 'Search' }).count()).toBe(1);
    expect(await panel.getByRole('combobox', { name: 'Pillar' }).count()).toBe(1);
    await panel.locator('#doc-settings > summary').click();
    expect(await panel.getByRole('combobox', { name: 'Document type' }).count()).toBe(1);
    const target = report.findings.find((f) => f.text.toLowerCase() === 'gender adviser')!;
    const targetKey = `${target.block ?? ''}:${target.start}:${target.end}:${target.concept}`;
    // The sentence's button is named by its visible text; its menu button is one per card.
    const row = panel.locator(`#findings .row.finding:has(.go[data-keys~="${targetKey}"])`);
    expect(await row.getByRole('button', { name: new RegExp(target.text) }).count()).toBe(1);
    expect(await row.getByRole('button', { name: 'More actions' }).count()).toBe(1);

    // Tab from the top of the panel into the findings list (few stops), then arrows to that sentence.
    await panel.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    let tabs = 0;
    while (tabs < 30 && !(await panel.evaluate(() => !!document.activeElement?.closest('#findings')))) { await panel.keyboard.press('Tab'); tabs++; }
    expect(tabs).toBeLessThan(30);
    const onTarget = (): Promise<boolean> => panel.evaluate((k) => (document.activeElement as HTMLElement | null)?.dataset.keys?.split(' ').includes(k) === true, targetKey);
    for (let i = 0; i < 60 && !(await onTarget()); i++) await panel.keyboard.press('ArrowDown');
    expect(await onTarget()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-flash']?.[0]?.toLowerCase()).toBe('gender adviser');
    // The menu opens from the keyboard (ArrowRight to its button, Enter), arrows move in it, Escape returns.
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('Enter');
    await panel.locator('#card-menu').waitFor();
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await panel.keyboard.press('ArrowDown');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('once');
    await panel.keyboard.press('Escape');
    expect(await panel.locator('#card-menu').count()).toBe(0);
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('more'))).toBe(true);
    // The kind filters work from the keyboard as well, and keep the focus.
    await panel.locator('#kind-task').focus();
    await panel.keyboard.press('Space');
    await expect.poll(() => panel.locator('#kind-task').isChecked()).toBe(false);
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('kind-task');
    await Promise.all([panel.close(), page.close()]);
  });
});
