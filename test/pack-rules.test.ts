// What a pack can say beyond concepts and checklists: relational gap rules (a subject that must stand
// with a companion, in a section, or as a task: core/report/relations.ts), and verb strengths, order
// headings and type cues (core/lexicon/verb-cues.ts), each refused with one line per problem when it
// would silently change a built-in reading. The NATO and NAP packs' relational rules, EN and FR.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, LexiconError, loadPackLexicon, type PackError, type Lexicon, type Report } from '../core/index.ts';

let lex: Lexicon;
beforeAll(async () => { lex = await loadPackLexicon(['nato', 'nap']); });

const relational = (r: Report) => r.gaps.filter((g) => g.relational).map((g) => g.rule).sort();

// ---------------------------------------------------------------- NATO orders of our own

const ORDER_EN = `NATO OPERATION ORDER 7/27 — TASK FORCE EAST

1. SITUATION
a. Enemy forces. The armed group commits sexual exploitation and abuse and conflict-related sexual violence against the population.

2. MISSION
TF EAST secures the river corridor from D-Day to D+30.

3. EXECUTION
a. Concept of operations. The cross-cutting topics apply to all lines of operation.
b. Coordinating instructions. Sexual exploitation and abuse and conflict-related sexual violence are prohibited.

4. SERVICE SUPPORT
a. A gender adviser is available to the logistics staff for questions on supplies.

5. COMMAND AND SIGNAL
a. Command. The main headquarters opens at the airfield.
`;
const ORDER_EN_FIXED = ORDER_EN
  .replace('The cross-cutting topics apply to all lines of operation.', 'Each battalion will report on the cross-cutting topics to the GENAD every week.')
  .replace('a. Command. The main headquarters opens at the airfield.', 'a. Command. The GENAD is a member of the command group and reports directly to COM TF EAST.')
  .replace('b. Coordinating instructions. Sexual exploitation', 'b. Coordinating instructions. Conflict-related sexual violence witnessed by patrols will be reported within 24 hours. Sexual exploitation');

const ORDER_FR = `OTAN ORDRE D'OPÉRATION 7/27 — FORCE OPÉRATIONNELLE EST

1. SITUATION
a. Forces ennemies. Le groupe armé commet l'exploitation et les abus sexuels et des violences sexuelles liées aux conflits contre la population.

2. MISSION
La FO EST sécurise le corridor fluvial de J à J+30.

3. EXÉCUTION
a. Concept de l'opération. Les thèmes transversaux s'appliquent à toutes les lignes d'opération.
b. Instructions de coordination. L'exploitation et les abus sexuels et les violences sexuelles liées aux conflits sont interdits.

4. SOUTIEN LOGISTIQUE
a. Un conseiller pour les questions de genre est à la disposition de la cellule logistique.

5. COMMANDEMENT ET TRANSMISSIONS
a. Commandement. Le poste de commandement principal s'ouvre sur l'aérodrome.
`;
const ORDER_FR_FIXED = ORDER_FR
  .replace("Les thèmes transversaux s'appliquent à toutes les lignes d'opération.", 'Chaque bataillon rendra compte chaque semaine des thèmes transversaux au GENAD.')
  .replace("a. Commandement. Le poste de commandement principal s'ouvre sur l'aérodrome.", 'a. Commandement. Le conseiller pour les questions de genre est membre du groupe de commandement et relève directement du commandant.')
  .replace('b. Instructions de coordination. L\'exploitation', 'b. Instructions de coordination. Les violences sexuelles liées aux conflits constatées par les patrouilles seront signalées sous 24 heures. L\'exploitation');

const NATO_RELATIONAL = ['nato-opord.cross-cutting-topics-tasked', 'nato-opord.crsv-apart-from-sea', 'nato-opord.gender-adviser-in-command-group'];

