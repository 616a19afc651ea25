// The built Excel task pane in headless Chromium with the Office.js stand-in (office-standin.js plus
// excel-standin.js): tallying a selected range of corpus paragraphs writes the coverage sheet (matrix,
// heat map, chart) and the findings sheet in a few batches; cell text that looks like markup is shown
// as text; a custom lexicon imported in the pane reaches the WPS.* functions registered by the same
// page (shared runtime); Office's display language gives the pane's, and choosing another in Settings
// redraws the pane with the focus kept on the choice; no request goes anywhere but the local server and
// the intercepted office.js.
// (The README's picture of the pane comes from excel-taskpane-a11y.test.ts, on mandate renewals.)
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze, scoreLine, type TextBlock } from '../../core/index.ts';
import { MATRIX_COLS, MATRIX_HEADER_ROWS } from '../../office-addin/src/excel/matrix.ts';
import { CHART_NAME, COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { readResolution, repoRoot } from '../support/corpus.ts';
import { OFFICE_JS_URL } from './support/standin.ts';
import { useTaskPane } from './support/taskpane.ts';

const EXCEL_STANDIN = join(repoRoot, 'test/office/support/excel-standin.js');
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_TEXT = 'Women lead the <script>window.__pwned=2</script> water committee; <b>gender</b> advisers attend.';

const pane = useTaskPane({
  tmpPrefix: 'wps-excel-', viewport: { width: 380, height: 680 }, extraStandins: [EXCEL_STANDIN],
  ready: (page) => page.locator('#wps-tally-run'), // in whatever language the pane speaks
});
const { openPane } = pane;

interface ExcelState {
  sheets: { name: string; cells: Record<string, { value: string | number | boolean; numberFormat: string }>; charts: { name: string; type: string; seriesColors: string[]; data: { h: number; w: number } }[]; conditionalFormats: { type: string }[] }[];
  syncs: number;
  writes: { sheet: string; h: number }[];
}

const excelState = (page: Page) => page.evaluate(() => (window as unknown as { __WPS_EXCEL__: ExcelState }).__WPS_EXCEL__);

/** A sheet's cells as rows (empty cells ""). */
function grid(sheet: ExcelState['sheets'][number]): (string | number | boolean)[][] {
  let rows = 0;
  let cols = 0;
  for (const k of Object.keys(sheet.cells)) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cells[`${r},${c}`]?.value ?? ''));
}

