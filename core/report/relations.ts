// Relational gap rules: the rule's subject (its concepts or keywords) must stand in a given section,
// with a companion in its sentence or section, without another, or as a task (schema.ts Relation).
// Data only: the conditions come from the profile rule (lexicon or pack JSON); this module reads them
// against the findings, the sections and the text, and knows no rule by name.
import type { Finding, RelationCondition, ProfileRule, Section } from '../schema.ts';
import type { SectionIndex } from '../text/sections.ts';
import { phraseRegex } from '../match/trie.ts';

/** One mention of a rule's subject: where it is and how it is said. */
export interface Mention { start: number; end: number; sentence: { start: number; end: number }; section?: Section; mode: string; concept?: string }

export interface RelationContext { text: string; index: SectionIndex; byConcept: Map<string, Finding[]> }

/** The section, then its parents. */
function* lineage(section: Section | undefined, index: SectionIndex): Generator<Section> {
  for (let s = section; s; s = s.parent ? index.get(s.parent) : undefined) yield s;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function within(c: NonNullable<RelationCondition['within']>, m: Mention, index: SectionIndex): boolean {
  const titles = (c.titles ?? []).map(fold);
  for (const s of lineage(m.section, index)) {
    if (c.sections?.some((x) => x === s.id || x === s.kind)) return true;
    if (s.title && titles.some((t) => fold(s.title!).includes(t))) return true;
  }
  return false;
}

const reCache = new Map<string, RegExp | null>();
function cached(key: string, make: () => RegExp | null): RegExp | null {
  if (!reCache.has(key)) reCache.set(key, make());
  return reCache.get(key)!;
}

/** Does a companion (a finding of its concepts, a keyword, a pattern) stand in text[from, to), other than the mention itself? */
function companionIn(c: NonNullable<RelationCondition['with']>, m: Mention, ctx: RelationContext): boolean {
  const range = c.in === 'section' && m.section ? m.section : m.sentence;
  const { start: from, end: to } = range;
  for (const id of c.concepts ?? []) {
    for (const f of ctx.byConcept.get(id) ?? []) {
      if (f.start < from || f.end > to || f.negated || f.procedural || f.reference) continue;
      if (f.start === m.start && f.concept === m.concept) continue;
      return true;
    }
  }
  const slice = ctx.text.slice(from, to);
  if (c.keywords?.length) {
    const re = cached(`k\u0000${c.keywords.join('\u0000')}`, () => phraseRegex(c.keywords!) ?? null);
    if (re) { re.lastIndex = 0; if (re.test(slice)) return true; }
  }
  for (const p of c.patterns ?? []) {
    // Checked for safety when the lexicon was loaded (safety.ts); case-insensitive like keywords.
    const re = cached(`p\u0000${p}`, () => new RegExp(p, 'iu'));
    if (re!.test(slice)) return true;
  }
  return false;
}

/** Does this mention meet the condition (every part given)? */
export function conditionMet(c: RelationCondition, m: Mention, ctx: RelationContext): boolean {
  if (c.task && m.mode !== 'task') return false;
  if (c.within && !within(c.within, m, ctx.index)) return false;
  if (c.with && !companionIn(c.with, m, ctx)) return false;
  if (c.without && companionIn(c.without, m, ctx)) return false;
  return true;
}

/**
 * Is the relation met by the mentions? `any`: some mention meets some condition; `all`: each condition is
 * met by some mention (not necessarily the same one). Mentions are already filtered (in scope, stated, not
 * procedural or in a reference section); none means the rule does not apply (the caller's business).
 */
export function relationMet(rule: ProfileRule, mentions: readonly Mention[], ctx: RelationContext): boolean {
  const r = rule.requires!;
  if (r.any) return r.any.some((c) => mentions.some((m) => conditionMet(c, m, ctx)));
  return r.all!.every((c) => mentions.some((m) => conditionMet(c, m, ctx)));
}
