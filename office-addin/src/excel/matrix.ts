// The coverage matrix and the findings table as plain rows, from reports: no Excel here, so the
// tests can hold the matrix against the CLI's CSV (core/report/format.ts formatCsv) through two paths.
// Matrix cell = number of findings of that concept in that document, as the CSV's `findings`
// column (negated and procedural mentions included); a pillar column adds up its concepts.
// Headers are for people (concept labels under their pillar's label); the ids are in a hidden
// first row, so formulas and pivot tables can still find a column by id.
import {
  collapseWhitespace, familyLabel, findingsInOrder, pillarFamily, pillarLabel, scoreLine, sentenceText, textResolver, FAMILIES, PILLAR_IDS,
  type Family, type Lexicon, type PillarId, type Report, type TextBlock,
} from '../../../core/index.ts';
import { conceptLabel, gapCells } from './gaps.ts';

export type Cell = string | number | boolean;

/** One analysed document: its title (the CSV's `source`), its report, and the input it came from. */
export interface TallyDoc {
  title: string;
  report: Report;
  /** The text, when the document was one cell (offsets refer to it). */
  text?: string;
  /** The blocks, when the document was several rows (offsets are block-local; ids are sheet row numbers). */
  blocks?: readonly TextBlock[];
}

export interface ConceptColumn { id: string; pillar: PillarId; family: Family }

/** Columns of the matrix, left to right. The pillar columns sit next to the titles so the chart's range is one block. */
export const MATRIX_COLS = {
  document: 0,
  families: 1, // FAMILIES.length columns
  findings: 1 + FAMILIES.length,
  /** The score, or empty for a document type without rules (never 0). */
  score: 2 + FAMILIES.length,
  /** The score and how it was made, in the one line every surface shows. */
  scoreBasis: 3 + FAMILIES.length,
  /** Gaps that are required (what --fail-on-gaps fails on), of high severity, all of them; then their list (gaps.ts). */
  requiredGaps: 4 + FAMILIES.length,
  highGaps: 5 + FAMILIES.length,
  gaps: 6 + FAMILIES.length,
  gapList: 7 + FAMILIES.length,
  profile: 8 + FAMILIES.length,
  language: 9 + FAMILIES.length,
  concepts: 10 + FAMILIES.length,
} as const;

/**
 * Rows above the documents: the column ids (hidden: concept ids, pillar ids, "score"…), a group
 * row (a concept's pillar label) and the column names people read (concept labels).
 */
export const MATRIX_HEADER_ROWS = 3;
export const MATRIX_ID_ROW = 0;
export const MATRIX_GROUP_ROW = 1;
export const MATRIX_NAME_ROW = 2;

/** What the header cells explain (a prompt shown when the cell is selected; Excel caps it at 255 characters). */
export const HEADER_NOTES: Partial<Record<keyof typeof MATRIX_COLS, { title: string; message: string }>> = {
  score: { title: 'Score (0 to 100)', message: 'Against the document type\'s rules: a rule met counts 1; met only in an annex, as advice, as a stock phrase or in the preamble ½; missing 0. Required rules weigh 2. Empty: this type has no rules (not 0).' },
  scoreBasis: { title: 'Score basis', message: 'How the score was made, in the one line every WPS Lens surface shows: rules met, met only in annexes or as advice, missing.' },
  requiredGaps: { title: 'Required gaps', message: 'Required rules of the document type that the document does not fully meet (what --fail-on-gaps fails on). See the sheet "WPS gaps".' },
  highGaps: { title: 'High gaps', message: 'Gaps of high severity. See the sheet "WPS gaps" for each one\'s reason and suggested wording.' },
  gaps: { title: 'Gaps', message: 'All gaps against the document type\'s rules, required and recommended.' },
  gapList: { title: 'Gap list', message: 'Every gap, most severe first: what is missing (level, how it is unmet). One row per gap, with reasons and suggestions, in "WPS gaps".' },
};
export const TOTAL_LABEL = 'Total';
/** The row under the totals: how many documents have a value above 0 in the column (findings, gaps). */
export const DOCS_LABEL = 'Documents with any';

export interface CoverageMatrix {
  concepts: ConceptColumn[];
  header: Cell[][];
  rows: Cell[][];
  /** Total findings per column (mean score), then how many documents have any. */
  totals: Cell[][];
  width: number;
}

