// The review every surface draws, from one Report: the gaps first (most severe, required first, each with
// a headline that gives the counts), then the findings grouped by the document's own sections, one item per
// sentence, ordered tasks → advice → mentions → stated as absent → procedural, gender-specific first, then
// document order. The counts are defined here once (countedFinding, reviewKind, tally); moving through it
// (filter, search, next/previous) is review-nav.ts.
import { collapseWhitespace, findingsInOrder, isRequiredGap, orderGaps, scoreParts, sentenceEntries, textResolver, type DocInput, type ScoreParts } from './format.ts';
import { conceptLabel, familyName, groupName, gapKindLabel, labelLanguage, profileLabel, sectionCaption, sectionHeading, severityLabel, type Flag, type LabelLanguage, type ReviewKind } from '../lexicon/labels.ts';
import { FAMILIES, pillarFamily, type Family } from '../lexicon/pillars.ts';
import { gapInLanguage } from './advice.ts';
import { PILLAR_IDS, type Finding, type Gap, type PillarId, type Profile, type Report, type Section, type Severity } from '../schema.ts';

import lexiconData from '../data/lexicon.json' with { type: 'json' };

// ---------------------------------------------------------------- what counts, and how it is said

/**
 * A finding counts when it is the document's WPS content: procedural mentions (same-sex searches) and
 * reference findings (contents, notes, bibliography) do not. The same rule as coverage.byPillar, the gaps
 * and the score, so a chart, a filter and the CLI can only agree.
 */
export function countedFinding(f: Finding): boolean {
  return !f.procedural && !f.reference;
}

/**
 * The one kind a finding is sorted, filtered and counted as. Procedural first (it is never counted),
 * then stated as absent, then how it is said. A stock phrase, a scope limit or hearsay are flags, not
 * kinds, so "tasks" is the same number here as in coverage.byPillar.
 */
export function reviewKind(f: Finding): ReviewKind {
  if (f.procedural) return 'procedural';
  if (f.negated) return 'negated';
  return f.strength.mode;
}

/** A counted, not negated, gender-specific finding: what "gender-specific findings" means on every surface. */
export function genderSpecificFinding(f: Finding): boolean {
  return countedFinding(f) && !f.negated && f.genderSpecific;
}

/** Gender-specific findings (genderSpecificFinding) in the main body and in annexes. */
export function genderSplitOf(findings: Iterable<Finding>): { mainBody: number; annex: number } {
  const split = { mainBody: 0, annex: 0 };
  for (const f of findings) if (genderSpecificFinding(f)) { if (f.annex) split.annex++; else split.mainBody++; }
  return split;
}

/** Sort rank of a kind inside a group: tasks, advice, mentions, stated as absent, procedural. */
export const KIND_RANK: Readonly<Record<ReviewKind, number>> = { task: 0, advice: 1, context: 2, negated: 3, procedural: 4 };

/** The flags of one finding, as the filters and the legend name them. */
export function findingFlags(f: Finding): Flag[] {
  const out: Flag[] = [];
  if (f.genderSpecific) out.push('genderSpecific');
  if (f.boilerplate) out.push('boilerplate');
  if (f.scopeLimited) out.push('scopeLimited');
  if (f.unverified) out.push('unverified');
  if (f.annex) out.push('annex');
  if (f.reported) out.push('reported');
  if (f.negated) out.push('negated');
  if (f.procedural) out.push('procedural');
  if (f.reference) out.push('reference');
  return out;
}

/**
 * Counts of a set of findings. `findings` are the counted ones (countedFinding) and split exactly into
 * tasks + advice + mentions + negated; the other numbers are subsets (genderSpecific, boilerplate: not
 * negated) or beside them (procedural: listed, never counted). `concepts`: distinct concepts named (not negated).
 */
export interface Tally {
  findings: number;
  tasks: number;
  advice: number;
  mentions: number;
  negated: number;
  genderSpecific: number;
  boilerplate: number;
  procedural: number;
  concepts: number;
}

