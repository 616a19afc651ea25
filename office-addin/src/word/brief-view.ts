// The Word pane's "Brief" view: five minutes with a commander — why WPS matters to the mission and
// what to do, each point with the sentence of the document it comes from — and a Copy button that
// copies the brief as Markdown. Computed from the report and the paragraphs read, when first opened.
// Text goes in as text (dom.ts h()), never as HTML.
import { brief, briefLabels, briefQuote, briefWhere, formatBriefMarkdown, type Brief, type BriefItem, type Report, type TextBlock } from '../../../core/index.ts';
import { h, setChildren } from '../common/dom.ts';
import { t, type UiLanguage } from './strings.ts';
import './brief.css';

/** Copies text: the async clipboard where the host allows it, else a selected text area (older Office webviews). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) { await navigator.clipboard.writeText(text); return true; }
  } catch { /* fall through to the text area */ }
  const area = h('textarea', { 'aria-hidden': 'true', style: 'position:fixed;left:-9999px;top:0' });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

/**
 * The Brief view for a report computed from `blocks`; `state.open` keeps it open across re-renders. Its
 * headings, button and notes are in the interface language `ui`; the points and the sentences they quote
 * stay in the document's language (and so does the Markdown copied, as the CLI writes it).
 */
export function renderBrief(report: Report, blocks: readonly TextBlock[], state: { open: boolean }, ui: UiLanguage = 'en'): HTMLElement {
  const body = h('div', { class: 'wps-brief-body' });
  let done: Brief | undefined;
  const fill = () => {
    done ??= brief(report, blocks);
    setChildren(body, content(done, ui));
  };
  const view = h('details', { class: 'wps-brief', id: 'wps-brief', open: state.open, ontoggle: () => { state.open = view.open; if (view.open) fill(); } },
    h('summary', {}, h('h2', { class: 'wps-brief-h' }, t(ui, 'brief'))), body);
  if (state.open) fill();
  return view;
}

function content(b: Brief, ui: UiLanguage): HTMLElement[] {
  const l = briefLabels({ language: ui });
  const status = h('span', { class: 'wps-muted', role: 'status', id: 'wps-brief-status' });
  const copy = h('button', { class: 'wps-button small', type: 'button', id: 'wps-brief-copy', onclick: () => void copyText(formatBriefMarkdown(b, { title: t(b.language, 'wordDocument') })).then((ok) => {
    status.textContent = t(ui, ok ? 'briefCopied' : 'briefCopyFailed');
  }) }, t(ui, 'briefCopy'));
  return [
    h('p', { class: 'wps-muted' }, t(ui, 'briefIntro')),
    h('div', { class: 'wps-row' }, copy, status),
    h('h3', {}, l.why),
    b.why.length ? list('ul', b.why, b.language) : h('p', { class: 'wps-muted' }, l.none),
    h('h3', {}, l.how),
    b.how.length ? list('ol', b.how, b.language) : h('p', { class: 'wps-muted' }, l.noneHow),
    ...b.notes.map((n) => h('p', { class: 'wps-brief-note' }, `${l.note}${ui === 'fr' ? '\u00A0: ' : ': '}`, h('span', { lang: b.language }, n))),
  ];
}

/** The points, in the document's language (lang set, so a screen reader reads them in it). */
function list(tag: 'ul' | 'ol', items: BriefItem[], language: Brief['language']): HTMLElement {
  return h(tag, { class: `wps-brief-list ${tag === 'ul' ? 'why' : 'how'}`, lang: language }, items.map((it) => {
    const where = briefWhere(it, language);
    return h('li', { class: `wps-brief-item wps-brief-kind-${it.kind}` },
      h('span', { class: 'wps-brief-point' }, it.text),
      h('span', { class: 'wps-brief-quote' }, briefQuote(it.source.text.replace(/\s+/g, ' ').trim(), language)),
      where ? h('span', { class: 'wps-brief-where' }, where) : null);
  }));
}
