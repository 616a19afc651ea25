/// <reference types="office-js" />
// The Word task pane: scan, detected type, coverage per pillar, gaps per order paragraph, findings;
// select, highlight/clear, comment, insert, dismiss; settings. All analysis comes from core/; all
// Word access goes through actions.ts and read.ts in fixed batches. Text is rendered as text (dom.ts).
import {
  buildReview, dismissOnce, describeFinding, familyCoverage, familyLabel, genderSplitLine, pillarFamily, pillarStyle, scoreLine, WPS_PILLARS,
  type Dismissal, type Finding, type Gap, type Lexicon, type Report, type TextBlock,
} from '../../../core/index.ts';
import { z } from 'zod';
import { Dismissal as DismissalSchema } from '../../../core/index.ts';
import { h, setChildren } from '../common/dom.ts';
import { choiceLabel, LANGUAGE_CHOICES, languageLabel, type LanguageChoice } from '../common/language.ts';
import { importLexicon } from '../common/lexicon.ts';
import { PaneRules, type PolicyLoader } from '../common/packs.ts';
import { documentStore, localStore, readSettings, readValue, writeSettings, type AppSettings, type Store } from '../common/settings.ts';
import {
  addComments, clearHighlights, EMPTY_HIGHLIGHTS, highlightAll, insertSuggestion, selectBlock, selectFinding, targetOf,
  type HighlightState,
} from './actions.ts';
import type { Supports, WordRun } from './blocks.ts';
import { analyzeParagraphs } from './analysis.ts';
import { readDocument, type ScanScope } from './read.ts';
import { commentMarker, commentText, findingWhere, gapKey, gapPlace, gapsByParagraph, headline } from './view-model.ts';
import { renderBrief } from './brief-view.ts';
import { mountChanges } from './changes-view.ts';

export interface WordPaneDeps { run: WordRun; supports: Supports; app: Store; doc: Store; /** The organisation policy (default: org-policy.json beside the add-in). */ policy?: PolicyLoader }

const DOC_DISMISSALS = 'wps-lens.dismissals';
const DOC_HIGHLIGHTS = 'wps-lens.highlights';
const HighlightStateSchema: z.ZodType<HighlightState> = z.object({
  annotations: z.array(z.object({ block: z.string(), ids: z.array(z.string()) })),
  colours: z.array(z.object({ block: z.string(), start: z.number(), end: z.number(), text: z.string(), previous: z.string().nullable(), painted: z.string() })),
});
const FINDINGS_PAGE = 300;

function defaultDeps(): WordPaneDeps {
  return {
    run: (batch) => Word.run(batch),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
    app: localStore(),
    doc: documentStore(Office.context.document?.settings),
  };
}

