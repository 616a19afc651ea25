import { describe, expect, it } from 'vitest';
import type { VerbExtras } from '../core/lexicon/verb-cues.ts';
import { leadingVerb, orderStrength, paragraphVerbs, resolutionStrength } from '../core/analysis/strength.ts';

describe('order modes', () => {
  const rows: [string, 'task' | 'advice' | 'context'][] = [
    ['Sector commanders will assign a gender focal point to each company.', 'task'],
    ['All allegations shall be reported to the conduct and discipline team.', 'task'],
    ['The engineer company is to build separate ablutions for female personnel.', 'task'],
    ['Escort survivors to the medical facility when the adviser asks.', 'task'],
    ['Report suspected sexual violence through the operations centre.', 'task'],
    ['Units should consider the needs of women where possible.', 'advice'],
    ['Commanders may include women in community meetings.', 'advice'],
    ['Battalions will, where possible, include female officers in patrols.', 'advice'],
    ['Within capabilities, units will support the women protection adviser.', 'advice'],
    ['Companies are encouraged to engage women leaders.', 'advice'],
    ['BPT escort the gender adviser to the camp.', 'advice'],
    ['Women make up a small share of the displaced population.', 'context'],
    ['The mission has a mandate to protect women leaders.', 'task'],
    ['The missions have the mandate to protect women leaders.', 'task'],
    ['The mission had a mandate review on women leaders.', 'context'],
  ];
  it.each(rows)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length).mode).toBe(mode);
  });
  const fr: [string, 'task' | 'advice' | 'context', string | undefined][] = [
    ['La Mission a pour mandat de protéger les femmes.', 'task', 'a pour mandat de'],
    ["Les missions ont pour mandat d'appuyer les femmes.", 'task', "ont pour mandat d'"],
    ["La cellule a pour mission d'appuyer les femmes.", 'task', "a pour mission d'"],
    ['Les cellules ont pour tâche de former les femmes.', 'task', 'ont pour tâche de'],
    // a cue ending in an elision is followed by a letter, straight or curly apostrophe
    ['La cellule est chargée d’appuyer les femmes.', 'task', 'est chargée d’'],
    ["Les cellules sont chargés d'organiser les patrouilles mixtes.", 'task', "sont chargés d'"],
    ['La Mission a pour mandataire une femme.', 'context', undefined],
  ];
  it.each(fr)('%s → %s (%s)', (s, mode, cue) => {
    const st = orderStrength(s, 0, s.length, 'fr');
    expect(st.mode).toBe(mode);
    expect(st.cue).toBe(cue);
  });
  it('levels: task 4, advice 2, context 0', () => {
    expect(orderStrength('Units will patrol.', 0, 18).level).toBe(4);
    expect(orderStrength('Units should patrol.', 0, 20).level).toBe(2);
    expect(orderStrength('Units patrol daily.', 0, 19).level).toBe(0);
  });
});

describe('resolution verbs', () => {
  const rows: [string, string, string | null, number][] = [
    ['Decides that the mission shall protect civilians;', 'Decides', 'deciding', 5],
    ['Requests the Secretary-General to report on women;', 'Requests', 'directive', 4],
    ['Also requests the Mission to take gender into account;', 'requests', 'directive', 4],
    ['Strongly urges the authorities to end impunity;', 'urges', 'directive', 3],
    ['Calls upon all parties to protect women and girls;', 'Calls', 'directive', 3],
    ['Encourages Member States to deploy more women;', 'Encourages', 'directive', 2],
    ['Welcomes the national action plan;', 'Welcomes', 'evaluative', 1],
    ['Recalling its earlier resolutions,', 'Recalling', 'reinforcing', 1],
    ['Deeply concerned by reports of sexual violence,', 'concerned', 'evaluative', 1],
    ['Having considered the report of the Secretary-General,', 'Having considered', 'observing', 1],
    ['12. Reaffirms its commitment to the agenda;', 'Reaffirms', 'reinforcing', 1],
    ['(b) Taking note of the review,', 'Taking', 'observing', 1],
  ];
  it.each(rows)('%s', (s, text, cls, level) => {
    const v = leadingVerb(s, 0, s.length);
    expect(v?.text).toBe(text);
    expect(v?.verbClass).toBe(cls);
    expect(v?.level).toBe(level);
    expect(s.slice(v!.start, v!.end)).toBe(text);
  });

  it('finds inner verbs after "and" with their offsets', () => {
    const s = 'Reaffirming the role of women in peacebuilding, and stressing the importance of their participation, and noting the plan,';
    const vs = paragraphVerbs(s, 0, s.length);
    expect(vs.map((v) => v.text)).toEqual(['Reaffirming', 'stressing', 'noting']);
    for (const v of vs) expect(s.slice(v.start, v.end)).toBe(v.text);
  });

  it('two-word heads are labelled as the UN labels them', () => {
    const rows: [string, string, 'en' | 'fr'][] = [
      ['Having considered the report,', 'Having considered', 'en'],
      ['Ayant examiné le rapport,', 'Ayant examiné', 'fr'],
      ['Se félicite du plan;', 'Se félicite', 'fr'],
      ['Prend note du rapport;', 'Prend note', 'fr'],
      ['Prenant note du rapport,', 'Prenant note', 'fr'],
      ['Rend hommage aux femmes;', 'Rend hommage', 'fr'],
      ['Rendant hommage aux femmes,', 'Rendant hommage', 'fr'],
      ["Met l'accent sur la participation;", "Met l'accent", 'fr'],
      ["Mettant l'accent sur la participation,", "Mettant l'accent", 'fr'],
      ['Lance un appel aux parties;', 'Lance un', 'fr'],
      ['Lançant un appel aux parties,', 'Lançant un', 'fr'],
    ];
    for (const [s, head, lang] of rows) expect(leadingVerb(s, 0, s.length, false, lang)?.text, s).toBe(head);
  });
  it('"Having" before an unknown verb keeps its verb', () => {
    const s = 'Having regard to the plan,';
    expect(leadingVerb(s, 0, s.length, true)).toMatchObject({ text: 'Having regard', verbClass: null, level: 0 });
  });
  it('no governing verb: context, level 0', () => {
    expect(resolutionStrength(undefined, false)).toEqual({ verbClass: null, level: 0, mode: 'context' });
  });
  it('French paragraphs: finite opening verbs, inner verbs after « et »; a capitalised inner word is a name', () => {
    const fr = 'Décide de proroger le mandat, et souligne la participation des femmes;';
    expect(leadingVerb(fr, 0, fr.length, false, 'fr')).toMatchObject({ text: 'Décide', finite: true, level: 5 });
    expect(paragraphVerbs(fr, 0, fr.length, 'fr').map((v) => v.text)).toEqual(['Décide', 'souligne']);
    const en = 'Recalling the plan, Welcoming Council members,';
    expect(paragraphVerbs(en, 0, en.length).map((v) => v.text)).toEqual(['Recalling']);
  });
  it('an unknown opening word is reported only on request', () => {
    const s = 'Ensuring public order in the capital;';
    expect(leadingVerb(s, 0, s.length)).toBeNull();
    expect(leadingVerb(s, 0, s.length, true)?.text).toBe('Ensuring');
  });

  it('preambular verbs are context (level 0); operative Requests is a task, Urges is advice', () => {
    const req = leadingVerb('Requests the Mission', 0, 20)!;
    const urge = leadingVerb('Urges the Government', 0, 20)!;
    expect(resolutionStrength(req, false)).toMatchObject({ level: 4, mode: 'task', verbClass: 'directive' });
    expect(resolutionStrength(urge, false)).toMatchObject({ level: 3, mode: 'advice' });
    expect(resolutionStrength(req, true)).toMatchObject({ level: 0, mode: 'context' });
  });
});

