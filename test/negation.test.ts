import { describe, expect, it } from 'vitest';
import { clauseCues, flagsFor, flagsIn, hasMeans, PROBLEM_CONCEPTS, REACH } from '../core/analysis/negation.ts';
import { clauseAt, sentenceAt } from '../core/text/sentence.ts';
import { flatten } from '../core/text/flat.ts';
import type { Lang } from '../core/text/language.ts';

// Every sentence here is written for these tests. `target` is the term (its first occurrence).
/** Flags for an occurrence of `target`, read in its clause as the analysis does. */
function flags(sentence: string, target: string, opts: { problem?: boolean; lang?: Lang } = {}) {
  const at = sentence.indexOf(target);
  if (at < 0) throw new Error(`"${target}" not in "${sentence}"`);
  const c = clauseAt(sentence, at, sentenceAt(sentence, at));
  return flagsFor(sentence, c.start, c.end, at, at + target.length, opts.problem ?? false, opts.lang ?? 'en');
}
/** Flags of `target` read in the whole text as one clause (as a merged PDF sentence would be). */
function flagsWhole(text: string, target: string, lang: Lang = 'en') {
  const at = text.indexOf(target);
  return flagsFor(text, 0, text.length, at, at + target.length, false, lang);
}
const words = (n: number, word = 'named') => Array.from({ length: n }, () => word).join(' ');

type Row = [sentence: string, target: string, negated: boolean];
const check = (rows: Row[], lang: Lang = 'en') =>
  it.each(rows)('%s [%s] → %s', (s, t, neg) => {
    expect(flags(s, t, { lang }).negated).toBe(neg);
  });

