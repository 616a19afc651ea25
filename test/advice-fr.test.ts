// French advice (core/report/advice.ts, data/profiles-fr.json): every built-in rule has its reason, basis and
// suggested wording in both languages; a French document gets the French ones in its gaps, end to end
// (analyze → gaps), and an English one keeps the English text of profiles.json unchanged. Our own texts.
import { describe, expect, it } from 'vitest';
import profilesData from '../core/data/profiles.json' with { type: 'json' };
import frData from '../core/data/profiles-fr.json' with { type: 'json' };
import {
  adviceLanguage, analyze, BUILTIN_FRENCH, gapInLanguage, gapReason, loadLexicon, ProfilesFile, ruleText, RuleTranslationsFile,
  type GapKind, type Profile,
} from '../core/index.ts';

const builtin = ProfilesFile.parse(profilesData).profiles;
const rules = builtin.flatMap((p) => p.rules);
const lex = loadLexicon();

describe('every rule speaks both languages', () => {
  it('the French file is valid and names exactly the built-in rules', () => {
    expect(RuleTranslationsFile.safeParse(frData).success).toBe(true);
    expect(Object.keys(BUILTIN_FRENCH).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(rules.length).toBeGreaterThan(90);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    const fr = BUILTIN_FRENCH[rule.id]!;
    // Not the English left in place, and French: accents, French words, French spacing before ; : ? !
    for (const k of ['reason', 'basis', 'suggestion'] as const) {
      expect(fr[k], k).not.toBe(rule[k]);
      expect(fr[k], k).not.toMatch(/[^\s ]([;?!]|:(?!\/))(\s|$)/);
      // (Titles of English sources stay as published, between « and ».)
      expect(fr[k].replace(/«[^»]*»/g, ''), k).not.toMatch(/ (the|and|of|shall|will|must|should) /);
    }
    expect(fr.reason).toMatch(/ (les?|la|des|du|une?|et) /);
    expect(fr.suggestion).toMatch(/ (les?|la|des|du|une?|et|à) /);
    // Suggestions keep the order's paragraph number, so Word still inserts them where they belong.
    const num = /^\s*(\d+(?:\.[a-z0-9]+)*\.(?:\(\w+\))*)/.exec(rule.suggestion)?.[1];
    if (num) expect(fr.suggestion.startsWith(num), `${rule.id} starts with ${num}`).toBe(true);
    // Resolution rules read like the French of Council resolutions: a capitalised verb opens the paragraph, a semicolon closes it.
    if (/;$/.test(rule.suggestion)) {
      expect(fr.suggestion).toMatch(/ ;$/);
      expect(fr.suggestion).toMatch(/^(Décide|Prie|Demande|Exhorte|Exige|Encourage|Engage)\b/);
    }
    // The citations keep their resolution numbers and years.
    for (const res of rule.basis.match(/S\/RES\/\d+ \(\d{4}\)/g) ?? []) expect(fr.basis).toContain(res);
    expect(fr.basis).not.toMatch(/\bOP\d/);
    // The lexicon as loaded carries the French on the rule.
    const loaded = [...lex.profiles.values()].flatMap((p) => p.rules).find((r) => r.id === rule.id)!;
    expect(loaded.fr).toEqual(fr);
  });

  it('the English of profiles.json is what the loaded rules still say', () => {
    for (const r of rules) {
      const loaded = [...lex.profiles.values()].flatMap((p) => p.rules).find((x) => x.id === r.id)!;
      expect([loaded.reason, loaded.basis, loaded.suggestion]).toEqual([r.reason, r.basis, r.suggestion]);
    }
  });
});

describe('choosing the language', () => {
  const rule = { reason: 'Why.', basis: 'Basis.', suggestion: 'Say it.', fr: { reason: 'Pourquoi.', basis: 'Fondement.', suggestion: 'Dites-le.' } };
  it.each([
    ['fr', 'fr', 'Pourquoi.'], ['en', 'en', 'Why.'], ['und', 'en', 'Why.'], [undefined, 'en', 'Why.'],
  ] as const)('document language %s → %s', (lang, want, reason) => {
    const t = ruleText(rule, adviceLanguage(lang));
    expect([t.language, t.reason]).toEqual([want, reason]);
  });

  it('a rule without French stays English in a French document, and says so', () => {
    const { fr: _, ...plain } = rule;
    expect(ruleText(plain, 'fr')).toEqual({ reason: 'Why.', basis: 'Basis.', suggestion: 'Say it.', language: 'en' });
  });

  const prefixes: [GapKind, string, string][] = [
    ['missing', 'Why.', 'Pourquoi.'],
    ['annex-only', 'Found only in an annex, not in the main body. Why.', 'Présent seulement dans une annexe, pas dans le corps du texte. Pourquoi.'],
    ['negated-only', 'Mentioned only as absent or not done. Why.', 'Mentionné seulement comme absent ou non fait. Pourquoi.'],
    ['advice-only', 'Said only as advice (should / may / encourages), never as a task. Why.', 'Dit seulement comme conseil (devrait / peut / encourage), jamais comme tâche. Pourquoi.'],
    ['boilerplate-only', 'Appears only as a stock phrase with no actor, task or means. Why.', "N'apparaît que dans une formule toute faite, sans acteur, tâche ni moyens. Pourquoi."],
    ['preamble-only', 'Appears only in preambular paragraphs, which task no one. Why.', "N'apparaît que dans les alinéas du préambule, qui ne chargent personne d'une tâche. Pourquoi."],
  ];
  it.each(prefixes)('reason of a %s gap', (kind, en, fr) => {
    expect(gapReason(kind, 'Why.', 'en')).toBe(en);
    expect(gapReason(kind, 'Pourquoi.', 'fr')).toBe(fr);
  });
});

// Our own French order: its main body names nothing, Annex K says it all.
const ORDRE = [
  "ORDRE D'OPÉRATION N° 11/26 (OPÉRATION COLLINE CLAIRE)", '',
  '1. SITUATION', 'Des bandes armées rançonnent les marchés de la vallée.', '',
  '2. MISSION', 'Le bataillon contrôle la vallée à compter du 1er juillet afin de protéger les civils.', '',
  '3. EXÉCUTION', 'Les compagnies tiennent les points de passage de jour comme de nuit.', '',
  '4. SOUTIEN', 'Les vivres sont acheminés par convoi chaque mardi.', '',
  '5. COMMANDEMENT ET TRANSMISSIONS', 'Le poste de commandement est installé à Béla.', '',
  'ANNEXE K – GENRE',
  '1. Les patrouilles comprendront des femmes et rencontreront les associations de femmes de chaque village.',
  '2. Les unités signaleront toute violence sexuelle liée au conflit à la conseillère pour la protection des femmes.', '',
].join('\n');

// The same order in English, our own words.
const ORDER = [
  'OPERATION ORDER 11/26 (OPERATION CLEAR HILL)', '',
  '1. SITUATION', 'Armed bands extort the markets of the valley.', '',
  '2. MISSION', 'The battalion controls the valley from 1 July to protect civilians.', '',
  '3. EXECUTION', 'Companies hold the crossing points day and night.', '',
  '4. SUSTAINMENT', 'Rations come by convoy every Tuesday.', '',
  '5. COMMAND AND SIGNAL', 'The command post is at Bela.', '',
  'ANNEX K – GENDER',
  '1. Patrols will include women and will meet the women\'s associations of each village.',
  '2. Units will report any conflict-related sexual violence to the Women Protection Adviser.', '',
].join('\n');

describe('end to end: analyze → gaps', () => {
  it('a French order gets French gaps, and the same rules as its English twin', () => {
    const fr = analyze(ORDRE);
    const en = analyze(ORDER);
    expect([fr.profile.id, fr.language, en.profile.id, en.language]).toEqual(['oporder', 'fr', 'oporder', 'en']);
    expect(fr.gaps.length).toBeGreaterThan(10);
    expect(fr.gaps.map((g) => [g.rule, g.kind])).toEqual(en.gaps.map((g) => [g.rule, g.kind]));
    for (const g of fr.gaps) {
      const t = BUILTIN_FRENCH[g.rule]!;
      expect(g.language).toBe('fr');
      expect(g.suggestion).toBe(t.suggestion);
      expect(g.basis).toBe(t.basis);
      expect(g.reason).toBe(gapReason(g.kind, t.reason, 'fr'));
    }
    const kw = fr.gaps.find((g) => g.rule === 'oporder.main-body-keywords')!;
    expect(kw.kind).toBe('annex-only');
    expect(kw.reason).toMatch(/^Présent seulement dans une annexe, pas dans le corps du texte\. Un ordre dont le corps ne nomme jamais les femmes/);
    expect(kw.suggestion).toMatch(/^3\.d\.\(x\) Femmes, paix et sécurité\./);
    expect(fr.coverage.scoreBasis).toMatch(/règles? sur \d+/);
  });

  it('an English order keeps the English texts of profiles.json, with no language field', () => {
    const en = analyze(ORDER);
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const g of en.gaps) {
      expect(g.language).toBeUndefined();
      expect(g.suggestion).toBe(byId.get(g.rule)!.suggestion);
      expect(g.basis).toBe(byId.get(g.rule)!.basis);
      expect(g.reason.endsWith(byId.get(g.rule)!.reason)).toBe(true);
    }
  });

  it('a French resolution gets suggestions in the French of Council resolutions', () => {
    const RES = [
      'Résolution 9999 (2026)', '',
      'Le Conseil de sécurité,', '',
      'Rappelant ses résolutions antérieures sur la situation dans le pays,', '',
      'Constatant que la situation demeure une menace pour la paix et la sécurité internationales,', '',
      '1. Décide de proroger le mandat de la Mission jusqu\'au 30 juin 2027 ;', '',
      '2. Autorise la Mission à user de tous les moyens nécessaires pour protéger les civils ;', '',
      '3. Prie le Secrétaire général de lui faire rapport tous les trois mois ;', '',
      '4. Décide de rester activement saisi de la question.', '',
    ].join('\n');
    const r = analyze(RES, { profile: 'mandate' });
    expect(r.language).toBe('fr');
    expect(r.gaps.length).toBeGreaterThan(5);
    for (const g of r.gaps) {
      expect(g.language).toBe('fr');
      expect(g.suggestion).toMatch(/^(Décide|Prie|Demande|Exhorte|Exige|Encourage|Engage)\b.* ;$/);
    }
  });

  it('block input (Word paragraphs) in French gets French gaps too', () => {
    const blocks = ORDRE.split('\n').filter(Boolean).map((text, i) => ({ id: `p${i}`, text }));
    const r = analyze(blocks);
    expect(r.language).toBe('fr');
    expect(r.gaps.every((g) => g.language === 'fr')).toBe(true);
  });

  it('the interface language may ask for the other one: gapInLanguage', () => {
    const fr = analyze(ORDRE);
    const profiles = [...lex.profiles.values()];
    const g = fr.gaps.find((x) => x.kind === 'annex-only')!;
    const en = gapInLanguage(g, 'en', profiles);
    const rule = rules.find((r) => r.id === g.rule)!;
    expect(en).toMatchObject({ rule: g.rule, kind: g.kind, language: 'en', suggestion: rule.suggestion, basis: rule.basis, reason: gapReason('annex-only', rule.reason, 'en') });
    expect(gapInLanguage(en, 'fr', profiles)).toEqual(g);
    expect(gapInLanguage(g, 'fr', profiles)).toBe(g);
    // Unknown rule, or a rule with no French: the gap as it was.
    expect(gapInLanguage({ ...g, rule: 'x.unknown', language: undefined }, 'fr', profiles).language).toBeUndefined();
    const plain: Profile = { id: 'p', label: 'P', cues: [], rules: [{ id: 'p.r', level: 'required', keywords: ['x'], where: 'any', reason: 'R', basis: 'B', suggestion: 'S' }] };
    const eg = { rule: 'p.r', severity: 'high' as const, kind: 'missing' as const, reason: 'R', basis: 'B', suggestion: 'S' };
    expect(gapInLanguage(eg, 'fr', [plain])).toBe(eg);
  });

  it('a user rule may carry its own French', () => {
    const pack = {
      concepts: [],
      profiles: [{
        id: 'nap', label: 'National action plan', cues: [],
        rules: [{ id: 'nap.budget', level: 'required', keywords: ['budget'], reason: 'A plan needs a budget.', basis: 'Guidance.', suggestion: 'Add a budget line.',
          fr: { reason: 'Un plan a besoin d\'un budget.', basis: 'Orientations.', suggestion: 'Ajouter une ligne budgétaire.' } }],
      }],
    };
    const userLex = loadLexicon([{ name: 'pack.json', data: pack }]);
    const r = analyze("Le plan national prévoit des formations pour les femmes et les filles dans chaque région du pays.", { lexicon: userLex, profile: 'nap' });
    expect(r.language).toBe('fr');
    expect(r.gaps).toEqual([expect.objectContaining({ rule: 'nap.budget', reason: "Un plan a besoin d'un budget.", suggestion: 'Ajouter une ligne budgétaire.', language: 'fr' })]);
    const e = analyze('The national plan provides training for women and girls in every region of the country.', { lexicon: userLex, profile: 'nap' });
    expect(e.gaps[0]).toMatchObject({ reason: 'A plan needs a budget.', suggestion: 'Add a budget line.' });
    expect(e.gaps[0]!.language).toBeUndefined();
  });
});
