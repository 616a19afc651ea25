// The adviser's brief (issue 13, item 9): five minutes with a Force Commander. From a report and the
// text it was computed from: *why* — the shares of women the document states, the shortfalls it
// states, the mandate language it cites; *how* — practical actions from the document's own
// recommendations and, for a document type with rules, from its gaps. Every item is tied to the
// sentence it comes from, with exact offsets. Deterministic: rules and word lists, no model.
import { BLOCK_BREAK } from '../analyze.ts';
import { z } from 'zod';
import {
  actionWords, headingKind, headingWords, imperativeVerb, namesMandate, phraseRe, recommendationShape, verbAfter, wordCount,
  briefData, type BriefLang, type Shape, type VerbHit,
} from './cues.ts';
import type { Figure, Finding, Gap, Report, Section, TextBlock } from '../schema.ts';
import { sentenceAt } from '../text/sentence.ts';

const Offset = z.number().int().nonnegative();

/** Where an item comes from: a sentence of the document (offsets as the report's), or a profile rule. */
export const BriefSource = z.object({
  origin: z.enum(['document', 'profile']),
  start: Offset.optional(),
  end: Offset.optional(),
  /** The sentence (document: exactly input.slice(start, end)), or the rule's reason (profile). */
  text: z.string(),
  section: z.string().optional(),
  /** Title of the heading the sentence sits under. */
  title: z.string().optional(),
  block: z.string().optional(),
  rule: z.string().optional(),
  basis: z.string().optional(),
});
export type BriefSource = z.infer<typeof BriefSource>;

export const BriefKind = z.enum(['figure', 'shortfall', 'mandate', 'recommendation', 'gap']);
export type BriefKind = z.infer<typeof BriefKind>;

export const BriefItem = z.object({
  kind: BriefKind,
  /** The point or the action, in words. */
  text: z.string(),
  source: BriefSource,
  /** Concept ids found in the source sentence that made the item. */
  concepts: z.array(z.string()).optional(),
  /** How strong and concrete the item is; items are listed by it, highest first. */
  weight: z.number(),
  figure: z.object({ percent: z.number(), group: z.string(), category: z.string(), target: z.boolean().optional(), women: z.string().optional() }).optional(),
  gap: z.object({ rule: z.string(), severity: z.string(), kind: z.string(), suggestion: z.string() }).optional(),
});
export type BriefItem = z.infer<typeof BriefItem>;

export const Brief = z.object({
  source: z.string(),
  language: z.enum(['en', 'fr']),
  why: z.array(BriefItem),
  how: z.array(BriefItem),
  /** Honest notes: fewer than three actions, nothing to say why. */
  notes: z.array(z.string()),
});
export type Brief = z.infer<typeof Brief>;

export interface BriefOptions {
  /** Language of the labels and of the cues read: the report's by default ("und" reads as English). */
  language?: 'auto' | 'en' | 'fr';
  /** At most this many items of each kind (defaults: 4 figures, 4 shortfalls, 3 mandate, 7 actions). */
  limits?: Partial<Record<'figure' | 'shortfall' | 'mandate' | 'how', number>>;
}

const LIMITS = { figure: 4, shortfall: 4, mandate: 3, how: 7 };
/** Profiles whose own must/shall/should are the document's tasks, not advice to the reader. */
const ORDER_LIKE = new Set(['mandate', 'thematic-resolution', 'mission-concept', 'conops', 'oporder', 'roe', 'poc-strategy']);
/** Section kinds that hold furniture (contract 2026-12). */
const FURNITURE_KINDS = new Set(['contents', 'notes', 'references']);
/** Concepts that name something an order can assign, staff or count: they make an item concrete. */
const CONCRETE = /^(?:str|bal|trn|ops|data|lead|par|crsv|sea|gbv|rr)-/;
const GENERIC = new Set(['wps-women-girls', 'wps-gender']);
const WOMEN_WORD = /(?<![\p{L}])(?:women|woman|female|females|femmes?|féminin(?:e|es|s)?)(?![\p{L}])/iu;

type Span = { start: number; end: number };
type FigureX = Figure & { sentence?: Span; target?: boolean; women?: string };
type FindingX = Finding & { reference?: boolean };

interface Ctx {
  text: string;
  lang: BriefLang;
  blocks?: { id: string; start: number; end: number }[];
  /** Findings in joined-text offsets, in text order, without references and furniture. */
  findings: FindingX[];
  starts: number[];
  headings: Section[];
  sections: Section[];
  furniture: Span[];
  recommendations: Span[];
}

