// Metrics of the core's reports against the labels: pure functions over (labelled text, report).
// They read only contract fields, and the optional 2026-12 fields (reported, actor, figure target and
// women, profile.candidates) when a report has them, so they work before and after those land.
import { locate, overlaps, type Lang, type Span, type Split, type TextLabels } from './labels.ts';

export interface FindingLike {
  concept: string; genderSpecific: boolean; start: number; end: number; text: string;
  negated: boolean; procedural?: boolean;
  strength: { mode: string };
  reported?: boolean; actor?: string;
}
export interface FigureLike {
  start: number; end: number; text: string; percent: number; category: string;
  women?: string; target?: boolean; sentence?: { start: number; end: number };
}
export interface ReportLike {
  profile: { id: string; candidates?: ({ id: string } | string)[] };
  findings: FindingLike[]; figures: FigureLike[];
}
export interface Case { id: string; lang: Lang; split: Split; text: string; labels: TextLabels; report: ReportLike }

/** A group of cases: dev/held-out × EN/FR. */
export const GROUPS = [
  { key: 'dev-en', split: 'dev', lang: 'en' }, { key: 'dev-fr', split: 'dev', lang: 'fr' },
  { key: 'held-en', split: 'held-out', lang: 'en' }, { key: 'held-fr', split: 'held-out', lang: 'fr' },
] as const;
export type GroupKey = (typeof GROUPS)[number]['key'];
export const groupOf = (c: { split: Split; lang: Lang }): GroupKey => `${c.split === 'dev' ? 'dev' : 'held'}-${c.lang}` as GroupKey;

/** A ratio with its parts; `rate` is null when there is nothing to count. */
export interface Ratio { num: number; den: number; rate: number | null }
export const ratio = (num: number, den: number): Ratio => ({ num, den, rate: den ? num / den : null });

// ---------------------------------------------------------------- document type

export interface TypeResult { id: string; expected: string; got: string; ok: boolean; forbidden: boolean; inCandidates: boolean | null }

export function docType(c: Case): TypeResult {
  const got = c.report.profile.id;
  const cands = c.report.profile.candidates?.map((x) => (typeof x === 'string' ? x : x.id));
  return {
    id: c.id, expected: c.labels.type.accept[0]!, got,
    ok: c.labels.type.accept.includes(got),
    forbidden: c.labels.type.forbid.includes(got),
    inCandidates: cands ? c.labels.type.accept.some((a) => a === got || cands.includes(a)) : null,
  };
}

// ---------------------------------------------------------------- negation

export type NegVerdict = 'gold' | 'neutral' | 'trap' | 'judged-right' | 'judged-wrong' | 'unjudged';
export interface NegResult {
  /** Each negated finding and how it was counted. */
  negated: { finding: FindingLike; verdict: NegVerdict; trap?: string }[];
  /** Each gold snippet: found negated, present but not negated, or no finding at all. */
  gold: { span: Span; text: string; status: 'negated' | 'not-negated' | 'no-finding' }[];
}

/**
 * Negated findings inside a gold snippet are right; inside a `degree` span (hedged near-absence) they are
 * neutral; elsewhere they are wrong unless a judgment (by finding key) says right.
 */
export function negation(c: Case, judged: (f: FindingLike) => boolean | null | undefined = () => undefined): NegResult {
  const gold = (c.labels.negations ?? []).map((n) => ({ span: locate(c.text, n), text: n.text }));
  const traps = (c.labels.traps ?? []).map((t) => ({ span: locate(c.text, t), kind: t.kind }));
  const negated = c.report.findings.filter((f) => f.negated).map((finding) => {
    if (gold.some((g) => overlaps(g.span, finding))) return { finding, verdict: 'gold' as const };
    const trap = traps.find((t) => t.kind !== 'degree' && overlaps(t.span, finding));
    if (trap) return { finding, verdict: 'trap' as const, trap: trap.kind };
    if (traps.some((t) => t.kind === 'degree' && overlaps(t.span, finding))) return { finding, verdict: 'neutral' as const };
    const j = judged(finding);
    return { finding, verdict: j === true ? 'judged-right' as const : j === false ? 'judged-wrong' as const : 'unjudged' as const };
  });
  return {
    negated,
    gold: gold.map((g) => {
      const inside = c.report.findings.filter((f) => overlaps(g.span, f));
      return { ...g, status: inside.some((f) => f.negated) ? 'negated' as const : inside.length ? 'not-negated' as const : 'no-finding' as const };
    }),
  };
}

export function negationPrecision(rs: NegResult[]): Ratio {
  const all = rs.flatMap((r) => r.negated).filter((n) => n.verdict !== 'neutral');
  return ratio(all.filter((n) => n.verdict === 'gold' || n.verdict === 'judged-right').length, all.length);
}
export function negationRecall(rs: NegResult[]): Ratio {
  const g = rs.flatMap((r) => r.gold);
  return ratio(g.filter((x) => x.status === 'negated').length, g.length);
}

// ---------------------------------------------------------------- reported decisions

export interface DecisionResult {
  text: string; expected: string; actor?: string;
  status: 'no-finding' | 'ok' | 'wrong-mode' | 'wrong-reported-or-actor';
  got: string[];
}

