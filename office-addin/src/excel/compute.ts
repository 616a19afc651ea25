// The logic behind the WPS.* custom functions, free of Excel: cell values in, cell values out.
// functions.ts only turns CellError into CustomFunctions.Error. Every non-empty cell is one document;
// functions that give one number per document (SCORE, COUNT) answer cell by cell in the range's
// shape, functions that give a table (CONCEPTS, GAPS, FIGURES) add up over the range's documents;
// COMPARE reads each of its two arguments as one version (a range: one cell per paragraph).
import { analyze, compare, loadLexicon, pillarLabel, PILLAR_IDS, scoreLine, type CompareInput, type Lexicon, type PillarId, type Report, type TextBlock } from '../../../core/index.ts';
import { changesTable } from './changes.ts';

/** An Excel error to return: code picks #VALUE! or #N/A, message is shown in the cell's tooltip. */
export interface CellError {
  kind: 'cell-error';
  code: 'invalidValue' | 'notAvailable';
  message: string;
}

export type Scalar = string | number | boolean;
export type Out = Scalar | CellError;
/** The language argument of the functions that take one: detected, or imposed. */
export type LanguageArg = 'auto' | 'en' | 'fr';

export function cellError(code: CellError['code'], message: string): CellError {
  return { kind: 'cell-error', code, message };
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && (v as CellError).kind === 'cell-error';
}

/** What a cell held, after Excel handed it over: text, nothing, or something a document cannot be. */
type CellText = { text: string } | { empty: true } | { bad: string };

function readCell(v: unknown): CellText {
  if (v === null || v === undefined) return { empty: true };
  if (typeof v === 'string') return v.trim() === '' ? { empty: true } : { text: v };
  if (typeof v === 'number') return { bad: `a number (${v}), not text` };
  if (typeof v === 'boolean') return { bad: `a logical value (${v ? 'TRUE' : 'FALSE'}), not text` };
  // Excel hands error cells over as error objects (CustomFunctions.Error or a code string).
  if (typeof v === 'object' && ('errorCode' in v || 'code' in v)) return { bad: 'an error value' };
  return { bad: 'a value that is not text' };
}

/** A cell or a range as Excel passes it to a matrix parameter; a bare value counts as one cell. */
function asGrid(arg: unknown): unknown[][] {
  if (Array.isArray(arg)) return arg.map((row) => (Array.isArray(row) ? row : [row]));
  return [[arg]];
}

