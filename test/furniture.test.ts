// Page furniture lines (core/text/furniture.ts), pattern by pattern, with the limits of each: page numbers,
// dashed page numbers, UN job numbers, UN symbols, media footers and photo credits. Lines of our own.
import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../core/text/furniture.ts';

const both = (line: string) => [isFurnitureLine(line), isFurnitureLine(line, false)];

describe('page numbers', () => {
  it.each([
    '7', '1234', '  12  ', '\t7', '\u00A012\u00A0', 'p. 4', 'p.4', 'Page 12', 'page12', 'Page\t3',
    'i', 'xlviii', 'cc', '3/20', '3 / 20', '3 of 20', '3 sur 20', '3 de 20', '3/1234', 'Page 2 of 9', 'p. iv',
  ])('%j is a page number', (line) => expect(both(line)).toEqual([true, true]));
  it.each([
    '12345', 'xlviiii', 'XIV', '3/12345', '3 of', '3 or 20', 'Page', 'Pages 3', 'P. 3', 'pp. 3', 'page 3 of 20 and more', '3 20', '3.', 'iv.',
  ])('%j is no page number', (line) => expect(both(line)).toEqual([false, false]));
});

describe('dashed page numbers', () => {
  it.each(['- 4 -', '-4-', '–12–', '— 1234 —', '  - 7 -  ', '\u00A0-\u00A07\u00A0-'])('%j is furniture', (line) => expect(both(line)).toEqual([true, true]));
  it.each(['- 12345 -', '- 4', '4 -', '- a -', '-- 4 --', '- 4 - 5'])('%j is not', (line) => expect(both(line)).toEqual([false, false]));
});

describe('UN job numbers', () => {
  it.each([
    '13-57795', ' 13-57795 ', '13-57795 (E)', '13-57795(F)', '13-57795 (E) 160114', '13-57795 160114', '*12345*', '*123456789*', ' *1357795* ',
    '2/20 13-57795', '13-57795 2/20', '13-57795 (E) 160114 *1357795*', '13-57795 (E) 160114 *1357795* 2/20', '123/456 13-57795 123/456',
  ])('%j is furniture', (line) => expect(both(line)).toEqual([true, true]));
  it.each([
    '13-5779', '13-577955', '1-57795', '13 57795', '13-57795 (EF)', '13-57795 (e)', '13-57795 16011', '13-57795 1601145', '*1234*', '*1234567890*',
    '1234/20 13-57795', '13-57795 *1234*', '13-57795 women', '*12345', '12345*',
  ])('%j is not', (line) => expect(both(line)).toEqual([false, false]));
});

describe('UN symbols', () => {
  it.each([
    'S/2019/280', 'A/74/705', 'E/2020/15', '  S/2019/280  ', 'S/RES/2467/2019', 'S/PRST/2021/4', 'A/AC.109/2019/L.3', 'E/CN.6/2020/3',
    'S/2019/280/Add.1', 'S/2019/280/Corr.12', 'S/2019/280/Add.1/Rev.2', '3/20 S/2019/280', 'S/2019/280 3/20', 'S/1/a', 'S/2019/abcdefghijkl',
  ])('%j is furniture', (line) => expect(both(line)).toEqual([true, true]));
  it.each([
    'B/2019/280', 'S/12345/280', 'S/2019/', 'S/2019/abcdefghijklm', 'S/2019/280/Rev.123', 'S/2019/280/Annex.1', 'S/2019/280, para. 5', 'S/RES/1325',
    'S/AC./2019/3', '1234/20 S/2019/280', 'S 2019 280',
  ])('%j is not', (line) => expect(both(line)).toEqual([false, false]));
});

describe('media footers', () => {
  it.each([
    'For information media • not an official record', 'FOR INFORMATION MEDIA - NOT AN OFFICIAL RECORD.', '  For information media. Not an official record. ',
    'Meetings Coverage and Press Releases', 'MEETINGS COVERAGE AND PRESS RELEASES', 'Couverture des réunions et communiqués de presse',
    'Couverture des réunions & communiqués de presse', "Document destiné à l'information des médias ; ne constitue pas un document officiel",
    'Document destiné à l’information – ne constitue pas un document officiel',
  ])('%j is furniture', (line) => expect(both(line)).toEqual([true, true]));
  it.each([
    `For information media ${'x'.repeat(41)} not an official record`, 'For information media only', 'The Meetings Coverage and Press Releases',
    'Meetings Coverage and Press Releases today', 'Couverture des réunions ou communiqués de presse', `Document destiné à l'information ${'x'.repeat(61)} document officiel`,
  ])('%j is not', (line) => expect(both(line)).toEqual([false, false]));
});

describe('photo credits: only when asked', () => {
  it.each([
    '© DCAF.', '  © 2020 UN Women', 'Photo: UN/Rick Bajornas', 'Photos : ONU', 'photo:x', 'Crédit : MINUSMA', 'Crédits photo : ONU Femmes', 'Crédit photo: X',
    'UN Photo/Mark Garten', 'ONU Photo/Martine Perret', 'Photo UNMISS/Isaac Billy', 'Photos MONUSCO / Sy Koumbo', 'photo minusca', 'Photo ONU', 'Photo MINUSMA',
    'Women at the meeting. UN Photo/X', 'Patrol, photo UN', '12 © UN', 'Meeting (© UN)',
  ])('%j is a credit', (line) => expect(both(line)).toEqual([true, false]));
  it.each([
    'Women in the photo', 'Photography classes for women', 'Photo of the patrol', 'Credit: UN', 'Credits photo: UN', 'A credit line', 'UNPhoto/X', 'Photo UNICEF',
    'Crédit accordé aux femmes', 'The Photo: a title',
  ])('%j is no credit', (line) => expect(both(line)).toEqual([false, false]));
});

describe('length limits and empty lines', () => {
  it('a line over 300 characters is never furniture; a credit counts up to 200 characters', () => {
    expect(isFurnitureLine('12'.padEnd(300, ' '))).toBe(true);
    expect(isFurnitureLine('12'.padEnd(301, ' '))).toBe(false);
    expect(isFurnitureLine('© '.padEnd(200, 'x'))).toBe(true);
    expect(isFurnitureLine('© '.padEnd(201, 'x'))).toBe(false);
    expect(isFurnitureLine('Photo: '.padEnd(200, 'x'))).toBe(true);
    expect(isFurnitureLine('Photo: '.padEnd(201, 'x'))).toBe(false);
  });
  it.each(['', ' ', '\t\u00A0'])('%j is no furniture', (line) => expect(both(line)).toEqual([false, false]));
});

describe('each pattern holds the whole line, and every gap may hold several spaces', () => {
  it.each([
    '13-57795 (E)  160114', '13-57795 (E) 160114  *1357795*', '13-57795 (E) 160114 *1357795*  2/20', '2/20  13-57795',
    '12/20 S/2019/280', '3/20  S/2019/280', 'E/CN.16/2020/3', 'S/2019/280  3/20', 'S/2019/280 12/20',
  ])('%j is furniture', (line) => expect(both(line)).toEqual([true, true]));
  it.each(['Page - 4 -', 'x *1357795*', '*1357795* and more', 'x For information media - not an official record'])('%j is not', (line) => expect(both(line)).toEqual([false, false]));
  it('a credit word must open the line', () => expect(both('APhoto: x')).toEqual([false, false]));
});
