// One overflow menu per card (WAI-ARIA menu button): a button that opens a list of actions. Enter, Space
// or ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it
// and gives focus back to the button; Tab or a click elsewhere closes it. One Tab stop whatever the
// number of actions.
import { h } from './dom.ts';

export interface MenuEntry { label: string; run: () => void; disabled?: boolean }

let openMenu: { close(focus: boolean): void } | null = null;

export function overflowMenu(opts: { id: string; label: string; entries: readonly MenuEntry[]; describedBy?: string }): HTMLElement {
  const listId = `${opts.id}-list`;
  const button = h('button', {
    class: 'wps-button wps-menu-button', type: 'button', id: opts.id,
    'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-describedby': opts.describedBy,
  }, opts.label);
  const items = opts.entries.map((e) => h('button', {
    class: 'wps-menu-item', type: 'button', role: 'menuitem', tabindex: -1, 'aria-disabled': e.disabled ? 'true' : undefined,
    onclick: () => { if (e.disabled) return; close(true); e.run(); },
  }, e.label));
  const list = h('div', { class: 'wps-menu-list', role: 'menu', id: listId, 'aria-labelledby': opts.id, hidden: true }, items);
  const box = h('div', { class: 'wps-menu' }, button, list);

  const self = { close };
  function open(at: 'first' | 'last'): void {
    if (openMenu && openMenu !== self) openMenu.close(false);
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    openMenu = self;
    (at === 'first' ? items[0] : items.at(-1))?.focus();
  }
  function close(focus: boolean): void {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (openMenu === self) openMenu = null;
    if (focus) button.focus();
  }

  button.addEventListener('click', () => (list.hidden ? open('first') : close(true)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); open(e.key === 'ArrowDown' ? 'first' : 'last'); }
  });
  list.addEventListener('keydown', (e) => {
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (k: number) => { e.preventDefault(); items[(k + items.length) % items.length]?.focus(); };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(true); }
    else if (e.key === 'Tab') close(false);
  });
  box.addEventListener('focusout', (e) => { if (!box.contains(e.relatedTarget as Node | null)) close(false); });
  return box;
}

/** Whether a menu is open (the pane's n/p keys leave an open menu alone). */
export function menuOpen(): boolean {
  return openMenu !== null;
}
