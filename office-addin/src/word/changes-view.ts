// The "Changes" view of the Word pane: the document's tracked changes (original → current), or an
// earlier version chosen as a file (old) against the open document (new), compared by the core as the
// CLI compares them. Draws into any container (the pane's Changes tab); document text is text (dom.ts).
import {
  conceptLabel as conceptName, loadLexicon, pillarName as pillarNameIn, pillarStyle,
  type Change, type CompareChoice, type Comparison, type Dismissal, type LanguageChoice, type Lexicon, type PillarId, type TextBlock,
} from '../../../core/index.ts';
import { h, setChildren } from '../common/dom.ts';
import { browserReaders, fileText, FileTextError, type Readers } from '../excel/files.ts';
import type { Supports, WordRun } from './blocks.ts';
import {
  actOnPlace, changeComment, changeMarker, changesHeadline, compareTexts, listedChanges, openDocument, paragraphBlocks, placeOf,
  readCurrentText, readTrackedTexts, REVIEWED_TEXT_API, statusLabel, textBlocks, trackedSources, type PlaceResult,
} from './changes.ts';
import { t, tn, type StringKey, type UiLanguage } from './strings.ts';
import './changes.css';

export interface ChangesDeps {
  run: WordRun;
  supports: Supports;
  /** The pane's lexicon (packs and custom lexicons included); default: the built-in one. */
  lexicon?: () => Lexicon;
  /** The pane's document type choice ("auto" detects it). */
  profile?: () => string;
  /** The pane's language choice ("auto" detects it): the texts are read, and the summary written, in it, as the CLI's --language. */
  language?: () => LanguageChoice;
  /** The findings the user dismissed (everywhere and in this document): both sides are read without them, as the pane's report is. */
  dismissals?: () => readonly Dismissal[];
  /** File readers (mammoth's browser build in the pane; Node's in tests). */
  readers?: Readers;
  /** The pane's interface language (default English): the view's words, the headline, the summary and the notes. */
  ui?: () => UiLanguage;
}

export interface ChangesView {
  compareTracked(): Promise<void>;
  compareFile(name: string, bytes: Uint8Array): Promise<void>;
  /** The comparison on show, if any. */
  readonly comparison: Comparison | null;
  /** Draws the view again in the pane's interface language (after it changed), the comparison on show included. */
  redraw(): void;
}

type Kind = { tracked: true } | { tracked: false; file: string };
interface Shown { comparison: Comparison; oldBlocks: TextBlock[]; newBlocks: TextBlock[]; kind: Kind; choice: CompareChoice; ui: UiLanguage }

const COUNT_ROWS: [keyof Comparison['counts'], StringKey][] = [
  ['removed', 'chRowRemoved'], ['weakened', 'chRowWeakened'], ['added', 'chRowAdded'], ['strengthened', 'chRowStrengthened'], ['moved', 'chRowMoved'], ['kept', 'chRowKept'],
];