function emptyTally(): Tally {
  return { findings: 0, tasks: 0, advice: 0, mentions: 0, negated: 0, genderSpecific: 0, boilerplate: 0, procedural: 0, concepts: 0 };
}

/** Tally a list of findings (reference findings are ignored). */
export function tally(findings: Iterable<Finding>): Tally {
  const t = emptyTally();
  const concepts = new Set<string>();
  for (const f of findings) addTo(t, concepts, f);
  t.concepts = concepts.size;
  return t;
}

function addTo(t: Tally, concepts: Set<string>, f: Finding): void {
  if (f.reference) return;
  if (f.procedural) { t.procedural++; return; }
  t.findings++;
  if (f.negated) { t.negated++; return; }
  if (f.strength.mode === 'task') t.tasks++;
  else if (f.strength.mode === 'advice') t.advice++;
  else t.mentions++;
  if (f.genderSpecific) t.genderSpecific++;
  if (f.boilerplate) t.boilerplate++;
  concepts.add(f.concept);
}

// ---------------------------------------------------------------- the review model

export interface ReviewConcept { id: string; label: string; pillar: PillarId; family: Family; count: number }

/** One sentence with its findings (several concepts in one sentence are one item). */
export interface FindingItem {
  type: 'finding';
  /** Stable while the text is: "f:<block>:<sentence start>". */
  id: string;
  /** Position in review.items. */
  index: number;
  /** Id of the ReviewGroup it is listed in. */
  group: string;
  /** The strongest kind of its findings (KIND_RANK). */
  kind: ReviewKind;
  /** At least one counted, not negated, gender-specific finding. */
  genderSpecific: boolean;
  /** Its findings in text order. */
  findings: Finding[];
  block?: string;
  /** The sentence (block-local offsets for block input, like the findings). */
  sentence: { start: number; end: number };
  /** The sentence, whitespace collapsed; the matched words when the text was not given. */
  text: string;
  concepts: ReviewConcept[];
  families: Family[];
  /** Union of its findings' flags. */
  flags: Flag[];
  /** Innermost section of its first finding. */
  section?: string;
  /** Offset of its first finding in the analysed (joined) text: document order. */
  position: number;
}

/** One gap, with the line a person reads first. */
export interface GapItem {
  type: 'gap';
  /** "gap:<rule>" (a suffix only if a rule appears twice). */
  id: string;
  index: number;
  gap: Gap;
  /** What is missing, in words: the rule's first concept ("Women Protection Advisers"), or for keyword rules "Women, gender or UNSCR 1325". */
  title: string;
  /** "Women, gender or UNSCR 1325 named 0 times in the main body, 26 times in annexes (Annex K)." */
  headline: string;
  severity: Severity;
  severityLabel: string;
  required: boolean;
  /** The gap kind in words ("Only in annexes"). */
  kindLabel: string;
  /** Where it belongs, when the rule names a paragraph (OpOrder paragraph 1–5). */
  section?: { id: string; label: string };
  /** Why, and on what basis: in the review's language when the rule has that language, else the gap's own. */
  reason: string;
  basis: string;
  /** The wording to insert: always in the document's language (gap.suggestion), so it fits the text. */
  suggestion: string;
  /** The same wording in the review's language, when that differs from the document's (to read, not to insert). */
  suggestionTranslation?: string;
  /** Finding items about the rule's concepts (e.g. the annex mentions), document order: where to jump. */
  related: string[];
  families: Family[];
}

export type ReviewItem = GapItem | FindingItem;

/** The findings of one section of the document: a heading, an operative paragraph, an order paragraph, an annex. */
export interface ReviewGroup {
  /** The top-level section's id; "" for findings outside any section. */
  id: string;
  section?: Section;
  /** "Operative paragraph 4", "Paragraph 3: EXECUTION", "EXECUTIVE SUMMARY", "Annex K: GENDER", "Whole document". */
  label: string;
  annex: boolean;
  items: FindingItem[];
  counts: Tally;
}

