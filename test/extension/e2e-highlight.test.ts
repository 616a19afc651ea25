// End to end in real Chromium: the built extension scans corpus pages served from 127.0.0.1 through
// the contract's scan-tab message, and the painted highlights match the findings exactly.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../core/index.ts';
import { NON_GENDER_RESOLUTIONS, readResolution } from '../support/corpus.ts';
import { highlightTexts, paintedFindings } from './support/browser.ts';
import { resolutionHtml } from './support/corpus-html.ts';
import { useExtension } from './support/session.ts';

interface ScanOk { ok: true; findings: number; gaps: number; report: { findings: { text: string; pillar: string; genderSpecific: boolean; block?: string; start: number; end: number }[]; gaps: { rule: string }[] } }
type Scan = ScanOk | { ok: false; error: string };

const HIDDEN = 'Hidden note: gender-based violence against women and girls must be reported to the gender adviser.';
const ws = (s: string): string => s.replace(/\s+/g, ' ');

const lens = useExtension();

async function openAndScan(path: string, html: string): Promise<{ page: Page; scan: Scan; tabId: number }> {
  lens.server.pages.set(path, { body: html, type: 'text/html; charset=utf-8' });
  const { page, tabId } = await lens.openWithAction(path);
  const scan = await lens.send<Scan>({ type: 'scan-tab', tabId });
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
    const state = await lens.send<{ blocks: { id: string; text: string }[] }>({ type: 'get-state', tabId, blocks: true });
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
    const bad = await lens.send<Scan>({ type: 'scan-tab', tabId: 'x' });
    expect(bad.ok).toBe(false);
    const extTab = await lens.tabIdOf(`chrome-extension://${lens.b.extensionId}/sidepanel.html`);
    const own = await lens.send<Scan>({ type: 'scan-tab', tabId: extTab });
    expect(own).toMatchObject({ ok: false });
  });

  it('scans "load more" content incrementally: only the new blocks cross from the page, gaps stay right', async () => {
    const page = await lens.b.context.newPage();
    // A corpus resolution plus a "load more" button that appends our own paragraphs, as news sites do.
    const { html } = resolutionHtml(readResolution(NON_GENDER_RESOLUTIONS[0]!), 'nothing hidden');
    const more = [
      'The battalion will deploy mixed engagement teams and report on conflict-related sexual violence.',
      'A gender adviser shall brief the force commander every week.',
      'Women will take part in every local security committee.',
    ];
    const script = `<button id="more">Load more</button><div id="feed"></div><script>let n = 0; const more = ${JSON.stringify(more)};
      document.getElementById('more').onclick = () => { const p = document.createElement('p'); p.innerHTML = '<b>Update ' + (++n) + ':</b> '; p.append(more[n - 1]); document.getElementById('feed').append(p); };</script>`;
    lens.server.pages.set('/spa.html', { type: 'text/html', body: html.replace('</body>', `${script}</body>`) });
    const { tabId } = await lens.openWithAction('/spa.html', { page });
    const first = await lens.send<ScanOk>({ type: 'scan-tab', tabId });
    expect(first.ok).toBe(true);
    type St = { blocks: { id: string; text: string }[]; report: ScanOk['report'] & { gaps: { rule: string }[] }; url: string; traffic: { collects: number; increments: number; blocksReceived: number; charsReceived: number } };
    const before = await lens.send<St>({ type: 'get-state', tabId, blocks: true });
    const pageChars = before.blocks.reduce((s, x) => s + x.text.length, 0);
    // The toolbar click scanned once and scan-tab again: each scan is one collect of the page's text.
    expect(before.traffic).toEqual({ collects: 2, increments: 0, blocksReceived: 2 * before.blocks.length, charsReceived: 2 * pageChars });
    const painted = (): Promise<string[]> => paintedFindings(page);

    for (let i = 0; i < more.length; i++) {
      await page.click('#more');
      await expect.poll(async () => (await lens.send<St>({ type: 'get-state', tabId })).traffic.increments, { timeout: 5000 }).toBe(i + 1);
    }
    await expect.poll(painted, { timeout: 5000 }).toEqual(expect.arrayContaining(['conflict-related sexual violence', 'gender adviser', 'mixed engagement teams']));
    const after = await lens.send<St>({ type: 'get-state', tabId, blocks: true });
    // No new collect: each click sent exactly its one new block, never the page again.
    const added = after.blocks.slice(before.blocks.length);
    expect(added.map((x) => x.text)).toEqual(more.map((m, i) => `Update ${i + 1}: ${m}`));
    expect(after.traffic).toEqual({ collects: 2, increments: 3, blocksReceived: before.traffic.blocksReceived + 3, charsReceived: before.traffic.charsReceived + added.reduce((s, x) => s + x.text.length, 0) });
    // Findings and gaps are those of the whole page as it is now.
    const whole = analyze(after.blocks, { source: after.url });
    expect(after.report.findings.map((f) => `${f.block}:${f.start}:${f.text}`)).toEqual(whole.findings.map((f) => `${f.block}:${f.start}:${f.text}`));
    expect(after.report.gaps.map((g) => g.rule)).toEqual(whole.gaps.map((g) => g.rule));
    expect(after.report.gaps.map((g) => g.rule)).not.toEqual(before.report.gaps.map((g) => g.rule));
    // Every finding in the new content is painted, with its exact words.
    const newFindings = after.report.findings.filter((f) => added.some((x) => x.id === f.block));
    expect(newFindings.length).toBeGreaterThanOrEqual(3);
    const all = await painted();
    for (const f of newFindings) expect(all).toContain(ws(f.text).toLowerCase());
    // A panel refresh carries the report but not the page text.
    const light = await lens.send<{ blocks?: unknown }>({ type: 'get-state', tabId });
    expect(light.blocks).toBeUndefined();
    await page.close();
  });

  it('sends no request beyond 127.0.0.1 and the extension itself', () => {
    const outside = lens.b.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith(`chrome-extension://${lens.b.extensionId}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(lens.b.requests.length).toBeGreaterThan(0);
  });
});
