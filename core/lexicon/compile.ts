// Lexicon and profiles: validate (zod), merge user files over the built-ins, expand terms
// into their inflections, and compile everything into a few regular expressions, once.
import builtinLexicon from '../data/lexicon.json' with { type: 'json' };
import builtinProfiles from '../data/profiles.json' with { type: 'json' };
import { withBuiltinFrench } from '../report/advice.ts';
import { formsOf as phraseForms, loadInflection } from './forms.ts';
import { fastPatterns, type FastPatterns } from '../match/fast-patterns.ts';
import { compileStarts, type TermStarts } from '../match/prefilter.ts';
import { TermGroups } from './term-groups.ts';
import { checkPattern } from './safety.ts';
import { mergeVerbCues, type OrderTitle, type SourceCues, type VerbExtras } from './verb-cues.ts';
import type { Instead, PhraseGrammar } from '../analysis/context.ts';
import type { PackInfo } from '../packs/schema.ts';
import { Concept, LexiconFile, Profile, ProfilesFile, type PillarId } from '../schema.ts';
import { AFTER_TERM, BEFORE_WORD, escapeRegExp, normKey } from '../text/text.ts';
import { PhraseSet } from '../match/phrases.ts';
import { trieSource } from '../match/trie.ts';

export interface CompiledConcept {
  id: string;
  label: string;
  pillar: PillarId;
  genderSpecific: boolean;
  procedural: boolean;
  boilerplate: boolean;
  /** The context words (all their forms); the match counts only when one occurs in the sentence/clause/phrase (context.ts). */
  requires?: PhraseSet;
  within: 'sentence' | 'clause' | 'phrase';
  /** The concept a match becomes when the context rule fails: its generic, not gender-specific, reading. */
  otherwise?: string;
  /** Other readings of the match, tried in order after the context rule (context.ts `Instead`). */
  instead?: Instead[];
  /** Phrases that cancel a match they contain. */
  excludes?: PhraseSet;
  /** Where the concept was defined (file name), for error messages. */
  origin: string;
}

export interface Lexicon {
  concepts: Map<string, CompiledConcept>;
  profiles: Map<string, Profile>;
  /**
   * The term trie for the flat view of the text (lower case, spaces, straight apostrophes: flat.ts),
   * case-sensitive and without the Unicode flag, much faster in V8; split by opening word, each part
   * compiled on first use (term-groups.ts). Tried only where termStarts says a term may begin.
   */
  termGroups: TermGroups | null;
  /** Opening words and word pairs of every term form (prefilter.ts). */
  termStarts: TermStarts | null;
  /** Case-sensitive acronyms, with an optional plural "s". */
  acronymRe: RegExp | null;
  /** `whole`: a built-in pattern, known to be linear, read over the whole text in one pass. */
  /** `fast`: a built-in pattern read by `fastPatterns` instead. */
  patterns: { re: RegExp; concept: string; whole: boolean; fast?: boolean }[];
  /** The built-in patterns that have an ASCII form, read in one pass (fast-patterns.ts). */
  fastPatterns?: FastPatterns | null;
  /** normKey(matched text) → concept ids. */
  lookup: Map<string, string[]>;
  /** normKey(form) → the languages whose terms produced it: 1 English, 2 French, 3 both (language.ts). */
  formLanguages: Map<string, number>;
  acronymLookup: Map<string, string[]>;
  /** Number of distinct surface forms compiled (for diagnostics and benchmarks). */
  forms: number;
  /** The word classes of the phrase-level context rule (lexicon groups "phrase-*"; context.ts). */
  grammar: PhraseGrammar;
  /** Added: the rule packs compiled in (packs/load.ts), named in every report made with this lexicon. */
  packs?: readonly PackInfo[];
  /** Added: verb strengths the lexicon files or packs add to data/verbs.json (verb-cues.ts); undefined: the built-in ones. */
  verbs?: VerbExtras;
  /** Added: order paragraph headings the files or packs add, each read only under its number. */
  orderTitles?: OrderTitle[];
}

export interface LexiconSource { name: string; data: unknown }

/** Thrown for malformed or conflicting lexicon/profile files; one line per problem. */
export class LexiconError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
    this.name = 'LexiconError';
  }
}

