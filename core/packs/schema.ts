// The rule-pack file: a lexicon file (concepts, groups, profiles with their cues and rules, in the
// lexicon's own shapes) with a header saying who published which version, what it builds on, and an
// optional signature. Validated with zod at the trust boundary (packs come from files and policy).
import { z } from 'zod';
import { Concept, CuesSpec, Profile, VerbsSpec } from '../schema.ts';

export const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "un" is the built-in lexicon and profiles: every pack extends it, named or not. */
export const BASE_PACK = 'un';

export const PackHeader = z.object({
  id: z.string().regex(PACK_ID, 'must be kebab-case (a-z, 0-9, hyphens)'),
  name: z.string().trim().min(1, 'must not be empty'),
  /** Semantic version of the pack's content, e.g. "1.2.0". */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a version like 1.0.0'),
  publisher: z.string().trim().min(1, 'must not be empty'),
  description: z.string().optional(),
  /** French name and description, shown by French interfaces. */
  fr: z.object({ name: z.string().min(1), description: z.string().optional() }).strict().optional(),
  /** Packs this one builds on, loaded before it ("un", the built-in rules, always is). */
  extends: z.array(z.string().regex(PACK_ID, 'must be a pack id')).default([]),
}).strict();
export type PackHeader = z.infer<typeof PackHeader>;

/** ECDSA P-256 with SHA-256 over the pack's canonical JSON (canonical.ts), signature field left out. */
export const PackSignature = z.object({
  alg: z.literal('ES256'),
  /** Which organisation key signed it (free text, shown in messages). */
  keyId: z.string().min(1).optional(),
  /** The raw 64-byte r‖s signature WebCrypto produces, base64url. */
  value: z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url').min(80, 'is too short for an ES256 signature'),
}).strict();
export type PackSignature = z.infer<typeof PackSignature>;

export const PackFile = z.object({
  format: z.literal('wps-lens-pack/1'),
  pack: PackHeader,
  groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(z.string().trim().min(1).max(200))).optional(),
  concepts: z.array(Concept).default([]),
  profiles: z.array(Profile).default([]),
  /** Verb strengths and cues the pack adds, in the lexicon's shapes (core/schema.ts VerbsSpec, CuesSpec). */
  verbs: VerbsSpec.optional(),
  cues: CuesSpec.optional(),
  signature: PackSignature.optional(),
}).strict();
export type PackFile = z.infer<typeof PackFile>;

/** What a report says about a pack it used (report.packs). */
export interface PackInfo {
  id: string;
  name: string;
  version: string;
  publisher: string;
  /** "built-in" for the packs that ship with WPS Lens, else the file or policy it came from. */
  origin: string;
  /** unsigned, signed (not checked: no organisation key), verified (by an organisation key), built-in. */
  trust: 'built-in' | 'verified' | 'signed' | 'unsigned';
  keyId?: string;
}
