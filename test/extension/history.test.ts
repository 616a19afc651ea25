// The kept scans per address (extension/lib/history.ts) with WXT's fake browser storage: newest first,
// the count setting (default 3, 0 = off, lowering it trims), an unchanged rescan re-dates instead of
// pushing out older versions, the size caps, forget one page / all, and stored data that does not fit
// ignored with a notice (zod) instead of being half-read.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addressOf, DEFAULT_KEEP, forgetAll, forgetPage, getEntry, HISTORY_PREFIX, HISTORY_PREFS_KEY, historyUsage, keyOf, listPage, loadPage, loadPrefs,
  MAX_ENTRY_CHARS, MAX_TOTAL_CHARS, recordScan, savePrefs, textHash, type HistoryArea, type ScanToKeep,
} from '../../extension/lib/history.ts';

const area = fakeBrowser.storage.local as unknown as HistoryArea;
const URL_A = 'https://example.org/mandate.html';
const URL_B = 'https://example.org/order.html';

let clock = Date.parse('2026-11-20T09:00:00Z');
function scan(url: string, texts: string[], extra: Partial<ScanToKeep> = {}): ScanToKeep {
  clock += 60_000;
  return { url, title: `Page ${url}`, scannedAt: new Date(clock).toISOString(), profile: 'auto', language: 'auto', blocks: texts.map((text, i) => ({ id: `b${i}`, text })), ...extra };
}

beforeEach(() => fakeBrowser.reset());

