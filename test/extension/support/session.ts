// One Chromium with the built extension and one local server per test file: useExtension() registers
// the beforeAll/afterAll that start and close them, and returns getters plus the steps every e2e file
// repeats (open a served page and click the toolbar button, scan it, open the side panel or options).
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, launchWithExtension, sendFromExtension, tabIdOf, type ExtensionBrowser } from './browser.ts';
import { startServer, type LocalServer } from './server.ts';

export interface ExtensionSession {
  readonly b: ExtensionBrowser;
  readonly server: LocalServer;
  /** The extension page (side panel) that sends messages like scan-tab. */
  readonly ext: Page;
  /** Sends a message to the background from the extension page. */
  send<T = unknown>(msg: unknown): Promise<T>;
  /** The tab id of a page, asked from the extension page. */
  tabIdOf(url: string): Promise<number>;
  /** Opens a served path (in `page`, or a new tab), clicks the toolbar button on it, and returns its tab id. */
  openWithAction(path: string, options?: { page?: Page; viewport?: { width: number; height: number } }): Promise<{ page: Page; tabId: number }>;
  /** scan-tab for a tab; throws the extension's error when the answer is not ok. */
  scanReport<R>(tabId: number): Promise<R>;
  /** The side panel page for a tab, once its findings list is there. */
  openPanel(tabId: number): Promise<Page>;
  /** The options page in a new tab. */
  openOptions(): Promise<Page>;
}

/** Starts the server and the browser before the file's tests (then runs `setup`), closes both after. */
export function useExtension(setup?: (s: ExtensionSession) => Promise<void>): ExtensionSession {
  let b: ExtensionBrowser | undefined;
  let server: LocalServer | undefined;
  let ext: Page | undefined;
  const started = <T>(v: T | undefined, name: string): T => {
    if (v === undefined) throw new Error(`useExtension: ${name} is not started yet (use it inside a test or hook)`);
    return v;
  };
  const s: ExtensionSession = {
    get b() { return started(b, 'browser'); },
    get server() { return started(server, 'server'); },
    get ext() { return started(ext, 'extension page'); },
    send: (msg) => sendFromExtension(s.ext, msg),
    tabIdOf: (url) => tabIdOf(s.ext, url),
    async openWithAction(path, options = {}) {
      const page = options.page ?? await s.b.context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      await page.goto(s.server.origin + path);
      await clickAction(s.b, page);
      const tabId = await s.tabIdOf(s.server.origin + path);
      // The click starts a scan and returns: wait for it, so the test's own messages never race it.
      type St = { report?: unknown; url?: string; kind?: string; scanError?: string; scannedAt?: string };
      const state = () => s.send<St>({ type: 'get-state', tabId });
      for (const end = Date.now() + 20_000; ((await state()).report ?? null) === null;) {
        if (Date.now() > end) {
          const { report: _r, ...st } = await state();
          throw new Error(`the toolbar click did not scan ${path} within 20 s: ${JSON.stringify(st)}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return { page, tabId };
    },
    async scanReport<R>(tabId: number): Promise<R> {
      const r = await s.send<{ ok: true; report: R } | { ok: false; error: string }>({ type: 'scan-tab', tabId });
      if (!r.ok) throw new Error(r.error);
      return r.report;
    },
    async openPanel(tabId) {
      const panel = await s.b.context.newPage();
      await panel.goto(`chrome-extension://${s.b.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.locator('#findings').waitFor();
      return panel;
    },
    async openOptions() {
      const o = await s.b.context.newPage();
      await o.goto(`chrome-extension://${s.b.extensionId}/options.html`);
      return o;
    },
  };
  beforeAll(async () => {
    server = await startServer();
    b = await launchWithExtension();
    ext = await b.extPage();
    await setup?.(s);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  return s;
}
