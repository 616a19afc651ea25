// Context rules tied to the phrase (core/analysis/context.ts): a generic term counts as its gender-specific concept
// only when the women/gender/sexual-violence word is part of its phrase or governs it. Each table pins one
// shape of the rule with sentences just inside and just outside it, in English and French.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon, LexiconError } from '../core/index.ts';
import { ContextCheck, foundAt, governsAfter, governsBefore, MAX_AFTER, MAX_BEFORE, MAX_FREE, MAX_HEAD_FREE, wordsBetween } from '../core/analysis/context.ts';
import { flatten } from '../core/text/flat.ts';
import { PhraseSet } from '../core/match/phrases.ts';
import { wordsOf } from '../core/text/words.ts';

const lex = loadLexicon();
/** The @women context set, as the built-in concepts use it. */
const women = lex.concepts.get('pro-women-girls')!.requires!;

/** Does the phrase rule hold for the [bracketed] term of the sentence? */
function phrase(marked: string, lang: 'en' | 'fr' = 'en', set: PhraseSet = women): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const check = new ContextCheck({ text, flat: flatten(text) }, lex.grammar);
  const sent = { start: 0, end: text.length };
  return check.holds({ requires: set, within: 'phrase' }, { start, end }, sent, sent, lang);
}

describe('phrase rule: the group word after the term, in its complement', () => {
  it('has the window sizes the tables below pin', () => {
    expect([MAX_AFTER, MAX_BEFORE, MAX_FREE, MAX_HEAD_FREE]).toEqual([8, 4, 3, 2]);
  });
  it.each([
    // a link word opens the complement
    ['The mission will improve [protection] of women in camps.', true],
    ['The mission will improve [protection] for displaced women.', true],
    ['Units received [training] on gender last year.', true],
    ['[Training] against sexual violence was delivered.', true],
    ['The plan sets [quotas] for 350 women candidates.', true], // a number in the complement
    ['The [quota] of 12.5 per cent for women was met.', true], // a decimal number; "per cent"
    // no link word: the group word modifies something else
    ['Delegates stressed adequate [training] and gender parity.', false],
    ['The ministry began [training] women last year.', false],
    // one or two nouns may extend the head before the complement opens; three may not
    ['The report is limited to [protection] issues for women.', true],
    ['It covers [protection] monitoring needs of women.', true],
    ['It covers [protection] monitoring response needs of women.', false],
    // the halves of compound modifiers do not count as words
    ['It covers [protection] issues for conflict-related displaced women.', true],
    ['It covers [protection] issues for conflict-affected displaced women.', false],
    // a determiner straight after the head means a verb took an object
    ['The national [assembly] adopted the law on gender equality.', false],
    // a coordinated head shares the complement
    ['Support [prevention] and response to sexual violence.', true],
    ['A communiqué on [prevention] and response to sexual violence was signed.', true],
    // the complement may chain links and coordinate with the group word
    ['The [training] of police officers on gender began.', true],
    ['The [protection] of civilians and women is the priority.', true],
    ['The [protection] of civilians and displaced women is the priority.', true],
    ['The [protection] of civilians and many displaced rural women matters.', false], // two words after "and"
    // at most three other words in the window, and at most eight words in all
    ['The [training] of national police officers on gender began.', true],
    ['The [training] of national police officers in Bamako on gender began.', false],
    ['The [training] of the police and of the gendarmerie on gender began.', true], // determiners do not count
    ['The [training] for and by police and for gendarmerie on gender began.', true], // eight words
    ['The [training] for and by police and for and by gendarmerie on gender began.', false], // ten
    // punctuation, verbs, relative pronouns and negation end the phrase
    ['[Protection], especially for women, was discussed.', false],
    ['[Protection] is a priority for women.', false],
    ['[Training] that women attended was short.', false],
    ['[Training] was given to women.', false],
    ['The [training] (for women) was short.', false],
  ])('%s → %s', (s, want) => {
    expect(phrase(s)).toBe(want);
  });

  it.each([
    ['La [formation] sur le genre a commencé.', true],
    ['La [formation] sensible au genre est utile.', true],
    ['La [prévention] des violences sexuelles progresse.', true],
    ['La [protection] accrue des femmes est prévue.', true],
    ["La [formation] des agents de police sur l'égalité des genres commence.", true],
    ['La [protection] d’une femme menacée.', true], // elision
    ['La [formation] qui porte sur le genre a commencé.', false],
    ['La [formation], notamment sur le genre, a commencé.', false],
    ['La [formation] est dispensée aux femmes.', false],
    ['La [formation] des unités a commencé et les femmes ont été consultées.', false], // « a » is the verb
    ['Le [quota] de 12,5 % pour les femmes est atteint.', true], // decimal comma
  ])('%s → %s', (s, want) => {
    expect(phrase(s, 'fr')).toBe(want);
  });

  it('reads "a" as a determiner in English and as the verb in French', () => {
    expect(phrase('The [training] of a group of women began.', 'en')).toBe(true);
    expect(phrase('The [training] of a group of women began.', 'fr')).toBe(false);
  });
});

