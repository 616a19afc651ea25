// The background's work: scan a tab (collect → analyse → paint), keep each tab's report, answer the
// side panel, and analyse content a page adds later. All incoming messages are zod-validated first.
import { browser } from 'wxt/browser';
import type { Dismissal } from '../../core/analysis/dismiss.ts';
import type { Report, TextBlock } from '../../core/schema.ts';
import type { PackInfo } from '../../core/packs/schema.ts';
import { loadInflection } from '../../core/lexicon/forms.ts';
import { checkPacks, issuesOf } from '../../core/packs/in-force.ts';
import type { Lexicon } from '../../core/lexicon/compile.ts';
import { analyzeBlocks, paintItems } from './analysis.ts';
import { badgeFor } from './badge.ts';
import { trIn, uiLanguageOf, type UiLanguage } from './i18n.ts';
import { highlightCss } from './highlight-css.ts';
import { CollectReply, PaintReply, parseRequest, RevealReply, type BackgroundRequest, type CompareResult, type CompareSources, type CompareWith, type LanguageChoice, type ScanResult, type TabState } from './messages.ts';
import { changeItems } from './change-items.ts';
import { compareScan, sourcesFor, type ScannedTab } from './compare-service.ts';
import { forgetPage, listPage, loadPrefs, recordScan, type HistoryArea } from './history.ts';
import type { PaintItem } from './paint-types.ts';
import { readManagedPolicy, type ManagedAreaLike } from './managed.ts';
import { builtinPackList, RulesCache, rulesView, type RulesNow } from './rules.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { SessionStore, settingsHash, type SessionArea, type StoredScan } from './session-store.ts';
import { preparePage, sendToTab, tabKind, viewerUrl } from './tabs.ts';


/** A tab's scan as the comparison reads it (compare-service.ts), plus what the highlights were painted with. */
interface Session extends ScannedTab {
  /** The settings the report and the page's highlights reflect (see repaintAll). */
  settingsKey: string;
}

/** Each tab's scan; kept in storage.session so the worker's sleep loses nothing (session-store.ts). */
const sessions = new SessionStore<Session>(
  (browser.storage as unknown as { session?: SessionArea }).session,
  (tabId, stored) => revive(tabId, stored),
  (s) => s.settingsKey,
);
/** Per tab: page text received from the page, so tests and the README can show increments stay incremental. */
const traffic = new Map<number, { collects: number; increments: number; blocksReceived: number; charsReceived: number }>();

function count(tabId: number, blocks: readonly TextBlock[], kind: 'collects' | 'increments'): void {
  const t = traffic.get(tabId) ?? { collects: 0, increments: 0, blocksReceived: 0, charsReceived: 0 };
  t[kind]++;
  t.blocksReceived += blocks.length;
  for (const b of blocks) t.charsReceived += b.text.length;
  traffic.set(tabId, t);
}
const rulesCache = new RulesCache();

/** The browser's managed storage (absent in some test set-ups and browsers). */
const managedArea = (): ManagedAreaLike | undefined => (browser.storage as unknown as { managed?: ManagedAreaLike }).managed;

interface Now { settings: Settings; notice?: string; rules: RulesNow; lexicon: Lexicon; key: string; /** The interface language: hover cards, badge, messages. */ ui: UiLanguage }

/** The interface language of the last settings read (the badge is set between reads). */
let ui: UiLanguage = 'en';

/**
 * The user's settings and the rules in force: the organisation's policy is read on every scan (a
 * policy pushed while the browser runs applies to the next scan), checked again only when it changed.
 */
async function settingsNow(): Promise<Now> {
  const now = await loadSettings(browser.storage.local as never);
  // A custom lexicon's own English phrases need compromise's inflection, loaded only then (core/lexicon/forms.ts).
  if (now.settings.lexicon) await loadInflection();
  const policy = await readManagedPolicy(managedArea());
  const rules = await rulesCache.get(policy, now.settings);
  ui = uiLanguageOf(now.settings);
  const lexicon = rulesCache.lexiconFor(rules, now.settings.lexicon, ui);
  return { ...now, rules, lexicon, key: settingsHash(JSON.stringify([now.settings, policy, ui])), ui };
}

