// End to end in real Chromium: the side panel shows the language the core detected (per block, so a
// French page with an English paragraph reads "mixed: French, English"), and choosing a language
// re-analyses the page: with English chosen, French-only forms stop counting and their highlights go.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/schema.ts';
import { paintedFindings } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension();

const FRENCH = [
  'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.',
  'Les patrouilles mixtes assureront la sécurité des filles et des femmes déplacées dans les camps.',
];
const ENGLISH = 'The force will train its staff on gender equality and the protection of women.';
const page = (paras: string[]): string => `<!doctype html><html><head><title>Ordre</title></head><body>${paras.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

describe('language in the side panel', () => {
  it('shows French for a French page, "mixed" for a French page with English, and re-analyses when English is chosen', async () => {
    lens.server.pages.set('/fr.html', { type: 'text/html', body: page(FRENCH) });
    lens.server.pages.set('/mixed.html', { type: 'text/html', body: page([...FRENCH, ENGLISH]) });

    const fr = await lens.openWithAction('/fr.html');
    const frReport = await lens.scanReport<Report>(fr.tabId);
    expect(frReport.language).toBe('fr');
    const frPanel = await lens.openPanel(fr.tabId);
    await frPanel.locator('#doc-settings > summary').click(); // type and language sit in a disclosure
    expect(await frPanel.locator('#language-shown').textContent()).toBe('detected as French');
    expect(await frPanel.locator('#language').inputValue()).toBe('auto');

    const { page: tab, tabId } = await lens.openWithAction('/mixed.html');
    const auto = await lens.scanReport<Report>(tabId);
    const french = auto.findings.filter((f) => f.block !== auto.blocks!.at(-1)!.id);
    expect(french.length).toBeGreaterThan(0);
    const panel = await lens.openPanel(tabId);
    await panel.locator('#doc-settings > summary').click();
    expect(await panel.locator('#language-shown').textContent()).toBe('detected as mixed: French, English');
    const heading = (): Promise<string | null> => panel.locator('h2', { hasText: 'Findings' }).textContent();
    expect(await heading()).toContain(`(${auto.findings.length} of ${auto.findings.length})`);
    const frenchWords = (t: string): boolean => /femmes|filles|patrouilles|conseill/i.test(t);
    expect((await paintedFindings(tab)).some(frenchWords)).toBe(true);

    // English chosen: the French paragraphs' French-only terms no longer count, in the panel and the page.
    await panel.locator('#language').selectOption('en');
    const englishOnly = auto.findings.length - french.length;
    await expect.poll(heading).toContain(`(${englishOnly} of ${englishOnly})`);
    expect(await panel.locator('#language').inputValue()).toBe('en');
    expect(await panel.locator('#language-shown').textContent()).toBe('chosen');
    await expect.poll(async () => (await paintedFindings(tab)).some(frenchWords)).toBe(false);
    expect((await panel.locator('#findings .row.finding .t').allTextContents()).some(frenchWords)).toBe(false);

    // The choice holds across a rescan, and Auto brings the French findings back.
    const rescanned = await lens.scanReport<Report>(tabId);
    expect(rescanned.language).toBe('en');
    expect(rescanned.findings.length).toBe(englishOnly);
    await panel.locator('#language').selectOption('auto');
    await expect.poll(heading).toContain(`(${auto.findings.length} of ${auto.findings.length})`);
    await Promise.all([panel.close(), frPanel.close(), tab.close(), fr.page.close()]);
  });
});
