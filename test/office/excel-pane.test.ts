// The Excel task pane wired to the Excel stand-in, in a DOM without a browser (linkedom): the
// controls exist and are labelled, Tally writes the sheets and reports, document text stays text.
import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { mountExcel } from '../../office-addin/src/excel/pane.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { readResolution } from '../support/corpus.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';

const g = globalThis as { document?: unknown };
afterEach(() => { delete g.document; });

function pane() {
  const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  g.document = document;
  const root = document.getElementById('app') as unknown as HTMLElement;
  const wb = new FakeWorkbook();
  mountExcel(root, { run: wb.run });
  const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
  const status = () => root.querySelector('[role="status"]')!.textContent ?? '';
  return { root, wb, button, status };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('Excel task pane', () => {
  it('has labelled controls: profile, header row, findings sheet, tally, file import', () => {
    const { root } = pane();
    for (const id of ['wps-profile', 'wps-header-row', 'wps-findings-sheet', 'wps-files']) {
      expect(root.querySelector(`#${id}`), id).not.toBeNull();
      if (id !== 'wps-files') expect(root.querySelector(`label[for="${id}"]`), `label for ${id}`).not.toBeNull();
    }
    const options = [...root.querySelectorAll('#wps-profile option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).toContain('auto');
    expect(options).toContain('mandate');
  });

  it('tallies the selection into the coverage and findings sheets and says what it did', async () => {
    const { root, wb, button, status } = pane();
    const rows = readResolution('1325').filter((b) => b.type === 'paragraph').slice(10, 20).map((b) => ['S/RES/1325', b.text]);
    rows.push(['<img src=x onerror=alert(1)>', 'Women will take part in every patrol.']);
    wb.addSheet('Docs', rows);
    wb.select('Docs', `A1:B${rows.length}`);
    button('Tally selected range').click();
    await until(() => /written to/.test(status()));
    expect(status()).toMatch(/^2 document\(s\), \d+ finding\(s\) written to "WPS coverage"\./);
    expect(wb.sheet(COVERAGE_SHEET)).toBeDefined();
    expect(wb.sheet(FINDINGS_SHEET)).toBeDefined();
    expect(root.querySelector('img')).toBeNull();
    // Running again updates the sheet.
    button('Tally selected range').click();
    await until(() => /\(updated\)/.test(status()));
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(['Docs', COVERAGE_SHEET, FINDINGS_SHEET].sort());
  });

  it('shows a clear error for a bad selection', async () => {
    const { wb, button, status, root } = pane();
    wb.addSheet('S', [['a', 'b', 'c']]);
    wb.select('S', 'A1:C1');
    button('Tally selected range').click();
    await until(() => /Select one column/.test(status()));
    expect(root.querySelector('[role="status"]')!.className).toContain('wps-error');
  });
});
