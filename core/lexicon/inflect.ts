// Inflection and spelling-variant generator for lexicon terms.
//
// `inflections(term, lang)` returns every surface form the matcher should accept for a base term:
// lower-cased, unique, the term itself first. English uses compromise's low-level transforms
// (noun plurals, verb conjugation) on one word at a time, memoised by word, plus rule-based
// British/American spelling variants. French forms come from inflect-fr.ts.
//
// Pure TypeScript: no Node or DOM APIs (core/ runs in the browser, Office and Node).
//
// English, by rule and on purpose:
// - noun phrases: only the head noun changes (the word before the first preposition or post-modifying participle,
//   else the last word); acronyms, possessives, uncountables, adjectives and words already plural stay as written;
// - a phrase that starts with a verb gets its -s, past, -ing and participle forms ("monitor and report" conjugates
//   both verbs); ambiguous noun/verb words ("patrol report", "conduct and discipline") stay nouns;
// - spelling: adviser/advisor, -ise/-ize and -isation/-ization, -yse/-yze, -our/-or, -re/-er (centre, theatre),
//   programme/program, defence/defense, judgement/judgment, -ll-/-l- (counselling), and a few more.
// French: see inflect-fr.ts (number and gender agreement of the initial noun group, verb forms of an opening
// infinitive, accent-free spellings).
import nlp from 'compromise';
import { frenchForms } from './inflect-fr.ts';

export type InflectLang = 'en' | 'fr';

// ------------------------------------------------------------------ compromise access

type Model = unknown;
interface Transforms {
  noun: { toPlural: (s: string, model: Model) => string };
  verb: { conjugate: (s: string, model: Model) => Record<string, string | undefined> | undefined };
}
interface World {
  model: Model & { one: { lexicon: Record<string, string | string[] | undefined> } };
  methods: { two: { transform: Transforms; looksPlural: (s: string) => boolean | undefined } };
}

let world: World | undefined;
function getWorld(): World {
  if (!world) world = (nlp as unknown as { world: () => World }).world();
  return world;
}

