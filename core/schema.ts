// The report contract (../shared/CONTRACT.md, v1) as zod schemas; the types derive from them.
// Fields may be added here; the contract's fields keep their names and meanings.
import { z } from 'zod';

export const WPS_PILLARS = ['participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective'] as const;
export const THEMATIC_GROUPS = [
  'crsv', 'sea', 'gbv', 'poc', 'child-protection', 'human-rights', 'gender-balance',
  'training', 'leadership', 'data-reporting', 'structures', 'operations', 'legal-frame',
] as const;
export const PILLAR_IDS = [...WPS_PILLARS, ...THEMATIC_GROUPS] as const;
export const PillarId = z.enum(PILLAR_IDS);
export type PillarId = z.infer<typeof PillarId>;

/** Taxonomy codes, one to one with the pillar ids. */
export const PILLAR_CODES: Record<PillarId, string> = {
  participation: 'PAR', protection: 'PRO', prevention: 'PRV', 'relief-recovery': 'RR', 'gender-perspective': 'GM',
  crsv: 'CRSV', sea: 'SEA', gbv: 'GBV', poc: 'POC', 'child-protection': 'CP', 'human-rights': 'HR',
  'gender-balance': 'BAL', training: 'TRN', leadership: 'LEAD', 'data-reporting': 'DATA', structures: 'STR',
  operations: 'OPS', 'legal-frame': 'LEGAL',
};

export const PROFILE_IDS = [
  'mandate', 'thematic-resolution', 'mission-concept', 'conops', 'oporder', 'roe',
  'sg-report', 'operations-report', 'poc-strategy', 'generic',
  // Added 2026-12, for what advisers read (no rules: the score is null for them).
  'research-report', 'policy-brief', 'press-release', 'news',
] as const;
export const ProfileId = z.enum(PROFILE_IDS);
export type ProfileId = z.infer<typeof ProfileId>;

export const VerbClass = z.enum(['deciding', 'directive', 'reinforcing', 'observing', 'evaluative']);
export type VerbClass = z.infer<typeof VerbClass>;
export const Level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export type Level = z.infer<typeof Level>;
export const Mode = z.enum(['task', 'advice', 'context']);
export type Mode = z.infer<typeof Mode>;

const Offset = z.number().int().nonnegative();

export const Strength = z.object({
  verbClass: VerbClass.nullable(),
  level: Level,
  mode: Mode,
  /** Added: the word(s) that set the strength, e.g. "Requests", "will", "should consider". */
  cue: z.string().optional(),
});
export type Strength = z.infer<typeof Strength>;

export const Finding = z.object({
  concept: z.string(),
  pillar: PillarId,
  genderSpecific: z.boolean(),
  start: Offset,
  end: Offset,
  text: z.string(),
  sentence: z.object({ start: Offset, end: Offset }),
  section: z.string().optional(),
  block: z.string().optional(),
  strength: Strength,
  negated: z.boolean(),
  scopeLimited: z.boolean(),
  boilerplate: z.boolean(),
  procedural: z.boolean(),
  unverified: z.boolean(),
  /** Added: concept label, for surfaces that show findings without the lexicon. */
  label: z.string().optional(),
  /** Added: true when the finding lies in an annex. */
  annex: z.boolean().optional(),
  /** Added 2026-12: true in a table of contents, notes, a reference list or page furniture (left out of coverage, gaps and score). */
  reference: z.boolean().optional(),
  /** Added: the strength comes from a decision reported in prose ("the Council requested …", « le Conseil a prié … »). */
  reported: z.boolean().optional(),
  /** Added: who took that decision, when the text says: council, secretary-general, general-assembly, member-states, mission, parties, government, author. */
  actor: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const SectionVerb = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  verbClass: VerbClass.nullable(),
  level: Level,
  /** Added: the normalised lemma, e.g. "call upon". */
  lemma: z.string().optional(),
});
export type SectionVerb = z.infer<typeof SectionVerb>;