describe('negation: the phrase a cue governs, not the whole clause', () => {
  describe('quantifiers ("no", "none of", "there is no") negate the noun phrase after them and its predicate', () => {
    check([
      ['The draft order has no paragraph on women in its main body.', 'women', true],
      ['None of the battalions has appointed a gender focal point.', 'gender focal point', true],
      ['There are no women protection advisers in the northern region.', 'women protection advisers', true],
      ['Far from all companies have named a gender focal point.', 'gender focal point', true],
      ['The patrol report records no engagement with women.', 'women', true],
      ['Staff at company level have received no training on resolution 1325 (2000).', 'resolution 1325 (2000)', true],
      ['Not a single investigation into sexual violence reached a court.', 'sexual violence', true],
      ['The report contains no mention of women.', 'women', true],
      ['Neither women nor girls were consulted.', 'girls', true],
      // The subject of the quantified noun is not in its scope.
      ['The focal points have received no training on the patrol plan, and women were consulted.', 'focal points', false],
    ]);
  });

  describe('a partitive ("none of the", « aucune des ») names a set that is there', () => {
    check([
      ['None of the survivors spoke to the investigators.', 'survivors', false],
      ['None of the women leaders.', 'women leaders', false],
      ['Neither of the women leaders has attended.', 'women leaders', false],
      // The set is absent as the subject of a passive or copula…
      ['None of the women were consulted.', 'women', true],
      ['None of the gender advisers have been deployed.', 'gender advisers', true],
      // …and what follows the verb is governed as after any quantifier.
      ['None of the recommendations mention women.', 'women', true],
      ['None of the units has trained women leaders.', 'women leaders', true],
      ['None of the units has trained anyone.', 'units', false],
    ]);
    check([
      ['Aucune des survivantes interrogées n’a parlé aux enquêteurs.', 'survivantes', false],
      ['Pas une seule des survivantes n’a été entendue.', 'survivantes', true],
      ['Aucune des femmes n’a été consultée.', 'femmes', true],
      ['Aucune des recommandations ne mentionne les femmes.', 'femmes', true],
      // A plain quantifier negates its noun whatever the verb.
      ['Aucune femme n’a parlé aux enquêteurs.', 'femme', true],
    ], 'fr');
  });

  describe('a quantifier reaches REACH.quantifier words, no further', () => {
    it('reach is pinned', () => expect(REACH.quantifier).toBe(16));
    it.each([
      [REACH.quantifier - 1, true], [REACH.quantifier, true], [REACH.quantifier + 1, false],
    ])('%i words between "no" and the term → negated %s', (n, neg) => {
      expect(flags(`The plan has no ${words(n)} gender adviser.`, 'gender adviser').negated).toBe(neg);
    });
    it('right after the cue (no words between)', () => {
      expect(flags('The plan has no gender adviser.', 'gender adviser').negated).toBe(true);
    });
    it('a term before the cue is not governed by it', () => {
      expect(flags('The gender adviser has no office.', 'gender adviser').negated).toBe(false);
    });
  });

  describe('nominal cues ("lack of", "absence of", "without") negate their complement up to its verb', () => {
    check([
      ['The matrix lacks any indicator of sexual violence.', 'sexual violence', true],
      ['The lack of funds for women protection advisers is a concern.', 'women protection advisers', true],
      ['The lack of funds hampered the women protection advisers.', 'women protection advisers', false],
      ['The absence of a gender adviser was noted.', 'gender adviser', true],
      ['Patrols were conducted without female personnel.', 'female personnel', true],
      ['The lack of training continues to limit the deployment of women.', 'deployment of women', false],
    ]);
    it.each([
      [REACH.noun, true], [REACH.noun + 1, false],
    ])('%i words between "lack of" and the term → negated %s', (n, neg) => {
      expect(flags(`A lack of ${words(n)} gender advisers.`, 'gender advisers').negated).toBe(neg);
    });
    it('reach is pinned', () => expect(REACH.noun).toBe(10));
  });

  describe('verbal cues ("not", "failed to", "overlooked") negate what follows them', () => {
    check([
      ['The mission did not deploy patrols to protect women.', 'women', true],
      ['The report failed to mention meetings with women leaders.', 'women leaders', true],
      ['The plan overlooked the needs of women.', 'needs of women', true],
      ['The order omits the gender annex.', 'gender annex', true],
      ['The unit ignored the gender adviser.', 'gender adviser', true],
      ['The concept neglected women’s participation.', 'women’s participation', true],
      ['The code does not cover acts that can constitute sexual violence.', 'sexual violence', true],
      ['The sessions rarely covered sexual violence.', 'sexual violence', true],
      ['The battalion was unable to deploy female officers.', 'female officers', true],
      // A second verb ends the negated predicate.
      ['The patrol did not stop and was then sent to the women leaders.', 'women leaders', false],
      ['The unit did not leave, and women were consulted.', 'women', false],
    ]);
    it.each([
      [REACH.verb, true], [REACH.verb + 1, false],
    ])('%i words between "did not" and the term → negated %s', (n, neg) => {
      expect(flags(`The unit did not ${words(n, 'meet')} women leaders.`, 'women leaders').negated).toBe(neg);
    });
    it('auxiliaries and adverbs right after the cue belong to its verb', () => {
      expect(flags('The plan has not yet been shared with women leaders.', 'women leaders').negated).toBe(true);
    });
    it('reach is pinned', () => expect(REACH.verb).toBe(8));
  });

  describe('negated auxiliaries and predicates of absence negate the subject before them', () => {
    check([
      ['The two sector gender advisers have not yet been deployed.', 'gender advisers', true],
      ['Women were not consulted, but gender training was held.', 'Women', true],
      ['Women were not consulted, but gender training was held.', 'gender training', false],
      ['Sexual violence is not addressed anywhere in the concept.', 'Sexual violence', true],
      ['Gender is not explicitly mentioned in the order.', 'Gender', true],
      ['Women are not present at the talks.', 'Women', true],
      ['Cases of sexual violence have thus not been prosecuted.', 'sexual violence', true],
      ['The post of senior gender adviser remains vacant.', 'gender adviser', true],
      ['Two allegations of sexual exploitation remain pending investigation.', 'sexual exploitation', true],
      ['Women’s needs were overlooked in the plan.', 'Women’s needs', true],
      ['Gender remains unaddressed in the plan.', 'Gender', true],
      ['Women were absent from the talks.', 'Women', true],
      ['Sexual violence is rarely discussed by commanders.', 'Sexual violence', true],
      // "Is not a …", "are not inevitable": a classification or a judgement, not an absence.
      ['Gender is not a handicap for the police.', 'Gender', false],
      ['Sexual exploitation and abuse are not inevitable.', 'Sexual exploitation and abuse', false],
      ['It is not a women’s issue alone.', 'women’s issue', false],
      ['The mission is not gender-sensitive.', 'gender-sensitive', true],
      // A predicate of absence needs its auxiliary: "outstanding women leaders" is praise.
      ['Outstanding women leaders were honoured.', 'women leaders', false],
      ['The women leaders played an outstanding role.', 'women leaders', false],
      // A finite verb between the term and the negation: the term is in a clause of its own.
      ['The women who were consulted have not received training.', 'women', false],
    ]);
    it.each([
      [REACH.subject, true], [REACH.subject + 1, false],
    ])('%i words between the term and "have not" → negated %s', (n, neg) => {
      expect(flags(`The gender advisers ${words(n, 'named')} have not been deployed.`, 'gender advisers').negated).toBe(neg);
    });
    it('reach is pinned', () => expect(REACH.subject).toBe(10));
    it('a term after a predicate of absence is not its subject', () => {
      expect(flags('The post remains vacant despite requests from women leaders.', 'women leaders').negated).toBe(false);
    });
  });

  describe('never absence: "not only … but also", "not just", degree, possibility and fixed phrases', () => {
    check([
      ['The mission must not only protect women but also support their participation.', 'women', false],
      ['The unit does not just escort women but also consults them.', 'women', false],
      ['The plan is not merely about women.', 'women', false],
      ['These forms of violence are not solely linked to the conflict zone, and sexual violence persists.', 'sexual violence', false],
      ['Developing skills is not enough to improve the response to sexual violence.', 'sexual violence', false],
      ['Women are not always consulted before operations.', 'Women', false],
      ['Survivors may not identify themselves as victims of sexual violence.', 'sexual violence', false],
      ['Submit the gender annex no later than D-2.', 'gender annex', false],
      ['Report allegations of sexual exploitation without delay.', 'sexual exploitation', false],
      ['The Mission applies zero tolerance to sexual exploitation and abuse.', 'sexual exploitation and abuse', false],
      ['Protection is provided without distinction as to sex, and women are consulted.', 'women', false],
      ['Mixed patrols will visit the market; engineers will not enter the camp.', 'Mixed patrols', false],
      ['See General Recommendation No. 30 on women in conflict prevention.', 'women', false],
      ['See General Recommendation No 30 on women in conflict prevention.', 'women', false],
      // A prohibition is a task, not an absence.
      ['Schools shall not be used by armed forces, and women must not be searched by men.', 'women', false],
      ['Units are not to search women at night.', 'women', false],
      ['Units should not question women alone.', 'women', false],
    ]);
    it('a term that contains its own cue is not negated or limited by it', () => {
      expect(flags('The no-fly zone protects women.', 'no-fly zone').negated).toBe(false);
      expect(flags('Sessions for women only were held.', 'women only').scopeLimited).toBe(false);
      // …but a quantifier or nominal cue that runs into the term governs it.
      expect(flags('The lack of women leaders.', 'of women leaders').negated).toBe(true);
    });
    it('multi-word subordinators need all their words', () => {
      expect(flags('There is no plan even for women leaders.', 'women leaders').negated).toBe(true);
      expect(flags('There is no plan even though women leaders asked.', 'women leaders').negated).toBe(false);
    });
    it('a comma before a fronted cue is not its comma', () => {
      expect(flags('Still, without funds for gender advisers.', 'gender advisers').negated).toBe(true);
    });
    it('"no longer" reaches as a verb, not as a quantifier', () => {
      expect(flags(`The unit no longer ${words(REACH.verb)} women leaders.`, 'women leaders').negated).toBe(true);
      expect(flags(`The unit no longer ${words(REACH.verb + 2)} women leaders.`, 'women leaders').negated).toBe(false);
    });
    it('a copular negation at the end of its clause still negates its subject', () => {
      expect(flagsWhole('Women are not', 'Women').negated).toBe(true);
      expect(flags('Are women consulted? Women are not.', 'Women').negated).toBe(true);
    });
    it('abbreviations before a full stop do not end the scope', () => {
      for (const abbr of ['No.', 'Nos.', 'para.', 'pp.', 'Res.', 'cf.']) {
        expect(flagsWhole(`The plan does not cite ${abbr} 30 on women.`, 'women').negated, abbr).toBe(true);
      }
      expect(flagsWhole('The plan does not cite Annex. 30 on women.', 'women').negated).toBe(false);
      expect(flagsWhole("Le plan ne cite pas Mme. Diallo sur les femmes.", 'femmes', 'fr').negated).toBe(true);
    });
    it('a problem noun counts within three words after the quantifier', () => {
      expect(flags('There were no new reports of rape.', 'rape', { problem: true }).negated).toBe(false);
      expect(flags('There were no patrols near the camp with cases of rape.', 'rape', { problem: true }).negated).toBe(true);
    });
    it('a boundary or a fronted phrase\'s comma right before the term ends the scope', () => {
      expect(flags('The plan has no annex, women are consulted.', 'women').negated).toBe(false);
      expect(flags('Without funding, gender advisers in every sector.', 'gender advisers').negated).toBe(false);
      expect(flags('The plan lacks funding, gender advisers and focal points.', 'gender advisers').negated).toBe(true);
      expect(flags('Owing to a lack of funding, gender advisers in every sector.', 'gender advisers').negated).toBe(false);
      expect(flags('Faute de financement, les conseillères genre dans chaque secteur.', 'conseillères genre', { lang: 'fr' }).negated).toBe(false);
      expect(flags('Le plan manque de financement, de conseillères genre et de points focaux.', 'conseillères genre', { lang: 'fr' }).negated).toBe(true);
    });
    it('French "ne" up to three words before "pas" opens the negated verb', () => {
      expect(flags('Les conseillers genre ne se rendent pas aux réunions.', 'conseillers genre', { lang: 'fr' }).negated).toBe(true);
      expect(flags('Les conseillers genre ne se les rendent pas.', 'conseillers genre', { lang: 'fr' }).negated).toBe(false);
    });
    it('"and" opens a second clause only between two finite verbs', () => {
      expect(flags('No adviser was named for the camps and the women leaders.', 'women leaders').negated).toBe(true);
      expect(flags('There were no gender advisers and women protection advisers were requested.', 'women protection advisers').negated).toBe(true);
      expect(flags('No gender adviser was named and women protection advisers were requested.', 'women protection advisers').negated).toBe(false);
    });
    it('a cue that names the head of its phrase governs a term that starts inside it', () => {
      expect(flags('The quarterly report has no section on gender.', 'section on gender').negated).toBe(true);
      expect(flags('The quarterly report has a section on gender.', 'section on gender').negated).toBe(false);
      expect(flags("Le rapport ne fait aucune mention des femmes.", 'mention des femmes', { lang: 'fr' }).negated).toBe(true);
      // A verbal cue does not: "rarely" in "rarely discussed gender" is before the term, not its head.
      expect(flags('Gender is not addressed.', 'is not addressed').negated).toBe(false);
    });
  });

  describe('the scope ends at a new clause', () => {
    check([
      ['No gender adviser was appointed, although women protection advisers were deployed.', 'gender adviser', true],
      ['No gender adviser was appointed, although women protection advisers were deployed.', 'women protection advisers', false],
      ['In the absence of a gender adviser, the mission consulted women leaders.', 'gender adviser', true],
      ['In the absence of a gender adviser, the mission consulted women leaders.', 'women leaders', false],
      ['No gender adviser was appointed and women leaders were consulted.', 'women leaders', false],
      ['No gender advisers and women protection advisers were deployed.', 'women protection advisers', true],
      ['There was no call for protection of civilians, refugees, including survivors of sexual violence.', 'sexual violence', true],
      ['There is no gender unit, only a gender focal point.', 'gender focal point', false],
      ['None of the officers said that women were consulted.', 'women', false],
      ['The mission has no adviser because women leaders refused the post.', 'women leaders', false],
      ['While there is a lack of data, sexual violence is known to occur.', 'sexual violence', false],
    ]);
    it('a full stop inside a merged sentence ends the scope; an abbreviation or a decimal point does not', () => {
      expect(flagsWhole('The code lists rape. It does not name other crimes.', 'rape').negated).toBe(false);
      expect(flagsWhole('The code lists rape.5 It does not name other crimes.', 'rape').negated).toBe(false);
      expect(flagsWhole('The plan does not cite para. 4 on women.', 'women').negated).toBe(true);
      expect(flagsWhole('The plan does not give the 2.5 share of women.', 'women').negated).toBe(true);
      expect(flagsWhole('The plan does not cite e.g. women leaders.', 'women leaders').negated).toBe(true);
      expect(flagsWhole('The plan has no section on women? It has one.', 'women').negated).toBe(true);
      expect(flagsWhole('The plan has no section! It has one on women.', 'women').negated).toBe(false);
    });
  });

  describe('a negated harm is not a gap', () => {
    const harm: [string, string, boolean][] = [
      ['The inquiry found no evidence of sexual abuse by the unit.', 'sexual abuse', false],
      ['No allegations of sexual exploitation were received this year.', 'sexual exploitation', false],
      ['There were no reports of rape in the camp.', 'rape', false],
      ['There were no new cases of sexual violence.', 'sexual violence', false],
      // What is denied is the response to the harm, not the harm.
      ['No cases of sexual violence have been prosecuted.', 'sexual violence', true],
      ['There were no patrols against sexual violence.', 'sexual violence', true],
    ];
    it.each(harm)('%s [%s] (a harm) → %s', (s, t, neg) => {
      expect(flags(s, t, { problem: true }).negated).toBe(neg);
    });
    it('for a concept that is not a harm, "no evidence of" is an absence', () => {
      expect(flags('The inquiry found no evidence of gender training.', 'gender training').negated).toBe(true);
      expect(flags('The inquiry found no evidence of sexual abuse by the unit.', 'sexual abuse').negated).toBe(true);
    });
    it('the harm concepts', () => expect([...PROBLEM_CONCEPTS].sort()).toEqual(['crsv-core', 'gbv-core', 'sea-core']));
  });

  it('reports the cue that negated, and none otherwise', () => {
    expect(flags('The plan has no gender adviser.', 'gender adviser').cue).toBe('no');
    expect(flags('The gender adviser post remains vacant.', 'gender adviser').cue).toBe('vacant');
    expect(flags('The gender adviser was deployed.', 'gender adviser').cue).toBeUndefined();
    expect(flags('No allegations of sexual abuse were received.', 'sexual abuse', { problem: true }).cue).toBeUndefined();
  });
});

