// How strongly a provision is said: the action verbs of resolution paragraphs (class and level,
// from data/verbs.json) and the modal cues of orders (task / advice / context).
import verbData from './data/verbs.json' with { type: 'json' };
import type { Level, Mode, SectionVerb, Strength, VerbClass } from './schema.ts';
import { escapeRegExp } from './text.ts';

interface VerbInfo { lemma: string; verbClass: VerbClass; level: Level; finite: boolean }

const forms = new Map<string, VerbInfo>();
for (const v of verbData.resolution) {
  const info = { lemma: v.lemma, verbClass: v.class as VerbClass, level: v.level as Level };
  for (const f of v.finite) if (!forms.has(f)) forms.set(f, { ...info, finite: true });
  for (const f of v.participle) if (!forms.has(f)) forms.set(f, { ...info, finite: false });
}
const byLength = (a: string, b: string) => b.length - a.length;
const formAlt = [...forms.keys()].sort(byLength).map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|');
const advAlt = [...verbData.adverbs].sort(byLength).map((a) => escapeRegExp(a).replace(/ /g, '\\s+')).join('|');

/** A paragraph's opening: optional numbering, adverbs ("Also", "Strongly"), then an action verb. */
const LEADING = new RegExp(
  `^[\\s\\u00A0]*(?:(?:\\d{1,3}[.)]|\\([a-z]{1,4}\\)|[a-z]\\)|[ivxl]{1,6}\\.)[\\s\\u00A0]+)?(?:(?:${advAlt})[\\s\\u00A0]+)*(${formAlt})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** Further verbs inside a paragraph: after a comma, semicolon or "and" ("…, and stressing …"). */
const INNER = new RegExp(
  `(?:[,;][\\s\\u00A0]*(?:and[\\s\\u00A0]+)?|[\\s\\u00A0]and[\\s\\u00A0]+)(?:(?:${advAlt})[\\s\\u00A0]+)*(${formAlt})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** The verb word(s) as the UN labels them: the first word, or "Having considered". */
function headOf(matched: string): string {
  const parts = matched.split(/[\s\u00A0]+/);
  return parts[0]!.toLowerCase() === 'having' && parts.length > 1 ? `${parts[0]} ${parts[1]}` : parts[0]!;
}

export interface LeadingVerb extends SectionVerb { finite: boolean }

function toVerb(text: string, matchStart: number, matched: string): LeadingVerb {
  const info = forms.get(matched.toLowerCase().replace(/[\s\u00A0]+/g, ' '))!;
  const head = headOf(matched);
  return { text: head, start: matchStart, end: matchStart + head.length, verbClass: info.verbClass, level: info.level, lemma: info.lemma, finite: info.finite };
}

/** Opening word of a paragraph that is not in the verb table ("Ensuring …" in a task list). */
const OPENING_WORD = new RegExp(
  `^[\\s\\u00A0]*(?:(?:\\d{1,3}[.)]|\\([a-z]{1,4}\\)|[a-z]\\)|[ivxl]{1,6}\\.)[\\s\\u00A0]+)?(?:(?:${advAlt})[\\s\\u00A0]+)*([\\p{L}][\\p{L}/'’-]*)`,
  'iu',
);

/**
 * The action verb that opens text[from, to), if the paragraph opens with one. With `anyWord`,
 * a paragraph already known to belong to a resolution yields its opening word even when the
 * verb table does not know it (class null, level 0).
 */
export function leadingVerb(text: string, from: number, to: number, anyWord = false): LeadingVerb | null {
  const slice = text.slice(from, Math.min(to, from + 300));
  const m = LEADING.exec(slice);
  if (m) return toVerb(text, from + m.index + m[0].length - m[1]!.length, m[1]!);
  if (!anyWord) return null;
  const w = OPENING_WORD.exec(slice);
  if (!w) return null;
  const start = from + w.index + w[0].length - w[1]!.length;
  let word = w[1]!;
  if (word.toLowerCase() === 'having') word = /^having[\s\u00A0]+[\p{L}]+/iu.exec(text.slice(start, start + 40))?.[0] ?? word;
  return { text: word, start, end: start + word.length, verbClass: null, level: 0, finite: /s$/i.test(word) };
}

/** Every action verb of a resolution paragraph, the opening one first. */
export function paragraphVerbs(text: string, from: number, to: number): LeadingVerb[] {
  const out: LeadingVerb[] = [];
  const lead = leadingVerb(text, from, to, true);
  if (lead) out.push(lead);
  const slice = text.slice(from, to);
  INNER.lastIndex = 0;
  for (let m = INNER.exec(slice); m; m = INNER.exec(slice)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    if (lead && start <= lead.start) continue;
    // Only lower-case inner verbs: a capitalised word after a comma is a name, not a verb.
    if (m[1]![0] !== m[1]![0]!.toLowerCase()) continue;
    out.push(toVerb(text, start, m[1]!));
  }
  return out;
}

// ---------------------------------------------------------------- orders

const phraseAlt = (list: string[]) => [...list].sort(byLength).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
const TASK = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlt(verbData.orders.task)})(?![\\p{L}\\p{N}])`, 'giu');
const ADVICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${phraseAlt(verbData.orders.advice.filter((a) => a !== 'BPT'))})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "Be prepared to", as an acronym: case-sensitive so that "bpt" in prose is not read as one. */
const BPT = /(?<![\p{L}\p{N}])BPT(?![\p{L}\p{N}])/gu;
const IMPERATIVES = new Set(verbData.orders.imperatives);
/** Sentence opening: list markers and leading adverbs, then the first word. */
const FIRST_WORD = /^[\s\u00A0]*(?:(?:\d{1,2}[.)]|\(?[a-z0-9]{1,4}\)|[a-z]\.|[-•*–])[\s\u00A0]+)*(?:(?:immediately|always|routinely|also)[\s\u00A0]+)?([\p{L}]+)/iu;

function firstHit(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/**
 * Mode of a sentence in an order or report: advice cues (should, may, where possible…) win over
 * task cues (will, shall, is to…), because a hedge downgrades a task; an imperative opening is a task.
 */
export function orderStrength(text: string, sentStart: number, sentEnd: number): Strength {
  const s = text.slice(sentStart, sentEnd);
  const adv = firstHit(ADVICE, s) ?? firstHit(BPT, s);
  if (adv) return { verbClass: null, level: 2, mode: 'advice', cue: adv[0] };
  const task = firstHit(TASK, s);
  if (task) return { verbClass: null, level: 4, mode: 'task', cue: task[0] };
  const first = FIRST_WORD.exec(s);
  if (first && IMPERATIVES.has(first[1]!.toLowerCase()) && /^[A-Z]/.test(first[1]!)) {
    return { verbClass: null, level: 4, mode: 'task', cue: first[1]! };
  }
  return { verbClass: null, level: 0, mode: 'context' };
}

/** Strength of a finding governed by a resolution verb; preambular paragraphs are context (level 0). */
export function resolutionStrength(verb: SectionVerb | undefined, preambular: boolean): Strength {
  if (!verb) return { verbClass: null, level: 0, mode: 'context' };
  const level: Level = preambular ? 0 : verb.level;
  const mode: Mode = preambular || level <= 1 ? 'context' : level >= 4 ? 'task' : 'advice';
  return { verbClass: verb.verbClass, level, mode, cue: verb.text };
}