describe('page history', () => {
  it('keeps scans newest first with their text, listed without it', async () => {
    const r1 = await recordScan(area, scan(URL_A, ['The mission will deploy women protection advisers.']));
    const r2 = await recordScan(area, scan(URL_A, ['The mission should deploy women protection advisers.', 'A second paragraph.']));
    expect(r1.kept && r2.kept).toBe(true);
    const { items, notice } = await listPage(area, URL_A);
    expect(notice).toBeUndefined();
    expect(items.map((i) => i.blockCount)).toEqual([2, 1]);
    expect(items[0]).not.toHaveProperty('blocks');
    expect(items[0]!.chars).toBe('The mission should deploy women protection advisers.'.length + 'A second paragraph.'.length);
    const older = await getEntry(area, URL_A, items[1]!.id);
    expect(older?.blocks).toEqual([{ id: 'b0', text: 'The mission will deploy women protection advisers.' }]);
    // Another address has its own history.
    expect((await listPage(area, URL_B)).items).toEqual([]);
  });

  it('keeps the last 3 by default, and the number set in the options', async () => {
    expect((await loadPrefs(area)).keep).toBe(DEFAULT_KEEP);
    expect(DEFAULT_KEEP).toBe(3);
    for (let i = 0; i < 5; i++) await recordScan(area, scan(URL_A, [`Version ${i} of the text.`]));
    const kept = (await listPage(area, URL_A)).items;
    expect(kept).toHaveLength(3);
    expect((await getEntry(area, URL_A, kept[0]!.id))?.blocks[0]?.text).toBe('Version 4 of the text.');
    expect((await getEntry(area, URL_A, kept[2]!.id))?.blocks[0]?.text).toBe('Version 2 of the text.');

    await savePrefs(area, { version: 1, keep: 5 });
    for (let i = 5; i < 9; i++) await recordScan(area, scan(URL_A, [`Version ${i} of the text.`]));
    expect((await listPage(area, URL_A)).items).toHaveLength(5);
    // Lowering the number trims every page at once.
    await recordScan(area, scan(URL_B, ['One.']));
    await recordScan(area, scan(URL_B, ['Two.']));
    await savePrefs(area, { version: 1, keep: 1 });
    expect((await listPage(area, URL_A)).items).toHaveLength(1);
    expect((await listPage(area, URL_B)).items.map((i) => i.chars)).toEqual(['Two.'.length]);
  });

  it('0 keeps nothing and forgets what was kept', async () => {
    await recordScan(area, scan(URL_A, ['Kept before.']));
    await savePrefs(area, { version: 1, keep: 0 });
    expect(await recordScan(area, scan(URL_A, ['Not kept.']))).toEqual({ kept: false, reason: 'off' });
    expect((await listPage(area, URL_A)).items).toEqual([]);
    expect(await historyUsage(area)).toEqual({ pages: 0, scans: 0, chars: 0 });
  });

  it('refuses a count outside 0–10', async () => {
    await expect(savePrefs(area, { version: 1, keep: 11 })).rejects.toThrow();
    await expect(savePrefs(area, { version: 1, keep: 1.5 })).rejects.toThrow();
    expect((await loadPrefs(area)).keep).toBe(3);
  });

  it('a rescan of an unchanged page re-dates the newest scan instead of pushing out older versions', async () => {
    await recordScan(area, scan(URL_A, ['First version.']));
    await recordScan(area, scan(URL_A, ['Second version.']));
    const again = scan(URL_A, ['Second version.'], { title: 'Renamed' });
    const r = await recordScan(area, again);
    expect(r.kept && r.same).toBe(true);
    const items = (await listPage(area, URL_A)).items;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: 'Renamed', scannedAt: again.scannedAt });
    // Same words cut into other blocks is other text (the hash sees the separators).
    expect(textHash([{ text: 'ab' }, { text: 'c' }])).not.toBe(textHash([{ text: 'a' }, { text: 'bc' }]));
  });

  it('keeps scans under the address without its #fragment', async () => {
    await recordScan(area, scan(`${URL_A}#para-4`, ['Text.']));
    expect(addressOf(`${URL_A}#para-4`)).toBe(URL_A);
    expect((await listPage(area, URL_A)).items).toHaveLength(1);
    expect((await listPage(area, `${URL_A}#other`)).items).toHaveLength(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(HISTORY_PREFIX + URL_A);
  });

  it('does not keep a page over the size cap, and drops the oldest scans anywhere when all of history is over its cap', async () => {
    expect(await recordScan(area, scan(URL_A, ['x'.repeat(MAX_ENTRY_CHARS + 1)]))).toEqual({ kept: false, reason: 'too-large' });
    expect((await listPage(area, URL_A)).items).toEqual([]);

    const big = Math.floor(MAX_ENTRY_CHARS * 0.9);
    const pages = Math.ceil(MAX_TOTAL_CHARS / big) + 1; // one more than fits
    const urls = Array.from({ length: pages }, (_, i) => `https://example.org/p${i}.html`);
    for (const u of urls) await recordScan(area, scan(u, [u.padEnd(big, '.')]));
    const usage = await historyUsage(area);
    expect(usage.chars).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
    // The oldest went first; the newest is always kept.
    expect((await listPage(area, urls[0]!)).items).toEqual([]);
    expect((await listPage(area, urls.at(-1)!)).items).toHaveLength(1);
    expect(usage.scans).toBe(Math.floor(MAX_TOTAL_CHARS / big));
  });

  it('forgets one page, or all pages (the count setting stays)', async () => {
    await savePrefs(area, { version: 1, keep: 4 });
    await recordScan(area, scan(URL_A, ['A.']));
    await recordScan(area, scan(URL_B, ['B.']));
    await forgetPage(area, `${URL_A}#x`);
    expect((await listPage(area, URL_A)).items).toEqual([]);
    expect((await listPage(area, URL_B)).items).toHaveLength(1);
    await recordScan(area, scan(URL_A, ['A again.']));
    await forgetAll(area);
    expect(await historyUsage(area)).toEqual({ pages: 0, scans: 0, chars: 0 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(HISTORY_PREFIX))).toEqual([]);
    expect((await loadPrefs(area)).keep).toBe(4);
  });

  it('ignores stored data that does not fit, with a notice, and the next scan replaces it', async () => {
    await fakeBrowser.storage.local.set({ [keyOf(URL_A)]: { version: 1, url: URL_A, entries: [{ id: 'h1', url: URL_A, blocks: 'not a list' }] } });
    const bad = await loadPage(area, URL_A);
    expect(bad.entries).toEqual([]);
    expect(bad.notice).toMatch(/could not be read/);
    expect((await listPage(area, URL_A)).notice).toMatch(/could not be read/);
    // Data stored under one address claiming another is not read either.
    await fakeBrowser.storage.local.set({ [keyOf(URL_B)]: { version: 1, url: URL_A, entries: [] } });
    expect((await loadPage(area, URL_B)).notice).toBeDefined();
    // Corrupt preferences fall back to the default count.
    await fakeBrowser.storage.local.set({ [HISTORY_PREFS_KEY]: { version: 1, keep: 'many' } });
    expect((await loadPrefs(area)).keep).toBe(3);

    await recordScan(area, scan(URL_A, ['Fresh.']));
    const good = await loadPage(area, URL_A);
    expect(good.notice).toBeUndefined();
    expect(good.entries.map((e) => e.blocks[0]!.text)).toEqual(['Fresh.']);
    // Usage counts only what reads back.
    expect((await historyUsage(area)).pages).toBe(1);
  });

  it('two scans recorded at the same time both stay', async () => {
    await Promise.all([recordScan(area, scan(URL_A, ['One.'])), recordScan(area, scan(URL_A, ['Two.'])), recordScan(area, scan(URL_B, ['Three.']))]);
    expect((await listPage(area, URL_A)).items).toHaveLength(2);
    expect((await listPage(area, URL_B)).items).toHaveLength(1);
  });
});
