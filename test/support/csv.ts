// One RFC 4180 reader for the tests, so they read our CSV as a spreadsheet would: cells split on
// commas, rows on CRLF, quoted cells may hold commas, quotes ("") and line breaks. A quote opens a
// quoted cell only at the start of a cell, and a bare line break outside quotes is an error (our
// writers quote every cell that holds one).

/** The rows of a CSV text, each a list of cells. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Every cell of a CSV text, row after row. */
export const csvCells = (csv: string): string[] => parseCsv(csv).flat();