describe('absences said lexically', () => {
  check([
    ['Many officers didn’t realise the scale of sexual violence.', 'sexual violence', true],
    ["The plan doesn't mention women.", 'women', true],
    ["Women weren't consulted.", 'Women', true],
    ['The report provided nothing about sexual violence.', 'sexual violence', true],
    ['Staff were unaware of the existence of the action plan on sexual violence.', 'sexual violence', true],
    ['The mission has, however, ceased its gender training.', 'gender training', true],
    ['The mission discontinued its gender training.', 'gender training', true],
    ['The report missed the opportunity to integrate a gender perspective.', 'gender perspective', true],
    ['The report missed numerous opportunities to consult women leaders.', 'women leaders', true],
    ['The plan leaves out the political participation of women.', 'political participation', true],
    ['The exclusion of women from the talks was criticised.', 'women', true],
    ['Women were excluded from the talks.', 'Women', true],
    ['The failure to consult women leaders was noted.', 'women leaders', true],
    ['The plan did not include a gender perspective.', 'gender perspective', true],
    ['Neither the plan nor the order mentions women.', 'women', true],
  ]);
  check([
    ['On note l’absence des conseillères genre.', 'conseillères genre', true],
    ['On note l’absence du point focal genre.', 'point focal genre', true],
    ['Le manque des données ventilées par sexe est grave.', 'données ventilées par sexe', true],
    ['Le plan laisse de côté la participation des femmes.', 'participation des femmes', true],
    ['La mission a cessé ses activités de formation sur le genre.', 'formation sur le genre', true],
    ['Les femmes sont exclues des négociations.', 'femmes', true],
    ['Le rapport ne dit rien sur la participation des femmes.', 'participation des femmes', true],
    // « manquent de »: what is lacking is what follows, not the subject.
    ['Les femmes manquent de formation.', 'femmes', false],
    ['Les femmes manquent de formation.', 'formation', true],
  ], 'fr');
  describe('an infinitive coordinated with the negated one ("failed to X and to Y") is negated too', () => {
    check([
      ['The report failed to provide data on the situation in the northern region and to consult women leaders.', 'women leaders', true],
      ['The report failed to provide data on the situation in the northern region and consulted women leaders.', 'women leaders', false],
      ['The report missed the opportunity to provide data on the northern region and to integrate a gender perspective.', 'gender perspective', true],
    ]);
    check([
      ['Le rapport a omis de fournir des données sur la situation de la région et de consulter les associations de femmes.', 'associations de femmes', true],
      ['Le rapport a omis de fournir des données sur la situation de la région et consulte les associations de femmes.', 'associations de femmes', false],
    ], 'fr');
    it.each([
      [REACH.verb, true], [REACH.verb + 1, false],
    ])('%i words between the second "to" and the term → negated %s', (n, neg) => {
      expect(flags(`The unit failed to meet the elders and to ${words(n, 'meet')} women leaders.`, 'women leaders').negated).toBe(neg);
    });
  });
});

describe('not absences: judgements, absence nouns, double negation, fixed phrases', () => {
  check([
    // A negated judgement evaluates; it does not deny.
    ['This distinction is not considered relevant to the protection of women.', 'protection of women', false],
    ['Gender training is not a priority for the unit.', 'Gender training', false],
    ['Gender training was not considered necessary.', 'Gender training', false],
    // A term that names an absence is not made absent.
    ['No vacancies for gender advisers have been added yet.', 'vacancies', false],
    ['No gender advisers have been added yet.', 'gender advisers', true],
    // A double negation states a need.
    ['There can be no lasting peace without the participation of women.', 'participation of women', false],
    ['Peace cannot be achieved without women.', 'women', false],
    ['Units must not search women without a female officer.', 'female officer', false],
    ['The talks were held without women.', 'women', true],
    ['The talks were held, and no decision was taken, without women.', 'women', true],
    // Fixed phrases and negated negative verbs.
    ['Women took part without hesitation.', 'Women', false],
    ['The mission never fails to consult women leaders.', 'women leaders', false],
    ['Not many women were consulted.', 'women', false],
  ]);
  check([
    ['Cette distinction n’est pas jugée pertinente pour la protection des femmes.', 'protection des femmes', false],
    ['Aucune lacune dans la formation sur le genre.', 'lacune', false],
    ['Il n’y a pas de paix durable sans la participation des femmes.', 'participation des femmes', false],
    ['La paix ne peut se faire sans les femmes.', 'femmes', false],
    ['Les négociations se sont tenues sans les femmes.', 'femmes', true],
    ['La participation des femmes a connu une hausse sans précédent.', 'participation des femmes', false],
    ['La mission ne manque pas de consulter les femmes.', 'femmes', false],
    ['La mission s’engage à ne pas exposer les femmes.', 'femmes', false],
  ], 'fr');
  it.each([
    [REACH.quantifier, false], [REACH.quantifier + 1, true],
  ])('%i words between a negation and "without" → the term after it negated %s', (n, neg) => {
    expect(flags(`No patrol ${words(n - 1)} without women leaders.`, 'women leaders').negated).toBe(neg);
  });
});

describe('a negation with a subject of its own, a prescription, a need', () => {
  check([
    // A pronoun between the term and the negation is the negation's subject.
    ['Women said they did not feel safe.', 'Women', false],
    ['Women leaders say they have not been paid.', 'Women leaders', false],
    ['Women leaders have not been paid.', 'Women leaders', true],
    // A predicate of absence in a prescription, or under a negation.
    ['Women should be excluded from night patrols.', 'Women', false],
    ['Women should not be excluded from the talks.', 'Women', false],
    ['Women were not excluded from the talks.', 'Women', false],
    ['Women were excluded from the talks.', 'Women', true],
    ['The plan must not exclude women.', 'women', false],
    ['The plan excludes women.', 'women', true],
    // Lack of progress on a matter is a shortfall of degree.
    ['There has been no progress on women’s participation.', 'women’s participation', false],
    ['The lack of improvement in gender training is worrying.', 'gender training', false],
    ['The lack of funding for gender training is worrying.', 'gender training', true],
    // A negative gerund after "without" includes.
    ['The mission works without excluding women.', 'women', false],
    ['The mission works without women.', 'women', true],
    // Stock phrases.
    ['No one can deny the role of women in peace.', 'women', false],
    ['Say no to violence against women.', 'violence against women', false],
    ['She works for a not-for-profit women’s organisation.', 'women’s organisation', false],
  ]);
  check([
    ['Les femmes disent qu’elles ne se sentent pas en sécurité.', 'femmes', false],
    ['Pour les femmes, il n’y a pas de refuge.', 'femmes', false],
    ['Les femmes ne doivent pas être exclues des négociations.', 'femmes', false],
    ['Les femmes ont été exclues des négociations.', 'femmes', true],
    ['Le manque de progrès sur la participation des femmes inquiète.', 'participation des femmes', false],
    ['La mission agit sans oublier les femmes.', 'femmes', false],
    ['Nul ne conteste le rôle des femmes dans la paix.', 'femmes', false],
  ], 'fr');
});

