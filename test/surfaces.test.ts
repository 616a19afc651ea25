// One document, four surfaces, one report: the CLI (a saved web page), the extension (the page's blocks
// as the content script reads them in real Chromium, analysed as the background does), the Word pane
// (the document's paragraphs read through the fake Word, analysed as the pane does, and the line its
// pane shows) and Excel (WPS.* functions on one cell, and the tally of one row per paragraph) must give
// the same document type, score and score line, gap list and per-pillar counts. Our own mini report,
// mini order and French note, and two corpus documents read from /work/shared at run time.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../cli/read.ts';
import { CSV_COLUMNS, loadLexicon, scoreLine, scoreParts, scoreRest, type Report, type TextBlock } from '../core/index.ts';
import { analyzeBlocks } from '../extension/lib/analysis.ts';
import { Engine, isCellError, type CellError } from '../office-addin/src/excel/compute.ts';
import { analyzeDoc } from '../office-addin/src/excel/documents.ts';
import { buildMatrix, MATRIX_COLS } from '../office-addin/src/excel/matrix.ts';
import { analyzeParagraphs } from '../office-addin/src/word/analysis.ts';
import { readDocument } from '../office-addin/src/word/read.ts';
import { corpusDir } from './support/corpus.ts';
import { parseCsv } from './support/csv.ts';
import { runCli } from './support/cli-run.ts';
import { requireChromium } from './extension/support/browser.ts';
import { pageBundle } from './extension/support/page-bundle.ts';
import { createWordMock } from './office/support/word-mock.ts';
import { scannedWordPane } from './office/support/word-pane.ts';

const lex = loadLexicon();
const CELL_LIMIT = 32_767;

const MINI_REPORT = [
  'Gender and Protection in Sector East: A Review',
  'Executive Summary',
  'This review looks at how the mission protects women and girls in Sector East. It draws on forty interviews and a survey of patrol commanders.',
  'Methodology',
  "We interviewed patrol leaders, women's organisations and the gender adviser between March and June.",
  'Findings',
  'Women make up 12 per cent of the military observers deployed in the sector.',
  'No gender focal point has been appointed in two of the three battalions.',
  'Patrols rarely meet women leaders, and reports of conflict-related sexual violence do not reach the women protection adviser.',
  'Recommendations',
  'The mission should appoint a gender focal point in every battalion.',
  'Commanders should brief every patrol on sexual exploitation and abuse.',
  'References',
  'Author, A. (2021). Women, peace and security in practice. Oslo: Example Press.',
];

// The classic case: the main body names nothing, Annex K says it all.
const MINI_ORDER = [
  'OPERATION ORDER 4/26 (RIVER SHIELD)',
  '1. SITUATION',
  'Armed groups hold the river crossings and tax the markets.',
  '2. MISSION',
  'The battalion secures the crossings from 1 May to protect civilians.',
  '3. EXECUTION',
  'Companies patrol the crossings daily and report incidents to the operations cell.',
  '4. SUSTAINMENT',
  'Fuel and water are resupplied weekly from the main base.',
  '5. COMMAND AND SIGNAL',
  'Reports go to the operations cell by 1800 each day.',
  'ANNEX K: GENDER',
  'Patrols will engage women leaders in every village and report conflict-related sexual violence to the women protection adviser.',
  'The gender adviser will brief every company on sexual exploitation and abuse and collect sex-disaggregated data on incidents.',
];

const FRENCH_NOTE = [
  'Note de situation — Secteur Ouest',
  'Les patrouilles rencontrent chaque semaine les associations de femmes des villages.',
  'Les femmes représentent 9 % des observateurs militaires du secteur.',
  "Aucun point focal genre n'a été désigné dans le bataillon.",
  'La mission devrait signaler les violences sexuelles liées aux conflits à la conseillère pour la protection des femmes.',
];

