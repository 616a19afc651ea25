// Issue 15, "the Word, browser and Excel surfaces show the same comparison for the same two texts": for
// each pair of versions (our own mandate-like and order-like texts in English and French with a
// renewal's edits, and two consecutive MONUSCO mandates from the corpus) the comparison is run through
// each surface's own code path — `wps-lens compare OLD NEW --format json` on the texts as .txt and as
// .docx files, the Word pane's Changes view (tracked changes and an earlier .docx) on the fake Word,
// the extension's background comparison (a kept earlier scan, another tab's scan) on pages read by its
// PageReader, and WPS.COMPARE on cells — and each must equal the core's compare() on the same two texts:
// counts per status, every change (status, concepts, old and new words, numbers, note), the summary.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeStatusLabel, compare, conceptLabel, loadLexicon, type Comparison, type LanguageChoice, type TextBlock } from '../core/index.ts';
import { docName } from '../core/compare/summary.ts';
import { compareOptions } from '../core/compare/choices.ts';
import { analyzeBlocks } from '../extension/lib/analysis.ts';
import { compareScan, type ScannedTab } from '../extension/lib/compare-service.ts';
import { listPage, recordScan, type HistoryArea } from '../extension/lib/history.ts';
import { changesTable } from '../office-addin/src/excel/changes.ts';
import { FUNCTIONS } from '../office-addin/src/excel/functions.ts';
import { browserReaders, type Readers } from '../office-addin/src/excel/files.ts';
import { mountChanges } from '../office-addin/src/word/changes-view.ts';
import { openDocument, TRACKED_SOURCES, trackedSources } from '../office-addin/src/word/changes.ts';
import { trIn } from '../extension/lib/i18n.ts';
import { makeDocx } from './cli-fixtures.ts';
import { FakeWorkbook } from './office/support/excel-workbook.ts';
import { reviewed } from './office/support/changes-fixture.ts';
import { createWordMock } from './office/support/word-mock.ts';
import { runCli } from './support/cli-run.ts';
import { MANDATE_EN, ORDER_EN, ORDER_FR, SYNTHETIC_PAIRS, type VersionPair } from './support/compare-pairs.ts';
import { readResolution } from './support/corpus.ts';
import { readPage } from './support/page-dom.ts';

const lex = loadLexicon();

/**
 * A corpus resolution as paragraphs, each with its number. White space runs are collapsed once here:
 * a web page shows them collapsed (the extension's PageReader reads them so), and every surface is then
 * given the very same paragraphs.
 */
const paragraphsOf = (sym: string) => readResolution(sym).map((b) => (b.prefix ? `${b.prefix} ${b.text}` : b.text).replace(/\s+/g, ' ').trim()).filter(Boolean);
const MONUSCO: VersionPair = { name: 'monusco-2717-2765', old: paragraphsOf('2717'), new: paragraphsOf('2765') };
const PAIRS = [...SYNTHETIC_PAIRS, MONUSCO];

/** A text as a file holds it, and as the core and the CLI compare it: paragraphs separated by a blank line. */
const textOf = (paras: readonly string[]) => paras.join('\n\n');

/** What every surface must agree on: counts, every change in order (its status, concepts and words on each side), the summary with the sides' names neutral. */
function seen(c: Comparison) {
  return {
    counts: c.counts,
    provisions: c.provisions,
    byPillar: c.byPillar,
    byConcept: c.byConcept,
    genderSpecific: c.genderSpecific,
    gapsOpened: c.gapsOpened,
    gapsClosed: c.gapsClosed,
    gapsChanged: c.gapsChanged,
    profile: c.profile,
    language: c.language,
    changes: c.changes.map((x) => ({
      id: x.id, status: x.status, scope: x.scope, moved: x.moved, join: x.join, pillars: x.pillars, concepts: x.concepts,
      old: x.old && { text: x.old.text, number: x.old.number, verb: x.old.verb, excerpt: x.old.excerpt },
      new: x.new && { text: x.new.text, number: x.new.number, verb: x.new.verb, excerpt: x.new.excerpt },
      note: x.note,
    })),
    summary: neutralSummary(c),
  };
}

/** The summary with each side's name (a file name, "this page", "the original text") replaced by ⟨old⟩ and ⟨new⟩. */
function neutralSummary(c: Comparison): string {
  let s = c.summary;
  for (const [which, source] of [['old', c.old.source], ['new', c.new.source]] as const) {
    const name = docName(source, c.language, which);
    for (const form of [name, name.charAt(0).toUpperCase() + name.slice(1)]) s = s.split(form).join(`⟨${which}⟩`);
  }
  return s;
}

