// Injected on demand (toolbar, shortcut, scan-tab, or auto-scan on sites the user chose): reads the
// page, paints findings the background sends. No core, no zod, no lexicon here: it stays small.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageAgent } from '../lib/page-agent.ts';
import { isPageRequest, type BlocksAdded } from '../lib/page-messages.ts';
import type { PaintItem } from '../lib/paint-types.ts';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as { __wpsLensAgent?: PageAgent };
    if (g.__wpsLensAgent) return; // injected twice: the first agent keeps serving
    const agent = new PageAgent(document, (m: BlocksAdded) => browser.runtime.sendMessage(m) as Promise<{ items: PaintItem[] } | undefined>);
    g.__wpsLensAgent = agent;
    browser.runtime.onMessage.addListener((msg: unknown, _sender, reply: (r: unknown) => void) => {
      if (!isPageRequest(msg)) return undefined;
      try { reply(agent.handle(msg)); } catch (e) { reply({ error: String(e) }); }
      return undefined;
    });
  },
});
