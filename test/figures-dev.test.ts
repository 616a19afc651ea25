// Figures on the development split (odd passages and the DCAF case study), against the hand labels in
// test/labels/figures-dev.json: a guard on what was tuned, EN and FR apart. The corpus is read at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../core/analysis/figures.ts';
import { corpusDir, repoRoot } from './support/corpus.ts';
import { devFigureDocs, labelTokens, type FigureLabel } from './support/figures-dev.ts';

const labels = (JSON.parse(readFileSync(join(repoRoot, 'test/labels/figures-dev.json'), 'utf8')) as { items: FigureLabel[] }).items;
const docs = devFigureDocs(corpusDir());

describe('figures on the development split', () => {
  it('every percentage of the split is labelled, and every label is a percentage of the split', () => {
    const n = docs.reduce((s, d) => s + labelTokens(d, labels).length, 0);
    expect(n).toBe(labels.length);
  });
  for (const lang of ['en', 'fr'] as const) {
    it(`${lang.toUpperCase()}: shares of women found ≥ 90 %, reported figures wrong ≤ 5 %, with their category, whom and target`, () => {
      let shares = 0, found = 0, reported = 0, wrong = 0;
      for (const doc of docs.filter((d) => d.language === lang)) {
        const toks = labelTokens(doc, labels);
        const figs = findFigures(doc.text);
        reported += figs.length;
        for (const g of figs) {
          const tok = toks.find((x) => g.start < x.end && g.end > x.start);
          if (!tok?.label.share) { wrong++; continue; }
          expect([doc.id, g.text, g.category, g.women, g.target ?? false]).toEqual([doc.id, g.text, tok.label.category, tok.label.women, tok.label.target ?? false]);
        }
        for (const tok of toks.filter((x) => x.label.share)) {
          shares++;
          if (figs.some((g) => g.start < tok.end && g.end > tok.start)) found++;
        }
      }
      expect(shares).toBeGreaterThan(0);
      expect(found / shares).toBeGreaterThanOrEqual(0.9);
      expect(wrong).toBeLessThanOrEqual(0.05 * reported);
    });
  }
});
