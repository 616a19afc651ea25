// The Word pane's Changes view (changes-view.ts) in a DOM without a browser (linkedom), on the fake
// Word document: tracked changes read in one sync and compared; the headline, counts and list are the
// core's compare() on the same texts, and the CLI's `wps-lens compare` on the same two versions as
// .docx files; Show selects the new provision's words (or the paragraph nearest a removed one); Add
// comment adds one comment, once; unsupported Word says so; an earlier version chosen as a .docx.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../core/index.ts';
import { runCompare } from '../../cli/compare.ts';
import { browserReaders, type Readers } from '../../office-addin/src/excel/files.ts';
import { mountChanges } from '../../office-addin/src/word/changes-view.ts';
import { matchParagraph, TRACKED_SOURCES, wordParagraphs } from '../../office-addin/src/word/changes.ts';
import { makeDocx } from '../cli-fixtures.ts';
import { CURRENT, ORIGINAL, reviewed } from './support/changes-fixture.ts';
import { createWordMock } from './support/word-mock.ts';

const g = globalThis as { document?: unknown };
afterEach(() => { delete g.document; });

const nodeReaders: Readers = { ...browserReaders, pdfjs: () => Promise.reject(new Error('no PDF here')), domParser: () => { throw new Error('no HTML here'); } };

