// How the brief reads one sentence (core/brief/cues.ts): recommendation shape, the action's verb and
// how concrete it is, the short words of the action, headings that open recommendations or hold
// furniture. Our own sentences, English and French, pinned at their boundaries.
import { describe, expect, it } from 'vitest';
import {
  actionWords, briefData, headingKind, headingWords, imperativeVerb, namesMandate, recommendationShape, shorten, verbAfter, wordCount,
  type BriefLang,
} from '../core/brief/cues.ts';
import { isFurniture, looksLikeHeading, same } from '../core/brief/brief.ts';

describe('recommendation shape', () => {
  const cases: [string, BriefLang, 'recommend' | 'must' | 'should' | null][] = [
    ['We recommend that the mission appoints a gender adviser.', 'en', 'recommend'],
    ['It is recommended that every company has a focal point.', 'en', 'recommend'],
    ['The force must deploy mixed patrols.', 'en', 'must'],
    ['The force needs to deploy mixed patrols.', 'en', 'must'],
    ['There is a need to train commanders.', 'en', 'must'],
    ['Commanders should brief their units.', 'en', 'should'],
    ['Commanders ought to brief their units.', 'en', 'should'],
    ['Units shall report incidents.', 'en', 'must'],
    // "we recommend" wins over a later "must"
    ['We recommend that units must report incidents.', 'en', 'recommend'],
    // remarks about the text, questions and conditionals are not recommendations
    ['It should be noted that women were present.', 'en', null],
    ['It must be stressed that the data are partial.', 'en', null],
    ['Should the Council decide otherwise, the plan lapses.', 'en', null],
    ['Should the mission appoint a gender adviser?', 'en', null],
    ['Women took part in the dialogue.', 'en', null],
    // a modal inside an indirect question or a reported thought
    ['Prepare a speech on how gender should be better integrated into the mission.', 'en', null],
    ['He asked whether the mission must report on women.', 'en', null],
    ['You want to convince him that more action has to be taken.', 'en', null],
    // … but not once the subordinate clause is far behind, nor for "we recommend"
    ['Whatever the reasons, the mission must report on women and girls in every quarterly report.', 'en', 'must'],
    ['We recommend how the mission should report.', 'en', 'recommend'],
    ['On se demande si la mission doit rendre compte.', 'fr', null],
    ['Il faut le convaincre que la mission doit agir.', 'fr', 'must'],
    // "mustard", "shoulder": whole words only
    ['The shoulder of the road was mined.', 'en', null],
    ['Il est recommandé de nommer une conseillère.', 'fr', 'recommend'],
    ['Nous recommandons que la mission désigne un point focal.', 'fr', 'recommend'],
    ['Le bataillon doit déployer des patrouilles mixtes.', 'fr', 'must'],
    ['Il convient de former les commandants.', 'fr', 'must'],
    ['La mission devrait consulter les associations de femmes.', 'fr', 'should'],
    ['Il faut noter que les femmes étaient présentes.', 'fr', null],
    ['Il convient de souligner que les données sont partielles.', 'fr', null],
    ['Les femmes ont participé au dialogue.', 'fr', null],
  ];
  it.each(cases)('%s → %s', (s, lang, cue) => {
    expect(recommendationShape(s, lang).cue).toBe(cue);
  });

  it('a blocked cue does not hide a real one later in the sentence', () => {
    const s = 'It should be noted that units must report incidents.';
    const shape = recommendationShape(s, 'en');
    expect(shape.cue).toBe('must');
    expect(s.slice(shape.cueStart, shape.cueEnd)).toBe('must');
  });

  it('hedges soften', () => {
    expect(recommendationShape('The mission could consider a focal point.', 'en').hedged).toBe(true);
    expect(recommendationShape('The mission must appoint a focal point.', 'en').hedged).toBe(false);
    expect(recommendationShape('La mission pourrait envisager un point focal.', 'fr').hedged).toBe(true);
  });
});

