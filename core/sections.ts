// Document structure in one pass over line starts: resolution preamble and numbered operative
// paragraphs (with sub-paragraphs and their action verbs), OpOrder paragraphs 1–5, annexes,
// and report headings. Sections refer to offsets in the analysed text.
import type { Section } from './schema.ts';
import { lastAtOrBefore } from './bisect.ts';
import { detectLanguage } from './language.ts';
import { leadingVerb, paragraphVerbs, type VerbLanguage } from './strength.ts';

const ANNEX = /^[\t \u00A0]*(?:ANNEX|Annex|APPENDIX|Appendix|ANNEXE|Annexe)[\t \u00A0]+([A-Z]{1,2}|\d{1,2}|[IVX]{1,5})(?![\p{L}\p{N}])[\t \u00A0]*(?:[:.\-–—][\t \u00A0]*)?(.{0,100})$/u;
// The five paragraphs of an order, in English and in French (Situation, Mission, Exécution, Soutien /
// Logistique, Commandement et transmissions), with or without accents.
const S = '[\\t \\u00A0]+';
const OPORD = new RegExp(`^[\\t \\u00A0]*([1-5])[.)]${S}(${[
  'SITUATION', 'MISSION', 'EXECUTION', `SERVICE${S}SUPPORT`, `ADMINISTRATION${S}AND${S}LOGISTICS`, 'LOGISTICS', 'SUSTAINMENT',
  `COMMAND${S}AND${S}SIGNALS?`, `COMMAND${S}AND${S}CONTROL`, `COMMAND,?${S}CONTROL${S}AND${S}(?:SIGNALS?|COMMUNICATIONS?)`,
  'EX[ÉE]CUTION', `SOUTIEN(?:${S}LOGISTIQUE|[\\t \\u00A0]*/[\\t \\u00A0]*LOGISTIQUE|${S}ET${S}LOGISTIQUE)?`, 'LOGISTIQUE',
  `ADMINISTRATION${S}ET${S}LOGISTIQUE`, `COMMANDEMENT${S}ET${S}(?:TRANSMISSIONS?|CONTR[ÔO]LE|COMMUNICATIONS?)`,
  `COMMANDEMENT,?${S}CONTR[ÔO]LE${S}ET${S}(?:TRANSMISSIONS?|COMMUNICATIONS?)`, 'COMMANDEMENT',
].join('|')})(?![\\p{L}])`, 'iu');
const COUNCIL = /^[\t \u00A0]*(?:The[\t \u00A0]+Security[\t \u00A0]+Council|Le[\t \u00A0]+Conseil[\t \u00A0]+de[\t \u00A0]+s[ée]curit[ée])[\t \u00A0]*,/u;
const OP_NUMBER = /^[\t \u00A0]*(\d{1,3})[.)][\t \u00A0]/;
const SUB_MARKER = /^[\t \u00A0]*\(([a-z]{1,3}|[ivx]{1,5})\)[\t \u00A0]/;
const HEADING = /^[\t \u00A0]*(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)][\t \u00A0]+)?[\p{Lu}][^.;,:!?]{1,78}$/u;
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv']);

interface Line { start: number; end: number; text: string }

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    yield { start, end: lineEnd, text: text.slice(start, Math.min(lineEnd, start + 400)) };
    if (end === text.length) break;
    start = end + 1;
  }
}

/** Does the text read as a Security Council resolution or statement? */
export function looksLikeResolution(text: string, lang: VerbLanguage = 'en'): boolean {
  const head = text.slice(0, 5000);
  if (/Security[\s\u00A0]+Council|Conseil[\s\u00A0]+de[\s\u00A0]+s[ée]curit[ée]/u.test(head)) return true;
  let finite = 0;
  let n = 0;
  for (const l of lines(text)) {
    if (!l.text.trim()) continue;
    n++;
    const v = leadingVerb(text, l.start, l.end, false, lang);
    if (v && /^\p{Lu}/u.test(v.text) && v.verbClass) finite++;
    if (finite >= 2 || n > 200) break;
  }
  return finite >= 2 || (finite === 1 && n <= 3);
}

function isHeading(text: string, l: Line, prevBlank: boolean): boolean {
  const t = l.text.trim();
  if (!prevBlank || t.length < 3 || t.length > 80 || !HEADING.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  if (letters === letters.toUpperCase()) return true;
  // Title Case: most words capitalised.
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|the|in|on|for|to|a|an|with|by|at|or|de|des|et|la|le|les|du)$/.test(w)).length;
  return words.length <= 10 && caps === words.length;
}

