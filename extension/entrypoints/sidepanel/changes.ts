// The side panel's Changes view, in <section id="changes">: compares this page's scan with an earlier
// scan of the same address (kept by the background, history.ts) or with another tab's scan, and shows
// the core's comparison — the summary in plain words, counts, then every change with its status, pillar,
// concepts and old words → new words; removed provisions with their old text. The added and strengthened
// provisions are highlighted in the page (the background paints them). Text goes in as text only.
import { browser } from 'wxt/browser';
import type { Change, Comparison } from '../../../core/compare/schema.ts';
import { where as citeLabel } from '../../../core/compare/summary.ts';
import { pillarName } from '../../../core/lexicon/labels.ts';
import type { PillarId } from '../../../core/schema.ts';
import { revealKey } from '../../lib/change-items.ts';
import { el } from '../../lib/dom.ts';
import { tr, uiLanguage, type StringKey } from '../../lib/i18n.ts';
import { lineName } from './panel-parts.ts';
import { CompareResult, CompareSources, ReportUpdated, type CompareWith } from '../../lib/messages.ts';
import { CHANGE_FILL, CHANGE_LINE, CHIP_TEXT, OVERLINE } from '../../lib/palette.ts';
import './changes.css';

export interface ChangesDeps {
  send(msg: unknown): Promise<unknown>;
}

/** Each status in words, with a symbol (the non-colour cue; hidden from screen readers, which read the words). */
const STATUS: Record<Change['status'], { symbol: string; key: StringKey }> = {
  added: { symbol: '+', key: 'stAdded' },
  removed: { symbol: '−', key: 'stRemoved' },
  kept: { symbol: '=', key: 'stKept' },
  strengthened: { symbol: '▲', key: 'stStrengthened' },
  weakened: { symbol: '▼', key: 'stWeakened' },
  moved: { symbol: '↕', key: 'stMoved' },
  'moved+strengthened': { symbol: '▲', key: 'stMovedStrengthened' },
  'moved+weakened': { symbol: '▼', key: 'stMovedWeakened' },
};
export const statusLabel = (s: Change['status']): { symbol: string; label: string } => ({ symbol: STATUS[s].symbol, label: tr(STATUS[s].key) });

/** The class a status is drawn with: better, worse, or neither. */
const tone = (s: Change['status']): string => (s === 'added' || s.endsWith('strengthened') ? 'up' : s === 'removed' || s.endsWith('weakened') ? 'down' : 'same');

interface ViewState {
  section: HTMLElement;
  deps: ChangesDeps;
  tabId?: number;
  sources?: CompareSources;
  chosen?: string;
  result?: CompareResult;
  stale: boolean;
  status: string;
  busy: boolean;
}

let view: ViewState | undefined;

async function currentTab(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Shows the view in `section` (the panel calls it each time the view is opened); loads what the page can be compared with. */
export function mountChanges(section: HTMLElement, deps: ChangesDeps): void {
  const first = !view;
  if (!view || view.section !== section) view = { section, deps, stale: false, status: '', busy: false };
  view.deps = deps;
  section.setAttribute('aria-labelledby', 'changes-h');
  if (first) listen(section);
  render();
  void loadSources().then(() => (document.getElementById('changes-h') as HTMLElement | null)?.focus());
}

function listen(section: HTMLElement): void {
  // Hidden again (the panel's Changes button): the page's Changes highlights go with the view.
  new MutationObserver(() => {
    if (section.hidden && view?.tabId !== undefined && view.result?.ok) void view.deps.send({ type: 'clear-changes', tabId: view.tabId });
  }).observe(section, { attributes: true, attributeFilter: ['hidden'] });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = ReportUpdated.safeParse(msg);
    if (m.success && view && m.data.tabId === view.tabId && !section.hidden) {
      if (view.result?.ok) view.stale = true;
      void loadSources();
    }
    return undefined;
  });
  browser.tabs.onActivated.addListener(() => {
    if (!view || section.hidden || new URLSearchParams(location.search).get('tabId')) return;
    view.result = undefined;
    view.status = '';
    void loadSources();
  });
}

