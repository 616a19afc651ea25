// Excel task pane: Tally a range, Import documents (dropped files parsed here, nothing uploaded),
// optional Findings sheet; progress and Cancel for long jobs; a custom lexicon (Settings, shared with
// Word) that the pane and the WPS.* custom functions both use: one engine in the shared runtime.
// Document text is only ever set as textContent or cell values. The one live region is the status
// line (role=status); the Excel look (dark, high contrast) is in excel.css and theme.ts.
import './excel.css';
import { scoreLine } from '../../../core/index.ts';
import { choiceLabel, LANGUAGE_CHOICES, languageLabel, type LanguageChoice } from '../common/language.ts';
import { importLexicon } from '../common/lexicon.ts';
import { PaneRules, type PolicyLoader } from '../common/packs.ts';
import { localStore, readSettings, writeSettings, type AppSettings, type Store } from '../common/settings.ts';
import { engine } from './compute.ts';
import { Cancelled, type CancelToken } from './documents.ts';
import { extensionOf, fileText, IMPORT_EXTENSIONS } from './files.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET } from './sheets.ts';
import { importAndTally, tallySelection, type ExcelRun, type TallyResult } from './tally.ts';
import { applyTheme } from './theme.ts';
import { TREND_SHEET } from './trend.ts';
import type { Readers } from './files.ts';

/** An element with properties, attributes (for, role, aria-*: set as attributes so every DOM has them) and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { attrs?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const e = Object.assign(document.createElement(tag), rest);
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export interface PaneDeps { run?: ExcelRun; readers?: Readers; /** App settings (localStorage in Excel). */ app?: Store; /** The organisation policy (default: org-policy.json beside the add-in). */ policy?: PolicyLoader }

/** Rows of the last tally listed in the pane. */
const SUMMARY_ROWS = 20;

