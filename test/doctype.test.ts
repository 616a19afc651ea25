// Document types from the text's own evidence, English and French, with a confidence floor below which
// the type is generic and the likeliest types are reported. Resolutions, orders and rules of engagement
// need their layout. Mini-documents of our own; real documents are read from ../shared at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon, Report } from '../core/index.ts';
import { CONFIDENCE_FLOOR, confidenceOf, detectProfile, evidence, isFrenchCue, lineKey, renewsMandate, wordsKey } from '../core/analysis/detect.ts';
import { detectLanguage } from '../core/text/language.ts';
import { contentLines, detectStructure } from '../core/text/sections.ts';
import { corpusDir } from './support/corpus.ts';

/** The detected type, without its name (report.profile.label, checked once below). */
const type = (text: string) => { const { label: _label, ...p } = analyze(text).profile; return p; };
const evidenceOf = (t: string) => evidence(t, detectStructure(t, detectLanguage(t)));

/** Mini-texts and the evidence each gives, with its weight. */
const EVIDENCE_ROWS: [string, Record<string, number>][] = [
    ['The mission grew.', {}],
    ['12. The mission grew.', { 'sg-report': 2 }],
    ['12. The mission grew.\n13. Patrols rose.\n14. Women met.', { 'sg-report': 3 }],
    ['The elections were held. 3. The count began. 4. The results came.', { 'sg-report': 2 }],
    ['The elections were held. 3. The count began. 5. The results came.', {}],
    ['I am concerned by the attacks on women.', { 'sg-report': 2 }],
    ['Je salue les efforts des femmes.', { 'sg-report': 2 }],
    ["Le Conseil m'a prié de faire rapport.", { 'sg-report': 2 }],
    ['Intro.\n\nReferences\n\nAmani, R. (2019). Patrols. Nairobi: Peace Press.', { 'research-report': 3 }],
    ['Intro.\n\nNotes\n\n1 See the report of the mission of 2019.', { 'research-report': 1.5 }],
    ['Contents\nIntroduction 3\nFindings 9\n\nText.', { 'research-report': 1 }],
    ['The data show it (UNFPA, 2024a).', { 'research-report': 1 }],
    ['The data show it (UNFPA, 2024a) and (UN Women, 2019).', { 'research-report': 1 }],
    ['The data show it (UNFPA, 2024a) and (UN Women, 2019) and (DCAF, 2015).', { 'research-report': 3 }],
    ['The report notes it (S/2016/225, para. 10) and again (S/2016/225, paras. 12-14).', { 'research-report': 2 }],
    ['The report notes it (S/2016/225, para. 10).', {}],
    ['Studies show it.[1] Others agree.[2] Few doubt it.', { 'research-report': 1.5 }],
    ['Studies show it.[1] Others agree.', {}],
    ['Sexual assault.⁵ It is rare. Rape.⁶ It is common.', { 'research-report': 1.5 }],
    ['In 2019.5 The rate. In 2020.6 The rate.', {}],
    ['SC/12345', { 'press-release': 4 }],
    ['GA/SPD/707 and CS/11610', { 'press-release': 4 }],
    ['Delegates spoke at the 7533rd Meeting (AM).', { 'press-release': 3 }],
    ['Lors de la 7283e séance, le Conseil a siégé.', { 'press-release': 3 }],
    ['The Council urged the parties to stop.', { 'press-release': 1.5 }],
    ['The Council urged the parties to stop. The Council also requested a report.', { 'press-release': 2.5 }],
    ['The Council urges the parties to stop.', {}],
    ['Le Conseil a ainsi décidé de proroger le mandat.', { 'press-release': 1.5 }],
    ['Le Conseil de sécurité des Nations unies a voté une résolution.', { 'press-release': 0.5, news: 1.5 }], // « Nations unies »: the press's spelling, not the UN's
    ['Par ce texte, le Conseil prie la mission de rendre compte.', { 'press-release': 3.5 }],
    ['By this resolution, the Council asks the mission to report.', { 'press-release': 2 }],
    ['The representative of Ruritania said that women mattered.', { 'press-release': 1.5 }],
    ['Le représentant du Mali a souligné le rôle des femmes.', { 'press-release': 1.5 }],
    ['Women matter, he said.', { 'press-release': 1, news: 1 }],
    ['Les femmes comptent, a-t-elle déclaré.', { 'press-release': 1, news: 1 }],
    ['Women matter, the said.', {}],
    ['JUBA, 3 March – Peacekeepers met women leaders.', { news: 3 }],
    ['Intro.\nMore.\nJUBA, 3 March – Peacekeepers met women leaders.', { news: 3 }],
    ['Intro.\nMore.\nEven more.\nJUBA, 3 March – Peacekeepers met women leaders.', {}],
    ['UNCLASSIFIED – FICTIONAL TRAINING DOCUMENT', {}],
    ['By Amina Diallo\nThe mission grew.', { news: 2 }],
    ['By the river\nThe mission grew.', {}],
    ['The mission met them on Friday.', { news: 1 }],
    ['The mission met them Friday.', {}],
    ['La mission les a reçus mardi.', { news: 1 }],
    ['Women leaders met. © DCAF.', { news: 1.5 }],
    ['“We listen to them,” said the commander.', { news: 2 }],
    ['“We listen to them,” Unficyp spokesman Aleem Siddique said on Wednesday.', { news: 3 }],
    ['« Nous écoutons », a déclaré la commandante.', { news: 2 }],
    ['Council members should call for women. Member States should fund them.', { 'policy-brief': 2 }],
    ['Council members should call for women.', {}],
    ['Les États membres devraient financer les femmes. Le Conseil devrait exiger leur présence.', { 'policy-brief': 2 }],
    ['Women should lead. Men should listen.', {}],
    ['The Security Council,\nRecalling its resolutions,\nDecides to act.', { mandate: 1, 'thematic-resolution': 1 }],
    ['The Security Council,\nRecalling its resolutions,\nDecides to act.\nSC/12345 For information media', { mandate: 1, 'thematic-resolution': 1 }],
    ['1. SITUATION\nThe area.\n2. MISSION\nProtect.\nSC/12345', { oporder: 3 }],
    // ---- issue 13: news and meetings coverage from their own style (our sentences)
    ['In its resolution 2242 (2015), the Council recognized the link. The Council also urged the parties to stop.', {"press-release":1.5}],
    ['In its resolution 2242 (2015), the Council recognized the link.', {}],
    ['Dans sa résolution 2242 (2015), le Conseil a constaté le lien.', {}],
    ['Aux termes de sa résolution 2467, le Conseil a demandé des données.', {}],
    ['The Council recognized the link in its resolution 2242 (2015).', {"press-release":1.5}],
    ['Il a ensuite expliqué le plan. Elle a noté les progrès.', {"press-release":2}],
    ['Il a ensuite expliqué le plan.', {"press-release":1}],
    ['Sur le plan politique, elle a noté les progrès. Il a souligné les risques.', {"press-release":2}],
    ['He also stressed the risks. She noted the progress.', {"press-release":2}],
    ['She said “we listen”. He said “we act”.', {"press-release":1,"news":3}],
    ['Elle a déclaré : « Nous écoutons. » Il a ajouté : « Nous agissons. »', {}],
    ['Les femmes sont essentielles, a dit M. Guterres.', {"news":2}],
    ['Elles ont aidé les femmes, a ajouté Mme Paneras.', {"news":2}],
    ['Le plan est prêt, a souligné Vladimir Montéiro.', {"news":2}],
    ['Le plan est prêt, a souligné le représentant.', {"press-release":2}],
    ['General Sawyer however decried the violence.', {"news":2}],
    ['Ambassador Petr Iliichev said the draft was weak.', {"press-release":1.5,"news":2}],
    ['The general decried the violence.', {}],
    ['The resolution expresses the Council’s appreciation.', {"news":2}],
    ['It requests the mission to report.', {"news":2}],
    ['The 35-paragraph resolution contained several requests.', {"news":2}],
    ['The resolution was adopted unanimously.', {}],
    ['it requests the mission to report.', {}],
    ['The U.N. mission grew.', {"news":1.5,"press-release":-1}],
    ['The UN mission grew.', {}],
    ['Les Nations unies ont agi.', {"news":1.5,"press-release":-1}],
    ['Les Nations Unies ont agi.', {}],
    ['Le conseil de sécurité a voté.', {"press-release":0.5,"news":1.5}],
    ['Pékin a dénoncé un texte déséquilibré.', {"news":1.5}],
    ['Moscow said the text was unbalanced.', {"news":1.5}],
    ['Paris a dénoncé le texte.', {}],
    ['Le Conseil a adopté hier une résolution.', {"press-release":1.5,"news":1.5}],
    ['The mission met them yesterday.', {"news":1.5}],
    ['Haq, in a routine press briefing, noted the challenge.', {"news":2}],
    ['The drop was large, said in a report of the institute.', {"news":2}],
    ['Lors d’un point de presse, il a parlé.', {"news":2}],
    ['Dans ce rapport, le Secrétaire général relève des progrès.', {"press-release":2}],
    ['In his report, the Secretary-General notes progress.', {"press-release":2}],
    ['Dans ce rapport, nous relevons des progrès.', {}],
    ['Le plan est prêt, a déclaré le représentant de la France.', {"press-release":2}],
    ['Le plan est prêt, a déclaré la ministre.', {}],
    ['S’exprimant au nom du Groupe des États d’Afrique, il a parlé.', {"press-release":2}],
    ['The plan is ready, said the representative of France.', {"press-release":2}],
    ['Mme Bocoum, Rapporteuse spéciale sur la situation, a regretté le retard.', {"press-release":1.5}],
    ['The Special Rapporteur on violence against women said more was needed.', {"press-release":1.5}],
    ['We listen to them, says Major Amani.', {"news":1.5}],
    ['She says the patrols help.', {"news":1.5}],
    ['Selon l’AFP, la mission a fermé.', {"news":1.5}],
    ['La base a fermé, a-t-on appris.', {"news":1.5}],
    ['La base a fermé, indique un communiqué.', {"news":1.5}],
    ['Les femmes comptent, a-t-elle constaté.', {"press-release":1,"news":1}],
    ['Bamako, le 12 mars 2019 – La MINUSMA a formé des femmes.', {"news":3}],
    ['Juba, 3 March 2021 – Peacekeepers met women leaders.', {"news":3}],
    ['Juba, 3 March – Peacekeepers met women leaders.', {}],
    ['He said: \"we listen to them\".', {"press-release":1,"news":3}],
    // ---- the other forms of each class
    ['The mission met them last week.', {"news":1.5}],
    ['La mission les a reçus la semaine dernière.', {"news":1.5}],
    ['La mission les a reçus avant-hier.', {"news":1.5}],
    ['At a news conference, the commander spoke.', {"news":2}],
    ['Lors d’une conférence de presse, la cheffe a parlé.', {"news":2}],
    ['Washington said the text was weak.', {"news":1.5}],
    ['Londres a rejeté le texte.', {"news":1.5}],
    ['Mr. Diallo said the patrols helped.', {"news":2}],
    ['Ms. Keita Bocoum added that more was needed.', {"news":2}],
    ['Colonel Amani announced the deployment.', {"news":2}],
    ['C’est fait, a conclu Mme Keita.', {"news":2}],
    ['C’est fait, a fait savoir le général Amani.', {"news":2}],
    ['He further noted the risks. She outlined the plan.', {"press-release":2}],
    ['Il a par ailleurs souligné les risques. Elle a fait valoir le plan.', {"press-release":2}],
    ['This text also urges the parties to act.', {"news":2}],
    ['The draft resolution came after the report.', {"news":2}],
    ['It also expressed concern. The mission grew.', {"news":2}],
    ['Intervenant au nom des pays nordiques, elle a parlé.', {"press-release":2}],
    ['The plan is ready, said the delegate of Norway.', {"press-release":2}],
    ['The High Commissioner said more was needed.', {"press-release":1.5}],
    ['La Haute-Commissaire a salué les progrès.', {"press-release":1.5}],
    ['L’Envoyée spéciale a constaté des progrès.', {"press-release":1.5}],
    ['In the report, the Secretary-General notes progress.', {"press-release":2}],
    ['Selon son rapport, le Secrétaire général relève des progrès.', {"press-release":2}],
    ['Selon des sources, la base a fermé.', {"news":1.5}],
    ['Tunis, 5 juin 2019 (AFP) – La mission a formé des femmes.', {"news":3}],
    ['New York, 12 June 2020: The Council met.', {"news":3}],
    // ---- mission news: one event, its participants and organisers, sources named by their post
    ['Women leaders took part in a workshop.', {"news":2}],
    ['Women leaders took part in the dialogue.', {"news":1}],
    ['Les femmes ont pris part à un atelier organisé par la Mission.', {"news":2}],
    ['Une cérémonie s’est tenue à Bangui.', {"news":2}],
    ['During the reporting period, women took part in a workshop.', {}],
    ['12. Women took part in a workshop.\n13. A ceremony was held.\n14. The mission grew.', {"sg-report":3}],
    ['According to the head of the field office, patrols helped.', {"news":1.5}],
    ['Selon la cheffe du bureau, les patrouilles ont aidé.', {"news":1.5}],
    ['According to the report, patrols helped.', {}],
    ['« Nous voulons être écoutées », a confié une participante.', {"news":2}],
    ['“We want to be heard,” one participant noted.', {"news":2}],
    // ---- more of one event and a life told before and now (our sentences)
    ['Women leaders met at a forum in the capital.', {"news":1}],
    ['The meeting was attended by women leaders.', {"news":1}],
    ['Elders met with the support of the mission.', {"news":1}],
    ['Elders met with support from the mission.', {"news":1}],
    ['Les femmes leaders se sont réunies à Bangui.', {"news":1}],
    ['Les chefs ont assisté à la réunion.', {"news":1}],
    ['Les femmes se sont formées avec l’appui de la Mission.', {"news":1}],
    ['Les femmes se sont formées avec le soutien du bureau.', {"news":1}],
    ['The meeting was attended.', {}],
    ['Two years ago, she fled her village.', {"news":1}],
    ['A few months ago, she fled her village.', {"news":1}],
    ['Il y a deux ans, elle a fui son village.', {"news":1}],
    ['Il y a 3 mois, elle a fui son village.', {"news":1}],
    ['Years ago, she fled her village.', {}],
    ['Il y a des femmes dans le village.', {}],
    // ---- meetings coverage: the debate, speakers as a crowd, counterparts, statements and the time of day
    ['Opening the debate, the Director spoke.', {"press-release":1.5}],
    ['Speaking after the vote, she spoke.', {"press-release":1.5}],
    ['The delegate of Chad spoke in explanation of vote.', {"press-release":1.5}],
    ['Many speakers called for funding.', {"press-release":1.5}],
    ['Ouvrant le débat, la Directrice a parlé.', {"press-release":1.5}],
    ['Prenant la parole, elle a parlé.', {"press-release":1.5}],
    ['De nombreux intervenants ont plaidé pour un financement.', {"press-release":1.5}],
    ['Son homologue du Brésil a parlé.', {"press-release":1.5}],
    ['Son homologue de la France a parlé.', {"press-release":1.5}],
    ['Son homologue a parlé.', {}],
    ['In a presidential statement, the Council spoke.', {"press-release":1.5}],
    ['Dans une déclaration présidentielle, il parle.', {"press-release":1.5}],
    ['The Council met this morning.', {"press-release":1.5}],
    ['Ouvrant le débat ce matin, elle a parlé.', {"press-release":2.5}],
    ['The speakers were few.', {}],
    ['The Council held an open debate.', {"press-release":1.5}],
    ['Le Conseil de sécurité a tenu un débat public.', {"press-release":1.5}],
    ['Les membres du Conseil ont salué le rôle des femmes.', {"press-release":1.5}],
    ['Les membres du Conseil de sécurité ont également exhorté les parties à agir.', {"press-release":1.5}],
    ['Le Conseil se félicite des progrès. Il parle.', {"press-release":1.5}],
    ['Le texte est court. Le Conseil de sécurité encourage les États.', {"press-release":1.5}],
    ['Le Conseil également prie les États.', {"press-release":1.5}],
    ['Dans sa résolution 2493, le Conseil prie les États.', {}],
    ['Le Conseil devrait prier les États.', {}],
    ['The representative of Chad expressed concern.', {"press-release":1.5}],
    ['La délégation de l’Irlande a souhaité un texte fort.', {"press-release":1.5}],
    ['Le représentant du Mali s’est dit préoccupé.', {"press-release":1.5}],
    ['La représentante du Mali s’est félicitée du texte.', {"press-release":1.5}],
    ['Le délégué du Brésil a, pour sa part, regretté le texte.', {"press-release":1.5}],
    // ---- journalism's present tense for speech, EN and FR
    ['Nous écoutons, explique-t-elle.', {"news":1.5}],
    ['Nous écoutons, poursuit-il.', {"news":1.5}],
    ['Nous écoutons, reconnaît-elle.', {"news":1.5}],
    ['We listen, she explains.', {"news":1.5}],
    ['Il explique le plan.', {}],
    // ---- a speaker with their country in brackets (meetings coverage); not an acronym or a year
    ['Mr. Dupont (France) said women mattered.', {"press-release":2.5}],
    ['Mme Diallo (Sénégal) a jugé le texte faible.', {"press-release":2.5}],
    ['Mme Awa Diallo (Burkina Faso) a ensuite rappelé le rôle des femmes.', {"press-release":2.5}],
    ['Mr. Dupont (France), speaking on behalf of the group, said so.', {}],
    ['M. Dupont (Royaume-Uni) a déclaré que les femmes comptaient.', {"press-release":2.5}],
    ['Ms. Lee (Republic of Korea) also stressed the role of women.', {"press-release":2.5}],
    ['The Mission (MINUSMA) said women mattered.', {}],
    ['Dupont (2019) said women mattered.', {}],
    ['UN Women (2019) found that women mattered.', {}],
    // ---- delegates' verbs, with « pour sa part », « également »; a passive is no speech
    ['La représentante de la France a jugé le texte faible.', {"press-release":1.5}],
    ['Le délégué du Mali a pour sa part plaidé pour les femmes.', {"press-release":1.5}],
    ['La déléguée a également fait valoir le rôle des femmes.', {"press-release":1.5}],
    ['Le représentant spécial a été nommé en mai.', {}],
    // ---- both spellings (-ised, -ized) and the other optional parts of each pattern
    ['The Council authorized the deployment.', {"press-release":1.5}],
    ['The Council emphasised the role of women.', {"press-release":1.5}],
    ['The representative of Chad emphasized the role of women.', {"press-release":1.5}],
    ['She emphasized the role of women.', {"press-release":1}],
    ['Colonel Amani emphasized the role of women.', {"news":2}],
    ['The resolution authorizes the mission to act.', {"news":2}],
    ['The resolution emphasises the role of women.', {"news":2}],
    ['It authorises the mission to act.', {"news":2}],
    ['The report came. It also requests the mission to act.', {"news":2}],
    ['Mr. Dupont (France) emphasized the role of women.', {"press-release":2.5}],
    ['Le Conseil de sécurité de l’ONU a prié la Mission de faire rapport.', {"press-release":1.5}],
    ['La réunion du conseil de sécurité a eu lieu.', {"news":1.5,"press-release":-1}],
    ['Il a parlé au conseil de sécurité.', {"news":1.5,"press-release":-1}],
    ['He says the patrols help.', {"news":1.5}],
    ['Selon l’agence, la base a fermé.', {"news":1.5}],
    ['Parlant au nom du Groupe, il a demandé des patrouilles.', {"press-release":2}],
    ['Under its resolution 2242 (2015), the Council urged the parties to stop.', {}],
    ['By its resolution 2242 (2015), the Council urged the parties to stop.', {}],
    ['Through its resolutions, the Council urged the parties to stop.', {}],
    ['In its resolution 2242 (2015) on women and peace and security adopted in October, the Council urged the parties to stop.', {"press-release":1.5}],
    ['Photo: J. Doe.', {"news":1.5}],
    ['Photo : J. Doe.', {"news":1.5}],
    ['Photo MONUSCO.', {"news":1.5}],
    ['Port-au-Prince, le 3 mars 2019 – La mission a formé des femmes.', {"news":3}],
    ['Juba, 3 March 2021 (UNMISS)– Peacekeepers met women leaders.', {"news":3}],
    ['Juba, 3 March 2021 -- Peacekeepers met women leaders.', {"news":3}],
    ['BAMAKO, 15 juin – La mission a formé des femmes.', {"news":3}],
    ['JUBA, March 13 – Peacekeepers met women leaders.', {"news":3}],
    ['TUNIS, 5 juin (AFP) – La mission a formé des femmes.', {"news":3}],
    ['JUBA– Peacekeepers met women leaders.', {"news":3}],
    ['JUBA -- Peacekeepers met women leaders.', {"news":3}],
    ['The report came. JUBA – Peacekeepers met women leaders.', {}],
    ['By Amina Diallo Keita\nThe mission grew.', {"news":2}],
    ['The mission grew.\nBy Amina Diallo', {"news":2}],
    ['Delegates spoke (7533rd meeting).', {"press-release":3}],
    ['GA/SHC/4123', {"press-release":4}],
    ['AG/SHC/4123', {"press-release":4}],
    ['The elections were held. 12. The count began. 13. The results came.', {"sg-report":2}],
    ['Studies show it.[12] Others agree.[13] Few doubt it.', {"research-report":1.5}],
    ['Studies show it.12 Others agree.13 Few doubt it.', {"research-report":1.5}],
    ['Sexual assault.⁵⁶ It is rare. Rape.⁶⁷ It is common.', {"research-report":1.5}],
    ['The data show it (UNFPA,2024a) and (UN Women,2019) and (DCAF,2015).', {"research-report":3}],
    ['The report notes it (S/2016/225,para. 10) and again (S/2016/225,paras. 12-14).', {"research-report":2}],
    ['The report notes it (S/2016/225, para.10) and again (S/2016/225, paras.12-14).', {"research-report":2}],
];

