// The Comparison contract (../shared/CONTRACT.md, section Comparison) as zod schemas; types derive from them.
// The contract's fields keep their names; everything marked "Added" is extra for the surfaces.
import { z } from 'zod';
import { Language, PillarId, VerbClass } from '../schema.ts';

export const CHANGE_STATUSES = ['added', 'removed', 'kept', 'strengthened', 'weakened', 'moved', 'moved+strengthened', 'moved+weakened'] as const;
export const ChangeStatus = z.enum(CHANGE_STATUSES);
export type ChangeStatus = z.infer<typeof ChangeStatus>;

const Offset = z.number().int().nonnegative();

/** One WPS term of a provision, as the analysis found it: `text === input.slice(start, end)` (block-relative with `block`). */
export const CiteWord = z.object({ start: Offset, end: Offset, text: z.string(), concept: z.string(), pillar: PillarId, block: z.string().optional() });
export type CiteWord = z.infer<typeof CiteWord>;

/** One side of a change: where the provision is and what WPS words it holds. */
export const Cite = z.object({
  section: z.string().optional(),
  number: z.string().optional(),
  /** From the first WPS word to the last (the paragraph itself when it holds none: WPS language added or removed). */
  start: Offset,
  end: Offset,
  /** The WPS words, in order, distinct, joined with "; " (empty when the paragraph holds none). */
  text: z.string(),
  /** The cue that sets the provision's strength ("Requests", "encourages", "will", "should"). */
  verb: z.string().optional(),
  /** Added: the input block the offsets are relative to (block input). */
  block: z.string().optional(),
  /** Added: the whole paragraph or sub-paragraph, same frame as start/end. */
  paragraph: z.object({ start: Offset, end: Offset }),
  /** Added: the paragraph's opening words (at most 160 characters), for lists of removed provisions. */
  excerpt: z.string(),
  /** Added: each WPS word with exact offsets. */
  words: z.array(CiteWord),
  /** Added: section kind (operative, preambular, opord-paragraph, body…). */
  kind: z.string().optional(),
  /** Added: strength of the strongest WPS word (verb class, level 0–5, mode). */
  verbClass: VerbClass.nullable().optional(),
  level: z.number().int().min(0).max(5),
  mode: z.enum(['task', 'advice', 'context']),
  /** Added: hedges in the provision's WPS sentences ("as appropriate", « le cas échéant »). */
  qualifiers: z.array(z.string()),
  /** Added: concrete task (deliverable, deadline, people, number) or general wording. */
  concreteness: z.enum(['concrete', 'general']),
  /** Added: concepts stated (not negated), sorted. */
  concepts: z.array(z.string()),
});
export type Cite = z.infer<typeof Cite>;

/** Why a provision was judged stronger or weaker: one line per reason, + stronger, − weaker. */
export const Signal = z.object({
  kind: z.enum(['verb', 'qualifier', 'concepts', 'concreteness']),
  direction: z.union([z.literal(1), z.literal(-1)]),
  old: z.string().optional(),
  new: z.string().optional(),
});
export type Signal = z.infer<typeof Signal>;

export const Change = z.object({
  status: ChangeStatus,
  pillars: z.array(PillarId),
  concepts: z.array(z.string()),
  old: Cite.optional(),
  new: Cite.optional(),
  note: z.string().optional(),
  /** Added: "c1", "c2"… in reading order of the new text (removed ones where they stood). */
  id: z.string(),
  /** Added: `provision` = the whole provision is new or gone; `language` = WPS language added to / removed from a paragraph that exists in both. */
  scope: z.enum(['provision', 'language']).optional(),
  /** Added: the provision moved (reordered, or under another parent, or between preamble and operative part). */
  moved: z.boolean(),
  /** Added: the reasons for strengthened / weakened (both ways when they cancel out and the status is kept). */
  signals: z.array(Signal),
  conceptsAdded: z.array(z.string()),
  conceptsRemoved: z.array(z.string()),
  /** Added: true when a gender-specific concept is involved on either side. */
  genderSpecific: z.boolean(),
  /** Added: content similarity of the aligned paragraphs, 0..1. */
  similarity: z.number().min(0).max(1).optional(),
  /** Added: one old paragraph split into several new ones (`alsoNew` are the further parts), or several merged into one (`alsoOld`). */
  join: z.enum(['split', 'merged']).optional(),
  alsoOld: z.array(Cite).optional(),
  alsoNew: z.array(Cite).optional(),
});
export type Change = z.infer<typeof Change>;

