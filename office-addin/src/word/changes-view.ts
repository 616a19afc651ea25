// The "Changes" view of the Word pane: the document's tracked changes (original → current), or an
// earlier version chosen as a file (old) against the open document (new), compared by the core as the
// CLI compares them. Draws into any container (the pane's Changes tab); document text is text (dom.ts).
import { loadLexicon, pillarLabel, pillarStyle, type Change, type Comparison, type Dismissal, type LanguageChoice, type Lexicon, type TextBlock } from '../../../core/index.ts';
import { h, setChildren } from '../common/dom.ts';
import { browserReaders, fileText, FileTextError, type Readers } from '../excel/files.ts';
import type { Supports, WordRun } from './blocks.ts';
import {
  actOnPlace, changeComment, changeMarker, changesHeadline, compareTexts, listedChanges, paragraphBlocks, placeOf,
  OPEN_DOCUMENT, readCurrentText, readTrackedTexts, REVIEWED_TEXT_API, STATUS_LABEL, textBlocks, TRACKED_SOURCES, type PlaceResult,
} from './changes.ts';
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
}

export interface ChangesView {
  compareTracked(): Promise<void>;
  compareFile(name: string, bytes: Uint8Array): Promise<void>;
  /** The comparison on show, if any. */
  readonly comparison: Comparison | null;
}

interface Shown { comparison: Comparison; oldBlocks: TextBlock[]; newBlocks: TextBlock[]; kind: { tracked: true } | { tracked: false; file: string } }

const COUNT_ROWS: [keyof Comparison['counts'], string][] = [
  ['removed', 'Removed'], ['weakened', 'Weakened'], ['added', 'Added'], ['strengthened', 'Strengthened'], ['moved', 'Moved'], ['kept', 'Kept'],
];