export interface FamilyTally extends Tally {
  /** Name of the pillar family ("Protection"). */
  label: string;
  /** Its pillar ids (the family's own id first, then its thematic groups), with counts and names ("Protection (general)"). */
  groups: { pillar: PillarId; label: string; counts: Tally }[];
}

export interface ReviewCounts extends Tally {
  /** Sentences with a counted finding (finding items, procedural-only ones left out): what the default filter lists. */
  items: number;
  /** Per pillar id (18): equal to report.coverage.byPillar for findings, tasks, advice, negated and concepts. */
  byPillar: Record<PillarId, Tally>;
  /** Per WPS pillar (5 colour families, thematic groups added in): what charts draw. */
  byFamily: Record<Family, FamilyTally>;
  /** Findings left out of the review (contents, notes, references). */
  reference: number;
  gaps: { total: number; high: number; medium: number; low: number; required: number };
  /** Counted, not negated, gender-specific findings in the main body and in annexes (sum = genderSpecific). */
  genderSplit: { mainBody: number; annex: number };
}

export interface Review {
  language: LabelLanguage;
  source: string;
  profile: { id: string; label: string; detected: boolean; confidence: number };
  score: ScoreParts;
  /** The one line to show first (the keyword gap's headline, or "16 gaps, 11 of them serious"); null without gaps. */
  headline: { text: string; severe: boolean } | null;
  counts: ReviewCounts;
  gaps: GapItem[];
  groups: ReviewGroup[];
  /** Flat navigation order: every gap, then every group's items. */
  items: ReviewItem[];
  /** The document's annexes (outermost), with or without findings, in document order. */
  annexes: { id: string; label: string }[];
}

export interface ReviewOptions {
  /** Language of the labels and headlines (default: the report's; "und" reads English). */
  language?: LabelLanguage;
  /** Concept labels when the report's findings do not carry them (a user lexicon's concepts). */
  conceptLabels?: ReadonlyMap<string, { label: string; pillar: PillarId }>;
  /** Profile labels of a user lexicon, for ids the built-in list does not name. */
  profileLabels?: ReadonlyMap<string, string>;
  /** The lexicon the report was made with: its concepts' and profiles' labels (what the two maps above give). */
  lexicon?: { concepts: ReadonlyMap<string, { label: string; pillar: PillarId }>; profiles: ReadonlyMap<string, Profile> };
  /** Profiles whose rules give a gap's texts in the review's language, without the whole lexicon (a surface sent only the report's profile). */
  profiles?: Iterable<Profile>;
}

const BUILTIN_CONCEPTS: ReadonlyMap<string, { label: string; pillar: PillarId }> = new Map(
  (lexiconData as { concepts: { id: string; label: string; pillar: PillarId }[] }).concepts.map((c) => [c.id, { label: c.label, pillar: c.pillar }]),
);

