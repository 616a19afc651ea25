// compare(): synthetic edits of a mandate of our own, each classified as intended, in English and French;
// a text compared with itself has no changes; swapping the sides swaps the verdicts; every WPS finding of
// either side is in exactly one change.
import { describe, expect, it } from 'vitest';
import { analyze, compare, Comparison, formatComparison, hasWeakening, type Change, type Report } from '../core/index.ts';
import { accountingProblems, changeWith, changesWith, swapped } from './support/compare.ts';

const BASE = `The Security Council,

Recalling its resolutions on women, peace and security and on the protection of civilians,

Expressing deep concern at the continued sexual violence against women and girls in the eastern provinces,

1. Decides to extend the mandate of the Mission until 31 December 2030;

2. Requests the Mission to ensure the full, equal and meaningful participation of women in the local peace committees;

3. Encourages the Government to adopt a national action plan on women, peace and security;

4. Requests the Secretary-General to deploy women protection advisers and to report every 90 days on conflict-related sexual violence;

5. Decides that the mandate of the Mission shall include the following priority tasks:

(a) Protect civilians under threat of physical violence, with specific protection for women and children;

(b) Support the reintegration of former combatants, taking into account the specific needs of women and girls;

(c) Monitor and report on violations of human rights;

6. Calls upon all parties to prevent sexual exploitation and abuse;

7. Decides to remain seized of the matter.
`;

const BASE_FR = `Le Conseil de sécurité,

Rappelant ses résolutions sur les femmes et la paix et la sécurité et sur la protection des civils,

Se déclarant profondément préoccupé par la persistance des violences sexuelles contre les femmes et les filles dans les provinces de l'est,

1. Décide de proroger le mandat de la Mission jusqu'au 31 décembre 2030 ;

2. Prie la Mission de garantir la participation pleine, égale et véritable des femmes aux comités locaux de paix ;

3. Encourage le Gouvernement à adopter un plan d'action national sur les femmes et la paix et la sécurité ;

4. Prie le Secrétaire général de déployer des conseillères pour la protection des femmes et de lui faire rapport tous les 90 jours sur les violences sexuelles liées aux conflits ;

5. Demande à toutes les parties de prévenir l'exploitation et les atteintes sexuelles ;

6. Décide de rester saisi de la question.
`;

/** Replace exactly one occurrence (a test edit that silently did nothing would prove nothing). */
function edit(text: string, from: string | RegExp, to: string): string {
  const n = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, 'g')) ?? []).length;
  if (n !== 1) throw new Error(`edit: ${String(from)} occurs ${n} times`);
  return text.replace(from, to);
}

/** Renumber operative paragraphs "N. " in order from 1. */
function renumber(text: string): string {
  let k = 0;
  return text.replace(/^\d+\. /gm, () => `${++k}. `);
}

const reports = new Map<string, Report>();
const report = (t: string) => { let r = reports.get(t); if (!r) reports.set(t, (r = analyze(t))); return r; };
function run(a: string, b: string): Comparison {
  const c = compare({ text: a, report: report(a) }, { text: b, report: report(b) });
  expect(accountingProblems(c, report(a), report(b))).toEqual([]);
  expect(() => Comparison.parse(c)).not.toThrow();
  return c;
}
const others = (c: Comparison, x: Change) => c.changes.filter((y) => y !== x);

describe('compare: a text with itself', () => {
  it.each([['English', BASE], ['French', BASE_FR]])('%s: every provision kept, nothing moved, no signals, no gaps or figures changed', (_, t) => {
    const c = run(t, t);
    expect(c.changes.length).toBe(report(t).findings.length ? c.provisions.new : 0);
    expect(c.changes.every((x) => x.status === 'kept' && !x.moved && x.signals.length === 0 && x.similarity === 1)).toBe(true);
    expect(c.counts).toMatchObject({ added: 0, removed: 0, strengthened: 0, weakened: 0, moved: 0, language: 0, split: 0, merged: 0 });
    expect(c.gapsOpened).toEqual([]);
    expect(c.gapsClosed).toEqual([]);
    expect(c.figures).toEqual([]);
    expect(hasWeakening(c)).toBe(false);
    expect(Object.values(c.byPillar).every((p) => p.old === p.new)).toBe(true);
  });
  it('counts the provisions: every paragraph with a WPS word, sub-paragraphs on their own', () => {
    const c = run(BASE, BASE);
    // PP1, PP2, OP2, OP3, OP4, OP5(a), OP5(b), OP5(c), OP6: OP1, the lead-in of OP5 and OP7 hold none.
    expect(c.provisions).toEqual({ old: 9, new: 9, change: 0 });
    expect(c.changes.map((x) => x.new!.number)).toEqual(['PP1', 'PP2', '2', '3', '4', '5(a)', '5(b)', '5(c)', '6']);
  });
});

