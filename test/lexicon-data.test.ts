import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LexiconFile, PILLAR_CODES, type Concept, type PillarId } from '../core/schema.ts';
import { domainDir } from './support/corpus.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const raw = JSON.parse(readFileSync(resolve(root, 'core/data/lexicon.json'), 'utf8')) as unknown;
const lexicon = LexiconFile.parse(raw);
const concepts = lexicon.concepts;
const byId = new Map(concepts.map((c) => [c.id, c]));

const taxonomyPath = resolve(domainDir(), 'taxonomy.md');

/** Concept ids of taxonomy §1.1–§1.18: the backticked ids that open a list item. */
function taxonomyIds(): string[] {
  const text = readFileSync(taxonomyPath, 'utf8');
  const start = text.search(/^### 1\.1 /m);
  const end = text.search(/^### 1\.19 /m);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return [...text.slice(start, end).matchAll(/^- `([a-z0-9-]+)`/gm)].map((m) => m[1]!);
}

/** What the engine treats as the same phrase: case, runs of spaces/hyphens, straight or curly apostrophes. */
const normalise = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011\u2013]+/g, ' ').replace(/\u2019/g, "'").trim();

const PREFIX_TO_PILLAR = new Map<string, PillarId>(
  Object.entries(PILLAR_CODES).map(([pillar, code]) => [code.toLowerCase(), pillar as PillarId]),
);

