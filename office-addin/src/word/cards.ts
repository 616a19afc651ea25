// The one card the Word pane shows at a time: a gap (what is missing, its counts, why, the wording to
// insert, where it belongs) or a finding (its sentence with the words marked, what each one is, how it is
// said), each with one overflow menu of actions. Built from the core's review items; text as text (dom.ts).
import {
  dismissOnce, familyName, flagLabel, kindLabel, levelLabel, pillarStyle, sectionHeading,
  type Dismissal, type FindingItem, type GapItem, type Report, type Review,
} from '../../../core/index.ts';
import { h } from '../common/dom.ts';
import { overflowMenu, type MenuEntry } from '../common/menu.ts';
import { t, type UiLanguage } from './strings.ts';
import { gapPlace, sentenceParts } from './view-model.ts';

export interface CardContext { ui: UiLanguage; review: Review; report: Report; blockText(id: string | undefined): string | undefined }

export interface GapActions {
  insert(item: GapItem, place: { after: string } | 'cursor'): void;
  comment(item: GapItem): void;
  commented(item: GapItem): boolean;
  goToBlock(block: string): void;
  goToItem(id: string): void;
}

export interface FindingActions {
  select(item: FindingItem): void;
  dismiss(ds: Dismissal[], where: 'document' | 'everywhere'): void;
}

/** The lang attribute for text in a document language ("und" has none). */
function langOf(l: string | undefined): string | undefined {
  return l === 'en' || l === 'fr' ? l : undefined;
}

export function gapCard(ctx: CardContext, item: GapItem, act: GapActions): HTMLElement {
  const { ui } = ctx;
  const place = gapPlace(ctx.report, item.gap);
  const placeLabel = item.section?.label ?? (place.section ? sectionHeading(place.section, ui) : t(ui, 'startOfDocument'));
  const docLang = langOf(item.gap.language ?? ctx.report.language);
  const entries: MenuEntry[] = [
    { label: place.insertAfter ? t(ui, 'insertAtEnd', { place: placeLabel }) : t(ui, 'insertAtCursor'), run: () => act.insert(item, place.insertAfter ? { after: place.insertAfter } : 'cursor') },
    { label: act.commented(item) ? t(ui, 'commentDone') : t(ui, 'addComment'), disabled: !place.comment || act.commented(item), run: () => act.comment(item) },
  ];
  if (place.comment) entries.push({ label: t(ui, 'goTo', { place: placeLabel }), run: () => act.goToBlock(place.comment!) });
  if (item.related.length) entries.push({ label: t(ui, 'goToMention'), run: () => act.goToItem(item.related[0]!) });
  const titleId = 'wps-gap-title';
  return h('article', { class: `wps-card wps-gap wps-sev-${item.severity}`, id: 'wps-gap-card', 'data-id': item.id, 'aria-labelledby': titleId },
    h('p', { class: 'wps-card-head' },
      h('span', { class: `wps-sev wps-sev-${item.severity}` }, item.severityLabel, item.gap.level ? ` · ${levelLabel(item.gap.level, ui)}` : ''),
      h('span', { class: 'wps-kind' }, item.kindLabel)),
    h('h3', { id: titleId, class: 'wps-card-title' }, item.title),
    h('p', { class: 'wps-gap-headline' }, item.headline),
    h('p', { class: 'wps-gap-reason', lang: item.reason === item.gap.reason ? docLang : ui }, item.reason),
    h('div', { class: 'wps-suggestion' },
      h('p', { class: 'wps-suggestion-h' }, t(ui, 'suggested')),
      h('blockquote', { class: 'wps-quote', lang: docLang }, item.suggestion),
      item.suggestionTranslation ? h('p', { class: 'wps-translation', lang: ui }, h('span', { class: 'wps-muted' }, `${t(ui, 'translation')}${ui === 'fr' ? '\u00A0: ' : ': '}`), item.suggestionTranslation) : null),
    h('p', { class: 'wps-muted wps-basis', lang: item.basis === item.gap.basis ? docLang : ui }, t(ui, 'basis', { text: item.basis })),
    place.comment ? h('p', { class: 'wps-where' }, t(ui, 'where', { place: placeLabel })) : null,
    h('div', { class: 'wps-card-actions' }, overflowMenu({ id: 'wps-gap-menu', label: t(ui, 'actions'), entries, describedBy: titleId })));
}


export function findingCard(ctx: CardContext, item: FindingItem, groupLabel: string, act: FindingActions): HTMLElement {
  const { ui } = ctx;
  const kind = kindLabel(item.kind, ui);
  const docLang = langOf(ctx.report.blocks?.find((b) => b.id === item.block)?.language ?? ctx.report.language);
  const flags = item.flags.filter((f) => f !== 'genderSpecific' && f !== 'negated' && f !== 'procedural' && f !== 'reference').map((f) => flagLabel(f, ui));
  const phrases = [...new Set(item.findings.map((f) => f.text))];
  const entries: MenuEntry[] = [
    { label: t(ui, 'selectWords'), run: () => act.select(item) },
    { label: t(ui, 'dismissOnce'), run: () => act.dismiss(item.findings.map(dismissOnce), 'document') },
    ...phrases.slice(0, 4).map((phrase) => ({ label: t(ui, 'dismissPhrase', { phrase }), run: () => act.dismiss([{ scope: 'always', by: 'phrase', phrase }], 'everywhere') })),
    ...item.concepts.slice(0, 4).map((c) => ({ label: t(ui, 'dismissConcept', { concept: c.label }), run: () => act.dismiss([{ scope: 'always', by: 'concept', concept: c.id }], 'everywhere') })),
  ];
  const headId = 'wps-finding-title';
  const seen = new Set<string>();
  const words = item.findings.filter((f) => { const k = `${f.concept}\u0000${f.text}`; if (seen.has(k)) return false; seen.add(k); return true; });
  return h('article', { class: 'wps-card wps-finding', id: 'wps-finding-card', 'data-id': item.id, 'aria-labelledby': headId },
    h('p', { class: 'wps-card-head' },
      h('span', { class: `wps-kind wps-kind-${item.kind}` }, kind.label),
      item.genderSpecific ? h('span', { class: 'wps-flag' }, t(ui, 'genderSpecific')) : null,
      flags.map((f) => h('span', { class: 'wps-flag', title: f.explain }, f.label))),
    h('h3', { id: headId, class: 'wps-card-title wps-group' }, groupLabel),
    h('p', { class: 'wps-sentence', lang: docLang }, sentenceParts(ctx.blockText(item.block), item).map((p) => {
      if (!p.family) return p.text;
      const style = pillarStyle(p.family);
      return h('mark', { class: 'wps-mark', style: `background:${style.fill};color:${style.text};border-bottom-color:${style.line}` }, p.text);
    })),
    h('ul', { class: 'wps-list wps-concepts' }, words.map((f) => {
      const c = item.concepts.find((x) => x.id === f.concept)!;
      const style = pillarStyle(c.family);
      return h('li', {},
        h('span', { class: 'wps-chip', style: `background:${style.fill};color:${style.text};border-color:${style.line}` }, familyName(c.family, ui)),
        ' ', h('span', { class: 'wps-concept' }, c.label), ' ', h('span', { class: 'wps-quote', lang: docLang }, t(ui, 'quoted', { text: f.text })));
    })),
    h('p', { class: 'wps-muted wps-explain' }, kind.explain),
    h('div', { class: 'wps-card-actions' }, overflowMenu({ id: 'wps-finding-menu', label: t(ui, 'actions'), entries, describedBy: headId })));
}