// ------------------------------------------------------------------ prose: reported decisions, names, predictions
// Own sentences. `term` is a word after the reported verb; its strength is read at its position.
import { authorActor, proseStrength, type Said } from '../core/analysis/strength.ts';
import { analyze } from '../core/analyze.ts';
import { Finding } from '../core/schema.ts';

function said(text: string, term: string, lang: 'en' | 'fr' = 'en'): Said {
  const at = text.lastIndexOf(term);
  if (at < 0) throw new Error(`"${term}" not in "${text}"`);
  // The sentence is the last one of the text; earlier sentences are the look-back for "It", « Elle ».
  const dot = text.lastIndexOf('. ', at);
  return proseStrength(text, dot < 0 ? 0 : dot + 2, text.length, lang)(at);
}
type Rep = [text: string, term: string, mode: 'task' | 'advice' | 'context', level: number, cue: string | undefined, actor: string | undefined | null];
// actor: a string (reported by that actor), undefined (reported, actor not stated), null (not reported)
const reportedRows = (rows: Rep[], lang: 'en' | 'fr') =>
  it.each(rows)('%s [%s] → %s %i %s %s', (text, term, mode, level, cue, actor) => {
    const s = said(text, term, lang);
    expect(s.strength.mode).toBe(mode);
    expect(s.strength.level).toBe(level);
    expect(s.strength.cue).toBe(cue);
    if (actor === null) {
      expect(s.reported).toBeUndefined();
      expect(s.actor).toBeUndefined();
    } else {
      expect(s.reported).toBe(true);
      expect(s.actor).toBe(actor);
    }
  });

