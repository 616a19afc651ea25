// The advice a gap gives, in the document's language: a French order gets French reasons, basis lines
// and suggested wording it can take as written. Built-in rules read their French from
// data/profiles-fr.json (validated here); a user rule may carry its own `fr` texts. English is the
// fallback, and the English in profiles.json is never changed.
import { z } from 'zod';
import frData from '../data/profiles-fr.json' with { type: 'json' };
import type { Gap, GapKind, Profile, ProfileRule } from '../schema.ts';

export type AdviceLanguage = 'en' | 'fr';

/** The three texts of a rule, in one language. */
export interface RuleText { reason: string; basis: string; suggestion: string }

const Text = z.object({ reason: z.string().min(1), basis: z.string().min(1), suggestion: z.string().min(1) }).strict();
export const RuleTranslationsFile = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  rules: z.record(z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/), Text),
}).strict();

/** French texts of the built-in rules, by rule id. */
export const BUILTIN_FRENCH: Readonly<Record<string, RuleText>> = RuleTranslationsFile.parse(frData).rules;

/** A built-in profile with its rules' French attached (a rule's own `fr` wins). */
export function withBuiltinFrench(p: Profile): Profile {
  if (!p.rules.some((r) => !r.fr && BUILTIN_FRENCH[r.id])) return p;
  return { ...p, rules: p.rules.map((r) => (r.fr || !BUILTIN_FRENCH[r.id] ? r : { ...r, fr: BUILTIN_FRENCH[r.id] })) };
}

/** French only for a French document; English for English, undetermined or mixed ones. */
export function adviceLanguage(language: string | undefined): AdviceLanguage {
  return language === 'fr' ? 'fr' : 'en';
}

/** The rule's texts in the language, and the language they are really in (English when it has no French). */
export function ruleText(rule: Pick<ProfileRule, 'reason' | 'basis' | 'suggestion' | 'fr'>, language: AdviceLanguage): RuleText & { language: AdviceLanguage } {
  if (language === 'fr' && rule.fr) return { ...rule.fr, language: 'fr' };
  return { reason: rule.reason, basis: rule.basis, suggestion: rule.suggestion, language: 'en' };
}

/** What the kind of gap adds before the rule's reason, in each language ("missing" adds nothing). */
const KIND_PREFIX: Record<AdviceLanguage, Record<GapKind, string>> = {
  en: {
    'missing': '',
    'annex-only': 'Found only in an annex, not in the main body.',
    'negated-only': 'Mentioned only as absent or not done.',
    'advice-only': 'Said only as advice (should / may / encourages), never as a task.',
    'boilerplate-only': 'Appears only as a stock phrase with no actor, task or means.',
    'preamble-only': 'Appears only in preambular paragraphs, which task no one.',
  },
  fr: {
    'missing': '',
    'annex-only': 'Présent seulement dans une annexe, pas dans le corps du texte.',
    'negated-only': 'Mentionné seulement comme absent ou non fait.',
    'advice-only': 'Dit seulement comme conseil (devrait / peut / encourage), jamais comme tâche.',
    'boilerplate-only': "N'apparaît que dans une formule toute faite, sans acteur, tâche ni moyens.",
    'preamble-only': "N'apparaît que dans les alinéas du préambule, qui ne chargent personne d'une tâche.",
  },
};

/** The gap's reason: why this kind of gap, then why the rule matters. */
export function gapReason(kind: GapKind, reason: string, language: AdviceLanguage): string {
  const prefix = KIND_PREFIX[language][kind];
  return prefix ? `${prefix} ${reason}` : reason;
}

/**
 * A gap's reason, basis and suggestion in another language (an interface language setting), from its
 * rule in `profiles`; the gap itself when the rule is unknown or has no text in that language.
 */
export function gapInLanguage(gap: Gap, language: AdviceLanguage, profiles: Iterable<Profile>): Gap {
  if ((gap.language ?? 'en') === language) return gap;
  let rule: ProfileRule | undefined;
  for (const p of profiles) {
    rule = p.rules.find((r) => r.id === gap.rule);
    if (rule) break;
  }
  if (!rule) return gap;
  const t = ruleText(rule, language);
  if (t.language !== language) return gap;
  return { ...gap, reason: gapReason(gap.kind, t.reason, language), basis: t.basis, suggestion: t.suggestion, language };
}
