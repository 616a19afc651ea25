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
    // the conjunct takes the whole tail or its last part: [child] protection advisers, [women] protection advisers
    ['Women and child protection advisers met.', ['str-wpa:Women', 'cp-structures:child protection advisers']],
    // another concept: "early [marriage]" beside "forced marriage", « mariages d'enfants et [mariages] forcés »
    ['Early or forced marriage persists.', ['gbv-core:Early', 'crsv-core:forced marriage']],
    ['Mariages d’enfants et forcés.', ['gbv-core:Mariages d’enfants', 'crsv-core:forcés']],
    // the conjunct at the very start of the text
    ['Gender and women protection advisers.', ['str-gender-adviser:Gender', WPA]],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
  it.each([
    // the same concept again is one mention ("child and early marriage"), unless a French head is repeated
    ['Child and early marriage persists.', ['gbv-core:early marriage']],
    ['Conseillers et conseillères pour la protection des femmes.', ['str-wpa:Conseillers', 'str-wpa:conseillères pour la protection des femmes']],
    // three words are too many for a conjunct; a join longer than three letters is none
    ['Senior gender field and women protection advisers met.', ['wps-gender:gender', WPA]],
    ['Gender plus women protection advisers met.', ['wps-gender:Gender', WPA]],
  ])('one reading: %s', (text, want) => expect(found(text)).toEqual(want));
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
    ['Conseillères pour la protection des femmes et pour les questions de genre.', ['str-wpa:Conseillères pour la protection des femmes', 'str-gender-adviser:pour les questions de genre']],
    ['Gender focal points and advisers.', ['str-gender-focal-point:Gender focal points', 'str-gender-adviser:advisers']],
    ['Gender advisers or focal points.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points']],
    // two joins in a row: each conjunct takes the head it follows
    ['Gender advisers and focal points and women protection advisers.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points', WPA]],
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
    ['Civilian- and policewomen.', ['wps-women-girls:Civilian', 'bal-host-security-sector:policewomen']],
    ['Police- and servicewomen.', ['wps-women-girls:Police', 'bal-women-in-mission:servicewomen']],
    // a hyphenated tail of one word: gender[-sensitive], sexual[-based violence] is no term
    ['Gender- and age-sensitive programming.', ['gm-gender-perspective:Gender']],
    ['Gender- or age-responsive programming.', ['gm-gender-perspective:Gender']],
    ['Conflict- and gender-sensitive analysis.', ['gm-gender-analysis:gender-sensitive analysis']],
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
