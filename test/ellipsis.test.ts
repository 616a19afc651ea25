// Coordination with ellipsis (core/match/ellipsis.ts), rule by rule: which words may stand between a conjunct and
// the term, how long a conjunct may be, and the suspended hyphen. Each row is one sentence of our own and
// every finding it gives ("concept:text"), so an extra or a lost reading fails.
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';

function found(text: string): string[] {
  const r = analyze(text);
  for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  return r.findings.map((f) => `${f.concept}:${f.text}`);
}

const WPA = 'str-wpa:women protection advisers';

describe('"A and T": the left conjunct takes the term\'s tail', () => {
  it.each([
    ['Gender and women protection advisers met.', ['str-gender-adviser:Gender', WPA]],
    ['Gender or women protection advisers met.', ['str-gender-adviser:Gender', WPA]],
    // a determiner or a link word after the join
    ['Gender and the women protection advisers met.', ['str-gender-adviser:Gender', WPA]],
    ['Gender and of women protection advisers met.', ['str-gender-adviser:Gender', WPA]],
    ['Gender and the  women protection advisers met.', ['str-gender-adviser:Gender', WPA]],
    // apostrophes inside the term are no break
    ["Gender and women's protection advisers met.", ["str-gender-adviser:Gender", "str-wpa:women's protection advisers"]],
    // two words may make the conjunct
    ['Women protection and gender advisers met.', ['str-wpa:Women protection', 'str-gender-adviser:gender advisers']],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
  it.each([
    // the determiner must follow the join; punctuation on either side of the join ends the conjunct
    ['Gender the and women protection advisers met.', ['wps-gender:Gender', WPA]],
    ['Gender and, women protection advisers met.', ['wps-gender:Gender', WPA]],
    ['Gender and (women protection advisers) met.', ['wps-gender:Gender', WPA]],
    // a conjunct that is already a term of its own stays that term
    ['Child protection and gender advisers met.', ['cp-structures:Child protection', 'str-gender-adviser:gender advisers']],
    ['Protection and gender advisers met.', ['poc-protection:Protection', 'str-gender-adviser:gender advisers']],
  ])('no rebuilt reading: %s', (text, want) => expect(found(text)).toEqual(want));
});

describe('"T and C": the right conjunct takes the term\'s head', () => {
  it.each([
    ['Gender advisers and focal points.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points']],
    ['Gender advisers and  focal points met.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points']],
    ['Gender advisers  and focal points met.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points']],
    ['gender advisers and focal points', ['str-gender-adviser:gender advisers', 'str-gender-focal-point:focal points']],
    ['Des conseillers pour les questions de genre et pour la protection des femmes.', ['str-gender-adviser:conseillers pour les questions de genre', 'str-wpa:pour la protection des femmes']],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
  it.each([
    ['Gender advisers and the focal points met.', ['str-gender-adviser:Gender advisers']],
    ['Gender advisers, and focal points met.', ['str-gender-adviser:Gender advisers']],
    // the conjunct spelled out in full is its own term, not read twice
    ['Gender advisers and gender focal points met.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:gender focal points']],
    ['Gender advisers and women protection advisers met.', ['str-gender-adviser:Gender advisers', WPA]],
    // a complement with punctuation inside, or one that rebuilds no term
    ['Des conseillers pour les questions de genre et pour la protection, des femmes.', ['str-gender-adviser:conseillers pour les questions de genre', 'poc-protection:protection', 'wps-women-girls:femmes']],
    ['Des conseillers pour les questions de genre et pour la la protection des femmes.', ['str-gender-adviser:conseillers pour les questions de genre', 'pro-women-girls:protection des femmes']],
  ])('no rebuilt reading: %s', (text, want) => expect(found(text)).toEqual(want));
});

describe('the suspended hyphen', () => {
  it.each([
    ['Pre- and post-deployment training.', ['trn-general:Pre', 'trn-general:training']],
    ['Pre-  and  post-deployment training.', ['trn-general:Pre', 'trn-general:training']],
    ['Pre- and post-deployment-training.', ['trn-general:Pre', 'trn-general:training']],
    ['x Pre- and post-deployment training', ['trn-general:Pre', 'trn-general:training']],
    // the other hyphens, another conjunction, upper case
    ['Pre\u2011 and post-deployment training.', ['trn-general:Pre', 'trn-general:training']],
    ['Pre\u2010 or post-deployment training.', ['trn-general:Pre', 'trn-general:training']],
    ['PRE- AND POST-DEPLOYMENT TRAINING.', ['trn-general:PRE', 'trn-general:TRAINING']],
    // a closed compound: the left part takes its end
    ['Civilian- and servicewoman.', ['wps-women-girls:Civilian', 'bal-women-in-mission:servicewoman']],
    ['Civilian- and xwomen.', ['wps-women-girls:Civilian']],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
  it.each([
    // no space after the hyphen, a space inside the tail, no hyphen at all after the right word
    ['Pre-and post-deployment training.', ['trn-general:training']],
    ['Pre- and post- deployment training.', ['trn-general:training']],
    ['Pre-\u00A0and post-deployment training.', ['trn-general:training']],
    ['Pre- andpost-deployment training.', ['trn-general:training']],
    ['Pre- and post deployment training.', ['trn-general:training']],
    ['Gender -and age-sensitive.', ['wps-gender:Gender']],
    // a closed compound too short for an end that names a term ("omen", "men"); a tail that rebuilds no term
    ['Civilian- and women.', ['wps-women-girls:women']],
    ['Pre- and post-deployment of the gender training.', ['trn-gender-training:gender training']],
  ])('no rebuilt reading: %s', (text, want) => expect(found(text)).toEqual(want));
});
