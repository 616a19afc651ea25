// End to end in real Chromium: the built extension scans corpus pages served from 127.0.0.1 through
// the contract's scan-tab message, and the painted highlights match the findings exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NON_GENDER_RESOLUTIONS, readResolution } from '../support/corpus.ts';
import { clickAction, highlightTexts, launchWithExtension, sendFromExtension, tabIdOf, type ExtensionBrowser } from './support/browser.ts';
import { resolutionHtml } from './support/corpus-html.ts';
import { startServer, type LocalServer } from './support/server.ts';

interface ScanOk { ok: true; findings: number; gaps: number; report: { findings: { text: string; pillar: string; genderSpecific: boolean; block?: string; start: number; end: number }[]; gaps: { rule: string }[] } }
type Scan = ScanOk | { ok: false; error: string };

const HIDDEN = 'Hidden note: gender-based violence against women and girls must be reported to the gender adviser.';
const ws = (s: string): string => s.replace(/\s+/g, ' ');

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

async function openAndScan(path: string, html: string): Promise<{ page: Page; scan: Scan; tabId: number }> {
  server.pages.set(path, { body: html, type: 'text/html; charset=utf-8' });
  const page = await b.context.newPage();
  await page.goto(server.origin + path);
  await clickAction(b, page);
  const tabId = await tabIdOf(ext, server.origin + path);
  const scan = await sendFromExtension<Scan>(ext, { type: 'scan-tab', tabId });
  return { page, scan, tabId };
}

describe('scan-tab on corpus pages', () => {
  it('paints one range per finding whose text equals the finding text (resolution 1325)', async () => {
    const { html } = resolutionHtml(readResolution('1325'), HIDDEN);
    const { page, scan, tabId } = await openAndScan('/r1325.html', html);
    expect(scan.ok, JSON.stringify(scan).slice(0, 300)).toBe(true);
    const ok = scan as ScanOk;
    expect(ok.findings).toBe(ok.report.findings.length);
    expect(ok.findings).toBeGreaterThan(10);

    // Each finding's text is the slice of the block the page sent.
    const state = await sendFromExtension<{ blocks: { id: string; text: string }[] }>(ext, { type: 'get-state', tabId });
    const byId = new Map(state.blocks.map((x) => [x.id, x.text]));
    for (const f of ok.report.findings) expect(byId.get(f.block!)!.slice(f.start, f.end)).toBe(f.text);
    // Hidden elements, scripts and noscript were not read.
    expect(state.blocks.some((x) => x.text.includes('Hidden note'))).toBe(false);
    expect(state.blocks.some((x) => x.text.includes('in a script'))).toBe(false);

    const painted = await highlightTexts(page);
    const families = ['participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective'];
    const paintedTexts = families.flatMap((f) => painted[`wps-lens-${f}`] ?? []).sort();
    expect(paintedTexts).toEqual(ok.report.findings.map((f) => ws(f.text)).sort());
    // The page DOM was not rewritten.
    expect(await page.locator('mark').count()).toBe(0);
    await page.close();
  });

  it('paints no gender-specific highlight on a resolution without WPS language', async () => {
    const symbol = NON_GENDER_RESOLUTIONS[0]!;
    const { html } = resolutionHtml(readResolution(symbol), 'A plain hidden sentence about logistics and fuel.');
    const { page, scan } = await openAndScan(`/r${symbol}.html`, html);
    expect(scan.ok).toBe(true);
    const ok = scan as ScanOk;
    const gendered = ok.report.findings.filter((f) => f.genderSpecific);
    expect(gendered).toEqual([]);
    const painted = await highlightTexts(page);
    const all = Object.entries(painted).filter(([n]) => n !== 'wps-lens-flash').flatMap(([, v]) => v);
    for (const t of all) expect(ok.report.findings.some((f) => ws(f.text) === t)).toBe(true);
    expect(all.filter((t) => /women|gender|girls|sexual/i.test(t))).toEqual([]);
    await page.close();
  });

  it('answers { ok: false, error } for a tab that cannot be scanned and for an invalid message', async () => {
    const bad = await sendFromExtension<Scan>(ext, { type: 'scan-tab', tabId: 'x' });
    expect(bad.ok).toBe(false);
    const extTab = await tabIdOf(ext, `chrome-extension://${b.extensionId}/sidepanel.html`);
    const own = await sendFromExtension<Scan>(ext, { type: 'scan-tab', tabId: extTab });
    expect(own).toMatchObject({ ok: false });
  });

  it('scans content added later incrementally, without reading the page again', async () => {
    const page = await b.context.newPage();
    server.pages.set('/spa.html', { type: 'text/html', body: '<!doctype html><title>spa</title><body><p>Logistics convoys will move fuel north.</p></body>' });
    await page.goto(server.origin + '/spa.html');
    await clickAction(b, page);
    const tabId = await tabIdOf(ext, server.origin + '/spa.html');
    const first = await sendFromExtension<ScanOk>(ext, { type: 'scan-tab', tabId });
    expect(first.ok).toBe(true);
    const before = await sendFromExtension<{ blocks: { id: string }[] }>(ext, { type: 'get-state', tabId });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The battalion will deploy mixed engagement teams and report on conflict-related sexual violence.';
      document.body.append(p);
    });
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-protection']?.length ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
    const after = await sendFromExtension<{ blocks: { id: string; text: string }[]; report: ScanOk['report'] }>(ext, { type: 'get-state', tabId });
    // Only the new paragraph was added as a block; the old ones were not re-read.
    expect(after.blocks.length).toBe(before.blocks.length + 1);
    expect(after.blocks.at(-1)!.text).toContain('conflict-related sexual violence');
    expect(after.report.findings.some((f) => f.text.toLowerCase() === 'conflict-related sexual violence')).toBe(true);
    await page.close();
  });

  it('sends no request beyond 127.0.0.1 and the extension itself', () => {
    const outside = b.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith(`chrome-extension://${b.extensionId}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(b.requests.length).toBeGreaterThan(0);
  });
});
