import { describe, expect, it } from 'vitest';
import cues from '../core/data/cues.json' with { type: 'json' };
import { findFigures } from '../core/figures.ts';
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

  // ---------------------------------------------------------------- population (distractors that must not be staffing)
  { name: 'IDP share is population',
    input: 'Women represent 54 percent of the internally displaced population in the central regions.',
    expect: [[54, 'internally displaced population', 'population']] },
  { name: 'Among IDPs … were women',
    input: 'Among IDPs registered in the camps, 57 per cent were women.',
    expect: [[57, 'idps', 'population']] },
  { name: 'survivors are women',
    input: 'Some 99 % of the survivors assisted by the centres are women.',
    expect: [[99, 'survivors', 'population']] },
  { name: 'victim share',
    input: 'Only 14 per cent of the victims recorded by the human rights division were women.',
    expect: [[14, 'victims', 'population']] },
  { name: 'GBV incidents involving women and girls',
    input: 'Women and girls were affected in 97 percent of the GBV incidents reported.',
    expect: [[97, 'gbv incidents', 'population']] },
  { name: 'FGM prevalence',
    input: 'The prevalence of FGM is estimated at 89 per cent.',
    expect: [[89, 'fgm', 'population']] },
  { name: 'child marriage: N % of women',
    input: 'More than 50 per cent of women were married before 18.',
    expect: [[50, 'married before 18', 'population']] },
  { name: 'testimonies',
    input: 'Women gave 60 % of the testimonies heard by the commission.',
    expect: [[60, 'testimonies', 'population']] },

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
  it('keeps a women body (excision, FGM) without any word for women', () => {
    const figs = check('The prevalence of excision is estimated at 89 per cent in the north.');
    expect(figs.map((f) => [f.percent, f.group, f.category])).toEqual([[89, 'excision', 'population']]);
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

  it('handles 1 MB of "%" and other degenerate inputs quickly', () => {
    const inputs = [
      '%'.repeat(1 << 20),
      '1%'.repeat(1 << 19),
      ('women 1% of troops ').repeat(50_000),
      '\u0000'.repeat(1 << 20),
      '😀'.repeat(1 << 19),
      '\uD800'.repeat(1 << 19),
      '9'.repeat(1 << 20) + ' %',
      '1 000 '.repeat(100_000) + '%',
      ' '.repeat(1 << 20) + '5 %',
      '.\n'.repeat(1 << 19),
      '',
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      const figs = check(s);
      const ms = performance.now() - t0;
      for (const f of figs) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(s.length);
      }
      expect(ms).toBeLessThan(10_000);
    }
  });

  it('is linear: twice the text takes about twice the time', () => {
    const unit = 'Women make up 3.8 percent of military personnel and 12 percent of the budget. The weather was fine. ';
    const time = (n: number) => {
      const s = unit.repeat(n);
      const t0 = performance.now();
      const figs = findFigures(s);
      expect(figs).toHaveLength(n);
      return performance.now() - t0;
    };
    time(2_000); // warm up
    const a = time(10_000);
    const b = time(40_000);
    expect(b / Math.max(a, 1)).toBeLessThan(12);
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
