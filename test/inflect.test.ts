import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inflections } from '../core/lexicon/inflect.ts';
import { LexiconFile } from '../core/schema.ts';
import { frenchWordProblem } from './support/french-oracle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const lexicon = LexiconFile.parse(JSON.parse(readFileSync(resolve(root, 'core/data/lexicon.json'), 'utf8')));

describe('inflections (English)', () => {
  const cases: Array<[string, string[], string[]?]> = [
    // [term, forms that must be present, forms that must be absent]
    ['woman', ['woman', 'women'], ['womans', 'womens']],
    ['girl', ['girl', 'girls']],
    ['child', ['child', 'children'], ['childs', 'childrens']],
    ['man', ['man', 'men'], ['mans']],
    ['chairman', ['chairman', 'chairmen'], ['chairmans']],
    ['human', ['human', 'humans'], ['humen']],
    ['survivor', ['survivor', 'survivors']],
    ['adviser', ['adviser', 'advisor', 'advisers', 'advisors']],
    ['women protection adviser', ['women protection advisers', 'women protection advisor', 'women protection advisors']],
    ['organisation', ['organisation', 'organization', 'organisations', 'organizations']],
    ["women's organisation", ["women's organisations", "women's organizations"]],
    ['stabilisation', ['stabilization'], ['stabilisations']],
    ['sensitisation', ['sensitization']],
    ['prioritise', ['prioritize', 'prioritises', 'prioritizes']],
    ['recognise', ['recognize']],
    ['behaviour', ['behavior', 'behaviours', 'behaviors']],
    ['one-stop-centre', ['one-stop-center', 'one-stop-centres', 'one-stop-centers']],
    ['survivor-centred approach', ['survivor-centered approach', 'survivor-centred approaches']],
    ['programme', ['program', 'programmes', 'programs']],
    ['defence force', ['defense force', 'defence forces']],
    ['judgement', ['judgment']],
    ['counselling', ['counseling']],
    ['integrate a gender perspective', ['integrates a gender perspective', 'integrated a gender perspective', 'integrating a gender perspective']],
    ['mainstream gender', ['mainstreams gender', 'mainstreamed gender', 'mainstreaming gender']],
    ['end impunity', ['ends impunity', 'ended impunity', 'ending impunity'], ['end impunities']],
    ['hold accountable', ['held accountable', 'holding accountable']],
    ['take into account gender considerations', ['taken into account gender considerations', 'taking into account gender considerations']],
    ['bring to justice', ['brought to justice']],
    ['patrol report', ['patrol reports'], ['patrolled report']],
    ['code of conduct', ['codes of conduct'], ['code of conducts']],
    ['protection of women and girls', ['protection of women and girls'], ['protections of women and girls']],
    ['command order prohibiting sexual violence', ['command orders prohibiting sexual violence']],
    ['particular need', ['particular needs']],
    ['analysis', ['analyses']],
    ['person', ['persons'], ['persones']],
    ['directive', ['directives']],
    ['female', ['females']],
    ['exercise', ['exercises'], ['exercize']],
    ['rise', ['rises'], ['rize']],
    ['treatise', [], ['treatize']],
  ];
  it.each(cases)('%s', (term, present, absent = []) => {
    const forms = inflections(term, 'en');
    expect(forms[0]).toBe(term.toLowerCase());
    for (const f of present) expect(forms).toContain(f);
    for (const f of absent) expect(forms).not.toContain(f);
  });

  it('leaves acronyms, uncountables, adjectives and possessives untouched', () => {
    for (const term of [
      'SEA', 'CRSV', 'ToT', 'UNSCR 1325', 'GBVIMS', 'data', 'personnel', 'staff', 'evidence', 'research', 'information',
      'sex-disaggregated data', 'gender-sensitive', 'gendered', 'sexual violence', "women's", "girls'", 'women', 'girls',
      'training', 'impunity', 'gender mainstreaming',
    ]) {
      expect(inflections(term, 'en'), term).toEqual([term.toLowerCase()]);
    }
  });

  it('keeps spelling variants to the right words', () => {
    expect(inflections('advise', 'en')).toEqual(['advise', 'advises']);
    expect(inflections('enterprise', 'en')).not.toContain('enterprize');
    expect(inflections('size', 'en')).not.toContain('sise');
    expect(inflections('practice', 'en')).not.toContain('practise');
    expect(inflections('humour', 'en')).toContain('humor');
    expect(inflections('honorary', 'en')).toEqual(['honorary']);
  });

  it('is memoised and returns a fresh array each time', () => {
    const a = inflections('gender adviser', 'en');
    a.push('mutated');
    expect(inflections('gender adviser', 'en')).not.toContain('mutated');
    expect(inflections('  gender   adviser ', 'en')).toEqual(inflections('gender adviser', 'en'));
    expect(inflections('', 'en')).toEqual([]);
  });
});

