import { describe, expect, it } from 'vitest';
import cues from '../core/data/cues.json' with { type: 'json' };
import { findFigures, parseNumber, parseWordNumber, type OtherFigure } from '../core/analysis/figures.ts';
import { sentenceAt } from '../core/text/sentence.ts';
import { analyze, loadLexicon } from '../core/index.ts';
import { Figure } from '../core/schema.ts';

type Cat = Figure['category'];
type Row = { name: string; input: string; expect: [percent: number, group: string, category: Cat][] };

// Sentences written for these tests in the style of UN reports (not copied from any document).
const ROWS: Row[] = [
  // ---------------------------------------------------------------- mission personnel
  { name: 'made up … of military personnel',
    input: 'As of March, women made up 2.2 per cent of military personnel deployed in the northern sectors.',
    expect: [[2.2, 'military personnel', 'mission-personnel']] },
  { name: 'three figures, one subject',
    input: 'Women account for 3.8 percent of military personnel, 12.2 percent of the police component and 25 percent of international civilian posts.',
    expect: [[3.8, 'military personnel', 'mission-personnel'], [12.2, 'police component', 'mission-personnel'], [25, 'international civilian posts', 'mission-personnel']] },
  { name: 'list with BODY N % after a colon',
    input: 'By the end of the reporting period the share of women in the Mission was as follows: individual police officers 17 %; formed police units 4 %; international civilian staff 26 %.',
    expect: [[17, 'individual police officers', 'mission-personnel'], [4, 'formed police units', 'mission-personnel'], [26, 'international civilian staff', 'mission-personnel']] },
  { name: 'of which N % are female',
    input: 'The Mission employs 139 community liaison assistants, of which 13 % are female.',
    expect: [[13, 'community liaison assistants', 'mission-personnel']] },
  { name: 'Among BODY, N % were women',
    input: 'Among United Nations volunteers serving with the Mission, 28 per cent were women.',
    expect: [[28, 'united nations volunteers', 'mission-personnel']] },
  { name: 'proportion of women among … was',
    input: 'The proportion of women among staff officers and military observers was 9.4 percent in June, below the agreed benchmark.',
    expect: [[9.4, 'staff officers and military observers', 'mission-personnel']] },
  { name: 'change from X % to Y % gives two figures',
    input: 'The percentage of women in the military component rose from 3 % in 2015 to 5.1 % in 2020.',
    expect: [[3, 'military component', 'mission-personnel'], [5.1, 'military component', 'mission-personnel']] },
  { name: 'change from X to Y per cent (first number without sign)',
    input: 'Female representation among national staff increased from 12 to 16 per cent over two years.',
    expect: [[12, 'national staff', 'mission-personnel'], [16, 'national staff', 'mission-personnel']] },
  { name: 'target: at least N per cent of BODY are women',
    input: 'Troop-contributing countries will ensure that at least 15 per cent of staff officers and military observers are women.',
    expect: [[15, 'staff officers and military observers', 'mission-personnel']] },
  { name: 'target: a N per cent target for women staff officers',
    input: 'Contributors are reminded of the 15 per cent target for women staff officers set at the ministerial meeting.',
    expect: [[15, 'staff officers', 'mission-personnel']] },
  { name: 'composition: composed of at least N per cent women',
    input: 'Engagement platoons will be composed of at least 50 per cent women.',
    expect: [[50, 'engagement platoons', 'mission-personnel']] },
  { name: 'doubling from N per cent',
    input: 'The Council called for doubling the number of women in military contingents from 3 per cent over five years.',
    expect: [[3, 'military contingents', 'mission-personnel']] },
  { name: 'spelled-out change',
    input: 'The plan aims to raise the share of women peacekeepers from three percent to thirty percent.',
    expect: [[3, 'peacekeepers', 'mission-personnel'], [30, 'peacekeepers', 'mission-personnel']] },

  // ---------------------------------------------------------------- host nation
  { name: 'host: municipal councillors from X % to Y %',
    input: 'The share of women among municipal councillors rose from 9 % to 26.6 % after the local elections.',
    expect: [[9, 'municipal councillors', 'host-nation'], [26.6, 'municipal councillors', 'host-nation']] },
  { name: 'host: several national bodies in one sentence',
    input: 'Women make up 3 % of the national DDR commission, 6 % of the national SSR council and 20 % of the TJRC.',
    expect: [[3, 'national ddr commission', 'host-nation'], [6, 'national ssr council', 'host-nation'], [20, 'tjrc', 'host-nation']] },
  { name: 'host: candidates with a count and a spaced thousand',
    input: 'Of the 1 447 candidates registered for the legislative elections, 426 (29.5 %) were women.',
    expect: [[29.5, 'candidates', 'host-nation']] },
  { name: 'host: cabinet, up from',
    input: 'Women held 7 of the 32 ministerial posts (21.9 %), up from 14.7 % in the previous government.',
    expect: [[21.9, 'ministerial posts', 'host-nation'], [14.7, 'ministerial posts', 'host-nation']] },
  { name: 'host: 30 % quota in political functions',
    input: 'The law sets a 30 % quota in all political functions and offices, which the new cabinet no longer respects.',
    expect: [[30, 'political functions and offices', 'host-nation']] },
  { name: 'host: security institutions of the host state',
    input: 'Women represent 6 percent of the national defence and security forces.',
    expect: [[6, 'national defence and security forces', 'host-nation']] },
  { name: 'host vs mission: national police',
    input: 'Women account for 8 per cent of the national police and 17 per cent of individual police officers in the mission.',
    expect: [[8, 'national police', 'host-nation'], [17, 'individual police officers', 'mission-personnel']] },

  // ---------------------------------------------------------------- population: shares of women among a population group
  { name: 'IDP share is population',
    input: 'Women represent 54 percent of the internally displaced population in the central regions.',
    expect: [[54, 'internally displaced population', 'population']] },
  { name: 'Among IDPs … were women',
    input: 'Among IDPs registered in the camps, 57 per cent were women.',
    expect: [[57, 'idps', 'population']] },

  // ---------------------------------------------------------------- not about women at all
  { name: 'budget increase', input: 'The Mission requested a 12 percent budget increase for the gender unit and its women protection advisers.', expect: [] },
  { name: 'budget share', input: 'Women\'s organisations received 15 per cent of the budget allocated to the programme.', expect: [] },
  { name: 'territory', input: 'Armed groups control 85 per cent of the territory, where women face severe restrictions.', expect: [] },
  { name: 'change in violence is not a share', input: 'Reported violence against women increased by 12 % compared to the last period.', expect: [] },
  { name: 'no women at all', input: 'Troop strength reached 92 per cent of the authorized ceiling, and 40 % of patrols were conducted at night.', expect: [] },
  { name: 'percentage points are not a percentage', input: 'Female participation grew by 3 percentage points.', expect: [] },

  { name: 'a clause with its own subject does not borrow "women"', input: 'Women remain under-represented; troops make up 80 % of the mission.', expect: [] },

  // ---------------------------------------------------------------- mixed and context-dependent
  { name: 'population and mission shares in one sentence, split by "while"',
    input: 'Women accounted for 54% of IDPs and 99% of GBV survivors, while the police component was only 12% female.',
    // (women counted among survivors are a share of women among people: see PEOPLE)
    expect: [[54, 'idps', 'population'], [99, 'gbv survivors', 'population'], [12, 'police component', 'mission-personnel']] },
  { name: 'bare "police" next to troops is the mission police',
    input: 'In 2019 women made up 4.4 per cent of troops and 10.9 per cent of police.',
    expect: [[4.4, 'troops', 'mission-personnel'], [10.9, 'police', 'mission-personnel']] },
  { name: 'host: composition with "among their members"',
    input: 'Community alert networks will be extended to 40 more villages, with at least 30 per cent women among their members.',
    expect: [[30, 'community alert networks', 'host-nation']] },
  { name: 'FR: generic "effectifs" takes the body named earlier',
    input: 'La présence des femmes dans les forces de défense et de sécurité reste faible : 5 % des effectifs.',
    expect: [[5, 'forces de défense et de sécurité', 'host-nation']] },

  // ---------------------------------------------------------------- host-nation bodies in French, as in English
  { name: 'FR: forces de sécurité', input: 'Les femmes ne représentent que 7 % des forces de sécurité.', expect: [[7, 'forces de sécurité', 'host-nation']] },
  { name: 'FR: forces de l’ordre', input: 'Les femmes forment 11 % des forces de l’ordre du pays.', expect: [[11, "forces de l'ordre", 'host-nation']] },
  { name: 'FR: forces de défense alone', input: 'La proportion de femmes dans les forces de défense est de 5 %.', expect: [[5, 'forces de défense', 'host-nation']] },
  { name: 'FR: postes de décision (host, like decision-making posts)', input: 'Les femmes occupent 12 % des postes de décision.', expect: [[12, 'postes de décision', 'host-nation']] },
  { name: 'FR: instances de décision', input: 'Les femmes représentent 14 % des membres des instances de décision locales.', expect: [[14, 'instances de décision', 'host-nation']] },
  { name: 'FR: gouverneurs et préfets', input: 'Les femmes représentent 9 % des gouverneurs et des préfets.', expect: [[9, 'gouverneurs et des préfets', 'host-nation']] },
  { name: 'FR: autorités locales', input: 'Les femmes constituent 16 % des autorités locales nommées en 2025.', expect: [[16, 'autorités locales', 'host-nation']] },
  { name: 'FR: magistrature', input: 'Les femmes représentent 15 % de la magistrature.', expect: [[15, 'magistrature', 'host-nation']] },
  { name: 'FR: partis politiques beat the weak membres', input: 'Les femmes représentent 20 % des membres des partis politiques.', expect: [[20, 'partis politiques', 'host-nation']] },
  { name: 'FR: garde nationale', input: 'Les femmes comptent pour 4 % de la garde nationale.', expect: [[4, 'garde nationale', 'host-nation']] },
  { name: 'FR: secteur de la sécurité', input: 'Les femmes représentent 10 % du secteur de la sécurité.', expect: [[10, 'secteur de la sécurité', 'host-nation']] },
  { name: 'FR: chefs traditionnels', input: 'Les femmes représentent 4 % des chefs traditionnels consultés.', expect: [[4, 'chefs traditionnels', 'host-nation']] },
  { name: 'traditional leaders', input: 'Women represent 4 per cent of traditional leaders on the councils.', expect: [[4, 'traditional leaders', 'host-nation']] },
  // ---------------------------------------------------------------- a contrast whose second half has no subject of its own
  { name: 'half of … but only N % of', input: 'Women make up half of the population but only 8 per cent of the cabinet.', expect: [[8, 'cabinet', 'host-nation']] },
  { name: 'but hold N % (subject elided)', input: 'Women are half of the electorate but hold 8 per cent of the seats.', expect: [[8, 'seats', 'host-nation']] },
  { name: 'FR: la moitié … mais seulement N %', input: 'Les femmes représentent la moitié de la population mais seulement 8 % des ministres.', expect: [[8, 'ministres', 'host-nation']] },
  { name: 'FR: majoritaires … mais n’occupent que N %', input: 'Les femmes sont majoritaires parmi les électeurs mais n’occupent que 8 % des sièges.', expect: [[8, 'sièges', 'host-nation']] },
  { name: 'contrast with a clause of its own stays out', input: 'Women are the most affected but 80 per cent of the displaced population lives in camps.', expect: [] },
  { name: 'contrast with another subject stays out', input: 'Women make up 3 per cent of troops, but men hold 97 per cent of posts.', expect: [[3, 'troops', 'mission-personnel']] },
  { name: 'FR: contrast with another subject stays out', input: 'Les femmes représentent 3 % des troupes, mais les hommes occupent 97 % des postes.', expect: [[3, 'troupes', 'mission-personnel']] },
  // ---------------------------------------------------------------- women as those the posts were given to
  { name: 'appointed women to N % of', input: 'The Government appointed women to 23 per cent of ministerial posts.', expect: [[23, 'ministerial posts', 'host-nation']] },
  { name: 'nominated women to only N % of', input: 'Parties nominated women to only 18 per cent of the seats.', expect: [[18, 'seats', 'host-nation']] },
  { name: 'FR: a nommé des femmes à N % des', input: 'Le Gouvernement a nommé des femmes à 23 % des postes ministériels.', expect: [[23, 'postes ministériels', 'host-nation']] },
  { name: 'FR: ont désigné des femmes à seulement N %', input: 'Les partis ont désigné des femmes à seulement 12 % des postes de maire.', expect: [[12, 'postes de maire', 'host-nation']] },
  { name: 'deployed women to N % of bases: no appointment, no share', input: 'The unit deployed women to 30 per cent of the bases.', expect: [] },
  { name: 'a number of women between: not the share', input: 'The Government appointed 12 women to 23 per cent of the committees it formed, against none before.', expect: [] },
  { name: 'posts named by the role (singular before "posts")', input: 'Women’s share of military observer posts rose to 24 per cent.', expect: [[24, 'military observer posts', 'mission-personnel']] },
  { name: 'staff officer and military observer positions', input: 'Women hold 18 per cent of staff officer and military observer positions.', expect: [[18, 'staff officer and military observer positions', 'mission-personnel']] },
  { name: 'FR: postes d’observateurs militaires', input: 'Les femmes occupent 18 % des postes d’observateurs militaires.', expect: [[18, "postes d'observateurs militaires", 'mission-personnel']] },
  // ---------------------------------------------------------------- French
  { name: 'FR: decimal comma and three bodies',
    input: 'Les femmes représentent 2,2 % du personnel militaire, 17 % des policiers hors unités constituées et 26 % du personnel civil international.',
    expect: [[2.2, 'personnel militaire', 'mission-personnel'], [17, 'policiers hors unités constituées', 'mission-personnel'], [26, 'personnel civil international', 'mission-personnel']] },
  { name: 'FR: pour cent, quota de femmes',
    input: 'La loi impose au moins 30 pour cent de femmes dans les fonctions nominatives et électives.',
    expect: [[30, 'fonctions nominatives et électives', 'host-nation']] },
  { name: 'FR: passée de … à',
    input: 'La proportion de femmes parmi les conseillers municipaux est passée de 9 % à 26,6 %.',
    expect: [[9, 'conseillers municipaux', 'host-nation'], [26.6, 'conseillers municipaux', 'host-nation']] },
  { name: 'FR: déplacées internes (population)',
    input: 'Les femmes constituent 57 % des personnes déplacées internes.',
    expect: [[57, 'personnes déplacées internes', 'population']] },
  { name: 'FR: narrow no-break space before %',
    input: 'Les femmes comptent pour 12,2\u202F% de la composante de police.',
    expect: [[12.2, 'composante de police', 'mission-personnel']] },
];

