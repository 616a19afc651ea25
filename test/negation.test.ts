import { describe, expect, it } from 'vitest';
import { flagsFor } from '../core/negation.ts';
import { clauseAt, sentenceAt } from '../core/sentence.ts';

/** Flags for the first occurrence of `target`, read in its clause as the analysis does. */
function flags(sentence: string, target: string, problem = false) {
  const at = sentence.indexOf(target);
  if (at < 0) throw new Error(`"${target}" not in "${sentence}"`);
  const c = clauseAt(sentence, at, sentenceAt(sentence, at));
  return flagsFor(sentence, c.start, c.end, at, at + target.length, problem);
}

describe('negation', () => {
  const negated: [string, string][] = [
    ['The draft order has no paragraph on women in its main body.', 'women'],
    ['None of the battalions has appointed a gender focal point.', 'gender focal point'],
    ['The two sector gender advisers have not yet been deployed.', 'gender advisers'],
    ['There are no women protection advisers in the northern region.', 'women protection advisers'],
    ['Far from all companies have named a gender focal point.', 'gender focal point'],
    ['Sexual violence is not addressed anywhere in the concept.', 'Sexual violence'],
    ['The patrol report records no engagement with women.', 'women'],
    ['The post of senior gender adviser remains vacant.', 'gender adviser'],
    ['Staff at company level have received no training on resolution 1325 (2000).', 'resolution 1325 (2000)'],
    ['The matrix lacks any indicator of sexual violence.', 'sexual violence'],
    ['Two allegations of sexual exploitation remain pending investigation.', 'sexual exploitation'],
  ];
  it.each(negated)('negated: %s', (s, t) => {
    expect(flags(s, t).negated).toBe(true);
  });

  const positive: [string, string][] = [
    ['Each battalion will appoint a gender focal point by D+30.', 'gender focal point'],
    ['Report allegations of sexual exploitation without delay.', 'sexual exploitation'],
    ['The mission must not only protect women but also support their participation.', 'women'],
    ['Submit the gender annex no later than D-2.', 'gender annex'],
    ['The Mission applies zero tolerance to sexual exploitation and abuse.', 'sexual exploitation and abuse'],
    ['Protection is provided without distinction as to sex, and women are consulted.', 'women'],
    ['Mixed patrols will visit the market; engineers will not enter the camp.', 'Mixed patrols'],
  ];
  it.each(positive)('not negated: %s', (s, t) => {
    expect(flags(s, t).negated).toBe(false);
  });

  it('a negated harm is not a gap: "no evidence of" sexual abuse', () => {
    expect(flags('The inquiry found no evidence of sexual abuse by the unit.', 'sexual abuse', true).negated).toBe(false);
    expect(flags('The inquiry found no evidence of sexual abuse by the unit.', 'sexual abuse', false).negated).toBe(true);
  });

  it('scope limits and hearsay', () => {
    expect(flags('Gender is mentioned only in the search procedure.', 'Gender').scopeLimited).toBe(true);
    expect(flags('Women take part solely as interpreters.', 'Women').scopeLimited).toBe(true);
    expect(flags('A gender annex was reportedly attached to the order.', 'gender annex').unverified).toBe(true);
    expect(flags('According to the adviser, women were consulted.', 'women').unverified).toBe(true);
    expect(flags('Women will be consulted before each operation.', 'Women').unverified).toBe(false);
    expect(flags('Women will be consulted before each operation.', 'Women').scopeLimited).toBe(false);
  });
});
