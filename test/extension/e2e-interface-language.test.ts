// End to end in real Chromium: the extension's interface language (options, "Interface language").
// Chosen French, the options page, the side panel (header, gaps, findings, filters, legend, exports),
// the hover card and the toolbar badge's title speak French on an English order, while the wording to
// insert stays the document's English with a French reading beside it; back to "Same as the browser"
// (English here), everything is English again without reopening the panel. Screenshots of the French
// panel at 320 and 400 px, light and dark.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildReview, countsLine, loadLexicon, scoreLine, type Report } from '../../core/index.ts';
import { describeFinding } from '../../core/report/describe.ts';
import { hoverCard } from './support/browser.ts';
import { useExtension } from './support/session.ts';
import { violations } from '../support/axe.ts';
import { repoRoot } from '../support/corpus.ts';

const SHOTS = join(repoRoot, 'docs/screenshots');

// Our own order: a main body with no WPS task, an annex that has some (so there are gaps and findings).
const ORDER = [
  'OPERATION ORDER 4/27 (STONE BRIDGE)',
  '1. SITUATION',
  'Armed groups tax the market road; displaced families gather near the river camp.',
  '2. MISSION',
  'The battalion secures the market road and the river camp from 1 May.',
  '3. EXECUTION',
  'Companies patrol the road by day and hold the bridge at night.',
  'ANNEX F: GENDER',
  'Patrols will meet the women’s committee of the river camp each week and report conflict-related sexual violence to the gender focal point.',
  'Every company should include women in its patrols where possible.',
];
const page = (paras: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order 4/27</title></head><body>${paras.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

const lens = useExtension(async ({ server }) => {
  server.pages.set('/order.html', { type: 'text/html; charset=utf-8', body: page(ORDER) });
});

/** Chooses an interface language in the options page and waits until the page has redrawn in it. */
async function chooseLanguage(value: 'auto' | 'en' | 'fr', lang: 'en' | 'fr'): Promise<void> {
  const o = await lens.openOptions();
  await o.locator('#ui-language').waitFor();
  await o.selectOption('#ui-language', value);
  await expect.poll(() => o.evaluate(() => document.documentElement.lang)).toBe(lang);
  // The message says it in the new language, and the focus stays on the choice.
  await expect.poll(() => o.locator('#message').textContent()).toBe(lang === 'fr' ? 'Langue de l’interface enregistrée.' : 'Interface language saved.');
  expect(await o.evaluate(() => document.activeElement?.id)).toBe('ui-language');
  expect(await o.locator('h1').textContent()).toBe(lang === 'fr' ? 'Options de WPS Lens' : 'WPS Lens options');
  await o.close();
}

/** The panel's own words that must not be left in English in a French panel. */
const ENGLISH_CHROME = ['Scan again', 'Next', 'Previous', 'Coverage', 'Legend', 'Export', 'Suggested wording', 'Copy suggestion', 'Search', 'Document type', 'Findings', 'Gaps', 'Open a local PDF', 'Show in page', 'More actions', 'Detect automatically'];

declare const chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } };
const badgeTitle = (tabId: number): Promise<string> => lens.ext.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

async function panelText(panel: Page): Promise<string> {
  return panel.evaluate(() => document.body.textContent ?? "");
}

