// Options: the rule packs in force and what the organisation's policy sets (rules-section.ts), pillars
// shown and their colours, a custom lexicon/profile file (validated by the core's loadLexicon; the
// previous one stays on failure), auto-scan for chosen sites (optional host permission per site), and
// settings export/import (dismissals included). Controls the policy sets are disabled and say so.
import { browser } from 'wxt/browser';
import { loadLexicon, LexiconError } from '../../../core/lexicon/compile.ts';
import { loadInflection } from '../../../core/lexicon/forms.ts';
import { FAMILIES } from '../../../core/lexicon/pillars.ts';
import { familyName } from '../../../core/lexicon/labels.ts';
import { browserLanguage, setUiLanguage, tr, uiLanguage, uiLanguageOf, UI_LANGUAGE_NAMES, UI_LANGUAGES } from '../../lib/i18n.ts';
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
    message = { text: tr('oNotJsonPack', { file: file.name, error: (e as Error).message }), error: true };
    render();
    return;
  }
  const r = ImportPackReply.safeParse(await browser.runtime.sendMessage({ type: 'import-pack', name: file.name, data }));
  if (!r.success) message = { text: tr('oPackUnexpected', { file: file.name }), error: true };
  else if (!r.data.ok) message = { text: r.data.problems.length === 1 ? tr('oPackProblemOne', { file: file.name }) : tr('oPackProblems', { file: file.name, n: r.data.problems.length }), error: true, lines: r.data.problems };
  else {
    const i = r.data.info;
    message = { text: tr('oPackAdded', { pack: i ? tr('oPackFrom', { name: i.name, version: i.version, publisher: i.publisher }) : file.name }) };
    settings = (await loadSettings(area)).settings;
  }
  await loadRules();
  render();
}

function render(): void {
  setUiLanguage(uiLanguageOf(settings), document);
  document.title = tr('oTitle');
  const parts: Node[] = [el('h1', {}, el('span', { class: 'logo', 'aria-hidden': 'true' }), tr('oTitle'))];
  if (message) {
    const box = el('div', { role: message.error ? 'alert' : 'status', id: 'message' }, el('p', { text: message.text }));
    if (message.lines?.length) box.append(el('ul', {}, ...message.lines.map((l) => el('li', { text: l }))));
    parts.push(box);
  }

  parts.push(languageField());

  const locked = new Set(rules?.rules.locked ?? []);
  if (rules) {
    parts.push(...rulesSection(rules.rules, rules.builtins, {
      setBuiltin: (id, on) => void save({ ...settings, builtinPacks: on ? [...new Set([...settings.builtinPacks, id])] : settings.builtinPacks.filter((b) => b !== id) }, tr(on ? 'oTurnedOn' : 'oTurnedOff', { name: rules!.builtins.find((b) => b.id === id)?.name ?? id })),
      importPack: (f) => void importPack(f),
      removePack: (name) => void save({ ...settings, packs: settings.packs.filter((p) => p.name !== name) }, tr('oPackRemoved', { name })),
      setProfile: (id) => void save({ ...settings, profile: id }, tr('oProfileSaved')),
    }));
  } else parts.push(el('p', { role: 'alert', id: 'rules-unavailable', text: tr('oRulesUnavailable') }));

  const pillars = el('fieldset', {}, el('legend', { text: tr('oPillars') }));
  for (const fam of FAMILIES) {
    const p = settings.pillars[fam]!;
    const shown = el('input', { type: 'checkbox', id: `show-${fam}` });
    shown.checked = p.shown;
    const line = el('input', { type: 'color', id: `line-${fam}`, value: p.line, 'aria-label': tr('oLineColour', { pillar: familyName(fam, uiLanguage()) }) });
    const fill = el('input', { type: 'color', id: `fill-${fam}`, value: p.fill, 'aria-label': tr('oFillColour', { pillar: familyName(fam, uiLanguage()) }) });
    const update = (): void => {
      const next = structuredClone(settings);
      next.pillars[fam] = { shown: shown.checked, line: line.value, fill: fill.value };
      void save(next, tr('oPillarsSaved'));
    };
    for (const i of [shown, line, fill]) i.addEventListener('change', update);
    pillars.append(el('div', { class: 'pillar' }, shown, el('label', { for: `show-${fam}`, text: familyName(fam, uiLanguage()) }), line, fill));
  }
  parts.push(pillars);

  const noFiles = locked.has('userPacks');
  const lex = el('fieldset', { id: 'lexicon' }, el('legend', { text: tr('oLexicon') }),
    el('p', { id: 'lexicon-current', text: noFiles ? tr('oLexiconNotAllowed') : settings.lexicon ? tr('oLexiconInUse', { name: settings.lexicon.name }) : tr('oLexiconBuiltin') }));
  lockFieldset(lex, noFiles);
  const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'lexicon-file', 'aria-label': tr('oLexiconImport') });
  file.addEventListener('change', () => void importLexicon(file.files?.[0]));
  lex.append(file);
  if (settings.lexicon) {
    const rm = el('button', { type: 'button', text: tr('oLexiconRemove') });
    rm.addEventListener('click', () => void save({ ...settings, lexicon: null }, tr('oLexiconRemoved')));
    lex.append(rm);
  }
  parts.push(lex);

  const lockSites = locked.has('autoScan');
  const sites = el('fieldset', { id: 'auto-scan' }, el('legend', { text: tr('oAutoScan') }));
  const list = el('ul', { id: 'sites' });
  if (lockSites) {
    // The organisation's list; each site still needs this browser's access, granted by the user once.
    for (const origin of rules!.rules.autoScanSites) {
      if (granted.has(origin)) { list.append(el('li', {}, `${origin} `, el('span', { class: 'muted', text: tr('oAccessAllowed') }))); continue; }
      const grant = el('button', { type: 'button', text: tr('oAllowAccess'), 'aria-label': tr('oAllowAccessTo', { origin }) });
      grant.addEventListener('click', () => void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (ok) => {
        message = ok ? { text: tr('oWillScan', { origin }) } : { text: tr('oNotGranted', { origin }), error: true };
        await loadRules();
        render();
      }));
      list.append(el('li', {}, `${origin} `, grant));
    }
    sites.append(list);
    // Not disabled: the access buttons stay usable; the list itself has no controls to change it.
    sites.querySelector('legend')!.after(el('p', { class: 'org-lock-line', id: 'auto-scan-lock' }, el('span', { class: 'org-lock', text: tr('oSetByOrg') })));
    sites.setAttribute('aria-describedby', 'auto-scan-lock');
    parts.push(sites);
  }
  for (const origin of lockSites ? [] : settings.autoScan) {
    const rm = el('button', { type: 'button', text: tr('oRemove'), 'aria-label': tr('oStopScanning', { origin }) });
    rm.addEventListener('click', () => {
      void browser.permissions.remove({ origins: [originPattern(origin)] });
      void save({ ...settings, autoScan: settings.autoScan.filter((o) => o !== origin) }, tr('oSiteRemoved', { origin }));
    });
    list.append(el('li', {}, `${origin} `, rm));
  }
  const input = el('input', { type: 'url', id: 'site', placeholder: 'https://example.org', 'aria-label': tr('oSite') });
  const add = el('button', { type: 'button', text: tr('oAddSite') });
  add.addEventListener('click', () => {
    let origin: string;
    try { origin = new URL(input.value.trim()).origin; } catch { message = { text: tr('oSiteInvalid'), error: true }; render(); return; }
    // Asked here, in the click: the browser shows its own permission prompt for this one site.
    void browser.permissions.request({ origins: [originPattern(origin)] }).then((ok) => {
      if (!ok) { message = { text: tr('oNotGranted', { origin }), error: true }; render(); return; }
      void save({ ...settings, autoScan: [...new Set([...settings.autoScan, origin])] }, tr('oWillScan', { origin }));
    });
  });
  if (!lockSites) { sites.append(list, input, add); parts.push(sites); }

  const io = el('fieldset', {}, el('legend', { text: tr('oSettingsIo') }),
    el('p', { text: tr('oDismissals', { always: settings.dismissals.length, once: Object.values(settings.dismissedOnce).flat().length }) }));
  const exp = el('button', { type: 'button', text: tr('oExport') });
  exp.addEventListener('click', () => download('wps-lens-settings.json', 'application/json', exportSettings(settings)));
  const imp = el('input', { type: 'file', accept: 'application/json,.json', 'aria-label': tr('oImport') });
  imp.addEventListener('change', () => void imp.files?.[0]?.text().then((t) => {
    try { void save(importSettings(t), tr('oImported')); } catch (e) { message = { text: tr('oNotImported', { error: (e as Error).message }), error: true }; render(); }
  }));
  const reset = el('button', { type: 'button', text: tr('oReset') });
  reset.addEventListener('click', () => void save(defaultSettings(), tr('oDefaults')));
  io.append(exp, imp, reset);
  parts.push(io);
  parts.push(historyFieldset(area, (text, error) => { message = { text, ...(error ? { error } : {}) }; render(); }));
  app.replaceChildren(...parts);
}

