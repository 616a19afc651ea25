// Recall of the lexicon on the ways real texts write its terms (issue 13, item 7): list punctuation,
// coordination and ellipsis, lists of resolution numbers, mixed patrols and engagement teams by themselves,
// harmful practices and trafficking in persons, in English and French. Own sentences only.
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { listVariants } from '../core/lexicon/compile.ts';

/** "concept:text" of every finding, in text order; offsets are checked against the input. */
function found(text: string): string[] {
  const r = analyze(text);
  for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  return r.findings.map((f) => `${f.concept}:${f.text}`);
}

describe('list punctuation: serial comma, no commas, "&"', () => {
  it('makes the variants of a listed phrase, the phrase itself first', () => {
    expect(listVariants('women, peace and security', 'en')).toEqual([
      'women, peace and security', 'women, peace, and security', 'women peace and security', 'women, peace & security',
    ]);
    expect(listVariants('monitoring, analysis, and reporting', 'en')).toEqual([
      'monitoring, analysis, and reporting', 'monitoring, analysis and reporting', 'monitoring analysis and reporting', 'monitoring, analysis, & reporting',
    ]);
    // the serial comma only where a comma opened the list; "&" only in English
    expect(listVariants('women and peace and security', 'en')).toEqual(['women and peace and security', 'women & peace & security']);
    expect(listVariants('femmes, paix et sécurité', 'fr')).toEqual(['femmes, paix et sécurité', 'femmes, paix, et sécurité', 'femmes paix et sécurité']);
    expect(listVariants('protection of civilians', 'en')).toEqual(['protection of civilians']);
  });

  it.each([
    ['The study reviews the women, peace, and security agenda in Mali.', 'legal-wps-agenda:women, peace, and security agenda'],
    ['A Women, Peace & Security week was held.', 'legal-wps-agenda:Women, Peace & Security'],
    ['Women Peace and Security: annual review', 'legal-wps-agenda:Women Peace and Security'],
    ['It supports the full, effective, and meaningful participation of women.', 'par-meaningful-participation:full, effective, and meaningful participation'],
    ['Data collection, threat analysis, and early warning on sexual violence will improve.', 'prv-gender-early-warning:Data collection, threat analysis, and early warning'],
    ['Le programme femmes, paix, et sécurité progresse.', 'legal-wps-agenda:programme femmes, paix, et sécurité'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });
});

describe('coordination and ellipsis', () => {
  it.each([
    // the left conjunct lacks the head it shares with the term
    ['The mission deployed gender and women protection advisers.', ['str-gender-adviser:gender', 'str-wpa:women protection advisers']],
    ['Domestic and sexual violence rose sharply.', ['gbv-core:Domestic', 'crsv-core:sexual violence']],
    // French: the head opens the phrase, so the left conjunct is a second group of advisers
    ['La mission a déployé des conseillers et conseillères pour la protection des femmes.', ['str-wpa:conseillers', 'str-wpa:conseillères pour la protection des femmes']],
    ['La mission a déployé des conseillers et des conseillères pour la protection des femmes.', ['str-wpa:conseillers', 'str-wpa:conseillères pour la protection des femmes']],
    // the right conjunct lacks the modifier (English) or the head (French) it shares with the term
    ['Gender advisers and focal points were appointed in every sector.', ['str-gender-adviser:Gender advisers', 'str-gender-focal-point:focal points']],
    ['Reports of sexual violence and exploitation rose.', ['crsv-core:sexual violence', 'sea-core:exploitation']],
    ['Elle compte des conseillers pour les questions de genre et pour la protection des femmes.', ['str-gender-adviser:conseillers pour les questions de genre', 'str-wpa:pour la protection des femmes']],
    // a suspended hyphen
    ['The mission supports civilian- and servicewomen.', ['wps-women-girls:civilian', 'bal-women-in-mission:servicewomen']],
    ['A gender- and age-sensitive analysis will be made.', ['gm-gender-analysis:gender']],
    ['Pre- and post-deployment training on gender is planned.', ['trn-gender-training:Pre', 'trn-gender-training:training on gender']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    // the same concept twice in one English phrase is one mention
    ['Support the full and meaningful participation of women.', ['par-meaningful-participation:meaningful participation', 'wps-women-girls:women']],
    ['Child and early marriage persist.', ['gbv-core:early marriage']],
    // a rebuilt phrase that is no term gives nothing
    ['Men and women peacekeepers patrolled.', ['bal-women-in-mission:women peacekeepers']],
    ['Physical and sexual violence rose.', ['crsv-core:sexual violence']],
    // a conjunct never runs over punctuation
    ['Gender, and women protection advisers met.', ['wps-gender:Gender', 'str-wpa:women protection advisers']],
    ['Gender advisers and, later, focal points met.', ['str-gender-adviser:Gender advisers']],
    ['The civilian - and servicewomen met.', ['bal-women-in-mission:servicewomen']],
  ])('no extra reading: %s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('lists of resolution numbers: each number counts', () => {
  const resolutions = (text: string) => found(text).filter((f) => f.startsWith('legal-'));
  it.each([
    ['Recalling its resolutions 1888 and 2106 on sexual violence.', ['legal-wps-resolutions:resolutions 1888', 'legal-wps-resolutions:2106']],
    ['Recalling resolutions 1325, 1820, 1889 and 2122.', ['legal-wps-resolutions:resolutions 1325', 'legal-wps-resolutions:1820', 'legal-wps-resolutions:1889', 'legal-wps-resolutions:2122']],
    ['Recalling resolutions 2100 and 1325.', ['legal-mission-resolutions:resolutions 2100', 'legal-wps-resolutions:1325']],
    ['Rappelant ses résolutions 1820 et 1888.', ['legal-wps-resolutions:résolutions 1820', 'legal-wps-resolutions:1888']],
    // a number with its year is found once, whole
    ['Recalling resolutions 1325 (2000) and 1820 (2008).', ['legal-wps-resolutions:resolutions 1325', 'legal-wps-resolutions:1820 (2008)']],
    // singular "resolution" opens no list, and other words break one
    ['The order cites resolution 2231 and 1325 troops.', []],
    ['Recalling resolutions on the matter, 1325 troops were sent.', []],
  ])('%s', (text, want) => {
    expect(resolutions(text)).toEqual(want);
  });
});

describe('mixed patrols and engagement teams are gender-specific by themselves', () => {
  it.each([
    ['Mixed patrols visited three villages.', ['ops-mixed-patrols:Mixed patrols']],
    ['Des patrouilles mixtes ont visité trois villages.', ['ops-mixed-patrols:patrouilles mixtes']],
    ['A mixed engagement team deployed to Ménaka.', ['ops-engagement-teams:mixed engagement team']],
    ['The female engagement team met community leaders.', ['ops-engagement-teams:female engagement team']],
    ["L'équipe d'engagement féminine est arrivée.", ["ops-engagement-teams:équipe d'engagement féminine"]],
    // the traps: joint patrols, a mixed team of engineers
    ['Joint patrols with the police began.', []],
    ['A mixed team of engineers deployed.', []],
  ])('%s', (text, want) => {
    const r = analyze(text);
    expect(r.findings.map((f) => `${f.concept}:${f.text}`)).toEqual(want);
    expect(r.findings.every((f) => f.genderSpecific)).toBe(true);
  });
});

describe('harmful practices and trafficking in persons', () => {
  it.each([
    ['Harmful practices such as FGM persist.', ['gbv-core:Harmful practices', 'gbv-core:FGM']],
    ['Female genital mutilation/cutting remains common.', ['gbv-core:Female genital mutilation/cutting']],
    ['Child, early and forced marriage is widespread.', ['gbv-core:Child, early and forced marriage']],
    ['Child, early, and forced marriage is widespread.', ['gbv-core:Child, early, and forced marriage']],
    ['Early and forced marriage is widespread.', ['gbv-core:Early and forced marriage']],
    ['Les mutilations génitales féminines persistent.', ['gbv-core:mutilations génitales féminines']],
    ['Les mariages précoces et forcés persistent.', ['gbv-core:mariages précoces et forcés']],
    ['Le mariage précoce persiste.', ['gbv-core:mariage précoce']],
    ['Ces pratiques préjudiciables persistent.', ['gbv-core:pratiques préjudiciables']],
    ['Trafficking in persons rose along the route.', ['gbv-core:Trafficking in persons']],
    ['Trafficking in human beings and human trafficking rose.', ['gbv-core:Trafficking in human beings', 'gbv-core:human trafficking']],
    ['La traite des personnes a augmenté.', ['gbv-core:traite des personnes']],
    ['La traite des êtres humains a augmenté.', ['gbv-core:traite des êtres humains']],
    // trafficking of goods is not
    ['Arms trafficking and drug trafficking rose.', []],
    ['Le trafic de drogue a augmenté.', []],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('closed compounds and coordinated French harms', () => {
  it.each([
    ['Policewomen patrol the camp.', ['bal-host-security-sector:Policewomen']],
    ['A policewoman patrols the camp.', ['bal-host-security-sector:policewoman']],
    ['Les violences sexuelles et fondées sur le genre persistent.', ['gbv-core:violences sexuelles et fondées sur le genre']],
    ['La violence sexuelle et fondée sur le genre persiste.', ['gbv-core:violence sexuelle et fondée sur le genre']],
    ['Les équipes mixtes d’engagement ont visité le camp.', ['ops-engagement-teams:équipes mixtes d’engagement']],
    // a closed compound is a women-word for the phrase rule of other concepts: the protection of policewomen
    ['The protection of policewomen improved.', ['pro-women-girls:protection', 'bal-host-security-sector:policewomen']],
  ])('%s', (text, want) => expect(found(text)).toEqual(want));
});
