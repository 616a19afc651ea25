// The built Excel pane in headless Chromium (Office.js stand-in): axe-core finds zero WCAG 2.2 AA
// violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on the fresh pane, after a tally with the
// Trend option, with Settings open, in light, dark (the system's or Office's own theme) and forced
// colours (high contrast); nothing wider than the pane at 320 and 400 px; the status line is the only
// live region and stays in view when the pane scrolls. Screenshots at 320 and 400 px, light and dark,
// go to docs/screenshots/excel-pane-*.png (and one in high contrast), and the README's docs/excel-taskpane.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { violations } from '../support/axe.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TREND_SHEET } from '../../office-addin/src/excel/trend.ts';
import { readResolution, repoRoot } from '../support/corpus.ts';
import { useTaskPane } from './support/taskpane.ts';

const SHOTS = join(repoRoot, 'docs/screenshots');
const EXCEL_STANDIN = join(repoRoot, 'test/office/support/excel-standin.js');

const pane = useTaskPane({
  tmpPrefix: 'wps-excel-a11y-', viewport: { width: 320, height: 800 }, extraStandins: [EXCEL_STANDIN],
  ready: (page) => page.getByRole('button', { name: 'Tally selected range' }),
});

/** Three renewals of one mission's mandate (MONUSCO), one paragraph per row under its symbol: versions in order. */
function renewals(): [string, string][] {
  return ['1925', '2098', '2147'].flatMap((s) => readResolution(s).filter((b) => b.type === 'paragraph').map((b) => [`S/RES/${s}`, b.text] as [string, string]));
}


/** Elements sticking out of the pane on the right, and its sideways scroll. */
async function overflow(p: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return p.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('#app *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > vw + 0.5;
    }).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${String(e.className)} → ${Math.round(e.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, client: vw, wide };
  });
}

const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('Excel pane: accessibility, themes, layout', () => {
  it('zero axe violations fresh, after a tally with Trend and with Settings open, light and dark; no sideways scroll; screenshots', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const rows = renewals();
    const page = await pane.openPane({ host: 'Excel', sheets: { Mandates: [['Mandate', 'Text'], ...rows] }, selection: { sheet: 'Mandates', address: `A1:B${rows.length + 1}` } });
    // The page is no live region; the status line is the only one.
    expect(await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].map((e) => e.id))).toEqual(['wps-status']);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page), `fresh, ${colorScheme}`).toEqual([]);
    }

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('First row is a header').check();
    await page.getByLabel(`Trend: write "${TREND_SHEET}"`).check();
    await page.getByRole('button', { name: 'Tally selected range' }).click();
    await expect.poll(() => page.locator('#wps-status').textContent(), { timeout: 60_000 }).toMatch(/Trend of 3 versions in "WPS trend"\.$/);
    expect(await page.locator('#wps-trend-summary').textContent()).toMatch(/^Across 3 versions \(S\/RES\/1925 → S\/RES\/2147\)/);
    const state = await page.evaluate(() => (window as unknown as { __WPS_EXCEL__: { sheets: { name: string; charts: { type: string }[] }[] } }).__WPS_EXCEL__);
    expect(state.sheets.find((s) => s.name === TREND_SHEET)!.charts.map((c) => c.type)).toEqual(['Line']);

    const light = await background(page);
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${width}px ${colorScheme}`).toEqual([]);
        const o = await overflow(page);
        expect(o.wide, `${width}px ${colorScheme}`).toEqual([]);
        expect(o.scroll).toBeLessThanOrEqual(o.client);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SHOTS, `excel-pane-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    // Dark really is dark.
    expect(await background(page)).not.toBe(light);
    // The README's picture: the pane at 380 px after the tally, light.
    await page.setViewportSize({ width: 380, height: 680 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(repoRoot, 'docs/excel-taskpane.png') });

    // Settings open (lexicon, packs): still zero, both schemes.
    await page.locator('details.wps-settings summary').click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page), `settings, ${colorScheme}`).toEqual([]);
    }

    // The status line stays in view when the pane scrolls to the settings.
    await page.setViewportSize({ width: 320, height: 400 });
    await page.locator('details.wps-settings').evaluate((e) => e.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = await page.locator('#wps-status').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
    await page.close();
  });

  it('high contrast (forced colours): zero violations, borders and focus ring kept; the check does find an unlabelled input', async () => {
    const page = await pane.openPane({ host: 'Excel', sheets: { S: [['x']] }, selection: { sheet: 'S', address: 'A1:A1' } });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'excel-pane-320-contrast.png'), fullPage: true });
    // The check itself: the pane's file input without its label is reported.
    await page.evaluate(() => document.querySelector('label[for="wps-files"]')!.remove());
    expect((await violations(page)).join('\n')).toMatch(/^label \(critical, 1 nodes\): #wps-files$/m);
    await page.reload();
    await page.getByRole('button', { name: 'Tally selected range' }).waitFor();
    const border = await page.locator('.wps-card').first().evaluate((e) => getComputedStyle(e).borderTopStyle);
    expect(border).toBe('solid');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('Office\'s dark theme gives the dark pane even when the system is light; the Tally button five Tab presses from the top', async () => {
    const page = await pane.openPane({ host: 'Excel', officeTheme: { bodyBackgroundColor: '#262626' }, sheets: { S: [['x']] }, selection: { sheet: 'S', address: 'A1:A1' } });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/\bwps-dark\b/);
    expect(await background(page)).toBe('rgb(31, 31, 31)');
    expect(await violations(page)).toEqual([]);
    // By keyboard: the document type, the three options, then the Tally button, in five Tab presses.
    const focused: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => `${document.activeElement?.id ?? ''} ${document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : ''}`.trim()));
    }
    expect(focused).toEqual(['wps-profile', 'wps-header-row', 'wps-findings-sheet', 'wps-trend', 'wps-tally-run Tally selected range']);
    await page.close();
  });
});