interface Case { name: string; old: string; new: string; word: string; status: Change['status']; scope?: Change['scope']; signal?: Partial<Change['signals'][number]>; join?: Change['join'] }

const EN: Case[] = [
  { name: 'encourages → requests', old: BASE, new: edit(BASE, '3. Encourages', '3. Requests'), word: 'national action plan on women, peace and security', status: 'strengthened', signal: { kind: 'verb', direction: 1, old: 'encourages (2)', new: 'requests (4)' } },
  { name: 'requests → encourages', old: BASE, new: edit(BASE, '2. Requests', '2. Encourages'), word: 'full, equal and meaningful participation', status: 'weakened', signal: { kind: 'verb', direction: -1 } },
  { name: 'calls upon → demands', old: BASE, new: edit(BASE, '6. Calls upon', '6. Demands'), word: 'sexual exploitation and abuse', status: 'strengthened', signal: { kind: 'verb', direction: 1 } },
  { name: '"as appropriate" added', old: BASE, new: edit(BASE, 'local peace committees;', 'local peace committees, as appropriate;'), word: 'full, equal and meaningful participation', status: 'weakened', signal: { kind: 'qualifier', direction: -1, new: 'as appropriate' } },
  { name: '"within existing resources" added', old: BASE, new: edit(BASE, 'deploy women protection advisers', 'deploy, within existing resources, women protection advisers'), word: 'women protection advisers', status: 'weakened', signal: { kind: 'qualifier', direction: -1, new: 'within existing resources' } },
  { name: '"where possible" dropped', old: edit(BASE, 'to adopt a national', 'to adopt, where possible, a national'), new: BASE, word: 'national action plan on women, peace and security', status: 'strengthened', signal: { kind: 'qualifier', direction: 1, old: 'where possible' } },
  { name: 'a sub-paragraph deleted', old: BASE, new: edit(BASE, /\(b\) Support[^\n]*\n\n/, ''), word: 'specific needs of women and girls', status: 'removed', scope: 'provision' },
  { name: 'a paragraph added', old: BASE, new: edit(BASE, '7. Decides to remain', '7. Requests the Mission to appoint a senior gender adviser in each field office;\n\n8. Decides to remain'), word: 'senior gender adviser', status: 'added', scope: 'provision' },
  { name: 'WPS language added to a paragraph in both', old: BASE, new: edit(BASE, 'until 31 December 2030;', 'until 31 December 2030, and to ensure the participation of women in the electoral process;'), word: 'participation of women', status: 'added', scope: 'language' },
  { name: 'WPS language removed from a paragraph in both', old: edit(BASE, 'until 31 December 2030;', 'until 31 December 2030, and to ensure the participation of women in the electoral process;'), new: BASE, word: 'participation of women', status: 'removed', scope: 'language' },
  { name: 'a paragraph moved', old: BASE, new: renumber(edit(edit(BASE, /6\. Calls upon[^\n]*\n\n/, ''), '2. Requests the Mission', '6. Calls upon all parties to prevent sexual exploitation and abuse;\n\n2. Requests the Mission')), word: 'sexual exploitation and abuse', status: 'moved' },
  { name: 'a paragraph split in two', old: BASE, new: renumber(edit(BASE, 'to deploy women protection advisers and to report every 90 days on conflict-related sexual violence;', 'to deploy women protection advisers in every field office;\n\n4. Requests the Secretary-General to report every 90 days on conflict-related sexual violence;')), word: 'women protection advisers', status: 'kept', join: 'split' },
  { name: 'two paragraphs merged', old: renumber(edit(BASE, 'to deploy women protection advisers and to report every 90 days on conflict-related sexual violence;', 'to deploy women protection advisers in every field office;\n\n4. Requests the Secretary-General to report every 90 days on conflict-related sexual violence;')), new: BASE, word: 'women protection advisers', status: 'kept', join: 'merged' },
  { name: 'a sub-paragraph moved under another parent with a weaker verb', old: BASE,
    new: edit(edit(BASE, /\(b\) Support[^\n]*\n\n/, ''), '7. Decides to remain', '7. Encourages the Mission to undertake the following tasks:\n\n(a) Support the reintegration of former combatants, taking into account the specific needs of women and girls;\n\n8. Decides to remain'),
    word: 'specific needs of women and girls', status: 'moved' },
];

