// The gaps, first and most severe first (the core's order): each card shows its title, severity, kind,
// headline and where it belongs; the current one opens to the reason, basis and suggested wording with
// "Copy suggestion" and "Show in page". One Tab stop for the list (roving: the current or first card's
// button, plus the open card's actions); arrows move between cards.
import type { GapItem } from '../../../core/report/review.ts';
import { el } from '../../lib/dom.ts';
import { tr } from '../../lib/i18n.ts';

export interface GapsDeps {
  choose(gap: GapItem, how: 'key' | 'click'): void;
  copy(gap: GapItem): void;
  show(gap: GapItem): void;
}

export function gapsList(gaps: readonly GapItem[], current: string | null, deps: GapsDeps): HTMLElement {
  const ul = el('ul', { id: 'gaps', 'aria-label': tr('gapsList') });
  if (gaps.length === 0) {
    ul.append(el('li', { class: 'empty', text: tr('noGapsShown') }));
    return ul;
  }
  const roving = gaps.some((g) => g.id === current) ? current : gaps[0]!.id;
  for (const g of gaps) ul.append(gapCard(g, g.id === current, g.id === roving, deps));
  ul.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (!t.classList.contains('go')) return;
    const cards = [...ul.querySelectorAll<HTMLElement>('li.gap')];
    const at = cards.indexOf(t.closest('li.gap')!);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const d = step[e.key];
    if (d === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const to = d === -Infinity ? 0 : d === Infinity ? cards.length - 1 : Math.max(0, Math.min(cards.length - 1, at + d));
    const gap = gaps[to];
    if (gap && to !== at) deps.choose(gap, 'key');
  });
  return ul;
}

function gapCard(g: GapItem, open: boolean, roving: boolean, deps: GapsDeps): HTMLElement {
  const bodyId = `body-${g.id.replace(/[^\w-]/g, '_')}`;
  const tab = roving ? '0' : '-1';
  // The button's name is its visible text (WCAG 2.5.3): severity, title, headline.
  const go = el('button', { type: 'button', class: 'go', tabindex: tab, 'aria-expanded': String(open), 'aria-controls': bodyId, 'data-id': g.id },
    el('span', { class: 'g-top' }, el('span', { class: `sev ${g.severity}`, text: g.severityLabel }), ' ', el('span', { class: 'kind', text: g.kindLabel })),
    ' ',
    el('span', { class: 'title', text: g.title }),
    ' ',
    el('span', { class: 'headline', text: g.headline }));
  if (open) go.setAttribute('aria-current', 'true');
  go.addEventListener('click', () => deps.choose(g, 'click'));
  const li = el('li', { class: `gap ${g.severity}${open ? ' current' : ''}`, 'data-id': g.id }, go);
  const body = el('div', { class: 'gap-body', id: bodyId });
  body.hidden = !open;
  if (open) {
    if (g.section) body.append(el('p', { class: 'where' }, el('span', { class: 'lbl', text: tr('where') }), g.section.label));
    else if (g.gap.section === undefined && g.required) body.append(el('p', { class: 'where' }, el('span', { class: 'lbl', text: tr('where') }), tr('mainBody')));
    body.append(el('p', { class: 'reason' }, el('span', { class: 'lbl', text: tr('why') }), g.reason));
    if (g.basis) body.append(el('p', { class: 'basis' }, el('span', { class: 'lbl', text: tr('basis') }), g.basis));
    const sugg = el('div', { class: 'sugg' }, el('p', { class: 'lbl', text: tr('suggested') }), el('p', { class: 'sugg-text', text: g.suggestion }));
    if (g.suggestionTranslation) sugg.append(el('p', { class: 'lbl tr-lbl', text: tr('translationNote') }), el('p', { class: 'sugg-tr', text: g.suggestionTranslation }));
    body.append(sugg);
    const copy = el('button', { type: 'button', class: 'copy primary', tabindex: '0', text: tr('copySuggestion') });
    copy.addEventListener('click', () => deps.copy(g));
    const actions = el('div', { class: 'gap-actions' }, copy);
    if (g.related.length) {
      const show = el('button', { type: 'button', class: 'show', tabindex: '0', text: tr('showInPage') });
      show.addEventListener('click', () => deps.show(g));
      actions.append(show);
    } else actions.append(el('span', { class: 'hint', text: tr('nothingToShow') }));
    body.append(actions);
  }
  li.append(body);
  return li;
}