describe('evidence read from the text, with its weight', () => {
  it.each(EVIDENCE_ROWS)('%j → %j', (text, expected) => expect(evidenceOf(text)).toEqual(expected));
});

describe('the same evidence whatever spaces separate the words (PDF and web extraction)', () => {
  const withEvidence = EVIDENCE_ROWS.filter(([, e]) => Object.keys(e).length > 0);
  it.each(withEvidence)('doubled spaces: %j → %j', (text, expected) => expect(evidenceOf(text.replace(/ /g, '  '))).toEqual(expected));
  it.each(withEvidence)('no-break spaces: %j → %j', (text, expected) => expect(evidenceOf(text.replace(/ /g, '\u00A0'))).toEqual(expected));
  // (a line of tab-separated words is a table row, and numbered paragraphs in a table are no report's paragraphs)
  it.each(withEvidence.filter(([t]) => !/^\d+\./m.test(t)))('tabs: %j → %j', (text, expected) => expect(evidenceOf(text.replace(/ /g, '\t'))).toEqual(expected));
});

describe('confidence', () => {
  it('grows with the margin over the next type and with the evidence, capped at 0.99', () => {
    expect([confidenceOf(0, 0), confidenceOf(-1, 0), confidenceOf(1.5, 0), confidenceOf(2, 0), confidenceOf(2.5, 0), confidenceOf(3, 0), confidenceOf(4, 3), confidenceOf(4, -2), confidenceOf(60, 0), confidenceOf(3, 3)])
      .toEqual([0, 0, 0.51, 0.6, 0.66, 0.72, 0.56, 0.8, 0.99, 0.44]);
  });
  it('the floor is 0.6: a cue of weight 2 alone is just enough, 1.5 is not', () => {
    expect(CONFIDENCE_FLOOR).toBe(0.6);
    expect(type('Read more')).toMatchObject({ id: 'news', confidence: 0.6, detected: true });
    expect(type('Read more').candidates).toBeUndefined();
  });
  it('below the floor the type is generic, with the likeliest types and their confidence', () => {
    const weak = type('During the reporting period, things happened.');
    expect(weak).toEqual({ id: 'generic', confidence: 0.49, detected: true, candidates: [{ id: 'sg-report', confidence: 0.51 }] });
    const weakFr = type('Pendant la période considérée, la mission a travaillé.');
    expect(weakFr).toEqual({ id: 'generic', confidence: 0.49, detected: true, candidates: [{ id: 'sg-report', confidence: 0.51 }] });
    // Two types as likely as each other: not sure which, both reported.
    const tie = type('Women matter, he said.');
    expect(tie.id).toBe('generic');
    expect(tie.candidates?.map((c) => c.id).sort()).toEqual(['news', 'press-release']);
    expect(tie.candidates?.every((c) => c.confidence < CONFIDENCE_FLOOR)).toBe(true);
    expect(() => Report.parse(analyze('Women matter, he said.'))).not.toThrow();
  });
  it('no evidence at all: generic, sure of it, no candidates', () => {
    expect(type('The cat sat on the mat.')).toEqual({ id: 'generic', confidence: 1, detected: true });
  });
  it('reports at most three candidates, the likeliest first', () => {
    const text = 'Women matter, he said. Read more. During the reporting period it rained. The data show it (UNFPA, 2024a).';
    const p = type(text);
    expect(p.id).toBe('generic');
    expect(p.candidates).toHaveLength(3);
    const c = p.candidates!.map((x) => x.confidence);
    expect([...c].sort((a, b) => b - a)).toEqual(c);
  });
  it('a forced profile has no candidates and full confidence', () => {
    expect(analyze('Women matter, he said.', { profile: 'news' }).profile).toEqual({ id: 'news', confidence: 1, detected: false, label: 'News article' });
  });
});

