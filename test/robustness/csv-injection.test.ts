// Every CSV the project writes must neutralise formula injection (OWASP): a cell that begins with
// = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../../core/index.ts';
import { formatCsv, formatFindingsCsv, formatGapsCsv } from '../../core/format.ts';

/** RFC 4180 cells of a CSV text (quoted cells may hold commas, quotes and line breaks). */
function cells(csv: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') { cell += '"'; i += 2; }
        else if (csv[i] === '"') { i++; break; }
        else cell += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') cell += csv[i++];
    }
    out.push(cell);
    if (csv[i] === ',') i++;
    else if (csv[i] === '\r' && csv[i + 1] === '\n') i += 2;
  }
  return out;
}

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
    const all = cells(csv);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) expect(c, JSON.stringify(c)).not.toMatch(/^[=+\-@\t\r]/);
    // The hostile values are still there, as text behind the apostrophe.
    expect(all.filter((c) => HOSTILE.some((h) => c === `'${h}`)).length).toBeGreaterThan(0);
  });

  it('formatCsv carries hostile first sentences as text', () => {
    const cellsOut = cells(formatCsv(hostileReports()));
    expect(cellsOut.some((c) => c.startsWith("'=") && c.includes('gender adviser'))).toBe(true);
  });
});