export function mountExcel(root: HTMLElement, deps: PaneDeps = {}): void {
  const app = deps.app ?? localStore();
  let settings: AppSettings = readSettings(app);
  // Rule packs and the organisation's policy (common/packs.ts), shared with Word.
  const rules = new PaneRules(app, deps.policy);
  // The stored custom lexicon goes to the shared engine: custom functions and tallies use it.
  const start = settings.lexicons.length ? rules.lexicon(settings.lexicons) : null;
  if (start) engine().setLexicon(start.lexicon);
  const lexicon = () => engine().lexicon;
  root.replaceChildren();
  // Only the status line speaks: the page itself is no live region (a screen reader would re-read it all).
  root.removeAttribute('aria-live');
  applyTheme(root.ownerDocument);

  const profile = el('select', { id: 'wps-profile' });
  const profileOrg = el('span', { className: 'wps-org', hidden: true, textContent: 'Set by your organisation' });
  const fillProfiles = () => {
    const chosen = rules.lockedProfile ?? (profile.value || 'auto');
    profile.disabled = rules.lockedProfile !== undefined;
    profileOrg.hidden = rules.lockedProfile === undefined;
    profile.replaceChildren(el('option', { value: 'auto', textContent: 'Detect per document' }));
    for (const [id, p] of lexicon().profiles) profile.append(el('option', { value: id, textContent: p.label }));
    const options = [...profile.querySelectorAll('option')];
    (options.find((o) => o.value === chosen) ?? options[0])?.setAttribute('selected', '');
  };
  fillProfiles();
  const header = el('input', { type: 'checkbox', id: 'wps-header-row' });
  const findings = el('input', { type: 'checkbox', id: 'wps-findings-sheet', checked: true });
  const trend = el('input', { type: 'checkbox', id: 'wps-trend', attrs: { 'aria-describedby': 'wps-trend-help' } });
  const tallyBtn = el('button', { className: 'wps-button primary', type: 'button', textContent: 'Tally selected range' });
  const fileInput = el('input', { type: 'file', multiple: true, accept: IMPORT_EXTENSIONS.join(','), id: 'wps-files', attrs: { 'aria-describedby': 'wps-drop-help' } });
  const drop = el('section', { className: 'wps-card wps-drop', id: 'wps-drop', attrs: { 'aria-labelledby': 'wps-import-h' } },
    el('h2', { id: 'wps-import-h' }, 'Import documents'),
    el('p', { id: 'wps-drop-help', className: 'wps-muted' }, 'Drop .docx, .pdf, .txt or .html files here, or choose them. They are read in this pane; nothing is uploaded.'),
    el('label', { className: 'wps-file', attrs: { for: 'wps-files' } }, 'Choose files to import'), fileInput);
  const progress = el('progress', { max: 1, value: 0, hidden: true, attrs: { 'aria-label': 'Progress' } });
  const cancelBtn = el('button', { className: 'wps-button', type: 'button', textContent: 'Cancel', hidden: true });
  const status = el('p', { className: 'wps-status', id: 'wps-status', attrs: { role: 'status' } });
  const summary = el('section', { id: 'wps-summary', attrs: { 'aria-label': 'Last tally' } });
  // Language of every tallied document: detected per document and paragraph, or the user's override (stored).
  const language = el('select', { id: 'wps-language' });
  for (const c of LANGUAGE_CHOICES) language.append(el('option', { value: c, textContent: c === 'auto' ? 'Detect per document' : choiceLabel(c) }));
  language.querySelector(`option[value="${settings.language}"]`)?.setAttribute('selected', '');
  language.addEventListener('change', () => {
    settings = { ...settings, language: language.value as LanguageChoice };
    void writeSettings(app, settings).then(() => say(`Language for the next tally: ${language.value === 'auto' ? 'detected per document' : choiceLabel(settings.language)}.`));
  });
  const lexiconInput = el('input', { type: 'file', id: 'wps-lexicon-file', accept: '.json,application/json' });
  const lexiconList = el('ul', { className: 'wps-list', id: 'wps-lexicons' });
  const settingsBox = el('details', { className: 'wps-settings' },
    el('summary', {}, 'Settings'),
    el('p', {}, el('label', { textContent: 'Language', attrs: { for: 'wps-language' } }), el('br'), language),
    el('p', {}, el('label', { textContent: 'Custom lexicon (JSON, same format as the CLI and Word)', attrs: { for: 'wps-lexicon-file' } }), el('br'), lexiconInput),
    lexiconList,
    rules.section(),
    el('p', { className: 'wps-muted' }, 'The lexicon and packs are used by the tally and by the WPS.* functions; recalculate the sheet (Ctrl+Alt+F9) to update their cells.'));

  const check = (input: HTMLInputElement, text: string, help?: HTMLElement) =>
    el('div', { className: 'wps-option' }, input, el('label', { textContent: text, attrs: { for: input.id } }), ...(help ? [help] : []));
  root.append(
    el('h1', {}, 'WPS Lens for Excel'),
    el('section', { className: 'wps-card', attrs: { 'aria-labelledby': 'wps-tally-h' } },
      el('h2', { id: 'wps-tally-h' }, 'Tally a range'),
      el('p', { className: 'wps-muted' }, `Select one column of texts (one document or paragraph per cell), or two columns: titles, then texts. Rows with the same title form one document. The matrix goes to the sheet "${COVERAGE_SHEET}"; re-running updates it.`),
      el('div', { className: 'wps-field' }, el('label', { textContent: 'Document type', attrs: { for: 'wps-profile' } }), profile, profileOrg),
      check(header, 'First row is a header'),
      check(findings, `Also write "${FINDINGS_SHEET}" (one row per finding)`),
      check(trend, `Trend: write "${TREND_SHEET}"`, el('span', { id: 'wps-trend-help', className: 'wps-help' }, 'The documents are versions of one text, oldest first: counts per pillar for each version, what changed from the one before, and a line chart.')),
      el('div', { className: 'wps-row' }, tallyBtn, cancelBtn)),
    el('div', { className: 'wps-statusbar' }, progress, status),
    drop,
    summary,
    settingsBox,
  );

  let token: CancelToken | undefined;
  const busy = (on: boolean) => {
    tallyBtn.disabled = on;
    fileInput.disabled = on;
    root.setAttribute('aria-busy', String(on));
    cancelBtn.hidden = !on;
    progress.hidden = !on;
  };
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'wps-status wps-error' : 'wps-status';
  };
  const options = () => ({
    lexicon: lexicon(),
    profile: profile.value,
    language: settings.language,
    headerRow: header.checked,
    findingsSheet: findings.checked,
    trend: trend.checked,
    run: deps.run,
    token: (token = { cancelled: false }),
    onProgress: (phase: 'analyse' | 'write', done: number, total: number) => {
      progress.max = Math.max(1, total);
      progress.value = done;
      say(`${phase === 'analyse' ? 'Analysing' : 'Writing'} ${done} of ${total}${phase === 'analyse' ? ' documents' : ' rows'}…`);
    },
  });
  const report = (r: TallyResult) => {
    renderSummary(r);
    const skipped = r.skipped.length ? ` Skipped ${r.skipped.length}: ${r.skipped.slice(0, 5).join('; ')}${r.skipped.length > 5 ? '…' : ''}.` : '';
    const trendNote = r.trend ? ` Trend of ${r.trend.versions} versions in "${TREND_SHEET}".` : '';
    say(`${r.documents} document(s), ${r.findings} finding(s) written to "${COVERAGE_SHEET}"${r.sheetCreated ? '' : ' (updated)'}, ${r.gaps} gap(s) to "${GAPS_SHEET}".${trendNote}${skipped}`);
  };
  const job = async (work: () => Promise<TallyResult>) => {
    busy(true);
    try {
      report(await work());
    } catch (err) {
      if (err instanceof Cancelled) say(`Cancelled (${err.done} of ${err.total} done). Run again to complete the sheet.`, true);
      else say(err instanceof Error ? err.message : String(err), true);
    } finally {
      busy(false);
    }
  };

  /** The documents just tallied, as text: titles come from cells or file names and are never markup. */
  const renderSummary = (r: TallyResult) => {
    // One short card per document (a table of four columns does not fit 320 px): title, language and
    // findings, then the score line.
    const items = r.docs.slice(0, SUMMARY_ROWS).map((d) => el('li', { className: 'wps-doc' },
      el('span', { className: 'wps-doc-title' }, d.title),
      el('span', { className: 'wps-doc-meta' }, el('span', { className: 'wps-doc-lang' }, languageLabel(d.report)), ' · ',
        el('span', { className: 'wps-doc-findings' }, `${d.report.findings.length} finding${d.report.findings.length === 1 ? '' : 's'}`)),
      el('span', { className: 'wps-doc-score' }, scoreLine(d.report))));
    summary.replaceChildren(
      el('h2', { id: 'wps-summary-h' }, 'Last tally'),
      el('ul', { className: 'wps-list', id: 'wps-tally', attrs: { 'aria-labelledby': 'wps-summary-h' } }, ...items),
      ...(r.docs.length > SUMMARY_ROWS ? [el('p', { className: 'wps-muted' }, `and ${r.docs.length - SUMMARY_ROWS} more in "${COVERAGE_SHEET}".`)] : []),
      ...(r.trend ? [el('h3', {}, 'Trend'), el('p', { id: 'wps-trend-summary' }, r.trend.summary)] : []));
  };

  const renderLexicons = () => {
    lexiconList.replaceChildren(...settings.lexicons.map((l) => {
      const remove = el('button', { className: 'wps-button small', type: 'button', textContent: 'Remove', attrs: { 'aria-label': `Remove lexicon ${l.name}` } });
      remove.addEventListener('click', () => { void useLexicons(settings.lexicons.filter((x) => x !== l), `Lexicon ${l.name} removed.`); });
      return el('li', { className: 'wps-row' }, l.name, remove);
    }));
  };
  /** Stores the list and gives its compiled lexicon to the engine (the functions' and the tally's). */
  const useLexicons = async (lexicons: AppSettings['lexicons'], message: string) => {
    const next = rules.lexicon(lexicons);
    settings = { ...settings, lexicons };
    await writeSettings(app, settings);
    engine().setLexicon(next.lexicon);
    fillProfiles();
    renderLexicons();
    say(next.problem ?? message, next.problem !== undefined);
  };
  const addLexicon = async (file: File) => {
    const res = importLexicon(settings.lexicons, file.name, await file.text());
    if (!res.ok) { say(res.message, true); return; } // the lexicon in use stays as it was
    await useLexicons(res.lexicons, `Lexicon ${file.name} added: ${res.lexicon.concepts.size} concepts in use by the tally and the WPS functions.`);
  };
  lexiconInput.addEventListener('change', () => {
    const file = lexiconInput.files?.[0];
    if (file) void addLexicon(file).finally(() => { lexiconInput.value = ''; });
  });
  renderLexicons();
  if (start?.problem) say(start.problem, true);
  rules.onChange(() => {
    const next = rules.lexicon(settings.lexicons);
    if (next.lexicon !== engine().lexicon) engine().setLexicon(next.lexicon);
    lexiconInput.disabled = !rules.allowUserFiles;
    fillProfiles();
    if (next.problem) say(next.problem, true);
  });

  cancelBtn.addEventListener('click', () => { if (token) token.cancelled = true; });
  tallyBtn.addEventListener('click', () => { void job(() => tallySelection(options())); });

  const importFiles = async (list: readonly File[]) => {
    const files = list.filter((f) => (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(f.name)));
    const refused = list.filter((f) => !files.includes(f)).map((f) => f.name);
    if (files.length === 0) { say(`Nothing to import: drop ${IMPORT_EXTENSIONS.join(', ')} files.`, true); return; }
    await job(async () => {
      const texts: { name: string; text: string }[] = [];
      const failed: string[] = refused.map((n) => `${n}: unsupported file type`);
      for (const [i, f] of files.entries()) {
        say(`Reading ${i + 1} of ${files.length}: ${f.name}`);
        try {
          texts.push({ name: f.name, text: await fileText(f.name, new Uint8Array(await f.arrayBuffer()), deps.readers) });
        } catch (err) {
          failed.push(err instanceof Error ? err.message : String(err));
        }
      }
      if (texts.length === 0) throw new Error(`No file could be read: ${failed.join('; ')}`);
      const r = await importAndTally(texts, options());
      return { ...r, skipped: [...r.skipped, ...failed] };
    });
  };
  fileInput.addEventListener('change', () => { void importFiles([...(fileInput.files ?? [])]); fileInput.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    void importFiles([...(e.dataTransfer?.files ?? [])]);
  });
}