// ---------------------------------------------------------------- entry point

/** The brief of a report, from the text (or blocks) it was computed from. */
export function brief(report: Report, input: string | readonly TextBlock[], options: BriefOptions = {}): Brief {
  const ctx = context(report, input, options);
  const limits = { ...LIMITS, ...options.limits };
  const why = [
    ...top(figureItems(ctx, report), limits.figure),
    ...top(shortfallItems(ctx), limits.shortfall),
    ...top(mandateItems(ctx), limits.mandate),
  ];
  const how = top(dedupe([...recommendationItems(ctx, report), ...gapItems(ctx, report)]), limits.how)
    .map((it) => { const words = pendingWords.get(it); return words ? { ...it, text: words() } : it; });
  const notes: string[] = [];
  if (how.length < 3) notes.push(fewActionsNote(ctx.lang, how.length, report.gaps.length > 0));
  if (why.length === 0) notes.push(ctx.lang === 'fr'
    ? 'Le document ne donne ni part de femmes, ni manque constaté, ni texte de mandat sur lesquels fonder le « pourquoi ».'
    : 'The document states no share of women, no shortfall and no mandate language to build the "why" on.');
  return { source: report.source, language: ctx.lang, why: why.map((i) => local(ctx, i)), how: how.map((i) => local(ctx, i)), notes };
}

function fewActionsNote(lang: BriefLang, n: number, gaps: boolean): string {
  if (lang === 'fr') {
    const what = n === 0 ? 'aucune action pratique' : n === 1 ? 'une seule action pratique' : `seulement ${n} actions pratiques`;
    return `Le document n'offre que ${what} (dans ses recommandations${gaps ? ' et ses lacunes' : ''}) ; un briefing en demande au moins trois : complétez par vos propres propositions.`;
  }
  const what = n === 0 ? 'no practical action' : n === 1 ? 'only one practical action' : `only ${n} practical actions`;
  return `The document offers ${what} (in its recommendations${gaps ? ' and its gaps' : ''}); a brief needs at least three: add your own.`;
}

function top(items: BriefItem[], n: number): BriefItem[] {
  // Highest weight first; ties keep reading order (items arrive in text order).
  return items.map((it, k) => ({ it, k })).sort((a, b) => b.it.weight - a.it.weight || a.k - b.k).slice(0, Math.max(0, n)).map((x) => x.it);
}

// ---------------------------------------------------------------- context

function context(report: Report, input: string | readonly TextBlock[], options: BriefOptions): Ctx {
  const lang: BriefLang = options.language === 'en' || options.language === 'fr' ? options.language : report.language === 'fr' ? 'fr' : 'en';
  let text: string;
  let blocks: Ctx['blocks'];
  if (typeof input === 'string') text = input;
  else {
    text = input.map((b) => b.text).join(BLOCK_BREAK);
    if (report.blocks?.length === input.length) blocks = report.blocks.map((b) => ({ id: b.id, start: b.start, end: b.end }));
    else {
      let pos = 0;
      blocks = input.map((b) => { const r = { id: b.id, start: pos, end: pos + b.text.length }; pos += b.text.length + BLOCK_BREAK.length; return r; });
    }
  }
  const blockStart = new Map(blocks?.map((b) => [b.id, b.start]) ?? []);
  const shift = (o: { block?: string }) => (o.block !== undefined ? blockStart.get(o.block) ?? 0 : 0);

  const sections = [...report.structure].sort((a, b) => a.start - b.start || b.end - a.end);
  const found = sections.filter((s) => s.kind === 'heading' && s.title);
  const headings = withOwnHeadings(found, text, blocks);
  const furniture: Span[] = [];
  for (const s of found.length ? sections : [...sections, ...headings]) {
    if (FURNITURE_KINDS.has(s.kind) || (s.kind === 'heading' && s.title && headingKind(s.title) === 'furniture')) furniture.push({ start: s.start, end: s.end });
  }
  const recommendations = recommendationRegions(headings, furniture, text.length);

  const ctx: Ctx = { text, lang, blocks, findings: [], starts: [], headings, sections, furniture, recommendations };
  for (const f of report.findings as FindingX[]) {
    const d = shift(f);
    const g: FindingX = { ...f, start: f.start + d, end: f.end + d, sentence: { start: f.sentence.start + d, end: f.sentence.end + d } };
    if (g.reference || inSpans(furniture, g.start)) continue;
    ctx.findings.push(g);
  }
  ctx.findings.sort((a, b) => a.start - b.start || a.end - b.end);
  ctx.starts = ctx.findings.map((f) => f.start);
  return ctx;
}