describe('decisions reported in prose (English)', () => {
  reportedRows([
    ['The Council asked the mission to consult women leaders.', 'women leaders', 'task', 4, 'asked', 'council'],
    ['The Security Council requested the Secretary-General to report on sexual violence.', 'sexual violence', 'task', 4, 'requested', 'council'],
    ['The Secretary-General has decided to appoint a senior gender adviser.', 'gender adviser', 'task', 5, 'decided', 'secretary-general'],
    ['The Council has once again urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council urges the parties to protect women.', 'women', 'advice', 3, 'urges', 'council'],
    ['Council members call upon the parties to protect women.', 'women', 'advice', 3, 'call upon', 'council'],
    ['The General Assembly demanded an end to sexual violence.', 'sexual violence', 'task', 5, 'demanded', 'general-assembly'],
    ['The parties committed to protecting women.', 'women', 'advice', 3, 'committed', 'parties'],
    ['The Government has welcomed the plan on women.', 'women', 'context', 1, 'welcomed', 'government'],
    ['MINUSMA encouraged the authorities to appoint women.', 'women', 'advice', 2, 'encouraged', 'mission'],
    ['Troop contributors are called upon to deploy more female officers.', 'female officers', 'advice', 3, 'called upon', undefined],
    ['Member States were encouraged to increase the number of women peacekeepers.', 'women peacekeepers', 'advice', 2, 'encouraged', undefined],
    ['The Mission was asked to support women leaders.', 'women leaders', 'task', 4, 'asked', undefined],
    ['The Mission has been requested to report on women.', 'women', 'task', 4, 'requested', undefined],
    ['The mission was tasked with supporting women leaders.', 'women leaders', 'task', 4, 'tasked', undefined],
    ['The mission was tasked by the Council with protecting women.', 'women', 'task', 4, 'tasked', 'council'],
    ['The mission is mandated with protecting women.', 'women', 'task', 4, 'mandated', undefined],
    // adverbs of time and frequency between the actor and the verb
    ['The Council has since demanded that parties end sexual violence.', 'sexual violence', 'task', 5, 'demanded', 'council'],
    ['The Council has ever since demanded that parties end sexual violence.', 'sexual violence', 'task', 5, 'demanded', 'council'],
    ['The Council has consistently called for the participation of women.', 'participation of women', 'advice', 2, 'called for', 'council'],
    ['The Council has long urged States to deploy women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council now requests the mission to protect women.', 'women', 'task', 4, 'requests', 'council'],
    ['The Council has on several occasions urged States to deploy women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council has time and again urged States to deploy women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council has regularly, constantly and systematically urged States to deploy women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council has continuously urged States to deploy women.', 'women', 'advice', 3, 'urged', 'council'],
    ['Women have since met the Council.', 'Women', 'context', 0, undefined, null],
    // "X of Y": the head before "of" is the actor; a bare "Council of …" is another council
    ['The Government of South Sudan committed to protecting women.', 'women', 'advice', 3, 'committed', 'government'],
    ['The Government of the Central African Republic committed to protecting women.', 'women', 'advice', 3, 'committed', 'government'],
    ['The Security Council of the United Nations urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council of Ministers committed to protecting women.', 'women', 'advice', 3, 'committed', 'government'],
    ['The Council of Elders committed to protecting women.', 'women', 'context', 0, undefined, null],
    ['The Government of a country far away from the capital committed to protecting women.', 'women', 'context', 0, undefined, null],
    ['The Council asked the head of the mission to ensure that missions encourage the participation of women.', 'participation of women', 'task', 4, 'asked', 'council'],
    // a decision in a fronted "as" clause governs nothing past its comma; one after the comma governs as usual
    ['As the Council requested, the mission deployed women protection advisers.', 'women protection advisers', 'context', 0, undefined, null],
    ['As the Council requested the mission to protect women, patrols rose.', 'women', 'task', 4, 'requested', 'council'],
    ['As in 2020, the Council requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['As a result, the Council requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The Special Representative of the Secretary-General urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'mission'],
    ['The women were requested with urgency to leave.', 'women', 'context', 0, undefined, null],
    ['Three soldiers were charged with the sexual exploitation of women.', 'women', 'context', 0, undefined, null],
    ['The plan was welcomed by the Council as a step for women.', 'women', 'context', 1, 'welcomed', 'council'],
    ['Urging the parties to ensure the participation of women.', 'participation of women', 'advice', 3, 'Urging', undefined],
    ['The Council adopted the text, calling on Member States to deploy women.', 'women', 'advice', 3, 'calling on', 'council'],
    ['The Council, in resolution 2242 (2015), urged Member States to double the number of women.', 'number of women', 'advice', 3, 'urged', 'council'],
    ['Council, in 2015, urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'council'],
    ['I urge the parties to protect women.', 'women', 'advice', 3, 'urge', 'author'],
    ['Resolution 2242 (2015) urged Member States to include women.', 'women', 'advice', 3, 'urged', 'council'],
    ['We recommend that the mission consult women leaders.', 'women leaders', 'advice', 2, 'recommend', 'author'],
    ['The study recommends more training on sexual violence.', 'sexual violence', 'advice', 2, 'recommends', 'author'],
    ['The resolution ‘urged’ States to include women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The resolution recognised the need for gender analysis and urged States to increase the representation of women.', 'representation of women', 'advice', 3, 'urged', 'council'],
    ['The resolution recognised the need for gender analysis and urged States to increase the representation of women.', 'gender analysis', 'context', 1, 'recognised', 'council'],
    // Pronouns: the actor of the decision reported before, else the last deciding body named.
    ['The Council met on Monday. It also requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The Council urged the Secretary-General to report. It also requested the deployment of women protection advisers.', 'women protection advisers', 'task', 4, 'requested', 'council'],
    ['The Commission urged the parties to protect women.', 'women', 'context', 0, undefined, null],
    // A passive names its addressee, not an antecedent: "It" is the Council named after it.
    ['Member States were encouraged by the Council to act. It also requested gender advisers.', 'gender advisers', 'task', 4, 'requested', 'council'],
    ['Women leaders, encouraged by the results, met the mission.', 'mission', 'context', 0, undefined, null],
    ['THE COUNCIL HAS DECIDED TO PROTECT WOMEN.', 'WOMEN', 'task', 5, 'DECIDED', 'council'],
    ['The Secretary-General visited the camp. He noted progress for women.', 'women', 'context', 1, 'noted', 'secretary-general'],
    // An opening pronoun with no deciding body before it: the actor the sentence before names, else an unknown one.
    ['It called on the parties to protect women.', 'women', 'advice', 3, 'called on', undefined],
    ['The mission visited the camp. It called on the parties to protect women.', 'women', 'advice', 3, 'called on', 'mission'],
    // Not reported decisions: a modal before the verb, an opening participle that directs no one.
    ['Council members should call for the protection of women.', 'protection of women', 'advice', 2, 'should', null],
    ['Recalling the role of women in peacebuilding.', 'women', 'context', 0, undefined, null],
    ['Noting the plan to include women.', 'women', 'context', 0, undefined, null],
    ['Condemning the attacks that targeted women.', 'women', 'context', 0, undefined, null],
    ['Encouraging the parties to include women.', 'women', 'advice', 2, 'Encouraging', undefined],
    ['Deciding that the mission shall protect women.', 'women', 'task', 5, 'Deciding', undefined],
    ['The Council adopted the text and urging Member States to deploy women.', 'women', 'advice', 3, 'urging', 'council'],
    ['Encouraging results were reported for women leaders.', 'women leaders', 'context', 0, undefined, null],
    ['Sexual violence is committed by armed groups against women.', 'women', 'context', 0, undefined, null],
    ['The mission supports women leaders.', 'women leaders', 'context', 0, undefined, null],
    ['Several requests for gender advisers were received.', 'gender advisers', 'context', 0, undefined, null],
    // A contrast ends what the verb governs; a term before the verb is not governed.
    ['The Council urged the parties to act, but women were not consulted.', 'women', 'context', 0, undefined, null],
    ['Women leaders met the Council, which urged the parties to act.', 'Women leaders', 'context', 0, undefined, null],
    ['Sexual violence persists and the Council urged the parties to act.', 'Sexual violence', 'context', 0, undefined, null],
  ], 'en');
  it('French verbs are not read in English text (nor when no language is given)', () => {
    const t = 'Le Conseil prie le Secrétaire général de protéger les femmes.';
    expect(said(t, 'femmes', 'en').reported).toBeUndefined();
    expect(proseStrength(t, 0, t.length)(t.indexOf('femmes')).reported).toBeUndefined();
    expect(said(t, 'femmes', 'fr').reported).toBe(true);
  });
  it.each([
    [96, 'council'], [97, undefined],
  ])('a parenthesis of %i letters between the actor and its verb → %s', (n, actor) => {
    const t = `The Council, ${'a'.repeat(n)}, urged the parties to protect women.`;
    expect(said(t, 'women').actor).toBe(actor);
  });
  it.each([
    [292, 'council'], [293, undefined],
  ])('an antecedent %i words back (600 characters at most) → %s', (n, actor) => {
    const t = `The Council met. ${'x '.repeat(n)}. It urged the parties to protect women.`;
    expect(said(t, 'women').actor).toBe(actor);
  });
  it('the look-back for an antecedent stops at the block start', () => {
    const t = 'The Council met. It urged the parties to protect women.';
    const at = t.indexOf('women');
    expect(proseStrength(t, 17, t.length, 'en', 0)(at).actor).toBe('council');
    // Beyond it the pronoun's decision is still reported, by an unknown actor.
    const beyond = proseStrength(t, 17, t.length, 'en', 17)(at);
    expect(beyond.reported).toBe(true);
    expect(beyond.actor).toBeUndefined();
  });
});

describe('decisions reported in prose (French)', () => {
  reportedRows([
    ['Le Conseil a demandé à la Mission de consulter les femmes.', 'femmes', 'task', 4, 'demandé à la Mission', 'council'],
    ['Le Conseil a demandé aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'council'],
    ['Le Conseil prie le Secrétaire général de rendre compte des violences sexuelles.', 'violences sexuelles', 'task', 4, 'prie', 'council'],
    ['Le Conseil exhorte les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorte', 'council'],
    ['Le Conseil a exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil engage les États Membres à accroître la participation des femmes.', 'participation des femmes', 'advice', 3, 'engage', 'council'],
    ['Le Conseil a ainsi décidé que la Mission protégera les femmes.', 'femmes', 'task', 5, 'décidé', 'council'],
    ['LE CONSEIL A DÉCIDÉ DE PROTÉGER LES FEMMES.', 'FEMMES', 'task', 5, 'DÉCIDÉ', 'council'],
    ['Les membres du Conseil condamnent les violences sexuelles.', 'violences sexuelles', 'advice', 2, 'condamnent', 'council'],
    ["L'Assemblée générale s'était félicitée du plan sur les femmes.", 'femmes', 'context', 1, "s'était félicitée", 'general-assembly'],
    ['Les pays contributeurs sont invités à déployer davantage de femmes.', 'femmes', 'advice', 2, 'invités', undefined],
    // « mandaté pour » as well as « mandaté de »: mandate takes « pour » in the passive; other verbs do not
    ['La Mission est mandatée pour appuyer la participation des femmes.', 'participation des femmes', 'task', 4, 'mandatée', undefined],
    ['Le Conseil a depuis exigé la fin des violences sexuelles.', 'violences sexuelles', 'task', 5, 'exigé', 'council'],
    ['Le Conseil a constamment appelé à la participation des femmes.', 'participation des femmes', 'advice', 3, 'appelé', 'council'],
    ['Le Conseil a à plusieurs reprises exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil a à maintes reprises exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil a maintes fois exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil a toujours demandé aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'council'],
    ['Le Conseil a régulièrement exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil a systématiquement exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil prie désormais la Mission de protéger les femmes.', 'femmes', 'task', 4, 'prie', 'council'],
    ['Le Gouvernement de la République centrafricaine s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    ['Le Gouvernement du Mali s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    ['Le Gouvernement d’Haïti s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    ['Le Conseil des ministres s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    // « le Gouvernement malien », « les autorités congolaises »: a nationality after the government
    ['Le Gouvernement malien s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    ['Les autorités congolaises se sont engagées à protéger les femmes.', 'femmes', 'advice', 3, 'se sont engagées', 'government'],
    ['Les autorités burkinabè se sont engagées à protéger les femmes.', 'femmes', 'advice', 3, 'se sont engagées', 'government'],
    ['Le Gouvernement haïtien s’est engagé à protéger les femmes.', 'femmes', 'advice', 3, 's’est engagé', 'government'],
    ['Le Gouvernement entier s’est engagé à protéger les femmes.', 'femmes', 'context', 0, undefined, null],
    ['Comme le Conseil l’a demandé, la Mission a déployé des conseillères pour la protection des femmes.', 'conseillères pour la protection des femmes', 'context', 0, undefined, null],
    ['Comme en 2020, le Conseil a prié la Mission de protéger les femmes.', 'femmes', 'task', 4, 'prié', 'council'],
    // a day or a time of day between « demandé » and its addressee
    ['Le Conseil de sécurité a demandé, jeudi, à la Mission de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['Le Conseil a demandé ce matin au Secrétaire général de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['Le Conseil a demandé hier aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'council'],
    ['Ainsi que le Conseil l’a demandé, la Mission a déployé des conseillères pour la protection des femmes.', 'conseillères pour la protection des femmes', 'context', 0, undefined, null],
    // a clause between « de » and the verb: « de » opens no name, the decision stays the Council's
    ['Le Conseil a prié le Secrétaire général de veiller à ce que les missions encouragent la participation des femmes.', 'participation des femmes', 'task', 4, 'prié', 'council'],
    ['Le Conseil a prié le chef de la Mission de veiller à ce que les contingents encouragent la participation des femmes.', 'participation des femmes', 'task', 4, 'prié', 'council'],
    ['Les femmes maliennes se sont engagées à protéger les filles.', 'filles', 'context', 0, undefined, null],
    ['Les missions ont été mandatées pour protéger les femmes.', 'femmes', 'task', 4, 'mandatées', undefined],
    ['Les États sont priés pour la forme de protéger les femmes.', 'femmes', 'context', 0, undefined, null],
    ['Les États Membres ont été priés de soutenir les femmes.', 'femmes', 'task', 4, 'priés', undefined],
    ['Les États Membres sont engagés par la résolution à soutenir les femmes.', 'femmes', 'advice', 3, 'engagés', 'council'],
    ['Exhortant les parties à protéger les femmes.', 'femmes', 'advice', 3, 'Exhortant', undefined],
    ['Decidant que la Mission protegera les femmes.', 'femmes', 'task', 5, 'Decidant', undefined],
    ['La résolution a été adoptée. Elle demande au Secrétaire général de protéger les femmes.', 'femmes', 'task', 4, 'demande au Secrétaire général', 'council'],
    ['Nous recommandons de consulter les femmes.', 'femmes', 'context', 0, undefined, null],
    // A participle without its auxiliary is no decision; nor is a verb outside the table.
    ['Le Conseil invité par la France soutient les femmes.', 'femmes', 'context', 0, undefined, null],
    ['Le Secrétaire général a nommé une conseillère genre.', 'conseillère genre', 'context', 0, undefined, null],
    ['Le Conseil a exhorté les parties à agir, mais les femmes ne sont pas consultées.', 'femmes', 'context', 0, undefined, null],
  ], 'fr');
});

describe('modal cues that do not set the mode', () => {
  const rows: [string, 'task' | 'advice' | 'context', string | undefined][] = [
    ['On 3 May the battalion met women leaders.', 'context', undefined],
    ['The report of May 2019 names women leaders.', 'context', undefined],
    ['In May, units should consult women.', 'advice', 'should'],
    ['Theresa May spoke about women.', 'context', undefined],
    ['May units include women in patrols?', 'advice', 'May'],
    ['Units MAY include women.', 'advice', 'MAY'],
    ['The aim of the study is to examine gender equality.', 'context', undefined],
    ['The goals are to examine gender equality.', 'context', undefined],
    ['The engineer company is to build separate ablutions for female personnel.', 'task', 'is to'],
    ['This will be difficult for women leaders.', 'context', undefined],
    ['If the police are trained, they will respond better to sexual violence.', 'context', undefined],
    ['Its absence will clearly have a significant impact on women.', 'context', undefined],
    ['Developing capacity will lead to better protection of women.', 'context', undefined],
    ['Women leaders will be more willing to report.', 'context', undefined],
    ['I have no doubt the commander will continue to support women.', 'context', undefined],
    ['It is likely that the mission will deploy more women.', 'context', undefined],
    ['“We will protect women,” the commander said.', 'context', undefined],
    ['The commander said: "Units will protect women."', 'context', undefined],
    ['The UN would like to recruit more women.', 'context', undefined],
    ['He said ‘no’ and units will patrol the routes of women.', 'task', 'will'],
    ['“Units will protect women,” the commander said.', 'context', undefined],
    ['A stray ” mark, then “Units will protect women.”', 'context', undefined],
    ['The report of 3 may 2019 names women leaders.', 'context', undefined],
    ['The report of may 2019 names women leaders.', 'context', undefined],
    ['The women’s units will patrol the routes.', 'task', 'will'],
    ['If the patrol is attacked, it should withdraw with the women.', 'advice', 'should'],
    ['Units will patrol the routes used by women.', 'task', 'will'],
    ['If attacked, units will protect women.', 'task', 'will'],
    ['The MGA will be the focal point for women leaders.', 'task', 'will'],
    ['The adviser’s report will be shared with women leaders.', 'task', 'will'],
    ['It will be reviewed with women leaders at each renewal.', 'task', 'will'],
    ['The Force will contribute to the protection of women.', 'task', 'will'],
    ['If the camp is attacked, it will be closed to women.', 'context', undefined],
    ['We will examine the role of women leaders.', 'context', undefined],
    ['Unless told otherwise, the MGA will brief women leaders.', 'task', 'will'],
    // an outcome foretold, not a task
    ['Without women’s participation, peace will not last.', 'context', undefined],
    ['Agreements that exclude women will fail.', 'context', undefined],
    ['The ceasefire will succeed only if women are heard.', 'context', undefined],
    ['The battalion will hold meetings with women leaders.', 'task', 'will'],
  ];
  it.each(rows)('%s → %s (%s)', (s, mode, cue) => {
    const r = orderStrength(s, 0, s.length, 'en');
    expect(r.mode).toBe(mode);
    expect(r.cue).toBe(cue);
  });
  const fr: [string, 'task' | 'advice' | 'context', string | undefined][] = [
    ['Cela sera difficile pour les femmes.', 'context', undefined],
    ['Ce sera plus difficile pour les femmes.', 'context', undefined],
    ["La compagnie assurera l'escorte des femmes.", 'task', 'assurera'],
    ['Il sera rendu compte des violences sexuelles.', 'task', 'sera'],
    ['En mai, la mission a rencontré des associations de femmes.', 'context', undefined],
    ["Cela permettra d'atteindre les femmes.", 'context', undefined],
    ['La compagnie sera prête à escorter les femmes.', 'task', 'sera'],
    ['Sans les femmes, la paix ne durera pas.', 'context', undefined],
    ['Un accord qui exclut les femmes échouera.', 'context', undefined],
    ['La compagnie tiendra des réunions avec les femmes.', 'task', 'tiendra'],
  ];
  it.each(fr)('%s → %s (%s)', (s, mode, cue) => {
    const r = orderStrength(s, 0, s.length, 'fr');
    expect(r.mode).toBe(mode);
    expect(r.cue).toBe(cue);
  });
});

describe('reported decisions on findings', () => {
  it('a press release: the finding records the actor and stays valid against the schema', () => {
    const text = 'The Security Council met on Tuesday.\n\nIt requested the Secretary-General to appoint senior gender advisers in every mission, and encouraged Member States to deploy more women peacekeepers.';
    const r = analyze(text);
    const adviser = r.findings.find((f) => f.text.toLowerCase().includes('gender advisers'));
    expect(adviser).toMatchObject({ reported: true, actor: 'council', strength: { mode: 'task', level: 4, verbClass: 'directive', cue: 'requested' } });
    const women = r.findings.find((f) => /women peacekeepers|women/.test(f.text) && f.start > text.indexOf('encouraged'));
    expect(women).toMatchObject({ reported: true, actor: 'council', strength: { mode: 'advice', level: 2, cue: 'encouraged' } });
    for (const f of r.findings) expect(Finding.safeParse(f).success).toBe(true);
  });
  it('findings without a reported decision carry neither field', () => {
    const r = analyze('Units will patrol the routes used by women and girls.');
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect('reported' in f).toBe(false);
      expect('actor' in f).toBe(false);
    }
  });
  it('an operative paragraph keeps its resolution verb', () => {
    const text = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the Secretary-General to appoint women protection advisers;\n';
    const f = analyze(text).findings.find((x) => x.text.toLowerCase().includes('women protection advisers'));
    expect(f).toMatchObject({ strength: { mode: 'task', level: 4, cue: 'Requests' } });
    expect(f!.reported).toBeUndefined();
  });
});

describe('"considered" after "be" means deemed, not weighed', () => {
  it.each([
    ['Units should consider the needs of women.', 'advice'],
    ['Commanders considered the needs of women.', 'advice'],
    ['Rape is considered a war crime.', 'context'],
    ['Rape is also considered a war crime.', 'context'],
    ['Such acts shall be considered crimes against women.', 'task'],
  ] as const)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length, 'en').mode).toBe(mode);
  });
});

describe('reported decisions: who decides (English)', () => {
  reportedRows([
    // Secretaries-General by name; the UN right before its verb
    ['Secretary-General António Guterres urged States to increase women’s participation.', 'participation', 'advice', 3, 'urged', 'secretary-general'],
    ['Ban Ki-moon called on States to allocate funds to women’s empowerment.', 'empowerment', 'advice', 3, 'called on', 'secretary-general'],
    ['Kofi Annan recommended the deployment of gender advisers.', 'gender advisers', 'advice', 2, 'recommended', 'secretary-general'],
    ['The Secretary-General’s report recommends that missions deploy women protection advisers.', 'women protection advisers', 'advice', 2, 'recommends', 'secretary-general'],
    ['In 2009, the UN set a target of 20 per cent women police officers.', 'women police officers', 'task', 4, 'set a target', 'secretary-general'],
    ['The United Nations has set a goal of doubling the number of women.', 'number of women', 'task', 4, 'set a goal', 'secretary-general'],
    ['The mission sets targets for women’s participation.', 'participation', 'task', 4, 'sets targets', 'mission'],
    ['The Special Representative of the Secretary-General urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'mission'],
    ['The Council, which met on Monday, urged States to support survivors of sexual violence.', 'survivors', 'advice', 3, 'urged', 'council'],
    ['The Council adopted resolution 2467 (2019), which urges States to support survivors.', 'survivors', 'advice', 3, 'urges', 'council'],
    ['The Council adopted a resolution that encourages States to support survivors.', 'survivors', 'advice', 2, 'encourages', 'council'],
    ['The Secretary-General proposed that missions deploy women protection advisers.', 'women protection advisers', 'advice', 2, 'proposed', 'secretary-general'],
    ['I suggest that missions strengthen women’s participation.', 'participation', 'advice', 2, 'suggest', 'author'],
    // "the UN" is no antecedent (it opens the names of missions): the mission it opens is
    ['The United Nations Mission in Mali met. It urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'mission'],
    ['The Council met. The UN mission then urged the parties to protect women.', 'women', 'advice', 3, 'urged', 'mission'],
    // a modal in the "that" clause of a verb that decides nothing sets the mode
    ['The Secretary-General reminded States that they should allocate funds to women.', 'women', 'advice', 2, 'should', 'secretary-general'],
    ['The Council recalled that all parties must end sexual violence.', 'sexual violence', 'task', 4, 'must', 'council'],
    ['The Council recalled that all parties shall end sexual violence.', 'sexual violence', 'task', 4, 'shall', 'council'],
    ['The Council noted that the mission will deploy women.', 'women', 'context', 1, 'noted', 'council'],
    ['The Council recalled its resolutions, and the parties should end sexual violence.', 'sexual violence', 'context', 1, 'recalled', 'council'],
    ['The Council recalled the plan: States should protect women.', 'women', 'context', 1, 'recalled', 'council'],
    ['The Council stressed that States should protect women.', 'women', 'advice', 2, 'stressed', 'council'], // decides by itself
    ['The Council requested that States should protect women.', 'women', 'task', 4, 'requested', 'council'],
    // passives without an actor
    ['Troop-contributing countries are urged to increase the number of women.', 'number of women', 'advice', 3, 'urged', undefined],
    ['It was recommended that the mission strengthen the protection of women.', 'protection of women', 'advice', 2, 'recommended', undefined],
    ['Missions were requested to deploy women protection advisers.', 'women protection advisers', 'task', 4, 'requested', undefined],
    ['Troop-contributing countries have also been asked to deploy more women.', 'women', 'task', 4, 'asked', undefined],
  ], 'en');
  it.each([
    // the complementizer within 60 characters of the verb, the modal within 60 of it
    [3, 'advice'], [60, 'advice'], [61, 'context'],
  ])('a "that" %i characters after the verb → %s', (n, mode) => {
    const t = `The Council recalled ${'x'.repeat(n - 2)} that States should protect women.`;
    expect(said(t, 'women').strength.mode).toBe(mode);
  });
  it.each([
    [10, 'advice'], [60, 'advice'], [61, 'context'],
  ])('a modal ending %i characters after "that" → %s', (n, mode) => {
    const t = `The Council recalled that ${'y'.repeat(n - 8)} should protect women.`;
    expect(said(t, 'women').strength.mode).toBe(mode);
  });
});

describe('reported decisions: who decides (French)', () => {
  reportedRows([
    ['M. Guterres a exhorté les États à accroître la participation des femmes.', 'participation des femmes', 'advice', 3, 'exhorté', 'secretary-general'],
    ['Le chef de l’ONU a exhorté les États à accroître la participation des femmes.', 'participation des femmes', 'advice', 3, 'exhorté', 'secretary-general'],
    ['En 2009, l’ONU a fixé l’objectif d’augmenter la proportion des femmes policières.', 'femmes policières', 'task', 4, 'fixé l’objectif', 'secretary-general'],
    ['La Mission se fixe pour objectif de doubler le nombre de femmes.', 'nombre de femmes', 'task', 4, 'se fixe pour objectif', 'mission'],
    ['Le Conseil de sécurité de l’ONU a prié le Secrétaire général de renforcer la participation des femmes.', 'participation des femmes', 'task', 4, 'prié', 'council'],
    ['Les Quinze ont exhorté les États à accroître la participation des femmes.', 'participation des femmes', 'advice', 3, 'exhorté', 'council'],
    ['La Représentante spéciale du Secrétaire général a exhorté les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'mission'],
    // « demande » addressed to the Secretary-General or a mission past an adverb is a request
    ['Le Conseil demande en outre au Secrétaire général de veiller à la parité entre les femmes et les hommes.', 'femmes', 'task', 4, 'demande', 'council'],
    ['Le Conseil a également demandé, par ailleurs, à la Mission de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['Le Conseil demande également aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demande', 'council'],
    // « il lui a été demandé »: the impersonal passive names no actor; the body that decided before it, if any, and
    // « lui » the addressee named before (a mission or the Secretary-General makes it a request)
    ['Le Conseil a reçu la Représentante spéciale. Il lui a été demandé de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['Le Conseil a reçu la Représentante spéciale. Il  lui a également été demandé de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['Le Conseil a reçu la Représentante spéciale. Par ailleurs, il lui a été demandé de protéger les femmes.', 'femmes', 'task', 4, 'demandé', 'council'],
    ['La Représentante spéciale est arrivée. Il lui a été demandé de protéger les femmes.', 'femmes', 'task', 4, 'demandé', undefined],
    ['Le Conseil a reçu les parties. Il leur a été demandé de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'council'],
    ['Le Secrétaire général a reçu le Conseil. Il lui a été demandé de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', undefined],
    // a gerund or participle after the decision, with its object pronoun, a comma or none
    ['Le Conseil a prorogé le mandat de la Mission, en lui demandant de protéger les femmes.', 'femmes', 'task', 4, 'demandant', 'council'],
    ['Le Conseil a prorogé le mandat de la Mission, lui demandant de protéger les femmes.', 'femmes', 'task', 4, 'demandant', 'council'],
    ['Le Conseil a prorogé le mandat de la Mission,  en  lui  demandant de protéger les femmes.', 'femmes', 'task', 4, 'demandant', 'council'],
    ['Le Conseil a prorogé le mandat, leur demandant de protéger les femmes.', 'femmes', 'advice', 3, 'demandant', 'council'],
    ['Le Conseil a prorogé le mandat, en les exhortant à protéger les femmes.', 'femmes', 'advice', 3, 'exhortant', 'council'],
    ['Le Conseil a prorogé le mandat, en l’exhortant à protéger les femmes.', 'femmes', 'advice', 3, 'exhortant', 'council'],
    ['Le Conseil a prorogé le mandat, en y invitant les parties à protéger les femmes.', 'femmes', 'advice', 2, 'invitant', 'council'],
    ['Le Conseil a prorogé le mandat en demandant aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demandant', 'council'],
    ['Le Conseil a prorogé le mandat de la Mission en lui demandant de protéger les femmes.', 'femmes', 'task', 4, 'demandant', 'council'],
    ['Les femmes ont manifesté en demandant la fin des violences contre les femmes.', 'femmes', 'context', 0, undefined, null],
    ['Le Conseil a prorogé le mandat, enlui demandant de protéger les femmes.', 'femmes', 'context', 0, undefined, null],
    // senior officials of the Secretariat and of a mission decide for them
    ['Le Secrétaire général adjoint a exhorté les pays contributeurs à déployer plus de femmes.', 'femmes', 'advice', 3, 'exhorté', 'secretary-general'],
    ['La Vice-Secrétaire générale a demandé aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'secretary-general'],
    ['The Under-Secretary-General urged troop contributors to deploy more women.', 'women', 'advice', 3, 'urged', 'secretary-general'],
    ['The Force Commander instructed all battalions to patrol with women.', 'women', 'task', 4, 'instructed', 'mission'],
    ['Le commandant de la Force a demandé aux bataillons de protéger les femmes.', 'femmes', 'advice', 3, 'demandé', 'mission'],
    // object pronouns between the body and its verb, elided or not
    ['Le Conseil les engage à garantir la participation des femmes.', 'participation des femmes', 'advice', 3, 'engage', 'council'],
    ['Le Conseil l’invite à garantir la participation des femmes.', 'participation des femmes', 'advice', 2, 'invite', 'council'],
    ["Le Conseil l'exhorte à garantir la participation des femmes.", 'participation des femmes', 'advice', 3, 'exhorte', 'council'],
    ["Le Conseil l'a exhortée à garantir la participation des femmes.", 'participation des femmes', 'advice', 3, 'exhortée', 'council'],
    ['Le Conseil leur demande de garantir la participation des femmes.', 'participation des femmes', 'advice', 3, 'demande', 'council'],
    ['Le Conseil lui demande de garantir la participation des femmes.', 'participation des femmes', 'advice', 3, 'demande', 'council'],
    ['Le Conseil y prie la Mission de protéger les femmes.', 'femmes', 'task', 4, 'prie', 'council'],
    ['Le Conseil les a invités à garantir la participation des femmes.', 'participation des femmes', 'advice', 2, 'invités', 'council'],
    ["J'exhorte les parties à protéger les femmes.", 'femmes', 'advice', 3, 'exhorte', 'author'],
    // relatives
    ['Le Conseil a adopté une résolution qui exhorte les parties à protéger les femmes.', 'femmes', 'advice', 3, 'exhorte', 'council'],
    ['Le Conseil a adopté la résolution 2467 (2019), qui encourage les États à soutenir les survivantes.', 'survivantes', 'advice', 2, 'encourage', 'council'],
    // « demande » to the Secretary-General or a mission is a request
    ['Le Conseil demande à la Force de protéger les femmes.', 'femmes', 'task', 4, 'demande', 'council'],
    ["Le Conseil demande à l'ONUCI de protéger les femmes.", 'femmes', 'task', 4, 'demande', 'council'],
    ['Le Conseil demande aux missions de protéger les femmes.', 'femmes', 'task', 4, 'demande', 'council'],
    ['Le Conseil a demandé au Représentant spécial de protéger les femmes.', 'femmes', 'task', 4, 'demandé au Représentant spécial', 'council'],
    ['Le Conseil demande aux parties de protéger les femmes.', 'femmes', 'advice', 3, 'demande', 'council'],
    ['Le Conseil demande au Gouvernement de protéger les femmes.', 'femmes', 'advice', 3, 'demande', 'council'],
    ['Le Conseil exhorte la Mission à protéger les femmes.', 'femmes', 'advice', 3, 'exhorte', 'council'], // only « demande »
    ['Le Conseil demande que la Mission protège les femmes.', 'femmes', 'advice', 2, 'demande que', 'council'], // no addressee: calls for
    // passives, with « aux » / « au »
    ["Il a été demandé aux pays contributeurs d'accroître le nombre de femmes.", 'nombre de femmes', 'advice', 3, 'demandé', undefined],
    ['Les pays contributeurs sont invités aux réunions des femmes.', 'femmes', 'advice', 2, 'invités', undefined],
    ['La Mission est priée de renforcer la protection des femmes.', 'protection des femmes', 'task', 4, 'priée', undefined],
    // suggestions and recommendations; a modal in the « que » clause
    ['Le Secrétaire général suggère de renforcer la participation des femmes.', 'participation des femmes', 'advice', 2, 'suggère', 'secretary-general'],
    ['Le Secrétaire général préconise de renforcer la participation des femmes.', 'participation des femmes', 'advice', 2, 'préconise', 'secretary-general'],
    ["Dans son rapport, Ban Ki-moon rappelle aux États qu'il faudrait affecter des fonds aux femmes.", 'femmes', 'advice', 2, 'faudrait', 'secretary-general'],
    ['Le Conseil a rappelé que les parties doivent protéger les femmes.', 'femmes', 'task', 4, 'doivent', 'council'],
    ['Le Conseil a rappelé que les parties protègent les femmes.', 'femmes', 'context', 1, 'rappelé', 'council'],
  ], 'fr');
});

describe('verbs of prose only', () => {
  it.each([
    ['Préconise le renforcement de la participation des femmes;', 'fr'],
    ['Suggère de consulter les femmes;', 'fr'],
    ['Suggests consulting women;', 'en'],
    ['Sets a target for women;', 'en'],
  ] as const)('%s opens no resolution paragraph', (s, lang) => {
    expect(leadingVerb(s, 0, s.length, false, lang)).toBeNull();
  });
  it('« Recommande » still does', () => {
    const s = 'Recommande de consulter les femmes;';
    expect(leadingVerb(s, 0, s.length, false, 'fr')).toMatchObject({ text: 'Recommande', level: 2 });
  });
});

describe('who the author is', () => {
  it.each([
    ['sg-report', 'secretary-general'], ['news', undefined], ['$comment', undefined], ['constructor', undefined],
  ])('%s → %s', (profile, actor) => {
    expect(authorActor(profile)).toBe(actor);
  });
  it('"I urge" in a Secretary-General\'s report is the Secretary-General\'s; elsewhere the author\'s', () => {
    const text = 'I urge the parties to protect women and girls from sexual violence.';
    const actors = (profile: string) => analyze(text, { profile }).findings.filter((f) => f.reported).map((f) => f.actor);
    expect(actors('sg-report').length).toBeGreaterThan(0);
    expect(new Set(actors('sg-report'))).toEqual(new Set(['secretary-general']));
    expect(new Set(actors('news'))).toEqual(new Set(['author']));
  });
});

describe('new order cues', () => {
  it.each([
    ['- Strengthen the capacities of staff on gender issues through training', 'task', 'Strengthen'],
    ['Enhance the protection of women in the camps.', 'task', 'Enhance'],
    ['Advise the commander on gender.', 'task', 'Advise'],
    ['Missions ought to deploy women protection advisers.', 'advice', 'ought to'],
    ['The mission will strengthen the protection of women.', 'task', 'will'],
  ] as const)('%s → %s (%s)', (s, mode, cue) => {
    const r = orderStrength(s, 0, s.length, 'en');
    expect(r.mode).toBe(mode);
    expect(r.cue).toBe(cue);
  });
  it.each([
    ['Il faudrait renforcer la participation des femmes.', 'advice', 'Il faudrait'],
    ['Il conviendrait de consulter les femmes.', 'advice', 'Il conviendrait'],
  ] as const)('%s → %s (%s)', (s, mode, cue) => {
    const r = orderStrength(s, 0, s.length, 'fr');
    expect(r.mode).toBe(mode);
    expect(r.cue).toBe(cue);
  });
});

describe('a date between the body and its verb sets nothing and hides nothing', () => {
  reportedRows([
    ['The Council on 3 May requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The Council in May 2015 requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The Council last week requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The Council on Tuesday urged States to protect women.', 'women', 'advice', 3, 'urged', 'council'],
    ['The Council at its 8000th meeting on 3 May requested the mission to protect women.', 'women', 'task', 4, 'requested', 'council'],
    ['The report of 3 May recommends more women in patrols.', 'women', 'advice', 2, 'recommends', 'author'],
    ['Resolution 1325 urged States to include women.', 'women', 'advice', 3, 'urged', 'council'],
    // fillers alone, or a place, are no date
    ['The Council in Mali requested the mission to protect women.', 'women', 'context', 0, undefined, null],
    ['The Council of the region requested the mission to protect women.', 'women', 'context', 0, undefined, null],
  ], 'en');
  reportedRows([
    ['Le Conseil a le 5 mai prié la Mission de protéger les femmes.', 'femmes', 'task', 4, 'prié', 'council'],
    ['Le Conseil de sécurité a mardi exhorté les États à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
    ['Le Conseil a jeudi dernier demandé à la Mission de protéger les femmes.', 'femmes', 'task', 4, 'demandé à la Mission', 'council'],
    ['Le Conseil le 5 mai 2015 a prié la Mission de protéger les femmes.', 'femmes', 'task', 4, 'prié', 'council'],
    ['Le Conseil a début mars exhorté les États à protéger les femmes.', 'femmes', 'advice', 3, 'exhorté', 'council'],
  ], 'fr');
  it.each([
    // at most seven words of date: "at its 8000th meeting on 3 May" is seven
    ['The Council at its 8000th meeting on 3 May requested the mission to protect women.', 'council'],
    ['The Council at its 8000th meeting on the 3 May requested the mission to protect women.', undefined],
  ])('%s → %s', (t, actor) => {
    expect(said(t, 'women').actor).toBe(actor);
  });
});

describe('a negated "could", "would", "might" tells an inability or a fact, not advice', () => {
  const rows: [string, 'task' | 'advice' | 'context'][] = [
    ['The mission could not verify reports of sexual violence.', 'context'],
    ['The team could NOT confirm the allegations of rape.', 'context'],
    ['The women would not attend the meeting.', 'context'],
    // Not negated, or a prohibition: still advice.
    ['The mission could verify reports of sexual violence.', 'advice'],
    ['Units should not harass women.', 'advice'],
    ['Units may not detain women without a female officer.', 'advice'],
  ];
  it.each(rows)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length).mode).toBe(mode);
  });
});

describe('a modal of possibility before a verb of effect or inference is no advice', () => {
  const rows: [string, 'task' | 'advice' | 'context'][] = [
    ['This may indicate that gender training matters to the contributors.', 'context'],
    ['The lack of shelters could lead to more sexual violence.', 'context'],
    ['The gap might partly reflect the low number of women officers.', 'context'],
    ['Cela peut indiquer que la formation des femmes est importante.', 'context'],
    ['Les victimes se taisent par crainte des représailles que cela peut engendrer.', 'context'],
    ['Ce recul pourrait s’expliquer par le départ des conseillères genre.', 'context'],
    // Permission and suggestion stay advice.
    ['Units may include women in patrols.', 'advice'],
    ['Commanders could consult women leaders before each patrol.', 'advice'],
    ['Les unités peuvent inclure des femmes dans les patrouilles.', 'advice'],
  ];
  it.each(rows)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length, s.includes('é') || /^(?:Cela|Les|Ce) /.test(s) ? 'fr' : 'en').mode).toBe(mode);
  });
});

describe('a future in a relative clause, an expected effect of "would"', () => {
  const rows: [string, 'task' | 'advice' | 'context'][] = [
    ['Such violence can amount to cases of sexual violence that will be handled by the security personnel.', 'context'],
    ['This approach would notably help increase the response to sexual violence.', 'context'],
    ['Les cas qui seront traités par la police concernent les violences sexuelles.', 'context'],
    // The sentence's own task still counts, before or after the relative clause.
    ['Each company will designate a focal point who will liaise with women leaders.', 'task'],
    ['Patrols that will operate at night will include female officers.', 'task'],
    ['It would be advisable to include women in patrols.', 'advice'],
  ];
  it.each(rows)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length, s.startsWith('Les ') ? 'fr' : 'en').mode).toBe(mode);
  });
});