function lexTags(word: string): string[] {
  const t = getWorld().model.one.lexicon[word];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

// ------------------------------------------------------------------ word lists

/** Never pluralised: uncountable or mass nouns as used in this domain, and compromise's known mistakes. */
const UNCOUNTABLE = new Set([
  'data', 'personnel', 'staff', 'staffing', 'evidence', 'research', 'information', 'equipment', 'guidance', 'advice',
  'assistance', 'violence', 'misconduct', 'impunity', 'justice', 'accountability', 'equality', 'inequality', 'parity',
  'awareness', 'knowledge', 'protection', 'participation', 'prevention', 'inclusion', 'involvement', 'representation',
  'empowerment', 'leadership', 'confidentiality', 'security', 'safety', 'peace', 'health', 'healthcare', 'care', 'harm',
  'compliance', 'support', 'police', 'stigma', 'stigmatisation', 'stigmatization', 'silence', 'slavery', 'prostitution',
  'trafficking', 'exploitation', 'harassment', 'sterilisation', 'sterilization', 'castration', 'mutilation',
  'mainstreaming', 'recovery', 'reintegration', 'reinsertion', 'cohesion', 'reconciliation', 'mediation',
  'prosecution', 'mentoring', 'underreporting', 'under-reporting', 'follow-up', 'atmospherics', 'intelligence',
  'discipline', 'conduct', 'tolerance', 'accommodation', 'sex', 'gender', 'funding', 'capacity-building',
  'awareness-raising', 'decision-making', 'peacebuilding', 'peacekeeping', 'peacemaking', 'policing', 'training',
  'reporting', 'monitoring', 'planning', 'understanding', 'targeting', 'recruitment', 'use', 'maiming', 'abduction',
  'displacement', 'governance', 'stabilisation', 'stabilization', 'sensitisation', 'sensitization', 'implementation',
  'integration', 'institutionalisation', 'institutionalization', 'news', 'series',
  'species', 'means', 'aids', 'hiv', 'wps', 'ddr', 'ssr', 'ihl', 'ihrl', 'pre-emption', 'consolidation',
  'youth', 'childhood', 'womanhood', 'motherhood', 'welfare', 'oversight', 'coordination', 'lack', 'will', 'aid',
  'equity', 'diplomacy', 'access', 'consent', 'fact-finding', 'discrimination', 'all-female', 'all-male', 'torture',
  'advisory', 'outreach',
]);

/** Words that already are plural (compromise would add another "s"). */
const PLURAL_WORDS = new Set([
  'women', 'men', 'children', 'people', 'persons', 'police', 'data', 'criteria', 'media', 'feet', 'teeth', 'mice',
  'geese', 'phenomena', 'personnel', 'staff', 'troops', 'arms', 'forces', 'affairs', 'headquarters', 'means', 'series',
  'species', 'contingents', 'girls', 'boys', 'civilians', 'communities', 'others', 'services', 'clergy', 'youth',
  'atmospherics', 'statistics', 'politics', 'economics', 'ethics', 'logistics', 'tactics', 'operations', 'nations',
]);

/** Irregular or compromise-mistaken plurals, checked before compromise. */
const PLURAL_EXCEPTIONS: Record<string, string[]> = {
  person: ['persons', 'people'],
  chairperson: ['chairpersons'],
  spokesperson: ['spokespersons'],
  criterion: ['criteria'],
  analysis: ['analyses'],
  crisis: ['crises'],
  thesis: ['theses'],
  basis: ['bases'],
  diagnosis: ['diagnoses'],
  child: ['children'],
  foot: ['feet'],
  wife: ['wives'],
  life: ['lives'],
  knife: ['knives'],
  widow: ['widows'],
  hero: ['heroes'],
  veto: ['vetoes'],
  memo: ['memos'],
  photo: ['photos'],
  radio: ['radios'],
  bureau: ['bureaux', 'bureaus'],
  index: ['indexes', 'indices'],
  matrix: ['matrices', 'matrixes'],
  appendix: ['appendices', 'appendixes'],
  annex: ['annexes'],
  fatwa: ['fatwas'],
  focus: ['focuses'],
  status: ['statuses'],
  census: ['censuses'],
  bus: ['buses'],
  campus: ['campuses'],
  consensus: [],
  quota: ['quotas'],
  memorandum: ['memoranda', 'memorandums'],
  forum: ['forums', 'fora'],
  stratum: ['strata'],
  medium: ['media', 'mediums'],
  caucus: ['caucuses'],
  'follow-up': [],
};

/** "-men" words that are singular. */
const SINGULAR_MEN = new Set([
  'specimen', 'abdomen', 'regimen', 'stamen', 'omen', 'hymen', 'semen', 'acumen', 'lumen', 'amen', 'yemen', 'albumen',
  'rumen', 'gravamen', 'foramen', 'cerumen', 'bitumen',
]);

/** "-man" words that are not compounds of "man". */
const NOT_MAN_COMPOUND = new Set([
  'human', 'german', 'shaman', 'talisman', 'caiman', 'cayman', 'roman', 'ottoman', 'doberman', 'dolman', 'oman',
]);

/** Nouns with adjective-looking endings (-al, -ive, -ic, -able, -ing, -ed) that do take a plural. */
const NOUN_FORCE = new Set([
  'perspective', 'directive', 'representative', 'initiative', 'objective', 'executive', 'incentive', 'narrative',
  'detective', 'operative', 'relative', 'alternative', 'official', 'material', 'individual', 'professional', 'criminal',
  'signal', 'manual', 'journal', 'tribunal', 'hospital', 'proposal', 'approval', 'withdrawal', 'trial', 'principal',
  'potential', 'capital', 'interval', 'ritual', 'referral', 'rival', 'animal', 'terminal', 'festival', 'renewal',
  'removal', 'arrival', 'dismissal', 'disposal', 'chemical', 'clinic', 'topic', 'critic',
  'epidemic', 'mechanic', 'graphic', 'constable', 'table', 'cable', 'timetable', 'deliverable', 'variable', 'handful',
  'building', 'meeting', 'briefing', 'hearing', 'finding', 'setting', 'proceeding', 'killing', 'recording',
  'gathering', 'bombing', 'shooting', 'listing', 'wedding', 'offering', 'sitting', 'hundred', 'need', 'seed', 'deed',
  'creed', 'cabinet', 'panel', 'council', 'label', 'model', 'channel', 'level', 'vessel', 'tunnel', 'fuel', 'hostel',
  'parcel', 'counsel', 'appraisal', 'rehearsal', 'reversal', 'denial', 'memorial', 'editorial', 'tutorial', 'serial',
  'rascal', 'vandal', 'scandal', 'sandal', 'pedal', 'medal', 'metal', 'petal', 'portal', 'rental', 'female', 'male',
]);

/** A phrase's first word that is conjugated as a verb (in addition to compromise's lexicon of infinitives). */
const VERB_FIRST = new Set([
  'mainstream', 'end', 'hold', 'escort', 'talk', 'bring', 'take', 'exclude', 'integrate', 'incorporate', 'adopt',
  'include', 'prevent', 'eliminate', 'protect', 'increase', 'mitigate', 'consult', 'collect', 'deploy', 'address',
  'engage', 'ensure', 'promote', 'combat', 'strengthen', 'assess', 'analyse', 'analyze', 'double', 'prohibit',
  'repatriate', 'replace', 'release', 'hand', 'document', 'investigate', 'pay', 'mobilise', 'mobilize', 'empower',
  'conduct', 'communicate', 'support', 'report', 'monitor', 'patrol', 'search', 'reserve', 'set', 'mentor', 'refer',
  'recruit', 'train', 'sensitise', 'sensitize', 'prioritise', 'prioritize', 'institutionalise', 'institutionalize',
  'operationalise', 'operationalize', 'tackle', 'denounce', 'condemn', 'respond', 'fight', 'combat', 'counter',
  'enhance', 'advance', 'appoint', 'designate', 'establish', 'fund', 'finance', 'allocate', 'deter', 'anticipate',
  'pre-empt', 'identify', 'map', 'plan', 'brief', 'record', 'disaggregate', 'verify', 'prosecute', 'punish', 'sanction',
  'list', 'reintegrate', 'rehabilitate', 'stigmatise', 'stigmatize', 'marginalise', 'marginalize', 'exploit', 'abuse',
  'rape', 'traffic', 'harass', 'coerce', 'force', 'give', 'make', 'keep', 'meet', 'seek', 'pursue', 'recognise',
  'recognize', 'consider', 'involve', 'represent', 'participate', 'contribute', 'provide', 'offer', 'facilitate',
  'enable', 'encourage', 'invite', 'urge', 'request', 'call', 'decide', 'demand', 'authorise', 'authorize', 'direct',
  'file', 'talk', 'meet',
]);

/** First words that are nouns in our phrases even though compromise lists them as infinitives. */
const NOT_VERB_FIRST = new Set([
  'patrol', 'report', 'format', 'network', 'support', 'search', 'record', 'plan', 'list', 'fund', 'map', 'brief',
  'force', 'call', 'conduct', 'document', 'sanction', 'release', 'request', 'mentor', 'escort', 'address',
  'counter', 'finance', 'abuse', 'rape', 'traffic', 'offer', 'demand', 'direct', 'set', 'hand', 'end', 'train',
  'combat',
]);
// A word in both lists is a verb only when the second word says so (determiner, preposition, pronoun, plural noun...).

const VERB_OBJECT_START = new Set([
  'a', 'an', 'the', 'all', 'any', 'every', 'each', 'their', 'its', 'his', 'her', 'our', 'them', 'it', 'those', 'these',
  'this', 'that', 'to', 'into', 'in', 'on', 'for', 'with', 'against', 'from', 'out', 'up', 'down', 'off', 'over',
  'fully', 'directly', 'immediately', 'regularly', 'systematically', 'publicly', 'accountable', 'responsible',
  'impunity', 'women', 'girls', 'civilians', 'survivors', 'victims', 'children', 'allegations',
  'cases', 'patterns', 'incidents', 'violations', 'units', 'perpetrators', 'personnel', 'troops', 'information',
  'intelligence', 'data', 'crsv', 'sea', 'sgbv', 'gbv', 'more', 'specific', 'particular', 'special',
]);

const PREPOSITIONS = new Set([
  'of', 'for', 'in', 'on', 'to', 'with', 'against', 'by', 'from', 'among', 'amongst', 'into', 'within', 'under', 'at',
  'between', 'as', 'through', 'during', 'before', 'after', 'without', 'across', 'throughout', 'towards', 'toward',
  'including', 'about', 'over', 'per', 'via', 'than', 'where', 'who', 'which', 'that',
  // participles that open a post-modifier: "command order prohibiting sexual violence"
  'prohibiting', 'affected', 'associated', 'committed', 'conducted', 'planned', 'established', 'implementing',
  'denouncing', 'aimed', 'used', 'signed', 'deployed', 'relating', 'concerning', 'regarding', 'targeting', 'involving',
]);

const NOT_NOUN_TAGS = new Set([
  'Adjective', 'Gerund', 'PastTense', 'Adverb', 'Copula', 'Modal', 'Auxiliary', 'Pronoun', 'Preposition', 'Determiner',
  'Conjunction',
]);

const ADJECTIVE_SUFFIX = /(?:[^e]ed|ing|ous|ful|less|ible|able|ive|ic|al|ish)$/;

// ------------------------------------------------------------------ helpers

function isAcronymLike(original: string): boolean {
  // two or more capitals (WPA, ToT, UNSCR, DPKO/DFS), any digit, or a slash
  return /\p{Lu}.*\p{Lu}/u.test(original) || /[0-9/&]/.test(original);
}

function isPossessive(w: string): boolean {
  return /['\u2019](?:s)?$/.test(w);
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

const pluralCache = new Map<string, string[]>();
const conjugateCache = new Map<string, string[]>();
const spellCache = new Map<string, string[]>();
const termCache = new Map<string, string[]>();

/** Does a lower-cased single word (no hyphen) look like a noun that takes a plural? */
function pluralisable(w: string): boolean {
  if (w.length < 3 || !/^\p{L}+$/u.test(w)) return false;
  if (UNCOUNTABLE.has(w) || PLURAL_WORDS.has(w)) return false;
  if (w.endsWith('men') && !SINGULAR_MEN.has(w)) return false; // policewomen, servicemen
  if (/^[ivxlc]+$/.test(w)) return false; // roman numerals: "tier iii"
  if (/(?:ness|ism)$/.test(w)) return false; // effectiveness, extremism
  if (NOUN_FORCE.has(w) || w in PLURAL_EXCEPTIONS) return true;
  const tags = lexTags(w);
  if (tags.includes('Plural') || tags.includes('Uncountable') || tags.includes('Possessive')) return false;
  const nounish = tags.some((t) => t === 'Singular' || t === 'Actor' || t === 'Noun');
  if (nounish) return true;
  if (tags.some((t) => NOT_NOUN_TAGS.has(t))) return false;
  if (ADJECTIVE_SUFFIX.test(w)) return false;
  if (/(?:ly)$/.test(w) && w.length > 4) return false; // adverbs
  if (getWorld().methods.two.looksPlural(w) === true) return false;
  return true;
}

/** Plural forms of one lower-cased word (possibly hyphenated: only the last part changes). */
function pluralOf(word: string): string[] {
  return memo(pluralCache, word, () => {
    if (word in PLURAL_EXCEPTIONS) return PLURAL_EXCEPTIONS[word]!;
    if (UNCOUNTABLE.has(word) || PLURAL_WORDS.has(word)) return [];
    const dash = word.lastIndexOf('-');
    if (dash > 0) {
      const last = word.slice(dash + 1);
      return pluralOf(last).map((p) => word.slice(0, dash + 1) + p);
    }
    if (!pluralisable(word)) return [];
    if (word.endsWith('man') && !NOT_MAN_COMPOUND.has(word)) return [word.slice(0, -3) + 'men'];
    if (word.endsWith('person')) return [word + 's'];
    const { methods, model } = getWorld();
    const p = methods.two.transform.noun.toPlural(word, model);
    if (!p || p === word || !/^\p{L}+$/u.test(p)) return [];
    return [p];
  });
}

const TENSES = ['PresentTense', 'PastTense', 'Gerund', 'Participle'] as const;

/** Conjugated forms of a base verb by tense (a tense compromise leaves out falls back to the past tense). */
function conjugateByTense(verb: string): string[] {
  const all = conjugate(verb);
  const c = conjugateTenses.get(verb)!;
  return TENSES.map((t) => c[t] ?? c.PastTense ?? all[0] ?? verb);
}
const conjugateTenses = new Map<string, Partial<Record<(typeof TENSES)[number], string>>>();

/** Conjugated forms of a base verb (without the base itself). */
function conjugate(verb: string): string[] {
  return memo(conjugateCache, verb, () => {
    const { methods, model } = getWorld();
    let c: Record<string, string | undefined> | undefined;
    try {
      c = methods.two.transform.verb.conjugate(verb, model);
    } catch {
      c = undefined;
    }
    const out: string[] = [];
    const tenses: Partial<Record<(typeof TENSES)[number], string>> = {};
    for (const k of TENSES) {
      const f = c?.[k]?.toLowerCase();
      if (f && f !== verb && /^[\p{L}-]+$/u.test(f)) {
        out.push(f);
        tenses[k] = f;
      }
    }
    if (out.length === 0) {
      // fallback for a verb compromise does not know
      const base = verb.endsWith('e') ? verb.slice(0, -1) : verb;
      tenses.PresentTense = /(?:s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : verb + 's';
      tenses.PastTense = base + 'ed';
      tenses.Gerund = base + 'ing';
      out.push(tenses.PresentTense, tenses.PastTense, tenses.Gerund);
    }
    conjugateTenses.set(verb, tenses);
    return [...new Set(out)];
  });
}

function canBeVerb(w: string): boolean {
  return VERB_FIRST.has(w) || lexTags(w).includes('Infinitive');
}

/** A clear verb: listed, and not also a common noun at the head of our phrases. */
function clearVerb(w: string): boolean {
  return VERB_FIRST.has(w) && !NOT_VERB_FIRST.has(w);
}

function looksLikeVerbPhrase(words: string[], originals: string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!;
  if (isAcronymLike(originals[0]!) || first.includes("'") || !canBeVerb(first)) return false;
  const second = words[1]!;
  if (second === 'and' || second === 'or') {
    // "prevent and eliminate", "monitor and report": both sides verbs; "conduct and discipline" is a noun pair
    const third = words[2];
    if (third === undefined || !canBeVerb(third) || NOT_VERB_FIRST.has(first)) return false;
    return clearVerb(first) || clearVerb(third);
  }
  // ambiguous noun/verb: a verb only when the object starts like one
  return clearVerb(first) || VERB_OBJECT_START.has(second);
}

// ------------------------------------------------------------------ spelling variants

const ISE_BLOCK = new Set([
  'advise', 'devise', 'revise', 'supervise', 'televise', 'comprise', 'surprise', 'enterprise', 'compromise', 'promise',
  'premise', 'demise', 'exercise', 'excise', 'incise', 'concise', 'precise', 'circumcise', 'franchise', 'merchandise',
  'disguise', 'expertise', 'chastise', 'despise', 'improvise', 'surmise', 'paradise', 'treatise', 'advertise',
  'apprise', 'reprise', 'rise', 'arise', 'wise', 'otherwise', 'likewise', 'noise', 'poise', 'raise', 'praise',
  'cruise', 'bruise', 'valise', 'anise', 'size', 'prize', 'seize', 'capsize', 'baptize', 'baptise',
]);
const ISE_STEM_END = /(?:al|ar|at|it|il|im|on|or|an|gn|og|iv|ic|er|ol|in|rd|th|us|en|ag|ud|ot|am|ur|ci|ti|ri)$/;
const ISE_SUFFIXES = ['e', 'ed', 'es', 'ing', 'er', 'ers', 'ation', 'ations', 'ational', 'able'];

const OUR_STEMS = [
  'behavi', 'col', 'fav', 'hon', 'lab', 'neighb', 'endeav', 'rum', 'harb', 'vig', 'arm', 'hum', 'sav', 'flav', 'rig',
  'val', 'vap', 'clam', 'splend', 'candid',
];
const OUR_SUFFIXES = ['', 's', 'ed', 'ing', 'al', 'able', 'hood', 'hoods', 'ite', 'ites', 'ful', 'less', 'er', 'ers'];
const LL_STEMS = [
  'counsel', 'travel', 'label', 'model', 'channel', 'signal', 'cancel', 'fuel', 'level', 'marshal', 'total',
];

/** Whole-word swaps, both directions. */
const WORD_SWAPS: Array<[string, string]> = [
  ['adviser', 'advisor'], ['advisers', 'advisors'], ['advisory', 'advisory'],
  ['programme', 'program'], ['programmes', 'programs'],
  ['defence', 'defense'], ['defences', 'defenses'], ['offence', 'offense'], ['offences', 'offenses'],
  ['judgement', 'judgment'], ['judgements', 'judgments'], ['acknowledgement', 'acknowledgment'],
  ['fulfil', 'fulfill'], ['fulfils', 'fulfills'], ['fulfilment', 'fulfillment'],
  ['enrol', 'enroll'], ['enrols', 'enrolls'], ['enrolment', 'enrollment'],
  ['centre', 'center'], ['centres', 'centers'], ['centred', 'centered'], ['centring', 'centering'],
  ['theatre', 'theater'], ['theatres', 'theaters'],
  ['licence', 'license'], ['practise', 'practice'],
  ['gynaecological', 'gynecological'], ['paediatric', 'pediatric'], ['anaemia', 'anemia'],
  ['ageing', 'aging'], ['grey', 'gray'], ['whilst', 'while'],
  ['catalogue', 'catalog'], ['cheque', 'check'], ['combatted', 'combated'], ['combatting', 'combating'],
  ['focussed', 'focused'], ['focussing', 'focusing'], ['benefitted', 'benefited'], ['benefitting', 'benefiting'],
];
const SWAP = new Map<string, string[]>();
for (const [a, b] of WORD_SWAPS) {
  if (a === b) continue;
  SWAP.set(a, [...(SWAP.get(a) ?? []), b]);
  SWAP.set(b, [...(SWAP.get(b) ?? []), a]);
}
// "practice" (noun) must not become "practise"; "check" must not become "cheque"; "while" not "whilst";
// "license"/"program"/"center" are one-way safe only from the British side.
for (const oneWay of ['practice', 'check', 'while', 'license', 'gray']) SWAP.delete(oneWay);

/** Spelling variants of one lower-cased word (hyphen parts are varied separately), including the word. */
function spellingsOfWord(word: string): string[] {
  return memo(spellCache, word, () => {
    if (word.includes('-')) {
      const parts = word.split('-');
      let acc: string[] = [''];
      parts.forEach((p, i) => {
        const vs = spellingsOfWord(p);
        const next: string[] = [];
        for (const a of acc) for (const v of vs) next.push(i === 0 ? v : `${a}-${v}`);
        acc = next;
      });
      return [...new Set(acc)];
    }
    const out = new Set<string>([word]);
    for (const s of SWAP.get(word) ?? []) out.add(s);
    // -isation/-ization and -ise/-ize
    const m = /^(.+?)(is|iz)(e|ed|es|ing|er|ers|ation|ations|ational|able)$/.exec(word);
    if (m && !ISE_BLOCK.has(word)) {
      const [, stem, iz, suf] = m as unknown as [string, string, string, string];
      if (ISE_SUFFIXES.includes(suf) && stem.length >= 3 && (suf.startsWith('ation') || ISE_STEM_END.test(stem))) {
        out.add(stem + (iz === 'is' ? 'iz' : 'is') + suf);
      }
    }
    // analyse/analyze, paralyse/paralyze (not the noun "analyses" only, which is harmless either way)
    const y = /^(anal|paral|catal|dial)y(s|z)(e|ed|es|ing|er|ers)$/.exec(word);
    if (y && word !== 'analyses') out.add(`${y[1]}y${y[2] === 's' ? 'z' : 's'}${y[3]}`);
    // -our/-or
    for (const stem of OUR_STEMS) {
      if (!word.startsWith(stem)) continue;
      const rest = word.slice(stem.length);
      for (const [from, to] of [['our', 'or'], ['or', 'our']] as const) {
        const suffix = rest.slice(from.length);
        if (rest.startsWith(from) && OUR_SUFFIXES.includes(suffix)) out.add(stem + to + suffix);
      }
    }
    // -lled/-led, -lling/-ling, -llor/-lor
    for (const stem of LL_STEMS) {
      if (!word.startsWith(stem)) continue;
      const rest = word.slice(stem.length);
      const ll = /^l(ed|ing|or|ors|er|ers)$/.exec(rest);
      const l = /^(ed|ing|or|ors|er|ers)$/.exec(rest);
      if (ll) out.add(stem + ll[1]);
      else if (l) out.add(stem + 'l' + l[1]);
    }
    return [...out];
  });
}

function spellingVariants(form: string): string[] {
  const words = form.split(' ');
  let acc: string[] = [''];
  for (let i = 0; i < words.length; i++) {
    const vs = spellingsOfWord(words[i]!);
    const next: string[] = [];
    for (const a of acc) for (const v of vs) next.push(i === 0 ? v : `${a} ${v}`);
    acc = next;
    if (acc.length > 64) acc = acc.slice(0, 64); // safety bound
  }
  return acc;
}

// ------------------------------------------------------------------ English

const NOT_ADVERB_LY = new Set([
  'early', 'family', 'assembly', 'supply', 'ally', 'rally', 'monthly', 'weekly', 'daily', 'quarterly', 'yearly',
]);

function englishBaseForms(term: string): string[] {
  const originals = term.trim().split(/\s+/);
  const words = originals.map((w) => w.toLowerCase());
  const lower = words.join(' ');
  const forms = [lower];

  if (looksLikeVerbPhrase(words, originals)) {
    if (words[1] === 'and' || words[1] === 'or') {
      const a = conjugateByTense(words[0]!);
      const b = conjugateByTense(words[2]!);
      a.forEach((v, i) => forms.push([v, words[1]!, b[i]!, ...words.slice(3)].join(' ')));
    } else {
      for (const v of conjugate(words[0]!)) forms.push([v, ...words.slice(1)].join(' '));
    }
    return [...new Set(forms)];
  }

  // head noun: the word before the first preposition (or post-modifying participle), else the last word
  let head = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i]!)) {
      head = i - 1;
      break;
    }
  }
  // "where women feel unsafe", "how women are affected", "without prejudice to ...": a clause, not a noun phrase
  if (PREPOSITIONS.has(words[0]!) || ['how', 'why', 'when', 'what', 'whether', 'if'].includes(words[0]!)) return forms;
  const h = words[head]!;
  const hOrig = originals[head]!;
  const before = head > 0 ? words[head - 1]! : '';
  if (/ly$/.test(before) && !NOT_ADVERB_LY.has(before)) {
    return forms; // "exclusively male", "sexually violent": the head is an adjective
  }
  if (before === 'a' || before === 'an') return forms; // "file a complaint" stays singular
  if (isAcronymLike(hOrig) || isPossessive(h) || !/^[\p{L}-]+$/u.test(h)) return forms;
  // a coordinated head ("monitoring and evaluation", "sexual exploitation and abuse") stays as it is
  if (head > 0 && (words[head - 1] === 'and' || words[head - 1] === 'or')) return forms;
  for (const p of pluralOf(h)) {
    const copy = words.slice();
    copy[head] = p;
    forms.push(copy.join(' '));
  }
  return forms;
}

/**
 * All surface forms of a base term, lower-cased and unique, the term itself first.
 * English: plural of the head noun, or verb forms when the phrase starts with a verb, then British/American
 * spelling variants of every form. French: see frenchForms (inflect-fr.ts).
 */
export function inflections(term: string, lang: InflectLang): string[] {
  const key = `${lang}\u0000${term}`;
  const hit = termCache.get(key);
  if (hit) return hit.slice();
  let result: string[];
  const clean = term.trim().replace(/\s+/g, ' ');
  if (clean === '') {
    result = [];
  } else if (lang === 'fr') {
    result = frenchForms(clean);
  } else {
    const out = new Set<string>();
    for (const f of englishBaseForms(clean)) for (const v of spellingVariants(f)) out.add(v);
    result = [...out];
  }
  termCache.set(key, result);
  return result.slice();
}

