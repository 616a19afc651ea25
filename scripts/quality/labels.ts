// The labelled development set (test/quality/labels/*.json): schema, loading, and where each label
// sits in its text. Labels refer to the shared corpus by passage id and to its text by exact snippets;
// the project holds no copy of the texts (docs/LABELLING.md says how each kind of label was decided).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { corpusDir, repoRoot } from '../../test/support/corpus.ts';

/** A snippet of the text: `text`, found inside the nth occurrence of `in` when given, else the nth occurrence of `text`. */
const Locator = {
  text: z.string().min(1),
  in: z.string().min(1).optional(),
  nth: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
};

export const Negation = z.object(Locator).strict();
export const TrapKind = z.enum(['not-only', 'restrictive', 'harm-absence', 'outside-scope', 'other', 'degree']);
export type TrapKind = z.infer<typeof TrapKind>;
/** A place where reading the text as absence is wrong ("not only", « ne … que », "no allegations were received"); `degree` is neutral. */
export const Trap = z.object({ ...Locator, kind: TrapKind }).strict();
export const Actor = z.enum(['council', 'secretary-general', 'member-states', 'mission', 'parties', 'author']);
export const Decision = z.object({
  ...Locator,
  mode: z.enum(['task', 'advice']),
  actor: Actor.optional(),
  /** False for decisions stated directly (an order's imperative list) rather than reported in prose. */
  reported: z.boolean().optional(),
}).strict();
export const Women = z.enum(['women', 'girls', 'women-and-girls']);
export const DistractorClass = z.enum(['turnout', 'budget', 'deployment-rate', 'change', 'victim-share', 'perpetrator-share', 'other']);
export const FigureLabel = z.discriminatedUnion('kind', [
  z.object({
    ...Locator,
    kind: z.literal('share'),
    percent: z.number().min(0).max(100),
    /** Other readings of a range ("2-4 %"). */
    alsoPercent: z.array(z.number()).optional(),
    women: Women,
    target: z.boolean(),
    category: z.enum(['mission-personnel', 'host-nation', 'population']).optional(),
  }).strict(),
  z.object({ ...Locator, kind: z.literal('distractor'), class: DistractorClass }).strict(),
]);
export type FigureLabel = z.infer<typeof FigureLabel>;

const PROFILE = z.string().regex(/^[a-z0-9-]+$/);
export const TextLabels = z.object({
  id: z.string().regex(/^(?:dev-(?:EN|FR)-\d{3}|report:[a-z0-9-]+)$/),
  type: z.object({ accept: z.array(PROFILE).min(1), forbid: z.array(PROFILE), note: z.string().optional() }).strict()
    .refine((t) => !t.accept.some((a) => t.forbid.includes(a)), 'a type is both accepted and forbidden'),
  negations: z.array(Negation).optional(),
  traps: z.array(Trap).optional(),
  decisions: z.array(Decision).optional(),
  figures: z.array(FigureLabel).optional(),
}).strict();
export type TextLabels = z.infer<typeof TextLabels>;
export const LabelFile = z.object({ version: z.literal(1), texts: z.array(TextLabels) }).strict();

export const LABEL_FILES = ['en.json', 'fr.json', 'reports.json'];
export const labelDir = () => join(repoRoot, 'test/quality/labels');

/** The two whole documents of corpus/reports/, by label id. */
export const REPORT_FILES: Record<string, string> = {
  'report:dcaf-2024-mali-gbv-case-study': 'dcaf-2024-mali-gbv-case-study.txt',
  'report:minusma-gender-adviser-exercise': 'minusma-gender-adviser-exercise.txt',
};

export type Split = 'dev' | 'held-out';
export type Lang = 'en' | 'fr';
export interface Passage { id: string; language: Lang; kind: string; text: string }

/** Odd-numbered passages and the two reports are the development split; even-numbered passages are held out. */
export function splitOf(id: string): Split {
  const m = /-(\d{3})$/.exec(id);
  return !m || Number(m[1]) % 2 === 1 ? 'dev' : 'held-out';
}

export function readPassages(): Passage[] {
  return JSON.parse(readFileSync(join(corpusDir(), 'prose/passages.json'), 'utf8')) as Passage[];
}

export interface LabelledText { id: string; lang: Lang; split: Split; kind: string; text: string; labels: TextLabels }

/** Every labelled text with its corpus text, in label-file order. Throws when a label names an unknown text. */
export function loadLabelled(dir = labelDir()): LabelledText[] {
  const passages = new Map(readPassages().map((p) => [p.id, p]));
  const out: LabelledText[] = [];
  for (const f of LABEL_FILES) {
    const file = LabelFile.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    for (const labels of file.texts) {
      const report = REPORT_FILES[labels.id];
      if (report) {
        const text = readFileSync(join(corpusDir(), 'reports', report), 'utf8');
        out.push({ id: labels.id, lang: 'en', split: 'dev', kind: 'report', text, labels });
        continue;
      }
      const p = passages.get(labels.id);
      if (!p) throw new Error(`${f}: no passage ${labels.id} in the corpus`);
      out.push({ id: p.id, lang: p.language, split: splitOf(p.id), kind: p.kind, text: p.text, labels });
    }
  }
  return out;
}

export interface Span { start: number; end: number }

function nthIndex(text: string, needle: string, nth: number): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Where a label's snippet sits. The locator must be unambiguous: a snippet (or its `in` context) that
 * occurs more than once needs `nth`. Throws with the reason otherwise.
 */
export function locate(text: string, loc: { text: string; in?: string; nth?: number }): Span {
  const outer = loc.in ?? loc.text;
  const n = count(text, outer);
  if (n === 0) throw new Error(`not in the text: ${JSON.stringify(outer)}`);
  if (n > 1 && loc.nth === undefined) throw new Error(`occurs ${n} times, give nth: ${JSON.stringify(outer)}`);
  const at = nthIndex(text, outer, loc.nth ?? 0);
  if (at < 0) throw new Error(`no occurrence ${loc.nth} of ${JSON.stringify(outer)}`);
  if (loc.in === undefined) return { start: at, end: at + loc.text.length };
  const inner = loc.in.indexOf(loc.text);
  if (inner < 0) throw new Error(`${JSON.stringify(loc.text)} is not inside ${JSON.stringify(loc.in)}`);
  return { start: at + inner, end: at + inner + loc.text.length };
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