const FR: Case[] = [
  { name: 'encourage → prie', old: BASE_FR, new: edit(BASE_FR, '3. Encourage le Gouvernement', '3. Prie le Gouvernement'), word: "plan d'action national", status: 'strengthened', signal: { kind: 'verb', direction: 1 } },
  { name: 'prie → encourage', old: BASE_FR, new: edit(BASE_FR, '2. Prie la Mission', '2. Encourage la Mission'), word: 'participation pleine, égale et véritable', status: 'weakened', signal: { kind: 'verb', direction: -1 } },
  { name: '« le cas échéant » ajouté', old: BASE_FR, new: edit(BASE_FR, 'comités locaux de paix ;', 'comités locaux de paix, le cas échéant ;'), word: 'participation pleine, égale et véritable', status: 'weakened', signal: { kind: 'qualifier', direction: -1, new: 'le cas échéant' } },
  { name: '« dans la limite des ressources existantes » ajouté', old: BASE_FR, new: edit(BASE_FR, 'de déployer des conseillères', 'de déployer, dans la limite des ressources existantes, des conseillères'), word: 'conseillères pour la protection des femmes', status: 'weakened', signal: { kind: 'qualifier', direction: -1, new: 'dans la limite des ressources existantes' } },
  { name: '« dans la mesure du possible » retiré', old: edit(BASE_FR, 'à adopter un plan', 'à adopter dans la mesure du possible un plan'), new: BASE_FR, word: "plan d'action national", status: 'strengthened', signal: { kind: 'qualifier', direction: 1, old: 'dans la mesure du possible' } },
  { name: 'paragraphe supprimé', old: BASE_FR, new: renumber(edit(BASE_FR, /5\. Demande[^\n]*\n\n/, '')), word: 'exploitation et les atteintes sexuelles', status: 'removed', scope: 'provision' },
  { name: 'paragraphe déplacé', old: BASE_FR, new: renumber(edit(edit(BASE_FR, /5\. Demande[^\n]*\n\n/, ''), '2. Prie la Mission', "5. Demande à toutes les parties de prévenir l'exploitation et les atteintes sexuelles ;\n\n2. Prie la Mission")), word: 'exploitation et les atteintes sexuelles', status: 'moved' },
  { name: 'paragraphe scindé', old: BASE_FR, new: renumber(edit(BASE_FR, 'des femmes et de lui faire rapport', 'des femmes dans chaque bureau ;\n\n4. Prie le Secrétaire général de lui faire rapport')), word: 'conseillères pour la protection des femmes', status: 'kept', join: 'split' },
];

describe.each([['English', EN], ['French', FR]])('compare: synthetic edits (%s)', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, t) => {
    const c = run(t.old, t.new);
    const x = changeWith(c, t.word);
    expect(x.status).toBe(t.status);
    if (t.scope) expect(x.scope).toBe(t.scope);
    if (t.join) expect(x.join).toBe(t.join);
    if (t.signal) expect(x.signals).toContainEqual(expect.objectContaining(t.signal));
    // Nothing else changed: every other provision is kept where it was.
    expect(others(c, x).filter((y) => y.status !== 'kept').map((y) => `${y.id} ${y.status} ${y.note}`)).toEqual([]);
    expect(hasWeakening(c)).toBe(t.status === 'removed' || t.status.endsWith('weakened'));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s, sides swapped: the verdict swaps', (_, t) => {
    const forward = changeWith(run(t.old, t.new), t.word);
    const back = changeWith(run(t.new, t.old), t.word);
    expect(back.status).toBe(swapped(forward.status));
    expect(back.join ?? null).toBe(forward.join === 'split' ? 'merged' : forward.join === 'merged' ? 'split' : null);
    expect(back.signals.map((s) => [s.kind, -s.direction])).toEqual(
      expect.arrayContaining(forward.signals.map((s) => [s.kind, s.direction])),
    );
  });
});

