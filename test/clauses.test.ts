import { describe, expect, it } from 'vitest';
import { clausesOf } from '../core/text/sentence.ts';

// Clause splits used by negation and by context rules within a clause. Own sentences.
const parts = (t: string) => clausesOf(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));

describe('clauses', () => {
  const rows: [string, string[]][] = [
    ['Women are consulted in the north, but no women are consulted in the south.', ['Women are consulted in the north', 'no women are consulted in the south.']],
    ['The plan names women; it has no gender annex.', ['The plan names women', ' it has no gender annex.']],
    ['Tasks: protect women.', ['Tasks', ' protect women.']],
    ['The advisers have not yet been deployed.', ['The advisers have not yet been deployed.']],
    ['The plan is short, yet it names women.', ['The plan is short', 'it names women.']],
    ['No adviser was appointed, although advisers were deployed.', ['No adviser was appointed', 'advisers were deployed.']],
    ['No adviser was appointed whilst advisers were deployed.', ['No adviser was appointed', 'advisers were deployed.']],
    // A clause that opens with a subordinator ends at its first comma after three words.
    ['Although there is no gender adviser, women are consulted.', ['Although there is no gender adviser', 'women are consulted.']],
    ['While women, girls and boys were consulted, no adviser was named.', ['While women, girls and boys were consulted', 'no adviser was named.']],
    ['Although women were consulted, and notes kept, no adviser was named.', ['Although women were consulted, and notes kept', 'no adviser was named.']],
    ['Although late, the plan names women.', ['Although late, the plan names women.']],
    ['Thoughts on the plan, and on women, are welcome.', ['Thoughts on the plan, and on women, are welcome.']],
    ["Bien qu'il n'existe pas de données, les femmes sont consultées.", ["Bien qu'il n'existe pas de données", 'les femmes sont consultées.']],
    ['Les femmes sont consultées, bien qu’aucune conseillère ne soit nommée.', ['Les femmes sont consultées', 'aucune conseillère ne soit nommée.']],
    ['Les femmes sont consultées alors que les hommes décident.', ['Les femmes sont consultées', 'les hommes décident.']],
    ['Les femmes sont consultées, mais aucune conseillère n’est nommée.', ['Les femmes sont consultées', 'aucune conseillère n’est nommée.']],
    ['Même si les femmes sont consultées, aucune conseillère n’est nommée.', ['Même si les femmes sont consultées', 'aucune conseillère n’est nommée.']],
  ];
  it.each(rows)('%s', (t, expected) => {
    expect(parts(t)).toEqual(expected);
  });
  it('keeps offsets into the text', () => {
    const t = 'Intro. Although there is no adviser, women are consulted.';
    const cs = clausesOf(t, { start: 7, end: t.length });
    expect(cs.map((c) => t.slice(c.start, c.end))).toEqual(['Although there is no adviser', 'women are consulted.']);
  });
});
