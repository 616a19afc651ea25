// The hover card over a highlighted finding: concept, pillar, how it is said, why it matters.
// Lives in a closed shadow root so page styles cannot touch it; every string goes in as textContent.
import type { HoverCard } from './paint-types.ts';

export const CARD_HOST_ATTR = 'data-wps-lens-card';

export class HoverCardView {
  private box: HTMLElement | null = null;
  private shown: HoverCard | null = null;

  constructor(private readonly doc: Document) {}

  private ensure(): HTMLElement {
    if (this.box) return this.box;
    const host = this.doc.createElement('div');
    host.setAttribute(CARD_HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = `.card{position:fixed;z-index:2147483647;max-width:22rem;padding:.5rem .7rem;border-radius:6px;
      background:#1f2328;color:#fff;font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.3);pointer-events:none}
      .card[hidden]{display:none}.t{font-weight:600}.p{color:#d0d7de}.w{margin-top:.3rem;color:#e6edf3}`;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    root.append(style, box);
    this.doc.documentElement.append(host);
    this.box = box;
    return box;
  }

  show(card: HoverCard, x: number, y: number): void {
    const box = this.fill(card);
    const vw = this.doc.documentElement.clientWidth;
    box.style.left = `${Math.min(x + 12, Math.max(0, vw - 360))}px`;
    box.style.top = `${y + 16}px`;
    box.hidden = false;
  }

  /** Beside a finding's words (a finding revealed from the panel, by keyboard): below them, or above near the bottom. */
  showBeside(card: HoverCard, words: { left: number; top: number; bottom: number }): void {
    const box = this.fill(card);
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    box.style.left = `${Math.max(0, Math.min(words.left, vw - 360))}px`;
    box.style.top = '0px';
    box.hidden = false;
    const h = box.getBoundingClientRect().height;
    box.style.top = `${words.bottom + 6 + h <= vh ? words.bottom + 6 : Math.max(0, words.top - 6 - h)}px`;
  }

  private fill(card: HoverCard): HTMLElement {
    const box = this.ensure();
    if (this.shown !== card) {
      const line = (cls: string, text: string): HTMLElement => {
        const el = this.doc.createElement('div');
        el.className = cls;
        el.textContent = text;
        return el;
      };
      box.replaceChildren(line('t', card.title), line('p', card.pillar), line('h', card.how), line('w', card.why));
      this.shown = card;
    }
    return box;
  }

  hide(): void {
    if (this.box) this.box.hidden = true;
    this.shown = null;
  }
}
