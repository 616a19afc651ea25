// Options: "Page history" — how many scans of each address are kept for the side panel's Changes view
// (history.ts; default 3, 0 keeps none), how much is kept now, and "Forget all".
import { browser } from 'wxt/browser';
import { el } from '../../lib/dom.ts';
import './history-options.css';
import { DEFAULT_KEEP, forgetAll, HISTORY_PREFIX, historyUsage, loadPrefs, MAX_KEEP, savePrefs, type HistoryArea } from '../../lib/history.ts';

// The usage line follows scans made while the options are open (one listener; the page re-renders the fieldset).
let refreshUsage: (() => Promise<void>) | undefined;
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'local' && Object.keys(changes).some((k) => k.startsWith(HISTORY_PREFIX))) void refreshUsage?.();
});

const size = (chars: number): string => (chars < 1000 ? `${chars} characters` : chars < 1_000_000 ? `${Math.round(chars / 1000)} thousand characters` : `${(chars / 1_000_000).toFixed(1)} million characters`);

/** The fieldset; `say` shows a message in the page's message box. */
export function historyFieldset(area: HistoryArea, say: (text: string, error?: boolean) => void): HTMLElement {
  const input = el('input', { type: 'number', id: 'history-keep', min: '0', max: String(MAX_KEEP), step: '1', value: String(DEFAULT_KEEP), 'aria-describedby': 'history-hint' });
  const usage = el('p', { id: 'history-usage', text: 'Counting the kept scans…' });
  const refresh = async (): Promise<void> => {
    const u = await historyUsage(area);
    usage.textContent = u.scans === 0 ? 'No scan is kept now.' : `Kept now: ${u.scans} ${u.scans === 1 ? 'scan' : 'scans'} of ${u.pages} ${u.pages === 1 ? 'address' : 'addresses'} (${size(u.chars)}).`;
  };
  void loadPrefs(area).then((p) => { input.value = String(p.keep); });
  refreshUsage = refresh;
  void refresh();
  input.addEventListener('change', () => {
    const keep = Number(input.value);
    if (!Number.isInteger(keep) || keep < 0 || keep > MAX_KEEP) { say(`Scans kept per address: a whole number from 0 to ${MAX_KEEP}.`, true); return; }
    void savePrefs(area, { version: 1, keep }).then(refresh).then(() => say(keep === 0 ? 'Earlier scans are no longer kept; the kept ones are forgotten.' : `The last ${keep} scans of each address are kept.`));
  });
  const forget = el('button', { type: 'button', id: 'history-forget-all', text: 'Forget all' });
  forget.addEventListener('click', () => void forgetAll(area).then(refresh).then(() => say('Every kept scan is forgotten.')));
  return el('fieldset', { id: 'history' }, el('legend', { text: 'Page history (to compare versions)' }),
    el('p', { id: 'history-hint', text: 'The side panel’s Changes view compares a page with its earlier scans. They are kept on this computer only, with the page’s text; 0 keeps none.' }),
    el('div', { class: 'pillar' }, el('label', { for: 'history-keep', text: 'Scans kept per address' }), input),
    usage, forget);
}