describe('phrase rule: the group word before the term, modifying or governing it', () => {
  it.each([
    // adjacent: compound, adjective, possessive
    ['Delivering gender [training] is costly.', true],
    ['Female [survivors] were interviewed.', true],
    ["Women's [protection] is the aim.", true],
    ['Women’s [protection] is the aim.', true],
    ["Girls' [protection] is the aim.", true],
    // compound modifiers: the second half of "gender-sensitive" does not count
    ['They require gender-sensitive [training] for all.', true],
    ['They plan gender-responsive [protection] for all.', true],
    // a compound: one other word between, not two
    ['A gender parity [training] was planned.', true],
    ['A gender parity policy [training] was planned.', false],
    ['A gender parity-related [training] was planned.', true],
    // a possessive: two words between, or a coordination
    ["Women's long-term [protection] is the aim.", true],
    ["Women's very long-term [protection] is the aim.", false],
    ["It covers women's participation and [protection].", true],
    ["It covers women's rights, security and [protection].", false],
    ["It covers women's rights and the [protection] of their homes.", true],
    ['Women in the camps and [protection] were discussed.', false], // "and" after a link starts another phrase
    ['Prevent sexual violence and to hold perpetrators [accountable].', false], // and a link after "and" too
    // coordinated modifiers: the group word, "and", one word
    ['It supports GBV and SEA [survivors] in camps.', true],
    ['Delegates stressed gender parity and [training].', false],
    // the term in the complement of the group word: one word before the link, one after
    ['The role of women in conflict [prevention] grows.', true],
    ['They support women in the [peace process].', true],
    ['Female participation in both conflict [prevention] and mediation grows.', true],
    ['Women participate in [peace processes] more often.', true],
    ["Women's participation in all the local [peace processes] grew.", true], // determiners do not count
    ["Women's active participation in local community [peace processes] grew.", false], // five words: past the window
    ['They support women in remote area [peace processes].', true], // two words after the link
    ['They support women in remote border area [peace processes].', false], // three
    ['Women from rural areas in [peace processes] spoke.', true],
    // verbs and determiners before a link end it
    ['No women were elected despite a 30 per cent [quota].', false],
    ['The women attended the [training] yesterday.', false],
  ])('%s → %s', (s, want) => {
    expect(phrase(s)).toBe(want);
  });

  it.each([
    ['Les femmes participent aux [processus de paix].', true],
    ['Les femmes dans les [processus de paix] sont rares.', true],
    ['Les femmes sont exclues des [processus de paix].', false],
    ['Des femmes [médiatrices] ont été formées.', true], // the feminine itself is a women-word
  ])('%s → %s', (s, want) => {
    expect(phrase(s, 'fr')).toBe(want);
  });

  it('a group word inside the match itself is enough, and none anywhere is never enough', () => {
    expect(phrase('They discussed [protection of women] at length.')).toBe(true);
    expect(phrase('They discussed [protection] at length.')).toBe(false);
  });
});