describe('a modal inside a condition is not the sentence\'s mode', () => {
  const rows: [string, 'en' | 'fr', 'task' | 'advice' | 'context', string?][] = [
    // The condition's own modal ("is to", « doit ») is left out; the main clause decides.
    ['If the battalion is to cross the river, the engineers build a ford first.', 'en', 'context'],
    ['If the convoy is to leave at dawn, the gender adviser will brief the escort.', 'en', 'task', 'will'],
    ['Unless the company is to withdraw, it keeps the women\'s shelter guarded.', 'en', 'context'],
    ['Si la compagnie doit franchir le fleuve, le génie construit un gué.', 'fr', 'context'],
    ['Si le convoi doit partir à l\'aube, la conseillère genre briefera l\'escorte.', 'fr', 'task'],
    // An inverted "Should …," is a condition, "Should …?" a question: neither is advice.
    ['Should the situation deteriorate, the battalion will open the second shelter.', 'en', 'task', 'will'],
    ['Should the situation deteriorate, the battalion reports to the sector.', 'en', 'context'],
    ['Should female searchers be posted at every checkpoint?', 'en', 'context'],
    // Unchanged: a modal of the main clause, a hedge, and "should" inside a sentence.
    ['The battalion should post female searchers at every checkpoint.', 'en', 'advice', 'should'],
    ['If required, the battalion will post female searchers.', 'en', 'advice'],
    ['The battalion is to post female searchers, if the situation allows.', 'en', 'task', 'is to'],
  ];
  it.each(rows)('%s', (s, lang, mode, cue) => {
    const st = orderStrength(s, 0, s.length, lang);
    expect(st.mode).toBe(mode);
    if (cue) expect(st.cue).toBe(cue);
  });
});

