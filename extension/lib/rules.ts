// Background-only: the rules in force on this desk — the organisation's policy (managed storage), the
// user's packs and lexicon — checked once per change (signatures are WebCrypto, async) and compiled
// into the lexicon every scan uses. A refused pack is named in `problems` and the rest keep working.
import { loadLexicon, type Lexicon } from '../../core/lexicon/compile.ts';
import { trIn, type UiLanguage } from './i18n.ts';
import { compilePacks, builtinPacks, type PackSource } from '../../core/packs/load.ts';
import type { PackInfo } from '../../core/packs/schema.ts';
import { issuesOf, packsInForce, type InForce } from '../../core/packs/in-force.ts';
import { effectiveSettings, type Effective } from '../../core/packs/policy.ts';
import type { PolicyLoad } from './managed.ts';
import type { Settings } from './settings.ts';

export type Lock = 'packs' | 'profile' | 'autoScan' | 'userPacks';

/** What the options page and the side panel are told about the rules (plain data, sent as a message). */
export interface RulesView {
  /** Whether an organisation policy is set. */
  organisation: boolean;
  /** The packs in force, in load order: name, version, publisher, trust. */
  packs: PackInfo[];
  locked: Lock[];
  /** Built-in pack ids turned on (the policy's, or the user's). */
  builtinPacks: string[];
  defaultProfile: string;
  autoScanSites: string[];
  allowUserPacks: boolean;
  /** The user's stored pack files and whether each is in force. */
  userPacks: { name: string; inForce: boolean }[];
  /** Policy problems and refused packs, one line each. */
  problems: string[];
  /** Document types the lexicon in force knows (built-in and the packs'), for the type choosers. */
  profiles: { id: string; label: string }[];
}

export interface RulesNow { effective: Effective; inForce: InForce; organisation: boolean; problems: string[] }

const userSources = (s: Settings): PackSource[] => s.packs.map((p) => ({ name: p.name, data: p.data }));

/** The settings in force, from the policy as read and the user's settings. */
export async function rulesFor(policy: PolicyLoad, s: Settings): Promise<RulesNow> {
  const users = userSources(s);
  const effective = effectiveSettings(policy.policy, { builtinPacks: s.builtinPacks, packs: users, defaultProfile: s.profile, autoScanSites: s.autoScan });
  const inForce = await packsInForce(effective, users);
  return { effective, inForce, organisation: policy.policy !== undefined, problems: [...new Set([...policy.problems, ...inForce.problems])] };
}

/** Caches the last check (by policy and the user's pack choices) and the lexicons compiled from it. */
export class RulesCache {
  private key = '';
  private now: Promise<RulesNow> | null = null;
  private lexKey = '';
  private lexLang: UiLanguage = 'en';
  private lexicon: Lexicon | null = null;
  private lexFor: RulesNow | null = null;
  /** Set when the stored custom lexicon no longer compiles (the rules without it are used). */
  notice: string | undefined;

  get(policy: PolicyLoad, s: Settings): Promise<RulesNow> {
    const key = JSON.stringify([policy, s.builtinPacks, s.packs, s.profile, s.autoScan]);
    if (!this.now || key !== this.key) {
      this.key = key;
      this.now = rulesFor(policy, s);
    }
    return this.now;
  }

  /** Built-in rules + the packs in force + the user's lexicon file (when the policy allows it). */
  lexiconFor(rules: RulesNow, custom: Settings['lexicon'], lang: UiLanguage = 'en'): Lexicon {
    const file = rules.effective.allowUserPacks ? custom : null;
    const key = file ? JSON.stringify(file) : '';
    if (this.lexicon && this.lexFor === rules && key === this.lexKey && lang === this.lexLang) return this.lexicon;
    this.notice = custom && !file ? trIn(lang, 'lexNotAllowed') : undefined;
    const { resolved } = rules.inForce;
    const compile = (files: { name: string; data: unknown }[]) => (resolved.packs.length ? compilePacks(resolved, files) : loadLexicon(files));
    try {
      this.lexicon = compile(file ? [{ name: file.name, data: file.data }] : []);
    } catch (e) {
      this.notice = trIn(lang, 'lexIgnored', { issues: issuesOf(e).join('; ') });
      this.lexicon = compile([]);
    }
    this.lexFor = rules;
    this.lexKey = key;
    this.lexLang = lang;
    return this.lexicon;
  }
}

export function rulesView(rules: RulesNow, s: Settings, lexicon: Lexicon): RulesView {
  const { effective, inForce } = rules;
  const accepted = new Set(inForce.accepted.map((p) => p.name));
  return {
    organisation: rules.organisation,
    packs: inForce.resolved.packs,
    locked: [...effective.locked],
    builtinPacks: effective.selected.filter((x): x is string => typeof x === 'string'),
    defaultProfile: effective.defaultProfile,
    autoScanSites: effective.autoScanSites,
    allowUserPacks: effective.allowUserPacks,
    userPacks: s.packs.map((p) => ({ name: p.name, inForce: accepted.has(p.name) })),
    problems: rules.problems,
    profiles: [...lexicon.profiles.values()].map((p) => ({ id: p.id, label: p.label })),
  };
}

/** The built-in packs the options page offers as switches. */
export function builtinPackList(): { id: string; name: string; version: string; publisher: string }[] {
  return builtinPacks().map((p) => ({ id: p.pack.id, name: p.pack.name, version: p.pack.version, publisher: p.pack.publisher }));
}
