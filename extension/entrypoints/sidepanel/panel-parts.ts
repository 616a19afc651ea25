// Pieces of the side panel that hold no review state: a finding row, the coverage chart (the core's
// family counts), the colour legend, the site-access explanation and the local PDF drop zone.
import { browser } from 'wxt/browser';
import { FAMILIES, pillarStyle } from '../../../core/lexicon/pillars.ts';
import { familyName, flagLabel, kindLabel, type Flag } from '../../../core/lexicon/labels.ts';
import { markedPieces } from '../../../core/report/format.ts';
import type { FindingItem, Review } from '../../../core/report/review.ts';
import { el } from '../../lib/dom.ts';
import { tr, trCount, uiLanguage, type StringKey } from '../../lib/i18n.ts';
import { findingKey } from '../../lib/paint-types.ts';
import { CHIP_TEXT, DRAW_STYLES, NEGATED_DECORATION, NEGATED_FILL, STYLE_LABEL, UNDERLINE, WEAK_FILL } from '../../lib/palette.ts';

/** An underline's name, in the interface language. */
const LINE_KEYS: Record<string, StringKey> = { solid: 'lineSolid', dashed: 'lineDashed', dotted: 'lineDotted', double: 'lineDouble' };
export const lineName = (css: string): string => (LINE_KEYS[css] ? tr(LINE_KEYS[css]) : css);

/** Flags worth a word on a card (the kind and gender-specific are said otherwise). */
const CARD_FLAGS: readonly Flag[] = ['boilerplate', 'scopeLimited', 'unverified', 'annex', 'reported'];

/**
 * One sentence of the findings list: the sentence with its WPS words marked, then what they are and how
 * they are said. The .go button's name is its visible text (WCAG 2.5.3); text goes in as text only.
 */
export function findingRow(item: FindingItem, blockText: string | undefined, ordinal: number, total: number, more: HTMLElement): HTMLElement {
  const t = el('span', { class: 't' });
  for (const p of markedPieces(item.findings, item.sentence, blockText)) t.append(p.match ? el('mark', { text: p.text }) : document.createTextNode(p.text));
  const kind = kindLabel(item.kind, uiLanguage()).label;
  const flags = CARD_FLAGS.filter((f) => item.flags.includes(f)).map((f) => flagLabel(f, uiLanguage()).label);
  const what = `${item.concepts.map((c) => c.label).join(', ')} · ${kind}${flags.length ? ` · ${flags.join(', ')}` : ''}`;
  const go = el('button', { type: 'button', class: 'go', tabindex: '-1', 'data-id': item.id, 'data-key': findingKey(item.findings[0]!), 'data-keys': item.findings.map(findingKey).join(' ') },
    t, ' ', el('span', { class: 'd', text: what }));
  const family = item.families[0] ?? pillarStyle(item.concepts[0]!.pillar).family;
  go.style.borderLeftColor = `var(--p-${family})`;
  return el('div', { role: 'listitem', class: `row finding kind-${item.kind}`, 'aria-setsize': String(total), 'aria-posinset': String(ordinal), 'data-id': item.id }, go, more);
}

/** Findings per pillar family, from the review's counts (the same numbers as the filter and the CLI). */
export function coverageChart(review: Review): HTMLElement {
  const fams = review.counts.byFamily;
  const max = Math.max(1, ...FAMILIES.map((f) => fams[f].findings));
  const chart = el('div', { id: 'coverage', role: 'list', 'aria-label': tr('findingsPerPillar') });
  for (const fam of FAMILIES) {
    const t = fams[fam];
    const fill = el('div', { class: 'fill', style: `width:${(100 * t.findings) / max}%;background:var(--p-${fam})` });
    chart.append(el('div', { class: 'bar', role: 'listitem' },
      el('span', { text: t.label }), el('div', { class: 'track', 'aria-hidden': 'true' }, fill),
      el('span', { class: 'num', text: String(t.findings) }), el('span', { class: 'sr-only', text: `${trCount(t.findings, 'barFindingOne', 'barFindings')}${trCount(t.tasks, 'barTaskOne', 'barTasks')}` })));
  }
  return chart;
}

/** What the colours and the underline styles on the page mean, drawn as the page draws them. */
export function legend(review: Review | null): HTMLElement {
  const colours = el('ul', { 'aria-label': tr('pillarColours') });
  for (const fam of FAMILIES) {
    const s = pillarStyle(fam);
    colours.append(el('li', {}, el('span', { class: 'swatch', 'aria-hidden': 'true', style: `background:${s.fill};border-color:var(--p-${fam})` }),
      review?.counts.byFamily[fam].label ?? familyName(fam, uiLanguage())));
  }
  const styles = el('ul', { 'aria-label': tr('underlineStyles') });
  for (const st of DRAW_STYLES) {
    const fill = st === 'negated' ? NEGATED_FILL : st === 'weak' ? WEAK_FILL : pillarStyle('participation').fill;
    const line = st === 'negated' ? NEGATED_DECORATION : pillarStyle('participation').line;
    styles.append(el('li', {}, el('span', { class: 'chip', 'aria-hidden': 'true', style: `background:${fill};color:${CHIP_TEXT};text-decoration:underline ${st === 'negated' ? 3 : 2}px ${UNDERLINE[st]} ${line}`, text: tr('words') }),
      `${tr(STYLE_LABEL[st])} (${lineName(UNDERLINE[st])})`));
  }
  return el('section', { id: 'legend', 'aria-labelledby': 'legend-h' }, el('h2', { id: 'legend-h', text: tr('legend') }), colours, styles);
}

/** Why an unscanned tab cannot be read yet, and the ways to allow it, in plain words. */
export function siteAccess(): HTMLElement {
  const options = el('button', { type: 'button', id: 'open-options', class: 'secondary', text: tr('openOptions') });
  options.addEventListener('click', () => void browser.runtime.openOptionsPage());
  return el('section', { id: 'site-access', class: 'explain', 'aria-labelledby': 'site-access-h' },
    el('h2', { id: 'site-access-h', text: tr('siteAccess') }),
    el('p', { text: tr('siteAccessWhy') }),
    el('ul', {},
      el('li', { text: tr('siteAccessOnce') }),
      el('li', { text: tr('siteAccessAlways') }),
      el('li', { text: tr('siteAccessBrowser') })),
    options);
}

export function dropZone(): HTMLElement {
  // Named by its visible text (WCAG 2.5.3): what it does for mouse, drop and keyboard alike.
  const zone = el('div', { id: 'drop', tabindex: '0', role: 'button' }, tr('dropZone'));
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
