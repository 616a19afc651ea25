// The PDF viewer draws each highlight on the words it names, at every zoom: for each painted finding,
// the highlight's client rectangles are compared with the glyphs pdf.js drew on the canvas (the ink
// under and around the rectangle): the rectangle starts where a word's ink starts and ends where it
// ends, with a word gap outside it, at two zoom levels (and after zooming back). The text layer stays
// transparent under the highlights. Screenshots at 320 and 400 px, light and dark.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/corpus.ts';
import { printPdf } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const SHOTS = join(repoRoot, 'docs/screenshots');
const lens = useExtension();

// Our own sentences; WPS terms between spaces, so each finding's edges are word edges.
const ORDER = `<html><body style="font-family:serif;margin:40px">
<h1>Sector West order</h1>
<p style="font-size:16px">The battalion will include women in every patrol and the gender adviser will brief the commander each week on what the patrols learn from the villages along the river road.</p>
<p style="font-size:13px">Units will report on sexual violence in conflict and will protect women and girls at water points and markets during the harvest season.</p>
<p style="font-size:20px">Female engagement teams will meet community leaders before each operation.</p>
</body></html>`;

interface Check { text: string; rects: number; bad: string[] }

/** Every family highlight's rectangles against the canvas ink; returns per-finding results. */
async function checkHighlights(viewer: Page): Promise<Check[]> {
  return viewer.evaluate(() => {
    const fams = ['participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective'];
    const out: { text: string; rects: number; bad: string[] }[] = [];
    const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    for (const fam of fams) {
      const h = CSS.highlights.get(`wps-lens-${fam}`) as unknown as Set<Range> | undefined;
      if (!h) continue;
      for (const r of h) {
        const sText = r.startContainer.textContent ?? '';
        const eText = r.endContainer.textContent ?? '';
        // Only findings whose edges are word edges (a space or the span's end on both sides).
        if (wordChar(sText[r.startOffset - 1]) || wordChar(eText[r.endOffset]) || /[^\p{L}\p{N}\s]/u.test(eText[r.endOffset] ?? ' ')) continue;
        const bad: string[] = [];
        const rects = [...r.getClientRects()].filter((x) => x.width > 1);
        for (const rect of rects) {
          const canvas = (r.startContainer.parentElement!.closest('.page')!.querySelector('canvas'))!;
          const cr = canvas.getBoundingClientRect();
          const sx = canvas.width / cr.width;
          const sy = canvas.height / cr.height;
          const hgt = rect.height;
          const pad = Math.ceil(hgt);
          const x0 = Math.max(0, Math.floor((rect.left - pad - cr.left) * sx));
          const x1 = Math.min(canvas.width, Math.ceil((rect.right + pad - cr.left) * sx));
          const y0 = Math.max(0, Math.floor((rect.top + 0.25 * hgt - cr.top) * sy));
          const y1 = Math.min(canvas.height, Math.ceil((rect.bottom - 0.25 * hgt - cr.top) * sy));
          const img = canvas.getContext('2d')!.getImageData(x0, y0, x1 - x0, Math.max(1, y1 - y0));
          const ink: boolean[] = [];
          for (let x = 0; x < img.width; x++) {
            let any = false;
            for (let y = 0; y < img.height && !any; y++) {
              const i = (y * img.width + x) * 4;
              any = img.data[i + 3]! > 0 && (img.data[i]! + img.data[i + 1]! + img.data[i + 2]!) / 3 < 140;
            }
            ink.push(any);
          }
          // CSS px → column index in the ink profile.
          const col = (cx: number) => Math.round((cx - cr.left) * sx) - x0;
          const tol = Math.round(Math.max(2, 0.2 * hgt) * sx);
          const gap = Math.round(Math.max(2, 0.12 * hgt) * sx);
          const L = ink.findIndex((v, i) => v && i >= col(rect.left) - tol);
          let R = -1;
          for (let i = Math.min(ink.length - 1, col(rect.right) + tol); i >= 0; i--) if (ink[i]) { R = i; break; }
          const where = `${Math.round(rect.left)}–${Math.round(rect.right)}`;
          if (L < 0 || Math.abs(L - col(rect.left)) > tol) bad.push(`${where}: ink starts at ${L} not ${col(rect.left)}`);
          if (R < 0 || Math.abs(R - col(rect.right)) > tol) bad.push(`${where}: ink ends at ${R} not ${col(rect.right)}`);
          for (let i = Math.max(0, L - gap); i < L; i++) if (ink[i]) { bad.push(`${where}: ink just before the start`); break; }
          for (let i = R + 1; i <= Math.min(ink.length - 1, R + gap); i++) if (ink[i]) { bad.push(`${where}: ink just after the end`); break; }
          const inside = ink.slice(Math.max(0, col(rect.left)), col(rect.right)).filter(Boolean).length / Math.max(1, col(rect.right) - col(rect.left));
          if (inside < 0.4) bad.push(`${where}: little ink under the highlight (${inside.toFixed(2)})`);
        }
        out.push({ text: r.toString(), rects: rects.length, bad });
      }
    }
    return out;
  });
}