describe('compare: renumbering and reordering are not changes', () => {
  it('a paragraph inserted at the top renumbers everything: every provision kept, none moved, numbers cited on both sides', () => {
    const moved = renumber(edit(BASE, '1. Decides to extend', '1. Welcomes the elections held peacefully in the provinces;\n\n1. Decides to extend'));
    const c = run(BASE, moved);
    expect(c.changes.every((x) => x.status === 'kept' && !x.moved)).toBe(true);
    const x = changeWith(c, 'sexual exploitation and abuse');
    expect([x.old!.number, x.new!.number]).toEqual(['6', '7']);
  });
  it('two paragraphs swapped: one of them is moved (the lighter), every other provision kept in place', () => {
    const parts = BASE.split('\n\n');
    [parts[4], parts[5]] = [parts[5]!, parts[4]!]; // OP2 and OP3
    const c = run(BASE, renumber(parts.join('\n\n')));
    expect(c.changes.filter((x) => x.status === 'moved').map((x) => [x.old!.number, x.new!.number])).toEqual([['3', '2']]);
    expect(c.changes.filter((x) => x.status !== 'moved').every((x) => x.status === 'kept')).toBe(true);
    expect(changeWith(c, 'national action plan on women, peace and security').note).toBe('moved from OP 3 to OP 2');
  });
  it('a sub-paragraph moved under another parent is moved, and says from where to where', () => {
    const next = edit(edit(BASE, /\(b\) Support[^\n]*\n\n/, ''), '7. Decides to remain', '7. Encourages the Mission to undertake the following tasks:\n\n(a) Support the reintegration of former combatants, taking into account the specific needs of women and girls;\n\n8. Decides to remain');
    const x = changeWith(run(BASE, next), 'specific needs of women and girls');
    expect(x.moved).toBe(true);
    expect([x.old!.number, x.new!.number]).toEqual(['5(b)', '7(a)']);
    expect(x.note).toBe('moved from OP 5(b) to OP 7(a)');
  });
  it('boilerplate repeated in several paragraphs: each aligns with its own version', () => {
    const rep = BASE.replace('7. Decides to remain', '7. Requests the Mission to ensure the full, equal and meaningful participation of women in the provincial peace committees;\n\n8. Decides to remain');
    const c = run(rep, rep);
    expect(c.changes.every((x) => x.status === 'kept' && x.similarity === 1)).toBe(true);
    const pair = changesWith(c, 'full, equal and meaningful participation');
    expect(pair.map((x) => [x.old!.number, x.new!.number])).toEqual([['2', '2'], ['7', '7']]);
  });
});

describe('compare: a concrete task made general, and the reverse', () => {
  const concrete = BASE.replace('4. Requests the Secretary-General to deploy women protection advisers and to report every 90 days on conflict-related sexual violence;',
    '4. Requests the Mission to report every 90 days on conflict-related sexual violence, with a budget and benchmarks;');
  const general = BASE.replace('4. Requests the Secretary-General to deploy women protection advisers and to report every 90 days on conflict-related sexual violence;',
    '4. Requests the Mission to promote efforts on conflict-related sexual violence, bearing in mind their importance;');
  it('concrete → general is weakened, general → concrete strengthened', () => {
    const down = changeWith(run(concrete, general), 'conflict-related sexual violence');
    expect(down.status).toBe('weakened');
    expect(down.signals).toContainEqual({ kind: 'concreteness', direction: -1, old: 'concrete', new: 'general' });
    expect(down.old!.concreteness).toBe('concrete');
    expect(down.new!.concreteness).toBe('general');
    expect(changeWith(run(general, concrete), 'conflict-related sexual violence').status).toBe('strengthened');
  });
});

