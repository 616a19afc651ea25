// Writes core/data/forms-en.json: the English surface forms of every phrase of the built-in lexicon,
// as inflect.ts (compromise) makes them, so that using the built-in lexicon never loads compromise.
// Run after changing core/data/lexicon.json or inflect.ts: `npm run gen:forms`. A test fails while the
// table and inflect.ts disagree.
import { writeFileSync } from 'node:fs';
import { generateWith } from '../core/lexicon/forms.ts';
import { inflections } from '../core/lexicon/inflect.ts';

const seen = new Map<string, string[]>();
generateWith((phrase) => {
  const forms = inflections(phrase, 'en');
  seen.set(phrase, forms);
  return forms;
});
const { loadLexicon } = await import('../core/lexicon/compile.ts');
loadLexicon();
const keys = [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lines = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(seen.get(k))}`);
writeFileSync(new URL('../core/data/forms-en.json', import.meta.url), `{\n${lines.join(',\n')}\n}\n`);
console.log(`core/data/forms-en.json: ${keys.length} phrases`);
