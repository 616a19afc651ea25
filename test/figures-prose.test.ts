// Shares of women in prose (issue 13, item 6), classes beyond the labelled passages: a fraction glossed by the
// percentage in brackets ("more than half (53 per cent) of the participants"), French bodies the lexicon lacked
// (bénéficiaires, fonctionnaires), and a French quota whose body comes after it (« le quota de 30 % de femmes
// s'applique à toutes les institutions »). Distractors stay out. Own sentences, English and French.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../core/index.ts';

const shares = (text: string) => findFigures(text).map((f) => `${f.percent} ${f.category} ${f.group}${f.target ? ' target' : ''} ${f.women}`);

describe('a fraction glossed by its percentage in brackets', () => {
  it.each([
    ['Women made up more than half (53 per cent) of the participants.', ['53 population participants women']],
    ['Around a quarter (26 per cent) of the judges are women.', ['26 host-nation judges women']],
    ['Les femmes constituent près d’un tiers (32 %) des magistrats.', ['32 host-nation magistrats women']],
    ['Près d’un quart (24 %) des députés sont des femmes.', ['24 host-nation députés women']],
    // Still not shares: a change, a base of women.
    ['Incidents fell by more than half (55 per cent) in the region where women live.', []],
    ['More than half (52 per cent) of the women interviewed said they felt unsafe.', []],
    // A bracket after no fraction is read as before.
    ['The report (12 per cent of it on women) was long.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('bodies in French and the civil service', () => {
  it.each([
    ['Trente pour cent des bénéficiaires sont des femmes.', ['30 population bénéficiaires women']],
    ['Les femmes représentent 30 % des fonctionnaires.', ['30 host-nation fonctionnaires women']],
    ['Women make up 30 per cent of civil servants.', ['30 host-nation civil servants women']],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('a quota whose body follows it', () => {
  it.each([
    ['Le quota de 30 % de femmes s’applique à toutes les institutions.', ['30 host-nation institutions target women']],
    ['A 30 per cent quota for women applies to all elected bodies.', ['30 host-nation elected target women']],
    // An observed share of the same form is no target.
    ['Les femmes représentent 18 % des membres du parlement.', ['18 host-nation parlement women']],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('distractors stay out', () => {
  it.each([
    'Armed group X was responsible for 45 per cent of the cases of sexual violence against women.',
    'Le groupe armé X est responsable de 45 % des cas de violences sexuelles contre les femmes.',
    'Women were 25 per cent more likely than men to report abuse.',
    'Le nombre de policières a augmenté de 40 %.',
    'Les organisations de femmes ont reçu 0,2 % des fonds.',
    'Les femmes et les enfants constituent 80 % des personnes déplacées.',
    'Environ 40 % des femmes déplacées n’avaient pas accès aux soins.',
  ])('%s', (text) => expect(shares(text)).toEqual([]));
});

describe('a share of women after a deployment rate in the same sentence', () => {
  it.each([
    ['The force deployed 91 per cent of its authorized strength, including 7 per cent women.', ['7 mission-personnel force women']],
    ['UNMISS reached 94 per cent of its authorized troop strength, including 5 per cent women.', ['5 mission-personnel authorized troop strength women']],
    ['The military component stood at 12,400 personnel (93 per cent of authorized strength), 6.1 per cent of whom were women.', ['6.1 mission-personnel military component women']],
    ['The police component stood at 86 per cent of its authorized strength, with women accounting for 21 per cent.', ['21 mission-personnel police component women']],
    ['La force a déployé 91 % de son effectif autorisé, dont 7 % de femmes.', ['7 mission-personnel force women']],
    ['Le taux de déploiement atteint 93 %, dont 8 % de femmes.', ['8 mission-personnel taux de déploiement women']],
    ['La police de la Mission a atteint 87 % de son effectif autorisé, dont 12 % de femmes.', ['12 mission-personnel police women']],
    // The rate itself is no share, and "including" after something that is not people counts nothing.
    ['The force deployed 91 per cent of its authorized strength.', []],
    ['Turnout reached 61 per cent, including 31 per cent women.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('a women subject whose share closes the clause, no body named', () => {
  it.each([
    ['Women’s representation stands at 22 per cent.', ['22 population women women']],
    ['Women account for 22 per cent in 2024.', ['22 population women women']],
    ['Les femmes y participent à hauteur de 22 %.', ['22 population femmes women']],
    ['La représentation des femmes s’élève à 22 %.', ['22 population femmes women']],
    ['Les femmes participent aux comités de paix à hauteur de 22 %.', ['22 host-nation comités de paix women']],
    // Not shares of women: a rate, a share of funds, women and children, a women-word that qualifies another subject.
    ['Women’s turnout stood at 44 per cent.', []],
    ['Women’s share of the budget is 22 per cent.', []],
    ['The revenue of women-led firms grew, reaching 22 per cent.', []],
    ['Women were 22 per cent more likely to vote.', []],
    // A women-word governed by a noun that is no share: a rate of women, a base of women.
    ['Women’s unemployment stands at 26 per cent.', []],
    ['Le chômage des femmes atteint 26 %.', []],
    ['Le taux d’alphabétisation des femmes est de 36 %.', []],
    ['La proportion de femmes ayant accès à la justice est de 6 %.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('"of the total", a count before the body, "of those consulted"', () => {
  it.each([
    ['Uniformed women now account for 6.5 per cent of the total, up from 3 per cent in 2015.', ['6.5 population women women', '3 population women women']],
    ['Les femmes représentent 6,5 % du total.', ['6.5 population femmes women']],
    ['Some 35 per cent of the 1,800 participants in the dialogue were women.', ['35 population participants women']],
    ['Quelque 35 % des 1 800 participants étaient des femmes.', ['35 population participants women']],
    ['Women made up 44 per cent of those consulted.', ['44 population those consulted women']],
    ['Women made up 44 per cent of those elected.', ['44 host-nation elected women']],
    // Still no share: funds, or a count of things.
    ['Women made up 44 per cent of those funds.', []],
    ['Women’s share of the 1,800 grants was 20 per cent.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('the share of a count of women, no body named', () => {
  it.each([
    ['The panel includes 9 women (45 per cent).', ['45 population women women']],
    ['L’équipe compte 9 femmes, soit 45 %.', ['45 population femmes women']],
    // A count of something else, or of women and children, is no share of women.
    ['The list had 9 names (45 per cent).', []],
    ['Some 9 women and children (45 per cent) were displaced.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});

describe('"N per cent for BODY", « N % pour BODY »', () => {
  it.each([
    // (bare "military" and "police" are the host nation's unless a mission body is named beside them)
    ['Women’s share stood at 8 per cent for military and 16 per cent for police.', ['8 host-nation military women', '16 host-nation police women']],
    ['Women’s share stood at 8 per cent for staff officers and 16 per cent for individual police officers.', ['8 mission-personnel staff officers women', '16 mission-personnel individual police officers women']],
    ['Les femmes représentent 8 % pour les militaires et 16 % pour la police.', ['8 mission-personnel militaires women', '16 mission-personnel police women']],
    ['Women’s share was 8 per cent for the budget.', []],
  ])('%s', (text, expected) => expect(shares(text)).toEqual(expected));
});