// ---------------------------------------------------------------- the surfaces, each by its own code path

const tmp = mkdtempSync(join(tmpdir(), 'wps-compare-surfaces-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `wps-lens compare OLD NEW --format json` on the two versions written as files (.txt, or .docx with one paragraph per string). */
interface Choice { language: LanguageChoice; profile: string }
const AUTO: Choice = { language: 'auto', profile: 'auto' };

async function cli(pair: VersionPair, ext: 'txt' | 'docx', choice: Choice = AUTO): Promise<Comparison> {
  const dir = join(tmp, `${pair.name}-${ext}-${choice.language}-${choice.profile}`);
  mkdirSync(dir, { recursive: true });
  const [a, b] = [join(dir, `version-A.${ext}`), join(dir, `version-B.${ext}`)];
  if (ext === 'txt') { writeFileSync(a, `${textOf(pair.old)}\n`); writeFileSync(b, `${textOf(pair.new)}\n`); }
  else { writeFileSync(a, await makeDocx(pair.old)); writeFileSync(b, await makeDocx(pair.new)); }
  const run = await runCli(['compare', a, b, '--format', 'json', '--language', choice.language, '--profile', choice.profile]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Comparison;
}

const g = globalThis as { document?: unknown };
const nodeReaders: Readers = { ...browserReaders, pdfjs: () => Promise.reject(new Error('no PDF here')), domParser: () => { throw new Error('no HTML here'); } };

/** The Word pane's Changes view on the fake Word (linkedom for its DOM): what it holds and what it shows. */
/**
 * The reader every surface is given here unless a test says otherwise: the one the CLI writes for (its
 * summary and notes are in the documents' language, or the one chosen). The panes speak their reader's.
 */
function readerOf(pair: VersionPair, choice: Choice): 'en' | 'fr' {
  return compare(textOf(pair.old), textOf(pair.new), compareOptions(choice)).language === 'fr' ? 'fr' : 'en';
}

async function word(pair: VersionPair, how: 'tracked' | 'docx', choice: Choice = AUTO, reader: 'en' | 'fr' = readerOf(pair, choice)) {
  const { document } = parseHTML('<!doctype html><html><body><div id="changes"></div></body></html>');
  g.document = document;
  try {
    const root = document.getElementById('changes') as unknown as HTMLElement;
    // Tracked: Word's reviewed texts before and after the changes (WordApi 1.4). .docx: the earlier version
    // chosen as a file against the open document, read paragraph by paragraph (WordApi 1.3, no reviewed text).
    const w = how === 'tracked'
      ? createWordMock({ paragraphs: pair.new, apiVersion: '1.4', reviewed: { original: reviewed(pair.old), current: reviewed(pair.new) } })
      : createWordMock({ paragraphs: pair.new, apiVersion: '1.3' });
    const view = mountChanges(root, { run: w.run, supports: w.supports, readers: nodeReaders, language: () => choice.language, profile: () => choice.profile, ui: () => reader });
    if (how === 'tracked') await view.compareTracked(); else await view.compareFile('version-A.docx', await makeDocx(pair.old));
    const comparison = view.comparison;
    if (!comparison) throw new Error(`Word showed no comparison: ${root.querySelector('#wps-changes-status')?.textContent}`);
    const shown = {
      counts: Object.fromEntries([...root.querySelectorAll('#wps-changes-counts tr[data-count]')].map((tr) => [tr.getAttribute('data-count'), tr.querySelector('td')!.textContent])),
      items: [...root.querySelectorAll('#wps-changes-list > li')].map((li) => ({
        status: li.getAttribute('data-status'), old: li.querySelector('.wps-change-old')!.textContent, new: li.querySelector('.wps-change-new')!.textContent,
      })),
      summary: root.querySelector('#wps-changes-summary')!.textContent,
    };
    return { comparison, shown };
  } finally {
    delete g.document;
  }
}

/** What the Word view draws for a comparison: the counts table and every change but the kept ones. */
function wordShows(c: Comparison) {
  // Quoted as the reader's language quotes (the view's reader is the comparison's language here).
  const words = (t?: string) => (t ? (c.language === 'fr' ? `«\u00A0${t}\u00A0»` : `“${t}”`) : '—');
  return {
    counts: { ...Object.fromEntries((['removed', 'weakened', 'added', 'strengthened', 'moved', 'kept'] as const).map((k) => [k, String(c.counts[k])])), provisions: `${c.provisions.old} → ${c.provisions.new}` },
    items: c.changes.filter((x) => x.status !== 'kept').map((x) => ({ status: x.status, old: words(x.old?.text), new: words(x.new?.text) })),
    summary: c.summary,
  };
}

/** A page of the version, one <p> per paragraph, its number in a <b> as pages mark it, read by the extension's PageReader into blocks. */
function pageBlocks(paras: readonly string[]): TextBlock[] {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const para = (p: string) => { const m = /^(\(?\w{1,3}[.)]) (.*)$/s.exec(p); return m ? `<b>${esc(m[1]!)}</b> ${esc(m[2]!)}` : esc(p); };
  return readPage(`<!doctype html><html><head><title>Plan</title><style>p { margin: 0 }</style></head><body><main>\n${paras.map((p) => `  <p>${para(p)}</p>`).join('\n')}\n</main></body></html>`);
}

const area = fakeBrowser.storage.local as unknown as HistoryArea;
const URL = 'https://example.org/plan.html';
const SCANNED_AT = '2026-11-20T09:00:00.000Z';

/** A tab's scan as the background keeps it: the page's blocks analysed with the tab's choices. */
function scanned(blocks: TextBlock[], url: string, scannedAt: string, { language, profile }: Choice): ScannedTab {
  return { url, title: 'Plan', blocks, profile, language, scannedAt, report: analyzeBlocks(blocks, { source: url, profile, language, lexicon: lex, dismissals: [] }) };
}

/** The extension's comparison: the page now against a kept earlier scan of it, or against another tab's scan of the old version. */
async function browser(pair: VersionPair, withWhat: 'history' | 'tab', choice: Choice = AUTO, reader: 'en' | 'fr' = readerOf(pair, choice)) {
  fakeBrowser.reset();
  const oldBlocks = pageBlocks(pair.old), newBlocks = pageBlocks(pair.new);
  const tab = scanned(newBlocks, URL, '2026-11-21T09:00:00.000Z', choice);
  let r;
  if (withWhat === 'history') {
    await recordScan(area, { url: URL, title: 'Plan', scannedAt: SCANNED_AT, profile: choice.profile, language: choice.language, blocks: oldBlocks });
    const [entry] = (await listPage(area, URL)).items;
    r = await compareScan(tab, { kind: 'history', id: entry!.id }, new Map(), { area, lexicon: lex, dismissals: [], ui: reader });
  } else {
    r = await compareScan(tab, { kind: 'tab', tabId: 2 }, new Map([[2, scanned(oldBlocks, 'https://example.org/draft.html', SCANNED_AT, choice)]]), { area, lexicon: lex, dismissals: [], ui: reader });
  }
  if (!r.ok) throw new Error(r.error);
  return { ...r, oldBlocks, newBlocks };
}

/** WPS.COMPARE on cells: each version in one cell, or one cell per paragraph down a column. */
async function excel(pair: VersionPair, form: 'cell' | 'cells'): Promise<unknown[][]> {
  const wb = new FakeWorkbook();
  const rows = Math.max(pair.old.length, pair.new.length);
  if (form === 'cell') wb.addSheet('Versions', [['Old', 'New'], [textOf(pair.old), textOf(pair.new)]]);
  else wb.addSheet('Versions', [['Old', 'New'], ...Array.from({ length: rows }, (_, i) => [pair.old[i] ?? '', pair.new[i] ?? ''])]);
  const values = async (address: string) => {
    wb.select('Versions', address);
    return wb.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('values');
      await context.sync();
      return range.values as unknown[][];
    });
  };
  const [a, b] = form === 'cell' ? [await values('A2'), await values('B2')] : [await values(`A2:A${rows + 1}`), await values(`B2:B${rows + 1}`)];
  return FUNCTIONS.COMPARE(a, b);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- the same comparison everywhere

it('the synthetic edits give every kind of change the surfaces must agree on', () => {
  const kinds = new Set(SYNTHETIC_PAIRS.flatMap((p) => compare(textOf(p.old), textOf(p.new)).changes.flatMap((x) => [x.status, ...(x.join ? [x.join] : [])])));
  for (const k of ['added', 'removed', 'kept', 'strengthened', 'weakened', 'moved', 'split']) expect([...kinds].some((s) => s.split('+').includes(k)), k).toBe(true);
});

describe.each(PAIRS)('$name: every surface shows the core\'s comparison', (pair) => {
  const oldText = textOf(pair.old), newText = textOf(pair.new);
  /** The core on the two texts, named as the CLI's files are (the summary names a file without its folder). */
  const core = compare(oldText, newText, { oldSource: 'version-A.txt', newSource: 'version-B.txt' });
  let fromTxt: Comparison;
  beforeAll(async () => { fromTxt = await cli(pair, 'txt'); });

  it('the texts hold WPS provisions and the edits change some of them', () => {
    expect(core.provisions.old).toBeGreaterThan(3);
    expect(core.changes.filter((x) => x.status !== 'kept').length).toBeGreaterThan(0);
  });

  it('CLI: `wps-lens compare` JSON on the .txt files is the core\'s compare() of the two texts, summary included', () => {
    expect(fromTxt.summary).toBe(core.summary);
    expect(seen(fromTxt)).toEqual(seen(core));
  });

  it('CLI: the same versions as .docx files give the same comparison', async () => {
    expect(seen(await cli(pair, 'docx'))).toEqual(seen(core));
  });

  it('Word, tracked changes: the view holds and shows the core\'s comparison of the original and current texts', async () => {
    const { comparison, shown } = await word(pair, 'tracked');
    expect(seen(comparison)).toEqual(seen(core));
    // Exactly what the core gives under the names the pane gives the two sides.
    expect(comparison.summary).toBe(compare(oldText, newText, trackedSources(core.language === 'fr' ? 'fr' : 'en')).summary);
    expect(shown).toEqual({ ...wordShows(fromTxt), summary: comparison.summary });
    expect(shown.items.map((x) => x.status)).toEqual(core.changes.filter((x) => x.status !== 'kept').map((x) => x.status));
  });

  it('Word, an earlier version as .docx: the view holds and shows the core\'s comparison', async () => {
    const { comparison, shown } = await word(pair, 'docx');
    expect(seen(comparison)).toEqual(seen(core));
    expect(comparison.summary).toBe(compare(oldText, newText, { oldSource: 'version-A.docx', newSource: openDocument(core.language === 'fr' ? 'fr' : 'en') }).summary);
    expect(shown).toEqual({ ...wordShows(fromTxt), summary: comparison.summary });
  });

  it('browser: the page read by the PageReader holds the same paragraphs the other surfaces compare', () => {
    expect(pageBlocks(pair.old).map((b) => b.text)).toEqual(pair.old);
    expect(pageBlocks(pair.new).map((b) => b.text)).toEqual(pair.new);
  });

  it.each(['history', 'tab'] as const)('browser, against %s: the background\'s comparison is the core\'s', async (withWhat) => {
    const r = await browser(pair, withWhat);
    expect(seen(r.comparison)).toEqual(seen(core));
    expect(seen(r.comparison)).toEqual(seen(fromTxt));
    expect(r.comparison.summary).toBe(compare(oldText, newText, { oldSource: r.old.label, newSource: trIn(core.language === 'fr' ? 'fr' : 'en', 'chThisPage') }).summary);
    // Removed provisions are listed with their old text: the paragraph the core cites, word for word.
    for (const x of r.comparison.changes.filter((c) => c.status === 'removed')) expect(pair.old.some((p) => p.startsWith(r.oldText[x.id]!.replace(/…$/, '')))).toBe(true);
  });

  // Excel takes a version either as one cell holding the whole text or as a range with one cell per
  // paragraph; both are the same two texts, so both spill the same table. A cell holds at most 32,767
  // characters, so a full mandate (MONUSCO) fits only as one cell per paragraph.
  const forms = (['cell', 'cells'] as const).filter((f) => f === 'cells' || Math.max(oldText.length, newText.length) <= 32_767);
  it.each(forms)('Excel, WPS.COMPARE with each version as %s: one row per change of the CLI\'s comparison, in order', async (form) => {
    const out = await excel(pair, form);
    // The whole table as the function's own formatter makes it of the CLI's JSON (places and notes included).
    expect(out).toEqual(changesTable(fromTxt, lex));
    const rows = out.slice(1);
    const lang = fromTxt.language;
    expect(rows.map((r) => r[0])).toEqual(fromTxt.changes.map((x) => capital(changeStatusLabel(x.status, lang))));
    expect(rows.map((r) => r[2])).toEqual(fromTxt.changes.map((x) => x.concepts.map((id) => conceptLabel(id, lang, lex.concepts.get(id)?.label)).join('; ')));
    expect(rows.map((r) => [r[3], r[4]])).toEqual(fromTxt.changes.map((x) => [x.old?.text ?? '', x.new?.text ?? '']));
    // Counts per status: the rows of each status are the core's changes of that status.
    const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((s) => [s, xs.filter((x) => x === s).length]));
    expect(tally(rows.map((r) => String(r[0])))).toEqual(tally(core.changes.map((x) => capital(changeStatusLabel(x.status, lang)))));
  });
});

// The document's language and type chosen on a surface (the Word pane's settings, the extension's page
// settings, the CLI's --language and --profile) are how both texts are read, the gaps judged and the
// summary written: the same choice gives the same comparison everywhere. Excel's WPS.COMPARE takes
// neither (both detected), as its cell-per-document functions do.
const CHOICES: { name: string; language: LanguageChoice; profile: string; pair: VersionPair }[] = [
  { name: ORDER_FR.name, language: 'fr', profile: 'auto', pair: ORDER_FR },
  { name: MANDATE_EN.name, language: 'en', profile: 'auto', pair: MANDATE_EN },
  { name: MANDATE_EN.name, language: 'fr', profile: 'auto', pair: MANDATE_EN },
  { name: ORDER_EN.name, language: 'auto', profile: 'mandate', pair: ORDER_EN },
];
describe.each(CHOICES)('$name, language $language, type $profile: the choice reaches every surface\'s comparison', ({ pair, language, profile }) => {
  const choice: Choice = { language, profile };
  let chosen: Comparison;
  beforeAll(async () => { chosen = await cli(pair, 'txt', choice); });

  it('the CLI with --language and --profile is the core with that choice', () => {
    const dir = join(tmp, `${pair.name}-txt-${choice.language}-${choice.profile}`);
    const lang = choice.language === 'auto' ? {} : { language: choice.language, summaryLanguage: choice.language };
    const profile = choice.profile === 'auto' ? {} : { profile: choice.profile };
    expect(seen(chosen)).toEqual(seen(compare(textOf(pair.old), textOf(pair.new), { oldSource: join(dir, 'version-A.txt'), newSource: join(dir, 'version-B.txt'), ...lang, ...profile })));
    if (choice.language !== 'auto') expect(chosen.language).toBe(choice.language);
    if (choice.profile !== 'auto') expect(chosen.profile).toEqual({ id: choice.profile, basis: 'given' });
  });

  it.each(['tracked', 'docx'] as const)('Word (%s) with the pane\'s choice', async (how) => {
    expect(seen((await word(pair, how, choice)).comparison)).toEqual(seen(chosen));
  });

  it.each(['history', 'tab'] as const)('browser (against %s) with the page\'s choice', async (withWhat) => {
    expect(seen((await browser(pair, withWhat, choice)).comparison)).toEqual(seen(chosen));
  });
});

it('a French pair read in English: Word and the browser both say the core\'s comparison in English, the same changes as in French', async () => {
  const inFrench = compare(textOf(ORDER_FR.old), textOf(ORDER_FR.new));
  expect(inFrench.language).toBe('fr');
  const inEnglish = compare(textOf(ORDER_FR.old), textOf(ORDER_FR.new), { summaryLanguage: 'en' });
  const w = (await word(ORDER_FR, 'tracked', AUTO, 'en')).comparison;
  expect(w.summary).toBe(compare(textOf(ORDER_FR.old), textOf(ORDER_FR.new), { ...TRACKED_SOURCES, summaryLanguage: 'en' }).summary);
  expect(seen(w)).toEqual(seen(inEnglish));
  const b = (await browser(ORDER_FR, 'tab', AUTO, 'en')).comparison;
  expect(seen(b)).toEqual(seen(inEnglish));
  // The same changes, said in the other language: statuses and words alike, notes and summary not.
  expect(inEnglish.changes.map((c) => [c.status, c.old?.text, c.new?.text])).toEqual(inFrench.changes.map((c) => [c.status, c.old?.text, c.new?.text]));
  expect(inEnglish.summary).not.toBe(inFrench.summary);
});

it('the choices matter (so the tests above can fail): a language or a type chosen changes the comparison', async () => {
  const [asFrench, detected] = [await cli(MANDATE_EN, 'txt', { language: 'fr', profile: 'auto' }), await cli(MANDATE_EN, 'txt')];
  expect(seen(asFrench).changes).not.toEqual(seen(detected).changes);
  expect(asFrench.counts).not.toEqual(detected.counts);
  const [asMandate, orderDetected] = [await cli(ORDER_EN, 'txt', { language: 'auto', profile: 'mandate' }), await cli(ORDER_EN, 'txt')];
  expect(orderDetected.profile.id).not.toBe('mandate');
  expect([asMandate.gapsOpened, asMandate.gapsClosed, asMandate.gapsChanged]).not.toEqual([orderDetected.gapsOpened, orderDetected.gapsClosed, orderDetected.gapsChanged]);
});
