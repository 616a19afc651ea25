// Surface forms of the lexicon's phrases for the compiler. English forms come from compromise
// (inflect.ts), which takes ~40 MB and a few hundred milliseconds to load: too much for every
// process, side panel and task pane that only ever uses the built-in lexicon. So the forms of every
// built-in English phrase are generated once into data/forms-en.json (scripts/gen-forms.ts; a test
// keeps it equal to what inflect.ts makes now), and compromise is loaded only for a user lexicon that
// brings new English phrases: loadInflection() first, then compile as usual. French forms are rules
// of our own (inflect-fr.ts), always at hand.
import table from '../data/forms-en.json' with { type: 'json' };
import { frenchForms } from './inflect-fr.ts';

export type FormsLang = 'en' | 'fr';

const builtin = new Map(Object.entries(table as Record<string, string[]>));
const french = new Map<string, string[]>();
let english: ((phrase: string) => string[]) | undefined;
let useTable = true;

/** Thrown when new English phrases are compiled before loadInflection() has finished. */
export class InflectionNotLoaded extends Error {
  constructor(phrase: string) {
    super(`English inflection is not loaded (needed for "${phrase}"): await loadInflection() before compiling a user lexicon` +
      ' (a phrase new to the built-in lexicon needs `npm run gen:forms` instead)');
    this.name = 'InflectionNotLoaded';
  }
}

/** Load compromise's inflection (once), for user lexicons with English phrases of their own. */
export async function loadInflection(): Promise<void> {
  if (english) return;
  const { inflections } = await import('./inflect.ts');
  english = (p) => inflections(p, 'en');
}

/**
 * For a surface that must compile user lexicons synchronously from its start (the Office panes read
 * their settings and compile at mount): give it inflect.ts's `inflections`, imported statically.
 */
export function useInflection(inflections: (phrase: string, lang: 'en') => string[]): void {
  english ??= (p) => inflections(p, 'en');
}

/** Is English inflection loaded (so that any phrase can be compiled)? */
export function inflectionLoaded(): boolean {
  return english !== undefined;
}

/** All surface forms of a phrase, lower-cased and unique, the phrase itself first. */
export function formsOf(phrase: string, lang: FormsLang): string[] {
  const clean = phrase.trim().replace(/\s+/g, ' ');
  if (clean === '') return [];
  if (lang === 'fr') {
    let forms = french.get(clean);
    if (!forms) french.set(clean, (forms = frenchForms(clean)));
    return forms.slice();
  }
  const hit = useTable ? builtin.get(clean) : undefined;
  if (hit) return hit.slice();
  if (!english) throw new InflectionNotLoaded(clean);
  return english(clean);
}

/** For scripts/gen-forms.ts: read every English phrase through `inflect` instead of the table. */
export function generateWith(inflect: (phrase: string) => string[]): void {
  useTable = false;
  english = inflect;
}
