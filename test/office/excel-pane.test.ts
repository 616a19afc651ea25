// The Excel task pane wired to the Excel stand-in, in a DOM without a browser (linkedom): the
// controls exist and are labelled, Tally writes the sheets and reports, document text stays text; the
// pane's interface language (the setting shared with Word, else Office's display language), its strings
// file, and a change of language redrawing the pane.
import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scoreLine } from '../../core/index.ts';
import excelStrings from '../../office-addin/src/excel/strings.json' with { type: 'json' };
import { mountExcel } from '../../office-addin/src/excel/pane.ts';
import { engine } from '../../office-addin/src/excel/compute.ts';
import { FUNCTIONS } from '../../office-addin/src/excel/functions.ts';
import { MATRIX_COLS, MATRIX_HEADER_ROWS, MATRIX_ID_ROW } from '../../office-addin/src/excel/matrix.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { builtinLexicon } from '../../office-addin/src/common/lexicon.ts';
import { APP_KEY, memoryStore, readSettings, type Store } from '../../office-addin/src/common/settings.ts';
import { mountWord } from '../../office-addin/src/word/pane.ts';
import { applyTheme, luminance } from '../../office-addin/src/excel/theme.ts';
import { TREND_SHEET } from '../../office-addin/src/excel/trend.ts';
import { readResolution } from '../support/corpus.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';
import { createWordMock } from './support/word-mock.ts';

const g = globalThis as { document?: unknown };
afterEach(() => {
  delete g.document;
  engine().setLexicon(builtinLexicon()); // the engine is the runtime's one: leave it as found
});

function pane(app: Store = memoryStore(), displayLanguage?: string) {
  // As taskpane.html has it (shared with Word): the pane takes the live region off the page.
  const { document } = parseHTML('<!doctype html><html><body><main id="app" class="wps-app" aria-live="polite"></main></body></html>');
  g.document = document;
  const root = document.getElementById('app') as unknown as HTMLElement;
  const wb = new FakeWorkbook();
  mountExcel(root, { run: wb.run, app, ...(displayLanguage ? { displayLanguage } : {}) });
  const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
  const status = () => root.querySelector('[role="status"]')!.textContent ?? '';
  return { root, wb, button, status, app, document };
}

/** Picks a file in a file input, as the user would (linkedom has no FileList: the property is set). */
function pick(input: Element, name: string, text: string): void {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  const doc = input.ownerDocument as unknown as { createEvent(t: string): Event };
  const e = doc.createEvent('Event');
  (e as unknown as { initEvent(t: string, b: boolean, c: boolean): void }).initEvent('change', true, false);
  input.dispatchEvent(e);
}

/** Picks an option of a select and fires change (linkedom's select.value follows the selected option). */
function choose(select: Element, value: string): void {
  for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  const e = (select.ownerDocument as unknown as { createEvent(t: string): Event }).createEvent('Event');
  (e as unknown as { initEvent(t: string, b: boolean, c: boolean): void }).initEvent('change', true, false);
  select.dispatchEvent(e);
}

