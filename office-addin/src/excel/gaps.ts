// The gaps of the tallied documents as an analyst reads them in Excel: a short label per gap (the
// concept's label from the lexicon; ids stay in columns of their own), the gap counts of the
// coverage sheet, and the rows of the "WPS gaps" sheet (one per document and gap). No Excel here.
// Labels come from the lexicon the core compiled (CompiledConcept.label); when the core's labels
// module lands, conceptLabel and KIND_LABELS are the two places to point at it.
import { collapseWhitespace, gapCounts, sortedGaps, type Gap, type GapKind, type Lexicon, type Report, type Section } from '../../../core/index.ts';
import type { Cell, TallyDoc } from './matrix.ts';

/** A concept's label, or its id when the lexicon does not know it. */
export function conceptLabel(lex: Lexicon, id: string): string {
  return lex.concepts.get(id)?.label ?? id;
}

/** How the rule is unmet, in words (the Gap's `kind`). */
export const KIND_LABELS: Record<GapKind, string> = {
  'missing': 'missing',
  'annex-only': 'only in annexes',
  'advice-only': 'only as advice',
  'negated-only': 'only stated as absent',
  'boilerplate-only': 'only as a stock phrase',
  'preamble-only': 'only in the preamble',
};

/**
 * What a gap is about: its concept's label, or the labels of the concepts any one of which would
 * meet the rule ("A or B"), or for a keyword rule the rule's own name in words.
 */
export function gapLabel(g: Gap, lex: Lexicon): string {
  const ids = g.concept ? [g.concept] : g.concepts ?? [];
  if (ids.length === 1) return conceptLabel(lex, ids[0]!);
  if (ids.length > 1) return ids.length > 3 ? `${ids.slice(0, 3).map((id) => conceptLabel(lex, id)).join(', ')} or ${ids.length - 3} more` : ids.map((id) => conceptLabel(lex, id)).join(' or ');
  const name = g.rule.slice(g.rule.indexOf('.') + 1).replace(/[-.]+/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The level a surface shows: the rule's, or "required" for a high gap without one (as --fail-on-gaps reads it). */
export function gapLevel(g: Gap): 'required' | 'recommended' {
  return g.level ?? (g.severity === 'high' ? 'required' : 'recommended');
}

/** The coverage sheet's list cell: every gap, most severe first, "Label (required, missing)", "; " between. */
export function gapList(r: Report, lex: Lexicon): string {
  return sortedGaps(r.gaps).map((g) => `${gapLabel(g, lex)} (${gapLevel(g)}, ${KIND_LABELS[g.kind]})`).join('; ');
}

/** The coverage sheet's gap cells of one document, in GAP_COLUMNS order. */
export function gapCells(r: Report, lex: Lexicon): Cell[] {
  const n = gapCounts(r);
  return [n.required, n.high, n.gaps, gapList(r, lex)];
}

/** Columns of the "WPS gaps" sheet: what a person reads first, the ids last. */
export const GAPS_HEADER = ['Document', 'Severity', 'Level', 'Gap', 'How it is unmet', 'Where', 'Mentions in the main body', 'Mentions in annexes', 'Stated as absent', 'Reason', 'Suggestion', 'Basis', 'Profile', 'Rule id', 'Concept ids'] as const;

function sectionName(r: Report, id: string | undefined): string {
  if (!id) return '';
  const s: Section | undefined = r.structure.find((x) => x.id === id);
  if (!s) return id;
  return collapseWhitespace([s.number, s.title].filter(Boolean).join(' ')) || s.kind;
}

/** One row per document and gap, most severe first within a document, documents in tally order. */
export function gapsTable(docs: readonly TallyDoc[], lex: Lexicon): Cell[][] {
  const rows: Cell[][] = [];
  for (const d of docs) {
    const r = d.report;
    for (const g of sortedGaps(r.gaps)) {
      const e = g.evidence;
      rows.push([
        d.title, g.severity, gapLevel(g), gapLabel(g, lex), KIND_LABELS[g.kind], sectionName(r, g.section),
        e?.mainBody ?? '', e?.annex ?? '', e?.negated ?? '',
        collapseWhitespace(g.reason), collapseWhitespace(g.suggestion), collapseWhitespace(g.basis),
        r.profile.id, g.rule, (g.concept ? [g.concept] : g.concepts ?? []).join(', '),
      ]);
    }
  }
  return rows;
}
