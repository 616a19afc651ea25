// What the background sends a page to paint: plain data, so the page needs no core code.

/** How a finding is drawn beyond its pillar colour: binding task, advice, weak (context, boilerplate…) or stated as absent. */
export type PaintStyle = 'plain' | 'advice' | 'negated' | 'weak';
/** The Changes view's layer (see change-items.ts): the WPS words of an added or a strengthened provision. */
export type ChangeStyle = 'added' | 'strengthened';

export interface HoverCard {
  /** Concept label. */
  title: string;
  /** Pillar (and thematic group) label. */
  pillar: string;
  /** How it is said: task/advice, negated, boilerplate… */
  how: string;
  /** Why it matters. */
  why: string;
}

export interface PaintItem {
  /** Stable id of the finding on this page: block:start:end:concept. */
  key: string;
  block: string;
  start: number;
  end: number;
  /** One of the five WPS pillars; one highlight per family. */
  family: string;
  style: PaintStyle | ChangeStyle;
  card: HoverCard;
}

export const HIGHLIGHT_PREFIX = 'wps-lens-';
/** The Changes view's highlights are `wps-lens-change-added`, `wps-lens-change-strengthened` (and `-flash`). */
export const CHANGE_LAYER = 'change';

export function findingKey(f: { block?: string; start: number; end: number; concept: string }): string {
  return `${f.block ?? ''}:${f.start}:${f.end}:${f.concept}`;
}