describe('each type from its own evidence, in English and in French', () => {
  it.each([
    ['research-report', 'Executive summary\n\nThe mission grew.'],
    ['research-report', 'Methodology\n\nThe mission grew.'],
    ['research-report', 'KEY FINDINGS\n\nThe mission grew.'],
    ['research-report', 'This study looks at patrols. The study found few women.'],
    ['research-report', 'Résumé exécutif\n\nLa mission a grandi.'],
    ['research-report', 'Méthodologie\n\nLa mission a grandi.'],
    ['research-report', 'La présente étude porte sur les patrouilles.'],
    ['research-report', 'Intro.\n\nBibliographie\n\nDiallo, A. (2018). Femmes et paix. Bamako : Sahel.'],
    // the voice of research: its argument, its literature, its data (our sentences)
    ['research-report', 'This paper argues that missions differ. Drawing on 45 interviews, we show that advisers lack authority.'],
    ['research-report', 'The literature on women in peace talks has grown. Scholars have examined quotas, yet few studies address missions.'],
    ['research-report', 'Data were collected through a survey of 300 households and focus group discussions.'],
    ['research-report', 'Cet article soutient que les missions diffèrent. À partir de 45 entretiens, nous montrons que les conseillères manquent d’autorité.'],
    ['research-report', 'Les données ont été collectées au moyen d’une enquête auprès de 300 ménages. Nos résultats confirment des études antérieures.'],
    ['sg-report', 'The present report is submitted pursuant to resolution 2640 (2022).'],
    ['sg-report', '1. The mission grew.\n2. Patrols rose.\n\nObservations\n\n3. I am concerned by the attacks.'],
    ['sg-report', 'Le présent rapport est présenté en application de la résolution 2640 (2022).'],
    ['press-release', 'SC/15555\n\nThe Council urged the parties to protect women.'],
    ['press-release', 'For information media • not an official record'],
    ['press-release', 'Communiqué de presse\n\nPar ce texte, le Conseil prie la mission de protéger les femmes.'],
    ['news', 'JUBA, 3 March – Peacekeepers met women leaders on Friday.'],
    ['news', '“We listen to them,” said the commander. Read more'],
    ['news', 'BAMAKO, 5 juin – La mission a rencontré des femmes.'],
    ['news', 'La mission a rencontré des femmes. Partagez'],
    ['policy-brief', 'POLICY BRIEF\n\nWomen in Peace Talks'],
    ['policy-brief', 'Key recommendations\n\nCouncil members should call for women in talks. Member States should fund women’s groups.'],
    ['policy-brief', "NOTE D'ORIENTATION\n\nLes femmes dans les pourparlers"],
    ['policy-brief', 'Recommandations clés\n\nLes États membres devraient financer les groupes de femmes. Le Conseil devrait exiger leur présence.'],
    // ---- issue 13: news and meetings coverage from their own style, reports from their apparatus (our texts)
    ['news', 'Ambassador Lina Haddad said the draft resolution was far from ideal. According to the U.N. report, allegations rose.'],
    ['news', 'Juba, 3 March 2021 – Peacekeepers met women leaders. “We listen to them,” said Major Amani.'],
    ['news', 'The resolution expresses the Council’s deep appreciation. It requests the mission to strengthen its presence.'],
    ['news', 'Le conseil de sécurité de l’ONU a adopté hier une résolution prorogeant le mandat de la mission.'],
    ['news', 'Les femmes des patrouilles sont plus proches des habitants, a dit M. Diallo. Elles ont aidé des familles, a ajouté Mme Keita.'],
    ['news', 'Bamako, le 12 mars 2019 – La MINUSMA a formé des policières. « Nous avançons », a-t-elle déclaré.'],
    ['press-release', 'The representative of Ruritania said that women mattered. He also stressed the role of patrols. She noted the progress made.'],
    ['press-release', 'In his report, the Secretary-General notes progress. The Council urged the parties to protect women.'],
    ['press-release', 'Le représentant du Mali a précisé le bilan. Il a ensuite expliqué les priorités. Il a noté les progrès.'],
    ['press-release', 'Dans ce rapport, le Secrétaire général relève des progrès. Il propose de renforcer la mission.'],
    ['press-release', 'Le plan est prêt, a déclaré le représentant de la France. Elle a souligné le rôle des femmes.'],
    ['research-report', 'Le Bureau des services de contrôle interne a évalué la pertinence et l’efficacité des activités.'],
    ['research-report', 'The evaluation assessed the relevance and effectiveness of the programme.'],
    ['research-report', 'Les survivantes interrogées par les chercheuses décrivent les violences.'],
    ['sg-report', 'As I noted in my previous report, the mission grew.'],
    ['sg-report', 'Comme indiqué dans mon précédent rapport, la mission a grandi.'],
  ])('%s: %j', (id, text) => {
    const p = type(text);
    expect(p.id).toBe(id);
    expect(p.confidence).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
  });
});

