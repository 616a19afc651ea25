// Incremental analysis of a text too large to hold twice: pieces are pushed as they are read,
// cut into chunks at paragraph boundaries, analysed one by one and merged into one Report whose
// offsets index the whole text. Only findings, sections and figures are kept, never the text.
// Pure: the caller does the reading (the CLI streams files through it).
import { analyze, type AnalyzeOptions } from './analyze.ts';
import { loadLexicon } from './compile.ts';
import { coverage } from './coverage.ts';
import { keywordRe } from './gaps.ts';
import type { Gap, GapKind, Profile, Report, Section } from './schema.ts';

/** Default chunk size in UTF-16 code units (~4 MB of text): large enough to hold any section context. */
export const DEFAULT_CHUNK_CHARS = 4 * 1024 * 1024;

export interface StreamOptions extends AnalyzeOptions {
  /** Chunks are cut at the last paragraph break before this many characters (default 4 Mi). */
  chunkChars?: number;
}

/**
 * Where to cut buf (at most max chars) so a chunk ends at a paragraph boundary: after the last
 * blank line, else the last line break, else the last whitespace, else at max (never inside a
 * surrogate pair). Returns buf.length when buf fits.
 */
export function cutPoint(buf: string, max: number): number {
  if (buf.length <= max) return buf.length;
  const floor = Math.floor(max / 2); // a cut too early would make many tiny chunks
  const para = buf.lastIndexOf('\n\n', max - 2);
  if (para >= floor) return para + 2;
  const line = buf.lastIndexOf('\n', max - 1);
  if (line >= floor) return line + 1;
  for (let i = max - 1; i >= floor; i--) if (/\s/.test(buf[i]!)) return i + 1;
  const c = buf.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** Order in which analyze() names a gap's kind: the first that holds anywhere wins. */
const KIND_ORDER: GapKind[] = ['advice-only', 'preamble-only', 'boilerplate-only', 'negated-only', 'annex-only', 'missing'];

export class StreamingAnalysis {
  private readonly options: StreamOptions;
  private readonly chunkChars: number;
  private buf = '';
  private offset = 0;
  private chunks = 0;
  private first?: Report;
  private readonly findings: Report['findings'] = [];
  private readonly figures: Report['figures'] = [];
  private readonly structure: Section[] = [];
  private readonly languages: NonNullable<Report['languages']> = [];
  private readonly sectionIds = new Set<string>();
  /** rule id → the gap with the strongest kind, for rules that failed in every chunk so far. */
  private gaps = new Map<string, Gap>();
  /** Keyword lists of the profile's rules found in some chunk (coverage score). */
  private readonly keywordsSeen = new Set<string>();

  constructor(options: StreamOptions = {}) {
    this.options = { ...options, lexicon: options.lexicon ?? loadLexicon() };
    this.chunkChars = Math.max(1024, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  }

  /** Add the next piece of text; full chunks are analysed now. */
  push(piece: string): void {
    this.buf += piece;
    while (this.buf.length > this.chunkChars) {
      const cut = cutPoint(this.buf, this.chunkChars);
      this.analyseChunk(this.buf.slice(0, cut));
      this.buf = this.buf.slice(cut);
    }
  }

  /** Analyse what is left and return the merged report. */
  finish(): Report {
    if (this.buf.length > 0 || this.chunks === 0) this.analyseChunk(this.buf);
    this.buf = '';
    const first = this.first!;
    const lex = this.options.lexicon!;
    const profile = lex.profiles.get(first.profile.id);
    const gaps = [...this.gaps.values()];
    const order = { high: 0, medium: 1, low: 2 } as const;
    gaps.sort((a, b) => order[a.severity] - order[b.severity]);
    return {
      ...first,
      findings: this.findings,
      structure: this.structure,
      languages: this.languages,
      figures: this.figures,
      gaps,
      coverage: coverage(this.findings, profile, (words) => this.keywordsSeen.has(words.join('\u0000'))),
      length: this.offset,
    };
  }

  private analyseChunk(text: string): void {
    const shift = this.offset;
    // The document type is read from its beginning; later chunks use the same profile.
    const profile = this.first ? this.first.profile.id : this.options.profile;
    // Dismissals of one occurrence carry whole-text offsets: give each chunk its own, shifted.
    const dismissals = this.options.dismissals
      ?.filter((d) => d.scope !== 'once' || (d.start >= shift && d.end <= shift + text.length))
      .map((d) => (d.scope === 'once' ? { ...d, start: d.start - shift, end: d.end - shift } : d));
    const r = analyze(text, { ...this.options, profile, dismissals });
    const chunk = this.chunks++;
    if (!this.first) this.first = r;
    else if (this.first.language === 'und' && r.language !== 'und') this.first = { ...this.first, language: r.language };

    // Section ids repeat across chunks ("body", "h-1"): later ones get a chunk suffix.
    const rename = new Map<string, string>();
    for (const s of r.structure) {
      const id = this.sectionIds.has(s.id) ? `${s.id}~${chunk}` : s.id;
      rename.set(s.id, id);
      this.sectionIds.add(id);
    }
    for (const s of r.structure) {
      this.structure.push({ ...s, id: rename.get(s.id)!, parent: s.parent ? rename.get(s.parent) ?? s.parent : undefined,
        start: s.start + shift, end: s.end + shift, verbs: s.verbs?.map((v) => ({ ...v, start: v.start + shift, end: v.end + shift })) });
    }
    for (const f of r.findings) {
      this.findings.push({ ...f, start: f.start + shift, end: f.end + shift, sentence: { start: f.sentence.start + shift, end: f.sentence.end + shift },
        section: f.section ? rename.get(f.section) ?? f.section : undefined });
    }
    for (const g of r.figures) this.figures.push({ ...g, start: g.start + shift, end: g.end + shift });
    for (const x of r.languages ?? []) {
      const last = this.languages[this.languages.length - 1];
      // A run that goes on across the cut is one run.
      if (last && last.language === x.language && last.end >= x.start + shift - 2) last.end = x.end + shift;
      else this.languages.push({ ...x, start: x.start + shift, end: x.end + shift });
    }
    this.mergeGaps(r.gaps, chunk === 0);
    this.noteKeywords(this.options.lexicon!.profiles.get(r.profile.id), text);
    this.offset += text.length;
  }

  /** A rule is a gap of the whole text only if no chunk satisfied it; its kind is the strongest seen. */
  private mergeGaps(gaps: Gap[], first: boolean): void {
    const now = new Map(gaps.map((g) => [g.rule, g]));
    if (first) { this.gaps = now; return; }
    for (const [rule, prev] of this.gaps) {
      const g = now.get(rule);
      if (!g) this.gaps.delete(rule);
      else if (KIND_ORDER.indexOf(g.kind) < KIND_ORDER.indexOf(prev.kind)) this.gaps.set(rule, g);
    }
  }

  private noteKeywords(profile: Profile | undefined, text: string): void {
    for (const r of profile?.rules ?? []) {
      if (!r.keywords?.length) continue;
      const key = r.keywords.join('\u0000');
      if (this.keywordsSeen.has(key)) continue;
      const re = keywordRe(r.keywords);
      re.lastIndex = 0;
      if (re.test(text)) this.keywordsSeen.add(key);
    }
  }
}

/** Analyse a text given as pieces (e.g. read from a file) with bounded memory. */
export function analyzeStream(pieces: Iterable<string>, options: StreamOptions = {}): Report {
  const s = new StreamingAnalysis(options);
  for (const p of pieces) s.push(p);
  return s.finish();
}
