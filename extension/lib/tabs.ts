// How the background reaches a tab: what kind of page it is, injecting the content script and CSS.
import { browser } from 'wxt/browser';

export const VIEWER_PATH = '/viewer.html';

/**
 * 'no-access': the browser hides the tab's address from the extension, which happens until the user
 * gives it access to the tab (toolbar button, shortcut, or site access) — a web page not yet allowed,
 * or a browser page; the extension cannot tell which until it is allowed.
 */
export type Kind = 'page' | 'pdf' | 'viewer' | 'unscannable' | 'no-access';

export function viewerUrl(): string {
  return browser.runtime.getURL(VIEWER_PATH);
}

export function tabKind(url: string | undefined): Kind {
  if (!url) return 'no-access';
  if (url.startsWith(viewerUrl())) return 'viewer';
  let u: URL;
  try { u = new URL(url); } catch { return 'unscannable'; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return 'unscannable';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'page';
}

const cssDone = new Map<number, string>();

/** Injects the content script (it ignores a second injection) and the highlight CSS into a web page. */
export async function preparePage(tabId: number, url: string, css: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  const key = `${url}\n${css}`;
  if (cssDone.get(tabId) !== key) {
    const prev = cssDone.get(tabId);
    if (prev && prev.startsWith(url + '\n')) await browser.scripting.removeCSS({ target: { tabId }, css: prev.slice(url.length + 1) }).catch(() => undefined);
    await browser.scripting.insertCSS({ target: { tabId }, css });
    cssDone.set(tabId, key);
  }
}

export function forgetTab(tabId: number): void {
  cssDone.delete(tabId);
}

export async function sendToTab(tabId: number, msg: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
}
