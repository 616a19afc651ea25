// The built Word task pane in headless Chromium with the Office.js stand-in: summary → tabs → one card at
// a time. On the sample order: the headline, the first gap within ten Tab presses of the top, Next /
// Previous (buttons and n / p) moving Word's selection, the card menu's actions reaching the (fake)
// document, document text as text; a corpus resolution: type change without reading Word again, dismiss,
// pillars shown; the interface language (English / French) stored in the pane's settings; Office's dark
// theme; axe-core (WCAG 2.2 AA) with zero violations in light and dark; screenshots at 320 and 400 px in
// docs/screenshots/. No request leaves for anywhere but the intercepted office.js and the local server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { violations } from '../support/axe.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readResolution, repoRoot } from '../support/corpus.ts';
import { OFFICE_JS_URL } from './support/standin.ts';
import { useTaskPane } from './support/taskpane.ts';
import { FRENCH_ORDER } from './support/orders.ts';

const pane = useTaskPane({ tmpPrefix: 'wps-office-', viewport: { width: 380, height: 900 }, ready: (page) => page.locator('#wps-scan') });
const { openPane } = pane;
const ORDER = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n');

interface Selected { paragraph: number; start: number; end: number; text: string }
interface WpsState { selected: Selected | null; syncs: number; comments: { paragraph: number; text: string }[]; inserted: { after: number | string; text: string }[]; paragraphs: { text: string; highlight: (string | null)[] }[]; settings: Record<string, string> }
const state = (page: Page) => page.evaluate(() => (window as unknown as { __WPS_STATE__: WpsState }).__WPS_STATE__);

async function scan(page: Page): Promise<void> {
  await page.locator('#wps-scan').click();
  await page.locator('#wps-headline').waitFor();
}

/** Opens the card's menu and picks the item whose text matches. */
async function menuItem(page: Page, card: string, name: RegExp | string): Promise<void> {
  await page.locator(`${card} .wps-menu-button`).click();
  await page.locator(`${card} [role="menuitem"]`, { hasText: name }).click();
}


async function bothSchemes(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    out[colorScheme] = await violations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}

