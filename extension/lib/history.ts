// The last few scans of each address, kept in browser.storage.local so the side panel can compare a page
// with an earlier version of itself. An entry keeps the page text as analysed (its blocks), which is all
// compare() needs: the old side is analysed again with the same settings when compared. One storage key
// per address (a corrupt one loses only that page); everything read back is zod-validated and what does
// not fit is ignored with a notice. Caps: `keep` scans per address (a setting, default 3, 0 = off), pages
// over MAX_ENTRY_CHARS are not kept, and the oldest scans go first when all of history passes MAX_TOTAL_CHARS.
import { z } from 'zod';

export const HISTORY_PREFS_KEY = 'wpsLens.historyPrefs';
export const HISTORY_PREFIX = 'wpsLens.history:';
export const DEFAULT_KEEP = 3;
export const MAX_KEEP = 10;
/** A page longer than this (characters of text) is not kept: about 2 MB stored. */
export const MAX_ENTRY_CHARS = 1_000_000;
/** All kept scans together: chrome.storage.local holds 10 MB, settings and a custom lexicon need room too. */
export const MAX_TOTAL_CHARS = 3_000_000;

const BlockText = z.object({ id: z.string().max(64), text: z.string() });

export const HistoryEntry = z.object({
  id: z.string().min(1).max(64),
  url: z.string(),
  title: z.string(),
  scannedAt: z.string(),
  /** Document type and language the page was scanned with (the old side is analysed the same way). */
  profile: z.string().regex(/^[a-z0-9-]+$/),
  language: z.string().max(8),
  /** Characters of text, and a hash of it: a rescan of an unchanged page adds no entry. */
  chars: z.number().int().nonnegative(),
  hash: z.string().max(32),
  blocks: z.array(BlockText),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
/** What lists show: an entry without its text. */
export type HistoryItem = Omit<HistoryEntry, 'blocks'> & { blockCount: number };

const PageHistory = z.object({ version: z.literal(1), url: z.string(), entries: z.array(HistoryEntry) }).strict();
type PageHistory = z.infer<typeof PageHistory>;

export const HistoryPrefs = z.object({ version: z.literal(1), keep: z.number().int().min(0).max(MAX_KEEP) }).strict();
export type HistoryPrefs = z.infer<typeof HistoryPrefs>;

/** The part of browser.storage.local history uses (the real one, or WXT's fake browser in tests). */
export interface HistoryArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The address a scan is kept under: the URL without its #fragment (same document, another place in it). */
export function addressOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export const keyOf = (url: string): string => HISTORY_PREFIX + addressOf(url);

/** FNV-1a over the blocks' text (with a separator), as hex: equal text, equal hash. */
export function textHash(blocks: readonly { text: string }[]): string {
  let h = 0x811c9dc5;
  for (const b of blocks) {
    for (let i = 0; i < b.text.length; i++) { h ^= b.text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    h ^= 0x1e; h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export async function loadPrefs(area: HistoryArea): Promise<HistoryPrefs> {
  const r = HistoryPrefs.safeParse((await area.get(HISTORY_PREFS_KEY))[HISTORY_PREFS_KEY]);
  return r.success ? r.data : { version: 1, keep: DEFAULT_KEEP };
}

/** Saves the number of scans kept per address and trims every page's history to it (0 forgets all). */
export async function savePrefs(area: HistoryArea, prefs: HistoryPrefs): Promise<void> {
  const p = HistoryPrefs.parse(prefs);
  await area.set({ [HISTORY_PREFS_KEY]: p });
  await serial(async () => {
    const pages = await allPages(area);
    const drop: string[] = [];
    const write: Record<string, PageHistory> = {};
    for (const [key, page] of pages) {
      if (!page || p.keep === 0) { drop.push(key); continue; }
      if (page.entries.length > p.keep) write[key] = { ...page, entries: page.entries.slice(0, p.keep) };
    }
    if (drop.length) await area.remove(drop);
    if (Object.keys(write).length) await area.set(write);
  });
}

export interface LoadedHistory { entries: HistoryEntry[]; notice?: string }

/** One address's kept scans, newest first; a stored value that does not fit is ignored with a notice. */
export async function loadPage(area: HistoryArea, url: string): Promise<LoadedHistory> {
  const key = keyOf(url);
  const raw = (await area.get(key))[key];
  if (raw === undefined) return { entries: [] };
  const r = PageHistory.safeParse(raw);
  if (r.success && r.data.url === addressOf(url)) return { entries: r.data.entries };
  return { entries: [], notice: 'The stored scans of this page could not be read and are ignored; the next scan replaces them.' };
}

export const itemOf = ({ blocks, ...rest }: HistoryEntry): HistoryItem => ({ ...rest, blockCount: blocks.length });

/** Kept scans of an address without their text, newest first. */
export async function listPage(area: HistoryArea, url: string): Promise<{ items: HistoryItem[]; notice?: string }> {
  const { entries, notice } = await loadPage(area, url);
  return { items: entries.map(itemOf), ...(notice ? { notice } : {}) };
}

export async function getEntry(area: HistoryArea, url: string, id: string): Promise<HistoryEntry | undefined> {
  return (await loadPage(area, url)).entries.find((e) => e.id === id);
}

export interface ScanToKeep {
  url: string;
  title: string;
  scannedAt: string;
  profile: string;
  language: string;
  blocks: readonly { id: string; text: string }[];
}

export type RecordResult =
  | { kept: true; entry: HistoryItem; /** true: the newest kept scan had the same text, and was only re-dated. */ same: boolean }
  | { kept: false; reason: 'off' | 'too-large' };

let seq = 0;
const newId = (at: string): string => `h${Date.parse(at) || Date.now()}-${(seq++).toString(36)}`;

/**
 * Keeps a scan as the address's newest entry. A page whose text is the same as the newest kept scan
 * only updates that entry's date and title, so rescanning an unchanged page keeps the older versions.
 */
export async function recordScan(area: HistoryArea, scan: ScanToKeep): Promise<RecordResult> {
  const { keep } = await loadPrefs(area);
  if (keep === 0) return { kept: false, reason: 'off' };
  const chars = scan.blocks.reduce((n, b) => n + b.text.length, 0);
  if (chars > MAX_ENTRY_CHARS) return { kept: false, reason: 'too-large' };
  return serial(async () => {
    const url = addressOf(scan.url);
    const { entries } = await loadPage(area, url);
    const hash = textHash(scan.blocks);
    const head = entries[0];
    let entry: HistoryEntry;
    let same = false;
    if (head && head.hash === hash && head.chars === chars) {
      entry = { ...head, title: scan.title, scannedAt: scan.scannedAt, profile: scan.profile, language: scan.language };
      entries[0] = entry;
      same = true;
    } else {
      entry = { id: newId(scan.scannedAt), url, title: scan.title, scannedAt: scan.scannedAt, profile: scan.profile, language: scan.language, chars, hash,
        blocks: scan.blocks.map((b) => ({ id: b.id, text: b.text })) };
      entries.unshift(entry);
    }
    // Validated before writing: nothing that would not read back reaches storage.
    const page = PageHistory.parse({ version: 1, url, entries: entries.slice(0, keep) });
    await area.set({ [keyOf(url)]: page });
    if (!same) await enforceTotal(area, keyOf(url), entry.id);
    return { kept: true, entry: itemOf(entry), same };
  });
}

/** Every stored page history by key (null where the stored value does not fit). */
async function allPages(area: HistoryArea): Promise<Map<string, PageHistory | null>> {
  const all = await area.get(null);
  const out = new Map<string, PageHistory | null>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(HISTORY_PREFIX)) continue;
    const r = PageHistory.safeParse(raw);
    out.set(key, r.success && keyOf(r.data.url) === key ? r.data : null);
  }
  return out;
}

/** Drops the oldest scans anywhere (never the one just kept) until all of history fits MAX_TOTAL_CHARS. */
async function enforceTotal(area: HistoryArea, keptKey: string, keptId: string): Promise<void> {
  const pages = await allPages(area);
  const all: { key: string; entry: HistoryEntry }[] = [];
  let total = 0;
  for (const [key, page] of pages) for (const entry of page?.entries ?? []) { all.push({ key, entry }); total += entry.chars; }
  if (total <= MAX_TOTAL_CHARS) return;
  all.sort((a, b) => a.entry.scannedAt.localeCompare(b.entry.scannedAt));
  const dropped = new Map<string, Set<string>>();
  for (const x of all) {
    if (total <= MAX_TOTAL_CHARS) break;
    if (x.key === keptKey && x.entry.id === keptId) continue;
    total -= x.entry.chars;
    const s = dropped.get(x.key) ?? new Set<string>();
    s.add(x.entry.id);
    dropped.set(x.key, s);
  }
  const write: Record<string, PageHistory> = {};
  const remove: string[] = [];
  for (const [key, ids] of dropped) {
    const page = pages.get(key)!;
    const entries = page.entries.filter((e) => !ids.has(e.id));
    if (entries.length) write[key] = { ...page, entries }; else remove.push(key);
  }
  if (remove.length) await area.remove(remove);
  if (Object.keys(write).length) await area.set(write);
}

/** Forgets every kept scan of one address. */
export async function forgetPage(area: HistoryArea, url: string): Promise<void> {
  await serial(() => area.remove(keyOf(url)));
}

/** Forgets every kept scan of every address (the setting stays). */
export async function forgetAll(area: HistoryArea): Promise<void> {
  await serial(async () => {
    const keys = [...(await allPages(area)).keys()];
    if (keys.length) await area.remove(keys);
  });
}

/** How much is kept: for the options page. */
export async function historyUsage(area: HistoryArea): Promise<{ pages: number; scans: number; chars: number }> {
  let pages = 0, scans = 0, chars = 0;
  for (const page of (await allPages(area)).values()) {
    if (!page) continue;
    pages++;
    scans += page.entries.length;
    for (const e of page.entries) chars += e.chars;
  }
  return { pages, scans, chars };
}

// One read-modify-write at a time (two tabs finishing a scan together must not lose one).
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}
