// The built Word pane's Changes view in headless Chromium with the Office.js stand-in: tracked changes
// compared (the same counts as the core's compare() on the same texts), Show selects in the fake
// document, an earlier version chosen as a .docx is read in the page by mammoth's browser build (no
// request leaves), Word without getReviewedText says so; axe-core finds nothing (WCAG 2.2 AA) at 320
// and 400 px in light and dark; screenshots in docs/screenshots/word-changes-*.png.
import { join } from 'node:path';
import { violations } from '../support/axe.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compare } from '../../core/index.ts';
import { TRACKED_SOURCES } from '../../office-addin/src/word/changes.ts';
import { makeDocx } from '../cli-fixtures.ts';
import { repoRoot } from '../support/corpus.ts';
import { CURRENT, ORIGINAL, reviewed } from './support/changes-fixture.ts';
import { OFFICE_JS_URL } from './support/standin.ts';
import { useTaskPane } from './support/taskpane.ts';

const pane = useTaskPane({ tmpPrefix: 'wps-office-changes-', viewport: { width: 400, height: 1100 }, ready: (page) => page.locator('#wps-scan') });
const SHOTS = join(repoRoot, 'docs/screenshots');


async function openChanges(doc: Record<string, unknown>): Promise<Page> {
  const page = await pane.openPane({ host: 'Word', ...doc });
  // The Changes tab sits beside Gaps and Findings, shown once the document is scanned.
  await page.locator('#wps-scan').click();
  await page.locator('#wps-tab-changes').click();
  await page.locator('#wps-changes-tracked').waitFor();
  return page;
}

const counts = (page: Page) => page.locator('#wps-changes-counts tbody tr').evaluateAll((rows) =>
  Object.fromEntries(rows.map((r) => [r.getAttribute('data-count'), r.querySelector('td')!.textContent])));

describe('Word pane: Changes view in Chromium', () => {
  it('tracked changes: headline, counts and list as compare(); Show selects; axe clean; screenshots at 320/400 px, light and dark', async () => {
    const page = await openChanges({ paragraphs: CURRENT, wordApi: '1.5', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    expect(await page.locator('#wps-tab-changes').getAttribute('aria-selected')).toBe('true');
    await page.locator('#wps-changes-tracked').click();
    await page.locator('#wps-changes-headline').waitFor();

    const expected = compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), TRACKED_SOURCES);
    expect(await page.locator('#wps-changes-headline').textContent()).toBe('Your tracked changes would remove 2 WPS provisions, weaken 1 and add 1.');
    const shown = await counts(page);
    for (const k of ['removed', 'weakened', 'added', 'strengthened', 'moved', 'kept'] as const) expect(shown[k], k).toBe(String(expected.counts[k]));
    const listed = expected.changes.filter((x) => x.status !== 'kept');
    expect(await page.locator('#wps-changes-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')))).toEqual(listed.map((x) => x.status));
    expect(await page.locator('#wps-changes-summary').textContent()).toBe(expected.summary);

    // Keyboard: Show on the weakened provision selects its words in the document.
    const weak = page.locator('#wps-changes-list > li[data-status="weakened"]');
    await weak.getByRole('button', { name: /^Show in document/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#wps-changes-status').textContent()).toBe('Selected its words in the document.');
    const selected = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { selected: { paragraph: number; text: string } } }).__WPS_STATE__.selected);
    expect(selected).toEqual({ paragraph: 3, start: 7, end: 89, text: 'gender adviser should brief company commanders on conflict-related sexual violence' });

    // Add comment on a removed provision: on the paragraph nearest where it stood.
    await page.locator('#wps-changes-list > li[data-status="removed"]').first().getByRole('button', { name: /^Add comment/ }).click();
    await expect.poll(() => page.locator('#wps-changes-status').textContent()).toBe('Comment added on the paragraph nearest to where it stood.');
    const comments = await page.evaluate(() => (window as unknown as { __WPS_STATE__: { comments: { paragraph: number; text: string }[] } }).__WPS_STATE__.comments);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.paragraph).toBe(3);
    expect(comments[0]!.text).toMatch(/^WPS Lens: removed \(/);

    const panel = page.locator('#changes-panel');
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 1100 });
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${width}px ${colorScheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width); // no sideways scroll
        await panel.screenshot({ path: join(SHOTS, `word-changes-${width}-${colorScheme}.png`) });
      }
    }
    await page.close();
  });

  it('an earlier version chosen as a .docx: read in the page, compared with the open document', async () => {
    const page = await openChanges({ paragraphs: CURRENT, wordApi: '1.5' });
    const docx = await makeDocx(ORIGINAL);
    await page.locator('#wps-changes-file').setInputFiles({ name: 'order-v1.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await page.locator('#wps-changes-headline').waitFor();
    expect(await page.locator('#wps-changes-headline').textContent()).toBe('Against order-v1.docx, this document removes 2 WPS provisions, weakens 1 and adds 1.');
    // mammoth gives the .docx's paragraphs separated by blank lines: the same text the CLI compares.
    const expected = compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), { oldSource: 'order-v1.docx', newSource: 'this document' });
    const shown = await counts(page);
    for (const k of ['removed', 'weakened', 'added', 'strengthened', 'moved', 'kept'] as const) expect(shown[k], k).toBe(String(expected.counts[k]));
    expect(await page.locator('#wps-changes-summary').textContent()).toBe(expected.summary);
    expect(await page.getByLabel('Earlier version (.docx)').count()).toBe(1);

    await page.setViewportSize({ width: 320, height: 1100 });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await violations(page)).toEqual([]);
    await page.locator('#changes-panel').screenshot({ path: join(SHOTS, 'word-changes-docx-320-light.png') });
    await page.close();
  });

  it('Word without getReviewedText: a clear message, and the .docx comparison still offered', async () => {
    const page = await openChanges({ paragraphs: CURRENT, wordApi: '1.3' });
    await page.locator('#wps-changes-tracked').click();
    await expect.poll(() => page.locator('#wps-changes-status').textContent()).toMatch(/^This version of Word does not give add-ins the text before and after tracked changes \(WordApi 1\.4 is needed/);
    expect(await page.locator('#wps-changes-headline').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('made no request but the intercepted office.js and the local server', () => {
    expect(pane.requests).toContain(OFFICE_JS_URL);
    expect(pane.foreignRequests()).toEqual([]);
  });
});
