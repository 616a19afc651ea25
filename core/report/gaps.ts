// What the document should say for its type and does not, from the profile's rules.
// A rule is satisfied by a non-negated, non-procedural finding (or keyword) in its scope; when it
// is not, the kind of gap says why: missing, annex-only, negated-only, advice-only,
// boilerplate-only or preamble-only. Findings in contents pages, notes and reference lists
// (`reference: true`, or a keyword in such a section) are not the document saying anything: left out.
// The score (coverage.ts) is computed from the same per-rule outcomes, so it cannot disagree.
import { adviceLanguage, gapReason, ruleText } from './advice.ts';
import type { Finding, Gap, GapKind, Profile, ProfileRule, Section, Severity } from '../schema.ts';
import type { SectionIndex } from '../text/sections.ts';
import { phraseRegex } from '../match/trie.ts';
import { sentenceAt } from '../text/sentence.ts';
import { relationMet, type Mention } from './relations.ts';

interface Hit { section?: Section; annex: boolean; negated: boolean; boilerplate: boolean; procedural: boolean; mode: string; preambular: boolean }

function inScope(rule: ProfileRule, h: Hit, index: SectionIndex): boolean {
  switch (rule.where) {
    case 'any': return true;
    case 'main-body': return !h.annex;
    case 'annex': return h.annex;
    case 'operative': return h.section?.kind === 'operative';
    default: {
      // opord-N: the finding lies in OpOrder paragraph N (or one of its sub-sections).
      for (let s = h.section; s; s = s.parent ? index.get(s.parent) : undefined) {
        if (s.id === rule.where) return true;
      }
      return false;
    }
  }
}

const keywordCache = new Map<string, RegExp>();
/** Whole-word, case-insensitive regex of plain keywords (a profile rule's FOI probe), cached. */
export function keywordRe(words: string[]): RegExp {
  const key = words.join('\u0000');
  let re = keywordCache.get(key);
  if (!re) {
    re = phraseRegex(words) ?? /(?!)/g;
    keywordCache.set(key, re);
  }
  return re;
}

/** Section kinds whose words are apparatus (table of contents, notes, bibliography), not the document's content. */
const REFERENCE_KINDS: ReadonlySet<string> = new Set(['contents', 'notes', 'references']);

/** Is the section, or one of its ancestors, a contents page, notes or a reference list? */
export function inReferenceSection(section: Section | undefined, index: SectionIndex): boolean {
  for (let s = section; s; s = s.parent ? index.get(s.parent) : undefined) if (REFERENCE_KINDS.has(s.kind)) return true;
  return false;
}

function keywordHits(text: string, words: string[], index: SectionIndex): Hit[] {
  const re = keywordRe(words);
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const section = index.at(m.index);
    if (inReferenceSection(section, index)) continue;
    // Stryker disable next-line StringLiteral: a keyword is never a task; mode is only ever compared with 'task'
    out.push({ section, annex: index.inAnnex(section), negated: false, boilerplate: false, procedural: false, mode: 'context', preambular: section?.kind === 'preambular' });
  }
  return out;
}

function findingHit(f: Finding, index: SectionIndex): Hit {
  const section = f.section ? index.get(f.section) : undefined;
  return {
    section, annex: Boolean(f.annex), negated: f.negated, boilerplate: f.boilerplate, procedural: f.procedural,
    mode: f.strength.mode, preambular: section?.kind === 'preambular' || section?.kind === 'preamble',
  };
}

/** A required concept said only weakly is a medium gap; a stock phrase only, a low one (taxonomy §2). */
const WEAK_KIND_SEVERITY: Partial<Record<GapKind, Severity>> = { 'boilerplate-only': 'low', 'advice-only': 'medium', 'preamble-only': 'medium' };

export interface GapContext {
  text: string;
  findings: Finding[];
  index: SectionIndex;
  /** Resolution layout: preamble-only applies. */
  resolution: boolean;
  /** The document's language: a French document gets the rules' French texts (advice.ts). */
  language?: string;
}

