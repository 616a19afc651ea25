// Custom lexicon files (the same JSON as the CLI and the extension): read a file the user picked,
// compile it with the built-in lexicon once, and report problems per file, entry and field.
import { loadLexicon, LexiconError, type Lexicon } from '../../../core/index.ts';
import type { LexiconFile } from './settings.ts';

export type LexiconLoad = { ok: true; lexicon: Lexicon } | { ok: false; problems: string[] };

/** Parses a picked file as JSON; the lexicon checks happen in compileLexicon. */
export function parseLexiconFile(name: string, text: string): { ok: true; file: LexiconFile } | { ok: false; problems: string[] } {
  try {
    return { ok: true, file: { name, data: JSON.parse(text) as unknown } };
  } catch (err) {
    return { ok: false, problems: [`${name}: not valid JSON (${(err as Error).message})`] };
  }
}

const cache = new Map<string, Lexicon>();

/** The built-in lexicon plus the user's files, compiled once per distinct set of files. */
export function compileLexicon(files: readonly LexiconFile[]): LexiconLoad {
  const key = JSON.stringify(files);
  const hit = cache.get(key);
  if (hit) return { ok: true, lexicon: hit };
  try {
    const lexicon = loadLexicon(files.map((f) => ({ name: f.name, data: f.data })));
    cache.set(key, lexicon);
    return { ok: true, lexicon };
  } catch (err) {
    if (err instanceof LexiconError) return { ok: false, problems: err.issues.map(String) };
    return { ok: false, problems: [(err as Error).message] };
  }
}

/** The built-in lexicon, compiled once. */
export function builtinLexicon(): Lexicon {
  const r = compileLexicon([]);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.lexicon;
}