describe('compare: cites both sides', () => {
  it('offsets of every cited word are exact in its own text; a change cites section, number, verb and paragraph', () => {
    const next = edit(BASE, '3. Encourages', '3. Requests');
    const c = run(BASE, next);
    for (const x of c.changes) {
      for (const [side, text] of [[x.old, BASE], [x.new, next]] as const) {
        if (!side) continue;
        for (const w of side.words) expect(text.slice(w.start, w.end)).toBe(w.text);
        expect(text.slice(side.paragraph.start, side.paragraph.end).startsWith(side.excerpt.slice(0, 20))).toBe(true);
        expect(side.start).toBeGreaterThanOrEqual(side.paragraph.start);
        expect(side.end).toBeLessThanOrEqual(side.paragraph.end);
      }
    }
    const x = changeWith(c, 'national action plan on women, peace and security');
    expect(x.old).toMatchObject({ section: 'op-3', number: '3', verb: 'Encourages', level: 2, kind: 'operative' });
    expect(x.new).toMatchObject({ section: 'op-3', number: '3', verb: 'Requests', level: 4 });
    expect(x.note).toBe('encourages → requests');
    expect(x.pillars).toEqual(['legal-frame']);
  });
  it('block input: offsets are relative to the block, with its id', () => {
    const blocks = (t: string) => t.split('\n\n').map((text, i) => ({ id: `p${i}`, text }));
    const a = blocks(BASE), b = blocks(edit(BASE, '3. Encourages', '3. Requests'));
    const c = compare(a, b);
    const x = changeWith(c, 'national action plan on women, peace and security');
    expect(x.status).toBe('strengthened');
    const w = x.new!.words[0]!;
    expect(w.block).toBe('p5');
    expect(b[5]!.text.slice(w.start, w.end)).toBe(w.text);
    expect(x.new!.block).toBe('p5');
    expect(b[5]!.text.slice(x.new!.paragraph.start, x.new!.paragraph.end)).toBe(b[5]!.text);
  });
  it('reports alone (no text) still align and classify by their WPS words and verbs', () => {
    const next = edit(BASE, '3. Encourages', '3. Requests');
    const c = compare(report(BASE), report(next));
    expect(accountingProblems(c, report(BASE), report(next))).toEqual([]);
    expect(changeWith(c, 'national action plan on women, peace and security').status).toBe('strengthened');
    expect(c.changes.filter((x) => x.status !== 'kept').length).toBe(1);
  });
});

describe('compare: counts, gaps, figures, summary', () => {
  it('counts per pillar, family, concept and gender references, each side and the change', () => {
    const next = edit(BASE, /\(b\) Support[^\n]*\n\n/, '');
    const c = run(BASE, next);
    expect(c.byConcept['pro-particular-needs']).toMatchObject({ old: 1, new: 0, change: -1, pillar: 'protection' });
    expect(c.genderSpecific).toEqual({ old: 12, new: 11, change: -1 });
    expect(c.byPillar.protection).toEqual({ old: 2, new: 1, change: -1 });
    expect(c.byFamily.protection!.change).toBe(-1);
    expect(c.summary).toContain('Gender references: 12 → 11; protection: 7 → 6.');
    expect(c.summary).toMatch(/^Against the old text, the new text has 8 WPS provisions \(9 before\): 8 kept, 0 added, 1 removed, 0 strengthened and 0 weakened\./);
    expect(c.summary).toContain('Removed: OP 5(b) (specific needs of women and girls).');
  });
  it('gaps opened and closed under one profile; a figure that changed', () => {
    const withFigure = edit(BASE, '7. Decides to remain', '7. Urges troop-contributing countries to raise the share of women among military observers to 15 per cent;\n\n8. Decides to remain');
    const lower = edit(withFigure, 'to 15 per cent', 'to 10 per cent');
    const c = run(withFigure, lower);
    expect(c.figures).toMatchObject([{ status: 'changed', old: { percent: 15 }, new: { percent: 10 } }]);
    const gone = run(BASE, edit(BASE, /\(a\) Protect[^\n]*\n\n/, ''));
    const back = run(edit(BASE, /\(a\) Protect[^\n]*\n\n/, ''), BASE);
    expect(gone.profile).toEqual({ id: 'mandate', basis: 'both' });
    expect(gone.gapsOpened).toEqual(back.gapsClosed);
    expect(gone.gapsClosed).toEqual(back.gapsOpened);
  });
  it('the French summary for French documents', () => {
    const c = run(BASE_FR, edit(BASE_FR, '3. Encourage le Gouvernement', '3. Prie le Gouvernement'));
    expect(c.language).toBe('fr');
    expect(c.summary).toMatch(/^Par rapport à l’ancien texte, le nouveau texte compte 6 dispositions FPS \(contre 6\) : 5 maintenues, 0 ajoutée, 0 supprimée, 1 renforcée et 0 affaiblie\./);
    expect(c.summary).toContain('Références au genre : ');
    expect(c.summary).toContain("Renforcements : OP 3 (plan d'action national, les femmes et la paix et la sécurité ; encourage → prie).");
    expect(changeWith(c, "plan d'action national").note).toBe('encourage → prie');
  });
});

