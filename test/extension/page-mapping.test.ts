// The offset→Range map on pages built at test time from corpus resolutions (headings, lists, tables,
// inline markup split across elements, hidden elements), in real Chromium. The core analyses the
// blocks the reader produced; every finding's Range must cover exactly the finding's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze, type TextBlock } from '../../core/index.ts';
import { NON_GENDER_RESOLUTIONS, readResolution, WPS_RESOLUTIONS } from '../support/corpus.ts';
import { requireChromium } from './support/browser.ts';
import { resolutionHtml } from './support/corpus-html.ts';
import { pageBundle } from './support/page-bundle.ts';

const HIDDEN = 'Secret aside: the gender focal point will brief women leaders on sexual exploitation and abuse.';
let browser: Browser;
let page: Page;
let bundle: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true });
  page = await browser.newPage();
  bundle = await pageBundle();
});
afterAll(async () => { await browser?.close(); });

async function load(html: string): Promise<TextBlock[]> {
  await page.setContent(html);
  await page.addScriptTag({ content: bundle });
  return page.evaluate(() => {
    const w = window as unknown as { WpsLensPage: { PageReader: new (d: Document) => { readFrom(n: Node): { id: string; text: string }[] } }; reader: unknown };
    const reader = new w.WpsLensPage.PageReader(document);
    w.reader = reader;
    return reader.readFrom(document.body).map((b) => ({ id: b.id, text: b.text }));
  });
}

/** Range text (whitespace collapsed) for each [block, start, end]. */
async function rangeTexts(spans: [string, number, number][]): Promise<(string | null)[]> {
  return page.evaluate((sp) => {
    const w = window as unknown as { WpsLensPage: { rangeFor(d: Document, b: unknown, s: number, e: number): Range | null }; reader: { blocks: Map<string, unknown> } };
    return sp.map(([id, s, e]) => w.WpsLensPage.rangeFor(document, w.reader.blocks.get(id), s, e)?.toString().replace(/\s+/g, ' ') ?? null);
  }, spans);
}

