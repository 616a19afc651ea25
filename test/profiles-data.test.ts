// Data checks for core/data/profiles.json and the bundled sample documents.
import { domainDir as sharedDomainDir } from './support/corpus.ts';
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILE_IDS, ProfilesFile } from '../core/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const domainDir = sharedDomainDir();
const profilesPath = resolve(root, 'core/data/profiles.json');
const lexiconPath = resolve(root, 'core/data/lexicon.json');

const BASELINE_IDS = ['wps-women-girls', 'wps-gender'];

const SAMPLES = [
  'oporder-sector-west.txt',
  'oporder-integrated.txt',
  'conops.txt',
  'roe.txt',
  'patrol-report.txt',
  'sg-report.txt',
  'poc-strategy.txt',
  'mission-concept.txt',
  'mandate.txt',
  'README.md',
];

const raw: unknown = JSON.parse(readFileSync(profilesPath, 'utf8'));
const file = ProfilesFile.parse(raw);
const allRules = file.profiles.flatMap((p) => p.rules.map((r) => ({ profile: p.id, rule: r })));

/** Concept ids defined in taxonomy §1.1–§1.18: the backticked kebab-case ids of those sections. */
function taxonomyConceptIds(): Set<string> {
  const text = readFileSync(resolve(domainDir, 'taxonomy.md'), 'utf8');
  const start = text.search(/^### 1\.1 /m);
  const end = text.search(/^### 1\.19 /m);
  if (start < 0 || end < 0 || end <= start) throw new Error(`cannot find §1.1–§1.18 in ${domainDir}/taxonomy.md`);
  const ids = new Set<string>();
  for (const m of text.slice(start, end).matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)) ids.add(m[1]!);
  return ids;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive whole-word match, as the engine's keyword probe does. */
function keywordsFound(text: string, keywords: string[]): string[] {
  return keywords.filter((k) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(k)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

describe('core/data/profiles.json', () => {
  it('passes ProfilesFile.parse', () => {
    expect(() => ProfilesFile.parse(raw)).not.toThrow();
    expect(file.version).toBe(1);
  });

  it('has exactly the fourteen profile ids of the contract', () => {
    const ids = file.profiles.map((p) => p.id);
    expect(ids).toHaveLength(14);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...PROFILE_IDS].sort());
  });

  it('has no rules for generic and the report-like types, and rules and cues for every other profile', () => {
    const reportLike = new Set(['research-report', 'policy-brief', 'press-release', 'news']);
    for (const p of file.profiles) {
      if (p.id === 'generic') {
        expect(p.rules).toEqual([]);
        expect(p.cues).toEqual([]);
        continue;
      }
      if (reportLike.has(p.id)) expect(p.rules, p.id).toEqual([]);
      else expect(p.rules.length, p.id).toBeGreaterThan(0);
      expect(p.cues.length, p.id).toBeGreaterThan(0);
      expect(p.cues.some((c) => c.weight > 0), p.id).toBe(true);
    }
  });

  it('gives each report-like type heading or prose cues in English and in French', () => {
    for (const id of ['research-report', 'policy-brief', 'press-release', 'news']) {
      const p = file.profiles.find((x) => x.id === id)!;
      expect(p.label.length, id).toBeGreaterThan(5);
      expect(p.description?.length ?? 0, id).toBeGreaterThan(40);
      const fr = p.cues.filter((c) => /[àâçéèêëîïôûùüÿœ«»]|\b(?:le|la|les|des|de|du|cette|ce|l'|d')\b/i.test(c.phrase) || /^(?:Partagez|Partager|Recommandations|Constats|Contexte|Limites|Synthèse)$/.test(c.phrase));
      expect(fr.length, `${id}: French cues`).toBeGreaterThan(0);
      expect(p.cues.length - fr.length, `${id}: English cues`).toBeGreaterThan(0);
    }
  });

  it('lets only their layout choose resolutions, orders, rules of engagement and titled documents', () => {
    const layout = Object.fromEntries(file.profiles.map((p) => [p.id, p.layout]));
    expect(layout).toMatchObject({
      mandate: 'resolution', 'thematic-resolution': 'resolution', oporder: 'order', conops: 'order', roe: 'rules',
      'mission-concept': 'title', 'poc-strategy': 'title', 'operations-report': 'title',
    });
    for (const id of ['sg-report', 'research-report', 'policy-brief', 'press-release', 'news', 'generic']) expect(layout[id], id).toBeUndefined();
    // Every title-gated type can be opened by a title cue.
    for (const p of file.profiles.filter((x) => x.layout === 'title' || x.layout === 'order' || x.layout === 'rules')) {
      expect(p.cues.some((c) => c.title && c.weight > 0), p.id).toBe(true);
    }
  });

  it('has unique rule ids prefixed by their profile id', () => {
    const ids = allRules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { profile, rule } of allRules) expect(rule.id.startsWith(`${profile}.`), rule.id).toBe(true);
  });

  it('references only concept ids of taxonomy §1.1–§1.18 or the baseline ids', () => {
    const known = taxonomyConceptIds();
    expect(known.size).toBeGreaterThan(50);
    for (const id of BASELINE_IDS) known.add(id);
    const unknown = allRules.flatMap(({ rule }) => (rule.concepts ?? []).filter((c) => !known.has(c)).map((c) => `${rule.id}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it.runIf(existsSync(lexiconPath))('references only concept ids of core/data/lexicon.json', () => {
    const lexicon = JSON.parse(readFileSync(lexiconPath, 'utf8')) as { concepts?: { id: string }[] };
    const known = new Set((lexicon.concepts ?? []).map((c) => c.id));
    const unknown = allRules.flatMap(({ rule }) => (rule.concepts ?? []).filter((c) => !known.has(c)).map((c) => `${rule.id}: ${c}`));
    expect(unknown).toEqual([]);
  });

  it('gives every rule a reason, a basis and a suggestion, and no rule cites the taxonomy source keys', () => {
    for (const { rule } of allRules) {
      for (const field of [rule.reason, rule.basis, rule.suggestion]) {
        expect(field.trim().length, rule.id).toBeGreaterThan(10);
        expect(field, rule.id).not.toMatch(/\b00[0-4]\b/);
      }
    }
  });

  it('never raises a high gap for ROE', () => {
    const roe = file.profiles.find((p) => p.id === 'roe')!;
    for (const r of roe.rules) {
      const severity = r.severity ?? (r.level === 'required' ? 'high' : 'medium');
      expect(severity, r.id).not.toBe('high');
    }
  });

  it('has the FOI keyword probe for OpOrders as a required, high, main-body rule', () => {
    const rule = allRules.find(({ rule }) => rule.id === 'oporder.main-body-keywords')?.rule;
    expect(rule).toBeDefined();
    expect(rule!.level).toBe('required');
    expect(rule!.where).toBe('main-body');
    expect(rule!.severity ?? 'high').toBe('high');
    expect(rule!.keywords).toEqual(expect.arrayContaining(['women', 'gender', '1325']));
  });

  it('scopes OpOrder rules to each of the five paragraphs', () => {
    const scopes = new Set(allRules.filter(({ profile }) => profile === 'oporder').map(({ rule }) => rule.where));
    for (const s of ['opord-1', 'opord-2', 'opord-3', 'opord-4', 'opord-5', 'main-body']) expect(scopes.has(s as never), s).toBe(true);
  });
});

describe('samples', () => {
  it.each(SAMPLES)('%s exists and is not empty', (name) => {
    const path = resolve(root, 'samples', name);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8').trim().length).toBeGreaterThan(200);
  });

  it('oporder-sector-west.txt: the main body has none of the keywords, the annex has some', () => {
    const keywords = allRules.find(({ rule }) => rule.id === 'oporder.main-body-keywords')?.rule.keywords ?? [];
    expect(keywords.length).toBeGreaterThan(0);
    const text = readFileSync(resolve(root, 'samples/oporder-sector-west.txt'), 'utf8');
    const m = /^ANNEX/m.exec(text);
    expect(m).not.toBeNull();
    const mainBody = text.slice(0, m!.index);
    const annexes = text.slice(m!.index);
    expect(mainBody).toMatch(/^5\. COMMAND AND SIGNAL$/m);
    expect(keywordsFound(mainBody, keywords)).toEqual([]);
    expect(keywordsFound(annexes, keywords).length).toBeGreaterThan(0);
  });

  it('oporder-integrated.txt: the main body names women and gender', () => {
    const keywords = allRules.find(({ rule }) => rule.id === 'oporder.main-body-keywords')?.rule.keywords ?? [];
    const text = readFileSync(resolve(root, 'samples/oporder-integrated.txt'), 'utf8');
    const mainBody = text.slice(0, /^ANNEX/m.exec(text)?.index ?? text.length);
    expect(keywordsFound(mainBody, keywords)).toEqual(expect.arrayContaining(['women', 'gender']));
  });

  it('samples are UTF-8 text with the five OpOrder paragraphs at line start', () => {
    for (const name of ['oporder-sector-west.txt', 'oporder-integrated.txt']) {
      const text = readFileSync(resolve(root, 'samples', name), 'utf8');
      expect(text).not.toContain('\uFFFD');
      for (const h of [/^1\. SITUATION$/m, /^2\. MISSION$/m, /^3\. EXECUTION$/m, /^4\. (SERVICE SUPPORT|ADMINISTRATION AND LOGISTICS)$/m, /^5\. COMMAND AND SIGNAL$/m, /^ANNEX [A-Z] – /m]) {
        expect(text, `${name} ${h}`).toMatch(h);
      }
    }
  });
});