async function loadSources(): Promise<void> {
  const v = view!;
  const tabId = await currentTab();
  if (tabId !== v.tabId) { v.result = undefined; v.stale = false; v.status = ''; }
  v.tabId = tabId;
  if (tabId === undefined) { v.sources = { ok: false, error: tr('chNoTab') }; render(); return; }
  const r = CompareSources.safeParse(await v.deps.send({ type: 'compare-sources', tabId }));
  v.sources = r.success ? r.data : { ok: false, error: tr('unexpected') };
  render();
}

async function runCompare(): Promise<void> {
  const v = view!;
  if (v.tabId === undefined || !v.chosen) return;
  const [kind, id] = [v.chosen.slice(0, 1), v.chosen.slice(2)];
  const withWhat: CompareWith = kind === 't' ? { kind: 'tab', tabId: Number(id) } : { kind: 'history', id };
  v.busy = true;
  v.status = tr('chComparing');
  render();
  const r = CompareResult.safeParse(await v.deps.send({ type: 'compare', tabId: v.tabId, with: withWhat }));
  v.busy = false;
  v.stale = false;
  v.result = r.success ? r.data : { ok: false, error: tr('unexpected') };
  v.status = !v.result.ok ? v.result.error
    : v.result.painted ? tr('chComparedPainted', { n: v.result.painted }) : tr('chCompared');
  render();
}

/** The interface language changed: a comparison on screen is made again (its summary is said in the reader's language). */
export function changesLanguageChanged(): void {
  if (!view || view.section.hidden) return;
  if (view.result?.ok) void runCompare(); else render();
}

async function forget(): Promise<void> {
  const v = view!;
  if (v.tabId === undefined) return;
  const r = await v.deps.send({ type: 'forget-history', tabId: v.tabId }) as { ok?: boolean; error?: string } | undefined;
  v.result = undefined;
  v.status = r?.ok ? tr('chForgotten') : r?.error ?? tr('chForgetFailed');
  await loadSources();
}

function render(): void {
  const v = view!;
  const parts: Node[] = [el('h2', { id: 'changes-h', tabindex: '-1', text: tr('changes') })];
  parts.push(el('p', { class: 'ch-muted', text: tr('chIntro') }));
  const s = v.sources;
  if (!s) parts.push(el('p', { class: 'ch-muted', role: 'status', text: tr('loading') }));
  else if (!s.ok) parts.push(el('p', { class: 'ch-error', text: s.error }));
  else parts.push(...chooser(s));
  parts.push(el('p', { id: 'changes-status', role: 'status', class: 'ch-message', text: v.status }));
  if (v.result?.ok) parts.push(result(v.result));
  if (s?.ok) {
    const forgetBtn = el('button', { type: 'button', id: 'changes-forget', text: tr('chForget') });
    forgetBtn.addEventListener('click', () => void forget());
    const actions = el('div', { class: 'ch-actions' }, forgetBtn);
    if (v.result?.ok && v.result.painted) {
      const clear = el('button', { type: 'button', id: 'changes-clear', text: tr('chClear') });
      clear.addEventListener('click', () => {
        if (v.tabId === undefined) return;
        void v.deps.send({ type: 'clear-changes', tabId: v.tabId }).then(() => { if (v.result?.ok) v.result = { ...v.result, painted: 0 }; v.status = tr('chCleared'); render(); });
      });
      actions.append(clear);
    }
    parts.push(actions, el('p', { class: 'ch-muted', id: 'changes-keep',
      text: s.keep === 0 ? tr('chKeepOff') : tr('chKeep', { n: s.keep }) }));
  }
  // Re-rendering keeps the focus where it was (the chooser, a button) when that control is still there.
  const focused = document.activeElement?.id;
  v.section.replaceChildren(...parts);
  if (focused && v.section.contains(document.getElementById(focused))) document.getElementById(focused)?.focus();
}

