/// <reference types="office-js" />
// The Word task pane, drawn from the core's review model (buildReview): a sticky header (scan, and the
// status line, the pane's only live region), the summary (headline, score, counts), then tabs Gaps /
// Findings / Changes with one card at a time and Next / Previous (buttons, n and p keys) that move Word's
// selection to the item. Document type, coverage, marking the document, the brief and settings follow.
// All analysis comes from core/; all Word access goes through actions.ts and read.ts in fixed batches.
// Text is rendered as text (dom.ts). Everything the pane says is in its interface language (strings.json,
// common/strings.json, the core's labels and lines said in `ui`), whatever the document's; the wording to
// insert and the document's own sentences keep the document's language.
import {
  buildReview, conceptLabel, countsLine, familyName, filterItems, genderSplitLine, next, pillarFamily, pillarStyle, previous, scoreParts, WPS_PILLARS,
  type Dismissal, type FindingItem, type GapItem, type Lexicon, type Report, type Review, type ReviewFilter, type ReviewItem, type TextBlock,
} from '../../../core/index.ts';
import { z } from 'zod';
import { Dismissal as DismissalSchema } from '../../../core/index.ts';
import { h, setChildren } from '../common/dom.ts';
import { choiceLabel, LANGUAGE_CHOICES, languageLabel, type LanguageChoice } from '../common/language.ts';
import { importLexicon } from '../common/lexicon.ts';
import { menuOpen } from '../common/menu.ts';
import { PaneRules, type PolicyLoader } from '../common/packs.ts';
import { documentStore, localStore, readSettings, readValue, writeSettings, type AppSettings, type Store } from '../common/settings.ts';
import { tabList } from '../common/tabs.ts';
import { profileName, tc, uiLanguageSelect, type UiChoice } from '../common/strings.ts';
import { applyOfficeTheme, type OfficeThemeColours } from '../common/theme.ts';
import {
  addComments, clearHighlights, EMPTY_HIGHLIGHTS, highlightAll, insertSuggestion, selectBlock, selectFinding, targetOf,
  type HighlightState,
} from './actions.ts';
import type { Supports, WordRun } from './blocks.ts';
import { analyzeParagraphs } from './analysis.ts';
import { readDocument, type ReadNote, type ScanScope } from './read.ts';
import { commentMarker, commentText, gapKey, gapPlace, keepPlace, positionOf } from './view-model.ts';
import { renderBrief } from './brief-view.ts';
import { mountChanges, type ChangesView } from './changes-view.ts';
import { findingCard, gapCard, type CardContext } from './cards.ts';
import { defaultUiLanguage, t, tn, UI_LANGUAGE_NAMES, type StringKey, type UiLanguage } from './strings.ts';

export interface WordPaneDeps {
  run: WordRun; supports: Supports; app: Store; doc: Store;
  /** The organisation policy (default: org-policy.json beside the add-in). */ policy?: PolicyLoader;
  /** Office's display language ("fr-FR"): the interface language until the user picks one. */ displayLanguage?: string;
  /** Office's theme colours, where the host gives them (light or dark pane). */ officeTheme?: OfficeThemeColours;
}

const DOC_DISMISSALS = 'wps-lens.dismissals';
const DOC_HIGHLIGHTS = 'wps-lens.highlights';
const HighlightStateSchema: z.ZodType<HighlightState> = z.object({
  annotations: z.array(z.object({ block: z.string(), ids: z.array(z.string()) })),
  colours: z.array(z.object({ block: z.string(), start: z.number(), end: z.number(), text: z.string(), previous: z.string().nullable(), painted: z.string() })),
});

type Kind = 'gaps' | 'findings';
type TabId = Kind | 'changes';
const TAB_IDS: Record<TabId, string> = { gaps: 'wps-tab-gaps', findings: 'wps-tab-findings', changes: 'wps-tab-changes' };

function defaultDeps(): WordPaneDeps {
  return {
    run: (batch) => Word.run(batch),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
    app: localStore(),
    doc: documentStore(Office.context.document?.settings),
    displayLanguage: Office.context.displayLanguage,
    officeTheme: Office.context.officeTheme,
  };
}

