// The contract's JSON output ({ version, documents, errors }) written one document at a time, so
// no report, and no streamed document's findings, are all in memory at once. The bytes are those of
// JSON.stringify(output, null, 2): a streamed document's findings, sections, figures, language runs
// and section coverage go to temp files (spools) chunk by chunk and are copied into place when the
// document is done; a document that fails midway is dropped without a trace in the output.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ChunkResult } from '../core/stream.ts';
import type { Report } from '../core/schema.ts';

/** Where the JSON goes: the --out temp file or standard output. */
export interface Sink {
  write(s: string): void | Promise<void>;
}

/** An error of the output itself (not of one input): the whole report is not written. */
export class OutputError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'OutputError';
  }
}

const SPOOL_BUFFER = 1 << 20;

/** An append-only temp file of JSON items (already indented and comma-separated), read back once. */
class Spool {
  private fd: number;
  private readonly file: string;
  private linked = true;
  private parts: string[] = [];
  private size = 0;
  private bytes = 0;
  count = 0;

  constructor(dir: string, private readonly pad: string) {
    this.file = path.join(dir, `.wps-lens-spool.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    this.fd = openSync(this.file, 'wx+');
    // Unlinked at once where the system allows it: nothing is left behind even if the process dies.
    try { unlinkSync(this.file); this.linked = false; } catch { /* removed in close() */ }
  }

  /** Add one item (its JSON text, indented for its depth). */
  add(json: string): void {
    const s = (this.count++ === 0 ? this.pad : ',\n' + this.pad) + json.replace(/\n/g, '\n' + this.pad);
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= SPOOL_BUFFER) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off, buf.length - off, this.bytes + off);
    this.bytes += buf.length;
  }

  /** Copy everything added into the sink, as text. */
  async copyTo(sink: Sink): Promise<void> {
    this.flush();
    const decoder = new StringDecoder('utf8'); // a read may end inside a character
    for (let pos = 0; pos < this.bytes; ) {
      const buf = Buffer.allocUnsafe(Math.min(SPOOL_BUFFER, this.bytes - pos));
      const n = readSync(this.fd, buf, 0, buf.length, pos);
      if (n <= 0) throw new Error('spool file ended early');
      pos += n;
      await sink.write(decoder.write(buf.subarray(0, n)));
    }
    const rest = decoder.end();
    if (rest) await sink.write(rest);
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    if (this.linked) try { unlinkSync(this.file); } catch { /* already gone */ }
  }
}

/** JSON of a value at a depth of the output (2-space indentation, as JSON.stringify(…, null, 2)). */
function at(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
}

/** Depths in the output: root 0, documents[] 1, a report 2, its fields' items 4, bySection entries 5. */
const SPOOLED = ['findings', 'structure', 'figures', 'languages'] as const;

/** One streamed document: feed it every chunk, then write it (or discard it if the input failed). */
export class StreamedJsonDocument {
  private readonly spools: Record<(typeof SPOOLED)[number] | 'bySection', Spool>;

  constructor(private readonly output: JsonOutput, dir: string) {
    const pad = (depth: number) => '  '.repeat(depth);
    const made: Spool[] = [];
    try {
      const make = (depth: number) => { const s = new Spool(dir, pad(depth)); made.push(s); return s; };
      this.spools = { findings: make(4), structure: make(4), figures: make(4), languages: make(4), bySection: make(5) };
    } catch (e) {
      for (const s of made) s.close();
      throw e;
    }
  }

  /** The StreamingAnalysis onChunk callback. */
  readonly add = (c: ChunkResult): void => {
    for (const key of SPOOLED) for (const item of c[key]) this.spools[key].add(JSON.stringify(item, null, 2));
    for (const [id, v] of Object.entries(c.bySection)) this.spools.bySection.add(`${JSON.stringify(id)}: ${JSON.stringify(v, null, 2)}`);
  };

  /** Write the finished document (the report of the bounded analysis; its lists come from the spools). */
  async write(report: Report): Promise<void> {
    try {
      await this.output.document(async (sink) => {
        const keys = Object.entries(report).filter(([, v]) => v !== undefined);
        await sink.write('    {\n');
        for (let i = 0; i < keys.length; i++) {
          const [key, value] = keys[i]!;
          await sink.write(`      ${JSON.stringify(key)}: `);
          if ((SPOOLED as readonly string[]).includes(key)) await this.list(sink, this.spools[key as (typeof SPOOLED)[number]], '[', ']', 3);
          else if (key === 'coverage') await this.coverage(sink, value as Report['coverage']);
          else await sink.write(at(value, 3));
          await sink.write(i < keys.length - 1 ? ',\n' : '\n');
        }
        await sink.write('    }');
      });
    } finally {
      this.discard();
    }
  }

  private async coverage(sink: Sink, c: Report['coverage']): Promise<void> {
    const keys = Object.entries(c).filter(([, v]) => v !== undefined);
    await sink.write('{\n');
    for (let i = 0; i < keys.length; i++) {
      const [key, value] = keys[i]!;
      await sink.write(`        ${JSON.stringify(key)}: `);
      if (key === 'bySection') await this.list(sink, this.spools.bySection, '{', '}', 4);
      else await sink.write(at(value, 4));
      await sink.write(i < keys.length - 1 ? ',\n' : '\n');
    }
    await sink.write('      }');
  }

  private async list(sink: Sink, spool: Spool, open: string, close: string, depth: number): Promise<void> {
    if (spool.count === 0) { await sink.write(open + close); return; }
    await sink.write(open + '\n');
    await spool.copyTo(sink);
    await sink.write('\n' + '  '.repeat(depth) + close);
  }

  /** Drop the spools (after writing, or when the input failed midway). */
  discard(): void {
    for (const s of Object.values(this.spools)) s.close();
  }
}

export class JsonOutput {
  private documents = 0;

  /** spoolDir: where streamed documents' temp files go (beside --out, or the system temp folder). */
  constructor(private readonly sink: Sink, private readonly spoolDir: string) {}

  /** Write one report held in memory. */
  async report(report: Report): Promise<void> {
    const json = '    ' + at(report, 2); // may throw RangeError for a gigantic report: nothing written then
    await this.document((sink) => sink.write(json));
  }

  /** Start a streamed document: its spools are created now, it is written when done. */
  streamed(): StreamedJsonDocument {
    return new StreamedJsonDocument(this, this.spoolDir);
  }

  /** Write the separator and a document's text (through write). */
  async document(write: (sink: Sink) => void | Promise<void>): Promise<void> {
    await this.out(this.documents++ === 0 ? '{\n  "version": 1,\n  "documents": [\n' : ',\n');
    await write({ write: (s) => this.out(s) });
  }

  /** Close the output with the list of inputs that failed. */
  async end(errors: { source: string; message: string }[]): Promise<void> {
    const head = this.documents === 0 ? '{\n  "version": 1,\n  "documents": [],\n' : '\n  ],\n';
    await this.out(`${head}  "errors": ${at(errors, 1)}\n}\n`);
  }

  private async out(s: string): Promise<void> {
    if (s === '') return;
    try {
      await this.sink.write(s);
    } catch (e) {
      throw new OutputError(e);
    }
  }
}
