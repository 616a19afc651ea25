// The side panel (Chrome side panel, Firefox sidebar), drawn from the core's review model
// (core/report/review.ts, docs/review.md): a sticky header with the headline, score, counts and status;
// the gaps first; then the findings by the document's own sections, in review order. Next / Previous
// (buttons, n/j and p/k) move through both and scroll the page to the item's words; a search and filter
// bar narrows them with the core's ReviewFilter. Document text is shown as text only.
import { browser } from 'wxt/browser';
import { dismissOnce, type Dismissal } from '../../../core/analysis/dismiss.ts';
import { formatFindingsCsv, formatGapsCsv, formatHtml, formatJson, formatMarkdown, gapSummary, scoreLine, type DocInput } from '../../../core/report/format.ts';
import { buildReview, countsLine, genderSplitLine, type FindingItem, type GapItem, type Review, type ReviewItem } from '../../../core/report/review.ts';
import { itemById, next, previous } from '../../../core/report/review-nav.ts';
import { FAMILIES, type Family } from '../../../core/lexicon/pillars.ts';
import { kindLabel, profileLabel, REVIEW_KINDS, type ReviewKind } from '../../../core/lexicon/labels.ts';
import { PROFILE_IDS } from '../../../core/schema.ts';
import { download, el } from '../../lib/dom.ts';
import { ScanResult, TabState, ReportUpdated } from '../../lib/messages.ts';
import { choiceLabel, LANGUAGE_CHOICES, languageLabel } from '../../../core/text/language.ts';
import { setUiLanguage, tr, uiLanguage, uiLanguageOf } from '../../lib/i18n.ts';
import { loadSettings, SETTINGS_KEY } from '../../lib/settings.ts';
import { findingKey } from '../../lib/paint-types.ts';
import { defaultFilter, facetCounts, panelView, type PanelFilter, type PanelView } from '../../lib/panel-filter.ts';
import { pillarVars } from '../../lib/palette.ts';
import { briefView } from './brief-view.ts';
import { changesLanguageChanged, mountChanges } from './changes.ts';
import { closeMenu, menuButton, menuOpen, type MenuAction } from './card-menu.ts';
import { FindingsList } from './findings-list.ts';
import { gapsList } from './gaps-view.ts';
import { coverageChart, dropZone, findingRow, legend, siteAccess } from './panel-parts.ts';

// Pillar lines and the page colour, light and dark, from the one palette.
document.head.append(el('style', { id: 'palette', text: pillarVars() }));

const app = document.getElementById('app')!;
const more = document.getElementById('more')!;
const head = document.getElementById('review-head')!;

// The sticky header, built once so its status line stays the same live region across renders.
const meta = el('p', { class: 'meta', id: 'meta' });
const headline = el('p', { id: 'headline', class: 'headline' });
const scoreEl = el('p', { id: 'score', class: 'score' });
const countsEl = el('p', { id: 'counts', class: 'counts' });
const nextBtn = el('button', { type: 'button', id: 'next', class: 'primary', 'aria-keyshortcuts': 'n j' });
const prevBtn = el('button', { type: 'button', id: 'prev', 'aria-keyshortcuts': 'p k' });
const nav = el('div', { class: 'nav', role: 'group' }, nextBtn, prevBtn);
const statusEl = el('p', { id: 'status', role: 'status', class: 'status' });
head.append(el('div', { class: 'brand' }, el('h1', {}, el('span', { class: 'logo', 'aria-hidden': 'true' }), 'WPS Lens'), meta), headline, scoreEl, countsEl,
  el('div', { class: 'nav-row' }, nav, statusEl));
nextBtn.addEventListener('click', () => step(1, false));
// The header's height, for the list's height and for scrolling cards out from under it.
new ResizeObserver(() => document.documentElement.style.setProperty('--head-h', `${head.offsetHeight}px`)).observe(head);
prevBtn.addEventListener('click', () => step(-1, false));

/** The header's fixed words, in the interface language (set again when it changes). */
function labelHead(): void {
  nextBtn.textContent = tr('next');
  nextBtn.title = tr('nextTitle');
  prevBtn.textContent = tr('previous');
  prevBtn.title = tr('previousTitle');
  nav.setAttribute('aria-label', tr('reviewGroup'));
}