export const DocumentRef = z.object({
  source: z.string(),
  profile: z.string(),
  language: Language,
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const Counts = z.object({ old: z.number().int(), new: z.number().int(), change: z.number().int() });
export type Counts = z.infer<typeof Counts>;

export const FigureChange = z.object({
  status: z.enum(['added', 'removed', 'changed']),
  group: z.string(),
  category: z.string(),
  target: z.boolean(),
  old: z.object({ start: Offset, end: Offset, text: z.string(), percent: z.number(), block: z.string().optional() }).optional(),
  new: z.object({ start: Offset, end: Offset, text: z.string(), percent: z.number(), block: z.string().optional() }).optional(),
});
export type FigureChange = z.infer<typeof FigureChange>;

export const Comparison = z.object({
  version: z.literal(1),
  old: DocumentRef,
  new: DocumentRef,
  changes: z.array(Change),
  byPillar: z.record(PillarId, z.object({ old: z.number().int(), new: z.number().int(), change: z.number().int().optional() })),
  gapsOpened: z.array(z.string()),
  gapsClosed: z.array(z.string()),
  summary: z.string(),
  /** Added: the profile the gaps of both sides were judged against, and how it was chosen. */
  profile: z.object({ id: z.string(), basis: z.enum(['given', 'both', 'old', 'new']) }),
  /** Added: a rule whose gap changed kind ("missing" → "advice-only"). */
  gapsChanged: z.array(z.object({ rule: z.string(), old: z.string(), new: z.string() })),
  /** Added: per concept (stated on either side), counts of findings. */
  byConcept: z.record(z.string(), z.object({ old: z.number().int(), new: z.number().int(), change: z.number().int(), pillar: PillarId, label: z.string().optional() })),
  /** Added: per WPS pillar family (the five, thematic groups counted in theirs). */
  byFamily: z.record(z.string(), Counts),
  /** Added: gender-specific findings ("gender references: 27 → 38"), and WPS provisions, per side. */
  genderSpecific: Counts,
  provisions: Counts,
  /** Added: how many changes of each status; `moved` counts every moved one, `language` those of scope language. */
  counts: z.object({
    added: z.number().int(), removed: z.number().int(), kept: z.number().int(), strengthened: z.number().int(), weakened: z.number().int(),
    moved: z.number().int(), language: z.number().int(), split: z.number().int(), merged: z.number().int(),
  }),
  /** Added: stated shares of women that changed, appeared or went. */
  figures: z.array(FigureChange),
  /** Added: the summary's language. */
  language: z.enum(['en', 'fr']),
});
export type Comparison = z.infer<typeof Comparison>;

export const TrendRow = z.object({
  /** A family or pillar id, or "gender-specific" / "provisions". */
  key: z.string(),
  label: z.string(),
  kind: z.enum(['family', 'pillar', 'total']),
  values: z.array(z.number().int()),
});
export type TrendRow = z.infer<typeof TrendRow>;

export const ComparisonSeries = z.object({
  version: z.literal(1),
  documents: z.array(DocumentRef),
  steps: z.array(Comparison),
  /** Added: counts per version (columns in document order): families, then pillars, then totals. */
  trend: z.object({ columns: z.array(z.string()), rows: z.array(TrendRow) }),
  /** Added: a few plain sentences over the whole series. */
  summary: z.string(),
});
export type ComparisonSeries = z.infer<typeof ComparisonSeries>;
