// The labelled example sentences at the end of the domain brief (taxonomy.md): [+] positive,
// [W] weak, [N] negated, [B] boilerplate, [FP] false positive, [X] confusion. Read, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainDir } from './corpus.ts';

export interface Example { group: string; label: string; text: string }

export function taxonomyExamples(): Example[] {
  const md = readFileSync(join(domainDir(), 'taxonomy.md'), 'utf8');
  const out: Example[] = [];
  let group = '';
  for (const line of md.split('\n')) {
    const h = /^### (.+)$/.exec(line);
    if (h) { group = h[1]!.trim(); continue; }
    const m = /^\d+\. \[(\+|W|N|B|FP|X)\] (.+)$/.exec(line);
    if (m && group) out.push({ group, label: m[1]!, text: m[2]!.replace(/\s*\((?:Counts as|Preambular)[^)]*\)\s*$/, '').trim() });
  }
  return out;
}
