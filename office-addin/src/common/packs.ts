// Rule packs in the Word and Excel panes, one path for both: the user's packs (imported files, read in
// the pane, never uploaded) and built-in packs kept in the add-in's settings store, the organisation's
// policy served beside the add-in (org-policy.json, same origin only), signatures checked once per
// change (WebCrypto, async), then compiled synchronously where the panes compile at render.
import { z } from 'zod';
import {
  builtinPacks, checkPacks as check, compilePacks, effectiveSettings, issuesOf, packsInForce,
  type Effective, type Lexicon, type PackInfo, type PackSource, type ResolvedPacks,
} from '../../../core/index.ts';
import { PACK_ID } from '../../../core/packs/schema.ts';
import { h, setChildren } from './dom.ts';
import { activeLexicon, builtinLexicon } from './lexicon.ts';
import { fetchOrgPolicy, ORG_POLICY_FILE, type PolicyLoad, type PolicyLoader } from './org-policy.ts';
import { LexiconFile, type Store } from './settings.ts';

export { fetchOrgPolicy, ORG_POLICY_FILE, type PolicyLoad, type PolicyLoader };

/** The packs' own key in the settings store the panes share (apart from AppSettings, so neither pane overwrites it). */
export const PACKS_KEY = 'wps-lens.packs';

export const PackSettings = z.object({
  /** Built-in packs the user turned on ("nato", "nap"). */
  builtinPacks: z.array(z.string().regex(PACK_ID)).max(20).catch([]),
  /** Imported pack files, as read (a signature covers the JSON as given). */
  packs: z.array(LexiconFile).max(20).catch([]),
});
export type PackSettings = z.infer<typeof PackSettings>;

export function readPackSettings(store: Store): PackSettings {
  const r = PackSettings.safeParse(store.get(PACKS_KEY) ?? {});
  return r.success ? r.data : { builtinPacks: [], packs: [] };
}

export const noPolicy: PolicyLoader = async () => ({ problems: [] });

/** The packs in force and why: shown in the pane's settings. */
export interface RulesState {
  resolved: ResolvedPacks;
  effective: Effective;
  /** Whether an organisation policy was found. */
  organisation: boolean;
  /** The organisation's part of the selection: built-in ids and its packs. */
  base: (string | PackSource)[];
  /** The user's packs that loaded; the others are in problems. */
  accepted: PackSource[];
  /** One line per problem, as the core gives them (policy, refused packs). */
  problems: string[];
}

const EMPTY: ResolvedPacks = { ordered: [], packs: [] };

/**
 * Which packs take effect: the organisation's part (built-ins and its packs) and then each of the user's
 * packs that loads with it; a refused pack is named with the core's message and the rest still apply
 * (core/packs/in-force.ts, shared with the browser extension).
 */
export async function resolveRules(policy: PolicyLoad, user: PackSettings): Promise<RulesState> {
  const sources: PackSource[] = user.packs.map((p) => ({ name: p.name, data: p.data }));
  const effective = effectiveSettings(policy.policy, { builtinPacks: user.builtinPacks, packs: sources });
  const r = await packsInForce(effective, sources);
  return { resolved: r.resolved, effective, organisation: policy.policy !== undefined, base: r.base, accepted: r.accepted, problems: [...new Set([...policy.problems, ...r.problems])] };
}

export type PackImport = { ok: true; info?: PackInfo } | { ok: false; problems: string[] };

const TRUST: Record<PackInfo['trust'], string> = {
  'built-in': 'built-in', verified: 'verified', signed: 'signed, not checked', unsigned: 'unsigned',
};

/**
 * The panes' rules: the start-up policy and stored packs, the compiled lexicon for the user's lexicon
 * files, import/remove/toggle, and the settings section. Word and Excel each hold one.
 */
export class PaneRules {
  state: RulesState;
  /** Settles when the policy is read and the stored packs are checked. */
  readonly ready: Promise<void>;
  private policy: PolicyLoad = { problems: [] };
  private listeners: (() => void)[] = [];
  private compiled = new Map<string, { lexicon: Lexicon; problem?: string }>();
  private box: HTMLElement | null = null;
  private message: { text: string; error: boolean } | null = null;
  /** The last import's problems, shown until the next change. */
  private failure: string[] = [];
  private seq = 0;