function check(input: string) {
  const figs = findFigures(input);
  for (const f of figs) {
    expect(Figure.safeParse(f).success).toBe(true);
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.sentence.start).toBeLessThanOrEqual(f.start);
    expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
  }
  return figs;
}

describe('findFigures: table', () => {
  it('has at least 25 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(25));
  for (const row of ROWS) {
    it(row.name, () => {
      const figs = check(row.input);
      expect(figs.map((f) => [f.percent, f.group, f.category])).toEqual(row.expect);
    });
  }
});

describe('findFigures: spans', () => {
  it('covers the number and its percent word', () => {
    const input = 'Women made up 3.8 percent of troops; they were 12,2 % of the police component and 17 per cent of IPOs, and 30 pour cent des élus.';
    const figs = check(input);
    expect(figs.map((f) => f.text)).toEqual(['3.8 percent', '12,2 %', '17 per cent', '30 pour cent']);
    expect(figs.map((f) => f.percent)).toEqual([3.8, 12.2, 17, 30]);
  });
  it('finds tokens of every shape before their "%" or "cent" (anchor pre-scan)', () => {
    const cases: [string, [string, number, string][]][] = [
      ['Women account for fifty-one per cent of mayors and twenty  percent of the police component.',
        [['fifty-one per cent', 51, 'mayors'], ['twenty  percent', 20, 'police component']]],
      ['In 2015 30 % of candidates were women.', [['30 %', 30, 'candidates']]],
      ['Women are 12.5% of troops, 7 per  cent of IPOs and 3 PER CENT of mayors.',
        [['12.5%', 12.5, 'troops'], ['7 per  cent', 7, 'ipos'], ['3 PER CENT', 3, 'mayors']]],
      ['Recent data from the centre show that women are 9 % of mayors, up from a decade ago.', [['9 %', 9, 'mayors']]],
      ['Les femmes représentent cinquante-et-un pour-cent des élus.', [['cinquante-et-un pour-cent', 51, 'élus']]],
    ];
    for (const [input, want] of cases) expect(check(input).map((f) => [f.text, f.percent, f.group])).toEqual(want);
  });
  it('a women body (excision, FGM) names women without any word for them: a prevalence, kept apart', () => {
    const others: OtherFigure[] = [];
    expect(findFigures('The prevalence of excision is estimated at 89 per cent in the north.', others)).toEqual([]);
    expect(others.map((o) => [o.text, o.kind])).toEqual([['89 per cent', 'victims']]);
  });
  it('keeps offsets right after surrogate pairs', () => {
    const input = '𝐀😀 Women made up 4 % of troops. 😀😀 Women are 20 % of mayors.';
    const figs = check(input);
    expect(figs.map((f) => [f.text, f.group])).toEqual([['4 %', 'troops'], ['20 %', 'mayors']]);
  });
  it('treats sentences separately', () => {
    const figs = check('The budget grew by 12 percent. Women make up 5 percent of the force headquarters.');
    expect(figs.map((f) => [f.percent, f.group])).toEqual([[5, 'force headquarters']]);
  });
  it('finds figures deep inside a long document', () => {
    const filler = 'The Mission continued to patrol the sector and to support the authorities. '.repeat(20_000);
    const input = `${filler}Women constitute 4.2 per cent of uniformed personnel. ${filler}`;
    const figs = check(input);
    expect(figs).toHaveLength(1);
    expect(figs[0]!.start).toBe(filler.length + 'Women constitute '.length);
  });
});

describe('findFigures: junk', () => {
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
  }
  const alphabet = ['\u0000', '\uD800', '\uDC00', '😀', '%', ' ', '\u00A0', '\u202F', '.', ',', '\n', '\n\n', '5', '12,5', '3.8', 'women', 'per cent',
    'of', 'military personnel', 'IDPs', 'from', 'to', '(', ')', 'é', '\u200B', '\uFFFF', 'A', 'z', '-', ';', ':', 'pour cent', 'quota'];

  it('does not throw on random junk and keeps offsets in range', () => {
    const r = rng(42);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(r() * 80);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      const figs = check(s);
      for (const f of figs) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(s.length);
        expect(f.start).toBeLessThan(f.end);
      }
    }
  });

  // Degenerate input must give valid spans and end (the test's own timeout catches a hang); how fast
  // the figures read grows with size is the bench's to measure (bench/scale.ts), not a timed test's.
  it('handles 1 MB of "%" and other degenerate inputs: valid spans, and the expected figures only', () => {
    const inputs: [string, number][] = [
      ['%'.repeat(1 << 20), 0],
      ['1%'.repeat(1 << 19), 0],
      [('women 1% of troops ').repeat(50_000), -1], // one run-on sentence: at most one figure per %
      ['\u0000'.repeat(1 << 20), 0],
      ['😀'.repeat(1 << 19), 0],
      ['\uD800'.repeat(1 << 19), 0],
      ['9'.repeat(1 << 20) + ' %', 0],
      ['1 000 '.repeat(100_000) + '%', 0],
      [' '.repeat(1 << 20) + '5 %', 0],
      ['.\n'.repeat(1 << 19), 0],
      ['', 0],
    ];
    for (const [s, expected] of inputs) {
      const figs = check(s);
      for (const f of figs) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(s.length);
      }
      if (expected >= 0) expect(figs.length).toBe(expected);
      else expect(figs.length).toBeLessThanOrEqual(s.split('%').length - 1);
    }
  });
});

