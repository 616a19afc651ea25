// Each tab's scan, kept past the service worker's sleep. Chrome stops an idle MV3 worker after about
// 30 s and its memory is gone; without this, the panel opened a minute later saw "not scanned" and the
// Changes view had nothing to compare. The minimal scan (address, title, the page's text blocks, the
// chosen type and language, when) goes to storage.session: in memory, for this browser session only,
// never written to disk nor synced. The report is not stored: it is analysed again on wake (milliseconds),
// with the rules in force then. Without a session area (older browsers) the store is memory only.
import { z } from 'zod';
import { LanguageChoice } from './messages.ts';

export const StoredScan = z.object({
  url: z.string(),
  title: z.string(),
  blocks: z.array(z.object({ id: z.string(), text: z.string() })),
  profile: z.string(),
  language: LanguageChoice,
  scannedAt: z.string(),
  historyId: z.string().optional(),
  /** Hash of the settings the page's highlights were painted with (see settingsHash). */
  painted: z.string(),
});
export type StoredScan = z.infer<typeof StoredScan>;

/** The part of chrome.storage.session the store uses. */
export interface SessionArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'scan:';
const keyOf = (tabId: number) => PREFIX + tabId;

/** FNV-1a over the settings' JSON: a short, stable name for "painted with these settings". */
export function settingsHash(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + ':' + json.length.toString(36);
}

/**
 * A tab's live scan `S` (with its report) in memory, its StoredScan in the session area. `revive` turns
 * a stored scan back into a live one (analyses it again); a stored scan that no longer parses or revives
 * is dropped (the tab is then simply not scanned).
 */
export class SessionStore<S extends Omit<StoredScan, 'painted'>> {
  private readonly live = new Map<number, S>();
  /** Per tab, the look-up of its stored scan in this worker's life (done or under way). */
  private readonly looked = new Map<number, Promise<S | undefined>>();
  private all: Promise<void> | undefined;
  /** Bumped by set and delete: a revival that started before either is dropped. */
  private readonly changes = new Map<number, number>();

  constructor(
    private readonly area: SessionArea | undefined,
    private readonly revive: (tabId: number, stored: StoredScan) => Promise<S | undefined>,
    private readonly paintedOf: (s: S) => string,
  ) {}

  /** The live scan, if this worker has it (no storage read). */
  get(tabId: number): S | undefined { return this.live.get(tabId); }

  /** The live scan, revived from the session area when the worker slept since the scan. */
  async load(tabId: number): Promise<S | undefined> {
    const have = this.live.get(tabId);
    if (have || !this.area) return have;
    let look = this.looked.get(tabId);
    if (!look) {
      const key = keyOf(tabId);
      const before = this.changes.get(tabId) ?? 0;
      look = this.area.get(key).then((r) => r[key], () => undefined).then((raw) => raw === undefined ? undefined : this.reviveOne(tabId, raw, before));
      this.looked.set(tabId, look);
    }
    await look;
    return this.live.get(tabId);
  }

  /** Every tab's scan (the Changes view lists other tabs; a settings change repaints them all). */
  async loadAll(): Promise<ReadonlyMap<number, S>> {
    if (this.area) {
      this.all ??= this.area.get(null).then(async (items) => {
        const tabs = Object.keys(items).filter((k) => k.startsWith(PREFIX)).map((k) => Number(k.slice(PREFIX.length))).filter(Number.isInteger);
        await Promise.all(tabs.map((t) => this.load(t)));
      }, () => undefined);
      await this.all;
    }
    return this.live;
  }

  /** A new scan, in memory only: call save() once it is complete (a scan adds its history id late). */
  put(tabId: number, s: S): void {
    this.changes.set(tabId, (this.changes.get(tabId) ?? 0) + 1);
    this.live.set(tabId, s);
    this.looked.set(tabId, Promise.resolve(s));
  }

  /** A new scan, in memory at once, then in the session area (a failure only loses persistence). */
  async set(tabId: number, s: S): Promise<void> {
    this.put(tabId, s);
    await this.save(tabId);
  }

  /** Writes the tab's live scan again after it changed in place (new blocks, type, language, painted anew). */
  async save(tabId: number): Promise<void> {
    const s = this.live.get(tabId);
    if (!s || !this.area) return;
    const stored: StoredScan = {
      url: s.url, title: s.title, blocks: s.blocks, profile: s.profile, language: s.language, scannedAt: s.scannedAt,
      ...(s.historyId ? { historyId: s.historyId } : {}), painted: this.paintedOf(s),
    };
    await this.area.set({ [keyOf(tabId)]: stored }).catch(() => undefined); // quota: memory only for this tab
  }

  /** Forgets the tab's scan (navigated, closed); says whether this worker had one. */
  delete(tabId: number): boolean {
    this.changes.set(tabId, (this.changes.get(tabId) ?? 0) + 1);
    const had = this.live.delete(tabId);
    this.looked.set(tabId, Promise.resolve(undefined));
    void this.area?.remove(keyOf(tabId)).catch(() => undefined);
    return had;
  }

  private async reviveOne(tabId: number, raw: unknown, before: number): Promise<S | undefined> {
    const parsed = StoredScan.safeParse(raw);
    const s = parsed.success ? await this.revive(tabId, parsed.data).catch(() => undefined) : undefined;
    if ((this.changes.get(tabId) ?? 0) !== before) return this.live.get(tabId); // scanned again or forgotten meanwhile: that wins
    if (!s) { await this.area?.remove(keyOf(tabId)).catch(() => undefined); return undefined; }
    this.live.set(tabId, s);
    return s;
  }
}