function dismissalsFor(s: Settings, url: string): Dismissal[] {
  return [...s.dismissals, ...(s.dismissedOnce[url] ?? [])];
}

function analyzeSession(sess: Omit<Session, 'report' | 'scannedAt' | 'settingsKey'>, now: Now): Report {
  return analyzeBlocks(sess.blocks, { source: sess.url, profile: sess.profile, language: sess.language, lexicon: now.lexicon, dismissals: dismissalsFor(now.settings, sess.url) });
}

/**
 * A scan kept while the worker slept, made live again: analysed with the rules in force now. The page
 * kept its highlights; when the settings changed meanwhile they are painted anew. A tab that shows
 * another address now (or is gone) has no scan any more.
 */
async function revive(tabId: number, stored: StoredScan): Promise<Session | undefined> {
  const tab = await browser.tabs.get(tabId);
  const kind = tabKind(tab.url);
  if (tab.url !== undefined && kind !== 'viewer' && tab.url !== stored.url) return undefined;
  const now = await settingsNow();
  const { painted, ...scan } = stored;
  const sess: Session = { ...scan, report: analyzeSession(scan, now), settingsKey: painted };
  if (painted !== now.key) {
    try {
      if (kind === 'page') await preparePage(tabId, stored.url, highlightCss(now.settings.pillars));
      await paint(tabId, paintItems(sess.report.findings, now.settings.pillars, { language: now.ui }), true);
      sess.settingsKey = now.key;
    } catch { /* the page cannot be painted now: its next scan will */ }
  }
  return sess;
}

async function paint(tabId: number, items: PaintItem[], reset: boolean): Promise<void> {
  const reply = PaintReply.safeParse(await sendToTab(tabId, { type: 'page:paint', items, reset }));
  if (!reply.success) throw new Error('the page did not confirm painting');
}


/** Per tab: why its last scan failed, so get-state can tell a panel (or a test) what the toolbar's scan came to. */
const scanErrors = new Map<number, string>();

export async function scanTab(tabId: number, profile?: string, language?: LanguageChoice): Promise<ScanResult> {
  const r = await scanTabOnce(tabId, profile, language);
  if (r.ok) scanErrors.delete(tabId); else scanErrors.set(tabId, r.error);
  return r;
}

async function scanTabOnce(tabId: number, profile?: string, language?: LanguageChoice): Promise<ScanResult> {
  try {
    const tab = await browser.tabs.get(tabId);
    const kind = tabKind(tab.url);
    const now = await settingsNow();
    if (kind === 'unscannable') return { ok: false, error: trIn(now.ui, 'unscannable') };
    if (kind === 'pdf') return { ok: false, error: trIn(now.ui, 'pdfScan') };
    const { settings } = now;
    if (kind === 'page' || kind === 'no-access') {
      try { await preparePage(tabId, tab.url ?? '', highlightCss(settings.pillars)); } catch (e) {
        // No access yet (the address is hidden) or the browser refused the page: say what to do.
        if (kind === 'no-access' || /cannot access|permission|cannot be scripted/i.test((e as Error).message)) return { ok: false, error: trIn(now.ui, 'noAccess') };
        throw e;
      }
    }
    const collected = CollectReply.safeParse(await sendToTab(tabId, { type: 'page:collect' }));
    if (!collected.success) return { ok: false, error: trIn(now.ui, 'noAnswer') };
    const c = collected.data;
    count(tabId, c.blocks, 'collects');
    const url = kind === 'viewer' ? c.url : tab.url ?? c.url;
    const before = await sessions.load(tabId);
    const base = { url, title: c.title || tab.title || url, blocks: c.blocks, profile: profile ?? before?.profile ?? now.rules.effective.defaultProfile,
      language: language ?? before?.language ?? 'auto' };
    const report = analyzeSession(base, now);
    const sess: Session = { ...base, report, scannedAt: new Date().toISOString(), settingsKey: now.key };
    sessions.put(tabId, sess);
    await paint(tabId, paintItems(report.findings, settings.pillars, { language: now.ui }), true);
    await keepScan(sess); // after painting (the reader waits for the page, not for storage), before the panel asks
    await sessions.save(tabId); // with its history id, so the worker's sleep loses nothing
    notifyPanel(tabId);
    return { ok: true, findings: report.findings.length, gaps: report.gaps.length, report };
  } catch (e) {
    return { ok: false, error: (e as Error).message || String(e) };
  }
}