describe('a report citing the Council as background is no meetings coverage', () => {
  it.each([
    ['In its resolution 2242 (2015), the Council recognized the link. In its resolution 2467 (2019), the Council urged States to act.'],
    ['Dans sa résolution 2242 (2015), le Conseil a constaté le lien. Par sa résolution 2467 (2019), le Conseil a demandé des données.'],
  ])('%j', (text) => expect(type(text)).toEqual({ id: 'generic', confidence: 1, detected: true }));
  it('the same decisions reported without the citation are coverage evidence', () => {
    expect(type('The Council recognized the link. The Council urged States to act.')).toMatchObject({ id: 'press-release', confidence: 0.66 });
    expect(type('Le Conseil a constaté le lien. Le Conseil a demandé des données.')).toMatchObject({ id: 'press-release', confidence: 0.66 });
  });
  it('the citation must open within the 40 characters before "Council"', () => {
    // "In its resolution 2242" + n × " x" + ", the " = 28 + 2n characters before "Council"
    const at = (n: number) => evidenceOf(`In its resolution 2242${' x'.repeat(n)}, the Council recognized the link.`);
    expect(at(6)).toEqual({});
    expect(at(7)).toEqual({ 'press-release': 1.5 });
  });
});

describe('never a resolution, an order or rules of engagement without their layout', () => {
  it.each([
    ['a report quoting a resolution', 'The Security Council, in resolution 2100 (2013), decided to extend the mandate of the Mission and decides that the mandate shall include priority tasks. Acting under Chapter VII, it authorizes all necessary means.'],
    ['a report on a thematic resolution', 'Resolution 1325 (2000) on women and peace and security asks all parties to armed conflict to protect women. Member States must act.'],
    ['a French report quoting a resolution', 'Le Conseil de sécurité, dans sa résolution 2100 (2013), a décidé de proroger le mandat de la Mission ; le mandat comprendra des tâches prioritaires.'],
    ['rules of engagement named in prose', 'The mission reviewed its rules of engagement, the use of force, deadly force, hostile intent, hostile act and self-defence with women leaders.'],
    ['an order named in prose', 'The report cites the OPERATION ORDER of the sector and the Concept of Operations, the COMMAND AND SIGNAL annex and the CONOPS.'],
    ['French orders and rules in prose', "Le rapport cite l'ordre d'opération du secteur, le concept d'opérations et les règles d'engagement sur l'usage de la force."],
    ['a PoC strategy named in prose', 'The study read the Protection of Civilians Strategy and the PoC Strategy of the mission and its Tier I and Tier II actions.'],
  ])('%s', (_, text) => {
    const r = analyze(text);
    expect(['mandate', 'thematic-resolution', 'oporder', 'conops', 'roe', 'poc-strategy']).not.toContain(r.profile.id);
    expect(r.structure.some((s) => s.kind === 'operative' || s.kind === 'preambular' || s.kind === 'opord-paragraph')).toBe(false);
  });
  it.each([
    ['mandate', 'The Security Council,\nRecalling its resolutions on the Mission,\n1. Decides to extend the mandate of the Mission until 2030;\n2. Requests the Secretary-General to report.'],
    ['thematic-resolution', 'The Security Council,\nRecalling its resolutions on women and peace and security,\n1. Urges Member States to increase the participation of women;'],
    ['oporder', 'OPERATION ORDER 1/30\n\n1. SITUATION\nThe area.\n2. MISSION\nProtect.\n3. EXECUTION\nPatrol.'],
    ['conops', 'MILITARY CONCEPT OF OPERATIONS\n\nThe force protects civilians along three lines of operation.'],
    ['roe', 'Rule No. 1.1 Use of force to defend oneself is authorised.\nRule No. 1.2 Deadly force against a hostile act is authorised.'],
    ['roe', "RÈGLES D'ENGAGEMENT DE LA FORCE\n\nL'usage de la force létale est autorisé face à un acte hostile."],
    ['operations-report', 'PATROL REPORT (PATREP)\n\nPatrol leader: Lt Diallo. Time out: 0600.'],
    ['mission-concept', 'Mission Concept\n\nStrategic objectives for all components.'],
  ])('%s with its layout or title', (id, text) => {
    expect(type(text).id).toBe(id);
  });
  it('an order from its numbered paragraphs alone; a resolution layout reads only the resolution types', () => {
    expect(type('1. SITUATION\nThe area.\n2. MISSION\nProtect.\n3. EXECUTION\nPatrol.')).toEqual({ id: 'oporder', confidence: 0.8, detected: true });
    // Layout settles the family even when the kind is a tie, and report cues do not pull a resolution away.
    expect(type('The Security Council,\nRecalling its resolutions,\nDecides to act.')).toEqual({ id: 'mandate', confidence: 0.6, detected: true });
    expect(type('The Security Council,\nRecalling the present report submitted pursuant to resolution 2640,\nDecides to act.').id).toBe('mandate');
    expect(type('The Security Council,\nRecalling its resolutions on women and peace and security,\nDecides to act.').id).toBe('thematic-resolution');
  });
  it('title lines are the first forty lines within the first 4,000 characters', () => {
    const intro = (n: number) => 'Intro line.\n'.repeat(n);
    expect(type(`${intro(39)}PATROL REPORT\n\nPatrol leader: Lt Diallo.`).id).toBe('operations-report');
    expect(type(`${intro(40)}PATROL REPORT\n\nPatrol leader: Lt Diallo.`).id).toBe('generic');
    expect(type(`${'x'.repeat(3900)}\nPATROL REPORT\n\nPatrol leader: Lt Diallo.`).id).toBe('operations-report');
    expect(type(`${'x'.repeat(4000)}\nPATROL REPORT\n\nPatrol leader: Lt Diallo.`).id).toBe('generic');
  });
  it('a title cue counts in a title line only: capitals, Title Case, or most of a short line', () => {
    expect(type('The study read every patrol report and incident report of the mission.').id).not.toBe('operations-report');
    expect(type('Patrol report\n\nPatrol leader: Lt Diallo.').id).toBe('operations-report');
    expect(type(`${'Intro line.\n'.repeat(40)}PATROL REPORT\n\nPatrol leader: Lt Diallo.`).id).not.toBe('operations-report');
  });
});