function mount(w: ReturnType<typeof createWordMock>, extra: Partial<Parameters<typeof mountChanges>[1]> = {}) {
  const { document } = parseHTML('<!doctype html><html><body><div id="changes-panel"></div></body></html>');
  g.document = document;
  const root = document.getElementById('changes-panel') as unknown as HTMLElement;
  let runs = 0;
  const view = mountChanges(root, { run: (batch) => { runs++; return w.run(batch); }, supports: w.supports, readers: nodeReaders, ...extra });
  const status = () => root.querySelector('#wps-changes-status')!.textContent ?? '';
  const items = () => [...root.querySelectorAll('#wps-changes-list > li')];
  const count = (k: string) => root.querySelector(`#wps-changes-counts tr[data-count="${k}"] td`)?.textContent;
  const button = (li: Element, label: string) => [...li.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
  return { root, view, status, items, count, button, runs: () => runs };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

/** What the view shows equals the comparison: the counts table and the listed changes, in order. */
function expectShows(p: ReturnType<typeof mount>, c: Comparison): void {
  for (const k of ['removed', 'weakened', 'added', 'strengthened', 'moved', 'kept'] as const) expect(p.count(k), k).toBe(String(c.counts[k]));
  expect(p.count('provisions')).toBe(`${c.provisions.old} → ${c.provisions.new}`);
  const listed = c.changes.filter((x) => x.status !== 'kept');
  expect(p.items().map((li) => li.getAttribute('data-status'))).toEqual(listed.map((x) => x.status));
  expect(p.items().map((li) => li.querySelector('.wps-change-old')!.textContent)).toEqual(listed.map((x) => (x.old?.text ? `“${x.old.text}”` : '—')));
  expect(p.items().map((li) => li.querySelector('.wps-change-new')!.textContent)).toEqual(listed.map((x) => (x.new?.text ? `“${x.new.text}”` : '—')));
  expect(p.root.querySelector('#wps-changes-summary')!.textContent).toBe(c.summary);
}

describe('Word pane: Changes view (linkedom + fake Word)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'wps-word-changes-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('tracked changes: one sync for both texts; headline, counts and list are compare() on the same texts', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    const p = mount(w);
    (p.root.querySelector('#wps-changes-tracked') as HTMLButtonElement).click();
    await until(() => /^Compared /.test(p.status()));
    expect(w.syncs()).toBe(1);
    expect(p.runs()).toBe(1);

    const expected = compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), TRACKED_SOURCES);
    expectShows(p, expected);
    expect(p.view.comparison!.counts).toEqual(expected.counts);
    // This edit drops the focal point and the sex-disaggregated data, softens the adviser's task and adds an escort task.
    expect(expected.counts).toMatchObject({ removed: 2, weakened: 1, added: 1, strengthened: 0 });
    expect(p.root.querySelector('#wps-changes-headline')!.textContent).toBe('Your tracked changes would remove 2 WPS provisions, weaken 1 and add 1.');
    expect(p.root.querySelector('#wps-changes-headline')!.className).not.toContain('ok');
    const weak = p.items().find((li) => li.getAttribute('data-status') === 'weakened')!;
    expect(weak.querySelector('.wps-change-note')!.textContent).toMatch(/will → should/);
  });

  it('what the user dismissed stays out of the comparison, as out of the pane\'s report', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    const dismissals = [{ scope: 'always', by: 'concept', concept: 'str-gender-focal-point' }] as const;
    const p = mount(w, { dismissals: () => dismissals });
    (p.root.querySelector('#wps-changes-tracked') as HTMLButtonElement).click();
    await until(() => /^Compared /.test(p.status()));
    const expected = compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), { ...TRACKED_SOURCES, dismissals: [...dismissals] });
    expectShows(p, expected);
    // The dropped focal point was dismissed: only the sex-disaggregated data is removed now.
    expect(expected.counts).toMatchObject({ removed: 1, weakened: 1, added: 1 });
    expect(p.items().some((li) => /focal point/.test(li.textContent ?? ''))).toBe(false);
    expect(p.root.querySelector('#wps-changes-headline')!.textContent).toBe('Your tracked changes would remove 1 WPS provision, weaken 1 and add 1.');
  });

  it('Show selects the new provision\'s words; for a removed one, the paragraph nearest where it stood; a fixed number of syncs', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    const p = mount(w);
    await p.view.compareTracked();
    const weak = p.items().find((li) => li.getAttribute('data-status') === 'weakened')!;
    w.resetSyncs();
    p.button(weak, 'Show').click();
    await until(() => /^Selected /.test(p.status()));
    expect(w.syncs()).toBe(3);
    const sel = w.recorded.selected!;
    expect(sel.paragraph.text).toBe(CURRENT[3]);
    expect(sel.paragraph.text.slice(sel.start, sel.end)).toBe('gender adviser should brief company commanders on conflict-related sexual violence');

    const focal = p.items().find((li) => li.getAttribute('data-status') === 'removed' && /focal point/.test(li.textContent ?? ''))!;
    p.button(focal, 'Show').click();
    await until(() => p.status() === 'Selected the paragraph nearest to where it stood in the document.');
    // It stood after paragraph b (weakened, still there): that paragraph is selected whole.
    expect(w.recorded.selected!.paragraph.text).toBe(CURRENT[3]);
    expect(w.recorded.selected!.start).toBe(0);
    expect(w.recorded.selected!.end).toBe(CURRENT[3]!.length);
  });

  it('Show finds its paragraph when Word still lists tracked deletions among the paragraphs', async () => {
    // Word's paragraphs with the deleted ones still in place (shown as tracked deletions): indices differ from the reviewed text's.
    const shown = [...CURRENT.slice(0, 4), ORIGINAL[4]!, ORIGINAL[5]!, ...CURRENT.slice(4)];
    const w = createWordMock({ paragraphs: shown, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    const p = mount(w);
    await p.view.compareTracked();
    p.button(p.items().find((li) => li.getAttribute('data-status') === 'added')!, 'Show').click();
    await until(() => /^Selected /.test(p.status()));
    const sel = w.recorded.selected!;
    expect(sel.paragraph.text).toBe(CURRENT[5]);
    expect(sel.paragraph.text.slice(sel.start, sel.end)).toBe('Escorts will protect women and girls');
  });

  it('Add comment: one comment on the change, with its words and a marker; not added twice', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } });
    const p = mount(w);
    await p.view.compareTracked();
    const added = p.items().find((li) => li.getAttribute('data-status') === 'added')!;
    p.button(added, 'Add comment').click();
    await until(() => /^Comment added/.test(p.status()));
    expect(w.recorded.comments).toHaveLength(1);
    const c = w.recorded.comments[0]!;
    expect(c.paragraph.text).toBe(CURRENT[5]);
    expect(c.paragraph.text.slice(c.start, c.end)).toBe('Escorts will protect women and girls');
    expect(c.text).toMatch(/^WPS Lens: added \(/);
    expect(c.text).toContain('— → “Escorts; protect women and girls”');
    expect(c.text).toMatch(/\[WPS Lens change [0-9a-z]+\]$/);
    p.button(p.items().find((li) => li.getAttribute('data-status') === 'added')!, 'Add comment').click();
    await until(() => p.status() === 'That change already has its comment in the document.');
    expect(w.recorded.comments).toHaveLength(1);
  });

  it('Word without getReviewedText (before WordApi 1.4): a clear message, no Word call, no result', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.3' });
    const p = mount(w);
    (p.root.querySelector('#wps-changes-tracked') as HTMLButtonElement).click();
    await until(() => /WordApi 1\.4/.test(p.status()));
    expect(p.status()).toMatch(/^This version of Word does not give add-ins the text before and after tracked changes/);
    expect(p.status()).toMatch(/compare with an earlier version saved as a \.docx file/);
    expect(p.root.querySelector('#wps-changes-status')!.className).toContain('wps-error');
    expect(p.runs()).toBe(0);
    expect(p.root.querySelector('#wps-changes-result')!.childNodes.length).toBe(0);
  });

  it('a document without tracked changes says so', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4' });
    const p = mount(w);
    await p.view.compareTracked();
    expect(p.status()).toBe('This document has no tracked changes: its text before and after them is the same.');
    expect(p.items()).toHaveLength(0);
  });

  it('an earlier version as a .docx: the same comparison as `wps-lens compare old.docx new.docx`', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.4' });
    const p = mount(w);
    const oldDocx = await makeDocx(ORIGINAL);
    await p.view.compareFile('order-v1.docx', oldDocx);
    expect(p.status()).toMatch(/^Compared order-v1\.docx with this document: 4 changes/);

    // The CLI on the same two versions saved as .docx files.
    writeFileSync(join(tmp, 'order-v1.docx'), oldDocx);
    writeFileSync(join(tmp, 'order-v2.docx'), await makeDocx(CURRENT));
    let out = '';
    const io = { stdout: { write: (s: string) => { out += s; } }, stderr: { write: () => undefined }, stdin: process.stdin, env: {} };
    expect(await runCompare([join(tmp, 'order-v1.docx'), join(tmp, 'order-v2.docx'), '--format', 'json'], io)).toBe(0);
    const cli = JSON.parse(out) as Comparison;
    expectShowsCli(p, cli);
    expect(p.root.querySelector('#wps-changes-headline')!.textContent).toBe('Against order-v1.docx, this document removes 2 WPS provisions, weakens 1 and adds 1.');
    expect(p.root.querySelector('#wps-changes-sides')!.textContent).toBe('order-v1.docx → this document');

    // Not a .docx: the file's problem, named.
    await p.view.compareFile('notes.docx', new TextEncoder().encode('plain words'));
    expect(p.status()).toBe('notes.docx: not a .docx file (or a password-protected one)');
  });

  it('the open document compared with itself as a .docx: nothing changed', async () => {
    const w = createWordMock({ paragraphs: CURRENT, apiVersion: '1.3' }); // paragraphs read without getReviewedText
    const p = mount(w);
    await p.view.compareFile('same.docx', await makeDocx(CURRENT));
    expect(p.items()).toHaveLength(0);
    expect(p.root.querySelector('#wps-changes-headline')!.textContent).toBe('Against same.docx, this document keeps the WPS provisions as they were.');
    expect(p.count('kept')).toBe(String(p.view.comparison!.provisions.new));
    expect(p.view.comparison!.provisions.new).toBeGreaterThan(2);
  });
});

