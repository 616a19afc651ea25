// Options: the rule packs in force and what the organisation's policy sets (rules-section.ts), pillars
// shown and their colours, a custom lexicon/profile file (validated by the core's loadLexicon; the
// previous one stays on failure), auto-scan for chosen sites (optional host permission per site), and
// settings export/import (dismissals included). Controls the policy sets are disabled and say so.
import { browser } from 'wxt/browser';
import { loadLexicon, LexiconError } from '../../../core/lexicon/compile.ts';
import { loadInflection } from '../../../core/lexicon/forms.ts';
import { FAMILIES, familyLabel } from '../../../core/lexicon/pillars.ts';
import { download, el } from '../../lib/dom.ts';
import './style.css';
import { historyFieldset } from './history-options.ts';
import { defaultSettings, exportSettings, importSettings, loadSettings, originPattern, saveSettings, type Settings } from '../../lib/settings.ts';
import { ImportPackReply, RulesReply } from '../../lib/messages.ts';
import { lockFieldset, rulesSection } from './rules-section.ts';

const app = document.getElementById('app')!;
const area = browser.storage.local as never;
let settings: Settings;
let message: { text: string; error?: boolean; lines?: string[] } | null = null;
let rules: RulesReply | null = null;
/** The organisation's auto-scan sites this browser may already read. */
let granted = new Set<string>();

/** The rules in force, from the background (which reads the organisation's policy and checks the packs). */
async function loadRules(): Promise<void> {
  const r = RulesReply.safeParse(await browser.runtime.sendMessage({ type: 'get-rules' }).catch(() => null));
  rules = r.success ? r.data : null;
  granted = new Set();
  for (const origin of rules?.rules.locked.includes('autoScan') ? rules.rules.autoScanSites : []) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false)) granted.add(origin);
  }
}

async function save(next: Settings, text: string): Promise<void> {
  await saveSettings(area, next);
  settings = next;
  message = { text };
  await loadRules();
  render();
}

async function importPack(file: File): Promise<void> {
  let data: unknown;
  try { data = JSON.parse(await file.text()); } catch (e) {
    message = { text: `${file.name} was not added: it is not JSON (${(e as Error).message}).`, error: true };
    render();
    return;
  }
  const r = ImportPackReply.safeParse(await browser.runtime.sendMessage({ type: 'import-pack', name: file.name, data }));
  if (!r.success) message = { text: `${file.name} was not added: unexpected answer from the background.`, error: true };
  else if (!r.data.ok) message = { text: `${file.name} was not added (${r.data.problems.length === 1 ? 'one problem' : `${r.data.problems.length} problems`}):`, error: true, lines: r.data.problems };
  else {
    const i = r.data.info;
    message = { text: `Pack added: ${i ? `${i.name} ${i.version} from ${i.publisher}` : file.name}.` };
    settings = (await loadSettings(area)).settings;
  }
  await loadRules();
  render();
}

function render(): void {
  const parts: Node[] = [el('h1', {}, el('span', { class: 'logo', 'aria-hidden': 'true' }), 'WPS Lens options')];
  if (message) {
    const box = el('div', { role: message.error ? 'alert' : 'status', id: 'message' }, el('p', { text: message.text }));
    if (message.lines?.length) box.append(el('ul', {}, ...message.lines.map((l) => el('li', { text: l }))));
    parts.push(box);
  }

  const locked = new Set(rules?.rules.locked ?? []);
  if (rules) {
    parts.push(...rulesSection(rules.rules, rules.builtins, {
      setBuiltin: (id, on) => void save({ ...settings, builtinPacks: on ? [...new Set([...settings.builtinPacks, id])] : settings.builtinPacks.filter((b) => b !== id) }, `${on ? 'Turned on' : 'Turned off'}: ${rules!.builtins.find((b) => b.id === id)?.name ?? id}.`),
      importPack: (f) => void importPack(f),
      removePack: (name) => void save({ ...settings, packs: settings.packs.filter((p) => p.name !== name) }, `Pack ${name} removed.`),
      setProfile: (id) => void save({ ...settings, profile: id }, 'Default document type saved.'),
    }));
  } else parts.push(el('p', { role: 'alert', id: 'rules-unavailable', text: 'The rules in force could not be read from the extension; reload this page.' }));

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

  const noFiles = locked.has('userPacks');
  const lex = el('fieldset', { id: 'lexicon' }, el('legend', { text: 'Custom lexicon or profiles (JSON)' }),
    el('p', { id: 'lexicon-current', text: noFiles ? 'Not used: your organisation does not allow files of your own.' : settings.lexicon ? `In use: ${settings.lexicon.name}` : 'In use: the built-in lexicon only.' }));
  lockFieldset(lex, noFiles);
  const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'lexicon-file', 'aria-label': 'Import a lexicon JSON file' });
  file.addEventListener('change', () => void importLexicon(file.files?.[0]));
  lex.append(file);
  if (settings.lexicon) {
    const rm = el('button', { type: 'button', text: 'Remove custom lexicon' });
    rm.addEventListener('click', () => void save({ ...settings, lexicon: null }, 'Custom lexicon removed.'));
    lex.append(rm);
  }
  parts.push(lex);

  const lockSites = locked.has('autoScan');
  const sites = el('fieldset', { id: 'auto-scan' }, el('legend', { text: 'Scan automatically on these sites only' }));
  const list = el('ul', { id: 'sites' });
  if (lockSites) {
    // The organisation's list; each site still needs this browser's access, granted by the user once.
    for (const origin of rules!.rules.autoScanSites) {
      if (granted.has(origin)) { list.append(el('li', {}, `${origin} `, el('span', { class: 'muted', text: '(access allowed)' }))); continue; }
      const grant = el('button', { type: 'button', text: 'Allow access', 'aria-label': `Allow access to ${origin}` });
      grant.addEventListener('click', () => void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (ok) => {
        message = ok ? { text: `${origin} will be scanned automatically.` } : { text: `Access to ${origin} was not granted.`, error: true };
        await loadRules();
        render();
      }));
      list.append(el('li', {}, `${origin} `, grant));
    }
    sites.append(list);
    // Not disabled: the access buttons stay usable; the list itself has no controls to change it.
    sites.querySelector('legend')!.after(el('p', { class: 'org-lock-line', id: 'auto-scan-lock' }, el('span', { class: 'org-lock', text: 'Set by your organisation' })));
    sites.setAttribute('aria-describedby', 'auto-scan-lock');
    parts.push(sites);
  }
  for (const origin of lockSites ? [] : settings.autoScan) {
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
  if (!lockSites) { sites.append(list, input, add); parts.push(sites); }

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

void loadSettings(area).then(async (r) => {
  settings = r.settings;
  if (r.notice) message = { text: r.notice, error: true };
  await loadRules();
  render();
});

// A policy pushed while the page is open applies at once.
browser.storage.onChanged.addListener((_c, areaName) => {
  if (areaName === 'managed') void loadRules().then(render);
});
