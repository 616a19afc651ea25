// Excel task pane: Tally a range, Import documents (dropped files parsed here, nothing uploaded),
// optional Findings sheet; progress and Cancel for long jobs; a custom lexicon (Settings, shared with
// Word) that the pane and the WPS.* custom functions both use: one engine in the shared runtime.
// Document text is only ever set as textContent or cell values. The one live region is the status
// line (role=status); the Excel look (dark, high contrast) is in excel.css and theme.ts. The pane speaks
// its interface language (strings.json: the setting shared with Word, else Office's display language);
// the sheets it writes and the WPS.* functions keep their own words.
import './excel.css';
import { scoreLine } from '../../../core/index.ts';
import { choiceLabel, LANGUAGE_CHOICES, languageLabel, type LanguageChoice } from '../common/language.ts';
import { importLexicon } from '../common/lexicon.ts';
import { PaneRules, type PolicyLoader } from '../common/packs.ts';
import { localStore, readSettings, writeSettings, type AppSettings, type Store } from '../common/settings.ts';
import { profileName, tc, uiLanguageSelect, type UiChoice } from '../common/strings.ts';
import { engine } from './compute.ts';
import { Cancelled, type CancelToken } from './documents.ts';
import { extensionOf, fileText, IMPORT_EXTENSIONS } from './files.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET, GAPS_SHEET } from './sheets.ts';
import { excelUiLanguage, t, tn, type ExcelKey, type UiLanguage } from './strings.ts';
import { importAndTally, tallySelection, TallyError, type ExcelRun, type TallyResult } from './tally.ts';
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

export interface PaneDeps {
  run?: ExcelRun; readers?: Readers;
  /** App settings (localStorage in Excel; shared with Word, the interface language included). */ app?: Store;
  /** The organisation policy (default: org-policy.json beside the add-in). */ policy?: PolicyLoader;
  /** Office's display language ("fr-FR"): the interface language until the user picks one. */ displayLanguage?: string;
}

/** Rows of the last tally listed in the pane. */
const SUMMARY_ROWS = 20;

/** A message whose words are looked up when it is shown: said again in the new language after a change. */
class PaneMessage extends Error {
  constructor(readonly text: () => string) { super(text()); }
}

