// The tab scans the background keeps past the service worker's sleep: a second store on the same
// session area stands for the worker started again.
import { describe, expect, it } from 'vitest';
import { SessionStore, settingsHash, type SessionArea, type StoredScan } from '../../extension/lib/session-store.ts';

interface Live extends Omit<StoredScan, 'painted'> { report: string; settingsKey: string }

class FakeArea implements SessionArea {
  items = new Map<string, unknown>();
  failSet = false;
  async get(keys?: string | string[] | null) {
    const want = keys == null ? [...this.items.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(want.filter((k) => this.items.has(k)).map((k) => [k, structuredClone(this.items.get(k))]));
  }
  async set(items: Record<string, unknown>) {
    if (this.failSet) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.items.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]) { for (const k of [keys].flat()) this.items.delete(k); }
}

const scan = (url: string, text: string): Live => ({
  url, title: 'Order', blocks: [{ id: 'b0', text }], profile: 'oporder', language: 'fr', scannedAt: '2026-12-03T10:00:00.000Z',
  historyId: 'h1', report: `report of ${text}`, settingsKey: 'k1',
});

function worker(area: SessionArea | undefined, opts: { refuse?: Set<number>; delay?: number } = {}) {
  const revived: number[] = [];
  const store = new SessionStore<Live>(area, async (tabId, st) => {
    revived.push(tabId);
    if (opts.delay) await new Promise((r) => setTimeout(r, opts.delay));
    if (opts.refuse?.has(tabId)) return undefined;
    const { painted, ...rest } = st;
    return { ...rest, report: `re-analysed ${rest.blocks.map((b) => b.text).join(' ')}`, settingsKey: painted };
  }, (s) => s.settingsKey);
  return { store, revived };
}

describe('SessionStore', () => {
  it('a scan set before the worker slept is revived, analysed again, with its type, language, history id and painted key', async () => {
    const area = new FakeArea();
    const first = worker(area).store;
    await first.set(7, scan('https://example.org/a', 'The gender adviser will brief.'));
    expect(first.get(7)?.report).toBe('report of The gender adviser will brief.');

    const { store, revived } = worker(area);
    expect(store.get(7)).toBeUndefined(); // memory is gone
    const [a, b] = await Promise.all([store.load(7), store.load(7)]);
    expect(revived).toEqual([7]); // one revival for concurrent readers
    expect(a).toBe(b);
    expect(a).toMatchObject({ url: 'https://example.org/a', profile: 'oporder', language: 'fr', historyId: 'h1', settingsKey: 'k1', report: 're-analysed The gender adviser will brief.' });
    expect(store.get(7)).toBe(a);
    expect(await store.load(8)).toBeUndefined();
    expect(revived).toEqual([7]); // nothing stored for 8: nothing revived
  });

  it('changes made in place (new blocks, another type) are kept by save()', async () => {
    const area = new FakeArea();
    const first = worker(area).store;
    const s = scan('https://example.org/a', 'one');
    await first.set(3, s);
    s.blocks.push({ id: 'b1', text: 'two' });
    s.profile = 'conops';
    await first.save(3);
    const again = await worker(area).store.load(3);
    expect(again?.blocks.map((b) => b.text)).toEqual(['one', 'two']);
    expect(again?.profile).toBe('conops');
  });

  it('put() keeps a scan in memory only until save()', async () => {
    const area = new FakeArea();
    const first = worker(area).store;
    first.put(4, scan('https://example.org/p', 'x'));
    expect(await worker(area).store.load(4)).toBeUndefined();
    await first.save(4);
    expect((await worker(area).store.load(4))?.url).toBe('https://example.org/p');
  });

  it('loadAll() revives every tab, once each, and keeps what this worker already has', async () => {
    const area = new FakeArea();
    const first = worker(area).store;
    await first.set(1, scan('https://example.org/1', 'a'));
    await first.set(2, scan('https://example.org/2', 'b'));
    await area.set({ 'settings-unrelated': { x: 1 } });
    const { store, revived } = worker(area);
    const mine = scan('https://example.org/1', 'newer');
    await store.set(1, mine);
    const all = await store.loadAll();
    expect([...all.keys()].sort()).toEqual([1, 2]);
    expect(all.get(1)).toBe(mine);
    expect(revived).toEqual([2]);
    await store.loadAll();
    expect(revived).toEqual([2]);
  });

  it('a forgotten tab stays forgotten after the sleep; a revival that started before a new scan or a forget loses', async () => {
    const area = new FakeArea();
    const first = worker(area).store;
    await first.set(5, scan('https://example.org/5', 'a'));
    await first.set(6, scan('https://example.org/6', 'b'));
    expect(first.delete(5)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(await worker(area).store.load(5)).toBeUndefined();

    const { store } = worker(area, { delay: 20 });
    const reviving = store.load(6);
    const fresh = scan('https://example.org/6', 'scanned again');
    store.put(6, fresh);
    expect(await reviving).toBe(fresh);

    const slow = worker(area, { delay: 20 }).store;
    const gone = slow.load(6);
    slow.delete(6);
    expect(await gone).toBeUndefined();
    expect(slow.get(6)).toBeUndefined();
  });

  it('a stored scan that does not parse, or that the background refuses (tab gone or elsewhere), is dropped from the area', async () => {
    const area = new FakeArea();
    await area.set({ 'scan:9': { url: 'https://example.org', blocks: 'not blocks' } });
    const { store, revived } = worker(area, { refuse: new Set([10]) });
    expect(await store.load(9)).toBeUndefined();
    expect(revived).toEqual([]);
    expect(area.items.has('scan:9')).toBe(false);

    await worker(area).store.set(10, scan('https://example.org/10', 'a'));
    expect(await store.load(10)).toBeUndefined();
    expect(area.items.has('scan:10')).toBe(false);
  });

  it('a full session area loses persistence only; without one the store is memory only', async () => {
    const area = new FakeArea();
    area.failSet = true;
    const first = worker(area).store;
    await expect(first.set(1, scan('https://example.org', 'a'))).resolves.toBeUndefined();
    expect(first.get(1)?.url).toBe('https://example.org');
    expect(await worker(area).store.load(1)).toBeUndefined();

    const none = worker(undefined).store;
    await none.set(2, scan('https://example.org', 'b'));
    expect((await none.load(2))?.url).toBe('https://example.org');
    expect([...(await none.loadAll()).keys()]).toEqual([2]);
  });

  it('settingsHash tells settings apart and is stable', () => {
    const a = settingsHash(JSON.stringify([{ pillars: { legal: true } }, null]));
    expect(settingsHash(JSON.stringify([{ pillars: { legal: true } }, null]))).toBe(a);
    expect(settingsHash(JSON.stringify([{ pillars: { legal: false } }, null]))).not.toBe(a);
    expect(settingsHash('')).not.toBe(settingsHash(' '));
  });
});
