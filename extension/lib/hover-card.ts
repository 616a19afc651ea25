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
    const vw = this.doc.documentElement.clientWidth;
    box.style.left = `${Math.min(x + 12, Math.max(0, vw - 360))}px`;
    box.style.top = `${y + 16}px`;
    box.hidden = false;
  }

  hide(): void {
    if (this.box) this.box.hidden = true;
    this.shown = null;
  }
}
