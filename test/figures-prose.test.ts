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