async function zoomTo(viewer: Page, button: string, expected: string): Promise<void> {
  await viewer.click(button);
  await expect.poll(() => viewer.evaluate(() => document.body.dataset.zoom)).toBe(expected);
  await viewer.waitForTimeout(300); // canvases finish drawing
}

describe('PDF viewer highlights', () => {
  it('lie on the glyphs of their words at two zoom levels, and the text layer stays transparent', async () => {
    const pdf = await printPdf(lens.b, ORDER);
    lens.server.pages.set('/sector.pdf', { type: 'application/pdf', body: pdf, headers: { 'access-control-allow-origin': '*' } });
    const viewer = await lens.b.context.newPage();
    await viewer.setViewportSize({ width: 1000, height: 900 });
    await viewer.goto(`chrome-extension://${lens.b.extensionId}/viewer.html?src=${encodeURIComponent(lens.server.origin + '/sector.pdf')}`);
    await expect.poll(() => viewer.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/findings/);
    expect(await viewer.evaluate(() => document.body.dataset.zoom)).toBe('1.3');

    const results: Record<string, Check[]> = {};
    results['1.3'] = await checkHighlights(viewer);
    await zoomTo(viewer, '#zoom-in', '1.5');
    await zoomTo(viewer, '#zoom-in', '1.75');
    results['1.75'] = await checkHighlights(viewer);
    await zoomTo(viewer, '#zoom-out', '1.5');
    await zoomTo(viewer, '#zoom-out', '1.25');
    await zoomTo(viewer, '#zoom-out', '1');
    results['1'] = await checkHighlights(viewer);
    for (const [zoom, checks] of Object.entries(results)) {
      const texts = checks.map((c) => c.text.toLowerCase());
      for (const t of ['women', 'gender adviser', 'female engagement teams']) expect(texts, `zoom ${zoom}`).toContain(t);
      expect(checks.length, `zoom ${zoom}`).toBeGreaterThanOrEqual(5);
      for (const c of checks) {
        expect(c.rects, `${c.text} at zoom ${zoom}`).toBeGreaterThan(0);
        expect(c.bad, `${c.text} at zoom ${zoom}`).toEqual([]);
      }
    }

    // The highlight never makes the hidden text visible; the span is transparent too.
    const colours = await viewer.evaluate(() => {
      const span = document.querySelector('.textLayer span')!;
      const names = [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((n) => n.startsWith('wps-lens-') && n !== 'wps-lens-flash');
      return { span: getComputedStyle(span).color, hl: [...new Set(names.map((n) => getComputedStyle(span, `::highlight(${n})`).color))] };
    });
    expect(colours.span).toBe('rgba(0, 0, 0, 0)');
    expect(colours.hl).toEqual(['rgba(0, 0, 0, 0)']);

    // Screenshots: fit to the width, light and dark chrome (the page stays white).
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await viewer.setViewportSize({ width, height: 640 });
        await viewer.emulateMedia({ colorScheme });
        await viewer.click('#zoom-fit');
        await viewer.waitForTimeout(400);
        await viewer.screenshot({ path: join(SHOTS, `viewer-${width}-${colorScheme}.png`) });
      }
    }
    await viewer.setViewportSize({ width: 900, height: 700 });
    await viewer.emulateMedia({ colorScheme: 'light' });
    await viewer.click('#zoom-fit');
    await viewer.waitForTimeout(400);
    await viewer.screenshot({ path: join(SHOTS, 'viewer-900-light.png') });
    await viewer.close();
  });
});