describe('imperatives and their verbs', () => {
  const cases: [string, BriefLang, string | null, string | null][] = [
    ['Appoint a gender focal point in every company.', 'en', 'appoint', 'strong'],
    ['Strengthen the skills of personnel.', 'en', 'strengthen', 'plain'],
    ['Consider reviewing the format.', 'en', 'consider', 'weak'],
    ['Set up a women protection unit.', 'en', 'set up', 'strong'],
    ['Make a case for a national plan.', 'en', 'make a case', 'weak'],
    // an opening noun, not a verb
    ['Support for women’s groups is limited.', 'en', null, null],
    ['Training of staff remains weak.', 'en', null, null],
    ['Report on the mission, 2024.', 'en', null, null],
    ['Support: the mission gives little.', 'en', null, null],
    ['Women took part.', 'en', null, null],
    ['Désigner un point focal genre.', 'fr', 'désigner', 'strong'],
    ['Renforcez les capacités des unités.', 'fr', 'renforcer', 'plain'],
    ['Mettre en place une cellule genre.', 'fr', 'mettre en place', 'strong'],
    ['Mettez en place une cellule genre.', 'fr', 'mettre en place', 'strong'],
    ['Encourager la participation des femmes.', 'fr', 'encourager', 'weak'],
    ['Former est difficile.', 'fr', null, null],
  ];
  it.each(cases)('%s → %s (%s)', (s, lang, lemma, grade) => {
    const v = imperativeVerb(s, lang);
    expect(v?.lemma ?? null).toBe(lemma);
    expect(v?.grade ?? null).toBe(grade);
    if (v) expect(s.slice(v.start, v.end).toLowerCase().startsWith(s.split(' ')[0]!.toLowerCase())).toBe(true);
  });

  it('a single word is not an imperative sentence', () => {
    expect(imperativeVerb('Appoint', 'en')).toBeNull();
  });

  const after: [string, number, BriefLang, string | null][] = [
    ['The mission should appoint a focal point.', 'The mission should'.length, 'en', 'appoint'],
    ['A focal point should be appointed in each unit.', 'A focal point should'.length, 'en', 'appoint'],
    ['Staff should also be trained.', 'Staff should'.length, 'en', 'train'],
    ['Units must be planned better.', 'Units must'.length, 'en', 'plan'],
    ['Projects must be carried out.', 'Projects must'.length, 'en', null],
    ['Un point focal devrait être désigné.', 'Un point focal devrait'.length, 'fr', 'désigner'],
    ['Des données doivent être recueillies.', 'Des données doivent'.length, 'fr', 'recueillir'],
    ['Les unités doivent être établies.', 'Les unités doivent'.length, 'fr', 'établir'],
  ];
  it.each(after)('verb after the modal: %s → %s', (s, from, lang, lemma) => {
    expect(verbAfter(s, from, lang)?.lemma ?? null).toBe(lemma);
  });

  it('the verb is found within the reach and not beyond', () => {
    const s = 'It is recommended that a b c d e f g appoint.';
    const from = 'It is recommended that'.length;
    expect(verbAfter(s, from, 'en', 8)?.lemma).toBe('appoint');
    expect(verbAfter(s, from, 'en', 7)).toBeNull();
  });
});

describe('the words of an action', () => {
  const w = (s: string, lang: BriefLang = 'en') => actionWords(s, lang, recommendationShape(s, lang));
  const cases: [string, BriefLang, string][] = [
    ['We recommend that the battalion collect data in every report.', 'en', 'The battalion should collect data in every report'],
    ['We recommend ensuring that every unit reports.', 'en', 'Ensuring that every unit reports'],
    ['It is recommended that a focal point be appointed.', 'en', 'A focal point be appointed'],
    ['We must appoint a focal point in every unit.', 'en', 'Appoint a focal point in every unit'],
    ['There is a need to train all commanders.', 'en', 'Train all commanders'],
    ['It is essential to consult women in every village.', 'en', 'Consult women in every village'],
    ['The battalion must appoint a focal point.', 'en', 'The battalion must appoint a focal point'],
    ['I urge the parties to ensure the full participation of women.', 'en', 'The parties should ensure the full participation of women'],
    ['I encourage the Mission to appoint a focal point.', 'en', 'The Mission should appoint a focal point'],
    ['Il est recommandé de recueillir des données.', 'fr', 'Recueillir des données'],
    ['Nous recommandons que la mission désigne un point focal.', 'fr', 'Nous recommandons que la mission désigne un point focal'],
    ["J'engage la mission à désigner un point focal.", 'fr', 'La mission devrait désigner un point focal'],
    ["J'exhorte les parties à veiller à la participation des femmes.", 'fr', 'Les parties devraient veiller à la participation des femmes'],
    ['Il faut former les commandants.', 'fr', 'Former les commandants'],
    ['Le bataillon devrait consulter les femmes.', 'fr', 'Le bataillon devrait consulter les femmes'],
  ];
  it.each(cases)('%s → %s', (s, lang, out) => {
    expect(w(s, lang)).toBe(out);
  });

  const short: [string, BriefLang, string][] = [
    // up to twelve words: kept whole
    ['Strengthen the skills of personnel on GBV, including CRSV, in all units.', 'en', 'Strengthen the skills of personnel on GBV, including CRSV, in all units'],
    // longer: cut at the first clause boundary after four words
    ['Strengthen the skills of personnel in relation to GBV, including CRSV, and ensure these are kept up to date.', 'en', 'Strengthen the skills of personnel in relation to GBV'],
    // not inside an enumeration
    ['Ensure the police, gendarmerie, and justice system have the resources to handle cases well.', 'en', 'Ensure the police, gendarmerie, and justice system have the resources to handle cases well'],
    ['Add a section that covers participation, protection, gender mainstreaming in the Mission and progress against the benchmarks.', 'en', 'Add a section that covers participation, protection, gender mainstreaming in the Mission and progress against the benchmarks'],
    // not right after an opening adverbial
    ['In the protection of civilians section: threats reported by women and girls, the response to them, and more.', 'en', 'In the protection of civilians section: threats reported by women and girls'],
    // not inside brackets
    ['Women held [n] of [m] senior posts (P-5 and above, and colonel and above) in the mission this year.', 'en', 'Women held [n] of [m] senior posts (P-5 and above, and colonel and above) in the mission this year'],
    // too few words before the boundary: the next one
    ['Train staff, commanders and their deputies in every sector in order to prevent sexual violence.', 'en', 'Train staff, commanders and their deputies in every sector'],
    ['Former les commandants de toutes les unités du secteur afin de prévenir les violences sexuelles.', 'fr', 'Former les commandants de toutes les unités du secteur'],
  ];
  it.each(short)('shorten: %s', (s, lang, out) => {
    expect(shorten(s, lang)).toBe(out);
  });

  it('cuts a run-on action at 22 words with an ellipsis', () => {
    const long = Array.from({ length: 30 }, (_, k) => `word${k}`).join(' ');
    const out = shorten(`Appoint ${long}`, 'en');
    expect(wordCount(out)).toBe(22);
    expect(out.endsWith('…')).toBe(true);
    expect(shorten(`Appoint ${Array.from({ length: 21 }, (_, k) => `w${k}`).join(' ')}`, 'en')).not.toContain('…');
  });

  it('capitalises and drops the final stop', () => {
    expect(shorten('appoint a focal point.', 'en')).toBe('Appoint a focal point');
  });
});

