import { describe, expect, it } from 'vitest';
import { leadingVerb, orderStrength, paragraphVerbs, resolutionStrength } from '../core/strength.ts';

describe('order modes', () => {
  const rows: [string, 'task' | 'advice' | 'context'][] = [
    ['Sector commanders will assign a gender focal point to each company.', 'task'],
    ['All allegations shall be reported to the conduct and discipline team.', 'task'],
    ['The engineer company is to build separate ablutions for female personnel.', 'task'],
    ['Escort survivors to the medical facility when the adviser asks.', 'task'],
    ['Report suspected sexual violence through the operations centre.', 'task'],
    ['Units should consider the needs of women where possible.', 'advice'],
    ['Commanders may include women in community meetings.', 'advice'],
    ['Battalions will, where possible, include female officers in patrols.', 'advice'],
    ['Within capabilities, units will support the women protection adviser.', 'advice'],
    ['Companies are encouraged to engage women leaders.', 'advice'],
    ['BPT escort the gender adviser to the camp.', 'advice'],
    ['Women make up a small share of the displaced population.', 'context'],
  ];
  it.each(rows)('%s → %s', (s, mode) => {
    expect(orderStrength(s, 0, s.length).mode).toBe(mode);
  });
  it('levels: task 4, advice 2, context 0', () => {
    expect(orderStrength('Units will patrol.', 0, 18).level).toBe(4);
    expect(orderStrength('Units should patrol.', 0, 20).level).toBe(2);
    expect(orderStrength('Units patrol daily.', 0, 19).level).toBe(0);
  });
});

describe('resolution verbs', () => {
  const rows: [string, string, string | null, number][] = [
    ['Decides that the mission shall protect civilians;', 'Decides', 'deciding', 5],
    ['Requests the Secretary-General to report on women;', 'Requests', 'directive', 4],
    ['Also requests the Mission to take gender into account;', 'requests', 'directive', 4],
    ['Strongly urges the authorities to end impunity;', 'urges', 'directive', 3],
    ['Calls upon all parties to protect women and girls;', 'Calls', 'directive', 3],
    ['Encourages Member States to deploy more women;', 'Encourages', 'directive', 2],
    ['Welcomes the national action plan;', 'Welcomes', 'evaluative', 1],
    ['Recalling its earlier resolutions,', 'Recalling', 'reinforcing', 1],
    ['Deeply concerned by reports of sexual violence,', 'concerned', 'evaluative', 1],
    ['Having considered the report of the Secretary-General,', 'Having considered', 'observing', 1],
    ['12. Reaffirms its commitment to the agenda;', 'Reaffirms', 'reinforcing', 1],
    ['(b) Taking note of the review,', 'Taking', 'observing', 1],
  ];
  it.each(rows)('%s', (s, text, cls, level) => {
    const v = leadingVerb(s, 0, s.length);
    expect(v?.text).toBe(text);
    expect(v?.verbClass).toBe(cls);
    expect(v?.level).toBe(level);
    expect(s.slice(v!.start, v!.end)).toBe(text);
  });

  it('finds inner verbs after "and" with their offsets', () => {
    const s = 'Reaffirming the role of women in peacebuilding, and stressing the importance of their participation, and noting the plan,';
    const vs = paragraphVerbs(s, 0, s.length);
    expect(vs.map((v) => v.text)).toEqual(['Reaffirming', 'stressing', 'noting']);
    for (const v of vs) expect(s.slice(v.start, v.end)).toBe(v.text);
  });

  it('an unknown opening word is reported only on request', () => {
    const s = 'Ensuring public order in the capital;';
    expect(leadingVerb(s, 0, s.length)).toBeNull();
    expect(leadingVerb(s, 0, s.length, true)?.text).toBe('Ensuring');
  });

  it('preambular verbs are context (level 0); operative Requests is a task, Urges is advice', () => {
    const req = leadingVerb('Requests the Mission', 0, 20)!;
    const urge = leadingVerb('Urges the Government', 0, 20)!;
    expect(resolutionStrength(req, false)).toMatchObject({ level: 4, mode: 'task', verbClass: 'directive' });
    expect(resolutionStrength(urge, false)).toMatchObject({ level: 3, mode: 'advice' });
    expect(resolutionStrength(req, true)).toMatchObject({ level: 0, mode: 'context' });
  });
});