/** A one-cell range's value ([[x]] → x); anything else as given. */
function singleValue(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

function where(grid: unknown[][], r: number, c: number): string {
  return grid.length === 1 && grid[0]!.length === 1 ? 'the cell' : `row ${r + 1}, column ${c + 1} of the range`;
}

const CONCEPT_HEADER = ['concept', 'pillar', 'count', 'strongest form', 'negated'] as const;
const GAP_HEADER = ['concept', 'level', 'kind', 'severity', 'documents', 'reason', 'suggestion'] as const;
const FIGURE_HEADER = ['percent', 'group', 'category'] as const;
/** Column names of the spilled tables, for the README and the tests. */
export const TABLE_COLUMNS = { concepts: CONCEPT_HEADER, gaps: GAP_HEADER, figures: FIGURE_HEADER };

/**
 * One compiled lexicon and a cache of reports, shared by every call: Excel recalculates a sheet by
 * calling the functions again with the same texts, and SCORE, COUNT and CONCEPTS on one cell share
 * one analysis.
 */
export class Engine {
  private lex: Lexicon;
  private cache = new Map<string, Report>();
  private names = new Map<string, { kind: 'concept' | 'pillar'; id: string }>();

  constructor(lexicon?: Lexicon, private readonly maxCached = 4096) {
    this.lex = lexicon ?? loadLexicon();
    this.indexNames();
  }

  get lexicon(): Lexicon {
    return this.lex;
  }

  /** Use another compiled lexicon (a user lexicon imported in the pane); cached reports are dropped. */
  setLexicon(lexicon: Lexicon): void {
    this.lex = lexicon;
    this.cache.clear();
    this.indexNames();
  }

  /** Drops the cached reports (the bench measures cold analyses with it). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Concept ids and labels, pillar ids and labels, lower-cased, for COUNT's second argument. */
  private indexNames(): void {
    this.names.clear();
    for (const p of PILLAR_IDS) {
      this.names.set(p, { kind: 'pillar', id: p });
      this.names.set(pillarLabel(p).toLowerCase(), { kind: 'pillar', id: p });
    }
    for (const c of this.lex.concepts.values()) {
      this.names.set(c.id, { kind: 'concept', id: c.id });
      if (!this.names.has(c.label.toLowerCase())) this.names.set(c.label.toLowerCase(), { kind: 'concept', id: c.id });
    }
  }

  /** The report of one document (a text, or blocks: one per cell), analysed once per (profile, language, text). */
  report(text: string | readonly TextBlock[], profile = 'auto', language: LanguageArg = 'auto'): Report {
    const key = profile + '\u0000' + language + '\u0000' + (typeof text === 'string' ? text : text.map((b) => `${b.id}\u0001${b.text}`).join('\u0002'));
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key); // most recently used goes last
      this.cache.set(key, hit);
      return hit;
    }
    const r = analyze(text, { lexicon: this.lex, profile, language });
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, r);
    return r;
  }

  /** A profile argument: empty means auto-detect; otherwise a known profile id (any case). */
  private profileArg(v: unknown, fn: string, required: boolean): string | CellError {
    const single = singleValue(v);
    if (single === null || single === undefined || (typeof single === 'string' && single.trim() === '')) {
      return required ? cellError('invalidValue', `${fn}: give a profile, e.g. "mandate" or "auto"; known: ${this.profileList()}`) : 'auto';
    }
    if (typeof single !== 'string') return cellError('invalidValue', `${fn}: the profile must be text, e.g. "mandate"; known: ${this.profileList()}`);
    const id = single.trim().toLowerCase();
    if (id === 'auto' || this.lex.profiles.has(id)) return id;
    return cellError('invalidValue', `${fn}: unknown profile "${single.trim()}"; known: ${this.profileList()}`);
  }

  /** A language argument: empty or "auto" detects it; "en" or "fr" (any case) read the text as that language. */
  private languageArg(v: unknown, fn: string): LanguageArg | CellError {
    const single = singleValue(v);
    if (single === null || single === undefined || (typeof single === 'string' && single.trim() === '')) return 'auto';
    const id = typeof single === 'string' ? single.trim().toLowerCase() : '';
    if (id === 'auto' || id === 'en' || id === 'fr') return id;
    return cellError('invalidValue', `${fn}: the language must be "auto", "en" or "fr", not ${JSON.stringify(single)}`);
  }

  private profileList(): string {
    return ['auto', ...this.lex.profiles.keys()].join(', ');
  }

  /** Each cell → its result, or "" for an empty cell, or an error for a cell that is not text. */
  private perCell(arg: unknown, fn: string, each: (text: string) => Out): Out[][] {
    const grid = asGrid(arg);
    return grid.map((row, r) => row.map((v, c) => {
      const cell = readCell(v);
      if ('empty' in cell) return '';
      if ('bad' in cell) return cellError('invalidValue', `${fn}: ${where(grid, r, c)} holds ${cell.bad}`);
      return each(cell.text);
    }));
  }

  /** The texts of a range for a table function; the first cell that is not text fails the call. */
  private texts(arg: unknown, fn: string): string[] | CellError {
    const grid = asGrid(arg);
    const out: string[] = [];
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r]!.length; c++) {
        const cell = readCell(grid[r]![c]);
        if ('bad' in cell) return cellError('invalidValue', `${fn}: ${where(grid, r, c)} holds ${cell.bad}`);
        if ('text' in cell) out.push(cell.text);
      }
    }
    if (out.length === 0) return cellError('notAvailable', `${fn}: no text to analyse (the ${grid.length * (grid[0]?.length ?? 0) > 1 ? 'range' : 'cell'} is empty)`);
    return out;
  }

  /**
   * =WPS.SCORE(text, [profile]): the score 0–100 per document. A document type without rules has no
   * score: #N/A, whose message is the coverage summary (never a 0 that would read as "nothing").
   */
  score(textArg: unknown, profileArg?: unknown): Out[][] {
    const profile = this.profileArg(profileArg, 'WPS.SCORE', false);
    if (isCellError(profile)) return [[profile]];
    return this.perCell(textArg, 'WPS.SCORE', (t) => {
      const r = this.report(t, profile);
      return r.coverage.score ?? cellError('notAvailable', `WPS.SCORE: ${scoreLine(r)}`);
    });
  }

  /** =WPS.SCOREBASIS(text, [profile]): the score and how it was made, in one line, as every surface shows it. */
  scoreBasis(textArg: unknown, profileArg?: unknown): Out[][] {
    const profile = this.profileArg(profileArg, 'WPS.SCOREBASIS', false);
    if (isCellError(profile)) return [[profile]];
    return this.perCell(textArg, 'WPS.SCOREBASIS', (t) => scoreLine(this.report(t, profile)));
  }

  /** =WPS.COUNT(text, concept_or_pillar): findings that are not negated, per document. */
  count(textArg: unknown, whatArg: unknown): Out[][] {
    const what = this.conceptOrPillar(whatArg);
    if (isCellError(what)) return [[what]];
    return this.perCell(textArg, 'WPS.COUNT', (t) => {
      let n = 0;
      for (const f of this.report(t).findings) if (!f.negated && (what.kind === 'concept' ? f.concept === what.id : f.pillar === what.id)) n++;
      return n;
    });
  }

  private conceptOrPillar(v: unknown): { kind: 'concept' | 'pillar'; id: string } | CellError {
    const single = singleValue(v);
    if (typeof single !== 'string' || single.trim() === '') {
      return cellError('invalidValue', 'WPS.COUNT: give a concept or pillar as text, e.g. "crsv" or "gender-adviser"');
    }
    const hit = this.names.get(single.trim().toLowerCase());
    if (hit) return hit;
    const examples = [...this.lex.concepts.keys()].slice(0, 4).join(', ');
    return cellError('invalidValue', `WPS.COUNT: unknown concept or pillar "${single.trim()}"; pillars: ${PILLAR_IDS.join(', ')}; concepts such as ${examples}`);
  }

  /** =WPS.CONCEPTS(text): concept, pillar, count (not negated), strongest form, negated count; summed over the range. */
  concepts(textArg: unknown): Out[][] | CellError {
    const texts = this.texts(textArg, 'WPS.CONCEPTS');
    if (isCellError(texts)) return texts;
    const rank = { context: 1, advice: 2, task: 3 } as const;
    const by = new Map<string, { pillar: PillarId; count: number; negated: number; best: 0 | 1 | 2 | 3 }>();
    for (const t of texts) {
      for (const f of this.report(t).findings) {
        let c = by.get(f.concept);
        if (!c) by.set(f.concept, (c = { pillar: f.pillar, count: 0, negated: 0, best: 0 }));
        if (f.negated) { c.negated++; continue; }
        c.count++;
        c.best = Math.max(c.best, rank[f.strength.mode]) as 0 | 1 | 2 | 3;
      }
    }
    if (by.size === 0) return cellError('notAvailable', 'WPS.CONCEPTS: no WPS concept found in the text');
    const order = (p: PillarId) => PILLAR_IDS.indexOf(p);
    const form = ['negated only', 'context', 'advice', 'task'] as const;
    return [...by]
      .sort(([a, x], [b, y]) => order(x.pillar) - order(y.pillar) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, c]) => [id, c.pillar, c.count, form[c.best], c.negated]);
  }

  /** =WPS.GAPS(text, profile): the profile's required and recommended items not met; for a range, how many documents miss each. */
  gaps(textArg: unknown, profileArg: unknown): Out[][] | CellError {
    const profile = this.profileArg(profileArg, 'WPS.GAPS', true);
    if (isCellError(profile)) return profile;
    const texts = this.texts(textArg, 'WPS.GAPS');
    if (isCellError(texts)) return texts;
    const by = new Map<string, { row: Out[]; docs: number; order: number }>();
    for (const t of texts) {
      const r = this.report(t, profile);
      for (const g of r.gaps) {
        const seen = by.get(g.rule);
        if (seen) { seen.docs++; continue; }
        const item = g.concepts?.length ? g.concepts.join(' / ') : (g.concept ?? g.rule);
        const level = g.level ?? (g.severity === 'high' ? 'required' : 'recommended');
        by.set(g.rule, { row: [item, level, g.kind, g.severity, 0, g.reason, g.suggestion], docs: 1, order: by.size });
      }
    }
    if (by.size === 0) return cellError('notAvailable', `WPS.GAPS: no gaps: every required and recommended item of the profile is met`);
    const lvl = (row: Out[]) => (row[1] === 'required' ? 0 : 1);
    return [...by.values()]
      .sort((a, b) => lvl(a.row) - lvl(b.row) || a.order - b.order)
      .map((g) => { const row = [...g.row]; row[4] = g.docs; return row; });
  }

  /**
   * One side of WPS.COMPARE: a cell is the document's text, a range of several cells one document
   * whose non-empty cells are its paragraphs (blocks named by their place in the range), in reading
   * order. Its report comes from the cache, so comparing cells already scored analyses nothing again.
   */
  private version(arg: unknown, side: 'old' | 'new', profile: string, language: LanguageArg): CompareInput | CellError {
    const grid = asGrid(arg);
    const blocks: TextBlock[] = [];
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r]!.length; c++) {
        const cell = readCell(grid[r]![c]);
        if ('bad' in cell) return cellError('invalidValue', `WPS.COMPARE: in the ${side} version, ${where(grid, r, c)} holds ${cell.bad}`);
        if ('text' in cell) blocks.push({ id: `R${r + 1}C${c + 1}`, text: cell.text });
      }
    }
    if (blocks.length === 0) return cellError('notAvailable', `WPS.COMPARE: the ${side} version is empty`);
    const text = blocks.length === 1 ? blocks[0]!.text : blocks;
    return { text, report: this.report(text, profile, language) };
  }

  /**
   * =WPS.COMPARE(old, new): what the new version did to the old one's WPS language, a header row
   * then one row per WPS provision of either version (status, pillar, concept, old and new words,
   * places, note), as compare() classifies them.
   */
  compare(oldArg: unknown, newArg: unknown, profileArg?: unknown, languageArg?: unknown): Out[][] | CellError {
    // Both versions are read as the same type and language, so that only the text differs between them.
    const profile = this.profileArg(profileArg, 'WPS.COMPARE', false);
    if (isCellError(profile)) return profile;
    const language = this.languageArg(languageArg, 'WPS.COMPARE');
    if (isCellError(language)) return language;
    const a = this.version(oldArg, 'old', profile, language);
    if (isCellError(a)) return a;
    const b = this.version(newArg, 'new', profile, language);
    if (isCellError(b)) return b;
    const c = compare(a, b, { lexicon: this.lex, profile, language });
    if (c.changes.length === 0) return cellError('notAvailable', 'WPS.COMPARE: no WPS provision in either version');
    return changesTable(c, this.lex);
  }

  /** =WPS.FIGURES(text): percent, group, category of each share-of-women figure, in cell order. */
  figures(textArg: unknown): Out[][] | CellError {
    const texts = this.texts(textArg, 'WPS.FIGURES');
    if (isCellError(texts)) return texts;
    const rows: Out[][] = [];
    for (const t of texts) for (const g of this.report(t).figures) rows.push([g.percent, g.group, g.category]);
    if (rows.length === 0) return cellError('notAvailable', 'WPS.FIGURES: no share-of-women figure found in the text');
    return rows;
  }
}

let shared: Engine | undefined;

/** The one engine of the runtime (custom functions and task pane share it). */
export function engine(): Engine {
  return (shared ??= new Engine());
}