describe('hypotheses, partial statements and delays are not absences', () => {
  check([
    ['If women are not consulted, the plan will fail.', 'women', false],
    ['The plan will fail if women are not consulted.', 'women', false],
    ['Unless women leaders are not consulted, the plan will work.', 'women leaders', false],
    ['All cases, whether or not women are involved, are reported.', 'women', false],
    ['Many, if not most, women leaders were consulted.', 'women leaders', false],
    // The conditional reaches only its own part of the clause.
    ['If needed; women are not consulted.', 'women', true],
    ['If it is clear that women are not consulted, the plan fails.', 'women', true],
    ['Not all women were consulted.', 'women', false],
    ['Not every unit has a gender focal point.', 'gender focal point', false],
    ['Women were not consulted until the final stage.', 'Women', false],
    ['The plan did not name women leaders until the last day.', 'women leaders', false],
    ['Women were not consulted in the final stage.', 'Women', true],
  ]);
  check([
    ['Si les femmes ne sont pas consultées, le plan échouera.', 'femmes', false],
    ['S’il n’y a pas de conseillère genre, le plan échouera.', 'conseillère genre', false],
    ['La mission est si petite qu’elle n’a pas de conseillère genre.', 'conseillère genre', true],
    ['Pas toutes les femmes ont été consultées.', 'femmes', false],
    // « s' » that is no « si »: a reflexive verb.
    ['La participation des femmes ne s’est pas concrétisée.', 'participation des femmes', true],
  ], 'fr');
  it.each([
    [REACH.verb, false], [REACH.verb + 1, true],
  ])('"until" %i words after the cue → negated %s', (n, neg) => {
    expect(flags(`Women were not ${words(n - 1)} until May.`, 'Women').negated).toBe(neg);
  });
});

describe('relative clauses: a negation about something else does not reach the term', () => {
  check([
    // A negation right after the relative word is the relative clause's own.
    ['The women who were not consulted now lead the committees.', 'women', false],
    ['The women that were not consulted now lead the committees.', 'women', false],
    // A parenthetical relative is closed by its comma, both ways.
    ['Women, who had not been consulted before, now lead the committees.', 'Women', false],
    ['The commander, who did not attend, met women leaders later.', 'women leaders', false],
    ['The mission, which has no gender adviser, consulted women leaders.', 'gender adviser', true],
    ['The mission, which has no gender adviser, consulted women leaders.', 'women leaders', false],
    ['The plan, which names women, has no annex.', 'women', false],
    // …and skipped between a subject and its negated verb.
    ['Women, who lead the committees, were not consulted.', 'Women', true],
    // A term inside a relative clause is not the subject of the verb after it ("that" may be a conjunction).
    ['The soldiers who assaulted women were not prosecuted.', 'women', false],
    ['The soldiers which guard women were not paid.', 'women', false],
    ['The fact that considerations of gender are not included was noted.', 'gender', true],
    ['Women who fled the camp were not consulted.', 'Women', true],
    // "where", "when" open a clause of their own.
    ['The commander did not attend the meeting where women leaders spoke.', 'women leaders', false],
    ['The report does not say when women leaders will be consulted.', 'women leaders', false],
    ['The commander did not attend the meeting with women leaders.', 'women leaders', true],
    // A listed subject: its commas are no boundary for the negation after it, only for what follows.
    ['Women, girls and boys were not consulted.', 'Women', true],
    ['Women, girls were not consulted.', 'Women', false],
    ['The plan has no annex, women and girls were consulted.', 'women', false],
    ['With no funding, women and girls were consulted.', 'women', false],
  ]);
  check([
    ['Les femmes qui n’ont pas été consultées dirigent maintenant les comités.', 'femmes', false],
    ['Les femmes, qui n’ont pas été consultées, dirigent les comités.', 'femmes', false],
    ['Les femmes, qui dirigent les comités, n’ont pas été consultées.', 'femmes', true],
    ['Le commandant, qui n’était pas présent, a rencontré les associations de femmes.', 'associations de femmes', false],
    ['La mission, qui n’a pas de conseillère genre, a consulté les associations de femmes.', 'conseillère genre', true],
    ['La mission, qui n’a pas de conseillère genre, a consulté les associations de femmes.', 'associations de femmes', false],
    ['Les soldats qui ont agressé des femmes n’ont pas été poursuivis.', 'femmes', false],
    ['Les soldats qui gardent les femmes ne sont pas payés.', 'femmes', false],
    ['Le commandant ne connaît pas la salle où les associations de femmes se réunissent.', 'associations de femmes', false],
    ['Le commandant ne connaît pas la salle des associations de femmes.', 'associations de femmes', true],
    ['Les femmes, les filles et les garçons n’ont pas été consultés.', 'femmes', true],
  ], 'fr');
  it.each([
    [REACH.subject, true], [REACH.subject + 1, false],
  ])('%i words between the subject and a parenthetical relative before its negation → negated %s', (n, neg) => {
    expect(flags(`The gender advisers ${words(n)}, who arrived, have not been deployed.`, 'gender advisers').negated).toBe(neg);
  });
  it.each([
    [REACH.subject, true], [REACH.subject + 1, false],
  ])('a relative word %i words before the term → in a relative clause %s', (n, inRel) => {
    expect(flags(`The soldiers who ${words(n - 1)} women were not paid.`, 'women').negated).toBe(!inRel);
  });
});

describe('degree: a shortfall of degree is not an absence (the matter is there)', () => {
  // The line: a degree word in the negated predicate (its verb group, or the words after it up to the
  // next verb, list word, comma or boundary, at most REACH.verb words) or a verb of degree as the negated
  // verb is a shortfall; "no adviser has been appointed" stays an absence.
  check([
    ['Women’s participation did not improve during the year.', 'Women’s participation', false],
    ['Women’s participation has not increased.', 'Women’s participation', false],
    ['Sexual violence was not adequately addressed in the plan.', 'Sexual violence', false],
    ['Sexual violence was not addressed adequately in the plan.', 'Sexual violence', false],
    ['A gender perspective has not been sufficiently integrated into the concept.', 'gender perspective', false],
    ['Gender has not yet been fully mainstreamed in the sector.', 'Gender', false],
    ['The plan does not systematically consult women leaders.', 'women leaders', false],
    ['The plan does not provide sufficient data on women.', 'women', false],
    ['The plan does not say much about women.', 'women', false],
    ['No gender adviser was adequately trained.', 'gender adviser', false],
    // Absences stay absences.
    ['No gender adviser has been appointed.', 'gender adviser', true],
    ['The plan does not provide data on women.', 'women', true],
    ['Women were not consulted to improve the plan.', 'Women', true],
    ['No gender adviser was appointed and women were not adequately consulted.', 'gender adviser', true],
    ['No gender adviser was appointed and women were not adequately consulted.', 'women', false],
    // A comma or a list word ends the predicate the degree word must stand in.
    ['The plan does not mention women, and training is fully funded.', 'women', true],
    ['The plan does not mention women and girls sufficiently.', 'women', true],
  ]);
  check([
    ['La participation des femmes ne s’est pas améliorée.', 'participation des femmes', false],
    ['La participation des femmes ne progresse pas.', 'participation des femmes', false],
    ['La participation des femmes n’a pas augmenté depuis 2015.', 'participation des femmes', false],
    ['La dimension de genre n’a pas été suffisamment prise en compte.', 'dimension de genre', false],
    ['Les femmes ne sont pas systématiquement consultées.', 'femmes', false],
    ['Le plan ne prévoit pas de moyens suffisants pour les conseillères genre.', 'conseillères genre', false],
    ['Aucune conseillère genre n’a été nommée.', 'conseillère genre', true],
    ['Les femmes ne sont pas consultées pour améliorer le plan.', 'femmes', true],
    ['Le plan ne prévoit pas de moyens pour les conseillères genre.', 'conseillères genre', true],
  ], 'fr');
  it.each([
    [REACH.verb - 1, false], [REACH.verb, true],
  ])('%i words between the cue and a degree word → negated %s', (n, neg) => {
    expect(flags(`Women were not ${words(n)} sufficiently.`, 'Women').negated).toBe(neg);
  });
});

