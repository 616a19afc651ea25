// One overflow menu for every card (instead of a select on each): a menu button opens a shared popup of
// menu items; arrows move in it, Enter or a click runs one, Escape or Tab closes it and focus returns to
// the button. ARIA menu button pattern.
import { el } from '../../lib/dom.ts';
import { tr } from '../../lib/i18n.ts';

export interface MenuAction { id: string; label: string; run(): void }

let popup: HTMLElement | null = null;
let owner: HTMLButtonElement | null = null;

/** The "⋯" button of a card; `actions` is asked for when it opens (the card's current choices). */
export function menuButton(name: string, actions: () => MenuAction[]): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'more', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    el('span', { 'aria-hidden': 'true', text: '⋯' }), el('span', { class: 'sr-only', text: name }));
  b.addEventListener('click', () => (owner === b ? closeMenu(true) : openMenu(b, actions())));
  b.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && owner !== b) { e.preventDefault(); e.stopPropagation(); openMenu(b, actions()); }
  });
  return b;
}

export function menuOpen(): boolean {
  return popup !== null;
}

function openMenu(button: HTMLButtonElement, actions: MenuAction[]): void {
  closeMenu(false);
  const id = 'card-menu';
  const menu = el('div', { id, role: 'menu', class: 'card-menu', 'aria-label': tr('actions') });
  for (const a of actions) {
    const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1', 'data-action': a.id, text: a.label });
    item.addEventListener('click', () => { closeMenu(true); a.run(); });
    menu.append(item);
  }
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => { e.preventDefault(); items[(i + items.length) % items.length]?.focus(); };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); closeMenu(true); }
    else if (e.key === 'Tab') closeMenu(false);
    e.stopPropagation();
  });
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button) closeMenu(false);
  });
  document.body.append(menu);
  // Below the button, kept inside the panel's width (no sideways scroll).
  const r = button.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  menu.style.top = `${Math.round(r.bottom + window.scrollY + 2)}px`;
  const w = Math.min(menu.offsetWidth, vw - 8);
  menu.style.left = `${Math.max(4, Math.min(r.right - w, vw - w - 4))}px`;
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', id);
  popup = menu;
  owner = button;
  (menu.querySelector('[role=menuitem]') as HTMLElement | null)?.focus();
}

export function closeMenu(refocus: boolean): void {
  // Cleared before removing: removing the focused menu fires focusout, which closes again.
  const b = owner;
  const m = popup;
  popup = null;
  owner = null;
  m?.remove();
  if (b) {
    b.setAttribute('aria-expanded', 'false');
    b.removeAttribute('aria-controls');
    if (refocus && b.isConnected) b.focus();
  }
}

document.addEventListener('pointerdown', (e) => {
  if (popup && !popup.contains(e.target as Node) && !owner?.contains(e.target as Node)) closeMenu(false);
});