/**
 * The spans a document's recommendations cover: from a heading that opens them to the next heading
 * that is not one of their sub-headings (a heading that names recommendations again, a lower-case
 * heading under an upper-case one, a sub-number "5.2" under "5").
 */
function recommendationRegions(headings: Section[], furniture: Span[], length: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (headingKind(h.title!) !== 'recommendations') continue;
    let end = h.end;
    let j = i + 1;
    for (; j < headings.length; j++) {
      const n = headings[j]!;
      if (n.start < h.end && n.end <= h.end) continue; // nested inside
      if (!subHeading(n, h)) break;
      end = Math.max(end, n.end);
    }
    const cut = furniture.find((f) => f.start > h.start && f.start < end);
    out.push({ start: h.start, end: Math.min(cut ? cut.start : end, length) });
    i = j - 1;
  }
  return out;
}

/**
 * The structure's headings, plus the recommendation and furniture headings it missed (a PDF puts no
 * blank line before "Recommendations"; a report read with a resolution's layout has no headings at
 * all, and then every heading-like line is taken). Each added heading runs to the next heading.
 */
function withOwnHeadings(found: Section[], text: string, blocks?: Span[]): Section[] {
  const have = new Set(found.map((h) => h.start));
  // Blocks (Word paragraphs, page elements) are joined by a blank line (analyze's BLOCK_BREAK): each starts as after one.
  const added = headingLines(text, found.length === 0 || blocks !== undefined, blocks ? new Set(blocks.map((b) => b.start)) : undefined).filter((h) => !have.has(h.start));
  if (!added.length) return found;
  const all = [...found, ...added].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) if (added.includes(all[i]!)) all[i]!.end = all[i + 1]?.start ?? text.length;
  return all;
}

/** Heading lines: recommendation and furniture headings anywhere; with `any`, every heading-like line after a blank one. */
function headingLines(text: string, any: boolean, blockStarts?: Set<number>): Section[] {
  const out: Section[] = [];
  let prevBlank = true;
  for (let pos = 0; pos <= text.length;) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const t = text.slice(pos, Math.min(end, pos + 200)).trim();
    if (blockStarts?.has(pos)) prevBlank = true;
    if (!t) prevBlank = true;
    else {
      const lead = pos + text.slice(pos, end).search(/\S/);
      if (standsAsHeading(t, prevBlank) || (any && prevBlank && looksLikeHeading(t))) out.push({ id: `brief-h-${out.length + 1}`, kind: 'heading', title: t, start: lead, end: text.length });
      prevBlank = false;
    }
    if (end >= text.length) break;
    pos = end + 1;
  }
  return out;
}

const PAGE_NUMBER = /(?:\t|\.{3,}|…+|\s)[\s\u00A0]*\d{1,4}$/u;

/**
 * A recommendation or furniture heading on a line of its own: after a blank line any short such line;
 * without one, only a line that opens with the heading word and goes on, if at all, with "for …"
 * ("Recommendations for the mission"), never with a verb ("Recommendations are …"). Contents lines
 * ("Recommendations\t26") are not headings.
 */
function standsAsHeading(t: string, prevBlank: boolean): boolean {
  if (t.length > 100 || PAGE_NUMBER.test(t) || /[.;,!?]$/u.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false;
  const kind = headingKind(t);
  if (!kind) return false;
  if (prevBlank) return wordCount(t) <= 12;
  const words = headingWords(t).split(' ');
  return /^(?:recommendations?|recommandations?|references|bibliography|bibliographie|références|endnotes|notes|sources|contents)$/u.test(words[0]!)
    && (words.length === 1 || /^(?:for|to|on|of|pour|à|aux|au|sur|de|des|du|and|et)$/u.test(words[1]!));
}

const MINOR_WORD = /^(?:and|of|the|in|on|for|to|a|an|with|by|at|or|de|des|et|la|le|les|du|d'|l'|en|dans|pour|aux?)$/iu;

export function looksLikeHeading(t: string): boolean {
  if (t.length < 3 || t.length > 100 || /[.;,!?]$/u.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false;
  if (/^\d{1,3}[.)]\s+\p{Ll}/u.test(t) || /^[-•*–▪●]/u.test(t)) return false; // a list item
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (letters === letters.toUpperCase()) return true;
  const words = t.replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Z])[.)]\s+/u, '').split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0 || words.length > 10) return false;
  // Title Case, or a short sentence-case heading that names recommendations or furniture.
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && MINOR_WORD.test(w))) || (words.length <= 6 && headingKind(t) !== null);
}