describe('NATO relational rules (brief A.5 NAT-G2, G3, G5)', () => {
  it('an adviser outside the command group, topics without a task, CRSV only beside SEA: three relational gaps, with their basis', () => {
    const r = analyze(ORDER_EN, { lexicon: lex, profile: 'nato-opord' });
    expect(relational(r)).toEqual(NATO_RELATIONAL);
    const g = r.gaps.find((x) => x.rule === 'nato-opord.gender-adviser-in-command-group')!;
    expect(g).toMatchObject({ kind: 'missing', severity: 'medium', level: 'recommended' });
    expect(g.basis).toMatch(/NAT-G2/);
    expect(g.basis).toMatch(/inference/);
    expect(g.evidence).toMatchObject({ mainBody: 1, annex: 0 });
    expect(r.gaps.find((x) => x.rule === 'nato-opord.crsv-apart-from-sea')!.severity).toBe('low');
  });

  it('the same order with the adviser in the command group, a reporting task and a CRSV instruction of its own: none', () => {
    const r = analyze(ORDER_EN_FIXED, { lexicon: lex, profile: 'nato-opord' });
    expect(relational(r)).toEqual([]);
  });

  it('in French: the same three gaps in French, and none once the order is mended', () => {
    const r = analyze(ORDER_FR, { lexicon: lex, profile: 'nato-opord' });
    expect(relational(r)).toEqual(NATO_RELATIONAL);
    const g = r.gaps.find((x) => x.rule === 'nato-opord.gender-adviser-in-command-group')!;
    expect(g.language).toBe('fr');
    expect(g.reason).toMatch(/groupe de commandement/);
    expect(relational(analyze(ORDER_FR_FIXED, { lexicon: lex, profile: 'nato-opord' }))).toEqual([]);
  });

  it('a rule whose subject is never named does not apply: no gap, and it is left out of the score', () => {
    const bare = ORDER_EN.replace(/a\. A gender adviser[^\n]*/, 'a. Fuel is drawn at the depot.');
    const r = analyze(bare, { lexicon: lex, profile: 'nato-opord' });
    expect(relational(r)).toEqual(['nato-opord.cross-cutting-topics-tasked', 'nato-opord.crsv-apart-from-sea']);
    const rules = (x: Report) => Number(/(\d+) rules?/.exec(x.coverage.scoreBasis ?? '')?.[1]);
    const all = analyze(ORDER_EN, { lexicon: lex, profile: 'nato-opord' });
    expect(rules(r)).toBe(rules(all) - 1);
  });
});

// ---------------------------------------------------------------- NAPs of our own

const NAP_EN = `National Action Plan on Women, Peace and Security 2027–2031

Pillar 1: Participation
Action 1.1. The Ministry of Defence will raise the share of women officers. A budget will be sought for this action.
Action 1.2. Civil society organisations will be consulted on the draft.
`;
const NAP_EN_FIXED = NAP_EN
  .replace('A budget will be sought for this action.', 'The budget of EUR 2.5 million is allocated from budget line 14.2 of the ministry.')
  .replace('Civil society organisations will be consulted on the draft.', 'Civil society organisations sit on the monitoring committee and may submit a shadow report.');

const NAP_FR = `Plan d'action national Femmes, paix et sécurité 2027–2031

Axe 1 : Participation
Action 1.1. Le ministère de la Défense augmentera la part des femmes officiers. Un financement sera recherché pour cette action.
Action 1.2. La société civile sera consultée sur le projet.
`;
const NAP_FR_FIXED = NAP_FR
  .replace('Un financement sera recherché pour cette action.', 'Un budget de 1 500 000 000 FCFA est inscrit au budget du ministère.')
  .replace('La société civile sera consultée sur le projet.', 'La société civile siège au comité de suivi et présente un rapport alternatif chaque année.');

describe('NAP relational rules (brief B.3 NAP-G1, G4)', () => {
  it('a budget without amount or line, civil society only consulted: two relational gaps; amounts and a monitoring role close them (EN)', () => {
    const r = analyze(NAP_EN, { lexicon: lex, profile: 'nap' });
    expect(relational(r)).toEqual(['nap.budget-with-amount', 'nap.civil-society-monitors']);
    expect(r.gaps.find((g) => g.rule === 'nap.budget-with-amount')!.reason).toMatch(/referenced, not allocated/);
    expect(relational(analyze(NAP_EN_FIXED, { lexicon: lex, profile: 'nap' }))).toEqual([]);
  });

  it('the same in French: « évoqué, non alloué », closed by an amount in FCFA and a seat on the comité de suivi', () => {
    const r = analyze(NAP_FR, { lexicon: lex, profile: 'nap' });
    expect(relational(r)).toEqual(['nap.budget-with-amount', 'nap.civil-society-monitors']);
    const g = r.gaps.find((x) => x.rule === 'nap.budget-with-amount')!;
    expect(g.language).toBe('fr');
    expect(g.reason).toMatch(/évoqué, non alloué/);
    expect(relational(analyze(NAP_FR_FIXED, { lexicon: lex, profile: 'nap' }))).toEqual([]);
  });
});