describe('the walk between two positions', () => {
  const g = lex.grammar;
  const at = (text: string) => {
    const flat = flatten(text)!;
    return { view: flat.view, idx: wordsOf(flat) };
  };
  it('lists the words in between, or null at punctuation, a cut word or past the window', () => {
    const { view, idx } = at('of the 350 women, then');
    expect(wordsBetween(view, idx, 0, view.indexOf('women'), 8)).toEqual(['of', 'the']);
    expect(wordsBetween(view, idx, 0, view.indexOf('then'), 8)).toBeNull(); // the comma
    expect(wordsBetween(view, idx, 0, view.indexOf('women'), 1)).toBeNull(); // past the window
    expect(wordsBetween(view, idx, 0, view.indexOf('women') + 2, 8)).toBeNull(); // ends inside a word
    expect(wordsBetween(view, idx, 0, view.indexOf('then') - 1, 8)).toBeNull(); // a comma just before the end
    expect(wordsBetween(view, idx, 0, view.indexOf(','), 8)).toEqual(['of', 'the', 'women']); // the span ends before it
  });
  it('lets numbers through: digits, "%", and a decimal point or comma only between digits', () => {
    for (const [s, ok] of [['of 12.5 women', true], ['of 12,5 % women', true], ['of 12. women', false], ['of .5 women', false], ['of 5, women', false]] as const) {
      const { view, idx } = at(s);
      expect(wordsBetween(view, idx, 0, view.indexOf('women'), 8) !== null, s).toBe(ok);
    }
  });
  it('governsAfter and governsBefore read the given span only', () => {
    const { view, idx } = at('training on gender');
    expect(governsAfter(view, idx, g, 'training'.length, view.indexOf('gender'))).toBe(true);
    expect(governsAfter(view, idx, g, 'training'.length, 'training'.length)).toBe(false); // nothing between: no link
    const t = at('gender training');
    expect(governsBefore(t.view, t.idx, g, { start: 0, end: 6, key: 'gender' }, 7)).toBe(true);
    // the possessive "'s" after a group word found without it
    const p = at("women's long-term protection");
    expect(governsBefore(p.view, p.idx, g, { start: 0, end: 5, key: 'women' }, p.view.indexOf('protection'))).toBe(true);
    expect(governsBefore(p.view, p.idx, g, { start: 0, end: 5, key: 'wom' }, p.view.indexOf('protection'))).toBe(true);
    const q = at("women'sx long-term protection");
    expect(governsBefore(q.view, q.idx, g, { start: 0, end: 5, key: 'women' }, q.view.indexOf('protection'))).toBe(false);
  });
});

describe('sentence and clause rules, and the cache per sentence', () => {
  const rule = (within: 'sentence' | 'clause' | 'phrase') => ({ requires: women, within });
  it('sentence: anywhere in the sentence; clause: only in the same clause', () => {
    const text = 'Training was given; women attended.';
    const check = new ContextCheck({ text, flat: flatten(text) }, lex.grammar);
    const m = { start: 0, end: 8 };
    const sent = { start: 0, end: text.length };
    const clause = { start: 0, end: text.indexOf(';') };
    expect(check.holds(rule('sentence'), m, sent, clause)).toBe(true);
    expect(check.holds(rule('clause'), m, sent, clause)).toBe(false);
    expect(check.holds(rule('phrase'), m, sent, clause)).toBe(false);
    expect(check.holds({ within: 'phrase' }, m, sent, clause)).toBe(true); // no rule
  });
  it('answers each sentence anew', () => {
    const text = 'Training on gender began. Training resumed.';
    const check = new ContextCheck({ text, flat: flatten(text) }, lex.grammar);
    const second = text.indexOf('Training resumed');
    const s1 = { start: 0, end: text.indexOf('.') + 1 };
    const s2 = { start: second, end: text.length };
    for (const within of ['phrase', 'sentence', 'clause'] as const) {
      expect(check.holds(rule(within), { start: 0, end: 8 }, s1, s1), within).toBe(true);
      expect(check.holds(rule(within), { start: second, end: second + 8 }, s2, s2), within).toBe(false);
    }
  });
  it('reads the phrase rule as a clause rule when the text has no flat view', () => {
    const text = 'İstanbul training was given; women attended.'; // "İ" changes length when lower-cased
    // The flat view keeps the length ("İ" read as "i"); the exact path, without a view, still reads it alike.
    expect(flatten(text)!.view.length).toBe(text.length);
    const check = () => new ContextCheck({ text, flat: null }, lex.grammar);
    const start = text.indexOf('training');
    const m = { start, end: start + 8 };
    const sent = { start: 0, end: text.length };
    expect(check().holds(rule('phrase'), m, sent, { start: 0, end: text.indexOf(';') })).toBe(false);
    expect(check().holds(rule('phrase'), m, sent, sent)).toBe(true);
  });
});

