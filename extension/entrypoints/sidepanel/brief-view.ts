// The side panel's "Brief" view: five minutes with a commander — why WPS matters to the mission and
// what to do, each point with the sentence of the page it comes from — and a Copy button that copies
// the brief as Markdown. Computed here from the report and the page text (fetched when the view is
// opened). Document text goes in as text (textContent), never as HTML.
import { brief, type Brief, type BriefItem } from '../../../core/brief/brief.ts';
import { briefLabels, briefQuote, briefWhere, formatBriefMarkdown } from '../../../core/brief/format.ts';
import type { Report, TextBlock } from '../../../core/schema.ts';
import { el } from '../../lib/dom.ts';
import { tr } from '../../lib/i18n.ts';
import './brief.css';

export interface BriefViewDeps {
  /** The report with the page text it was computed from (blocks), or undefined when the text is not available. */
  input(): Promise<{ report: Report; blocks?: readonly TextBlock[] } | undefined>;
  /** Page title, for the copied Markdown. */
  title?: string;
}

// Kept across the panel's re-renders: whether the view is open, and the brief of the report shown.
let open = false;
let shown: { key: string; brief: Brief | null } | undefined;
let copied = '';

/** What identifies a report across refreshes (each refresh parses a new object). */
const keyOf = (r: Report) => JSON.stringify([r.source, r.length, r.language, r.profile.id, r.findings.length, r.gaps.length, r.figures.length]);

/** The Brief view for a report: a disclosure that computes the brief the first time it is opened. */
export function briefView(report: Report, deps: BriefViewDeps): HTMLElement {
  const view = el('details', { id: 'brief-view', class: 'brief' });
  view.open = open;
  view.append(el('summary', { text: tr('brief') }));
  const body = el('div', { class: 'brief-body' });
  view.append(body);
  const fill = async (): Promise<void> => {
    const key = keyOf(report);
    if (!shown || shown.key !== key) {
      body.replaceChildren(el('p', { class: 'brief-muted', role: 'status', text: tr('briefPreparing') }));
      const got = await deps.input();
      shown = { key, brief: got?.blocks ? brief(got.report, got.blocks) : null };
      copied = '';
    }
    body.replaceChildren(...content(shown.brief, deps));
  };
  view.addEventListener('toggle', () => {
    open = view.open;
    if (open) void fill();
  });
  if (open) void fill();
  return view;
}

function content(b: Brief | null, deps: BriefViewDeps): Node[] {
  if (!b) return [el('p', { class: 'brief-muted', text: tr('briefNoText') })];
  const l = briefLabels(b);
  const fr = b.language === 'fr';
  const status = el('span', { class: 'brief-status', role: 'status', id: 'brief-status', text: copied });
  const copy = el('button', { type: 'button', id: 'brief-copy', text: tr('briefCopy') });
  copy.addEventListener('click', () => {
    const md = formatBriefMarkdown(b, { title: deps.title });
    void navigator.clipboard.writeText(md).then(
      () => { copied = tr('briefCopied'); status.textContent = copied; },
      () => { status.textContent = tr('clipboardRefused'); },
    );
  });
  const out: Node[] = [
    el('p', { class: 'brief-muted', text: tr('briefIntro') }),
    el('div', { class: 'brief-actions' }, copy, status),
    el('h3', { text: l.why }),
  ];
  out.push(b.why.length ? list('ul', 'brief-why', b.why, b.language) : el('p', { class: 'brief-muted', text: l.none }));
  out.push(el('h3', { text: l.how }));
  out.push(b.how.length ? list('ol', 'brief-how', b.how, b.language) : el('p', { class: 'brief-muted', text: l.noneHow }));
  for (const n of b.notes) out.push(el('p', { class: 'brief-note', text: `${l.note}${fr ? '\u00A0: ' : ': '}${n}` }));
  return out;
}

function list(tag: 'ul' | 'ol', cls: string, items: BriefItem[], language: Brief['language']): HTMLElement {
  const l = el(tag, { class: cls });
  for (const it of items) {
    const where = briefWhere(it, language);
    l.append(el('li', { class: `brief-item brief-kind-${it.kind}` },
      el('span', { class: 'brief-point', text: it.text }),
      el('span', { class: 'brief-quote', text: briefQuote(it.source.text.replace(/\s+/g, ' ').trim(), language) }),
      where ? el('span', { class: 'brief-where', text: where }) : null));
  }
  return l;
}