let state: TabState | null = null;
let tabId: number | undefined;
let blockText = new Map<string, string>();
let review: Review | null = null;
let filter: PanelFilter = defaultFilter();
let view: PanelView | null = null;
let current: string | null = null;
let list: FindingsList | null = null;
let gapsHost: HTMLElement | null = null;
let docOpen = false;

function setStatus(text: string): void {
  statusEl.textContent = text;
}

async function currentTabId(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(msg: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

/** The tab's state with the page text (the review quotes each sentence). */
async function refresh(): Promise<void> {
  tabId = await currentTabId();
  if (tabId === undefined) { state = null; render(); return; }
  const r = TabState.safeParse(await send({ type: 'get-state', tabId, blocks: true }));
  state = r.success ? r.data : null;
  const report = state?.report ?? null;
  blockText = new Map((state?.blocks ?? []).map((b) => [b.id, b.text]));
  review = report ? buildReview({ report, ...(state?.blocks ? { blocks: state.blocks } : {}) }, { language: uiLanguage(), ...(state?.profile ? { profiles: [state.profile] } : {}) }) : null;
  if (current && review && !itemById(review, current)) current = null;
  render();
}

async function scan(): Promise<void> {
  if (tabId === undefined) return;
  setStatus(tr('scanning'));
  const r = ScanResult.safeParse(await send({ type: 'scan-tab', tabId }));
  setStatus(!r.success ? tr('unexpected') : r.data.ok ? tr('scanDone', { findings: r.data.findings, gaps: r.data.gaps }) : r.data.error);
  await refresh();
}

function docInput(): DocInput[] {
  if (!state?.report) return [];
  return [{ report: state.report, ...(state.blocks ? { blocks: state.blocks } : {}) }];
}

function exportName(ext: string): string {
  const base = (state?.title || 'page').replace(/[^\w.-]+/g, '-').slice(0, 60);
  return `wps-lens-${base}.${ext}`;
}

// ---------------------------------------------------------------- drawing

function renderHead(): void {
  const where = state ? [state.title, state.url].filter(Boolean).join(' — ') : '';
  meta.textContent = state ? where || tr('thisTab') : tr('noTab');
  const r = state?.report;
  headline.hidden = !review?.headline;
  headline.textContent = review?.headline?.text ?? '';
  headline.classList.toggle('severe', review?.headline?.severe === true);
  scoreEl.hidden = !r;
  scoreEl.textContent = r ? scoreLine(r, uiLanguage()) : '';
  countsEl.hidden = !review;
  countsEl.textContent = review ? countsLine(review) : '';
  nav.hidden = !review || review.items.length === 0;
}

/** "Gap 2 of 16" / "Finding 5 of 120", within what the filter shows. */
function describePosition(it: ReviewItem | undefined): string {
  if (!view || !it) return '';
  if (it.type === 'gap') {
    const i = view.gaps.findIndex((g) => g.id === it.id);
    return i < 0 ? tr('gapFiltered') : tr('gapPosition', { n: i + 1, total: view.gaps.length });
  }
  const row = view.rows.find((r) => r.type === 'item' && r.key === it.id);
  return row?.type === 'item' ? tr('findingPosition', { n: row.ordinal, total: view.findingRows }) : tr('findingFiltered');
}

function render(): void {
  list?.destroy();
  list = null;
  gapsHost = null;
  closeMenu(false);
  renderHead();
  const parts: Node[] = [];
  const moreParts: Node[] = [];
  if (!state) { app.replaceChildren(); more.replaceChildren(); return; }
  if (state.notice) parts.push(el('p', { class: 'notice', text: state.notice }));
  // A refused pack or a wrong policy entry: named one per line; the other rules are in force.
  if (state.ruleProblems?.length) parts.push(el('div', { class: 'notice', id: 'rule-problems' },
    el('p', { text: tr('rulesNotAll') }), el('ul', {}, ...state.ruleProblems.map((t) => el('li', { text: t })))));
  const report = state.report;
  const scanBtn = el('button', { type: 'button', id: 'scan', class: report ? 'secondary' : 'primary', text: report ? tr('scanAgain') : tr('scanPage') });
  scanBtn.addEventListener('click', () => void scan());
  if (state.kind === 'pdf') {
    const open = el('button', { type: 'button', id: 'open-pdf', class: 'primary', text: tr('openPdf') });
    open.addEventListener('click', () => void send({ type: 'open-pdf', tabId }));
    parts.push(el('p', {}, tr('pdfTab'), open));
  } else if (state.kind === 'unscannable') {
    parts.push(el('p', { id: 'unscannable', class: 'explain', text: tr('unscannable') }));
  }
  const toolbar = el('div', { class: 'toolbar' });
  if (state.kind !== 'pdf' && state.kind !== 'unscannable') toolbar.append(scanBtn);
  if (report && state.kind !== 'unscannable') toolbar.append(changesButton());
  parts.push(toolbar);
  if (!report && state.kind === 'no-access') parts.push(siteAccess());
  else if (!report && state.kind === 'page') parts.push(el('p', { class: 'explain', text: tr('notScanned') }));
  if (!report || !review) {
    moreParts.push(legend(null), dropZone());
    app.replaceChildren(...parts);
    more.replaceChildren(...moreParts);
    return;
  }
  const doc = el('details', { id: 'doc-settings', class: 'doc' },
    el('summary', { text: `${profileLabel(report.profile.id, uiLanguage(), report.profile.label)} · ${languageLabel(report, uiLanguage())}` }), ...documentFields(report.profile, state));
  doc.open = docOpen;
  doc.addEventListener('toggle', () => { docOpen = doc.open; });
  toolbar.append(doc);
  parts.push(filterBar());

  view = panelView(review, filter);
  const gapsTitle = el('h2', { id: 'gaps-h' });
  gapsHost = el('div', { class: 'gaps-host' });
  parts.push(el('section', { id: 'gaps-section', 'aria-labelledby': 'gaps-h' }, gapsTitle, gapsHost));
  const findingsTitle = el('h2', { id: 'findings-h' });
  list = new FindingsList({
    renderItem: (item, ordinal, total) => findingRow(item, blockText.get(item.block ?? ''), ordinal, total, menuButton(tr('moreActions'), () => findingActions(item))),
    choose: (item, how) => moveTo(item, { focus: true, from: how }),
  });
  parts.push(el('section', { id: 'findings-section', 'aria-labelledby': 'findings-h' }, findingsTitle, list.root));
  const focusWasIn = document.activeElement?.closest('#gaps, #findings')?.id;
  const focusId = document.activeElement?.id;
  app.replaceChildren(...parts);
  fillLists();
  if (focusId === 'search') { const s = document.getElementById('search') as HTMLInputElement; s.focus(); s.setSelectionRange(s.value.length, s.value.length); }
  else if (focusWasIn) focusCurrent();

  // Below the review (and the Changes view): coverage, legend, brief, exports, local PDFs.
  const split = genderSplitLine(review);
  moreParts.push(el('h2', { text: tr('coverage') }), coverageChart(review), ...(split ? [el('p', { id: 'gender-split', class: 'hint', text: split })] : []), legend(review));
  moreParts.push(briefView(report, { input: async () => docInput()[0], title: state.title }));
  moreParts.push(el('h2', { text: tr('export') }), exportsBar(report));
  moreParts.push(dropZone());
  more.replaceChildren(...moreParts);
}

/** The gaps and findings for the current filter, with their headings and the filter bar's counts. */
function fillLists(): void {
  if (!review || !list || !gapsHost) return;
  view = panelView(review, filter);
  const total = review.gaps.length;
  document.getElementById('gaps-h')!.textContent = view.gaps.length === total ? tr('gapsHeading', { n: total }) : tr('gapsHeadingOf', { shown: view.gaps.length, total });
  document.getElementById('findings-h')!.textContent = tr('findingsHeading', { shown: view.counts.findings, total: review.counts.findings });
  drawGaps();
  list.setRows(view.rows, view.findingRows);
  list.setCurrent(current);
  updateFacetLabels();
}

function drawGaps(): void {
  if (!gapsHost || !view) return;
  const focusWasIn = gapsHost.contains(document.activeElement);
  gapsHost.replaceChildren(gapsList(view.gaps, current, {
    choose: (g, how) => moveTo(g, { focus: true, from: how }),
    copy: (g) => void navigator.clipboard.writeText(g.suggestion).then(() => setStatus(tr('suggestionCopied')), () => setStatus(tr('clipboardRefused'))),
    show: (g) => showRelated(g),
  }));
  if (review && review.gaps.length === 0) gapsHost.querySelector('li')!.textContent = tr('noGapsType');
  if (focusWasIn) focusCurrent();
}

function documentFields(profile: { id: string; detected: boolean; confidence: number }, st: TabState): HTMLElement[] {
  // Document type (changeable → re-analyse).
  const sel = el('select', { id: 'profile' });
  // The rules in force name their document types (the packs' too); older backgrounds did not.
  for (const id of ['auto', ...(st.profiles?.map((p) => p.id) ?? PROFILE_IDS)]) {
    const o = el('option', { value: id, text: id === 'auto' ? tr('detectAuto') : profileLabel(id, uiLanguage(), st.profiles?.find((p) => p.id === id)?.label) });
    if (id === profile.id && profile.detected === false) o.selected = true;
    sel.append(o);
  }
  if (profile.detected) sel.value = 'auto';
  sel.addEventListener('change', () => void send({ type: 'set-profile', tabId, profile: sel.value }).then(refresh));
  const typeField = el('div', { class: 'field' }, el('label', { for: 'profile', text: tr('docType') }), sel,
    el('span', { class: 'hint', text: profile.detected ? tr('detectedType', { type: profileLabel(profile.id, uiLanguage(), st.profiles?.find((p) => p.id === profile.id)?.label), pct: Math.round(profile.confidence * 100) }) : tr('chosen') }));
  // Language (detected per block; changeable → re-analyse with that language's forms only).
  const chosen = st.language ?? 'auto';
  const langSel = el('select', { id: 'language' });
  for (const c of LANGUAGE_CHOICES) langSel.append(el('option', { value: c, text: choiceLabel(c, uiLanguage()) }));
  langSel.value = chosen;
  langSel.addEventListener('change', () => void send({ type: 'set-language', tabId, language: langSel.value }).then(refresh));
  const langField = el('div', { class: 'field' }, el('label', { for: 'language', text: tr('language') }), langSel,
    el('span', { id: 'language-shown', class: 'hint', text: chosen === 'auto' ? tr('detectedAs', { language: languageLabel(st.report!, uiLanguage()) }) : tr('chosenLanguage') }));
  return [typeField, langField];
}

/** Search box, kinds and pillar: the core's ReviewFilter; each count is the core's, with the other facets applied. */
function filterBar(): HTMLElement {
  const search = el('input', { type: 'search', id: 'search', autocomplete: 'off', placeholder: tr('searchPlaceholder') });
  search.value = filter.query;
  search.addEventListener('input', () => { filter = { ...filter, query: search.value }; fillLists(); });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && search.value) { e.preventDefault(); search.value = ''; filter = { ...filter, query: '' }; fillLists(); }
    if (e.key === 'Enter') { e.preventDefault(); step(1, true); }
  });
  const kinds = el('fieldset', { id: 'filter-kinds', class: 'kinds' }, el('legend', { text: tr('showKinds') }));
  for (const k of REVIEW_KINDS) {
    const id = `kind-${k}`;
    const box = el('input', { type: 'checkbox', id, value: k });
    box.checked = filter.kinds.includes(k);
    box.addEventListener('change', () => {
      const set = new Set<ReviewKind>(filter.kinds);
      if (box.checked) set.add(k); else set.delete(k);
      filter = { ...filter, kinds: REVIEW_KINDS.filter((x) => set.has(x)) };
      fillLists();
    });
    kinds.append(el('span', { class: 'kind-opt' }, box, el('label', { for: id, title: kindLabel(k, uiLanguage()).explain, 'data-kind': k })));
  }
  const fam = el('select', { id: 'filter-pillar' });
  fam.append(el('option', { value: 'all' }));
  for (const f of FAMILIES) fam.append(el('option', { value: f }));
  fam.value = filter.family;
  fam.addEventListener('change', () => { filter = { ...filter, family: fam.value as Family | 'all' }; fillLists(); });
  return el('section', { id: 'filter-bar', 'aria-label': tr('searchFilter') },
    el('div', { class: 'field search' }, el('label', { for: 'search', text: tr('search') }), search),
    kinds,
    el('div', { class: 'field' }, el('label', { for: 'filter-pillar', text: tr('pillar') }), fam));
}

