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
import { setUiLanguage, tr, uiLanguageOf } from '../../lib/i18n.ts';
import { loadSettings, originPattern, SETTINGS_KEY, type Settings } from '../../lib/settings.ts';
import './style.css';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '';
const bar = document.getElementById('status')!;
const pages = document.getElementById('pages')!;
const zoomOut = document.getElementById('zoom-out') as HTMLButtonElement;
const zoomIn = document.getElementById('zoom-in') as HTMLButtonElement;
const zoomFit = document.getElementById('zoom-fit') as HTMLButtonElement;
const zoomShown = document.getElementById('zoom-level')!;

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
    bar.textContent = tr('vUnreadable', { error: (e as Error).message });
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.textContent = tr('vAllow', { origin });
    bar.append(allow);
    await new Promise<void>((resolve) => allow.addEventListener('click', () => {
      void browser.permissions.request({ origins: [originPattern(origin)] }).then((ok) => { if (ok) resolve(); });
    }));
    return fetchPdf(src);
  }
}

/**
 * One rendered page, laid out with pdf.js's own conventions: the page box carries --scale-factor
 * (and --total-scale-factor, which .pdfViewer .page derives in pdf_viewer.css), the TextLayer sizes
 * and places its transparent spans from it, so at every zoom the spans lie on the canvas glyphs.
 */
interface PageView { page: pdfjs.PDFPageProxy; box: HTMLElement; canvas: HTMLCanvasElement; text: pdfjs.TextLayer; task?: pdfjs.RenderTask }

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];
let scale = 1.3;
const views: PageView[] = [];

function sizePage(v: PageView, viewport: pdfjs.PageViewport): void {
  v.box.style.width = `${viewport.width}px`;
  v.box.style.height = `${viewport.height}px`;
  v.box.style.setProperty('--scale-factor', String(viewport.scale));
}

/** Draws the canvas at the device's pixel ratio (sharp at any zoom); a newer draw cancels the older. */
async function draw(v: PageView, viewport: pdfjs.PageViewport): Promise<void> {
  v.task?.cancel();
  const ratio = window.devicePixelRatio || 1;
  v.canvas.width = Math.floor(viewport.width * ratio);
  v.canvas.height = Math.floor(viewport.height * ratio);
  const task = v.page.render({ canvas: v.canvas, canvasContext: v.canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
  v.task = task;
  try { await task.promise; } catch (e) { if ((e as Error).name !== 'RenderingCancelledException') throw e; }
}

async function render(data: ArrayBuffer): Promise<void> {
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const viewport = page.getViewport({ scale });
    const box = document.createElement('section');
    box.className = 'page';
    box.setAttribute('aria-label', tr('vPage', { n: i, total: doc.numPages }));
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    box.append(canvas, layer);
    pages.append(box);
    const text = new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: layer, viewport });
    const v: PageView = { page, box, canvas, text };
    views.push(v);
    sizePage(v, viewport);
    await draw(v, viewport);
    await text.render();
  }
  document.title = `${params.get('name') ?? decodeURIComponent(src.split('/').pop() ?? 'PDF')} — WPS Lens`;
}

/**
 * Zooms every page: the text layer follows the new --scale-factor (TextLayer.update re-measures its
 * spans) and keeps its nodes, so the painted highlights stay on their words; canvases are redrawn.
 */
async function setZoom(next: number): Promise<void> {
  scale = Math.min(ZOOMS[ZOOMS.length - 1]!, Math.max(ZOOMS[0]!, Math.round(next * 100) / 100));
  zoomShown.textContent = `${Math.round(scale * 100)}%`;
  zoomOut.disabled = scale <= ZOOMS[0]!;
  zoomIn.disabled = scale >= ZOOMS[ZOOMS.length - 1]!;
  await Promise.all(views.map(async (v) => {
    const viewport = v.page.getViewport({ scale });
    sizePage(v, viewport);
    v.text.update({ viewport });
    await draw(v, viewport);
  }));
  document.body.dataset.zoom = String(scale);
}

function fitWidth(): number {
  const first = views[0];
  if (!first) return scale;
  const w = first.page.getViewport({ scale: 1 }).width;
  return Math.max(ZOOMS[0]!, (pages.clientWidth - 32) / w);
}

zoomOut.addEventListener('click', () => void setZoom(ZOOMS.filter((z) => z < scale - 0.001).pop() ?? ZOOMS[0]!));
zoomIn.addEventListener('click', () => void setZoom(ZOOMS.find((z) => z > scale + 0.001) ?? ZOOMS[ZOOMS.length - 1]!));
zoomFit.addEventListener('click', () => void setZoom(fitWidth()));
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey)) return;
  if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomIn.click(); }
  if (e.key === '-') { e.preventDefault(); zoomOut.click(); }
});

/** The viewer's fixed words in the interface language (the page's own HTML is English until this runs). */
function applyLanguage(settings: Settings): void {
  setUiLanguage(uiLanguageOf(settings), document);
  if (!views.length) document.title = tr('vTitle');
  const set = (id: string, text: string, attr?: string): void => { const e = document.getElementById(id); if (e) { if (attr) e.setAttribute(attr, text); else e.textContent = text; } };
  set('zoom-out', tr('vZoomOut')); set('zoom-in', tr('vZoomIn')); set('zoom-fit', tr('vFit'));
  set('zoom-level', tr('vZoomLevel'), 'aria-label'); set('pages', tr('vPages'), 'aria-label');
  document.querySelector('.zoom')?.setAttribute('aria-label', tr('vZoom'));
}

async function main(): Promise<void> {
  const { settings } = await loadSettings(browser.storage.local as never);
  applyLanguage(settings);
  if (bar.textContent === 'Loading…') bar.textContent = tr('vLoading');
  const style = document.createElement('style');
  style.textContent = highlightCss(settings.pillars, 'overlay');
  document.head.append(style);
  // Colours changed in the options: restyle (the background repaints the findings).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadSettings(browser.storage.local as never).then((r) => { style.textContent = highlightCss(r.settings.pillars, 'overlay'); applyLanguage(r.settings); });
  });
  if (!src) throw new Error('no PDF given');
  await render(await load());
  await setZoom(scale);
  resolveReady();
  bar.textContent = tr('scanning');
  const tab = await browser.tabs.getCurrent();
  const r = (await browser.runtime.sendMessage({ type: 'scan-tab', tabId: tab?.id })) as { ok: boolean; findings?: number; gaps?: number; error?: string };
  bar.textContent = r.ok ? tr('vScanned', { findings: r.findings ?? 0, gaps: r.gaps ?? 0 }) : tr('vScanFailed', { error: r.error ?? '' });
}

main().catch((e: unknown) => {
  bar.textContent = tr('vOpenFailed', { error: (e as Error).message ?? String(e) });
});
