// Accessibility of every extension page, checked with axe-core (WCAG 2.0/2.1/2.2 A and AA) injected
// into the page: the side panel scanned and unscanned, the options page and the PDF viewer, in light
// and dark mode. Zero violations.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { printPdf } from './support/browser.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';
import { violations } from '../support/axe.ts';

const lens = useExtension();
async function bothSchemes(p: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme });
    out[colorScheme] = await violations(p);
  }
  return out;
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('side panel, scanned', async () => {
    lens.server.pages.set('/order.html', { type: 'text/html; charset=utf-8', body: sampleHtml('oporder-sector-west', 'Operation order 02/25') });
    const { page, tabId } = await lens.openWithAction('/order.html');
    await lens.scanReport(tabId);
    const panel = await lens.openPanel(tabId);
    for (const width of [320, 400]) {
      await panel.setViewportSize({ width, height: 800 });
      expect(await bothSchemes(panel), `${width}px`).toEqual({ light: [], dark: [] });
    }
    // The first gap open (n) with its suggestion, and a card's menu open.
    await panel.bringToFront();
    await panel.keyboard.press('n');
    await panel.locator('#gaps li.current .sugg-text').waitFor();
    await panel.locator('#findings .row.finding .more').first().click();
    await panel.locator('#card-menu [role=menuitem]').first().waitFor();
    expect(await bothSchemes(panel)).toEqual({ light: [], dark: [] });
    await panel.keyboard.press('Escape');
    expect(await panel.locator('#card-menu').count()).toBe(0);
    // The Brief view open as well.
    await panel.locator('#brief-view > summary').click();
    await panel.locator('#brief-copy, .brief-muted').first().waitFor();
    expect(await bothSchemes(panel)).toEqual({ light: [], dark: [] });
    await panel.close();
    await page.close();
  });

  it('side panel, unscanned (no access yet)', async () => {
    lens.server.pages.set('/plain.html', { type: 'text/html', body: sampleHtml('conops', 'Concept of operations') });
    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/plain.html');
    const tabId = await lens.tabIdOf(lens.server.origin + '/plain.html');
    const panel = await lens.b.context.newPage();
    await panel.goto(`chrome-extension://${lens.b.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('#site-access').waitFor();
    expect(await bothSchemes(panel)).toEqual({ light: [], dark: [] });
    await panel.click('#scan');
    // The scan's answer (no access yet) is on screen: checked as the reader then sees it.
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/no access to this tab yet/);
    expect(await bothSchemes(panel)).toEqual({ light: [], dark: [] });
    await Promise.all([panel.close(), page.close()]);
  });

  it('options page (and the check itself finds an unlabelled field, a low-contrast text and a name that does not contain the visible text)', async () => {
    const o = await lens.openOptions();
    await o.locator('fieldset').first().waitFor();
    expect(await bothSchemes(o)).toEqual({ light: [], dark: [] });
    await o.evaluate(() => {
      const bad = document.createElement('div');
      bad.id = 'axe-control';
      bad.innerHTML = '<input type="text"><p style="color:#bbb;background:#fff">faint words</p><button type="button" aria-label="Open">Close the panel</button>';
      document.body.append(bad);
    });
    await o.emulateMedia({ colorScheme: 'light' });
    const found = await violations(o);
    expect(found.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['label', 'color-contrast', 'label-content-name-mismatch']));
    await o.close();
  });

  it('PDF viewer', async () => {
    const pdf = await printPdf(lens.b, '<h1>Sector order</h1><p>The battalion will include women in every patrol and the gender adviser will brief the commander.</p>');
    lens.server.pages.set('/a.pdf', { type: 'application/pdf', body: pdf, headers: { 'access-control-allow-origin': '*' } });
    const viewer = await lens.b.context.newPage();
    await viewer.goto(`chrome-extension://${lens.b.extensionId}/viewer.html?src=${encodeURIComponent(lens.server.origin + '/a.pdf')}`);
    await expect.poll(() => viewer.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/findings/);
    expect(await bothSchemes(viewer)).toEqual({ light: [], dark: [] });
    await viewer.close();
  });
});
