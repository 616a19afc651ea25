// The resolution-corpus figures that test/corpus.test.ts holds as quality bars, computed the same way,
// so that docs/QUALITY.md shows them beside the figures on reports: reports must not be bought by
// losing resolutions.
import { analyze } from '../../core/index.ts';
import {
  allResolutionFiles, asBlocks, NON_GENDER_RESOLUTIONS, readResolution, WPS_RESOLUTIONS, type CorpusBlock,
} from '../../test/support/corpus.ts';
import { ratio, type Ratio } from './metrics.ts';

/** The formal opening and closing lines of every resolution: paragraphs in the corpus, but with no content. */
const FORMULA = /^(?:The Security Council,|Decides to remain (?:actively )?seized of the matter\.)$/;

function flagged(symbols: string[]): { content: Ratio; all: Ratio } {
  let all = 0; let content = 0; let flagAll = 0; let flagContent = 0;
  for (const sym of symbols) {
    const blocks = readResolution(sym);
    const report = analyze(asBlocks(blocks), { source: sym });
    const hit = new Set(report.findings.filter((f) => f.genderSpecific && !f.procedural).map((f) => f.block));
    blocks.forEach((b, i) => {
      if (b.type !== 'paragraph') return;
      const h = hit.has(String(i));
      all++; if (h) flagAll++;
      if (!FORMULA.test(b.text.trim())) { content++; if (h) flagContent++; }
    });
  }
  return { content: ratio(flagContent, content), all: ratio(flagAll, all) };
}

export interface ResolutionFigures {
  wpsContent: Ratio; wpsAll: Ratio; nonGenderFlagged: Ratio; leadingVerb: Ratio; verbClass: Ratio;
}

export function resolutionFigures(): ResolutionFigures {
  const wps = flagged(WPS_RESOLUTIONS);
  const non = flagged(NON_GENDER_RESOLUTIONS);
  let labelled = 0; let agree = 0; let classLabelled = 0; let classAgree = 0;
  const adverbs = /^(?:(?:also|further|furthermore|strongly|deeply|gravely|again)\s+)+/i;
  for (const file of allResolutionFiles()) {
    const blocks: CorpusBlock[] = readResolution(file);
    const report = analyze(asBlocks(blocks), { source: file });
    const byStart = new Map(report.structure.map((s) => [s.start, s]));
    const paraByStart = new Map(report.structure.filter((s) => s.kind === 'preambular' || s.kind === 'operative').map((s) => [s.start, s]));
    const byId = new Map(report.structure.map((s) => [s.id, s]));
    blocks.forEach((b, i) => {
      const start = report.blocks![i]!.start;
      const section = byStart.get(start);
      if (b.action_verb) {
        labelled++;
        if (paraByStart.get(start)?.verbs?.[0]?.text === b.action_verb) agree++;
      }
      for (const m of b.mandates ?? []) {
        if (!m.action_verb_type) continue;
        classLabelled++;
        let mine: { text: string; verbClass?: string | null } | undefined;
        if (m.action_verb) {
          const head = m.action_verb.replace(adverbs, '').split(/\s+/)[0]!.toLowerCase();
          mine = section?.verbs?.find((v) => v.text.split(/\s+/)[0]!.toLowerCase() === head);
        } else {
          const stem = m.action_verb_normalized!.split(/\s+/)[0]!.toLowerCase().replace(/e$/, '');
          for (let s = section?.parent ? byId.get(section.parent) : undefined; s && !mine; s = s.parent ? byId.get(s.parent) : undefined) {
            mine = s.verbs?.find((v) => v.text.replace(adverbs, '').toLowerCase().startsWith(stem));
          }
        }
        if (mine?.verbClass === m.action_verb_type) classAgree++;
      }
    });
  }
  return {
    wpsContent: wps.content, wpsAll: wps.all, nonGenderFlagged: ratio(non.all.num, non.all.den),
    leadingVerb: ratio(agree, labelled), verbClass: ratio(classAgree, classLabelled),
  };
}
