// French surface forms of a lexicon term, by rule (no dictionary): number and gender agreement of the
// initial noun group, a few verb forms for terms that open with an infinitive, and the accent-free
// spelling of every form (users type "conseillere", "donnees ventilees"). test/french-inflect.test.ts
// checks every generated word against fr-compromise's own transforms, which are too heavy to ship here.
//
// - The initial noun group is the words up to the first preposition, article, elided word or invariable
//   complement ("conseiller principal | pour la protection des femmes", "point focal | genre"). Only it agrees:
//   "points focaux genre", "conseillères principales pour la protection des femmes". Agreement of adjectives
//   after a complement ("équipe d'engagement féminine") is not guessed: list such plurals in the lexicon.
// - Feminine forms are made only when the head is an agent noun of FR_AGENTS (conseiller, représentant…);
//   words already feminine keep their gender (a "conseillère" is not turned back into a "conseiller").
// - Terms that open with an infinitive get the 3rd person present and future, the present participle and
//   the past participle in four agreements ("traduire en justice" → "traduits en justice").
// Pure TypeScript: no Node or DOM APIs.

/** Words that end the initial noun group. */
const STOP = new Set([
  'de', 'des', 'du', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'dans', 'avec', 'contre', 'entre', 'et', 'ou', 'la', 'le',
  'les', 'un', 'une', 'par', 'ne', 'pas', 'chez', 'sans', 'selon', 'vers', 'après', 'avant', 'pendant', 'que', 'qui',
  'dont', 'sous', 'lors', 'parmi', 'envers', 'auprès', 'ni', 'afin', 'a', 'apres', 'aupres',
]);
/** Complements that stay as written after a head ("conseiller genre", "point focal genre", "unité VBG"). */
const INVARIABLE = new Set([
  'genre', 'sexe', 'femmes', 'hommes', 'enfants', 'filles', 'garçons', 'garcons', 'jeunes', 'paix', 'cimic', 'temps', 'cas',
  'fois', 'prix', 'corps', 'bras', 'pays', 'droits', 'force', 'forces', 'police', 'défense', 'defense', 'sécurité', 'securite',
]);
/** Nouns that have no useful plural in this domain. */
const UNCOUNTABLE = new Set([
  'participation', 'protection', 'prévention', 'intégration', 'sensibilisation', 'parité', 'égalité', 'impunité', 'justice',
  'stigmatisation', 'réinsertion', 'déontologie', 'discipline', 'redevabilité', 'implication', 'inclusion',
  'autonomisation', 'leadership', 'cohésion', 'confidentialité', 'tolérance', 'prise', 'lutte', 'accès', 'renseignement',
  'sous-déclaration', 'esclavage', 'exploitation', 'traite', 'parite', 'egalite', 'problématique', 'perspective',
  'approche', 'dimension', 'rapatriement', 'représentation', 'réduction', 'atténuation', 'prise en charge', 'équilibre',
  'responsabilité', 'direction', 'analyse sexospécifique',
]);
/** Agent nouns and their feminine. */
export const FR_AGENTS: Record<string, string> = {
  conseiller: 'conseillère', représentant: 'représentante', observateur: 'observatrice', survivant: 'survivante',
  médiateur: 'médiatrice', interlocuteur: 'interlocutrice', candidat: 'candidate', électeur: 'électrice',
  coordonnateur: 'coordonnatrice', coordinateur: 'coordinatrice', formateur: 'formatrice', enquêteur: 'enquêtrice',
  policier: 'policière', expert: 'experte', adjoint: 'adjointe', délégué: 'déléguée', chargé: 'chargée',
  acteur: 'actrice', défenseur: 'défenseuse', président: 'présidente', directeur: 'directrice', agent: 'agente',
  commandant: 'commandante', officier: 'officière', assistant: 'assistante', déplacé: 'déplacée', réfugié: 'réfugiée',
  ancien: 'ancienne', combattant: 'combattante', militant: 'militante', parlementaire: 'parlementaire',
};
const FEMININE_AGENTS = new Set(Object.values(FR_AGENTS));

