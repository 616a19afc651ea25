// End to end in real Chromium: the side panel page lists gaps and findings, clicking a finding scrolls
// the page to it, and a PDF printed by Chromium at test time is scanned in the extension's viewer.
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../core/index.ts';
import { defaultFilter, panelView, type PanelRow } from '../../extension/lib/panel-filter.ts';
import type { Report as CoreReport } from '../../core/schema.ts';
import { readResolution } from '../support/corpus.ts';
import { paintedFindings, printPdf } from './support/browser.ts';
import { resolutionHtml } from './support/corpus-html.ts';
import { useExtension } from './support/session.ts';

interface Report { findings: { text: string; concept: string }[]; gaps: { reason: string; suggestion: string }[]; profile: { id: string } }

const lens = useExtension();

describe('side panel', () => {
  it('lists the gaps and findings of the scanned tab, and a click scrolls the page to the finding', async () => {
    const { html } = resolutionHtml(readResolution('2242'), 'nothing hidden here');
    lens.server.pages.set('/r2242.html', { type: 'text/html', body: html });
    const { page, tabId } = await lens.openWithAction('/r2242.html', { viewport: { width: 800, height: 500 } });
    const report = await lens.scanReport<Report>(tabId);

    const st = await lens.send<{ report: CoreReport; blocks: { id: string; text: string }[] }>({ type: 'get-state', tabId, blocks: true });
    const review = buildReview({ report: st.report, blocks: st.blocks });
    const panel = await lens.openPanel(tabId);
    // The gaps in the core's order, by their titles; the findings heading counts the core's findings.
    expect(await panel.locator('#gaps li .title').allTextContents()).toEqual(review.gaps.map((g) => g.title));
    if (report.gaps.length === 0) expect(await panel.locator('#gaps').textContent()).toContain('No gaps');
    expect(await panel.locator('#findings-h').textContent()).toBe(`Findings (${review.counts.findings} of ${review.counts.findings})`);
    // Every section of the review with findings has its header, in document order (the first ones drawn).
    const groups = await panel.locator('#findings .row.group .g-label').allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    expect(review.groups.map((g) => g.label).slice(0, groups.length)).toEqual(groups);

    // Filter counts: with tasks only, the pillar options add up to the findings heading.
    for (const k of ['advice', 'context', 'negated']) await panel.locator(`#kind-${k}`).uncheck();
    const shownTasks = Number(/\((\d+) of/.exec((await panel.locator('#findings-h').textContent())!)![1]);
    expect(shownTasks).toBe(review.counts.tasks);
    const famOptions = await panel.locator('#filter-pillar option').allTextContents();
    const sum = famOptions.slice(1).reduce((s, t) => s + Number(/\((\d+)\)$/.exec(t)![1]), 0);
    expect(sum).toBe(shownTasks);
    expect(famOptions[0]).toContain(`(${shownTasks})`);
    for (const k of ['advice', 'context', 'negated']) await panel.locator(`#kind-${k}`).check();

    // The last sentence of the list (End in the list): the page scrolls to its words and flashes them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.bringToFront();
    await panel.locator('#findings .go[tabindex="0"]').focus();
    await panel.keyboard.press('End');
    const rows = panelView(review, defaultFilter()).rows;
    const lastRow = (rows.at(-1) as Extract<PanelRow, { type: 'item' }>).item;
    expect(await panel.evaluate(() => document.activeElement?.closest('.row')?.getAttribute('data-id'))).toBe(lastRow.id);
    const text = lastRow.findings[0]!.text;
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The flash blinks: read its text and place in one go, while it is on.
    const shown = async () => page.evaluate(() => {
      const r = [...((CSS.highlights.get('wps-lens-flash') as unknown as Set<Range> | undefined) ?? [])][0];
      return r ? { text: r.toString().replace(/\s+/g, ' ').toLowerCase(), top: r.getBoundingClientRect().top } : null;
    });
    let flash: { text: string; top: number } | null = null;
    await expect.poll(async () => (flash = await shown()) !== null, { interval: 20 }).toBe(true);
    expect(flash!.text).toBe(text.replace(/\s+/g, ' ').toLowerCase());
    const top = flash!.top;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(500);
    await panel.close();
    await page.close();
  });
});

describe('PDF viewer', () => {
  it('scans a PDF printed by Chromium in the extension viewer', async () => {
    // Our own sentences, printed to PDF by Chromium at test time.
    const pdf = await printPdf(lens.b, '<h1>Sector order</h1><p>The battalion will include women in every patrol and will report on conflict-related sexual violence.</p><p>The gender adviser shall brief the commander weekly.</p>');
    // The site allows cross-origin reads here; without that the viewer asks for optional access to the site.
    lens.server.pages.set('/order.pdf', { type: 'application/pdf', body: pdf, headers: { 'access-control-allow-origin': '*' } });

    const viewer = await lens.b.context.newPage();
    await viewer.goto(`chrome-extension://${lens.b.extensionId}/viewer.html?src=${encodeURIComponent(lens.server.origin + '/order.pdf')}`);
    await expect.poll(() => viewer.locator('#bar').textContent(), { timeout: 20_000 }).toMatch(/findings/);
    const texts = await paintedFindings(viewer);
    expect(texts).toContain('conflict-related sexual violence');
    expect(texts).toContain('gender adviser');
    const tabId = await lens.tabIdOf(viewer.url());
    const state = await lens.send<{ kind: string; report: Report | null }>({ type: 'get-state', tabId });
    expect(state.kind).toBe('viewer');
    expect(state.report!.findings.map((f) => f.text.toLowerCase())).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser']));
    await viewer.close();
  });

  it('sent no request beyond 127.0.0.1 and the extension from pages, extension pages or the service worker', () => {
    const outside = lens.b.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith(`chrome-extension://${lens.b.extensionId}/`) && !/^(data|blob|about):/.test(u));
    expect(outside).toEqual([]);
    expect(lens.b.requests.some((u) => u.endsWith('/order.pdf'))).toBe(true);
  });
});