function subHeading(n: Section, h: Section): boolean {
  const k = headingKind(n.title!);
  if (k === 'furniture') return false;
  if (k === 'recommendations' || n.parent === h.id) return true;
  const caps = (t: string) => { const l = t.replace(/[^\p{L}]/gu, ''); return l.length > 1 && l === l.toUpperCase(); };
  if (caps(h.title!) && !caps(n.title!)) return true;
  const num = (t: string) => /^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]?\s/.exec(t)?.[1];
  const a = num(h.title!);
  const b = num(n.title!);
  return Boolean(a && b && b.startsWith(`${a}.`));
}

function inSpans(spans: Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}

function blockBounds(ctx: Ctx, pos: number): Span {
  if (!ctx.blocks) return { start: 0, end: ctx.text.length };
  let lo = 0;
  let hi = ctx.blocks.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.blocks[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ctx.blocks[ans]!;
}

/** Findings that start inside [lo, hi). */
function findingsIn(ctx: Ctx, lo: number, hi: number): FindingX[] {
  let a = 0;
  let b = ctx.starts.length;
  while (a < b) { const m = (a + b) >> 1; if (ctx.starts[m]! < lo) a = m + 1; else b = m; }
  const out: FindingX[] = [];
  for (let k = a; k < ctx.findings.length && ctx.findings[k]!.start < hi; k++) out.push(ctx.findings[k]!);
  return out;
}

// Leading list markers and labels a quoted sentence does without: "- 01** | ", "1. ", "(a) ", "•",
// "Recommendation 3: ".
const LEAD = /^[\s\u00A0]*(?:[-•*–—▪●›◦·>]+[\s\u00A0]*)?(?:(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)][\s\u00A0]+|\([\s\u00A0]*(?:\d{1,3}|[a-zA-Z]|[ivx]{1,5})[\s\u00A0]*\)[\s\u00A0]*|\d{1,3}[\s\u00A0]*\**[\s\u00A0]*[|:–—-][\s\u00A0]*)?(?:\*\*[\s\u00A0]*)?(?:(?:recommendations?|recommandations?)[\s\u00A0]*(?:n[°o]\.?[\s\u00A0]*)?\d{0,3}[\s\u00A0]*[:.–—-][\s\u00A0]*)?/iu;