export interface Structure {
  sections: Section[];
  resolution: boolean;
  oporder: boolean;
}

/**
 * Sections of the text. `lang` chooses the resolution verbs read (French ones only in French text);
 * by default it is detected from the opening of the text.
 */
export function detectStructure(text: string, lang: VerbLanguage = detectLanguage(text)): Structure {
  const resolution = looksLikeResolution(text, lang);
  const sections: Section[] = [];
  const close = (s: Section | undefined, at: number) => { if (s) s.end = Math.max(s.start, at); };
  let oporder = false;

  let preamble: Section | undefined;
  let lastOp: Section | undefined;
  let lastSub: Section | undefined;
  let lastRomanParent: Section | undefined;
  let lastPara: Section | undefined; // most recent paragraph-level section (to close)
  let opCount = 0;
  let operative = false; // an operative paragraph since the last "The Security Council,"
  let ppCount = 0;
  let subCount = 0;
  let annex: Section | undefined;
  let opord: Section | undefined;
  let heading: Section | undefined;
  let prevBlank = true;
  // Ids given so far, and headings counted: looked up per line, so kept aside rather than searched for in `sections`.
  const ids = new Set<string>();
  let headings = 0;
  const unique = (sec: Section, at: number) => { if (ids.has(sec.id)) sec.id += `-${at}`; ids.add(sec.id); };

  const closeParagraphs = (at: number) => { close(lastPara, at); lastPara = undefined; };

  for (const l of lines(text)) {
    const trimmed = l.text.trim();
    if (!trimmed) { prevBlank = true; continue; }

    const a = ANNEX.exec(l.text);
    if (a && trimmed.length <= 120) {
      closeParagraphs(l.start);
      close(heading, l.start); heading = undefined;
      close(opord, l.start); opord = undefined;
      close(lastOp, l.start); lastOp = undefined;
      close(annex, l.start);
      close(preamble, l.start);
      annex = { id: `annex-${a[1]!.toLowerCase()}`, kind: 'annex', number: `Annex ${a[1]}`, title: a[2]?.trim() || undefined, start: l.start, end: text.length };
      unique(annex, l.start);
      sections.push(annex);
      prevBlank = false;
      continue;
    }

    const o = !annex && OPORD.exec(l.text);
    if (o) {
      oporder = true;
      close(opord, l.start);
      close(heading, l.start); heading = undefined;
      opord = { id: `opord-${o[1]}`, kind: 'opord-paragraph', number: o[1], title: o[2]!.toUpperCase().replace(/\s+/g, ' '), start: l.start, end: text.length };
      ids.add(opord.id);
      sections.push(opord);
      prevBlank = false;
      continue;
    }

    if (resolution) {
      if (COUNCIL.test(l.text)) {
        closeParagraphs(l.start);
        if (preamble && operative) {
          // "The Security Council," after operative paragraphs opens the next resolution of a
          // compilation: its preamble is not a sub-paragraph of the last one, nor part of an annex.
          close(lastOp, l.start); lastOp = undefined; lastSub = undefined; lastRomanParent = undefined;
          close(annex, l.start); annex = undefined;
          if (preamble.end === text.length) close(preamble, l.start);
          preamble = undefined;
          opCount = 0; ppCount = 0; subCount = 0; operative = false;
        }
        if (!preamble) {
          preamble = { id: 'preamble', kind: 'preamble', start: l.start, end: text.length, parent: annex?.id };
          unique(preamble, l.start);
          sections.push(preamble);
        }
        prevBlank = false;
        continue;
      }
      const v = leadingVerb(text, l.start, l.end, false, lang);
      const sub = SUB_MARKER.exec(l.text);
      if (v && v.finite && !sub) {
        // Operative paragraph.
        closeParagraphs(l.start);
        close(lastOp, l.start);
        if (preamble && preamble.end === text.length) close(preamble, l.start);
        const num = OP_NUMBER.exec(l.text)?.[1] ?? String(++opCount);
        if (OP_NUMBER.test(l.text)) opCount = Number(num);
        lastOp = { id: `op-${num}`, kind: 'operative', number: num, start: l.start, end: text.length, parent: annex?.id, verbs: verbsOf(text, l, lang) };
        unique(lastOp, l.start);
        sections.push(lastOp);
        operative = true;
        lastSub = undefined; lastRomanParent = undefined; subCount = 0;
        prevBlank = false;
        continue;
      }
      if (!lastOp && !sub && (v ? !v.finite : preamble !== undefined)) {
        closeParagraphs(l.start);
        const pp: Section = { id: `pp-${++ppCount}`, kind: 'preambular', number: `PP${ppCount}`, start: l.start, end: l.end, parent: preamble?.id, verbs: verbsOf(text, l, lang) };
        unique(pp, l.start);
        sections.push(pp);
        lastPara = pp;
        prevBlank = false;
        continue;
      }
      if (lastOp) {
        // A sub-paragraph of the current operative paragraph: "(a) …", "(ii) …" or an unnumbered line.
        closeParagraphs(l.start);
        let marker = sub?.[1];
        let parent: Section = lastOp;
        if (marker && ROMAN.has(marker) && lastSub && !(marker === 'i' && lastSub.number?.endsWith('(h)'))) {
          parent = lastRomanParent ?? lastSub;
          lastRomanParent = parent;
        } else {
          marker ??= String.fromCharCode(97 + (subCount % 26));
          subCount++;
          lastRomanParent = undefined;
        }
        const s: Section = {
          id: `${parent.id}-${marker}`, kind: 'operative', number: `${parent.number}(${marker})`,
          start: l.start, end: l.end, parent: parent.id, verbs: verbsOf(text, l, lang),
        };
        unique(s, l.start);
        sections.push(s);
        if (parent === lastOp) lastSub = s;
        lastPara = s;
        prevBlank = false;
        continue;
      }
      if (lastPara && lastPara.kind === 'preambular') { lastPara.end = l.end; prevBlank = false; continue; }
    } else if (!oporder || annex) {
      if (isHeading(text, l, prevBlank)) {
        close(heading, l.start);
        heading = { id: `h-${++headings}`, kind: 'heading', title: trimmed, start: l.start, end: text.length, parent: annex?.id };
        ids.add(heading.id);
        sections.push(heading);
      }
    }
    prevBlank = false;
  }

  sections.sort((x, y) => x.start - y.start || y.end - x.end);
  const first = sections[0];
  if (!first || text.slice(0, first.start).trim()) {
    sections.unshift({ id: 'body', kind: 'body', start: 0, end: first ? first.start : text.length });
  }
  return { sections, resolution, oporder };
}

