// compare(old, new): what a renewal, a redraft or tracked changes did to a document's WPS language.
// Each side is analysed once (or its report reused), cut into paragraphs and sub-paragraphs, aligned
// by content (align.ts) and every WPS provision of either side classified exactly once (classify.ts);
// then counts per pillar and concept, gaps opened and closed under one profile, figures changed, and
// a summary. compareSeries() runs the same over an ordered list of versions, each analysed once.
import { loadLexicon, type Lexicon } from '../lexicon/compile.ts';
import { evaluateRules, gapsOf } from '../report/gaps.ts';
import { gapTitle } from '../report/review.ts';
import { FAMILIES, familyCoverage, familyLabel, pillarLabel } from '../lexicon/pillars.ts';
import { SectionIndex } from '../text/sections.ts';
import { PILLAR_IDS, type Figure, type Gap, type PillarId } from '../schema.ts';
import { align, type AlignOptions } from './align.ts';
import { classify } from './classify.ts';
import { prepare, type CompareInput, type PrepareOptions, type Version } from './provisions.ts';
import type { Change, Comparison, ComparisonSeries, Counts, FigureChange, TrendRow } from './schema.ts';
import { noteFor, summarize, summarizeSeries } from './summary.ts';
import { pillarName } from './words.ts';

export interface CompareOptions extends PrepareOptions, AlignOptions {
  /** Language of the summary and notes; default: the new document's ("fr" → French, otherwise English). */
  summaryLanguage?: 'en' | 'fr';
  /** Sources shown for each side when the inputs carry none (file names, "S/RES/2765 (2024)"). */
  oldSource?: string;
  newSource?: string;
}

/** Compare two versions: texts, block lists, reports, or { text, report } pairs (or versions from prepareVersion()). */
export function compare(oldInput: CompareInput | Version, newInput: CompareInput | Version, options: CompareOptions = {}): Comparison {
  const lexicon = options.lexicon ?? loadLexicon();
  const a = prepare(oldInput, { ...options, lexicon, source: options.oldSource });
  const b = prepare(newInput, { ...options, lexicon, source: options.newSource });
  return compareVersions(a, b, { ...options, lexicon });
}

/** Analyse one side once and cut it into provisions, to compare it with several others (series, surfaces). */
export function prepareVersion(input: CompareInput, options: PrepareOptions = {}): Version {
  return prepare(input, options);
}

type ProfileChoice = Comparison['profile'];

function chooseProfile(a: Version, b: Version, given?: string): ProfileChoice {
  if (given && given !== 'auto') return { id: given, basis: 'given' };
  const pa = a.report.profile, pb = b.report.profile;
  if (pa.id === pb.id) return { id: pa.id, basis: 'both' };
  return pa.confidence > pb.confidence ? { id: pa.id, basis: 'old' } : { id: pb.id, basis: 'new' };
}

/** The version's gaps under a profile: its own when it was analysed with that profile, else judged again (cheap: no new analysis). */
function gapsUnder(v: Version, profileId: string, lexicon: Lexicon): Gap[] {
  if (v.report.profile.id === profileId) return v.report.gaps;
  const profile = lexicon.profiles.get(profileId);
  if (!profile) return v.report.gaps;
  // A version in a series is judged under the series' profile twice (as new, then as old): once is enough.
  let cache = judged.get(v);
  if (!cache) judged.set(v, (cache = new Map()));
  const hit = cache.get(profile);
  if (hit) return hit;
  const gaps = judge(v, profile);
  cache.set(profile, gaps);
  return gaps;
}
const judged = new WeakMap<Version, Map<object, Gap[]>>();

function judge(v: Version, profile: Parameters<typeof evaluateRules>[0]): Gap[] {
  const structure = v.report.structure;
  const resolution = structure.some((s) => s.kind === 'preamble' || s.kind === 'operative' || s.kind === 'preambular');
  return gapsOf(evaluateRules(profile, { text: v.text ?? '', findings: v.findings, index: new SectionIndex(structure), resolution }));
}

const counts = (o: number, n: number): Counts => ({ old: o, new: n, change: n - o });

function figureKey(f: Figure): string {
  return `${f.category}|${f.group}|${f.target ? 1 : 0}|${f.women ?? ''}`;
}

