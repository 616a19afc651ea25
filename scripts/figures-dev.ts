// Figures on the development split: every percentage of the odd passages and the DCAF case study, judged
// by hand in test/labels/figures-dev.json, against what findFigures reports. EN (with the case study) and FR
// apart. Run: node --import tsx scripts/figures-dev.ts [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../core/analysis/figures.ts';
import { corpusDir, repoRoot } from '../test/support/corpus.ts';
import { devFigureDocs, labelTokens, type LabelledToken } from '../test/support/figures-dev.ts';

const verbose = process.argv.includes('--verbose');
const docs = devFigureDocs(corpusDir());
const labels = JSON.parse(readFileSync(join(repoRoot, 'test/labels/figures-dev.json'), 'utf8')).items;

type Tally = { percentages: number; shares: number; found: number; missed: number; wrong: number; attrs: number; notes: string[] };
const tally: Record<'en' | 'fr', Tally> = {
  en: { percentages: 0, shares: 0, found: 0, missed: 0, wrong: 0, attrs: 0, notes: [] },
  fr: { percentages: 0, shares: 0, found: 0, missed: 0, wrong: 0, attrs: 0, notes: [] },
};

for (const doc of docs) {
  const t = tally[doc.language];
  const toks: LabelledToken[] = labelTokens(doc, labels);
  const figs = findFigures(doc.text);
  t.percentages += toks.length;
  for (const tok of toks) {
    if (tok.label.share) t.shares++;
    const fig = figs.find((g) => g.start < tok.end && g.end > tok.start);
    const where = `${doc.id} ${doc.text.slice(tok.start, tok.end)}`;
    if (tok.label.share && fig) {
      t.found++;
      const bad: string[] = [];
      if (fig.category !== tok.label.category) bad.push(`category ${fig.category} ≠ ${tok.label.category}`);
      if ((fig.women ?? undefined) !== tok.label.women) bad.push(`women ${fig.women} ≠ ${tok.label.women}`);
      if ((fig.target ?? false) !== (tok.label.target ?? false)) bad.push(`target ${fig.target} ≠ ${tok.label.target}`);
      if (bad.length) { t.attrs++; t.notes.push(`attr   ${where}: ${bad.join(', ')} [${fig.group}]`); }
      else if (verbose) t.notes.push(`ok     ${where} [${fig.group}]`);
    } else if (tok.label.share) { t.missed++; t.notes.push(`missed ${where}`); }
    else if (fig) { t.wrong++; t.notes.push(`wrong  ${where} (${tok.label.why}) [${fig.group}, ${fig.category}]`); }
  }
  for (const g of figs) {
    if (!toks.some((tok) => g.start < tok.end && g.end > tok.start)) { t.wrong++; t.notes.push(`wrong  ${doc.id} ${g.text} (not a labelled percentage)`); }
  }
}

for (const lang of ['en', 'fr'] as const) {
  const t = tally[lang];
  console.log(`${lang.toUpperCase()}: ${t.percentages} percentages, ${t.shares} shares of women; found ${t.found}, missed ${t.missed}, wrongly reported ${t.wrong}, attribute errors ${t.attrs}`);
  for (const n of t.notes) console.log(`  ${n}`);
}