export function mountChanges(root: HTMLElement, deps: ChangesDeps): ChangesView {
  let shown: Shown | null = null;
  const lexicon = () => deps.lexicon?.() ?? (defaultLexicon ??= loadLexicon());
  const conceptLabel = (id: string) => lexicon().concepts.get(id)?.label ?? id;

  const status = h('p', { class: 'wps-status', id: 'wps-changes-status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: 'wps-changes-result' });
  const trackedButton = h('button', { class: 'wps-button primary', id: 'wps-changes-tracked', type: 'button', onclick: () => void view.compareTracked() }, 'Compare tracked changes');
  const fileInput = h('input', {
    type: 'file', id: 'wps-changes-file', accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'aria-describedby': 'wps-changes-file-note',
    onchange: (e: Event) => void chosen(e.target as HTMLInputElement),
  });

  setChildren(root,
    h('section', { class: 'wps-changes', 'aria-labelledby': 'wps-changes-h' },
      h('h2', { id: 'wps-changes-h' }, 'Changes'),
      h('p', { class: 'wps-muted' }, 'What an edit does to the WPS provisions: which are removed, weakened, added or strengthened.'),
      h('h3', {}, 'Tracked changes'),
      h('p', { class: 'wps-muted', id: 'wps-changes-tracked-note' }, 'Compares the text before your tracked changes with the text after them.'),
      h('div', { class: 'wps-row' }, trackedButton),
      h('h3', {}, 'Another version'),
      h('p', {}, h('label', { for: 'wps-changes-file' }, 'Earlier version (.docx)'), h('br'), fileInput),
      h('p', { class: 'wps-muted', id: 'wps-changes-file-note' }, 'Compared with this document as it reads now. The file is read here; nothing is uploaded.'),
      status,
      results));

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
      say(err instanceof FileTextError ? err.message : `${label.replace(/…$/, '')} failed: ${err instanceof Error ? err.message : String(err)}`, true);
      return undefined;
    } finally {
      running = false;
      root.removeAttribute('aria-busy');
    }
  }

  const choice = () => ({ lexicon: lexicon(), profile: deps.profile?.() ?? 'auto', language: deps.language?.() ?? 'auto', dismissals: deps.dismissals?.() ?? [] });

  const view: ChangesView = {
    get comparison() { return shown?.comparison ?? null; },

    async compareTracked() {
      const read = await busy('Reading the tracked changes…', () => readTrackedTexts(deps.run, deps.supports));
      if (!read) return;
      if (!read.supported) {
        show(null);
        say(`This version of Word does not give add-ins the text before and after tracked changes (WordApi ${REVIEWED_TEXT_API.version} is needed: Word 2021, Microsoft 365 or Word on the web). You can still compare with an earlier version saved as a .docx file.`, true);
        return;
      }
      if (read.original.join('\n') === read.current.join('\n')) {
        show(null);
        say('This document has no tracked changes: its text before and after them is the same.');
        return;
      }
      const oldBlocks = paragraphBlocks(read.original, 'original');
      const newBlocks = paragraphBlocks(read.current, 'body');
      const comparison = compareTexts(oldBlocks, newBlocks, { ...choice(), ...TRACKED_SOURCES });
      show({ comparison, oldBlocks, newBlocks, kind: { tracked: true } });
      say(`Compared the text before and after the tracked changes: ${listedChanges(comparison).length} change${listedChanges(comparison).length === 1 ? '' : 's'} to WPS provisions.`);
    },

    async compareFile(name, bytes) {
      const read = await busy(`Reading ${name}…`, async () => {
        const oldText = await fileText(name, bytes, deps.readers ?? browserReaders);
        const current = await readCurrentText(deps.run, deps.supports);
        return { oldText, current };
      });
      if (!read) return;
      const oldBlocks = textBlocks(read.oldText, 'old');
      const newBlocks = paragraphBlocks(read.current, 'body');
      const comparison = compareTexts(oldBlocks, newBlocks, { ...choice(), oldSource: name, newSource: OPEN_DOCUMENT });
      show({ comparison, oldBlocks, newBlocks, kind: { tracked: false, file: name } });
      say(`Compared ${name} with this document: ${listedChanges(comparison).length} change${listedChanges(comparison).length === 1 ? '' : 's'} to WPS provisions.`);
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
    const head = changesHeadline(c, s.kind);
    const list = listedChanges(c);
    setChildren(results,
      h('p', { class: `wps-headline${head.severe ? '' : ' ok'}`, id: 'wps-changes-headline' }, head.text),
      h('p', { class: 'wps-muted', id: 'wps-changes-sides' }, s.kind.tracked ? 'Before the tracked changes → after them' : `${s.kind.file} → this document`),
      h('table', { class: 'wps-table wps-changes-counts', id: 'wps-changes-counts' },
        h('caption', { class: 'wps-visually-hidden' }, 'WPS provisions by what happened to them'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'WPS provisions'), h('th', { scope: 'col' }, 'Count'))),
        h('tbody', {}, COUNT_ROWS.map(([k, label]) => h('tr', { 'data-count': k }, h('th', { scope: 'row' }, label), h('td', {}, String(c.counts[k])))),
          h('tr', { 'data-count': 'provisions' }, h('th', { scope: 'row' }, 'Provisions before → after'), h('td', {}, `${c.provisions.old} → ${c.provisions.new}`)))),
      h('p', { class: 'wps-changes-summary', id: 'wps-changes-summary' }, c.summary),
      h('h3', { id: 'wps-changes-list-h' }, `Changes (${list.length})`),
      list.length ? h('ul', { class: 'wps-list', id: 'wps-changes-list', 'aria-labelledby': 'wps-changes-list-h' }, list.map((x) => renderChange(s, x)))
        : h('p', { class: 'wps-muted' }, 'No WPS provision was removed, weakened, added, strengthened or moved.'));
  }

  function renderChange(s: Shown, x: Change): HTMLElement {
    const concepts = x.concepts.map(conceptLabel);
    const what = concepts.join(', ') || x.pillars.map(pillarLabel).join(', ');
    const words = (side: 'old' | 'new') => (x[side]?.text ? `“${x[side]!.text}”` : '—');
    const excerpt = (x.new && x.new.text ? x.new : x.old)?.excerpt;
    const tone = x.status === 'removed' || x.status.endsWith('weakened') ? 'down' : x.status === 'added' || x.status.endsWith('strengthened') ? 'up' : 'moved';
    return h('li', { class: 'wps-card wps-change', 'data-status': x.status, 'data-change': x.id },
      h('p', { class: 'wps-change-head' },
        h('span', { class: `wps-change-status ${tone}` }, STATUS_LABEL[x.status]), ' ',
        x.pillars.map((p) => {
          const st = pillarStyle(p);
          return h('span', { class: 'wps-chip', style: `background:${st.fill};color:${st.text};border-color:${st.line}` }, pillarLabel(p));
        })),
      h('p', { class: 'wps-change-concepts' }, what),
      h('p', { class: 'wps-change-words' },
        h('span', { class: 'wps-visually-hidden' }, 'Old words: '), h('span', { class: 'wps-change-old' }, words('old')),
        h('span', { 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'wps-visually-hidden' }, ', new words: '), h('span', { class: 'wps-change-new' }, words('new'))),
      x.note ? h('p', { class: 'wps-muted wps-change-note' }, x.note) : null,
      excerpt ? h('p', { class: 'wps-sentence' }, excerpt) : null,
      h('div', { class: 'wps-row' },
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Show in document: ${STATUS_LABEL[x.status]}, ${what}`, onclick: () => void act(s, x, 'select') }, 'Show'),
        h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Add comment: ${STATUS_LABEL[x.status]}, ${what}`, onclick: () => void act(s, x, 'comment') }, 'Add comment')));
  }

  async function act(s: Shown, x: Change, kind: 'select' | 'comment'): Promise<void> {
    if (shown !== s) return;
    const place = placeOf(x, s.comparison, s.oldBlocks, s.newBlocks);
    if (!place) { say('That change has no place in the document.', true); return; }
    if (kind === 'comment' && !deps.supports(REVIEWED_TEXT_API.set, REVIEWED_TEXT_API.version)) {
      say('This version of Word does not let add-ins add comments (WordApi 1.4 is needed).', true);
      return;
    }
    const marker = changeMarker(x);
    const res: PlaceResult | undefined = await busy(kind === 'select' ? 'Selecting…' : 'Adding the comment…', () => actOnPlace(deps.run, place,
      kind === 'select' ? { kind: 'select' } : { kind: 'comment', text: changeComment(x, conceptLabel), marker }));
    if (!res) return;
    if (res === 'gone' || res === 'not-found') { say('The document changed since the comparison: compare again.', true); return; }
    const where = x.new ? 'its words' : 'the paragraph nearest to where it stood';
    if (kind === 'select') { say(`Selected ${where} in the document.`); return; }
    // A comment already holding the change's marker (this or an earlier session) is not added twice.
    say(res === 'exists' ? 'That change already has its comment in the document.' : `Comment added on ${where}.`);
  }

  return view;
}

let defaultLexicon: Lexicon | undefined;
