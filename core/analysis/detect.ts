// Which kind of document is this? From the text's own evidence: each profile's cue phrases (counted
// once each; heading cues only as a whole line, title cues only in a title line near the top), and
// structure and style read here (numbered report paragraphs, a reference list, press-release symbols,
// datelines, the Council's decisions reported in the past tense, the Secretary-General's "I"…).
// Resolutions, orders and rules of engagement need their layout (profile `layout`): a report that
// quotes a resolution or mentions the rules of engagement stays a report. Below a confidence floor the
// answer is `generic`, with the likeliest types as candidates: "not sure" said honestly.
import type { Lexicon } from '../lexicon/compile.ts';
import type { Profile, ProfileId } from '../schema.ts';
import type { Structure } from '../text/sections.ts';
import { flatten } from '../text/flat.ts';
import { PhraseSet, type Source } from '../match/phrases.ts';
import { contentLines, titleLike, type Line } from '../text/sections.ts';
import { normKey } from '../text/text.ts';

const HEAD = 30_000;
/** Below this confidence the type is generic: the evidence does not say. */
export const CONFIDENCE_FLOOR = 0.6;
/** Candidates reported when the type is not sure. */
const MAX_CANDIDATES = 3;
/** Title lines: the first lines of the text (its title page). */
const TITLE_LINES = 40;
const TITLE_CHARS = 4000;

interface CueRef { id: string; weight: number }
/** All cue phrases of all profiles: prose cues in one trie regex, heading and title cues by their words. */
interface CueIndex {
  set: PhraseSet; byKey: Map<string, CueRef[]>; ids: string[];
  /** Heading cues by line key, and the first words they open with (a cheap check before a line's key is built). */
  lines: Map<string, CueRef[]>; lineFirst: Set<string>;
  titles: { words: string; ref: CueRef }[]; titleMax: number;
}
/** Cue indexes per lexicon: by language (English text skips French cues) and by layout (a resolution's layout reads only resolution types). */
const cueCaches = new Map<string, WeakMap<Lexicon, CueIndex>>();