// ---------------------------------------------------------------- relations in a pack of our own

function pack(over: Record<string, unknown>): { name: string; data: unknown } {
  return {
    name: 'unit.json',
    data: {
      format: 'wps-lens-pack/1',
      pack: { id: 'unit-rules', name: 'Unit rules', version: '1.0.0', publisher: 'Example Unit' },
      concepts: [{ id: 'unit-gender-cell', label: 'Unit gender cell', pillar: 'structures', genderSpecific: true, terms: { en: ['gender cell'], fr: ['cellule genre'] } }],
      ...over,
    },
  };
}

const rule = (requires: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'unit-order.cell', level: 'required', concepts: ['unit-gender-cell'], where: 'any', requires,
  reason: 'The gender cell is named without what must go with it.', basis: 'Unit SOP 4.', suggestion: 'The gender cell will …', ...extra,
});
const profile = (rules: unknown[]) => [{ id: 'unit-order', label: 'Unit order', cues: [{ phrase: 'UNIT ORDER', weight: 5 }], rules }];

async function gapsFor(text: string, requires: unknown): Promise<string[]> {
  const l = await loadPackLexicon([pack({ profiles: profile([rule(requires)]) })]);
  return analyze(text, { lexicon: l, profile: 'unit-order' }).gaps.filter((g) => g.relational).map((g) => g.rule);
}