describe('figures as evidence findings', () => {
  // Our own sentences: shares of women in a mission's staffing and among host-nation office holders.
  const SENTENCES = [
    'Women make up 12 per cent of the deployed personnel in the sector.',
    'Women accounted for 4.1 per cent of military observers and 17 per cent of individual police officers.',
    'The share of women among municipal councillors rose from 9 % to 26.6 % after the elections.',
    'Engineers will repair the bridge before the rains.',
    'The 30 per cent quota for women in parliament was met.', // the term "30 per cent quota" already covers the figure
  ];
  const lexicon = loadLexicon();
  const evidence = (cues as { figureEvidence: Record<string, string> }).figureEvidence;

  it('every staffing or office-holder figure is covered by one finding of its concept, never two', () => {
    const text = Array.from({ length: 400 }, (_, i) => SENTENCES[(i * 3) % SENTENCES.length]).join('\n\n');
    const r = analyze(text, { lexicon });
    const counted = r.figures.filter((g) => evidence[g.category]);
    expect(counted.length).toBeGreaterThan(300);
    for (const g of counted) {
      const covering = r.findings.filter((f) => f.concept === evidence[g.category] && f.start <= g.start && f.end >= g.end);
      expect(covering.length, `${g.text} at ${g.start}`).toBe(1);
    }
    // Findings stay in text order.
    for (let i = 1; i < r.findings.length; i++) expect(r.findings[i]!.start).toBeGreaterThanOrEqual(r.findings[i - 1]!.start);
  });
});

// ==================================================================== prose forms (issue 13, item 6)
// Our own sentences. Each row pins every figure: text, percent, group, category, whom it counts, target.

type Whom = NonNullable<Figure['women']>;
type Full = [text: string, percent: number, group: string, category: Cat, women: Whom, target: boolean];
const full = (input: string) =>
  check(input).map((f): Full => [f.text, f.percent, f.group, f.category, f.women!, f.target === true]);