const historyArea = (): HistoryArea => browser.storage.local as unknown as HistoryArea;

/** Keeps the scan in its address's history (history.ts) for the Changes view; a storage failure never fails a scan. */
async function keepScan(sess: Session): Promise<void> {
  try {
    const r = await recordScan(historyArea(), { url: sess.url, title: sess.title, scannedAt: sess.scannedAt, profile: sess.profile, language: sess.language, blocks: sess.blocks });
    if (r.kept) sess.historyId = r.entry.id;
  } catch { /* storage full or unavailable: no history for this scan */ }
}

async function compareSources(tabId: number): Promise<CompareSources> {
  const all = await sessions.loadAll();
  const sess = all.get(tabId);
  const { keep } = await loadPrefs(historyArea());
  const kept = sess ? await listPage(historyArea(), sess.url) : { items: [] };
  return sourcesFor(tabId, sess, all, kept, keep);
}

/** The Changes view: compares the tab's scan with an earlier one or another tab's, and paints what was added or strengthened. */
async function compareTab(tabId: number, withWhat: CompareWith): Promise<CompareResult> {
  const all = await sessions.loadAll();
  const sess = all.get(tabId);
  if (!sess) return { ok: false, error: trIn(ui, 'scanFirst') };
  if (withWhat.kind === 'tab' && withWhat.tabId === tabId) return { ok: false, error: trIn(ui, 'otherSide') };
  const now = await settingsNow(); // the rules in force (packs too), as the scan used
  const r = await compareScan(sess, withWhat, all, { area: historyArea(), lexicon: now.lexicon, dismissals: dismissalsFor(now.settings, sess.url), ui: now.ui });
  if (!r.ok) return r;
  const reply = PaintReply.safeParse(await sendToTab(tabId, { type: 'page:changes', items: changeItems(r.comparison, ui) }).catch(() => undefined));
  return { ...r, painted: reply.success ? reply.data.painted : 0, missing: reply.success ? reply.data.missing : 0 };
}

async function clearChanges(tabId: number): Promise<{ ok: true }> {
  await sendToTab(tabId, { type: 'page:changes', items: [] }).catch(() => undefined); // the page may be gone
  return { ok: true };
}

/** The tab's badge shows what needs the reader first (see badge.ts); cleared when the tab navigates. */
async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const b = report ? badgeFor(report, ui) : { text: '', title: trIn(ui, 'badgeDefault'), color: '' };
  try {
    await browser.action.setBadgeText({ tabId, text: b.text });
    await browser.action.setTitle({ tabId, title: b.title });
    if (b.color) await browser.action.setBadgeBackgroundColor({ tabId, color: b.color });
    // Chrome 110+: white digits on the badge colour (Firefox picks its own).
    const a = browser.action as unknown as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
    if (b.color && a.setBadgeTextColor) await a.setBadgeTextColor({ tabId, color: '#ffffff' });
  } catch { /* the tab is gone */ }
}

function notifyPanel(tabId: number): void {
  const sess = sessions.get(tabId);
  void showBadge(tabId, sess?.report ?? null);
  browser.runtime.sendMessage({ type: 'report-updated', tabId }).catch(() => undefined); // no panel open
}