/** The review of one report (with its text or blocks, to quote sentences). */
export function buildReview(input: Report | DocInput, options: ReviewOptions = {}): Review {
  const doc: DocInput = 'report' in input ? input : { report: input };
  const r = doc.report;
  const lang = options.language ?? labelLanguage(r.language);
  const concepts = options.conceptLabels ?? options.lexicon?.concepts ?? BUILTIN_CONCEPTS;
  const profileFallback = options.profileLabels?.get(r.profile.id) ?? options.lexicon?.profiles.get(r.profile.id)?.label ?? r.profile.label;
  const textOf = textResolver(doc);
  const blockStart = new Map(r.blocks?.map((b) => [b.id, b.start]));
  const global = (f: { block?: string; start: number }) => (f.block !== undefined ? blockStart.get(f.block) ?? 0 : 0) + f.start;
  const sections = new Map(r.structure.map((s) => [s.id, s]));
  const top = (id: string | undefined): Section | undefined => {
    let s = id ? sections.get(id) : undefined;
    while (s?.parent && sections.has(s.parent)) s = sections.get(s.parent)!;
    return s;
  };
  const label = (f: Finding) => conceptLabel(f.concept, lang, f.label ?? concepts.get(f.concept)?.label);

  // Counts: once, over every finding that is not a reference one.
  const all = findingsInOrder(r);
  const listed = all.filter((f) => !f.reference);
  const counts = countAll(listed, all.length - listed.length, r.gaps, lang);

  // Groups: the finding's top-level section, in document order.
  const byGroup = new Map<string, Finding[]>();
  for (const f of listed) {
    const key = top(f.section)?.id ?? '';
    const list = byGroup.get(key);
    if (list) list.push(f); else byGroup.set(key, [f]);
  }
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
    ids.add(id);
    return id;
  };
  const groups: ReviewGroup[] = [];
  for (const [key, fs] of byGroup) {
    const section = key ? sections.get(key) : undefined;
    const entries = sentenceEntries(fs).map((e): FindingItem => {
      const text = textOf(e);
      const sentence = text !== undefined && e.sentence.end <= text.length
        ? collapseWhitespace(text.slice(e.sentence.start, e.sentence.end))
        : [...new Set(e.findings.map((f) => collapseWhitespace(f.text)))].join(' … ');
      const kinds = e.findings.map(reviewKind);
      const kind = kinds.reduce((a, b) => (KIND_RANK[b] < KIND_RANK[a] ? b : a));
      const cs = new Map<string, ReviewConcept>();
      for (const f of e.findings) {
        const c = cs.get(f.concept);
        if (c) c.count++;
        else cs.set(f.concept, { id: f.concept, label: label(f), pillar: f.pillar, family: pillarFamily(f.pillar), count: 1 });
      }
      const flags = new Set<Flag>(e.findings.flatMap(findingFlags));
      return {
        type: 'finding',
        id: uniqueId(`f:${e.block ?? ''}:${e.sentence.start}`),
        index: -1,
        group: key,
        kind,
        genderSpecific: e.findings.some(genderSpecificFinding),
        findings: e.findings,
        ...(e.block !== undefined ? { block: e.block } : {}),
        sentence: e.sentence,
        text: sentence,
        concepts: [...cs.values()],
        families: [...new Set([...cs.values()].map((c) => c.family))],
        flags: [...flags],
        ...(e.findings[0]!.section ? { section: e.findings[0]!.section } : {}),
        position: global(e.findings[0]!),
      };
    });
    entries.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || Number(b.genderSpecific) - Number(a.genderSpecific) || a.position - b.position);
    groups.push({
      id: key,
      ...(section ? { section } : {}),
      label: section ? sectionHeading(section, lang) : lang === 'fr' ? 'Ensemble du document' : 'Whole document',
      annex: section ? isAnnex(section, sections) : false,
      items: entries,
      counts: tally(fs),
    });
  }
  const groupStart = (g: ReviewGroup) => g.section?.start ?? Math.min(...g.items.map((i) => i.position));
  groups.sort((a, b) => groupStart(a) - groupStart(b));

  // A gap's texts in the review's language (an interface language other than the document's), from its rule.
  const profiles = [...(options.profiles ?? []), ...(options.lexicon ? options.lexicon.profiles.values() : [])];
  const advice = (gap: Gap): Pick<GapItem, 'reason' | 'basis' | 'suggestion' | 'suggestionTranslation'> => {
    const own = { reason: gap.reason, basis: gap.basis, suggestion: gap.suggestion };
    if ((gap.language ?? 'en') === lang || profiles.length === 0) return own;
    const other = gapInLanguage(gap, lang, profiles);
    if (other === gap) return own;
    return { reason: other.reason, basis: other.basis, suggestion: gap.suggestion, suggestionTranslation: other.suggestion };
  };

  // Gaps: severity, required first, then the profile's rule order (the report's order).
  const findingItems = groups.flatMap((g) => g.items);
  const gaps = orderGaps(r.gaps).map((gap): GapItem => {
    const ruleConcepts = gap.concepts ?? (gap.concept ? [gap.concept] : []);
    const keyword = ruleConcepts.length === 0;
    const related = findingItems
      .filter((it) => it.findings.some((f) => countedFinding(f) && !f.negated && (keyword ? f.genderSpecific : ruleConcepts.includes(f.concept))))
      .sort((a, b) => a.position - b.position)
      .map((it) => it.id);
    const sec = gap.section ? sections.get(gap.section) : undefined;
    const families = [...new Set(ruleConcepts.map((c) => concepts.get(c)?.pillar).filter((p): p is PillarId => p !== undefined).map(pillarFamily))];
    return {
      type: 'gap',
      id: uniqueId(`gap:${gap.rule}`),
      index: -1,
      gap,
      title: gapTitle(gap, lang, concepts),
      headline: gapHeadline(r, gap, lang, concepts),
      severity: gap.severity,
      severityLabel: severityLabel(gap.severity, lang),
      required: requiredGap(gap),
      kindLabel: gapKindLabel(gap.kind, lang).label,
      ...advice(gap),
      ...(sec ? { section: { id: sec.id, label: sectionHeading(sec, lang) } } : {}),
      related,
      families,
    };
  });

  const items: ReviewItem[] = [...gaps, ...findingItems];
  items.forEach((it, i) => { it.index = i; });
  counts.items = findingItems.filter((it) => it.findings.some(countedFinding)).length;
  return {
    language: lang,
    source: r.source,
    profile: { id: r.profile.id, label: profileLabel(r.profile.id, lang, profileFallback), detected: r.profile.detected, confidence: r.profile.confidence },
    score: scoreParts(r),
    headline: reportHeadline(r, lang),
    counts,
    gaps,
    groups,
    items,
    annexes: r.structure.filter((s) => s.kind === 'annex' && !(s.parent && sections.has(s.parent) && isAnnex(sections.get(s.parent)!, sections)))
      .sort((a, b) => a.start - b.start).map((s) => ({ id: s.id, label: sectionHeading(s, lang) })),
  };
}

