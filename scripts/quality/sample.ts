// The judged sample of gender-specific findings. A finding is keyed by text id, concept, matched text and
// a hash of its sentence as cut HERE (not by the core, whose sentence splitting other work changes), so a
// judgment survives unrelated changes to the engine. The sample is chosen by a seeded hash of the key:
// per text, the findings with the smallest hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../../test/support/corpus.ts';
import type { FindingLike } from './metrics.ts';

export const SEED = 'wps-quality-1';
/** Findings sampled per passage, and from the long case study. */
export const PER_TEXT = 4;
export const PER_LONG_TEXT: Record<string, number> = { 'report:dcaf-2024-mali-gbv-case-study': 40 };

/** FNV-1a, 32 bits, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const ENDS = /[.!?;](?=[\s"”»’)\]]|$)|\n[ \t]*\n/g;

/** Where sentences end: just after each end mark (. ! ? ; or a blank line), in text order. */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** The sentence around [start, end): from the last end at or before start to the first end after end. */
export function ownSentence(text: string, start: number, end: number, ends = sentenceEnds(text)): { start: number; end: number } {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! <= start) lo = mid + 1; else hi = mid; }
  const from = lo > 0 ? ends[lo - 1]! : 0;
  let k = lo;
  while (k < ends.length && ends[k]! < end) k++;
  return { start: from, end: k < ends.length ? ends[k]! : text.length };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface Keyed { key: string; finding: FindingLike; sentence: { start: number; end: number } }

/** Keys of the findings of one text: `id|concept|matched text|sentence hash|n`, n counting repeats in the sentence. */
export function keyFindings(id: string, text: string, findings: FindingLike[]): Keyed[] {
  const seen = new Map<string, number>();
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const ends = sentenceEnds(text);
  return sorted.map((finding) => {
    const sentence = ownSentence(text, finding.start, finding.end, ends);
    const base = `${id}|${finding.concept}|${norm(finding.text)}|${fnv1a(norm(text.slice(sentence.start, sentence.end)))}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}|${n}`, finding, sentence };
  });
}

/** The sampled gender-specific findings of one text (procedural mentions are not claimed as WPS content). */
export function sampleOf(id: string, text: string, findings: FindingLike[], seed = SEED): Keyed[] {
  const k = PER_LONG_TEXT[id] ?? PER_TEXT;
  const keyed = keyFindings(id, text, findings.filter((f) => f.genderSpecific && !f.procedural));
  return keyed
    .map((x) => ({ x, h: fnv1a(`${seed}|${x.key}`) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.x.key < b.x.key ? -1 : 1))
    .slice(0, k)
    .map((y) => y.x)
    .sort((a, b) => a.finding.start - b.finding.start);
}

/** ok: true (right), false (wrong, with why), null (listed, not judged yet). */
export const Verdict = z.object({ ok: z.boolean().nullable(), why: z.string().optional() }).strict()
  .refine((v) => v.ok !== false || !!v.why, 'a wrong verdict needs a reason (why)');
export const Judgments = z.object({
  version: z.literal(1),
  seed: z.string(),
  /** Sampled gender-specific findings: is this text, in this sentence, really that gender-specific WPS concept? */
  genderSpecific: z.record(z.string(), Verdict),
  /** Negated findings outside every negation-gold snippet: does the sentence really state this concept's absence? */
  negation: z.record(z.string(), Verdict),
}).strict();
export type Judgments = z.infer<typeof Judgments>;

export const judgmentsPath = () => join(repoRoot, 'test/quality/judgments.json');

export function readJudgments(path = judgmentsPath()): Judgments {
  return Judgments.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Keys sorted, one per line, so that diffs of judgments stay small. */
export function writeJudgments(j: Judgments, path = judgmentsPath()): void {
  const section = (rec: Record<string, unknown>) => Object.keys(rec).sort()
    .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(rec[k])}`).join(',\n');
  writeFileSync(path, `{\n  "version": 1,\n  "seed": ${JSON.stringify(j.seed)},\n  "genderSpecific": {\n${section(j.genderSpecific)}\n  },\n  "negation": {\n${section(j.negation)}\n  }\n}\n`);
}
