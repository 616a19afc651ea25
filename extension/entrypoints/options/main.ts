// Options: pillars shown and their colours, a custom lexicon/profile file (validated by the core's
// loadLexicon; the previous one stays on failure), auto-scan for chosen sites (optional host
// permission per site), and settings export/import (dismissals included).
import { browser } from 'wxt/browser';
import { loadLexicon, LexiconError } from '../../../core/lexicon/compile.ts';
import { loadInflection } from '../../../core/lexicon/forms.ts';
import { FAMILIES, familyLabel } from '../../../core/lexicon/pillars.ts';
import { download, el } from '../../lib/dom.ts';
import './style.css';
import { historyFieldset } from './history-options.ts';
import { defaultSettings, exportSettings, importSettings, loadSettings, originPattern, saveSettings, type Settings } from '../../lib/settings.ts';

const app = document.getElementById('app')!;
const area = browser.storage.local as never;
let settings: Settings;
let message: { text: string; error?: boolean; lines?: string[] } | null = null;

async function save(next: Settings, text: string): Promise<void> {
  await saveSettings(area, next);
  settings = next;
  message = { text };
  render();
}

function render(): void {
  const parts: Node[] = [el('h1', {}, el('span', { class: 'logo', 'aria-hidden': 'true' }), 'WPS Lens options')];
  if (message) {
    const box = el('div', { role: message.error ? 'alert' : 'status', id: 'message' }, el('p', { text: message.text }));
    if (message.lines?.length) box.append(el('ul', {}, ...message.lines.map((l) => el('li', { text: l }))));
    parts.push(box);
  }

  const pillars = el('fieldset', {}, el('legend', { text: 'Pillars shown and colours' }));
  for (const fam of FAMILIES) {
    const p = settings.pillars[fam]!;
    const shown = el('input', { type: 'checkbox', id: `show-${fam}` });
    shown.checked = p.shown;
    const line = el('input', { type: 'color', id: `line-${fam}`, value: p.line, 'aria-label': `${familyLabel(fam)} line colour` });
    const fill = el('input', { type: 'color', id: `fill-${fam}`, value: p.fill, 'aria-label': `${familyLabel(fam)} fill colour` });
    const update = (): void => {
      const next = structuredClone(settings);
      next.pillars[fam] = { shown: shown.checked, line: line.value, fill: fill.value };
      void save(next, 'Pillar settings saved.');
    };
    for (const i of [shown, line, fill]) i.addEventListener('change', update);
    pillars.append(el('div', { class: 'pillar' }, shown, el('label', { for: `show-${fam}`, text: familyLabel(fam) }), line, fill));
  }
  parts.push(pillars);

  const lex = el('fieldset', {}, el('legend', { text: 'Custom lexicon or profiles (JSON)' }),
    el('p', { id: 'lexicon-current', text: settings.lexicon ? `In use: ${settings.lexicon.name}` : 'In use: the built-in lexicon only.' }));
  const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'lexicon-file', 'aria-label': 'Import a lexicon JSON file' });
  file.addEventListener('change', () => void importLexicon(file.files?.[0]));
  lex.append(file);
  if (settings.lexicon) {
    const rm = el('button', { type: 'button', text: 'Remove custom lexicon' });
    rm.addEventListener('click', () => void save({ ...settings, lexicon: null }, 'Custom lexicon removed.'));
    lex.append(rm);
  }
  parts.push(lex);

  const sites = el('fieldset', {}, el('legend', { text: 'Scan automatically on these sites only' }));
  const list = el('ul', { id: 'sites' });
  for (const origin of settings.autoScan) {
    const rm = el('button', { type: 'button', text: 'Remove', 'aria-label': `Stop scanning ${origin}` });
    rm.addEventListener('click', () => {
      void browser.permissions.remove({ origins: [originPattern(origin)] });
      void save({ ...settings, autoScan: settings.autoScan.filter((o) => o !== origin) }, `${origin} removed.`);
    });
    list.append(el('li', {}, `${origin} `, rm));
  }
  const input = el('input', { type: 'url', id: 'site', placeholder: 'https://example.org', 'aria-label': 'Site to scan automatically' });
  const add = el('button', { type: 'button', text: 'Add site' });
  add.addEventListener('click', () => {
    let origin: string;
    try { origin = new URL(input.value.trim()).origin; } catch { message = { text: 'Enter a site address such as https://example.org', error: true }; render(); return; }
    // Asked here, in the click: the browser shows its own permission prompt for this one site.
    void browser.permissions.request({ origins: [originPattern(origin)] }).then((ok) => {
      if (!ok) { message = { text: `Access to ${origin} was not granted.`, error: true }; render(); return; }
      void save({ ...settings, autoScan: [...new Set([...settings.autoScan, origin])] }, `${origin} will be scanned automatically.`);
    });
  });
  sites.append(list, input, add);
  parts.push(sites);

  const io = el('fieldset', {}, el('legend', { text: 'Settings and dismissals' }),
    el('p', { text: `${settings.dismissals.length} permanent dismissals, ${Object.values(settings.dismissedOnce).flat().length} one-off dismissals.` }));
  const exp = el('button', { type: 'button', text: 'Export settings' });
  exp.addEventListener('click', () => download('wps-lens-settings.json', 'application/json', exportSettings(settings)));
  const imp = el('input', { type: 'file', accept: 'application/json,.json', 'aria-label': 'Import settings' });
  imp.addEventListener('change', () => void imp.files?.[0]?.text().then((t) => {
    try { void save(importSettings(t), 'Settings imported.'); } catch (e) { message = { text: `Settings not imported: ${(e as Error).message}`, error: true }; render(); }
  }));
  const reset = el('button', { type: 'button', text: 'Reset to defaults' });
  reset.addEventListener('click', () => void save(defaultSettings(), 'Defaults restored.'));
  io.append(exp, imp, reset);
  parts.push(io);
  parts.push(historyFieldset(area, (text, error) => { message = { text, ...(error ? { error } : {}) }; render(); }));
  app.replaceChildren(...parts);
}

async function importLexicon(file: File | undefined): Promise<void> {
  if (!file) return;
  let data: unknown;
  try { data = JSON.parse(await file.text()); } catch (e) {
    message = { text: `${file.name} is not JSON (${(e as Error).message}); the previous lexicon is kept.`, error: true };
    render();
    return;
  }
  try {
    await loadInflection(); // the file's own English phrases are inflected by compromise (core/lexicon/forms.ts)
    loadLexicon([{ name: file.name, data }]); // validates with the core's zod schemas and compiles
  } catch (e) {
    message = { text: `${file.name} was not imported; the previous lexicon is kept.`, error: true, lines: e instanceof LexiconError ? e.issues : [String(e)] };
    render();
    return;
  }
  await save({ ...settings, lexicon: { name: file.name, data } }, `${file.name} imported.`);
}

void loadSettings(area).then((r) => {
  settings = r.settings;
  if (r.notice) message = { text: r.notice, error: true };
  render();
});
