// Coverage per pillar and per section, and the profile score. The score is read from the same rule
// outcomes as the gaps (gaps.ts evaluateRules), so a number can never contradict the gap list beside it.
import type { RuleOutcome } from './gaps.ts';
import { FAMILIES, pillarFamily } from '../lexicon/pillars.ts';
import type { Coverage, Finding, Gap, GapKind, PillarCoverage, PillarId, ProfileRule } from '../schema.ts';
import { PILLAR_IDS } from '../schema.ts';

/** Coverage without the score: what findings alone give. */
export type PillarCounts = Pick<Coverage, 'byPillar' | 'bySection'> & { genderSpecific: number };

/**
 * Counts per pillar and section. Procedural and reference findings (contents, notes, bibliography)
 * are not the document's WPS content and are left out; negated ones count in `findings` and `negated`
 * but name no concept.
 */
export function pillarCoverage(findings: readonly Finding[]): PillarCounts {
  const byPillar = {} as Record<PillarId, PillarCoverage>;
  const conceptSets = {} as Record<PillarId, Set<string>>;
  for (const p of PILLAR_IDS) {
    // Stryker disable next-line ArrayDeclaration: concepts is replaced from conceptSets below, for every pillar
    byPillar[p] = { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
    conceptSets[p] = new Set();
  }
  const bySectionSets = new Map<string, { pillars: Set<PillarId>; concepts: Set<string> }>();
  let genderSpecific = 0;

  for (const f of findings) {
    if (f.procedural || f.reference) continue;
    const c = byPillar[f.pillar];
    c.findings++;
    if (f.negated) { c.negated++; continue; }
    if (f.genderSpecific) genderSpecific++;
    if (f.strength.mode === 'task') c.tasks++;
    else if (f.strength.mode === 'advice') c.advice++;
    conceptSets[f.pillar].add(f.concept);
    if (f.section) {
      let s = bySectionSets.get(f.section);
      if (!s) { s = { pillars: new Set(), concepts: new Set() }; bySectionSets.set(f.section, s); }
      s.pillars.add(f.pillar);
      s.concepts.add(f.concept);
    }
  }
  for (const p of PILLAR_IDS) byPillar[p].concepts = [...conceptSets[p]].sort();
  const bySection: Coverage['bySection'] = {};
  for (const [id, s] of bySectionSets) bySection[id] = { pillars: [...s.pillars], concepts: [...s.concepts].sort() };
  return { byPillar, bySection, genderSpecific };
}

/** Coverage, score and its one-line basis: `outcomes` are the profile's rules as the gaps judged them. */
// Stryker disable next-line StringLiteral: only 'fr' reads French, so a default of '' reads English as 'en' does
export function coverage(findings: readonly Finding[], outcomes: readonly RuleOutcome[], language: string = 'en'): Coverage {
  return withScore(pillarCoverage(findings), outcomes, language);
}

/** Adds the score and its basis to counts made elsewhere (streamed chunks add theirs up first). */
// Stryker disable next-line StringLiteral: only 'fr' reads French, so a default of '' reads English as 'en' does
export function withScore(counts: PillarCounts, outcomes: readonly RuleOutcome[], language: string = 'en'): Coverage {
  const tally = tallyRules(outcomes);
  const score = scoreOf(tally);
  const basis = score === null ? coverageSummary(counts, language) : ruleBasis(tally, language);
  const out: Coverage = { byPillar: counts.byPillar, bySection: counts.bySection, score, scoreBasis: basis, genderSpecific: counts.genderSpecific };
  if (score !== null) out.scoreRules = { rules: tally.rules, met: tally.met, kinds: { ...tally.kinds } };
  return out;
}

// ---------------------------------------------------------------- the score

/** Gap kinds that mean "said, but not where or how the rule asks": half credit. */
export const HALF_CREDIT_KINDS: ReadonlySet<GapKind> = new Set<GapKind>(['annex-only', 'advice-only', 'boilerplate-only', 'preamble-only']);

/** A required rule weighs 2, a recommended one 1. */
export function ruleWeight(rule: Pick<ProfileRule, 'level'>): number {
  return rule.level === 'required' ? 2 : 1;
}

/** What a rule earns: 1 when met (no gap), ½ for a half-credit kind, 0 when missing or negated only. */
export function ruleCredit(gap: Pick<Gap, 'kind'> | null): number {
  if (!gap) return 1;
  return HALF_CREDIT_KINDS.has(gap.kind) ? 0.5 : 0;
}

/** The outcomes counted: rules, rules met, rules per gap kind, and the weighted credit earned of the total. */
export interface RuleTally { rules: number; met: number; kinds: Record<GapKind, number>; earned: number; weight: number }

export function tallyRules(outcomes: readonly RuleOutcome[]): RuleTally {
  const kinds: Record<GapKind, number> = { 'missing': 0, 'annex-only': 0, 'negated-only': 0, 'advice-only': 0, 'boilerplate-only': 0, 'preamble-only': 0 };
  let met = 0;
  let earned = 0;
  let weight = 0;
  let rules = 0;
  for (const o of outcomes) {
    if (o.applicable === false) continue; // a relational rule with nothing to relate: no credit, no weight
    rules++;
    const w = ruleWeight(o.rule);
    weight += w;
    earned += w * ruleCredit(o.gap);
    if (o.gap) kinds[o.gap.kind]++;
    else met++;
  }
  return { rules, met, kinds, earned, weight };
}

/** 100 × the weighted share earned, rounded; null when the profile has no rules (no expectations, no number). */
export function scoreOf(t: Pick<RuleTally, 'rules' | 'earned' | 'weight'>): number | null {
  if (t.rules === 0) return null;
  return Math.round((100 * t.earned) / t.weight);
}

// ---------------------------------------------------------------- the line that says how

/** Gap kinds in the order the basis lists them, with their words (count first) in English and French. */
const KIND_WORDS: readonly [GapKind, { en: string; fr: [string, string] }][] = [
  ['annex-only', { en: 'only in annexes', fr: ['seulement en annexe', 'seulement en annexe'] }],
  ['advice-only', { en: 'only as advice', fr: ['seulement comme conseil', 'seulement comme conseil'] }],
  ['preamble-only', { en: 'only in the preamble', fr: ['seulement dans le préambule', 'seulement dans le préambule'] }],
  ['boilerplate-only', { en: 'only as a stock phrase', fr: ['seulement en formule toute faite', 'seulement en formule toute faite'] }],
  ['negated-only', { en: 'only stated as absent', fr: ['seulement dite absente', 'seulement dites absentes'] }],
  ['missing', { en: 'missing', fr: ['absente', 'absentes'] }],
];

const french = (language: string): boolean => language === 'fr';
/** French counts 0 and 1 in the singular. */
const frOne = (n: number): boolean => n <= 1;

/** "7 of 24 rules met, 10 only in annexes, 2 only as advice, 5 missing (…)", in the document's language. */
// Stryker disable next-line StringLiteral: only 'fr' reads French, so a default of '' reads English as 'en' does
export function ruleBasis(t: Pick<RuleTally, 'rules' | 'met' | 'kinds'>, language: string = 'en'): string {
  const fr = french(language);
  const parts = [fr
    ? `${t.met} ${frOne(t.met) ? 'règle' : 'règles'} sur ${t.rules} ${frOne(t.met) ? 'respectée' : 'respectées'}`
    : `${t.met} of ${t.rules} ${t.rules === 1 ? 'rule' : 'rules'} met`];
  for (const [kind, words] of KIND_WORDS) {
    const n = t.kinds[kind];
    if (n > 0) parts.push(`${n} ${fr ? words.fr[frOne(n) ? 0 : 1] : words.en}`);
  }
  const how = fr ? ' (« seulement » : moitié des points ; règle requise : double poids)' : ' (“only” counts half; required rules count double)';
  return parts.join(', ') + how;
}

/** How many of the five WPS pillar families name at least one concept (thematic groups count in their family). */
export function familiesCovered(byPillar: Coverage['byPillar']): number {
  const covered = new Set<string>();
  for (const p of PILLAR_IDS) if ((byPillar[p]?.concepts.length ?? 0) > 0) covered.add(pillarFamily(p));
  return covered.size;
}

/** For a document type without rules: "No score for this document type: 5 of 5 pillars covered, 48 gender-specific findings". */
// Stryker disable next-line StringLiteral: only 'fr' reads French, so a default of '' reads English as 'en' does
export function coverageSummary(counts: Pick<PillarCounts, 'byPillar' | 'genderSpecific'>, language: string = 'en'): string {
  const k = familiesCovered(counts.byPillar);
  const n = counts.genderSpecific;
  const total = FAMILIES.length;
  if (french(language)) {
    return `Pas de note pour ce type de document : ${k} ${frOne(k) ? 'pilier' : 'piliers'} sur ${total} ${frOne(k) ? 'couvert' : 'couverts'}, `
      + `${n} ${frOne(n) ? 'constat propre au genre' : 'constats propres au genre'}`;
  }
  return `No score for this document type: ${k} of ${total} pillars covered, ${n} gender-specific ${n === 1 ? 'finding' : 'findings'}`;
}