/** Every finding in the gold snippet must read as the expected mode; `reported`/`actor` are checked where the finding has them. */
export function decisions(c: Case): DecisionResult[] {
  return (c.labels.decisions ?? []).map((d) => {
    const span = locate(c.text, d);
    const fs = c.report.findings.filter((f) => overlaps(span, f));
    const got = fs.map((f) => `${f.strength.mode}${f.reported ? ' reported' : ''}${f.actor ? ` ${f.actor}` : ''}`);
    const base = { text: d.text, expected: d.mode, actor: d.actor, got };
    if (!fs.length) return { ...base, status: 'no-finding' as const };
    if (!fs.every((f) => f.strength.mode === d.mode)) return { ...base, status: 'wrong-mode' as const };
    const reported = d.reported ?? true;
    const fieldsOk = fs.every((f) => (f.reported === undefined || f.reported === reported)
      && (f.actor === undefined || d.actor === undefined || f.actor === d.actor));
    return { ...base, status: fieldsOk ? 'ok' as const : 'wrong-reported-or-actor' as const };
  });
}

/** Share read with the expected mode (task/advice), and share right on mode, `reported` and `actor` too. */
export function decisionAccuracy(rs: DecisionResult[]): { mode: Ratio; full: Ratio } {
  return {
    mode: ratio(rs.filter((r) => r.status === 'ok' || r.status === 'wrong-reported-or-actor').length, rs.length),
    full: ratio(rs.filter((r) => r.status === 'ok').length, rs.length),
  };
}

// ---------------------------------------------------------------- figures

/** A figure the core reports as a share of women: one of the contract's categories. Other categories are the core's own "not women" classes. */
export const SHARE_CATEGORIES = new Set(['mission-personnel', 'host-nation', 'population']);
export const isShareReport = (f: FigureLike) => SHARE_CATEGORIES.has(f.category);

export type FigureWrong = 'distractor' | 'unlabelled' | 'value' | 'women-vs-girls' | 'target';
export interface FigureResult {
  shares: { text: string; status: 'found' | 'missed' }[];
  reported: { figure: FigureLike; wrong: FigureWrong | null; distractor?: string }[];
  /** Distractors the core reported in a category of its own (not as women): right, counted apart. */
  ownCategory: number;
  /** Reported figures whose `sentence` (when the report gives it) contains the figure, of those reported. */
  withSentence: Ratio | null;
}

const closeTo = (a: number, b: number) => Math.abs(a - b) < 0.005;

export function figures(c: Case): FigureResult {
  const labels = (c.labels.figures ?? []).map((g) => ({ g, span: locate(c.text, g) }));
  const shareFigs = c.report.figures.filter(isShareReport);
  const valueOk = (g: (typeof labels)[number]['g'], f: FigureLike) =>
    g.kind === 'share' && (closeTo(f.percent, g.percent) || (g.alsoPercent ?? []).some((p) => closeTo(f.percent, p)));
  const judge = (f: FigureLike): { wrong: FigureWrong | null; distractor?: string } => {
    const over = labels.filter((l) => overlaps(l.span, f));
    if (!over.length) return { wrong: 'unlabelled' };
    // The best label for this figure: a share with its value, else any share, else a distractor.
    const best = over.find((l) => valueOk(l.g, f)) ?? over.find((l) => l.g.kind === 'share') ?? over[0]!;
    const g = best.g;
    if (g.kind === 'distractor') return { wrong: 'distractor', distractor: g.class };
    if (!valueOk(g, f)) return { wrong: 'value' };
    if (f.women !== undefined && f.women !== g.women) return { wrong: 'women-vs-girls' };
    if (f.target !== undefined && f.target !== g.target) return { wrong: 'target' };
    return { wrong: null };
  };
  const reported = shareFigs.map((figure) => ({ figure, ...judge(figure) }));
  const shares = labels.filter((l) => l.g.kind === 'share').map((l) => ({
    text: l.g.text,
    status: shareFigs.some((f) => overlaps(l.span, f) && valueOk(l.g, f)) ? 'found' as const : 'missed' as const,
  }));
  const ownCategory = c.report.figures.filter((f) => !isShareReport(f)
    && labels.some((l) => l.g.kind === 'distractor' && overlaps(l.span, f))).length;
  const withField = c.report.figures.filter((f) => f.sentence);
  const withSentence = withField.length
    ? ratio(withField.filter((f) => f.sentence!.start <= f.start && f.sentence!.end >= f.end && f.sentence!.end > f.sentence!.start).length, c.report.figures.length)
    : null;
  return { shares, reported, ownCategory, withSentence };
}

export function figureRates(rs: FigureResult[]): { found: Ratio; wrong: Ratio; byReason: Record<FigureWrong, number>; withSentence: Ratio | null } {
  const shares = rs.flatMap((r) => r.shares);
  const rep = rs.flatMap((r) => r.reported);
  const byReason = { distractor: 0, unlabelled: 0, value: 0, 'women-vs-girls': 0, target: 0 } as Record<FigureWrong, number>;
  for (const r of rep) if (r.wrong) byReason[r.wrong]++;
  return {
    found: ratio(shares.filter((s) => s.status === 'found').length, shares.length),
    wrong: ratio(rep.filter((r) => r.wrong).length, rep.length),
    byReason,
    withSentence: rs.some((r) => r.withSentence)
      ? ratio(rs.reduce((n, r) => n + (r.withSentence?.num ?? 0), 0), rs.reduce((n, r) => n + (r.withSentence?.den ?? 0), 0))
      : null,
  };
}

// ---------------------------------------------------------------- gender-specific precision (judged sample)

export function samplePrecision(verdicts: (boolean | null | undefined)[]): { precision: Ratio; unjudged: number } {
  const judged = verdicts.filter((v): v is boolean => typeof v === 'boolean');
  return { precision: ratio(judged.filter(Boolean).length, judged.length), unjudged: verdicts.length - judged.length };
}
