// The interface words of every surface (extension and Office panes): the string tables are checked when
// they load (same keys in English and French), keep their placeholders in both, and the interface
// language follows the user's choice, else the host's display language.
import { describe, expect, it } from 'vitest';
import { stringTable, uiLanguageFor } from '../core/i18n/strings-table.ts';
import extension from '../extension/lib/strings.json' with { type: 'json' };
import word from '../office-addin/src/word/strings.json' with { type: 'json' };
import excel from '../office-addin/src/excel/strings.json' with { type: 'json' };
import office from '../office-addin/src/common/strings.json' with { type: 'json' };
import { trCount, trIn, uiLanguageOf } from '../extension/lib/i18n.ts';

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

describe('string tables', () => {
  for (const [name, table] of Object.entries({ extension, word, excel, office }) as [string, { en: Record<string, string>; fr: Record<string, string> }][]) {
    it(`${name}: French has every English key, and each keeps its placeholders`, () => {
      expect(Object.keys(table.fr).sort()).toEqual(Object.keys(table.en).sort());
      for (const [k, v] of Object.entries(table.en)) expect(placeholders(table.fr[k]!), k).toEqual(placeholders(v));
    });
  }

  it('a table with a missing or an extra French key is refused, naming them', () => {
    expect(() => stringTable({ en: { a: 'A', b: 'B' }, fr: { a: 'A', c: 'C' } }, 'x.json'))
      .toThrow(/x\.json: English and French must have the same keys \(French lacks b; has extra c\)/);
    expect(() => stringTable({ en: { a: '' }, fr: { a: 'A' } }, 'y.json')).toThrow();
  });

  it('fills placeholders, leaves unknown ones as they are, and falls back to the key', () => {
    const t = stringTable({ en: { hi: 'Hello {name} {other}' }, fr: { hi: 'Bonjour {name} {other}' } }, 'z.json');
    expect(t('fr', 'hi', { name: 'Awa' })).toBe('Bonjour Awa {other}');
    expect(t('en', 'hi', { name: 'Awa', other: 3 })).toBe('Hello Awa 3');
    expect(t('en', 'missing' as 'hi')).toBe('missing');
  });
});

describe('the interface language', () => {
  it('is the choice, else the host\'s display language (French for any fr-*)', () => {
    expect(uiLanguageFor('fr', 'en-US')).toBe('fr');
    expect(uiLanguageFor('en', 'fr-FR')).toBe('en');
    expect(uiLanguageFor('auto', 'fr-CA')).toBe('fr');
    expect(uiLanguageFor(undefined, 'fr')).toBe('fr');
    expect(uiLanguageFor('auto', 'de-DE')).toBe('en');
    expect(uiLanguageFor('auto', undefined)).toBe('en');
    expect(uiLanguageFor('auto', 'french')).toBe('en');
    expect(uiLanguageOf({ interfaceLanguage: 'auto' }, 'fr-BE')).toBe('fr');
    expect(uiLanguageOf({ interfaceLanguage: 'en' }, 'fr-BE')).toBe('en');
  });

  it('counts in the singular as each language does: French 0 and 1, English 1 only', () => {
    expect(trCount(0, 'badgeGapOne', 'badgeGapMany', 'fr')).toBe('0 lacune');
    expect(trCount(1, 'badgeGapOne', 'badgeGapMany', 'fr')).toBe('1 lacune');
    expect(trCount(2, 'badgeGapOne', 'badgeGapMany', 'fr')).toBe('2 lacunes');
    expect(trCount(0, 'badgeGapOne', 'badgeGapMany', 'en')).toBe('0 gaps');
    expect(trCount(1, 'badgeGapOne', 'badgeGapMany', 'en')).toBe('1 gap');
    expect(trIn('fr', 'gapPosition', { n: 2, total: 9 })).toBe('Lacune 2 sur 9');
  });
});