/** Do the hits meet the rule (the test evaluateRule makes before it names a gap)? */
function meets(rule: ProfileRule, hits: readonly Hit[], ctx: GapContext): boolean {
  return hits.some((h) => !h.procedural && inScope(rule, h, ctx.index) && !h.negated && !h.boilerplate
    && !(ctx.resolution && h.preambular) && (!rule.expectTask || h.mode === 'task'));
}

/** Evaluate one rule: null when satisfied. */
export function evaluateRule(rule: ProfileRule, ctx: GapContext, byConcept: Map<string, Finding[]>): Gap | null {
  const hits: Hit[] = [];
  // Stryker disable next-line ArrayDeclaration: a rule without concepts looks up no concept; any placeholder id finds nothing
  for (const id of rule.concepts ?? []) for (const f of byConcept.get(id) ?? []) if (!f.reference) hits.push(findingHit(f, ctx.index));
  // Keywords only add hits: a rule its findings already meet stays met, so the text is not searched for them.
  if (rule.keywords?.length && !meets(rule, hits, ctx)) for (const h of keywordHits(ctx.text, rule.keywords, ctx.index)) hits.push(h);

  const real = hits.filter((h) => !h.procedural);
  const scoped = real.filter((h) => inScope(rule, h, ctx.index));
  const positive = scoped.filter((h) => !h.negated);
  const substantive = positive.filter((h) => !h.boilerplate);
  const operative = ctx.resolution ? substantive.filter((h) => !h.preambular) : substantive;
  const tasks = rule.expectTask ? operative.filter((h) => h.mode === 'task') : operative;
  if (tasks.length) return null;

  let kind: GapKind;
  if (operative.length) kind = 'advice-only';
  else if (substantive.length) kind = 'preamble-only';
  else if (positive.length) kind = 'boilerplate-only';
  else if (scoped.length) kind = 'negated-only';
  // (A rule asking for annexes never gets here with an annex mention: that mention is in its scope.)
  else if (real.some((h) => !h.negated && h.annex)) kind = 'annex-only';
  else kind = 'missing';

  const base: Severity = rule.severity ?? (rule.level === 'required' ? 'high' : 'medium');
  let severity = base;
  const cap = WEAK_KIND_SEVERITY[kind];
  if (cap === 'low') severity = 'low';
  else if (cap === 'medium' && base === 'high') severity = 'medium';

  const section = rule.where.startsWith('opord-') ? rule.where : undefined;
  const text = ruleText(rule, adviceLanguage(ctx.language));
  return {
    rule: rule.id,
    concept: rule.concepts?.[0],
    concepts: rule.concepts,
    section,
    severity,
    kind,
    level: rule.level,
    reason: gapReason(kind, text.reason, text.language),
    basis: text.basis,
    suggestion: text.suggestion,
    evidence: {
      mainBody: real.filter((h) => !h.negated && !h.annex).length,
      annex: real.filter((h) => !h.negated && h.annex).length,
      negated: real.filter((h) => h.negated).length,
      annexSections: annexesOf(real.filter((h) => !h.negated && h.annex), ctx.index),
    },
    ...(text.language === 'fr' ? { language: 'fr' as const } : {}),
  };
}

/** Ids of the annexes (outermost annex sections) the hits lie in, in first-seen order. */
function annexesOf(hits: Hit[], index: SectionIndex): string[] {
  const ids = new Set<string>();
  for (const h of hits) {
    let annex: Section | undefined;
    for (let s = h.section; s; s = s.parent ? index.get(s.parent) : undefined) if (s.kind === 'annex') annex = s;
    if (annex) ids.add(annex.id);
  }
  return [...ids];
}


/**
 * The mentions of a relational rule's subject that count: its concepts' findings and its keywords, in
 * the rule's scope, stated (not negated), not procedural, not in a contents page, notes or references.
 */
