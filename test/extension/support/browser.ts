// Real Chromium with the built extension loaded (playwright-core, Debian's /usr/bin/chromium).
// Missing Chromium fails with a clear message; it never skips. Every request is recorded so tests
// can assert that nothing left 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureBuilt } from './build.ts';

// The extension API inside page.evaluate callbacks (they run in the browser, not in Node).
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown>; onMessage: { hasListeners(): boolean } }; action: { onClicked: { hasListeners(): boolean } }; tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests cannot run without it.`);
  }
  return CHROMIUM;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested by pages, extension pages and the service worker. */
  requests: string[];
  /** An extension page (side panel) used to send messages like scan-tab. */
  extPage(path?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const executablePath = requireChromium();
  const ext = await ensureBuilt('chrome');
  const userDir = mkdtempSync(join(tmpdir(), 'wps-lens-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--enable-unsafe-extension-debugging'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await untilListening(worker);
  await context.route('**/*', (route) => route.continue()); // makes service-worker fetches visible as well
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId, requests,
    async extPage(path = 'sidepanel.html') {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return p;
    },
    async close() {
      await context.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the extension's toolbar button on a page's tab (CDP Extensions.triggerAction, allowed by
 * --enable-unsafe-extension-debugging): the user's gesture that grants activeTab for that tab.
 */
export async function clickAction(b: ExtensionBrowser, page: Page): Promise<void> {
  const browser = b.context.browser();
  if (!browser) throw new Error('no browser-level CDP session available');
  const cdp = await browser.newBrowserCDPSession();
  try {
    // The action runs on a tab target, found by address. A tab just closed on the same address may
    // still be listed for a moment, and a click on it would scan nothing: wait until one tab is left.
    const url = page.url();
    for (const end = Date.now() + 5_000; ;) {
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as { targetInfos: { type: string; url: string; targetId: string }[] };
      const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
      if (tabs.length === 1) {
        await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tabs[0]!.targetId } as never);
        return;
      }
      if (Date.now() > end) throw new Error(`clickAction: ${tabs.length} tabs show ${url}; the test must close the others first`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the extension's service worker as Chrome's idle timer does (its DevTools target is closed),
 * then waits until a message from an extension page is answered again. The worker may restart at once
 * under the same target id, so the caller proves the new life by something kept in memory only (the
 * background's per-tab traffic counts). Playwright does not attach to the restarted worker: `b.worker`
 * is stale afterwards, so a file that calls this talks to the background through messages only.
 */
export async function stopServiceWorker(b: ExtensionBrowser): Promise<void> {
  const browser = b.context.browser();
  if (!browser) throw new Error('no browser-level CDP session available');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: { type: string; url: string; targetId: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
    if (!sw) throw new Error('the extension has no running service worker to stop');
    await cdp.send('Target.closeTarget', { targetId: sw.targetId } as never);
  } finally {
    await cdp.detach();
  }
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    const answer = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-rules' }))) as { ok?: boolean } | undefined;
    if (answer?.ok !== true) throw new Error(`the woken service worker did not answer: ${JSON.stringify(answer)}`);
  } finally {
    await page.close();
  }
}

/** Sends a message to the background from an extension page, as the side panel or automation would. */
export async function sendFromExtension<T = unknown>(ext: Page, msg: unknown): Promise<T> {
  return ext.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

/**
 * The worker exists before its script has run: on a fresh profile Chrome does not yet know which events
 * it listens to, so a toolbar click or a navigation before the listeners are registered is lost (an
 * installed extension's events are queued instead). Under load the 1.2 MB script takes seconds.
 */
async function untilListening(worker: Worker): Promise<void> {
  for (const end = Date.now() + 30_000; ;) {
    const ready = await worker.evaluate(() => chrome.action.onClicked.hasListeners() && chrome.runtime.onMessage.hasListeners()).catch(() => false);
    if (ready) return;
    if (Date.now() > end) throw new Error('the extension\'s service worker did not register its listeners within 30 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The tab id of a page. Without the "tabs" permission the extension cannot see web pages' URLs, so a
 * page just opened is the newest tab (highest id) among those whose URL is hidden or equal.
 */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  const id = await ext.evaluate(async (u) => {
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === undefined || t.url === u);
    // Newest first (tab ids grow): a tab just closed on the same address may still be listed.
    const newest = (ts: { id?: number }[]) => ts.map((t) => t.id ?? -1).sort((a, b) => b - a)[0];
    return newest(tabs.filter((t) => t.url === u)) ?? newest(tabs);
  }, url);
  if (id === undefined) throw new Error(`no tab with URL ${url}`);
  return id;
}

/** Texts of the ranges in the page's WPS Lens highlights, by highlight name (read from the page's main world). */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS.highlights as unknown as Map<string, Set<Range>>)) {
      if (!name.startsWith('wps-lens-')) continue;
      out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
    }
    return out;
  });
}

/** Lower-cased texts of the painted findings: the five family highlights (each finding is in one; its decoration highlight `<family>-<style>` and the flash are left out). */
export async function paintedFindings(page: Page): Promise<string[]> {
  const families = ['participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective'].map((f) => `wps-lens-${f}`);
  return Object.entries(await highlightTexts(page))
    .filter(([n]) => families.includes(n)).flatMap(([, v]) => v.map((t) => t.toLowerCase()));
}

/** A PDF of our own HTML, printed by Chromium at test time. */
export async function printPdf(b: ExtensionBrowser, html: string): Promise<Buffer> {
  const maker = await b.context.newPage();
  await maker.setContent(html);
  const pdf = await maker.pdf({ format: 'A4' });
  await maker.close();
  return pdf;
}

/**
 * The hover card's state, read through CDP (it lives in a closed shadow root that page scripts and
 * locators cannot enter): whether it is shown, its text, and the element names inside it.
 */
/** Where the page's hover card is drawn (viewport CSS pixels), or null when there is none shown. */
export async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  interface DomNode { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const find = (n: DomNode): DomNode | null => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'role' && a[i + 1] === 'tooltip') return a.includes('hidden') ? null : n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) { const f = find(c); if (f) return f; }
      return null;
    };
    const card = find(root);
    if (!card) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: card.nodeId })) as unknown as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

export async function hoverCard(page: Page): Promise<{ shown: boolean; text: string; tags: string[] } | null> {
  interface DomNode { nodeName: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const kids = (n: DomNode): DomNode[] => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
    const find = (n: DomNode): DomNode | null => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'role' && a[i + 1] === 'tooltip') return n;
      for (const c of kids(n)) { const f = find(c); if (f) return f; }
      return null;
    };
    const card = find(root);
    if (!card) return null;
    const tags: string[] = [];
    const text = (n: DomNode): string => n.nodeType === 3 ? n.nodeValue ?? '' : (tags.push(n.nodeName.toLowerCase()), kids(n).map(text).join('\n'));
    const t = kids(card).map(text).join('\n');
    return { shown: !(card.attributes ?? []).includes('hidden'), text: t, tags };
  } finally {
    await cdp.detach();
  }
}

/** Grants the extension host access to a site the way the user does on chrome://extensions (site access). */
export async function grantSiteAccess(b: ExtensionBrowser, pattern: string): Promise<void> {
  const p = await b.context.newPage();
  try {
    await p.goto('chrome://extensions');
    const err = await p.evaluate(([id, pat]) => new Promise<string>((res) => {
      const dp = (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string, cb: () => void): void } }).developerPrivate;
      dp.addHostPermission(id!, pat!, () => res((chrome as unknown as { runtime: { lastError?: { message: string } } }).runtime.lastError?.message ?? ''));
    }), [b.extensionId, pattern]);
    if (err) throw new Error(`could not grant ${pattern}: ${err}`);
  } finally {
    await p.close();
  }
}

/** Site access granted as above, then taken up by the extension's own permissions.request (no prompt: already granted). */
export async function allowSite(b: ExtensionBrowser, ext: Page, origin: string): Promise<void> {
  const pattern = `${origin.replace(/:\d+$/, '')}/*`;
  await grantSiteAccess(b, pattern);
  const ok = await ext.evaluate((o) => (chrome as unknown as { permissions: { request(p: object): Promise<boolean> } }).permissions.request({ origins: [o] }), pattern);
  if (!ok) throw new Error(`host access to ${origin} not granted`);
}

/** Clicks something that downloads a file and returns the file's name and text. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  const { readFileSync } = await import('node:fs');
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Writes the extension's stored settings (or anything else) as an extension page would. */
export async function setStored(ext: Page, key: string, value: unknown): Promise<void> {
  await ext.evaluate(([k, v]) => (chrome as unknown as { storage: { local: { set(o: object): Promise<void> } } }).storage.local.set({ [k as string]: v }), [key, value] as const);
}