describe('verb strengths and cues added by a lexicon or pack (VerbExtras)', () => {
  const none = (): VerbExtras => ({ task: [], advice: [], taskFr: [], adviceFr: [], moved: new Set(), resolution: [] });
  it('added task and advice cues set an order’s mode, in English and French', () => {
    const extra: VerbExtras = { ...none(), task: ['is directed to'], advice: ['is invited to consider'], taskFr: ['est tenu de'], adviceFr: ['est invité à envisager'] };
    const s1 = 'The battalion is directed to escort women to the market.';
    expect(orderStrength(s1, 0, s1.length, 'en')).toMatchObject({ mode: 'context' });
    expect(orderStrength(s1, 0, s1.length, 'en', extra)).toMatchObject({ mode: 'task', level: 4, cue: 'is directed to' });
    const s2 = 'The battalion is invited to consider patrols with women.';
    expect(orderStrength(s2, 0, s2.length, 'en', extra)).toMatchObject({ mode: 'advice', level: 2, cue: 'is invited to consider' });
    const s3 = 'Le bataillon est tenu de protéger les femmes.';
    expect(orderStrength(s3, 0, s3.length, 'fr', extra)).toMatchObject({ mode: 'task', cue: 'est tenu de' });
    const s4 = 'Le bataillon est invite a envisager des patrouilles mixtes.';
    expect(orderStrength(s4, 0, s4.length, 'fr', extra)).toMatchObject({ mode: 'advice', cue: 'est invite a envisager' });
  });
  it('an override that moves a built-in cue leaves it out of its old mode', () => {
    const extra: VerbExtras = { ...none(), advice: ['must'], moved: new Set(['must']) };
    const s = 'Units must consult women leaders.';
    expect(orderStrength(s, 0, s.length, 'en')).toMatchObject({ mode: 'task', cue: 'must' });
    expect(orderStrength(s, 0, s.length, 'en', extra)).toMatchObject({ mode: 'advice', cue: 'must' });
    // no added cue at all: the built-in reading
    expect(orderStrength(s, 0, s.length, 'en', none())).toMatchObject({ mode: 'task', cue: 'must' });
  });
  it('added resolution verb forms lead paragraphs, French ones only in French text', () => {
    const extra: VerbExtras = { ...none(), resolution: [
      { form: 'Instructs', lemma: 'instruct', verbClass: 'directive', level: 4, finite: true, french: false },
      { form: 'Enjoint', lemma: 'enjoindre', verbClass: 'directive', level: 4, finite: true, french: true },
    ] };
    expect(leadingVerb('Instructs the Mission to protect women.', 0, 40, false, 'en', extra)).toMatchObject({ text: 'Instructs', verbClass: 'directive', level: 4, finite: true });
    expect(leadingVerb('Enjoint à la Mission de protéger les femmes.', 0, 44, false, 'fr', extra)).toMatchObject({ text: 'Enjoint', verbClass: 'directive', level: 4 });
    expect(leadingVerb('Enjoint à la Mission de protéger les femmes.', 0, 44, false, 'en', extra)).toBeNull();
    // the same object gives the same tables (cached per language)
    expect(leadingVerb('Instructs the Mission.', 0, 22, false, 'en', extra)?.text).toBe('Instructs');
    expect(leadingVerb('Enjoint la Mission.', 0, 19, false, 'fr', extra)?.text).toBe('Enjoint');
  });
});