/** The view against the CLI's JSON: the same counts and the same listed changes (sources differ by name only). */
function expectShowsCli(p: ReturnType<typeof mount>, cli: Comparison): void {
  const view = p.view.comparison!;
  expect(view.counts).toEqual(cli.counts);
  expect(view.provisions).toEqual(cli.provisions);
  expect(view.byPillar).toEqual(cli.byPillar);
  const strip = (c: Comparison) => c.changes.map((x) => ({ status: x.status, concepts: x.concepts, old: x.old?.text, new: x.new?.text, note: x.note }));
  expect(strip(view)).toEqual(strip(cli));
  expectShowsCounts(p, cli);
}

function expectShowsCounts(p: ReturnType<typeof mount>, c: Comparison): void {
  for (const k of ['removed', 'weakened', 'added', 'strengthened', 'moved', 'kept'] as const) expect(p.count(k), k).toBe(String(c.counts[k]));
}

describe('Changes: reading Word\'s text', () => {
  it('Word\'s reviewed text as paragraphs: CR ends one, cell marks go, a manual line break stays inside', () => {
    expect(wordParagraphs('One\rTwo\u000bstill two\rCell\u0007\r\r')).toEqual(['One', 'Two\nstill two', 'Cell']);
  });

  it('finds the Word paragraph of a compared one: same index, else nearest equal text, else nearest holding the word', () => {
    const word = ['Title', 'Kept words.', 'Deleted paragraph still shown.', 'The gender adviser will should brief.', 'Kept words.'];
    expect(matchParagraph(word, 1, 'Kept words.')).toBe(1);
    expect(matchParagraph(word, 3, 'Kept words.')).toBe(4);
    expect(matchParagraph(word, 2, 'The gender adviser should brief.', 'gender adviser')).toBe(3);
    expect(matchParagraph(word, 9, 'Gone.', 'absent')).toBeNull();
  });
});