describe('relational conditions (any / all; within, with, without, task)', () => {
  const text = 'UNIT ORDER 3\n\n1. SITUATION\na. The gender cell meets on Mondays.\n\n3. EXECUTION\na. The gender cell will brief patrols before departure.\n';

  it('within a section (by id or by title), with a keyword in the sentence, without one, as a task', async () => {
    expect(await gapsFor(text, { any: [{ within: { sections: ['opord-3'] } }] })).toEqual([]);
    expect(await gapsFor(text, { any: [{ within: { sections: ['opord-5'] } }] })).toEqual(['unit-order.cell']);
    expect(await gapsFor(text, { any: [{ within: { titles: ['execution'] } }] })).toEqual([]);
    expect(await gapsFor(text, { any: [{ with: { keywords: ['patrols'] } }] })).toEqual([]);
    expect(await gapsFor(text, { any: [{ with: { keywords: ['commander'] } }] })).toEqual(['unit-order.cell']);
    expect(await gapsFor(text, { any: [{ without: { keywords: ['Mondays', 'patrols'] } }] })).toEqual(['unit-order.cell']);
    expect(await gapsFor(text, { any: [{ without: { keywords: ['Mondays'] } }] })).toEqual([]);
    expect(await gapsFor(text, { any: [{ task: true }] })).toEqual([]);
    expect(await gapsFor(text.replace('will brief', 'briefs'), { any: [{ task: true }] })).toEqual(['unit-order.cell']);
  });

  it('"all" needs every condition met by some mention; "any" one; a pattern counts as a companion', async () => {
    expect(await gapsFor(text, { all: [{ with: { keywords: ['Mondays'] } }, { task: true }] })).toEqual([]);
    expect(await gapsFor(text, { all: [{ with: { keywords: ['Mondays'] } }, { with: { keywords: ['commander'] } }] })).toEqual(['unit-order.cell']);
    expect(await gapsFor(text, { any: [{ with: { keywords: ['commander'] } }, { with: { patterns: ['\\bMon\\w+'] } }] })).toEqual([]);
  });

  it('a companion in the section (not only the sentence) when asked', async () => {
    const t = 'UNIT ORDER 3\n\n3. EXECUTION\na. The gender cell is set up.\nb. Patrols report weekly.\n';
    expect(await gapsFor(t, { any: [{ with: { keywords: ['patrols'] } }] })).toEqual(['unit-order.cell']);
    expect(await gapsFor(t, { any: [{ with: { keywords: ['patrols'], in: 'section' } }] })).toEqual([]);
  });

  it('malformed relations are refused, one line per problem naming the pack file, rule and field', async () => {
    const issues = async (rules: unknown[]) => {
      const e = await loadPackLexicon([pack({ profiles: profile(rules) })]).then(() => null, (x: unknown) => x);
      expect(e).toBeInstanceOf(LexiconError); // PackError is one too
      return (e as LexiconError).issues;
    };
    const shape = await issues([
      rule({ any: [{}] }, { id: 'unit-order.empty' }),
      rule({ any: [{ task: true }], all: [{ task: true }] }, { id: 'unit-order.both' }),
      rule({ any: [{ with: { in: 'section' } }] }, { id: 'unit-order.nothing' }),
    ]);
    expect(shape).toHaveLength(3);
    expect(shape[0]).toMatch(/^unit\.json: profiles\[0\].*rules\[0\]\.requires field "any\[0\]": a condition needs within, with, without or task$/);
    expect(shape[1]).toMatch(/rules\[1\] field "requires": give exactly one of "any" or "all"$/);
    expect(shape[2]).toMatch(/rules\[2\]\.requires\.any\[0\] field "with": needs concepts, keywords or patterns$/);
    const refs = await issues([
      rule({ any: [{ with: { concepts: ['nobody-defines-this'] } }] }),
      rule({ any: [{ without: { patterns: ['(a+)+b'] } }] }, { id: 'unit-order.slow' }),
    ]);
    expect(refs).toHaveLength(2);
    expect(refs[0]).toMatch(/pack "unit-rules".*"unit-order\.cell".*requires\.any\[0\]\.with\.concepts": unknown concept "nobody-defines-this"/);
    expect(refs[1]).toMatch(/"unit-order\.slow".*requires\.any\[0\]\.without\.patterns\[0\]"/);
  });
});

// ---------------------------------------------------------------- verbs, headings and type cues

describe('pack verbs and cues', () => {
  const order = (line: string, four = 'SERVICE SUPPORT') => `UNIT ORDER 5\n\n1. SITUATION\na. Quiet.\n\n3. EXECUTION\na. ${line}\n\n4. ${four}\na. The gender cell keeps the roster.\n`;
  const modeOf = (r: Report) => r.findings.find((f) => f.concept === 'unit-gender-cell')?.strength.mode;

  it('an added task cue makes a sentence a task, in English and French; restating a known cue is no error', async () => {
    const plain = await loadPackLexicon([pack({})]);
    const l = await loadPackLexicon([pack({ verbs: { orders: { task: ['is directed to', 'will'], taskFr: ['a pour tâche de'] } } })]);
    expect(modeOf(analyze(order('The gender cell is directed to brief patrols.'), { lexicon: plain, profile: 'oporder' }))).not.toBe('task');
    expect(modeOf(analyze(order('The gender cell is directed to brief patrols.'), { lexicon: l, profile: 'oporder' }))).toBe('task');
    const fr = "ORDRE 5\n\n3. EXÉCUTION\na. La cellule genre a pour tâche de préparer les patrouilles.\n";
    expect(modeOf(analyze(fr, { lexicon: l, profile: 'oporder', language: 'fr' }))).toBe('task');
  });

  it('moving a built-in cue to the other mode needs "override"; with it, the cue reads the new way', async () => {
    const e = await loadPackLexicon([pack({ verbs: { orders: { task: ['should'] } } })]).then(() => null, (x: unknown) => x);
    expect(String((e as PackError)?.issues ?? e)).toMatch(/verbs\.orders field "task\[0\]": "should" is already an advice cue.*override/);
    const l = await loadPackLexicon([pack({ verbs: { orders: { task: ['should'], override: ['should'] } } })]);
    expect(modeOf(analyze(order('The gender cell should brief patrols.'), { lexicon: l, profile: 'oporder' }))).toBe('task');
    const e2 = await loadPackLexicon([pack({ verbs: { orders: { override: ['must'] } } })]).then(() => null, (x: unknown) => x);
    expect(String((e2 as PackError)?.issues ?? e2)).toMatch(/override\[0\]": "must" is not listed/);
  });

  it('a resolution verb form added by a pack is read with its class and level; changing a built-in one needs "override"', async () => {
    const res = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Enjoins the mission to support women protection advisers;\n';
    const l = await loadPackLexicon([pack({ verbs: { resolution: [{ lemma: 'enjoin', class: 'directive', level: 4, finite: ['Enjoins'] }] } })]);
    const f = analyze(res, { lexicon: l, profile: 'mandate' }).findings.find((x) => x.concept === 'str-wpa');
    expect(f?.strength).toMatchObject({ verbClass: 'directive', level: 4 });
    const e = await loadPackLexicon([pack({ verbs: { resolution: [{ lemma: 'request', class: 'evaluative', level: 1, finite: ['Requests'] }] } })]).then(() => null, (x: unknown) => x);
    expect(String((e as PackError)?.issues ?? e)).toMatch(/verbs\.resolution\[0\] \(lemma "request"\) field "finite\[0\]": "Requests" is already the verb "request".*override/);
  });

  it('an order heading of a pack is read under its number only; a title given another number needs "override"', async () => {
    const sectionOf = (r: Report) => r.findings.find((x) => x.concept === 'unit-gender-cell')?.section;
    const plain = await loadPackLexicon([pack({})]);
    const l = await loadPackLexicon([pack({ cues: { orderParagraphs: [{ number: '4', titles: ['COMBAT SERVICE SUPPORT'] }] } })]);
    expect(sectionOf(analyze(order('Quiet.', 'COMBAT SERVICE SUPPORT'), { lexicon: plain, profile: 'oporder' }))).toBe('opord-3');
    expect(sectionOf(analyze(order('Quiet.', 'COMBAT SERVICE SUPPORT'), { lexicon: l, profile: 'oporder' }))).toBe('opord-4');
    const wrong = analyze(order('Quiet.').replace('4. SERVICE SUPPORT', '2. COMBAT SERVICE SUPPORT'), { lexicon: l, profile: 'oporder' });
    expect(sectionOf(wrong)).toBe('opord-3');
    const e = await loadPackLexicon([pack({ cues: { orderParagraphs: [{ number: '4', titles: ['COMBAT SERVICE SUPPORT'] }, { number: '2', titles: ['Combat service support'] }] } })]).then(() => null, (x: unknown) => x);
    expect(String((e as PackError)?.issues ?? e)).toMatch(/cues\.orderParagraphs\[1\] field "titles\[0\]": "Combat service support" is already the heading of paragraph 4/);
  });

  it('type cues for another profile: added, unknown profile refused, a known phrase reweighed only with "override"', async () => {
    const text = 'Notes\n\nThis unit concept note sets out how the gender cell will brief patrols on the valley roads.\n';
    expect(analyze(text, { lexicon: await loadPackLexicon([pack({})]) }).profile.id).toBe('generic');
    const l = await loadPackLexicon([pack({ cues: { profiles: { 'policy-brief': [{ phrase: 'unit concept note', weight: 6 }] } } })]);
    expect(analyze(text, { lexicon: l }).profile.id).toBe('policy-brief');
    expect(analyze(text, { lexicon: await loadPackLexicon([]) }).profile.id).toBe('generic'); // the built-in profile object is not changed
    const e = await loadPackLexicon([pack({ cues: { profiles: { nowhere: [{ phrase: 'X', weight: 1 }] } } })]).then(() => null, (x: unknown) => x);
    expect(String((e as PackError)?.issues ?? e)).toMatch(/cues\.profiles field "nowhere": unknown profile "nowhere"/);
    const known = l.profiles.get('conops')!.cues[0]!;
    const e2 = await loadPackLexicon([pack({ cues: { profiles: { conops: [{ phrase: known.phrase, weight: known.weight + 3 }] } } })]).then(() => null, (x: unknown) => x);
    expect(String((e2 as PackError)?.issues ?? e2)).toMatch(/is already a cue of "conops".*override/);
    const moved = await loadPackLexicon([pack({ cues: { profiles: { conops: [{ phrase: known.phrase, weight: known.weight + 3, override: true }] } } })]);
    expect(moved.profiles.get('conops')!.cues.find((c) => c.phrase === known.phrase)!.weight).toBe(known.weight + 3);
  });
});
