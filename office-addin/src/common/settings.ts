// Settings shared by the Word and Excel panes. App settings (profile, language, interface language, pillars shown, custom lexicon
// files, "always" dismissals) live in the pane's localStorage; per-document data (dismissals, the
// highlights we made) in the document's own settings. Both are read through zod: whatever is stored
// is untrusted and falls back to defaults, field by field where possible.
import { z } from 'zod';
import { Dismissal, LANGUAGE_CHOICES, WPS_PILLARS } from '../../../core/index.ts';

export const LexiconFile = z.object({ name: z.string().min(1).max(200), data: z.unknown() });
export type LexiconFile = z.infer<typeof LexiconFile>;

export const AppSettings = z.object({
  /** "auto", a built-in document type, or a pack's (packs.ts); a type no longer loaded falls back to detection. */
  profile: z.string().regex(/^[a-z0-9-]+$/).catch('auto'),
  /** Language to analyse in: detected per paragraph/cell ("auto", also for settings stored before this field) or chosen. */
  language: z.enum(LANGUAGE_CHOICES).catch('auto'),
  /** Language of the pane itself and of the review's labels (buildReview's language); absent: Office's display language. */
  interfaceLanguage: z.enum(['en', 'fr']).optional().catch(undefined),
  pillars: z.array(z.enum(WPS_PILLARS)).catch([...WPS_PILLARS]),
  lexicons: z.array(LexiconFile).max(20).catch([]),
  dismissals: z.array(Dismissal).max(5000).catch([]),
});
export type AppSettings = z.infer<typeof AppSettings>;

export const DEFAULT_SETTINGS: AppSettings = { profile: 'auto', language: 'auto', pillars: [...WPS_PILLARS], lexicons: [], dismissals: [] };

/** A key-value store: localStorage, Office document settings, or a Map in tests. */
export interface Store {
  get(key: string): unknown;
  set(key: string, value: unknown): void | Promise<void>;
}

export const APP_KEY = 'wps-lens.settings';

export function readSettings(store: Store): AppSettings {
  const raw = store.get(APP_KEY);
  const parsed = AppSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export async function writeSettings(store: Store, settings: AppSettings): Promise<void> {
  await store.set(APP_KEY, AppSettings.parse(settings));
}

/** Typed read of one per-document value: the schema's parse, or the fallback if absent or invalid. */
export function readValue<T>(store: Store, key: string, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(store.get(key));
  return parsed.success ? parsed.data : fallback;
}

export function localStore(storage: Storage | undefined = globalThis.localStorage): Store {
  return {
    get(key) {
      try { const s = storage?.getItem(key); return s == null ? undefined : JSON.parse(s); } catch { return undefined; }
    },
    set(key, value) { storage?.setItem(key, JSON.stringify(value)); },
  };
}

/** Office document settings (saved inside the document); values are JSON strings. */
export function documentStore(settings: Office.Settings | undefined): Store {
  return {
    get(key) {
      try { const s = settings?.get(key); return typeof s === 'string' ? JSON.parse(s) : undefined; } catch { return undefined; }
    },
    set(key, value) {
      if (!settings) return;
      settings.set(key, JSON.stringify(value));
      return new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    },
  };
}

export function memoryStore(init: Record<string, unknown> = {}): Store & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(init));
  return { data, get: (k) => data.get(k), set: (k, v) => { data.set(k, v); } };
}