export function mountWord(root: HTMLElement, deps: WordPaneDeps = defaultDeps()): void {
  const doc = root.ownerDocument;
  applyOfficeTheme(deps.officeTheme, doc.documentElement);
  let settings: AppSettings = readSettings(deps.app);
  let ui: UiLanguage = defaultUiLanguage(settings.interfaceLanguage, deps.displayLanguage);
  let docDismissals: Dismissal[] = readValue(deps.doc, DOC_DISMISSALS, z.array(DismissalSchema), []);
  let highlights: HighlightState = readValue(deps.doc, DOC_HIGHLIGHTS, HighlightStateSchema, EMPTY_HIGHLIGHTS);
  let blocks: TextBlock[] | null = null;
  let blockText = new Map<string, string>();
  let prefixes: Record<string, number> = {};
  let scanNote: ReadNote | undefined;
  let profileChoice = settings.profile as string;
  let languageChoice: LanguageChoice = settings.language;
  let report: Report | null = null;
  let review: Review | null = null;
  let tab: TabId = 'gaps';
  let query = '';
  const current: Record<Kind, string | null> = { gaps: null, findings: null };
  const lastIndex: Record<Kind, number> = { gaps: 0, findings: 0 };
  const commented = new Set<string>();
  const briefState = { open: false };
  let coverageOpen = false;
  // Counts messages so a slow selection that finishes after a newer message (a dismissal, an insert) does not replace it.
  let said = 0;
  const say = (text: string, error = false) => { said++; status.textContent = text; status.classList.toggle('wps-error', error); };
  /** Says what a Word selection came to, unless something newer was said while it ran. */
  const sayIfCurrent = (since: number, text: string, error = false) => { if (said === since) say(text, error); };
  const tr = (key: StringKey, vars?: Record<string, string | number>) => t(ui, key, vars);
  /** A counted text ("1 comment added", "3 comments added"; French singular for 0 and 1). */
  const trn = (key: StringKey, n: number, vars?: Record<string, string | number>) => tn(ui, key, n, vars);

  // Rule packs and the organisation's policy (common/packs.ts): checked once per change, then re-render.
  const rules = new PaneRules(deps.app, deps.policy);
  rules.setLanguage(ui);
  rules.onChange(() => { profileChoice = rules.lockedProfile ?? profileChoice; renderSettings(); reanalyse(); });

  // Elements that live as long as the pane: the status line, the scan controls, the panels' frames and the
  // Changes panel, which another view (changes-view.ts) fills and which must survive every re-render.
  const status = h('p', { class: 'wps-status', id: 'wps-status', role: 'status', 'aria-live': 'polite' });
  const scope = h('select', { id: 'wps-scope' });
  const scanButton = h('button', { class: 'wps-button primary', id: 'wps-scan', type: 'button', onclick: () => void scan() });
  const header = h('header', { class: 'wps-top' });
  const intro = h('p', { class: 'wps-muted wps-intro' });
  const results = h('div', { id: 'wps-results', hidden: true });
  const summary = h('section', { id: 'wps-summary', 'aria-labelledby': 'wps-summary-h' });
  const panels: Record<Kind, HTMLElement> = { gaps: h('section', { id: 'wps-gaps' }), findings: h('section', { id: 'wps-findings' }) };
  const changesPanel = h('div', { id: 'changes-panel' });
  const nav: Record<Kind, { prev: HTMLButtonElement; next: HTMLButtonElement; pos: HTMLElement; card: HTMLElement }> = {
    gaps: navParts('gaps'), findings: navParts('findings'),
  };
  const search = h('input', { type: 'search', id: 'wps-search', class: 'wps-input', autocomplete: 'off', oninput: () => { query = search.value; renderCard('findings'); updateTabLabels(); } });
  const searchLabel = h('label', { for: 'wps-search', class: 'wps-label' });
  const lower = h('div', { id: 'wps-more' });
  const settingsBox = h('details', { class: 'wps-settings' });
  let tabs = tabList('', [], 'gaps', () => {});
  let changesView: ChangesView | null = null;

  function navParts(kind: Kind) {
    const prev = h('button', { class: 'wps-button', type: 'button', id: `wps-${kind}-prev`, onclick: () => move(kind, -1) });
    const nxt = h('button', { class: 'wps-button', type: 'button', id: `wps-${kind}-next`, onclick: () => move(kind, 1) });
    return { prev, next: nxt, pos: h('span', { class: 'wps-pos', id: `wps-${kind}-pos` }), card: h('div', { class: 'wps-card-slot', id: `wps-${kind}-slot` }) };
  }

  setChildren(root, header, intro, results, settingsBox);
  layout();

  // n / p anywhere in the pane but in a field or an open menu: the next or previous item of the open tab.
  doc.addEventListener('keydown', (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !review || tab === 'changes' || menuOpen()) return;
    const el = e.target as HTMLElement | null;
    if (el && (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || el.isContentEditable)) return;
    if (e.key === 'n' || e.key === 'p') { e.preventDefault(); move(tab, e.key === 'n' ? 1 : -1); }
  });

  /** The chrome in the interface language; the report's parts are drawn by renderReport. */
  function layout(): void {
    doc.documentElement.lang = ui;
    setChildren(scope, h('option', { value: 'document' }, tr('scopeDocument')), h('option', { value: 'selection' }, tr('scopeSelection')));
    scope.setAttribute('aria-label', tr('scopeLabel'));
    scanButton.textContent = tr('scan');
    setChildren(header, h('h1', {}, 'WPS Lens'), h('div', { class: 'wps-row wps-scan-row' }, scope, scanButton), status);
    intro.textContent = tr('intro');
    for (const kind of ['gaps', 'findings'] as const) {
      const n = nav[kind];
      n.prev.textContent = tr('previous');
      n.next.textContent = tr('next');
      setChildren(panels[kind],
        kind === 'findings' ? h('div', { class: 'wps-search' }, searchLabel, search) : null,
        h('div', { class: 'wps-nav', role: 'group', 'aria-label': tr(kind === 'gaps' ? 'tabGaps' : 'tabFindings', { n: '' }).replace(/\s*\(\)$/, '') }, n.prev, n.pos, n.next),
        n.card);
    }
    searchLabel.textContent = tr('search');
    tabs = tabList(tr('review'), [
      { id: TAB_IDS.gaps, label: tr('tabGaps', { n: 0 }), panel: panels.gaps },
      { id: TAB_IDS.findings, label: tr('tabFindings', { n: 0 }), panel: panels.findings },
      { id: TAB_IDS.changes, label: tr('tabChanges'), panel: changesPanel },
    ], TAB_IDS[tab], (id) => {
      tab = (Object.keys(TAB_IDS) as TabId[]).find((k) => TAB_IDS[k] === id)!;
      // The Changes view (changes-view.ts) is mounted the first time its tab opens, then kept.
      if (tab === 'changes' && !changesView) changesView = mountChanges(changesPanel, { run: deps.run, supports: deps.supports, lexicon: currentLexicon, profile: () => profileChoice, language: () => languageChoice, dismissals: () => [...settings.dismissals, ...docDismissals], ui: () => ui });
    });
    changesView?.redraw();
    setChildren(results, summary, tabs.element, panels.gaps, panels.findings, changesPanel,
      h('p', { class: 'wps-muted wps-keys' }, tr('keysHint')), lower);
    renderSettings();
    if (report) renderReport(report);
  }

  let running = false;
  async function busy<T>(label: string, job: () => Promise<T>): Promise<T | undefined> {
    if (running) return undefined; // one Word batch at a time: a double click must not interleave two
    running = true;
    say(label);
    results.setAttribute('aria-busy', 'true');
    try {
      return await job();
    } catch (err) {
      say(tr('failed', { action: label.replace(/…$/, ''), error: err instanceof Error ? err.message : String(err) }), true);
      return undefined;
    } finally {
      running = false;
      results.removeAttribute('aria-busy');
    }
  }

  async function scan(): Promise<void> {
    const read = await busy(tr('reading'), () => readDocument(deps.run, deps.supports, scope.value as ScanScope));
    if (!read) return;
    blocks = read.blocks;
    blockText = new Map(read.blocks.map((b) => [b.id, b.text]));
    prefixes = read.prefixes;
    scanNote = read.note;
    current.gaps = current.findings = null;
    reanalyse();
  }

  function reanalyse(): void {
    if (!blocks) return;
    const { lexicon, problem } = rules.lexicon(settings.lexicons);
    if (problem) say(problem, true);
    report = analyzeParagraphs(blocks, { profile: lexicon.profiles.has(profileChoice) ? profileChoice : 'auto', language: languageChoice, lexicon, dismissals: [...settings.dismissals, ...docDismissals] });
    renderReport(report);
    // The review's counts (procedural and reference mentions left out), so the status agrees with the tabs.
    if (!problem) say(`${scanNote ? tr(scanNote) + ' ' : ''}${tr(blocks.length === 1 ? 'scannedOne' : 'scanned', { n: blocks.length, findings: review!.counts.findings, gaps: review!.counts.gaps.total })}`);
  }

  function currentLexicon(): Lexicon {
    return rules.lexicon(settings.lexicons).lexicon;
  }

  // ------------------------------------------------------------ the review

  function filterFor(kind: Kind): ReviewFilter {
    return kind === 'gaps' ? { types: ['gap'] } : { types: ['finding'], families: settings.pillars, query };
  }

  function listFor(kind: Kind): ReviewItem[] {
    return review ? filterItems(review, filterFor(kind)) : [];
  }

  function renderReport(r: Report): void {
    review = buildReview({ report: r, blocks: blocks ?? [] }, { language: ui, lexicon: currentLexicon() });
    intro.hidden = true;
    results.hidden = false;
    renderSummary(review);
    updateTabLabels();
    renderCard('gaps');
    renderCard('findings');
    renderLower(r);
  }

  /** The summary in the interface language, whatever the document's: score line, counts, type · language. */
  function renderSummary(rv: Review): void {
    const sp = scoreParts(report!, ui);
    const split = genderSplitLine(rv);
    const lang = languageLabel(report!, ui);
    setChildren(summary,
      h('h2', { id: 'wps-summary-h', class: 'wps-visually-hidden' }, tr('summary')),
      h('p', { class: `wps-headline${rv.headline?.severe ? '' : ' ok'}`, id: 'wps-headline' }, rv.headline?.text ?? tr('noGaps')),
      h('p', { id: 'wps-score', class: 'wps-score' },
        sp.value === null ? sp.basis : [h('strong', {}, `${sp.label} ${sp.value}`), sp.basis ? ` — ${sp.basis}` : '']),
      h('p', { id: 'wps-counts', class: 'wps-muted' }, `${countsLine(rv)}.`),
      split ? h('p', { id: 'wps-split', class: 'wps-muted' }, split) : null,
      h('p', { id: 'wps-type-line', class: 'wps-muted' }, `${rv.profile.label} · ${lang}`));
  }

  function updateTabLabels(): void {
    if (!review) return;
    tabs.setLabel(TAB_IDS.gaps, tr('tabGaps', { n: review.counts.gaps.total }));
    const shown = listFor('findings').reduce((n, it) => n + (it.type === 'finding' ? it.findings.filter((f) => !f.procedural && !f.reference).length : 0), 0);
    tabs.setLabel(TAB_IDS.findings, tr('tabFindings', { n: shown }));
  }

  /** Draws the open item of a tab (the first when none is open yet), its position and the Next/Previous state. */
  function renderCard(kind: Kind): void {
    const list = listFor(kind);
    current[kind] = keepPlace(list, current[kind], lastIndex[kind]);
    const pos = positionOf(list, current[kind]);
    lastIndex[kind] = Math.max(0, pos - 1);
    const n = nav[kind];
    n.pos.textContent = list.length ? tr(kind === 'gaps' ? 'gapPosition' : 'findingPosition', { n: pos, total: list.length }) : tr('nonePosition');
    n.prev.setAttribute('aria-disabled', String(pos <= 1));
    n.next.setAttribute('aria-disabled', String(pos === 0 || pos >= list.length));
    const item = list[pos - 1];
    if (!item || !review || !report) {
      setChildren(n.card, h('p', { class: 'wps-card wps-empty', id: `wps-${kind}-empty` },
        kind === 'findings' ? tr('noFindings') : report?.coverage.score === null && !report.gaps.length ? tr('noExpectations') : tr('noGaps')));
      return;
    }
    const ctx: CardContext = { ui, review, report, blockText: (id) => (id === undefined ? undefined : blockText.get(id)) };
    if (item.type === 'gap') {
      setChildren(n.card, gapCard(ctx, item, {
        insert: (g, place) => void insert(g, place),
        comment: (g) => void commentGaps([g]),
        commented: (g) => commented.has(gapKey(g.gap)),
        goToBlock: (block) => void goTo(block),
        goToItem: (id) => { tabs.select(TAB_IDS.findings, true); current.findings = id; renderCard('findings'); const it = listFor('findings').find((x) => x.id === id); if (it) void follow(it); },
      }));
    } else {
      const group = review.groups.find((g) => g.id === item.group)?.label ?? '';
      setChildren(n.card, findingCard(ctx, item, group, { select: (it) => void follow(it), dismiss: (ds, where) => void dismiss(ds, where) }));
    }
  }

  function move(kind: Kind, dir: 1 | -1): void {
    if (!review) return;
    const it = (dir === 1 ? next : previous)(review, current[kind], filterFor(kind));
    if (!it) return; // at the end: the button says so (aria-disabled)
    current[kind] = it.id;
    renderCard(kind);
    void follow(it);
  }

  // Word's selection follows the open item. Selections run one after the other and only the latest
  // pending one is kept, so holding "n" does not queue a selection per card.
  let following = false;
  let pending: ReviewItem | null = null;
  async function follow(it: ReviewItem): Promise<void> {
    pending = it;
    if (following) return;
    following = true;
    try {
      while (pending) {
        const x = pending;
        pending = null;
        await selectItem(x);
      }
    } finally {
      following = false;
    }
  }

  async function selectItem(it: ReviewItem): Promise<void> {
    try {
      if (it.type === 'finding') await selectWords(it);
      else await selectGapPlace(it);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), true);
    }
  }

  async function selectWords(it: FindingItem): Promise<void> {
    const target = it.findings.map((f) => targetOf(f, prefixes)).find((x) => x !== null);
    if (!target) return;
    const since = said;
    const res = await selectFinding(deps.run, target);
    if (res === 'selected') sayIfCurrent(since, tr('selected', { text: target.text }));
    else sayIfCurrent(since, res === 'changed' || res === 'gone' ? tr('changed') : tr('notFound', { text: target.text }), true);
  }

  async function selectGapPlace(it: GapItem): Promise<void> {
    const place = gapPlace(report!, it.gap);
    if (!place.insertAfter || !place.comment) return; // a whole-document gap has no place to show
    const since = said;
    const ok = await selectBlock(deps.run, place.comment);
    sayIfCurrent(since, ok ? tr('paragraphSelected') : tr('gone'), !ok);
  }

  // ------------------------------------------------------------ below the review

  function renderLower(r: Report): void {
    const profiles: { id: string; label?: string }[] = [...currentLexicon().profiles.values()];
    const found = profiles.find((p) => p.id === r.profile.id);
    // Type names in the interface language: the lexicon's English labels, the core's French names (a pack's type keeps its own).
    const detectedLabel = profileName(r.profile.id, ui, found?.label);
    const typeSelect = h('select', { id: 'wps-profile', 'aria-describedby': 'wps-profile-note', onchange: (e: Event) => { profileChoice = (e.target as HTMLSelectElement).value; reanalyse(); } },
      h('option', { value: 'auto', selected: profileChoice === 'auto' }, r.profile.detected ? tr('detectAutoWith', { label: detectedLabel }) : tr('detectAuto')),
      profiles.map((p) => h('option', { value: p.id, selected: profileChoice === p.id }, profileName(p.id, ui, p.label))));
    const note = r.profile.detected
      ? tr('typeDetected', { label: detectedLabel, pct: Math.round(r.profile.confidence * 100) })
      : tr('typeChecked', { label: detectedLabel });
    const detected = languageLabel(r, ui);
    const langSelect = h('select', { id: 'wps-language', 'aria-describedby': 'wps-language-note', onchange: (e: Event) => { languageChoice = (e.target as HTMLSelectElement).value as LanguageChoice; reanalyse(); } },
      LANGUAGE_CHOICES.map((c) => h('option', { value: c, selected: languageChoice === c }, c === 'auto' ? tr('detectAutoWith', { label: detected }) : choiceLabel(c, ui))));
    const langNote = languageChoice === 'auto' ? tr('languageDetected', { label: detected }) : tr('languageChecked', { label: choiceLabel(languageChoice, ui) });
    const coverage = h('details', { id: 'wps-coverage-box', class: 'wps-box', open: coverageOpen, ontoggle: () => { coverageOpen = coverage.open; } },
      h('summary', {}, tr('coverage')), renderCoverage());
    setChildren(lower,
      h('div', { class: 'wps-row', role: 'group', 'aria-label': tr('mark') },
        h('button', { class: 'wps-button', id: 'wps-highlight', type: 'button', onclick: () => void doHighlight() }, tr('highlightAll')),
        h('button', { class: 'wps-button', id: 'wps-clear', type: 'button', onclick: () => void doClear() }, tr('clearHighlights')),
        h('button', { class: 'wps-button', id: 'wps-comment-all', type: 'button', disabled: r.gaps.length === 0, onclick: () => void commentGaps(review?.gaps ?? []) }, tr('commentAll'))),
      h('section', { 'aria-labelledby': 'wps-type-h', class: 'wps-box' },
        h('h2', { id: 'wps-type-h' }, tr('docHeading')),
        h('label', { for: 'wps-profile', class: 'wps-label' }, tr('typeLabel')), typeSelect,
        h('p', { id: 'wps-profile-note', class: 'wps-muted' }, note),
        h('label', { for: 'wps-language', class: 'wps-label' }, tr('languageLabel')), langSelect,
        h('p', { id: 'wps-language-note', class: 'wps-muted' }, langNote)),
      coverage,
      blocks ? renderBrief(r, blocks, briefState, ui) : null);
  }

  function renderCoverage(): HTMLElement {
    const families = WPS_PILLARS.filter((f) => settings.pillars.includes(f));
    const totals = review!.counts.byFamily;
    const max = Math.max(1, ...families.map((f) => totals[f].findings));
    return h('table', { class: 'wps-table', id: 'wps-coverage' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('pillar')), h('th', { scope: 'col' }, tr('findings')), h('th', { scope: 'col' }, tr('concepts')), h('th', { scope: 'col' }, h('span', { class: 'wps-visually-hidden' }, tr('bar'))))),
      h('tbody', {}, families.map((fam) => {
        const c = totals[fam];
        const bar = h('span', { style: `width:${Math.round((c.findings / max) * 100)}%;background:${pillarStyle(fam).line}` });
        return h('tr', {}, h('th', { scope: 'row' }, c.label), h('td', {}, String(c.findings)), h('td', {}, String(c.concepts)),
          h('td', { 'aria-hidden': 'true', style: 'width:35%' }, h('div', { class: 'wps-bar' }, bar)));
      })));
  }

  async function goTo(block: string): Promise<void> {
    const ok = await busy(tr('selecting'), () => selectBlock(deps.run, block));
    if (ok === false) say(tr('gone'), true); else if (ok) say(tr('paragraphSelected'));
  }

  async function doHighlight(): Promise<void> {
    if (!report) return;
    if (highlights.colours.length || highlights.annotations.length) await doClear(true);
    const shown = report.findings.filter((f) => !f.reference && settings.pillars.includes(pillarFamily(f.pillar)));
    const res = await busy(tr('highlighting'), () => highlightAll(deps.run, deps.supports, shown, prefixes));
    if (!res) return;
    highlights = res.state;
    await deps.doc.set(DOC_HIGHLIGHTS, highlights);
    const annotations = res.method === 'annotations';
    const marked = trn(annotations ? 'markedAnnotations' : 'markedColours', res.marked);
    say(`${marked}${res.skipped ? tr('sep') + trn(annotations ? 'skippedAnnotations' : 'skippedColours', res.skipped) : ''}.`);
  }

  async function doClear(quiet = false): Promise<void> {
    if (!highlights.colours.length && !highlights.annotations.length) { if (!quiet) say(tr('nothingToClear')); return; }
    const res = await busy(tr('clearing'), () => clearHighlights(deps.run, highlights));
    if (!res) return;
    highlights = EMPTY_HIGHLIGHTS;
    await deps.doc.set(DOC_HIGHLIGHTS, highlights);
    if (!quiet) say(`${trn('cleared', res.restored + res.removedAnnotations)}${res.keptAuthorChanges ? `, ${trn('clearedKept', res.keptAuthorChanges)}` : ''}.`);
  }

  async function commentGaps(gaps: readonly GapItem[]): Promise<void> {
    if (!report) return;
    if (!deps.supports('WordApi', '1.4')) { say(tr('noCommentApi'), true); return; }
    const items = gaps.map((g) => g.gap).filter((g) => !commented.has(gapKey(g))).map((g) => ({ gap: g, block: gapPlace(report!, g).comment, text: commentText(g), marker: commentMarker(g) }))
      .filter((x): x is { gap: GapItem['gap']; block: string; text: string; marker: string } => x.block !== undefined);
    if (!items.length) { say(tr('alreadyCommented')); return; }
    const res = await busy(tr('addingComments'), () => addComments(deps.run, items));
    if (!res) return;
    for (const x of items) commented.add(gapKey(x.gap));
    const parts = [trn('commentsAdded', res.added)];
    if (res.existing) parts.push(trn('commentsExisting', res.existing));
    if (res.missing) parts.push(trn('commentsMissing', res.missing));
    say(`${parts.join(tr('sep'))}.`);
    renderCard('gaps');
  }

  async function insert(item: GapItem, place: { after: string } | 'cursor'): Promise<void> {
    // The document's own language: the wording is for the text, not for the reader (that is suggestionTranslation).
    const res = await busy(tr('inserting'), () => insertSuggestion(deps.run, deps.supports, item.suggestion, place));
    if (!res) return;
    if (!res.inserted) { say(tr('gone'), true); return; }
    say(res.tracked === true ? tr('insertedTracked') : res.tracked === false ? tr('insertedUntracked') : tr('inserted'));
  }

  async function dismiss(ds: Dismissal[], where: 'document' | 'everywhere'): Promise<void> {
    if (where === 'document') {
      docDismissals = [...docDismissals, ...ds];
      await deps.doc.set(DOC_DISMISSALS, docDismissals);
    } else {
      settings = { ...settings, dismissals: [...settings.dismissals, ...ds] };
      await writeSettings(deps.app, settings);
      renderSettings();
    }
    reanalyse();
    say(where === 'document' ? tr('dismissedHere') : tr('dismissedEverywhere'));
    nav.findings.card.querySelector<HTMLElement>('.wps-menu-button')?.focus();
  }

  // ------------------------------------------------------------ settings

  function renderSettings(): void {
    const lexicon = currentLexicon();
    const orgProfile = rules.lockedProfile;
    const uiSelect = uiLanguageSelect('wps-ui-language', ui, settings.interfaceLanguage, (c) => void setUi(c));
    const profileSelect = h('select', { id: 'wps-default-profile', disabled: orgProfile !== undefined, onchange: (e: Event) => void save({ profile: (e.target as HTMLSelectElement).value as AppSettings['profile'] }) },
      h('option', { value: 'auto', selected: (orgProfile ?? settings.profile) === 'auto' }, tr('detectAuto')),
      [...lexicon.profiles.values()].map((p: { id: string; label?: string }) => h('option', { value: p.id, selected: (orgProfile ?? settings.profile) === p.id }, profileName(p.id, ui, p.label))));
    const languageSelect = h('select', { id: 'wps-default-language', onchange: (e: Event) => void save({ language: (e.target as HTMLSelectElement).value as LanguageChoice }) },
      LANGUAGE_CHOICES.map((c) => h('option', { value: c, selected: settings.language === c }, choiceLabel(c, ui))));
    const fileInput = h('input', { type: 'file', id: 'wps-lexicon-file', disabled: !rules.allowUserFiles, accept: '.json,application/json', onchange: (e: Event) => void addLexicon((e.target as HTMLInputElement).files?.[0]) });
    setChildren(settingsBox,
      h('summary', {}, tr('settings')),
      h('p', {}, h('label', { for: 'wps-ui-language' }, tr('uiLanguage')), h('br'), uiSelect),
      h('p', {}, h('label', { for: 'wps-default-profile' }, tr('typeLabel')), orgProfile ? h('span', { class: 'wps-org' }, ` · ${tc(ui, 'setByOrg')}`) : null, h('br'), profileSelect),
      h('p', {}, h('label', { for: 'wps-default-language' }, tr('defaultLanguage')), h('br'), languageSelect),
      h('fieldset', {}, h('legend', {}, tr('pillarsShown')), WPS_PILLARS.map((fam) => h('label', { class: 'wps-check' },
        h('input', { type: 'checkbox', checked: settings.pillars.includes(fam), onchange: (e: Event) => void save({ pillars: (e.target as HTMLInputElement).checked ? [...settings.pillars, fam] : settings.pillars.filter((p) => p !== fam) }) }),
        ' ', familyName(fam, ui)))),
      h('p', {}, h('label', { for: 'wps-lexicon-file' }, tr('customLexicon')), h('br'), fileInput),
      settings.lexicons.length ? h('ul', { class: 'wps-list' }, settings.lexicons.map((l) => h('li', { class: 'wps-row' }, l.name,
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': tc(ui, 'removeLexicon', { name: l.name }), onclick: () => void save({ lexicons: settings.lexicons.filter((x) => x !== l) }) }, tc(ui, 'remove'))))) : null,
      rules.section(),
      h('p', {}, tr('dismissedCounts', { everywhere: settings.dismissals.length, here: docDismissals.length })),
      settings.dismissals.length ? h('ul', { class: 'wps-list', id: 'wps-dismissed' }, settings.dismissals.map((d) => {
        const label = dismissalLabel(d, lexicon);
        return h('li', { class: 'wps-row' }, label,
          h('button', { class: 'wps-button small', type: 'button', 'aria-label': tr('restoreLabel', { label }), onclick: () => void save({ dismissals: settings.dismissals.filter((x) => x !== d) }) }, tr('restore')));
      })) : null,
      h('div', { class: 'wps-row' },
        h('button', { class: 'wps-button small', type: 'button', disabled: settings.dismissals.length === 0, onclick: () => void save({ dismissals: [] }) }, tr('restoreEverywhere')),
        h('button', { class: 'wps-button small', type: 'button', disabled: docDismissals.length === 0, onclick: () => void restoreDoc() }, tr('restoreHere'))));
  }

  /** A new interface language (or "auto": Office's display language): stored, then the whole pane redrawn in it. */
  async function setUi(choice: UiChoice): Promise<void> {
    ui = defaultUiLanguage(choice === 'auto' ? undefined : choice, deps.displayLanguage);
    settings = { ...settings, interfaceLanguage: choice === 'auto' ? undefined : choice };
    await writeSettings(deps.app, settings);
    rules.setLanguage(ui);
    layout();
    // The status said before the switch was in the old language: say the change instead, in the new one.
    say(tr('uiSaved', { name: UI_LANGUAGE_NAMES[ui] }));
    doc.getElementById('wps-ui-language')?.focus();
  }

  function dismissalLabel(d: Dismissal, lexicon: Lexicon): string {
    if (d.scope === 'always' && d.by === 'phrase') return tr('dismissedPhrase', { phrase: d.phrase });
    const label = conceptLabel(d.concept, ui, lexicon.concepts.get(d.concept)?.label);
    return tr(d.scope === 'always' ? 'dismissedConcept' : 'dismissedOnce', { label });
  }

  async function restoreDoc(): Promise<void> {
    docDismissals = [];
    await deps.doc.set(DOC_DISMISSALS, docDismissals);
    renderSettings();
    reanalyse();
  }

  async function save(patch: Partial<AppSettings>): Promise<void> {
    settings = { ...settings, ...patch };
    if (patch.profile) profileChoice = patch.profile;
    if (patch.language) languageChoice = patch.language;
    await writeSettings(deps.app, settings);
    renderSettings();
    reanalyse();
  }

  async function addLexicon(file: File | undefined): Promise<void> {
    if (!file) return;
    const res = importLexicon(settings.lexicons, file.name, await file.text(), ui);
    if (!res.ok) { say(res.message, true); return; }
    await save({ lexicons: res.lexicons });
    say(tr('lexiconAdded', { name: file.name }));
  }
}