describe('degree and predicate boundaries', () => {
  check([
    // The negated verb itself is no boundary of its predicate; a later finite verb is.
    ['Women are not represented adequately in the police.', 'Women', false],
    ['The unit did not consult women leaders who seemed fully informed.', 'women leaders', true],
    ['There is no lack of qualified women leaders.', 'women leaders', false],
    ['There is no shortage of gender advisers.', 'gender advisers', false],
    ['The mission does not lack gender advisers.', 'gender advisers', false],
    ['The mission lacks gender advisers.', 'gender advisers', true],
    ['The problem is not the lack of women leaders but the lack of funds.', 'women leaders', false],
    ['The role of women cannot be overstated.', 'women', false],
    ['Do not hesitate to contact the gender adviser.', 'gender adviser', false],
    ['There is no need to consult women separately.', 'women', false],
    ['Women had never before held such posts.', 'Women', false],
    ['It is not true that the mission consulted women leaders.', 'women leaders', false],
    ['The plan does not address the lack of gender advisers.', 'gender advisers', true],
  ]);
  check([
    // A second « ne » ends the first negation's predicate.
    ['La mission ne consulte pas les femmes qui ne sont pas suffisamment formées.', 'femmes', true],
    ['Les femmes ne sont pas prèsentes au conseil.', 'femmes', true],
  ], 'fr');
  it('a boundary or a comma ends the predicate a degree word or verb must stand in', () => {
    expect(flagsWhole('Women are not. Still improving.', 'Women').negated).toBe(true);
    expect(flagsWhole('Women are not still improving.', 'Women').negated).toBe(false);
    expect(flags('The report does not name women leaders, very sadly.', 'women leaders').negated).toBe(true);
    expect(flags('The report does not name women leaders very clearly.', 'women leaders').negated).toBe(false);
  });
  it('a boundary between « ne » and « plus » parts them', () => {
    expect(flagsWhole('Il ne vient. Plus de conseillère genre.', 'conseillère genre', 'fr').negated).toBe(false);
    expect(flagsWhole('Il ne vient plus de conseillère genre.', 'conseillère genre', 'fr').negated).toBe(true);
  });
  it('a boundary ends the look-back for a relative word', () => {
    expect(flagsWhole('Soldiers who left. Women leaders were not paid.', 'Women leaders').negated).toBe(true);
    expect(flagsWhole('Soldiers who left women leaders were not paid.', 'women leaders').negated).toBe(false);
  });
  it('a listed subject before a parenthetical relative', () => {
    expect(flags('Women, girls and boys, who lead the committees, were not consulted.', 'Women').negated).toBe(true);
  });
  it('a full stop, not a comma, after a relative closes no island', () => {
    expect(flagsWhole('Women, who lead the committees. Were not consulted.', 'Women').negated).toBe(false);
  });
  it('a partitive reads the verb of its own sentence only', () => {
    expect(flagsWhole('None of the women leaders. They were consulted.', 'women leaders').negated).toBe(false);
    expect(flagsWhole('None of the women leaders were consulted.', 'women leaders').negated).toBe(true);
  });
  it('a conditional reaches back no further than a boundary', () => {
    expect(flagsWhole('If needed. Women are not consulted.', 'Women').negated).toBe(true);
    expect(flagsWhole('If needed women are not consulted.', 'women').negated).toBe(false);
  });
  it('a relative with no closing comma leaves its subject cut off', () => {
    expect(flags('Women, who lead the committees were not consulted.', 'Women').negated).toBe(false);
  });
  it('a boundary between a negation and "without" keeps "without" a negation', () => {
    expect(flagsWhole('No patrol left. Without women leaders nothing works.', 'women leaders').negated).toBe(true);
  });
});

describe('frequency, quantity, continuation and sets that are there', () => {
  check([
    ['Women are often not consulted.', 'Women', false],
    ['Women remain largely absent from the talks.', 'Women', false],
    ['Women remain absent from the talks.', 'Women', true],
    ['Women are not more than 5 per cent of the staff.', 'Women', false],
    ['Sexual violence has never ceased in the camps.', 'Sexual violence', false],
    ['Women leaders did not wait for the agreement.', 'Women leaders', false],
    ['There were no women among the mediators.', 'mediators', false],
    ['There were no women among the mediators.', 'women', true],
    ['There were no women with the mediators.', 'mediators', true],
  ]);
  check([
    ['Les femmes restent largement absentes des négociations.', 'femmes', false],
    ['Les femmes ne sont souvent pas consultées.', 'femmes', false],
    ['Les femmes ne représentent pas plus de 5 % des effectifs.', 'femmes', false],
    ['Les violences sexuelles n’ont jamais cessé.', 'violences sexuelles', false],
    ['Les femmes n’ont pas attendu la résolution pour agir.', 'femmes', false],
    ['On ne compte aucune femme parmi les médiateurs.', 'médiateurs', false],
    ['On ne compte aucune femme parmi les médiateurs.', 'femme', true],
  ], 'fr');
});

describe('a negated negative verb states a presence', () => {
  check([
    ['The plan does not exclude women from patrols.', 'women', false],
    ['Women’s needs were not ignored in the plan.', 'Women’s needs', false],
    ['The order has not overlooked the needs of women.', 'needs of women', false],
    // Alone, the negative verb is the cue.
    ['The order overlooked the needs of women.', 'needs of women', true],
  ]);
  check([
    ['Le plan n’exclut pas la participation des femmes.', 'participation des femmes', false],
    ['Le plan n’ignore pas les besoins des femmes.', 'besoins des femmes', false],
    ['Le plan n’a pas ignoré les besoins des femmes.', 'besoins des femmes', false],
    ['Le plan ignore les besoins des femmes.', 'besoins des femmes', true],
    // « il ne faut pas » forbids, like "must not".
    ['Il ne faut pas consulter les femmes seules.', 'femmes', false],
  ], 'fr');
});

describe('absence said with words of its own, EN and FR', () => {
  check([
    ['The plan is silent on sexual violence.', 'sexual violence', true],
    ['The plan is silent on the participation of women.', 'participation of women', true],
    ['The order remains silent on women.', 'women', true],
    ['Women were sidelined from the talks.', 'Women', true],
    ['Women were side-lined in the talks.', 'Women', true],
    ['Gender is not a handicap.', 'Gender', false],
    ['Gender is no longer a priority for the mission.', 'Gender', false],
    // the idiom of inclusion is no absence
    ['The mission ensured that no woman was left behind.', 'woman', false],
    ['The plan leaves no one behind, no woman left behind.', 'woman', false],
  ]);
  check([
    ['Le plan est muet sur les violences sexuelles.', 'violences sexuelles', true],
    ['Le plan reste muet sur la participation des femmes.', 'participation des femmes', true],
    ['Les rapports sont muets sur les femmes.', 'femmes', true],
    ['Une conseillère pour les questions de genre doit encore être nommée.', 'conseillère pour les questions de genre', true],
    ['Des conseillères pour les questions de genre doivent encore être nommées.', 'conseillères pour les questions de genre', true],
    ['Il manque une analyse de genre dans le plan.', 'analyse de genre', true],
    ['On note un manque d’expertise en matière de genre.', 'expertise en matière de genre', true],
    ["On note un manque d'expertise en matière de genre.", 'expertise en matière de genre', true],
    ['Le genre n’est plus une priorité.', 'genre', false],
  ], 'fr');
});

describe('a prohibition, a norm against impunity and a continuation are no absences', () => {
  check([
    ['Sexual violence will not be tolerated.', 'Sexual violence', false],
    ['The command does not tolerate sexual exploitation.', 'sexual exploitation', false],
    ['Commanders will not condone sexual abuse by their troops.', 'sexual abuse', false],
    ['The mission never condoned sexual abuse.', 'sexual abuse', false],
    ['There can be no impunity for sexual violence.', 'sexual violence', false],
    ['Sexual violence must not go unpunished.', 'Sexual violence', false],
    ['The Council never ceased to call for the participation of women.', 'participation of women', false],
    // …while the same verbs without a negation, and other verbs, keep theirs
    ['There is no accountability for sexual violence.', 'sexual violence', true],
    ['Sexual violence was not reported.', 'Sexual violence', true],
  ]);
  check([
    ['Les violences sexuelles ne seront pas tolérées.', 'violences sexuelles', false],
    ['Le commandement ne tolère pas l’exploitation sexuelle.', 'exploitation sexuelle', false],
    ['Il ne saurait y avoir d’impunité pour les violences sexuelles.', 'violences sexuelles', false],
    ['Il n’y aura pas d’impunité pour les violences sexuelles.', 'violences sexuelles', false],
    ['Aucune impunité ne sera accordée pour les violences sexuelles.', 'violences sexuelles', false],
    ['Les violences sexuelles ne resteront pas impunies.', 'violences sexuelles', false],
    ['Le Conseil n’a cessé d’appeler à la participation des femmes.', 'participation des femmes', false],
    ['Le Conseil ne cesse d’appeler à la participation des femmes.', 'participation des femmes', false],
    ['Le Conseil n’a eu de cesse de réclamer la participation des femmes.', 'participation des femmes', false],
    ['Les violences sexuelles n’ont pas été signalées.', 'violences sexuelles', true],
    ['Le Conseil a cessé d’appeler à la participation des femmes.', 'participation des femmes', true],
  ], 'fr');
});

