// Document language from function words in the opening of the text: cheap and good enough to
// choose between English and French (issue 7 refines this per block).
const EN = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'are', 'will', 'shall', 'its', 'by', 'be', 'this', 'which']);
const FR = new Set(['le', 'la', 'les', 'des', 'et', 'du', 'pour', 'dans', 'que', 'est', 'sur', 'une', 'aux', 'par', 'sont', 'qui', 'au', 'ses']);

export function detectLanguage(text: string): 'en' | 'fr' | 'und' {
  const head = text.slice(0, 4_000).toLowerCase();
  let en = 0;
  let fr = 0;
  for (const w of head.split(/[^a-z\u00E0-\u00FF]+/)) {
    if (EN.has(w)) en++;
    else if (FR.has(w)) fr++;
  }
  if (en + fr < 3) return 'und';
  if (en >= 2 * fr) return 'en';
  if (fr >= 2 * en) return 'fr';
  return en >= fr ? 'en' : 'fr';
}
