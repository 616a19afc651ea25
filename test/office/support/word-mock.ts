// A fake Word document on office-addin-mock, for the Word side's tests. office-addin-mock gives the
// object tree and Office.js' load-then-sync rule (reading a property that was not loaded and synced
// yields an error value). What it lacks, this file adds:
// - collections whose load takes Office.js paths ('items/text', 'items/font/highlightColor'): the mock
//   cannot navigate into arrays, so the path is checked against the items and 'items' is loaded;
// - objects returned by methods (search results, header bodies) are mocks too, synced with the context;
// - ClientResult values readable only after a sync;
// - Word's behaviour where the tests look: search (case-sensitive, non-overlapping, ^^ for ^),
//   per-character highlight colours ('' when mixed, null when none), comments (added and listed), selection, insertion
//   with the document's track-changes mode, critique annotations.
// Every context.sync() is counted.
import { OfficeMockObject } from 'office-addin-mock';
import type { WordRun } from '../../../office-addin/src/word/blocks.ts';

export interface FakeParagraph { id: number; text: string; highlight: (string | null)[]; part: string; /** automatic list number, not part of text (as in Word) */ list?: string }
export interface Recorded {
  comments: { paragraph: FakeParagraph; start: number; end: number; text: string }[];
  selected: { paragraph: FakeParagraph; start: number; end: number } | null;
  inserted: { text: string; after: FakeParagraph | 'selection'; tracked: boolean }[];
  annotations: { id: string; paragraph: FakeParagraph; start: number; length: number; colorScheme: string }[];
  searches: { paragraph: FakeParagraph; text: string }[];
}

export interface WordMockOptions {
  paragraphs: string[];
  headers?: string[];
  footers?: string[];
  footnotes?: string[];
  /** Automatic list numbers of body paragraphs by index (Word keeps them out of the paragraph text). */
  lists?: Record<number, string>;
  /** Indices of the selected body paragraphs (first, last). */
  selection?: [number, number];
  trackChanges?: 'Off' | 'TrackAll' | 'TrackMineOnly';
  /** Requirement sets the fake Word supports, e.g. { WordApi: '1.5' }. */
  apiVersion?: string;
  /** Body.getReviewedText('Original' | 'Current') (WordApi 1.4): the text before and after tracked changes,
   *  paragraphs ended by \r as Word gives them; default both the body's paragraphs (no tracked changes). */
  reviewed?: { original: string; current: string };
}

let nextId = 0;