describe('an intensifier before the negator is no degree; a contrast between commas negates only itself', () => {
  check([
    ['The mission has really not consulted women.', 'women', true],
    ['Women are really not consulted.', 'Women', true],
    ['Women are not really consulted.', 'Women', false],
    ['Women are often not consulted.', 'Women', false],
    // "X, not Y, …": the contrast reaches neither X nor the predicate after it
    ['The mission, not the host state, trains women police officers.', 'women police officers', false],
    ['Women, not men, lead the gender units.', 'Women', false],
    ['Women, and not men, lead the gender units.', 'Women', false],
    ['Women, but not girls, were consulted.', 'Women', false],
    ['Women, but not girls, were consulted.', 'girls', true],
    ['The mission trains women, not men.', 'women', false],
    ['The mission, not women, decides.', 'women', true],
    // the contrast is an island: a negation after it still has its subject; at most six words after the negator
    ['Women, not men, were not consulted.', 'Women', true],
    ['The mission, not the host state or its police, trains women police officers.', 'women police officers', false],
    ['The mission, not the host state or its regional police, trains women police officers.', 'women police officers', true],
    ['The mission, or not the host state, trains women police officers.', 'women police officers', false],
    ['The mission , not the host state , trains women police officers.', 'women police officers', false],
    ['The mission not the host state, trains women police officers.', 'women police officers', true],
    ['Women, never men, lead the gender units.', 'Women', false],
    ['Women, never men alone, were never consulted.', 'Women', true],
    // a verb inside makes it a clause of its own, as before
    ['The units, not having consulted women, left.', 'women', true],
    ['Women were not consulted, and the plan failed.', 'Women', true],
  ]);
  check([
    ['Les femmes ne sont toujours pas consultées.', 'femmes', true],
    ['La Mission n’a toujours pas nommé de conseiller pour les questions de genre.', 'conseiller pour les questions de genre', true],
    ['Les femmes ne sont vraiment pas consultées.', 'femmes', true],
    ['Les femmes ne sont pas toujours consultées.', 'femmes', false],
    ['Les femmes ne sont pas vraiment consultées.', 'femmes', false],
    ['Les femmes ne sont souvent pas consultées.', 'femmes', false],
    ['Les femmes, et pas les hommes, dirigent les cellules.', 'femmes', false],
    ['Les femmes, mais pas les filles, ont été consultées.', 'filles', true],
    ['La Mission, pas l’État hôte, forme les policières.', 'policières', false],
    ['Les femmes, et pas les hommes, n’ont pas été consultées.', 'femmes', true],
    ['Les femmes, mais pas les hommes, dirigent les cellules.', 'femmes', false],
  ], 'fr');
});

describe('scope limits ("only", « ne … que ») and hearsay', () => {
  const rows: [string, string, boolean, boolean][] = [
    // sentence, term, scopeLimited, negated
    ['Gender is mentioned only in the search procedure.', 'Gender', true, false],
    ['Women take part solely as interpreters.', 'Women', true, false],
    ['Women hold only 3 per cent of the seats.', 'Women', true, false],
    ['The only task relating to women is the search procedure.', 'women', true, false],
    ['PoC activities are limited to the camps, which women leaders visit.', 'women leaders', false, false],
    ['PoC activities are limited to the vicinity of the camps of women leaders.', 'women leaders', true, false],
    ['Women will be consulted before each operation.', 'Women', false, false],
    ['The mission must not only protect women but also support them.', 'women', false, false],
    ['The mission must not merely escort women leaders.', 'women leaders', false, false],
    ['The UN gave a just and lasting role to women leaders.', 'women leaders', false, false],
    ['The report offers no references to women, and only references elements of the gender agenda.', 'gender agenda', true, false],
    ['The plan names only patrols and no gender adviser.', 'gender adviser', false, true],
  ];
  it.each(rows)('%s [%s] → scope %s, negated %s', (s, t, scope, neg) => {
    const f = flags(s, t);
    expect(f.scopeLimited).toBe(scope);
    expect(f.negated).toBe(neg);
  });
  it.each([
    [REACH.scope, true], [REACH.scope + 1, false],
  ])('%i words between the term and a following "only" → scope %s', (n, scope) => {
    expect(flags(`Women ${words(n, 'named')} only in annexes.`, 'Women').scopeLimited).toBe(scope);
  });
  it.each([
    [REACH.noun, true], [REACH.noun + 1, false],
  ])('%i words between a preceding "only" and the term → scope %s', (n, scope) => {
    expect(flags(`It names only ${words(n)} women leaders.`, 'women leaders').scopeLimited).toBe(scope);
  });
  it('a boundary ends a restriction', () => {
    expect(flags('Gender is mentioned only once; women leaders are consulted.', 'women leaders').scopeLimited).toBe(false);
    expect(flags('Only the commander, who met women leaders.', 'women leaders').scopeLimited).toBe(false);
  });
  it('hearsay is a property of the clause', () => {
    expect(flags('A gender annex was reportedly attached to the order.', 'gender annex').unverified).toBe(true);
    expect(flags('According to the adviser, women were consulted.', 'women').unverified).toBe(true);
    expect(flags('Women will be consulted before each operation.', 'Women').unverified).toBe(false);
  });
});

