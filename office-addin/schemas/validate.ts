// Offline validation of manifest.xml (Node only: build and tests).
// 1. The 2020 Office schemas (../shared/office-schemas) for everything they know; they predate
//    <Runtimes>, so those elements are cut out before this pass and
// 2. validated on their own against WpsLensManifestExtensions.xsd (our schema for the newer elements);
// 3. cross-references no XSD here can express: every resid resolves, one long-lived runtime shared by
//    the task pane, the function file and the custom functions page, https URLs on one base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { validateXML } from 'xmllint-wasm';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const extensionSchemaPath = join(here, 'WpsLensManifestExtensions.xsd');
const TASKPANE_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

/** The Office schemas folder: $WPS_OFFICE_SCHEMAS, ../shared/office-schemas beside the repo, or /work/shared/office-schemas. */
export function officeSchemasDir(): string {
  const candidates = [process.env.WPS_OFFICE_SCHEMAS, resolve(repoRoot, '../shared/office-schemas'), '/work/shared/office-schemas']
    .filter((d): d is string => Boolean(d));
  const found = candidates.find((d) => existsSync(join(d, 'OfficeAppManifestV1_1.xsd')));
  if (!found) throw new Error(`Office manifest schemas not found (looked in ${candidates.join(', ')}): set WPS_OFFICE_SCHEMAS to the folder holding OfficeAppManifestV1_1.xsd`);
  return found;
}

export interface ManifestCheck { valid: boolean; problems: string[] }

const RUNTIMES = /<Runtimes\b[\s\S]*?<\/Runtimes>/g;

export async function validateManifest(xml: string, schemasDir = officeSchemasDir()): Promise<ManifestCheck> {
  const problems: string[] = [];
  const xsds = readdirSync(schemasDir).filter((f) => f.endsWith('.xsd'));
  const base = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml.replace(RUNTIMES, '') },
    schema: { fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(join(schemasDir, 'OfficeAppManifestV1_1.xsd'), 'utf8') },
    preload: xsds.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map((f) => ({ fileName: f, contents: readFileSync(join(schemasDir, f), 'utf8') })),
  });
  for (const e of base.errors) problems.push(`office-schemas: ${e.rawMessage}`);

  const ours = readFileSync(extensionSchemaPath, 'utf8');
  for (const [i, fragment] of (xml.match(RUNTIMES) ?? []).entries()) {
    const r = await validateXML({
      xml: { fileName: `runtimes-${i + 1}.xml`, contents: fragment.replace('<Runtimes', `<Runtimes xmlns="${TASKPANE_NS}"`) },
      schema: { fileName: 'WpsLensManifestExtensions.xsd', contents: ours },
    });
    for (const e of r.errors) problems.push(`runtimes: ${e.rawMessage}`);
  }
  problems.push(...checkReferences(xml));
  return { valid: problems.length === 0, problems };
}

interface HostInfo { type: string; runtimes: { resid: string; lifetime: string }[]; uses: { what: string; resid: string }[]; customFunctions: Set<string> }

/** Cross-reference checks over the parsed manifest. */
export function checkReferences(xml: string): string[] {
  const problems: string[] = [];
  const resources = new Map<string, string>();
  const refs: { where: string; resid: string }[] = [];
  const urls: string[] = [];
  const hosts: HostInfo[] = [];
  const stack: { name: string; attrs: Record<string, string> }[] = [];
  let defaultSource = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      stack.push({ name, attrs });
      const path = stack.map((s) => s.name).join('/');
      const host = hosts.at(-1);
      if (name === 'host' && attrs['xsi:type']) hosts.push({ type: attrs['xsi:type'], runtimes: [], uses: [], customFunctions: new Set() });
      if (attrs.resid) {
        refs.push({ where: path, resid: attrs.resid });
        if (host && stack.some((s) => s.name === 'host' && s.attrs['xsi:type'])) {
          if (name === 'runtime') host.runtimes.push({ resid: attrs.resid, lifetime: attrs.lifetime ?? 'short' });
          const inCustomFunctions = stack.some((s) => s.name === 'extensionpoint' && s.attrs['xsi:type'] === 'CustomFunctions');
          if (inCustomFunctions) host.customFunctions.add(stack.at(-2)?.name === 'extensionpoint' ? name : stack.at(-2)?.name ?? name);
          if (name === 'functionfile') host.uses.push({ what: 'FunctionFile', resid: attrs.resid });
          if (name === 'sourcelocation' && stack.at(-2)?.name === 'action') host.uses.push({ what: 'ShowTaskpane', resid: attrs.resid });
          if (name === 'sourcelocation' && inCustomFunctions && stack.at(-2)?.name === 'page') host.uses.push({ what: 'CustomFunctions Page', resid: attrs.resid });
        }
      }
      if (attrs.id && /^bt:(url|image|string)$/.test(name)) {
        if (resources.has(attrs.id)) problems.push(`resource id "${attrs.id}" is defined twice`);
        resources.set(attrs.id, attrs.defaultvalue ?? '');
        if (name !== 'bt:string') urls.push(attrs.defaultvalue ?? '');
      }
      if (['iconurl', 'highresolutioniconurl', 'supporturl'].includes(name)) urls.push(attrs.defaultvalue ?? '');
      if (name === 'sourcelocation' && attrs.defaultvalue) { defaultSource = attrs.defaultvalue; urls.push(attrs.defaultvalue); }
    },
    onclosetag() { stack.pop(); },
  }, { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(xml);
  parser.end();

  for (const r of refs) if (!resources.has(r.resid)) problems.push(`${r.where}: resid "${r.resid}" names no resource`);
  if (hosts.length === 0) problems.push('VersionOverrides declares no host');
  for (const h of hosts) {
    if (h.runtimes.length !== 1) { problems.push(`host ${h.type}: expected one <Runtime>, found ${h.runtimes.length}`); continue; }
    const rt = h.runtimes[0]!;
    if (rt.lifetime !== 'long') problems.push(`host ${h.type}: the shared runtime needs lifetime="long"`);
    for (const u of h.uses) if (u.resid !== rt.resid) problems.push(`host ${h.type}: ${u.what} uses "${u.resid}", not the shared runtime "${rt.resid}"`);
    if (!h.uses.some((u) => u.what === 'ShowTaskpane')) problems.push(`host ${h.type}: no ribbon button opens the task pane`);
    if (h.type === 'Workbook') {
      for (const part of ['script', 'page', 'metadata', 'namespace']) if (!h.customFunctions.has(part)) problems.push(`host Workbook: custom functions lack <${part}>`);
    }
  }
  if (defaultSource && resources.has('Taskpane.Url') && resources.get('Taskpane.Url') !== defaultSource) {
    problems.push(`DefaultSettings/SourceLocation (${defaultSource}) differs from Taskpane.Url (${resources.get('Taskpane.Url')})`);
  }
  const bases = new Set(urls.map((u) => u.replace(/[^/]*$/, '').replace(/assets\/$/, '')));
  for (const u of urls) if (!u.startsWith('https://')) problems.push(`URL is not https: "${u}"`);
  if (bases.size > 1) problems.push(`URLs do not share one base: ${[...bases].join(', ')}`);
  return problems;
}

/** The one base URL every manifest URL starts with (what the build rewrites). */
export const DEFAULT_BASE_URL = 'https://localhost:3000/';
