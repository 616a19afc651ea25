// The built add-in served on 127.0.0.1 and one headless Chromium per test file, for the Word and
// Excel task pane tests: useTaskPane() registers the beforeAll/afterAll that build, serve, launch and
// clean up, and opens the pane with the Office.js stand-in serving a given document.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildOfficeAddin } from '../../../office-addin/build.ts';
import { repoRoot } from '../../support/corpus.ts';
import { chromiumPath, OFFICE_JS_URL, officeStandin, serveFolder } from './standin.ts';

export interface TaskPaneOptions {
  /** Prefix of the temporary build folder. */
  tmpPrefix: string;
  viewport: { width: number; height: number };
  /** What shows that the pane is ready. */
  ready: (page: Page) => Locator;
  /** Stand-in scripts appended to office-standin.js (e.g. Excel's). */
  extraStandins?: string[];
  /** An organisation policy file built in beside the add-in (org-policy.json); written before the build runs. */
  orgPolicy?: string;
}

export interface TaskPane {
  /** The local server's origin. */
  readonly origin: string;
  /** Every URL the pane pages requested. */
  readonly requests: string[];
  /** A new page with the pane loaded over the stand-in serving `doc`, ready and without page errors. */
  openPane(doc: Record<string, unknown>): Promise<Page>;
  /** Requests that went anywhere but the intercepted office.js and the local server. */
  foreignRequests(): string[];
}

export function useTaskPane(options: TaskPaneOptions): TaskPane {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveFolder>> | undefined;
  let out: string | undefined;
  const requests: string[] = [];

  beforeAll(async () => {
    const executablePath = chromiumPath();
    mkdirSync(join(repoRoot, 'docs'), { recursive: true }); // the tests write their screenshots there
    out = mkdtempSync(join(tmpdir(), options.tmpPrefix));
    await buildOfficeAddin({ outDir: out, quiet: true, orgPolicy: options.orgPolicy });
    site = await serveFolder(out);
    browser = await chromium.launch({ executablePath, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const pane: TaskPane = {
    get origin() {
      if (!site) throw new Error('useTaskPane: the site is not served yet (use it inside a test)');
      return site.origin;
    },
    requests,
    async openPane(doc) {
      if (!browser) throw new Error('useTaskPane: the browser is not launched yet (use it inside a test)');
      const page = await browser.newPage({ viewport: options.viewport });
      page.on('request', (r) => requests.push(r.url()));
      await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStandin(doc, options.extraStandins) }));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${pane.origin}/taskpane.html`);
      await options.ready(page).waitFor();
      expect(errors).toEqual([]);
      return page;
    },
    foreignRequests: () => requests.filter((u) => u !== OFFICE_JS_URL && !u.startsWith(`${pane.origin}/`)),
  };
  return pane;
}