export function mountExcel(root: HTMLElement, deps: PaneDeps = {}): void {
  const app = deps.app ?? localStore();
  let settings: AppSettings = readSettings(app);
  // The pane's interface language: the setting shared with Word, else Office's display language.
  let ui: UiLanguage = excelUiLanguage(settings.interfaceLanguage, deps.displayLanguage);
  const tr = (key: ExcelKey, vars?: Record<string, string | number>) => t(ui, key, vars);
  // Rule packs and the organisation's policy (common/packs.ts), shared with Word.
  const rules = new PaneRules(app, deps.policy);
  rules.setLanguage(ui);
  // The stored custom lexicon goes to the shared engine: custom functions and tallies use it.
  const start = settings.lexicons.length ? rules.lexicon(settings.lexicons) : null;
  if (start) engine().setLexicon(start.lexicon);
  const lexicon = () => engine().lexicon;
  root.replaceChildren();
  // Only the status line speaks: the page itself is no live region (a screen reader would re-read it all).
  root.removeAttribute('aria-live');
  applyTheme(root.ownerDocument);

  // The controls live as long as the pane (their state survives a change of language); draw() gives them their words.
  const profile = el('select', { id: 'wps-profile' });
  const profileOrg = el('span', { className: 'wps-org', hidden: true });
  const fillProfiles = () => {
    const chosen = rules.lockedProfile ?? (profile.value || 'auto');
    profile.disabled = rules.lockedProfile !== undefined;
    profileOrg.hidden = rules.lockedProfile === undefined;
    profileOrg.textContent = tc(ui, 'setByOrg');
    profile.replaceChildren(el('option', { value: 'auto', textContent: tr('detectPerDocument') }));
    for (const [id, p] of lexicon().profiles) profile.append(el('option', { value: id, textContent: profileName(id, ui, p.label) }));
    const options = [...profile.querySelectorAll('option')];
    (options.find((o) => o.value === chosen) ?? options[0])?.setAttribute('selected', '');
  };
  const header = el('input', { type: 'checkbox', id: 'wps-header-row' });
  const findings = el('input', { type: 'checkbox', id: 'wps-findings-sheet', checked: true });
  const trend = el('input', { type: 'checkbox', id: 'wps-trend', attrs: { 'aria-describedby': 'wps-trend-help' } });
  const tallyBtn = el('button', { className: 'wps-button primary', type: 'button', id: 'wps-tally-run' });
  const fileInput = el('input', { type: 'file', multiple: true, accept: IMPORT_EXTENSIONS.join(','), id: 'wps-files', attrs: { 'aria-describedby': 'wps-drop-help' } });
  const drop = el('section', { className: 'wps-card wps-drop', id: 'wps-drop', attrs: { 'aria-labelledby': 'wps-import-h' } });
  const progress = el('progress', { max: 1, value: 0, hidden: true });
  const cancelBtn = el('button', { className: 'wps-button', type: 'button', hidden: true });
  const status = el('p', { className: 'wps-status', id: 'wps-status', attrs: { role: 'status' } });
  const summary = el('section', { id: 'wps-summary' });
  // Language of every tallied document: detected per document and paragraph, or the user's override (stored).
  const language = el('select', { id: 'wps-language' });
  language.addEventListener('change', () => {
    settings = { ...settings, language: language.value as LanguageChoice };
    void writeSettings(app, settings).then(() => say(() => tr('languageNext', { label: settings.language === 'auto' ? tr('detectedPerDocument') : choiceLabel(settings.language, ui) })));
  });
  const lexiconInput = el('input', { type: 'file', id: 'wps-lexicon-file', accept: '.json,application/json' });
  const lexiconList = el('ul', { className: 'wps-list', id: 'wps-lexicons' });
  const settingsBox = el('details', { className: 'wps-settings' });
  let last: TallyResult | null = null;

  /** The whole pane in the interface language: headings, labels, options, the last tally and the status line. */
  const draw = () => {
    root.ownerDocument.documentElement.lang = ui;
    fillProfiles();
    tallyBtn.textContent = tr('tally');
    cancelBtn.textContent = tr('cancel');
    progress.setAttribute('aria-label', tr('progress'));
    summary.setAttribute('aria-label', tr('lastTally'));
    drop.replaceChildren(
      el('h2', { id: 'wps-import-h' }, tr('importHeading')),
      el('p', { id: 'wps-drop-help', className: 'wps-muted' }, tr('dropHelp')),
      el('label', { className: 'wps-file', attrs: { for: 'wps-files' } }, tr('chooseFiles')), fileInput);
    language.replaceChildren(...LANGUAGE_CHOICES.map((c) => el('option', { value: c, textContent: c === 'auto' ? tr('detectPerDocument') : choiceLabel(c, ui) })));
    language.querySelector(`option[value="${settings.language}"]`)?.setAttribute('selected', '');
    const uiSelect = uiLanguageSelect('wps-ui-language', ui, settings.interfaceLanguage, (c) => void setUi(c));
    settingsBox.replaceChildren(
      el('summary', {}, tr('settings')),
      el('p', {}, el('label', { textContent: tc(ui, 'uiLanguage'), attrs: { for: 'wps-ui-language' } }), el('br'), uiSelect),
      el('p', {}, el('label', { textContent: tr('language'), attrs: { for: 'wps-language' } }), el('br'), language),
      el('p', {}, el('label', { textContent: tr('customLexicon'), attrs: { for: 'wps-lexicon-file' } }), el('br'), lexiconInput),
      lexiconList,
      rules.section(),
      el('p', { className: 'wps-muted' }, tr('lexiconNote')));
    renderLexicons();
    const check = (input: HTMLInputElement, text: string, help?: HTMLElement) =>
      el('div', { className: 'wps-option' }, input, el('label', { textContent: text, attrs: { for: input.id } }), ...(help ? [help] : []));
    root.replaceChildren(
      el('h1', {}, tr('title')),
      el('section', { className: 'wps-card', attrs: { 'aria-labelledby': 'wps-tally-h' } },
        el('h2', { id: 'wps-tally-h' }, tr('tallyHeading')),
        el('p', { className: 'wps-muted' }, tr('tallyHelp', { sheet: COVERAGE_SHEET })),
        el('div', { className: 'wps-field' }, el('label', { textContent: tr('typeLabel'), attrs: { for: 'wps-profile' } }), profile, profileOrg),
        check(header, tr('headerRow')),
        check(findings, tr('findingsSheet', { sheet: FINDINGS_SHEET })),
        check(trend, tr('trend', { sheet: TREND_SHEET }), el('span', { id: 'wps-trend-help', className: 'wps-help' }, tr('trendHelp'))),
        el('div', { className: 'wps-row' }, tallyBtn, cancelBtn)),
      el('div', { className: 'wps-statusbar' }, progress, status),
      drop,
      summary,
      settingsBox,
    );
    renderSummary();
    if (said) show(said);
  };

  /** A new interface language (or "auto": Office's display language): stored in the shared setting, the pane redrawn in it. */
  const setUi = async (choice: UiChoice) => {
    ui = excelUiLanguage(choice === 'auto' ? undefined : choice, deps.displayLanguage);
    settings = { ...settings, interfaceLanguage: choice === 'auto' ? undefined : choice };
    await writeSettings(app, settings);
    rules.setLanguage(ui);
    draw();
    root.ownerDocument.getElementById('wps-ui-language')?.focus();
  };

  let token: CancelToken | undefined;
  const busy = (on: boolean) => {
    tallyBtn.disabled = on;
    fileInput.disabled = on;
    root.setAttribute('aria-busy', String(on));
    cancelBtn.hidden = !on;
    progress.hidden = !on;
  };
  // The status line: what was said, kept as words to look up, so a change of language says it again in the new one.
  let said: { text: () => string; error: boolean } | null = null;
  const show = (m: { text: () => string; error: boolean }) => {
    status.textContent = m.text();
    status.className = m.error ? 'wps-status wps-error' : 'wps-status';
  };
  const say = (text: () => string, error = false) => {
    said = { text, error };
    show(said);
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
      say(() => tr(phase === 'analyse' ? 'analysing' : 'writing', { done, total }));
    },
  });
  const report = (r: TallyResult) => {
    last = r;
    renderSummary();
    say(() => {
      const skipped = r.skipped.length ? tr('skipped', { n: r.skipped.length, list: `${r.skipped.slice(0, 5).join(tr('sep'))}${r.skipped.length > 5 ? '…' : ''}` }) : '';
      const trendNote = r.trend ? tr('trendNote', { n: r.trend.versions, sheet: TREND_SHEET }) : '';
      return `${tr('tallied', { documents: r.documents, findings: r.findings, coverage: COVERAGE_SHEET, updated: r.sheetCreated ? '' : tr('updated'), gaps: r.gaps, gapsSheet: GAPS_SHEET })}${trendNote}${skipped}`;
    });
  };
  const job = async (work: () => Promise<TallyResult>) => {
    busy(true);
    try {
      report(await work());
    } catch (err) {
      if (err instanceof Cancelled) say(() => tr('cancelled', { done: err.done, total: err.total }), true);
      else if (err instanceof TallyError) say(() => tr(err.key, err.vars), true);
      else if (err instanceof PaneMessage) say(err.text, true);
      else say(() => (err instanceof Error ? err.message : String(err)), true);
    } finally {
      busy(false);
    }
  };

  /** The documents just tallied, as text: titles come from cells or file names and are never markup. */
  const renderSummary = () => {
    const r = last;
    if (!r) return;
    // One short card per document (a table of four columns does not fit 320 px): title, language and
    // findings, then the score line, all in the interface language.
    const items = r.docs.slice(0, SUMMARY_ROWS).map((d) => el('li', { className: 'wps-doc' },
      el('span', { className: 'wps-doc-title' }, d.title),
      el('span', { className: 'wps-doc-meta' }, el('span', { className: 'wps-doc-lang' }, languageLabel(d.report, ui)), ' · ',
        el('span', { className: 'wps-doc-findings' }, tn(ui, 'findings', d.report.findings.length))),
      el('span', { className: 'wps-doc-score' }, scoreLine(d.report, ui))));
    summary.replaceChildren(
      el('h2', { id: 'wps-summary-h' }, tr('lastTally')),
      el('ul', { className: 'wps-list', id: 'wps-tally', attrs: { 'aria-labelledby': 'wps-summary-h' } }, ...items),
      ...(r.docs.length > SUMMARY_ROWS ? [el('p', { className: 'wps-muted' }, tr('more', { n: r.docs.length - SUMMARY_ROWS, sheet: COVERAGE_SHEET }))] : []),
      // The trend's sentence is the core's, in the documents' language, as the Trend sheet has it.
      ...(r.trend ? [el('h3', {}, tr('trendHeading')), el('p', { id: 'wps-trend-summary' }, r.trend.summary)] : []));
  };

  function renderLexicons(): void {
    lexiconList.replaceChildren(...settings.lexicons.map((l) => {
      const remove = el('button', { className: 'wps-button small', type: 'button', textContent: tc(ui, 'remove'), attrs: { 'aria-label': tc(ui, 'removeLexicon', { name: l.name }) } });
      remove.addEventListener('click', () => { void useLexicons(settings.lexicons.filter((x) => x !== l), () => tr('lexiconRemoved', { name: l.name })); });
      return el('li', { className: 'wps-row' }, l.name, remove);
    }));
  }
  /** Stores the list and gives its compiled lexicon to the engine (the functions' and the tally's). */
  const useLexicons = async (lexicons: AppSettings['lexicons'], message: () => string) => {
    const next = rules.lexicon(lexicons);
    settings = { ...settings, lexicons };
    await writeSettings(app, settings);
    engine().setLexicon(next.lexicon);
    fillProfiles();
    renderLexicons();
    if (next.problem !== undefined) say(() => rules.lexicon(lexicons).problem ?? next.problem!, true);
    else say(message);
  };
  const addLexicon = async (file: File) => {
    const res = importLexicon(settings.lexicons, file.name, await file.text(), ui);
    if (!res.ok) { say(() => res.message, true); return; } // the lexicon in use stays as it was
    const concepts = res.lexicon.concepts.size;
    await useLexicons(res.lexicons, () => tr('lexiconAdded', { name: file.name, n: concepts }));
  };
  lexiconInput.addEventListener('change', () => {
    const file = lexiconInput.files?.[0];
    if (file) void addLexicon(file).finally(() => { lexiconInput.value = ''; });
  });
  draw();
  if (start?.problem) {
    const stored = settings.lexicons;
    say(() => rules.lexicon(stored).problem ?? start.problem!, true);
  }
  rules.onChange(() => {
    const next = rules.lexicon(settings.lexicons);
    if (next.lexicon !== engine().lexicon) engine().setLexicon(next.lexicon);
    lexiconInput.disabled = !rules.allowUserFiles;
    fillProfiles();
    if (next.problem) say(() => rules.lexicon(settings.lexicons).problem ?? next.problem!, true);
  });

  cancelBtn.addEventListener('click', () => { if (token) token.cancelled = true; });
  tallyBtn.addEventListener('click', () => { void job(() => tallySelection(options())); });

  const importFiles = async (list: readonly File[]) => {
    const files = list.filter((f) => (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(f.name)));
    const refused = list.filter((f) => !files.includes(f)).map((f) => f.name);
    if (files.length === 0) { say(() => tr('nothingToImport', { types: IMPORT_EXTENSIONS.join(', ') }), true); return; }
    await job(async () => {
      const texts: { name: string; text: string }[] = [];
      // File reading problems are the readers' (files.ts), in English; the pane's own part is translated.
      const failed: (() => string)[] = refused.map((name) => () => tr('unsupported', { name }));
      for (const [i, f] of files.entries()) {
        say(() => tr('readingFile', { n: i + 1, total: files.length, name: f.name }));
        try {
          texts.push({ name: f.name, text: await fileText(f.name, new Uint8Array(await f.arrayBuffer()), deps.readers) });
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          failed.push(() => message);
        }
      }
      const failures = () => failed.map((f) => f());
      if (texts.length === 0) throw new PaneMessage(() => tr('noFileRead', { list: failures().join(tr('sep')) }));
      const r = await importAndTally(texts, options());
      return { ...r, skipped: [...r.skipped, ...failures()] };
    });
  };
  fileInput.addEventListener('change', () => { void importFiles([...(fileInput.files ?? [])]); fileInput.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    void importFiles([...(e.dataTransfer?.files ?? [])]);
  });
}
