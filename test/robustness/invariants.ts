// What every report must satisfy whatever the input: offsets inside the text, slicing to the
// matched words, sentences around their findings (block input: all of it per block).
// Plain checks, one error naming the first broken finding: reports can hold 100,000 findings.
import type { Report, TextBlock } from '../../core/index.ts';

export function expectExactOffsets(input: string | readonly TextBlock[], report: Report): void {
  const byId = typeof input === 'string' ? undefined : new Map(input.map((b) => [b.id, b.text]));
  const textOf = (block?: string): string => {
    if (!byId) return input as string;
    const t = block === undefined ? undefined : byId.get(block);
    if (t === undefined) throw new Error(`a finding names unknown block ${String(block)}`);
    return t;
  };
  const fail = (what: string, x: unknown): never => { throw new Error(`${what}: ${JSON.stringify(x)}`); };
  for (const f of report.findings) {
    const text = textOf(f.block);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end <= f.start || f.end > text.length) fail('finding outside the text', f);
    if (text.slice(f.start, f.end) !== f.text) fail(`finding text is not text.slice(start, end) = ${JSON.stringify(text.slice(f.start, f.end))}`, f);
    if (f.sentence.start < 0 || f.sentence.end > text.length) fail('sentence outside the text', f);
    if (f.sentence.start > f.start || f.sentence.end < f.end) fail('sentence does not contain its finding', f);
  }
  for (const g of report.figures) {
    const text = textOf(g.block);
    if (g.start < 0 || g.end > text.length || text.slice(g.start, g.end) !== g.text) fail('figure does not slice the text', g);
  }
  if (typeof input === 'string' && report.length !== input.length) fail('report.length is not the input length', report.length);
}
