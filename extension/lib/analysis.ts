// Background-only: runs the core on a page's blocks and turns findings into paint items.
// The lexicon in force (built-in rules, packs, the user's lexicon) is compiled by rules.ts.
import { analyze } from '../../core/analyze.ts';
import type { Lexicon } from '../../core/lexicon/compile.ts';
import type { Dismissal } from '../../core/analysis/dismiss.ts';
import type { LanguageChoice } from '../../core/text/language.ts';
import { findingKind, isWeak, pillarFamily } from '../../core/lexicon/pillars.ts';
import { describeFinding } from '../../core/report/describe.ts';
import type { Finding, Report, TextBlock } from '../../core/schema.ts';
import { findingKey, type PaintItem } from './paint-types.ts';
import type { Settings } from './settings.ts';
import type { UiLanguage } from './i18n.ts';

export interface AnalyzeBlocksOptions {
  source: string;
  profile: string;
  /** "auto" detects each block's language; "en"/"fr" override it. */
  language?: LanguageChoice;
  lexicon: Lexicon;
  dismissals: readonly Dismissal[];
}

export function analyzeBlocks(blocks: readonly TextBlock[], o: AnalyzeBlocksOptions): Report {
  let profile = o.profile;
  if (profile !== 'auto' && !o.lexicon.profiles.has(profile)) profile = 'auto';
  return analyze(blocks, { source: o.source, profile, language: o.language ?? 'auto', lexicon: o.lexicon, dismissals: o.dismissals });
}

/**
 * What the page paints for each finding, honouring the pillars the user chose to show. Findings in a
 * table of contents, notes or a reference list (`reference`) are not painted unless asked for.
 */
/** Negated first; advice said plainly (not also unverified or limited) gets its own look; other weak mentions dotted. */
export function paintStyle(f: Finding): PaintItem['style'] {
  const kind = findingKind(f);
  if (kind === 'negated') return 'negated';
  if (kind === 'advice' && !f.unverified && !f.scopeLimited) return 'advice';
  return isWeak(f) ? 'weak' : 'plain';
}

export interface PaintOptions {
  /** Only these blocks (a page's new blocks). */ onlyBlocks?: ReadonlySet<string>;
  /** Paint contents, notes and references too. */ withReferences?: boolean;
  /** The hover cards' language (the interface's). */ language?: UiLanguage;
}

export function paintItems(findings: readonly Finding[], pillars: Settings['pillars'], o: PaintOptions = {}): PaintItem[] {
  const { onlyBlocks, withReferences = false, language = 'en' } = o;
  const items: PaintItem[] = [];
  for (const f of findings) {
    if (f.block === undefined || (onlyBlocks && !onlyBlocks.has(f.block))) continue;
    if (f.reference && !withReferences) continue;
    const family = pillarFamily(f.pillar);
    if (pillars[family]?.shown === false) continue;
    const d = describeFinding(f, language);
    items.push({
      key: findingKey(f),
      block: f.block,
      start: f.start,
      end: f.end,
      family,
      style: paintStyle(f),
      card: { title: d.title, pillar: d.pillar === d.family ? d.pillar : `${d.pillar} (${d.family})`, how: [d.how, ...d.notes].join(' '), why: d.why },
    });
  }
  return items;
}