/** A corpus text as its paragraphs (blank-line separated), whitespace collapsed, as a page or Word shows them. */
async function corpusParagraphs(name: string): Promise<string[]> {
  const text = await readFile(join(corpusDir(), 'reports', name), 'utf8');
  return text.split(/\n[ \t]*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pageHtml = (title: string, paragraphs: string[], lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>\n${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n</body></html>`;

/** What must agree: type, score and its line, gaps, per-pillar counts, findings per concept, and sections. */
function essence(r: Report) {
  const perConcept: Record<string, number> = {};
  for (const f of r.findings) if (!f.reference) perConcept[f.concept] = (perConcept[f.concept] ?? 0) + 1;
  return {
    type: r.profile.id,
    language: r.language,
    score: r.coverage.score,
    line: scoreLine(r),
    gaps: r.gaps.map((g) => `${g.rule} ${g.kind} ${g.severity}`),
    byPillar: r.coverage.byPillar,
    perConcept,
    // Sections (headings, order paragraphs, annexes) as found in the text the CLI reads: blocks are
    // paragraphs, so the joined blocks are that very text and the offsets match too.
    sections: r.structure.map((s) => `${s.kind} ${s.number ?? ''} ${s.title ?? ''} ${s.start}-${s.end}`),
  };
}

let dir: string;
let browser: Browser;
let page: Page;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wps-surfaces-'));
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true });
  page = await browser.newPage();
  bundle = await pageBundle();
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The page's blocks as the content script collects them (PageReader over the rendered page). */
async function pageBlocks(html: string): Promise<TextBlock[]> {
  await page.setContent(html);
  await page.addScriptTag({ content: bundle });
  return page.evaluate(() => {
    const w = window as unknown as { WpsLensPage: { PageReader: new (d: Document) => { readFrom(n: Node): { id: string; text: string }[] } } };
    return new w.WpsLensPage.PageReader(document).readFrom(document.body).map((b) => ({ id: b.id, text: b.text }));
  });
}

interface Doc { name: string; lang: string; paragraphs: () => Promise<string[]>; expect: (r: Report) => void }

const DOCS: Doc[] = [
  {
    name: 'mini-report', lang: 'en', paragraphs: async () => MINI_REPORT,
    expect: (r) => expect(r.findings.length).toBeGreaterThan(8),
  },
  {
    name: 'mini-order', lang: 'en', paragraphs: async () => MINI_ORDER,
    expect: (r) => {
      expect(r.profile.id).toBe('oporder');
      expect(r.coverage.score!).toBeLessThan(50); // not 77/100 beside its high gaps
      expect(r.gaps.filter((g) => g.severity === 'high').length).toBeGreaterThan(4);
      expect(r.gaps.some((g) => g.kind === 'annex-only')).toBe(true);
    },
  },
  {
    name: 'french-note', lang: 'fr', paragraphs: async () => FRENCH_NOTE,
    expect: (r) => expect(r.language).toBe('fr'),
  },
  {
    name: 'minusma-exercise', lang: 'en', paragraphs: () => corpusParagraphs('minusma-gender-adviser-exercise.txt'),
    expect: (r) => expect(r.findings.length).toBeGreaterThan(10),
  },
  {
    name: 'dcaf-case-study', lang: 'en', paragraphs: () => corpusParagraphs('dcaf-2024-mali-gbv-case-study.txt'),
    expect: (r) => {
      expect(r.findings.length).toBeGreaterThan(300);
      expect(r.structure.length).toBeGreaterThan(10); // headings found on every surface, not only in the CLI
    },
  },
];

describe('every surface gives the same report for the same document', () => {
  for (const doc of DOCS) {
    it(`${doc.name}: type, score and its line, gaps and per-pillar counts agree on the CLI, the extension, Word and Excel`, async () => {
      const paragraphs = await doc.paragraphs();
      const html = pageHtml(doc.name, paragraphs, doc.lang);
      const text = paragraphs.join('\n\n');
      // The CLI reads the saved page as its paragraphs, a blank line between them.
      expect(htmlToText(html)).toBe(text);
      const file = join(dir, `${doc.name}.html`);
      await writeFile(file, html);

      // CLI.
      const json = await runCli(['scan', file, '--format', 'json']);
      expect(json.code).toBe(0);
      const cli = JSON.parse(json.stdout).documents[0] as Report;
      doc.expect(cli);
      const want = essence(cli);

      // Extension: the page's blocks, analysed as the background does (profile and language "auto", no dismissals).
      const blocks = await pageBlocks(html);
      expect(blocks.map((b) => b.text)).toEqual(paragraphs);
      const extension = analyzeBlocks(blocks, { source: 'http://127.0.0.1/' + doc.name, profile: 'auto', language: 'auto', lexicon: lex, dismissals: [] });
      expect(essence(extension), 'extension').toEqual(want);

      // Word: the paragraphs as the pane reads and analyses them, and the line its pane shows.
      const w = createWordMock({ paragraphs });
      const read = await readDocument(w.run, w.supports, 'document');
      const word = analyzeParagraphs(read.blocks, { profile: 'auto', language: 'auto', lexicon: lex, dismissals: [] });
      expect(essence(word), 'word').toEqual(want);
      // The pane speaks its interface language (English here: no Office language given), whatever the document's.
      const pane = await scannedWordPane(paragraphs);
      expect(pane.score).toBe(scoreLine(cli, 'en'));
      expect(pane.gapsHeading).toBe(`Gaps (${cli.gaps.length})`);

      // Excel: one row per paragraph in the tally (the documents path), its Score and Score basis cells.
      const tallied = analyzeDoc({ title: doc.name, rows: paragraphs.map((t, i) => ({ row: i + 1, text: t })) }, lex);
      expect(essence(tallied.report), 'excel tally').toEqual(want);
      const row = buildMatrix([tallied], lex).rows[0]!;
      expect(row[MATRIX_COLS.score]).toBe(cli.coverage.score ?? '');
      expect(row[MATRIX_COLS.scoreBasis]).toBe(want.line);
      expect(row[MATRIX_COLS.profile]).toBe(want.type);

      // Excel functions on one cell holding the whole text (when it fits a cell).
      if (text.length <= CELL_LIMIT) {
        const e = new Engine(lex);
        expect(essence(e.report(text)), 'excel cell').toEqual(want);
        const score = e.score([[text]])[0]![0];
        if (cli.coverage.score === null) {
          expect(isCellError(score)).toBe(true);
          expect((score as CellError).message).toBe(`WPS.SCORE: ${want.line}`);
        } else expect(score).toBe(cli.coverage.score);
        expect(e.scoreBasis([[text]])[0]![0]).toBe(want.line);
        const gaps = e.gaps([[text]], 'auto');
        if (cli.gaps.length === 0) expect(isCellError(gaps)).toBe(true);
        else expect((gaps as unknown[][]).map((g) => `${g[2]} ${g[3]}`).sort()).toEqual(cli.gaps.map((g) => `${g.kind} ${g.severity}`).sort());
      }

      // The CLI's own displays: text, Markdown and CSV show the same line.
      const rest = scoreRest(scoreParts(cli));
      const textOut = await runCli(['scan', file]);
      expect(textOut.stdout).toContain(`Score     ${rest}\n`);
      const md = await runCli(['scan', file, '--format', 'md']);
      expect(md.stdout.replace(/\\/g, '')).toContain(`- **Score:** ${rest}\n`);
      const csv = parseCsv((await runCli(['scan', file, '--format', 'csv'])).stdout);
      for (const r of csv.slice(1)) {
        expect(r[CSV_COLUMNS.indexOf('score')]).toBe(cli.coverage.score === null ? '' : String(cli.coverage.score));
        expect(r[CSV_COLUMNS.indexOf('scoreBasis')]).toBe(want.line);
        expect(r[CSV_COLUMNS.indexOf('gaps')]).toBe(String(cli.gaps.length));
      }
    });
  }
});