async function tabState(tabId: number, withBlocks: boolean): Promise<TabState> {
  const tab = await browser.tabs.get(tabId);
  const { notice, rules, lexicon } = await settingsNow();
  const sess = sessions.get(tabId);
  const kind = tabKind(tab.url);
  const current = sess && (sess.url === tab.url || kind === 'viewer');
  const notices = [notice, rulesCache.notice].filter(Boolean).join(' ');
  return {
    ok: true, tabId, kind, title: current ? sess.title : tab.title ?? '', url: current ? sess.url : tab.url ?? '',
    report: current ? sess.report : null,
    ...(current ? { language: sess.language } : {}),
    ...(current ? { scannedAt: sess.scannedAt, ...(withBlocks ? { blocks: sess.blocks } : {}) } : {}),
    ...(current && traffic.has(tabId) ? { traffic: { ...traffic.get(tabId)! } } : {}),
    ...(notices ? { notice: notices } : {}),
    ...(rules.problems.length ? { ruleProblems: rules.problems } : {}),
    ...(scanErrors.has(tabId) ? { scanError: scanErrors.get(tabId)! } : {}),
    profiles: [...lexicon.profiles.values()].map((p) => ({ id: p.id, label: p.label })),
    ...(current && lexicon.profiles.has(sess.report.profile.id) ? { profile: lexicon.profiles.get(sess.report.profile.id)! } : {}),
  };
}

/** Re-analyses a tab after the profile, the language or the dismissals changed, and repaints it. */
async function reanalyse(tabId: number): Promise<ScanResult> {
  const sess = sessions.get(tabId);
  if (!sess) return scanTab(tabId);
  const now = await settingsNow();
  sess.report = analyzeSession(sess, now);
  sess.settingsKey = now.key;
  await paint(tabId, paintItems(sess.report.findings, now.settings.pillars, { language: now.ui }), true);
  void sessions.save(tabId);
  notifyPanel(tabId);
  return { ok: true, findings: sess.report.findings.length, gaps: sess.report.gaps.length, report: sess.report };
}

/**
 * New blocks from a page. Only the new blocks cross from the page; the background keeps the page's
 * blocks and runs the core over all of them again, because coverage, gaps, sections and the detected
 * document type depend on the whole document (cost: one core pass over the page per increment, about
 * 25–30 ms per 100 KB of text; increments are debounced in the page). Only the new blocks' findings are painted.
 */
async function blocksAdded(tabId: number, blocks: TextBlock[]): Promise<{ items: PaintItem[] }> {
  const sess = sessions.get(tabId);
  if (!sess) return { items: [] };
  count(tabId, blocks, 'increments');
  const now = await settingsNow();
  sess.blocks.push(...blocks);
  sess.report = analyzeSession(sess, now);
  void sessions.save(tabId);
  notifyPanel(tabId);
  return { items: paintItems(sess.report.findings, now.settings.pillars, { onlyBlocks: new Set(blocks.map((b) => b.id)), language: now.ui }) };
}