  constructor(private readonly store: Store, loadPolicy: PolicyLoader = () => fetchOrgPolicy()) {
    const effective = effectiveSettings(undefined);
    this.state = { resolved: EMPTY, effective, organisation: false, base: [], accepted: [], problems: [] };
    this.ready = loadPolicy().catch((err: unknown) => ({ problems: [`${ORG_POLICY_FILE}: ${(err as Error).message}`] }))
      .then(async (p) => { this.policy = p; await this.refresh(); })
      .catch((err: unknown) => { this.state = { ...this.state, problems: [`Rule packs not loaded: ${(err as Error).message}`] }; this.render(); });
  }

  /** Called after every change of the packs in force. */
  onChange(listener: () => void): void { this.listeners.push(listener); }

  get allowUserFiles(): boolean { return this.state.effective.allowUserPacks; }

  /** The organisation's document type when its policy sets one (the panes lock their default-type control). */
  get lockedProfile(): string | undefined {
    return this.state.effective.locked.has('profile') ? this.state.effective.defaultProfile : undefined;
  }

  /** Built-in rules + packs in force + the user's lexicon files, compiled synchronously (cached per set). */
  lexicon(lexicons: readonly LexiconFile[]): { lexicon: Lexicon; problem?: string } {
    const files = this.allowUserFiles ? lexicons : [];
    const key = JSON.stringify(files);
    let hit = this.compiled.get(key);
    if (!hit) {
      const { resolved } = this.state;
      if (!resolved.packs.length) hit = activeLexicon(files); // no pack: the lexicon the panes always used (shared cache)
      else try {
        hit = { lexicon: compilePacks(resolved, files.map((f) => ({ name: f.name, data: f.data }))) };
      } catch (err) {
        const problem = `Custom lexicon not used: ${issuesOf(err).join('; ')}`;
        try { hit = { lexicon: resolved.packs.length ? compilePacks(resolved) : builtinLexicon(), problem }; } catch { hit = { lexicon: builtinLexicon(), problem }; }
      }
      if (!hit.problem && lexicons.length && !this.allowUserFiles) hit.problem = 'Custom lexicons are not used: your organisation does not allow files of your own.';
      this.compiled.set(key, hit);
    }
    return hit;
  }

  /** A picked pack file: checked with everything in force, then stored; on failure nothing changes. */
  async importPack(name: string, text: string): Promise<PackImport> {
    await this.ready; // checked against the organisation's policy, never before it is read
    if (!this.allowUserFiles) return this.fail(['Not added: your organisation does not allow packs of your own.']);
    let data: unknown;
    try { data = JSON.parse(text); } catch (err) { return this.fail([`${name}: not valid JSON (${(err as Error).message})`]); }
    const stored = readPackSettings(this.store);
    const { base, accepted, effective } = this.state;
    try {
      const r = await check([...base, ...accepted.filter((s) => s.name !== name), { name, data }], effective.keys);
      const next: PackSettings = { ...stored, packs: [...stored.packs.filter((p) => p.name !== name), { name, data }] };
      await this.save(next);
      const info = r.packs.find((p) => p.origin === name);
      this.say(`Pack added: ${info ? `${info.name} ${info.version} (${TRUST[info.trust]})` : name}.`);
      return { ok: true, info };
    } catch (err) {
      return this.fail(issuesOf(err));
    }
  }

  async removePack(name: string): Promise<void> {
    const stored = readPackSettings(this.store);
    await this.save({ ...stored, packs: stored.packs.filter((p) => p.name !== name) });
    this.say(`Pack ${name} removed.`);
  }

  async setBuiltin(id: string, on: boolean): Promise<void> {
    if (this.state.effective.locked.has('packs')) return;
    const stored = readPackSettings(this.store);
    const builtins = on ? [...new Set([...stored.builtinPacks, id])] : stored.builtinPacks.filter((b) => b !== id);
    await this.save({ ...stored, builtinPacks: builtins });
    this.say(`${on ? 'Turned on' : 'Turned off'}: ${builtinPacks().find((p) => p.pack.id === id)?.pack.name ?? id}.`);
  }

  /** The "Rule packs" part of the pane's settings; kept up to date by this object. */
  section(): HTMLElement {
    this.box ??= h('section', { id: 'wps-packs', 'aria-labelledby': 'wps-packs-h' });
    this.render();
    return this.box;
  }

