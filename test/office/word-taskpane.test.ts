// The built Word task pane in headless Chromium with the Office.js stand-in: the sample order and a
// Security Council resolution from the corpus render findings and gaps; the pane's actions reach the
// (fake) document; document text renders as text; no request leaves for anywhere but the intercepted
// office.js URL and the local server. Also produces docs/word-taskpane.png for the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readResolution, repoRoot } from '../support/corpus.ts';
import { OFFICE_JS_URL } from './support/standin.ts';
import { useTaskPane } from './support/taskpane.ts';

const pane = useTaskPane({ tmpPrefix: 'wps-office-', viewport: { width: 380, height: 1100 }, ready: (page) => page.locator('#wps-scan') });
const { openPane } = pane;

async function scan(page: Page): Promise<void> {
  await page.locator('#wps-scan').click();
  await page.locator('#wps-headline').waitFor();
}

describe('Word task pane in Chromium', () => {
  it('the sample order: the classic gap at a glance, gaps per paragraph, findings that select their words', async () => {
    const paragraphs = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n');
    // A paragraph that looks like markup must stay text (in Annex K, so the main body still names no women).
    paragraphs.push('Note <img src="x.png" onerror="window.__pwned=1"> <b>women</b> at checkpoints will be searched by female soldiers.');
    const page = await openPane({ host: 'Word', paragraphs, wordApi: '1.5' });
    await scan(page);

    await expect.poll(() => page.locator('#wps-headline').textContent()).toMatch(/^Women, gender or UNSCR 1325 named 0 times in the main body, \d\d+ times in annexes \(Annex K\)\.$/);
    // The one gender-specific finding of the main body is named, so the line does not contradict the headline.
    expect(await page.locator('#wps-split').textContent()).toMatch(/^Gender-specific findings: 1 in the main body \(Zero-tolerance policy\), \d\d+ in annexes\.$/);
    expect(await page.locator('#wps-profile').inputValue()).toBe('auto');
    expect(await page.locator('#wps-profile-note').textContent()).toMatch(/^Detected: .*order/i);
    const gapText = await page.locator('#wps-gaps').innerText();
    for (const label of ['Paragraph 1 SITUATION', 'Paragraph 2 MISSION', 'Paragraph 3 EXECUTION', 'Annex K GENDER']) expect(gapText).toContain(label);
    expect(await page.locator('#wps-gaps .wps-gap').count()).toBeGreaterThan(3);
    expect(await page.locator('#wps-coverage tbody tr').count()).toBe(5);
    const findings = page.locator('#wps-findings .wps-finding');
    expect(await findings.count()).toBeGreaterThan(20);

    // Markup in the document stays text.
    expect(await page.evaluate(() => document.querySelectorAll('#wps-results img, #wps-results b').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#wps-findings').innerText()).toContain('<img src="x.png"');

    // Keyboard: focus the first finding's button and press Enter → Word selects those words.
    const first = findings.first().locator('button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/^Selected “/);
    const selected = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { selected: { text: string } } }).__WPS_STATE__.selected);
    expect(await first.getAttribute('aria-label')).toContain(selected.text);

    await page.locator('#wps-highlight').click();
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/marked with highlight colours by pillar/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(repoRoot, 'docs/word-taskpane.png'), fullPage: false });
    await page.locator('#wps-clear').click();
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/^Highlights cleared/);
    const highlighted = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { paragraphs: { highlight: (string | null)[] }[] } }).__WPS_STATE__.paragraphs.some((p) => p.highlight.some((c) => c !== null)));
    expect(highlighted).toBe(false);

    await page.locator('#wps-comment-all').click();
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/comments? added/);
    const comments = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { comments: unknown[] } }).__WPS_STATE__.comments);
    expect(comments.length).toBe(await page.locator('#wps-gaps .wps-gap').count());

    // The document reopened in a new pane session, with those comments in it: none is added twice.
    const again = await openPane({ host: 'Word', paragraphs, wordApi: '1.5', comments });
    await scan(again);
    await again.locator('#wps-comment-all').click();
    await expect.poll(() => again.locator('.wps-status').textContent()).toBe(`0 comments added; ${comments.length} gaps already have their comment in the document.`);
    expect(await again.evaluate(() => (window as unknown as { __WPS_STATE__: { comments: unknown[] } }).__WPS_STATE__.comments.length)).toBe(comments.length);
    await again.close();

    await page.getByRole('button', { name: 'Insert at end of Paragraph 1 SITUATION' }).first().click();
    await expect.poll(() => page.locator('.wps-status').textContent()).toBe('Suggestion inserted (track changes is off).');
    const inserted = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { inserted: { after: number; text: string }[]; paragraphs: { text: string }[] } }).__WPS_STATE__);
    expect(inserted.inserted).toHaveLength(1);
    expect(inserted.paragraphs[inserted.inserted[0]!.after]!.text).toMatch(/^f\. Assumptions/);
    await page.close();
  });

  it('a Security Council resolution from the corpus: detected type, findings and gaps render', async () => {
    const paragraphs = readResolution('2242').map((b) => b.text);
    const page = await openPane({ host: 'Word', paragraphs, wordApi: '1.5' });
    await scan(page);
    expect(await page.locator('#wps-profile-note').textContent()).toMatch(/^Detected: /);
    expect(await page.locator('#wps-findings .wps-finding').count()).toBeGreaterThan(30);
    await page.locator('#wps-gaps').waitFor();
    expect(await page.locator('#wps-gaps h2').textContent()).toMatch(/^Gaps by paragraph \(\d+\)$/);
    expect(await page.locator('#wps-coverage').innerText()).toMatch(/Participation/i);
    // Changing the document type re-analyses without reading Word again.
    const before = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { syncs: number } }).__WPS_STATE__.syncs);
    await page.locator('#wps-profile').selectOption('generic');
    await expect.poll(() => page.locator('#wps-gaps h2').textContent()).toBe('Gaps by paragraph (0)');
    expect(await page.evaluate(() => (window as unknown as { __WPS_STATE__: { syncs: number } }).__WPS_STATE__.syncs)).toBe(before);

    // Dismiss once: the finding goes, and the dismissal is stored in the document's settings.
    const findings = page.locator('#wps-findings .wps-finding');
    const count = await findings.count();
    await findings.first().getByRole('button', { name: /^Dismiss this finding once/ }).click();
    await expect.poll(() => findings.count()).toBe(count - 1);
    const stored = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { settings: Record<string, string> } }).__WPS_STATE__.settings['wps-lens.dismissals']);
    expect(JSON.parse(stored!)).toHaveLength(1);

    // Pillars shown: hiding one drops its coverage row and its findings.
    await page.locator('details.wps-settings summary').click();
    await page.getByRole('checkbox', { name: 'Protection' }).uncheck();
    await expect.poll(() => page.locator('#wps-coverage tbody tr').count()).toBe(4);
    expect(await findings.count()).toBeLessThan(count - 1);
    await page.close();
  });

  it('made no request but the intercepted office.js and the local server', () => {
    expect(pane.requests.length).toBeGreaterThan(4);
    expect(pane.foreignRequests()).toEqual([]);
    expect(pane.requests).toContain(OFFICE_JS_URL);
  });
});

