// Tabs (WAI-ARIA tabs with automatic activation): one Tab stop for the whole tab list (roving tabindex),
// Left/Right/Home/End move and show the panel. The panels are the caller's elements; only their hidden
// state and their labelling are set here.
import { h } from './dom.ts';

export interface TabSpec { id: string; label: string; panel: HTMLElement }

export interface Tabs { element: HTMLElement; select(id: string, focus?: boolean): void; setLabel(id: string, label: string): void }

export function tabList(label: string, specs: readonly TabSpec[], selected: string, onSelect: (id: string) => void): Tabs {
  const buttons = specs.map((s) => h('button', { class: 'wps-tab', type: 'button', role: 'tab', id: s.id, 'aria-controls': s.panel.id }, s.label));
  for (const s of specs) {
    s.panel.setAttribute('role', 'tabpanel');
    s.panel.setAttribute('aria-labelledby', s.id);
  }
  const element = h('div', { class: 'wps-tabs', role: 'tablist', 'aria-label': label }, buttons);
  function select(id: string, focus = false): void {
    specs.forEach((s, i) => {
      const on = s.id === id;
      const b = buttons[i]!;
      b.setAttribute('aria-selected', String(on));
      b.setAttribute('tabindex', on ? '0' : '-1');
      s.panel.hidden = !on;
      if (on && focus) b.focus();
    });
    onSelect(id);
  }
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(specs[i]!.id));
    b.addEventListener('keydown', (e) => {
      const k = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? specs.length - 1 : null;
      if (k === null) return;
      e.preventDefault();
      select(specs[(k + specs.length) % specs.length]!.id, true);
    });
  });
  specs.forEach((s, i) => { const on = s.id === selected; buttons[i]!.setAttribute('aria-selected', String(on)); buttons[i]!.setAttribute('tabindex', on ? '0' : '-1'); s.panel.hidden = !on; });
  return { element, select, setLabel: (id, text) => { const b = buttons[specs.findIndex((s) => s.id === id)]; if (b) b.textContent = text; } };
}