describe('a leading verb is a span of the text, whatever its spacing', () => {
  it.each([
    'Having considered the report,', 'Having  considered the report,', 'Having\u00A0considered the report,', 'Se  félicite des progrès,', 'Prend\u00A0note du rapport,', 'Requests the Mission',
  ])('%j', (t) => {
    const v = leadingVerb(t, 0, t.length, false, /^(?:Se|Prend)/.test(t) ? 'fr' : 'en')!;
    expect(v).not.toBeNull();
    expect(t.slice(v.start, v.end)).toBe(v.text);
    expect(v.text.split(/[\s\u00A0]+/).length).toBe(/^(?:Having|Se|Prend)/.test(t) ? 2 : 1);
  });
  it('an unknown opening word, "Having" with its participle, keeps its spacing too', () => {
    const t = '3. Having  weighed the options,';
    const v = leadingVerb(t, 0, t.length, true)!;
    expect(t.slice(v.start, v.end)).toBe(v.text);
    expect(v.text).toBe('Having  weighed');
  });
});

describe('months and dates never set a mode', () => {
  it.each([
    ['In 2019, units may include women.', 'advice'],
    ['On 3  May the battalion met women leaders.', 'context'],
    ['On 3 may, the battalion met women leaders.', 'context'],
    ['Units may deploy 30 women.', 'advice'],
    ['The report of may  2019 names women leaders.', 'context'],
  ] as const)('%s → %s', (s, mode) => expect(orderStrength(s, 0, s.length, 'en').mode).toBe(mode));
});