describe('French negation', () => {
  check([
    ['Le plan passe sous silence la participation des femmes.', 'participation des femmes', true],
    ['Le rapport omet la dimension de genre.', 'dimension de genre', true],
    ['Le plan ne prend pas en compte les besoins des femmes.', 'besoins des femmes', true],
    ["On note l'absence de conseillère genre.", 'conseillère genre', true],
    ['Le rapport souligne un manque de données ventilées par sexe.', 'données ventilées par sexe', true],
    ['La conseillère genre fait défaut dans le secteur.', 'conseillère genre', true],
    ["Aucune conseillère genre n'a été nommée.", 'conseillère genre', true],
    ['Le plan ne mentionne ni les femmes ni les filles.', 'filles', true],
    ['Le plan ne mentionne ni les femmes ni les filles.', 'femmes', true],
    ['Les conseillers genre ne participent pas aux réunions.', 'conseillers genre', true],
    ["Le genre n'est pas pris en compte dans l'ordre.", 'genre', true],
    ['Les femmes ne sont pas représentées au conseil.', 'femmes', true],
    ['Le poste de conseiller genre reste vacant.', 'conseiller genre', true],
    ["Les conseillères pour la protection des femmes n'ont pas encore été déployées.", 'conseillères pour la protection des femmes', true],
    // Not absences.
    ['Le bataillon protège non seulement les femmes mais aussi les enfants.', 'femmes', false],
    ['Les femmes ne sont pas toujours consultées.', 'femmes', false],
    ["Le genre n'est pas un handicap.", 'genre', false],
    ['Les femmes ne sont pas nombreuses au conseil.', 'femmes', false],
    ['Il y a plus de femmes que jamais à la tête des missions.', 'femmes', false],
    ['Les cas de violences sexuelles seront signalés sans délai.', 'violences sexuelles', false],
    ['La participation sans réserve des femmes est soutenue.', 'femmes', false],
    ['Les femmes ne doivent pas être fouillées par des hommes.', 'femmes', false],
    // The scope ends at a new clause.
    ["En l'absence de conseillère genre, la mission a consulté les associations de femmes.", 'conseillère genre', true],
    ["En l'absence de conseillère genre, la mission a consulté les associations de femmes.", 'associations de femmes', false],
    ["Bien qu'il n'existe pas de données sur le sujet, les femmes sont consultées.", 'femmes', false],
    ["Les femmes qui ont été consultées n'ont pas reçu de formation.", 'femmes', false],
    ["Pas une seule enquête sur les violences sexuelles n'a abouti, mais les femmes sont consultées.", 'femmes', false],
  ], 'fr');
  describe('« plus », « rien », « guère », « nullement » negate only after « ne »', () => {
    check([
      ['La mission ne dispose plus de conseillère genre depuis mars.', 'conseillère genre', true],
      ['Il n’y a plus de conseillère genre dans le secteur.', 'conseillère genre', true],
      ['Les femmes ne sont plus consultées.', 'femmes', true],
      ['Le rapport ne dit rien des violences sexuelles.', 'violences sexuelles', true],
      ['La mission n’a rien prévu pour les femmes.', 'femmes', true],
      ['La participation des femmes n’est nullement garantie.', 'participation des femmes', true],
      // Without « ne »: more women, nothing as a subject.
      ['Il y a plus de femmes dans les patrouilles.', 'femmes', false],
      ['Rien n’indique que les femmes ont été consultées.', 'femmes', false],
      // « ne » more than three words before is not theirs.
      ['Le plan ne leur dit plus rien des conseillères genre.', 'conseillères genre', true],
      ['Ne leur dit plus de conseillère genre.', 'conseillère genre', true],
      ['Ne le leur dit plus de conseillère genre.', 'conseillère genre', false],
      // A comparison, not an absence.
      ['Les femmes n’ont jamais été aussi nombreuses.', 'femmes', false],
      ['Les femmes sont plus nombreuses que jamais.', 'femmes', false],
    ], 'fr');
    it('« ne … plus que » restricts; after a negative subject « que » is a conjunction', () => {
      expect(flags('Le plan ne prévoit plus que des patrouilles avec des femmes.', 'femmes', { lang: 'fr' })).toMatchObject({ scopeLimited: true, negated: false });
      expect(flags('Rien n’indique que les femmes ont été consultées.', 'femmes', { lang: 'fr' })).toMatchObject({ scopeLimited: false, negated: false });
      expect(flags('Personne ne dit que les femmes ont été consultées.', 'femmes', { lang: 'fr' })).toMatchObject({ scopeLimited: false });
      expect(flags('Le plan ne dit que les femmes ont été consultées.', 'femmes', { lang: 'fr' })).toMatchObject({ scopeLimited: true });
    });
  });
  check([
    ['Les patrouilles partent sans consulter les femmes.', 'femmes', true],
    ['Le plan a été adopté sans que les femmes soient consultées.', 'femmes', true],
    ['Le plan a été adopté sans délai et les femmes ont été consultées.', 'femmes', false],
    ['Le manque de conseillères genre a retardé la formation.', 'conseillères genre', true],
    ['Le manque de conseillères genre a retardé la formation des femmes.', 'formation des femmes', false],
    ['Le plan ne mentionne ni les femmes, ni les filles.', 'filles', true],
    ['Le rapport n’évoque pas la participation des femmes, qui reste un objectif.', 'participation des femmes', true],
    ['Le plan n’est pas seulement destiné aux femmes.', 'femmes', false],
    ['Non seulement les femmes, mais aussi les filles sont protégées.', 'filles', false],
  ], 'fr');
  it('French cues are not read in English text', () => {
    expect(flags('Le rapport omet la dimension de genre.', 'dimension de genre', { lang: 'en' }).negated).toBe(false);
    expect(flags('Le rapport omet la dimension de genre.', 'dimension de genre', { lang: 'fr' }).negated).toBe(true);
    expect(flags('Le rapport omet la dimension de genre.', 'dimension de genre', { lang: 'und' }).negated).toBe(true);
  });
  it('"a" is the French auxiliary in French text, the English article in English text, neither when undetermined', () => {
    expect(flags('The absence of a gender adviser was noted.', 'gender adviser', { lang: 'und' }).negated).toBe(true);
    expect(flags("L'absence de conseillère a pesé sur les femmes.", 'femmes', { lang: 'fr' }).negated).toBe(false);
    expect(flags("L'absence de conseillère a pesé sur les femmes.", 'femmes', { lang: 'und' }).negated).toBe(true);
    expect(flags('It is not a women’s issue alone.', 'women’s issue', { lang: 'und' }).negated).toBe(true);
  });
  it('a word written with accents is not its accent-free homograph: « à » is no verb « a »', () => {
    expect(flags('Le rapport ne fait pas référence à la résolution 1325.', 'résolution 1325', { lang: 'fr' }).negated).toBe(true);
    expect(flags("L'absence de formation à la protection des femmes.", 'protection des femmes', { lang: 'fr' }).negated).toBe(true);
    expect(flags("L'absence de formation a pesé sur la protection des femmes.", 'protection des femmes', { lang: 'fr' }).negated).toBe(false);
    // Text without accents still reads a listed accented word ("été" as "ete").
    expect(flags("Les femmes n'ont pas ete consultees.", 'femmes', { lang: 'fr' }).negated).toBe(true);
  });
  it('reads accent-free and curly-apostrophe spellings', () => {
    expect(flags('Le bataillon n’a aucun point focal genre.', 'point focal genre', { lang: 'fr' }).negated).toBe(true);
    expect(flags("On note l'absence de conseillere genre.", 'conseillere genre', { lang: 'fr' }).negated).toBe(true);
    expect(flags('Les femmes ne sont pas representees au conseil.', 'femmes', { lang: 'fr' }).negated).toBe(true);
  });
  it('a negated harm is not a gap, unless what is denied is the response to it', () => {
    expect(flags("Aucune allégation d'exploitation sexuelle n'a été reçue.", 'exploitation sexuelle', { problem: true, lang: 'fr' }).negated).toBe(false);
    expect(flags("Aucun cas de violence sexuelle n'a été jugé.", 'violence sexuelle', { problem: true, lang: 'fr' }).negated).toBe(true);
    expect(flags("Pas d'allégation de violence sexuelle cette année.", 'violence sexuelle', { problem: true, lang: 'fr' }).negated).toBe(false);
    // The same phrase is an absence for a concept that is not a harm.
    expect(flags('Aucune preuve de formation sur le genre.', 'formation sur le genre', { lang: 'fr' }).negated).toBe(true);
    expect(flags("Pas d'allégation sur la formation genre.", 'formation genre', { lang: 'fr' }).negated).toBe(true);
  });
  const restrictive: [string, string, boolean, boolean][] = [
    ['Les femmes ne représentent que 4 % des officiers.', 'femmes', true, false],
    ['Le plan ne mentionne que les femmes.', 'femmes', true, false],
    ['Le plan ne prévoit que des patrouilles avec des femmes.', 'femmes', true, false],
    ['Ne prévoit que des patrouilles avec des femmes.', 'femmes', true, false],
    // Only the cues inside « ne … que » go: a later « pas de » still negates.
    ['Le plan ne prévoit que des patrouilles et pas de conseillère genre.', 'conseillère genre', false, true],
    ["Le genre n'est mentionné que pour les fouilles.", 'genre', true, false],
    ["Le plan n'évoque qu'une fois les femmes.", 'femmes', true, false],
    // "ne … pas que", "ne … plus que": not a restriction.
    ['Le plan ne mentionne pas que les femmes soient consultées.', 'femmes', false, true],
    ['Le genre est mentionné dans toutes les tâches.', 'genre', false, false],
  ];
  it.each(restrictive)('%s [%s] → scope %s, negated %s', (s, t, scope, neg) => {
    const f = flags(s, t, { lang: 'fr' });
    expect(f.scopeLimited).toBe(scope);
    expect(f.negated).toBe(neg);
  });
});

describe('clause cues are found once per clause', () => {
  it('keep their offsets and a clause without cues costs no word list', () => {
    const text = 'Units will patrol. The plan has no gender adviser.';
    const src = { text, flat: flatten(text) };
    const c = clauseCues(src, 19, text.length);
    expect(c.hits.map((h) => text.slice(c.start + h.start, c.start + h.end))).toEqual(['no']);
    const at = text.indexOf('gender adviser');
    expect(flagsIn(c, at, at + 14, false).negated).toBe(true);
    const none = clauseCues(src, 0, 18);
    expect(none.hits).toEqual([]);
    expect(none.words.key).toEqual([]);
    expect(flagsIn(none, 6, 12, false)).toEqual({ negated: false, scopeLimited: false, unverified: false, cue: undefined });
  });
  it('reads text whose lower case changes its length (no flat view) the same way', () => {
    const text = 'İstanbul: the plan has no gender adviser, only a focal point.';
    // The flat view keeps the length ("İ" read as "i"); the exact path, without a view, still reads it alike.
    expect(flatten(text)!.view.length).toBe(text.length);
    const at = text.indexOf('gender adviser');
    const c = clauseCues({ text, flat: null }, 10, text.length, 'en');
    expect(flagsIn(c, at, at + 14, false).negated).toBe(true);
    const fp = text.indexOf('focal point');
    expect(flagsIn(c, fp, fp + 11, false)).toMatchObject({ negated: false, scopeLimited: true });
  });
  it('a long clause reads only the words around its cues, with the same results', () => {
    const long = `${words(80, 'patrols')} and the plan has no gender adviser and ${words(80, 'patrols')} with women leaders`;
    expect(flagsWhole(long, 'gender adviser').negated).toBe(true);
    expect(flagsWhole(long, 'women leaders').negated).toBe(false);
    expect(flagsWhole(`Women leaders ${words(80, 'met')} have not been named.`, 'Women leaders').negated).toBe(false);
    const c = clauseCues({ text: long, flat: flatten(long) }, 0, long.length, 'en');
    expect(c.from).toBeGreaterThan(0);
    expect(c.to).toBeLessThan(long.length);
  });
  it('a stock pairing names a means', () => {
    const text = 'Protect civilians, in particular women and children, through women protection advisers.';
    expect(hasMeans({ text, flat: flatten(text) }, 0, text.length)).toBe(true);
    expect(hasMeans({ text, flat: flatten(text) }, 0, 50)).toBe(false);
  });
});

describe('a negated state of the subject: the subject is there (issue 13)', () => {
  // The predicate is about the women: they did not feel safe, they are not said to be absent.
  check([
    ['Women did not feel safe near the checkpoint.', 'Women', false],
    ['Women and girls do not trust the local police.', 'girls', false],
    ['Women survivors have not dared to speak out.', 'Women survivors', false],
    ['Female officers did not always feel welcome in the unit.', 'Female officers', false],
    // Absences stay absences: a quantifier, a passive, an active verb of doing.
    ['No women were consulted on the plan.', 'women', true],
    ['Women were not consulted on the plan.', 'Women', true],
    ['Women did not take part in the talks.', 'Women', true],
    // A state verb after the term it does not govern: the negation is still read on its object.
    ['Commanders did not feel that a gender adviser was needed.', 'gender adviser', false],
  ]);
  check([
    ['Les femmes ne se sentent pas en sécurité près du poste de contrôle.', 'femmes', false],
    ['Les femmes ne font pas confiance à la police et ne se sentaient pas protégées.', 'femmes', false],
    ['Les survivantes n’osent pas parler.', 'survivantes', false],
    ['Aucune femme n’a été consultée.', 'femme', true],
    ['Les femmes n’ont pas été consultées.', 'femmes', true],
  ], 'fr');
});

