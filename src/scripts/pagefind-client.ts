/**
 * Browser side of search: loads Pagefind's JS API from the site's own bundle (under the base path) on
 * first use, and turns its results into plain data. Shared by the header search box and the search
 * page. Pagefind is loaded with a dynamic import of a URL known only at run time, so nothing of it is in
 * the page until search is used.
 */
import { mergeShards } from "./pagefind-shards.ts";

/** Query parameter carrying search terms to the result page, where pagefind-highlight.js marks them. */
export const HIGHLIGHT_PARAM = "pagefind-highlight";

/** The part of Pagefind's JS API used here (pagefind/pagefind.js). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** filter -> value -> number of results. */
export type FilterCounts = Record<string, Record<string, number>>;
export type FilterQuery = Record<string, string[] | { any: string[] } | { all: string[] }>;

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: Record<string, "asc" | "desc">;
}

export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: unknown }[];
}

const loaded = new Map<string, Promise<PagefindApi>>();

/** The other shards' folders in date order (`["pagefind-2/"]`, relative to the base), from the first shard's `shards.json`; none when it is missing. */
async function shardFolders(base: string): Promise<string[]> {
  const response = await fetch(`${base}pagefind/shards.json`);
  // An index written before shards existed has no manifest: it is one index.
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`${base}pagefind/shards.json: HTTP ${response.status}`);
  const folders: unknown = await response.json();
  // Only this site's shard folders: the list decides which scripts are imported.
  if (!Array.isArray(folders) || !folders.every((f) => typeof f === "string" && /^pagefind-\d+\/$/.test(f))) throw new Error(`${base}pagefind/shards.json: not a list of shard folders`);
  return folders as string[];
}

/** One shard's Pagefind: its own pagefind.js (a module of its own, so a Pagefind of its own), set up for the base. */
async function loadShard(base: string, folder: string): Promise<PagefindApi> {
  const module = (await import(/* @vite-ignore */ `${base}${folder}pagefind.js`)) as PagefindApi;
  // The index stores URLs from the output folder's root: baseUrl puts the base path in front.
  await module.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
  return module;
}

/**
 * Pagefind for the site under `base` ("/" or "/news/"), loaded once per page. A large site's index is
 * in shards (`pagefind/shards.json` lists the others): they are searched as one (./pagefind-shards.ts).
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  let api = loaded.get(base);
  if (!api) {
    api = (async () => {
      // The manifest is fetched alongside the first shard's code, not after it.
      const [first, others] = await Promise.all([loadShard(base, "pagefind/"), shardFolders(base)]);
      if (others.length === 0) return first;
      const shards = [first, ...(await Promise.all(others.map((folder) => loadShard(base, folder))))];
      const merged = mergeShards<SearchResult>(shards);
      return {
        ...merged,
        options: async (options: Record<string, unknown>) => void (await Promise.all(shards.map((s) => s.options(options)))),
      } satisfies PagefindApi;
    })();
    api.catch(() => loaded.delete(base));
    loaded.set(base, api);
  }
  return api;
}

/**
 * Copies Pagefind's excerpt (escaped text with `<mark>` around hits) into `target` as text nodes and
 * `<mark>` elements only: indexed text comes from articles, so nothing else of it may become markup.
 */
export function renderExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  const copy = (from: Node, to: Node) => {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(node.textContent ?? ""));
      else if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).tagName === "MARK") {
          const mark = document.createElement("mark");
          copy(node, mark);
          to.appendChild(mark);
        } else copy(node, to);
      }
    }
  };
  target.replaceChildren();
  copy(doc.body, target);
}

/**
 * Fills a result's link with its title, and says whether a separate excerpt adds anything. A short
 * quote's excerpt is the whole quote with the words found marked: it becomes the link text itself.
 */
export function renderTitle(link: HTMLElement, data: ResultData): boolean {
  const title = data.meta.title ?? data.url;
  if (data.meta.kind === "Quote" && !title.endsWith("…”")) {
    renderExcerpt(link, data.excerpt);
    link.prepend("“");
    link.append("”");
    return false;
  }
  link.textContent = title;
  return true;
}

/** "2025-05-12" -> "12 May 2025"; "2025-05" -> "May 2025" (UTC, as the pages format dates). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(day ? `${iso}T00:00:00Z` : `${iso}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { timeZone: "UTC", ...(day ? { day: "numeric" } : {}), month: "long", year: "numeric" });
}

/** True when a key press happens while the reader is typing somewhere (shortcuts must not steal it). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** "/" or Ctrl/Cmd-K: the search shortcuts (aria-keyshortcuts on the inputs names them). */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") return true;
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
}
