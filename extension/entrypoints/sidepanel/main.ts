// The side panel (Chrome side panel, Firefox sidebar): document type, coverage chart, gaps, findings
// by section with filters, exports, dismissals, PDF opening. Document text is shown as text only.
import { browser } from 'wxt/browser';
import { Dismissal, dismissOnce } from '../../../core/analysis/dismiss.ts';
import { formatFindingsCsv, formatGapsCsv, formatHtml, formatJson, formatMarkdown, gapSummary, scoreLine, type DocInput } from '../../../core/report/format.ts';
import { FAMILIES, FINDING_KINDS, describeFinding, familyCoverage, familyLabel, pillarStyle, type Family, type FindingKind } from '../../../core/lexicon/pillars.ts';
import { PROFILE_IDS, type Finding } from '../../../core/schema.ts';
import { download, el } from '../../lib/dom.ts';
import { ScanResult, TabState, ReportUpdated } from '../../lib/messages.ts';
import { LANGUAGE_CHOICES, languageLabel } from '../../lib/language-label.ts';
import { findingKey } from '../../lib/paint-types.ts';
import { applyFilters, filterCounts, groupBySection, type Filters } from '../../lib/panel-filter.ts';
import { CHIP_TEXT, DRAW_STYLES, NEGATED_DECORATION, NEGATED_FILL, pillarVars, STYLE_LABEL, UNDERLINE, WEAK_FILL } from '../../lib/palette.ts';
import { briefView } from './brief-view.ts';
import { mountChanges } from './changes.ts';

// Pillar lines and the page colour, light and dark, from the one palette.
document.head.append(el('style', { id: 'palette', text: pillarVars() }));

const app = document.getElementById('app')!;
const filters: Filters = { family: 'all', kind: 'all' };
let state: TabState | null = null;
let tabId: number | undefined;
let status = '';

