// French inflection (core/lexicon/inflect-fr.ts): gender and number agreement, verb forms, accent-free spellings,
// and the whole generated French vocabulary judged word by word by fr-compromise (corrected for its known
// mistakes in test/support/french-oracle.ts).
import { describe, expect, it } from 'vitest';
import { inflections } from '../core/lexicon/inflect.ts';
import { frFeminine, frPlural, frUnaccented, frVerbForms } from '../core/lexicon/inflect-fr.ts';
import { LexiconFile } from '../core/schema.ts';
import { normKey } from '../core/text/text.ts';
import lexiconData from '../core/data/lexicon.json' with { type: 'json' };
import { frenchWordProblem, oracleForms } from './support/french-oracle.ts';

const lexicon = LexiconFile.parse(lexiconData);
const fr = (t: string) => inflections(t, 'fr');

describe('French words', () => {
  it('plural: -s, -x, -aux, invariable -s/-x/-z, exceptions', () => {
    expect(['femme', 'réseau', 'focal', 'travail', 'bleu', 'cas', 'voix', 'festival', 'principal', 'genou'].map(frPlural))
      .toEqual(['femmes', 'réseaux', 'focaux', 'travaux', 'bleus', 'cas', 'voix', 'festivals', 'principaux', 'genoux']);
  });
  it('feminine: -e, -ée, -ale, -elle, -enne, -ère, -euse, -trice, -ive', () => {
    expect(['principal', 'chargé', 'spécial', 'sexuel', 'ancien', 'premier', 'dangereux', 'protecteur', 'actif', 'mixte', 'conseiller', 'observateur'].map(frFeminine))
      .toEqual(['principale', 'chargée', 'spéciale', 'sexuelle', 'ancienne', 'première', 'dangereuse', 'protectrice', 'active', 'mixte', 'conseillère', 'observatrice']);
  });
  it('accent-free spelling folds accents and ligatures', () => {
    expect(frUnaccented('conseillère à la protection, œuvre, État')).toBe('conseillere a la protection, oeuvre, Etat');
  });
  it('verb forms: present, future, participles, with the è of intégrer and the ç/ge of soft stems', () => {
    expect(frVerbForms('intégrer')).toEqual(['intègre', 'intègrent', 'intégrera', 'intégreront', 'intégrant', 'intégré', 'intégrée', 'intégrés', 'intégrées']);
    expect(frVerbForms('protéger')).toContain('protégeant');
    expect(frVerbForms('traduire')).toEqual(expect.arrayContaining(['traduit', 'traduits', 'traduites', 'traduira']));
    expect(frVerbForms('établir')).toEqual(expect.arrayContaining(['établit', 'établissent', 'établira', 'établi']));
    expect(frVerbForms('genre')).toEqual([]);
  });
});

describe('French terms', () => {
  it('conseiller/conseillère/conseillers/conseillères, with accents and without', () => {
    expect(fr('conseiller pour la protection des femmes')).toEqual([
      'conseiller pour la protection des femmes', 'conseillers pour la protection des femmes',
      'conseillère pour la protection des femmes', 'conseillères pour la protection des femmes',
      'conseillere pour la protection des femmes', 'conseilleres pour la protection des femmes',
    ]);
  });
  it('adjectives of the head agree in gender and number; complements after a preposition do not', () => {
    expect(fr('représentant spécial chargé de la question des violences sexuelles')).toEqual(expect.arrayContaining([
      'représentants spéciaux chargés de la question des violences sexuelles',
      'représentante spéciale chargée de la question des violences sexuelles',
      'représentantes spéciales chargées de la question des violences sexuelles',
    ]));
    expect(fr('point focal genre')).toEqual(['point focal genre', 'points focaux genre']);
    expect(fr('violence basée sur le genre')).toContain('violences basées sur le genre');
  });
  it('a feminine or plural term is not turned back; uncountables and acronyms stay', () => {
    expect(fr('conseillère genre')).not.toContain('conseiller genre');
    expect(fr('participation pleine, égale et véritable')).toEqual(['participation pleine, égale et véritable', 'participation pleine, egale et veritable']);
    expect(fr('VBG')).toEqual(['vbg']);
    expect(fr('sous-déclaration')).toEqual(['sous-déclaration', 'sous-declaration']);
  });
  it('adverbs inside the group never agree; a closing adjective may agree with either noun', () => {
    expect(fr('exploité sexuellement')).toEqual(['exploité sexuellement', 'exploités sexuellement', 'exploite sexuellement', 'exploites sexuellement']);
    expect(fr("plan d'action national")).toEqual(["plan d'action national", "plans d'action national", "plans d'action nationaux"]);
  });
  it('a term that opens with an infinitive gets the forms that fit its object', () => {
    expect(fr('traduire en justice')).toEqual(expect.arrayContaining(['traduits en justice', 'traduites en justice', 'traduira en justice']));
    expect(fr('intégrer une perspective de genre')).not.toContain('intégrées une perspective de genre');
    expect(fr('intégrer une perspective de genre')).toContain('intégrera une perspective de genre');
  });
});

describe('the whole generated French vocabulary', () => {
  const all: { id: string; term: string; forms: string[] }[] = [];
  for (const c of lexicon.concepts) for (const t of c.terms.fr ?? []) all.push({ id: c.id, term: t, forms: fr(t) });

  it('every word of every form is its base word or a form fr-compromise accepts for it', () => {
    const problems: string[] = [];
    let forms = 0;
    for (const { id, term, forms: fs } of all) {
      const base = term.trim().replace(/\s+/g, ' ').toLowerCase();
      const bases = base.split(' ');
      for (const f of fs) {
        forms++;
        const words = f.split(' ');
        if (words.length !== bases.length) { problems.push(`${id} "${term}": "${f}" changes the word count`); continue; }
        words.forEach((w, i) => {
          if (w === bases[i]) return;
          const why = frenchWordProblem(w, bases[i]!);
          if (why) problems.push(`${id} "${term}": ${why}`);
        });
      }
    }
    expect(all.length).toBeGreaterThan(1000);
    expect(forms).toBeGreaterThan(2 * all.length);
    expect(problems).toEqual([]);
  });

  it('every French term also matches without accents', () => {
    for (const { term, forms } of all) expect(forms, term).toContain(frUnaccented(term.toLowerCase().replace(/\s+/g, ' ').trim()));
  });

  it('gives no French form to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes = new Set<string>();
    for (const { id, forms } of all) {
      for (const f of forms.map(normKey)) {
        const other = owner.get(f);
        if (other && other !== id) clashes.add(`"${f}": ${other} and ${id}`);
        owner.set(f, id);
      }
    }
    expect([...clashes]).toEqual([]);
  });

  it('the oracle itself knows the agreements it is trusted with', () => {
    for (const w of ['conseillère', 'conseillers', 'conseillères']) expect(oracleForms('conseiller').has(w), w).toBe(true);
    expect(oracleForms('focal').has('focaux')).toBe(true);
    expect(oracleForms('médiateur').has('médiatrice')).toBe(true);
    expect(frenchWordProblem('conseillerss', 'conseiller')).not.toBeNull();
  });
});