const FORMS: [name: string, input: string, want: Full[]][] = [
  // ---- the UN's older French style for percentages, and a note number glued to the percentage by PDF text
  ['« p. 100 »', 'Les femmes forment 12 p. 100 des effectifs militaires.', [['12 p. 100', 12, 'effectifs militaires', 'mission-personnel', 'women', false]]],
  ['« p.100 »', 'Les femmes forment 12 p.100 des effectifs militaires.', [['12 p.100', 12, 'effectifs militaires', 'mission-personnel', 'women', false]]],
  ['« pour 100 »', 'Les femmes forment 12 pour 100 des effectifs militaires.', [['12 pour 100', 12, 'effectifs militaires', 'mission-personnel', 'women', false]]],
  ['« pour 100 000 » is a rate', 'Les femmes victimes sont 12 pour 100 000 habitants.', []],
  ['« pour 100\u00A0000 » is a rate', 'Les femmes victimes sont 12 pour 100\u00A0000 habitants.', []],
  ['« pour 1000 » is no percentage', 'Les femmes forment 12 pour 1000 des effectifs militaires.', []],
  ['« p. 100,5 » is no percentage', 'Les femmes forment 12 p. 100,5 des effectifs militaires.', []],
  ['a page is no percentage', 'Les femmes, voir p. 100 du rapport sur les effectifs militaires.', []],
  ['glued note after "per cent"', 'Women make up 4 per cent1 of military personnel.', [['4 per cent', 4, 'military personnel', 'mission-personnel', 'women', false]]],
  ['glued note after "%"', 'Les femmes forment 12 %23 des effectifs militaires.', [['12 %', 12, 'effectifs militaires', 'mission-personnel', 'women', false]]],
  ['four digits are no note', 'Women make up 4 per cent1234 of military personnel.', []],
  // ---- "with women at N per cent", and "of the total" of a body named before
  ['with women at N per cent of BODY', 'With women at 18 per cent of staff officers, the target was met.', [['18 per cent', 18, 'staff officers', 'mission-personnel', 'women', false]]],
  ['with women at about N per cent', 'With women at about 18 per cent of staff officers, the target was met.', [['18 per cent', 18, 'staff officers', 'mission-personnel', 'women', false]]],
  ['« avec les femmes à N % des … »', 'Avec les femmes à 18 % des officiers d’état-major, la cible est atteinte.', [['18 %', 18, "officiers d'état-major", 'mission-personnel', 'women', false]]],
  ['women at N per cent without "with" is no share', 'Violence against women at 40 per cent of sites rose.', []],
  ['of the total of a body before', 'The number of female police officers rose to 20 per cent of the total.', [['20 per cent', 20, 'police officers', 'mission-personnel', 'women', false]]],
  ['of the total, no body', 'Women rose to 20 per cent of the total.', [['20 per cent', 20, 'women', 'population', 'women', false]]],
  // ---- an adjective whose noun the next share names
  ['N % of ADJ and M % of ADJ NOUN', 'Women constitute 34 per cent of international and 22 per cent of national staff.', [['34 per cent', 34, 'international staff', 'mission-personnel', 'women', false], ['22 per cent', 22, 'national staff', 'mission-personnel', 'women', false]]],
  ['… of ADJ and … of ADJ weak-body', 'Women are 34 per cent of senior and 40 per cent of junior staff.', [['34 per cent', 34, 'senior staff', 'mission-personnel', 'women', false], ['40 per cent', 40, 'staff', 'mission-personnel', 'women', false]]],
  ['… of ADJ and … of a non-body', 'Women hold 34 per cent of senior and 22 per cent of the budget lines.', []],
  // ---- election results
  ['women won N per cent of seats', 'Women won 21 per cent of seats in the local elections.', [['21 per cent', 21, 'seats', 'host-nation', 'women', false]]],
  ['women obtained N per cent of the seats', 'Women obtained 21 per cent of the seats.', [['21 per cent', 21, 'seats', 'host-nation', 'women', false]]],
  ['women secured / gained / captured', 'Women secured 21 per cent of seats, gained 30 per cent of mayoralties and captured 12 per cent of governorships.', [['21 per cent', 21, 'seats', 'host-nation', 'women', false], ['30 per cent', 30, 'mayoralties', 'host-nation', 'women', false], ['12 per cent', 12, 'governorships', 'host-nation', 'women', false]]],
  ['women candidates win', 'Women candidates win 21 per cent of contested seats.', [['21 per cent', 21, 'seats', 'host-nation', 'women', false]]],
  ['« ont obtenu »', 'Les femmes ont obtenu 21 % des sièges aux élections locales.', [['21 %', 21, 'sièges', 'host-nation', 'women', false]]],
  ['« obtiennent »', 'Les femmes obtiennent 21 % des sièges.', [['21 %', 21, 'sièges', 'host-nation', 'women', false]]],
  ['« ont remporté »', 'Les femmes ont remporté 21 % des sièges.', [['21 %', 21, 'sièges', 'host-nation', 'women', false]]],
  ['« ont gagné »', 'Les femmes ont gagné 21 % des sièges au conseil.', [['21 %', 21, 'sièges', 'host-nation', 'women', false]]],
  ['« ont décroché »', 'Les femmes ont décroché 21 % des sièges.', [['21 %', 21, 'sièges', 'host-nation', 'women', false]]],
  ['a vote share is no body', 'Women won 21 per cent of the vote.', []],
  // ---- ex-combatants
  ['Of ex-combatants, N per cent were women', 'Of the 2,000 ex-combatants demobilised, 15 per cent were women.', [['15 per cent', 15, 'combatants demobilised', 'population', 'women', false]]],
  ['women among demobilised combatants', 'Women represented 15 per cent of demobilised combatants.', [['15 per cent', 15, 'demobilised combatants', 'population', 'women', false]]],
  ['women among former fighters', 'Women represented 15 per cent of former fighters.', [['15 per cent', 15, 'former fighters', 'population', 'women', false]]],
  ['« ex-combattants »', 'Les femmes représentent 15 % des ex-combattants démobilisés.', [['15 %', 15, 'ex-combattants démobilisés', 'population', 'women', false]]],
  // ---- EN
  ['of whom N per cent are women', 'The district now hosts 9,000 returnees, of whom 61 per cent are women.',
    [['61 per cent', 61, 'returnees', 'population', 'women', false]]],
  ['Of BODY, N per cent are women', 'Of the 3,100 returnees registered in May, 61 per cent are women.',
    [['61 per cent', 61, 'returnees', 'population', 'women', false]]],
  ['number word after "some"', 'Women made up some eight percent of the engineering contingent.',
    [['eight percent', 8, 'contingent', 'mission-personnel', 'women', false]]],
  ['number word after "just under"', 'Women made up just under five per cent of the troops in the sector.',
    [['five per cent', 5, 'troops', 'mission-personnel', 'women', false]]],
  ['account for, with an adverb', 'Women currently account for 6.5 per cent of the troops deployed in the east.',
    [['6.5 per cent', 6.5, 'troops', 'mission-personnel', 'women', false]]],
  ['comprise', 'Women comprise 11 percent of the police component.',
    [['11 percent', 11, 'police component', 'mission-personnel', 'women', false]]],
  ['represent, two bodies, the second unknown to the lexicon', 'Women represent 14 per cent of judges and 9 per cent of magistrates.',
    [['14 per cent', 14, 'judges', 'host-nation', 'women', false], ['9 per cent', 9, 'magistrates', 'host-nation', 'women', false]]],
  ['an unknown plural staff noun takes the category of the share before it', 'Women account for 3.8 percent of military personnel and 12 percent of engineers.',
    [['3.8 percent', 3.8, 'military personnel', 'mission-personnel', 'women', false], ['12 percent', 12, 'engineers', 'mission-personnel', 'women', false]]],
  ['an unknown singular noun is not a staff', 'Women make up 4 per cent of troops and 2 per cent of the world.',
    [['4 per cent', 4, 'troops', 'mission-personnel', 'women', false]]],
  ['X% of the staff were women', 'In June, 18% of the staff were women.',
    [['18%', 18, 'staff', 'mission-personnel', 'women', false]]],
  ['"were women" belongs to the second percentage only', 'In June, 18 % of the staff were deployed to the north, and 12 % were women.',
    [['12 %', 12, 'staff', 'mission-personnel', 'women', false]]],
  ['the proportion of women … rose to', 'The proportion of women among military observers rose to 9.1 per cent.',
    [['9.1 per cent', 9.1, 'military observers', 'mission-personnel', 'women', false]]],
  ['the share of women … fell to', 'The share of women in the cabinet fell to 17 per cent in the reshuffle.',
    [['17 per cent', 17, 'cabinet', 'host-nation', 'women', false]]],
  ['female representation … stands at', 'Female representation in the national assembly stands at 9.5%.',
    [['9.5%', 9.5, 'national assembly', 'host-nation', 'women', false]]],
  ['the percentage of women … reached', 'The percentage of women in senior leadership positions reached 40 per cent.',
    [['40 per cent', 40, 'senior leadership positions', 'mission-personnel', 'women', false]]],
  ['up from', 'Women held 22 per cent of parliamentary seats in 2024, up from 18 per cent.',
    [['22 per cent', 22, 'parliamentary seats', 'host-nation', 'women', false], ['18 per cent', 18, 'parliamentary seats', 'host-nation', 'women', false]]],
  ['compared with, far from the first figure', 'In 2019, 4.7 per cent of peacekeepers were women, compared with 1 per cent in 1993.',
    [['4.7 per cent', 4.7, 'peacekeepers', 'mission-personnel', 'women', false], ['1 per cent', 1, 'peacekeepers', 'mission-personnel', 'women', false]]],
  ['participants', 'Of the 2,400 participants trained, 38 per cent were women.',
    [['38 per cent', 38, 'participants', 'population', 'women', false]]],
  ['a women-word before the body', 'Female officers make up 7% of the contingent.',
    [['7%', 7, 'contingent', 'mission-personnel', 'women', false]]],
  ['"female" right before the body picks it', 'The Global Effort sought to raise the percentage of female police officers in peacekeeping missions to 20 per cent by 2014.',
    [['20 per cent', 20, 'police officers', 'mission-personnel', 'women', true]]],
  ['parenthesised percentage after a count', 'Of the 1 447 candidates registered for the legislative elections, 426 (29.5 %) were women.',
    [['29.5 %', 29.5, 'candidates', 'host-nation', 'women', false]]],
  ['held by women', 'Some 35 % of the seats in the new assembly are held by women.',
    [['35 %', 35, 'seats', 'host-nation', 'women', false]]],
  ['women fill', 'Women fill 12 per cent of the seats on the council of ministers.',
    [['12 per cent', 12, 'seats', 'host-nation', 'women', false]]],
  ['a weak body takes the specific one it belongs to', 'Women are 20 % of the staff of the national police.',
    [['20 %', 20, 'national police', 'host-nation', 'women', false]]],
  ['N % of women in BODY, nothing after', 'By then the country had 28 per cent of women in the national assembly.',
    [['28 per cent', 28, 'national assembly', 'host-nation', 'women', false]]],
  ['N % the share of women, body named before', 'Among military observers, the aim is to bring to 20 per cent the share of women.',
    [['20 per cent', 20, 'military observers', 'mission-personnel', 'women', true]]],
  ['a weak body coordinated with a specific one', 'Women make up 9 per cent of staff and military observers.',
    [['9 per cent', 9, 'staff and military observers', 'mission-personnel', 'women', false]]],
  ['the specific body must head the phrase after "of"', 'Women are 20 % of the staff of the new national police.',
    [['20 %', 20, 'staff', 'mission-personnel', 'women', false]]],
  ['representation at all levels', 'The parties agreed to a 35 percent minimum participation level for women’s representation at all levels.',
    [['35 percent', 35, 'all levels', 'host-nation', 'women', true]]],
  ['a count of women with its share in brackets', 'As at 31 May, the police component comprised 1,480 personnel, including 190 women (12.8 per cent).',
    [['12.8 per cent', 12.8, 'police component', 'mission-personnel', 'women', false]]],
  ['N are women (X per cent)', 'Of the 24 ministers, 5 are women (21 per cent).',
    [['21 per cent', 21, 'ministers', 'host-nation', 'women', false]]],
  ['a spaced count and spaces inside the brackets', 'The police component comprised 11 480 personnel, including 1 290 women ( 11.2 per cent ).',
    [['11.2 per cent', 11.2, 'police component', 'mission-personnel', 'women', false]]],
  ['a body after "of" beats a nearer one without', 'Of the contingents, with formed police units rotating, 9 per cent were women.',
    [['9 per cent', 9, 'contingents', 'mission-personnel', 'women', false]]],
  ['a women-word in brackets without a count is not a share', 'Many women (40 per cent) said so.', []],
  ['"among" beats a nearer body', 'Among staff officers serving with the contingents, 9 per cent were women.',
    [['9 per cent', 9, 'staff officers', 'mission-personnel', 'women', false]]],
  ['"women in" beats a nearer body', 'The share of women in the police component of the contingents is 9 per cent.',
    [['9 per cent', 9, 'police component', 'mission-personnel', 'women', false]]],
  ['compared with just, then a participle', 'In 2019, women were 4.7 per cent of peacekeepers, compared with just 1 per cent recorded in 1993.',
    [['4.7 per cent', 4.7, 'peacekeepers', 'mission-personnel', 'women', false], ['1 per cent', 1, 'peacekeepers', 'mission-personnel', 'women', false]]],
  ['as against', 'Women held 9 per cent of the seats in the senate as against 4 per cent recorded a decade earlier.',
    [['9 per cent', 9, 'seats in the senate', 'host-nation', 'women', false], ['4 per cent', 4, 'seats in the senate', 'host-nation', 'women', false]]],
  // ---- FR
  ['FR: parmi beats a nearer body', 'Parmi les officiers d\'état-major déployés avec les contingents, 9 % sont des femmes.',
    [['9 %', 9, 'officiers d\'état-major', 'mission-personnel', 'women', false]]],
  ['FR: par rapport à', 'Les femmes représentaient 8 % des casques bleus, par rapport à 1 % enregistré en 1993.',
    [['8 %', 8, 'casques bleus', 'mission-personnel', 'women', false], ['1 %', 1, 'casques bleus', 'mission-personnel', 'women', false]]],
  ['FR: par rapport au niveau de', 'Les femmes représentaient 8 % des casques bleus, par rapport au niveau de 1 % relevé en 1993.',
    [['8 %', 8, 'casques bleus', 'mission-personnel', 'women', false], ['1 %', 1, 'casques bleus', 'mission-personnel', 'women', false]]],
  ['FR: dont N femmes, soit X %', 'Les ateliers ont réuni 1 519 participants, dont 259 femmes, soit 17 %.',
    [['17 %', 17, 'participants', 'population', 'women', false]]],
  ['FR: forment, decimal comma, weak body of a specific one', 'Les femmes forment 12,5 % des effectifs de la gendarmerie.',
    [['12,5 %', 12.5, 'gendarmerie', 'host-nation', 'women', false]]],
  ['FR: ne … que, officers of the national army', 'Les femmes ne constituent que 4 % des officiers de l\'armée nationale.',
    [['4 %', 4, 'armée nationale', 'host-nation', 'women', false]]],
  ['FR: ne … que, bare officers', 'Les femmes ne constituent que 4 % des officiers.',
    [['4 %', 4, 'officiers', 'mission-personnel', 'women', false]]],
  ['FR: la proportion de femmes … est de', 'La proportion de femmes dans les forces armées est de 6 %.',
    [['6 %', 6, 'forces armées', 'host-nation', 'women', false]]],
  ['FR: X % des policiers sont des femmes (national police)', 'Dans la police nationale, 9 % des policiers sont des femmes.',
    [['9 %', 9, 'policiers', 'host-nation', 'women', false]]],
  ['FR: … étaient des femmes after an enumeration', 'En 2021, 7,9 % du personnel militaire et policier des missions étaient des femmes.',
    [['7,9 %', 7.9, 'personnel militaire', 'mission-personnel', 'women', false]]],
  ['FR: contre', 'Les femmes représentaient 23 % des élus locaux en 2020, contre 15 % en 2015.',
    [['23 %', 23, 'élus', 'host-nation', 'women', false], ['15 %', 15, 'élus', 'host-nation', 'women', false]]],
  ['FR: par rapport au chiffre de', 'En 2022, 8 % des casques bleus étaient des femmes, ce qui marque un net progrès par rapport au chiffre de 1 % enregistré en 1993.',
    [['8 %', 8, 'casques bleus', 'mission-personnel', 'women', false], ['1 %', 1, 'casques bleus', 'mission-personnel', 'women', false]]],
  ['FR: des membres du comité', 'Selon le rapport, 35 % des membres du comité de paix sont des femmes.',
    [['35 %', 35, 'comité de paix', 'host-nation', 'women', false]]],
  ['FR: dont … sont des femmes', 'Le pays compte 40 000 personnes déplacées, dont 57 % sont des femmes.',
    [['57 %', 57, 'personnes déplacées', 'population', 'women', false]]],
  ['FR: dont … de femmes', 'Le pays compte 40 000 personnes déplacées, dont 57 % de femmes.',
    [['57 %', 57, 'personnes déplacées', 'population', 'women', false]]],
  ['FR: la part des femmes parmi', 'La part des femmes parmi les observateurs militaires a atteint 11,4 pour cent.',
    [['11,4 pour cent', 11.4, 'observateurs militaires', 'mission-personnel', 'women', false]]],
  ['FR: taux de féminisation', 'Le taux de féminisation des effectifs militaires est de 12 %.',
    [['12 %', 12, 'effectifs militaires', 'mission-personnel', 'women', false]]],
  ['FR: comptent pour seulement', 'Les femmes comptent pour seulement 3 % des casques bleus déployés.',
    [['3 %', 3, 'casques bleus', 'mission-personnel', 'women', false]]],
  ['FR: list after a colon, one line each', 'Entre 1992 et 2011, les femmes ne représentaient que :\n2 pour cent des médiateurs en chef\n4 pour cent des témoins et des signataires\n9 pour cent des négociateurs.',
    [['2 pour cent', 2, 'médiateurs en chef', 'host-nation', 'women', false], ['4 pour cent', 4, 'témoins et des signataires', 'host-nation', 'women', false],
      ['9 pour cent', 9, 'négociateurs', 'host-nation', 'women', false]]],
  ['FR: elles after mais keeps the subject', 'La participation des femmes aux processus de paix reste rare, mais, entre 1992 et 2019, elles ne représentaient que 13 % des négociateurs.',
    [['13 %', 13, 'négociateurs', 'host-nation', 'women', false]]],
  ['FR: coordinated, one predicate', 'De 1992 à 2011, quatre pour cent des signataires et moins de 10 pour cent des négociateurs étaient des femmes.',
    [['quatre pour cent', 4, 'signataires', 'host-nation', 'women', false], ['10 pour cent', 10, 'négociateurs', 'host-nation', 'women', false]]],
  ['FR: a later token does not take the previous one\'s body as its specific one', 'Les femmes représentaient 14 % des contingents de police et 43 % du personnel.',
    [['14 %', 14, 'contingents de police', 'mission-personnel', 'women', false], ['43 %', 43, 'personnel', 'mission-personnel', 'women', false]]],
];