export const SectionKind = z.enum([
  'preamble', 'preambular', 'operative', 'opord-paragraph', 'annex', 'heading', 'body',
  // Added 2026-12: long-form documents (paragraph = numbered report paragraph); furniture = page headers, footers, page numbers.
  'contents', 'notes', 'references', 'table', 'paragraph', 'furniture',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export const Section = z.object({
  id: z.string(),
  kind: SectionKind,
  number: z.string().optional(),
  title: z.string().optional(),
  start: Offset,
  end: Offset,
  parent: z.string().optional(),
  verbs: z.array(SectionVerb).optional(),
  /** Added: id of the input block the section starts in, for block input. */
  block: z.string().optional(),
});
export type Section = z.infer<typeof Section>;

export const PillarCoverage = z.object({
  findings: z.number().int(),
  concepts: z.array(z.string()),
  tasks: z.number().int(),
  advice: z.number().int(),
  negated: z.number().int(),
});
export type PillarCoverage = z.infer<typeof PillarCoverage>;

export const GapKind = z.enum(['missing', 'annex-only', 'negated-only', 'advice-only', 'boilerplate-only', 'preamble-only']);
export type GapKind = z.infer<typeof GapKind>;

export const Coverage = z.object({
  byPillar: z.record(PillarId, PillarCoverage),
  bySection: z.record(z.string(), z.object({ pillars: z.array(PillarId), concepts: z.array(z.string()) })),
  /**
   * Changed 2026-12: from the same rule outcomes as the gaps (met 1, annex/advice/boilerplate/preamble-only ½,
   * missing or negated-only 0; required rules weigh 2, recommended 1); null for a profile without rules.
   */
  score: z.number().min(0).max(100).nullable(),
  /** One line on how the score was made, or for a null score the coverage summary; in the document's language. */
  scoreBasis: z.string().optional(),
  /** Added: findings that count (not negated, procedural or reference) of gender-specific concepts. */
  genderSpecific: z.number().int().nonnegative().optional(),
  /** Added 2026-12: the rule tally behind scoreBasis (rules applied, met, per gap kind), so a surface can say it in its reader's language. */
  scoreRules: z.object({
    rules: z.number().int().nonnegative(),
    met: z.number().int().nonnegative(),
    kinds: z.record(GapKind, z.number().int().nonnegative()),
  }).optional(),
});
export type Coverage = z.infer<typeof Coverage>;

export const Severity = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;

export const Gap = z.object({
  rule: z.string(),
  concept: z.string().optional(),
  section: z.string().optional(),
  severity: Severity,
  kind: GapKind,
  reason: z.string(),
  basis: z.string(),
  suggestion: z.string(),
  /** Added: "required" or "recommended", from the profile rule. */
  level: z.enum(['required', 'recommended']).optional(),
  /** Added: the concepts any one of which would satisfy the rule. */
  concepts: z.array(z.string()).optional(),
  /**
   * Added: how often the rule's concepts or keywords do occur (procedural mentions left out): stated in
   * the main body, stated in annexes, and stated as absent. "0 in the main body, 7 in annexes" is the
   * classic annex-only order.
   */
  evidence: z.object({
    mainBody: z.number().int().nonnegative(), annex: z.number().int().nonnegative(), negated: z.number().int().nonnegative(),
    /** Ids of the annex sections where the annex mentions are. */
    annexSections: z.array(z.string()).optional(),
  }).optional(),
  /** Added: the gap of a relational rule: its subject is mentioned, but not where or with what the rule requires. */
  relational: z.boolean().optional(),
  /** Added 2026-12: the language reason, basis and suggestion are written in (the document's: French for a French document). */
  language: z.enum(['en', 'fr']).optional(),
});
export type Gap = z.infer<typeof Gap>;

export const FigureCategory = z.enum(['mission-personnel', 'host-nation', 'population']);
export type FigureCategory = z.infer<typeof FigureCategory>;
export const Figure = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  percent: z.number(),
  group: z.string(),
  category: FigureCategory,
  /** The sentence the figure is stated in (core/text/sentence.ts), as for findings. */
  sentence: z.object({ start: Offset, end: Offset }),
  /** A target or quota ("a target of 15 per cent", « un quota de 30 % »), not an observed share. */
  target: z.boolean().optional(),
  /** Whom the percentage counts. */
  women: z.enum(['women', 'girls', 'women-and-girls']).optional(),
  block: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const Language = z.enum(['en', 'fr', 'und']);
export type Language = z.infer<typeof Language>;

export const Report = z.object({
  source: z.string(),
  language: Language,
  /** id: one of PROFILE_IDS, or the id of a user profile loaded with --lexicon. */
  profile: z.object({
    id: z.union([ProfileId, z.string().regex(/^[a-z0-9-]+$/)]), confidence: z.number().min(0).max(1), detected: z.boolean(),
    /** Added 2026-12: when detection is not sure (the type is then generic), the likeliest types. */
    candidates: z.array(z.object({ id: z.string(), confidence: z.number().min(0).max(1) })).optional(),
    /** Added 2026-12: the profile's own name, from the lexicon or pack that defines it ("NATO operation order (OPORD)"). */
    label: z.string().optional(),
  }),
  findings: z.array(Finding),
  structure: z.array(Section),
  coverage: Coverage,
  gaps: z.array(Gap),
  figures: z.array(Figure),
  /** Added: for block input, where each block sits in the joined text that sections refer to, and its language. */
  blocks: z.array(z.object({ id: z.string(), start: Offset, end: Offset, language: Language.optional() })).optional(),
  /** Added: runs of one language in the analysed text (joined text for block input); mixed documents have several. */
  languages: z.array(z.object({ language: Language, start: Offset, end: Offset })).optional(),
  /** Added: UTF-16 length of the analysed text (joined text for block input). */
  length: z.number().int().optional(),
  /** Added 2026-12: the rule packs the lexicon was built from (core/packs), so a finding can be traced to its rule set. */
  packs: z.array(z.object({
    id: z.string(), name: z.string(), version: z.string(), publisher: z.string(), origin: z.string(),
    trust: z.enum(['built-in', 'verified', 'signed', 'unsigned']), keyId: z.string().optional(),
  })).optional(),
});
export type Report = z.infer<typeof Report>;

export const CliOutput = z.object({
  version: z.literal(1),
  documents: z.array(Report),
  errors: z.array(z.object({ source: z.string(), message: z.string() })),
});
export type CliOutput = z.infer<typeof CliOutput>;

// ---------------------------------------------------------------- lexicon files

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, hyphens)');
const phrase = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters');

export const Concept = z.object({
  id: kebab,
  label: z.string().min(1),
  pillar: PillarId,
  genderSpecific: z.boolean(),
  terms: z.object({ en: z.array(phrase), fr: z.array(phrase).optional() }),
  /** Case-sensitive acronyms, e.g. "SEA" (never "sea"). */
  acronyms: z.array(phrase).optional(),
  /** Regular expressions, only where a phrase cannot say it; checked by safety.ts. */
  patterns: z.array(z.string().min(1)).optional(),
  context: z.object({
    /** Words or @groups, one of which must occur in the same sentence, clause or phrase. */
    requires: z.array(phrase).optional(),
    /**
     * "sentence" (default) or "clause": anywhere there. Added "phrase": in the term's own phrase or governing
     * it ("protection of women", "gender-sensitive training", « formation sur le genre »; core/analysis/context.ts).
     */
    within: z.enum(['sentence', 'clause', 'phrase']).optional(),
    /** Added: the concept (without a context rule) a match becomes when the rule fails, e.g. training in general. */
    otherwise: kebab.optional(),
    /**
     * Added: read the match as another concept when a word of `when` stands in its sentence (or clause) and
     * none of `unless` does, e.g. women in uniform of a national army rather than of the mission (core/analysis/context.ts).
     */
    instead: z.array(z.object({
      concept: kebab,
      when: z.array(phrase).min(1),
      unless: z.array(phrase).optional(),
      /** "complement": inside the match or in a complement after it ("female soldiers of the national army"). */
      within: z.enum(['sentence', 'clause', 'complement']).optional(),
    }).strict()).optional(),
  }).optional(),
  /** Phrases that, when they contain the match, cancel it (e.g. "engender", "separated by gender"). */
  excludes: z.array(phrase).optional(),
  /** Added: the concept is a procedural mention, not WPS content (same-gender search). */
  procedural: z.boolean().optional(),
  /** Added: the concept is a stock pairing ("women and children"). */
  boilerplate: z.boolean().optional(),
  /** Added: set false to keep terms exactly as written (no generated inflections). */
  inflect: z.boolean().optional(),
  /** Added: a user concept with a built-in id replaces it only with override: true. */
  override: z.boolean().optional(),
  description: z.string().optional(),
}).strict();
export type Concept = z.infer<typeof Concept>;

/**
 * Added: action verbs of resolution-style texts, in data/verbs.json's own shape (lemma, class, level, finite
 * and participle forms, French forms). A form already known with another class or level is replaced only
 * with `"override": true`.
 */
export const ResolutionVerbSpec = z.object({
  lemma: phrase,
  class: VerbClass,
  level: Level,
  finite: z.array(phrase).default([]),
  participle: z.array(phrase).default([]),
  fr: z.object({ finite: z.array(phrase).default([]), participle: z.array(phrase).default([]) }).strict().optional(),
  override: z.boolean().optional(),
}).strict();
export type ResolutionVerbSpec = z.infer<typeof ResolutionVerbSpec>;

/**
 * Added: verb strengths a lexicon or pack adds: resolution verbs, and the modal cues of orders in
 * data/verbs.json's `orders` shape (task / advice, English and French). A cue already known in the other
 * mode moves only when listed in `override`; restating a known cue in its own mode changes nothing.
 */
export const VerbsSpec = z.object({
  /** Where these strengths come from (sources, and which are the author's inference). */
  basis: z.string().optional(),
  resolution: z.array(ResolutionVerbSpec).optional(),
  orders: z.object({
    task: z.array(phrase).optional(),
    advice: z.array(phrase).optional(),
    taskFr: z.array(phrase).optional(),
    adviceFr: z.array(phrase).optional(),
    override: z.array(phrase).optional(),
  }).strict().optional(),
}).strict();
export type VerbsSpec = z.infer<typeof VerbsSpec>;

/** Added: a document-type cue, in a profile's own `cues` shape. */
export const TypeCue = z.object({ phrase: phrase, weight: z.number(), line: z.boolean().optional(), title: z.boolean().optional() }).strict();
export type TypeCue = z.infer<typeof TypeCue>;

/**
 * Added: cues a lexicon or pack adds: headings of an order's five paragraphs (each title read only under its
 * number, e.g. "4. SUPPORT"), and document-type cues for profiles defined elsewhere (built-in or another
 * pack's). A title given another number, or a cue phrase a profile already weighs differently, is replaced
 * only with `"override": true`.
 */
export const CuesSpec = z.object({
  basis: z.string().optional(),
  orderParagraphs: z.array(z.object({
    number: z.enum(['1', '2', '3', '4', '5']),
    titles: z.array(phrase).min(1),
    override: z.boolean().optional(),
  }).strict()).optional(),
  profiles: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(TypeCue.extend({ override: z.boolean().optional() }).strict())).optional(),
}).strict();
export type CuesSpec = z.infer<typeof CuesSpec>;