const BUILTIN_LEXICON = 'built-in lexicon (core/data/lexicon.json)';
const BUILTIN_PROFILES = 'built-in profiles (core/data/profiles.json)';

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  // "concepts[3] (id "foo") field "pillar""
  const parts: string[] = [];
  let cur: unknown = data;
  let entryNamed = false;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = cur && typeof cur === 'object' ? (cur as { id?: unknown }).id : undefined;
      parts[parts.length - 1] += `[${key}]` + (typeof id === 'string' && !entryNamed ? ` (id "${id}")` : '');
      if (typeof id === 'string') entryNamed = true;
    } else parts.push(String(key));
  }
  if (parts.length === 0) return 'the file';
  const field = parts.pop()!;
  return parts.length ? `${parts.join('.')} field "${field}"` : `field "${field}"`;
}

export function zodIssues(name: string, data: unknown, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${name}: ${describePath(data, i.path)}: ${i.message}`);
}

interface Parsed { name: string; lexicon: LexiconFile }

function parseSource(src: LexiconSource): Parsed | string[] {
  const data = src.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [`${src.name}: expected a JSON object with "concepts" and/or "profiles"`];
  }
  const r = LexiconFile.safeParse(data);
  if (!r.success) return zodIssues(src.name, data, r.error);
  return { name: src.name, lexicon: r.data };
}

function expandAll(terms: readonly string[], lang: 'en' | 'fr'): string[] {
  const out = new Set<string>();
  for (const t of terms) for (const f of phraseForms(t, lang)) for (const v of listVariants(f, lang)) out.add(v);
  return [...out];
}

const LAST_JOIN = / (and|or|et|ou) /g;

/**
 * A form and the ways real texts punctuate the same list: with or without the serial comma ("women,
 * peace, and security" = "women, peace and security"), without commas at all ("Women Peace and
 * Security" in headings), and in English with "&" for "and". The form itself comes first.
 */
export function listVariants(form: string, lang: 'en' | 'fr'): string[] {
  const out = [form];
  const add = (v: string) => { if (v !== form && !out.includes(v)) out.push(v); };
  const comma = form.indexOf(', ');
  if (comma >= 0) {
    // Serial comma before each conjunction that follows the first comma, and none before any.
    add(form.slice(0, comma) + form.slice(comma).replace(LAST_JOIN, (m, j: string, at: number, all: string) => (all[at - 1] === ',' ? m : `, ${j} `)));
    add(form.replace(/, (and|or|et|ou) /g, ' $1 '));
    add(form.replace(/, /g, ' '));
  }
  if (lang === 'en' && form.includes(' and ')) add(form.replace(/ and /g, ' & '));
  return out;
}

/**
 * loadLexicon for any caller that may pass user files: loads English inflection first when there are
 * some (forms.ts), so new English phrases get their plurals and verb forms.
 */
export async function loadLexiconAsync(files: LexiconSource[] = []): Promise<Lexicon> {
  if (files.length) await loadInflection();
  return loadLexicon(files);
}

let builtinCache: Lexicon | undefined;

/**
 * The built-in lexicon and profiles plus user files on top. A user concept or profile with a
 * built-in id replaces it only with `"override": true`; a duplicate id is otherwise an error
 * naming both files. Throws LexiconError listing every problem found.
 */
export function loadLexicon(files: LexiconSource[] = []): Lexicon {
  if (files.length === 0 && builtinCache) return builtinCache;
  const issues: string[] = [];

  const base = parseSource({ name: BUILTIN_LEXICON, data: builtinLexicon });
  if (Array.isArray(base)) throw new LexiconError(base);
  const baseProfiles = ProfilesFile.safeParse(builtinProfiles);
  if (!baseProfiles.success) throw new LexiconError(zodIssues(BUILTIN_PROFILES, builtinProfiles, baseProfiles.error));

  const concepts = new Map<string, { c: Concept; origin: string }>();
  const profiles = new Map<string, { p: Profile; origin: string }>();
  const groups = new Map<string, string[]>();
  for (const c of base.lexicon.concepts) concepts.set(c.id, { c, origin: BUILTIN_LEXICON });
  for (const p of baseProfiles.data.profiles) profiles.set(p.id, { p: withBuiltinFrench(p), origin: BUILTIN_PROFILES });
  for (const [k, v] of Object.entries(base.lexicon.groups ?? {})) groups.set(k, v);

  const cueSources: SourceCues[] = [];
  for (const src of files) {
    const parsed = parseSource(src);
    if (Array.isArray(parsed)) { issues.push(...parsed); continue; }
    if (parsed.lexicon.verbs || parsed.lexicon.cues) cueSources.push({ name: src.name, verbs: parsed.lexicon.verbs, cues: parsed.lexicon.cues });
    for (const [k, v] of Object.entries(parsed.lexicon.groups ?? {})) groups.set(k, [...(groups.get(k) ?? []), ...v]);
    parsed.lexicon.concepts.forEach((c, i) => {
      const prev = concepts.get(c.id);
      if (prev && !c.override) {
        issues.push(`${src.name}: concepts[${i}] (id "${c.id}"): duplicate id, already defined in ${prev.origin}; add "override": true to replace it`);
        return;
      }
      concepts.set(c.id, { c, origin: src.name });
    });
    (parsed.lexicon.profiles ?? []).forEach((p, i) => {
      const prev = profiles.get(p.id);
      if (prev && !p.override) {
        issues.push(`${src.name}: profiles[${i}] (id "${p.id}"): duplicate id, already defined in ${prev.origin}; add "override": true to replace it`);
        return;
      }
      profiles.set(p.id, { p, origin: src.name });
    });
  }

  const extra = mergeVerbCues(cueSources, profiles, issues);

  // Cross-references: groups used by context rules, concepts used by profiles, safe patterns.
  for (const { c, origin } of concepts.values()) {
    for (const r of c.context?.requires ?? []) {
      if (r.startsWith('@') && !groups.has(r.slice(1))) issues.push(`${origin}: concept "${c.id}" field "context.requires": unknown group "${r}"`);
    }
    const other = c.context?.otherwise;
    if (other !== undefined) {
      const target = concepts.get(other)?.c;
      if (!target) issues.push(`${origin}: concept "${c.id}" field "context.otherwise": unknown concept "${other}"`);
      else if (target.context?.requires?.length) issues.push(`${origin}: concept "${c.id}" field "context.otherwise": "${other}" has a context rule of its own`);
      else if (other === c.id) issues.push(`${origin}: concept "${c.id}" field "context.otherwise": a concept cannot fall back to itself`);
    }
    (c.context?.instead ?? []).forEach((r, i) => {
      const field = `${origin}: concept "${c.id}" field "context.instead[${i}]`;
      if (!concepts.has(r.concept)) issues.push(`${field}.concept": unknown concept "${r.concept}"`);
      else if (r.concept === c.id) issues.push(`${field}.concept": a concept cannot become itself`);
      for (const w of [...r.when, ...(r.unless ?? [])]) {
        if (w.startsWith('@') && !groups.has(w.slice(1))) issues.push(`${field}": unknown group "${w}"`);
      }
    });
    (c.patterns ?? []).forEach((p, i) => {
      const problem = checkPattern(p);
      if (problem) issues.push(`${origin}: concept "${c.id}" field "patterns[${i}]": ${problem}`);
    });
  }
  for (const { p, origin } of profiles.values()) {
    p.rules.forEach((r, i) => {
      for (const id of r.concepts ?? []) {
        if (!concepts.has(id)) issues.push(`${origin}: profile "${p.id}" rules[${i}] (id "${r.id}") field "concepts": unknown concept "${id}"`);
      }
      const conds = r.requires?.any ?? r.requires?.all ?? [];
      conds.forEach((c, j) => {
        for (const part of ['with', 'without'] as const) {
          const field = `${origin}: profile "${p.id}" rules[${i}] (id "${r.id}") field "requires.${r.requires?.any ? 'any' : 'all'}[${j}].${part}`;
          for (const id of c[part]?.concepts ?? []) if (!concepts.has(id)) issues.push(`${field}.concepts": unknown concept "${id}"`);
          (c[part]?.patterns ?? []).forEach((pat, k) => { const problem = checkPattern(pat); if (problem) issues.push(`${field}.patterns[${k}]": ${problem}`); });
        }
      });
    });
  }
  if (issues.length) throw new LexiconError(issues);

  const lex = compile(concepts, profiles, groups);
  if (extra.verbs) lex.verbs = extra.verbs;
  if (extra.orderTitles) lex.orderTitles = extra.orderTitles;
  if (files.length === 0) builtinCache = lex;
  return lex;
}