describe('keys', () => {
  it('lineKey strips every form of heading number, and only at the start', () => {
    expect(['IV. Observations:', '10. Methodology', '3. Findings', '3) Findings', '2.10 Findings', '12.3 Recommendations', 'B) Findings', 'Annex A. Findings', '10.  Methodology']
      .map(lineKey)).toEqual(['observations', 'methodology', 'findings', 'findings', 'findings', 'recommendations', 'findings', 'annex a. findings', 'methodology']);
  });
  it('lineKey strips numbering, markup and a final colon; wordsKey keeps the words', () => {
    expect(['II. Observations:', '## Executive Summary', '3.1 Key findings', 'A. Méthodologie.', '**References**'].map(lineKey))
      .toEqual(['observations', 'executive summary', 'key findings', 'méthodologie', 'references']);
    expect(wordsKey("MILITARY CONCEPT D'OPÉRATIONS (CONOPS)")).toBe("military concept d opérations conops");
  });
  it('isFrenchCue', () => {
    expect(['Résumé exécutif', 'la période considérée', "l'étude", 'Executive summary', 'Read more', 'Partagez'].map(isFrenchCue)).toEqual([true, true, true, false, false, false]);
  });
  it('English text is read without the French cues', () => {
    const lex = loadLexicon();
    const text = 'Synthèse\n\nThe mission grew.';
    expect(detectProfile(text, detectStructure(text, 'en'), lex, 'en').scores['research-report']).toBe(0);
    expect(detectProfile(text, detectStructure(text, 'fr'), lex, 'fr').scores['research-report']).toBe(1.5);
  });
  it('each cue counts once, however often it occurs', () => {
    const lex = loadLexicon();
    const text = 'Read more. Read more. Read more.';
    expect(detectProfile(text, detectStructure(text, 'en'), lex, 'en').scores.news).toBe(2);
  });
});

