// Extension benchmark: scan (read page into blocks) + paint with the Custom Highlight API on a ~1 MB
// page with thousands of findings, against wrapping every match in <mark> with mark.js, in the same
// Chromium run. The page is the ten WPS resolutions' paragraphs interleaved and repeated (dense WPS
// language, as a long mandate or report has). The analysis itself is the core's (measured by the
// core bench); its findings are computed in Node and turned into paint items as the background does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { analyze } from '../core/index.ts';
import { paintItems } from '../extension/lib/analysis.ts';
import { highlightCss } from '../extension/lib/highlight-css.ts';
import { defaultSettings } from '../extension/lib/settings.ts';
import { readResolution, repoRoot, WPS_RESOLUTIONS } from '../test/support/corpus.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ExtensionBench {
  /** Read the page into blocks + paint every finding (Custom Highlight API) + the layout it triggers, ms. */
  paintMs: number;
  /** mark.js wrapping every finding's phrase in <mark> on the same page, ms. */
  markjsMs: number;
  /** markjsMs / paintMs. */
  ratio: number;
  findings: number;
  /** MB of UTF-8 page text. */
  mb: number;
  /** <mark> elements mark.js inserted (it marks every occurrence of the phrases). */
  markjsMarks: number;
}

export async function benchExtension(): Promise<ExtensionBench> {
  const sources = WPS_RESOLUTIONS.map((s) => readResolution(s).map((b) => b.text).filter((t) => t.trim()));
  const paras: string[] = [];
  let size = 0;
  // Round-robin over the resolutions, paragraph by paragraph, repeated until ~1 MB.
  outer: for (let i = 0; ; i++) for (const src of sources) {
    const t = src[i % src.length]!;
    paras.push(t);
    size += Buffer.byteLength(t);
    if (size > 1_000_000) break outer;
  }
  const html = `<!doctype html><meta charset="utf-8"><body>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body>`;
  const bundle = (await build({
    stdin: { contents: `export { PageReader } from './extension/lib/page-text.ts'; export { Painter } from './extension/lib/paint.ts';`, resolveDir: repoRoot, loader: 'ts' },
    bundle: true, format: 'iife', globalName: 'WpsLensPage', write: false, target: 'es2022',
  })).outputFiles[0]!.text;
  const markjs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: bundle });
    const blocks = await page.evaluate(() => {
      const w = window as unknown as { WpsLensPage: { PageReader: new (d: Document) => { readFrom(n: Node): { id: string; text: string }[] } } };
      return new w.WpsLensPage.PageReader(document).readFrom(document.body).map((b) => ({ id: b.id, text: b.text }));
    });
    const report = analyze(blocks);
    const settings = defaultSettings();
    const items = paintItems(report.findings, settings.pillars); // pillar colours, negated/weak overlays, hover cards
    await page.addStyleTag({ content: highlightCss(settings.pillars) });
    // Timed in the page: a fresh read (as a first scan does) + painting every finding.
    const paintMs = await page.evaluate((its) => {
      const w = window as unknown as { WpsLensPage: { PageReader: new (d: Document) => { readFrom(n: Node): unknown; blocks: unknown }; Painter: new (d: Document) => { paint(i: unknown, b: unknown): unknown } } };
      const t0 = performance.now();
      const reader = new w.WpsLensPage.PageReader(document);
      reader.readFrom(document.body);
      new w.WpsLensPage.Painter(document).paint(its, reader.blocks);
      document.body.getBoundingClientRect(); // include the style/layout it triggers
      return performance.now() - t0;
    }, items);

    const page2 = await browser.newPage();
    await page2.setContent(html);
    await page2.addScriptTag({ content: markjs });
    await page2.addStyleTag({ content: highlightCss(settings.pillars) });
    const words = [...new Set(report.findings.map((f) => f.text))];
    const { ms: markjsMs, marks } = await page2.evaluate((ws) => {
      const t0 = performance.now();
      new (window as unknown as { Mark: new (e: Element) => { mark(w: string[], o: object): void } }).Mark(document.body).mark(ws, { separateWordSearch: false, accuracy: 'exactly' });
      document.body.getBoundingClientRect();
      return { ms: performance.now() - t0, marks: document.querySelectorAll('mark').length };
    }, words);
    return { paintMs: Math.round(paintMs), markjsMs: Math.round(markjsMs), ratio: +(markjsMs / paintMs).toFixed(2), findings: items.length, mb: +(Buffer.byteLength(paras.join('\n')) / 1e6).toFixed(2), markjsMarks: marks };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchExtension()));
