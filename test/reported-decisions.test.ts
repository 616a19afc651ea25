// Decisions reported in prose (issue 13, item 5), classes found beyond the labelled passages: a second verb
// coordinated with the first ("renewed the mandate and asked the mission to …", « … et lui a demandé de … »),
// an adverb before a French passive participle (« sont instamment priées de »: urges, advice), verbs inside the
// complement of a decision (what the addressee is to do, no decision of its own) and French mission names as
// the addressee of « demande à ». Own sentences, English and French.
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';

/** Mode, reported flag and actor of the finding `term` in `text`. */
function said(text: string, term: string): string {
  const f = analyze(text).findings.find((x) => x.text === term);
  if (!f) throw new Error(`no finding "${term}" in "${text}": ${analyze(text).findings.map((x) => x.text).join(', ')}`);
  return `${f.strength.mode}${f.reported ? ' reported' : ''}${f.actor ? ` ${f.actor}` : ''}`;
}
type Row = [text: string, term: string, expected: string];
const check = (rows: Row[]) => it.each(rows)('%s [%s] → %s', (s, t, e) => expect(said(s, t)).toBe(e));

describe('a verb coordinated with the first shares its subject', () => {
  check([
    ['The Council renewed the mandate and asked the mission to protect women and girls.', 'protect women and girls', 'task reported council'],
    ['The Council welcomed the elections and also urged the parties to end sexual violence.', 'sexual violence', 'advice reported council'],
    ['The Council welcomed the elections and has urged the parties to end sexual violence.', 'sexual violence', 'advice reported council'],
    ['The Council renewed the mandate of the mission and requested it to protect women and girls.', 'protect women and girls', 'task reported council'],
    ['Le Conseil a salué les élections et a exhorté les parties à mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported council'],
    ['Le Conseil a renouvelé le mandat de la Mission et l’a priée de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    ['Le Conseil a salué les élections et a également prié la Mission de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    // No deciding body before "and": no decision.
    ['Women’s groups met the commander and asked the mission to protect women and girls.', 'protect women and girls', 'context'],
    ['Les associations ont rencontré le commandant et ont demandé à la Mission de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'context'],
  ]);
});

describe('« prier instamment » in the passive is urging', () => {
  check([
    ['Les parties sont instamment priées de mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported'],
    ['Les États Membres sont instamment invités à accroître la participation des femmes.', 'accroître la participation des femmes', 'advice reported'],
    ['La Mission est priée de renforcer la protection des femmes.', 'protection des femmes', 'task reported'],
    ['The parties were strongly urged to end sexual violence.', 'sexual violence', 'advice reported'],
  ]);
});

describe('a verb inside the complement of a decision is no decision of its own', () => {
  check([
    ['The Council requested the Secretary-General to ensure that missions encourage the participation of women.', 'participation of women', 'task reported council'],
    ['Le Conseil a prié le Secrétaire général de veiller à ce que les missions encouragent la participation des femmes.', 'participation des femmes', 'task reported council'],
    // After a semicolon, the next decision is read again.
    ['The Council requested the Secretary-General to report; Member States encourage the participation of women.', 'participation of women', 'advice reported member-states'],
  ]);
});

describe('French mission names as the addressee of « demande à »', () => {
  check([
    ['Le Conseil demande à la FINUL de prendre en compte la problématique femmes-hommes.', 'problématique femmes-hommes', 'task reported council'],
    ['Le Conseil demande à la MINUSS de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    ['Le Conseil demande aux parties de mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported council'],
  ]);
});

describe('an object pronoun stands for the body named before it (« lui a demandé »)', () => {
  check([
    // « demande » addressed to a mission or the Secretary-General through « lui » / « leur » is a request.
    ['La MINUSCA a été créée en 2014. Le Conseil lui a demandé de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    ['Le Conseil a prorogé le mandat de la Mission et lui a également demandé de renforcer la participation des femmes.', 'participation des femmes', 'task reported council'],
    ['Le Secrétaire général a présenté son rapport. Le Conseil lui demande de renforcer la participation des femmes.', 'participation des femmes', 'task reported council'],
    ['Le Conseil a prorogé le mandat de la MONUSCO, en lui demandant de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    // The impersonal passive takes the body that decided before it as actor, and keeps none without one.
    ['Le Conseil a prorogé le mandat de la FINUL. Il lui a été demandé de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported council'],
    ['La FINUL a été créée en 1978. Il lui a été demandé de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'task reported'],
    // Parties are asked, not tasked; an unknown referent keeps the verb's own strength.
    ['Le Conseil a reçu les parties. Il leur a demandé de mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported council'],
    ['Le Conseil a reçu les parties, leur demandant de mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported council'],
    ['Il lui a été demandé de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'advice reported'],
    ['Le Conseil lui a demandé de protéger les femmes et les filles.', 'protéger les femmes et les filles', 'advice reported council'],
    // English has two verbs: "asked it / them" is a request whoever it stands for.
    ['The Council extended the mandate of UNMISS and asked it to protect women and girls.', 'protect women and girls', 'task reported council'],
    ['The Council met the parties and asked them to end sexual violence.', 'sexual violence', 'task reported council'],
    ['The Council extended the mandate of UNMISS. It also called on it to protect women and girls.', 'protect women and girls', 'advice reported council'],
  ]);
});

describe('"but also", « mais non exclusivement » are no contrast; "not only … but also" keeps its actor', () => {
  check([
    ['Le Conseil prie le Secrétaire général de décrire l’appui, notamment mais non exclusivement l’appui à la protection des femmes.', 'protection des femmes', 'task reported council'],
    ['The Council requested the Secretary-General to describe support, including but not limited to the protection of women.', 'protection of women', 'task reported council'],
    ['The Council not only urged the parties to end sexual violence but also asked the mission to train female officers.', 'female officers', 'task reported council'],
    ['The Council not only urged the parties to end sexual violence but also asked the mission to train female officers.', 'sexual violence', 'advice reported council'],
    ['Le Conseil a non seulement exhorté les parties à protéger les femmes mais a aussi prié la Mission de former les femmes officiers.', 'femmes officiers', 'task reported council'],
    ['The Council welcomed the elections but urged the parties to end sexual violence.', 'sexual violence', 'advice reported council'],
    // A real contrast still ends the decision's reach.
    ['The Council urged the parties to act, but sexual violence continued.', 'sexual violence', 'context'],
  ]);
});

describe('a pronoun subject: « qu’il », an opening « Il » without an antecedent in reach', () => {
  check([
    ['Le Conseil a prorogé le mandat de la Mission, qu’il a priée de protéger les femmes.', 'protéger les femmes', 'task reported council'],
    ['Le Conseil a reconduit le mandat de la MINUSS, qu’il charge de protéger les femmes.', 'protéger les femmes', 'task reported council'],
    ['Il prie en outre le Secrétaire général de veiller à la participation des femmes.', 'participation des femmes', 'task reported'],
    ['Par ailleurs, il exhorte les parties à mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported'],
    ['In addition, it urged the parties to end sexual violence.', 'sexual violence', 'advice reported'],
    // Whoever the sentence before names stands for it, when that is no deciding body.
    ['La MINUSCA a tenu un atelier. Elle a exhorté les parties à mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported mission'],
    // A pronoun inside the sentence, after its own subject, reports no decision.
    ['Women said they asked the police to investigate sexual violence.', 'sexual violence', 'context'],
    ['Les femmes ont dit qu’elles avaient demandé à la police d’enquêter sur les violences sexuelles.', 'violences sexuelles', 'context'],
  ]);
});

describe('more verbs of reported decisions: "pressed", "tasked", "pushed for", « presse », « enjoint », « incite », « réclame »', () => {
  check([
    ['The Council pressed the parties to end sexual violence.', 'sexual violence', 'advice reported council'],
    ['The Council tasked the mission with protecting women and girls.', 'protecting women and girls', 'task reported council'],
    ['Council members pushed for the inclusion of women.', 'inclusion of women', 'advice reported council'],
    ['Le Conseil presse les parties de mettre fin aux violences sexuelles.', 'violences sexuelles', 'advice reported council'],
    ['Le Conseil enjoint aux parties de mettre fin aux violences sexuelles.', 'violences sexuelles', 'task reported council'],
    ['Le Conseil incite les États Membres à accroître la participation des femmes.', 'accroître la participation des femmes', 'advice reported council'],
    ['Le Conseil réclame la fin des violences sexuelles.', 'violences sexuelles', 'advice reported council'],
    // The same words that decide nothing.
    ['The Government charged three soldiers with rape.', 'rape', 'context'],
    ['La presse locale a couvert les violences sexuelles.', 'violences sexuelles', 'context'],
  ]);
});