function chooser(s: Extract<CompareSources, { ok: true }>): Node[] {
  const v = view!;
  if (!s.address) return [el('p', { class: 'ch-muted', text: tr('chScanFirst') })];
  const sel = el('select', { id: 'changes-with' });
  const options: [string, string][] = [];
  if (s.earlier.length) {
    const g = el('optgroup', { label: tr('chEarlier') });
    for (const e of s.earlier) {
      const o = el('option', { value: `h:${e.id}`, text: `${when(e.scannedAt)} — ${e.blockCount === 1 ? tr('chParagraphOne') : tr('chParagraphs', { n: e.blockCount })}` });
      g.append(o);
      options.push([o.value, o.text]);
    }
    sel.append(g);
  }
  if (s.tabs.length) {
    const g = el('optgroup', { label: tr('chOtherTabs') });
    for (const t of s.tabs) {
      const o = el('option', { value: `t:${t.tabId}`, text: t.title || t.url });
      g.append(o);
      options.push([o.value, o.text]);
    }
    sel.append(g);
  }
  if (!options.length) {
    return [el('p', { id: 'changes-none', class: 'ch-explain', text: s.keep === 0
      ? tr('chNothingOff')
      : tr('chNothingYet') })];
  }
  if (!v.chosen || !options.some(([val]) => val === v.chosen)) v.chosen = options[0]![0];
  sel.value = v.chosen;
  sel.addEventListener('change', () => { v.chosen = sel.value; });
  const go = el('button', { type: 'button', id: 'changes-compare', class: 'primary', text: tr('chCompare') });
  if (v.busy) go.setAttribute('disabled', '');
  go.addEventListener('click', () => void runCompare());
  const out: Node[] = [el('div', { class: 'ch-field' }, el('label', { for: 'changes-with', text: tr('chCompareWith') }), sel, go)];
  if (s.notice) out.push(el('p', { class: 'ch-notice', text: s.notice }));
  return out;
}

const when = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'medium' });
};

function result(r: Extract<CompareResult, { ok: true }>): HTMLElement {
  const v = view!;
  const c = r.comparison;
  const box = el('div', { id: 'changes-result' });
  box.append(el('p', { class: 'ch-sides', text: `${cap(r.old.label)} → ${r.new.label}` }));
  if (v.stale) box.append(el('p', { class: 'ch-notice', id: 'changes-stale', text: tr('chStale') }));
  box.append(el('p', { id: 'changes-summary', class: 'ch-summary', text: c.summary }));
  box.append(counts(c));
  if (r.painted) box.append(legend());

  const listed = c.changes.filter((x) => x.status !== 'kept');
  const kept = c.changes.filter((x) => x.status === 'kept');
  box.append(el('h3', { text: tr('chChanges', { n: listed.length }) }));
  if (listed.length) {
    const ol = el('ol', { id: 'changes-list', class: 'ch-list' });
    for (const x of listed) ol.append(item(x, r));
    box.append(ol);
  } else box.append(el('p', { class: 'ch-muted', text: tr('chNone') }));
  if (kept.length) {
    const d = el('details', { class: 'ch-kept' }, el('summary', { text: tr('chKeptAs', { n: kept.length }) }));
    const ol = el('ol', { id: 'changes-kept', class: 'ch-list' });
    for (const x of kept) ol.append(item(x, r));
    d.append(ol);
    box.append(d);
  }
  return box;
}

/** The counts by status, each in words with its symbol. */
function counts(c: Comparison): HTMLElement {
  const n = c.counts;
  const rows: [Change['status'], number, string][] = [
    ['added', n.added, tr('cntAdded')], ['removed', n.removed, tr('cntRemoved')], ['strengthened', n.strengthened, tr('cntStrengthened')],
    ['weakened', n.weakened, tr('cntWeakened')], ['kept', n.kept, tr('cntKept')], ['moved', n.moved, tr('cntMoved')],
  ];
  const ul = el('ul', { id: 'changes-counts', class: 'ch-counts', 'aria-label': tr('chByStatus') });
  for (const [status, k, word] of rows) {
    ul.append(el('li', { class: `ch-count ch-${tone(status)}`, 'data-status': status },
      el('span', { class: 'ch-sym', 'aria-hidden': 'true', text: STATUS[status].symbol }), el('span', { class: 'ch-n', text: String(k) }), ` ${word}`));
  }
  return ul;
}