async function currentTabId(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(msg: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

async function refresh(): Promise<void> {
  tabId = await currentTabId();
  if (tabId === undefined) { state = null; render(); return; }
  const r = TabState.safeParse(await send({ type: 'get-state', tabId }));
  state = r.success ? r.data : null;
  render();
}

async function scan(): Promise<void> {
  if (tabId === undefined) return;
  status = 'Scanning…';
  render();
  const r = ScanResult.safeParse(await send({ type: 'scan-tab', tabId }));
  status = !r.success ? 'Unexpected answer from the background.' : r.data.ok ? `${r.data.findings} findings, ${r.data.gaps} gaps.` : r.data.error;
  await refresh();
}

/** The report with the page text (fetched only when exporting: refreshes do not carry the page text). */
async function docInput(): Promise<DocInput[]> {
  if (!state?.report) return [];
  const r = TabState.safeParse(await send({ type: 'get-state', tabId, blocks: true }));
  const blocks = r.success && r.data.report ? r.data.blocks : undefined;
  return [{ report: r.success && r.data.report ? r.data.report : state.report, ...(blocks ? { blocks } : {}) }];
}

function exportName(ext: string): string {
  const base = (state?.title || 'page').replace(/[^\w.-]+/g, '-').slice(0, 60);
  return `wps-lens-${base}.${ext}`;
}

function render(): void {
  const parts: Node[] = [];
  parts.push(el('h1', {}, el('span', { class: 'logo', 'aria-hidden': 'true' }), 'WPS Lens'));
  if (!state) { parts.push(el('p', { text: 'No tab to review.' })); app.replaceChildren(...parts); return; }
  const where = [state.title, state.url].filter(Boolean).join(' — ');
  parts.push(el('p', { class: 'meta', text: where || 'This tab' }));
  if (state.notice) parts.push(el('p', { class: 'notice', role: 'status', text: state.notice }));
  // A refused pack or a wrong policy entry: named one per line; the other rules are in force.
  if (state.ruleProblems?.length) parts.push(el('div', { class: 'notice', id: 'rule-problems', role: 'status' },
    el('p', { text: 'Not all rule packs are in use:' }), el('ul', {}, ...state.ruleProblems.map((t) => el('li', { text: t })))));
  const scanBtn = el('button', { type: 'button', id: 'scan', class: state.report ? 'secondary' : 'primary', text: state.report ? 'Scan again' : 'Scan this page' });
  scanBtn.addEventListener('click', () => void scan());
  if (state.kind === 'pdf') {
    const open = el('button', { type: 'button', id: 'open-pdf', class: 'primary', text: 'Open this PDF in the WPS Lens viewer' });
    open.addEventListener('click', () => void send({ type: 'open-pdf', tabId }));
    parts.push(el('p', {}, 'This tab shows a PDF. ', open));
  } else if (state.kind === 'unscannable') {
    parts.push(el('p', { id: 'unscannable', class: 'explain', text: 'This tab is a browser or extension page: WPS Lens can only scan web pages and PDFs.' }));
  } else parts.push(el('div', { class: 'actions' }, scanBtn, state.report ? changesButton() : null));
  if (status) parts.push(el('p', { role: 'status', id: 'status', text: status }));
  if (!state.report && state.kind === 'no-access') parts.push(siteAccess());
  else if (!state.report && state.kind === 'page') parts.push(el('p', { class: 'explain', text: 'This page is not scanned yet. WPS Lens reads it only when you ask; nothing leaves your computer.' }));
  parts.push(dropZone());
  const report = state.report;
  if (!report) { app.replaceChildren(...parts); return; }

  // Document type (changeable → re-analyse).
  const sel = el('select', { id: 'profile', 'aria-label': 'Document type' });
  // The rules in force name their document types (the packs' too); older backgrounds did not.
  for (const id of ['auto', ...(state.profiles?.map((p) => p.id) ?? PROFILE_IDS)]) {
    const o = el('option', { value: id, text: id === 'auto' ? 'Detect automatically' : id });
    if (id === report.profile.id && report.profile.detected === false) o.selected = true;
    sel.append(o);
  }
  if (report.profile.detected) sel.value = 'auto';
  sel.addEventListener('change', () => void send({ type: 'set-profile', tabId, profile: sel.value }).then(refresh));
  parts.push(el('h2', { text: 'Document type' }), el('div', { class: 'field' }, el('label', { for: 'profile', text: 'Type' }), sel,
    el('span', { class: 'hint', text: report.profile.detected ? `detected as ${report.profile.id} (${Math.round(report.profile.confidence * 100)}%)` : 'chosen' })));

  // Language (detected per block; changeable → re-analyse with that language's forms only).
  const chosen = state.language ?? 'auto';
  const langSel = el('select', { id: 'language', 'aria-label': 'Language' });
  for (const c of LANGUAGE_CHOICES) langSel.append(el('option', { value: c.value, text: c.label }));
  langSel.value = chosen;
  langSel.addEventListener('change', () => void send({ type: 'set-language', tabId, language: langSel.value }).then(refresh));
  parts.push(el('div', { class: 'field' }, el('label', { for: 'language', text: 'Language' }), langSel,
    el('span', { id: 'language-shown', class: 'hint', text: chosen === 'auto' ? `detected as ${languageLabel(report)}` : 'chosen' })));

  // Coverage chart.
  const totals = familyCoverage(report);
  const max = Math.max(1, ...FAMILIES.map((f) => totals[f].findings));
  const chart = el('div', { id: 'coverage', role: 'list', 'aria-label': 'Findings per pillar' });
  for (const fam of FAMILIES) {
    const t = totals[fam];
    const fill = el('div', { class: 'fill', style: `width:${(100 * t.findings) / max}%;background:var(--p-${fam})` });
    chart.append(el('div', { class: 'bar', role: 'listitem', 'aria-label': `${familyLabel(fam)}: ${t.findings} findings, ${t.tasks} tasks` },
      el('span', { text: familyLabel(fam) }), el('div', { class: 'track' }, fill), el('span', { text: String(t.findings) })));
  }
  // The score and how it was made (or, for a type without rules, the coverage summary): the core's one line.
  parts.push(el('h2', { text: 'Coverage' }), el('p', { id: 'score', class: 'score', text: scoreLine(report) }), chart, legend());

  // Gaps.
  const gaps = el('ul', { id: 'gaps', 'aria-label': 'Gaps' });
  for (const g of report.gaps) {
    gaps.append(el('li', { class: `gap ${g.severity}` }, el('div', { class: 'reason' }, el('span', { class: 'sev', text: `${g.severity.toUpperCase()}:` }), ` ${g.reason}`),
      el('div', { class: 'sugg', text: `Suggestion: ${g.suggestion}` })));
  }
  if (report.gaps.length === 0) gaps.append(el('li', { text: 'No gaps for this document type.' }));
  parts.push(el('h2', { text: `Gaps (${report.gaps.length})` }), gaps);

  // The adviser's brief (why and how, each with its sentence), computed when opened.
  parts.push(briefView(report, { input: async () => (await docInput())[0], title: state.title }));

  // Exports.
  const exp = el('div', { class: 'exports', role: 'group', 'aria-label': 'Export' });
  const opts = { title: state.title, url: state.url, date: new Date() };
  const add = (label: string, fn: () => void): void => { const b = el('button', { type: 'button', text: label }); b.addEventListener('click', fn); exp.append(b); };
  const exportAs = (name: string, type: string, fmt: (d: DocInput[]) => string) => (): void => void docInput().then((d) => download(exportName(name), type, fmt(d)));
  add('Findings CSV', exportAs('findings.csv', 'text/csv', (d) => '\ufeff' + formatFindingsCsv(d)));
  add('Gaps CSV', exportAs('gaps.csv', 'text/csv', (d) => '\ufeff' + formatGapsCsv(d)));
  add('JSON', exportAs('json', 'application/json', (d) => formatJson(d)));
  add('Markdown', exportAs('md', 'text/markdown', (d) => formatMarkdown(d, opts)));
  add('HTML', exportAs('html', 'text/html', (d) => formatHtml(d, opts)));
  add('Copy gap summary', () => void navigator.clipboard.writeText(gapSummary(report, opts)).then(() => { status = 'Gap summary copied.'; render(); }));
  parts.push(el('h2', { text: 'Export' }), exp);

  // Filters with counts.
  // Findings in contents, notes and references are not painted on the page: not listed either.
  const listed = report.findings.filter((f) => !f.reference);
  const counts = filterCounts(listed, filters);
  const famSel = el('select', { id: 'filter-pillar', 'aria-label': 'Filter by pillar' });
  famSel.append(el('option', { value: 'all', text: `All pillars (${counts.family.all})` }));
  for (const fam of FAMILIES) famSel.append(el('option', { value: fam, text: `${familyLabel(fam)} (${counts.family[fam]})` }));
  famSel.value = filters.family;
  famSel.addEventListener('change', () => { filters.family = famSel.value as Family | 'all'; render(); document.getElementById('filter-pillar')?.focus(); });
  const kindSel = el('select', { id: 'filter-kind', 'aria-label': 'Filter by kind' });
  kindSel.append(el('option', { value: 'all', text: `All kinds (${counts.kind.all})` }));
  for (const k of FINDING_KINDS) kindSel.append(el('option', { value: k, text: `${k} (${counts.kind[k] ?? 0})` }));
  kindSel.value = filters.kind;
  kindSel.addEventListener('change', () => { filters.kind = kindSel.value as FindingKind | 'all'; render(); document.getElementById('filter-kind')?.focus(); });

  const shown = applyFilters(listed, filters);
  parts.push(el('h2', { text: `Findings (${shown.length} of ${listed.length})` }), el('div', { class: 'filters' }, famSel, kindSel));
  const list = el('div', { id: 'findings' });
  for (const g of groupBySection(report, shown)) {
    const ul = el('ul', { 'aria-label': g.label });
    for (const f of g.findings) ul.append(findingItem(f));
    list.append(el('h3', { text: `${g.label} (${g.findings.length})` }), ul);
  }
  parts.push(list);
  app.replaceChildren(...parts);
}

function findingItem(f: Finding): HTMLElement {
  const d = describeFinding(f);
  // The name starts with the visible text (WCAG 2.5.3), then says how it is said and what a click does.
  const kind = d.how.split(' — ')[0]!;
  const shown = `${f.text} ${d.title} · ${d.pillar} · ${kind}`;
  const go = el('button', { type: 'button', class: 'go', 'data-key': findingKey(f), 'aria-label': `${shown}. ${d.how}. Show in page.` },
    el('span', { class: 't', text: f.text }), ' ', el('span', { class: 'd', text: `${d.title} · ${d.pillar} · ${kind}` }));
  go.style.borderLeftColor = `var(--p-${pillarStyle(f.pillar).family})`;
  go.addEventListener('click', () => void send({ type: 'reveal', tabId, key: findingKey(f) }));
  const dismiss = el('select', { class: 'dismiss', 'aria-label': `Dismiss “${f.text}”` });
  for (const [v, t] of [['', 'Dismiss…'], ['once', 'Only here'], ['concept', `Always: ${d.title}`], ['phrase', `Always: “${f.text}”`]] as const) dismiss.append(el('option', { value: v, text: t }));
  dismiss.addEventListener('change', () => {
    const v = dismiss.value;
    const dismissal: Dismissal = v === 'once' ? dismissOnce(f) : v === 'concept' ? { scope: 'always', by: 'concept', concept: f.concept } : { scope: 'always', by: 'phrase', phrase: f.text };
    if (v) void send({ type: 'dismiss', tabId, dismissal }).then(refresh);
  });
  return el('li', { class: 'finding' }, go, dismiss);
}

/** The Changes view's hook: shows <section id="changes"> and mounts the view (changes.ts) in it. */
function changesButton(): HTMLElement {
  const section = document.getElementById('changes')!;
  const b = el('button', { type: 'button', id: 'show-changes', class: 'secondary', 'aria-controls': 'changes', 'aria-expanded': String(!section.hidden), text: 'Changes' });
  b.addEventListener('click', () => {
    section.hidden = !section.hidden;
    b.setAttribute('aria-expanded', String(!section.hidden));
    if (!section.hidden) mountChanges(section, { send });
  });
  return b;
}

/** What the colours and the underline styles on the page mean, drawn as the page draws them. */
function legend(): HTMLElement {
  const colours = el('ul', { 'aria-label': 'Pillar colours' });
  for (const fam of FAMILIES) {
    const s = pillarStyle(fam);
    colours.append(el('li', {}, el('span', { class: 'swatch', 'aria-hidden': 'true', style: `background:${s.fill};border-color:var(--p-${fam})` }), familyLabel(fam)));
  }
  const styles = el('ul', { 'aria-label': 'Underline styles' });
  for (const st of DRAW_STYLES) {
    const fill = st === 'negated' ? NEGATED_FILL : st === 'weak' ? WEAK_FILL : pillarStyle('participation').fill;
    const line = st === 'negated' ? NEGATED_DECORATION : pillarStyle('participation').line;
    styles.append(el('li', {}, el('span', { class: 'chip', 'aria-hidden': 'true', style: `background:${fill};color:${CHIP_TEXT};text-decoration:underline ${st === 'negated' ? 3 : 2}px ${UNDERLINE[st]} ${line}`, text: 'words' }),
      `${STYLE_LABEL[st]} (${UNDERLINE[st]})`));
  }
  return el('section', { id: 'legend', 'aria-labelledby': 'legend-h' }, el('h2', { id: 'legend-h', text: 'Legend' }), colours, styles);
}

/** Why an unscanned tab cannot be read yet, and the ways to allow it, in plain words. */
function siteAccess(): HTMLElement {
  const options = el('button', { type: 'button', id: 'open-options', class: 'secondary', text: 'Open WPS Lens options' });
  options.addEventListener('click', () => void browser.runtime.openOptionsPage());
  return el('section', { id: 'site-access', class: 'explain', 'aria-labelledby': 'site-access-h' },
    el('h2', { id: 'site-access-h', text: 'Site access' }),
    el('p', { text: 'WPS Lens reads a page only when you allow it, and nothing leaves your computer. The browser has not given it this tab yet, so it cannot see the page.' }),
    el('ul', {},
      el('li', { text: 'To scan this page once: click the WPS Lens button in the toolbar (in Chrome it may be under the puzzle-piece Extensions menu), or press Alt+Shift+W. WPS Lens may then read this page until you leave it.' }),
      el('li', { text: 'To scan a site every time you open it: add it in the options, under “Scan automatically on these sites”. The browser asks you once for that site.' }),
      el('li', { text: 'Browser pages (new tab, settings, extension stores) cannot be scanned.' })),
    options);
}

function dropZone(): HTMLElement {
  // Named by its visible text (WCAG 2.5.3): what it does for mouse, drop and keyboard alike.
  const zone = el('div', { id: 'drop', tabindex: '0', role: 'button' }, 'Open a local PDF: drop it here, or click or press Enter to choose one');
  const input = el('input', { type: 'file', accept: 'application/pdf,.pdf', hidden: '' });
  const open = (file: File | undefined): void => {
    if (!file) return;
    // A blob URL of this extension: the viewer (same origin) reads it; nothing is uploaded.
    const src = URL.createObjectURL(file);
    void browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?src=${encodeURIComponent(src)}&name=${encodeURIComponent(file.name)}`) });
  };
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); open(e.dataTransfer?.files[0]); });
  zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  zone.addEventListener('click', (e) => { if (e.target === zone) input.click(); });
  input.addEventListener('change', () => open(input.files?.[0]));
  zone.append(input);
  return zone;
}

browser.runtime.onMessage.addListener((msg: unknown) => {
  const m = ReportUpdated.safeParse(msg);
  if (m.success && m.data.tabId === tabId) void refresh();
  return undefined;
});
browser.tabs.onActivated.addListener(() => { if (!new URLSearchParams(location.search).get('tabId')) void refresh(); });
void refresh();