/** Every concept of the lexicon, ordered as the CSV orders them: by pillar, then id. */
export function conceptColumns(lex: Lexicon): ConceptColumn[] {
  const order = (p: PillarId) => PILLAR_IDS.indexOf(p);
  return [...lex.concepts.values()]
    .map((c) => ({ id: c.id, pillar: c.pillar, family: pillarFamily(c.pillar) }))
    .sort((a, b) => order(a.pillar) - order(b.pillar) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function buildMatrix(docs: readonly TallyDoc[], lex: Lexicon): CoverageMatrix {
  const concepts = conceptColumns(lex);
  const conceptIndex = new Map(concepts.map((c, i) => [c.id, i]));
  const width = MATRIX_COLS.concepts + concepts.length;

  const ids: Cell[] = new Array<Cell>(width).fill('');
  const group: Cell[] = new Array<Cell>(width).fill('');
  const names: Cell[] = new Array<Cell>(width).fill('');
  for (const [key, col] of Object.entries(MATRIX_COLS)) if (key !== 'families' && key !== 'concepts') ids[col] = key;
  group[0] = 'WPS Lens coverage: findings per document';
  names[MATRIX_COLS.document] = 'Document';
  FAMILIES.forEach((f, i) => {
    ids[MATRIX_COLS.families + i] = f;
    group[MATRIX_COLS.families + i] = 'pillar, with its groups';
    names[MATRIX_COLS.families + i] = familyLabel(f);
  });
  names[MATRIX_COLS.findings] = 'Findings';
  names[MATRIX_COLS.score] = 'Score';
  names[MATRIX_COLS.scoreBasis] = 'Score basis';
  group[MATRIX_COLS.requiredGaps] = 'gaps against the document type';
  names[MATRIX_COLS.requiredGaps] = 'Required gaps';
  names[MATRIX_COLS.highGaps] = 'High gaps';
  names[MATRIX_COLS.gaps] = 'Gaps';
  names[MATRIX_COLS.gapList] = 'Gap list';
  names[MATRIX_COLS.profile] = 'Profile';
  names[MATRIX_COLS.language] = 'Language';
  concepts.forEach((c, i) => {
    ids[MATRIX_COLS.concepts + i] = c.id;
    group[MATRIX_COLS.concepts + i] = pillarLabel(c.pillar);
    names[MATRIX_COLS.concepts + i] = conceptLabel(lex, c.id);
  });

  const rows: Cell[][] = docs.map((d) => {
    const row: Cell[] = new Array<Cell>(width).fill(0);
    const r = d.report;
    row[MATRIX_COLS.document] = d.title;
    row[MATRIX_COLS.findings] = r.findings.filter((f) => !f.reference).length;
    row[MATRIX_COLS.score] = r.coverage.score ?? '';
    row[MATRIX_COLS.scoreBasis] = scoreLine(r);
    gapCells(r, lex).forEach((v, k) => { row[MATRIX_COLS.requiredGaps + k] = v; });
    row[MATRIX_COLS.profile] = r.profile.id;
    row[MATRIX_COLS.language] = r.language;
    for (const f of r.findings) {
      if (f.reference) continue; // contents, notes and references: not coverage (the CSV leaves them out too)
      const i = conceptIndex.get(f.concept);
      // A finding of a concept missing from the lexicon cannot happen with one lexicon; count it in its pillar anyway.
      if (i !== undefined) (row[MATRIX_COLS.concepts + i] as number)++;
      (row[MATRIX_COLS.families + FAMILIES.indexOf(pillarFamily(f.pillar))] as number)++;
    }
    return row;
  });

  const sum: Cell[] = new Array<Cell>(width).fill('');
  const present: Cell[] = new Array<Cell>(width).fill('');
  sum[0] = TOTAL_LABEL;
  present[0] = DOCS_LABEL;
  const numeric = [...FAMILIES.map((_, i) => MATRIX_COLS.families + i), MATRIX_COLS.findings, MATRIX_COLS.requiredGaps, MATRIX_COLS.highGaps, MATRIX_COLS.gaps, ...concepts.map((_, i) => MATRIX_COLS.concepts + i)];
  for (const c of numeric) {
    let s = 0;
    let n = 0;
    for (const row of rows) { const v = row[c] as number; s += v; if (v > 0) n++; }
    sum[c] = s;
    present[c] = n;
  }
  // The mean of the documents that have a score; empty when none has one.
  const scores = rows.map((r) => r[MATRIX_COLS.score]).filter((v): v is number => typeof v === 'number');
  sum[MATRIX_COLS.score] = scores.length ? Math.round(scores.reduce((s, v) => s + v, 0) / scores.length) : '';
  return { concepts, header: [ids, group, names], rows, totals: [sum, present], width };
}

/** Columns of the findings sheet: one row per finding, for pivot tables. */
export const FINDINGS_HEADER = ['Document', 'Row', 'Concept', 'Label', 'Pillar', 'Pillar family', 'Form', 'Negated', 'Gender-specific', 'Words', 'Sentence'] as const;

/** One row per finding, in reading order (by row first for block input, whose offsets are block-local). */
export function findingsTable(docs: readonly TallyDoc[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const d of docs) {
    const textOf = textResolver(d);
    for (const f of findingsInOrder(d.report)) {
      rows.push([
        d.title, f.block ?? '', f.concept, f.label ?? f.concept, f.pillar, familyLabel(pillarFamily(f.pillar)),
        f.strength.mode, f.negated, f.genderSpecific, collapseWhitespace(f.text), sentenceText(f, textOf(f)),
      ]);
    }
  }
  return rows;
}