export function mountChanges(root: HTMLElement, deps: ChangesDeps): ChangesView {
  let shown: Shown | null = null;
  const ui = (): UiLanguage => deps.ui?.() ?? 'en';
  const tr = (key: StringKey, vars?: Record<string, string | number>) => t(ui(), key, vars);
  const lexicon = () => deps.lexicon?.() ?? (defaultLexicon ??= loadLexicon());
  /** A concept's name for the reader: French from the core's list, else the lexicon's label. */
  const conceptLabel = (id: string, lang: UiLanguage = ui()) => conceptName(id, lang, lexicon().concepts.get(id)?.label ?? id);
  const pillarName = (p: PillarId) => pillarNameIn(p, ui());

  const status = h('p', { class: 'wps-status', id: 'wps-changes-status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: 'wps-changes-result' });
  const trackedButton = h('button', { class: 'wps-button primary', id: 'wps-changes-tracked', type: 'button', onclick: () => void view.compareTracked() });
  const fileInput = h('input', {
    type: 'file', id: 'wps-changes-file', accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'aria-describedby': 'wps-changes-file-note',
    onchange: (e: Event) => void chosen(e.target as HTMLInputElement),
  });

  /** The view's frame in the interface language; the status line and the results keep their place. */
  function frame(): void {
    trackedButton.textContent = tr('chCompareTracked');
    setChildren(root,
      h('section', { class: 'wps-changes', 'aria-labelledby': 'wps-changes-h' },
        h('h2', { id: 'wps-changes-h' }, tr('tabChanges')),
        h('p', { class: 'wps-muted' }, tr('chIntro')),
        h('h3', {}, tr('chTracked')),
        h('p', { class: 'wps-muted', id: 'wps-changes-tracked-note' }, tr('chTrackedNote')),
        h('div', { class: 'wps-row' }, trackedButton),
        h('h3', {}, tr('chAnother')),
        h('p', {}, h('label', { for: 'wps-changes-file' }, tr('chFileLabel')), h('br'), fileInput),
        h('p', { class: 'wps-muted', id: 'wps-changes-file-note' }, tr('chFileNote')),
        status,
        results));
  }
  frame();

  function say(text: string, error = false): void {
    status.textContent = text;
    status.classList.toggle('wps-error', error);
  }

  let running = false;
  async function busy<T>(label: string, job: () => Promise<T>): Promise<T | undefined> {
    if (running) return undefined; // one Word batch at a time
    running = true;
    say(label);
    root.setAttribute('aria-busy', 'true');
    try {
      return await job();
    } catch (err) {
      say(err instanceof FileTextError ? err.message : tr('failed', { action: label.replace(/…$/, ''), error: err instanceof Error ? err.message : String(err) }), true);
      return undefined;
    } finally {
      running = false;
      root.removeAttribute('aria-busy');
    }
  }

  const choice = () => ({ lexicon: lexicon(), profile: deps.profile?.() ?? 'auto', language: deps.language?.() ?? 'auto', dismissals: deps.dismissals?.() ?? [] });

  /** The comparison of the two sides, its summary and notes in the interface language (the two sides named in it). */
  const compared = (oldBlocks: TextBlock[], newBlocks: TextBlock[], kind: Kind, c: CompareChoice = choice()): Shown => {
    const lang = ui();
    const sources = kind.tracked ? trackedSources(lang) : { oldSource: kind.file, newSource: openDocument(lang) };
    return { comparison: compareTexts(oldBlocks, newBlocks, { ...c, ...sources }, lang), oldBlocks, newBlocks, kind, choice: c, ui: lang };
  };

  const view: ChangesView = {
    get comparison() { return shown?.comparison ?? null; },

    async compareTracked() {
      const read = await busy(tr('chReadingTracked'), () => readTrackedTexts(deps.run, deps.supports));
      if (!read) return;
      if (!read.supported) {
        show(null);
        say(tr('chUnsupported', { version: REVIEWED_TEXT_API.version }), true);
        return;
      }
      if (read.original.join('\n') === read.current.join('\n')) {
        show(null);
        say(tr('chNoTracked'));
        return;
      }
      const s = compared(paragraphBlocks(read.original, 'original'), paragraphBlocks(read.current, 'body'), { tracked: true });
      show(s);
      say(tn(ui(), 'chComparedTracked', listedChanges(s.comparison).length));
    },

    async compareFile(name, bytes) {
      const read = await busy(tr('chReadingFile', { name }), async () => {
        const oldText = await fileText(name, bytes, deps.readers ?? browserReaders);
        const current = await readCurrentText(deps.run, deps.supports);
        return { oldText, current };
      });
      if (!read) return;
      const s = compared(textBlocks(read.oldText, 'old'), paragraphBlocks(read.current, 'body'), { tracked: false, file: name });
      show(s);
      say(tn(ui(), 'chComparedFile', listedChanges(s.comparison).length, { name }));
    },

    redraw() {
      frame();
      // The comparison on show is said again in the new language (the same two sides, read the same way).
      if (shown && shown.ui !== ui()) show(compared(shown.oldBlocks, shown.newBlocks, shown.kind, shown.choice));
      else show(shown);
    },
  };

  async function chosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    await view.compareFile(file.name, new Uint8Array(await file.arrayBuffer()));
    input.value = ''; // choosing the same file again compares again
  }

  function show(s: Shown | null): void {
    shown = s;
    if (!s) { setChildren(results); return; }
    const c = s.comparison;
    const head = changesHeadline(c, s.kind, ui());
    const list = listedChanges(c);
    setChildren(results,
      h('p', { class: `wps-headline${head.severe ? '' : ' ok'}`, id: 'wps-changes-headline' }, head.text),
      h('p', { class: 'wps-muted', id: 'wps-changes-sides' }, s.kind.tracked ? tr('chSidesTracked') : tr('chSidesFile', { file: s.kind.file })),
      h('table', { class: 'wps-table wps-changes-counts', id: 'wps-changes-counts' },
        h('caption', { class: 'wps-visually-hidden' }, tr('chCountsCaption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('chProvisions')), h('th', { scope: 'col' }, tr('chCount')))),
        h('tbody', {}, COUNT_ROWS.map(([k, label]) => h('tr', { 'data-count': k }, h('th', { scope: 'row' }, tr(label)), h('td', {}, String(c.counts[k])))),
          h('tr', { 'data-count': 'provisions' }, h('th', { scope: 'row' }, tr('chRowProvisions')), h('td', {}, `${c.provisions.old} → ${c.provisions.new}`)))),
      h('p', { class: 'wps-changes-summary', id: 'wps-changes-summary', lang: c.language }, c.summary),
      h('h3', { id: 'wps-changes-list-h' }, tr('chList', { n: list.length })),
      list.length ? h('ul', { class: 'wps-list', id: 'wps-changes-list', 'aria-labelledby': 'wps-changes-list-h' }, list.map((x) => renderChange(s, x)))
        : h('p', { class: 'wps-muted' }, tr('chNone')));
  }

  function renderChange(s: Shown, x: Change): HTMLElement {
    const concepts = x.concepts.map((id) => conceptLabel(id));
    const what = concepts.join(', ') || x.pillars.map(pillarName).join(', ');
    const words = (side: 'old' | 'new') => (x[side]?.text ? tr('quoted', { text: x[side]!.text }) : '—');
    const excerpt = (x.new && x.new.text ? x.new : x.old)?.excerpt;
    const tone = x.status === 'removed' || x.status.endsWith('weakened') ? 'down' : x.status === 'added' || x.status.endsWith('strengthened') ? 'up' : 'moved';
    const statusText = statusLabel(x.status, ui());
    return h('li', { class: 'wps-card wps-change', 'data-status': x.status, 'data-change': x.id },
      h('p', { class: 'wps-change-head' },
        h('span', { class: `wps-change-status ${tone}` }, statusText), ' ',
        x.pillars.map((p) => {
          const st = pillarStyle(p);
          return h('span', { class: 'wps-chip', style: `background:${st.fill};color:${st.text};border-color:${st.line}` }, pillarName(p));
        })),
      h('p', { class: 'wps-change-concepts' }, what),
      h('p', { class: 'wps-change-words' },
        h('span', { class: 'wps-visually-hidden' }, tr('chOldWords')), h('span', { class: 'wps-change-old' }, words('old')),
        h('span', { 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'wps-visually-hidden' }, tr('chNewWords')), h('span', { class: 'wps-change-new' }, words('new'))),
      x.note ? h('p', { class: 'wps-muted wps-change-note', lang: s.comparison.language }, x.note) : null,
      excerpt ? h('p', { class: 'wps-sentence' }, excerpt) : null,
      h('div', { class: 'wps-row' },
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': tr('chShowLabel', { status: statusText, what }), onclick: () => void act(s, x, 'select') }, tr('chShow')),
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': tr('chCommentLabel', { status: statusText, what }), onclick: () => void act(s, x, 'comment') }, tr('addComment'))));
  }

  async function act(s: Shown, x: Change, kind: 'select' | 'comment'): Promise<void> {
    if (shown !== s) return;
    const place = placeOf(x, s.comparison, s.oldBlocks, s.newBlocks);
    if (!place) { say(tr('chNoPlace'), true); return; }
    if (kind === 'comment' && !deps.supports(REVIEWED_TEXT_API.set, REVIEWED_TEXT_API.version)) {
      say(tr('noCommentApi'), true);
      return;
    }
    const marker = changeMarker(x);
    // The comment goes into the document: its words stay English, as every comment the add-in writes (see changeComment).
    const res: PlaceResult | undefined = await busy(kind === 'select' ? tr('selecting') : tr('chAddingComment'), () => actOnPlace(deps.run, place,
      kind === 'select' ? { kind: 'select' } : { kind: 'comment', text: changeComment(x, (id) => conceptLabel(id, 'en')), marker }));
    if (!res) return;
    if (res === 'gone' || res === 'not-found') { say(tr('chChanged'), true); return; }
    if (kind === 'select') { say(tr(x.new ? 'chSelectedWords' : 'chSelectedNearest')); return; }
    // A comment already holding the change's marker (this or an earlier session) is not added twice.
    say(res === 'exists' ? tr('chCommentExists') : tr(x.new ? 'chCommentWords' : 'chCommentNearest'));
  }

  return view;
}

let defaultLexicon: Lexicon | undefined;
