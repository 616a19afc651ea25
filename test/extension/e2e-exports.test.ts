// End to end in real Chromium: the side panel's exports (findings CSV, gaps CSV, JSON, Markdown and
// HTML reports with the page title, URL and date) and the gap summary copied to the clipboard,
// triggered by clicks in the panel; formula-like CSV cells are escaped and markup in the title is
// escaped in the HTML report.
import { describe, expect, it } from 'vitest';
import { FINDING_COLUMNS, GAP_COLUMNS, htmlEscape, scoreLine } from '../../core/report/format.ts';
import type { Report } from '../../core/schema.ts';
import { parseCsv } from '../support/csv.ts';
import { download } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const TITLE = 'Sector <b>order</b> & "notes"';

const lens = useExtension();

describe('exports from the side panel', () => {
  it('CSV (findings, gaps), JSON, Markdown, HTML and the copied gap summary carry the report, title, URL and date', async () => {
    lens.server.pages.set('/order.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>${TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title></head><body>
      <h1>Sector order</h1>
      <p>=SUM(A1) The gender adviser will brief the commander.</p>
      <p>@cmd Women will join every patrol.</p>
      <p>+1 The battalion will report on conflict-related sexual violence.</p></body></html>` });
    const { page, tabId } = await lens.openWithAction('/order.html');
    const report = await lens.scanReport<Report>(tabId);
    expect(report.findings.length).toBeGreaterThanOrEqual(3);

    await lens.b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await lens.openPanel(tabId);
    const exp = (name: string): Promise<{ name: string; text: string }> => download(panel, () => panel.locator('.exports').getByRole('button', { name, exact: true }).click());
    const today = new Date().toISOString().slice(0, 10);

    // Findings CSV: BOM for Excel, the contract's columns, one row per finding, formula-like cells escaped.
    const fcsv = await exp('Findings CSV');
    expect(fcsv.name).toMatch(/\.findings\.csv$/);
    expect(fcsv.text.charCodeAt(0)).toBe(0xfeff);
    const frows = parseCsv(fcsv.text.slice(1));
    expect(frows[0]).toEqual([...FINDING_COLUMNS]);
    expect(frows.length - 1).toBe(report.findings.length);
    const textCol = FINDING_COLUMNS.indexOf('text');
    expect(frows.slice(1).map((r) => r[textCol]).sort()).toEqual(report.findings.map((f) => f.text).sort());
    const sentences = frows.slice(1).map((r) => r[FINDING_COLUMNS.indexOf('sentence')]!);
    expect(sentences).toContain("'=SUM(A1) The gender adviser will brief the commander.");
    expect(sentences.some((s) => s.startsWith("'@cmd"))).toBe(true);
    expect(sentences.some((s) => s.startsWith("'+1"))).toBe(true);
    for (const r of frows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);

    // Gaps CSV.
    const gcsv = await exp('Gaps CSV');
    const grows = parseCsv(gcsv.text.slice(1));
    expect(grows[0]).toEqual([...GAP_COLUMNS]);
    expect(grows.slice(1).map((r) => r[GAP_COLUMNS.indexOf('rule')]).sort()).toEqual(report.gaps.map((g) => g.rule).sort());

    // JSON: the contract's CLI output shape with this report.
    const json = JSON.parse((await exp('JSON')).text);
    expect(json.documents).toHaveLength(1);
    expect(json.documents[0].findings).toHaveLength(report.findings.length);
    expect(json.documents[0].gaps.map((g: { rule: string }) => g.rule)).toEqual(report.gaps.map((g) => g.rule));

    // Markdown and HTML: title, URL and date; markup in the title is escaped in HTML.
    const md = (await exp('Markdown')).text;
    expect(md).toContain('Sector');
    expect(md).toContain(lens.server.origin + '/order.html');
    expect(md).toContain(today);
    for (const g of report.gaps) expect(md.replace(/\\/g, '')).toContain(g.reason.replace(/\s+/g, ' ').slice(0, 30));
    const html = (await exp('HTML')).text;
    expect(html).toContain('<title>WPS Lens report: Sector &lt;b&gt;order&lt;/b&gt; &amp; &quot;notes&quot;</title>');
    expect(html).not.toContain('<b>order</b>');
    expect(html).toContain(`Generated ${today}`);
    expect(html).toContain(lens.server.origin + '/order.html');

    // Copy gap summary → clipboard.
    await panel.bringToFront();
    await panel.locator('.exports').getByRole('button', { name: 'Copy gap summary' }).click();
    await panel.locator('#status', { hasText: 'Gap summary copied.' }).waitFor();
    const clip = await panel.evaluate(() => navigator.clipboard.readText());
    expect(clip.split('\n')[0]).toBe(`WPS Lens: ${TITLE} — ${report.profile.id}, ${report.gaps.length} gap${report.gaps.length === 1 ? '' : 's'}`);
    // The second line is the score and its basis, as the panel shows it.
    expect(clip.split('\n')[1]).toBe(scoreLine(report));
    expect(clip.split('\n')[1]).toMatch(/^(?:Score \d+\/100 — \d+ of \d+ rules? met|No score for this document type: \d of 5 pillars covered, \d+ gender-specific findings?$)/);
    expect(await panel.locator('#score').textContent()).toBe(scoreLine(report));
    expect(html).toContain(`<p class="score">${htmlEscape(scoreLine(report))}</p>`);
    expect(clip).toContain(lens.server.origin + '/order.html');
    for (const g of report.gaps) expect(clip).toContain(g.suggestion.replace(/\s+/g, ' ').trim());
    await Promise.all([panel.close(), page.close()]);
  });
});
