// npm run build:office → dist/office-addin/: a static folder any HTTPS host can serve.
//   taskpane.html + assets/ (vite bundle: Word and Excel panes, custom functions, core)
//   functions.json (Excel custom-function metadata generated from the JSDoc of src/excel/functions.ts)
//   manifest.xml (the root manifest with its base URL rewritten, then validated offline)
//   assets/icon-{16,32,80}.png, help.html
//   org-policy.json (only when given): the organisation's policy (ManagedPolicy: packs, keys, default type),
//     read by both panes at start from the add-in's own origin (docs/ADMINISTRATORS.md)
// Base URL: --base-url=https://host/path/ or WPS_OFFICE_BASE_URL; default https://localhost:3000/.
// Organisation policy: --org-policy=path/to/policy.json or WPS_OFFICE_ORG_POLICY; checked here (the policy's
// fields, its packs and their signatures) so a broken policy fails the build, not every desk.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { build } from 'vite';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { DEFAULT_BASE_URL, officeSchemasDir, validateManifest, checkReferences } from './schemas/validate.ts';
import { effectiveSettings, LexiconError, resolvePacks } from '../core/index.ts';
import { ORG_POLICY_FILE } from './src/common/org-policy.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
export const defaultOutDir = join(repoRoot, 'dist/office-addin');
/** @deprecated name kept for importers: the default output folder. */
export const outDir = defaultOutDir;

/** Normalises and checks a base URL: https, ends with a slash, no query or fragment. */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try { url = new URL(raw); } catch { throw new Error(`base URL "${raw}" is not a URL`); }
  if (url.protocol !== 'https:') throw new Error(`base URL "${raw}" must use https: Office loads add-ins only over HTTPS`);
  if (url.search || url.hash) throw new Error(`base URL "${raw}" must not carry a query or fragment`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The root manifest with every occurrence of the default base URL replaced. */
export function manifestFor(baseUrl: string, source = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8')): string {
  return source.split(DEFAULT_BASE_URL).join(normaliseBaseUrl(baseUrl));
}

export async function functionsMetadata(): Promise<string> {
  const result = await generateCustomFunctionsMetadata(join(here, 'src/excel/functions.ts'));
  if (result.errors.length) throw new Error(`custom functions metadata:\n  ${result.errors.join('\n  ')}`);
  // No functions declared yet: still a valid, empty metadata file.
  return result.metadataJson.trim() || JSON.stringify({ functions: [] }, null, 2);
}

export interface BuildOptions {
  baseUrl?: string; quiet?: boolean; /** default dist/office-addin */ outDir?: string;
  /** A ManagedPolicy JSON file, copied beside the add-in as org-policy.json (default WPS_OFFICE_ORG_POLICY). */
  orgPolicy?: string;
}

/** Reads and checks an organisation policy file; returns its text, or throws one line per problem. */
export async function checkOrgPolicy(path: string): Promise<string> {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (err) { throw new Error(`organisation policy ${path}: ${(err as Error).message}`); }
  let data: unknown;
  try { data = JSON.parse(text); } catch (err) { throw new Error(`organisation policy ${path}: not valid JSON (${(err as Error).message})`); }
  const effective = effectiveSettings(data);
  const problems = [...effective.problems];
  try {
    await resolvePacks(effective.selected, { keys: effective.keys });
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    problems.push(...err.issues);
  }
  if (problems.length) throw new Error(`organisation policy ${path} is not valid:\n  ${problems.join('\n  ')}`);
  return text;
}

export async function buildOfficeAddin(options: BuildOptions = {}): Promise<string> {
  const outDir = options.outDir ?? defaultOutDir;
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? process.env.WPS_OFFICE_BASE_URL ?? DEFAULT_BASE_URL);
  const policyPath = options.orgPolicy ?? (process.env.WPS_OFFICE_ORG_POLICY || undefined);
  const policy = policyPath ? await checkOrgPolicy(resolve(policyPath)) : undefined;
  await build({
    configFile: false,
    root: join(here, 'src'),
    base: './',
    logLevel: options.quiet ? 'error' : 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000, // the core (lexicon, compromise) is one large, lazily loaded chunk
      rolldownOptions: {
        input: { taskpane: join(here, 'src/taskpane.html') },
        // A stable name: the manifest's Functions.Script.Url points at the entry bundle.
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  writeFileSync(join(outDir, 'functions.json'), await functionsMetadata());
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  for (const size of [16, 32, 80]) writeFileSync(join(outDir, `assets/icon-${size}.png`), lensIcon(size));
  writeFileSync(join(outDir, 'help.html'), HELP_HTML);
  if (policy !== undefined) writeFileSync(join(outDir, ORG_POLICY_FILE), policy);

  const manifest = manifestFor(baseUrl);
  let check;
  try {
    check = await validateManifest(manifest, officeSchemasDir());
  } catch (err) {
    // Without the shared schemas, still check what needs no schema, and say so.
    console.warn(`manifest: ${(err as Error).message}; checked references only`);
    const problems = checkReferences(manifest);
    check = { valid: problems.length === 0, problems };
  }
  if (!check.valid) throw new Error(`manifest.xml is not valid:\n  ${check.problems.join('\n  ')}`);
  writeFileSync(join(outDir, 'manifest.xml'), manifest);
  if (!options.quiet) console.log(`office add-in built in ${outDir} for ${baseUrl}${policyPath ? ` with the organisation policy ${policyPath}` : ''}`);
  return outDir;
}

const HELP_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WPS Lens help</title></head>
<body><h1>WPS Lens</h1><p>WPS Lens checks a document for Women, Peace and Security language and for what is missing.
In Word, open it from the Home tab and choose Scan document. In Excel, use the WPS functions (for example =WPS.SCORE(A2))
or the task pane to tally a range. The analysis runs inside the add-in; no document text leaves your machine.</p></body></html>
`;

// --- icons: a lens drawn into an RGBA PNG, so the repository holds no binary assets ---
function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8); head.writeUInt32BE(data.length, 0); head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
export function lensIcon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const c = size * 0.42, r = size * 0.3, w = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5, py = y + 0.5, d = Math.hypot(px - c, py - c);
      const ring = Math.abs(d - r) < w;
      const along = (px - c + py - c) / Math.SQRT2, across = Math.abs(px - py) / Math.SQRT2;
      const handle = along > r && along < size * 0.62 && across < w * 1.1;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      if (ring || handle) { raw[i] = 0x0f; raw[i + 1] = 0x6c; raw[i + 2] = 0xbd; raw[i + 3] = 255; }
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

function argValue(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildOfficeAddin({ baseUrl: argValue('base-url'), orgPolicy: argValue('org-policy') }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