// Development documents (../shared/corpus): the case study is a research report, and no dev passage (odd
// ids) is ever typed as a resolution, an order or rules of engagement.
describe('development documents', () => {
  const dir = corpusDir();
  it('the DCAF case study is a research report with contents, references and notes, their findings marked', () => {
    const text = readFileSync(join(dir, 'reports/dcaf-2024-mali-gbv-case-study.txt'), 'utf8');
    const r = analyze(text);
    expect(r.profile.id).toBe('research-report');
    expect(r.profile.confidence).toBeGreaterThan(0.9);
    const kinds = new Set(r.structure.map((s) => s.kind));
    for (const k of ['contents', 'references', 'notes', 'heading']) expect(kinds.has(k as never), k).toBe(true);
    const refs = r.structure.find((s) => s.kind === 'references')!;
    expect(text.slice(refs.start, refs.start + 10)).toBe('REFERENCES');
    const marked = r.findings.filter((f) => f.reference);
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.length).toBeLessThan(r.findings.length / 4);
    for (const f of marked) {
      const inside = r.structure.some((s) => ['contents', 'references', 'notes', 'furniture'].includes(s.kind) && s.start <= f.start && f.end <= s.end);
      expect(inside, f.text).toBe(true);
    }
    // Footnote markers no longer merge sentences: none of the findings' sentences runs past 500 characters.
    expect(Math.max(...r.findings.map((f) => f.sentence.end - f.sentence.start))).toBeLessThan(500);
  });
  it('no development passage is typed as a resolution, an order or rules of engagement', () => {
    const passages = JSON.parse(readFileSync(join(dir, 'prose/passages.json'), 'utf8')) as { id: string; text: string }[];
    const dev = passages.filter((p) => Number(p.id.split('-')[2]) % 2 === 1);
    expect(dev.length).toBeGreaterThan(80);
    const wrong = dev.map((p) => [p.id, analyze(p.text).profile.id]).filter(([, id]) => ['mandate', 'thematic-resolution', 'oporder', 'conops', 'roe'].includes(id!));
    expect(wrong).toEqual([]);
  });
  it('the training exercise is no resolution', () => {
    const text = readFileSync(join(dir, 'reports/minusma-gender-adviser-exercise.txt'), 'utf8');
    expect(['mandate', 'thematic-resolution']).not.toContain(analyze(text).profile.id);
  });
});

