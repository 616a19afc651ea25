// Extension benchmark: scan (read page into blocks) + paint with the Custom Highlight API on a ~1 MB
// page with thousands of findings, against wrapping every match in <mark> with mark.js, in the same
// Chromium run. The analysis itself is the core's (measured by the core bench); its findings are
// computed in Node and handed to the page as the background would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { analyze } from '../core/index.ts';
import { allResolutionFiles, readResolution, repoRoot } from '../test/support/corpus.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function benchExtension(): Promise<{ paintMs: number; markjsMs: number; ratio: number; findings: number; mb: number }> {
  const paras: string[] = [];
  let size = 0;
  outer: for (let round = 0; round < 20; round++) for (const f of allResolutionFiles()) {
    for (const b of readResolution(f)) { if (!b.text.trim()) continue; paras.push(b.text); size += b.text.length; if (size > 1_000_000) break outer; }
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
    const items = report.findings.map((f, i) => ({ key: String(i), block: f.block!, start: f.start, end: f.end, family: 'protection', style: 'plain', card: { title: '', pillar: '', how: '', why: '' } }));
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
    const words = [...new Set(report.findings.map((f) => f.text))];
    const markjsMs = await page2.evaluate((ws) => {
      const t0 = performance.now();
      new (window as unknown as { Mark: new (e: Element) => { mark(w: string[], o: object): void } }).Mark(document.body).mark(ws, { separateWordSearch: false, accuracy: 'exactly' });
      document.body.getBoundingClientRect();
      return performance.now() - t0;
    }, words);
    return { paintMs: Math.round(paintMs), markjsMs: Math.round(markjsMs), ratio: +(markjsMs / paintMs).toFixed(2), findings: items.length, mb: +(Buffer.byteLength(paras.join('\n')) / 1e6).toFixed(2) };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchExtension()));
