// Stored settings: validated with zod on every read; corrupt or foreign data falls back to the
// defaults with a notice, never half-applied. Dismissals are part of the settings, so they export with them.
import { z } from 'zod';
import { Dismissal } from '../../core/analysis/dismiss.ts';
import { FAMILIES, pillarStyle } from '../../core/lexicon/pillars.ts';
import { PACK_ID } from '../../core/packs/schema.ts';

const Hex = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour');
const FamilyId = z.enum(FAMILIES);
export type FamilyId = z.infer<typeof FamilyId>;

export const PillarSetting = z.object({ shown: z.boolean(), line: Hex, fill: Hex });

export const Settings = z.object({
  version: z.literal(1),
  pillars: z.record(FamilyId, PillarSetting),
  /** Document type used for new scans: "auto" or a profile id. */
  profile: z.string().regex(/^[a-z0-9-]+$/),
  /** A custom lexicon/profile file (validated by the core's loadLexicon before it is stored). */
  lexicon: z.object({ name: z.string(), data: z.unknown() }).nullable(),
  /** Origins ("https://example.org") scanned automatically once the user granted host access. */
  autoScan: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be an origin like https://example.org')),
  /** "Always" dismissals (per concept or phrase). */
  dismissals: z.array(Dismissal),
  /** "Once" dismissals, per page URL. */
  dismissedOnce: z.record(z.string(), z.array(Dismissal)),
  /** Built-in rule packs the user turned on ("nato", "nap"); an organisation policy may set them instead. */
  builtinPacks: z.array(z.string().regex(PACK_ID)).max(20).default([]),
  /** Imported rule pack files, as read (a signature covers the JSON as given), checked before they are stored. */
  packs: z.array(z.object({ name: z.string().min(1).max(200), data: z.unknown() })).max(20).default([]),
  /** The language of the extension's own words: "auto" follows the browser's. */
  interfaceLanguage: z.enum(['auto', 'en', 'fr']).default('auto'),
}).strict();
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'wpsLens.settings';

export function defaultSettings(): Settings {
  const pillars = {} as Settings['pillars'];
  for (const f of FAMILIES) { const s = pillarStyle(f); pillars[f] = { shown: true, line: s.line, fill: s.fill }; }
  return { version: 1, pillars, profile: 'auto', lexicon: null, autoScan: [], dismissals: [], dismissedOnce: {}, builtinPacks: [], packs: [], interfaceLanguage: 'auto' };
}

/** The part of browser.storage.local we use (the real one, or WXT's fake browser in tests). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface LoadedSettings { settings: Settings; notice?: string }

export async function loadSettings(area: StorageAreaLike): Promise<LoadedSettings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (raw === undefined) return { settings: defaultSettings() };
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const first = parsed.error.issues[0];
  return {
    settings: defaultSettings(),
    notice: `Stored settings could not be read (${first ? `${first.path.join('.') || 'settings'}: ${first.message}` : 'invalid'}); the defaults are in use until you save.`,
  };
}

/** Validates before writing: invalid settings never reach storage. */
export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

export function exportSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2);
}

/** Parses an exported settings file; throws with a readable message when it does not fit. */
export function importSettings(json: string): Settings {
  let data: unknown;
  try { data = JSON.parse(json); } catch (e) { throw new Error(`not JSON: ${(e as Error).message}`); }
  const r = Settings.safeParse(data);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; '));
  return r.data;
}

/** The origin pattern for optional host permissions. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