describe('inflections (French)', () => {
  // [term, every form, in order]; more in test/french-inflect.test.ts.
  const cases: Array<[string, string[]]> = [
    ['femme', ['femme', 'femmes']],
    ['point focal genre', ['point focal genre', 'points focaux genre']],
    ['conseiller genre', ['conseiller genre', 'conseillers genre', 'conseillère genre', 'conseillères genre', 'conseillere genre', 'conseilleres genre']],
    ['patrouille mixte', ['patrouille mixte', 'patrouilles mixtes']],
    ["réseau d'alerte communautaire", ["réseau d'alerte communautaire", "réseaux d'alerte communautaire", "réseaux d'alerte communautaires", "reseau d'alerte communautaire", "reseaux d'alerte communautaire", "reseaux d'alerte communautaires"]],
    ['analyse de genre', ['analyse de genre', 'analyses de genre']],
    ['violences sexuelles liées aux conflits', ['violences sexuelles liées aux conflits', 'violences sexuelles liees aux conflits']],
    ['travail', ['travail', 'travaux']],
    ['bureau', ['bureau', 'bureaux']],
    ['ne pas nuire', ['ne pas nuire']],
    ['atténuer les risques pour les civils', ['atténuer les risques pour les civils', 'atténue les risques pour les civils', 'atténuent les risques pour les civils', 'atténuera les risques pour les civils', 'atténueront les risques pour les civils', 'atténuant les risques pour les civils', 'atténué les risques pour les civils', 'attenuer les risques pour les civils', 'attenue les risques pour les civils', 'attenuent les risques pour les civils', 'attenuera les risques pour les civils', 'attenueront les risques pour les civils', 'attenuant les risques pour les civils']],
    ['VBG', ['vbg']],
  ];
  it.each(cases)('%s', (term, expected) => {
    expect(inflections(term, 'fr')).toEqual(expected);
  });
});

// ------------------------------------------------------------------ every lexicon term

/** A generated English word that no rule should ever produce; `base` is the word at the same position in the term. */
function badWord(word: string, base: string, baseWords: Set<string>): string | null {
  if (baseWords.has(word)) return null; // written by hand in the base term
  if (word === '') return 'empty word';
  if (word === base + 'es' && /[bcdfgklmprt]s$/.test(base)) return 'plural of a plural';
  if (word === base + 's' && /(?:[^s]s|men|children|people|data|personnel|staff)$/.test(base)) return 'plural of a plural';
  if (/mans$/.test(word) && !/(?:hu|ger|sha|talis|ro|otto|cay|cai|doler)mans$/.test(word)) return '-mans plural';
  if (/^(?:women|men|children|people|police|data|criteria|media|feet|personnel|staff)s$/.test(word)) return 'double plural';
  if (/(?:womans|childs|datas|personnels|staffs|evidences|researchs|informations|equipments|advices|impunities|violences)$/.test(word)) {
    return 'wrong plural';
  }
  if (/sss$/.test(word)) return 'triple s';
  if (/['\u2019]\p{L}*s['\u2019]?s$/u.test(word) || /['\u2019]es$/.test(word)) return 'plural of a possessive';
  if (/[A-Z]/.test(word)) return 'not lower-case';
  if (/[^\p{L}\p{N}'\u2019\-/&%().,«»]/u.test(word)) return 'odd character';
  return null;
}

/** A generated French word that is not a form of its base word (judged by fr-compromise, corrected). */
function badFrenchWord(word: string, base: string): string | null {
  if (word === base) return null;
  return frenchWordProblem(word, base);
}

describe('inflections over the whole lexicon', () => {
  it('produces only well-formed forms for every term', () => {
    const problems: string[] = [];
    let terms = 0;
    for (const c of lexicon.concepts) {
      for (const [lang, list] of [['en', c.terms.en], ['fr', c.terms.fr ?? []]] as const) {
        for (const term of list) {
          terms++;
          const forms = inflections(term, lang);
          const base = term.trim().replace(/\s+/g, ' ').toLowerCase();
          const baseWords = new Set(base.split(' '));
          const n = base.split(' ').length;
          if (forms[0] !== base) problems.push(`${c.id} "${term}": first form is "${forms[0]}"`);
          if (new Set(forms).size !== forms.length) problems.push(`${c.id} "${term}": duplicate forms`);
          for (const f of forms) {
            if (f.trim() === '' || f !== f.trim() || /\s{2,}/.test(f)) problems.push(`${c.id} "${term}": bad spacing "${f}"`);
            if (f.split(' ').length !== n) problems.push(`${c.id} "${term}": "${f}" changes the word count`);
            if (/\bwomens\b|\bgirlss\b/.test(f)) problems.push(`${c.id} "${term}": "${f}" loses an apostrophe`);
            const words = f.split(' ');
            const bases = base.split(' ');
            for (let i = 0; i < words.length; i++) {
              const w = words[i]!;
              const why = lang === 'en' ? badWord(w, bases[i] ?? '', baseWords) : badFrenchWord(w, bases[i] ?? '');
              if (why) problems.push(`${c.id} "${term}": "${f}" (${why})`);
            }
          }
        }
      }
    }
    for (const words of Object.values(lexicon.groups ?? {})) {
      for (const w of words) {
        const forms = inflections(w, 'en');
        expect(forms[0]).toBe(w.toLowerCase());
      }
    }
    expect(terms).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('generates no form that belongs to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes = new Set<string>();
    const norm = (s: string) => s.replace(/[\s\-]+/g, ' ').replace(/\u2019/g, "'");
    for (const c of lexicon.concepts) {
      const mine = new Set(c.terms.en.flatMap((t) => inflections(t, 'en')).map(norm));
      for (const f of mine) {
        const other = owner.get(f);
        if (other && other !== c.id) clashes.add(`"${f}": ${other} and ${c.id}`);
        owner.set(f, c.id);
      }
    }
    expect([...clashes]).toEqual([]);
  });
});
