// The adviser's brief (core/brief/brief.ts, core/brief/format.ts): why (shares of women, stated shortfalls,
// mandate language) and how (the document's recommendations, the gaps of a type with rules), each
// item tied to its sentence with exact offsets; Markdown, text, HTML and JSON per the contract.
// Real text (the DCAF case study) is read from /work/shared at run time; the mini documents are ours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze, brief, Brief, BRIEF_FORMATS, briefQuote, formatBrief, formatBriefHtml, formatBriefJson, formatBriefMarkdown, formatBriefText,
  type BriefItem, type Report, type TextBlock,
} from '../core/index.ts';
import { corpusDir } from './support/corpus.ts';

const CASE_STUDY = () => readFileSync(join(corpusDir(), 'reports', 'dcaf-2024-mali-gbv-case-study.txt'), 'utf8');

const EN_REPORT = `Review of Gender Integration in Sector North

Executive Summary

This review looks at how the battalion in Sector North takes women, peace and security into account. Women make up 3 per cent of the battalion's personnel. No gender focal point has been appointed in the battalion. The mandate of the mission requires it to protect women and girls from sexual violence, in line with resolution 1325 (2000). The battalion must appoint a gender focal point in every company within three months.

Findings

Patrols rarely speak to women in the villages. The battalion should deploy mixed patrols in the villages where women report insecurity. No gender focal point has been appointed in the battalion. Almost 40 per cent of reported incidents took place near water points.

Recommendations

1. Appoint a gender focal point in every company within three months.
2. Train all platoon commanders on conflict-related sexual violence before deployment.
3. Consider reviewing the reporting format.
We recommend that the battalion collect sex-disaggregated data in every patrol report.

References

UN Security Council, resolution 1325 (2000). Women, peace and security should be read with care.
`;

const FR_REPORT = `Évaluation de l'intégration du genre dans le secteur Nord

Résumé

Les femmes représentent 4 % des effectifs du bataillon. Aucun point focal genre n'a été désigné dans le bataillon. Le mandat de la mission lui demande de protéger les femmes et les filles contre les violences sexuelles, conformément à la résolution 1325 (2000).

Constats

Le bataillon devrait déployer des patrouilles mixtes dans les villages où les femmes signalent une insécurité.

Recommandations

1. Désigner un point focal genre dans chaque compagnie d'ici trois mois.
2. Former tous les chefs de section aux violences sexuelles liées aux conflits avant le déploiement.
Il est recommandé de recueillir des données ventilées par sexe dans chaque rapport de patrouille.
`;

const ORDER = `OPERATION ORDER 03/26 - SECTOR EAST

1. SITUATION
a. Armed groups move along the river routes at night.

2. MISSION
The battalion secures the market towns of the sector from 1 May in order to allow free movement.

3. EXECUTION
a. Companies will patrol the river routes daily.
b. The reserve shall be ready to move within two hours.

4. SERVICE SUPPORT
Fuel is drawn at the sector depot.

5. COMMAND AND SIGNAL
The battalion commander is at the main base.
`;

/** Every document-sourced item quotes exactly input.slice(start, end). */
function expectExactSources(items: BriefItem[], text: string): void {
  for (const it of items) {
    if (it.source.origin !== 'document') continue;
    expect(text.slice(it.source.start!, it.source.end!)).toBe(it.source.text);
  }
}