/** The concepts found on a term, with whether they are gender-specific. */
const on = (text: string, term: string) => analyze(text).findings.filter((f) => f.text.toLowerCase() === term.toLowerCase()).map((f) => `${f.concept}${f.genderSpecific ? '' : ' (generic)'}`);

describe('analyze: generic terms in and out of their phrase', () => {
  it.each([
    // gender-specific in the phrase
    ['The mission will strengthen protection for displaced women in the camps.', 'protection', ['pro-women-girls']],
    ['Training of all officers on gender will be provided to all contingents.', 'Training', ['trn-gender-training']],
    ['Early warning of sexual violence will be strengthened.', 'early warning', ['prv-gender-early-warning']],
    ['Support the reintegration of women formerly associated with armed groups.', 'reintegration', ['rr-reintegration']],
    ['Survivors of sexual violence will be referred to the hospital.', 'survivors', ['rr-survivor-assistance']],
    ['The mission supports women as mediators in Gao.', 'mediators', ['par-local-mediation']],
    ['Accountability for sexual violence remains weak.', 'accountability', ['lead-accountability']],
    ['Le rôle des femmes dans la prévention est reconnu.', 'prévention', ['prv-conflict-prevention-women']],
    ['La formation des policiers sur le genre sera dispensée à tous les contingents.', 'formation', ['trn-gender-training']],
    ['Les victimes de violences sexuelles seront orientées vers un centre.', 'victimes', ['rr-survivor-assistance']],
    // out of it, the generic reading where the lexicon names one, else nothing
    ['The mission will strengthen protection in the north, and women’s groups will be consulted.', 'protection', ['poc-protection (generic)']],
    ['Training will be provided to all units; the gender adviser will attend.', 'training', ['trn-general (generic)']],
    ['Awareness of the new rules is low among the gender focal points.', 'awareness', ['trn-general (generic)']],
    ['Early warning will be strengthened in the sectors where women live.', 'early warning', ['poc-ew-rr (generic)']],
    ['The Joint Chief Mediator met the parties; women’s groups protested.', 'mediator', ['prv-general (generic)']],
    ['Victims of the flood were evacuated, among them many women.', 'victims', []],
    ['Prevention remains essential, and women’s groups agree.', 'prevention', []],
    ['La protection sera renforcée dans le nord et les femmes seront consultées.', 'protection', ['poc-protection (generic)']],
    ['La formation des unités a commencé et les femmes ont été consultées.', 'formation', ['trn-general (generic)']],
    // an exclusion still wins over both readings
    ['Force protection is the first priority; women patrol too.', 'protection', []],
  ])('%s', (text, term, want) => {
    expect(on(text, term)).toEqual(want);
  });

  it('keeps sentence or clause rules where the lexicon says so (mainstreaming, stigma, peace processes)', () => {
    expect(on('Gender equality has been mainstreamed into the mission’s operations.', 'mainstreamed')).toEqual(['gm-mainstreaming']);
    expect(on('Fear and stigma keep most survivors of sexual violence from reporting.', 'stigma')).toEqual(['rr-stigma']);
    expect(on('Stigma is high; sexual violence is reported less.', 'stigma')).toEqual([]);
  });

  it('gives one finding when two concepts of one match fall back to the same generic concept', () => {
    const findings = [{ start: 3, concept: 'a' }, { start: 9, concept: 'trn-general' }];
    expect(foundAt(findings, 9, 'trn-general')).toBe(true);
    expect(foundAt(findings, 9, 'a')).toBe(false);
    expect(foundAt(findings, 3, 'a')).toBe(false); // only the findings of the current match are read
    expect(foundAt([], 0, 'a')).toBe(false);
  });
});