describe('lexicon.json', () => {
  it('parses as a LexiconFile, version 1', () => {
    expect(lexicon.version).toBe(1);
    expect(concepts.length).toBeGreaterThanOrEqual(86);
  });

  it('has a concept for every taxonomy id of §1.1–§1.18', () => {
    const ids = taxonomyIds();
    expect(ids.length).toBeGreaterThanOrEqual(80);
    const missing = ids.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('has the two baseline concepts', () => {
    for (const id of ['wps-women-girls', 'wps-gender']) {
      const c = byId.get(id);
      expect(c, id).toBeDefined();
      expect(c!.pillar).toBe('gender-perspective');
      expect(c!.genderSpecific).toBe(true);
    }
    expect(byId.get('wps-women-girls')!.label).toBe('Women or girls named');
    expect(byId.get('wps-gender')!.label).toBe('Gender named');
    expect(byId.get('wps-women-girls')!.terms.en).toEqual(expect.arrayContaining(['woman', 'girl', "women's"]));
    expect(byId.get('wps-gender')!.terms.en).toContain('gender');
  });

  it('has unique ids, and each pillar matches the code in the id', () => {
    const ids = concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of concepts) {
      const prefix = c.id.split('-')[0]!;
      if (prefix === 'wps') continue;
      expect(PREFIX_TO_PILLAR.get(prefix), c.id).toBe(c.pillar);
    }
  });

  it('gives no normalised phrase to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of concepts) {
      const mine = new Set([...c.terms.en, ...(c.terms.fr ?? [])].map(normalise));
      for (const p of mine) {
        const other = owner.get(p);
        if (other && other !== c.id) clashes.push(`"${p}": ${other} and ${c.id}`);
        owner.set(p, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives no acronym to two concepts, and leaves out risky acronyms', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of concepts) {
      for (const a of c.acronyms ?? []) {
        expect(a, `${c.id} ${a}`).toMatch(/\p{Lu}/u);
        const other = owner.get(a);
        if (other && other !== c.id) clashes.push(`${a}: ${other} and ${c.id}`);
        owner.set(a, c.id);
      }
    }
    expect(clashes).toEqual([]);
    for (const risky of ['CP', 'GA', 'HR', 'POC', 'ET', 'EP', 'CAN', 'CSA', 'HRD', 'CPA', 'SUR']) {
      expect(owner.has(risky), risky).toBe(false);
    }
    expect(owner.get('SEA')).toBe('sea-core');
    expect(owner.get('CRSV')).toBe('crsv-core');
    expect(owner.get('CSRV')).toBe('crsv-core');
    expect(owner.get('WPA')).toBe('str-wpa');
  });

  it('writes terms trimmed, single-spaced and lower-case except for embedded acronyms and names', () => {
    for (const c of concepts) {
      for (const t of [...c.terms.en, ...(c.terms.fr ?? [])]) {
        expect(t, c.id).toBe(t.trim());
        expect(t, c.id).not.toMatch(/\s{2,}/);
      }
      for (const t of c.terms.en) expect(t, c.id).toBe(t.toLowerCase());
    }
  });

  it('defines every @group a context rule uses, and no group is empty', () => {
    const groups = lexicon.groups ?? {};
    for (const [name, words] of Object.entries(groups)) expect(words.length, name).toBeGreaterThan(0);
    for (const c of concepts) {
      for (const r of c.context?.requires ?? []) {
        if (r.startsWith('@')) expect(Object.keys(groups), `${c.id} ${r}`).toContain(r.slice(1));
      }
    }
    expect(groups.women).toEqual(expect.arrayContaining(['woman', 'girl', 'female', 'gender']));
    // a group word opening with a digit would make its phrase set read whole sentences instead of trying
    // only the words that may open one (phrases.ts): keep them opening with a letter
    for (const [name, words] of Object.entries(groups)) for (const w of words) expect(w, name).toMatch(/^\p{L}/u);
  });

  it('puts generic words (taxonomy §1.19) only in concepts with a context rule', () => {
    const generic = [
      'protection', 'participation', 'prevention', 'training', 'focal point', 'mixed', 'exploitation', 'abuse', 'victim',
      'survivor', 'trafficking', 'representation', 'early warning', 'inclusive', 'reporting', 'awareness', 'empowerment',
      'mainstreaming', 'accountability', 'impunity', 'stigma', 'reintegration', 'election', 'quota', 'indicator',
    ];
    for (const c of concepts) {
      const bare = c.terms.en.filter((t) => generic.includes(normalise(t)));
      if (bare.length > 0) expect(c.context?.requires?.length ?? 0, `${c.id}: ${bare.join(', ')}`).toBeGreaterThan(0);
    }
    // and they never stand alone in a concept without one
    const all = concepts.filter((c) => !c.context?.requires?.length).flatMap((c) => c.terms.en.map(normalise));
    for (const g of ['exploitation', 'abuse', 'trafficking', 'mixed', 'focal point', 'allegation', 'misconduct']) {
      expect(all, g).not.toContain(g);
    }
  });

  it('sets genderSpecific, procedural and boilerplate as the brief says', () => {
    const get = (id: string): Concept => {
      const c = byId.get(id);
      expect(c, id).toBeDefined();
      return c!;
    };
    const search = get('ops-same-gender-search');
    expect(search.procedural).toBe(true);
    expect(search.genderSpecific).toBe(false);
    expect(get('poc-women-children').boilerplate).toBe(true);
    for (const c of concepts) {
      if (/^(poc|cp)-/.test(c.id)) expect(c.genderSpecific, c.id).toBe(false);
      if (/^(par|pro|gm|crsv|sea|gbv|bal)-/.test(c.id)) expect(c.genderSpecific, c.id).toBe(true);
      if (c.id !== 'ops-same-gender-search') expect(c.procedural, c.id).toBeUndefined();
      if (c.id !== 'poc-women-children') expect(c.boilerplate, c.id).toBeUndefined();
    }
    for (const id of ['hr-monitoring', 'hr-structures', 'poc-ew-rr', 'lead-resources', 'legal-ihl-ihrl', 'legal-national-law']) {
      expect(get(id).genderSpecific, id).toBe(false);
    }
    for (const id of ['str-gender-adviser', 'str-gender-focal-point', 'str-wpa', 'hr-womens-rights', 'legal-wps-agenda']) {
      expect(get(id).genderSpecific, id).toBe(true);
    }
  });

  it('reads the generic words of taxonomy §1.19 at phrase level, and gives them a generic reading where one is useful', () => {
    const within = (id: string) => byId.get(id)?.context?.within;
    for (const id of ['pro-women-girls', 'prv-conflict-prevention-women', 'trn-gender-training', 'par-meaningful-participation', 'rr-survivor-assistance',
      'lead-accountability', 'rr-reintegration', 'par-local-mediation', 'par-political-electoral', 'prv-gender-early-warning']) {
      expect(within(id), id).toBe('phrase');
    }
    // kept at clause level (see their descriptions): jargon whose clause is about the gender reading
    for (const id of ['gm-mainstreaming', 'gm-cross-cutting', 'rr-stigma', 'par-peace-mechanisms', 'str-reporting-lines', 'data-underreporting', 'sea-accountability', 'bal-seniority', 'pro-impunity']) {
      expect(within(id), id).toBe('clause');
      expect(byId.get(id)!.description, id).toMatch(/clause/);
    }
    expect(concepts.filter((c) => c.context?.requires?.length && !c.context.within)).toEqual([]); // every rule says its scope
    const fallbacks = new Set(concepts.map((c) => c.context?.otherwise).filter(Boolean));
    expect([...fallbacks].sort()).toEqual(['poc-ew-rr', 'poc-protection', 'prv-general', 'trn-general', 'wps-women-girls']);
    for (const id of fallbacks) {
      const c = byId.get(id!)!;
      // women named, the baseline probe: an enumeration of women, men, girls and boys without data words
      expect(c.genderSpecific, id).toBe(id === 'wps-women-girls');
      expect(c.context, id).toBeUndefined();
    }
    expect(byId.get('data-sex-disaggregated')!.context).toEqual({ requires: ['@data'], within: 'sentence', otherwise: 'wps-women-girls' });
    // the generic readings of their own have no terms: they are reached only by falling back
    for (const id of ['poc-protection', 'prv-general', 'trn-general']) expect([...byId.get(id)!.terms.en, ...(byId.get(id)!.terms.fr ?? [])], id).toEqual([]);
    expect(byId.get('pro-women-girls')!.context!.otherwise).toBe('poc-protection');
    expect(byId.get('trn-gender-training')!.context!.otherwise).toBe('trn-general');
    expect(byId.get('prv-gender-early-warning')!.context!.otherwise).toBe('poc-ew-rr');
  });

  it('defines the word classes of the phrase rule, lower case and in one class each', () => {
    const groups = lexicon.groups ?? {};
    const names = ['phrase-links', 'phrase-fillers', 'phrase-joins', 'phrase-modifiers', 'phrase-stops', 'phrase-stops-fr'];
    const owner = new Map<string, string>();
    for (const n of names) {
      expect(groups[n]?.length, n).toBeGreaterThan(0);
      for (const w of groups[n]!) {
        expect(w, n).toBe(w.toLowerCase());
        expect(w, n).not.toMatch(/\s/);
        if (n !== 'phrase-stops-fr') { expect(owner.get(w), `${w} in ${n}`).toBeUndefined(); owner.set(w, n); }
      }
    }
    for (const w of ['of', 'for', 'to', 'against', 'by', 'among', 'de', 'des', 'du', 'pour', 'contre', 'aux']) expect(owner.get(w), w).toBe('phrase-links');
    for (const w of ['the', 'la', 'les']) expect(owner.get(w), w).toBe('phrase-fillers');
    expect(groups['phrase-stops-fr']).toContain('a');
    expect(owner.get('a')).toBe('phrase-fillers');
  });

  it('no longer needs a women-word for mixed patrols, and keeps the bare "mixed team" out', () => {
    const patrols = byId.get('ops-mixed-patrols')!;
    expect(patrols.context).toBeUndefined();
    expect(patrols.terms.en).toContain('mixed patrol');
    expect(patrols.terms.fr).toContain('patrouille mixte');
    const every = concepts.flatMap((c) => [...c.terms.en, ...(c.terms.fr ?? [])].map(normalise));
    expect(every).not.toContain('mixed team');
    expect(every).not.toContain('équipe mixte');
  });

  it('cancels the known gender traps with excludes', () => {
    const gender = byId.get('wps-gender')!;
    expect(gender.excludes).toEqual(expect.arrayContaining(['engender', 'separated by gender', 'regardless of gender']));
    expect(byId.get('wps-women-girls')!.excludes).toContain('female genital mutilation');
    expect(byId.get('gbv-core')!.terms.en).toContain('female genital mutilation');
    expect(byId.get('gbv-core')!.acronyms).toContain('FGM');
    // "joint patrol" is not a mixed patrol
    const every = concepts.flatMap((c) => c.terms.en.map(normalise));
    expect(every).not.toContain('joint patrol');
  });

  it('has only bounded, non-nested regular expressions', () => {
    for (const c of concepts) {
      for (const p of c.patterns ?? []) {
        expect(() => new RegExp(p, 'gu'), `${c.id}: ${p}`).not.toThrow();
        expect(hasNestedQuantifier(p), `${c.id}: ${p}`).toBe(false);
        expect(new RegExp(p, 'gu').test(''), `${c.id} matches the empty string`).toBe(false);
      }
    }
  });

  it('matches WPS resolution numbers only with a prefix or the year', () => {
    const pats = (byId.get('legal-wps-resolutions')!.patterns ?? []).map((p) => new RegExp(p, 'gu'));
    expect(pats.length).toBeGreaterThan(0);
    const hits = (s: string) => pats.flatMap((re) => [...s.matchAll(re)].map((m) => m[0]));
    for (const s of [
      'The order implements resolution 1325 (2000) in full.',
      'All staff must know UNSCR 1820.',
      'See S/RES/2467 on survivors.',
      'The annex recalls resolutions 1325 (2000), 1820 (2008) and 2242 (2015).',
      'Resolution 1960 asks for listing.',
      'la résolution 1325 du Conseil',
      'RCSNU 2493',
    ]) {
      expect(hits(s).length, s).toBeGreaterThan(0);
    }
    expect(hits('The annex recalls resolutions 1325 (2000), 1820 (2008) and 2242 (2015).').join(' ')).toContain('2242 (2015)');
    const everyPattern = concepts.flatMap((c) => (c.patterns ?? []).map((p) => new RegExp(p, 'gu')));
    for (const s of [
      'The rally point is at grid 1325 2000.',
      'Move 1325 troops to grid 1820 2008 by 0600.',
      'The note cites resolution 2231 (2015) on sanctions.',
      'Resolution 13250 is not a real number.',
      'Checkpoint 1325 (2001) closed.',
      'Phone extension 24670.',
    ]) {
      const found = everyPattern.flatMap((re) => [...s.matchAll(re)].map((m) => m[0]));
      expect(found, s).toEqual([]);
    }
  });
});

/** True when a quantified group contains a quantifier, e.g. (a+)+ or (?:\s?x)*. */
function hasNestedQuantifier(src: string): boolean {
  const stack: boolean[] = [];
  let inner = false; // current group (or top level) contains a quantifier
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (ch === '(') {
      stack.push(inner);
      inner = false;
      if (src[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (src[i + 1] === '<' && src[i + 2] !== '=' && src[i + 2] !== '!') {
          const close = src.indexOf('>', i);
          i = close > 0 ? close : i;
        } else {
          i += src[i + 1] === '<' ? 2 : 1;
        }
      }
      continue;
    }
    const quant = ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i)));
    if (ch === ')') {
      const groupHasQuant = inner;
      inner = stack.pop() ?? false;
      const next = src[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || (next === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i + 1)));
      if (quantified && groupHasQuant) return true;
      if (groupHasQuant) inner = true;
      continue;
    }
    if (quant) inner = true;
  }
  return false;
}

describe('hasNestedQuantifier (test helper)', () => {
  it('finds nested quantifiers and ignores group syntax', () => {
    expect(hasNestedQuantifier('(a+)+')).toBe(true);
    expect(hasNestedQuantifier('(?:\\s?x)*')).toBe(true);
    expect(hasNestedQuantifier('(?:a|b)+')).toBe(false);
    expect(hasNestedQuantifier('(?<![\\p{L}])(?:1325\\s?\\(2000\\))')).toBe(false);
    expect(hasNestedQuantifier('x\\s{0,2}(?:\\d\\d)?')).toBe(false);
  });
});
