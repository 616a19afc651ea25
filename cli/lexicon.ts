// The lexicon and profile checks that `scan` and `brief` share: read the --lexicon files, compile
// them over the built-ins, and refuse a --profile that neither knows. Any problem is reported on
// standard error and nothing is scanned (the caller exits with 2).
import { readFile } from 'node:fs/promises';
import type { CoreApi } from './main.ts';

type Err = (msg: string) => void;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** --pack values and organisation keys (--pack-key files; the environment adds WPS_LENS_PACK_KEY). */
export interface CliPacks { packs: readonly string[]; keys: readonly string[]; env: Record<string, string | undefined> }

/** The compiled lexicon (built-ins, then rule packs, then the files), or undefined after reporting why not. */
export async function loadCliLexicon(core: CoreApi, lexiconFiles: readonly string[], err: Err, stderr: { write(s: string): unknown }, packs?: CliPacks): Promise<unknown | undefined> {
  const files: { name: string; data: unknown }[] = [];
  for (const file of lexiconFiles) {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`${file}: cannot read lexicon file: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : oneLine((e as Error).message)}`);
      return undefined;
    }
    try {
      files.push({ name: file, data: JSON.parse(raw.replace(/^\uFEFF/, '')) });
    } catch (e) {
      err(`${file}: lexicon file is not valid JSON: ${oneLine((e as Error).message)}`);
      return undefined;
    }
  }
  try {
    if (packs?.packs.length) {
      // Rule packs (and the organisation's keys): compiled over the built-in rules, lexicon files last.
      const { packOptions } = await import('./packs.ts');
      const { selected, options } = await packOptions(packs.packs, packs.keys, packs.env);
      const { loadPackLexicon } = await import('../core/packs/index.ts');
      return await loadPackLexicon(selected, { ...options, lexicons: files });
    }
    if (files.length && core.loadInflection) await core.loadInflection();
    return core.loadLexicon(files);
  } catch (e) {
    if (e instanceof core.LexiconError) {
      const lines = e.message.split('\n').filter((l) => l.trim() !== '');
      const what = e.name === 'PackError' ? 'invalid pack' : 'invalid lexicon';
      if (lines.length <= 1) err(`${what}: ${lines[0] ?? 'unknown problem'}`);
      else {
        err(`${what}:`);
        for (const l of lines) stderr.write(`  ${l}\n`);
      }
    } else {
      err(`cannot load the lexicon: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    }
    return undefined;
  }
}

/** The message for a --profile that is neither built in nor in the lexicon files; undefined when known (or auto). */
export async function unknownProfile(profile: string, lexicon: unknown): Promise<string | undefined> {
  if (profile === 'auto') return undefined;
  // Loaded here, after the core: the schemas (and zod) stay out of the CLI's start-up.
  const { PROFILE_IDS } = await import('../core/schema.ts');
  const known = new Set<string>(PROFILE_IDS);
  const profiles = (lexicon as { profiles?: unknown }).profiles;
  if (profiles instanceof Map) for (const id of profiles.keys()) known.add(String(id));
  return known.has(profile) ? undefined : `unknown profile '${profile}' (use auto or one of: ${[...known].join(', ')})`;
}