function updateFacetLabels(): void {
  if (!review) return;
  const c = facetCounts(review, filter);
  for (const k of REVIEW_KINDS) {
    const l = document.querySelector(`label[data-kind="${k}"]`);
    if (l) l.textContent = `${kindLabel(k, uiLanguage()).label} (${c.byKind[k]})`;
  }
  const fam = document.getElementById('filter-pillar') as HTMLSelectElement | null;
  if (!fam) return;
  for (const o of fam.options) {
    o.textContent = o.value === 'all' ? tr('allPillars', { n: c.allFamilies }) : `${review.counts.byFamily[o.value as Family].label} (${c.byFamily[o.value as Family]})`;
  }
}

function exportsBar(report: NonNullable<TabState['report']>): HTMLElement {
  const exp = el('div', { class: 'exports', role: 'group', 'aria-label': tr('export') });
  const opts = { title: state!.title, url: state!.url, date: new Date() };
  const add = (label: string, fn: () => void): void => { const b = el('button', { type: 'button', text: label }); b.addEventListener('click', fn); exp.append(b); };
  const exportAs = (name: string, type: string, fmt: (d: DocInput[]) => string) => (): void => download(exportName(name), type, fmt(docInput()));
  add(tr('findingsCsv'), exportAs('findings.csv', 'text/csv', (d) => '\ufeff' + formatFindingsCsv(d)));
  add(tr('gapsCsv'), exportAs('gaps.csv', 'text/csv', (d) => '\ufeff' + formatGapsCsv(d)));
  add('JSON', exportAs('json', 'application/json', (d) => formatJson(d)));
  add('Markdown', exportAs('md', 'text/markdown', (d) => formatMarkdown(d, opts)));
  add('HTML', exportAs('html', 'text/html', (d) => formatHtml(d, opts)));
  add(tr('copyGapSummary'), () => void navigator.clipboard.writeText(gapSummary(report, opts)).then(() => setStatus(tr('gapSummaryCopied')), () => setStatus(tr('clipboardRefused'))));
  return exp;
}