const WATER = JSON.stringify({ concepts: [{ id: 'x-water-points', label: 'Water point escorts', pillar: 'protection', genderSpecific: false, terms: { en: ['water point escort'] } }] });
const WRONG = JSON.stringify({ concepts: [{ id: 'x-bad', label: 'Bad', pillar: 'not-a-pillar', genderSpecific: false, terms: { en: ['bad bad'] } }] });
const SENTENCE = 'The battalion provides a water point escort for women each morning.';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('Excel task pane', () => {
  it('has labelled controls: profile, header row, findings sheet, trend, tally, file import, lexicon; one live region', () => {
    const { root } = pane();
    for (const id of ['wps-profile', 'wps-header-row', 'wps-findings-sheet', 'wps-trend', 'wps-files', 'wps-language', 'wps-lexicon-file']) {
      expect(root.querySelector(`#${id}`), id).not.toBeNull();
      expect(root.querySelector(`label[for="${id}"]`)?.textContent, `label for ${id}`).toMatch(/\w{3}/);
    }
    // Every input and select of the pane has a label (packs' checkboxes are wrapped in theirs).
    for (const input of root.querySelectorAll('input, select')) {
      const id = input.getAttribute('id');
      expect(Boolean((id && root.querySelector(`label[for="${id}"]`)) || input.closest('label')), input.outerHTML).toBe(true);
    }
    // The status line is the one live region; the page around it is not one.
    expect(root.getAttribute('aria-live')).toBeNull();
    expect([...root.querySelectorAll('[role="status"], [aria-live]')].map((e) => e.id)).toEqual(['wps-status']);
    expect(root.querySelector('#wps-trend')!.getAttribute('aria-describedby')).toBe('wps-trend-help');
    const options = [...root.querySelectorAll('#wps-profile option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).toContain('auto');
    expect(options).toContain('mandate');
  });

  it('tallies the selection into the coverage and findings sheets and says what it did', async () => {
    const { root, wb, button, status } = pane();
    const rows = readResolution('1325').filter((b) => b.type === 'paragraph').slice(10, 20).map((b) => ['S/RES/1325', b.text]);
    rows.push(['<img src=x onerror=alert(1)>', 'Women will take part in every patrol.']);
    wb.addSheet('Docs', rows);
    wb.select('Docs', `A1:B${rows.length}`);
    button('Tally selected range').click();
    await until(() => /written to/.test(status()));
    expect(status()).toMatch(/^2 document\(s\), \d+ finding\(s\) written to "WPS coverage", \d+ gap\(s\) to "WPS gaps"\./);
    expect(wb.sheet(COVERAGE_SHEET)).toBeDefined();
    expect(wb.sheet(FINDINGS_SHEET)).toBeDefined();
    expect(root.querySelector('img')).toBeNull();
    // The pane lists the documents it tallied; a title that looks like markup is shown as text.
    const titles = [...root.querySelectorAll('#wps-tally .wps-doc-title')].map((t) => t.textContent);
    expect(titles).toEqual(['S/RES/1325', '<img src=x onerror=alert(1)>']);
    // Running again updates the sheet.
    button('Tally selected range').click();
    await until(() => /\(updated\)/.test(status()));
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(['Docs', COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET].sort());
  });

  it('Trend: the tallied documents as versions in order go to "WPS trend", and the pane shows the series in a sentence', async () => {
    const { root, wb, button, status } = pane();
    wb.addSheet('Versions', [
      ['Draft 1', 'The Force will secure the main supply route.'],
      ['Draft 2', 'The Force will secure the main supply route with mixed patrols that include women.'],
      ['Draft 3', 'The Force will secure the main supply route with mixed patrols that include women.'],
      ['Draft 3', 'Each battalion will appoint a gender focal point.'],
    ]);
    wb.select('Versions', 'A1:B4');
    (root.querySelector('#wps-trend') as HTMLInputElement).checked = true;
    button('Tally selected range').click();
    await until(() => /written to/.test(status()));
    expect(status()).toMatch(/ Trend of 3 versions in "WPS trend"\.$/);
    expect(wb.sheet(TREND_SHEET)!.usedValues().slice(1, 4).map((r) => r[0])).toEqual(['Draft 1', 'Draft 2', 'Draft 3']);
    expect(root.querySelector('#wps-trend-summary')!.textContent).toMatch(/^Across 3 versions \(Draft 1 → Draft 3\)/);
    // One document is no trend: said on the status line, as an error, nothing written.
    const one = pane();
    one.wb.addSheet('S', [['Only one version, with women in every patrol.']]);
    one.wb.select('S', 'A1:A1');
    (one.root.querySelector('#wps-trend') as HTMLInputElement).checked = true;
    one.button('Tally selected range').click();
    await until(() => /A trend needs/.test(one.status()));
    expect(one.root.querySelector('[role="status"]')!.className).toContain('wps-error');
    expect(one.wb.sheet(TREND_SHEET)).toBeUndefined();
  });

  it('follows Office\'s theme when Office gives it: dark or light whatever the system prefers', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const html = document.documentElement as unknown as HTMLElement;
    expect(applyTheme(document as unknown as Document, undefined)).toBeUndefined();
    expect(html.classList.contains('wps-excel')).toBe(true);
    expect(html.classList.contains('wps-dark') || html.classList.contains('wps-light')).toBe(false);
    expect(applyTheme(document as unknown as Document, { bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(html.classList.contains('wps-dark')).toBe(true);
    expect(applyTheme(document as unknown as Document, { bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect([html.classList.contains('wps-dark'), html.classList.contains('wps-light')]).toEqual([false, true]);
    expect(applyTheme(document as unknown as Document, { bodyBackgroundColor: 'not a colour' })).toBeUndefined();
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('000000')).toBe(0);
  });

  it('shows a clear error for a bad selection', async () => {
    const { wb, button, status, root } = pane();
    wb.addSheet('S', [['a', 'b', 'c']]);
    wb.select('S', 'A1:C1');
    button('Tally selected range').click();
    await until(() => /Select one column/.test(status()));
    expect(root.querySelector('[role="status"]')!.className).toContain('wps-error');
  });

  it('imports a custom lexicon into the engine the WPS functions and the tally share; a failed import keeps the one in use', async () => {
    const { root, wb, button, status, app } = pane();
    const input = root.querySelector('#wps-lexicon-file')!;
    expect(root.querySelector('label[for="wps-lexicon-file"]')).not.toBeNull();
    expect(String(FUNCTIONS.COUNT([[SENTENCE]], 'x-water-points')[0]![0])).toMatch(/^#VALUE! .*unknown/i);

    pick(input, 'water.json', WATER);
    await until(() => /^Lexicon water\.json added/.test(status()));
    expect(root.querySelector('[role="status"]')!.className).not.toContain('wps-error');
    expect(readSettings(app).lexicons).toEqual([{ name: 'water.json', data: JSON.parse(WATER) }]);
    const withWater = engine().lexicon;
    expect(withWater.concepts.has('x-water-points')).toBe(true);
    // The custom functions (same engine) count the new concept…
    expect(FUNCTIONS.COUNT([[SENTENCE], ['Nothing to see.']], 'x-water-points')).toEqual([[1], [0]]);
    // …and so does the tally: the matrix has a column for it.
    wb.addSheet('Docs', [[SENTENCE]]);
    wb.select('Docs', 'A1:A1');
    button('Tally selected range').click();
    await until(() => /written to/.test(status()));
    const values = wb.sheet(COVERAGE_SHEET)!.usedValues();
    const col = values[MATRIX_ID_ROW]!.indexOf('x-water-points'); // the id row; the name row shows the label
    expect(col).toBeGreaterThan(0);
    expect(values[MATRIX_HEADER_ROWS]![col]).toBe(1);

    // A broken file: the same message as Word gives, and the lexicon in use stays.
    pick(input, 'wrong.json', WRONG);
    await until(() => /^Lexicon not added/.test(status()));
    const excelMessage = status();
    expect(excelMessage).toMatch(/wrong\.json[\s\S]*pillar/);
    expect(root.querySelector('[role="status"]')!.className).toContain('wps-error');
    expect(engine().lexicon).toBe(withWater);
    expect(readSettings(app).lexicons.map((l) => l.name)).toEqual(['water.json']);
    expect(FUNCTIONS.COUNT([[SENTENCE]], 'x-water-points')).toEqual([[1]]);
    pick(input, 'broken.json', '{ "concepts": [');
    await until(() => /^Lexicon not added: broken\.json: not valid JSON/.test(status()));
    expect(engine().lexicon).toBe(withWater);

    // Word, given the same file, says exactly the same.
    const word = (() => {
      // As taskpane.html has it (shared with Word): the pane takes the live region off the page.
  const { document } = parseHTML('<!doctype html><html><body><main id="app" class="wps-app" aria-live="polite"></main></body></html>');
      g.document = document;
      const r = document.getElementById('app') as unknown as HTMLElement;
      const w = createWordMock({ paragraphs: ['One.'] });
      mountWord(r, { run: w.run, supports: w.supports, app: memoryStore(), doc: memoryStore() });
      return r;
    })();
    pick(word.querySelector('#wps-lexicon-file')!, 'wrong.json', WRONG);
    await until(() => /^Lexicon not added/.test(word.querySelector('[role="status"]')!.textContent ?? ''));
    expect(word.querySelector('[role="status"]')!.textContent).toBe(excelMessage);
    g.document = root.ownerDocument;

    // Remove: back to the built-in lexicon, and the functions no longer know the concept.
    ([...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Remove lexicon water.json') as HTMLButtonElement).click();
    await until(() => status() === 'Lexicon water.json removed.');
    expect(engine().lexicon.concepts.has('x-water-points')).toBe(false);
    expect(readSettings(app).lexicons).toEqual([]);
  });

  it('on opening, uses the stored lexicon; a stored one that no longer compiles falls back to the built-in one and says so', async () => {
    const good = memoryStore({ [APP_KEY]: { lexicons: [{ name: 'water.json', data: JSON.parse(WATER) }] } });
    pane(good);
    expect(engine().lexicon.concepts.has('x-water-points')).toBe(true);
    expect(FUNCTIONS.COUNT([[SENTENCE]], 'x-water-points')).toEqual([[1]]);

    const stale = memoryStore({ [APP_KEY]: { lexicons: [{ name: 'old.json', data: JSON.parse(WRONG) }] } });
    const { status, root } = pane(stale);
    expect(status()).toMatch(/^Custom lexicon not used: .*old\.json/);
    expect(root.querySelector('[role="status"]')!.className).toContain('wps-error');
    expect(engine().lexicon.concepts.has('x-water-points')).toBe(false);
    expect(engine().lexicon.concepts.size).toBe(builtinLexicon().concepts.size);
  });

  it('shows each document\'s language in the last tally; the Language setting overrides it for the next tally and is stored', async () => {
    const rows = [
      ['Ordre', 'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.'],
      ['Ordre', 'Les patrouilles mixtes assureront la sécurité des filles et des femmes déplacées dans les camps.'],
      ['Order', 'The force will train its staff on gender equality and the protection of women.'],
    ];
    const { root, wb, button, status, app } = pane();
    expect(root.querySelector('label[for="wps-language"]')!.textContent).toBe('Language');
    wb.addSheet('Docs', rows);
    wb.select('Docs', 'A1:B3');
    const tally = async (): Promise<{ lang: string[]; findings: number[]; matrix: unknown[] }> => {
      button('Tally selected range').click();
      await until(() => /written to/.test(status()));
      const docs = [...root.querySelectorAll('#wps-tally .wps-doc')];
      const values = wb.sheet(COVERAGE_SHEET)!.usedValues().slice(MATRIX_HEADER_ROWS, MATRIX_HEADER_ROWS + 2); // the two documents (total rows follow)
      return {
        lang: docs.map((d) => d.querySelector('.wps-doc-lang')!.textContent ?? ''),
        findings: docs.map((d) => parseInt(d.querySelector('.wps-doc-findings')!.textContent ?? '', 10)),
        matrix: values.map((r) => r[MATRIX_COLS.language]),
      };
    };
    expect(root.querySelector('#wps-tally')).toBeNull();
    const auto = await tally();
    expect(root.querySelector('#wps-summary-h')!.textContent).toBe('Last tally');
    expect(root.querySelector('.wps-doc-findings')!.textContent).toMatch(/^\d+ findings?$/);
    expect(auto.lang).toEqual(['French', 'English']);
    expect(auto.matrix).toEqual(['fr', 'en']); // the matrix's own Language column
    expect(auto.findings[0]).toBeGreaterThan(0);

    // English for every document: the French document's French-only terms stop counting.
    choose(root.querySelector('#wps-language')!, 'en');
    await until(() => status() === 'Language for the next tally: English.');
    expect(readSettings(app).language).toBe('en');
    const english = await tally();
    expect(english.lang).toEqual(['English', 'English']);
    expect(english.matrix).toEqual(['en', 'en']);
    expect(english.findings).toEqual([0, auto.findings[1]]);

    // A new pane reads the stored choice; back to Auto, the tally is the detected one again.
    const again = pane(app);
    expect((again.root.querySelector('#wps-language') as HTMLSelectElement).value).toBe('en');
    choose(again.root.querySelector('#wps-language')!, 'auto');
    await until(() => readSettings(app).language === 'auto');
    again.wb.addSheet('Docs', rows);
    again.wb.select('Docs', 'A1:B3');
    again.button('Tally selected range').click();
    await until(() => /written to/.test(again.status()));
    expect(again.wb.sheet(COVERAGE_SHEET)!.usedValues().slice(MATRIX_HEADER_ROWS, MATRIX_HEADER_ROWS + 2).map((r) => r[MATRIX_COLS.language])).toEqual(['fr', 'en']);
  });
});

describe('Excel task pane: its interface language', () => {
  const ROWS = [
    ['Ordre', 'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.'],
    ['Order', 'The force will train its staff on gender equality and the protection of women.'],
  ];
  const text = (root: HTMLElement, sel: string) => root.querySelector(sel)?.textContent ?? '';
  const label = (root: HTMLElement, id: string) => text(root, `label[for="${id}"]`);
  // Words the pane showed in English whatever the language ("English", the language list's name of itself, is not one).
  const ENGLISH = ['WPS Lens for Excel', 'Tally', 'Import documents', 'Drop ', 'Choose files', 'Document type', 'Detect per document', 'First row',
    'Also write', 'one row per finding', 'Trend', 'versions of one text', 'Settings', 'Language', 'Custom lexicon', 'same format', 'recalculate',
    'Rule packs', 'Built-in packs', 'No pack in use', 'Import a rule pack', 'Read in this pane', 'Last tally', 'finding', 'written to', 'gap(s)',
    'Score', 'No score', 'pillars covered', 'French', 'Interface language', 'Automatic', 'Cancel', 'Progress', 'findings'];
  /** The pane's English phrases still read or heard in it (the sheets' names, the workbook's, and the document titles aside). */
  const englishLeft = (root: HTMLElement): string[] => {
    let all = [root.textContent ?? '', ...[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join('\n');
    for (const name of [COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET, TREND_SHEET, 'English', 'Order']) all = all.split(name).join(' ');
    return ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(all));
  };

  it('strings.json: English and French have the same keys and the same placeholders', () => {
    expect(Object.keys(excelStrings.fr).sort()).toEqual(Object.keys(excelStrings.en).sort());
    for (const [k, v] of Object.entries(excelStrings.en)) {
      expect((excelStrings.fr as Record<string, string>)[k]!.match(/\{\w+\}/g)?.sort(), k).toEqual(v.match(/\{\w+\}/g)?.sort());
    }
  });

  it('French from the stored setting (shared with Word): every label, the tally\'s status and summary, errors; no English phrase left', async () => {
    const app = memoryStore({ [APP_KEY]: { interfaceLanguage: 'fr' } });
    const { root, wb, button, status, document } = pane(app, 'en-US');
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(text(root, 'h1')).toBe('WPS Lens pour Excel');
    expect(text(root, '#wps-tally-h')).toBe('Décompte d’une plage');
    expect(label(root, 'wps-profile')).toBe('Type de document');
    expect(text(root, '#wps-profile option[value="auto"]')).toBe('Détecter pour chaque document');
    expect(text(root, '#wps-profile option[value="mandate"]')).toBe('Mandat de mission');
    expect(label(root, 'wps-header-row')).toBe('La première ligne est un en-tête');
    expect(label(root, 'wps-findings-sheet')).toBe(`Écrire aussi « ${FINDINGS_SHEET} » (une ligne par constat)`);
    expect(label(root, 'wps-trend')).toBe(`Tendance : écrire « ${TREND_SHEET} »`);
    expect(text(root, '#wps-import-h')).toBe('Importer des documents');
    expect(label(root, 'wps-files')).toBe('Choisir les fichiers à importer');
    expect(text(root, '.wps-settings summary')).toBe('Paramètres');
    expect(label(root, 'wps-ui-language')).toBe('Langue de l’interface');
    expect([...root.querySelectorAll('#wps-ui-language option')].map((o) => o.textContent)).toEqual(['Automatique (langue d’Office)', 'English', 'Français']);
    expect(root.querySelector('#wps-ui-language option[selected]')!.getAttribute('value')).toBe('fr');
    expect(label(root, 'wps-language')).toBe('Langue des documents');
    expect([...root.querySelectorAll('#wps-language option')].map((o) => o.textContent)).toEqual(['Détecter pour chaque document', 'anglais', 'français']);
    expect(text(root, '#wps-packs-h')).toBe('Packs de règles');

    // A bad selection: the error in French.
    wb.addSheet('Bad', [['a', 'b', 'c']]);
    wb.select('Bad', 'A1:C1');
    button('Décompter la plage sélectionnée').click();
    await until(() => /^Sélectionnez une colonne/.test(status()));
    expect(status()).toBe('Sélectionnez une colonne de textes, ou deux colonnes (les titres, puis les textes) ; la sélection en a 3.');

    // A tally: status, and each document's language, findings and score line in French (the English document's too).
    wb.addSheet('Docs', ROWS);
    wb.select('Docs', 'A1:B2');
    button('Décompter la plage sélectionnée').click();
    await until(() => /écrits dans/.test(status()));
    expect(status()).toMatch(/^2 document\(s\), \d+ constat\(s\) écrits dans « WPS coverage », \d+ lacune\(s\) dans « WPS gaps »\.$/);
    expect(text(root, '#wps-summary-h')).toBe('Dernier décompte');
    const docs = [...root.querySelectorAll('#wps-tally .wps-doc')];
    expect(docs.map((d) => d.querySelector('.wps-doc-lang')!.textContent)).toEqual(['français', 'anglais']);
    expect(docs.map((d) => d.querySelector('.wps-doc-findings')!.textContent)).toEqual(docs.map((d) => expect.stringMatching(/^\d+ constats?$/) as unknown as string));
    for (const d of docs) expect(d.querySelector('.wps-doc-score')!.textContent).toMatch(/^(Note \d+\/100|Pas de note pour ce type de document : )/);
    // The English document's line is the core's in French, not its own English one.
    const english = engine().report(ROWS[1]![1]!);
    expect(scoreLine(english)).toMatch(/^(Score|No score)/);
    expect(docs[1]!.querySelector('.wps-doc-score')!.textContent).toBe(scoreLine(english, 'fr'));

    expect(englishLeft(root)).toEqual([]);
  });

  it('French from Office\'s display language when nothing is stored; a stored English wins over it', () => {
    const fr = pane(memoryStore(), 'fr-FR');
    expect(text(fr.root, 'h1')).toBe('WPS Lens pour Excel');
    expect(fr.button('Décompter la plage sélectionnée')).toBeDefined();
    expect(fr.root.querySelector('#wps-ui-language option[selected]')!.getAttribute('value')).toBe('auto');
    const en = pane(memoryStore({ [APP_KEY]: { interfaceLanguage: 'en' } }), 'fr-FR');
    expect(text(en.root, 'h1')).toBe('WPS Lens for Excel');
    expect(en.button('Tally selected range')).toBeDefined();
    // No Office language and nothing stored: English.
    expect(text(pane().root, 'h1')).toBe('WPS Lens for Excel');
  });

  it('choosing the language in Settings stores it, redraws the pane in it (options, last tally, status) and keeps the pane\'s state; Automatic goes back to Office\'s', async () => {
    const { root, wb, button, status, app } = pane(memoryStore(), 'en-US');
    wb.addSheet('Docs', ROWS);
    wb.select('Docs', 'A1:B2');
    (root.querySelector('#wps-findings-sheet') as HTMLInputElement).checked = false;
    choose(root.querySelector('#wps-profile')!, 'mandate');
    button('Tally selected range').click();
    await until(() => /written to/.test(status()));
    expect(text(root, '.wps-doc-lang')).toBe('French');
    expect(englishLeft(root).length).toBeGreaterThan(10); // the check finds the English pane's words

    choose(root.querySelector('#wps-ui-language')!, 'fr');
    await until(() => text(root, 'h1') === 'WPS Lens pour Excel');
    expect(readSettings(app).interfaceLanguage).toBe('fr');
    expect(root.ownerDocument.documentElement.getAttribute('lang')).toBe('fr');
    expect(status()).toMatch(/^2 document\(s\), \d+ constat\(s\) écrits dans /); // the last message, said again
    expect(text(root, '#wps-summary-h')).toBe('Dernier décompte');
    expect(text(root, '.wps-doc-lang')).toBe('français');
    expect(root.querySelector('#wps-ui-language option[selected]')!.getAttribute('value')).toBe('fr');
    // What the user set is still set.
    expect((root.querySelector('#wps-findings-sheet') as HTMLInputElement).checked).toBe(false);
    expect((root.querySelector('#wps-profile') as HTMLSelectElement).value).toBe('mandate');
    expect(text(root, '#wps-profile option[value="mandate"]')).toBe('Mandat de mission');
    expect(englishLeft(root)).toEqual([]);
    // Word reads the same setting.
    const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
    g.document = document;
    const w = createWordMock({ paragraphs: ['One.'] });
    mountWord(document.getElementById('app') as unknown as HTMLElement, { run: w.run, supports: w.supports, app, doc: memoryStore(), displayLanguage: 'en-US' });
    expect(document.querySelector('#wps-scan')!.textContent).toBe('Analyser le document');
    g.document = root.ownerDocument;

    choose(root.querySelector('#wps-ui-language')!, 'auto');
    await until(() => text(root, 'h1') === 'WPS Lens for Excel');
    expect(readSettings(app).interfaceLanguage).toBeUndefined();
    expect(status()).toMatch(/^2 document\(s\), \d+ finding\(s\) written to /);
  });
});
