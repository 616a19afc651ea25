// What an organisation sets for every desk (the extension's managed storage, the add-ins' organisation
// file): packs, their signing keys, the default document type, sites to scan automatically, and whether
// users may add packs of their own. Pure: surfaces read the policy, this says what takes effect and
// which controls are locked.
import { z } from 'zod';
import type { PackSource } from './load.ts';
import type { PackKey } from './signature.ts';

const JwkPublic = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().min(1), y: z.string().min(1), kid: z.string().optional() }).passthrough();

/**
 * The policy's shape. Admin consoles often hold JSON as text, so a pack or a key may be given as an object
 * or as its JSON text. Unknown keys are refused (a typo would otherwise be a silently ignored policy).
 */
export const ManagedPolicy = z.object({
  /** Built-in packs to turn on, by id ("nato", "nap"). */
  builtinPacks: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** The organisation's own packs (pack JSON, or its text). */
  packs: z.array(z.union([z.record(z.string(), z.unknown()), z.string().min(2)])).optional(),
  /** Public keys: when set, only packs signed with one of them load (users' packs too). */
  packKeys: z.array(z.union([JwkPublic, z.string().min(2)])).optional(),
  /** Document type used instead of detection ("auto" to detect). */
  defaultProfile: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Origins scanned without a click, e.g. "https://intranet.example.org". */
  autoScanSites: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be an origin like https://example.org')).optional(),
  /** false: users may not import packs or lexicons of their own. */
  allowUserPacks: z.boolean().optional(),
}).strict();
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

/** What the user set in the surface's own settings (the part a policy can override). */
export interface UserChoices {
  builtinPacks?: readonly string[];
  packs?: readonly PackSource[];
  defaultProfile?: string;
  autoScanSites?: readonly string[];
}

export interface Effective {
  /** For loadPackLexicon: built-in ids, then the organisation's packs, then the user's (when allowed). */
  selected: (string | PackSource)[];
  keys: PackKey[];
  defaultProfile: string;
  autoScanSites: string[];
  allowUserPacks: boolean;
  /** Controls the policy sets: the options page shows them read-only, with "set by your organisation". */
  locked: Set<'packs' | 'profile' | 'autoScan' | 'userPacks'>;
  /** Problems with the policy itself, one line each; the valid parts still apply. */
  problems: string[];
}

function parseText(v: unknown, what: string, i: number, problems: string[]): unknown {
  if (typeof v !== 'string') return v;
  try { return JSON.parse(v); } catch { problems.push(`policy ${what}[${i}]: not valid JSON`); return undefined; }
}

/** The settings in force: the policy's where it speaks, the user's elsewhere. */
export function effectiveSettings(policyData: unknown, user: UserChoices = {}): Effective {
  const p = readPolicy(policyData);
  return apply(p.policy as ManagedPolicy, p.problems, user);
}

function readPolicy(policyData: unknown): { policy: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  // Field by field, so one bad entry does not void the rest of the organisation's settings.
  const policy: Record<string, unknown> = {};
  if (policyData !== undefined && policyData !== null) {
    if (typeof policyData !== 'object' || Array.isArray(policyData)) problems.push('policy: expected an object');
    else {
      const shape = ManagedPolicy.shape as Record<string, z.ZodType>;
      for (const [k, v] of Object.entries(policyData)) {
        const field = shape[k];
        if (!field) { problems.push(`policy: unknown setting "${k}" (known: ${Object.keys(shape).join(', ')})`); continue; }
        if (k === 'packKeys' && Array.isArray(v)) { policy[k] = v; continue; } // checked key by key below
        const r = field.safeParse(v);
        if (r.success) policy[k] = r.data;
        else problems.push(...r.error.issues.map((i) => `policy ${[k, ...i.path].join('.')}: ${i.message}`));
      }
    }
  }
  return { policy, problems };
}

function apply(policy: ManagedPolicy, problems: string[], user: UserChoices): Effective {
  const locked: Effective['locked'] = new Set();
  const orgPacks: PackSource[] = [];
  (policy.packs ?? []).forEach((p, i) => {
    const data = parseText(p, 'packs', i, problems);
    if (data !== undefined) orgPacks.push({ name: `organisation policy (pack ${i + 1})`, data });
  });
  const keys: PackKey[] = [];
  ((policy.packKeys ?? []) as unknown[]).forEach((k, i) => {
    const data = parseText(k, 'packKeys', i, problems);
    if (data === undefined) return;
    const r = JwkPublic.safeParse(data);
    if (r.success) keys.push(r.data as PackKey);
    else problems.push(`policy packKeys[${i}]: must be an EC P-256 public key (JWK)`);
  });
  const allowUserPacks = policy.allowUserPacks ?? true;
  if (policy.allowUserPacks === false) locked.add('userPacks');
  if (policy.builtinPacks || policy.packs) locked.add('packs');
  const builtins = policy.builtinPacks ?? user.builtinPacks ?? [];
  const selected: (string | PackSource)[] = [...new Set(builtins), ...orgPacks, ...(allowUserPacks ? user.packs ?? [] : [])];
  if (policy.defaultProfile) locked.add('profile');
  if (policy.autoScanSites) locked.add('autoScan');
  return {
    selected,
    keys,
    defaultProfile: policy.defaultProfile ?? user.defaultProfile ?? 'auto',
    autoScanSites: [...(policy.autoScanSites ?? user.autoScanSites ?? [])],
    allowUserPacks,
    locked,
    problems,
  };
}
