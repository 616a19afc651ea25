// Custom lexicon files (the same JSON as the CLI and the extension): read a file the user picked,
// compile it with the built-in lexicon once, and report problems per file, entry and field.
import { loadLexicon, LexiconError, type Lexicon } from '../../../core/index.ts';
import { useInflection } from '../../../core/lexicon/forms.ts';
import { inflections } from '../../../core/lexicon/inflect.ts';
import type { LexiconFile } from './settings.ts';
import { tc, type UiLanguage } from './strings.ts';

export type LexiconLoad = { ok: true; lexicon: Lexicon } | { ok: false; problems: string[] };

/** Parses a picked file as JSON; the lexicon checks happen in compileLexicon. Problems in the interface language `ui`. */
export function parseLexiconFile(name: string, text: string, ui: UiLanguage = 'en'): { ok: true; file: LexiconFile } | { ok: false; problems: string[] } {
  try {
    return { ok: true, file: { name, data: JSON.parse(text) as unknown } };
  } catch (err) {
    return { ok: false, problems: [tc(ui, 'notValidJson', { name, error: (err as Error).message })] };
  }
}

// The panes compile the stored lexicon files synchronously at mount, so compromise's inflection is
// bundled here rather than loaded on demand (core/lexicon/forms.ts).
useInflection(inflections);

const cache = new Map<string, LexiconLoad>();

/**
 * The built-in lexicon plus the user's files, compiled once per distinct set of files; a set that
 * does not compile is remembered too (the panes ask on every render).
 */
export function compileLexicon(files: readonly LexiconFile[]): LexiconLoad {
  const key = JSON.stringify(files);
  let load = cache.get(key);
  if (!load) {
    load = compile(files);
    cache.set(key, load);
  }
  return load;
}

function compile(files: readonly LexiconFile[]): LexiconLoad {
  try {
    return { ok: true, lexicon: loadLexicon(files.map((f) => ({ name: f.name, data: f.data }))) };
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

export type LexiconImport = { ok: true; lexicons: LexiconFile[]; lexicon: Lexicon } | { ok: false; message: string };

/**
 * A picked lexicon file added to the user's list (a file of the same name is replaced), checked by
 * compiling it with the built-in lexicon and the other files. Word and Excel use this one path, so
 * they accept the same JSON and give the same messages; on failure the caller keeps its current list.
 */
export function importLexicon(current: readonly LexiconFile[], name: string, text: string, ui: UiLanguage = 'en'): LexiconImport {
  const parsed = parseLexiconFile(name, text, ui);
  if (!parsed.ok) return { ok: false, message: tc(ui, 'lexiconNotAdded', { problems: parsed.problems.join('; ') }) };
  const lexicons = [...current.filter((l) => l.name !== name), parsed.file];
  const compiled = compileLexicon(lexicons);
  if (!compiled.ok) return { ok: false, message: tc(ui, 'lexiconNotAdded', { problems: compiled.problems.join('; ') }) };
  return { ok: true, lexicons, lexicon: compiled.lexicon };
}

/** The lexicon to use for stored settings: theirs, or the built-in one with the reason it was not used (the core's lines, as given). */
export function activeLexicon(files: readonly LexiconFile[]): { lexicon: Lexicon; problems?: string[] } {
  const compiled = compileLexicon(files);
  return compiled.ok ? { lexicon: compiled.lexicon } : { lexicon: builtinLexicon(), problems: compiled.problems };
}