describe('a paragraph that renews a mandate', () => {
  const renews = (line: string) => renewsMandate(contentLines(line));
  it.each([
    'Decides to extend the mandate of the Mission until 31 March 2027.',
    'Decides to renew the mandate of the Mission.',
    'Decides to extend the mandates of both missions.',
    'Further decides to extend the mandate of the Mission.',
    'Also decides to renew the mandate of the Mission.',
    '12. Decides to extend until 31 March 2027 the mandate of the Mission.',
    '123. Decides to extend through 30 June 2027 the mandate of the Mission.',
    'Decides to extend for a period of one year the mandate of the Mission.',
    '  Decides to extend the mandate of the Mission.',
    'Décide de proroger le mandat de la Mission jusqu’au 31 mars 2027.',
    'Décide de renouveler les mandats des deux missions.',
    'Decide de proroger le mandat de la Mission.',
    'Décide également de proroger le mandat de la Mission.',
    'Décide en outre de renouveler le mandat de la Mission.',
    '7. Décide de proroger jusqu’au 31 mars 2027 le mandat de la Mission.',
    "Décide de proroger jusqu'à la fin de 2027 le mandat de la Mission.",
    'Décide de proroger jusqu’en mars 2027 le mandat de la Mission.',
    'Décide de proroger pour une période d’un an le mandat de la Mission.',
    'Decides  to  extend  the  mandate  of the Mission.',
  ])('%j renews a mandate', (line) => expect(renews(line)).toBe(true));
  it.each([
    'Recalls its decision to extend the mandate of the Mission.',
    'Decides to extend the deadline for the report.',
    'Decides to extend until 31 March 2027, the mandate of the Mission.',
    'Decides to extend until 31 March of the year after the elections are held and the count is complete the mandate of the Mission.',
    'Decides to extend to the mandate of the Mission.',
    '1234. Decides to extend the mandate of the Mission.',
    'Decides to extend the mandated tasks of the Mission.',
    'Rappelle sa décision de proroger le mandat de la Mission.',
    'Décide de proroger le délai.',
    'Décide aussi de proroger le mandat de la Mission.',
    'Décide de proroger jusqu’au 31 mars 2027, le mandat de la Mission.',
    'The Council decides to extend the mandate of the Mission.',
  ])('%j renews none', (line) => expect(renews(line)).toBe(false));
  it('a paragraph of 4,000 characters or more is no operative paragraph', () => {
    expect(renews(`Decides to extend the mandate of the Mission ${'and its tasks '.repeat(300)}.`)).toBe(false);
    expect(renews(`Decides to extend the mandate of the Mission ${'and its tasks '.repeat(200)}.`)).toBe(true);
  });
});