describe('lexicon files: the phrase rule and the generic reading', () => {
  const base = { label: 'X', pillar: 'training', genderSpecific: true, terms: { en: ['drill'] } } as const;
  const load = (concepts: object[]) => loadLexicon([{ name: 'mine.json', data: { concepts } }]);
  it('accepts within "phrase" and an otherwise that names a concept without a context rule', () => {
    const l = load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { requires: ['@women'], within: 'phrase', otherwise: 'trn-general' } }]);
    expect(l.concepts.get('x-drill')?.within).toBe('phrase');
    expect(l.concepts.get('x-drill')?.otherwise).toBe('trn-general');
  });
  it.each([
    [{ otherwise: 'x-nope' }, /context\.otherwise": unknown concept "x-nope"/],
    [{ otherwise: 'trn-gender-training' }, /"trn-gender-training" has a context rule of its own/],
    [{ within: 'paragraph' }, /within/],
  ])('rejects %j', (ctx, message) => {
    expect(() => load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { requires: ['@women'], ...ctx } }])).toThrow(LexiconError);
    expect(() => load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { requires: ['@women'], ...ctx } }])).toThrow(message);
  });
  it('rejects a concept that falls back to itself', () => {
    expect(() => load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { otherwise: 'x-drill' } }])).toThrow(/cannot fall back to itself/);
  });
});

// ------------------------------------------------------------------ another reading of a match (context.instead)
// Own sentences. Which concept a match reads as when a word of `when` stands in its span and none of `unless`.
describe('ContextCheck.instead: the rules, in order', () => {
  const army = new PhraseSet(['national army', 'armée nationale']);
  const mission = new PhraseSet(['mission', 'peacekeeping']);
  /** The reading of the [bracketed] match under the rules; clause = the text up to its first semicolon. */
  function insteadOf(marked: string, rules: Parameters<ContextCheck['instead']>[0], lang: 'en' | 'fr' = 'en'): string | undefined {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const text = marked.replace('[', '').replace(']', '');
    const check = new ContextCheck({ text, flat: flatten(text) }, lex.grammar);
    const semi = text.indexOf(';');
    const clause = semi < 0 || semi < start ? { start: semi < 0 ? 0 : semi + 1, end: text.length } : { start: 0, end: semi };
    return check.instead(rules, { start, end }, { start: 0, end: text.length }, clause, lang);
  }
  const sentence = [{ concept: 'host', when: army, unless: mission, within: 'sentence' as const }];
  it.each([
    ['[Female soldiers] of the national army patrol the north.', 'host'],
    ['The national army trained its [female soldiers] last year.', 'host'], // anywhere in the sentence
    ['[Female soldiers] of the national army joined the mission patrols.', undefined], // a mission word vetoes
    ['[Female soldiers] patrol the north. The national army agrees.', 'host'], // the sentence is the whole text here
    ['[Female soldiers] patrol the north.', undefined], // no word of `when`
    ['[Female peacekeeping soldiers] met the national army.', undefined], // the match itself counts for `unless`
  ])('sentence: %s → %s', (s, want) => {
    expect(insteadOf(s, sentence)).toBe(want);
  });
  it('clause: only the match\'s clause is read', () => {
    const rules = [{ concept: 'host', when: army, within: 'clause' as const }];
    expect(insteadOf('[Female soldiers] of the national army patrol; the mission agrees.', rules)).toBe('host');
    expect(insteadOf('[Female soldiers] patrol the north; the national army agrees.', rules)).toBeUndefined();
  });
  it.each([
    ['[Female soldiers] of the national army patrol the north.', 'host'], // in a complement after the match
    ['Les [femmes militaires] de l’armée nationale patrouillent.', 'host'],
    ['The national army [female soldiers] patrol the north.', undefined], // a modifier before does not count
    ['The national army met [female soldiers] yesterday.', undefined],
    ['[Female soldiers] patrol and the national army agrees.', undefined], // a verb ends the phrase
  ])('complement: %s → %s', (s, want) => {
    const lang = /femmes/.test(s) ? 'fr' : 'en';
    expect(insteadOf(s, [{ concept: 'host', when: army, within: 'complement' }], lang)).toBe(want);
  });
  it('the first rule that applies wins; a rule vetoed by `unless` hands over to the next', () => {
    const rules = [
      { concept: 'first', when: army, unless: mission, within: 'complement' as const },
      { concept: 'second', when: army, within: 'sentence' as const },
    ];
    expect(insteadOf('[Female soldiers] of the national army patrol.', rules)).toBe('first');
    expect(insteadOf('[Female soldiers] of the national army of the mission patrol.', rules)).toBe('second');
    expect(insteadOf('[Female soldiers] patrol.', rules)).toBeUndefined();
    expect(insteadOf('[Female soldiers] of the national army patrol.', [])).toBeUndefined();
  });
  it('without a flat view, a complement rule is read on the clause', () => {
    const text = 'İstanbul female soldiers patrol; the national army agrees.';
    const check = () => new ContextCheck({ text, flat: null }, lex.grammar);
    const start = text.indexOf('female');
    const m = { start, end: start + 15 };
    const rules = [{ concept: 'host', when: army, within: 'complement' as const }];
    expect(check().instead(rules, m, { start: 0, end: text.length }, { start: 0, end: text.indexOf(';') })).toBeUndefined();
    expect(check().instead(rules, m, { start: 0, end: text.length }, { start: 0, end: text.length })).toBe('host');
  });
});

