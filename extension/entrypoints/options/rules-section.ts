// The options page's organisation parts: the rule packs in force (name, version, publisher, trust), the
// built-in pack switches, the user's pack import, and the default document type. What the organisation's
// policy sets is shown disabled with "Set by your organisation"; refused packs are listed one per line.
import { el } from '../../lib/dom.ts';
import type { RulesReply } from '../../lib/messages.ts';

type Rules = RulesReply['rules'];
type Builtins = RulesReply['builtins'];
type PackInfo = Rules['packs'][number];

export interface RulesHandlers {
  setBuiltin(id: string, on: boolean): void;
  importPack(file: File): void;
  removePack(name: string): void;
  setProfile(id: string): void;
}

const TRUST: Record<PackInfo['trust'], string> = {
  'built-in': 'built-in', verified: 'signed, verified', signed: 'signed, not checked', unsigned: 'unsigned',
};

/**
 * A fieldset the organisation's policy sets: disabled, with "Set by your organisation" as its first line
 * (named in the fieldset's description, so a screen reader says it with the group's name).
 */
export function lockFieldset(box: HTMLFieldSetElement, locked: boolean): HTMLFieldSetElement {
  if (!locked) return box;
  const id = `${box.id}-lock`;
  box.setAttribute('disabled', '');
  box.setAttribute('aria-describedby', id);
  box.querySelector('legend')!.after(el('p', { class: 'org-lock-line', id }, el('span', { class: 'org-lock', text: 'Set by your organisation' })));
  return box;
}

function packItem(p: PackInfo, mine: boolean, h: RulesHandlers): HTMLLIElement {
  const from = p.origin === 'built-in' ? 'built into WPS Lens' : mine ? `your file ${p.origin}` : 'from your organisation';
  const li = el('li', { class: 'pack', 'data-pack': p.id },
    el('div', { class: 'pack-head' }, el('strong', { text: p.name }), ' ', el('span', { class: 'muted', text: p.version }), ' ',
      el('span', { class: `chip trust-${p.trust}`, text: TRUST[p.trust] })),
    el('div', { class: 'muted', text: `${p.publisher}${p.keyId ? ` · key ${p.keyId}` : ''} · ${from}` }));
  if (mine) {
    const rm = el('button', { type: 'button', text: 'Remove', 'aria-label': `Remove pack ${p.name}` });
    rm.addEventListener('click', () => h.removePack(p.origin));
    li.append(rm);
  }
  return li;
}

export function rulesSection(rules: Rules, builtins: Builtins, h: RulesHandlers): Node[] {
  const parts: Node[] = [];
  const locked = new Set(rules.locked);
  if (rules.organisation) parts.push(el('p', { id: 'org-note', class: 'org-note', text: 'Your organisation manages WPS Lens on this browser: the settings it sets are shown here and cannot be changed.' }));
  if (rules.problems.length) {
    parts.push(el('div', { id: 'rule-problems', role: 'alert' },
      el('p', { text: rules.problems.length === 1 ? 'One rule pack or setting was not used:' : `${rules.problems.length} rule packs or settings were not used:` }),
      el('ul', {}, ...rules.problems.map((p) => el('li', { text: p }))),
      el('p', { class: 'muted', text: 'The other rules are in force.' })));
  }

  const mine = new Set(rules.userPacks.map((p) => p.name));
  const packs = el('fieldset', { id: 'packs' }, el('legend', { text: 'Rule packs in force' }),
    el('ul', { id: 'packs-in-force', class: 'packs', 'aria-label': 'Rule packs in force' },
      ...(rules.packs.length ? rules.packs.map((p) => packItem(p, mine.has(p.origin), h)) : [el('li', { class: 'muted', text: 'No pack: the built-in UN rules only.' })])));
  parts.push(packs);

  const lockPacks = locked.has('packs');
  const on = new Set(rules.builtinPacks);
  const bi = el('fieldset', { id: 'builtin-packs' }, el('legend', { text: 'Built-in packs' }));
  for (const b of builtins) {
    const box = el('input', { type: 'checkbox', id: `builtin-${b.id}`, value: b.id });
    box.checked = on.has(b.id);
    box.addEventListener('change', () => h.setBuiltin(b.id, box.checked));
    bi.append(el('div', { class: 'check' }, box, el('label', { for: `builtin-${b.id}`, text: `${b.name} (${b.version})` })));
  }
  parts.push(lockFieldset(bi, lockPacks));

  const imp = el('fieldset', { id: 'pack-import' }, el('legend', { text: 'Your own rule packs' }));
  if (rules.allowUserPacks) {
    const input = el('input', { type: 'file', id: 'pack-file', accept: 'application/json,.json' });
    input.addEventListener('change', () => { const f = input.files?.[0]; if (f) h.importPack(f); input.value = ''; });
    imp.append(el('label', { for: 'pack-file', text: 'Import a rule pack (JSON)' }), el('br'), input,
      el('p', { class: 'muted', text: 'Read here and kept in this browser; never uploaded.' }));
    const refused = rules.userPacks.filter((p) => !p.inForce);
    if (refused.length) {
      const list = el('ul', { id: 'packs-refused', 'aria-label': 'Your packs not in force' });
      for (const p of refused) {
        const rm = el('button', { type: 'button', text: 'Remove', 'aria-label': `Remove ${p.name}` });
        rm.addEventListener('click', () => h.removePack(p.name));
        list.append(el('li', {}, `${p.name} (not in force, see above) `, rm));
      }
      imp.append(list);
    }
  } else {
    imp.append(el('p', { id: 'pack-file-locked', text: 'Packs and lexicons of your own are not allowed on this browser.' }));
  }
  parts.push(lockFieldset(imp, !rules.allowUserPacks));

  const lockProfile = locked.has('profile');
  const prof = el('fieldset', { id: 'profile-set' }, el('legend', { text: 'Default document type' }));
  const sel = el('select', { id: 'default-profile' });
  sel.append(el('option', { value: 'auto', text: 'Detect automatically' }));
  for (const p of rules.profiles) sel.append(el('option', { value: p.id, text: p.label }));
  sel.value = rules.defaultProfile;
  sel.addEventListener('change', () => h.setProfile(sel.value));
  prof.append(el('label', { for: 'default-profile', text: 'Document type for new scans' }), el('br'), sel);
  parts.push(lockFieldset(prof, lockProfile));
  return parts;
}