export async function handleRequest(raw: unknown, senderTabId: number | undefined): Promise<unknown> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const m: BackgroundRequest = parsed.value;
  // The worker may have slept since the tab's scan: bring it back before anything reads it.
  const tabOf = 'tabId' in m ? m.tabId : m.type === 'page:blocks-added' ? senderTabId : undefined;
  if (tabOf !== undefined) await sessions.load(tabOf);
  switch (m.type) {
    case 'scan-tab': return scanTab(m.tabId);
    case 'get-state': return tabState(m.tabId, m.blocks === true);
    case 'set-profile': {
      const sess = sessions.get(m.tabId);
      if (!sess) return scanTab(m.tabId, m.profile);
      sess.profile = m.profile;
      return reanalyse(m.tabId);
    }
    case 'set-language': {
      const sess = sessions.get(m.tabId);
      if (!sess) return scanTab(m.tabId, undefined, m.language);
      sess.language = m.language;
      return reanalyse(m.tabId);
    }
    case 'reveal': return RevealReply.parse(await sendToTab(m.tabId, { type: 'page:reveal', key: m.key, ...(m.layer ? { layer: m.layer } : {}) }));
    case 'compare-sources': return compareSources(m.tabId);
    case 'compare': return compareTab(m.tabId, m.with);
    case 'clear-changes': return clearChanges(m.tabId);
    case 'forget-history': {
      const sess = sessions.get(m.tabId);
      if (!sess) return { ok: false, error: trIn(ui, 'scanFirst') };
      await forgetPage(historyArea(), sess.url);
      delete sess.historyId;
      await sessions.save(m.tabId);
      return clearChanges(m.tabId);
    }
    case 'dismiss': {
      const sess = sessions.get(m.tabId);
      const { settings } = await settingsNow();
      if (m.dismissal.scope === 'once') {
        if (!sess) return { ok: false, error: 'scan the page first' };
        settings.dismissedOnce[sess.url] = [...(settings.dismissedOnce[sess.url] ?? []), m.dismissal];
      } else settings.dismissals.push(m.dismissal);
      await saveSettings(browser.storage.local as never, settings);
      return reanalyse(m.tabId);
    }
    case 'open-pdf': {
      const tab = await browser.tabs.get(m.tabId);
      if (!tab.url) return { ok: false, error: 'no URL' };
      await browser.tabs.update(m.tabId, { url: `${viewerUrl()}?src=${encodeURIComponent(tab.url)}` });
      return { ok: true };
    }
    case 'page:blocks-added':
      if (senderTabId === undefined) return { items: [] };
      return blocksAdded(senderTabId, m.blocks);
    case 'get-rules': {
      const now = await settingsNow();
      return { ok: true, rules: rulesView(now.rules, now.settings, now.lexicon), builtins: builtinPackList() };
    }
    case 'import-pack': return importPack(m.name, m.data);
  }
}

/** Sites scanned on load: the organisation's list when its policy sets one, else the user's. */
export async function autoScanSites(): Promise<string[]> {
  return (await settingsNow()).rules.effective.autoScanSites;
}

export function forgetSession(tabId: number): void {
  const had = sessions.delete(tabId);
  traffic.delete(tabId);
  scanErrors.delete(tabId);
  if (had) void showBadge(tabId, null);
}

/**
 * Settings changed (options page, dismissals): new colours replace the page's highlight CSS, shown
 * pillars, dismissals and a new lexicon apply by re-analysing and repainting every scanned tab.
 * (The PDF viewer updates its own style element from storage.)
 */
export async function repaintAll(): Promise<void> {
  const now = await settingsNow();
  const css = highlightCss(now.settings.pillars);
  const key = now.key;
  for (const [tabId, sess] of await sessions.loadAll()) {
    // A tab already analysed and painted with these settings (the dismissing tab) is not done twice.
    if (sess.settingsKey === key) continue;
    try {
      if (tabKind(sess.url) === 'page') await preparePage(tabId, sess.url, css);
      await reanalyse(tabId);
    } catch { forgetSession(tabId); }
  }
}

/**
 * A pack file the user picked: checked with the packs in force and the organisation's keys, then stored
 * (replacing a file of the same name). Refused when the policy forbids users' packs; nothing changes on failure.
 */
async function importPack(name: string, data: unknown): Promise<{ ok: true; info?: PackInfo } | { ok: false; problems: string[] }> {
  const now = await settingsNow();
  const { effective, inForce } = now.rules;
  if (!effective.allowUserPacks) return { ok: false, problems: [trIn(now.ui, 'packNotAllowed')] };
  try {
    const r = await checkPacks([...inForce.base, ...inForce.accepted.filter((s) => s.name !== name), { name, data }], effective.keys);
    const settings = { ...now.settings, packs: [...now.settings.packs.filter((p) => p.name !== name), { name, data }] };
    await saveSettings(browser.storage.local as never, settings);
    return { ok: true, info: r.packs.find((p) => p.origin === name) };
  } catch (e) {
    return { ok: false, problems: issuesOf(e) };
  }
}
