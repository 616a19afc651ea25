// Human labels (core/lexicon/labels.ts, data/labels.json): every id a person can meet has an English and a
// French name; ids never leak into what a person reads; unknown ids (a pack's) still read as words.
import { describe, expect, it } from 'vitest';
import lexicon from '../core/data/lexicon.json' with { type: 'json' };
import profiles from '../core/data/profiles.json' with { type: 'json' };
import {
  conceptLabel, familyName, familyWhy, pillarWhy, flagLabel, FLAGS, gapKindLabel, GapKind, groupName, kindLabel, LABELS, LabelsFile, labelLanguage,
  levelLabel, loadLexicon, PILLAR_IDS, PROFILE_IDS, profileLabel, REVIEW_KINDS, sectionCaption, sectionHeading, SectionKind,
  severityLabel, WPS_PILLARS,
} from '../core/index.ts';

describe('labels', () => {
  const rows: [string, () => [string, string], string, string][] = [
    ['profile thematic-resolution', () => [profileLabel('thematic-resolution', 'en'), profileLabel('thematic-resolution', 'fr')], 'Thematic resolution', 'Résolution thématique'],
    ['profile oporder', () => [profileLabel('oporder'), profileLabel('oporder', 'fr')], 'Operation order', "Ordre d'opération"],
    ['profile generic', () => [profileLabel('generic'), profileLabel('generic', 'fr')], 'General document', 'Document général'],
    ['a pack profile with its own label', () => [profileLabel('nato-opord', 'en', 'NATO operation order'), profileLabel('nato-opord', 'fr', 'NATO operation order')], 'NATO operation order', 'NATO operation order'],
    ['a pack profile without one', () => [profileLabel('nato-opord'), profileLabel('nato-opord', 'fr')], 'Nato opord', 'Nato opord'],
    ['family relief-recovery', () => [familyName('relief-recovery'), familyName('relief-recovery', 'fr')], 'Relief and recovery', 'Secours et relèvement'],
    ['group protection (the pillar id)', () => [groupName('protection'), groupName('protection', 'fr')], 'Protection (general)', 'Protection (en général)'],
    ['group crsv', () => [groupName('crsv'), groupName('crsv', 'fr')], 'Conflict-related sexual violence', 'Violences sexuelles liées aux conflits'],
    ['concept par-local-mediation', () => [conceptLabel('par-local-mediation', 'en', 'Women in local conflict resolution and reconciliation'), conceptLabel('par-local-mediation', 'fr')], 'Women in local conflict resolution and reconciliation', 'Femmes dans le règlement local des conflits et la réconciliation'],
    ['a user concept', () => [conceptLabel('my-concept', 'en', 'My concept'), conceptLabel('my-concept', 'fr', 'My concept')], 'My concept', 'My concept'],
    ['a concept with no label anywhere', () => [conceptLabel('x-y_z'), conceptLabel('x-y_z', 'fr')], 'X y z', 'X y z'],
    ['kind context', () => [kindLabel('context').label, kindLabel('context', 'fr').label], 'Mention', 'Mention'],
    ['kind negated', () => [kindLabel('negated').label, kindLabel('negated', 'fr').label], 'Stated as absent', 'Dit absent'],
    ['flag boilerplate', () => [flagLabel('boilerplate').label, flagLabel('boilerplate', 'fr').label], 'Stock phrase', 'Formule toute faite'],
    ['flag procedural', () => [flagLabel('procedural').label, flagLabel('procedural', 'fr').label], 'Procedural', 'Procédural'],
    ['gap kind annex-only', () => [gapKindLabel('annex-only').label, gapKindLabel('annex-only', 'fr').label], 'Only in annexes', 'Seulement en annexe'],
    ['severity high', () => [severityLabel('high'), severityLabel('high', 'fr')], 'High', 'Élevée'],
    ['level recommended', () => [levelLabel('recommended'), levelLabel('recommended', 'fr')], 'Recommended', 'Recommandée'],
  ];
  it.each(rows)('%s', (_, get, en, fr) => {
    expect(get()).toEqual([en, fr]);
  });

  it('explains every kind and flag in a sentence, in both languages', () => {
    for (const k of REVIEW_KINDS) for (const l of ['en', 'fr'] as const) expect(kindLabel(k, l).explain).toMatch(/^[A-ZÉ].{20,}[.»”]$/);
    for (const f of FLAGS) for (const l of ['en', 'fr'] as const) expect(flagLabel(f, l).explain).toMatch(/^[A-ZÉ].{20,}[.»”]$/);
    for (const g of GapKind.options) for (const l of ['en', 'fr'] as const) expect(gapKindLabel(g, l).explain).toMatch(/^[A-ZÉ].{20,}\.$/);
    expect(kindLabel('context').explain).toMatch(/without a task or advice/);
    expect(flagLabel('boilerplate').explain).toMatch(/women and children/);
  });

  it('has both languages for every id, and no raw id as a name', () => {
    const lists: [string, readonly string[], Record<string, { en: string; fr: string }>][] = [
      ['profiles', PROFILE_IDS, LABELS.profiles], ['families', WPS_PILLARS, LABELS.families], ['groups', PILLAR_IDS, LABELS.groups],
      ['sectionKinds', SectionKind.options, LABELS.sectionKinds],
    ];
    for (const [name, keys, rec] of lists) {
      expect(Object.keys(rec).sort(), name).toEqual([...keys].sort());
      for (const k of keys) {
        expect(rec[k]!.en, `${name}.${k}`).not.toBe(k);
        expect(rec[k]!.fr.length, `${name}.${k}`).toBeGreaterThan(2);
      }
    }
    // Every built-in profile and concept (the data files themselves) is named in both languages.
    for (const p of (profiles as { profiles: { id: string }[] }).profiles) expect(LABELS.profiles[p.id], p.id).toBeDefined();
    const concepts = (lexicon as { concepts: { id: string; label: string }[] }).concepts;
    expect(Object.keys(LABELS.concepts).sort()).toEqual(concepts.map((c) => c.id).sort());
    for (const c of concepts) expect(LABELS.concepts[c.id], c.id).not.toBe(c.label);
    // Families and their own pillar id never share a name.
    for (const f of WPS_PILLARS) for (const l of ['en', 'fr'] as const) expect(groupName(f, l)).not.toBe(familyName(f, l));
  });

  it('the labels file is validated: a missing id is an error that names it', () => {
    const broken = structuredClone(LABELS) as unknown as Record<string, Record<string, unknown>>;
    delete broken.profiles!['oporder'];
    const res = LabelsFile.safeParse(broken);
    expect(res.success).toBe(false);
    expect(JSON.stringify(res.error?.issues)).toMatch(/missing \\"oporder\\"/);
    expect(LabelsFile.safeParse({ ...LABELS, extra: 1 }).success).toBe(false);
  });

  it('why a pillar matters, per family, in both languages', () => {
    expect(familyWhy('crsv')).toBe(pillarWhy('crsv'));
    expect(familyWhy('crsv', 'fr')).toBe(familyWhy('protection', 'fr'));
    expect(familyWhy('crsv', 'fr')).toMatch(/^Les opérations de paix doivent protéger les femmes et les filles/);
    for (const p of PILLAR_IDS) expect(familyWhy(p, 'fr')).not.toBe(familyWhy(p, 'en'));
    expect(familyWhy('training', 'fr')).toMatch(/^Une perspective de genre/);
  });

  it('labelLanguage: French only for French', () => {
    expect(['fr', 'en', 'und', undefined, 'de'].map(labelLanguage)).toEqual(['fr', 'en', 'en', 'en', 'en']);
  });

  const sections: [Parameters<typeof sectionCaption>[0], string, string, string, string][] = [
    [{ kind: 'operative', number: '4' }, 'Operative paragraph 4', 'Paragraphe du dispositif 4', 'Operative paragraph 4', 'Paragraphe du dispositif 4'],
    [{ kind: 'preamble' }, 'Preamble', 'Préambule', 'Preamble', 'Préambule'],
    [{ kind: 'opord-paragraph', number: '3', title: 'EXECUTION' }, 'Paragraph 3', 'Paragraphe 3', 'Paragraph 3: EXECUTION', 'Paragraphe 3 : EXECUTION'],
    [{ kind: 'annex', number: 'Annex K', title: 'GENDER' }, 'Annex K', 'Annexe K', 'Annex K: GENDER', 'Annexe K : GENDER'],
    [{ kind: 'annex', number: 'Annexe K' }, 'Annexe K', 'Annexe K', 'Annexe K', 'Annexe K'],
    [{ kind: 'annex', number: 'K' }, 'Annex K', 'Annexe K', 'Annex K', 'Annexe K'],
    [{ kind: 'heading', title: 'EXECUTIVE  SUMMARY' }, 'Heading', 'Rubrique', 'EXECUTIVE SUMMARY', 'EXECUTIVE SUMMARY'],
    [{ kind: 'heading', number: 'IV.', title: 'IV. Observations' }, 'Heading', 'Rubrique', 'IV. Observations', 'IV. Observations'],
    [{ kind: 'paragraph', number: '12' }, 'Paragraph 12', 'Paragraphe 12', 'Paragraph 12', 'Paragraphe 12'],
  ];
  it.each(sections)('section %j', (s, capEn, capFr, headEn, headFr) => {
    expect([sectionCaption(s), sectionCaption(s, 'fr'), sectionHeading(s), sectionHeading(s, 'fr')]).toEqual([capEn, capFr, headEn, headFr]);
  });

  it('a user lexicon profile keeps its own label when the built-in list has none', () => {
    const lex = loadLexicon([{ name: 'pack.json', data: { concepts: [], profiles: [{ id: 'nap', label: 'National action plan', rules: [] }] } }]);
    expect(profileLabel('nap', 'en', lex.profiles.get('nap')?.label)).toBe('National action plan');
  });
});