// ---------------------------------------------------------------- moving through the review

/** Next (1) or previous (-1) item the filter shows; `focus` moves the keyboard focus to it. */
function step(dir: 1 | -1, focus: boolean): void {
  if (!review || !view) return;
  const it = dir === 1 ? next(review, current, view.filter) : previous(review, current, view.filter);
  if (!it) { setStatus(dir === 1 ? tr('lastItem') : tr('firstItem')); return; }
  moveTo(it, { focus, from: 'key' });
}

/** Makes an item current: marks it, scrolls the panel to it, and scrolls the page to its words and flashes them. */
function moveTo(it: ReviewItem, o: { focus: boolean; from: 'key' | 'click' }): void {
  current = it.id;
  drawGaps();
  list?.setCurrent(it.type === 'finding' ? it.id : null);
  const where = describePosition(it);
  if (it.type === 'gap') {
    const card = document.querySelector<HTMLElement>(`#gaps li[data-id="${CSS.escape(it.id)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    if (o.focus) card?.querySelector<HTMLElement>('.go')?.focus({ preventScroll: true });
    setStatus(tr('gapStatus', { where, severity: it.severityLabel, title: it.title }));
    const first = it.related[0] ? itemById(review!, it.related[0]) : undefined;
    if (first?.type === 'finding') void reveal(first);
  } else {
    list?.reveal(it.id, o.focus);
    setStatus(`${where} · ${review!.groups.find((g) => g.id === it.group)?.label ?? ''}`);
    void reveal(it);
  }
}

function focusCurrent(): void {
  const sel = current ? `[data-id="${CSS.escape(current)}"] .go, .go[data-id="${CSS.escape(current)}"]` : '#gaps .go[tabindex="0"], #findings .go[tabindex="0"]';
  document.querySelector<HTMLElement>(sel)?.focus({ preventScroll: true });
}

/** The Changes view's hook: shows <section id="changes"> and mounts the view (changes.ts) in it. */
function changesButton(): HTMLElement {
  const section = document.getElementById('changes')!;
  const b = el('button', { type: 'button', id: 'show-changes', class: 'secondary', 'aria-controls': 'changes', 'aria-expanded': String(!section.hidden), text: tr('changes') });
  b.addEventListener('click', () => {
    section.hidden = !section.hidden;
    b.setAttribute('aria-expanded', String(!section.hidden));
    if (!section.hidden) mountChanges(section, { send });
  });
  return b;
}

/** Scrolls the page to the item's first painted finding and flashes it (the content script's reveal). */
async function reveal(item: FindingItem): Promise<boolean> {
  for (const f of item.findings) {
    const r = await send({ type: 'reveal', tabId, key: findingKey(f) }) as { found?: boolean } | undefined;
    if (r?.found) return true;
  }
  return false;
}

function showRelated(g: GapItem): void {
  const first = g.related[0] ? itemById(review!, g.related[0]) : undefined;
  if (first?.type !== 'finding') return;
  void reveal(first).then((found) => setStatus(found ? tr('shownInPage', { text: first.findings[0]!.text }) : tr('notHighlighted')));
}

/** The card's overflow menu: show it, or dismiss its findings here, or always (by concept, by words). */
function findingActions(item: FindingItem): MenuAction[] {
  const dismiss = (ds: Dismissal[]) => async (): Promise<void> => {
    setStatus(tr('dismissing'));
    for (const d of ds) await send({ type: 'dismiss', tabId, dismissal: d });
    setStatus(ds.length === 1 ? tr('dismissedOne') : tr('dismissedMany', { n: ds.length }));
    await refresh();
  };
  const actions: MenuAction[] = [
    { id: 'show', label: tr('showInPage'), run: () => void reveal(item) },
    { id: 'once', label: item.findings.length === 1 ? tr('dismissHereOne') : tr('dismissHereMany', { n: item.findings.length }), run: () => void dismiss(item.findings.map(dismissOnce))() },
  ];
  for (const c of item.concepts) actions.push({ id: `concept:${c.id}`, label: tr('alwaysConcept', { concept: c.label }), run: () => void dismiss([{ scope: 'always', by: 'concept', concept: c.id }])() });
  for (const text of new Set(item.findings.map((f) => f.text))) actions.push({ id: `phrase:${text}`, label: tr('alwaysPhrase', { text }), run: () => void dismiss([{ scope: 'always', by: 'phrase', phrase: text }])() });
  return actions;
}

// n/j and p/k anywhere but in a text field; "/" goes to the search box.
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || menuOpen()) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable]')) return;
  const inList = t === document.body || !!t.closest('#gaps, #findings');
  if (e.key === 'n' || e.key === 'j') { e.preventDefault(); step(1, inList); }
  else if (e.key === 'p' || e.key === 'k') { e.preventDefault(); step(-1, inList); }
  else if (e.key === '/') { const s = document.getElementById('search'); if (s) { e.preventDefault(); s.focus(); } }
});

browser.runtime.onMessage.addListener((msg: unknown) => {
  const m = ReportUpdated.safeParse(msg);
  if (m.success && m.data.tabId === tabId) void refresh();
  return undefined;
});
browser.tabs.onActivated.addListener(() => { if (!new URLSearchParams(location.search).get('tabId')) void refresh(); });
// Debug and tests: how many finding rows are in the DOM (the list is virtualised).
(window as unknown as { wpsLensPanel: object }).wpsLensPanel = { renderedRows: () => list?.rendered ?? 0, current: () => current };

/** The interface language from the settings; a change redraws the panel in the new one. */
async function applyLanguage(): Promise<boolean> {
  const before = uiLanguage();
  setUiLanguage(uiLanguageOf((await loadSettings(browser.storage.local as never)).settings), document);
  labelHead();
  return uiLanguage() !== before;
}
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void applyLanguage().then((changed) => { if (changed) { setStatus(''); void refresh(); changesLanguageChanged(); } }); // a status in the old language goes
});
void applyLanguage().then(refresh);