export function createWordMock(options: WordMockOptions) {
  let syncs = 0;
  const extraMocks: OfficeMockObject[] = [];
  const pendingResults: { synced: boolean }[] = [];
  const recorded: Recorded = { comments: [], selected: null, inserted: [], annotations: [], searches: [] };
  const para = (text: string, part: string): FakeParagraph => ({ id: nextId++, text, highlight: Array.from(text, () => null), part });
  const body = options.paragraphs.map((t, i) => ({ ...para(t, 'body'), ...(options.lists?.[i] ? { list: options.lists[i] } : {}) }));
  const headers = (options.headers ?? []).map((t) => para(t, 'header'));
  const footers = (options.footers ?? []).map((t) => para(t, 'footer'));
  const notes = (options.footnotes ?? []).map((t) => [para(t, 'footnote')]);
  const mode = options.trackChanges ?? 'Off';

  /** load() taking Office.js paths below 'items', checked against the items, then loading 'items'. */
  function collectionLoad(this: OfficeMockObject & { items?: unknown }, arg?: string) {
    const items = (this as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties.get('items')?._valueBeforeLoaded as Record<string, unknown>[];
    for (const path of (arg ?? 'items').split(',').map((s) => s.trim())) {
      const [head, ...rest] = path.split('/');
      if (head !== 'items') throw new Error(`load("${path}"): this fake only loads items`);
      for (const item of items) {
        let o: unknown = item;
        for (const [k, key] of rest.entries()) {
          if (o === null || typeof o !== 'object' || !(key in o)) throw new Error(`load("${path}"): property ${key} is not in the object model`);
          if (k < rest.length - 1) o = (o as Record<string, unknown>)[key]; // loading is not reading: a null object's scalars load fine
        }
      }
    }
    OfficeMockObject.prototype.load.call(this, 'items');
    return this;
  }
  function collection<T>(items: T[]): OfficeMockObject & { items: T[] } {
    const m = new OfficeMockObject({ items, load: collectionLoad }) as OfficeMockObject & { items: T[] };
    extraMocks.push(m);
    return m;
  }
  function clientResult<T>(value: T) {
    const r = { synced: false, get value(): T { if (!r.synced) throw new Error('ClientResult.value read before context.sync()'); return value; } };
    pendingResults.push(r);
    return r;
  }

  function font(p: FakeParagraph, start: number, end: number) {
    return {
      get highlightColor(): string | null {
        const cs = p.highlight.slice(start, end);
        return cs.every((c) => c === cs[0]) ? (cs[0] ?? null) : '';
      },
      set highlightColor(v: string | null) {
        for (let i = start; i < end; i++) p.highlight[i] = v === null || v === '' ? null : v.toUpperCase();
      },
    };
  }

  function range(p: FakeParagraph, start: number, end: number): Record<string, unknown> {
    const r: Record<string, unknown> = {
      text: p.text.slice(start, end),
      font: font(p, start, end),
      _where: { p, start, end },
      load(path?: string) {
        for (const key of (path ?? '').split(/[,/]/).map((k) => k.trim()).filter(Boolean)) if (!(key in r) && !(key in (r.font as object))) throw new Error(`load("${path}"): ${key} is not in the object model`);
        return r;
      },
      select: () => { recorded.selected = { paragraph: p, start, end }; },
      insertComment: (text: string) => { recorded.comments.push({ paragraph: p, start, end, text }); return { content: text }; },
      expandTo: (other: { _where: { p: FakeParagraph; start: number; end: number } }) => {
        if (other._where.p !== p) throw new Error('expandTo across paragraphs');
        return range(p, Math.min(start, other._where.start), Math.max(end, other._where.end));
      },
      compareLocationWith: (other: { _where: { p: FakeParagraph; start: number; end: number } }) =>
        clientResult(other._where.p === p && other._where.start === start && other._where.end === end ? 'Equal' : 'Before'),
    };
    return r;
  }

  function insertAfter(list: FakeParagraph[], p: FakeParagraph, text: string) {
    const n = para(text, p.part);
    list.splice(list.indexOf(p) + 1, 0, n);
    recorded.inserted.push({ text, after: p, tracked: mode !== 'Off' });
    return paragraphObject(list, n);
  }

  const objects = new Map<FakeParagraph, Record<string, unknown>>();
  function paragraphObject(list: FakeParagraph[], p: FakeParagraph): Record<string, unknown> {
    const existing = objects.get(p);
    if (existing) return existing;
    const o: Record<string, unknown> = {
      get text() { return p.text; },
      get isListItem() { return p.list !== undefined; },
      listItemOrNullObject: {
        get isNullObject() { return p.list === undefined; },
        get listString() { if (p.list === undefined) throw new Error('listString read on a null object'); return p.list; },
      },
      search: (raw: string, opts: { matchCase?: boolean; matchWildcards?: boolean }) => {
        if (raw.length > 255) throw new Error('Word search is limited to 255 characters');
        if (opts.matchWildcards) throw new Error('this fake does not do wildcards');
        const needle = raw.replace(/\^\^/g, '^');
        recorded.searches.push({ paragraph: p, text: needle });
        const hay = opts.matchCase ? p.text : p.text.toLowerCase();
        const n = opts.matchCase ? needle : needle.toLowerCase();
        const found: Record<string, unknown>[] = [];
        for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) found.push(range(p, i, i + n.length));
        return collection(found);
      },
      getRange: () => range(p, 0, p.text.length),
      select: () => { recorded.selected = { paragraph: p, start: 0, end: p.text.length }; },
      insertParagraph: (text: string, where: string) => {
        if (where !== 'After') throw new Error('this fake inserts after only');
        return insertAfter(list, p, text);
      },
      insertAnnotations: (set: { critiques: { start: number; length: number; colorScheme: string }[] }) => {
        const ids = set.critiques.map((c) => {
          if (c.start < 0 || c.start + c.length > p.text.length) throw new Error('critique outside the paragraph');
          const id = `ann-${nextId++}`;
          recorded.annotations.push({ id, paragraph: p, start: c.start, length: c.length, colorScheme: c.colorScheme });
          return id;
        });
        return clientResult(ids);
      },
      getAnnotations: () => collection(recorded.annotations.filter((a) => a.paragraph === p).map((a) => ({
        id: a.id,
        delete: () => { recorded.annotations.splice(recorded.annotations.indexOf(a), 1); },
      }))),
    };
    objects.set(p, o);
    return o;
  }
  const view = (list: FakeParagraph[]) => list.map((p) => paragraphObject(list, p));

  // Collections are rebuilt from the live lists each time the code asks for them (like Word's).
  const emptyBody = () => ({ paragraphs: collection([]) });
  const section = {
    getHeader: (type: string) => (type === 'Primary' ? { paragraphs: collection(view(headers)) } : emptyBody()),
    getFooter: (type: string) => (type === 'Primary' ? { paragraphs: collection(view(footers)) } : emptyBody()),
  };
  const [selFirst, selLast] = options.selection ?? [0, -1];
  const data = {
    context: {
      document: {
        changeTrackingMode: mode,
        body: {},
        sections: { items: [section], load: collectionLoad },
        selection: {
          paragraphs: { items: body.slice(selFirst, selLast + 1).map((p) => paragraphObject(body, p)), load: collectionLoad },
          insertParagraph: (text: string) => { body.push(para(text, 'body')); recorded.inserted.push({ text, after: 'selection', tracked: mode !== 'Off' }); return {}; },
        },
        getSelection() { return (this as unknown as { selection: unknown }).selection; },
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) { return batch(this.context); },
  };
  // office-addin-mock copies getters' values once; paragraphs and footnotes must stay live, so they are
  // defined on the mock after construction.
  const mock = new OfficeMockObject(data) as unknown as { context: { sync(): Promise<void>; document: { body: Record<string, unknown> } }; run: WordRun };
  Object.defineProperty(mock.context.document.body, 'paragraphs', { get: () => collection(view(body)) });
  Object.defineProperty(mock.context.document.body, 'footnotes', { get: () => collection(notes.map((n) => ({ body: { paragraphs: collection(view(n)) } }))) });
  // The document's comments as Word lists them (WordApi 1.4): content only, what addComments reads.
  Object.defineProperty(mock.context.document.body, 'getComments', { value: () => collection(recorded.comments.map((c) => ({ content: c.text }))) });
  // Tracked changes as Word reports them (WordApi 1.4): values readable only after a sync.
  Object.defineProperty(mock.context.document.body, 'getReviewedText', { value: (version: 'Original' | 'Current' = 'Current') => {
    if (version !== 'Original' && version !== 'Current') throw new Error(`getReviewedText: unknown version ${String(version)}`);
    const plain = body.map((p) => `${p.text}\r`).join('');
    return clientResult(options.reviewed ? options.reviewed[version === 'Original' ? 'original' : 'current'] : plain);
  } });
  const original = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    await original();
    for (const m of extraMocks) await m.sync();
    await new Promise((r) => setTimeout(r, 0)); // office-addin-mock settles nested properties in microtasks
    for (const r of pendingResults.splice(0)) r.synced = true;
  };

  const version = options.apiVersion ?? '1.4';
  return {
    Word: mock,
    run: ((batch) => mock.run(batch)) as WordRun,
    supports: (set: string, v: string) => set === 'WordApi' && compareVersions(version, v) >= 0,
    syncs: () => syncs,
    resetSyncs: () => { syncs = 0; },
    body, headers, footers, notes, recorded,
  };
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** The highlight runs of a paragraph: [start, end, colour] for each maximal run. */
export function highlightRuns(p: FakeParagraph): [number, number, string | null][] {
  const out: [number, number, string | null][] = [];
  p.highlight.forEach((c, i) => {
    const last = out.at(-1);
    if (last && last[2] === c) last[1] = i + 1; else out.push([i, i + 1, c]);
  });
  return out;
}
