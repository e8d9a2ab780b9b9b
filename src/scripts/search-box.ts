/**
 * Every page: the header search box (src/components/SearchBox.astro) and search-term highlighting.
 * - "/" or Ctrl/Cmd-K focuses the search input (the box's, or the search page's own);
 * - typing in the box loads Pagefind (first use only) and lists the first results under it; arrow keys
 *   move between the input and the results, Escape closes the list; Enter submits to the search page;
 * - a page opened from a search result (`?pagefind-highlight=term`) loads Pagefind's highlight script
 *   and marks the terms. Without that parameter no Pagefind file is requested.
 */
import { HIGHLIGHT_PARAM, isSearchShortcut, loadPagefind, renderExcerpt, renderTitle, type ResultData } from "./pagefind-client.ts";

const MAX_RESULTS = 6;
const base = document.querySelector<HTMLElement>("[data-search-base]")?.dataset.searchBase ?? "/";

document.addEventListener("keydown", (event) => {
  if (!isSearchShortcut(event)) return;
  const input = document.querySelector<HTMLInputElement>("[data-search-shortcut]");
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

async function highlightTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`);
  const Highlight = (window as unknown as { PagefindHighlight: new (options: Record<string, unknown>) => unknown }).PagefindHighlight;
  new Highlight({ highlightParam: HIGHLIGHT_PARAM });
  // Marking text can move the page a little: keep the linked quote or mention in view.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const rect = target?.getBoundingClientRect();
  if (target && rect && (rect.top < 0 || rect.bottom > window.innerHeight)) target.scrollIntoView({ block: "center" });
}
highlightTerms().catch((error: unknown) => console.warn("search highlighting failed", error));

function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  const kind = document.createElement("span");
  kind.className = "kind";
  kind.textContent = [data.meta.kind, data.meta.speaker].filter(Boolean).join(" · ");
  const withExcerpt = renderTitle(link, data);
  li.append(kind, link);
  if (withExcerpt) {
    const excerpt = document.createElement("span");
    excerpt.className = "excerpt";
    renderExcerpt(excerpt, data.excerpt);
    li.append(excerpt);
  }
  return li;
}

function setUpBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const panel = form.querySelector<HTMLElement>(".site-search-panel")!;
  const status = form.querySelector<HTMLElement>(".site-search-status")!;
  const list = form.querySelector<HTMLOListElement>(".site-search-results")!;
  const all = form.querySelector<HTMLAnchorElement>(".site-search-all a")!;
  const searchUrl = form.action;
  let generation = 0;

  const close = () => {
    panel.hidden = true;
  };
  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>("a"));

  const run = async () => {
    const term = input.value.trim();
    const mine = ++generation;
    if (!term) {
      list.replaceChildren();
      status.textContent = "";
      close();
      return;
    }
    panel.hidden = false;
    all.href = `${searchUrl}?q=${encodeURIComponent(term)}`;
    status.textContent = "Searching…";
    try {
      const pagefind = await loadPagefind(base);
      const response = await pagefind.debouncedSearch(term, {}, 200);
      // null: a newer keystroke superseded this search.
      if (!response || mine !== generation) return;
      const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      list.replaceChildren(...data.map(resultItem));
      const n = response.results.length;
      status.textContent = n === 0 ? `No results for “${term}”.` : `${n} ${n === 1 ? "result" : "results"} for “${term}”${n > MAX_RESULTS ? `, first ${MAX_RESULTS} shown` : ""}. Arrow down to move through them.`;
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = "Search could not be loaded. Press Enter to open the search page.";
      console.warn("search failed", error);
    }
  };

  input.addEventListener("input", () => void run());
  // Coming back to the box from elsewhere shows the last results again (not when Escape sent focus here).
  input.addEventListener("focus", (event) => {
    if (form.contains(event.relatedTarget as Node | null)) return;
    if (input.value.trim() && list.children.length > 0) panel.hidden = false;
  });
  form.addEventListener("keydown", (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      // First Escape closes the list, a second one leaves the box.
      if (panel.hidden) input.blur();
      else (close(), input.focus());
      event.preventDefault();
    } else if (event.key === "ArrowDown" && !panel.hidden && items.length > 0) {
      items[Math.min(at + 1, items.length - 1)]!.focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : items[at - 1]!).focus();
      event.preventDefault();
    }
  });
  // Leaving the box (click or Tab elsewhere) closes the list.
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-search-box]")) setUpBox(form);
