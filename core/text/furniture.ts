// Page furniture of PDF-extracted and web text: lines that belong to the page, not to the prose
// (page numbers, UN job numbers and symbols, "For information media" footers, photo credits).
// Read line by line, with no context, so sentence bounds can step over them cheaply; repeated
// running headers need the whole text and are found in sections.ts.

// "12", "Page 3 of 20", "3/20", "iv" (front matter is numbered in lower-case roman numerals).
const PAGE_NUMBER = /^[\t \u00A0]*(?:(?:[Pp]age|p\.)[\t \u00A0]*)?(?:\d{1,4}|[ivxlc]{1,6})(?:[\t \u00A0]*(?:\/|of|sur|de)[\t \u00A0]*\d{1,4})?[\t \u00A0]*$/;
const DASHED_PAGE_NUMBER = /^[\t \u00A0]*[-–—][\t \u00A0]*\d{1,4}[\t \u00A0]*[-–—][\t \u00A0]*$/;
// "13-57795 (E) 160114", "*1357795*", "2/20 13-57795": UN job numbers, optionally with the page.
const JOB_NUMBER = /^[\t \u00A0]*(?:\d{1,3}\/\d{1,3}[\t \u00A0]+)?\d{2}-\d{5}[\t \u00A0]*(?:\([A-Z]\))?(?:[\t \u00A0]+\d{6})?(?:[\t \u00A0]+\*\d{5,9}\*)?(?:[\t \u00A0]+\d{1,3}\/\d{1,3})?[\t \u00A0]*$|^[\t \u00A0]*\*\d{5,9}\*[\t \u00A0]*$/;
// A UN symbol alone on its line: the running header of reports ("S/2019/280", "A/74/705").
const SYMBOL = /^[\t \u00A0]*(?:\d{1,3}\/\d{1,3}[\t \u00A0]+)?[ASE]\/(?:RES\/|PRST\/|AC\.\d+\/|CN\.\d+\/)?\d{1,4}\/[\w.]{1,12}(?:\/(?:Add|Corr|Rev)\.\d{1,2})*(?:[\t \u00A0]+\d{1,3}\/\d{1,3})?[\t \u00A0]*$/;
const MEDIA = /^[\t \u00A0]*(?:For information media\b.{0,40}not an official record|Document destiné à l['’]information.{0,60}document officiel|Meetings Coverage and Press Releases|Couverture des réunions (?:et|&) communiqués de presse)[\t \u00A0.]*$/i;
// Photo credits and captions: "© DCAF.", "Photo: UN/Rick Bajornas", "UN Photo/Mark Garten".
const CREDIT = /©|^[\t \u00A0]*(?:Photos?|Crédits?(?: photo)?)[\t \u00A0]*:|\b(?:UN|ONU) Photo\b|\bPhotos? (?:UN|ONU|MONUSCO|MINUSCA|MINUSMA|UNMISS)\b/i;

/** Is this line (without its newline) page furniture? `credits`: photo credits count too (sentence bounds). */
export function isFurnitureLine(line: string, credits = true): boolean {
  if (line.length > 300) return false;
  // Every pattern but the media footer and photo credits opens with a digit, a dash, "*", "p"/"P" or a symbol letter.
  // Stryker disable next-line StringLiteral: an empty line fails every pattern whatever stands in for its first character
  const c = line.trimStart()[0] ?? '';
  // Stryker disable next-line StringLiteral: the includes() calls only spare CREDIT on most lines; CREDIT decides
  if (!/[\dIVXLCivxlc*\-–—PpASEFDMC]/.test(c)) return credits && line.length <= 200 && (line.includes('©') || line.includes('hoto') || line.includes('rédit')) && CREDIT.test(line);
  if (PAGE_NUMBER.test(line) || DASHED_PAGE_NUMBER.test(line) || JOB_NUMBER.test(line) || SYMBOL.test(line) || MEDIA.test(line)) return true;
  // Stryker disable next-line StringLiteral: the includes() calls only spare CREDIT on most lines; CREDIT decides
  return credits && line.length <= 200 && (line.includes('©') || line.includes('hoto') || line.includes('rédit') || line.includes('redit')) && CREDIT.test(line);
}
