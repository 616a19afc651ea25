// Human names, in English and French, for everything a person reads: document types, pillars and their
// thematic groups, section kinds, how a finding is said, its flags, gap kinds, severities and levels,
// concepts. Ids stay in JSON and exports; surfaces show these. The data is data/labels.json.
import { z } from 'zod';
import data from '../data/labels.json' with { type: 'json' };
import { pillarFamily, pillarLabel, pillarWhy } from './pillars.ts';
import { GapKind, PILLAR_IDS, PROFILE_IDS, SectionKind, Severity, WPS_PILLARS, type PillarId, type Section } from '../schema.ts';

/** The two languages the review speaks. */
export type LabelLanguage = 'en' | 'fr';

/** French for a French document (or a French interface setting), English otherwise ("und" included). */
export function labelLanguage(language: string | undefined): LabelLanguage {
  return language === 'fr' ? 'fr' : 'en';
}

const Pair = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
const Explained = z.object({ label: z.string().min(1), explain: z.string().min(1) }).strict();
const ExplainedPair = z.object({ en: Explained, fr: Explained }).strict();

/** How a finding is said, as the review sorts and filters it (one per finding; see review.ts). */
export const REVIEW_KINDS = ['task', 'advice', 'context', 'negated', 'procedural'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Finding flags a person can filter on or read about. */
export const FLAGS = ['genderSpecific', 'boilerplate', 'scopeLimited', 'unverified', 'annex', 'reported', 'negated', 'procedural', 'reference'] as const;
export type Flag = (typeof FLAGS)[number];

const complete = <K extends string, V extends z.ZodTypeAny>(keys: readonly K[], value: V) =>
  z.record(z.string(), value).superRefine((rec, ctx) => {
    for (const k of keys) if (!(k in rec)) ctx.addIssue({ code: 'custom', message: `missing "${k}"` });
  });

export const LabelsFile = z.object({
  $comment: z.string().optional(),
  profiles: complete(PROFILE_IDS, Pair),
  families: complete(WPS_PILLARS, Pair),
  /** Why each pillar matters, in French (the English is data/pillars.json's). */
  familyWhyFr: complete(WPS_PILLARS, z.string().min(1)),
  groups: complete(PILLAR_IDS, Pair),
  sectionKinds: complete(SectionKind.options, Pair),
  kinds: complete(REVIEW_KINDS, ExplainedPair),
  flags: complete(FLAGS, ExplainedPair),
  gapKinds: complete(GapKind.options, ExplainedPair),
  severities: complete(Severity.options, Pair),
  levels: complete(['required', 'recommended'], Pair),
  /** French names of the lexicon's concepts (English: the lexicon's own label). */
  concepts: z.record(z.string(), z.string().min(1)),
}).strict();
export type LabelsFile = z.infer<typeof LabelsFile>;

export const LABELS: LabelsFile = LabelsFile.parse(data);

type PairRec = Record<string, { en: string; fr: string }>;

/** "thematic-resolution" → "Thematic resolution"; an unknown id (a pack's) reads as a sentence. */
export function profileLabel(id: string, language: LabelLanguage = 'en', fallback?: string): string {
  return (LABELS.profiles as PairRec)[id]?.[language] ?? fallback ?? humanise(id);
}

/** The five WPS pillars (colour families): "Relief and recovery", « Secours et relèvement ». */
export function familyName(family: string, language: LabelLanguage = 'en'): string {
  return (LABELS.families as PairRec)[family]?.[language] ?? humanise(family);
}

/** Why a pillar matters, in one sentence (hover cards): the family's line, in English or French. */
export function familyWhy(pillar: PillarId, language: LabelLanguage = 'en'): string {
  return language === 'fr' ? LABELS.familyWhyFr[pillarFamily(pillar)]! : pillarWhy(pillar);
}

/**
 * One of the eighteen pillar ids as a group inside its family. The five core ids read "Protection
 * (general)", so the group never shares a name with its family's total.
 */
export function groupName(pillar: string, language: LabelLanguage = 'en'): string {
  return (LABELS.groups as PairRec)[pillar]?.[language] ?? humanise(pillar);
}

/** A pillar or thematic group as a reader names it: "Legal frame", « Cadre juridique », « Participation ». */
export function pillarName(p: PillarId, language: LabelLanguage = 'en'): string {
  if (language === 'en') return pillarLabel(p);
  return (WPS_PILLARS as readonly string[]).includes(p) ? familyName(p, language) : groupName(p, language);
}

/** A concept's name: the French list for French, else the lexicon's label (given) or the id made readable. */
export function conceptLabel(id: string, language: LabelLanguage = 'en', lexiconLabel?: string): string {
  if (language === 'fr') {
    const fr = LABELS.concepts[id];
    if (fr) return fr;
  }
  return lexiconLabel ?? humanise(id);
}

export function sectionKindLabel(kind: string, language: LabelLanguage = 'en'): string {
  return (LABELS.sectionKinds as PairRec)[kind]?.[language] ?? humanise(kind);
}

/** A section's kind and number: "Operative paragraph 4", « Paragraphe du dispositif 4 », "Annex K", "Preamble". */
export function sectionCaption(s: Pick<Section, 'kind' | 'number' | 'title'>, language: LabelLanguage = 'en'): string {
  const kind = sectionKindLabel(s.kind, language);
  if (!s.number || (s.kind === 'heading' && s.title?.startsWith(s.number))) return kind;
  if (s.kind === 'annex' && /^(annex|annexe)\b/i.test(s.number)) {
    return language === 'fr' ? s.number.replace(/^annex\b(?!e)/i, 'Annexe') : s.number;
  }
  return `${kind} ${s.number}`;
}

/** "Operative paragraph 4: Decides…"-style label: kind and number, then the title when there is one. */
export function sectionHeading(s: Pick<Section, 'kind' | 'number' | 'title'>, language: LabelLanguage = 'en'): string {
  const name = sectionCaption(s, language);
  if (!s.title) return name;
  const title = s.title.replace(/\s+/g, ' ').trim();
  return s.kind === 'heading' ? title : `${name}${language === 'fr' ? ' : ' : ': '}${title}`;
}

export interface Explanation { label: string; explain: string }

/** "context" → { label: "Mention", explain: "Named without a task or advice…" }. */
export function kindLabel(kind: ReviewKind, language: LabelLanguage = 'en'): Explanation {
  return LABELS.kinds[kind]![language];
}

/** "boilerplate" → { label: "Stock phrase", explain: … }. */
export function flagLabel(flag: Flag, language: LabelLanguage = 'en'): Explanation {
  return LABELS.flags[flag]![language];
}

export function gapKindLabel(kind: GapKind, language: LabelLanguage = 'en'): Explanation {
  return LABELS.gapKinds[kind]![language];
}

export function severityLabel(severity: Severity, language: LabelLanguage = 'en'): string {
  return (LABELS.severities as PairRec)[severity]![language];
}

export function levelLabel(level: 'required' | 'recommended', language: LabelLanguage = 'en'): string {
  return (LABELS.levels as PairRec)[level]![language];
}

/** "par-local-mediation" → "Par local mediation": the last resort for ids no list names. */
function humanise(id: string): string {
  const s = id.replace(/[-_.]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