describe('findFigures: prose forms, EN and FR', () => {
  for (const [name, input, want] of FORMS) it(name, () => expect(full(input)).toEqual(want));
});

// PDF text doubles spaces and breaks lines inside phrases: the same figures, whatever the white space.
// ---- issue 13 item 6: women counted among people (staff after "N per cent of whom", victims, survivors, cases,
// perpetrators, respondents), body after the percentage ("among", « parmi », "At N %, the share of women …"),
// bodies named in French (bataillons, sièges) and a bare "military". Each row pins every figure.
// Not figures: events (incidents, allegations), a base of women ("… of them deployed", "women surveyed said"),
// a second percentage said of the same people ("…, and 40 per cent under 18").
const PEOPLE: [input: string, want: Full[]][] = [
  ['The mission has 4,000 personnel, 7 per cent of whom are women.', [['7 per cent',7,'personnel','mission-personnel','women',false]]],
  ['The police component had 1,300 officers, 16 per cent of whom were female.', [['16 per cent',16,'police component','mission-personnel','women',false]]],
  ['The contingent deployed 850 troops, 12 per cent of them women.', [['12 per cent',12,'troops','mission-personnel','women',false]]],
  ['The contingent deployed 850 troops, 12 per cent of them being women.', [['12 per cent',12,'troops','mission-personnel','women',false]]],
  ['The contingent deployed 850 troops, 12 per cent of which are women.', [['12 per cent',12,'troops','mission-personnel','women',false]]],
  ['The contingent deployed 850 troops, 12 per cent of them deployed in the north.', []],
  ['The centres assisted 3,000 survivors, 96 per cent of whom were women, and 40 per cent under 18.', [['96 per cent',96,'survivors','population','women',false]]],
  ['The camp hosts 9,000 returnees, 61 per cent of whom are women and 39 per cent men.', [['61 per cent',61,'returnees','population','women',false]]],
  ['Some 70 per cent of survivors assisted by the centres were women.', [['70 per cent',70,'survivors','population','women',false]]],
  ['Women were 14 per cent of the victims recorded by the human rights division.', [['14 per cent',14,'victims','population','women',false]]],
  ['About 30 per cent of the perpetrators identified were women.', [['30 per cent',30,'perpetrators','population','women',false]]],
  ['Girls account for 30 per cent of children associated with armed groups.', [['30 per cent',30,'children associated with armed groups','population','girls',false]]],
  ['Nearly 66 per cent of the reported cases of early marriage involve girls.', [['66 per cent',66,'reported cases','population','girls',false]]],
  ['Some 66 per cent of respondents were women.', [['66 per cent',66,'respondents','population','women',false]]],
  ['Of the 1,200 people surveyed, 54 per cent were women.', [['54 per cent',54,'people','population','women',false]]],
  ['Women made up 48 per cent of the survey respondents.', [['48 per cent',48,'survey respondents','population','women',false]]],
  ['On estime que 70 % des victimes civiles de ces conflits étaient des femmes.', [['70 %',70,'victimes civiles','population','women',false]]],
  ['Les femmes représentent 90 % des cas pris en charge.', [['90 %',90,'cas pris en charge','population','women',false]]],
  ['Environ 80 % des cas signalés concernent des filles.', [['80 %',80,'cas signalés','population','girls',false]]],
  ['Les femmes constituent 52 % des personnes interrogées.', [['52 %',52,'personnes interrogées','population','women',false]]],
  ['Les femmes représentent 12 % des survivantes prises en charge.', [['12 %',12,'survivantes','population','women',false]]],
  ['At 22 per cent, the share of women among mediators remains low.', [['22 per cent',22,'mediators','host-nation','women',false]]],
  ['À 15 %, la proportion de femmes parmi les observateurs reste faible.', [['15 %',15,'observateurs','mission-personnel','women',false]]],
  ['Women are 18 per cent among the military observers deployed.', [['18 per cent',18,'military observers','mission-personnel','women',false]]],
  ['Les femmes sont 18 % parmi les policiers déployés.', [['18 %',18,'policiers','host-nation','women',false]]],
  ['Troops are 80 per cent among the personnel deployed.', []],
  ['Women are 40 per cent among the incidents recorded.', []],
  ['Les bataillons comptent 30 % de femmes.', [['30 %',30,'bataillons','mission-personnel','women',false]]],
  ['Women constitute 9 per cent of the military.', [['9 per cent',9,'military','host-nation','women',false]]],
  ['Women constitute 9 per cent of the military and 12 per cent of the police.', [['9 per cent',9,'military','host-nation','women',false],['12 per cent',12,'police','host-nation','women',false]]],
  ['Les femmes occupent 27 % des sièges au Parlement.', [['27 %',27,'sièges au parlement','host-nation','women',false]]],
  ['Women hold 27 per cent of seats in parliament.', [['27 per cent',27,'seats in parliament','host-nation','women',false]]],
  // national forces and legislators; "averaged", "ranged"
  // a count of women among a count of people, then the share: the count phrase after "among/out of/sur/parmi"
  // is a number and at most four words
  // a break closes the share verb's clause unless only lead-in words sit between them or a list has begun
  ['Across the alliance, female personnel averaged 11.7 per cent of the armed forces.', [['11.7 per cent',11.7,'armed forces','host-nation','women',false]]],
  ['Female representation in national militaries ranged between 2 and 4 per cent.', [['2',2,'militaries','host-nation','women',false],['4 per cent',4,'militaries','host-nation','women',false]]],
  ['Women are 8.1 per cent of all service members.', [['8.1 per cent',8.1,'service members','host-nation','women',false]]],
  ['In the army women are 10 per cent, in the navy 12 per cent and in the air force 14 per cent.', [['10 per cent',10,'army','host-nation','women',false],['12 per cent',12,'navy','host-nation','women',false],['14 per cent',14,'air force','host-nation','women',false]]],
  ['Women make up 23.5 per cent of legislators.', [['23.5 per cent',23.5,'legislators','host-nation','women',false]]],
  ['Les femmes représentent 31 % des parlementaires.', [['31 %',31,'parlementaires','host-nation','women',false]]],
  ['Female staff made up 40 per cent of the Secretariat.', [['40 per cent',40,'secretariat','mission-personnel','women',false]]],
  ['There were 3 women among the 30 mediators, or 10 per cent.', [['10 per cent',10,'mediators','host-nation','women',false]]],
  ['The cabinet counts 7 women out of 32 ministers, or 21.9 per cent.', [['21.9 per cent',21.9,'ministers','host-nation','women',false]]],
  ['Le comité compte 6 femmes sur 25 membres, soit 24 %.', [['24 %',24,'comité','host-nation','women',false]]],
  ['On compte 6 femmes parmi les 25 membres du comité, soit 24 %.', [['24 %',24,'comité','host-nation','women',false]]],
  ['There were many women among the mediators, or 10 per cent.', []],
  ['Les femmes sont les plus touchées : 80 % de la population affectée vit dans les zones rurales.', []],
  ['Women are the most affected: 80 per cent of the affected population lives in rural areas.', []],
  ['Women are hit hardest; 70 per cent of the displaced population lacks shelter.', []],
  ['Les femmes ne représentaient que : 2 pour cent des médiateurs, 4 pour cent des signataires.', [['2 pour cent',2,'médiateurs','host-nation','women',false],['4 pour cent',4,'signataires','host-nation','women',false]]],
  ['Women represent, as follows: 5 % of troops, 10 % of police.', [['5 %',5,'troops','mission-personnel','women',false],['10 %',10,'police','mission-personnel','women',false]]],
  ['Women represent 5 % of troops; 10 % of police.', [['5 %',5,'troops','mission-personnel','women',false],['10 %',10,'police','mission-personnel','women',false]]],
  ['The share of women remains low: 5 per cent of the troops.', [['5 per cent',5,'troops','mission-personnel','women',false]]],
  ['Women remain few; they are 5 per cent of the troops.', [['5 per cent',5,'troops','mission-personnel','women',false]]],
  ['Women represent only: 2 % of mediators.', [['2 %',2,'mediators','host-nation','women',false]]],
  ['Women represent only a few: 2 % of mediators.', []],
  ['There were 3 women among the 30 mediators of the talks, or 10 per cent.', [['10 per cent',10,'mediators','host-nation','women',false]]],
  ['There were 3 women among the 30 mediators of the peace talks, or 10 per cent.', []],
  ['There were 3 women among mediators, or 10 per cent.', []],
  // other prepositions after the percentage, « d'entre eux/elles (étant) des femmes »
  ['Women are 18 per cent within the police component.', [['18 per cent',18,'police component','mission-personnel','women',false]]],
  ['Les femmes sont 18 % au sein des unités de police constituées.', [['18 %',18,'unités de police constituées','mission-personnel','women',false]]],
  ['Women are 18 per cent amongst the military observers.', [['18 per cent',18,'military observers','mission-personnel','women',false]]],
  ['There were 3 women of the 30 mediators, or 10 per cent.', [['10 per cent',10,'mediators','host-nation','women',false]]],
  ['La mission compte 1 200 policiers, 16 % d\'entre eux étant des femmes.', [['16 %',16,'policiers','host-nation','women',false]]],
  ['La mission compte 1 200 policiers, dont 16 % étaient des femmes.', [['16 %',16,'policiers','host-nation','women',false]]],
  ['Le contingent compte 850 soldats, 12 % d\'entre eux sont des femmes.', [['12 %',12,'soldats','mission-personnel','women',false]]],
  ['La mission compte 1 200 policiers, 16 % d\'entre elles étant des femmes.', [['16 %',16,'policiers','host-nation','women',false]]],
  ['La mission compte 1 200 policiers, 16 % d\'entre eux déployés au nord.', []],
  // a label and its value: the women-word and its body, a colon, the percentage (the label within 80 characters)
  ['Female military personnel: 11.7 per cent.', [['11.7 per cent',11.7,'military personnel','mission-personnel','women',false]]],
  ['Women military observers: 9 %; women staff officers: 14 %.', [['9 %',9,'military observers','mission-personnel','women',false],['14 %',14,'staff officers','mission-personnel','women',false]]],
  ['Femmes dans les contingents : 5 %.', [['5 %',5,'contingents','mission-personnel','women',false]]],
  ['Women in the police component: 12 per cent.', [['12 per cent',12,'police component','mission-personnel','women',false]]],
  ['Women and the police component: 12 per cent.', []],
  ['Female victims: 70 per cent.', [['70 per cent',70,'victims','population','women',false]]],
  ['Female military personnel deployed this year: 11.7 per cent.', []],
  ['Women, as the police component said: 12 per cent.', []],
  // a percentage in brackets after its share, a count or a fraction in words (the fraction itself is no figure)
  ['The proportion of women among delegates (34 %) remains low.', [['34 %',34,'delegates','host-nation','women',false]]],
  ['Women hold a third of the seats (34 %).', [['34 %',34,'seats','host-nation','women',false]]],
  ['Women (34 %) outnumber men among the delegates.', []],
  ['Of the 50 delegates, 17 (34 per cent) were women.', [['34 per cent',34,'delegates','host-nation','women',false]]],
  ['La proportion de femmes parmi les délégués (34 %) reste faible.', [['34 %',34,'délégués','host-nation','women',false]]],
  ['Les femmes occupent un tiers des sièges (34 %).', [['34 %',34,'sièges','host-nation','women',false]]],
  ['Sur les 50 délégués, 17 (34 %) étaient des femmes.', [['34 %',34,'délégués','host-nation','women',false]]],
  // the same gloss between commas: ", or 20 per cent,", « , soit 20 %, »
  ['Women comprise about one fifth, or 20 per cent, of the staff officers.', [['20 per cent',20,'staff officers','mission-personnel','women',false]]],
  ['Women comprise a fifth, or 20 per cent, of the staff officers.', [['20 per cent',20,'staff officers','mission-personnel','women',false]]],
  ['Les femmes représentent un cinquième, soit 20 %, des officiers d’état-major.', [['20 %',20,"officiers d'état-major",'mission-personnel','women',false]]],
  ['Women are a fifth, or 20 per cent, and men the rest.', []],
  // fractions and counts in words are not percentages: no share is computed from them (contract: one figure per percentage)
  // "those" + a participle: the people the participle names
  ['Of those deployed, 38 per cent were women.', [['38 per cent',38,'those deployed','mission-personnel','women',false]]],
  ['Of those trained, 40 per cent were women.', [['40 per cent',40,'those trained','population','women',false]]],
  ['Of those recruited last year, 22 per cent were women.', [['22 per cent',22,'those recruited','population','women',false]]],
  ['Of those interviewed, 54 per cent were women.', [['54 per cent',54,'those interviewed','population','women',false]]],
  ['Of those who deployed, 38 per cent were women.', []],
  ['Women made up two thirds of the participants.', []],
  ['Women accounted for 1 in 5 police officers.', []],
  ['Seven out of 30 ministers were women.', []],
  ['Les femmes représentent près d\'un tiers des élus.', []],
];