export const LexiconFile = z.object({
  version: z.literal(1).optional(),
  /** Named word groups used by context rules as "@name". */
  groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(phrase)).optional(),
  concepts: z.array(Concept).default([]),
  profiles: z.array(z.lazy(() => Profile)).optional(),
  /** Added: verb strengths and cues (VerbsSpec, CuesSpec). */
  verbs: VerbsSpec.optional(),
  cues: CuesSpec.optional(),
}).strict();
export type LexiconFile = z.infer<typeof LexiconFile>;

// ---------------------------------------------------------------- profile files

/** Where a rule looks: the whole text, the main body (not annexes), an OpOrder paragraph, annexes, operative paragraphs. */
export const Scope = z.enum(['any', 'main-body', 'annex', 'operative', 'opord-1', 'opord-2', 'opord-3', 'opord-4', 'opord-5']);
export type Scope = z.infer<typeof Scope>;

/** Added: what a relational condition looks for beside its subject: concepts, plain keywords or safe patterns. */
const Companion = z.object({
  concepts: z.array(kebab).optional(),
  keywords: z.array(phrase).optional(),
  /** Regular expressions (checked for safety like a concept's), e.g. an amount of money. */
  patterns: z.array(z.string().min(1)).optional(),
  /** Where the companion must stand: the subject's sentence (default) or its section. */
  in: z.enum(['sentence', 'section']).optional(),
}).strict().refine((c) => (c.concepts?.length ?? 0) + (c.keywords?.length ?? 0) + (c.patterns?.length ?? 0) > 0, {
  message: 'needs concepts, keywords or patterns',
});

