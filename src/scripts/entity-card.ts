/**
 * Hover and focus cards for the marks of an article: an entity link shows the entity's name, type,
 * description and mention counts; a quotation shows its speaker. Loaded on the first pointer or focus
 * on a mark (see EntityCards.astro); without it the marks stay plain links and the side panel says the
 * same. WCAG 1.4.13: the card stays while the pointer is over it, Escape dismisses it, and it is tied
 * to the link by aria-describedby so screen readers announce it on focus. Quotes with a speaker carry
 * tabindex="0" (see src/plugins/annotation-marks.ts), so keyboard readers reach their cards too.
 */
interface CardData {
  /** name, type label, description, mentions here, mentions in all, articles */
  n: string;
  t: string;
  d?: string;
  c: number;
  m: number;
  a: number;
}

const MARKS = ".article-body a.entity[data-entity-id], .article-body q.quote[data-speaker]";
const HIDE_DELAY_MS = 300;

let cards: Record<string, CardData> = {};
let card: HTMLDivElement;
let current: HTMLElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

const markOf = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? (target.closest(MARKS) as HTMLElement | null) : null);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function line(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

/** The card's content, built as text nodes (names and descriptions are never parsed as HTML). */
function fill(mark: HTMLElement): boolean {
  if (mark.matches("q")) {
    card.dataset.type = "quote";
    // "as team member Rodaba Noori": how the article introduced the speaker, when it said more than the
    // name. A group speaker ("the foreign ministers") is shown by its words alone.
    const as = mark.dataset.speakerAs;
    card.replaceChildren(
      line("entity-card-type", mark.dataset.speakerKind === "group" ? "Quotation · group speaker" : "Quotation"),
      line("entity-card-name", `Said by ${mark.dataset.speaker ?? "unknown"}`),
      ...(as && as !== mark.dataset.speaker ? [line("entity-card-description", `Introduced as “${as}”`)] : []),
    );
    return true;
  }
  const data = cards[mark.dataset.entityId ?? ""];
  if (!data) return false;
  card.dataset.type = mark.dataset.entityType ?? "";
  const counts = `${plural(data.c, "mention", "mentions")} here · ${plural(data.m, "mention", "mentions")} in ${plural(data.a, "article", "articles")}`;
  card.replaceChildren(line("entity-card-type", data.t), line("entity-card-name", data.n), ...(data.d ? [line("entity-card-description", data.d)] : []), line("entity-card-count", counts));
  return true;
}

/** Below the mark, or above it when there is no room below; never off the sides of the window. */
function place(mark: HTMLElement): void {
  const rect = (mark.getClientRects()[0] ?? mark.getBoundingClientRect()) as DOMRect;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const margin = 8;
  const left = Math.min(Math.max(margin, rect.left), document.documentElement.clientWidth - width - margin);
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
  card.style.left = `${Math.max(margin, left) + window.scrollX}px`;
  card.style.top = `${top + window.scrollY}px`;
}

function show(mark: HTMLElement): void {
  clearTimeout(hideTimer);
  if (current === mark && !card.hidden) return;
  hide();
  if (!fill(mark)) return;
  card.hidden = false;
  place(mark);
  current = mark;
  mark.setAttribute("aria-describedby", card.id);
}

function hide(): void {
  clearTimeout(hideTimer);
  card.hidden = true;
  current?.removeAttribute("aria-describedby");
  current = null;
}

const hideSoon = () => {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_DELAY_MS);
};

export function init(first: Element | null): void {
  const island = document.getElementById("entity-cards");
  cards = island?.textContent ? (JSON.parse(island.textContent) as Record<string, CardData>) : {};
  card = document.createElement("div");
  card.id = "entity-card";
  card.className = "entity-card";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  // Inside the main landmark, so that everything on the page belongs to a region.
  (document.querySelector("main") ?? document.body).append(card);

  // The pointer may move onto the card (to read or select it) without the card vanishing.
  card.addEventListener("pointerenter", () => clearTimeout(hideTimer));
  card.addEventListener("pointerleave", hideSoon);
  document.addEventListener("pointerover", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  document.addEventListener("pointerout", (e) => {
    const mark = markOf(e.target);
    if (mark && mark === current && !mark.contains(e.relatedTarget as Node | null) && document.activeElement !== mark) hideSoon();
  });
  document.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
    else hide();
  });
  document.addEventListener("focusout", (e) => {
    if (markOf(e.target) === current) hideSoon();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
  window.addEventListener("resize", () => current && place(current));

  // The reader may have moved on while this module loaded (tabbing fast): show the card of the mark that
  // has focus now, else of the one under the pointer that started the load.
  const focused = markOf(document.activeElement);
  const mark = markOf(first);
  if (focused) show(focused);
  else if (mark?.matches(":hover")) show(mark);
}