function legend(): HTMLElement {
  const ul = el('ul', { class: 'ch-legend', 'aria-label': tr('chHighlights') });
  for (const st of Object.keys(OVERLINE) as (keyof typeof OVERLINE)[]) {
    ul.append(el('li', {}, el('span', { class: 'ch-chip', 'aria-hidden': 'true', style: `background:${CHANGE_FILL};color:${CHIP_TEXT};text-decoration:overline 3px ${OVERLINE[st]} ${CHANGE_LINE}`, text: tr('words') }),
      ` ${tr(st === 'added' ? 'chAddedProvision' : 'chStrengthenedProvision')} (${tr('chLineAbove', { style: lineName(OVERLINE[st]) })})`));
  }
  return ul;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The document's words, quoted as the reader's language quotes. */
const quote = (s: string): string => (uiLanguage() === 'fr' ? `«\u00A0${s}\u00A0»` : `“${s}”`);

function item(x: Change, r: Extract<CompareResult, { ok: true }>): HTMLElement {
  const v = view!;
  const st = statusLabel(x.status);
  const li = el('li', { class: `ch-item ch-${tone(x.status)}`, 'data-status': x.status, 'data-change': x.id });
  // Numbered paragraphs ("OP 3", "para. 4") where the page has them; the words below say the rest.
  const lang = r.comparison.language;
  const place = (c: Change['old']) => (c?.number ? citeLabel(c, lang) : '');
  const where = x.old?.number && x.new?.number && place(x.old) !== place(x.new) ? `${place(x.old)} → ${place(x.new)}` : place(x.new) || place(x.old);
  li.append(el('div', { class: 'ch-head' },
    el('span', { class: 'ch-status' }, el('span', { class: 'ch-sym', 'aria-hidden': 'true', text: st.symbol }), ` ${st.label}`),
    where ? el('span', { class: 'ch-where', text: where }) : null));
  const pillars = x.pillars.map((p) => pillarName(p as PillarId, uiLanguage())).join(', ');
  const concepts = x.concepts.map((id) => r.conceptLabels[id] ?? id).join(', ');
  li.append(el('div', { class: 'ch-what', text: [pillars, concepts].filter(Boolean).join(' · ') }));
  const oldW = x.old?.text, newW = x.new?.text;
  if (oldW && newW && oldW === newW) {
    li.append(el('div', { class: 'ch-words' }, el('span', { class: 'ch-label', text: tr('chWordsSame') }), el('span', { class: 'ch-new', text: quote(newW) })));
  } else if (oldW || newW) {
    li.append(el('div', { class: 'ch-words' },
      el('span', { class: 'ch-label', text: tr('chWords') }),
      el('span', { class: 'ch-old', text: oldW ? quote(oldW) : tr('chNoWords') }), ' → ', el('span', { class: 'ch-new', text: newW ? quote(newW) : tr('chNoWords') })));
  }
  // The verb that sets its strength: one side for an added or removed provision; both when it changed
  // without the note saying so already ("requests → encourages").
  const ov = x.old?.verb, nv = x.new?.verb;
  if (!x.old || !x.new) {
    if (ov || nv) li.append(el('div', { class: 'ch-verb' }, el('span', { class: 'ch-label', text: x.new ? tr('chSaidWith') : tr('chWasSaidWith') }), (nv ?? ov)!));
  } else if (ov !== nv && !x.signals.some((g) => g.kind === 'verb')) {
    li.append(el('div', { class: 'ch-verb' }, el('span', { class: 'ch-label', text: tr('chSaidWith') }), `${ov ?? '—'} → ${nv ?? '—'}`));
  }
  if (x.note) li.append(el('div', { class: 'ch-note', text: cap(x.note) }));
  const oldText = r.oldText[x.id];
  if (oldText) li.append(el('div', { class: 'ch-oldtext-h', text: tr('chOldText') }), el('blockquote', { class: 'ch-oldtext', text: oldText }));
  const key = r.painted ? revealKey(x) : undefined;
  if (key && v.tabId !== undefined) {
    const show = el('button', { type: 'button', class: 'ch-show', 'aria-label': tr('chShowIn', { what: newW ?? st.label }), text: tr('showInPage') });
    const tabId = v.tabId;
    show.addEventListener('click', () => void v.deps.send({ type: 'reveal', tabId, key, layer: 'changes' }));
    li.append(show);
  }
  return li;
}