export function mountWord(root: HTMLElement, deps: WordPaneDeps = defaultDeps()): void {
  let settings: AppSettings = readSettings(deps.app);
  let docDismissals: Dismissal[] = readValue(deps.doc, DOC_DISMISSALS, z.array(DismissalSchema), []);
  let highlights: HighlightState = readValue(deps.doc, DOC_HIGHLIGHTS, HighlightStateSchema, EMPTY_HIGHLIGHTS);
  let blocks: TextBlock[] | null = null;
  let blockText = new Map<string, string>();
  let prefixes: Record<string, number> = {};
  let scanNote: string | undefined;
  let profileChoice = settings.profile as string;
  let languageChoice: LanguageChoice = settings.language;
  let report: Report | null = null;
  let shown = FINDINGS_PAGE;
  const commented = new Set<string>();
  const briefState = { open: false };
  // Rule packs and the organisation's policy (common/packs.ts): checked once per change, then re-render.
  const rules = new PaneRules(deps.app, deps.policy);
  rules.onChange(() => { profileChoice = rules.lockedProfile ?? profileChoice; renderSettings(); reanalyse(); });

  const status = h('p', { class: 'wps-status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: 'wps-results' });
  const scope = h('select', { id: 'wps-scope', 'aria-label': 'What to scan' },
    h('option', { value: 'document' }, 'Whole document'), h('option', { value: 'selection' }, 'Selection only'));
  const scanButton = h('button', { class: 'wps-button primary', id: 'wps-scan', type: 'button', onclick: () => void scan() }, 'Scan document');
  const settingsBox = h('details', { class: 'wps-settings' });
  // The Changes view (changes-view.ts) behind a toggle until the pane has tabs; mounted on first open.
  const changesPanel = h('div', { id: 'changes-panel', hidden: true });
  const changesToggle = h('button', { class: 'wps-button', id: 'wps-changes-toggle', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'changes-panel', onclick: () => {
    if (!changesPanel.hasChildNodes()) mountChanges(changesPanel, { run: deps.run, supports: deps.supports, lexicon: currentLexicon, profile: () => profileChoice });
    changesPanel.hidden = !changesPanel.hidden;
    changesToggle.setAttribute('aria-expanded', String(!changesPanel.hidden));
  } }, 'Changes');

  setChildren(root,
    h('h1', {}, 'WPS Lens'),
    h('p', { class: 'wps-muted' }, 'Women, Peace and Security language and gaps in this document. The analysis runs inside the add-in; nothing leaves your machine.'),
    h('div', { class: 'wps-row' }, scope, scanButton, changesToggle),
    changesPanel,
    status,
    results,
    settingsBox,
  );
  renderSettings();

  function say(text: string, error = false): void {
    status.textContent = text;
    status.classList.toggle('wps-error', error);
  }

  let running = false;
  async function busy<T>(label: string, job: () => Promise<T>): Promise<T | undefined> {
    if (running) return undefined; // one Word batch at a time: a double click must not interleave two
    running = true;
    say(label);
    root.setAttribute('aria-busy', 'true');
    try {
      return await job();
    } catch (err) {
      say(`${label.replace(/…$/, '')} failed: ${err instanceof Error ? err.message : String(err)}`, true);
      return undefined;
    } finally {
      running = false;
      root.removeAttribute('aria-busy');
    }
  }

  async function scan(): Promise<void> {
    const read = await busy('Reading the document…', () => readDocument(deps.run, deps.supports, scope.value as ScanScope));
    if (!read) return;
    blocks = read.blocks;
    blockText = new Map(read.blocks.map((b) => [b.id, b.text]));
    prefixes = read.prefixes;
    scanNote = read.note;
    shown = FINDINGS_PAGE;
    reanalyse();
  }

  function reanalyse(): void {
    if (!blocks) return;
    const { lexicon, problem } = rules.lexicon(settings.lexicons);
    if (problem) say(problem, true);
    report = analyzeParagraphs(blocks, { profile: lexicon.profiles.has(profileChoice) ? profileChoice : 'auto', language: languageChoice, lexicon, dismissals: [...settings.dismissals, ...docDismissals] });
    renderReport(report);
    if (!problem) say(`${scanNote ? scanNote + ' ' : ''}Scanned ${blocks.length} paragraph${blocks.length === 1 ? '' : 's'}: ${report.findings.length} findings, ${report.gaps.length} gaps.`);
  }

  function currentLexicon(): Lexicon {
    return rules.lexicon(settings.lexicons).lexicon;
  }

  function visible(f: Finding): boolean {
    // Contents, notes and references are left out, as from coverage and gaps.
    return !f.reference && settings.pillars.includes(pillarFamily(f.pillar));
  }

  function renderReport(r: Report): void {
    const profiles: { id: string; label?: string }[] = [...currentLexicon().profiles.values()];
    const detectedLabel = profiles.find((p) => p.id === r.profile.id)?.label ?? r.profile.id;
    const typeSelect = h('select', { id: 'wps-profile', 'aria-describedby': 'wps-profile-note', onchange: (e: Event) => { profileChoice = (e.target as HTMLSelectElement).value; reanalyse(); } },
      h('option', { value: 'auto', selected: profileChoice === 'auto' }, r.profile.detected ? `Detect automatically (${detectedLabel})` : 'Detect automatically'),
      profiles.map((p) => h('option', { value: p.id, selected: profileChoice === p.id }, p.label ?? p.id)));
    const note = r.profile.detected
      ? `Detected: ${detectedLabel}, confidence ${Math.round(r.profile.confidence * 100)} %. Change it if it is wrong.`
      : `Checked as: ${detectedLabel}.`;

    // Language beside the type: detected per paragraph, or chosen (re-analyses the text already read).
    const detected = languageLabel(r);
    const langSelect = h('select', { id: 'wps-language', 'aria-describedby': 'wps-language-note', onchange: (e: Event) => { languageChoice = (e.target as HTMLSelectElement).value as LanguageChoice; reanalyse(); } },
      LANGUAGE_CHOICES.map((c) => h('option', { value: c, selected: languageChoice === c }, c === 'auto' ? `Detect automatically (${detected})` : choiceLabel(c))));
    const langNote = languageChoice === 'auto' ? `Detected: ${detected}. Change it if it is wrong.` : `Checked as: ${choiceLabel(languageChoice)}.`;

    const head = headline(r);
    setChildren(results,
      h('section', { 'aria-labelledby': 'wps-type-h' },
        h('h2', { id: 'wps-type-h' }, 'Document type and language'),
        h('label', { for: 'wps-profile', class: 'wps-visually-hidden' }, 'Document type'), typeSelect,
        h('p', { id: 'wps-profile-note', class: 'wps-muted' }, note),
        h('label', { for: 'wps-language', class: 'wps-visually-hidden' }, 'Language'), langSelect,
        h('p', { id: 'wps-language-note', class: 'wps-muted' }, langNote)),
      head ? h('p', { class: `wps-headline${head.severe ? '' : ' ok'}`, id: 'wps-headline' }, head.text)
        : h('p', { class: 'wps-headline ok', id: 'wps-headline' }, 'No gaps for this document type.'),
      splitLine(r),
      renderCoverage(r),
      h('div', { class: 'wps-row', role: 'group', 'aria-label': 'Mark the document' },
        h('button', { class: 'wps-button', id: 'wps-highlight', type: 'button', onclick: () => void doHighlight() }, 'Highlight all'),
        h('button', { class: 'wps-button', id: 'wps-clear', type: 'button', onclick: () => void doClear() }, 'Clear highlights'),
        h('button', { class: 'wps-button', id: 'wps-comment-all', type: 'button', disabled: r.gaps.length === 0, onclick: () => void commentGaps(r.gaps) }, 'Comment on gaps')),
      renderGaps(r),
      blocks ? renderBrief(r, blocks, briefState) : null,
      renderFindings(r),
    );
  }

  function splitLine(r: Report): HTMLElement | null {
    // The core's line names the few main-body concepts, so it never reads as contradicting the headline.
    const line = genderSplitLine(buildReview(r, { lexicon: currentLexicon() }));
    return line ? h('p', { id: 'wps-split' }, line) : null;
  }

  function renderCoverage(r: Report): HTMLElement {
    const families = WPS_PILLARS.filter((f) => settings.pillars.includes(f));
    const totals = familyCoverage(r);
    const max = Math.max(1, ...families.map((f) => totals[f].findings));
    return h('section', { 'aria-labelledby': 'wps-cov-h' },
      h('h2', { id: 'wps-cov-h' }, 'Coverage'),
      h('p', { id: 'wps-score' }, scoreLine(r)),
      h('table', { class: 'wps-table', id: 'wps-coverage' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Pillar'), h('th', { scope: 'col' }, 'Findings'), h('th', { scope: 'col' }, 'Concepts'), h('th', { scope: 'col' }, h('span', { class: 'wps-visually-hidden' }, 'Bar')))),
        h('tbody', {}, families.map((fam) => {
          const c = totals[fam];
          const style = pillarStyle(fam);
          const bar = h('span', { style: `width:${Math.round((c.findings / max) * 100)}%;background:${style.line}` });
          return h('tr', {}, h('th', { scope: 'row' }, familyLabel(fam)), h('td', {}, String(c.findings)), h('td', {}, String(c.concepts.length)),
            h('td', { 'aria-hidden': 'true', style: 'width:35%' }, h('div', { class: 'wps-bar' }, bar)));
        }))));
  }

  function renderGaps(r: Report): HTMLElement {
    const groups = gapsByParagraph(r);
    return h('section', { 'aria-labelledby': 'wps-gaps-h', id: 'wps-gaps' },
      h('h2', { id: 'wps-gaps-h' }, `Gaps by paragraph (${r.gaps.length})`),
      groups.length === 0 ? h('p', { class: 'wps-muted' }, 'This document type sets no expectations; see the findings.') : null,
      h('ul', { class: 'wps-list' }, groups.map((g) => h('li', { class: 'wps-card' },
        h('h3', {}, g.label, ' — ', g.gaps.length ? `${g.gaps.length} gap${g.gaps.length > 1 ? 's' : ''}` : 'nothing missing'),
        g.gaps.length ? h('ul', { class: 'wps-list' }, g.gaps.map((gap) => renderGap(r, gap))) : null))));
  }

  function renderGap(r: Report, gap: Gap): HTMLElement {
    const place = gapPlace(r, gap);
    const key = gapKey(gap);
    return h('li', { class: 'wps-gap' },
      h('p', {}, h('span', { class: `wps-sev-${gap.severity}` }, `${gap.severity.toUpperCase()}${gap.level ? ` · ${gap.level}` : ''}`), ' ', gap.reason),
      h('details', {}, h('summary', {}, 'Suggested wording and basis'),
        h('p', { class: 'wps-quote' }, gap.suggestion), h('p', { class: 'wps-muted' }, `Basis: ${gap.basis}`)),
      h('div', { class: 'wps-row' },
        place.comment ? h('button', { class: 'wps-button small', type: 'button', onclick: () => void goTo(place.comment!) }, `Go to ${place.label}`) : null,
        place.comment ? h('button', { class: 'wps-button small', type: 'button', disabled: commented.has(key), onclick: () => void commentGaps([gap]) }, 'Add comment') : null,
        h('button', { class: 'wps-button small', type: 'button', onclick: () => void insert(gap, place.insertAfter ? { after: place.insertAfter } : 'cursor') },
          place.insertAfter ? `Insert at end of ${place.label}` : 'Insert at cursor')));
  }

  function renderFindings(r: Report): HTMLElement {
    const list = r.findings.filter(visible);
    const items = list.slice(0, shown).map((f) => renderFinding(r, f));
    return h('section', { 'aria-labelledby': 'wps-find-h', id: 'wps-findings' },
      h('h2', { id: 'wps-find-h' }, `Findings (${list.length})`),
      h('ul', { class: 'wps-list' }, items),
      list.length > shown ? h('button', { class: 'wps-button', type: 'button', onclick: () => { shown += FINDINGS_PAGE; if (report) renderReport(report); } }, `Show ${Math.min(FINDINGS_PAGE, list.length - shown)} more`) : null);
  }

  function renderFinding(r: Report, f: Finding): HTMLElement {
    const d = describeFinding(f);
    const style = pillarStyle(f.pillar);
    const target = targetOf(f, prefixes);
    const where = findingWhere(r, f);
    const sentence = sentenceOf(f);
    return h('li', { class: 'wps-card wps-finding' },
      h('button', { class: 'wps-button small', type: 'button', style: 'text-align:left;display:block;width:100%;font-weight:600', 'aria-label': `Select in document: ${f.text}, ${d.title}, ${where}`, disabled: !target, onclick: () => target && void select(target) },
        h('span', { class: 'wps-quote' }, `“${f.text}”`)),
      h('p', {}, h('span', { class: 'wps-chip', style: `background:${style.fill};color:${style.text};border-color:${style.line}` }, d.pillar), ' ', d.title, ' · ', where),
      sentence ? h('p', { class: 'wps-sentence' }, sentence) : null,
      h('p', { class: 'wps-muted' }, d.how, d.notes.length ? ` ${d.notes.join(' ')}` : ''),
      h('div', { class: 'wps-row' },
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Dismiss this finding once: ${f.text}`, onclick: () => void dismiss(dismissOnce(f), 'document') }, 'Dismiss once'),
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Always dismiss the phrase “${f.text}” (any case), everywhere`, onclick: () => void dismiss({ scope: 'always', by: 'phrase', phrase: f.text }, 'everywhere') }, 'Always dismiss this phrase'),
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Always dismiss ${d.title}, everywhere`, onclick: () => void dismiss({ scope: 'always', by: 'concept', concept: f.concept }, 'everywhere') }, 'Always dismiss this concept')));
  }

  /** The finding's sentence, as text, shortened around the match when long. */
  function sentenceOf(f: Finding): string | null {
    const text = f.block !== undefined ? blockText.get(f.block) : undefined;
    if (!text) return null;
    let { start, end } = f.sentence;
    if (end - start > 240) { start = Math.max(start, f.start - 100); end = Math.min(end, f.end + 100); }
    const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
    return `${start > f.sentence.start ? '…' : ''}${s}${end < f.sentence.end ? '…' : ''}`;
  }

  async function select(target: NonNullable<ReturnType<typeof targetOf>>): Promise<void> {
    const res = await busy('Selecting…', () => selectFinding(deps.run, target));
    if (res === 'selected') say(`Selected “${target.text}” in the document.`);
    else if (res) say(res === 'changed' || res === 'gone' ? 'The document changed since the scan: scan again.' : `“${target.text}” was not found in its paragraph: scan again.`, true);
  }

  async function goTo(block: string): Promise<void> {
    const ok = await busy('Selecting…', () => selectBlock(deps.run, block));
    if (ok === false) say('That paragraph is gone: scan again.', true); else if (ok) say('Paragraph selected in the document.');
  }

  async function doHighlight(): Promise<void> {
    if (!report) return;
    if (highlights.colours.length || highlights.annotations.length) await doClear(true);
    const res = await busy('Highlighting…', () => highlightAll(deps.run, deps.supports, report!.findings.filter(visible), prefixes));
    if (!res) return;
    highlights = res.state;
    await deps.doc.set(DOC_HIGHLIGHTS, highlights);
    say(`${res.marked} finding${res.marked === 1 ? '' : 's'} marked ${res.method === 'annotations' ? 'with annotations (the text is not changed)' : 'with highlight colours by pillar'}${res.skipped ? `; ${res.skipped} not marked (${res.method === 'annotations' ? 'inside another marked finding, or changed since the scan' : 'changed since the scan, or with mixed highlighting that would be lost'})` : ''}.`);
  }

  async function doClear(quiet = false): Promise<void> {
    if (!highlights.colours.length && !highlights.annotations.length) { if (!quiet) say('Nothing to clear.'); return; }
    const res = await busy('Clearing highlights…', () => clearHighlights(deps.run, highlights));
    if (!res) return;
    highlights = EMPTY_HIGHLIGHTS;
    await deps.doc.set(DOC_HIGHLIGHTS, highlights);
    if (!quiet) say(`Highlights cleared: ${res.restored + res.removedAnnotations} restored${res.keptAuthorChanges ? `, ${res.keptAuthorChanges} recoloured or edited since and left as they are` : ''}.`);
  }

  async function commentGaps(gaps: readonly Gap[]): Promise<void> {
    if (!report) return;
    if (!deps.supports('WordApi', '1.4')) { say('This version of Word does not let add-ins add comments (WordApi 1.4 is needed).', true); return; }
    const items = gaps.filter((g) => !commented.has(gapKey(g))).map((g) => ({ gap: g, block: gapPlace(report!, g).comment, text: commentText(g), marker: commentMarker(g) }))
      .filter((x): x is { gap: Gap; block: string; text: string; marker: string } => x.block !== undefined);
    if (!items.length) { say('Those gaps already have comments.'); return; }
    const res = await busy('Adding comments…', () => addComments(deps.run, items));
    if (!res) return;
    for (const x of items) commented.add(gapKey(x.gap));
    const parts = [`${res.added} comment${res.added === 1 ? '' : 's'} added`];
    if (res.existing) parts.push(`${res.existing} gap${res.existing === 1 ? ' already has its' : 's already have their'} comment in the document`);
    if (res.missing) parts.push(`${res.missing} paragraph(s) gone, scan again`);
    say(`${parts.join('; ')}.`);
    renderReport(report);
  }

  async function insert(gap: Gap, place: { after: string } | 'cursor'): Promise<void> {
    const res = await busy('Inserting the suggestion…', () => insertSuggestion(deps.run, deps.supports, gap.suggestion, place));
    if (!res) return;
    if (!res.inserted) { say('That paragraph is gone: scan again.', true); return; }
    say(res.tracked === true ? 'Suggestion inserted as a tracked change.' : res.tracked === false ? 'Suggestion inserted (track changes is off).' : 'Suggestion inserted.');
  }

  async function dismiss(d: Dismissal, where: 'document' | 'everywhere'): Promise<void> {
    if (where === 'document') {
      docDismissals = [...docDismissals, d];
      await deps.doc.set(DOC_DISMISSALS, docDismissals);
    } else {
      settings = { ...settings, dismissals: [...settings.dismissals, d] };
      await writeSettings(deps.app, settings);
      renderSettings();
    }
    reanalyse();
    say(where === 'document' ? 'Dismissed in this document.' : 'Dismissed everywhere; undo in Settings.');
  }

  function renderSettings(): void {
    const lexicon = currentLexicon();
    const orgProfile = rules.lockedProfile;
    const profileSelect = h('select', { id: 'wps-default-profile', disabled: orgProfile !== undefined, onchange: (e: Event) => void save({ profile: (e.target as HTMLSelectElement).value as AppSettings['profile'] }) },
      h('option', { value: 'auto', selected: (orgProfile ?? settings.profile) === 'auto' }, 'Detect automatically'),
      [...lexicon.profiles.values()].map((p: { id: string; label?: string }) => h('option', { value: p.id, selected: (orgProfile ?? settings.profile) === p.id }, p.label ?? p.id)));
    const languageSelect = h('select', { id: 'wps-default-language', onchange: (e: Event) => void save({ language: (e.target as HTMLSelectElement).value as LanguageChoice }) },
      LANGUAGE_CHOICES.map((c) => h('option', { value: c, selected: settings.language === c }, choiceLabel(c))));
    const fileInput = h('input', { type: 'file', id: 'wps-lexicon-file', disabled: !rules.allowUserFiles, accept: '.json,application/json', onchange: (e: Event) => void addLexicon((e.target as HTMLInputElement).files?.[0]) });
    setChildren(settingsBox,
      h('summary', {}, 'Settings'),
      h('p', {}, h('label', { for: 'wps-default-profile' }, 'Document type'), orgProfile ? h('span', { class: 'wps-org' }, ' · Set by your organisation') : null, h('br'), profileSelect),
      h('p', {}, h('label', { for: 'wps-default-language' }, 'Language'), h('br'), languageSelect),
      h('fieldset', {}, h('legend', {}, 'Pillars shown'), WPS_PILLARS.map((fam) => h('label', { style: 'display:block;font-weight:400' },
        h('input', { type: 'checkbox', checked: settings.pillars.includes(fam), onchange: (e: Event) => void save({ pillars: (e.target as HTMLInputElement).checked ? [...settings.pillars, fam] : settings.pillars.filter((p) => p !== fam) }) }),
        ' ', familyLabel(fam)))),
      h('p', {}, h('label', { for: 'wps-lexicon-file' }, 'Custom lexicon (JSON, same format as the CLI)'), h('br'), fileInput),
      settings.lexicons.length ? h('ul', { class: 'wps-list' }, settings.lexicons.map((l) => h('li', { class: 'wps-row' }, l.name,
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Remove lexicon ${l.name}`, onclick: () => void save({ lexicons: settings.lexicons.filter((x) => x !== l) }) }, 'Remove')))) : null,
      rules.section(),
      h('p', {}, `Dismissed everywhere: ${settings.dismissals.length}. In this document: ${docDismissals.length}.`),
      settings.dismissals.length ? h('ul', { class: 'wps-list', id: 'wps-dismissed' }, settings.dismissals.map((d) => {
        const label = dismissalLabel(d, lexicon);
        return h('li', { class: 'wps-row' }, label,
          h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Restore: ${label}`, onclick: () => void save({ dismissals: settings.dismissals.filter((x) => x !== d) }) }, 'Restore'));
      })) : null,
      h('div', { class: 'wps-row' },
        h('button', { class: 'wps-button small', type: 'button', disabled: settings.dismissals.length === 0, onclick: () => void save({ dismissals: [] }) }, 'Restore dismissed everywhere'),
        h('button', { class: 'wps-button small', type: 'button', disabled: docDismissals.length === 0, onclick: () => void restoreDoc() }, 'Restore dismissed in this document')));
  }

  function dismissalLabel(d: Dismissal, lexicon: Lexicon): string {
    if (d.scope === 'always' && d.by === 'phrase') return `Phrase “${d.phrase}” (any case)`;
    const label = lexicon.concepts.get(d.concept)?.label ?? d.concept;
    return d.scope === 'always' ? `Concept: ${label}` : `Once: ${label}`;
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
    const res = importLexicon(settings.lexicons, file.name, await file.text());
    if (!res.ok) { say(res.message, true); return; }
    await save({ lexicons: res.lexicons });
    say(`Lexicon ${file.name} added.`);
  }
}
