// What the page paints: findings in a table of contents, notes or a reference list (`reference`) are
// not highlighted by default, like they are left out of coverage, gaps and the score; asked for, they are.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { paintItems } from '../../extension/lib/analysis.ts';
import { defaultSettings } from '../../extension/lib/settings.ts';

describe('paintItems', () => {
  const blocks = [{ id: 'b1', text: 'Women will lead every patrol.' }, { id: 'b2', text: 'Contents: the gender adviser, page 4.' }];
  const r = analyze(blocks, { profile: 'generic' });
  // Our block b2 stands for a contents page: mark its findings as the structure reader would.
  const findings = r.findings.map((f) => (f.block === 'b2' ? { ...f, reference: true } : f));
  const pillars = defaultSettings().pillars;

  it('leaves reference findings unpainted by default, paints them when asked', () => {
    expect(findings.filter((f) => f.block === 'b2').length).toBeGreaterThan(0);
    const items = paintItems(findings, pillars);
    expect(items.map((i) => i.block)).toEqual(findings.filter((f) => f.block === 'b1').map(() => 'b1'));
    expect(paintItems(findings, pillars, { withReferences: true })).toHaveLength(findings.length);
  });
  it('still honours the blocks asked for and the pillars hidden', () => {
    expect(paintItems(findings, pillars, { onlyBlocks: new Set(['b2']) })).toEqual([]);
    const hidden = Object.fromEntries(Object.entries(pillars).map(([k, v]) => [k, { ...v, shown: false }])) as typeof pillars;
    expect(paintItems(findings, hidden)).toEqual([]);
  });
});