  private async save(next: PackSettings): Promise<void> {
    await this.store.set(PACKS_KEY, PackSettings.parse(next));
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const seq = ++this.seq; // a slower earlier check (start-up) must not overwrite a later one (an import)
    const state = await resolveRules(this.policy, readPackSettings(this.store));
    if (seq !== this.seq) return;
    this.state = state;
    this.compiled.clear();
    this.render();
    for (const l of this.listeners) l();
  }

  private fail(problems: string[]): PackImport {
    this.message = { text: problems.length === 1 ? 'Pack not added:' : `Pack not added (${problems.length} problems):`, error: true };
    this.failure = problems;
    this.render();
    return { ok: false, problems };
  }

  private say(text: string): void {
    this.message = { text, error: false };
    this.failure = [];
    this.render();
  }

  private render(): void {
    const box = this.box;
    if (!box) return;
    const { effective, resolved, organisation } = this.state;
    const byOrg = () => h('span', { class: 'wps-org' }, 'Set by your organisation');
    const lockedPacks = effective.locked.has('packs');
    const chosen = new Set(effective.selected.filter((s): s is string => typeof s === 'string'));
    const stored = readPackSettings(this.store);
    const userNames = new Set(stored.packs.map((p) => p.name));
    const problems = [...this.failure, ...this.state.problems];
    setChildren(box,
      h('h3', { id: 'wps-packs-h' }, 'Rule packs'),
      organisation ? h('p', { class: 'wps-muted', id: 'wps-org-note' }, `Your organisation sets some of these (${ORG_POLICY_FILE} beside the add-in).`) : null,
      h('fieldset', { id: 'wps-builtin-packs', disabled: lockedPacks },
        h('legend', {}, 'Built-in packs', lockedPacks ? ' · ' : '', lockedPacks ? byOrg() : null),
        builtinPacks().map((p) => h('label', { class: 'wps-check' },
          h('input', { type: 'checkbox', value: p.pack.id, checked: chosen.has(p.pack.id), disabled: lockedPacks, onchange: (e: Event) => void this.setBuiltin(p.pack.id, (e.target as HTMLInputElement).checked) }),
          ' ', p.pack.name))),
      h('ul', { class: 'wps-list', id: 'wps-pack-list', 'aria-label': 'Packs in use' },
        resolved.packs.length === 0 ? h('li', { class: 'wps-muted' }, 'No pack in use: the built-in UN rules only.') : null,
        resolved.packs.map((p) => {
          const mine = userNames.has(p.origin);
          return h('li', { class: 'wps-card wps-pack', 'data-pack': p.id },
            h('div', { class: 'wps-pack-head' }, h('strong', {}, p.name), ' ', h('span', { class: 'wps-muted' }, p.version),
              ' ', h('span', { class: `wps-chip wps-trust-${p.trust}` }, TRUST[p.trust])),
            h('div', { class: 'wps-muted' }, p.publisher, p.keyId ? ` · key ${p.keyId}` : '',
              p.origin === 'built-in' ? (chosen.has(p.id) ? '' : ' · needed by another pack') : mine ? ` · file ${p.origin}` : ' · from your organisation'),
            mine ? h('button', { class: 'wps-button small', type: 'button', 'aria-label': `Remove pack ${p.name}`, onclick: () => void this.removePack(p.origin) }, 'Remove') : null);
        })),
      effective.allowUserPacks
        ? h('p', {}, h('label', { for: 'wps-pack-file' }, 'Import a rule pack (JSON)'), h('br'),
          h('input', { type: 'file', id: 'wps-pack-file', accept: '.json,application/json', onchange: (e: Event) => { const input = e.target as HTMLInputElement; const f = input.files?.[0]; if (f) void f.text().then((t) => this.importPack(f.name, t)).finally(() => { input.value = ''; }); } }),
          h('br'), h('span', { class: 'wps-muted' }, 'Read in this pane; never uploaded.'))
        : h('p', { id: 'wps-pack-file-locked' }, byOrg(), ': packs and lexicons of your own are not allowed.'),
      this.message ? h('p', { id: 'wps-pack-status', class: this.message.error ? 'wps-error' : 'wps-muted', role: 'status' }, this.message.text) : null,
      problems.length ? h('ul', { id: 'wps-pack-problems', class: 'wps-problems' }, problems.map((p) => h('li', {}, p))) : null);
  }
}