function mentionsOf(rule: ProfileRule, ctx: GapContext, byConcept: Map<string, Finding[]>): Mention[] {
  const out: Mention[] = [];
  for (const id of rule.concepts ?? []) {
    for (const f of byConcept.get(id) ?? []) {
      if (f.reference || f.negated || f.procedural) continue;
      const h = findingHit(f, ctx.index);
      if (!inScope(rule, h, ctx.index)) continue;
      out.push({ start: f.start, end: f.end, sentence: f.sentence, section: h.section, mode: f.strength.mode, concept: f.concept });
    }
  }
  if (rule.keywords?.length) {
    const re = keywordRe(rule.keywords);
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const section = ctx.index.at(m.index);
      if (inReferenceSection(section, ctx.index)) continue;
      const h: Hit = { section, annex: ctx.index.inAnnex(section), negated: false, boilerplate: false, procedural: false, mode: 'context', preambular: false };
      if (!inScope(rule, h, ctx.index)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, sentence: sentenceAt(ctx.text, m.index), section, mode: 'context' });
    }
  }
  return out;
}

/**
 * A relational rule (rule.requires): not applicable when its subject is never mentioned; else met, or a
 * gap of kind "missing" marked `relational` (the subject is there, what must go with it is not).
 */
export function evaluateRelational(rule: ProfileRule, ctx: GapContext, byConcept: Map<string, Finding[]>): RuleOutcome {
  const mentions = mentionsOf(rule, ctx, byConcept);
  if (mentions.length === 0) return { rule, gap: null, applicable: false };
  if (relationMet(rule, mentions, { text: ctx.text, index: ctx.index, byConcept })) return { rule, gap: null };
  const text = ruleText(rule, adviceLanguage(ctx.language));
  const main = mentions.filter((m) => !ctx.index.inAnnex(m.section)).length;
  return {
    rule,
    gap: {
      rule: rule.id,
      concept: rule.concepts?.[0],
      concepts: rule.concepts,
      section: rule.where.startsWith('opord-') ? rule.where : undefined,
      severity: rule.severity ?? (rule.level === 'required' ? 'high' : 'medium'),
      kind: 'missing',
      level: rule.level,
      relational: true,
      reason: text.reason,
      basis: text.basis,
      suggestion: text.suggestion,
      evidence: { mainBody: main, annex: mentions.length - main, negated: 0 },
      ...(text.language === 'fr' ? { language: 'fr' as const } : {}),
    },
  };
}

/**
 * One profile rule and how the document fares on it: its gap, or null when the rule is met.
 * `applicable: false`: a relational rule whose subject the document never mentions (left out of the score).
 */
export interface RuleOutcome { rule: ProfileRule; gap: Gap | null; applicable?: false }

/** Every rule of the profile, evaluated once: the gaps and the score both come from this. */
export function evaluateRules(profile: Profile | undefined, ctx: GapContext): RuleOutcome[] {
  if (!profile) return [];
  const byConcept = groupByConcept(ctx.findings);
  return profile.rules.map((rule) => (rule.requires ? evaluateRelational(rule, ctx, byConcept) : { rule, gap: evaluateRule(rule, ctx, byConcept) }));
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The gaps of the outcomes, most severe first (rule order within a severity). */
export function gapsOf(outcomes: readonly RuleOutcome[]): Gap[] {
  const gaps: Gap[] = [];
  for (const o of outcomes) if (o.gap) gaps.push(o.gap);
  return gaps.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function findGaps(profile: Profile | undefined, ctx: GapContext): Gap[] {
  return gapsOf(evaluateRules(profile, ctx));
}

/**
 * The outcomes a list of gaps stands for: a rule of the profile with no gap is met. For reports whose
 * gaps were merged rather than evaluated in one pass (streamed chunks), so the score still reads the gaps.
 */
export function outcomesFromGaps(profile: Profile | undefined, gaps: readonly Gap[]): RuleOutcome[] {
  const byRule = new Map(gaps.map((g) => [g.rule, g]));
  return (profile?.rules ?? []).map((rule) => ({ rule, gap: byRule.get(rule.id) ?? null }));
}

export function groupByConcept(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = m.get(f.concept);
    if (list) list.push(f); else m.set(f.concept, [f]);
  }
  return m;
}