describe('offset→Range map on corpus pages', () => {
  it.each([...WPS_RESOLUTIONS.slice(0, 5), NON_GENDER_RESOLUTIONS[1]!])('resolution %s: every finding maps to a Range with its exact words', async (symbol) => {
    const corpus = readResolution(symbol);
    const blocks = await load(resolutionHtml(corpus, HIDDEN).html);
    // Hidden, script and noscript text is not read; visible paragraphs are, one block each.
    expect(blocks.some((b) => b.text.includes('Secret aside'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('in a script'))).toBe(false);
    const visible = corpus.filter((c) => c.text.trim()).length;
    expect(blocks.length).toBe(visible + Math.min(3, visible)); // + the table's number cells
    const report = analyze(blocks);
    const spans = report.findings.map((f) => [f.block!, f.start, f.end] as [string, number, number]);
    const texts = await rangeTexts(spans);
    report.findings.forEach((f, i) => expect(texts[i], `${f.concept} in ${f.block}`).toBe(f.text.replace(/\s+/g, ' ')));
    // Arbitrary spans too, including ones crossing inline elements (the <span>/<b> split).
    const cross = blocks.filter((b) => b.text.length > 40).slice(0, 20).map((b) => [b.id, 3, b.text.length - 2] as [string, number, number]);
    const crossTexts = await rangeTexts(cross);
    cross.forEach(([id, s, e], i) => expect(crossTexts[i]).toBe(blocks.find((b) => b.id === id)!.text.slice(s, e)));
  });

  it('collapses whitespace and <br> into single spaces and maps back into the raw text nodes', async () => {
    const blocks = await load('<p>  The   gender\n\n   adviser<br>will <em>report</em>\ton   women</p><div style="display:none">gender adviser</div><ul><li>one</li><li>two</li></ul>');
    expect(blocks.map((b) => b.text)).toEqual(['The gender adviser will report on women', 'one', 'two']);
    const [t] = await rangeTexts([[blocks[0]!.id, 4, 18]]);
    expect(t).toBe('gender adviser');
    const [u] = await rangeTexts([[blocks[0]!.id, 19, 30]]);
    expect(u).toBe('will report');
  });

  it('falls back to <mark> wrapping without changing the page text when CSS.highlights is missing', async () => {
    const blocks = await load('<p>Leaders will include <b>women in</b> peace talks and protect girls.</p>');
    const report = analyze(blocks);
    expect(report.findings.length).toBeGreaterThan(0);
    const items = report.findings.map((f) => ({ key: `${f.start}`, block: f.block!, start: f.start, end: f.end, family: 'participation', style: 'plain', card: { title: '', pillar: '', how: '', why: '' } }));
    const out = await page.evaluate((its) => {
      const w = window as unknown as { WpsLensPage: { Painter: new (d: Document, h: boolean) => { paint(i: unknown, b: unknown): { painted: number }; mode: string } }; reader: { blocks: unknown } };
      const before = document.body.textContent;
      const p = new w.WpsLensPage.Painter(document, false);
      const r = p.paint(its, w.reader.blocks);
      return { mode: p.mode, painted: r.painted, marks: [...document.querySelectorAll('mark')].map((m) => m.textContent), same: before === document.body.textContent };
    }, items);
    expect(out.mode).toBe('wrap');
    expect(out.same).toBe(true);
    // A finding crossing the <b> boundary is wrapped piece by piece; together the marks hold its words.
    expect(out.marks.join(' ').replace(/\s+/g, ' ').trim()).toBe(report.findings.map((f) => f.text).join(' '));
  });

  it('finds the finding under any node it covers (first, middle, last) for hover cards, in both modes', async () => {
    for (const useHighlights of [true, false]) {
      const blocks = await load('<p>Units report on <b>conflict-related</b> <i>sexual</i> <u>violence</u> weekly.</p>');
      const f = analyze(blocks).findings.find((x) => x.text === 'conflict-related sexual violence')!;
      expect(f).toBeDefined();
      const hits = await page.evaluate(([it, hl]) => {
        const w = window as unknown as { WpsLensPage: { Painter: new (d: Document, h: boolean) => { paint(i: unknown, b: unknown): unknown; itemAt(n: Node, o: number): { key: string } | undefined } }; reader: { blocks: unknown } };
        const p = new w.WpsLensPage.Painter(document, hl as boolean);
        p.paint([it], w.reader.blocks);
        const at = (sel: string): string | null => p.itemAt(document.querySelector(sel)!.firstChild!.nodeType === 3 ? document.querySelector(sel)!.firstChild! : document.querySelector(sel)!.querySelector('mark')!.firstChild!, 2)?.key ?? null;
        const before = document.querySelector('p')!.firstChild!; // "Units report on "
        return { b: at('b'), i: at('i'), u: at('u'), off: p.itemAt(before, 1)?.key ?? null };
      }, [{ key: 'k', block: f.block!, start: f.start, end: f.end, family: 'protection', style: 'plain', card: { title: '', pillar: '', how: '', why: '' } }, useHighlights] as const);
      expect(hits, `highlights: ${useHighlights}`).toEqual({ b: 'k', i: 'k', u: 'k', off: null });
    }
  });

  it('<mark> fallback: clearing and repainting a subset (as after a dismissal) maps every finding exactly, again and again', async () => {
    const symbol = WPS_RESOLUTIONS[0]!;
    const blocks = await load(resolutionHtml(readResolution(symbol), HIDDEN).html);
    const report = analyze(blocks);
    const items = report.findings.map((f, i) => ({ key: `k${i}`, block: f.block!, start: f.start, end: f.end, family: 'protection', style: 'plain', card: { title: '', pillar: '', how: '', why: '' } }));
    const expected = new Map(items.map((it, i) => [it.key, report.findings[i]!.text.replace(/\s+/g, ' ')]));
    // Three rounds: all, every second one (a reset repaint), then the rest added without a reset.
    const rounds = [{ reset: true, keys: items.map((i) => i.key) }, { reset: true, keys: items.filter((_, i) => i % 2 === 0).map((i) => i.key) },
      { reset: false, keys: items.map((i) => i.key) }, { reset: true, keys: items.filter((_, i) => i % 3 === 1).map((i) => i.key) }];
    const out = await page.evaluate(([its, rs]) => {
      const w = window as unknown as { WpsLensPage: { Painter: new (d: Document, h: boolean) => { paint(i: unknown, b: unknown): { painted: number; missing: number }; clear(): void } }; reader: { blocks: unknown } };
      const text = document.body.textContent;
      const p = new w.WpsLensPage.Painter(document, false);
      return (rs as { reset: boolean; keys: string[] }[]).map((r) => {
        if (r.reset) p.clear();
        const res = p.paint((its as { key: string }[]).filter((i) => r.keys.includes(i.key)), w.reader.blocks);
        const byKey: Record<string, string> = {};
        for (const m of document.querySelectorAll<HTMLElement>('mark[data-wps-lens]')) byKey[m.dataset.wpsLens!] = (byKey[m.dataset.wpsLens!] ?? '') + m.textContent;
        return { res, byKey, same: document.body.textContent === text };
      });
    }, [items, rounds] as const);
    out.forEach((o, n) => {
      const keys = rounds[n]!.keys;
      expect(o.same).toBe(true);
      expect(o.res.missing).toBe(0);
      // Overlapping findings share text: each painted finding's marks hold its words (nested marks allowed).
      expect(Object.keys(o.byKey).sort()).toEqual([...keys].sort());
      for (const k of keys) expect(o.byKey[k]!.replace(/\s+/g, ' ').trim(), `round ${n} ${k}`).toBe(expected.get(k));
    });
  });
});
