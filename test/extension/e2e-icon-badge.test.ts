// The built extension has its icon set (manifest icons and the toolbar button's default icon, PNGs of
// the declared sizes), and after a scan the toolbar badge shows the high gaps of the tab (or its
// gender-specific findings for a document type without expectations); navigating clears it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../extension/lib/badge.ts';
import type { Report } from '../../core/schema.ts';
import { ensureBuilt } from './support/build.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { w: number; h: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
}

async function badge(tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return lens.ext.evaluate(async (id) => {
    const a = (globalThis as unknown as { chrome: { action: {
      getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]>;
    } } }).chrome.action;
    return { text: await a.getBadgeText({ tabId: id }), title: await a.getTitle({ tabId: id }), color: await a.getBadgeBackgroundColor({ tabId: id }) };
  }, tabId);
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('icon set', () => {
  it('declares 16, 32, 48 and 128 px PNG icons for the extension and its toolbar button', async () => {
    const dir = await ensureBuilt('chrome');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const icons of [m.icons, m.action.default_icon]) {
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      for (const [size, path] of Object.entries(icons as Record<string, string>)) {
        expect(pngSize(readFileSync(join(dir, path)))).toEqual({ w: Number(size), h: Number(size) });
      }
    }
  });

  it('serves the icons from the loaded extension', async () => {
    const p = await lens.b.extPage('icon/128.png');
    const size = await p.evaluate(() => { const i = document.querySelector('img')!; return { w: i.naturalWidth, h: i.naturalHeight }; });
    expect(size).toEqual({ w: 128, h: 128 });
    await p.close();
  });
});

describe('badge', () => {
  it('shows the high gaps after a scan, the gender-specific findings without expectations, and clears on navigation', async () => {
    lens.server.pages.set('/order.html', { type: 'text/html; charset=utf-8', body: sampleHtml('oporder-sector-west', 'Operation order 02/25') });
    lens.server.pages.set('/next.html', { type: 'text/html', body: '<!doctype html><title>Next</title><p>Another page.</p>' });
    // Before any scan: the manifest's title, read from _locales in the browser's language (English here).
    const fresh = await lens.b.context.newPage();
    await fresh.goto(lens.server.origin + '/next.html');
    expect((await badge(await lens.tabIdOf(lens.server.origin + '/next.html'))).title).toBe('Scan this page with WPS Lens');
    await fresh.close();
    const { page, tabId } = await lens.openWithAction('/order.html');

    const report = await lens.scanReport<Report>(tabId);
    expect(report.coverage.score).not.toBeNull();
    const high = report.gaps.filter((g) => g.severity === 'high').length;
    expect(high).toBeGreaterThan(0);
    await expect.poll(async () => (await badge(tabId)).text).toBe(String(high));
    const b = await badge(tabId);
    expect(b.title).toBe(badgeFor(report).title);
    expect(b.color.slice(0, 3)).toEqual(rgb('#a4262c'));

    // A document type without expectations: the badge counts gender-specific findings.
    const generic = await lens.send<{ ok: true; report: Report }>({ type: 'set-profile', tabId, profile: 'generic' });
    expect(generic.report.coverage.score).toBeNull();
    const expected = badgeFor(generic.report);
    expect(Number(expected.text)).toBeGreaterThan(0);
    await expect.poll(async () => (await badge(tabId)).text).toBe(expected.text);
    expect((await badge(tabId)).title).toMatch(/gender-specific finding/);

    await page.goto(lens.server.origin + '/next.html');
    await expect.poll(async () => (await badge(tabId)).text).toBe('');
    expect((await badge(tabId)).title).toBe('Scan this page with WPS Lens');
    await page.close();
  });
});
