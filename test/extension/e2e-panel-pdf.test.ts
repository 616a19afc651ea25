// End to end in real Chromium: the side panel page lists gaps and findings, clicking a finding scrolls
// the page to it, and a PDF printed by Chromium at test time is scanned in the extension's viewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readResolution } from '../support/corpus.ts';
import { clickAction, highlightTexts, launchWithExtension, sendFromExtension, tabIdOf, type ExtensionBrowser } from './support/browser.ts';
import { resolutionHtml } from './support/corpus-html.ts';
import { startServer, type LocalServer } from './support/server.ts';

interface Report { findings: { text: string; concept: string }[]; gaps: { reason: string; suggestion: string }[]; profile: { id: string } }
type Scan = { ok: true; findings: number; gaps: number; report: Report } | { ok: false; error: string };

let b: ExtensionBrowser;
let server: LocalServer;
let ext: Page;

beforeAll(async () => {
  server = await startServer();
  b = await launchWithExtension();
  ext = await b.extPage();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('side panel', () => {
  it('lists the gaps and findings of the scanned tab, and a click scrolls the page to the finding', async () => {
    const { html } = resolutionHtml(readResolution('2242'), 'nothing hidden here');
    server.pages.set('/r2242.html', { type: 'text/html', body: html });
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(server.origin + '/r2242.html');
    await clickAction(b, page);
    const tabId = await tabIdOf(ext, server.origin + '/r2242.html');
    const scan = await sendFromExtension<Scan>(ext, { type: 'scan-tab', tabId });
    if (!scan.ok) throw new Error(scan.error);

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('#findings').waitFor();
    const gapItems = await panel.locator('#gaps li').allTextContents();
    if (scan.report.gaps.length) for (const g of scan.report.gaps) expect(gapItems.some((t) => t.includes(g.reason))).toBe(true);
    else expect(gapItems.join(' ')).toContain('No gaps');
    const buttons = panel.locator('#findings button.go');
    expect(await buttons.count()).toBe(scan.report.findings.length);
    expect(await panel.locator('h2', { hasText: 'Findings' }).textContent()).toContain(`${scan.report.findings.length} of ${scan.report.findings.length}`);

    // Filter counts: the pillar options add up to the total under the kind filter.
    await panel.selectOption('#filter-kind', 'task');
    const shownTasks = await buttons.count();
    const famOptions = await panel.locator('#filter-pillar option').allTextContents();
    const sum = famOptions.slice(1).reduce((s, t) => s + Number(/\((\d+)\)$/.exec(t)![1]), 0);
    expect(sum).toBe(shownTasks);
    expect(famOptions[0]).toContain(`(${shownTasks})`);
    await panel.selectOption('#filter-kind', 'all');

    // Click the last finding: the page scrolls to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = buttons.last();
    const text = (await last.locator('.t').textContent())!;
    await last.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const flash = await highlightTexts(page);
    expect(flash['wps-lens-flash']?.[0]?.toLowerCase()).toBe(text.replace(/\s+/g, ' ').toLowerCase());
    const top = await page.evaluate(() => [...(CSS.highlights.get('wps-lens-flash') as unknown as Set<Range>)][0]!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(500);
    await panel.close();
    await page.close();
  });
});

describe('PDF viewer', () => {
  it('scans a PDF printed by Chromium in the extension viewer', async () => {
    // Our own sentences, printed to PDF by Chromium at test time.
    const maker = await b.context.newPage();
    await maker.setContent('<h1>Sector order</h1><p>The battalion will include women in every patrol and will report on conflict-related sexual violence.</p><p>The gender adviser shall brief the commander weekly.</p>');
    const pdf = await maker.pdf({ format: 'A4' });
    await maker.close();
    // The site allows cross-origin reads here; without that the viewer asks for optional access to the site.
    server.pages.set('/order.pdf', { type: 'application/pdf', body: pdf, headers: { 'access-control-allow-origin': '*' } });

    const viewer = await b.context.newPage();
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?src=${encodeURIComponent(server.origin + '/order.pdf')}`);
    await expect.poll(() => viewer.locator('#bar').textContent(), { timeout: 20_000 }).toMatch(/findings/);
    const painted = await highlightTexts(viewer);
    const texts = Object.entries(painted).filter(([n]) => !/negated|weak|flash/.test(n)).flatMap(([, v]) => v.map((t) => t.toLowerCase()));
    expect(texts).toContain('conflict-related sexual violence');
    expect(texts).toContain('gender adviser');
    const tabId = await tabIdOf(ext, viewer.url());
    const state = await sendFromExtension<{ kind: string; report: Report | null }>(ext, { type: 'get-state', tabId });
    expect(state.kind).toBe('viewer');
    expect(state.report!.findings.map((f) => f.text.toLowerCase())).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    await viewer.close();
  });

  it('sent no request beyond 127.0.0.1 and the extension from pages, extension pages or the service worker', () => {
    const outside = b.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith(`chrome-extension://${b.extensionId}/`) && !/^(data|blob|about):/.test(u));
    expect(outside).toEqual([]);
    expect(b.requests.some((u) => u.endsWith('/order.pdf'))).toBe(true);
  });
});
