// Quality on real Security Council resolutions (../shared/corpus): recall and precision of
// gender-specific findings per paragraph, leading-verb and verb-class agreement with the UN's
// own labels, and exact offsets for every finding of every resolution.
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../core/index.ts';
import { allResolutionFiles, asBlocks, NON_GENDER_RESOLUTIONS, readResolution, WPS_RESOLUTIONS, type CorpusBlock } from './support/corpus.ts';

/** The formal opening and closing lines of every resolution: paragraphs in the corpus, but with no content. */
const FORMULA = /^(?:The Security Council,|Decides to remain (?:actively )?seized of the matter\.)$/;

/** Each corpus paragraph of these resolutions with the gender-specific findings in it. */
function paragraphs(symbols: string[]) {
  const out: { sym: string; text: string; formula: boolean; hits: string[] }[] = [];
  for (const sym of symbols) {
    const blocks = readResolution(sym);
    const report = analyze(asBlocks(blocks), { source: sym });
    const byBlock = new Map<string, string[]>();
    for (const f of report.findings) {
      if (f.genderSpecific && !f.procedural) byBlock.set(f.block!, [...(byBlock.get(f.block!) ?? []), `${f.concept}:${f.text}`]);
    }
    blocks.forEach((b, i) => {
      if (b.type === 'paragraph') out.push({ sym, text: b.text, formula: FORMULA.test(b.text.trim()), hits: byBlock.get(String(i)) ?? [] });
    });
  }
  return out;
}

describe('corpus: gender-specific findings per paragraph', () => {
  it('flags at least 90% of the content paragraphs of the ten WPS resolutions (and 85% counting the formulaic ones)', () => {
    const all = paragraphs(WPS_RESOLUTIONS);
    const content = all.filter((p) => !p.formula);
    const flagged = content.filter((p) => p.hits.length).length;
    expect(all.length - content.length).toBe(20); // one opening and one closing line per resolution
    expect(content.length).toBeGreaterThan(300);
    const misses = content.filter((p) => !p.hits.length).map((p) => `${p.sym}: ${p.text.slice(0, 100)}`);
    const why = `${flagged}/${content.length}; unflagged e.g.:\n${misses.slice(0, 15).join('\n')}`;
    expect(flagged / content.length, why).toBeGreaterThanOrEqual(0.9);
    expect(flagged / all.length, why).toBeGreaterThanOrEqual(0.85);
  });

  it('flags at most 3% of the paragraphs of resolutions without gender language', () => {
    const all = paragraphs(NON_GENDER_RESOLUTIONS);
    const hits = all.filter((p) => p.hits.length).map((p) => `${p.sym}: ${p.hits.join(', ')}`);
    expect(all.length).toBeGreaterThan(100);
    expect(hits.length / all.length, `${hits.length}/${all.length}:\n${hits.join('\n')}`).toBeLessThanOrEqual(0.03);
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

  it('agrees with the labelled verb classes of mandates[] on at least 95%, sub-paragraphs included', () => {
    let labelled = 0;
    let agree = 0;
    let inherited = 0;
    const adverbs = /^(?:(?:also|further|furthermore|strongly|deeply|gravely|again)\s+)+/i;
    for (const { blocks, report } of reports) {
      const bySectionStart = new Map(report.structure.map((s) => [s.start, s]));
      const byId = new Map(report.structure.map((s) => [s.id, s]));
      blocks.forEach((b, i) => {
        const section = bySectionStart.get(report.blocks![i]!.start);
        for (const m of b.mandates ?? []) {
          if (!m.action_verb_type) continue;
          labelled++;
          let mine: { text: string; verbClass?: string | null } | undefined;
          if (m.action_verb) {
            const head = m.action_verb.replace(adverbs, '').split(/\s+/)[0]!.toLowerCase();
            mine = section?.verbs?.find((v) => v.text.split(/\s+/)[0]!.toLowerCase() === head);
          } else {
            // A sub-paragraph ("(a) measures that…") governed by its parent's verb: the label gives only
            // the stem ("call on"); the core must find that verb up the section tree.
            inherited++;
            const stem = m.action_verb_normalized!.split(/\s+/)[0]!.toLowerCase().replace(/e$/, '');
            for (let s = section?.parent ? byId.get(section.parent) : undefined; s && !mine; s = s.parent ? byId.get(s.parent) : undefined) {
              mine = s.verbs?.find((v) => v.text.replace(adverbs, '').toLowerCase().startsWith(stem));
            }
          }
          if (mine?.verbClass === m.action_verb_type) agree++;
        }
      });
    }
    expect(labelled).toBe(532); // every mandates[] entry with a class
    expect(inherited).toBe(53); // of which sub-paragraphs labelled only with the parent's verb stem
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