describe('Excel task pane in Chromium', () => {
  it('tallies a selected range into the coverage and findings sheets; markup in cells stays text', async () => {
    const rows: [string, string][] = [
      ...readResolution('1325').filter((b) => b.type === 'paragraph').map((b) => ['S/RES/1325', b.text] as [string, string]),
      ...readResolution('1373').filter((b) => b.type === 'paragraph').map((b) => ['S/RES/1373', b.text] as [string, string]),
      [HOSTILE_TITLE, HOSTILE_TEXT],
    ];
    const page = await openPane({ host: 'Excel', sheets: { Docs: [['Title', 'Text'], ...rows] }, selection: { sheet: 'Docs', address: `A1:B${rows.length + 1}` } });
    await page.getByLabel('First row is a header').check();
    await page.getByRole('button', { name: 'Tally selected range' }).click();
    await expect.poll(() => page.locator('.wps-status').textContent(), { timeout: 30_000 }).toMatch(/^3 document\(s\), \d+ finding\(s\) written to "WPS coverage", \d+ gap\(s\) to "WPS gaps"\.$/);

    const state = await excelState(page);
    const coverage = state.sheets.find((s) => s.name === COVERAGE_SHEET)!;
    expect(coverage).toBeDefined();
    expect(state.sheets.map((s) => s.name)).toContain(FINDINGS_SHEET);
    const values = grid(coverage);
    // The same documents analysed here, in Node: block ids are the sheet rows, as the pane reads them.
    const byTitle = new Map<string, TextBlock[]>();
    rows.forEach(([t, text], i) => byTitle.set(t, [...(byTitle.get(t) ?? []), { id: String(i + 2), text }]));
    const expected = [...byTitle].map(([title, blocks]) => ({ title, report: blocks.length === 1 ? analyze(blocks[0]!.text, { source: title }) : analyze(blocks, { source: title }) }));
    expected.forEach(({ title, report }, i) => {
      const row = values[MATRIX_HEADER_ROWS + i]!;
      expect(row[MATRIX_COLS.document]).toBe(title);
      expect(row[MATRIX_COLS.findings]).toBe(report.findings.length);
      expect(row[MATRIX_COLS.score]).toBe(report.coverage.score ?? '');
      expect(row[MATRIX_COLS.scoreBasis]).toBe(scoreLine(report));
    });
    expect(values[MATRIX_HEADER_ROWS]![MATRIX_COLS.findings]).toBeGreaterThan(values[MATRIX_HEADER_ROWS + 1]![MATRIX_COLS.findings] as number);
    // Heat maps over the pillar and concept blocks, and the chart of the five pillars per document.
    expect(coverage.conditionalFormats.map((c) => c.type)).toEqual(['ColorScale', 'ColorScale', 'ColorScale']);
    // Labels where people read, ids in the hidden first row, the score explained in its header note.
    expect((coverage as unknown as { hiddenRows: number[] }).hiddenRows).toEqual([0]);
    expect(values[0]![MATRIX_COLS.score]).toBe('score');
    expect(values[MATRIX_HEADER_ROWS - 1]![MATRIX_COLS.score]).toBe('Score');
    expect((coverage.cells[`${MATRIX_HEADER_ROWS - 1},${MATRIX_COLS.score}`] as unknown as { prompt?: { title: string } }).prompt?.title).toBe('Score (0 to 100)');
    expect(state.sheets.map((s) => s.name)).toContain(GAPS_SHEET);
    expect(coverage.charts).toHaveLength(1);
    expect(coverage.charts[0]).toMatchObject({ name: CHART_NAME, type: 'ColumnStacked', data: { h: 4, w: 6 } });
    expect(coverage.charts[0]!.seriesColors).toHaveLength(5);
    // Writes went in batches: a few syncs for all these cells, not one per cell or row.
    const cells = Object.keys(coverage.cells).length;
    expect(cells).toBeGreaterThan(500);
    expect(state.syncs).toBeLessThanOrEqual(10);

    // Markup in cells: shown as text in the pane, never run.
    const titles = await page.locator('#wps-tally .wps-doc-title').allTextContents();
    expect(titles).toEqual(['S/RES/1325', 'S/RES/1373', HOSTILE_TITLE]);
    expect(await page.evaluate(() => document.querySelectorAll('#app img, #app script, #app b').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const findingsSheet = grid(state.sheets.find((s) => s.name === FINDINGS_SHEET)!);
    expect(findingsSheet.some((r) => r.includes(HOSTILE_TITLE))).toBe(true);

    // Re-running updates the same sheet and chart.
    await page.getByRole('button', { name: 'Tally selected range' }).click();
    await expect.poll(() => page.locator('.wps-status').textContent(), { timeout: 30_000 }).toMatch(/\(updated\), \d+ gap\(s\) to "WPS gaps"\.$/);
    const again = await excelState(page);
    expect(again.sheets.filter((s) => s.name === COVERAGE_SHEET)).toHaveLength(1);
    expect(again.sheets.find((s) => s.name === COVERAGE_SHEET)!.charts).toHaveLength(1);
    await page.close();
  });

  it('a custom lexicon imported in the pane is used by the WPS functions the page registered (shared runtime)', async () => {
    const page = await openPane({ host: 'Excel', sheets: { Docs: [['x']] }, selection: { sheet: 'Docs', address: 'A1:A1' } });
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __WPS_FUNCTIONS__: Record<string, unknown> }).__WPS_FUNCTIONS__).sort());
    expect(registered).toEqual(['COMPARE', 'CONCEPTS', 'COUNT', 'FIGURES', 'GAPS', 'SCORE', 'SCOREBASIS']);
    const count = () => page.evaluate(() => {
      const f = (window as unknown as { __WPS_FUNCTIONS__: Record<string, (...a: unknown[]) => unknown[][]> }).__WPS_FUNCTIONS__;
      const v = f.COUNT!([['Each morning a water point escort leaves the base.']], 'x-water-points')[0]![0];
      return typeof v === 'object' && v !== null ? `error ${(v as { code: string }).code}` : v;
    });
    expect(await count()).toBe('error #VALUE!');
    await page.locator('details.wps-settings summary').click();
    const lexicon = { concepts: [{ id: 'x-water-points', label: 'Water point escorts', pillar: 'protection', genderSpecific: false, terms: { en: ['water point escort'] } }] };
    await page.locator('#wps-lexicon-file').setInputFiles({ name: 'water.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lexicon)) });
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/^Lexicon water\.json added/);
    expect(await count()).toBe(1);
    // A broken file is refused with its problem, and the functions keep the lexicon in use.
    await page.locator('#wps-lexicon-file').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"concepts":[{"id":"y","label":"Y","pillar":"nope","genderSpecific":false,"terms":{"en":["y y"]}}]}') });
    await expect.poll(() => page.locator('.wps-status').textContent()).toMatch(/^Lexicon not added: .*wrong\.json.*pillar/);
    expect(await count()).toBe(1);
    await page.close();
  });

  it('Office in French: the pane is French; English chosen in Settings is stored, redraws the pane and keeps the focus on the choice', async () => {
    const page = await openPane({ host: 'Excel', displayLanguage: 'fr-FR', sheets: { Docs: [['Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.']] }, selection: { sheet: 'Docs', address: 'A1:A1' } });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('WPS Lens pour Excel');
    await page.getByRole('button', { name: 'Décompter la plage sélectionnée' }).click();
    await expect.poll(() => page.locator('.wps-status').textContent(), { timeout: 30_000 }).toMatch(/^1 document\(s\), \d+ constat\(s\) écrits dans « WPS coverage »/);
    expect(await page.locator('.wps-doc-lang').textContent()).toBe('français');
    await page.locator('details.wps-settings summary').click();
    await page.getByLabel('Langue de l’interface').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('WPS Lens for Excel');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wps-ui-language');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.wps-doc-lang').textContent()).toBe('French');
    expect(await page.locator('.wps-status').textContent()).toMatch(/^1 document\(s\), \d+ finding\(s\) written to "WPS coverage"/);
    expect(await page.locator('details.wps-settings').getAttribute('open')).toBe(''); // still open where the user was
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wps-lens.settings') ?? '{}') as { interfaceLanguage?: string });
    expect(stored.interfaceLanguage).toBe('en');
    await page.close();
  });

  it('made no request but the intercepted office.js and the local server', () => {
    expect(pane.requests.length).toBeGreaterThan(4);
    expect(pane.foreignRequests()).toEqual([]);
    expect(pane.requests).toContain(OFFICE_JS_URL);
  });
});