/**
 * Added: one condition on a mention of the rule's subject (its concepts or keywords). A mention meets it when
 * every part given holds: it lies `within` one of the sections (an id such as "opord-5", or a kind such as
 * "annex", or a section whose title contains one of `titles`), a companion stands `with` it, none stands
 * `without` it, and with `task` it is said as a task.
 */
export const RelationCondition = z.object({
  within: z.object({ sections: z.array(z.string().min(1)).optional(), titles: z.array(phrase).optional() }).strict()
    .refine((w) => (w.sections?.length ?? 0) + (w.titles?.length ?? 0) > 0, { message: 'needs sections or titles' }).optional(),
  with: Companion.optional(),
  without: Companion.optional(),
  task: z.boolean().optional(),
}).strict().refine((c) => c.within || c.with || c.without || c.task, { message: 'a condition needs within, with, without or task' });
export type RelationCondition = z.infer<typeof RelationCondition>;

/**
 * Added: a relational rule (core/report/relations.ts). It applies when the document mentions the rule's subject
 * (its concepts or keywords, in its scope); it is then met when `any` one condition (or `all` of them) is met by
 * some mention. A document that never mentions the subject has nothing to relate: the rule does not apply
 * (presence is another rule's business) and is left out of the score.
 */
export const Relation = z.object({
  any: z.array(RelationCondition).min(1).optional(),
  all: z.array(RelationCondition).min(1).optional(),
}).strict().refine((r) => Boolean(r.any) !== Boolean(r.all), { message: 'give exactly one of "any" or "all"' });
export type Relation = z.infer<typeof Relation>;

