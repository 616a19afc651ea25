// Service worker: scans on the toolbar button, the keyboard shortcut, the side panel's request or
// the automation message { type: "scan-tab", tabId }; auto-scans only sites the user (or the
// organisation's policy) opted into. The policy is read from managed storage on each scan.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { autoScanSites, forgetSession, handleRequest, repaintAll, scanTab } from '../lib/background-service.ts';
import { originPattern, SETTINGS_KEY } from '../lib/settings.ts';
import { forgetTab, tabKind } from '../lib/tabs.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender, reply: (r: unknown) => void) => {
    // Pages may only report their own new content; everything else comes from extension pages.
    const fromExtension = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    const type = typeof msg === 'object' && msg ? (msg as { type?: unknown }).type : undefined;
    if (type === 'report-updated') return undefined;
    if (!fromExtension && type !== 'page:blocks-added') return undefined;
    handleRequest(msg, sender.tab?.id).then(reply, (e: unknown) => reply({ ok: false, error: String(e) }));
    return true;
  });

  const openPanel = (tabId: number, windowId: number): void => {
    // Must run inside the click/shortcut's user gesture, before any await.
    const b = browser as unknown as {
      sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
      sidebarAction?: { open(): Promise<void> };
    };
    if (b.sidePanel) b.sidePanel.open({ tabId, windowId }).catch(() => undefined);
    else b.sidebarAction?.open().catch(() => undefined);
  };

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    openPanel(tab.id, tab.windowId);
    if (tabKind(tab.url) !== 'pdf') void scanTab(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'scan-page' || !tab?.id) return;
    openPanel(tab.id, tab.windowId);
    void scanTab(tab.id);
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') { forgetSession(tabId); forgetTab(tabId); }
    if (change.status !== 'complete' || tabKind(tab.url) !== 'page') return;
    void (async () => {
      const origin = new URL(tab.url!).origin;
      if (!(await autoScanSites()).includes(origin)) return;
      if (!(await browser.permissions.contains({ origins: [originPattern(origin)] }))) return;
      await scanTab(tabId);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => { forgetSession(tabId); forgetTab(tabId); });

  browser.storage.onChanged.addListener((changes, area) => {
    // The organisation's policy changed (pushed while the browser runs): the rules are checked again.
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') void repaintAll();
  });
});
