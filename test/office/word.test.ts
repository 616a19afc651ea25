// The Word side against a fake Word document (office-addin-mock + test/office/support/word-mock.ts):
// scan, select, highlight and clear (formatting restored), comments, insertion, and fixed round trips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, pillarFamily, type Finding, type Report } from '../../core/index.ts';
import { addComments, clearHighlights, FAMILY_HIGHLIGHT, highlightAll, insertSuggestion, selectBlock, selectFinding, targetOf } from '../../office-addin/src/word/actions.ts';
import { parseBlockId } from '../../office-addin/src/word/blocks.ts';
import { occurrenceBefore } from '../../office-addin/src/word/locate.ts';
import { readDocument } from '../../office-addin/src/word/read.ts';
import { commentMarker, commentText, gapPlace, gapsByParagraph, genderSplit, headline } from '../../office-addin/src/word/view-model.ts';
import { repoRoot } from '../support/corpus.ts';
import { compileLexicon, parseLexiconFile } from '../../office-addin/src/common/lexicon.ts';
import { APP_KEY, memoryStore, readSettings, writeSettings } from '../../office-addin/src/common/settings.ts';
import { createWordMock, highlightRuns, type FakeParagraph } from './support/word-mock.ts';

const ORDER = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n');
// Counted here independently of the core: the main-body keywords of the OpOrder profile, word by word,
// in the main body (before ANNEX K) and in the annex.
const KEYWORDS = /\b(women|woman|girls|gender|1325|WPS)\b/gi;
const ANNEX_AT = ORDER.findIndex((l) => l.startsWith('ANNEX K'));
const IN_ANNEX = ORDER.slice(ANNEX_AT).join('\n').match(KEYWORDS)?.length ?? 0;
const CLASSIC = `Women, gender or UNSCR 1325 named 0 times in the main body, ${IN_ANNEX} times in annexes (Annex K).`;

async function scanned(w: ReturnType<typeof createWordMock>, scope: 'document' | 'selection' = 'document'): Promise<Report> {
  const read = await readDocument(w.run, w.supports, scope);
  return analyze(read.blocks, { source: 'test' });
}

function paragraphOf(w: ReturnType<typeof createWordMock>, block: string): FakeParagraph {
  const loc = parseBlockId(block);
  if (loc?.part !== 'body') throw new Error(`not a body block: ${block}`);
  return w.body[loc.index]!;
}

describe('the fake Word keeps Office.js rules', () => {
  it('a collection read without load and sync is an error, as in Office.js', async () => {
    const w = createWordMock({ paragraphs: ['One', 'Two'] });
    await w.run(async (context) => {
      const ps = context.document.body.paragraphs;
      expect(Array.isArray(ps.items)).toBe(false);
      ps.load('items/text');
      expect(Array.isArray(ps.items)).toBe(false);
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(['One', 'Two']);
      expect(() => context.document.body.paragraphs.load('items/nonsense')).toThrow(/nonsense/);
    });
  });
});

