// Incremental analysis of a text too large to hold twice: pieces are pushed as they are read,
// cut into chunks at paragraph boundaries, analysed one by one and merged into one Report whose
// offsets index the whole text. The text is never kept. By default every finding, section and
// figure is kept for the report; with `keep` only the first ones are, the rest go to `onChunk`
// (e.g. written to disk) so memory does not grow with the number of findings. Counts, per-concept
// totals, coverage and gaps always cover the whole text.
// Pure: the caller does the reading (the CLI streams files through it).
import { analyze, type AnalyzeOptions } from './analyze.ts';
import { loadLexicon } from './lexicon/compile.ts';
import { pillarCoverage, withScore } from './report/coverage.ts';
import { conceptTotals, type ConceptTotal } from './report/format.ts';
import { outcomesFromGaps } from './report/gaps.ts';
import { buildReview, countedFinding, type ReviewTally } from './report/review.ts';
import type { Coverage, Figure, Finding, Gap, GapKind, PillarId, Profile, Report, Section } from './schema.ts';
import { PILLAR_IDS } from './schema.ts';

/**
 * Default chunk size in UTF-16 code units: 512 Ki (~160 pages) holds any section's context, and
 * is small enough that one chunk's analysis stays a small part of memory (and analysis per MB is
 * faster on smaller texts). Measured on the corpus repeated to 105 MB: 4 Mi chunks peaked at
 * ~680 MB RSS in 62 s, 512 Ki at ~390 MB in 20 s (bench/scale.ts, README).
 */
export const DEFAULT_CHUNK_CHARS = 512 * 1024;

type LanguageRun = NonNullable<Report['languages']>[number];

/** What one chunk added to the document: whole-text offsets, final section ids. */
export interface ChunkResult {
  /** 0 for the first chunk. */
  index: number;
  /** Offset of the chunk in the whole text. */
  start: number;
  /** The chunk's text; only valid during the call (whole-text offset − start indexes it). */
  text: string;
  findings: Finding[];
  structure: Section[];
  figures: Figure[];
  /** coverage.bySection entries of this chunk's sections (sections never span chunks). */
  bySection: Coverage['bySection'];
  /** Runs of one language that are complete (the last run may go on in the next chunk). */
  languages: LanguageRun[];
  /** True for the call made by finish(): no chunk follows. */
  last: boolean;
}

export interface StreamOptions extends AnalyzeOptions {
  /** Chunks are cut at the last paragraph break before this many characters (default 512 Ki). */
  chunkChars?: number;
  /** Called after each chunk with everything it found, whether or not the report keeps it. */
  onChunk?: (chunk: ChunkResult) => void;
  /**
   * Keep at most this many findings, figures and language runs in the report (default: all). The
   * report's structure then holds only the sections its findings and gaps refer to, and
   * coverage.bySection only theirs; totals() gives the whole document's counts.
   */
  keep?: number;
}

/** Whole-document counts of a streamed analysis, whatever the report kept. */
export interface StreamTotals {
  findings: number;
  figures: number;
  sections: number;
  /** Per concept, as the CSV row needs them (first sentence captured while its chunk was in hand). */
  concepts: Map<string, ConceptTotal>;
  /** The review's counts of the whole text (core/report/review.ts): sentences never span chunks, so they add up. */
  review: ReviewTally;
}

/**
 * Where to cut buf (at most max chars) so a chunk ends at a paragraph boundary: after the last
 * blank line, else the last line break, else the last whitespace, else at max (never inside a
 * surrogate pair). Returns buf.length when buf fits.
 */