export const ProfileRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/, 'must look like "profile.rule-name"'),
  level: z.enum(['required', 'recommended']),
  /** Any one of these concepts satisfies the rule. */
  concepts: z.array(kebab).optional(),
  /** Plain keywords (case-insensitive, whole words) any one of which satisfies the rule: the FOI keyword check. */
  keywords: z.array(phrase).optional(),
  where: Scope.default('any'),
  /** The concept must be said as a task (will/shall; Decides/Requests), not as advice. */
  expectTask: z.boolean().optional(),
  severity: Severity.optional(),
  reason: z.string().min(1),
  basis: z.string().min(1),
  suggestion: z.string().min(1),
  /** Added: a relational rule: what must accompany the subject, or where it must stand (see Relation). */
  requires: Relation.optional(),
  /** Added 2026-12: the same three texts in French, for French documents (built-in rules: data/profiles-fr.json). */
  fr: z.object({ reason: z.string().min(1), basis: z.string().min(1), suggestion: z.string().min(1) }).strict().optional(),
}).strict().refine((r) => (r.concepts?.length ?? 0) + (r.keywords?.length ?? 0) > 0, {
  message: 'a rule needs concepts or keywords',
});
export type ProfileRule = z.infer<typeof ProfileRule>;

export const Profile = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  description: z.string().optional(),
  /**
   * Phrases (case-insensitive) that suggest this document type, with weights; used by detect.ts. `line`: counts
   * only as a whole line (a heading: "Executive summary"); `title`: only inside a title line near the top.
   */
  cues: z.array(z.object({ phrase: phrase, weight: z.number(), line: z.boolean().optional(), title: z.boolean().optional() })).default([]),
  /**
   * Added 2026-12: the layout the type needs before detection may choose it: a resolution's preamble and
   * operative paragraphs, an order's numbered paragraphs or title, numbered rules or the title, or the title.
   */
  layout: z.enum(['resolution', 'order', 'rules', 'title']).optional(),
  rules: z.array(ProfileRule),
  override: z.boolean().optional(),
}).strict();
export type Profile = z.infer<typeof Profile>;

export const ProfilesFile = z.object({
  version: z.literal(1).optional(),
  profiles: z.array(Profile),
}).strict();
export type ProfilesFile = z.infer<typeof ProfilesFile>;

/** Input as blocks (Word paragraphs, Excel cells, page nodes): offsets in findings are relative to each block. */
export const TextBlock = z.object({ id: z.string(), text: z.string() });
export type TextBlock = z.infer<typeof TextBlock>;