const unicodeTerms = new WeakMap<Lexicon, RegExp | null>();

/**
 * Case-insensitive, Unicode-aware trie of every term form: the exact fallback for a text whose length
 * changes when lower-cased (flat.ts). Rarely needed, and large: built on first need.
 * A term ends where letters end: digits glued after it are footnote markers ("women17").
 */
export function unicodeTermRegex(lex: Lexicon): RegExp | null {
  let re = unicodeTerms.get(lex);
  if (re === undefined) {
    const src = trieSource(lex.lookup.keys());
    re = src ? new RegExp(`${BEFORE_WORD}(?:${src})${AFTER_TERM}`, 'giu') : null;
    unicodeTerms.set(lex, re);
  }
  return re;
}

function compile(
  concepts: Map<string, { c: Concept; origin: string }>,
  profiles: Map<string, { p: Profile; origin: string }>,
  groups: Map<string, string[]>,
): Lexicon {
  const lookup = new Map<string, string[]>();
  const acronymLookup = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const formLanguages = new Map<string, number>();
  const compiled = new Map<string, CompiledConcept>();
  const patterns: Lexicon['patterns'] = [];
  const contextCache = new Map<string, PhraseSet | undefined>();
  const groupForms = new Map<string, string[]>();
  const formsOf = (word: string): string[] => {
    if (word.startsWith('@')) {
      const g = word.slice(1);
      let forms = groupForms.get(g);
      if (!forms) { forms = expandAll(groups.get(g) ?? [], 'en'); groupForms.set(g, forms); }
      return forms;
    }
    return phraseForms(word, 'en');
  };

  for (const { c, origin } of concepts.values()) {
    for (const f of expandAll(c.terms.en, 'en')) { const k = normKey(f); add(lookup, k, c.id); formLanguages.set(k, (formLanguages.get(k) ?? 0) | 1); }
    for (const f of expandAll(c.terms.fr ?? [], 'fr')) { const k = normKey(f); add(lookup, k, c.id); formLanguages.set(k, (formLanguages.get(k) ?? 0) | 2); }
    for (const a of c.acronyms ?? []) add(acronymLookup, a, c.id);
    for (const p of c.patterns ?? []) patterns.push({ re: new RegExp(p, 'gu'), concept: c.id, whole: origin === BUILTIN_LEXICON });

    let requires: PhraseSet | undefined;
    const req = c.context?.requires;
    if (req?.length) {
      const key = [...req].sort().join('|');
      if (!contextCache.has(key)) { const set = new PhraseSet(req.flatMap(formsOf)); contextCache.set(key, set.size ? set : undefined); }
      requires = contextCache.get(key);
    }
    const excludes = c.excludes?.length ? new PhraseSet(expandAll(c.excludes, 'en')) : undefined;
    const wordSet = (list: readonly string[]) => {
      const key = [...list].sort().join('|');
      if (!contextCache.has(key)) { const set = new PhraseSet(list.flatMap(formsOf)); contextCache.set(key, set.size ? set : undefined); }
      return contextCache.get(key);
    };
    const instead = c.context?.instead?.flatMap((r): Instead[] => {
      const when = wordSet(r.when);
      return when ? [{ concept: r.concept, when, unless: r.unless?.length ? wordSet(r.unless) : undefined, within: r.within ?? 'sentence' }] : [];
    });
    compiled.set(c.id, {
      id: c.id, label: c.label, pillar: c.pillar, genderSpecific: c.genderSpecific,
      procedural: c.procedural ?? false, boilerplate: c.boilerplate ?? false,
      requires, within: c.context?.within ?? 'sentence', otherwise: c.context?.otherwise, excludes, origin,
      ...(instead?.length ? { instead } : {}),
    });
  }

  const whole = patterns.filter((p) => p.whole);
  const fast = fastPatterns(whole.map((p) => ({ source: p.re.source, concept: p.concept })));
  for (const i of fast.covered) whole[i]!.fast = true;

  const acronyms = [...acronymLookup.keys()].sort((a, b) => b.length - a.length);
  return {
    concepts: compiled,
    profiles: new Map([...profiles].map(([k, v]) => [k, v.p])),
    termGroups: lookup.size ? new TermGroups(lookup.keys()) : null,
    termStarts: lookup.size ? compileStarts(lookup.keys()) : null,
    // ASCII boundaries keep V8 fast; match.ts re-checks Unicode boundaries on each hit.
    acronymRe: acronyms.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${acronyms.map(escapeRegExp).join('|')})s?(?![A-Za-z0-9])`, 'g')
      : null,
    patterns,
    fastPatterns: fast.fast,
    lookup,
    formLanguages,
    acronymLookup,
    forms: lookup.size,
    grammar: phraseGrammar(groups),
  };
}

/** The phrase rule's word classes from the lexicon groups, as written (lower case, not inflected). */
function phraseGrammar(groups: Map<string, string[]>): PhraseGrammar {
  const set = (name: string) => new Set((groups.get(name) ?? []).map(normKey));
  return {
    links: set('phrase-links'), fillers: set('phrase-fillers'), joins: set('phrase-joins'),
    modifiers: set('phrase-modifiers'), stops: set('phrase-stops'), stopsFr: set('phrase-stops-fr'),
  };
}