export function cutPoint(buf: string, max: number): number {
  if (buf.length <= max) return buf.length;
  const floor = Math.floor(max / 2); // a cut too early would make many tiny chunks
  const para = buf.lastIndexOf('\n\n', max - 2);
  if (para >= floor) return para + 2;
  const line = buf.lastIndexOf('\n', max - 1);
  if (line >= floor) return line + 1;
  for (let i = max - 1; i >= floor; i--) if (/\s/.test(buf[i]!)) return i + 1;
  const c = buf.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** Order in which analyze() names a gap's kind: the first that holds anywhere wins. */
const KIND_ORDER: GapKind[] = ['advice-only', 'preamble-only', 'boilerplate-only', 'negated-only', 'annex-only', 'missing'];

export class StreamingAnalysis {
  private readonly options: StreamOptions;
  private readonly chunkChars: number;
  private readonly keep: number;
  private buf = '';
  private offset = 0;
  private chunks = 0;
  private first?: Report;
  private readonly findings: Finding[] = [];
  private readonly figures: Figure[] = [];
  private readonly structure: Section[] = [];
  private readonly languages: LanguageRun[] = [];
  /** The last language run, which the next chunk may extend. */
  private openRun?: LanguageRun;
  /** Sections the kept findings refer to (bounded mode). */
  private readonly referenced = new Set<string>();
  private readonly byPillar: Record<PillarId, { findings: number; concepts: Set<string>; tasks: number; advice: number; negated: number }>;
  private readonly bySection: Coverage['bySection'] = {};
  /** Findings that count for coverage (not negated, procedural or reference) of gender-specific concepts. */
  private genderSpecific = 0;
  private readonly concepts = new Map<string, ConceptTotal>();
  private counts = { findings: 0, figures: 0, sections: 0 };
  private review: ReviewTally = { findings: 0, items: 0, tasks: 0, advice: 0, mentions: 0, negated: 0, procedural: 0, concepts: 0 };
  private reviewConcepts = new Set<string>();
  /** rule id → the gap with the strongest kind, for rules that failed in every chunk so far. */
  private gaps = new Map<string, Gap>();
  /** rule id → the section its gap names (bounded mode keeps it for the report's structure). */
  private gapSections = new Map<string, Section>();

  constructor(options: StreamOptions = {}) {
    this.options = { ...options, lexicon: options.lexicon ?? loadLexicon() };
    this.chunkChars = Math.max(1024, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
    this.keep = options.keep === undefined ? Infinity : Math.max(0, options.keep);
    this.byPillar = Object.fromEntries(PILLAR_IDS.map((p) => [p, { findings: 0, concepts: new Set<string>(), tasks: 0, advice: 0, negated: 0 }])) as StreamingAnalysis['byPillar'];
  }

  private get bounded(): boolean {
    return this.keep !== Infinity;
  }

  /** Add the next piece of text; full chunks are analysed now. */
  push(piece: string): void {
    this.buf += piece;
    while (this.buf.length > this.chunkChars) {
      const cut = cutPoint(this.buf, this.chunkChars);
      this.analyseChunk(this.buf.slice(0, cut), false);
      this.buf = this.buf.slice(cut);
    }
  }

  /** Analyse what is left and return the merged report. */
  finish(): Report {
    this.analyseChunk(this.buf, true);
    this.buf = '';
    const first = this.first!;
    const lex = this.options.lexicon!;
    const profile = lex.profiles.get(first.profile.id);
    // Rule order first, then severity (a stable sort): the order analyze() gives the same gaps.
    const rank = new Map(profile?.rules.map((r, i) => [r.id, i]));
    const gaps = [...this.gaps.values()].sort((a, b) => (rank.get(a.rule) ?? 0) - (rank.get(b.rule) ?? 0));
    const order = { high: 0, medium: 1, low: 2 } as const;
    gaps.sort((a, b) => order[a.severity] - order[b.severity]);
    let structure = this.structure;
    if (this.bounded) {
      const have = new Set(structure.map((s) => s.id));
      const extra = [...this.gapSections.values()].filter((s) => !have.has(s.id) && gaps.some((g) => g.section === s.id));
      structure = [...structure, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
    }
    return {
      ...first,
      findings: this.findings,
      structure,
      languages: this.languages,
      figures: this.figures,
      gaps,
      coverage: this.coverage(profile, gaps, first.language),
      length: this.offset,
    };
  }

  /** Counts over the whole text, whatever the report keeps. */
  totals(): StreamTotals {
    return { ...this.counts, concepts: this.concepts, review: { ...this.review, concepts: this.reviewConcepts.size } };
  }

  /** How many findings, sections, figures, language runs and section coverage entries are held now (test hook for boundedness). */
  retained(): { findings: number; structure: number; figures: number; languages: number; bySection: number; buffered: number } {
    return { findings: this.findings.length, structure: this.structure.length, figures: this.figures.length, languages: this.languages.length,
      bySection: Object.keys(this.bySection).length, buffered: this.buf.length };
  }

  /** Coverage of the whole text from the per-chunk sums; the score from the merged gaps, as analyze() scores its own. */
  private coverage(profile: Profile | undefined, gaps: Gap[], language: string): Coverage {
    const byPillar = {} as Coverage['byPillar'];
    for (const p of PILLAR_IDS) {
      const c = this.byPillar[p];
      byPillar[p] = { findings: c.findings, concepts: [...c.concepts].sort(), tasks: c.tasks, advice: c.advice, negated: c.negated };
    }
    return withScore({ byPillar, bySection: this.bySection, genderSpecific: this.genderSpecific }, outcomesFromGaps(profile, gaps), language);
  }

  private analyseChunk(text: string, last: boolean): void {
    const shift = this.offset;
    // The document type is read from its beginning; later chunks use the same profile.
    const profile = this.first ? this.first.profile.id : this.options.profile;
    // Dismissals of one occurrence carry whole-text offsets: give each chunk its own, shifted.
    const dismissals = this.options.dismissals
      ?.filter((d) => d.scope !== 'once' || (d.start >= shift && d.end <= shift + text.length))
      .map((d) => (d.scope === 'once' ? { ...d, start: d.start - shift, end: d.end - shift } : d));
    const r = analyze(text, { ...this.options, profile, dismissals });
    const chunk = this.chunks++;
    // Only the report's header is kept from the first chunk (its lists are merged like the others).
    if (!this.first) this.first = { ...r, findings: [], structure: [], figures: [], gaps: [], languages: [] };
    else if (this.first.language === 'und' && r.language !== 'und') this.first = { ...this.first, language: r.language };

    // Section ids repeat across chunks ("body", "h-1"): those of later chunks get the chunk's
    // number as a suffix, so they are unique without remembering every id seen.
    const rename = new Map<string, string>();
    for (const s of r.structure) rename.set(s.id, chunk === 0 ? s.id : `${s.id}~${chunk}`);
    const structure = r.structure.map((s): Section => ({ ...s, id: rename.get(s.id)!, parent: s.parent ? rename.get(s.parent) ?? s.parent : undefined,
      start: s.start + shift, end: s.end + shift, verbs: s.verbs?.map((v) => ({ ...v, start: v.start + shift, end: v.end + shift })) }));
    const findings = r.findings.map((f): Finding => ({ ...f, start: f.start + shift, end: f.end + shift,
      sentence: { start: f.sentence.start + shift, end: f.sentence.end + shift }, section: f.section ? rename.get(f.section) ?? f.section : undefined }));
    const figures = r.figures.map((g): Figure => ({ ...g, start: g.start + shift, end: g.end + shift,
      sentence: { start: g.sentence.start + shift, end: g.sentence.end + shift } }));
    const runs = this.mergeLanguages(r.languages ?? [], shift, last);
    this.mergeConcepts(r, text);
    this.mergeReview(r, text);
    const bySection = this.mergeCoverage(findings);
    this.counts.findings += findings.length;
    this.counts.figures += figures.length;
    this.counts.sections += structure.length;

    // What the report keeps: everything, or the first `keep` findings and what they refer to.
    for (const f of findings) {
      if (this.findings.length >= this.keep) break;
      this.findings.push(f);
      if (this.bounded && f.section) this.referenced.add(f.section);
    }
    for (const s of structure) {
      if (!this.bounded || this.referenced.has(s.id)) {
        this.structure.push(s);
        if (this.bounded && bySection[s.id]) this.bySection[s.id] = bySection[s.id]!;
      }
    }
    if (!this.bounded) Object.assign(this.bySection, bySection);
    for (const g of figures) if (this.figures.length < this.keep) this.figures.push(g);
    for (const x of runs) if (this.languages.length < this.keep) this.languages.push(x);

    this.mergeGaps(r.gaps, chunk === 0, rename, structure);
    this.offset += text.length;
    this.options.onChunk?.({ index: chunk, start: shift, text, findings, structure, figures, bySection, languages: runs, last });
  }

  /** Runs of one language: a run that goes on across the cut is one run. Returns the runs now complete. */
  private mergeLanguages(runs: LanguageRun[], shift: number, last: boolean): LanguageRun[] {
    const done: LanguageRun[] = [];
    for (const x of runs) {
      const open = this.openRun;
      if (open && open.language === x.language && open.end >= x.start + shift - 2) open.end = x.end + shift;
      else {
        if (open) done.push(open);
        this.openRun = { ...x, start: x.start + shift, end: x.end + shift };
      }
    }
    if (last && this.openRun) { done.push(this.openRun); this.openRun = undefined; }
    return done;
  }

  /** Per-concept totals: counts add up; the first sentence and pillar come from the earliest chunk. */
  private mergeConcepts(r: Report, text: string): void {
    for (const [concept, c] of conceptTotals({ report: r, text })) {
      const prev = this.concepts.get(concept);
      if (!prev) { this.concepts.set(concept, c); continue; }
      prev.findings += c.findings;
      prev.tasks += c.tasks;
      prev.advice += c.advice;
      prev.negated += c.negated;
      if (c.genderSpecific) prev.genderSpecific = true;
    }
  }

  /** Adds the chunk's review counts (its own sentences, counted as the review counts them). */
  private mergeReview(r: Report, text: string): void {
    const c = buildReview({ report: r, text }).counts;
    for (const k of ['findings', 'items', 'tasks', 'advice', 'mentions', 'negated', 'procedural'] as const) this.review[k] += c[k];
    for (const f of r.findings) if (countedFinding(f) && !f.negated) this.reviewConcepts.add(f.concept);
  }

  /** Adds the chunk's coverage to the sums; returns its bySection entries (its sections are its own). */
  private mergeCoverage(findings: Finding[]): Coverage['bySection'] {
    const cov = pillarCoverage(findings);
    this.genderSpecific += cov.genderSpecific;
    for (const p of PILLAR_IDS) {
      const sum = this.byPillar[p];
      const c = cov.byPillar[p];
      sum.findings += c.findings;
      sum.tasks += c.tasks;
      sum.advice += c.advice;
      sum.negated += c.negated;
      for (const x of c.concepts) sum.concepts.add(x);
    }
    return cov.bySection;
  }

  /** A rule is a gap of the whole text only if no chunk satisfied it; its kind is the strongest seen. */
  private mergeGaps(chunkGaps: Gap[], first: boolean, rename: Map<string, string>, structure: Section[]): void {
    const gaps = chunkGaps.map((g) => (g.section ? { ...g, section: rename.get(g.section) ?? g.section } : g));
    const take = (g: Gap): void => {
      this.gaps.set(g.rule, g);
      const s = g.section ? structure.find((x) => x.id === g.section) : undefined;
      if (this.bounded && s) this.gapSections.set(g.rule, s);
      else this.gapSections.delete(g.rule);
    };
    const now = new Map(gaps.map((g) => [g.rule, g]));
    if (first) { for (const g of gaps) take(g); return; }
    for (const [rule, prev] of this.gaps) {
      const g = now.get(rule);
      if (!g) { this.gaps.delete(rule); this.gapSections.delete(rule); }
      else if (KIND_ORDER.indexOf(g.kind) < KIND_ORDER.indexOf(prev.kind)) take(g);
    }
  }

}

/** Analyse a text given as pieces (e.g. read from a file) with bounded memory. */
export function analyzeStream(pieces: Iterable<string>, options: StreamOptions = {}): Report {
  const s = new StreamingAnalysis(options);
  for (const p of pieces) s.push(p);
  return s.finish();
}
