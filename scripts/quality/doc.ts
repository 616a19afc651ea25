// docs/QUALITY.md is written by two scripts (quality, mutation): each replaces only its own marked section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/corpus.ts';

const HEAD = '# Quality\n\nWritten by `npm run quality` (labelled passages and reports) and `npm run mutation` (StrykerJS over the judgement modules); do not edit between the markers.\n';

/** Replace the section between `<!-- name:start … -->` and `<!-- name:end -->` (or append it), keeping the rest. */
export function replaceSection(doc: string, name: string, section: string): string {
  const re = new RegExp(`<!-- ${name}:start[\\s\\S]*?<!-- ${name}:end -->`);
  return re.test(doc) ? doc.replace(re, () => section) : `${doc.trimEnd()}\n\n${section}\n`;
}

export function writeSection(section: string, name: string, path = join(repoRoot, 'docs/QUALITY.md')): void {
  writeFileSync(path, replaceSection(existsSync(path) ? readFileSync(path, 'utf8') : HEAD, name, section));
}
