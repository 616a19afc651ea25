// The table WPS.COMPARE spills: one row per WPS provision of either version, as compare() lists them
// (every provision exactly once), with the words a person reads — status, pillars and concepts by
// their labels, in the comparison's language — and the ids left to the JSON of the CLI.
import { changeStatusLabel, citeLabel, conceptLabel, familyName, pillarFamily, type Comparison, type Lexicon, type PillarId } from '../../../core/index.ts';

const HEADER = {
  en: ['Status', 'Pillar', 'Concept', 'Old words', 'New words', 'Old place', 'New place', 'Note'],
  fr: ['Statut', 'Pilier', 'Notion', 'Anciens termes', 'Nouveaux termes', 'Ancienne place', 'Nouvelle place', 'Note'],
} as const;

/** Column names of WPS.COMPARE's header row, for the README and the tests. */
export const CHANGE_COLUMNS = HEADER.en;

/** The five pillars a change touches, each once, in the order its pillars are listed. */
function pillarNames(pillars: readonly PillarId[], lang: 'en' | 'fr'): string {
  return [...new Set(pillars.map((p) => familyName(pillarFamily(p), lang)))].join(', ');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Header row, then one row per change, in compare()'s order (the new text's reading order). */
export function changesTable(c: Comparison, lex: Lexicon): string[][] {
  const lang = c.language;
  const concept = (id: string) => conceptLabel(id, lang, lex.concepts.get(id)?.label);
  return [
    [...HEADER[lang]],
    ...c.changes.map((x) => [
      capital(changeStatusLabel(x.status, lang)),
      pillarNames(x.pillars, lang),
      x.concepts.map(concept).join('; '),
      x.old?.text ?? '',
      x.new?.text ?? '',
      x.old ? citeLabel(x.old, lang) : '',
      x.new ? citeLabel(x.new, lang) : '',
      x.note ?? '',
    ]),
  ];
}