describe('findFigures: women counted among people, bodies after the percentage', () => {
  for (const [input, want] of PEOPLE) it(input, () => expect(full(input)).toEqual(want));
});

describe('findFigures: prose forms with doubled spaces and line breaks', () => {
  const values = (rows: Full[]) => rows.map(([, percent, group, category, women, target]) => [percent, group, category, women, target]);
  for (const [name, input, want] of FORMS) {
    it(name, () => {
      expect(values(full(input.replace(/ /g, '  ')))).toEqual(values(want));
      // a line break for every third space (never at a list line's start)
      let n = 0;
      expect(values(full(input.replace(/ /g, () => (++n % 3 === 0 ? '\n' : ' '))))).toEqual(values(want));
    });
  }
});

// ---- lists with "respectively": one figure per percentage, each with its group
const LISTS: [name: string, input: string, want: [text: string, group: string][]][] = [
  ['EN after the list', 'Across the Secretariat, women now hold 31 %, 22 % and 9 % of posts at the P-3, P-5 and D-1 levels respectively.',
    [['31 %', 'posts at the p-3 levels'], ['22 %', 'posts at the p-5 levels'], ['9 %', 'posts at the d-1 levels']]],
  ['EN bare numbers before the last percentage', 'Women make up 4 and 10 per cent of military and police personnel, respectively.',
    [['4', 'military personnel'], ['10 per cent', 'police personnel']]],
  ['EN three bare numbers', 'Women make up 3, 11 and 20 per cent of troops, police and civilian staff respectively.',
    [['3', 'troops'], ['11', 'police'], ['20 per cent', 'civilian staff']]],
  ['FR after the list', 'Les femmes occupent 31 %, 22 % et 9 % des postes de niveau P-3, P-5 et D-1 respectivement.',
    [['31 %', 'postes de niveau p-3'], ['22 %', 'postes de niveau p-5'], ['9 %', 'postes de niveau d-1']]],
  ['FR respectivement before the percentages, whole noun phrases', 'Les femmes représentent respectivement 5 % et 12 % des contingents et des unités de police.',
    [['5 %', 'contingents'], ['12 %', 'unités de police']]],
  ['a list of another length: every percentage takes the shared phrase', 'Women hold 31 %, 22 % and 9 % of posts at the P-3 and P-5 levels respectively.',
    [['31 %', 'posts at the p-3 and p-5 levels'], ['22 %', 'posts at the p-3 and p-5 levels'], ['9 %', 'posts at the p-3 and p-5 levels']]],
  ['no "respectively": a bare run shares the last body', 'Women account for 40 %, 35 % and 20 % of the staff.',
    [['40 %', 'staff'], ['35 %', 'staff'], ['20 %', 'staff']]],
  ['"respectively" after a full stop does not count', 'Women hold 31 % and 22 % of posts at the P-3 and P-5 levels. The figures are given respectively.',
    [['31 %', 'posts at the p-3 and p-5 levels'], ['22 %', 'posts at the p-3 and p-5 levels']]],
];

describe('findFigures: bullet lists after a lead-in', () => {
  it('EN: items after "Women represent:", ending in ";" and "; and"', () => {
    const input = 'Women represent:\n• 4.1 per cent of military personnel;\n• 13.5 per cent of the police component; and\n• 29 per cent of international civilian staff.';
    expect(check(input).map((f) => [f.text, f.group])).toEqual([['4.1 per cent', 'military personnel'], ['13.5 per cent', 'police component'], ['29 per cent', 'international civilian staff']]);
  });
  it('FR: items after « Les femmes représentent : », ending in « ; »', () => {
    const input = 'Les femmes représentent :\n- 4,1 % du personnel militaire ;\n- 13,5 % de la composante de police.';
    expect(check(input).map((f) => [f.text, f.group])).toEqual([['4,1 %', 'personnel militaire'], ['13,5 %', 'composante de police']]);
  });
  it('a bullet after a full stop starts a new sentence', () => {
    expect(check('Women make up most of the staff.\n• 40 per cent of patrols were at night.')).toEqual([]);
    expect(check('Women make up most of the staff\n• 40 per cent of patrols were at night.')).toEqual([]);
  });
  it('a blank line, even with spaces on it, ends the sentence', () => {
    expect(check('Women make up\n \n4 per cent of troops.')).toEqual([]);
    expect(check('Women make up\n\t\u00A0\n4 per cent of troops.')).toEqual([]);
    expect(check('Women make up\n4 per cent of troops.').map((f) => f.text)).toEqual(['4 per cent']);
  });
});

describe('findFigures: lists with "respectively"', () => {
  for (const [name, input, want] of LISTS) it(name, () => expect(check(input).map((f) => [f.text, f.group])).toEqual(want));
  it('bare numbers give their own offsets and values', () => {
    const input = 'Women make up 3, 11 and 20 per cent of troops, police and civilian staff respectively.';
    const figs = check(input);
    expect(figs.map((f) => [f.start, f.end, f.percent])).toEqual([[14, 15, 3], [17, 19, 11], [24, 35, 20]]);
  });
});