const unescapeMd = (s: string) => s.replace(/\\([\\`*_[\]#|~$\-+=.)])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The Markdown's sections and list items, checked against the contract's shape. */
function parseMarkdown(md: string, why: string, how: string, open: string, close: string) {
  const lines = md.split('\n');
  const wi = lines.indexOf(`## ${why}`);
  const hi = lines.indexOf(`## ${how}`);
  expect(wi).toBeGreaterThan(0);
  expect(hi).toBeGreaterThan(wi);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const itemRe = new RegExp(`^(?:- |\\d+\\. )\\*\\*(.+?)\\*\\* — ${esc(open)}(.+)${esc(close)}(?: \\((.+)\\))?$`);
  const items = (from: number, to: number) => lines.slice(from + 1, to).filter((l) => /^(?:- |\d+\. )/.test(l)).map((l) => {
    const m = itemRe.exec(l);
    expect(m, l).not.toBeNull();
    return { action: unescapeMd(m![1]!), quote: unescapeMd(m![2]!), where: m![3] };
  });
  const next = lines.findIndex((l, k) => k > hi && /^\*\w/.test(l));
  return { why: items(wi, hi), how: items(hi, next < 0 ? lines.length : next), lines };
}

describe('brief of the DCAF case study (read at run time)', () => {
  const text = CASE_STUDY();
  const report = analyze(text, { source: 'dcaf' });
  const b = brief(report, text);

  it('gives at least three actions from its recommendations, each with its whole source sentence', () => {
    expect(b.how.length).toBeGreaterThanOrEqual(3);
    expectExactSources([...b.why, ...b.how], text);
    for (const it of b.how) {
      expect(it.kind).toBe('recommendation');
      expect(it.source.origin).toBe('document');
      expect(it.source.title).toMatch(/^(?:RECOMMENDATIONS|Recommendations for .+)$/);
      expect(it.source.text).toMatch(/[.!?]$/); // a whole sentence, not a fragment
      expect(it.source.text).not.toMatch(/^[-•\d]/); // the list marker is not part of the quote
    }
    // Strongest first: weights never rise down the list.
    for (let k = 1; k < b.how.length; k++) expect(b.how[k]!.weight).toBeLessThanOrEqual(b.how[k - 1]!.weight);
    const md = formatBriefMarkdown(b);
    const parsed = parseMarkdown(md, 'Why', 'How', '“', '”');
    expect(parsed.how.length).toBe(b.how.length);
    parsed.how.forEach((p, k) => expect(p.quote).toBe(oneLine(b.how[k]!.source.text)));
  });

  it('quotes only figures that are shares of women: not the share of cases involving girls, nor the share of survivors who are displaced', () => {
    const nonShares = ['66 per cent', '11 per cent'].map((f) => {
      const at = text.indexOf(f);
      expect(at).toBeGreaterThan(0);
      return at;
    });
    const figures = b.why.filter((i) => i.kind === 'figure');
    for (const f of figures) {
      expect(['mission-personnel', 'host-nation']).toContain(f.figure!.category);
      expect(f.figure!.women).not.toBe('girls');
      expect(f.source.text).toMatch(/\bwomen\b|\bfemale\b/i);
      for (const at of nonShares) expect(at >= f.source.start! && at < f.source.end!).toBe(false);
      // The figure is one of the report's, inside its quoted sentence.
      expect(report.figures.some((g) => g.percent === f.figure!.percent && g.start >= f.source.start! && g.end <= f.source.end!)).toBe(true);
    }
    // Nothing from the references or notes: every quoted sentence sits before the reference list.
    const refs = text.indexOf('\nREFERENCES\n');
    for (const it of [...b.why, ...b.how]) expect(it.source.start!).toBeLessThan(refs);
  });
});

describe('brief of a report with a recommendations section (EN, our own text)', () => {
  const report = analyze(EN_REPORT, { source: 'mini-en', profile: 'generic' });
  const b = brief(report, EN_REPORT);

  it('ranks the concrete actions of the recommendations first, then recommendation-shaped sentences elsewhere; the weak one last', () => {
    expect(b.how.map((i) => i.text)).toEqual([
      'Appoint a gender focal point in every company within three months',
      'The battalion should collect sex-disaggregated data in every patrol report',
      'Train all platoon commanders on conflict-related sexual violence before deployment',
      'The battalion should deploy mixed patrols in the villages where women report insecurity',
      'Consider reviewing the reporting format',
    ]);
    expect(b.how.map((i) => i.source.title)).toEqual(['Recommendations', 'Recommendations', 'Recommendations', 'Findings', 'Recommendations']);
    expect(b.how[1]!.source.text).toBe('We recommend that the battalion collect sex-disaggregated data in every patrol report.');
    expect(b.notes).toEqual([]);
    expectExactSources(b.how, EN_REPORT);
  });

  it('says an action once: the summary repeating a recommendation yields to the recommendation', () => {
    expect(b.how.filter((i) => /appoint a gender focal point/i.test(i.source.text))).toHaveLength(1);
    expect(b.how.some((i) => i.source.text.startsWith('The battalion must appoint'))).toBe(false);
  });

  it('leaves the references out, even where a sentence there is shaped like a recommendation', () => {
    const refs = EN_REPORT.indexOf('References\n');
    for (const it of [...b.why, ...b.how]) expect(it.source.start!).toBeLessThan(refs);
  });

  it('why: the share of women, the stated shortfall once, the mandate with its resolution', () => {
    expect(b.why.map((i) => [i.kind, i.text])).toEqual([
      ['figure', 'Women: 3\u00A0% (personnel)'],
      ['shortfall', 'Shortfall stated: gender focal point'],
      ['shortfall', 'Shortfall stated: women'],
      ['mandate', 'Mandate language: resolution 1325'],
      ['mandate', 'Mandate language: women, peace and security'],
    ]);
    expect(b.why[0]!.source.text).toBe("Women make up 3 per cent of the battalion's personnel.");
    expect(b.why[1]!.source.text).toBe('No gender focal point has been appointed in the battalion.');
    expect(b.why[3]!.source.text).toMatch(/^The mandate of the mission requires it/);
    expectExactSources(b.why, EN_REPORT);
  });

  it('Markdown: exactly `## Why` and `## How`, each item a bold point then its whole sentence in “ ”', () => {
    const md = formatBriefMarkdown(b, { title: 'Sector North' });
    expect(md.split('\n')[0]).toBe('# Brief: Sector North');
    const p = parseMarkdown(md, 'Why', 'How', '“', '”');
    expect(p.how.map((x) => x.action)).toEqual(b.how.map((i) => i.text));
    expect(p.how.map((x) => x.quote)).toEqual(b.how.map((i) => oneLine(i.source.text)));
    expect(p.why.map((x) => x.quote)).toEqual(b.why.map((i) => oneLine(i.source.text)));
    expect(p.how[0]!.where).toBe('Recommendations');
    expect(p.lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(md).not.toMatch(/\*Note:\*/);
  });

  it('JSON: { why, how } with offsets, valid against the schema', () => {
    const j = JSON.parse(formatBriefJson(b));
    expect(Brief.parse(j)).toEqual(b);
    expect(Object.keys(j)).toEqual(['version', 'source', 'language', 'why', 'how', 'notes']);
    for (const it of [...j.why, ...j.how]) expect(EN_REPORT.slice(it.source.start, it.source.end)).toBe(it.source.text);
  });

  it('text: headings WHY and HOW, the quote under each item', () => {
    const t = formatBriefText(b).split('\n');
    expect(t[0]).toBe('Brief: mini-en');
    expect(t).toContain('WHY');
    expect(t).toContain('HOW');
    const k = t.indexOf(`1. ${b.how[0]!.text}`);
    expect(k).toBeGreaterThan(t.indexOf('HOW'));
    expect(t[k + 1]).toBe(`   “${b.how[0]!.source.text}” (Recommendations)`);
  });

  it('every format from one dispatcher', () => {
    for (const f of BRIEF_FORMATS) expect(formatBrief(f, b)).toContain(b.how[0]!.text);
    expect(formatBrief('json', b)).toBe(formatBriefJson(b));
  });
});

describe('brief of a French report (our own text)', () => {
  const report = analyze(FR_REPORT, { source: 'mini-fr', profile: 'generic' });
  const b = brief(report, FR_REPORT);

  it('French recommendations: infinitives, « il est recommandé de », « devrait » elsewhere', () => {
    expect(b.language).toBe('fr');
    expect(b.how.map((i) => i.text)).toEqual([
      'Recueillir des données ventilées par sexe dans chaque rapport de patrouille',
      "Désigner un point focal genre dans chaque compagnie d'ici trois mois",
      'Former tous les chefs de section aux violences sexuelles liées aux conflits avant le déploiement',
      'Le bataillon devrait déployer des patrouilles mixtes dans les villages où les femmes signalent une insécurité',
    ]);
    expect(b.why.map((i) => i.kind)).toEqual(['figure', 'shortfall', 'mandate']);
    expect(b.why[0]!.text).toBe('Femmes : 4\u00A0% (bataillon)');
    expect(b.why[1]!.text).toBe('Manque constaté : point focal genre');
    expectExactSources([...b.why, ...b.how], FR_REPORT);
  });

  it('Markdown: the contract headings (## Why, ## How), French title and « » around the whole sentence', () => {
    const md = formatBriefMarkdown(b);
    expect(md.split('\n')[0]).toBe('# Argumentaire\u00A0: mini-fr');
    const p = parseMarkdown(md, 'Why', 'How', '«\u00A0', '\u00A0»');
    expect(p.how.map((x) => x.quote)).toEqual(b.how.map((i) => oneLine(i.source.text)));
    expect(md).not.toContain('“');
    expect(formatBriefText(b)).toContain('POURQUOI');
    expect(formatBriefHtml(b)).toContain('<html lang="fr">');
  });

  it('too few actions: an honest note, in French', () => {
    const t = `Note sur le bataillon\n\nRecommandations\n\n1. Désigner un point focal genre dans chaque compagnie.\n`;
    const one = brief(analyze(t, { profile: 'generic', language: 'fr' }), t);
    expect(one.how).toHaveLength(1);
    expect(one.notes[0]).toMatch(/^Le document n'offre que une seule action pratique|^Le document n'offre qu/);
    expect(formatBriefMarkdown(one)).toContain('*Remarque:* ');
  });
});

describe('brief of an order with rules: actions from its gaps', () => {
  const report = analyze(ORDER, { source: 'order', profile: 'oporder' });
  const b = brief(report, ORDER);

  it('at least three gap actions, strongest gaps first, each tied to the profile rule it comes from', () => {
    expect(report.gaps.length).toBeGreaterThanOrEqual(3);
    expect(b.how.length).toBeGreaterThanOrEqual(3);
    expect(b.how.length).toBeLessThanOrEqual(7);
    for (const it of b.how) {
      expect(it.kind).toBe('gap');
      const gap = report.gaps.find((g) => g.rule === it.gap!.rule)!;
      expect(gap).toBeDefined();
      expect(it.gap!.suggestion).toBe(gap.suggestion);
      expect(it.source.rule).toBe(gap.rule);
      // Nothing in this order says it: the source is the rule's reason.
      expect(it.source.origin).toBe('profile');
      expect(it.source.text).toBe(gap.reason.replace(/\s+/g, ' ').trim());
      expect(it.text).toMatch(/^Add to (?:paragraph [1-5] \([A-Z ]+\)|the document): \S/);
    }
    const sev = { high: 0, medium: 1, low: 2 } as const;
    const ranks = b.how.map((i) => sev[i.gap!.severity as keyof typeof sev]);
    expect([...ranks].sort()).toEqual(ranks);
    // The order's own will/shall sentences are its tasks, not recommendations to the reader.
    expect(b.how.some((i) => /patrol the river routes|reserve shall/.test(i.source.text))).toBe(false);
  });

  it('Markdown quotes the rule reason and names the rule', () => {
    const p = parseMarkdown(formatBriefMarkdown(b), 'Why', 'How', '“', '”');
    expect(p.how[0]!.where).toMatch(/^reason of profile rule oporder\./);
    expect(p.how[0]!.quote).toBe(b.how[0]!.source.text);
  });

  it('a gap found only in an annex cites the annex sentence that says it', () => {
    const withAnnex = `${ORDER}\nANNEX K - GENDER\n\nPatrols will report suspected conflict-related sexual violence to the Women Protection Adviser within 24 hours.\n`;
    const r = analyze(withAnnex, { profile: 'oporder' });
    const bb = brief(r, withAnnex);
    const annexGap = bb.how.find((i) => i.gap?.kind === 'annex-only');
    expect(annexGap).toBeDefined();
    expect(annexGap!.text).toMatch(/^Bring from the annex into /);
    expect(annexGap!.source.origin).toBe('document');
    expect(annexGap!.source.text).toBe('Patrols will report suspected conflict-related sexual violence to the Women Protection Adviser within 24 hours.');
    expectExactSources(bb.how, withAnnex);
  });
});

describe('figures in the why: only shares of women', () => {
  const text = 'Women are 6 per cent of the force. The force has 12 per cent of its posts vacant. Almost 70 per cent of cases involve girls. Girls are 45 per cent of pupils. The target is 15 per cent women among staff officers.';
  const base = analyze(text, { profile: 'generic' });
  const at = (s: string) => text.indexOf(s);
  const fig = (s: string, extra: Record<string, unknown>) => ({ start: at(s), end: at(s) + s.length, text: s, percent: parseFloat(s), group: 'force', ...extra });
  const report: Report = {
    ...base,
    figures: [
      fig('6 per cent', { category: 'mission-personnel' }),
      fig('12 per cent', { category: 'mission-personnel' }), // its sentence names no women, and no `women` field says otherwise
      fig('70 per cent', { category: 'population' }),
      fig('45 per cent', { category: 'host-nation', women: 'girls' }),
      fig('15 per cent', { category: 'mission-personnel', target: true, women: 'women' }),
    ] as Report['figures'],
  };
  const figures = brief(report, text).why.filter((i) => i.kind === 'figure');

  it('keeps the observed share and the target, drops population, girls and a sentence that names no women', () => {
    expect(figures.map((f) => f.text)).toEqual(['Women: 6\u00A0% (force)', 'Target: 15\u00A0% women (force)']);
    expect(figures[1]!.figure!.target).toBe(true);
    expect(figures[0]!.weight).toBeGreaterThan(figures[1]!.weight);
    expect(figures[0]!.source.text).toBe('Women are 6 per cent of the force.');
  });

  it('uses the figure\'s own sentence when the report gives one', () => {
    const s = 'Women are 6 per cent of the force.';
    const r: Report = { ...report, figures: [{ ...report.figures[0]!, sentence: { start: 0, end: s.length } } as Report['figures'][number]] };
    expect(brief(r, text).why.find((i) => i.kind === 'figure')!.source).toMatchObject({ start: 0, end: s.length, text: s });
  });
});

describe('block input (Word paragraphs)', () => {
  const blocks: TextBlock[] = EN_REPORT.split('\n').map((t, k) => ({ id: `p${k}`, text: t }));
  const report = analyze(blocks, { profile: 'generic' });
  const b = brief(report, blocks);

  it('sources carry their block and block-local offsets; the same actions as for the joined text', () => {
    expect(b.how.map((i) => i.text)).toEqual(brief(analyze(EN_REPORT, { profile: 'generic' }), EN_REPORT).how.map((i) => i.text));
    const byId = new Map(blocks.map((x) => [x.id, x.text]));
    for (const it of [...b.why, ...b.how]) {
      expect(it.source.block).toBeDefined();
      expect(byId.get(it.source.block!)!.slice(it.source.start!, it.source.end!)).toBe(it.source.text);
    }
  });
});

describe('block input without blank lines (page elements, Word paragraphs)', () => {
  const blocks: TextBlock[] = EN_REPORT.split('\n').filter((t) => t.trim()).map((t, k) => ({ id: `b${k}`, text: t }));
  const b = brief(analyze(blocks, { profile: 'generic' }), blocks);

  it('each short Title Case block is a heading: items name the section they are in, references stay out', () => {
    expect(b.why.map((i) => i.source.title)).toEqual(['Executive Summary', 'Executive Summary', 'Findings', 'Executive Summary', 'Executive Summary']);
    expect(b.how.map((i) => i.source.title)).toEqual(['Recommendations', 'Recommendations', 'Recommendations', 'Findings', 'Recommendations']);
    expect([...b.why, ...b.how].some((i) => i.source.text.startsWith('UN Security Council'))).toBe(false);
  });
});

describe('document text stays text in every format', () => {
  const text = `Study\n\nRecommendations\n\n1. Appoint a gender focal point <img src=x onerror="alert(1)"> in each *company* & unit.\n2. Deploy mixed patrols with women officers in every [sector](javascript:alert(1)).\n3. Train all staff on gender-based violence.\n`;
  const b = brief(analyze(text, { profile: 'generic' }), text);

  it('HTML escapes markup; Markdown escapes it too', () => {
    expect(b.how.length).toBe(3);
    const html = formatBriefHtml(b);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).not.toMatch(/<script|javascript:alert\(1\)\)">/);
    const md = formatBriefMarkdown(b);
    expect(md).not.toContain('<img');
    expect(md).toContain('\\*company\\*');
    expect(md).toContain('\\[sector\\]');
    const p = parseMarkdown(md, 'Why', 'How', '“', '”');
    const k = b.how.findIndex((i) => i.source.text.includes('<img'));
    expect(p.how[k]!.quote).toBe(oneLine(b.how[k]!.source.text));
  });
});

describe('fewer than three actions', () => {
  it('an honest note instead of invented actions', () => {
    const t = 'Study of the battalion\n\nRecommendations\n\n1. Appoint a gender focal point in each company.\n';
    const b = brief(analyze(t, { profile: 'generic' }), t);
    expect(b.how).toHaveLength(1);
    expect(b.notes[0]).toBe('The document offers only one practical action (in its recommendations); a brief needs at least three: add your own.');
    const none = brief(analyze('A short note on logistics.', { profile: 'generic' }), 'A short note on logistics.');
    expect(none.how).toEqual([]);
    expect(none.notes).toEqual([
      'The document offers no practical action (in its recommendations); a brief needs at least three: add your own.',
      'The document states no share of women, no shortfall and no mandate language to build the "why" on.',
    ]);
    expect(formatBriefMarkdown(none)).toContain('## How\n\nNo practical action found.\n');
  });
});

describe('findings marked as references are left out', () => {
  it('a shortfall in a finding flagged reference: true does not reach the why', () => {
    const t = 'No gender focal point has been appointed in the battalion.';
    const r = analyze(t, { profile: 'generic' });
    expect(brief(r, t).why.map((i) => i.kind)).toContain('shortfall');
    const flagged: Report = { ...r, findings: r.findings.map((f) => ({ ...f, reference: true })) };
    expect(brief(flagged, t).why).toEqual([]);
    const furniture: Report = { ...r, structure: [{ id: 'refs', kind: 'references' as never, start: 0, end: t.length }] };
    expect(brief(furniture, t).why).toEqual([]);
  });
});

describe('quotation marks', () => {
  it('“…” in English, « … » with no-break spaces in French', () => {
    expect(briefQuote('x', 'en')).toBe('“x”');
    expect(briefQuote('x', 'fr')).toBe('«\u00A0x\u00A0»');
  });
});