function isAnnex(s: Section, sections: ReadonlyMap<string, Section>): boolean {
  for (let x: Section | undefined = s; x; x = x.parent ? sections.get(x.parent) : undefined) if (x.kind === 'annex') return true;
  return false;
}

function countAll(listed: readonly Finding[], reference: number, gaps: readonly Gap[], lang: LabelLanguage): ReviewCounts {
  const byPillar = {} as Record<PillarId, Tally>;
  const pillarConcepts = {} as Record<PillarId, Set<string>>;
  for (const p of PILLAR_IDS) { byPillar[p] = emptyTally(); pillarConcepts[p] = new Set(); }
  const total = emptyTally();
  const totalConcepts = new Set<string>();
  for (const f of listed) {
    addTo(total, totalConcepts, f);
    addTo(byPillar[f.pillar], pillarConcepts[f.pillar], f);
  }
  const split = genderSplitOf(listed);
  total.concepts = totalConcepts.size;
  const byFamily = {} as Record<Family, FamilyTally>;
  for (const fam of FAMILIES) {
    const members = [fam as PillarId, ...PILLAR_IDS.filter((p) => p !== fam && pillarFamily(p) === fam)];
    const t: FamilyTally = { ...emptyTally(), label: familyName(fam, lang), groups: [] };
    const names = new Set<string>();
    for (const p of members) {
      byPillar[p].concepts = pillarConcepts[p].size;
      for (const k of TALLY_SUMS) t[k] += byPillar[p][k];
      for (const c of pillarConcepts[p]) names.add(c);
      t.groups.push({ pillar: p, label: groupName(p, lang), counts: byPillar[p] });
    }
    t.concepts = names.size;
    byFamily[fam] = t;
  }
  const sev = (s: Severity) => gaps.filter((g) => g.severity === s).length;
  return {
    ...total,
    items: 0, // set below from the groups
    byPillar,
    byFamily,
    reference,
    gaps: { total: gaps.length, high: sev('high'), medium: sev('medium'), low: sev('low'), required: gaps.filter(requiredGap).length },
    genderSplit: split,
  };
}

const TALLY_SUMS = ['findings', 'tasks', 'advice', 'mentions', 'negated', 'genderSpecific', 'boilerplate', 'procedural'] as const;

