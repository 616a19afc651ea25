// Messages between the background and a scanned page (content script or the PDF viewer).
// Plain types and a tiny guard only: the page side must stay free of zod and the core. The
// background validates everything the page sends back with zod (messages.ts).
import type { PaintItem } from './paint-types.ts';

export interface BlockText { id: string; text: string }

export type PageRequest =
  | { type: 'page:collect' }
  | { type: 'page:paint'; items: PaintItem[]; reset?: boolean }
  | { type: 'page:reveal'; key: string; layer?: 'changes' }
  | { type: 'page:clear' }
  /** The Changes view's layer: replaces what it showed with these items (none: clears it). */
  | { type: 'page:changes'; items: PaintItem[] };

export interface CollectResponse { title: string; url: string; blocks: BlockText[]; mode: 'highlight' | 'wrap' }
export interface PaintResponse { painted: number; missing: number; mode: 'highlight' | 'wrap' }
export interface RevealResponse { found: boolean; top?: number }

/** Sent by the page when content appeared later; answered with the items to paint. */
export interface BlocksAdded { type: 'page:blocks-added'; blocks: BlockText[] }

const PAGE_TYPES = new Set(['page:collect', 'page:paint', 'page:reveal', 'page:clear', 'page:changes']);

export function isPageRequest(m: unknown): m is PageRequest {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (typeof t !== 'string' || !PAGE_TYPES.has(t)) return false;
  if (t === 'page:paint' || t === 'page:changes') return Array.isArray((m as { items?: unknown }).items);
  if (t === 'page:reveal') return typeof (m as { key?: unknown }).key === 'string';
  return true;
}
