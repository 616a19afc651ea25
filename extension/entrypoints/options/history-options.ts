// Options: "Page history" — how many scans of each address are kept for the side panel's Changes view
// (history.ts; default 3, 0 keeps none), how much is kept now, and "Forget all".
import { browser } from 'wxt/browser';
import { el } from '../../lib/dom.ts';
import { tr, uiLanguage } from '../../lib/i18n.ts';
import './history-options.css';
import { DEFAULT_KEEP, forgetAll, HISTORY_PREFIX, historyUsage, loadPrefs, MAX_KEEP, savePrefs, type HistoryArea } from '../../lib/history.ts';

// The usage line follows scans made while the options are open (one listener; the page re-renders the fieldset).
let refreshUsage: (() => Promise<void>) | undefined;
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'local' && Object.keys(changes).some((k) => k.startsWith(HISTORY_PREFIX))) void refreshUsage?.();
});

const size = (chars: number): string => (chars < 1000 ? tr('hChars', { n: chars }) : chars < 1_000_000 ? tr('hKChars', { n: Math.round(chars / 1000) })
  : tr('hMChars', { n: (chars / 1_000_000).toLocaleString(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }));

/** The fieldset; `say` shows a message in the page's message box. */
export function historyFieldset(area: HistoryArea, say: (text: string, error?: boolean) => void): HTMLElement {
  const input = el('input', { type: 'number', id: 'history-keep', min: '0', max: String(MAX_KEEP), step: '1', value: String(DEFAULT_KEEP), 'aria-describedby': 'history-hint' });
  const usage = el('p', { id: 'history-usage', text: tr('hCounting') });
  const refresh = async (): Promise<void> => {
    const u = await historyUsage(area);
    usage.textContent = u.scans === 0 ? tr('hNone') : tr('hUsage', { scans: u.scans === 1 ? tr('hScanOne') : tr('hScans', { n: u.scans }), pages: u.pages === 1 ? tr('hPageOne') : tr('hPages', { n: u.pages }), size: size(u.chars) });
  };
  void loadPrefs(area).then((p) => { input.value = String(p.keep); });
  refreshUsage = refresh;
  void refresh();
  input.addEventListener('change', () => {
    const keep = Number(input.value);
    if (!Number.isInteger(keep) || keep < 0 || keep > MAX_KEEP) { say(tr('hInvalid', { max: MAX_KEEP }), true); return; }
    void savePrefs(area, { version: 1, keep }).then(refresh).then(() => say(keep === 0 ? tr('hOff') : tr('hKeep', { n: keep })));
  });
  const forget = el('button', { type: 'button', id: 'history-forget-all', text: tr('hForgetAll') });
  forget.addEventListener('click', () => void forgetAll(area).then(refresh).then(() => say(tr('hForgotten'))));
  return el('fieldset', { id: 'history' }, el('legend', { text: tr('hLegend') }),
    el('p', { id: 'history-hint', text: tr('hHint') }),
    el('div', { class: 'pillar' }, el('label', { for: 'history-keep', text: tr('hKeepLabel') }), input),
    usage, forget);
}
