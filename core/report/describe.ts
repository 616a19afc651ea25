// A finding in plain words, for hover cards, tooltips and comments: its concept, pillar, how it is said,
// the notes that qualify it, and why the pillar matters — in English or French (the reader's language).
import { findingKind, familyLabel, pillarFamily, pillarWhy, type FindingKind } from '../lexicon/pillars.ts';
import { conceptLabel, familyName, familyWhy, pillarName, type LabelLanguage } from '../lexicon/labels.ts';
import type { Finding, VerbClass } from '../schema.ts';

const KIND_TEXT: Record<LabelLanguage, Record<FindingKind, string>> = {
  en: {
    task: 'Binding task',
    advice: 'Advice or encouragement',
    context: 'Context (no task)',
    negated: 'Stated as absent',
    boilerplate: 'Boilerplate (no actor, task or means)',
    procedural: 'Procedural mention (not WPS content)',
  },
  fr: {
    task: 'Tâche qui engage',
    advice: 'Conseil ou encouragement',
    context: 'Contexte (sans tâche)',
    negated: 'Dit absent',
    boilerplate: 'Formule toute faite (sans acteur, tâche ni moyens)',
    procedural: 'Mention procédurale (hors programme FPS)',
  },
};

/** The UN's verb classes as a French reader names them ("verbe de décision"). */
const VERB_CLASS_FR: Record<VerbClass, string> = {
  deciding: 'de décision', directive: 'd’instruction', reinforcing: 'de renforcement', observing: 'de constat', evaluative: 'd’évaluation',
};

const NOTES: Record<LabelLanguage, { scope: string; unverified: string; annex: string; boilerplate: string }> = {
  en: {
    scope: 'Limited in scope ("only", "solely").',
    unverified: 'Reported or uncertain, not established.',
    annex: 'In an annex, not in the main body.',
    boilerplate: 'Stock phrase with no actor, task or means.',
  },
  fr: {
    scope: 'Portée limitée (« seulement », « uniquement »).',
    unverified: 'Rapporté ou incertain, non établi.',
    annex: 'En annexe, pas dans le corps du texte.',
    boilerplate: 'Formule toute faite, sans acteur, tâche ni moyens.',
  },
};

export interface FindingDescription {
  title: string;
  pillar: string;
  family: string;
  kind: FindingKind;
  how: string;
  notes: string[];
  why: string;
}

/** Plain-language description of a finding; the cue quoted is the document's own words. */
export function describeFinding(f: Finding, language: LabelLanguage = 'en'): FindingDescription {
  const fr = language === 'fr';
  const kind = findingKind(f);
  const s = f.strength;
  let how = KIND_TEXT[language][kind];
  if (s.verbClass) how += fr ? ` — verbe ${VERB_CLASS_FR[s.verbClass]}, niveau ${s.level} sur 5` : ` — ${s.verbClass} verb, level ${s.level} of 5`;
  else if (s.mode === 'task' || s.mode === 'advice') how += fr ? ` — niveau ${s.level} sur 5` : ` — level ${s.level} of 5`;
  if (s.cue) { const cue = s.cue.replace(/\s+/g, ' ').trim(); how += fr ? ` (« ${cue} »)` : ` ("${cue}")`; }
  const n = NOTES[language];
  const notes: string[] = [];
  if (f.scopeLimited) notes.push(n.scope);
  if (f.unverified) notes.push(n.unverified);
  if (f.annex) notes.push(n.annex);
  if (kind !== 'boilerplate' && f.boilerplate) notes.push(n.boilerplate);
  const family = pillarFamily(f.pillar);
  return {
    title: fr ? conceptLabel(f.concept, 'fr', f.label) : f.label ?? f.concept,
    pillar: pillarName(f.pillar, language),
    family: fr ? familyName(family, 'fr') : familyLabel(family),
    kind,
    how,
    notes,
    why: fr ? familyWhy(f.pillar, 'fr') : pillarWhy(f.pillar),
  };
}
