// The analysis: text (or blocks) in, the contract's Report out. One regex pass finds the terms;
// sentence, negation and verb analysis then run lazily, only around the matches.
import { loadLexicon, type Lexicon } from './lexicon/compile.ts';
import { coverage } from './report/coverage.ts';
import { ContextCheck, foundAt } from './analysis/context.ts';
import { detectProfile } from './analysis/detect.ts';
import { findFigures } from './analysis/figures.ts';
import { evaluateRules, gapsOf } from './report/gaps.ts';
import { formAllowed, LanguageMap } from './text/language.ts';
import { flatten } from './text/flat.ts';
import { scan } from './match/match.ts';
import type { PhraseSet, Source } from './match/phrases.ts';
import { clauseCues, flagsIn, hasMeans, PROBLEM_CONCEPTS, type ClauseCues } from './analysis/negation.ts';
import { figureConcept } from './analysis/figure-evidence.ts';
import { dismissalFilter, type Dismissal } from './analysis/dismiss.ts';
import type { Figure, Finding, Report, Section, Strength, TextBlock } from './schema.ts';
import { detectStructure, SectionIndex } from './text/sections.ts';
import { clausesOf, pickClause, sentenceAt } from './text/sentence.ts';
import { authorActor, proseStrength, resolutionStrength, type Said } from './analysis/strength.ts';

export interface AnalyzeOptions {
  /** Path, URL or "-" (default "-"). */
  source?: string;
  /** "auto" (default) or a profile id known to the lexicon. */
  profile?: string;
  /** A compiled lexicon from loadLexicon(); the built-in one by default. */
  lexicon?: Lexicon;
  /** False positives the user dismissed; dropped before coverage and gaps are computed. */
  dismissals?: readonly Dismissal[];
  /** "auto" (default): detected per document and per block/paragraph; "en" or "fr" forces it everywhere. */
  language?: 'auto' | 'en' | 'fr';
}

const EXCLUDE_WINDOW = 80;

/**
 * The joined text, and for block input the same text with U+0001 between blocks for the term scan: no term
 * can run across two blocks there, so a longer phrase spanning a boundary ("data" + "protection of
 * civilians") never hides the shorter term inside one block.
 */
interface Joined { text: string; scanText: string; blocks?: { id: string; start: number; end: number }[] }

/**
 * Blocks are paragraphs (page blocks, Word paragraphs, rows): joined with a blank line, as the CLI reads
 * the same page or document, so headings and sections are found the same way on every surface.
 */
/** Between blocks in the joined text: a blank line, so headings and paragraphs read as in a plain file. */
export const BLOCK_BREAK = '\n\n';

function join(input: string | readonly TextBlock[]): Joined {
  if (typeof input === 'string') return { text: input, scanText: input };
  const blocks: { id: string; start: number; end: number }[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const b of input) {
    blocks.push({ id: b.id, start: pos, end: pos + b.text.length });
    parts.push(b.text);
    pos += b.text.length + BLOCK_BREAK.length;
  }
  return { text: parts.join(BLOCK_BREAK), scanText: parts.join('\u0001'.repeat(BLOCK_BREAK.length)), blocks };
}

