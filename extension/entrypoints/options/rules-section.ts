// The options page's organisation parts: the rule packs in force (name, version, publisher, trust), the
// built-in pack switches, the user's pack import, and the default document type. What the organisation's
// policy sets is shown disabled with "Set by your organisation"; refused packs are listed one per line.
import { el } from '../../lib/dom.ts';
import { tr, type StringKey } from '../../lib/i18n.ts';
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

const TRUST: Record<PackInfo['trust'], StringKey> = {
  'built-in': 'rTrustBuiltin', verified: 'rTrustVerified', signed: 'rTrustSigned', unsigned: 'rTrustUnsigned',
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
  box.querySelector('legend')!.after(el('p', { class: 'org-lock-line', id }, el('span', { class: 'org-lock', text: tr('oSetByOrg') })));
  return box;
}

function packItem(p: PackInfo, mine: boolean, h: RulesHandlers): HTMLLIElement {
  const from = p.origin === 'built-in' ? tr('rFromBuiltin') : mine ? tr('rFromFile', { file: p.origin }) : tr('rFromOrg');
  const li = el('li', { class: 'pack', 'data-pack': p.id },
    el('div', { class: 'pack-head' }, el('strong', { text: p.name }), ' ', el('span', { class: 'muted', text: p.version }), ' ',
      el('span', { class: `chip trust-${p.trust}`, text: tr(TRUST[p.trust]) })),
    el('div', { class: 'muted', text: `${p.publisher}${p.keyId ? ` · ${tr('rKey', { id: p.keyId })}` : ''} · ${from}` }));
  if (mine) {
    const rm = el('button', { type: 'button', text: tr('oRemove'), 'aria-label': tr('rRemovePack', { name: p.name }) });
    rm.addEventListener('click', () => h.removePack(p.origin));
    li.append(rm);
  }
  return li;
}

export function rulesSection(rules: Rules, builtins: Builtins, h: RulesHandlers): Node[] {
  const parts: Node[] = [];
  const locked = new Set(rules.locked);
  if (rules.organisation) parts.push(el('p', { id: 'org-note', class: 'org-note', text: tr('rOrgNote') }));
  if (rules.problems.length) {
    parts.push(el('div', { id: 'rule-problems', role: 'alert' },
      el('p', { text: rules.problems.length === 1 ? tr('rProblemOne') : tr('rProblems', { n: rules.problems.length }) }),
      el('ul', {}, ...rules.problems.map((p) => el('li', { text: p }))),
      el('p', { class: 'muted', text: tr('rOthersInForce') })));
  }

  const mine = new Set(rules.userPacks.map((p) => p.name));
  const packs = el('fieldset', { id: 'packs' }, el('legend', { text: tr('rInForce') }),
    el('ul', { id: 'packs-in-force', class: 'packs', 'aria-label': tr('rInForce') },
      ...(rules.packs.length ? rules.packs.map((p) => packItem(p, mine.has(p.origin), h)) : [el('li', { class: 'muted', text: tr('rNoPack') })])));
  parts.push(packs);

  const lockPacks = locked.has('packs');
  const on = new Set(rules.builtinPacks);
  const bi = el('fieldset', { id: 'builtin-packs' }, el('legend', { text: tr('rBuiltin') }));
  for (const b of builtins) {
    const box = el('input', { type: 'checkbox', id: `builtin-${b.id}`, value: b.id });
    box.checked = on.has(b.id);
    box.addEventListener('change', () => h.setBuiltin(b.id, box.checked));
    bi.append(el('div', { class: 'check' }, box, el('label', { for: `builtin-${b.id}`, text: `${b.name} (${b.version})` })));
  }
  parts.push(lockFieldset(bi, lockPacks));

  const imp = el('fieldset', { id: 'pack-import' }, el('legend', { text: tr('rOwn') }));
  if (rules.allowUserPacks) {
    const input = el('input', { type: 'file', id: 'pack-file', accept: 'application/json,.json' });
    input.addEventListener('change', () => { const f = input.files?.[0]; if (f) h.importPack(f); input.value = ''; });
    imp.append(el('label', { for: 'pack-file', text: tr('rImport') }), el('br'), input,
      el('p', { class: 'muted', text: tr('rLocal') }));
    const refused = rules.userPacks.filter((p) => !p.inForce);
    if (refused.length) {
      const list = el('ul', { id: 'packs-refused', 'aria-label': tr('rRefused') });
      for (const p of refused) {
        const rm = el('button', { type: 'button', text: tr('oRemove'), 'aria-label': tr('rRemoveFile', { name: p.name }) });
        rm.addEventListener('click', () => h.removePack(p.name));
        list.append(el('li', {}, tr('rNotInForce', { name: p.name }), rm));
      }
      imp.append(list);
    }
  } else {
    imp.append(el('p', { id: 'pack-file-locked', text: tr('rNotAllowed') }));
  }
  parts.push(lockFieldset(imp, !rules.allowUserPacks));

  const lockProfile = locked.has('profile');
  const prof = el('fieldset', { id: 'profile-set' }, el('legend', { text: tr('rDefaultType') }));
  const sel = el('select', { id: 'default-profile' });
  sel.append(el('option', { value: 'auto', text: tr('detectAuto') }));
  for (const p of rules.profiles) sel.append(el('option', { value: p.id, text: p.label }));
  sel.value = rules.defaultProfile;
  sel.addEventListener('change', () => h.setProfile(sel.value));
  prof.append(el('label', { for: 'default-profile', text: tr('rTypeForNew') }), el('br'), sel);
  parts.push(lockFieldset(prof, lockProfile));
  return parts;
}
