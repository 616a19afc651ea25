// The adviser's brief as text, Markdown, HTML and JSON (contract: Brief). Pure functions; every piece
// of document text is escaped for the format it goes into. French briefs get French headings and « ».
import type { Brief, BriefItem } from './brief.ts';
import { htmlEscape, mdEscape } from '../report/format.ts';

export const BRIEF_FORMATS = ['text', 'md', 'html', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export interface BriefFormatOptions {
  /** Shown in the title line (default: the brief's source; nothing for "-"). */
  title?: string;
}

interface Labels { brief: string; why: string; how: string; note: string; rule: string; none: string; noneHow: string }
const LABELS: Record<Brief['language'], Labels> = {
  en: { brief: 'Brief', why: 'Why', how: 'How', note: 'Note', rule: 'reason of profile rule', none: 'Nothing found.', noneHow: 'No practical action found.' },
  fr: { brief: 'Argumentaire', why: 'Pourquoi', how: 'Comment', note: 'Remarque', rule: 'motif de la règle', none: 'Rien de trouvé.', noneHow: 'Aucune action pratique trouvée.' },
};

export const briefLabels = (b: Pick<Brief, 'language'>): Labels => LABELS[b.language] ?? LABELS.en;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence in the language's quotation marks: “…” in English, « … » in French. */
export function briefQuote(s: string, language: Brief['language']): string {
  return language === 'fr' ? `«\u00A0${s}\u00A0»` : `“${s}”`;
}

/** Where the quoted sentence is: its heading, or the profile rule whose reason it is. */
export function briefWhere(item: BriefItem, language: Brief['language']): string {
  const s = item.source;
  if (s.origin === 'profile') return `${briefLabels({ language }).rule} ${s.rule ?? ''}${s.basis ? `; ${oneLine(s.basis)}` : ''}`.trim();
  return s.title ? oneLine(s.title) : '';
}

/** "Brief: name" / « Argumentaire : nom », with the name escaped by `esc`. */
function title(b: Brief, options: BriefFormatOptions, esc: (s: string) => string = (s) => s): string {
  const t = options.title ?? (b.source && b.source !== '-' ? b.source : '');
  const l = briefLabels(b);
  return t ? `${l.brief}${b.language === 'fr' ? '\u00A0: ' : ': '}${esc(oneLine(t))}` : l.brief;
}

// ---------------------------------------------------------------- Markdown

/**
 * `## Why` and `## How`, in every language (the contract's headings, which tools downstream look for;
 * French briefs keep French words and « » quotes): one list item per point or action,
 * in bold, followed by the whole sentence it comes from in quotation marks and where it is.
 */
export function formatBriefMarkdown(b: Brief, options: BriefFormatOptions = {}): string {
  const l = briefLabels(b);
  const item = (it: BriefItem) => {
    const where = briefWhere(it, b.language);
    return `**${mdEscape(it.text)}** — ${briefQuote(mdEscape(it.source.text), b.language)}${where ? ` (${mdEscape(where)})` : ''}`;
  };
  const out: string[] = [`# ${title(b, options, (s) => mdEscape(s))}`, '', '## Why', ''];
  if (b.why.length) for (const it of b.why) out.push(`- ${item(it)}`);
  else out.push(l.none);
  out.push('', '## How', '');
  if (b.how.length) b.how.forEach((it, k) => out.push(`${k + 1}. ${item(it)}`));
  else out.push(l.noneHow);
  for (const n of b.notes) out.push('', `*${l.note}:* ${mdEscape(n)}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- text

export function formatBriefText(b: Brief, options: BriefFormatOptions = {}): string {
  const l = briefLabels(b);
  const out: string[] = [title(b, options), '', l.why.toUpperCase()];
  const item = (lead: string, it: BriefItem) => {
    const where = briefWhere(it, b.language);
    const pad = ' '.repeat(lead.length);
    out.push(`${lead}${oneLine(it.text)}`, `${pad}${briefQuote(oneLine(it.source.text), b.language)}${where ? ` (${where})` : ''}`);
  };
  if (b.why.length) for (const it of b.why) item('- ', it);
  else out.push(l.none);
  out.push('', l.how.toUpperCase());
  if (b.how.length) b.how.forEach((it, k) => item(`${k + 1}. `, it));
  else out.push(l.noneHow);
  for (const n of b.notes) out.push('', `${l.note}: ${n}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- HTML

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
li{margin:.5rem 0}.quote{display:block;color:#444}.where{color:#666;font-size:.9em}.note{border-left:4px solid #8a5300;padding-left:.6rem}
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#161616}.quote{color:#c8c8c8}.where{color:#a8a8a8}}`;

/** A standalone HTML page: escaped text only, no external resources, no script. */
export function formatBriefHtml(b: Brief, options: BriefFormatOptions = {}): string {
  const e = htmlEscape;
  const l = briefLabels(b);
  const li = (it: BriefItem) => {
    const where = briefWhere(it, b.language);
    return `<li class="${e(it.kind)}"><strong>${e(oneLine(it.text))}</strong> <span class="quote">${e(briefQuote(oneLine(it.source.text), b.language))}</span>${where ? ` <span class="where">(${e(where)})</span>` : ''}</li>`;
  };
  const t = title(b, options);
  const out = [
    '<!doctype html>', `<html lang="${b.language}"><head><meta charset="utf-8">`, `<title>${e(t)}</title>`,
    `<meta name="color-scheme" content="light dark"><style>${STYLE}</style></head><body>`,
    `<h1>${e(t)}</h1>`,
    `<h2>${e(l.why)}</h2>`, b.why.length ? `<ul class="why">${b.why.map(li).join('')}</ul>` : `<p>${e(l.none)}</p>`,
    `<h2>${e(l.how)}</h2>`, b.how.length ? `<ol class="how">${b.how.map(li).join('')}</ol>` : `<p>${e(l.noneHow)}</p>`,
    ...b.notes.map((n) => `<p class="note">${e(`${l.note}: ${n}`)}</p>`),
    '</body></html>',
  ];
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- JSON

/** `{ version, source, language, why, how, notes }`, items with their offsets. */
export function formatBriefJson(b: Brief): string {
  return JSON.stringify({ version: 1, source: b.source, language: b.language, why: b.why, how: b.how, notes: b.notes }, null, 2) + '\n';
}

export function formatBrief(format: BriefFormat, b: Brief, options: BriefFormatOptions = {}): string {
  switch (format) {
    case 'json': return formatBriefJson(b);
    case 'md': return formatBriefMarkdown(b, options);
    case 'html': return formatBriefHtml(b, options);
    default: return formatBriefText(b, options);
  }
}