/** Index of the block containing pos (blocks sorted, non-overlapping). */
function blockAt(blocks: { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

export function analyze(input: string | readonly TextBlock[], options: AnalyzeOptions = {}): Report {
  const lex = options.lexicon ?? loadLexicon();
  const { text, scanText, blocks } = join(input);
  // Language per block (or paragraph): French-only term forms count only in French text, and the reverse.
  const langs = new LanguageMap(text, blocks, options.language === 'en' || options.language === 'fr' ? options.language : undefined);
  const structure = detectStructure(text, langs.document, { verbs: lex.verbs, orderTitles: lex.orderTitles });
  const index = new SectionIndex(structure.sections);

  // One flat view of the text for every phrase search (terms, cues, context words, exclusions).
  const src: Source = { text: scanText, flat: flatten(scanText) };
  const findings: Finding[] = [];
  let sent: { start: number; end: number } | undefined;
  let said: ((pos: number) => Said) | undefined;
  let clauses: { start: number; end: number }[] = [];
  let cues: ClauseCues | undefined;
  // Context rules (context.ts): a generic term counts as its gender-specific concept only in context.
  const context = new ContextCheck(src, lex.grammar);

  for (const m of scan(scanText, lex, src.flat)) {
    const b = blocks ? blocks[blockAt(blocks, m.start)] : undefined;
    if (b && m.end > b.end) continue; // a term never spans two blocks (cells, paragraphs)
    if (!formAllowed(lex, text, m.start, m.end, langs.own(m.start))) continue; // own language: a term never depends on its neighbours
    if (!sent || m.start < sent.start || m.start >= sent.end) {
      sent = sentenceAt(text, m.start, b?.start ?? 0, b?.end ?? text.length);
      said = undefined;
      clauses = [];
    }
    // A term wrapped over a heading-like line break still belongs to the sentence it starts in.
    if (m.end > sent.end) { sent = { start: sent.start, end: m.end }; clauses = []; }
    if (clauses.length === 0) clauses = clausesOf(text, sent);
    const section = index.at(m.start);
    const clause = pickClause(clauses, m.start);
    if (!cues || cues.start !== clause.start || cues.end !== clause.end) cues = clauseCues(src, clause.start, clause.end, langs.at(clause.start));

    for (const id of m.concepts) {
      let c = lex.concepts.get(id);
      if (!c) continue;
      if (c.excludes && excluded(src, m.start, m.end, c.excludes)) continue; // an exclusion never reaches into the next block
      if (c.requires && !context.holds(c, m, sent, clause, langs.at(m.start))) {
        // Out of context the term keeps its generic reading where the lexicon names one ("otherwise").
        c = c.otherwise ? lex.concepts.get(c.otherwise) : undefined;
        if (!c || m.concepts.includes(c.id) || foundAt(findings, m.start, c.id)) continue;
      }
      const other = c.instead && context.instead(c.instead, m, sent, clause, langs.at(m.start));
      if (other) { c = lex.concepts.get(other); if (!c || m.concepts.includes(c.id) || foundAt(findings, m.start, c.id)) continue; }
      const how = strengthFor(section, index, m.start, () => (said ??= proseStrength(src, sent!.start, sent!.end, langs.at(sent!.start), b?.start ?? 0, lex.verbs))(m.start));
      const flags = flagsIn(cues, m.start, m.end, PROBLEM_CONCEPTS.has(c.id));
      findings.push({
        concept: c.id,
        pillar: c.pillar,
        genderSpecific: c.genderSpecific,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        sentence: { start: sent.start, end: sent.end },
        section: section?.id,
        strength: how.strength,
        ...(how.reported ? { reported: true, ...(how.actor ? { actor: how.actor } : {}) } : {}),
        negated: flags.negated,
        scopeLimited: flags.scopeLimited,
        boilerplate: c.boilerplate && !hasMeans(src, clause.start, clause.end, langs.at(clause.start)),
        procedural: c.procedural,
        unverified: flags.unverified,
        label: c.label,
        annex: index.inAnnex(section),
      });
      if (index.inReference(section)) findings[findings.length - 1]!.reference = true;
    }
  }

  const figures = blocks ? figuresByBlock(text, blocks) : findFigures(text);
  addFigureFindings(figures, findings, text, index, lex, blocks);
  if (options.dismissals?.length) dropDismissed(findings, options.dismissals, blocks);

  const detected = options.profile && options.profile !== 'auto'
    ? { id: options.profile, confidence: 1, detected: false }
    : { ...pick(detectProfile(src, structure, lex, langs.mixed ? 'und' : langs.document)), detected: true };
  const profile = lex.profiles.get(detected.id);
  if (!profile) throw new Error(`unknown profile "${detected.id}"; known: ${[...lex.profiles.keys()].join(', ')}`);
  const author = authorActor(detected.id); // "I urge …" in a Secretary-General's report
  if (author) for (const f of findings) if (f.actor === 'author') f.actor = author;

  const gapCtx = { text, findings, index, resolution: structure.resolution, language: langs.document };
  // One evaluation of the profile's rules gives both the gaps and the score.
  const outcomes = evaluateRules(profile, gapCtx);
  const gaps = gapsOf(outcomes);
  const cov = coverage(findings, outcomes, langs.document);

  const report: Report = {
    source: options.source ?? '-',
    language: langs.document,
    profile: {
      id: detected.id as Report['profile']['id'], confidence: detected.confidence, detected: detected.detected,
      ...('candidates' in detected && detected.candidates ? { candidates: detected.candidates } : {}),
      label: profile.label,
    },
    findings,
    structure: structure.sections,
    coverage: cov,
    gaps,
    figures,
    length: text.length,
  };
  if (blocks) toBlockOffsets(report, blocks);
  // Added fields: language spans of the analysed text, and each block's language.
  report.languages = langs.spans.map((x) => ({ language: x.language, start: x.start, end: x.end }));
  report.blocks?.forEach((b, i) => { b.language = langs.parts[i]; });
  if (lex.packs?.length) report.packs = lex.packs.map((p) => ({ ...p }));
  return report;
}

/** Figures read block by block: a figure's sentence, and so its category, never depends on the block before. */
function figuresByBlock(text: string, blocks: { start: number; end: number }[]): Figure[] {
  const out: Figure[] = [];
  for (const b of blocks) {
    for (const g of findFigures(text.slice(b.start, b.end))) {
      const start = g.start + b.start, end = g.end + b.start;
      // the sentence as findings get it: within the block, read in the joined text
      const s = sentenceAt(text, start, b.start, b.end);
      out.push({ ...g, start, end, sentence: { start: Math.min(s.start, start), end: Math.max(s.end, end) } });
    }
  }
  return out;
}

/**
 * A stated share of women is evidence of a concept (cues.json figureEvidence): "women are 4 per cent
 * of military personnel" shows the document reports gender balance. Added as findings on the
 * figure's span, kept in text order.
 */
function addFigureFindings(figures: Figure[], findings: Finding[], text: string, index: SectionIndex, lex: Lexicon, blocks?: { start: number; end: number }[]): void {
  let added = false;
  // Is a figure already covered by a finding of its concept? Figures are read in text order and, per
  // concept, its findings (in text order) are swept alongside with the furthest end seen so far, so
  // each finding is looked at once rather than once per figure. A finding added here starts at its
  // figure, so it is behind every later figure too.
  const sweep = new Map<string, { list: Finding[]; next: number; maxEnd: number }>();
  const inOrder = figures.every((g, k) => k === 0 || figures[k - 1]!.start <= g.start) ? figures : [...figures].sort((x, y) => x.start - y.start);
  for (const g of inOrder) {
    const id = figureConcept(g.category, g.group);
    const c = id ? lex.concepts.get(id) : undefined;
    if (!c) continue;
    let sw = sweep.get(c.id);
    if (!sw) sweep.set(c.id, (sw = { list: findings.filter((f) => f.concept === c.id), next: 0, maxEnd: -1 }));
    for (; sw.next < sw.list.length && sw.list[sw.next]!.start <= g.start; sw.next++) sw.maxEnd = Math.max(sw.maxEnd, sw.list[sw.next]!.end);
    if (sw.maxEnd >= g.end) continue;
    sw.maxEnd = Math.max(sw.maxEnd, g.end);
    const section = index.at(g.start);
    findings.push({
      concept: c.id, pillar: c.pillar, genderSpecific: c.genderSpecific, start: g.start, end: g.end, text: g.text,
      sentence: { ...g.sentence }, section: section?.id,
      strength: { verbClass: null, level: 0, mode: 'context' }, negated: false, scopeLimited: false, boilerplate: false,
      procedural: false, unverified: false, label: c.label, annex: index.inAnnex(section),
    });
    if (index.inReference(section)) findings[findings.length - 1]!.reference = true;
    added = true;
  }
  if (added) findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Remove dismissed findings in place; dismissals use the offsets the caller sees (block-local for blocks). */
function dropDismissed(findings: Finding[], list: readonly Dismissal[], blocks?: { id: string; start: number; end: number }[]): void {
  const isDismissed = dismissalFilter(list);
  let w = 0;
  for (const f of findings) {
    const b = blocks ? blocks[blockAt(blocks, f.start)] : undefined;
    const probe = b ? { ...f, start: f.start - b.start, end: f.end - b.start, block: b.id } : f;
    if (!isDismissed(probe)) findings[w++] = f;
  }
  findings.length = w;
}

function pick(d: { id: string; confidence: number; candidates?: { id: string; confidence: number }[] }) {
  return d.candidates ? { id: d.id, confidence: d.confidence, candidates: d.candidates } : { id: d.id, confidence: d.confidence };
}

function strengthFor(section: Section | undefined, index: SectionIndex, pos: number, prose: () => Said): Said {
  if (section && (section.kind === 'operative' || section.kind === 'preambular')) {
    // The governing verb: the last action verb before the match in its paragraph, else the
    // opening verb of the parent paragraph ("Decides that the mandate shall include: (a) …").
    let verb = section.verbs?.filter((v) => v.start <= pos && v.verbClass).at(-1);
    for (let s: Section | undefined = section; !verb && s?.parent; ) {
      s = index.get(s.parent);
      verb = s?.verbs?.find((v) => v.verbClass);
    }
    if (verb) return { strength: resolutionStrength(verb, section.kind === 'preambular') };
  }
  return prose();
}

/** Is the match inside one of the concept's exclusion phrases ("engender", "regardless of gender")? */
function excluded(src: Source, start: number, end: number, set: PhraseSet): boolean {
  const from = Math.max(0, start - EXCLUDE_WINDOW);
  for (const h of set.find(src, from, Math.min(src.text.length, end + EXCLUDE_WINDOW))) {
    if (h.start <= start && h.end >= end) return true;
  }
  return false;
}

/** Block input: findings and figures get offsets into their own block, plus the block id. */
function toBlockOffsets(report: Report, blocks: { id: string; start: number; end: number }[]): void {
  report.blocks = blocks;
  for (const f of report.findings) {
    const b = blocks[blockAt(blocks, f.start)]!;
    f.block = b.id;
    f.start -= b.start; f.end -= b.start;
    f.sentence = { start: f.sentence.start - b.start, end: f.sentence.end - b.start };
  }
  for (const g of report.figures) {
    const b = blocks[blockAt(blocks, g.start)]!;
    g.block = b.id;
    g.start -= b.start; g.end -= b.start;
    g.sentence = { start: g.sentence.start - b.start, end: g.sentence.end - b.start };
  }
  for (const s of report.structure) s.block = blocks[blockAt(blocks, s.start)]?.id;
}
