// Writes the extension's managed storage schema for Chrome/Edge from the core's zod shapes:
// node --import tsx scripts/managed-schema.ts (test/extension/managed.test.ts checks the file is current).
import { writeFileSync } from 'node:fs';
import { chromeManagedSchema } from '../extension/lib/managed-schema.ts';

const out = new URL('../extension/public/managed_schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