/** Stated shares of women, paired by what they count (category, group, target, whom), in order. */
function figureChanges(a: readonly Figure[], b: readonly Figure[]): FigureChange[] {
  const side = (f: Figure) => ({ start: f.start, end: f.end, text: f.text, percent: f.percent, ...(f.block !== undefined ? { block: f.block } : {}) });
  const byKey = new Map<string, Figure[]>();
  for (const f of a) { const l = byKey.get(figureKey(f)); if (l) l.push(f); else byKey.set(figureKey(f), [f]); }
  const out: FigureChange[] = [];
  const used = new Set<Figure>();
  for (const f of b) {
    const list = byKey.get(figureKey(f)) ?? [];
    // The same percentage first (kept), else the next unpaired one (changed).
    const same = list.find((x) => !used.has(x) && x.percent === f.percent);
    const o = same ?? list.find((x) => !used.has(x));
    if (o) used.add(o);
    if (o && o.percent === f.percent) continue;
    const head = { group: f.group, category: f.category, target: Boolean(f.target) };
    out.push(o ? { status: 'changed', ...head, old: side(o), new: side(f) } : { status: 'added', ...head, new: side(f) });
  }
  for (const o of a) if (!used.has(o)) out.push({ status: 'removed', group: o.group, category: o.category, target: Boolean(o.target), old: side(o) });
  return out;
}

function summaryLanguage(a: Version, b: Version, given?: 'en' | 'fr'): 'en' | 'fr' {
  if (given) return given;
  const l = b.report.language === 'und' ? a.report.language : b.report.language;
  return l === 'fr' ? 'fr' : 'en';
}

/** Compare two prepared versions. */
export function compareVersions(a: Version, b: Version, options: CompareOptions = {}): Comparison {
  const lexicon = options.lexicon ?? loadLexicon();
  const lang = summaryLanguage(a, b, options.summaryLanguage);
  const groups = align(a.units, b.units, options);
  const raw = classify(a, b, groups);
  // Concept names for notes and the summary: the lexicon's labels ("conflict-related sexual violence").
  const label = (id: string) => lowerFirst(lexicon.concepts.get(id)?.label ?? id);
  const changes: Change[] = raw.map((r, k) => {
    const note = noteFor(r.change, lang, label);
    return { ...r.change, id: `c${k + 1}`, ...(note ? { note } : {}) } as Change;
  });

  const profile = chooseProfile(a, b, options.profile);
  const ga = gapsUnder(a, profile.id, lexicon), gb = gapsUnder(b, profile.id, lexicon);
  const kindA = new Map(ga.map((g) => [g.rule, g.kind])), kindB = new Map(gb.map((g) => [g.rule, g.kind]));

  const byPillar = {} as Comparison['byPillar'];
  for (const p of PILLAR_IDS) {
    const o = a.report.coverage.byPillar[p]?.findings ?? 0, n = b.report.coverage.byPillar[p]?.findings ?? 0;
    byPillar[p] = { old: o, new: n, change: n - o };
  }
  const fa = familyCoverage(a.report), fb = familyCoverage(b.report);
  const byFamily: Record<string, Counts> = {};
  for (const f of FAMILIES) byFamily[f] = counts(fa[f].findings, fb[f].findings);

  const byConcept: Comparison['byConcept'] = {};
  const tally = (v: Version, side: 'old' | 'new') => {
    for (const f of v.report.findings) {
      if (f.procedural || f.reference) continue;
      const c = (byConcept[f.concept] ??= { old: 0, new: 0, change: 0, pillar: f.pillar as PillarId, ...(f.label ? { label: f.label } : {}) });
      c[side]++;
    }
  };
  tally(a, 'old');
  tally(b, 'new');
  for (const c of Object.values(byConcept)) c.change = c.new - c.old;

  const gsOf = (v: Version) => v.report.coverage.genderSpecific ?? v.report.findings.filter((f) => f.genderSpecific && !f.negated && !f.procedural && !f.reference).length;
  const status = (p: (c: Change) => boolean) => changes.filter(p).length;
  const cmp: Omit<Comparison, 'summary'> = {
    version: 1,
    old: { source: a.report.source, profile: a.report.profile.id, language: a.report.language },
    new: { source: b.report.source, profile: b.report.profile.id, language: b.report.language },
    changes,
    byPillar,
    gapsOpened: gb.filter((g) => !kindA.has(g.rule)).map((g) => g.rule),
    gapsClosed: ga.filter((g) => !kindB.has(g.rule)).map((g) => g.rule),
    profile,
    gapsChanged: gb.filter((g) => kindA.has(g.rule) && kindA.get(g.rule) !== g.kind).map((g) => ({ rule: g.rule, old: kindA.get(g.rule)!, new: g.kind })),
    byConcept,
    byFamily,
    genderSpecific: counts(gsOf(a), gsOf(b)),
    provisions: counts(a.provisions.length, b.provisions.length),
    counts: {
      added: status((c) => c.status === 'added'),
      removed: status((c) => c.status === 'removed'),
      kept: status((c) => c.status === 'kept' || c.status === 'moved'),
      strengthened: status((c) => c.status.endsWith('strengthened')),
      weakened: status((c) => c.status.endsWith('weakened')),
      moved: status((c) => c.status.startsWith('moved')),
      language: status((c) => c.scope === 'language'),
      split: status((c) => c.join === 'split'),
      merged: status((c) => c.join === 'merged'),
    },
    figures: figureChanges(a.report.figures, b.report.figures),
    language: lang,
  };
  // Gaps opened and closed are named as the review names them ("women protection advisers"), not by rule id.
  const titles = new Map([...ga, ...gb].map((g) => [g.rule, lowerFirst(gapTitle(g, lang, lexicon.concepts))]));
  return { ...cmp, summary: summarize(cmp, lang, label, (rule) => titles.get(rule)) };
}