/** A French cue phrase (accents, elisions or French function words): left out when reading English text. */
export function isFrenchCue(phrase: string): boolean {
  return /[àâçéèêëîïôûùüÿœ]/i.test(phrase) || /(?:^|\s)(?:le|la|les|des|de|du|aux|et|à|pour|sur|dans|par)(?:\s|$)|(?:^|\s)[dl]['’]/i.test(phrase);
}

/** Words of a line or phrase, lower case, one space apart: "CONCEPT D'OPÉRATIONS (CONOPS)" → "concept d opérations conops". */
export function wordsKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Runs of spaces, tabs and no-break spaces as one space: the patterns below are written for single spaces. */
const SPACES = /[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
export const oneSpace = (s: string) => s.replace(SPACES, ' ');

const LINE_NUMBER = /^(?:(?:[IVX]{1,6}|[A-Z])[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?) /;
/** A heading line as a cue key: without its number, markup and final colon. "II. Observations:" → "observations". */
export function lineKey(line: string): string {
  return normKey(oneSpace(line.trim()).replace(LINE_NUMBER, '').replace(/^[#*_\s]+|[\s:.*#_]+$/g, ''));
}

const FIRST_WORD = /^(?:(?:[IVX]{1,6}|[A-Z])[.)] |\d{1,2}(?:\.\d{1,2})*[.)]? )?[#*_ ]*([\p{L}\p{M}'’]+)/u;
/** The first word of a line, lower case, after its number and markup. */
function firstWordOf(line: string): string | undefined {
  return FIRST_WORD.exec(oneSpace(line.slice(0, 60)))?.[1]?.toLowerCase().replace(/’/g, "'");
}

function cueIndex(lex: Lexicon, english: boolean, resolution: boolean): CueIndex {
  const name = `${english ? 'en' : 'all'}${resolution ? '-resolution' : ''}`;
  let cache = cueCaches.get(name);
  if (!cache) cueCaches.set(name, (cache = new WeakMap()));
  let c = cache.get(lex);
  if (!c) {
    const byKey = new Map<string, CueRef[]>();
    const lines = new Map<string, CueRef[]>();
    const titles: { words: string; ref: CueRef }[] = [];
    const add = (m: Map<string, CueRef[]>, k: string, ref: CueRef) => m.set(k, [...(m.get(k) ?? []), ref]);
    const profiles = [...lex.profiles.values()].filter((p) => !resolution || p.layout === 'resolution');
    for (const p of profiles) {
      for (const q of p.cues) {
        if (english && isFrenchCue(q.phrase)) continue;
        const ref = { id: p.id, weight: q.weight };
        if (q.title) titles.push({ words: wordsKey(q.phrase), ref });
        else if (q.line) add(lines, lineKey(q.phrase), ref);
        else add(byKey, normKey(q.phrase), ref);
      }
    }
    const lineFirst = new Set([...lines.keys()].map((k) => firstWordOf(k)).filter((w): w is string => Boolean(w)));
    const titleMax = Math.max(0, ...titles.map((t) => t.words.length));
    c = { set: new PhraseSet(byKey.keys()), byKey, lines, lineFirst, titles, titleMax, ids: profiles.map((p) => p.id) };
    cache.set(lex, c);
  }
  return c;
}

export interface Candidate { id: string; confidence: number }
export interface Detected { id: ProfileId | string; confidence: number; scores: Record<string, number>; candidates?: Candidate[] }


// ---------------------------------------------------------------- evidence read from the text

// Press releases and meetings coverage: document symbols ("SC/12076", "GA/SPD/707", « CS/11610 »), meeting numbers.
const PRESS_SYMBOL = /\b(?:SC|GA|CS|AG|ECOSOC|SG\/SM|SG\/A|GA\/[A-Z]{2,4}|AG\/[A-Z]{2,4})\/\d{3,5}\b/u;
const MEETING = /\b\d{1,5}(?:st|nd|rd|th) Meeting\b|\(\d{1,5}(?:st|nd|rd|th) meeting\)|\b\d{1,5}e séance\b/u;
// The Council's decisions reported after the fact: "the Council urged…", « le Conseil a prié… », « Par ce texte, le Conseil… ».
const COUNCIL_PAST = /\bCouncil(?: members)? (?:also |further |then |unanimously |today )?(?:urged|called|requested|decided|demanded|expressed|condemned|welcomed|stressed|encouraged|reaffirmed|recogni[sz]ed|adopted|authori[sz]ed|extended|invited|emphasi[sz]ed|underlined|asked|renewed|voted|held)\b/gu;
const COUNCIL_FR = /\b(?:[Ll]e [Cc]onseil(?: de s[ée]curit[ée])?(?: (?:des Nations [Uu]nies|de l['’]ONU))? (?:a|avait)|[Ll]es membres du Conseil(?: de sécurité)? (?:ont|avaient)) (?:\p{L}+ )?(?:décidé|demandé|prié|exhorté|souligné|condamné|adopté|salué|engagé|invité|encouragé|réaffirmé|constaté|reconnu|autorisé|prorogé|exigé|rappelé|exprimé|voté|appelé|tenu)(?![\p{L}\p{N}])/gu;
// …and the statement it adopted, in the present: « Dans une déclaration présidentielle, le Conseil se félicite … ».
const COUNCIL_FR_PRESENT = /\b[Ll]e [Cc]onseil(?: de s[ée]curit[ée])? (?:(?:également|aussi|en outre|par ailleurs) )?(?:se félicite|se dit|encourage|engage|prie|exige|exhorte|condamne|souligne|réaffirme|salue|invite)(?![\p{L}\p{N}])/gu;
// « Par ce texte, le Conseil prie… »: the way French meetings coverage reports the text adopted.
const BY_THIS_TEXT = /\b(?:Par|Aux termes de|Dans) (?:ce texte|cette résolution) ?, (?:le Conseil|il|elle)\b|\bBy (?:the text|this resolution|the resolution) ?,? (?:adopted [^,.\n]{0,60}, )?the Council\b/u;
// Delegates reported in meetings coverage: "the representative of Ethiopia said", « le représentant du Mali a souligné ».
const DELEGATE = /\b(?:representative|delegate|Ambassador|Under-Secretary-General|Assistant Secretary-General|Special Rapporteur|Special Envoy|High Commissioner)s?\b[^.\n]{0,80}?\b(?:said|stressed|noted|emphasi[sz]ed|highlighted|underscored|urged|regretted|welcomed|expressed|called|recalled|pointed out|observed|argued|deplored|lamented|praised|commended|voiced|reiterated|underlined)\b|\b(?:représentante?|délégué|déléguée|délégation|[Rr]apport(?:eur|euse) spéciale?|[Ee]nvoyée? spéciale?|[Hh]aut(?:e)?-[Cc]ommissaire)s?(?![\p{L}\p{N}])[^.\n]{0,80}?(?:\ba,? (?:(?:ensuite|également|aussi|pour sa part|quant à lui|quant à elle|de son côté|à son tour),? )?(?:déclaré|souligné|indiqué|précisé|expliqué|estimé|rappelé|dit|regretté|noté|salué|constaté|jugé|plaidé|insisté|averti|dénoncé|affirmé|exhorté|appelé|fait valoir|souhaité)|\bs['’]est (?:dite?|déclarée?|félicitée?|inquiétée?|alarmée?))(?![\p{L}\p{N}])/u;
// Meetings coverage tells the debate: who opened it, spoke after the vote, took the floor; speakers as a crowd and
// their counterparts ("Many speakers called…", « De nombreux intervenants ont plaidé… », « Son homologue du … »);
// the statement adopted and the meeting's time of day ("In a presidential statement, …", « ce matin »).
const DEBATE = /\b(?:[Oo]pening the debate|[Ss]peaking (?:after|before) the vote|in explanation of (?:vote|position)|took the floor|(?:[Mm]any|[Ss]everal|[Oo]ther|[Nn]umerous) speakers|(?:his|her|their) counterparts? from|[Oo]uvrant le débat|[Pp]renant la parole|(?:après|avant) le vote|explications? de vote|(?:ont|a) pris la parole|(?:[Dd]e nombreux|[Pp]lusieurs|[Dd]['’]autres|[Ll]es) intervenant(?:e)?s|[Ss]on homologue d(?:u|e|es|e la|e l['’])|[Ll]eurs homologues d(?:u|e|es|e la|e l['’])|[Ii]n a (?:presidential|press) statement|[Dd]ans une déclaration (?:présidentielle|à la presse)|this (?:morning|afternoon)|ce matin|cet après-midi)(?![\p{L}\p{N}])/gu;
// Speech reported in articles and coverage: "…,” she said", « a-t-il déclaré ».
const SPEECH = /\b(?:said|added|told|explained|stressed)\b|\ba-t-(?:il|elle) (?:dit|déclaré|ajouté|indiqué|souligné|expliqué|poursuivi|précisé|affirmé|noté|constaté|regretté|estimé|rappelé|insisté|relevé|conclu|fait savoir)(?![\p{L}\p{N}])/gu;
const SPEAKER = /(?:^|[^\p{L}\p{N}])(?:[Hh]e|[Ss]he) $/u;
// Direct quotation with its speaker, as articles and mission news quote people: "“…,” she said", « », indique le communiqué ».
const QUOTED = /[”"] ?,? (?:[\p{L}.'’-]+ ){0,5}?(?:said|says|commented|comments|added|adds|explained|explains|stressed|told|noted|recalled|recounted|shared|insisted)\b|\b(?:said|says)[,:]? (?:that )?[“«"]|» ?,? (?:a )?(?:déclaré|dit|indiqué|indique|souligné|souligne|expliqué|explique|ajouté|ajoute|affirmé|affirme|confié|confie|témoigné|témoigne|raconté|raconte|assuré|assure|estimé|estime|précisé|précise|insisté|insiste|poursuivi|poursuit|lancé|lance|rappelé|rappelle|confirmé|confirme)(?![\p{L}\p{N}])/u;
// News: a dateline opening a paragraph ("UNITY/RUWENG – Responding…", "BAMAKO, 5 juin (AFP) - Le…"), a byline, weekdays.
const DATELINE = /^ ?\p{Lu}[\p{Lu}\p{M}/ .'’-]{2,40}(?:, ?(?:\d{1,2}(?:er)? \p{L}+|\p{Lu}\p{Ll}+\.? \d{1,2}))?(?: ?\([^)\n]{1,40}\))? ?[–—-]{1,2} \p{Lu}\p{Ll}/u;
// A dateline in mixed case with its date: "Juba, 3 March 2021 –", « Bamako, le 12 mars 2019 - ».
const DATELINE_DATED = /^ ?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+){0,2}, (?:le )?\d{1,2}(?:er)? \p{L}+\.? (?:19|20)\d{2} ?(?:\([^)\n]{1,40}\) ?)?[–—:-]{1,2} \p{Lu}/u;
const BYLINE = /(?:^|\n) ?(?:By|Par) \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}.'’-]+){1,3} ?(?:\n|$)/u;
const WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/gu;
const CREDIT = /©|\bPhotos? ?:|\b(?:UN|ONU) Photo\b|\bPhotos? (?:ONU|MONUSCO|MINUSCA|MINUSMA|UNMISS)\b/u;
// Secretary-General reports: the Secretary-General's own voice, paragraph numbers run into the text by extraction.
const SG_VOICE = /\bI (?:am (?:pleased|encouraged|concerned|deeply|gravely|alarmed|grateful|heartened|troubled)|remain (?:concerned|committed)|welcome|commend|urge|call (?:on|upon)|reiterate|recommend|condemn|appeal)\b|\b[Jj]e (?:me félicite|salue|exhorte|engage|prie|condamne|recommande|réitère|demande (?:instamment|à|aux))(?![\p{L}\p{N}])|\bm['’]a (?:prié|demandé)(?![\p{L}\p{N}])/u;
const INLINE_PARAGRAPH = /[.!?”»] (\d{1,3})\. \p{Lu}\p{Ll}/gu;
// Research: author–year citations "(UNFPA, 2024a)", paragraphs of a report cited "(S/2016/225, para. 10)", footnote
// markers glued to full stops ("data.[1] Next", "Cambodia.1 Such").
const GLUED_NOTE = /[.,;](?:\[\d{1,3}\]|\d{1,3})(?= \p{Lu})|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?=[\s.,;])/gu;
const AUTHOR_YEAR = /\(\p{Lu}[^()\n]{1,60}?, ?(?:19|20)\d{2}[a-z]?\)/gu;
const REPORT_PARA = /\((?:S|A)\/\d{2,4}\/\d{1,4}, ?paras?\. ?\d/gu;
// A decision cited as background ("In its resolution 2242 (2015), the Council recognized…", « Dans sa résolution 2242
// (2015), le Conseil a constaté… »): reports and studies cite the Council so; it is no sign of meetings coverage.
const BACKGROUND = /(?:\b(?:[Ii]n|[Bb]y|[Tt]hrough|[Uu]nder) (?:its|their) resolutions?|\b(?:[Dd]ans|[Pp]ar|[Aa]ux termes de) (?:sa|ses) résolutions?)[^.;\n]{0,30}$/u;
// Meetings coverage narrates what each speaker said, sentence after sentence: « Il a ensuite expliqué… Elle a noté… »,
// "He also stressed… She noted…".
const NARRATED = /(?:^|[.;!?] |\n|, )(?:(?:[Ii]l|[Ee]lle) a(?:vait)? (?:(?:ensuite|également|aussi|ainsi|par ailleurs|en outre|enfin|notamment|encore|toutefois|cependant) )?(?:expliqué|souligné|noté|déclaré|ajouté|indiqué|rappelé|estimé|insisté|précisé|regretté|constaté|affirmé|dit|salué|plaidé|appelé|averti|dénoncé|jugé|exhorté|réitéré|relevé|fait valoir|fait observer)(?![\p{L}\p{N}])|(?:He|She) (?:(?:also|further|then|however|nonetheless) )?(?:said|stressed|noted|emphasi[sz]ed|added|underlined|highlighted|recalled|welcomed|urged|warned|expressed|pointed out|called (?:on|for|upon)|described|outlined|reiterated)\b)/gu;
// News names the people it quotes: « , a dit M. Guterres », « a ajouté Mme Paneras », "General Sawyer decried",
// "Ambassador Petr Iliichev said". Meetings coverage names them by role (« a déclaré le représentant de… »).
const NAMED_SPEAKER = /, a(?:vait)? (?:dit|déclaré|ajouté|souligné|indiqué|expliqué|précisé|affirmé|estimé|rappelé|noté|insisté|conclu|poursuivi|assuré|fait savoir) (?:(?:M\.|Mme|Mlle|Dr|MM\.|le (?:général|colonel|commandant|capitaine|porte-parole)|la (?:générale|colonelle|commandante|capitaine|porte-parole)) )?\p{Lu}\p{Ll}+|\b(?:General|Colonel|Major|Captain|Lieutenant|Commander|Ambassador|Minister|President|Mr\.|Ms\.|Mrs\.|Dr\.) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:(?:however|also|further|then) )?(?:said|says|decried|stressed|noted|urged|told|added|explained|welcomed|warned|praised|commended|emphasi[sz]ed|underlined|announced)\b/u;
// A resolution as the subject of an article's sentence: "The resolution expresses…", "It requests UNSOM to…",
// "The 35-paragraph resolution contained…". Coverage says "By the text, the Council…" (BY_THIS_TEXT).
const RESOLUTION_SUBJECT = /\b(?:The|the|This|this) (?:(?:draft|new|\d{1,3}-paragraph) )?(?:resolutions?|text) (?:also )?(?:expresses|requests|calls|urges|demands|decides|authori[sz]es|extends|welcomes|condemns|stresses|recalls|contains|contained|includes|included|came|renews|underlines|emphasi[sz]es)\b|(?:^|[.!?] |\n)It (?:also )?(?:requests|calls (?:on|upon|for)|urges|demands|decides|authori[sz]es|expresses|expressed|recalls|welcomes|condemns|stresses|extends|underlines)\b/gu;
// The press's own spelling and style, never the UN's: "U.N.", « Nations unies », a lower-case « conseil de sécurité »,
// capitals for governments (« Pékin a dénoncé », "Moscow said"), "yesterday", « hier ».
const PRESS_STYLE = /\bU\.N\.(?=[\s,])|\bNations unies\b|\b(?:[Ll]e|[Dd]u|[Aa]u) conseil de sécurité(?![\p{L}])/u;
const CAPITAL_METONYM = /\b(?:Washington|Moscou|Pékin|Londres|Moscow|Beijing|London|Kyiv|Kiev) (?:a \p{Ll}+é(?![\p{L}])|(?:said|says|has|had|argued|insisted|rejected|abstained|objected)\b)/u;
const YESTERDAY = /\b(?:yesterday|hier|avant-hier|last week|la semaine dernière)(?![\p{L}\p{N}])/u;
// Journalism's present tense for what people say ("…, says Major Amani", "she explains", « explique-t-elle »,
// « poursuit-il »), and its sources
// (« selon l'AFP », « a-t-on appris », « indique un communiqué »).
const SAYS = /, says \p{Lu}|\b(?:[Hh]e|[Ss]he) (?:says|explains|recalls|recounts|adds|comments|insists)\b|\b(?:explique|confie|raconte|souligne|ajoute|indique|précise|affirme|estime|témoigne|assure|déclare|rappelle|insiste|note|observe|lance|résume|confirme)-t-(?:il|elle)(?![\p{L}])|\b(?:dit|poursuit|conclut|reconnaît|reconnait|admet|sourit)-(?:il|elle)(?![\p{L}])|\b[Ss]elon (?:l['’]AFP|Reuters|l['’]agence|un communiqué|des sources)|\ba-t-on appris\b|\bindique (?:un|le) communiqué(?![\p{L}])/u;
// Meetings coverage names speakers by their role, after the verb: « a déclaré le représentant de la France »,
// « a estimé la déléguée », « s'exprimant au nom du Groupe des États d'Afrique ».
const ROLE_SPEAKER = /, a (?:déclaré|dit|souligné|estimé|rappelé|ajouté|indiqué|expliqué|insisté|affirmé|regretté|plaidé|noté|averti|jugé|prévenu) (?:le|la|l['’]) ?(?:représentante?|délégué|déléguée)|\b(?:[Ss]['’]exprimant|[Ii]ntervenant|[Pp]arlant) au nom d(?:u|e|es)\b|\bsaid the (?:representative|delegate) of\b/u;
// Meetings coverage names each speaker with their country in brackets: "Mr. Dupont (France) said…",
// « Mme Diallo (Sénégal) a jugé… ».
const SPEAKER_COUNTRY = /\b\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} \((?:\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[\t \u00A0-]+[\p{L}'’]+){0,4}\) ?,? (?:(?:also|further|then|however) )?(?:a (?:\p{L}+ )?\p{Ll}+é(?![\p{L}])|said|stressed|noted|emphasi[sz]ed|added|urged|welcomed|expressed|underlined|highlighted|called|recalled|warned)/u;
// Coverage of a report: « Dans ce rapport, le Secrétaire général relève… », "In his report, the Secretary-General…".
const REPORT_SUMMARY = /\b(?:Dans|Selon) (?:ce|son|le) rapport ?, le Secrétaire général\b|\b[Ii]n (?:his|her|the|this|that) report ?, the Secretary-General\b/u;
// Mission news tells one event: who took part, who organised it, where it was held (« ont pris part à un atelier
// organisé par la Mission », "at a ceremony"). Reports count activities over a period instead; "elections were held"
// is said by both, so it is no cue.
const EVENT = /\b(?:took part in|participated in|(?:organi[sz]ed|facilitated|hosted) by the|ceremony|workshop|town hall|forum|attended by|with (?:the )?support (?:of|from) the|(?:ont|a) (?:pris part|participé)|organisée?s? par (?:la|le|l['’])|s['’]est tenue?|se sont tenue?s|se sont réunie?s|ont assisté à|avec (?:l['’]appui|le soutien) d(?:e la|u|e l['’])|cérémonie|atelier|en présence d(?:e|u|es))(?![\p{L}\p{N}])/giu;
// Human-interest stories tell a life before and now: "Two years ago, she fled…", « Il y a deux ans, elle a fui… ».
const AGO = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2}) (?:years|months|weeks|days) ago|[Ii]l y a (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|\d{1,2}) (?:ans|mois|semaines|jours))(?![\p{L}\p{N}])/iu;
// …and names its sources by their post: "according to the head of the field office", « selon la cheffe du bureau ».
const ACCORDING = /\b(?:[Aa]ccording to the|[Ss]elon (?:le|la|l['’])) ?(?:head|chief|director|spokesperson|spokesman|spokeswoman|commander|coordinator|officer|chef|cheffe|directeur|directrice|porte-parole|commandant|commandante|coordonnat(?:eur|rice)|responsable)(?![\p{L}])/u;
const REPORTING_PERIOD = /\b(?:reporting period|période (?:considérée|à l['’]examen|couverte|sous revue))(?![\p{L}])/iu;
const BRIEFING = /\b(?:(?:press|news) (?:briefing|conference)|said in a (?:report|statement)|(?:point|conférence) de presse)\b/u;

// A resolution's own decision to renew a mandate, as an operative paragraph opens: "Decides to extend until
// 31 March 2019 the mandate of MONUSCO", « Décide de proroger jusqu'au 31 mars 2019 le mandat de la MONUSCO ». The
// date between verb and object hides it from the cue phrases, and a mandate renewal's preamble carries as much
// thematic language as a thematic resolution: this one paragraph is what makes the text a mandate.
const RENEWAL = /^ ?(?:\d{1,3}\. )?(?:(?:Further|Also) decides|Decides) to (?:extend|renew) (?:(?:until|through|for) [^,;\n]{3,40}? )?the mandates? of\b|^ ?(?:\d{1,3}\. )?(?:Décide|Decide) (?:également |en outre )?de (?:proroger|renouveler) (?:(?:jusqu['’] ?(?:au|à|en)|pour) [^,;\n]{3,40}? )?les? mandats? d/u;
const RENEWAL_WEIGHT = 4;

/** Does a paragraph of the text decide to renew a mandate? (A thematic resolution renews none.) */
export function renewsMandate(content: readonly Line[]): boolean {
  // (only lines whose opening words hold "…cide" — Decides, Décide — are read: most paragraphs open otherwise)
  return content.some((l) => {
    if (l.end - l.start >= 4000) return false;
    const at = l.text.indexOf('cide');
    return at >= 0 && at < 60 && RENEWAL.test(oneSpace(l.text.slice(0, 200)));
  });
}

// Policy: actors told what they should do ("Council members should…", « les États membres devraient… »).
const SHOULD = /\b(?:should|must|devraient|devrait)\b/gu;
const SHOULD_ACTOR = /(?:^|[^\p{L}\p{N}])(?:Council members|Member States|the Council|States|the Secretary-General|the mission|donors|governments?|parties|the UN|États membres|Etats membres|membres du Conseil|le Conseil|les États|les Etats|la [Mm]ission|les donateurs|les gouvernements|les parties|l['’]ONU|les Nations Unies) $/iu;
// Rules of engagement: numbered rules ("Rule No. 1.1", "ROE 3", « Règle n° 2 »).
// (read on the raw text, all of it: so it allows any run of spaces itself)
const RULE_LINE = /^[\t \u00A0]*(?:Rule|ROE|R[èe]gle)[\t \u00A0]*(?:No\.?|n[°º]|N[°º])?[\t \u00A0]*\d{1,3}(?:\.\d{1,2})*\b/mu;

/** Matches of `re` whose preceding text (up to 40 characters) satisfies `before` (and the 8 after it `after`), up to `cap`. */
function countAfter(re: RegExp, s: string, before: (prefix: string, match: string) => boolean, cap = 10, after?: (suffix: string) => boolean): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(s); m && n < cap; m = re.exec(s)) {
    const end = m.index + m[0].length;
    if (before(s.slice(Math.max(0, m.index - 40), m.index), m[0]) && (!after || after(s.slice(end, end + 8)))) n++;
  }
  return n;
}

function count(re: RegExp, s: string, cap = 10): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s)) n++;
  return n;
}

/** Footnote markers glued to a word or its full stop, after a lower-case letter ("data.[1] The", "assault.⁵"). */
function gluedNotes(s: string, cap = 2): number {
  GLUED_NOTE.lastIndex = 0;
  let n = 0;
  for (let m = GLUED_NOTE.exec(s); m && n < cap; m = GLUED_NOTE.exec(s)) {
    let k = m.index - 1;
    if (/[.,;]/.test(s[k] ?? '') && !/[.,;]/.test(m[0][0]!)) k--; // "assault.⁵": the letter before the stop
    if (/\p{Ll}/u.test(s[k] ?? '')) n++;
  }
  return n;
}

/** Paragraph numbers run into the text ("… elections. 3. The number …"): two of them in sequence. */
function inlineParagraphs(s: string): boolean {
  INLINE_PARAGRAPH.lastIndex = 0;
  let prev = -1;
  for (let m = INLINE_PARAGRAPH.exec(s); m; m = INLINE_PARAGRAPH.exec(s)) {
    const n = Number(m[1]);
    if (n === prev + 1) return true;
    prev = n;
  }
  return false;
}

/** Score added to each type by the structure and style of the text (weights: how much each says about the type). */
export function evidence(text: string, structure: Structure, content: readonly Line[] = structure.lines ?? contentLines(text)): Record<string, number> {
  const e: Record<string, number> = {};
  const add = (id: string, w: number) => { e[id] = (e[id] ?? 0) + w; };

  // A resolution's or an order's layout settles the kind of text: the style of reports and articles is not read.
  if (structure.resolution || structure.oporder) {
    if (structure.oporder) add('oporder', 3);
    if (structure.resolution) {
      add('mandate', 1); add('thematic-resolution', 1);
      if (renewsMandate(content)) add('mandate', RENEWAL_WEIGHT);
    }
    return e;
  }
  const head = oneSpace(text);
  const kinds = new Map<string, number>();
  for (const s of structure.sections) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  // Numbered paragraphs are the Secretary-General's reports' layout (and extraction runs them into the text).
  const paragraphs = kinds.get('paragraph') ?? 0;
  if (paragraphs >= 3) add('sg-report', 3);
  else if (paragraphs >= 1) add('sg-report', 2);
  else if (inlineParagraphs(head)) add('sg-report', 2);
  if (SG_VOICE.test(head)) add('sg-report', 2);

  // A reference list, notes and contents are a study's apparatus; so are author–year citations.
  if (kinds.has('references')) add('research-report', 3);
  if (kinds.has('notes')) add('research-report', 1.5);
  if (kinds.has('contents')) add('research-report', 1);
  const citations = count(AUTHOR_YEAR, head);
  if (citations >= 3) add('research-report', 3);
  else if (citations >= 1) add('research-report', 1);
  if (count(REPORT_PARA, head) >= 2) add('research-report', 2); // an analysis of a report, paragraph by paragraph
  if (gluedNotes(head) >= 2) add('research-report', 1.5);

  if (PRESS_SYMBOL.test(head)) add('press-release', 4);
  if (MEETING.test(head)) add('press-release', 3);
  // Background sections report the Council too: a reported decision counts less than the coverage's own forms.
  // (Each pattern runs only where its key word occurs: a plain substring search is much cheaper.)
  const en = head.includes('Council');
  const fr = head.includes('onseil');
  const notBackground = (p: string) => !BACKGROUND.test(p);
  const reported = (en ? countAfter(COUNCIL_PAST, head, notBackground) : 0) + (fr ? countAfter(COUNCIL_FR, head, notBackground) + countAfter(COUNCIL_FR_PRESENT, head, notBackground) : 0);
  if (reported >= 2) add('press-release', 2.5);
  else if (reported === 1) add('press-release', 1.5);
  if ((en || fr) && BY_THIS_TEXT.test(head)) add('press-release', 2);
  if (DELEGATE.test(head)) add('press-release', 1.5);
  const debate = count(DEBATE, head, 2);
  if (debate >= 2) add('press-release', 2.5);
  else if (debate === 1) add('press-release', 1.5);
  // "he said", « a-t-elle déclaré »: found by the verb, then the pronoun before it (a pattern that opens with a look-behind is slow).
  if (countAfter(SPEECH, head, (p, m) => m.startsWith('a-t-') || SPEAKER.test(p), 1) > 0 || / (?:said|told) (?:reporters|journalists)\b/.test(head)) {
    add('press-release', 1); add('news', 1);
  }
  if (/[”"»]/.test(head) && QUOTED.test(head)) add('news', 2);
  const narrated = countAfter(NARRATED, head, () => true, 2, (after) => !/^ ?[:,]? ?[“"«]/u.test(after));
  if (narrated >= 2) add('press-release', 2);
  else if (narrated === 1) add('press-release', 1);
  if (REPORT_SUMMARY.test(head)) add('press-release', 2);
  if (ROLE_SPEAKER.test(head)) add('press-release', 2);
  if (SPEAKER_COUNTRY.test(head)) add('press-release', 2.5);
  if (SAYS.test(head)) add('news', 1.5);
  if (NAMED_SPEAKER.test(head)) add('news', 2);
  if (count(RESOLUTION_SUBJECT, head, 2) >= 1) add('news', 2);
  // The UN never spells itself so: not its own press release either
  if (PRESS_STYLE.test(head)) { add('news', 1.5); add('press-release', -1); }
  if (CAPITAL_METONYM.test(head)) add('news', 1.5);
  if (YESTERDAY.test(head)) add('news', 1.5);
  if (AGO.test(head)) add('news', 1);
  if (BRIEFING.test(head)) add('news', 2);
  if (ACCORDING.test(head)) add('news', 1.5);
  // (numbered paragraphs or the Secretary-General's voice make them a report's account of its period)
  if (!e['sg-report'] && !REPORTING_PERIOD.test(head)) {
    const events = count(EVENT, head, 2);
    if (events >= 2) add('news', 2);
    else if (events === 1) add('news', 1);
  }

  if (content.slice(0, 3).some((l) => { const t = oneSpace(l.text.slice(0, 300)); return DATELINE.test(t) || DATELINE_DATED.test(t); })) add('news', 3);
  if (BYLINE.test(head)) add('news', 2);
  if (countAfter(WEEKDAY, head, (p, m) => (/^[a-z]/.test(m) ? !/\p{L}$/u.test(p) : /(?:^|\W)on $/.test(p)), 1) > 0) add('news', 1);
  if (CREDIT.test(head)) add('news', 1.5);

  if (countAfter(SHOULD, head, (p) => SHOULD_ACTOR.test(p), 2) >= 2) add('policy-brief', 2);
  return e;
}

/** Does the text have the layout the profile needs (resolution, order, rules, title)? */
function layoutHolds(p: Profile, structure: Structure, head: string, titled: Set<string>): boolean {
  switch (p.layout) {
    case undefined: return true;
    case 'resolution': return structure.resolution;
    case 'order': return structure.oporder || titled.has(p.id);
    case 'rules': return titled.has(p.id) || RULE_LINE.test(head);
    case 'title': return titled.has(p.id);
  }
}

/**
 * Confidence in a type scored `s` against the best other score: the margin between them, and how much
 * evidence there is at all (a single weak cue is not enough).
 */
export function confidenceOf(s: number, other: number): number {
  if (s <= 0) return 0;
  const margin = s - Math.max(0, other);
  const c = (0.5 + (0.5 * margin) / (s + 1)) * (s / (s + 1)) + Math.min(0.2, s / 50);
  return Math.round(Math.min(0.99, Math.max(0, c)) * 100) / 100;
}

/** `lang`: the document's language; English text is read without the French cues. */
export function detectProfile(input: string | Source, structure: Structure, lex: Lexicon, lang?: 'en' | 'fr' | 'und'): Detected {
  // A resolution's layout settles the family: only the resolution types compete (mandate or thematic).
  const resolutionOnly = structure.resolution && [...lex.profiles.values()].some((p) => p.layout === 'resolution');
  // A resolution is read whole: a long mission mandate renews the mandate in an operative paragraph far past the
  // head, after a preamble full of thematic language (MONUSCO from resolution 2409 on). Other texts: the head.
  const reach = (t: string) => (resolutionOnly ? t.length : Math.min(t.length, HEAD));
  const src = typeof input === 'string' ? { text: input.slice(0, reach(input)), flat: flatten(input.slice(0, reach(input))) } : input;
  const full = typeof input === 'string' ? input : input.text;
  const content = structure.lines ?? contentLines(full);
  const head = src.text.slice(0, HEAD);
  const idx = cueIndex(lex, lang === 'en', resolutionOnly);
  const scores: Record<string, number> = {};
  for (const id of idx.ids) scores[id] = 0;
  // Each cue phrase counts once, however often it occurs.
  const seen = new Set<string>();
  for (const { key } of idx.set.find(src, 0, reach(src.text))) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { id, weight } of idx.byKey.get(key) ?? []) scores[id] = (scores[id] ?? 0) + weight;
  }
  // Heading cues, anywhere in the text (a reference list comes last); title cues in the title lines.
  const titled = new Set<string>();
  const seenLines = new Set<string>();
  const seenRaw = new Set<string>();
  let n = 0;
  for (const l of idx.lines.size || idx.titles.length ? content : []) {
    n++;
    if (l.end - l.start > 200) continue; // neither a heading nor a title line
    const t = l.text.trim();
    if (t.length <= 80 && !seenRaw.has(t) && idx.lineFirst.has(firstWordOf(t) ?? '')) {
      seenRaw.add(t);
      const k = lineKey(t);
      if (!seenLines.has(k)) {
        seenLines.add(k);
        for (const { id, weight } of idx.lines.get(k) ?? []) scores[id] = (scores[id] ?? 0) + weight;
      }
    }
    // A title line: capitals or Title Case, or short enough that a title phrase is most of it (40 %).
    const caps = n <= TITLE_LINES && l.start < TITLE_CHARS && t.length <= 120 && titleLike(t);
    if (n <= TITLE_LINES && l.start < TITLE_CHARS && t.length <= 120 && idx.titles.length && (caps || t.length * 4 <= idx.titleMax * 10)) {
      const w = ` ${wordsKey(t)} `;
      for (const { words, ref } of idx.titles) {
        if (titled.has(ref.id) || !w.includes(` ${words} `)) continue;
        if (!caps && words.length * 10 < w.length * 4) continue;
        titled.add(ref.id);
        scores[ref.id] = (scores[ref.id] ?? 0) + ref.weight;
      }
    }
  }
  for (const [id, w] of Object.entries(evidence(head, structure, content))) if (id in scores) scores[id]! += w;

  // A resolution that renews a mandate is no thematic resolution, however much thematic language its preamble holds.
  const renewal = resolutionOnly && renewsMandate(content);
  const ranked = Object.entries(scores)
    .filter(([id, s]) => s > 0 && id !== 'generic' && !(renewal && id === 'thematic-resolution') && layoutHolds(lex.profiles.get(id)!, structure, head, titled))
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return { id: 'generic', confidence: 1, scores };
  let confidence = confidenceOf(top[1], second?.[1] ?? 0);
  // The layout of a resolution is evidence enough that it is one; which kind is what the cues weigh.
  if (resolutionOnly) confidence = Math.max(confidence, CONFIDENCE_FLOOR);
  if (confidence >= CONFIDENCE_FLOOR) return { id: top[0], confidence, scores };
  const candidates = ranked.slice(0, MAX_CANDIDATES).map(([id, s], i) => ({ id, confidence: i === 0 ? confidence : confidenceOf(s, top[1]) }));
  return { id: 'generic', confidence: Math.round((1 - confidence) * 100) / 100, scores, candidates };
}
