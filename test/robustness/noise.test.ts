// Real-world extraction noise: each case is our own sentence with the noise a PDF, Word or web
// page puts in. The term must still be found, and its offsets must slice the ORIGINAL text,
// noise included (the hyphen and line break, the soft hyphen, the ligature).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNoise, noiseWindows } from '../../core/text/denoise.ts';
import { analyze, loadLexicon, type Finding, type Report } from '../../core/index.ts';
import { expectExactOffsets } from './invariants.ts';

const lexicon = loadLexicon();

function run(text: string): Report {
  const r = analyze(text, { lexicon });
  expectExactOffsets(text, r);
  return r;
}

/** The finding of `concept` whose text is exactly `span` in the original text. */
function expectFinding(text: string, concept: string, span: string): Finding {
  const r = run(text);
  const start = text.indexOf(span);
  expect(start, `span ${JSON.stringify(span)} not in text`).toBeGreaterThanOrEqual(0);
  const f = r.findings.find((x) => x.concept === concept && x.start === start);
  expect(f, `${concept} at ${start}; got ${JSON.stringify(r.findings.map((x) => [x.concept, x.text]))}`).toBeDefined();
  expect(f!.end).toBe(start + span.length);
  expect(f!.text).toBe(span);
  return f!;
}

describe('words broken by hyphenation across lines', () => {
  it('"protec-\\ntion of civilians" is one finding spanning the hyphen and the line break', () => {
    expectFinding('Each battalion will plan the protec-\ntion of civilians along the supply route.', 'poc-core', 'protec-\ntion of civilians');
  });
  it('"gen-\\nder adviser"', () => {
    expectFinding('The brigade will appoint a gen-\nder adviser before deployment.', 'str-gender-adviser', 'gen-\nder adviser');
  });
  it('with Windows line ends, trailing spaces and a Unicode hyphen', () => {
    expectFinding('The brigade will appoint a gen-\r\nder adviser now.', 'str-gender-adviser', 'gen-\r\nder adviser');
    expectFinding('The brigade will appoint a gen- \n  der adviser now.', 'str-gender-adviser', 'gen- \n  der adviser');
    expectFinding('The brigade will appoint a gen\u2010\nder adviser now.', 'str-gender-adviser', 'gen\u2010\nder adviser');
  });
  it('a compound broken at its own hyphen still reads as the compound', () => {
    expectFinding('Commanders will report con-\nflict-related sexual violence at once.', 'crsv-core', 'con-\nflict-related sexual violence');
    expectFinding('The brigade will appoint a gender-\nadviser for each sector.', 'str-gender-adviser', 'gender-\nadviser');
  });
  it('a line-end hyphen between two ordinary words does not glue them into a term', () => {
    const r = run('The patrol met gen-\neral staff officers.');
    expect(r.findings.map((f) => f.concept)).not.toContain('str-gender-adviser');
  });
});

describe('invisible characters inside words', () => {
  it('soft hyphens (U+00AD) inside words', () => {
    expectFinding('The unit will ensure the protec\u00ADtion of civi\u00ADlians.', 'poc-core', 'protec\u00ADtion of civi\u00ADlians');
    expectFinding('Every sector will have a gen\u00ADder ad\u00ADviser.', 'str-gender-adviser', 'gen\u00ADder ad\u00ADviser');
  });
  it('zero-width joiners and word joiners inside a word, zero-width space between words', () => {
    expectFinding('Every sector will have a gen\u200Dder adviser.', 'str-gender-adviser', 'gen\u200Dder adviser');
    expectFinding('Every sector will have a gen\u2060der adviser.', 'str-gender-adviser', 'gen\u2060der adviser');
    expectFinding('Every sector will have a gender\uFEFF adviser.', 'str-gender-adviser', 'gender\uFEFF adviser');
    expectFinding('Every sector will have a gender\u200Badviser.', 'str-gender-adviser', 'gender\u200Badviser');
  });
});

describe('spaces and apostrophes', () => {
  it.each([
    ['no-break space', '\u00A0'], ['thin space', '\u2009'], ['narrow no-break space', '\u202F'], ['figure space', '\u2007'],
    ['ideographic space', '\u3000'], ['two spaces', '  '], ['tab', '\t'],
  ])('%s between words', (_name, sp) => {
    expectFinding(`Each contingent will include a gender${sp}adviser.`, 'str-gender-adviser', `gender${sp}adviser`);
  });
  it.each(["'", '\u2019', '\u2018', '\u02BC'])('apostrophe %s in "women’s participation"', (apos) => {
    expectFinding(`The plan will support women${apos}s participation in local talks.`, 'par-meaningful-participation', `women${apos}s participation`);
  });
});