// ---- targets and quotas vs observed shares
const TARGETS: [input: string, want: [text: string, target: boolean][]][] = [
  ['The Ministry set a target of 15 per cent women by 2028 for staff officers.', [['15 per cent', true]]],
  ['Electoral lists must include at least 30 % women.', [['30 %', true]]],
  ['Women will make up at least 20 per cent of the new battalion.', [['20 per cent', true]]],
  ['Women should make up 20 per cent of the new battalion.', [['20 per cent', true]]],
  ['Women made up 20 per cent of the new battalion.', [['20 per cent', false]]],
  ['TCCs should ensure that 25 % of military observers are women by the end of 2027.', [['25 %', true]]],
  ['In 2027, 25 % of military observers were women.', [['25 %', false]]],
  ['Women make up 30 per cent of the committee by 2023 standards.', [['30 per cent', false]]],
  ['The plan aims to raise the share of women among police officers to 30 per cent.', [['30 per cent', true]]],
  ['The plan aims to raise the share of women among police officers from 11 to 30 per cent.', [['11', false], ['30 per cent', true]]],
  ['The share of women among police officers rose from 11 to 14 per cent.', [['11', false], ['14 per cent', false]]],
  ['Several initiatives helped to increase women’s representation in peace operations from 29 per cent in 2019 to 33 per cent.', [['29 per cent', false], ['33 per cent', false]]],
  ['At least 30 per cent of those elected to the councils were women.', [['30 per cent', false]]],
  ['At least 30 per cent of those elected to the councils will be women.', [['30 per cent', true]]],
  ['The 30 per cent quota for women in parliament was met.', [['30 per cent', true]]],
  ['No women were appointed despite a 30 % statutory quota for ministerial posts.', [['30 %', true]]],
  ['Parties are urged to meet the quota of at least 35 percent of women as required by law for candidates.', [['35 percent', true]]],
  ['The Council called for doubling the number of women in military contingents from 3 per cent over five years.', [['3 per cent', false]]],
  ['La loi fixe un quota de 30 % de femmes sur les listes électorales.', [['30 %', true]]],
  ['Le gouvernement s\'est engagé à porter à 30 % la part des femmes dans les fonctions électives d\'ici 2030.', [['30 %', true]]],
  ['Au moins 30 % des membres des comités locaux devront être des femmes.', [['30 %', true]]],
  ['L\'objectif est d\'atteindre 15 % de femmes parmi les officiers d\'état-major.', [['15 %', true]]],
  ['En 2009, l\'ONU a fixé l\'objectif d\'augmenter jusqu\'à 20% la proportion des femmes policières dans les opérations de maintien de la paix.', [['20%', true]]],
  ['La proportion de femmes parmi les conseillers municipaux est passée de 9 % à 26,6 %.', [['9 %', false], ['26,6 %', false]]],
  ['Les femmes doivent représenter au moins 30 % des membres des commissions.', [['30 %', true]]],
  ['Le plan vise à porter la part des femmes parmi les casques bleus à 15 %.', [['15 %', true]]],
  ['La part des femmes parmi les casques bleus a été portée à 15 %.', [['15 %', false]]],
  // a deadline after the percentage (« d'ici », « avant ») is no body; aims said with « entend », « prévoit de », "hopes to"
  ['Le plan vise à porter la proportion de femmes dans la police à 30 % d’ici 2030.', [['30 %', true]]],
  ["Le plan vise à porter la proportion de femmes dans la police à 30 % d'ici 2030.", [['30 %', true]]],
  ['Le plan vise à porter la proportion de femmes dans la police à 30 % avant 2030.', [['30 %', true]]],
  ['La proportion de femmes dans la police atteindra 30 % d’ici 2030.', [['30 %', true]]],
  ['La proportion de femmes dans la police était de 30 % après 2020.', [['30 %', false]]],
  ['Le gouvernement entend atteindre 15 % de femmes parmi les militaires.', [['15 %', true]]],
  ['Les ministres entendent atteindre 15 % de femmes parmi les militaires.', [['15 %', true]]],
  ['Le ministère prévoit de porter la part des femmes dans la police à 20 %.', [['20 %', true]]],
  ['Les ministères prévoient d’atteindre 20 % de femmes parmi les policiers.', [['20 %', true]]],
  ['Le plan ambitionne d’atteindre 20 % de femmes parmi les policiers.', [['20 %', true]]],
  ['Les deux plans visent à porter la part des femmes parmi les policiers à 20 %.', [['20 %', true]]],
  ['The ministry hopes to reach 20 per cent women among police officers.', [['20 per cent', true]]],
  ['The force expects to reach 20 per cent women among its officers.', [['20 per cent', true]]],
  ['The service strives to reach 20 per cent women among its officers.', [['20 per cent', true]]],
  ['The minister wants to reach 20 per cent women among police officers.', [['20 per cent', true]]],
  ['Le gouvernement a atteint 15 % de femmes parmi les militaires.', [['15 %', false]]],
  ['La loi prévoit 30 % de femmes sur les listes électorales.', [['30 %', true]]],
  ['The law requires 30 per cent women on electoral lists.', [['30 per cent', true]]],
  ['La loi exige 30 % de femmes sur les listes électorales.', [['30 %', true]]],
  ['La loi impose au moins 30 % de femmes sur les listes électorales.', [['30 %', true]]],
  // seats and posts reserved for women: a quota, said actively or in the passive
  ['The new law reserves 30 per cent of seats for women.', [['30 per cent', true]]],
  ['The constitution reserves 30 per cent of seats in parliament for women.', [['30 per cent', true]]],
  ['At least 30 per cent of seats are reserved for women.', [['30 per cent', true]]],
  ['Thirty per cent of the posts were set aside for women.', [['Thirty per cent', true]]],
  ['La loi réserve 30 % des sièges aux femmes.', [['30 %', true]]],
  ['Au moins 30 % des sièges sont réservés aux femmes.', [['30 %', true]]],
  ['L’accord attribue 35 % des postes aux femmes.', [['35 %', true]]],
  // reserved for someone else: an observed share; and money reserved for women's groups is no share of women
  ['Women hold 20 per cent of the seats reserved for civil society.', [['20 per cent', false]]],
  ['The fund allocates 15 per cent of its budget to women’s organisations.', []],
];

describe('findFigures: targets and quotas', () => {
  for (const [input, want] of TARGETS) {
    it(input, () => {
      const figs = check(input);
      expect(figs.map((f) => [f.text, f.target === true])).toEqual(want);
      for (const f of figs) expect('target' in f).toBe(f.target === true); // absent, never false
    });
  }
});

// ---- women, girls, both; "women and children" is not a share of women
describe('findFigures: whom the percentage counts', () => {
  const rows: [string, Whom[]][] = [
    ['Girls make up 45 per cent of pupils enrolled in the camp schools.', ['girls']],
    ['Les filles représentent 48 % des élèves inscrits dans les écoles des sites.', ['girls']],
    ['Women and girls make up 56 % of the displaced population.', ['women-and-girls']],
    ['Girls and women make up 56 % of the displaced population.', ['women-and-girls']],
    ['Les femmes et les filles représentent 56 % des personnes déplacées.', ['women-and-girls']],
    ['The number of displaced persons rose to 312,000, of whom 56 per cent are women and girls.', ['women-and-girls']],
    ['Women make up 51 per cent of the population of the region.', ['women']],
    ['Engagement platoons will be composed of at least 50 per cent female soldiers.', ['women']],
  ];
  for (const [input, want] of rows) it(input, () => expect(check(input).map((f) => f.women)).toEqual(want));
});

// ---- distractors: never figures; those that name women are kept apart with their kind
const DISTRACTORS: [name: string, input: string, others: [text: string, kind: OtherFigure['kind']][]][] = [
  ['incidents', 'Women and girls were affected in 97 percent of the GBV incidents reported.', [['97 percent', 'victims']]],
  ['incidents that involve women', 'Some 97 percent of the incidents recorded involve women and girls.', [['97 percent', 'victims']]],
  ['allegations', 'Women accounted for 40 per cent of the allegations received.', [['40 per cent', 'victims']]],
  ['a label of events', 'Women allegations: 40 per cent.', [['40 per cent', 'victims']]],
  ['a label without a body', 'Women: 40 per cent.', []],
  // rates that name what they measure, and rates of a base of women
  ['FR: a deployment rate', 'Le taux de déploiement des femmes atteint 85 %.', []],
  ['FR: an employment rate', 'Le taux d’emploi des femmes est de 30 %.', []],
  ['FR: an unemployment rate', 'Le taux de chômage des femmes est de 30 %.', []],
  ['a rate of deployment', 'The rate of deployment of women reached 85 per cent.', []],
  ['female unemployment', 'Female unemployment is 30 per cent.', []],
  ['female literacy', 'Female literacy is 30 per cent.', []],
  ['women’s wages', 'Women’s wages are 30 per cent.', []],
  ['FR: « la pauvreté des femmes »', 'La pauvreté des femmes atteint 30 %.', []],
  ['FR: incidents', 'Les femmes sont touchées dans 60 % des incidents signalés.', [['60 %', 'victims']]],
  ['victims counted, not women: survivors without shelter', 'Among women survivors, 92 per cent were unable to find a shelter.', []],
  ['a base of women survivors', 'Some 60 per cent of women survivors were displaced twice.', [['60 per cent', 'about-women']]],
  ['an attitude of respondents is not a share', 'Some 66 per cent of the women surveyed said that patrols made them feel safer.', [['66 per cent', 'about-women']]],
  ['FR: an attitude of respondents is not a share', 'Près de 70 % des femmes interrogées estiment que la police les protège.', [['70 %', 'about-women']]],
  ['prevalence of FGM', 'The prevalence of FGM is estimated at 89 per cent.', [['89 per cent', 'victims']]],
  ['incidents attributed to an armed group', 'Armed group X was responsible for 40 per cent of the incidents affecting women.', []],
  ['a base of women: married before 18', 'More than 50 per cent of women were married before 18.', [['50 per cent', 'about-women']]],
  ['a base of women: peacekeepers serving in some missions', 'Some 60 per cent of female peacekeepers serve in multidimensional missions.', [['60 per cent', 'about-women']]],
  ['a base of women: of them … serve', 'Among women peacekeepers, who make up 6 per cent of the force, 60 per cent of them serve in two missions.', [['60 per cent', 'about-women']]],
  ['a base of women: interviewed', 'Some 80 per cent of the women interviewed said they felt unsafe.', [['80 per cent', 'about-women']]],
  ['FR: a base of women', 'Près de 60 % des femmes interrogées déclarent avoir subi des violences.', [['60 %', 'about-women']]],
  ['FR: women and children', 'Les femmes et les enfants représentent 80 % des personnes déplacées.', [['80 %', 'mixed']]],
  ['men and women', 'Men and women each make up 50 per cent of the committee.', [['50 per cent', 'mixed']]],
  ['turnout', 'The turnout for the elections was 42.8 per cent, and women voted in large numbers.', []],
  ['turnout among women', 'Turnout among women reached 48 per cent.', []],
  ['FR: taux de participation', 'Le taux de participation des femmes au scrutin a atteint 48 %.', []],
  ['a rate of female officers', 'The deployment rate of female officers reached 85 per cent.', []],
  ['a participation rate', 'Women\'s labour force participation rate is 40 per cent.', []],
  ['increased by', 'Women\'s participation in the committees increased by 5 per cent.', []],
  ['a decrease of', 'A decrease of 7 per cent in the number of women deployed was recorded.', []],
  ['rose N per cent', 'The number of women deployed rose 7 per cent.', []],
  ['FR: augmenté de', 'La participation des femmes a augmenté de 12 % en un an.', []],
  ['FR: probability augmente de', 'Lorsque les femmes participent, la probabilité de paix augmente de 20 pour cent.', []],
  ['percentage points', 'Female participation grew by 3 percentage points.', []],
  ['more/less likely', 'When women take part, agreements are 35% more likely to last and 64% less likely to fail.', []],
  ['fewer', 'Some 42 per cent fewer women were deployed than in 2015.', []],
  ['budget', 'Women\'s organizations received 15 per cent of the budget allocated to the programme.', []],
  ['FR: funds', 'Il faudrait affecter à l\'autonomisation des femmes au moins 15 % des fonds.', []],
  ['FR: agreements that mention women', 'Entre 1990 et 2000, 11 pour cent des accords de paix comprenaient une référence aux femmes.', []],
  ['authorized strength', 'The Mission had deployed 87 per cent of its authorized personnel, and women are few.', []],
  ['the budget of a body', 'Women make up 4 per cent of troops and 3 per cent of the mission budget.', []],
  ['funds after a known share', 'Women account for 4 per cent of troops and 15 per cent of funds.', []],
  ['FR: the budget of the police', 'Les femmes représentent 4 per cent des troupes et 3 % du budget de la police.', []],
  ['its own clause after a semicolon', 'Women make up 4 per cent of troops; 60 per cent of the patrols were conducted at night.', []],
  ['its own clause after ", and"', 'Women make up 4 per cent of troops, and 60 per cent of the patrols were conducted at night.', []],
  ['its own clause, a participle before the verb', 'Women make up 4 per cent, and 60 per cent of the patrols conducted were at night.', []],
  ['a sign before the number', 'Women make up +5 % of troops.', []],
  ['an unknown word after the percentage, a body before it', 'Women make up 4 per cent of troops, and the troops received a 12 percent budget increase.', []],
  ['of whom … without any women-word', 'Peacekeepers deployed in the east, 60 per cent of whom serve in Africa, rotate yearly.', []],
  ['a predicate after "while" belongs to another clause', 'Some 4 per cent of the staff arrived late, while the others were women.', []],
  ['more than 100', 'Women make up 150 per cent of troops.', []],
];