describe('analyze: women in uniform of the mission or of the host nation', () => {
  it.each([
    // the mission's words in the term's complement, or anywhere in a sentence without a national force
    ['She is one of 400 female police working for the peacekeeping mission in Mali.', 'female police', 'bal-women-in-mission'],
    ['The national police met female police officers of the peacekeeping mission.', 'female police officers', 'bal-women-in-mission'],
    ['Women peacekeepers patrol with the national army.', 'Women peacekeepers', 'bal-women-in-mission'],
    ['The mission deployed female military personnel to Gao.', 'female military personnel', 'bal-women-in-mission'],
    ['Female soldiers were deployed with the contingent.', 'Female soldiers', 'bal-women-in-mission'],
    // a national force in the complement, or in a sentence without the mission
    ['Female soldiers of the national army patrol the north.', 'Female soldiers', 'bal-host-security-sector'],
    ['Women peacekeepers trained female soldiers of the national army.', 'female soldiers', 'bal-host-security-sector'],
    ['MINUSMA trained 40 female police officers of the Malian police.', 'female police officers', 'bal-host-security-sector'],
    ['The armed forces recruited more female soldiers this year.', 'female soldiers', 'bal-host-security-sector'],
    ['Les femmes militaires des FAMa patrouillent au nord.', 'femmes militaires', 'bal-host-security-sector'],
    ['Des policières de la mission de maintien de la paix ont patrouillé.', 'policières', 'bal-women-in-mission'],
    ['Les policières de la police nationale ont été formées.', 'policières', 'bal-host-security-sector'],
    // neither: the term keeps its own concept
    ['Female police officers patrol the market.', 'Female police officers', 'bal-women-in-mission'],
    ['Female recruits trained in the capital.', 'Female recruits', 'bal-host-security-sector'],
  ])('%s', (text, term, want) => {
    expect(on(text, term)).toEqual([want]);
  });
});