/** Noun or adjective plurals that break the rules below. */
const PLURAL_EXCEPTIONS: Record<string, string> = {
  travail: 'travaux', bail: 'baux', corail: 'coraux', émail: 'émaux', vitrail: 'vitraux', soupirail: 'soupiraux',
  bijou: 'bijoux', caillou: 'cailloux', chou: 'choux', genou: 'genoux', hibou: 'hiboux', joujou: 'joujoux', pou: 'poux',
  bleu: 'bleus', pneu: 'pneus', landau: 'landaus', œil: 'yeux', ciel: 'cieux',
  bal: 'bals', carnaval: 'carnavals', festival: 'festivals', récital: 'récitals', chacal: 'chacals', régal: 'régals',
  banal: 'banals', fatal: 'fatals', final: 'finals', natal: 'natals', naval: 'navals', bancal: 'bancals',
};
/** Adjective feminines that break the rules below. */
const FEMININE_EXCEPTIONS: Record<string, string> = {
  nouveau: 'nouvelle', beau: 'belle', vieux: 'vieille', fou: 'folle', mou: 'molle', doux: 'douce', faux: 'fausse',
  roux: 'rousse', long: 'longue', frais: 'fraîche', sec: 'sèche', public: 'publique', grec: 'grecque', blanc: 'blanche',
  franc: 'franche', gentil: 'gentille', nul: 'nulle', bon: 'bonne', gros: 'grosse', gras: 'grasse', bas: 'basse',
  épais: 'épaisse', las: 'lasse', exprès: 'expresse', inférieur: 'inférieure', supérieur: 'supérieure',
  extérieur: 'extérieure', intérieur: 'intérieure', majeur: 'majeure', mineur: 'mineure', meilleur: 'meilleure',
  antérieur: 'antérieure', postérieur: 'postérieure', ultérieur: 'ultérieure',
};

const FR_LETTERS = /^\p{L}[\p{L}-]*$/u;

/** Plural of one French noun or adjective (lower case). */
export function frPlural(w: string): string {
  if (!FR_LETTERS.test(w)) return w;
  if (w.includes('-')) {
    // Compounds: "sous-déclaration" → "sous-déclarations"; "femmes-hommes" stays.
    const i = w.lastIndexOf('-');
    const head = w.slice(0, i);
    return ['sous', 'non', 'pré', 'post', 'anti', 'contre', 'auto', 'co', 'inter', 'multi', 'socio', 'extra'].includes(head)
      ? `${head}-${frPlural(w.slice(i + 1))}` : w;
  }
  const ex = PLURAL_EXCEPTIONS[w];
  if (ex) return ex;
  if (/[sxz]$/.test(w)) return w;
  if (w.endsWith('al')) return w.slice(0, -2) + 'aux';
  if (/(?:eau|au|eu)$/.test(w)) return w + 'x';
  return w + 's';
}

/** Feminine of one French adjective or participle (lower case). */
export function frFeminine(w: string): string {
  if (!FR_LETTERS.test(w)) return w;
  const ex = FEMININE_EXCEPTIONS[w] ?? FR_AGENTS[w];
  if (ex) return ex;
  if (w.endsWith('e')) return w;
  if (w.endsWith('é')) return w + 'e';
  if (/(?:el|eil|ul)$/.test(w)) return w + 'le';
  if (/(?:ien|en|on)$/.test(w)) return w + 'ne';
  if (w.endsWith('et')) return w + 'te';
  if (/[^aeiouyé]er$/.test(w) || w.endsWith('ier')) return w.slice(0, -2) + 'ère';
  if (w.endsWith('eux')) return w.slice(0, -1) + 'se';
  if (w.endsWith('teur')) return w.slice(0, -4) + 'trice';
  if (w.endsWith('eur')) return w.slice(0, -1) + 'se';
  if (w.endsWith('if')) return w.slice(0, -1) + 've';
  return w + 'e';
}

