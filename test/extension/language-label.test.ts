// The side panel's language line: the document's language, or "mixed: …" (document language first)
// when the core found blocks in both languages; and the set-language message contract.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { choiceLabel, languageLabel } from '../../core/text/language.ts';
import { parseRequest, TabState } from '../../extension/lib/messages.ts';

const FR = 'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.';
const FR2 = 'Les patrouilles mixtes assureront la sécurité des filles et des femmes déplacées dans les camps.';
const EN = 'The force will train its staff on gender equality and the protection of women.';
const EN2 = 'Each company will report on the needs of women and girls in the sector.';

describe('languageLabel', () => {
  it('names one language, a mixed document (majority first) and an undetermined one', () => {
    expect(languageLabel(analyze([{ id: 'a', text: FR }, { id: 'b', text: FR2 }]))).toBe('French');
    expect(languageLabel(analyze([{ id: 'a', text: EN }]))).toBe('English');
    expect(languageLabel(analyze([{ id: 'a', text: FR }, { id: 'b', text: FR2 }, { id: 'c', text: EN }]))).toBe('mixed: French, English');
    expect(languageLabel(analyze([{ id: 'a', text: EN }, { id: 'b', text: EN2 }, { id: 'c', text: FR }]))).toBe('mixed: English, French');
    expect(languageLabel(analyze([{ id: 'a', text: '2026 — 14' }]))).toBe('undetermined');
    // Plain text input has no blocks: its language spans decide.
    expect(languageLabel(analyze(`${FR}\n\n${FR2}\n\n${EN}`))).toBe('mixed: French, English');
  });

  it('for a French reader, in French: one language, mixed, undetermined, and the choices', () => {
    expect(languageLabel(analyze([{ id: 'a', text: FR }, { id: 'b', text: FR2 }]), 'fr')).toBe('français');
    expect(languageLabel(analyze([{ id: 'a', text: EN }, { id: 'b', text: EN2 }, { id: 'c', text: FR }]), 'fr')).toBe('mixte : anglais, français');
    expect(languageLabel(analyze([{ id: 'a', text: '2026 — 14' }]), 'fr')).toBe('indéterminée');
    expect(['auto', 'en', 'fr'].map((c) => choiceLabel(c as 'auto', 'fr'))).toEqual(['Détecter automatiquement', 'anglais', 'français']);
    expect(['auto', 'en', 'fr'].map((c) => choiceLabel(c as 'auto'))).toEqual(['Detect automatically', 'English', 'French']);
  });

  it('an override makes every block that language, so the label is no longer mixed', () => {
    expect(languageLabel(analyze([{ id: 'a', text: FR }, { id: 'c', text: EN }], { language: 'en' }))).toBe('English');
  });
});

describe('set-language message', () => {
  it('accepts auto, en and fr only, and the tab state carries the choice', () => {
    for (const language of ['auto', 'en', 'fr']) expect(parseRequest({ type: 'set-language', tabId: 2, language }).ok).toBe(true);
    expect(parseRequest({ type: 'set-language', tabId: 2, language: 'de' }).ok).toBe(false);
    expect(parseRequest({ type: 'set-language', tabId: 2 }).ok).toBe(false);
    expect(TabState.parse({ ok: true, tabId: 1, kind: 'page', title: 't', url: 'u', report: null, language: 'fr' }).language).toBe('fr');
    expect(TabState.safeParse({ ok: true, tabId: 1, kind: 'page', title: 't', url: 'u', report: null, language: 'es' }).success).toBe(false);
  });
});