describe('Word task pane in Chromium', () => {
  it('the sample order: headline, the first gap within 10 Tab presses, Next/Previous and n/p move Word\'s selection, card actions', async () => {
    const paragraphs = [...ORDER];
    // A paragraph that looks like markup must stay text (in Annex K, so the main body still names no women).
    paragraphs.push('Note <img src="x.png" onerror="window.__pwned=1"> <b>women</b> at checkpoints will be searched by female soldiers.');
    const page = await openPane({ host: 'Word', paragraphs, wordApi: '1.5' });
    await scan(page);

    await expect.poll(() => page.locator('#wps-headline').textContent()).toMatch(/^Women, gender or UNSCR 1325 named 0 times in the main body, \d\d+ times in annexes \(Annex K\)\.$/);
    expect(await page.locator('#wps-split').textContent()).toMatch(/^Gender-specific findings: 1 in the main body \(Zero-tolerance policy\), \d\d+ in annexes\.$/);
    expect(await page.locator('#wps-score').textContent()).toMatch(/^Score \d+\/100 — /);
    expect(await page.locator('#wps-counts').textContent()).toMatch(/^\d+ findings in \d+ sentences: \d+ tasks?, \d+ advice, \d+ mentions?, \d+ stated as absent\.$/);
    // Tabs: Gaps open, with the count; one card; the Changes panel is there for its view to fill.
    const gapsTab = page.getByRole('tab', { name: /^Gaps \(\d+\)$/ });
    expect(await gapsTab.getAttribute('aria-selected')).toBe('true');
    const gapCount = Number(/\((\d+)\)/.exec((await gapsTab.textContent())!)![1]);
    expect(gapCount).toBeGreaterThan(3);
    expect(await page.locator('#wps-gaps-pos').textContent()).toBe(`Gap 1 of ${gapCount}`);
    expect(await page.locator('.wps-card.wps-gap').count()).toBe(1);
    expect(await page.locator('#changes-panel').count()).toBe(1);
    expect(await page.locator('#changes-panel').isHidden()).toBe(true);
    // The status line is the one live region, and it stays in view when the pane is scrolled.
    expect(await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role="status"]')].map((e) => e.id))).toEqual(['wps-status']);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => document.getElementById('wps-status')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.getElementById('wps-status')!.getBoundingClientRect().bottom)).toBeLessThan(200);
    await page.evaluate(() => window.scrollTo(0, 0));

    // From the top of the pane to the first gap: Tab presses counted until focus is in the gap's card.
    await page.locator('h1').click();
    let presses = 0;
    while (presses < 30 && !(await page.evaluate(() => document.activeElement?.closest('#wps-gap-card') !== null))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(10);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wps-gap-menu');

    // Next through the gaps: the card changes, and a gap that belongs to a paragraph selects it in Word.
    const titles = [await page.locator('#wps-gap-title').textContent()];
    await page.locator('#wps-gaps-next').click();
    expect(await page.locator('#wps-gaps-pos').textContent()).toBe(`Gap 2 of ${gapCount}`);
    titles.push(await page.locator('#wps-gap-title').textContent());
    for (let i = 2; i < gapCount; i++) await page.keyboard.press('n');
    expect(await page.locator('#wps-gaps-pos').textContent()).toBe(`Gap ${gapCount} of ${gapCount}`);
    expect(await page.locator('#wps-gaps-next').getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('n'); // past the last one: stays
    expect(await page.locator('#wps-gaps-pos').textContent()).toBe(`Gap ${gapCount} of ${gapCount}`);
    for (let i = gapCount; i > 1; i--) await page.keyboard.press('p');
    expect(await page.locator('#wps-gap-title').textContent()).toBe(titles[0]);

    // Walk to a gap that belongs in Paragraph 1 and check the selection moved there; then its menu.
    let where = '';
    for (let i = 0; i < gapCount; i++) {
      const w = page.locator('#wps-gap-card .wps-where');
      where = (await w.count()) ? (await w.textContent()) ?? '' : '';
      if (/Paragraph 1/.test(where)) break;
      await page.locator('#wps-gaps-next').click();
    }
    expect(where).toMatch(/^Belongs in: Paragraph 1/);
    await expect.poll(async () => (await state(page)).selected?.text ?? '').toMatch(/^1\. SITUATION/);
    await menuItem(page, '#wps-gap-card', /^Insert suggested wording at the end of Paragraph 1/);
    await expect.poll(() => page.locator('#wps-status').textContent()).toBe('Suggestion inserted (track changes is off).');
    const afterInsert = await state(page);
    expect(afterInsert.inserted).toHaveLength(1);
    expect(afterInsert.paragraphs[afterInsert.inserted[0]!.after as number]!.text).toMatch(/^f\. Assumptions/);
    await menuItem(page, '#wps-gap-card', 'Add comment');
    await expect.poll(() => page.locator('#wps-status').textContent()).toBe('1 comment added.');
    expect((await state(page)).comments).toHaveLength(1);
    await page.locator('#wps-gap-menu').click();
    expect(await page.locator('#wps-gap-card [role="menuitem"]', { hasText: 'Comment added' }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wps-gap-menu');
    await menuItem(page, '#wps-gap-card', /^Go to Paragraph 1/);
    await expect.poll(() => page.locator('#wps-status').textContent()).toBe('Paragraph selected in the document.');

    // Findings: one sentence at a time; n and p select its words in Word.
    await gapsTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /^Findings/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#wps-findings-pos').textContent()).toMatch(/^Sentence 1 of \d\d+$/);
    await page.keyboard.press('n');
    await expect.poll(async () => (await state(page)).selected?.text ?? '').not.toBe('');
    const second = (await state(page)).selected!;
    expect(await page.locator('#wps-finding-card .wps-mark').allTextContents()).toContain(second.text);
    await page.keyboard.press('n');
    await expect.poll(async () => JSON.stringify((await state(page)).selected)).not.toBe(JSON.stringify(second));
    await page.locator('#wps-findings-prev').click();
    await expect.poll(async () => (await state(page)).selected).toEqual(second);
    expect(await page.locator('#wps-findings-pos').textContent()).toMatch(/^Sentence 2 of /);

    // Search, and markup in the document stays text.
    await page.locator('#wps-search').fill('checkpoints searched');
    expect(await page.locator('#wps-findings-pos').textContent()).toBe('Sentence 1 of 1');
    expect(await page.locator('#wps-finding-card .wps-sentence').innerText()).toContain('<img src="x.png"');
    expect(await page.evaluate(() => document.querySelectorAll('#wps-results img, #wps-results b').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('#wps-search').fill('');

    await page.locator('#wps-highlight').click();
    await expect.poll(() => page.locator('#wps-status').textContent()).toMatch(/marked with highlight colours by pillar/);
    await page.locator('#wps-clear').click();
    await expect.poll(() => page.locator('#wps-status').textContent()).toMatch(/^Highlights cleared/);
    expect((await state(page)).paragraphs.some((p) => p.highlight.some((c) => c !== null))).toBe(false);

    await page.locator('#wps-comment-all').click();
    await expect.poll(() => page.locator('#wps-status').textContent()).toMatch(/comments? added/);
    const comments = (await state(page)).comments;
    expect(comments.length).toBe(gapCount);

    // The document reopened in a new pane session, with those comments in it: none is added twice.
    const again = await openPane({ host: 'Word', paragraphs, wordApi: '1.5', comments });
    await scan(again);
    await again.locator('#wps-comment-all').click();
    await expect.poll(() => again.locator('#wps-status').textContent()).toBe(`0 comments added; ${comments.length} gaps already have their comment in the document.`);
    expect((await state(again)).comments.length).toBe(comments.length);
    await again.close();
    await page.close();
  });

  it('a Security Council resolution from the corpus: detected type, re-analysis without reading Word, dismiss, pillars shown', async () => {
    const paragraphs = readResolution('2242').map((b) => b.text);
    const page = await openPane({ host: 'Word', paragraphs, wordApi: '1.5' });
    await scan(page);
    expect(await page.locator('#wps-profile-note').textContent()).toMatch(/^Detected: /);
    await page.getByRole('tab', { name: /^Findings/ }).click();
    const total = async () => Number(/of (\d+)$/.exec((await page.locator('#wps-findings-pos').textContent())!)?.[1] ?? 0);
    expect(await total()).toBeGreaterThan(20);
    expect(await page.locator('#wps-coverage').textContent()).toMatch(/Participation/);
    expect(await page.locator('#wps-coverage tbody tr').count()).toBe(5);

    // Changing the document type re-analyses without reading Word again.
    const before = (await state(page)).syncs;
    await page.locator('#wps-profile').selectOption('generic');
    await expect.poll(() => page.getByRole('tab', { name: /^Gaps/ }).textContent()).toBe('Gaps (0)');
    expect((await state(page)).syncs).toBe(before);

    // Dismiss in this document from the card's menu: one sentence fewer, stored in the document's settings.
    const n = await total();
    await menuItem(page, '#wps-finding-card', 'Dismiss in this document');
    await expect.poll(total).toBe(n - 1);
    expect(JSON.parse((await state(page)).settings['wps-lens.dismissals']!).length).toBeGreaterThan(0);

    // Pillars shown: hiding one drops its coverage row and its findings.
    await page.locator('details.wps-settings summary').click();
    await page.getByRole('checkbox', { name: 'Protection' }).uncheck();
    await expect.poll(() => page.locator('#wps-coverage tbody tr').count()).toBe(4);
    expect(await total()).toBeLessThan(n - 1);
    await page.close();
  });

  it('the interface language: French chosen in Settings, stored, used for the review; a French document keeps French wording to insert', async () => {
    const page = await openPane({ host: 'Word', paragraphs: ORDER, wordApi: '1.5' });
    await scan(page);
    await page.locator('details.wps-settings summary').click();
    await page.locator('#wps-ui-language').selectOption('fr');
    await expect.poll(() => page.getByRole('tab', { name: /^Lacunes \(\d+\)$/ }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wps-ui-language'); // the pane redrawn, the focus kept
    // The status said in English before the switch gives way to the change, said in French.
    expect(await page.locator('[role="status"]').first().textContent()).toBe('Langue de l’interface : Français.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The summary of this English order in the reader's French: score line, counts, type · language.
    expect(await page.locator('#wps-score').textContent()).toMatch(/^Note \d+\/100 — \d+ règles sur \d+ respectées/);
    expect(await page.locator('#wps-counts').textContent()).toMatch(/^\d+ constats dans \d+ phrases : /);
    expect(await page.locator('#wps-type-line').textContent()).toBe('Ordre d\'opération · anglais');
    expect(await page.locator('#wps-language-note').textContent()).toBe('Langue détectée : anglais. Changez-la si elle ne convient pas.');
    expect(await page.locator('#wps-scan').textContent()).toBe('Analyser le document');
    expect(await page.locator('#wps-headline').textContent()).toMatch(/^Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte/);
    expect(await page.locator('#wps-gaps-pos').textContent()).toMatch(/^Lacune 1 sur \d+$/);
    // An English order: the wording to insert stays English, with a French reading beside it.
    expect(await page.locator('#wps-gap-card blockquote').getAttribute('lang')).toBe('en');
    expect(await page.locator('#wps-gap-card .wps-translation').textContent()).toMatch(/^En français \(à lire, pas à insérer\)\u00A0: ./);
    // The French pane as a reader sees it: summary and the first gap, 320 and 400 px, light and dark.
    await page.locator('details.wps-settings summary').click();
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(repoRoot, `docs/screenshots/word-pane-fr-${width}-${colorScheme}.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wps-lens.settings') ?? '{}') as { interfaceLanguage?: string });
    expect(stored.interfaceLanguage).toBe('fr');
    // A new session of the pane reads it back.
    await page.reload();
    await page.locator('#wps-scan').waitFor();
    expect(await page.locator('#wps-scan').textContent()).toBe('Analyser le document');
    await page.close();

    // Office in French and nothing stored: French from the start; a French document's gaps are French to insert.
    const fr = await openPane({ host: 'Word', wordApi: '1.5', displayLanguage: 'fr-FR', paragraphs: FRENCH_ORDER });
    await scan(fr);
    expect(await fr.getByRole('tab', { name: /^Lacunes/ }).count()).toBe(1);
    expect(await fr.locator('#wps-gap-card blockquote').getAttribute('lang')).toBe('fr');
    expect(await fr.locator('#wps-gap-card .wps-translation').count()).toBe(0);
    expect(await fr.locator('#wps-gap-card blockquote').textContent()).toMatch(/[éèàç«]|\b(les|des|la|le)\b/i);
    await fr.close();
  });

  it('axe-core finds no WCAG 2.2 AA violation, light and dark, on gaps, findings and an open menu; Office\'s dark theme is followed; screenshots', async () => {
    const page = await openPane({ host: 'Word', paragraphs: ORDER, wordApi: '1.5' });
    expect(await bothSchemes(page), 'before a scan').toEqual({ light: [], dark: [] });
    await scan(page);
    expect(await bothSchemes(page), 'gaps').toEqual({ light: [], dark: [] });
    await page.locator('#wps-gap-menu').click();
    expect(await bothSchemes(page), 'gap menu open').toEqual({ light: [], dark: [] });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await page.locator('#wps-coverage-box summary').click();
    expect(await bothSchemes(page), 'findings').toEqual({ light: [], dark: [] });
    await page.getByRole('tab', { name: /^Gaps/ }).click();

    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 760 });
        await page.emulateMedia({ colorScheme });
        await page.evaluate(() => window.scrollTo(0, 0));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(repoRoot, `docs/screenshots/word-pane-${width}-${colorScheme}.png`) });
        if (width === 400 && colorScheme === 'light') await page.screenshot({ path: join(repoRoot, 'docs/word-taskpane.png') }); // the README's picture
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 760 });
    // The card's menu open, scrolled down: the header and its status line stay at the top.
    await page.locator('#wps-gap-menu').scrollIntoViewIfNeeded();
    await page.locator('#wps-gap-menu').click();
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/word-pane-menu-320-light.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/word-pane-findings-320-light.png') });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/word-pane-findings-320-contrast.png') });
    await page.close();

    // Office's dark theme (Word set to Black): the pane is dark whatever the system says.
    const dark = await openPane({ host: 'Word', paragraphs: ORDER, wordApi: '1.5', officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', isDarkTheme: true } });
    await dark.emulateMedia({ colorScheme: 'light' });
    expect(await dark.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await scan(dark);
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(38, 38, 38)');
    expect(await violations(dark)).toEqual([]);
    await dark.close();
  });

  it('made no request but the intercepted office.js and the local server', () => {
    expect(pane.requests.length).toBeGreaterThan(4);
    expect(pane.foreignRequests()).toEqual([]);
    expect(pane.requests).toContain(OFFICE_JS_URL);
  });
});