/** Accent-free spelling, as users type it: "conseillère" → "conseillere", "œuvre" → "oeuvre". */
export function frUnaccented(s: string): string {
  return s.replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

// ------------------------------------------------------------------ verbs

/** Irregular verbs that open lexicon terms: [3sg present, 3pl present, 3sg future, present participle, past participle]. */
const IRREGULAR: Record<string, [string, string, string, string, string]> = {
  traduire: ['traduit', 'traduisent', 'traduira', 'traduisant', 'traduit'],
  mettre: ['met', 'mettent', 'mettra', 'mettant', 'mis'],
  prendre: ['prend', 'prennent', 'prendra', 'prenant', 'pris'],
  tenir: ['tient', 'tiennent', 'tiendra', 'tenant', 'tenu'],
  faire: ['fait', 'font', 'fera', 'faisant', 'fait'],
  atteindre: ['atteint', 'atteignent', 'atteindra', 'atteignant', 'atteint'],
  promouvoir: ['promeut', 'promeuvent', 'promouvra', 'promouvant', 'promu'],
  recueillir: ['recueille', 'recueillent', 'recueillera', 'recueillant', 'recueilli'],
  conduire: ['conduit', 'conduisent', 'conduira', 'conduisant', 'conduit'],
  détruire: ['détruit', 'détruisent', 'détruira', 'détruisant', 'détruit'],
  nuire: ['nuit', 'nuisent', 'nuira', 'nuisant', 'nui'],
  mener: ['mène', 'mènent', 'mènera', 'menant', 'mené'],
  soutenir: ['soutient', 'soutiennent', 'soutiendra', 'soutenant', 'soutenu'],
  prévenir: ['prévient', 'préviennent', 'préviendra', 'prévenant', 'prévenu'],
  accroître: ['accroît', 'accroissent', 'accroîtra', 'accroissant', 'accru'],
  surveiller: ['surveille', 'surveillent', 'surveillera', 'surveillant', 'surveillé'],
};
/** Second-group verbs (finir) among the infinitives -ir that open terms. */
const SECOND_GROUP = new Set(['établir', 'garantir', 'fournir', 'investir', 'bâtir', 'agir', 'réussir', 'définir', 'accomplir', 'remplir', 'punir']);

/** Verb forms of a French infinitive (without the infinitive), or [] when it is not one. */
export function frVerbForms(inf: string): string[] {
  let p3: string; let p3pl: string; let fut: string; let ppr: string; let pp: string;
  const irr = IRREGULAR[inf];
  if (irr) [p3, p3pl, fut, ppr, pp] = irr;
  else if (inf.endsWith('er') && inf.length > 3) {
    const stem = inf.slice(0, -2);
    // "intégrer" → "intègre"; "protéger" → "protège"; "appeler" and "jeter" are not in the lexicon.
    const open = stem.replace(/é([^aeiouyéèê]+)$/u, 'è$1');
    const soft = /[cg]$/.test(stem) ? (stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem + 'e') : stem;
    p3 = open + 'e'; p3pl = open + 'ent'; fut = inf + 'a'; ppr = soft + 'ant'; pp = stem + 'é';
  } else if (inf.endsWith('ir') && SECOND_GROUP.has(inf)) {
    const stem = inf.slice(0, -2);
    p3 = stem + 'it'; p3pl = stem + 'issent'; fut = inf + 'a'; ppr = stem + 'issant'; pp = stem + 'i';
  } else return [];
  const futPl = fut.slice(0, -1) + 'ont';
  const fem = pp.endsWith('e') ? pp : pp + 'e';
  const ppPl = /[sx]$/.test(pp) ? pp : pp + 's';
  return [...new Set([p3, p3pl, fut, futPl, ppr, pp, fem, ppPl, fem + 's'])].filter((f) => f !== inf);
}

// ------------------------------------------------------------------ terms

function isAcronymLike(original: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(original) || /[0-9/&%]/.test(original);
}

const ELIDED = /^(?:d|l|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’]/;

/** Length of the initial noun group of the words (0 when the term does not open with one). */
function groupLength(words: string[], originals: string[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (STOP.has(w) || ELIDED.test(w) || !FR_LETTERS.test(w) || isAcronymLike(originals[i] ?? w)) break;
    if (i > 0 && INVARIABLE.has(w)) break;
    n++;
  }
  return n;
}

const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'leur', 'leurs', 'ses', 'sa', 'son', 'ce', 'cette', 'ces', 'tout', 'toute', 'tous', 'toutes']);
/** Endings of adjectives that may close a term and agree with its head. */
const TRAILING_ADJ = /(?:ine|in|ale|al|elle|el|ée|é|ique|aire|ive|if|ienne|ien|ixte|oce|ile)$/;