function verbsOf(text: string, l: Line, lang: VerbLanguage): Section['verbs'] {
  return paragraphVerbs(text, l.start, l.end, lang).map(({ finite: _f, ...v }) => v);
}

/**
 * Innermost section at any offset, by binary search over a flattened list of segments;
 * also whether each section lies in an annex. Built once per text.
 */
export class SectionIndex {
  private starts: number[] = [];
  private owners: (Section | undefined)[] = [];
  private annexed = new Set<string>();
  private byId: Map<string, Section>;

  constructor(readonly sections: readonly Section[]) {
    const byId = new Map(sections.map((x) => [x.id, x]));
    this.byId = byId;
    for (const sec of sections) {
      for (let cur: Section | undefined = sec; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
        if (cur.kind === 'annex') { this.annexed.add(sec.id); break; }
      }
    }
    // Sweep: at each boundary the owner is the latest-starting section still open.
    const points = new Set<number>();
    for (const sec of sections) { points.add(sec.start); points.add(sec.end); }
    const sorted = [...points].sort((a, b) => a - b);
    const bySt = [...sections].sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: Section[] = [];
    let k = 0;
    for (const p of sorted) {
      while (k < bySt.length && bySt[k]!.start <= p) stack.push(bySt[k++]!);
      while (stack.length && stack[stack.length - 1]!.end <= p) stack.pop();
      // Nested sections may close out of order; find the innermost still open.
      let owner: Section | undefined;
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.end > p) { owner = stack[i]; break; }
      this.starts.push(p);
      this.owners.push(owner);
    }
  }

  at(pos: number): Section | undefined {
    const i = lastAtOrBefore(this.starts, pos);
    return i < 0 ? undefined : this.owners[i];
  }

  get(id: string): Section | undefined {
    return this.byId.get(id);
  }

  inAnnex(s: Section | undefined): boolean {
    return Boolean(s && this.annexed.has(s.id));
  }
}
