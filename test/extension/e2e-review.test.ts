// The side panel as a review one works through (core/report/review.ts, docs/review.md), in real Chromium:
// from a freshly scanned page the first high gap and its suggestion are one key press away (two with
// Tab + Enter); Next goes through every gap in the core's order and flashes its words on the page; the
// panel's numbers are the core's filterCounts (and the CLI's coverage) for the same page; and a page with
// about 1,000 findings keeps the list's DOM rows and its Tab stops bounded.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildReview, filterCounts, countsLine, itemById, next, type Review } from '../../core/index.ts';
import type { Report } from '../../core/schema.ts';
import { highlightTexts } from './support/browser.ts';
import { sampleHtml } from './support/sample-html.ts';
import { useExtension } from './support/session.ts';

interface State { report: Report; blocks: { id: string; text: string }[]; url: string }

const lens = useExtension();

async function scannedOrder(path: string): Promise<{ page: Page; tabId: number; review: Review; panel: Page }> {
  lens.server.pages.set(path, { type: 'text/html; charset=utf-8', body: sampleHtml('oporder-sector-west', 'Operation order 02/25') });
  const { page, tabId } = await lens.openWithAction(path, { viewport: { width: 900, height: 600 } });
  await lens.scanReport(tabId);
  const st = await lens.send<State>({ type: 'get-state', tabId, blocks: true });
  const review = buildReview({ report: st.report, blocks: st.blocks });
  const panel = await lens.openPanel(tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  return { page, tabId, review, panel };
}

/** The open gap card's title, and whether its suggested wording is on screen. */
async function openGap(panel: Page): Promise<{ id: string | null; suggestion: string | null; visible: boolean }> {
  return panel.evaluate(() => {
    const card = document.querySelector<HTMLElement>('#gaps li.gap.current');
    const s = card?.querySelector<HTMLElement>('.sugg-text');
    const r = s?.getBoundingClientRect();
    const head = document.getElementById('review-head')!.getBoundingClientRect().bottom;
    return { id: card?.dataset.id ?? null, suggestion: s?.textContent ?? null, visible: !!r && r.height > 0 && r.top >= head - 1 && r.bottom <= innerHeight };
  });
}

describe('review mode in the side panel', () => {
  it('reaches the first high gap and its suggestion in one key (n), or two (Tab, Enter); Next goes through every gap', async () => {
    const { page, review, panel } = await scannedOrder('/order-keys.html');
    const firstHigh = review.gaps.find((g) => g.severity === 'high')!;
    expect(firstHigh).toBeDefined();
    expect(review.gaps[0]!.id).toBe(firstHigh.id); // the core puts the most severe first

    await panel.bringToFront();
    expect(await openGap(panel)).toMatchObject({ id: null });
    await panel.keyboard.press('n');
    expect(await openGap(panel)).toEqual({ id: firstHigh.id, suggestion: firstHigh.suggestion, visible: true });
    // The current card is marked and holds the focus; the status in the sticky header says where we are.
    expect(await panel.evaluate(() => document.activeElement?.closest('li.gap')?.getAttribute('data-id'))).toBe(firstHigh.id);
    expect(await panel.locator('#status').textContent()).toContain(`Gap 1 of ${review.gaps.length}`);

    // Fresh panel, Tab then Enter: the first Tab stop is Next.
    await panel.reload();
    await panel.locator('#findings').waitFor();
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('next');
    await panel.keyboard.press('Enter');
    expect(await openGap(panel)).toEqual({ id: firstHigh.id, suggestion: firstHigh.suggestion, visible: true });

    // Next through every gap, in the core's order; j does the same as n. A gap with words on the page
    // (e.g. its annex mentions) scrolls the page there and flashes them.
    await panel.locator('body').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [firstHigh.id];
    let flashed = 0;
    for (let i = 1; i < review.gaps.length; i++) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await panel.keyboard.press(i % 2 ? 'n' : 'j');
      const g = await openGap(panel);
      expect(g.visible, `gap ${i + 1} suggestion on screen`).toBe(true);
      seen.push(g.id!);
      const gap = review.gaps[i]!;
      const related = gap.related[0] ? itemById(review, gap.related[0]) : undefined;
      if (related?.type === 'finding') {
        const words = related.findings[0]!.text.replace(/\s+/g, ' ');
        await expect.poll(async () => (await highlightTexts(page))['wps-lens-flash']?.[0], { interval: 20 }).toBe(words);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        flashed++;
      }
    }
    expect(seen).toEqual(review.gaps.map((g) => g.id));
    expect(flashed).toBeGreaterThan(0);
    // After the gaps, Next goes on to the first finding of the review; p goes back to the last gap.
    await panel.keyboard.press('n');
    const firstFinding = next(review, review.gaps.at(-1)!.id)!;
    expect(await panel.evaluate(() => document.querySelector('#findings .row.current')?.getAttribute('data-id'))).toBe(firstFinding.id);
    if (firstFinding.type !== 'finding') throw new Error('a finding follows the gaps');
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-flash']?.[0], { interval: 20 }).toBe(firstFinding.findings[0]!.text.replace(/\s+/g, ' '));
    await panel.keyboard.press('p');
    expect((await openGap(panel)).id).toBe(review.gaps.at(-1)!.id);
    // Typing n in the search box searches; it does not move.
    await panel.locator('#search').focus();
    await panel.keyboard.type('n');
    expect((await openGap(panel)).id).toBe(review.gaps.at(-1)!.id);
    expect(await panel.locator('#search').inputValue()).toBe('n');
    await Promise.all([panel.close(), page.close()]);
  });

  it('shows the core’s counts: headline, counts line, filter bar and headings equal filterCounts for the same page', async () => {
    const { page, review, panel } = await scannedOrder('/order-counts.html');
    expect(await panel.locator('#headline').textContent()).toBe(review.headline!.text);
    expect(await panel.locator('#counts').textContent()).toContain(countsLine(review));
    const all = filterCounts(review);
    expect(await panel.locator('#findings-h').textContent()).toBe(`Findings (${all.findings} of ${review.counts.findings})`);
    expect(await panel.locator('#gaps-h').textContent()).toBe(`Gaps (${review.gaps.length})`);
    expect(await panel.locator('label[data-kind="task"]').textContent()).toBe(`Task (${all.byKind.task})`);
    expect(await panel.locator('label[data-kind="context"]').textContent()).toBe(`Mention (${all.byKind.context})`);
    const option = (v: string) => panel.locator(`#filter-pillar option[value="${v}"]`).textContent();
    expect(await option('protection')).toBe(`Protection (${all.byFamily.protection})`);
    expect(await option('all')).toBe(`All pillars (${all.findings})`);
    // The chart draws the same family numbers as the filter (and coverage.byPillar summed: the CLI's JSON).
    const bars = await panel.locator('#coverage .bar .num').allTextContents();
    expect(bars.map(Number)).toEqual(Object.values(all.byFamily));
    expect(review.counts.byPillar.protection.findings).toBe((await lens.send<State>({ type: 'get-state', tabId: await lens.tabIdOf(page.url()) })).report.coverage.byPillar.protection.findings);

    // Only tasks, one pillar, and a search: the heading follows filterCounts with the same filter.
    await panel.locator('#kind-advice').uncheck();
    await panel.locator('#kind-context').uncheck();
    await panel.locator('#kind-negated').uncheck();
    const tasks = filterCounts(review, { kinds: ['task'] });
    expect(await panel.locator('#findings-h').textContent()).toBe(`Findings (${tasks.findings} of ${review.counts.findings})`);
    await panel.locator('#filter-pillar').selectOption('gender-perspective');
    const gp = filterCounts(review, { kinds: ['task'], families: ['gender-perspective'] });
    expect(await panel.locator('#findings-h').textContent()).toBe(`Findings (${gp.findings} of ${review.counts.findings})`);
    expect(await panel.locator('label[data-kind="advice"]').textContent()).toBe(`Advice (${gp.byKind.advice})`);
    await panel.locator('#filter-pillar').selectOption('all');
    for (const k of ['advice', 'context', 'negated']) await panel.locator(`#kind-${k}`).check();
    await panel.locator('#search').fill('gender adviser');
    const q = filterCounts(review, { query: 'gender adviser' });
    expect(q.findings).toBeGreaterThan(0);
    expect(await panel.locator('#findings-h').textContent()).toBe(`Findings (${q.findings} of ${review.counts.findings})`);
    expect(await panel.locator('#gaps-h').textContent()).toBe(q.gaps === review.gaps.length ? `Gaps (${q.gaps})` : `Gaps (${q.gaps} of ${review.gaps.length})`);
    // Every drawn row holds each word searched for (in its sentence or its concepts' names).
    const texts = await panel.locator('#findings .row.finding .go').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) { expect(t.toLowerCase()).toContain('gender'); expect(t.toLowerCase()).toContain('adviser'); }
    await Promise.all([panel.close(), page.close()]);
  });

  it('keeps the DOM bounded on a page with about 1,000 findings: few rows drawn, one Tab stop for the list, End reaches the last', async () => {
    // Our own sentences, one per paragraph, each naming a WPS concept.
    const lines = ['The battalion will include women in every patrol.', 'The gender adviser will brief the commander each week.',
      'Units should consult women’s organisations before each operation.', 'The force will prevent conflict-related sexual violence.'];
    const paras = Array.from({ length: 1400 }, (_, i) => `<p>Item ${i + 1}. ${lines[i % lines.length]}</p>`).join('');
    lens.server.pages.set('/many.html', { type: 'text/html', body: `<!doctype html><title>Many</title><body><h1>Orders</h1>${paras}</body>` });
    const { page, tabId } = await lens.openWithAction('/many.html');
    const report = await lens.scanReport<Report>(tabId);
    expect(report.findings.length).toBeGreaterThanOrEqual(1000);
    const panel = await lens.openPanel(tabId);
    await panel.setViewportSize({ width: 400, height: 800 });
    const rendered = () => panel.evaluate(() => document.querySelectorAll('#findings .row').length);
    expect(await rendered()).toBeGreaterThan(3);
    expect(await rendered()).toBeLessThan(40);
    // Tab from the top: the findings list is one stop (its current row's two buttons), then past it.
    await panel.bringToFront();
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      const where = await panel.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.closest('#findings') ? 'findings' : a?.closest('#drop') ? 'drop' : a?.id || a?.tagName || '';
      });
      stops.push(where);
      if (where === 'drop') break;
    }
    expect(stops.at(-1)).toBe('drop');
    expect(stops.filter((s) => s === 'findings').length).toBe(2);
    expect(stops.length).toBeLessThan(40);
    // Into the list, End goes to the last sentence: drawn, current, focused; still few rows in the DOM.
    await panel.locator('#findings .row.finding .go[tabindex="0"]').focus();
    await panel.keyboard.press('End');
    const last = await panel.evaluate(() => ({ pos: document.activeElement?.closest('.row')?.getAttribute('aria-posinset'), size: document.activeElement?.closest('.row')?.getAttribute('aria-setsize') }));
    expect(last.pos).toBe(last.size);
    expect(Number(last.size)).toBeGreaterThanOrEqual(1000);
    expect(await rendered()).toBeLessThan(40);
    await panel.keyboard.press('ArrowUp');
    expect(await panel.evaluate(() => document.activeElement?.closest('.row')?.getAttribute('aria-posinset'))).toBe(String(Number(last.size) - 1));
    await Promise.all([panel.close(), page.close()]);
  });
});
