// Which concept a stated share of women is evidence of (core/analysis/figure-evidence.ts): by its category, unless
// the group counted is a peace process's or a national force's. Own groups and sentences.
import { describe, expect, it } from 'vitest';
import { figureConcept } from '../core/analysis/figure-evidence.ts';
import { analyze } from '../core/index.ts';

describe('figureConcept', () => {
  it.each([
    // by category
    ['mission-personnel', 'military personnel', 'bal-women-in-mission'],
    ['host-nation', 'candidates', 'par-political-electoral'],
    ['host-nation', 'seats in the national assembly', 'par-political-electoral'],
    ['population', 'the displaced', undefined], // no evidence of its own
    ['victims', 'survivors', undefined],
    ['$comment', 'negotiators', undefined],
    ['toString', 'negotiators', undefined], // only the table's own keys
    // a peace process's negotiators, mediators, signatories, witnesses
    ['host-nation', 'negotiators', 'par-peace-mechanisms'],
    ['host-nation', 'chief mediators', 'par-peace-mechanisms'],
    ['host-nation', 'médiateurs en chef', 'par-peace-mechanisms'],
    ['host-nation', 'signataires d’accords de paix', 'par-peace-mechanisms'],
    ['host-nation', 'témoins et signataires', 'par-peace-mechanisms'],
    ['mission-personnel', 'Mediation staff', 'par-peace-mechanisms'],
    ['host-nation', 'non-negotiators', 'par-peace-mechanisms'], // a word start after a hyphen
    ['host-nation', 'intermediaries', 'par-political-electoral'], // "mediat" inside a word is no start
    ['population', 'signatories', undefined], // a population category is no evidence
    // a host nation's army, police or security forces
    ['host-nation', 'national army', 'bal-host-security-sector'],
    ['host-nation', 'forces armées maliennes', 'bal-host-security-sector'],
    ['host-nation', 'defence and security forces', 'bal-host-security-sector'],
    ['host-nation', 'Police Officers', 'bal-host-security-sector'],
    ['mission-personnel', 'police officers', 'bal-women-in-mission'], // the mission's stay the mission's
  ])('%s / %s → %s', (category, group, want) => {
    expect(figureConcept(category, group)).toBe(want);
  });
  it('a peace-process word wins over a security word', () => {
    expect(figureConcept('host-nation', 'military negotiators')).toBe('par-peace-mechanisms');
  });
});

describe('figure findings in text', () => {
  const evidence = (text: string) => analyze(text).findings.filter((f) => /\d/.test(f.text)).map((f) => `${f.text}: ${f.concept}`);
  it.each([
    ['Women made up 13 per cent of negotiators and 6 per cent of mediators.', ['13 per cent: par-peace-mechanisms', '6 per cent: par-peace-mechanisms']],
    ['Les femmes ne représentaient que 2 pour cent des médiateurs en chef.', ['2 pour cent: par-peace-mechanisms']],
    ['Women make up 5 per cent of the national army.', ['5 per cent: bal-host-security-sector']],
    ['Women hold 20 per cent of seats in the National Assembly.', ['20 per cent: par-political-electoral']],
    ['Women represent 4 per cent of military personnel in the mission.', ['4 per cent: bal-women-in-mission']],
  ])('%s', (text, want) => {
    expect(evidence(text)).toEqual(want);
  });
});