describe('verification: "could not verify" is hearsay, not an absence (issue 13)', () => {
  it.each([
    ['The mission could not verify reports of sexual violence in the camp.', 'sexual violence', 'en'],
    ['The team was unable to confirm allegations of sexual violence.', 'sexual violence', 'en'],
    ['The panel could not independently verify the reports of rape.', 'rape', 'en'],
    ['La mission n’a pas pu vérifier les allégations de violences sexuelles.', 'violences sexuelles', 'fr'],
    ['L’équipe n’a pas été en mesure de confirmer les cas de violences sexuelles.', 'violences sexuelles', 'fr'],
  ] as [string, string, Lang][])('%s [%s]', (s, t, lang) => {
    const f = flags(s, t, { lang });
    expect(f.negated).toBe(false);
    expect(f.unverified).toBe(true);
  });
  it('an inability that is not about verifying stays an absence', () => {
    const f = flags('The mission could not deploy women protection advisers.', 'women protection advisers');
    expect(f).toMatchObject({ negated: true, unverified: false });
  });
});

describe('more affirmations with a negative word (issue 13)', () => {
  check([
    // A negated negative verb, a negated experience of the subject, a dismissed reason, a fronted condition.
    ['No one disputes the importance of women’s participation.', 'women’s participation', false],
    ['The mission has never wavered in its support for women’s participation.', 'women’s participation', false],
    ['Women were not deterred by the threats.', 'Women', false],
    ['Women peacekeepers did not face discrimination in the unit.', 'Women peacekeepers', false],
    ['Sexual violence is underreported, not because it is rare but because survivors fear stigma.', 'underreported', false],
    ['Gender issues were not discussed at length.', 'Gender issues', false],
    ['Without women’s participation, peace will not last.', 'women’s participation', false],
    ['Without the participation of women, there can be no lasting peace.', 'participation of women', false],
    // Absences stay absences.
    ['Without a gender adviser, the unit deployed to the north.', 'gender adviser', true],
    ['The unit deployed without a gender adviser, and peace will not last.', 'gender adviser', true],
    ['Gender issues were not discussed.', 'Gender issues', true],
  ]);
  check([
    ['Personne ne doute de l’importance de la participation des femmes.', 'participation des femmes', false],
    ['Les femmes n’ont pas été découragées par les menaces.', 'femmes', false],
    ['Sans la participation des femmes, la paix ne peut être durable.', 'participation des femmes', false],
    ['Sans conseillère genre, l’unité s’est déployée au nord.', 'conseillère genre', true],
  ], 'fr');
});

describe('more shortfalls of degree (issue 13)', () => {
  check([
    ['Women’s representation has not kept pace with the needs.', 'Women’s representation', false],
    ['Gender was not prioritized in the budget.', 'Gender', false],
    ['Gender was not mentioned in the budget.', 'Gender', true],
  ]);
  check([
    ['La dimension de genre n’est pas bien intégrée dans la planification.', 'dimension de genre', false],
    ['La perspective de genre n’a pas été appliquée de manière cohérente.', 'perspective de genre', false],
    ['La perspective de genre n’a pas été appliquée.', 'perspective de genre', true],
  ], 'fr');
});

describe('French "not only" said with a verb of limiting, and a fronted « sans » before a negated future', () => {
  check([
    ['La Mission ne se limite pas à protéger les femmes : elle soutient aussi leur participation.', 'femmes', false],
    ['Le programme ne se borne pas à la protection des femmes.', 'protection des femmes', false],
    ['L’unité ne se contente pas de consulter les associations de femmes.', 'associations de femmes', false],
    ['Le rapport ne se limitait pas aux violences sexuelles.', 'violences sexuelles', false],
    // the same verbs are no mask when the negation is elsewhere
    ['Le plan se limite aux patrouilles et ne mentionne pas les femmes.', 'femmes', true],
    ['Sans les femmes, la paix ne durera pas.', 'femmes', false],
    ['Sans la participation des femmes, l’accord ne tiendrait pas.', 'participation des femmes', false],
    // a past fact after « sans » stays an absence
    ['Sans conseillère genre, l’unité n’a pas consulté la population.', 'conseillère genre', true],
  ], 'fr');
});

describe('a fronted "without" before a main clause that denies what follows: every form of the denial', () => {
  // Each row names its form; the doubled spaces pin that any run of spaces may stand between the words.
  check([
    ['Without a gender adviser, the plan will not work.', 'gender adviser', false],
    ['Without a gender adviser, the plan will  not work.', 'gender adviser', false],
    ['Without a gender adviser, the plan won\'t work.', 'gender adviser', false],
    ['Without a gender adviser, the plan won’t work.', 'gender adviser', false],
    ['Without a gender adviser, the unit cannot plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit can\'t plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit can’t plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit can  never plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit could  not plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit would  not plan.', 'gender adviser', false],
    ['Without a gender adviser, the unit will  never plan.', 'gender adviser', false],
    ['Without a gender adviser, there  can  be  no plan.', 'gender adviser', false],
    ['Without a gender adviser, there  will  be  no plan.', 'gender adviser', false],
    ['Without a gender adviser, planning is  impossible.', 'gender adviser', false],
    ['Without gender advisers, plans are  impossible.', 'gender advisers', false],
    // the denial must be in the same sentence, and there must be a main clause at all
    ['Without a gender adviser, the unit deployed. Peace will not last.', 'gender adviser', true],
    ['Without a gender adviser, the unit deployed', 'gender adviser', true],
    ['The unit deployed without a gender adviser and will not return.', 'gender adviser', true],
  ]);
  check([
    ['Sans conseillère genre, l’unité ne peut agir.', 'conseillère genre', false],
    ['Sans conseillère genre, l’unité ne  peut agir.', 'conseillère genre', false],
    ['Sans conseillère genre, l’unité ne pourra agir.', 'conseillère genre', false],
    ['Sans conseillère genre, la planification est  impossible.', 'conseillère genre', false],
    ['Sans conseillères genre, les plans sont  impossibles.', 'conseillères genre', false],
    ['Sans conseillère genre, la paix ne durera pas.', 'conseillère genre', false],
    ['Sans conseillère genre, la paix ne  durera  pas.', 'conseillère genre', false],
    ['Sans conseillère genre, les accords ne tiendront jamais.', 'conseillère genre', false],
    ['Sans conseillère genre, le plan ne réussirait pas.', 'conseillère genre', false],
    ['Sans conseillère genre, les plans n’aboutiraient point.', 'conseillère genre', false],
    ['Sans conseillère genre, le sous-comité ne se réunira pas.', 'conseillère genre', false],
    // a past fact is no denial of what would follow: the absence stands
    ['Sans conseillère genre, l’unité ne part pas.', 'conseillère genre', true],
    ['Sans conseillère genre, l’unité n’est pas partie.', 'conseillère genre', true],
    ['Sans conseillère genre, l’unité est partie. La paix ne durera pas.', 'conseillère genre', true],
  ], 'fr');
});

describe('", and" / « , et »: a new clause, unless a list, an infinitive, an adverb or an addition follows', () => {
  check([
    ['The mission has not appointed an adviser, and women’s participation rose.', 'women’s participation', false],
    ['The plan does not mention gender, women, and girls.', 'girls', true],
    ['The plan does not mention gender, and in particular women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and notably women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and especially women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and particularly women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and including women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and even women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and also women leaders.', 'women leaders', true],
    ['The plan does not mention gender, and surely women leaders.', 'women leaders', true],
    ['The mission failed to consult women, and to protect girls.', 'girls', true],
  ]);
  check([
    ['Le plan ne mentionne pas le genre, et les femmes dirigent.', 'femmes', false],
    ['Le plan ne mentionne pas le genre, et notamment les femmes.', 'femmes', true],
    ['Le plan ne mentionne pas le genre, et surtout les femmes.', 'femmes', true],
    ['Le plan ne mentionne pas le genre, et en particulier les femmes.', 'femmes', true],
    ['Le plan ne mentionne pas le genre, et même les femmes.', 'femmes', true],
    ['Le plan ne mentionne pas le genre, et aussi les femmes.', 'femmes', true],
    ['Le plan omet le genre, et y compris les femmes.', 'femmes', true],
    ['Le plan omet de consulter les femmes, et de protéger les filles.', 'filles', true],
    ['Le plan omet de consulter les femmes, et d’aider les filles.', 'filles', true],
  ], 'fr');
});