describe('PDF ligatures', () => {
  it('"conﬂict-related sexual violence" (U+FB02) is the whole term, not only "sexual violence"', () => {
    expectFinding('Patrols will record conﬂict-related sexual violence in the district.', 'crsv-core', 'conﬂict-related sexual violence');
  });
  it('"ﬀ" (U+FB00) and "ﬁ" (U+FB01) inside terms', () => {
    expectFinding('Mediators will seek the full and e\uFB00ective participation of women.', 'par-meaningful-participation', 'full and e\uFB00ective participation');
    expectFinding('The plan will address the speci\uFB01c protection needs of women and girls.', 'pro-particular-needs', 'speci\uFB01c protection needs');
    expectFinding('Observers will monitor the cease\uFB01re negotiations with women delegates.', 'par-peace-mechanisms', 'cease\uFB01re negotiations');
  });
});

describe('decomposed accents (NFD)', () => {
  it('French terms written with combining accents are found, offsets over the decomposed letters', () => {
    const nfc = 'La mission veillera à l’égalité des sexes dans la police.';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const a = run(nfc).findings.map((f) => f.concept);
    const b = run(nfd).findings.map((f) => f.concept);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expectFinding(nfd, 'gm-gender-equality', 'égalité des sexes'.normalize('NFD'));
  });
});

describe('layout', () => {
  it('upper-case headings', () => {
    expectFinding('ANNEX K\nGENDER ADVISER\nThe adviser reports to the commander.', 'str-gender-adviser', 'GENDER ADVISER');
    expectFinding('PROTECTION OF CIVILIANS', 'poc-core', 'PROTECTION OF CIVILIANS');
  });
  it('numbered sub-paragraphs', () => {
    const t = '3.\tEXECUTION\n3.2.1\tThe battalion will appoint a gender adviser.\n3.2.2\tPatrols will ensure the protection of civilians.\n(b)(ii) Women and girls will be consulted.';
    expectFinding(t, 'str-gender-adviser', 'gender adviser');
    expectFinding(t, 'poc-core', 'protection of civilians');
  });
  it('footnote markers glued to words', () => {
    // Whatever concept reads "women" here, a finding must end right after it, before the marker.
    for (const t of [
      'Planners will consult women.¹⁷ They will also meet elders.',
      'Planners will consult women17 and local elders.',
      'Planners will consult women¹⁷ and local elders.',
    ]) {
      const end = t.indexOf('women') + 'women'.length;
      expect(run(t).findings.some((f) => f.end === end && f.text.endsWith('women')), t).toBe(true);
    }
    expectFinding('Each sector has a gender adviser[4] and a deputy.', 'str-gender-adviser', 'gender adviser');
    expectFinding('Each sector has a gender adviser4 and a deputy.', 'str-gender-adviser', 'gender adviser');
  });
  it('tables flattened to text: tab- and pipe-separated cells', () => {
    const tabs = 'Role\tStatus\tOwner\nGender adviser\tFilled\tJ9\nProtection of civilians cell\tPlanned\tJ3';
    expectFinding(tabs, 'str-gender-adviser', 'Gender adviser');
    expectFinding(tabs, 'poc-core', 'Protection of civilians');
    const pipes = '| Task | Lead |\n|---|---|\n| gender adviser | J1 |\n| protection of civilians | J3 |';
    expectFinding(pipes, 'str-gender-adviser', 'gender adviser');
    expectFinding(pipes, 'poc-core', 'protection of civilians');
  });
  it('all of it at once, as one page of a badly extracted PDF', () => {
    const page = [
      'OPERATION ORDER 4/26 – ANNEX K',
      '3.1.2\tThe battalion will appoint a gen-',
      'der adviser¹² and ensure the protec\u00ADtion of civilians in the ﬁeld.',
      'Task\tLead\tStatus',
      'conﬂict-related sexual violence monitoring\tJ2\tplanned',
      'Women’s participation | J9 | ongoing',
    ].join('\n');
    const r = run(page);
    const found = new Set(r.findings.map((f) => f.concept));
    for (const c of ['str-gender-adviser', 'poc-core', 'crsv-core', 'par-meaningful-participation']) expect(found).toContain(c);
  });
});

describe('the quick noise test', () => {
  it('says yes exactly when there is a noisy spot to clean', () => {
    const piece = fc.constantFrom('word', ' ', '\t', '-', '\u2010', '\u2011', '\u2013', '\n', '\r', '\r\n', '\u00AD', '\u200B', '\uFB01', 'e\u0301', 'é', '\u00A0');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
      expect(hasNoise(text)).toBe(noiseWindows(text).length > 0);
    }), { numRuns: 3000 });
  });
});