describe('findFigures: distractors stay out', () => {
  for (const [name, input, want] of DISTRACTORS) {
    it(name, () => {
      const others: OtherFigure[] = [];
      const figs = findFigures(input, others);
      // the only figures allowed are real shares stated in the same sentence ("Women make up 4 per cent of troops")
      expect(figs.every((f) => f.text === '4 per cent' || f.text === '6 per cent')).toBe(true);
      expect(others.map((o) => [o.text, o.kind])).toEqual(want);
      for (const o of others) {
        expect(input.slice(o.start, o.end)).toBe(o.text);
        expect(o.sentence).toEqual(sentenceAt(input, o.start));
      }
    });
  }
  it('collects nothing apart when no list is given', () => {
    expect(findFigures('Women and girls were affected in 97 percent of the GBV incidents reported.')).toEqual([]);
  });
});

// ---- a change of a share of women is not a share: the subject and the body are there, the verb says "by"
describe('findFigures: changes', () => {
  const changes = ['rose by', 'fell by', 'increased by', 'decreased by', 'grew by', 'dropped by', 'declined by', 'went up by', 'went down by',
    'showed an increase of', 'showed a decrease of', 'saw a reduction of', 'saw a drop of', 'recorded a growth of', 'jumped', 'climbed'];
  for (const c of changes) {
    it(`"${c}"`, () => {
      expect(check(`The share of women among police officers ${c} 7 per cent.`)).toEqual([]);
      expect(check(`The share of women among police officers ${c.replace(/ /g, '  ')}  7 per cent.`)).toEqual([]);
      // the same sentence with a level instead of a change is a share
      expect(check('The share of women among police officers stood at 7 per cent.').map((f) => f.group)).toEqual(['police officers']);
    });
  }
  const fr = ['a augmenté de', 'a diminué de', 'est en hausse de', 'est en baisse de', 'a progressé de', 'marque un recul de', 'a reculé de', 'a chuté de', 'a gagné de plus'];
  for (const c of fr) {
    it(`« ${c} »`, () => {
      expect(check(`La part des femmes parmi les policiers ${c} 7 %.`)).toEqual([]);
      expect(check(`La part des femmes parmi les policiers ${c.replace(/ /g, '\n')}\n7 %.`)).toEqual([]);
      expect(check('La part des femmes parmi les policiers est de 7 %.').map((f) => f.group)).toEqual(['policiers']);
    });
  }
});

// ---- an abbreviation with a full stop does not end the sentence between the women-word and the percentage
describe('findFigures: abbreviations inside a sentence', () => {
  const abbrevs = ['e.g', 'i.e', 'eg', 'ie', 'p', 'No', 'Nos', 'para', 'paras', 'art', 'arts', 'cf', 'vs', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Lt', 'Col', 'Gen', 'Maj', 'Capt', 'Sgt',
    'approx', 'pp', 'vol', 'fig', 'op', 'res', 'U.N', 'U.S', 'ref', 'Mme', 'M', 'nº', 'J'];
  for (const a of abbrevs) {
    it(`"${a}."`, () => expect(check(`Women, said ${a}. Dupont, make up 4 per cent of troops.`).map((f) => f.text)).toEqual(['4 per cent']));
  }
  it('an ordinary word with a full stop ends it', () => expect(check('Women spoke. Dupont said troops make up 4 per cent of the force.')).toEqual([]));
});

// ---- every figure carries its sentence (core/text/sentence.ts), as findings do
describe('findFigures: sentence', () => {
  it('is the sentence of sentence.ts around the figure', () => {
    const input = 'The Mission deployed new units. Women make up 4.1 per cent of military personnel and 13.5 per cent of the police component.\n\nThe share of women among municipal councillors rose from 9 % to 26.6 %.';
    const figs = check(input);
    expect(figs).toHaveLength(4);
    for (const f of figs) expect(f.sentence).toEqual(sentenceAt(input, f.start));
    expect(input.slice(figs[0]!.sentence.start, figs[0]!.sentence.end)).toBe('Women make up 4.1 per cent of military personnel and 13.5 per cent of the police component.');
    expect(input.slice(figs[3]!.sentence.start, figs[3]!.sentence.end)).toBe('The share of women among municipal councillors rose from 9 % to 26.6 %.');
  });
  it('block input: figure and sentence offsets are both block-relative', () => {
    const blocks = [{ id: 'a', text: 'Engineers repaired the bridge.' }, { id: 'b', text: 'Patrols continued. Women make up 4 per cent of troops.' }];
    const r = analyze(blocks);
    expect(r.figures).toHaveLength(1);
    const g = r.figures[0]!;
    expect(g.block).toBe('b');
    expect(blocks[1]!.text.slice(g.start, g.end)).toBe('4 per cent');
    expect(blocks[1]!.text.slice(g.sentence.start, g.sentence.end)).toBe('Women make up 4 per cent of troops.');
  });
  it('the evidence finding of a figure has the figure\'s sentence', () => {
    const input = 'Patrols continued. Women make up 4 per cent of troops.';
    const r = analyze(input);
    const f = r.findings.find((x) => x.start === r.figures[0]!.start)!;
    expect(f.sentence).toEqual(r.figures[0]!.sentence);
  });
});

// ---- windows: how far a women-word, a predicate or the previous figure may be
describe('findFigures: window boundaries', () => {
  const filler = (n: number) => 'x'.repeat(n);
  it('a subject women-word counts up to 300 characters before the percentage', () => {
    // cue at 0, token at 15 + n
    const at = (n: number) => check(`Women make up ${filler(n)} 4 per cent of troops.`).length;
    expect(at(285)).toBe(1);
    expect(at(286)).toBe(0);
  });
  it('a predicate ("… were women") counts when its copula ends within 250 characters after the percentage', () => {
    // the token ends at 10; the copula "were" takes 22 + n … 26 + n
    const at = (n: number) => check(`4 per cent of troops ${filler(n)} were women.`).length;
    expect(at(234)).toBe(1);
    expect(at(235)).toBe(0);
  });
  it('a bare later percentage takes the share before it within 80 characters', () => {
    // "… 29 per cent" + " in " + filler + " to " + "33 per cent": gap = 8 + n
    const at = (n: number) => check(`Women's share of the police rose from 29 per cent in ${filler(n)} to 33 per cent.`).map((f) => f.text);
    expect(at(72)).toEqual(['29 per cent', '33 per cent']);
    expect(at(73)).toEqual(['29 per cent']);
  });
  it('the eight nearest women-words are looked at, no more', () => {
    const at = (n: number) => check(`Women make up ${'women '.repeat(n)}4 % of troops.`).length;
    expect(at(7)).toBe(1);
    expect(at(8)).toBe(0);
  });
  it('"respectively" may stand up to 30 characters before the first percentage', () => {
    const groups = (sp: number) => check(`Les femmes représentent respectivement${' '.repeat(sp)}5 % et 12 % des contingents et des unités de police.`).map((f) => f.group);
    expect(groups(1)).toEqual(['contingents', 'unités de police']);
    expect(groups(16)).toEqual(['contingents', 'unités de police']);
    expect(groups(17)).toEqual(['contingents', 'contingents']);
  });
});

// ---- number parsing (figure-tokens.ts)
describe('parseNumber and parseWordNumber', () => {
  const nums: [string, number][] = [['2,2', 2.2], ['2.2', 2.2], ['12,5', 12.5], ['1 050', 1050], ['1\u00A0050', 1050], ['1\u202F050', 1050], ['1,000', 1000],
    ['0,500', 0.5], ['12,50', 12.5], ['12', 12], ['0', 0], ['100', 100]];
  for (const [raw, v] of nums) it(`"${raw}" → ${v}`, () => expect(parseNumber(raw)).toBe(v));
  it('junk is NaN', () => {
    for (const raw of ['', 'abc', '1,2,3', '1..2', '-4']) expect(parseNumber(raw)).toBeNaN();
  });
  const words: [string, number][] = [['zero', 0], ['one', 1], ['nineteen', 19], ['twenty', 20], ['fifty-one', 51], ['ninety nine', 99], ['one hundred', 100],
    ['a hundred', 100], ['hundred', 100], ['un', 1], ['une', 1], ['seize', 16], ['dix-sept', 17], ['cinquante-et-un', 51], ['soixante', 60], ['soixante-dix', 70],
    ['soixante-et-onze', 71], ['soixante-dix-neuf', 79], ['quatre-vingts', 80], ['quatre-vingt-un', 81], ['quatre-vingt-dix', 90], ['quatre-vingt-dix-neuf', 99],
    ['  Fifty  ', 50], ['TRENTE-DEUX', 32]];
  for (const [raw, v] of words) it(`"${raw}" → ${v}`, () => expect(parseWordNumber(raw)).toBe(v));
  it('unknown words are NaN', () => {
    for (const raw of ['', 'foo', 'twenty-foo', 'one two three four five']) expect(parseWordNumber(raw)).toBeNaN();
  });
  it('French tens and teens are read as tokens', () => {
    const figs = check('Les femmes représentent quatre-vingt-dix-neuf pour cent des élus et soixante-dix pour cent des maires, et dix-sept pour cent des députés.');
    expect(figs.map((f) => [f.text, f.percent])).toEqual([['quatre-vingt-dix-neuf pour cent', 99], ['soixante-dix pour cent', 70], ['dix-sept pour cent', 17]]);
  });
});
