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
import { tc, type CommonKey, type UiLanguage } from './strings.ts';

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

const TRUST: Record<PackInfo['trust'], CommonKey> = {
  'built-in': 'trustBuiltIn', verified: 'trustVerified', signed: 'trustSigned', unsigned: 'trustUnsigned',
};

/** Why the user's lexicon files are not in use, said in the interface language when shown. */
type LexiconIssue = { key: 'lexiconNotUsed'; problems: string[] } | { key: 'lexiconsNotAllowed' };
/** A line of the section's status: its words are looked up when drawn, so a change of language redraws it. */
type Message = { key: CommonKey; vars?: Record<string, string | number>; error: boolean };

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
  private compiled = new Map<string, { lexicon: Lexicon; issue?: LexiconIssue }>();
  private box: HTMLElement | null = null;
  private message: Message | null = null;
  /** The start-up failure, if the packs could not be read at all. */
  private notLoaded: string | null = null;
  /** The interface language of the pane that holds this (setLanguage). */
  private ui: UiLanguage = 'en';
  /** The last import's problems, shown until the next change. */
  private failure: string[] = [];
  private seq = 0;

  constructor(private readonly store: Store, loadPolicy: PolicyLoader = () => fetchOrgPolicy()) {
    const effective = effectiveSettings(undefined);
    this.state = { resolved: EMPTY, effective, organisation: false, base: [], accepted: [], problems: [] };
    this.ready = loadPolicy().catch((err: unknown) => ({ problems: [`${ORG_POLICY_FILE}: ${(err as Error).message}`] }))
      .then(async (p) => { this.policy = p; await this.refresh(); })
      .catch((err: unknown) => { this.notLoaded = (err as Error).message; this.render(); });
  }

  /** The interface language of the section and of the messages (redraws the section). */
  setLanguage(ui: UiLanguage): void {
    this.ui = ui;
    this.render();
  }

  /** Called after every change of the packs in force. */
  onChange(listener: () => void): void { this.listeners.push(listener); }

  get allowUserFiles(): boolean { return this.state.effective.allowUserPacks; }

  /** The organisation's document type when its policy sets one (the panes lock their default-type control). */
  get lockedProfile(): string | undefined {
    return this.state.effective.locked.has('profile') ? this.state.effective.defaultProfile : undefined;
  }

  /**
   * Built-in rules + packs in force + the user's lexicon files, compiled synchronously (cached per set); the
   * problem, if any, in the interface language.
   */
  lexicon(lexicons: readonly LexiconFile[]): { lexicon: Lexicon; problem?: string } {
    const files = this.allowUserFiles ? lexicons : [];
    const key = JSON.stringify(files);
    let hit = this.compiled.get(key);
    if (!hit) {
      const { resolved } = this.state;
      if (!resolved.packs.length) { // no pack: the lexicon the panes always used (shared cache)
        const active = activeLexicon(files);
        hit = { lexicon: active.lexicon, ...(active.problems ? { issue: { key: 'lexiconNotUsed', problems: active.problems } } : {}) };
      } else try {
        hit = { lexicon: compilePacks(resolved, files.map((f) => ({ name: f.name, data: f.data }))) };
      } catch (err) {
        const issue: LexiconIssue = { key: 'lexiconNotUsed', problems: issuesOf(err) };
        try { hit = { lexicon: resolved.packs.length ? compilePacks(resolved) : builtinLexicon(), issue }; } catch { hit = { lexicon: builtinLexicon(), issue }; }
      }
      if (!hit.issue && lexicons.length && !this.allowUserFiles) hit.issue = { key: 'lexiconsNotAllowed' };
      this.compiled.set(key, hit);
    }
    const { issue } = hit;
    if (!issue) return { lexicon: hit.lexicon };
    return { lexicon: hit.lexicon, problem: issue.key === 'lexiconNotUsed' ? tc(this.ui, issue.key, { problems: issue.problems.join('; ') }) : tc(this.ui, issue.key) };
  }

  /** A picked pack file: checked with everything in force, then stored; on failure nothing changes. */
  async importPack(name: string, text: string): Promise<PackImport> {
    await this.ready; // checked against the organisation's policy, never before it is read
    if (!this.allowUserFiles) return this.fail([tc(this.ui, 'packsNotAllowed')]);
    let data: unknown;
    try { data = JSON.parse(text); } catch (err) { return this.fail([tc(this.ui, 'notValidJson', { name, error: (err as Error).message })]); }
    const stored = readPackSettings(this.store);
    const { base, accepted, effective } = this.state;
    try {
      const r = await check([...base, ...accepted.filter((s) => s.name !== name), { name, data }], effective.keys);
      const next: PackSettings = { ...stored, packs: [...stored.packs.filter((p) => p.name !== name), { name, data }] };
      await this.save(next);
      const info = r.packs.find((p) => p.origin === name);
      this.say('packAdded', { pack: info ? `${info.name} ${info.version} (${tc(this.ui, TRUST[info.trust])})` : name });
      return { ok: true, info };
    } catch (err) {
      return this.fail(issuesOf(err));
    }
  }

  async removePack(name: string): Promise<void> {
    const stored = readPackSettings(this.store);
    await this.save({ ...stored, packs: stored.packs.filter((p) => p.name !== name) });
    this.say('packRemoved', { name });
  }

  async setBuiltin(id: string, on: boolean): Promise<void> {
    if (this.state.effective.locked.has('packs')) return;
    const stored = readPackSettings(this.store);
    const builtins = on ? [...new Set([...stored.builtinPacks, id])] : stored.builtinPacks.filter((b) => b !== id);
    await this.save({ ...stored, builtinPacks: builtins });
    this.say(on ? 'turnedOn' : 'turnedOff', { name: builtinPacks().find((p) => p.pack.id === id)?.pack.name ?? id });
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
    this.message = problems.length === 1 ? { key: 'packNotAdded', error: true } : { key: 'packNotAddedMany', vars: { n: problems.length }, error: true };
    this.failure = problems;
    this.render();
    return { ok: false, problems };
  }

  private say(key: CommonKey, vars?: Record<string, string | number>): void {
    this.message = { key, vars, error: false };
    this.failure = [];
    this.render();
  }

  private render(): void {
    const box = this.box;
    if (!box) return;
    const { effective, resolved, organisation } = this.state;
    const t = (key: CommonKey, vars?: Record<string, string | number>) => tc(this.ui, key, vars);
    const byOrg = () => h('span', { class: 'wps-org' }, t('setByOrg'));
    const lockedPacks = effective.locked.has('packs');
    const chosen = new Set(effective.selected.filter((s): s is string => typeof s === 'string'));
    const stored = readPackSettings(this.store);
    const userNames = new Set(stored.packs.map((p) => p.name));
    const problems = [...this.failure, ...this.state.problems, ...(this.notLoaded === null ? [] : [t('packsNotLoaded', { error: this.notLoaded })])];
    const [lockedBefore, lockedAfter] = t('ownNotAllowed').split('{org}');
    setChildren(box,
      h('h3', { id: 'wps-packs-h' }, t('packsHeading')),
      organisation ? h('p', { class: 'wps-muted', id: 'wps-org-note' }, t('orgNote', { file: ORG_POLICY_FILE })) : null,
      h('fieldset', { id: 'wps-builtin-packs', disabled: lockedPacks },
        h('legend', {}, t('builtinPacks'), lockedPacks ? ' · ' : '', lockedPacks ? byOrg() : null),
        builtinPacks().map((p) => h('label', { class: 'wps-check' },
          h('input', { type: 'checkbox', value: p.pack.id, checked: chosen.has(p.pack.id), disabled: lockedPacks, onchange: (e: Event) => void this.setBuiltin(p.pack.id, (e.target as HTMLInputElement).checked) }),
          ' ', p.pack.name))),
      h('ul', { class: 'wps-list', id: 'wps-pack-list', 'aria-label': t('packsInUse') },
        resolved.packs.length === 0 ? h('li', { class: 'wps-muted' }, t('noPack')) : null,
        resolved.packs.map((p) => {
          const mine = userNames.has(p.origin);
          return h('li', { class: 'wps-card wps-pack', 'data-pack': p.id },
            h('div', { class: 'wps-pack-head' }, h('strong', {}, p.name), ' ', h('span', { class: 'wps-muted' }, p.version),
              ' ', h('span', { class: `wps-chip wps-trust-${p.trust}` }, t(TRUST[p.trust]))),
            h('div', { class: 'wps-muted' }, p.publisher, p.keyId ? ` · ${t('packKey', { id: p.keyId })}` : '',
              p.origin === 'built-in' ? (chosen.has(p.id) ? '' : ` · ${t('packNeeded')}`) : mine ? ` · ${t('packFile', { name: p.origin })}` : ` · ${t('packFromOrg')}`),
            mine ? h('button', { class: 'wps-button small', type: 'button', 'aria-label': t('removePack', { name: p.name }), onclick: () => void this.removePack(p.origin) }, t('remove')) : null);
        })),
      effective.allowUserPacks
        ? h('p', {}, h('label', { for: 'wps-pack-file' }, t('importPack')), h('br'),
          h('input', { type: 'file', id: 'wps-pack-file', accept: '.json,application/json', onchange: (e: Event) => { const input = e.target as HTMLInputElement; const f = input.files?.[0]; if (f) void f.text().then((t) => this.importPack(f.name, t)).finally(() => { input.value = ''; }); } }),
          h('br'), h('span', { class: 'wps-muted' }, t('readHere')))
        : h('p', { id: 'wps-pack-file-locked' }, lockedBefore, byOrg(), lockedAfter),
      this.message ? h('p', { id: 'wps-pack-status', class: this.message.error ? 'wps-error' : 'wps-muted', role: 'status' }, t(this.message.key, this.message.vars)) : null,
      problems.length ? h('ul', { id: 'wps-pack-problems', class: 'wps-problems' }, problems.map((p) => h('li', {}, p))) : null);
  }
}