/** A sentence-case label inside a sentence: "conflict-related sexual violence"; a name keeps its capitals ("Women Protection Advisers"). */
function lowerFirst(l: string): string {
  return /^\p{Lu}\p{Ll}[^\p{Lu}]*$/u.test(l) ? l.charAt(0).toLowerCase() + l.slice(1) : l;
}

/** Did the new version remove or weaken a WPS provision? (`--fail-on-weakening`.) */
export function hasWeakening(c: Pick<Comparison, 'changes'>): boolean {
  return c.changes.some((x) => x.status === 'removed' || x.status.endsWith('weakened'));
}

/** Compare an ordered list of versions (a mission's renewals): each analysed once, one step per consecutive pair, and a trend table. */
export function compareSeries(inputs: readonly (CompareInput | Version)[], options: CompareOptions & { sources?: readonly string[] } = {}): ComparisonSeries {
  const lexicon = options.lexicon ?? loadLexicon();
  const versions = inputs.map((x, k) => prepare(x, { ...options, lexicon, source: options.sources?.[k] }));
  // One profile for every step: the one given, else the type most versions were detected as (latest wins a tie).
  let profileId = options.profile && options.profile !== 'auto' ? options.profile : undefined;
  if (!profileId && versions.length) {
    const votes = new Map<string, number>();
    for (const v of versions) votes.set(v.report.profile.id, (votes.get(v.report.profile.id) ?? 0) + 1);
    let best = -1;
    for (const v of [...versions].reverse()) { const n = votes.get(v.report.profile.id)!; if (n > best) { best = n; profileId = v.report.profile.id; } }
  }
  const steps: Comparison[] = [];
  for (let k = 0; k + 1 < versions.length; k++) {
    const c = compareVersions(versions[k]!, versions[k + 1]!, { ...options, lexicon, ...(profileId ? { profile: profileId } : {}) });
    if (!options.profile || options.profile === 'auto') c.profile = { id: c.profile.id, basis: 'both' };
    steps.push(c);
  }
  const lang = options.summaryLanguage ?? (versions.at(-1)?.report.language === 'fr' ? 'fr' : 'en');
  const fr = lang === 'fr';
  const rows: TrendRow[] = [];
  const fam = versions.map((v) => familyCoverage(v.report));
  for (const f of FAMILIES) rows.push({ key: f, label: pillarName(f, fr, familyLabel as (id: string) => string), kind: 'family', values: fam.map((x) => x[f].findings) });
  for (const p of PILLAR_IDS) rows.push({ key: p, label: pillarName(p, fr, pillarLabel as (id: string) => string), kind: 'pillar', values: versions.map((v) => v.report.coverage.byPillar[p]?.findings ?? 0) });
  rows.push({ key: 'gender-specific', label: fr ? 'références au genre' : 'gender references', kind: 'total', values: versions.map((v) => v.report.coverage.genderSpecific ?? 0) });
  rows.push({ key: 'provisions', label: fr ? 'dispositions FPS' : 'WPS provisions', kind: 'total', values: versions.map((v) => v.provisions.length) });
  const series: Omit<ComparisonSeries, 'summary'> = {
    version: 1,
    documents: versions.map((v) => ({ source: v.report.source, profile: v.report.profile.id, language: v.report.language })),
    steps,
    trend: { columns: versions.map((v) => v.report.source), rows },
  };
  return { ...series, summary: summarizeSeries(series, lang) };
}