describe('analyze: enumerations, training of women, entity names, harmful practices', () => {
  it.each([
    // an enumeration of women, men, girls and boys is disaggregated data only beside a data word
    ['Data on men, women, boys and girls were recorded.', 'men, women, boys and girls', ['data-sex-disaggregated']],
    ['Incidents are recorded for women, men, girls and boys.', 'women, men, girls and boys', ['data-sex-disaggregated']],
    ['Les données concernent les femmes, hommes, filles et garçons.', 'femmes, hommes, filles et garçons', ['data-sex-disaggregated']],
    ['Humanitarian aid reached men, women, boys and girls in the camps.', 'men, women, boys and girls', ['wps-women-girls']],
    ['L’aide a atteint les hommes, femmes, garçons et filles des camps.', 'hommes, femmes, garçons et filles', ['wps-women-girls']],
    ['Reports give figures broken down by sex.', 'broken down by sex', ['data-sex-disaggregated']], // the term is its own data word
    // women, girls or female personnel as the ones trained make no training on gender
    ['The mission supported women’s leadership training last year.', 'training', ['trn-general (generic)']],
    ['The training of women mediators began in May.', 'training', ['trn-general (generic)']],
    ['Training for female officers will be provided to all contingents.', 'Training', ['trn-general (generic)']],
    ['Training on women’s rights was given to all units.', 'Training', ['trn-gender-training']],
    ['Training on the protection of women was given to all units.', 'Training', ['trn-gender-training']],
    ['Sexual violence training was given to all units.', 'training', ['trn-gender-training']],
    ['La formation des femmes leaders a commencé.', 'formation', ['trn-general (generic)']],
    ['La formation sur les droits des femmes a commencé.', 'formation', ['trn-gender-training']],
    ['Le renforcement des capacités de direction des femmes progresse.', 'renforcement des capacités', ['trn-general (generic)']],
    // UN Women is an entity, not women
    ['UN Women’s evaluation assessed the plans.', 'Women’s', []],
    ['ONU Femmes a publié le rapport.', 'Femmes', []],
    ['UN Women met women in Gao.', 'women', ['wps-women-girls']],
    // harmful attitudes and practices of institutions are no gender-based violence
    ['The institutions perpetuate harmful attitudes and practices.', 'practices', []],
    ['Les institutions perpétuent des attitudes et des pratiques néfastes.', 'pratiques néfastes', []],
    ['Harmful practices such as early marriage persist.', 'Harmful practices', ['gbv-core']],
    ['Les pratiques néfastes comme l’excision persistent.', 'pratiques néfastes', ['gbv-core']],
    // « violé » meaning breached is no rape
    ["Les parties ont violé l'accord de paix.", 'violé', []],
    ['Les groupes armés ont violé le cessez-le-feu.', 'violé', []],
    ['Les droits ont été violés à plusieurs reprises.', 'violés', []],
    ['La trêve violée, les combats ont repris.', 'violée', []],
    ['Des femmes ont été violées par des hommes armés.', 'violées', ['crsv-core']],
    ['Elle a été violée près du camp.', 'violée', ['crsv-core']],
  ])('%s [%s]', (text, term, want) => {
    expect(on(text, term)).toEqual(want);
  });
});

describe('lexicon files: another reading (context.instead)', () => {
  const base = { label: 'X', pillar: 'training', genderSpecific: true, terms: { en: ['drill'] } } as const;
  const load = (concepts: object[]) => loadLexicon([{ name: 'mine.json', data: { concepts } }]);
  it('compiles its rules in order, with their spans (sentence by default)', () => {
    const l = load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { instead: [
      { concept: 'trn-general', when: ['@women'], unless: ['@peacekeeping'], within: 'complement' },
      { concept: 'poc-protection', when: ['@sexual'] },
    ] } }]);
    const rules = l.concepts.get('x-drill')!.instead!;
    expect(rules.map((r) => [r.concept, r.within, r.unless === undefined])).toEqual([['trn-general', 'complement', false], ['poc-protection', 'sentence', true]]);
    expect(rules[0]!.when.keys.has('women')).toBe(true);
    expect(rules[0]!.unless!.keys.has('peacekeeping')).toBe(true);
    expect(l.concepts.get('trn-general')!.instead).toBeUndefined();
  });
  it.each([
    [{ concept: 'x-nope', when: ['@women'] }, /instead\[0\]\.concept": unknown concept "x-nope"/],
    [{ concept: 'x-drill', when: ['@women'] }, /cannot become itself/],
    [{ concept: 'trn-general', when: ['@nope'] }, /instead\[0\]": unknown group "@nope"/],
    [{ concept: 'trn-general', when: ['@women'], unless: ['@nope'] }, /unknown group "@nope"/],
    [{ concept: 'trn-general', when: [] }, /when/],
    [{ concept: 'trn-general', when: ['@women'], within: 'phrase' }, /within/],
  ])('rejects %j', (rule, message) => {
    expect(() => load([{ ...base, id: 'x-drill', terms: { en: [] }, context: { instead: [rule] } }])).toThrow(message);
  });
});
