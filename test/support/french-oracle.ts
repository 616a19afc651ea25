// An independent judge of generated French words: fr-compromise's own noun, adjective and verb
// transforms (too heavy to ship in core/, fine in tests), with its known mistakes corrected here.
import nlp from 'fr-compromise';
import { frUnaccented } from '../../core/lexicon/inflect-fr.ts';

type Fn = (w: string, model: unknown) => unknown;
interface World { model: unknown; methods: { two: { transform: { noun: Record<string, Fn>; adjective: Record<string, Fn>; verb: Record<string, Fn> } } } }
const world = (nlp as unknown as { world: () => World }).world();
const t = world.methods.two.transform;
const call = <T>(fn: Fn | undefined, w: string): T | undefined => {
  try { return fn?.(w, world.model) as T; } catch { return undefined; }
};

/**
 * fr-compromise's mistakes, corrected: it adds "s" to words already ending in s/x/z ("cas" → "cass"),
 * makes "-teur" feminine as "-teure" (médiatrice, observatrice), does not know "défenseuse", gives the
 * infinitive (or "surveillerent") as the future of -er verbs it does not know, and knows only the 1990
 * spelling "accroit".
 */
function fixes(base: string): string[] {
  const out: string[] = [];
  if (base.endsWith('er') && base.length > 3) out.push(base + 'a', base + 'ont');
  if (base === 'accroître') out.push('accroît');
  if (/[sxz]$/.test(base)) out.push(base);
  if (base.endsWith('teur')) out.push(base.slice(0, -4) + 'trice', base.slice(0, -4) + 'trices');
  if (base === 'défenseur') out.push('défenseuse', 'défenseuses');
  return out;
}

const cache = new Map<string, Set<string>>();

/** Every form fr-compromise (corrected) allows for a base word: plural, four agreements, verb forms, accent-free spellings. */
export function oracleForms(base: string): Set<string> {
  let s = cache.get(base);
  if (s) return s;
  s = new Set<string>([base]);
  const add = (v: unknown) => { if (typeof v === 'string' && v) s!.add(v.toLowerCase()); };
  if (!/[sxz]$/.test(base)) add(call<string>(t.noun.toPlural, base));
  const adj = call<Record<string, string>>(t.adjective.conjugate, base);
  if (adj) for (const v of Object.values(adj)) if (!(v.endsWith('teure') || v.endsWith('teures'))) add(v);
  if (/(?:er|ir|re)$/.test(base)) {
    const present = call<Record<string, string>>(t.verb.toPresentTense, base);
    const future = call<Record<string, string>>(t.verb.toFutureTense, base);
    const pp = call<string>(t.verb.toPastParticiple, base);
    add(present?.third); add(present?.thirdPlural); add(future?.third); add(future?.thirdPlural);
    // Present participle from the 1st person plural: "intégrons" → "intégrant", "protégeons" → "protégeant".
    if (present?.firstPlural?.endsWith('ons')) add(present.firstPlural.slice(0, -3) + 'ant');
    if (pp) for (const v of [pp, pp.endsWith('e') ? pp : pp + 'e', /[sx]$/.test(pp) ? pp : pp + 's', (pp.endsWith('e') ? pp : pp + 'e') + 's']) add(v);
  }
  for (const f of fixes(base)) add(f);
  for (const f of [...s]) s.add(frUnaccented(f));
  cache.set(base, s);
  return s;
}

/** Why a generated word is not a form of the base word at the same position, or null when it is. */
export function frenchWordProblem(word: string, base: string): string | null {
  if (word === '') return 'empty word';
  if (oracleForms(base).has(word)) return null;
  // Compounds agree in their last part ("sous-déclaration" → "sous-déclarations").
  const i = base.lastIndexOf('-');
  if (i > 0 && (word.startsWith(base.slice(0, i + 1)) || word.startsWith(frUnaccented(base.slice(0, i + 1))))) {
    const tail = word.slice(i + 1);
    if (oracleForms(base.slice(i + 1)).has(tail)) return null;
  }
  return `"${word}" is not a form of "${base}"`;
}
