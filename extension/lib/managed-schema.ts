// The Chrome/Edge managed storage schema (manifest `storage.managed_schema`), made from the core's zod
// shapes so it cannot drift from what the extension accepts. Chrome's dialect is narrow: every node has
// exactly one type (no unions), and values that do not fit are dropped before the extension sees them.
// So the schema says only types: patterns, enums and required fields are left to the core's zod, which
// names every problem in one line (Chrome would drop the whole setting without a word to the user).
import { z } from 'zod';
import { PackFile } from '../../core/packs/schema.ts';

type Node = Record<string, unknown>;

/** Node + zod's JSON schema → Chrome's: type, properties, items, additionalProperties (when a schema). */
function chromeNode(n: Node, path: string): Node {
  // A union of literals of one type (a verb level: 0 | 1 | … | 5) is that type; the core's zod checks the values.
  const literals = (n.anyOf ?? n.oneOf) as Node[] | undefined;
  const kinds = new Set(literals?.map((m) => ('const' in m ? (typeof m.const === 'number' ? (Number.isInteger(m.const) ? 'integer' : 'number') : typeof m.const) : '')));
  if (literals && kinds.size === 1 && !kinds.has('')) return { type: [...kinds][0] };
  if (n.anyOf || n.oneOf || n.allOf) throw new Error(`${path}: a union cannot be said in Chrome's managed schema`);
  if (typeof n.type !== 'string') throw new Error(`${path}: Chrome needs exactly one type here`);
  const out: Node = { type: n.type };
  if (typeof n.description === 'string') out.description = n.description;
  if (n.properties) out.properties = Object.fromEntries(Object.entries(n.properties as Record<string, Node>).map(([k, v]) => [k, chromeNode(v, `${path}.${k}`)]));
  if (n.items) out.items = chromeNode(n.items as Node, `${path}[]`);
  if (n.additionalProperties && typeof n.additionalProperties === 'object') out.additionalProperties = chromeNode(n.additionalProperties as Node, `${path}.*`);
  return out;
}

const text = (title: string, description: string) => ({ type: 'string', title, description });
const list = (title: string, description: string, items: Node) => ({ type: 'array', title, description, items });

/** The file written to extension/public/managed_schema.json (scripts/managed-schema.ts; a test checks it is current). */
export function chromeManagedSchema(): Node {
  const pack = chromeNode(z.toJSONSchema(PackFile, { io: 'input' }) as Node, 'pack');
  const key = { type: 'object', properties: { kty: { type: 'string' }, crv: { type: 'string' }, x: { type: 'string' }, y: { type: 'string' }, kid: { type: 'string' } } };
  return {
    type: 'object',
    properties: {
      builtinPacks: list('Built-in rule packs', 'Built-in packs turned on for every user, by id: "nato", "nap". Locks the built-in pack switches.', { type: 'string' }),
      packs: list('Organisation rule packs', 'Your rule packs (format wps-lens-pack/1), each the pack object as written by "wps-lens packs sign".', { ...pack, description: 'A rule pack.' }),
      packKeys: list('Organisation public keys', 'EC P-256 public keys (JWK). When set, only packs signed with one of them load, the users\' own packs too.', key),
      defaultProfile: text('Default document type', 'A document type id such as "nato-opord", or "auto" to detect it. Locks the setting.'),
      autoScanSites: list('Sites scanned automatically', 'Origins such as "https://intranet.example.org". Locks the list; each user still grants the site access once.', { type: 'string' }),
      allowUserPacks: { type: 'boolean', title: 'Users may add packs', description: 'false: users may not import rule packs or lexicons of their own.' },
    },
  };
}
