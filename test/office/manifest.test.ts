// manifest.xml, checked offline: the 2020 Office schemas (../shared/office-schemas), our schema for the
// newer shared-runtime elements (office-addin/schemas), and the cross-references; broken copies must fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { checkReferences, extensionSchemaPath, officeSchemasDir, validateManifest } from '../../office-addin/schemas/validate.ts';
import { manifestFor, normaliseBaseUrl } from '../../office-addin/build.ts';
import { repoRoot } from '../support/corpus.ts';

const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is valid against the Office schemas, our shared-runtime schema and its own references', async () => {
    const check = await validateManifest(manifest, officeSchemasDir());
    expect(check.problems).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it('declares Word and Excel, one long-lived shared runtime and the WPS custom functions', () => {
    expect(manifest).toMatch(/<Host Name="Document"\/>/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest.match(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/g)).toHaveLength(2);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="WPS"\/>/);
    expect(manifest).toMatch(/<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json"\/>/);
    expect(manifest.match(/xsi:type="ShowTaskpane"/g)).toHaveLength(2);
  });

  it('the 2020 schemas alone reject <Runtimes>, which is why our own schema covers it', async () => {
    const dir = officeSchemasDir();
    const others = readdirSync(dir).filter((f) => f.endsWith('.xsd') && f !== 'OfficeAppManifestV1_1.xsd');
    const r = await validateXML({
      xml: { fileName: 'manifest.xml', contents: manifest },
      schema: { fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(join(dir, 'OfficeAppManifestV1_1.xsd'), 'utf8') },
      preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), 'utf8') })),
    });
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => e.rawMessage).join('\n')).toMatch(/Runtimes/);
  });

  it('rewritten for another host, the manifest stays valid and names only that host', async () => {
    const other = manifestFor('https://addins.example.org/wps-lens', manifest);
    expect(other).not.toContain('localhost');
    expect(other).toContain('<SourceLocation DefaultValue="https://addins.example.org/wps-lens/taskpane.html"/>');
    expect((await validateManifest(other)).problems).toEqual([]);
  });

  it('refuses base URLs Office cannot load', () => {
    expect(() => normaliseBaseUrl('http://example.org/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('not a url')).toThrow(/not a URL/);
    expect(normaliseBaseUrl('https://example.org/a')).toBe('https://example.org/a/');
  });
});

describe('a broken manifest fails validation', () => {
  const broken: [string, string, RegExp][] = [
    ['a missing <Id> (Office schemas)', manifest.replace(/<Id>[^<]*<\/Id>\s*/, ''), /office-schemas: .*Version.*not expected|Expected is .*Id/],
    ['an unknown runtime lifetime (our schema)', manifest.replace('lifetime="long"', 'lifetime="forever"'), /runtimes: .*forever/],
    ['two runtimes in one host (our schema)', manifest.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Help.Url"/>'), /runtimes: .*Runtime.*not expected/],
    ['a host without the shared runtime', manifest.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, ''), /host Document: expected one <Runtime>, found 0/],
    ['a task pane outside the shared runtime', manifest.replace('<SourceLocation resid="Taskpane.Url"/>\n                  </Action>', '<SourceLocation resid="Help.Url"/>\n                  </Action>'), /ShowTaskpane uses "Help.Url"/],
    ['custom functions without metadata', manifest.replace(/<Metadata>[\s\S]*?<\/Metadata>/, ''), /custom functions lack <metadata>/],
    ['a resid naming no resource', manifest.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Nowhere"/>'), /resid "Nowhere" names no resource/],
    ['a plain-http URL', manifest.replace('"https://localhost:3000/help.html"/>\n  <Hosts>', '"http://localhost:3000/help.html"/>\n  <Hosts>'), /not https/],
  ];
  for (const [what, xml, message] of broken) {
    it(what, async () => {
      expect(xml).not.toBe(manifest);
      const check = await validateManifest(xml);
      expect(check.valid).toBe(false);
      expect(check.problems.join('\n')).toMatch(message);
    });
  }

  it('our schema file is what rejects a bad <Runtimes> on its own', async () => {
    const r = await validateXML({
      xml: { fileName: 'r.xml', contents: '<Runtimes xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides"><Runtime lifetime="long"/></Runtimes>' },
      schema: { fileName: 'ext.xsd', contents: readFileSync(extensionSchemaPath, 'utf8') },
    });
    expect(r.valid).toBe(false);
    expect(r.errors[0]?.rawMessage).toMatch(/resid.*required/);
    expect(checkReferences(manifest)).toEqual([]);
  });
});
