// Every CSV the project writes must neutralise formula injection (OWASP): a cell that begins with
// = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../../core/index.ts';
import { formatCsv, formatFindingsCsv, formatGapsCsv } from '../../core/report/format.ts';
import { csvCells } from '../support/csv.ts';

const HOSTILE = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', '\t=1+1', '\r=1+1', "=HYPERLINK(\"http://x\",\"y\")", '=cmd|\' /C calc\'!A0'];
const lexicon = loadLexicon();

function hostileReports() {
  // Each hostile string opens a sentence that also names WPS terms, and is the document's source.
  return HOSTILE.map((h, i) => {
    const text = `${h} the battalion will appoint a gender adviser.\n\n${h} women are not consulted.`;
    return { report: analyze(text, { lexicon, source: h, profile: i % 2 ? 'oporder' : 'generic' }), text };
  });
}

describe('CSV formula injection', () => {
  it.each([
    ['formatCsv (coverage rows)', formatCsv],
    ['formatFindingsCsv', formatFindingsCsv],
    ['formatGapsCsv', formatGapsCsv],
  ])('%s: no cell starts with = + - @ tab or CR', (_name, format) => {
    const docs = hostileReports();
    const csv = format(docs);
    const all = csvCells(csv);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) expect(c, JSON.stringify(c)).not.toMatch(/^[=+\-@\t\r]/);
    // The hostile values are still there, as text behind the apostrophe.
    expect(all.filter((c) => HOSTILE.some((h) => c === `'${h}`)).length).toBeGreaterThan(0);
  });

  it('formatCsv carries hostile first sentences as text', () => {
    const cellsOut = csvCells(formatCsv(hostileReports()));
    expect(cellsOut.some((c) => c.startsWith("'=") && c.includes('gender adviser'))).toBe(true);
  });
});
