// The extension's own PDF viewer (the browser's viewer cannot be scripted): pdfjs-dist renders each
// page with a text layer, and the same page agent reads, paints and reveals as on a web page. The
// PDF is fetched from its URL only because the user asked to open it here (or from a dropped file).
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { browser } from 'wxt/browser';
import { highlightCss } from '../../lib/highlight-css.ts';
import { PageAgent } from '../../lib/page-agent.ts';
import { isPageRequest, type BlocksAdded } from '../../lib/page-messages.ts';
import type { PaintItem } from '../../lib/paint-types.ts';
import { loadSettings, originPattern, SETTINGS_KEY } from '../../lib/settings.ts';
import './style.css';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '';
const bar = document.getElementById('bar')!;
const pages = document.getElementById('pages')!;

let resolveReady!: () => void;
const ready = new Promise<void>((r) => { resolveReady = r; });
const agent = new PageAgent(document, (m: BlocksAdded) => browser.runtime.sendMessage(m) as Promise<{ items: PaintItem[] } | undefined>, () => pages);

browser.runtime.onMessage.addListener((msg: unknown, _sender, reply: (r: unknown) => void) => {
  if (!isPageRequest(msg)) return undefined;
  ready.then(() => reply(agent.handle(msg)), (e: unknown) => reply({ error: String(e) }));
  return true;
});

async function fetchPdf(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  return res.arrayBuffer();
}

/** Fetches the PDF; when the site does not allow it, asks for access to that one site (optional permission). */
async function load(): Promise<ArrayBuffer> {
  try {
    return await fetchPdf(src);
  } catch (e) {
    const origin = /^https?:/.test(src) ? new URL(src).origin : null;
    if (!origin) throw e;
    bar.textContent = `The PDF could not be read (${(e as Error).message}). `;
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.textContent = `Allow WPS Lens to read PDFs from ${origin}`;
    bar.append(allow);
    await new Promise<void>((resolve) => allow.addEventListener('click', () => {
      void browser.permissions.request({ origins: [originPattern(origin)] }).then((ok) => { if (ok) resolve(); });
    }));
    return fetchPdf(src);
  }
}

async function render(data: ArrayBuffer): Promise<void> {
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const viewport = page.getViewport({ scale: 1.3 });
    const box = document.createElement('section');
    box.className = 'page';
    box.setAttribute('aria-label', `Page ${i}`);
    box.style.width = `${viewport.width}px`;
    box.style.height = `${viewport.height}px`;
    box.style.setProperty('--scale-factor', String(viewport.scale));
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const text = document.createElement('div');
    text.className = 'textLayer';
    box.append(canvas, text);
    pages.append(box);
    await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    await new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: text, viewport }).render();
  }
  document.title = `${params.get('name') ?? decodeURIComponent(src.split('/').pop() ?? 'PDF')} — WPS Lens`;
}

async function main(): Promise<void> {
  const { settings } = await loadSettings(browser.storage.local as never);
  const style = document.createElement('style');
  style.textContent = highlightCss(settings.pillars);
  document.head.append(style);
  // Colours changed in the options: restyle (the background repaints the findings).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadSettings(browser.storage.local as never).then((r) => { style.textContent = highlightCss(r.settings.pillars); });
  });
  if (!src) throw new Error('no PDF given');
  await render(await load());
  resolveReady();
  bar.textContent = 'Scanning…';
  const tab = await browser.tabs.getCurrent();
  const r = (await browser.runtime.sendMessage({ type: 'scan-tab', tabId: tab?.id })) as { ok: boolean; findings?: number; gaps?: number; error?: string };
  bar.textContent = r.ok ? `${r.findings} findings, ${r.gaps} gaps — open the WPS Lens side panel for the review.` : `Scan failed: ${r.error}`;
}

main().catch((e: unknown) => {
  bar.textContent = `Could not open the PDF: ${(e as Error).message ?? String(e)}`;
});