/** A sentence as quoted: its list marker and label left out, whitespace trimmed; offsets stay exact. */
function quoteSpan(ctx: Ctx, s: Span): Span & { text: string } {
  let { start, end } = s;
  const m = LEAD.exec(ctx.text.slice(start, Math.min(end, start + 60)));
  if (m && m[0].length < end - start) start += m[0].length;
  while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
  while (start < end && /\s/.test(ctx.text[start]!)) start++;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Page furniture: a contents line ("Recommendations ..... 26"), a page number, a stub of under three words. */
export function isFurniture(sentence: string): boolean {
  const t = sentence.trim();
  if (wordCount(t) < 3) return true;
  if (/(?:\t|\.{4,}|…{2,}| {3,})[\s\u00A0]*\d{1,4}[\s\u00A0]*$/u.test(t)) return true;
  if (/^(?:page|p\.)[\s\u00A0]*\d+/iu.test(t)) return true;
  return false;
}

function sourceOf(ctx: Ctx, q: Span & { text: string }): BriefSource {
  let section: Section | undefined;
  for (const s of ctx.sections) if (s.start <= q.start && q.start < s.end && (!section || s.start >= section.start)) section = s;
  let title: string | undefined;
  for (const h of ctx.headings) if (h.start <= q.start && q.start < h.end) title = h.title;
  return { origin: 'document', start: q.start, end: q.end, text: q.text, section: section?.id, title };
}

/** Back to the report's offsets: block-local with the block id for block input. */
function local(ctx: Ctx, item: BriefItem): BriefItem {
  const s = item.source;
  if (!ctx.blocks || s.origin !== 'document' || s.start === undefined || s.end === undefined) return item;
  const b = blockBounds(ctx, s.start) as { id: string; start: number; end: number };
  return { ...item, source: { ...s, start: s.start - b.start, end: s.end - b.start, block: b.id } };
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// ---------------------------------------------------------------- why: figures

function figureItems(ctx: Ctx, report: Report): BriefItem[] {
  const out: BriefItem[] = [];
  const seen = new Set<string>();
  const blockStart = new Map(ctx.blocks?.map((b) => [b.id, b.start]) ?? []);
  for (const g of report.figures as FigureX[]) {
    // Only shares of women: the mission's or the host nation's people, never a population statistic.
    if (g.category !== 'mission-personnel' && g.category !== 'host-nation') continue;
    if (g.women === 'girls') continue;
    const d = g.block !== undefined ? blockStart.get(g.block) ?? 0 : 0;
    const start = g.start + d;
    if (inSpans(ctx.furniture, start)) continue;
    const b = blockBounds(ctx, start);
    const own = g.sentence && g.sentence.start + d <= start && g.sentence.end + d >= g.end + d ? { start: g.sentence.start + d, end: g.sentence.end + d } : undefined;
    const q = quoteSpan(ctx, own ?? sentenceAt(ctx.text, start, b.start, b.end));
    // Without the figure helper's `women` field, the sentence itself must name women.
    if (g.women === undefined && !WOMEN_WORD.test(q.text)) continue;
    const k = `${q.start}:${g.percent}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const pct = `${ctx.lang === 'fr' ? String(g.percent).replace('.', ',') : g.percent}\u00A0%`;
    const group = g.group && !WOMEN_WORD.test(g.group) ? ` (${g.group})` : '';
    const text = ctx.lang === 'fr'
      ? (g.target ? `Objectif : ${pct} de femmes${group}` : `Femmes : ${pct}${group}`)
      : (g.target ? `Target: ${pct} women${group}` : `Women: ${pct}${group}`);
    out.push({
      kind: 'figure', text, source: sourceOf(ctx, q),
      weight: 3 + (g.category === 'mission-personnel' ? 1 : 0) - (g.target ? 1 : 0),
      figure: { percent: g.percent, group: g.group, category: g.category, ...(g.target !== undefined ? { target: g.target } : {}), ...(g.women ? { women: g.women } : {}) },
    });
  }
  return out;
}

// ---------------------------------------------------------------- why: shortfalls and mandate

/** Findings grouped by their sentence, in text order. */
function bySentence(list: FindingX[]): FindingX[][] {
  const groups = new Map<number, FindingX[]>();
  for (const f of list) {
    const g = groups.get(f.sentence.start);
    if (g) g.push(f); else groups.set(f.sentence.start, [f]);
  }
  return [...groups.values()];
}

function distinctWords(list: FindingX[], max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of list) {
    const w = f.text.replace(/\s+/g, ' ').trim();
    const k = key(w);
    // A shorter match inside a longer one adds nothing ("women" inside "women's organisations").
    if (seen.has(k) || out.some((o) => key(o).includes(k))) continue;
    seen.add(k);
    out.push(w);
    if (out.length === max) break;
  }
  return out;
}

function shortfallItems(ctx: Ctx): BriefItem[] {
  const out: BriefItem[] = [];
  const seen = new Set<string>();
  const negated = ctx.findings.filter((f) => f.negated && f.genderSpecific && !f.procedural);
  for (const group of bySentence(negated)) {
    const q = quoteSpan(ctx, group[0]!.sentence);
    if (isFurniture(q.text)) continue;
    const k = key(q.text);
    if (seen.has(k)) continue; // the same sentence twice (an executive summary repeating a finding)
    seen.add(k);
    // Name the concrete concept first: "gender focal point" over the bare "women" of the same sentence.
    const ordered = [...group].sort((a, b) => Number(GENERIC.has(a.concept)) - Number(GENERIC.has(b.concept)));
    const words = distinctWords(ordered, 3);
    const concrete = group.some((f) => !GENERIC.has(f.concept));
    const text = ctx.lang === 'fr' ? `Manque constaté : ${words.join(', ')}` : `Shortfall stated: ${words.join(', ')}`;
    out.push({
      kind: 'shortfall', text, source: sourceOf(ctx, q), concepts: [...new Set(group.map((f) => f.concept))],
      weight: 2 + (concrete ? 1 : 0) + (group.some((f) => CONCRETE.test(f.concept)) ? 0.5 : 0) + (group.some((f) => f.annex) ? 0 : 0.5) - (wordCount(q.text) > 80 ? 0.5 : 0),
    });
  }
  return out;
}

/** Which words name a mandate sentence best: protection and violence concepts before reporting and the bare "women". */
function mandateRank(f: FindingX): number {
  if (GENERIC.has(f.concept)) return 3;
  if (f.concept.startsWith('data-')) return 2;
  return CONCRETE.test(f.concept) || f.concept.startsWith('pro-') || f.concept.startsWith('gm-') ? 0 : 1;
}

function mandateItems(ctx: Ctx): BriefItem[] {
  const out: BriefItem[] = [];
  const seen = new Set<string>();
  const relevant = ctx.findings.filter((f) => !f.negated && !f.procedural && (f.pillar === 'legal-frame' ? f.concept !== 'legal-national-law' : f.genderSpecific));
  for (const group of bySentence(relevant)) {
    const legal = group.filter((f) => f.pillar === 'legal-frame');
    const gender = group.filter((f) => f.genderSpecific);
    const wps = legal.some((f) => f.genderSpecific);
    // Mandate language: a WPS text cited, or a mandate named together with a gender-specific concept.
    // (Cheap tests first: most sentences with a gender-specific concept cite nothing.)
    if (!wps && gender.length === 0) continue;
    const sent = group[0]!.sentence;
    const mandate = namesMandate(ctx.text.slice(sent.start, sent.end), ctx.lang);
    if (!wps && !mandate && legal.length === 0) continue;
    const q = quoteSpan(ctx, sent);
    if (isFurniture(q.text)) continue;
    const k = key(q.text);
    if (seen.has(k)) continue;
    seen.add(k);
    const words = distinctWords(legal.length ? legal : [...gender].sort((a, b) => mandateRank(a) - mandateRank(b)), 4);
    const text = ctx.lang === 'fr' ? `Mandat et textes cités : ${words.join(', ')}` : `Mandate language: ${words.join(', ')}`;
    out.push({
      kind: 'mandate', text, source: sourceOf(ctx, q), concepts: [...new Set(group.map((f) => f.concept))],
      weight: 2 + (legal.some((f) => f.genderSpecific) ? 2 : 0) + (mandate ? 1.5 : 0) + (gender.some((f) => f.pillar !== 'legal-frame') ? 1 : 0)
        + Math.min(legal.length, 3) * 0.25 - (wordCount(q.text) > 80 ? 0.5 : 0),
    });
  }
  return out;
}

// ---------------------------------------------------------------- how: the document's recommendations

const CONCRETE_DETAIL = /(?<![\p{L}\p{N}])(?:\d+[\s\u00A0]?(?:%|per[\s\u00A0]?cent|pour[\s\u00A0]cent|days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?)|by[\s\u00A0]+(?:19|20)\d\d|d['’]ici[\s\u00A0]+(?:19|20)\d\d|within|dans un délai)(?![\p{L}])/iu;

let cueScan: Map<BriefLang, RegExp> | undefined;
function anyCue(lang: BriefLang): RegExp {
  cueScan ??= new Map();
  let re = cueScan.get(lang);
  if (!re) {
    const l = briefData()[lang];
    re = phraseRe([...l.recommend, ...l.must, ...l.should], 'giu');
    cueScan.set(lang, re);
  }
  return re;
}

const pendingWords = new WeakMap<BriefItem, () => string>();

function recommendationItems(ctx: Ctx, report: Report): BriefItem[] {
  const out: BriefItem[] = [];
  const seen = new Set<number>();
  const consider = (s: Span, inRegion: boolean) => {
    const q = quoteSpan(ctx, s);
    if (seen.has(q.start)) return;
    seen.add(q.start);
    const gender = findingsIn(ctx, q.start, q.end).filter((f) => f.genderSpecific && !f.negated && !f.procedural);
    // Outside a recommendations section a must/should counts only where it is about WPS.
    if (!inRegion && gender.length === 0) return;
    if (isFurniture(q.text)) return;
    const shape = recommendationShape(q.text, ctx.lang);
    const imp = inRegion ? imperativeVerb(q.text, ctx.lang) : null;
    if (!shape.cue && !imp) return;
    const verb = imp ?? (shape.cue ? verbAfter(q.text, shape.cueEnd, ctx.lang) : null);
    const item: BriefItem = {
      kind: 'recommendation', text: '', source: sourceOf(ctx, q), concepts: [...new Set(gender.map((f) => f.concept))],
      weight: actionWeight(q.text, inRegion, shape, imp, verb, gender),
    };
    // The words of the action are made only for the actions listed (see brief()).
    pendingWords.set(item, () => actionWords(q.text, ctx.lang, imp && (!shape.cue || shape.cueStart > 0) ? { ...shape, cue: null } : shape));
    out.push(item);
  };
  for (const r of ctx.recommendations) {
    for (let pos = r.start; pos < r.end;) {
      while (pos < r.end && /\s/.test(ctx.text[pos]!)) pos++;
      if (pos >= r.end) break;
      const b = blockBounds(ctx, pos);
      const s = sentenceAt(ctx.text, pos, b.start, Math.min(b.end, r.end));
      const span = { start: Math.max(s.start, pos), end: Math.min(s.end, r.end) };
      if (span.end > span.start) consider(span, true);
      pos = Math.max(s.end, pos + 1);
    }
  }
  // Recommendation-shaped sentences elsewhere, except in orders and resolutions, where must/shall/should are the text's own tasks.
  const orderLike = ORDER_LIKE.has(report.profile.id) || ctx.sections.some((s) => s.kind === 'operative' || s.kind === 'opord-paragraph');
  if (!orderLike) {
    const re = anyCue(ctx.lang);
    re.lastIndex = 0;
    let lastEnd = -1;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (m.index < lastEnd || inSpans(ctx.recommendations, m.index) || inSpans(ctx.furniture, m.index)) continue;
      const b = blockBounds(ctx, m.index);
      const s = sentenceAt(ctx.text, m.index, b.start, b.end);
      lastEnd = s.end;
      consider(s, false);
    }
  }
  return out.sort((a, b) => a.source.start! - b.source.start!);
}

function actionWeight(sentence: string, inRegion: boolean, shape: Shape, imp: VerbHit | null, verb: VerbHit | null, gender: FindingX[]): number {
  let w = inRegion ? 3 : 0;
  if (shape.cue === 'recommend') w += 2;
  else if (shape.cue === 'must') w += 1.5;
  else if (shape.cue === 'should') w += 1;
  if (imp) w += 2;
  if (verb) w += verb.grade === 'strong' ? 1.5 : verb.grade === 'plain' ? 0.5 : -1;
  if (shape.hedged) w -= 1;
  const concepts = new Set(gender.map((f) => f.concept));
  if (concepts.size) w += 2 + Math.min(concepts.size - 1, 2) * 0.5;
  if (gender.some((f) => CONCRETE.test(f.concept))) w += 0.5;
  if (CONCRETE_DETAIL.test(sentence)) w += 0.5;
  if (/:\s*$/.test(sentence)) w -= 2; // it introduces a list rather than saying the action
  const n = wordCount(sentence);
  if (n > 60) w -= 1;
  if (n < 4) w -= 2;
  return w;
}

// ---------------------------------------------------------------- how: the gaps of a document type with rules

const GAP_LEAD: Record<BriefLang, Record<Gap['kind'], string>> = {
  en: {
    missing: 'Add to {where}', 'annex-only': 'Bring from the annex into {where}', 'advice-only': 'Make it a task in {where}',
    'negated-only': 'Close the shortfall the document states in {where}', 'boilerplate-only': 'Give it an actor, a task and means in {where}',
    'preamble-only': 'Put it in an operative paragraph of {where}',
  },
  fr: {
    missing: 'Ajouter dans {where}', 'annex-only': "Reprendre de l'annexe dans {where}", 'advice-only': 'En faire une tâche dans {where}',
    'negated-only': 'Combler le manque que le document constate dans {where}', 'boilerplate-only': 'Lui donner un acteur, une tâche et des moyens dans {where}',
    'preamble-only': 'Le placer dans un paragraphe du dispositif de {where}',
  },
};
const SEVERITY_WEIGHT = { high: 6, medium: 4, low: 2.5 } as const;
// A draft paragraph's number and label: "3.c.(1)(x) ", "1.d. Gender analysis. ", "4.x. Medical. ".
const DRAFT_NUMBER = /^[\s\u00A0]*(?:\d{1,2}(?:\.(?:[a-z]|\d{1,2}|\([^)]{1,4}\)|x))*\.?(?:\([^)]{1,4}\))*[\s\u00A0]+)/iu;
const DRAFT_LABEL = /^(?:[\p{Lu}][\p{L}'’ ,-]{0,40}|[\p{Lu}]{2,10})\.[\s\u00A0]+(?=\p{Lu}|\[)/u;

/** The wording a gap suggests, without its paragraph number and label, shortened. */
function draftWords(suggestion: string, lang: BriefLang): string {
  let s = suggestion.replace(/\s+/g, ' ').trim().replace(DRAFT_NUMBER, '');
  const label = DRAFT_LABEL.exec(s);
  if (label && wordCount(s.slice(label[0].length)) >= 4) s = s.slice(label[0].length);
  s = s.split(/(?<=[.!?])\s+(?=[\p{Lu}[])/u)[0]!; // its first sentence
  return actionWords(s, lang, { cue: null, cueStart: -1, cueEnd: -1, hedged: false });
}

function gapItems(ctx: Ctx, report: Report): BriefItem[] {
  const out: BriefItem[] = [];
  for (const gap of report.gaps) {
    const where = gapPlace(ctx, gap);
    const lead = GAP_LEAD[ctx.lang][gap.kind].replace('{where}', where);
    const evidence = gap.kind === 'missing' ? undefined : evidenceOf(ctx, gap);
    const source: BriefSource = evidence
      ? { ...sourceOf(ctx, quoteSpan(ctx, evidence.sentence)), rule: gap.rule, basis: gap.basis }
      : { origin: 'profile', text: gap.reason.replace(/\s+/g, ' ').trim(), rule: gap.rule, basis: gap.basis };
    out.push({
      kind: 'gap', text: `${lead}${ctx.lang === 'fr' ? '\u00A0: ' : ': '}${draftWords(gap.suggestion, ctx.lang)}`, source,
      concepts: gap.concepts ?? (gap.concept ? [gap.concept] : undefined),
      weight: SEVERITY_WEIGHT[gap.severity] + (gap.level === 'required' || (gap.level === undefined && gap.severity === 'high') ? 1 : 0),
      gap: { rule: gap.rule, severity: gap.severity, kind: gap.kind, suggestion: gap.suggestion },
    });
  }
  return out;
}

function gapPlace(ctx: Ctx, gap: Gap): string {
  const fr = ctx.lang === 'fr';
  const s = gap.section ? ctx.sections.find((x) => x.id === gap.section) : undefined;
  if (s?.kind === 'opord-paragraph') return `${fr ? 'le paragraphe' : 'paragraph'} ${s.number}${s.title ? ` (${s.title})` : ''}`;
  if (s?.title) return `${fr ? 'la section' : 'the section'} “${s.title}”`;
  if (gap.kind === 'annex-only') return fr ? 'le corps du texte' : 'the main body';
  return fr ? 'le document' : 'the document';
}

/** The finding that shows the gap's kind in the document: the annex mention, the advice, the negation. */
function evidenceOf(ctx: Ctx, gap: Gap): FindingX | undefined {
  const ids = new Set(gap.concepts ?? (gap.concept ? [gap.concept] : []));
  const fits = (f: FindingX): boolean => {
    switch (gap.kind) {
      case 'annex-only': return Boolean(f.annex) && !f.negated;
      case 'advice-only': return f.strength.mode === 'advice' && !f.negated;
      case 'negated-only': return f.negated;
      case 'boilerplate-only': return f.boilerplate && !f.negated;
      case 'preamble-only': return !f.negated && ctx.sections.some((s) => s.id === f.section && (s.kind === 'preambular' || s.kind === 'preamble'));
      default: return false;
    }
  };
  // A heading ("ANNEX K – GENDER", "Gender Analysis.") shows where, not what: quote a sentence that says it.
  return ctx.findings.find((f) => (ids.size ? ids.has(f.concept) : f.genderSpecific) && !f.procedural && fits(f) && saysSomething(quoteSpan(ctx, f.sentence).text));
}

function saysSomething(sentence: string): boolean {
  const n = wordCount(sentence);
  return n >= 14 || (n >= 5 && /[.!?;»”"]\s*$/u.test(sentence));
}

// ---------------------------------------------------------------- how: one action once

/** The same action twice (two gaps, a summary repeating a recommendation): the stronger one stays. */
function dedupe(items: BriefItem[]): BriefItem[] {
  const kept: { item: BriefItem; words: Set<string> }[] = [];
  for (const item of items) {
    const words = new Set(key(item.kind === 'gap' ? item.text : item.source.text).split(' ').filter((w) => w.length > 2));
    const twin = kept.find((k) => same(k.words, words) || (item.source.start !== undefined && k.item.source.start === item.source.start));
    if (!twin) { kept.push({ item, words }); continue; }
    if (item.weight > twin.item.weight) { twin.item = item; twin.words = words; }
  }
  return kept.map((k) => k.item);
}

/**
 * Two actions are the same when their words mostly coincide (Jaccard ≥ 0.8), or when one says all of
 * the other's words and a few more ("The battalion must appoint X" and "Appoint X"), given four or more.
 */
export function same(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  const small = Math.min(a.size, b.size);
  return n / (a.size + b.size - n) >= 0.8 || (small >= 4 && n / small >= 0.9);
}
