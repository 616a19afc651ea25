// A mission's mandate renewal is a mandate even when its preamble is long and full of thematic language
// (women and peace and security, children and armed conflict, protection of civilians): the decision to
// extend the mandate sits in an operative paragraph far into the text, and a resolution is read whole.
// Own mini-resolutions in English and French; the MONUSCO series is read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { allResolutionFiles, asBlocks, readResolution } from './support/corpus.ts';

const PREAMBLE_EN = [
  'Recalling its resolutions on women and peace and security, on youth, peace and security, on children and armed conflict and on the protection of civilians in armed conflict,',
  'Condemning sexual violence in conflict and calling on all parties to armed conflict to end it,',
  'Urging Member States and all States of the region to support the work of peacekeeping operations,',
];
const PREAMBLE_FR = [
  'Rappelant ses résolutions sur les femmes et la paix et la sécurité, sur les jeunes et la paix et la sécurité, sur le sort des enfants en temps de conflit armé et sur la protection des civils en période de conflit armé,',
  'Condamnant les violences sexuelles commises en période de conflit et exhortant toutes les parties à des conflits armés à y mettre fin,',
  'Engageant les États Membres et tous les États de la région à soutenir les opérations de maintien de la paix,',
];

/** A resolution whose preamble fills `chars` characters before its first operative paragraph. */
function resolution(opening: string, preamble: string[], chars: number, operative: string): string {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) { const l = preamble[i % preamble.length]!; lines.push(l); n += l.length + 1; }
  return `${opening}\n${lines.join('\n')}\n${operative}`;
}

const OPERATIVE_EN = '1. Decides to extend until 31 March 2031 the mandate of the Mission in the country;\n2. Requests the Secretary-General to report every three months;\n3. Decides to remain actively seized of the matter.';
const OPERATIVE_FR = '1. Décide de proroger jusqu’au 31 mars 2031 le mandat de la Mission dans le pays ;\n2. Prie le Secrétaire général de lui faire rapport tous les trois mois ;\n3. Décide de rester activement saisi de la question.';
const THEMATIC_EN = '1. Urges Member States to increase the participation of women in peace processes;\n2. Requests the Secretary-General to report every year;\n3. Decides to remain actively seized of the matter.';
const THEMATIC_FR = '1. Exhorte les États Membres à accroître la participation des femmes aux processus de paix ;\n2. Prie le Secrétaire général de lui faire rapport chaque année ;\n3. Décide de rester activement saisi de la question.';

describe('mission mandate renewals that carry thematic language', () => {
  it.each([
    ['English, short preamble', 'The Security Council,', PREAMBLE_EN, 2_000, OPERATIVE_EN],
    ['English, preamble past the first 30,000 characters', 'The Security Council,', PREAMBLE_EN, 32_000, OPERATIVE_EN],
    ['French, short preamble', 'Le Conseil de sécurité,', PREAMBLE_FR, 2_000, OPERATIVE_FR],
    ['French, preamble past the first 30,000 characters', 'Le Conseil de sécurité,', PREAMBLE_FR, 32_000, OPERATIVE_FR],
  ])('%s: a mandate', (_, opening, preamble, chars, operative) => {
    const r = analyze(resolution(opening, preamble, chars, operative));
    expect(r.profile.id).toBe('mandate');
  });
  it.each([
    ['English', 'The Security Council,', PREAMBLE_EN, THEMATIC_EN],
    ['French', 'Le Conseil de sécurité,', PREAMBLE_FR, THEMATIC_FR],
  ])('%s: the same long preamble without a renewal stays thematic', (_, opening, preamble, operative) => {
    expect(analyze(resolution(opening, preamble, 32_000, operative)).profile.id).toBe('thematic-resolution');
  });
});

describe('every MONUSCO mandate renewal of the corpus', () => {
  // The renewals: an operative paragraph that decides to extend the mandate of MONUSCO (or of MONUC, in 1925, which renamed it).
  const RENEWAL = /^Decides to extend (?:until [^,]{4,30} )?the mandate of (?:MONUSCO|MONUC)\b/;
  const renewals = allResolutionFiles()
    .map((f) => ({ f, blocks: readResolution(f) }))
    .filter(({ blocks }) => blocks.some((b) => b.paragraph_type === 'operative' && RENEWAL.test(b.text.trim())));
  it('finds the eleven renewals of 2010–2024 named by the corpus README', () => {
    const symbols = renewals.map(({ f }) => /S_RES_(\d+)/.exec(f)![1]);
    expect(symbols).toEqual(['1925', '2098', '2147', '2211', '2277', '2348', '2409', '2502', '2556', '2717', '2765']);
  });
  it.each(renewals.map(({ f, blocks }) => [/S_RES_[^/]+$/.exec(f)![0], blocks] as const))('%s is a mandate', (_, blocks) => {
    expect(analyze(asBlocks(blocks)).profile.id).toBe('mandate');
  });
});