describe('the interface language', () => {
  it('French: options, side panel, hover card and badge speak French on an English order; the wording to insert stays English', async () => {
    await chooseLanguage('fr', 'fr');
    const { page: tab, tabId } = await lens.openWithAction('/order.html');
    const report = await lens.scanReport<Report>(tabId);
    expect(report.language).toBe('en');
    expect(report.gaps.length).toBeGreaterThan(2);
    const panel = await lens.openPanel(tabId);
    await panel.setViewportSize({ width: 400, height: 900 });

    // The header: the core's own lines in French, from the same report.
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await panel.locator('#score').textContent()).toBe(scoreLine(report, 'fr'));
    expect(await panel.locator('#score').textContent()).toMatch(/^Note \d+\/100 — \d+ règles? sur \d+/);
    expect(await panel.locator('#counts').textContent()).toBe(countsLine(buildReview({ report }, { language: 'fr' })));
    expect(await panel.locator('#next').textContent()).toBe('Suivant');
    expect(await panel.locator('#scan').textContent()).toBe('Analyser de nouveau');
    expect(await panel.locator('#gaps-h').textContent()).toBe(`Lacunes (${report.gaps.length})`);

    // The first gap, opened with n: its reason in French, its wording to insert in English with a French reading.
    await panel.locator('body').press('n');
    const open = panel.locator('#gaps li.gap.current');
    await open.waitFor();
    expect(await open.locator('.reason .lbl').textContent()).toBe('Pourquoi : ');
    expect(await open.locator('.sugg .lbl:not(.tr-lbl)').textContent()).toBe('Formulation proposée');
    expect(await open.locator('.sugg .tr-lbl').textContent()).toBe('En français (à lire, pas à insérer)');
    expect(await open.locator('.copy').textContent()).toBe('Copier la formulation');
    const review = buildReview({ report }, { language: 'fr', lexicon: loadLexicon() });
    const first = review.gaps[0]!;
    expect(await open.locator('.reason').textContent()).toBe(`Pourquoi : ${first.reason}`);
    expect(await open.locator('.sugg-text').textContent()).toBe(first.suggestion);
    expect(first.suggestion).toBe(report.gaps.find((g) => g.rule === first.gap.rule)!.suggestion);
    expect(await open.locator('.sugg-tr').textContent()).toBe(first.suggestionTranslation);
    expect(first.suggestionTranslation).toBeTruthy();

    const text = await panelText(panel);
    for (const w of ENGLISH_CHROME) expect(text, `English left in the French panel: ${w}`).not.toMatch(new RegExp(`\\b${w.replace(/[()]/g, '\\$&')}\\b`));
    for (const w of ['Couverture', 'Légende', 'Exporter', 'Rechercher', 'Type de document']) expect(text).toContain(w);

    // The Changes view: its own words in French too.
    await panel.locator('#show-changes').click();
    await expect.poll(() => panel.locator('#changes-h').textContent()).toBe('Modifications');
    await expect.poll(() => panel.locator('#changes').textContent()).toContain('Comparez cette page à une analyse antérieure');
    expect(await panel.locator('#changes').textContent()).not.toMatch(/\b(Compare|Changes|Nothing to compare|Scan this page)\b/);
    await panel.locator('#show-changes').click();

    // The badge's title (Chrome's tooltip on the toolbar button).
    const title = await badgeTitle(tabId);
    expect(title).toMatch(/^WPS Lens : \d+ lacunes? élevées?, \d+ lacunes? en tout — ouvrez le panneau latéral pour la revue$/);

    // The hover card over a finding, in French (the reader's language; the words stay the page's).
    const crsv = report.findings.find((f) => f.concept === 'crsv' || /sexual violence/.test(f.text))!;
    const loc = tab.locator('p', { hasText: 'conflict-related sexual violence' });
    const box = (await loc.boundingBox())!;
    const words = await loc.evaluate((p) => {
      const t = p.firstChild!.textContent!;
      const i = t.indexOf('conflict-related sexual violence');
      const r = document.createRange();
      r.setStart(p.firstChild!, i + 5); r.setEnd(p.firstChild!, i + 6);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    expect(box.width).toBeGreaterThan(0);
    await tab.mouse.move(words.x, words.y);
    let card: Awaited<ReturnType<typeof hoverCard>> = null;
    await expect.poll(async () => (card = await hoverCard(tab))?.shown ?? false, { timeout: 3000 }).toBe(true);
    const d = describeFinding(crsv, 'fr');
    expect(card!.text.split('\n')[0]).toBe(d.title);
    expect(card!.text).toContain(d.how);
    expect(card!.text).toContain(d.why);
    expect(d.title).not.toBe(describeFinding(crsv, 'en').title);

    // Screenshots: the French panel with its first gap open, 320 and 400 px, light and dark.
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.setViewportSize({ width, height: 900 });
        await panel.emulateMedia({ colorScheme });
        expect(await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `no sideways scroll at ${width}`).toBe(true);
        await panel.screenshot({ path: join(SHOTS, `panel-fr-${width}-${colorScheme}.png`) });
      }
    }
    // French words, still WCAG 2.2 AA: names contain the visible words, contrast holds (light and dark).
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      expect(await violations(panel), `French panel, ${colorScheme}`).toEqual([]);
    }
    const o = await lens.openOptions();
    await o.locator('#ui-language').waitFor();
    expect(await o.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await violations(o), 'French options').toEqual([]);
    await o.close();
    await panel.emulateMedia({ colorScheme: 'light' });

    // Back to the browser's language (English here): the open panel redraws in English by itself.
    await chooseLanguage('auto', 'en');
    await expect.poll(() => panel.locator('#next').textContent()).toBe('Next');
    expect(await panel.locator('#score').textContent()).toBe(scoreLine(report, 'en'));
    expect(await panel.locator('#gaps-h').textContent()).toBe(`Gaps (${report.gaps.length})`);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => badgeTitle(tabId)).toMatch(/^WPS Lens: \d+ high gaps?, \d+ gaps? in all/);
    await Promise.all([panel.close(), tab.close()]);
  });
});