describe('scan', () => {
  it('reads one block per paragraph and the order analysis says the classic case at a glance', async () => {
    const w = createWordMock({ paragraphs: ORDER });
    const read = await readDocument(w.run, w.supports);
    expect(read.blocks).toHaveLength(ORDER.length);
    expect(read.blocks[20]).toEqual({ id: 'body:20', text: ORDER[20] });
    const report = analyze(read.blocks);
    expect(report.profile.id).toBe('oporder');
    expect(headline(report)?.text).toBe(CLASSIC);
    const split = genderSplit(report);
    // Only the zero-tolerance line on sexual exploitation and abuse is gender-specific in the main body.
    expect(report.findings.filter((f) => f.genderSpecific && !f.negated && !f.annex).map((f) => f.concept)).toEqual(['sea-zero-tolerance']);
    expect(split.main).toBe(1);
    expect(split.annex).toBe(report.findings.filter((f) => f.genderSpecific && !f.negated && f.annex).length);
    expect(split.annex).toBeGreaterThan(10);
    const groups = gapsByParagraph(report);
    expect(groups.map((g) => g.label)).toEqual(expect.arrayContaining(['Whole document', 'Paragraph 1 SITUATION', 'Paragraph 2 MISSION', 'Paragraph 3 EXECUTION', 'Annex K GENDER']));
    expect(groups.find((g) => g.label === 'Paragraph 1 SITUATION')!.gaps.map((g) => g.rule)).toContain('oporder.situation-gender-analysis');
    // Offsets are block-local and exact against the paragraph text Word gave.
    expect(report.findings.length).toBeGreaterThan(20);
    for (const f of report.findings) expect(paragraphOf(w, f.block!).text.slice(f.start, f.end)).toBe(f.text);
    expect(report.findings.filter((f) => f.annex).every((f) => parseBlockId(f.block!)!.part === 'body' && (parseBlockId(f.block!) as { index: number }).index >= 109)).toBe(true);
  });

  it('the headline gives the counts the core measured: 0 in the main body, N in annexes (Annex K)', async () => {
    expect(ORDER.slice(0, ANNEX_AT).join('\n').match(KEYWORDS)).toBeNull();
    expect(IN_ANNEX).toBeGreaterThan(10);
    const report = await scanned(createWordMock({ paragraphs: ORDER }));
    const gap = report.gaps.find((g) => g.rule === 'oporder.main-body-keywords')!;
    expect(gap.evidence).toMatchObject({ mainBody: 0, annex: IN_ANNEX, negated: 0 });
    expect(headline(report)).toEqual({ text: CLASSIC, severe: true });
    // The same order without its annex: nothing anywhere, and no annex to speak of.
    const bare = await scanned(createWordMock({ paragraphs: ORDER.slice(0, ANNEX_AT) }));
    expect(headline(bare)?.text).toBe('Women, gender or UNSCR 1325 named 0 times in the main body.');
  });

  it('puts Word\'s automatic list numbers back in front of the text, and maps offsets back to Word\'s text', async () => {
    // The order as Word holds it with automatic numbering: "1." is a list string, the text is "SITUATION".
    const lists: Record<number, string> = {};
    const texts = ORDER.map((line, i) => {
      const m = /^((?:\d+|[a-h])\.|\(\d+\)) (.+)$/.exec(line);
      if (!m) return line;
      lists[i] = m[1]!;
      return m[2]!;
    });
    expect(Object.keys(lists).length).toBeGreaterThan(40);
    const w = createWordMock({ paragraphs: texts, lists });
    const read = await readDocument(w.run, w.supports);
    expect(read.blocks.map((b) => b.text)).toEqual(ORDER);
    const report = analyze(read.blocks);
    expect(report.profile.id).toBe('oporder');
    expect(headline(report)?.text).toBe(CLASSIC);
    const inLists = report.findings.filter((f) => read.prefixes[f.block!]);
    expect(inLists.length).toBeGreaterThan(10);
    for (const f of inLists) {
      const t = targetOf(f, read.prefixes)!;
      expect(paragraphOf(w, t.block).text.slice(t.start, t.end)).toBe(f.text);
    }
    const f = inLists.at(-1)!;
    expect(await selectFinding(w.run, targetOf(f, read.prefixes)!)).toBe('selected');
    expect(w.recorded.selected).toMatchObject({ paragraph: paragraphOf(w, f.block!), start: f.start - read.prefixes[f.block!]!, end: f.end - read.prefixes[f.block!]! });
    const res = await highlightAll(w.run, w.supports, report.findings, read.prefixes);
    expect(res.skipped).toBe(0);
    expect(res.marked).toBe(new Set(report.findings.map((x) => `${x.block}:${x.start}:${x.end}`)).size);
    // Without WordApi 1.3 the numbers are not available: the text is Word's text as it is.
    const old = createWordMock({ paragraphs: texts, lists, apiVersion: '1.2' });
    const plain = await readDocument(old.run, old.supports);
    expect(plain.blocks.map((b) => b.text)).toEqual(texts);
    expect(plain.prefixes).toEqual({});
  });

  it('includes headers, footers and footnotes where Word exposes them (footnotes from WordApi 1.5)', async () => {
    const opts = { paragraphs: ['2. MISSION', 'The battalion protects civilians.'], headers: ['Sector West, gender annex attached'], footers: ['Page 1'], footnotes: ['See UNSCR 1325 (2000) on women and peace and security.'] };
    const old = await readDocument(createWordMock({ ...opts, apiVersion: '1.4' }).run, createWordMock({ ...opts, apiVersion: '1.4' }).supports);
    expect(old.blocks.map((b) => b.id)).toEqual(['body:0', 'body:1', 'header:0:Primary:0', 'footer:0:Primary:0']);
    const w = createWordMock({ ...opts, apiVersion: '1.5' });
    const read = await readDocument(w.run, w.supports);
    expect(read.blocks.map((b) => b.id)).toEqual(['body:0', 'body:1', 'header:0:Primary:0', 'footer:0:Primary:0', 'footnote:0:0']);
    const report = analyze(read.blocks);
    const inNote = report.findings.filter((f) => f.block === 'footnote:0:0');
    expect(inNote.length).toBeGreaterThan(0);
    for (const f of inNote) expect(w.notes[0]![0]!.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('scans only the selection, with ids of its place in the body, even when its text repeats', async () => {
    const paragraphs = ['Women will be consulted.', 'Patrols continue.', 'Women will be consulted.', 'Patrols continue.', 'End.'];
    const w = createWordMock({ paragraphs, selection: [2, 3] });
    const read = await readDocument(w.run, w.supports, 'selection');
    expect(read.blocks).toEqual([{ id: 'body:2', text: paragraphs[2] }, { id: 'body:3', text: paragraphs[3] }]);
    const unique = createWordMock({ paragraphs, selection: [3, 4] });
    expect((await readDocument(unique.run, unique.supports, 'selection')).blocks.map((b) => b.id)).toEqual(['body:3', 'body:4']);
  });
});

describe('select', () => {
  it('selects the occurrence at the finding offset, not the first one in the paragraph', async () => {
    const text = 'Women and girls fetch water; patrols will protect women and girls at the wells and escort women and girls to market.';
    const w = createWordMock({ paragraphs: ['3. EXECUTION', text] });
    const report = await scanned(w);
    const repeated = report.findings.filter((f) => f.block === 'body:1' && occurrenceBefore(text, f.text, f.start) > 0);
    expect(repeated.length).toBeGreaterThan(0);
    for (const f of repeated) {
      expect(await selectFinding(w.run, targetOf(f)!)).toBe('selected');
      expect(w.recorded.selected).toMatchObject({ paragraph: w.body[1], start: f.start, end: f.end });
    }
  });

  it('finds phrases longer than Word\'s 255-character search by their two ends, and carets literally', async () => {
    const long = `${'The sector will '.repeat(20)}protect women.`;
    const para = `Intro ^ caret. ${long} Done.`;
    const w = createWordMock({ paragraphs: [para] });
    const start = para.indexOf(long);
    expect(await selectFinding(w.run, { block: 'body:0', start, end: start + long.length, text: long })).toBe('selected');
    expect(w.recorded.selected).toMatchObject({ start, end: start + long.length });
    expect(w.recorded.searches.every((s) => s.text.length <= 255)).toBe(true);
    expect(await selectFinding(w.run, { block: 'body:0', start: 6, end: 13, text: '^ caret' })).toBe('selected');
    expect(w.recorded.selected).toMatchObject({ start: 6, end: 13 });
  });

  it('says when the document changed since the scan instead of selecting the wrong words', async () => {
    const w = createWordMock({ paragraphs: ['Patrols will engage women leaders.'] });
    const f = (await scanned(w)).findings[0]!;
    w.body[0]!.text = 'Patrols will engage local leaders today.';
    expect(await selectFinding(w.run, targetOf(f)!)).toBe('changed');
    expect(await selectFinding(w.run, { ...targetOf(f)!, block: 'body:9' })).toBe('gone');
    expect(w.recorded.selected).toBeNull();
    expect(await selectBlock(w.run, 'body:0')).toBe(true);
    expect(w.recorded.selected).toMatchObject({ paragraph: w.body[0], start: 0 });
  });
});

describe('highlight all and clear highlights', () => {
  function withAuthorHighlights() {
    const paragraphs = [
      '3. EXECUTION',
      'WESTBATT 1 will conduct mixed patrols with female personnel and engage women leaders in Kofra.',
      'All units will report conflict-related sexual violence to the Women Protection Adviser.',
      'Nothing here.',
    ];
    const w = createWordMock({ paragraphs, apiVersion: '1.4' });
    const p1 = w.body[1]!;
    const s = p1.text.indexOf('women leaders');
    for (let i = s; i < s + 'women leaders'.length; i++) p1.highlight[i] = 'YELLOW'; // the author's own highlight, exactly on a finding
    const p2 = w.body[2]!;
    const m = p2.text.indexOf('sexual');
    for (let i = m; i < m + 6; i++) p2.highlight[i] = 'TURQUOISE'; // part of a finding: mixed colours
    return w;
  }

  it('colours each finding by pillar and restores exactly the colours that were there', async () => {
    const w = withAuthorHighlights();
    const before = w.body.map((p) => [...p.highlight]);
    const report = await scanned(w);
    expect(report.findings.length).toBeGreaterThan(2);
    const res = await highlightAll(w.run, w.supports, report.findings);
    expect(res.method).toBe('colour');
    expect(res.marked).toBeGreaterThan(1);
    expect(res.skipped).toBeGreaterThan(0); // the mixed range is left alone
    for (const mark of res.state.colours) {
      const f = report.findings.find((x) => x.block === mark.block && x.start === mark.start && x.end === mark.end)!;
      expect(mark.painted).toBe(FAMILY_HIGHLIGHT[pillarFamily(f.pillar)].toUpperCase());
    }
    expect(res.state.colours.find((c) => c.text === 'women leaders')?.previous).toBe('YELLOW');
    expect(res.state.colours.find((c) => c.text === 'mixed patrols')?.previous).toBeNull();
    expect(res.state.colours.some((c) => c.text === 'conflict-related sexual violence')).toBe(false);
    expect(w.body.map((p) => [...p.highlight])).not.toEqual(before);
    const cleared = await clearHighlights(w.run, res.state);
    expect(cleared.restored).toBe(res.state.colours.length);
    expect(w.body.map((p) => [...p.highlight])).toEqual(before);
    expect(highlightRuns(w.body[2]!).some(([, , c]) => c === 'TURQUOISE')).toBe(true);
  });

  it('leaves a range the author recoloured after Highlight all as the author left it', async () => {
    const w = withAuthorHighlights();
    const report = await scanned(w);
    const res = await highlightAll(w.run, w.supports, report.findings);
    const mark = res.state.colours[0]!;
    const p = paragraphOf(w, mark.block);
    for (let i = mark.start; i < mark.end; i++) p.highlight[i] = 'GREEN';
    const cleared = await clearHighlights(w.run, res.state);
    expect(cleared.keptAuthorChanges).toBe(1);
    expect(p.highlight.slice(mark.start, mark.end).every((c) => c === 'GREEN')).toBe(true);
  });

  it('uses critique annotations where Word supports them (WordApi 1.7): the text formatting is untouched', async () => {
    const w = withAuthorHighlights();
    const w17 = createWordMock({ paragraphs: w.body.map((p) => p.text), apiVersion: '1.7' });
    const before = w17.body.map((p) => [...p.highlight]);
    const report = await scanned(w17);
    const res = await highlightAll(w17.run, w17.supports, report.findings);
    expect(res.method).toBe('annotations');
    // One annotation per stretch of text: nested or overlapping findings give one (the longest).
    const spans = report.findings.map((f) => ({ block: f.block!, start: f.start, end: f.end }));
    const outermost = spans.filter((a, i) => !spans.some((b, j) => j !== i && b.block === a.block && b.start <= a.start && a.end <= b.end && (b.end - b.start > a.end - a.start || j < i)));
    const unique = new Set(outermost.map((f) => `${f.block}:${f.start}:${f.end}`));
    expect(w17.recorded.annotations).toHaveLength(unique.size);
    for (const a of w17.recorded.annotations) {
      expect(w17.recorded.annotations.filter((b) => b !== a && b.paragraph === a.paragraph && b.start < a.start + a.length && a.start < b.start + b.length)).toEqual([]);
    }
    for (const a of w17.recorded.annotations) {
      const f = report.findings.find((x) => paragraphOf(w17, x.block!) === a.paragraph && x.start === a.start && x.end - x.start === a.length)!;
      expect(f).toBeDefined();
    }
    expect(w17.body.map((p) => [...p.highlight])).toEqual(before);
    const cleared = await clearHighlights(w17.run, res.state);
    expect(cleared.removedAnnotations).toBe(unique.size);
    expect(w17.recorded.annotations).toHaveLength(0);
  });
});

describe('comments and suggestions', () => {
  it('a comment speaks its gap\'s language, frame included: an English order in English, a French order in French', () => {
    const en = analyze(ORDER.join('\n'), { profile: 'oporder' }).gaps[0]!;
    expect(commentText(en)).toMatch(/^WPS Lens \[(high|medium|low)(, (required|recommended))?\]: .+\nSuggestion: .+\nBasis: .+\n\[WPS Lens /);
    const frOrder = ['ORDRE D’OPÉRATION 5/27', '1. SITUATION', 'Les groupes armés tiennent la route du marché.', '2. MISSION', 'Le bataillon sécurise la route du marché.', '3. EXÉCUTION', 'Les compagnies patrouillent de jour.'].join('\n');
    const fr = analyze(frOrder, { profile: 'oporder' }).gaps[0]!;
    expect(fr.language).toBe('fr');
    const text = commentText(fr);
    expect(text).toMatch(/^WPS Lens \[(élevée|moyenne|faible)(, (requise|recommandée))?\]\u00A0: .+\nFormulation proposée\u00A0: .+\nFondement\u00A0: .+\n\[WPS Lens /);
    expect(text).toContain(fr.suggestion.replace(/\s+/g, ' ').trim());
    expect(text).not.toMatch(/\b(Suggestion|Basis|high|required)\b/);
  });

  it('comments each gap at its order paragraph with the reason and the suggestion', async () => {
    const w = createWordMock({ paragraphs: ORDER });
    const report = await scanned(w);
    const items = report.gaps.map((g) => ({ gap: g, block: gapPlace(report, g).comment!, text: commentText(g) }));
    expect(items.every((i) => i.block)).toBe(true);
    const res = await addComments(w.run, items);
    expect(res).toEqual({ added: report.gaps.length, missing: 0, existing: 0 });
    const situation = report.gaps.find((g) => g.rule === 'oporder.situation-gender-analysis')!;
    const c = w.recorded.comments.find((x) => x.text.includes(situation.reason))!;
    expect(c.paragraph.text).toBe('1. SITUATION');
    expect(c.text).toContain(`Suggestion: ${situation.suggestion.replace(/\s+/g, ' ').trim()}`);
    // The whole-document keyword gap goes where its numbered suggestion belongs (3.d.(x) → paragraph 3).
    const main = report.gaps.find((g) => g.rule === 'oporder.main-body-keywords')!;
    expect(w.recorded.comments.find((x) => x.text.includes(main.reason))!.paragraph.text).toBe('3. EXECUTION');
  });

  it('does not comment the same gap twice, across sessions: comments carry a marker and are read back first', async () => {
    const w = createWordMock({ paragraphs: ORDER });
    const report = await scanned(w);
    const items = () => report.gaps.map((g) => ({ block: gapPlace(report, g).comment!, text: commentText(g), marker: commentMarker(g) }));
    for (const g of report.gaps) expect(commentText(g)).toContain(commentMarker(g));
    expect(new Set(report.gaps.map(commentMarker)).size).toBe(report.gaps.length);
    const first = await addComments(w.run, items());
    expect(first).toEqual({ added: report.gaps.length, missing: 0, existing: 0 });
    // A later session (the pane reopened, nothing remembered in it) asks again: nothing is added.
    w.resetSyncs();
    const again = await addComments(w.run, items());
    expect(again).toEqual({ added: 0, missing: 0, existing: report.gaps.length });
    expect(w.recorded.comments).toHaveLength(report.gaps.length);
    expect(w.syncs()).toBe(2); // comments read in the paragraphs' batch, then the (empty) write batch
    // A new gap (another profile's rule) is still commented; the same item twice in one call is added once.
    const extra = { ...report.gaps[0]!, rule: 'test.another-rule' };
    const mixed = await addComments(w.run, [...items(), { block: 'body:0', text: commentText(extra), marker: commentMarker(extra) }, { block: 'body:0', text: commentText(extra), marker: commentMarker(extra) }]);
    expect(mixed).toEqual({ added: 1, missing: 0, existing: report.gaps.length + 1 });
    // Comments without a marker (someone else's, or items without one) never block a comment.
    w.recorded.comments.push({ paragraph: w.body[0]!, start: 0, end: 1, text: 'Planner: why no gender adviser?' });
    const unmarked = await addComments(w.run, [{ block: 'body:0', text: 'A note without marker.' }]);
    expect(unmarked).toEqual({ added: 1, missing: 0, existing: 0 });
  });

  it('inserts a suggestion at the end of its paragraph, tracked when track changes is on', async () => {
    for (const mode of ['TrackAll', 'Off'] as const) {
      const w = createWordMock({ paragraphs: ORDER, trackChanges: mode });
      const report = await scanned(w);
      const gap = report.gaps.find((g) => g.rule === 'oporder.situation-gender-analysis')!;
      const place = gapPlace(report, gap);
      const res = await insertSuggestion(w.run, w.supports, gap.suggestion, { after: place.insertAfter! });
      expect(res).toEqual({ inserted: true, tracked: mode !== 'Off' });
      const i = w.body.findIndex((p) => p.text === gap.suggestion);
      expect(w.body[i - 1]!.text).toMatch(/^f\. Assumptions\./); // last paragraph of 1. SITUATION
      expect(w.body.slice(i + 1).find((p) => p.text.trim())!.text).toBe('2. MISSION');
      expect(w.recorded.inserted).toEqual([{ text: gap.suggestion, after: w.body[i - 1], tracked: mode !== 'Off' }]);
    }
  });

  it('inserts at the cursor when asked, and reports unknown tracking before WordApi 1.4', async () => {
    const w = createWordMock({ paragraphs: ['One.'], apiVersion: '1.3', trackChanges: 'TrackAll' });
    expect(await insertSuggestion(w.run, w.supports, 'New text.', 'cursor')).toEqual({ inserted: true, tracked: null });
    expect(w.recorded.inserted[0]).toMatchObject({ text: 'New text.', after: 'selection' });
  });
});

describe('round trips do not grow with the document', () => {
  function doc(n: number): string[] {
    const lines = ORDER.filter((l) => l.trim());
    const annex = lines.findIndex((l) => l.startsWith('ANNEX K'));
    const body = [...lines.slice(annex), ...lines.slice(0, annex)]; // ten paragraphs already hold findings
    return Array.from({ length: n }, (_, i) => body[i % body.length]!);
  }

  it('scan, select, highlight, clear, comment and insert take the same number of context.sync() calls for 10 and 1,000 paragraphs', async () => {
    const counts: Record<string, number>[] = [];
    for (const n of [10, 1000]) {
      const w = createWordMock({ paragraphs: doc(n), headers: ['Header'], footnotes: ['A note on women.'], apiVersion: '1.5' });
      const c: Record<string, number> = {};
      const step = async (name: string, job: () => Promise<unknown>) => { w.resetSyncs(); await job(); c[name] = w.syncs(); };
      let report!: Report;
      await step('scan', async () => { report = analyze((await readDocument(w.run, w.supports)).blocks); });
      const findings: Finding[] = report.findings.filter((f) => f.block?.startsWith('body:'));
      expect(findings.length).toBeGreaterThan(n === 10 ? 0 : 200);
      let state!: Awaited<ReturnType<typeof highlightAll>>['state'];
      await step('select', () => selectFinding(w.run, targetOf(findings.at(-1)!)!));
      await step('highlight', async () => { state = (await highlightAll(w.run, w.supports, report.findings)).state; });
      expect(state.colours.length).toBeGreaterThan(n === 10 ? 0 : 200);
      await step('clear', () => clearHighlights(w.run, state));
      await step('comment', () => addComments(w.run, findings.map((f) => ({ block: f.block!, text: 'x' }))));
      await step('insert', () => insertSuggestion(w.run, w.supports, 'Text.', { after: findings[0]!.block! }));
      counts.push(c);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.scan).toBeLessThanOrEqual(2);
    expect(Math.max(...Object.values(counts[0]!))).toBeLessThanOrEqual(4);
  });
});

describe('settings', () => {
  it('falls back field by field on stored settings that do not validate, and round-trips valid ones', async () => {
    // A type id of any pack may be stored (packs.ts); one that is not an id at all falls back to detection.
    expect(readSettings(memoryStore({ [APP_KEY]: { profile: 'nato-opord' } })).profile).toBe('nato-opord');
    const store = memoryStore({ [APP_KEY]: { profile: 'Not a type!', language: 'de', pillars: ['protection'], lexicons: 'oops', dismissals: [{ scope: 'always', by: 'concept', concept: 'poc-core' }] } });
    const s = readSettings(store);
    expect(s).toEqual({ profile: 'auto', language: 'auto', pillars: ['protection'], lexicons: [], dismissals: [{ scope: 'always', by: 'concept', concept: 'poc-core' }] });
    await writeSettings(store, { ...s, profile: 'oporder', language: 'fr' });
    expect(readSettings(store).profile).toBe('oporder');
    expect(readSettings(store).language).toBe('fr');
  });

  it('a custom lexicon is compiled with the built-in one, and a broken one is reported by file and field', () => {
    const good = parseLexiconFile('mine.json', JSON.stringify({ concepts: [{ id: 'x-water-points', label: 'Water points', pillar: 'protection', genderSpecific: false, terms: { en: ['water point escort'] } }] }));
    expect(good.ok).toBe(true);
    const lex = compileLexicon([good.ok ? good.file : (undefined as never)]);
    expect(lex.ok).toBe(true);
    const report = analyze('The battalion provides a water point escort each morning.', { lexicon: lex.ok ? lex.lexicon : undefined });
    expect(report.findings.map((f) => f.concept)).toContain('x-water-points');
    expect(parseLexiconFile('bad.json', '{ nope')).toMatchObject({ ok: false, problems: [expect.stringContaining('bad.json')] });
    const wrong = compileLexicon([{ name: 'wrong.json', data: { concepts: [{ id: 'y', label: 'Y', pillar: 'not-a-pillar', genderSpecific: false, terms: { en: ['y y'] } }] } }]);
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? '' : wrong.problems.join('\n')).toMatch(/wrong\.json[\s\S]*pillar/);
  });
});