function looksInfinitive(w: string): boolean {
  if (IRREGULAR[w] || SECOND_GROUP.has(w)) return true;
  if (!w.endsWith('er') || w.length < 5 || FR_AGENTS[w] || NOUN_ER.has(w)) return false;
  // Most -ier words are nouns (quartier, officier); the -ier verbs are -fier, -plier and a few more.
  return !w.endsWith('ier') || /(?:fier|plier|dier|lier)$/.test(w);
}
/** Nouns in -er that open terms (not infinitives). */
const NOUN_ER = new Set(['conseiller', 'officier', 'dossier', 'calendrier', 'quartier', 'atelier', 'foyer', 'métier', 'pilier', 'plaidoyer', 'policier', 'premier', 'chantier', 'papier', 'fichier', 'registre', 'cahier', 'loyer', 'danger', 'droit', 'hiver', 'enfer']);

/**
 * Forms of a French base term, lower-cased and unique, the term itself first: number (and, for agent
 * nouns, gender) of the initial noun group, verb forms of an opening infinitive, then the accent-free
 * spelling of each.
 */
export function frenchForms(term: string): string[] {
  const clean = term.trim().replace(/\s+/g, ' ');
  const lower = clean.toLowerCase();
  const originals = clean.split(' ');
  const words = lower.split(' ');
  const forms = [lower];
  const first = words[0]!;

  if (!isAcronymLike(originals[0]!) && !STOP.has(first) && !ELIDED.test(first)) {
    if (looksInfinitive(first)) {
      // With a direct object ("intégrer une perspective…") only the forms that can precede it.
      const object = DETERMINERS.has(words[1] ?? '') || ELIDED.test(words[1] ?? '');
      const vf = frVerbForms(first);
      for (const v of object ? vf.slice(0, 6) : vf) forms.push([v, ...words.slice(1)].join(' '));
    } else if (!UNCOUNTABLE.has(first) && !UNCOUNTABLE.has(words.slice(0, 3).join(' '))) {
      const n = groupLength(words, originals);
      const rest = words.slice(n);
      const group = words.slice(0, n);
      // Adverbs inside the group ("exploitée sexuellement") never agree.
      const agree = (f: (w: string) => string) => (w: string, i: number) => (i > 0 && w.endsWith('ment') ? w : f(w));
      const variants: string[][] = [group.map(agree(frPlural))];
      if (n > 0 && FR_AGENTS[first] && !FEMININE_AGENTS.has(first)) {
        const fem = group.map((w, i) => (i === 0 ? FR_AGENTS[w]! : agree(frFeminine)(w, i)));
        variants.push(fem, fem.map(agree(frPlural)));
      }
      for (const v of variants) forms.push([...v, ...rest].join(' '));
      // "réseau d'alerte communautaire": the last adjective may agree with the head or with the complement,
      // so both plurals are accepted ("réseaux d'alerte communautaires", "indicateurs d'alerte précoce").
      const last = rest.at(-1);
      if (n > 0 && last && rest.length <= 3 && TRAILING_ADJ.test(last) && !INVARIABLE.has(last) && (rest[0] === 'de' || ELIDED.test(rest[0]!))) {
        forms.push([...variants[0]!, ...rest.slice(0, -1), frPlural(last)].join(' '));
      }
    }
  }
  const out = new Set<string>();
  for (const f of forms) out.add(f);
  for (const f of forms) out.add(frUnaccented(f));
  return [...out];
}
