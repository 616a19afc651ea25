// End to end in real Chromium: the options page — pillars shown and colours change the painting of
// an already scanned page; a custom lexicon file adds a concept the next scan finds; an invalid file
// lists the core's LexiconError issues (file, entry, field) and keeps the previous lexicon; corrupt
// stored settings fall back to the defaults and the user is told (options page and side panel).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../core/schema.ts';
import { SETTINGS_KEY } from '../../extension/lib/settings.ts';
import { highlightTexts, setStored } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension(async ({ server }) => {
  server.pages.set('/opt.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>options test</title></head><body style="font-size:24px">
    <p id="p1">The battalion will report on conflict-related sexual violence.</p>
    <p id="p2">Women will take part in the peace talks.</p>
    <p id="p3">Each company will keep a quiet-hours register for the camp.</p></body></html>` });
});

async function openOptions(): Promise<Page> {
  const o = await lens.openOptions();
  await o.locator('h1').waitFor();
  return o;
}

async function scanPage(): Promise<{ page: Page; tabId: number; report: Report }> {
  const { page, tabId } = await lens.openWithAction('/opt.html');
  return { page, tabId, report: await lens.scanReport<Report>(tabId) };
}

/** The background colour Chromium computes for a highlight over an element. */
const highlightBg = (page: Page, sel: string, name: string): Promise<string> =>
  page.evaluate(([s, n]) => getComputedStyle(document.querySelector(s!)!, `::highlight(${n})`).backgroundColor, [sel, name]);

describe('options page', () => {
  it('hiding a pillar and changing its colour repaint the scanned page', async () => {
    const { page, report } = await scanPage();
    const protection = report.findings.filter((f) => f.text === 'conflict-related sexual violence');
    expect(protection.length).toBe(1);
    const before = await highlightTexts(page);
    expect(before['wps-lens-protection']).toContain('conflict-related sexual violence');

    const o = await openOptions();
    await o.locator('#fill-protection').fill('#00ff00');
    await expect.poll(() => highlightBg(page, '#p1', 'wps-lens-protection'), { timeout: 5000 }).toBe('rgb(0, 255, 0)');
    await o.locator('#show-protection').uncheck();
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-protection'] ?? [], { timeout: 5000 }).toEqual([]);
    // Other pillars stay painted.
    const after = await highlightTexts(page);
    expect(Object.entries(after).filter(([n]) => !/negated|weak|flash|protection/.test(n)).flatMap(([, v]) => v).length).toBeGreaterThan(0);
    await o.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(async () => (await highlightTexts(page))['wps-lens-protection'] ?? [], { timeout: 5000 }).toContain('conflict-related sexual violence');
    await Promise.all([o.close(), page.close()]);
  });

  it('imports a custom lexicon that the next scan uses; an invalid one is refused with its issues and the previous one kept', async () => {
    const o = await openOptions();
    const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await o.locator('#lexicon-file').setInputFiles(file('camp.json', { concepts: [{ id: 'camp-quiet-hours', label: 'Quiet hours register', pillar: 'protection', genderSpecific: false, terms: { en: ['quiet-hours register'] } }] }));
    await o.locator('#message', { hasText: 'camp.json imported.' }).waitFor();
    expect(await o.locator('#lexicon-current').textContent()).toBe('In use: camp.json');
    let { page, report } = await scanPage();
    expect(report.findings.filter((f) => f.concept === 'camp-quiet-hours').map((f) => f.text)).toEqual(['quiet-hours register']);
    await page.close();

    // Invalid: bad id, unknown pillar, missing terms → one line per issue naming file, entry and field.
    await o.locator('#lexicon-file').setInputFiles(file('bad.json', { concepts: [{ id: 'Bad Id', label: 'x', pillar: 'nowhere', genderSpecific: false }] }));
    const alert = o.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('bad.json was not imported; the previous lexicon is kept.');
    const issues = await alert.locator('li').allTextContents();
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const i of issues) expect(i).toMatch(/^bad\.json: concepts\[0\]/);
    expect(issues.some((i) => /field "pillar"/.test(i))).toBe(true);
    expect(issues.some((i) => /field "id"/.test(i))).toBe(true);
    expect(issues.some((i) => /field "terms"/.test(i))).toBe(true);
    // Not JSON at all.
    await o.locator('#lexicon-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "concepts": [') });
    await o.getByRole('alert').filter({ hasText: 'broken.json is not JSON' }).waitFor();
    expect(await o.locator('#lexicon-current').textContent()).toBe('In use: camp.json');
    ({ page, report } = await scanPage());
    expect(report.findings.some((f) => f.concept === 'camp-quiet-hours')).toBe(true);
    await page.close();
    await o.getByRole('button', { name: 'Remove custom lexicon' }).click();
    await o.locator('#lexicon-current', { hasText: 'built-in lexicon only' }).waitFor();
    await o.close();
  });

  it('corrupt stored settings fall back to the defaults and say so in the options page and the side panel', async () => {
    await setStored(lens.ext, SETTINGS_KEY, { version: 1, pillars: { protection: { shown: 'yes' } } });
    const o = await openOptions();
    const alert = o.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Stored settings could not be read .*the defaults are in use/);
    expect(await o.locator('#show-protection').isChecked()).toBe(true);
    const { page, tabId, report } = await scanPage();
    expect(report.findings.length).toBeGreaterThan(0); // scanning works on the defaults
    const panel = await lens.b.context.newPage();
    await panel.goto(`chrome-extension://${lens.b.extensionId}/sidepanel.html?tabId=${tabId}`);
    expect(await panel.locator('.notice').textContent()).toMatch(/Stored settings could not be read/);
    // Saving from the options page replaces the corrupt data.
    await o.getByRole('button', { name: 'Reset to defaults' }).click();
    await o.getByRole('status').filter({ hasText: 'Defaults restored.' }).waitFor();
    await panel.reload();
    await panel.locator('#findings').waitFor();
    expect(await panel.locator('.notice').count()).toBe(0);
    await Promise.all([panel.close(), page.close(), o.close()]);
  });
});
