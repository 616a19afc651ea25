// Excel task pane: Tally a range, Import documents (dropped files parsed here, nothing uploaded),
// optional Findings sheet; progress and Cancel for long jobs. Document text is only ever set as
// textContent or cell values.
import { engine } from './compute.ts';
import { Cancelled, type CancelToken } from './documents.ts';
import { extensionOf, fileText, IMPORT_EXTENSIONS } from './files.ts';
import { COVERAGE_SHEET, FINDINGS_SHEET } from './sheets.ts';
import { importAndTally, tallySelection, type ExcelRun, type TallyResult } from './tally.ts';
import type { Readers } from './files.ts';

/** An element with properties, attributes (for, role, aria-*: set as attributes so every DOM has them) and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { attrs?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const e = Object.assign(document.createElement(tag), rest);
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export interface PaneDeps { run?: ExcelRun; readers?: Readers }

export function mountExcel(root: HTMLElement, deps: PaneDeps = {}): void {
  const lexicon = () => engine().lexicon;
  root.replaceChildren();

  const profile = el('select', { id: 'wps-profile' });
  profile.append(el('option', { value: 'auto', textContent: 'Detect per document' }));
  for (const [id, p] of lexicon().profiles) profile.append(el('option', { value: id, textContent: p.label }));
  const header = el('input', { type: 'checkbox', id: 'wps-header-row' });
  const findings = el('input', { type: 'checkbox', id: 'wps-findings-sheet', checked: true });
  const tallyBtn = el('button', { className: 'wps-button primary', type: 'button', textContent: 'Tally selected range' });
  const fileInput = el('input', { type: 'file', multiple: true, accept: IMPORT_EXTENSIONS.join(','), id: 'wps-files' });
  const drop = el('div', { className: 'wps-card', id: 'wps-drop', attrs: { role: 'group', 'aria-label': 'Import documents' } },
    el('p', {}, 'Drop .docx, .pdf, .txt or .html files here, or choose them: '), fileInput,
    el('p', { className: 'wps-muted' }, 'Files are read in this pane; nothing is uploaded.'));
  const progress = el('progress', { max: 1, value: 0, hidden: true });
  const cancelBtn = el('button', { className: 'wps-button', type: 'button', textContent: 'Cancel', hidden: true });
  const status = el('p', { className: 'wps-status', attrs: { role: 'status' } });

  root.append(
    el('h1', {}, 'WPS Lens for Excel'),
    el('p', { className: 'wps-muted' }, `Select one column of texts (one document or paragraph per cell), or two columns: titles, then texts. Rows with the same title form one document. The matrix goes to the sheet "${COVERAGE_SHEET}"; re-running updates it.`),
    el('div', { className: 'wps-row' }, el('label', { textContent: 'Profile', attrs: { for: 'wps-profile' } }), profile),
    el('div', { className: 'wps-row' }, header, el('label', { textContent: 'First row is a header', attrs: { for: 'wps-header-row' } })),
    el('div', { className: 'wps-row' }, findings, el('label', { textContent: `Also write "${FINDINGS_SHEET}" (one row per finding)`, attrs: { for: 'wps-findings-sheet' } })),
    el('div', { className: 'wps-row' }, tallyBtn, cancelBtn),
    el('h2', {}, 'Import documents'),
    drop,
    progress,
    status,
  );

  let token: CancelToken | undefined;
  const busy = (on: boolean) => {
    tallyBtn.disabled = on;
    fileInput.disabled = on;
    cancelBtn.hidden = !on;
    progress.hidden = !on;
  };
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'wps-status wps-error' : 'wps-status';
  };
  const options = () => ({
    lexicon: lexicon(),
    profile: profile.value,
    headerRow: header.checked,
    findingsSheet: findings.checked,
    run: deps.run,
    token: (token = { cancelled: false }),
    onProgress: (phase: 'analyse' | 'write', done: number, total: number) => {
      progress.max = Math.max(1, total);
      progress.value = done;
      say(`${phase === 'analyse' ? 'Analysing' : 'Writing'} ${done} of ${total}${phase === 'analyse' ? ' documents' : ' rows'}…`);
    },
  });
  const report = (r: TallyResult) => {
    const skipped = r.skipped.length ? ` Skipped ${r.skipped.length}: ${r.skipped.slice(0, 5).join('; ')}${r.skipped.length > 5 ? '…' : ''}.` : '';
    say(`${r.documents} document(s), ${r.findings} finding(s) written to "${COVERAGE_SHEET}"${r.sheetCreated ? '' : ' (updated)'}.${skipped}`);
  };
  const job = async (work: () => Promise<TallyResult>) => {
    busy(true);
    try {
      report(await work());
    } catch (err) {
      if (err instanceof Cancelled) say(`Cancelled (${err.done} of ${err.total} done). Run again to complete the sheet.`, true);
      else say(err instanceof Error ? err.message : String(err), true);
    } finally {
      busy(false);
    }
  };

  cancelBtn.addEventListener('click', () => { if (token) token.cancelled = true; });
  tallyBtn.addEventListener('click', () => { void job(() => tallySelection(options())); });

  const importFiles = async (list: readonly File[]) => {
    const files = list.filter((f) => (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(f.name)));
    const refused = list.filter((f) => !files.includes(f)).map((f) => f.name);
    if (files.length === 0) { say(`Nothing to import: drop ${IMPORT_EXTENSIONS.join(', ')} files.`, true); return; }
    await job(async () => {
      const texts: { name: string; text: string }[] = [];
      const failed: string[] = refused.map((n) => `${n}: unsupported file type`);
      for (const [i, f] of files.entries()) {
        say(`Reading ${i + 1} of ${files.length}: ${f.name}`);
        try {
          texts.push({ name: f.name, text: await fileText(f.name, new Uint8Array(await f.arrayBuffer()), deps.readers) });
        } catch (err) {
          failed.push(err instanceof Error ? err.message : String(err));
        }
      }
      if (texts.length === 0) throw new Error(`No file could be read: ${failed.join('; ')}`);
      const r = await importAndTally(texts, options());
      return { ...r, skipped: [...r.skipped, ...failed] };
    });
  };
  fileInput.addEventListener('change', () => { void importFiles([...(fileInput.files ?? [])]); fileInput.value = ''; });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    void importFiles([...(e.dataTransfer?.files ?? [])]);
  });
}
