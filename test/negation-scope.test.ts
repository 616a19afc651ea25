// Negation scope, classes found on real reports (issue 13): a clause after ", and" whose verb is no listed one, a
// negation's reach over a cause after the object ("for fear of", « en raison de »), a phrase of absence ended by
// a causal verb ("the lack of X exposes women"), and « ne mentionne pas seulement » (an addition). Own sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';

/** Is the first finding whose text is `term` negated, in the analysis of `text`? */
function negated(text: string, term: string): boolean {
  const f = analyze(text).findings.find((x) => x.text === term);
  if (!f) throw new Error(`no finding "${term}" in "${text}": ${analyze(text).findings.map((x) => x.text).join(', ')}`);
  return f.negated;
}
type Row = [text: string, term: string, negated: boolean];
const check = (rows: Row[]) => it.each(rows)('%s [%s] → %s', (s, t, n) => expect(negated(s, t)).toBe(n));

describe('", and" opens a new clause unless it closes a list', () => {
  check([
    ['The mission has not appointed a gender adviser, and women’s participation in the committees rose sharply.', 'women’s participation', false],
    ['The mission has not appointed a gender adviser, and women’s participation in the committees rose sharply.', 'gender adviser', true],
    ['The government did not respond, and the participation of women declined.', 'participation of women', false],
    ['The parties failed to reach agreement, or the women’s delegation walked out.', 'women’s', false],
    ['Les autorités n’ont pas répondu, et la participation des femmes a diminué.', 'participation des femmes', false],
    ['La mission n’a pas nommé de conseillère, et les organisations de femmes ont mené la riposte.', 'organisations de femmes', false],
    // A list closed by ", and" stays in the negation's scope.
    ['The mission has no interpreter, no protection officer, and no focal point for sexual violence.', 'sexual violence', true],
    ['The plan has no budget, no timeline, and a gender adviser who was never appointed.', 'gender adviser', false],
    ['The plan does not fund interpreters, drivers, and women’s organizations.', 'women’s organizations', true],
    // An addition after ", and": an adverb, "in particular", an infinitive.
    ['The plan was not discussed with civil society, and in particular with women’s organizations.', 'women’s organizations', true],
    ['The mission failed to collect data, and to integrate a gender perspective.', 'integrate a gender perspective', true],
    ['Le plan n’a pas été discuté avec les ONG, et notamment les organisations de femmes.', 'organisations de femmes', true],
  ]);
});

describe('a cause after the negated predicate is out of its scope', () => {
  check([
    ['Many survivors of sexual violence did not come forward for fear of stigma.', 'stigma', false],
    ['The talks did not resume due to attacks on women’s organizations.', 'women’s organizations', false],
    ['The hearings did not take place owing to threats against survivors of sexual violence.', 'sexual violence', false],
    ['Les survivantes ne portent pas plainte par peur de la stigmatisation.', 'stigmatisation', false],
    ['Les audiences n’ont pas eu lieu en raison des menaces contre les organisations de femmes.', 'organisations de femmes', false],
    ['Le scrutin n’a pas eu lieu à cause des violences sexuelles commises dans la région.', 'violences sexuelles', false],
    // The negated predicate itself is still read.
    ['The mission did not deploy a gender adviser due to funding cuts.', 'gender adviser', true],
    ['La mission n’a pas déployé de patrouilles mixtes en raison des coupes budgétaires.', 'patrouilles mixtes', true],
  ]);
});

describe('a phrase of absence ends at its verb, listed or causal', () => {
  check([
    ['The lack of lighting at the camp exposes women and girls to sexual violence.', 'sexual violence', false],
    ['The absence of a functioning judiciary fuels impunity for conflict-related sexual violence.', 'conflict-related sexual violence', false],
    ['The lack of shelters increases the risk of gender-based violence.', 'gender-based violence', false],
    ['L’absence de tribunaux alimente l’impunité pour les violences sexuelles liées aux conflits.', 'violences sexuelles liées aux conflits', false],
    ['Le manque d’éclairage expose les femmes aux violences sexuelles.', 'violences sexuelles', false],
    ['Le manque de refuges aggrave les violences fondées sur le genre.', 'violences fondées sur le genre', false],
    // The complement of the absence is absent.
    ['The lack of gender advisers in the sectors hampers the work.', 'gender advisers', true],
    ['L’absence de patrouilles mixtes dans les secteurs freine le travail.', 'patrouilles mixtes', true],
  ]);
});

describe('« ne mentionne pas seulement », "not only": an addition, not an absence', () => {
  check([
    ['Le rapport ne mentionne pas seulement la participation des femmes.', 'participation des femmes', false],
    ['Le plan ne prévoit pas uniquement la participation des femmes.', 'participation des femmes', false],
    ['The report does not mention only women’s participation.', 'women’s participation', false],
    ['Le rapport ne mentionne pas la participation des femmes.', 'participation des femmes', true],
    ['Le rapport ne mentionne jamais la participation des femmes.', 'participation des femmes', true],
  ]);
});
