// Chrome stops an idle MV3 service worker after about 30 s; a scan must outlive it. The worker is
// stopped here on purpose (CDP ServiceWorker.stopAllWorkers, as Chrome's idle timer would), and the
// panel, get-state, the Changes view and a settings change must still find the tabs' scans.
import { describe, expect, it } from 'vitest';
import { highlightTexts, stopServiceWorker } from './support/browser.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension(async ({ server }) => {
  server.pages.set('/order.html', { type: 'text/html; charset=utf-8', body: sampleHtml('oporder-sector-west', 'Operation order') });
  server.pages.set('/other.html', { type: 'text/html; charset=utf-8', body: sampleHtml('mandate', 'Mandate') });
});

type State = { traffic?: { collects: number }; report: { findings: { id: string; concept: string }[]; gaps: unknown[]; profile: { id: string } } | null; scannedAt?: string; language?: string };

describe('a scan outlives the service worker', () => {
  it('after the worker stopped: the same report, type and language in get-state and the panel; Changes lists the other tab; highlights stay', async () => {
    const { page, tabId } = await lens.openWithAction('/order.html');
    const other = await lens.openWithAction('/other.html');
    expect((await lens.send<{ ok: boolean }>({ type: 'set-profile', tabId, profile: 'conops' })).ok).toBe(true);
    expect((await lens.send<{ ok: boolean }>({ type: 'set-language', tabId, language: 'en' })).ok).toBe(true);
    const before = await lens.send<State>({ type: 'get-state', tabId });
    expect(before.report?.profile.id).toBe('conops');
    expect(before.traffic?.collects).toBe(1); // kept in the worker's memory only
    const painted = await highlightTexts(page);

    await stopServiceWorker(lens.b);

    const after = await lens.send<State>({ type: 'get-state', tabId });
    expect(after.traffic, 'the worker was not stopped: it still has its memory').toBeUndefined();
    expect(after.report, 'the scan was lost with the worker').not.toBeNull();
    expect(after.scannedAt).toBe(before.scannedAt);
    expect(after.language).toBe('en');
    expect(after.report!.profile.id).toBe('conops');
    expect(after.report!.findings.map((f) => f.id)).toEqual(before.report!.findings.map((f) => f.id));
    expect(after.report!.gaps.length).toBe(before.report!.gaps.length);
    expect(await highlightTexts(page)).toEqual(painted);

    const panel = await lens.openPanel(tabId);
    expect(await panel.locator('#scan').textContent()).toBe('Scan again');
    await panel.close();

    await stopServiceWorker(lens.b);
    const sources = await lens.send<{ ok: boolean; tabs: { tabId: number }[] }>({ type: 'compare-sources', tabId });
    expect(sources.tabs.map((t) => t.tabId)).toContain(other.tabId);

    // A settings change while the worker slept (here: a concept dismissed everywhere) reaches the other
    // tab too: its scan is revived, analysed with the new settings and its page painted anew.
    const ranges = async () => Object.values(await highlightTexts(other.page)).flat().length;
    const otherBefore = await lens.send<State & { report: { findings: { concept: string }[] } }>({ type: 'get-state', tabId: other.tabId });
    const concept = otherBefore.report!.findings[0]!.concept;
    const paintedBefore = await ranges();
    await stopServiceWorker(lens.b);
    expect((await lens.send<{ ok: boolean }>({ type: 'dismiss', tabId, dismissal: { scope: 'always', by: 'concept', concept } })).ok).toBe(true);
    await expect.poll(ranges, { timeout: 10_000 }).toBeLessThan(paintedBefore);
    const otherAfter = await lens.send<State & { report: { findings: { concept: string }[] } }>({ type: 'get-state', tabId: other.tabId });
    expect(otherAfter.report!.findings.some((f) => f.concept === concept)).toBe(false);
    expect(otherAfter.scannedAt).toBe(otherBefore.scannedAt);

    // A navigation forgets the scan, and the worker's next life does not bring it back.
    await page.goto(lens.server.origin + '/other.html');
    await expect.poll(async () => (await lens.send<State>({ type: 'get-state', tabId })).report).toBeNull();
    await stopServiceWorker(lens.b);
    expect((await lens.send<State>({ type: 'get-state', tabId })).report).toBeNull();
    await other.page.close();
    await page.close();
  });
});
