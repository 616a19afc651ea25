// Quality on real Security Council resolutions (../shared/corpus): recall and precision of
// gender-specific findings per paragraph, leading-verb and verb-class agreement with the UN's
// own labels, and exact offsets for every finding of every resolution.
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../core/index.ts';
import { allResolutionFiles, asBlocks, NON_GENDER_RESOLUTIONS, readResolution, WPS_RESOLUTIONS, type CorpusBlock } from './support/corpus.ts';

/** The formal opening and closing lines of every resolution: paragraphs in the corpus, but with no content. */
const FORMULA = /^(?:The Security Council,|Decides to remain (?:actively )?seized of the matter\.)$/;

function flaggedShare(symbols: string[]) {
  let flagged = 0;
  let total = 0;
  let formula = 0;
  const misses: string[] = [];
  for (const sym of symbols) {
    const blocks = readResolution(sym);
    const report = analyze(asBlocks(blocks), { source: sym });
    const hit = new Set(report.findings.filter((f) => f.genderSpecific && !f.procedural).map((f) => f.block));
    blocks.forEach((b, i) => {
      if (b.type !== 'paragraph') return;
      if (FORMULA.test(b.text.trim())) { formula++; return; }
      total++;
      if (hit.has(String(i))) flagged++;
      else misses.push(`${sym}: ${b.text.slice(0, 100)}`);
    });
  }
  return { flagged, total, formula, misses };
}

describe('corpus: gender-specific findings per paragraph', () => {
  it('flags at least 90% of the content paragraphs of the ten WPS resolutions (and 85% counting the formulaic ones)', () => {
    const r = flaggedShare(WPS_RESOLUTIONS);
    expect(r.formula).toBe(20); // one opening and one closing line per resolution
    expect(r.total).toBeGreaterThan(300);
    const why = `${r.flagged}/${r.total}; unflagged e.g.:\n${r.misses.slice(0, 15).join('\n')}`;
    expect(r.flagged / r.total, why).toBeGreaterThanOrEqual(0.9);
    expect(r.flagged / (r.total + r.formula), why).toBeGreaterThanOrEqual(0.85);
  });

  it('flags at most 3% of the paragraphs of resolutions without gender language', () => {
    let flagged = 0;
    let total = 0;
    const hits: string[] = [];
    for (const sym of NON_GENDER_RESOLUTIONS) {
      const blocks = readResolution(sym);
      const report = analyze(asBlocks(blocks), { source: sym });
      const byBlock = new Map<string, string[]>();
      for (const f of report.findings) if (f.genderSpecific && !f.procedural) byBlock.set(f.block!, [...(byBlock.get(f.block!) ?? []), `${f.concept}:${f.text}`]);
      blocks.forEach((b, i) => {
        if (b.type !== 'paragraph') return;
        total++;
        const h = byBlock.get(String(i));
        if (h) { flagged++; hits.push(`${sym}: ${h.join(', ')}`); }
      });
    }
    expect(total).toBeGreaterThan(100);
    expect(flagged / total, `${flagged}/${total}:\n${hits.join('\n')}`).toBeLessThanOrEqual(0.03);
  });
});

describe('corpus: action verbs and offsets over all resolutions', () => {
  const reports: { blocks: CorpusBlock[]; report: Report }[] = [];
  it('analyses every resolution without error', () => {
    for (const file of allResolutionFiles()) {
      const blocks = readResolution(file);
      reports.push({ blocks, report: analyze(asBlocks(blocks), { source: file }) });
    }
    expect(reports.length).toBeGreaterThan(300);
  });

  it('finds the labelled leading action verb in the raw text of at least 98% of 11,389 paragraphs', () => {
    let labelled = 0;
    let agree = 0;
    const wrong: string[] = [];
    for (const { blocks, report } of reports) {
      const bySectionStart = new Map(report.structure.filter((s) => s.kind === 'preambular' || s.kind === 'operative').map((s) => [s.start, s]));
      blocks.forEach((b, i) => {
        if (!b.action_verb) return;
        labelled++;
        const start = report.blocks![i]!.start;
        const verb = bySectionStart.get(start)?.verbs?.[0];
        if (verb?.text === b.action_verb) agree++;
        else if (wrong.length < 20) wrong.push(`${b.action_verb} ≠ ${verb?.text}: ${b.text.slice(0, 60)}`);
      });
    }
    expect(labelled).toBe(11389);
    expect(agree / labelled, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('agrees with the labelled verb classes of mandates[] on at least 95%', () => {
    let labelled = 0;
    let agree = 0;
    const adverbs = /^(?:(?:also|further|furthermore|strongly|deeply|gravely|again)\s+)+/i;
    for (const { blocks, report } of reports) {
      const bySectionStart = new Map(report.structure.map((s) => [s.start, s]));
      blocks.forEach((b, i) => {
        const verbs = bySectionStart.get(report.blocks![i]!.start)?.verbs ?? [];
        for (const m of b.mandates ?? []) {
          if (!m.action_verb || !m.action_verb_type) continue;
          labelled++;
          const head = m.action_verb.replace(adverbs, '').split(/\s+/)[0]!.toLowerCase();
          const mine = verbs.find((v) => v.text.split(/\s+/)[0]!.toLowerCase() === head);
          if (mine?.verbClass === m.action_verb_type) agree++;
        }
      });
    }
    expect(labelled).toBe(479); // mandates[] entries with both a verb and a class
    expect(agree / labelled).toBeGreaterThanOrEqual(0.95);
  });

  it('every finding and figure slices its own block to its text, and lies inside its sentence', () => {
    let n = 0;
    for (const { blocks, report } of reports) {
      for (const f of report.findings) {
        const input = blocks[Number(f.block)]!.text;
        expect(input.slice(f.start, f.end)).toBe(f.text);
        expect(f.sentence.start).toBeLessThanOrEqual(f.start);
        expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
        n++;
      }
      for (const g of report.figures) expect(blocks[Number(g.block)]!.text.slice(g.start, g.end)).toBe(g.text);
    }
    expect(n).toBeGreaterThan(5000);
  });
});
