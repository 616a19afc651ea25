// The development split for figures: odd-numbered passages and the DCAF case study, with every percentage
// found by a plain pattern (independent of core/analysis/figures.ts) and tied to its hand label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevDoc { id: string; language: 'en' | 'fr'; text: string }
export interface FigureLabel {
  doc: string; percent: number; nth: number; share: boolean; why?: string;
  category?: 'mission-personnel' | 'host-nation' | 'population'; women?: 'women' | 'girls' | 'women-and-girls'; target?: boolean;
}
export interface LabelledToken { start: number; end: number; percent: number; label: FigureLabel }

export function devFigureDocs(corpus: string): DevDoc[] {
  const passages = JSON.parse(readFileSync(join(corpus, 'prose/passages.json'), 'utf8')) as { id: string; language: 'en' | 'fr'; text: string }[];
  const docs: DevDoc[] = passages.filter((p) => Number(p.id.split('-').at(-1)) % 2 === 1).map((p) => ({ id: p.id, language: p.language, text: p.text }));
  docs.push({ id: 'DCAF', language: 'en', text: readFileSync(join(corpus, 'reports/dcaf-2024-mali-gbv-case-study.txt'), 'utf8') });
  return docs;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, fifty: 50,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10, vingt: 20, trente: 30, cinquante: 50,
};
const PCT = /(\d+(?:[.,]\d+)?|[a-zé]+)[ \u00A0\u202F]?(?:%|per ?cent\b|percent\b|pour[ \u00A0-]cent\b)/giu;

/** Every percentage of the document with its label; throws when a percentage has no label or a label no percentage. */
export function labelTokens(doc: DevDoc, labels: FigureLabel[]): LabelledToken[] {
  const out: LabelledToken[] = [];
  const seen = new Map<number, number>();
  for (const m of doc.text.matchAll(PCT)) {
    const raw = m[1]!;
    const percent = /\d/.test(raw) ? Number(raw.replace(',', '.')) : WORDS[raw.toLowerCase()];
    if (percent === undefined) continue; // "cent" after an ordinary word
    const nth = seen.get(percent) ?? 0;
    seen.set(percent, nth + 1);
    const label = labels.find((l) => l.doc === doc.id && l.percent === percent && l.nth === nth);
    if (!label) throw new Error(`no label for ${doc.id} ${m[0]} (nth ${nth})`);
    out.push({ start: m.index!, end: m.index! + m[0].length, percent, label });
  }
  for (const l of labels.filter((x) => x.doc === doc.id)) {
    if (!out.some((t) => t.label === l)) throw new Error(`label without a percentage: ${JSON.stringify(l)}`);
  }
  return out;
}