/** "Interface language": the browser's (named in its own words), English or French; the page redraws in it. */
function languageField(): HTMLElement {
  const sel = el('select', { id: 'ui-language', 'aria-labelledby': 'ui-language-h', 'aria-describedby': 'ui-language-hint' });
  const host = uiLanguageOf({ interfaceLanguage: 'auto' }, browserLanguage());
  sel.append(el('option', { value: 'auto', text: tr('oUiAuto', { language: UI_LANGUAGE_NAMES[host] }) }));
  for (const l of UI_LANGUAGES) sel.append(el('option', { value: l, lang: l, text: UI_LANGUAGE_NAMES[l] }));
  sel.value = settings.interfaceLanguage;
  sel.addEventListener('change', () => {
    const next = { ...settings, interfaceLanguage: sel.value as Settings['interfaceLanguage'] };
    setUiLanguage(uiLanguageOf(next), document);
    void save(next, tr('oUiSaved')).then(() => document.getElementById('ui-language')?.focus());
  });
  return el('fieldset', { id: 'ui-language-set' }, el('legend', { id: 'ui-language-h', text: tr('oUiLanguage') }), sel,
    el('p', { id: 'ui-language-hint', class: 'muted', text: tr('oUiHint') }));
}

async function importLexicon(file: File | undefined): Promise<void> {
  if (!file) return;
  let data: unknown;
  try { data = JSON.parse(await file.text()); } catch (e) {
    message = { text: tr('oLexNotJson', { file: file.name, error: (e as Error).message }), error: true };
    render();
    return;
  }
  try {
    await loadInflection(); // the file's own English phrases are inflected by compromise (core/lexicon/forms.ts)
    loadLexicon([{ name: file.name, data }]); // validates with the core's zod schemas and compiles
  } catch (e) {
    message = { text: tr('oLexNotImported', { file: file.name }), error: true, lines: e instanceof LexiconError ? e.issues : [String(e)] };
    render();
    return;
  }
  await save({ ...settings, lexicon: { name: file.name, data } }, tr('oLexImported', { file: file.name }));
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