describe('the summary names gaps as the review does', () => {
  const base = 'The Security Council,\n\nRecalling its resolutions 1325 (2000) and 2467 (2019),\n\n';
  const advisers = '1. Decides that the mission shall deploy women protection advisers;\n\n';
  const rest = '2. Requests the mission to ensure the full, equal and meaningful participation of women in the peace process;';
  it('by the rule\'s concept, not its id, in English and French', () => {
    const c = compare(base + advisers + rest, base + rest, { profile: 'mandate' });
    expect(c.gapsOpened).toEqual(['mandate.wpa-deployment']); // ids stay in the JSON
    expect(c.summary).toContain('Gaps opened: Women Protection Advisers.');
    expect(c.summary).not.toMatch(/wpa deployment|mandate\./);
    const back = compare(base + rest, base + advisers + rest, { profile: 'mandate' });
    expect(back.summary).toContain('Gaps closed: Women Protection Advisers.');
    const fr = compare('Le Conseil de sécurité,\n\n1. Décide que la mission déploiera des conseillères pour la protection des femmes ;\n\n2. Prie la mission de garantir la participation des femmes au processus de paix ;',
      'Le Conseil de sécurité,\n\n2. Prie la mission de garantir la participation des femmes au processus de paix ;', { profile: 'mandate' });
    expect(fr.gapsOpened).toContain('mandate.wpa-deployment');
    expect(fr.summary).toMatch(/Lacunes ouvertes : [^.]*[Cc]onseill[eè]/);
  });
});

describe('a move inside one order paragraph', () => {
  it('says "moved within" the paragraph, in English and French, not "from para. 3 to para. 3"', () => {
    const head = '1. SITUATION\n\nThe sector is calm.\n\n2. MISSION\n\nThe battalion protects civilians.\n\n3. EXECUTION\n\n';
    const a = 'a. Units will conduct mixed patrols with female personnel in every village.';
    const b = 'b. Engineers will repair the bridge at the river crossing.';
    const c = 'c. Each company will appoint a gender focal point by 31 March.';
    const x = compare(head + [a, b, c].join('\n\n'), head + [c, b, a].join('\n\n'), { profile: 'oporder' });
    const moved = x.changes.filter((ch) => ch.status === 'moved');
    expect(moved.length).toBeGreaterThan(0);
    for (const ch of moved) expect(ch.note).toMatch(/^moved within para\. 3$/);
    const fhead = '1. SITUATION\n\nLe secteur est calme.\n\n2. MISSION\n\nLe bataillon protège les civils.\n\n3. EXÉCUTION\n\n';
    const fa = 'a. Les unités conduiront des patrouilles mixtes avec du personnel féminin dans chaque village.';
    const fb = 'b. Le génie réparera le pont sur la rivière.';
    const fc = 'c. Chaque compagnie désignera un point focal genre avant le 31 mars.';
    const y = compare(fhead + [fa, fb, fc].join('\n\n'), fhead + [fc, fb, fa].join('\n\n'), { profile: 'oporder' });
    const fmoved = y.changes.filter((ch) => ch.status === 'moved');
    expect(fmoved.length).toBeGreaterThan(0);
    for (const ch of fmoved) expect(ch.note).toMatch(/^déplacé à l’intérieur de /);
  });
});

describe('formatted comparisons name pillars as a reader does', () => {
  const cases = [
    ['English', BASE, 'legal frame'],
    ['French', BASE_FR, 'cadre juridique'],
  ] as const;
  it.each(cases)('%s: text, Markdown and HTML label the pillars; JSON and CSV keep the ids', (_, base, label) => {
    const c = compare(base, base.replace(/\n\n3\. [^\n]*/, ''));
    const x = c.changes.find((y) => y.pillars.includes('legal-frame'));
    expect(x, 'a change touching the legal frame').toBeDefined();
    for (const f of ['text', 'md', 'html'] as const) {
      const out = formatComparison(f, c);
      expect(out, f).toContain(label);
      expect(out, f).not.toMatch(/\blegal-frame\b/);
    }
    expect(formatComparison('csv', c)).toMatch(/\blegal-frame\b/);
    expect(formatComparison('json', c)).toContain('"legal-frame"');
  });
});