describe('headings', () => {
  const cases: [string, 'recommendations' | 'furniture' | null][] = [
    ['RECOMMENDATIONS', 'recommendations'],
    ['5. Recommendations', 'recommendations'],
    ['IV. Observations and recommendations', 'recommendations'],
    ['Recommendations for the international community', 'recommendations'],
    ['Key recommendations:', 'recommendations'],
    ['The way forward', 'recommendations'],
    ['Recommandations', 'recommendations'],
    ['Conclusions et recommandations', 'recommendations'],
    ['References', 'furniture'],
    ['BIBLIOGRAPHY', 'furniture'],
    ['Endnotes', 'furniture'],
    ['Table of contents', 'furniture'],
    ['List of abbreviations', 'furniture'],
    ['About DCAF', 'furniture'],
    ['Table des matières', 'furniture'],
    ['Bibliographie', 'furniture'],
    ['À propos des auteurs', 'furniture'],
    ['Findings', null],
    ['Executive summary', null],
    ['Notes on method', null],
    ['Constats', null],
  ];
  it.each(cases)('%s → %s', (t, kind) => {
    expect(headingKind(t)).toBe(kind);
  });

  it('heading words drop numbering and trailing punctuation', () => {
    expect(headingWords('5.2. RECOMMENDATIONS:')).toBe('recommendations');
    expect(headingWords('Chapter 3 – Findings')).toBe('– findings');
    expect(headingWords('IV. Observations')).toBe('observations');
  });

  const lines: [string, boolean][] = [
    ['Recommendations', true],
    ['EXECUTIVE SUMMARY', true],
    ['Findings and Lessons', true],
    ['Key findings', false],
    ['Key recommendations', true],
    ['The battalion should deploy mixed patrols.', false],
    ['1. appoint a focal point', false],
    ['- Appoint a Focal Point', false],
    ['Appoint a gender focal point in every company within three months', false],
    ['UN', false],
  ];
  it.each(lines)('a heading-like line: %s → %s', (t, yes) => {
    expect(looksLikeHeading(t)).toBe(yes);
  });
});

describe('furniture sentences', () => {
  const cases: [string, boolean][] = [
    ['Recommendations\t26', true],
    ['Study findings ........ 19', true],
    ['Page 12', true],
    ['Annex B', true],
    ['Appoint a focal point.', false],
    ['Women are 4 per cent of staff.', false],
  ];
  it.each(cases)('%s → %s', (s, yes) => {
    expect(isFurniture(s)).toBe(yes);
  });
});

describe('the same action', () => {
  const set = (s: string) => new Set(s.toLowerCase().split(' '));
  it.each([
    ['appoint focal point every company', 'battalion must appoint focal point every company', true],
    ['appoint focal point every company', 'appoint focal point every unit', false],
    ['train staff', 'train staff officers well', false],
    ['deploy mixed patrols daily now', 'deploy mixed patrols daily now', true],
  ])('%s ~ %s → %s', (a, b, yes) => {
    expect(same(set(a), set(b))).toBe(yes);
  });
});

describe('mandate words and the data file', () => {
  it('names a mandate in either language, whole words only', () => {
    expect(namesMandate('The mission is mandated to protect women.', 'en')).toBe(true);
    expect(namesMandate('Le mandat de la mission couvre la protection.', 'fr')).toBe(true);
    expect(namesMandate('The mandatory training was held.', 'en')).toBe(true);
    expect(namesMandate('A commandant spoke.', 'en')).toBe(false);
  });

  it('the data validates and every verb list is non-empty in both languages', () => {
    const d = briefData();
    for (const lang of ['en', 'fr'] as const) for (const k of ['recommend', 'must', 'should', 'strong', 'plain', 'weak'] as const) expect(d[lang][k].length).toBeGreaterThan(0);
  });
});