/** Required when the rule says so; a gap without a level (older reports) is required when high. */
const requiredGap = isRequiredGap;

// ---------------------------------------------------------------- headlines

const KEYWORD_SUBJECT: Record<LabelLanguage, string> = { en: 'Women, gender or UNSCR 1325', fr: 'Femmes, genre ou résolution 1325' };

function isMainBodyKeywordRule(g: Gap): boolean {
  return g.rule.endsWith('.main-body-keywords');
}

/** What a gap is about, in words: its rule's first concept ("Women Protection Advisers"), or for keyword rules "Women, gender or UNSCR 1325". */
export function gapTitle(g: Gap, lang: LabelLanguage, concepts: ReadonlyMap<string, { label: string }>): string {
  const id = g.concepts?.[0] ?? g.concept;
  return id ? conceptLabel(id, lang, concepts.get(id)?.label) : KEYWORD_SUBJECT[lang];
}

/** "0 times", "1 time" / « 0 mention », « 3 mentions ». */
function times(n: number, lang: LabelLanguage): string {
  if (lang === 'fr') return `${n} ${n <= 1 ? 'mention' : 'mentions'}`;
  return `${n} ${n === 1 ? 'time' : 'times'}`;
}

function joinAnd(xs: string[], lang: LabelLanguage): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${xs.at(-1)}`;
}

/** The annexes a gap's mentions are in ("Annex K"), from the core's evidence. */
function annexNames(r: Report, g: Gap, lang: LabelLanguage): string[] {
  const ids = g.evidence?.annexSections ?? [];
  return ids.map((id) => r.structure.find((s) => s.id === id)).filter((s): s is Section => s !== undefined).map((s) => sectionCaption(s, lang));
}

/**
 * The counts behind a gap, in one line. The main-body keyword rule of an order reads exactly as the Word
 * pane always said it: "Women, gender or UNSCR 1325 named 0 times in the main body, 26 times in annexes
 * (Annex K)."; other gaps: "<what>: <kind>; named N times in the main text, M times in annexes (…)."
 */
export function gapHeadline(r: Report, g: Gap, lang: LabelLanguage = labelLanguage(r.language), concepts: ReadonlyMap<string, { label: string }> = BUILTIN_CONCEPTS): string {
  const fr = lang === 'fr';
  const body = fr ? 'dans le corps du texte' : r.profile.id === 'oporder' ? 'in the main body' : 'in the main text';
  const ev = g.evidence;
  const keywordRule = isMainBodyKeywordRule(g);
  const sec = g.section ? r.structure.find((s) => s.id === g.section) : undefined;
  const scope = sec ? ` (${sectionCaption(sec, lang)})` : '';
  const head = keywordRule ? KEYWORD_SUBJECT[lang] : `${gapTitle(g, lang, concepts)}${fr ? ' : ' : ': '}${gapKindLabel(g.kind, lang).label.toLowerCase()}${scope}`;
  const sep = fr ? ' ; ' : '; ';
  if (!ev) {
    if (!keywordRule) return `${head}.`;
    return fr ? `${head} : 0 mention ${body}.` : `${head} named 0 times ${body}.`;
  }
  if (!keywordRule && ev.mainBody + ev.annex + ev.negated === 0) return `${head}${sep}${fr ? 'aucune mention' : 'not named anywhere'}.`;
  const annexes = annexNames(r, g, lang);
  const hasAnnexes = ev.annex > 0 || r.structure.some((s) => s.kind === 'annex');
  const where = ev.annex > 0 && annexes.length ? ` (${joinAnd(annexes, lang)})` : '';
  const inAnnexes = hasAnnexes ? `, ${times(ev.annex, lang)} ${fr ? 'en annexe' : 'in annexes'}${where}` : '';
  const negated = ev.negated ? `${sep}${times(ev.negated, lang)} ${fr ? 'seulement pour dire que cela manque' : 'only as absent or not done'}` : '';
  const counted = `${times(ev.mainBody, lang)} ${body}${inAnnexes}${negated}.`;
  if (keywordRule) return fr ? `${head} : ${counted}` : `${head} named ${counted}`;
  return fr ? `${head}${sep}${counted}` : `${head}${sep}named ${counted}`;
}

/**
 * The one line a planner must see first: the main-body keyword gap's headline when there is one, else
 * "3 gaps, 2 of them serious." (« 3 lacunes, dont 2 graves. »); null without gaps.
 */
export function reportHeadline(r: Report, lang: LabelLanguage = labelLanguage(r.language)): { text: string; severe: boolean } | null {
  const main = r.gaps.find(isMainBodyKeywordRule);
  if (main) return { text: gapHeadline(r, main, lang), severe: true };
  if (r.gaps.length === 0) return null;
  const n = r.gaps.length;
  const high = r.gaps.filter((g) => g.severity === 'high').length;
  if (lang === 'fr') return { text: `${n} ${n <= 1 ? 'lacune' : 'lacunes'}${high ? `, dont ${high} ${high <= 1 ? 'grave' : 'graves'}` : ''}.`, severe: high > 0 };
  return { text: `${n} gap${n === 1 ? '' : 's'}${high ? `, ${high} of them serious` : ''}.`, severe: high > 0 };
}

// ---------------------------------------------------------------- summary lines

function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The findings in one line, the same on every surface: "48 findings in 30 sentences: 12 tasks, 5 advice,
 * 28 mentions, 3 stated as absent" / « 48 constats dans 30 phrases : 12 tâches, 5 conseils, 28 mentions, 3 dits absents ».
 */
/** The counts a counts line reads: a review's, or a streamed text's whole-document sums. */
export type ReviewTally = Pick<ReviewCounts, 'findings' | 'items' | 'tasks' | 'advice' | 'mentions' | 'negated' | 'procedural' | 'concepts'>;

export function countsLine(review: { counts: ReviewTally; language: LabelLanguage }): string {
  const c = review.counts;
  if (review.language === 'fr') {
    const fr = (k: number, one: string, many: string) => `${k} ${k <= 1 ? one : many}`;
    return `${fr(c.findings, 'constat', 'constats')} dans ${fr(c.items, 'phrase', 'phrases')} : ${fr(c.tasks, 'tâche', 'tâches')}, `
      + `${fr(c.advice, 'conseil', 'conseils')}, ${fr(c.mentions, 'mention', 'mentions')}, ${fr(c.negated, 'dit absent', 'dits absents')}`;
  }
  return `${n(c.findings, 'finding', 'findings')} in ${n(c.items, 'sentence', 'sentences')}: ${n(c.tasks, 'task', 'tasks')}, `
    + `${c.advice} advice, ${n(c.mentions, 'mention', 'mentions')}, ${c.negated} stated as absent`;
}

/**
 * Where the gender-specific findings are, for a document with annexes (null without): "Gender-specific
 * findings: 1 in the main body (Zero-tolerance policy), 38 in annexes." Naming the few main-body concepts
 * keeps this line from reading as a contradiction of "Women, gender or UNSCR 1325 named 0 times in the
 * main body" (which counts only those words).
 */
export function genderSplitLine(review: Review): string | null {
  if (review.annexes.length === 0 && review.counts.genderSplit.annex === 0) return null;
  const fr = review.language === 'fr';
  const { mainBody, annex } = review.counts.genderSplit;
  const names = new Set<string>();
  for (const g of review.groups) {
    if (g.annex) continue;
    for (const it of g.items) for (const f of it.findings) if (genderSpecificFinding(f) && !f.annex) names.add(it.concepts.find((c) => c.id === f.concept)!.label);
  }
  const named = mainBody > 0 && names.size <= 3 ? ` (${[...names].join(', ')})` : '';
  if (fr) return `Constats propres au genre : ${mainBody} dans le corps du texte${named}, ${annex} en annexe.`;
  return `Gender-specific findings: ${mainBody} in the main body${named}, ${annex} in annexes.`;
}
