/**
 * The search page (src/pages/search.astro) over Pagefind's JS API: query, facets, order, results.
 * State is the query string; each change searches again and replaces the URL, so a search is linkable
 * and the header box's `?q=` lands here. Facet checkboxes are built once and then only re-counted and
 * shown or hidden, never rebuilt, so keyboard focus stays where the reader left it.
 */
import { formatDate, loadPagefind, renderExcerpt, renderTitle, type FilterCounts, type FilterQuery, type PagefindApi, type ResultData, type SearchOptions } from "./pagefind-client.ts";

interface Facet {
  key: string;
  legend: string;
  /** The values in a sentence: "Show all 25 people". */
  plural: string;
  /** `all`: every chosen value must be on the page (entities); `any`: one of them (a page has one year). */
  mode: "all" | "any";
  /** How many values show before "Show all". */
  top: number;
  label?: (value: string) => string;
  /**
   * Fixed order of values, for values with an order of their own (dates, kinds): the first `top` values
   * with results show in that order. Without it, the `top` values with most results show.
   */
  order?: (a: string, b: string) => number;
}

const newestFirst = (a: string, b: string) => b.localeCompare(a);
const FACETS: Facet[] = [
  { key: "kind", legend: "Show", plural: "kinds", mode: "any", top: 8, order: (a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b), label: (v) => KIND_LABELS[v] ?? v },
  { key: "person", legend: "People", plural: "people", mode: "all", top: 8 },
  { key: "organization", legend: "Organisations", plural: "organisations", mode: "all", top: 8 },
  { key: "place", legend: "Places", plural: "places", mode: "all", top: 8 },
  { key: "speaker", legend: "Quoted speakers", plural: "quoted speakers", mode: "all", top: 8 },
  { key: "year", legend: "Year", plural: "years", mode: "any", top: 12, order: newestFirst },
  { key: "month", legend: "Month", plural: "months", mode: "any", top: 6, order: newestFirst, label: formatDate },
];
const KIND_ORDER = ["Article", "Quote", "Person", "Organisation", "Place"];
const KIND_LABELS: Record<string, string> = { Article: "Articles", Quote: "Quotes", Person: "People", Organisation: "Organisations", Place: "Places" };
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>("[data-search-page]")!;
const base = root.dataset.base ?? "/";
const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const sortSelect = document.querySelector<HTMLSelectElement>("#search-sort")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const facetPane = document.querySelector<HTMLElement>(".search-facets")!;
const facetBox = document.querySelector<HTMLElement>("#search-facets")!;
const clearButton = document.querySelector<HTMLButtonElement>("#search-clear")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const moreButton = document.querySelector<HTMLButtonElement>("#search-more")!;

/** Facet key -> value -> its list item (checkbox, label, count). */
const facetItems = new Map<string, Map<string, { li: HTMLLIElement; box: HTMLInputElement; count: HTMLElement }>>();
const expanded = new Set<string>();
let totals: FilterCounts = {};
let results: { data(): Promise<ResultData> }[] = [];
let shown = 0;
let generation = 0;

function chosen(key: string): string[] {
  return Array.from(facetItems.get(key)?.values() ?? []).filter((i) => i.box.checked).map((i) => i.box.value);
}

function filterQuery(except?: string): FilterQuery {
  const query: FilterQuery = {};
  for (const facet of FACETS) {
    const values = chosen(facet.key);
    if (facet.key !== except && values.length > 0) query[facet.key] = facet.mode === "any" ? { any: values } : { all: values };
  }
  return query;
}

function buildFacets(initial: URLSearchParams): void {
  for (const facet of FACETS) {
    const values = Object.keys(totals[facet.key] ?? {});
    if (values.length === 0) continue;
    const counts = totals[facet.key]!;
    values.sort(facet.order ?? ((a, b) => counts[b]! - counts[a]! || a.localeCompare(b)));
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = facet.legend;
    const ul = document.createElement("ul");
    const items = new Map<string, { li: HTMLLIElement; box: HTMLInputElement; count: HTMLElement }>();
    const wanted = new Set(initial.getAll(facet.key));
    values.forEach((value, i) => {
      const li = document.createElement("li");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = facet.key;
      box.value = value;
      box.id = `facet-${facet.key}-${i}`;
      box.checked = wanted.has(value);
      const label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = facet.label ? facet.label(value) : value;
      const count = document.createElement("span");
      count.className = "count";
      // The count is read after the value's name ("Kaja Kallas, checkbox, 19 results").
      count.id = `${box.id}-count`;
      box.setAttribute("aria-describedby", count.id);
      li.append(box, label, count);
      ul.append(li);
      items.set(value, { li, box, count });
    });
    fieldset.append(legend, ul);
    if (values.length > facet.top) {
      const more = document.createElement("button");
      more.type = "button";
      more.className = "facet-more";
      more.setAttribute("aria-expanded", "false");
      more.dataset.facet = facet.key;
      more.addEventListener("click", () => {
        if (expanded.has(facet.key)) expanded.delete(facet.key);
        else expanded.add(facet.key);
        more.setAttribute("aria-expanded", String(expanded.has(facet.key)));
        showCounts(lastCounts);
      });
      fieldset.append(more);
    }
    facetItems.set(facet.key, items);
    facetBox.append(fieldset);
  }
  facetPane.hidden = false;
  facetBox.addEventListener("change", () => void search());
}

let lastCounts: FilterCounts = {};

/** Updates counts and which values show: the chosen ones, the focused one, then the most frequent. */
function showCounts(counts: FilterCounts): void {
  lastCounts = counts;
  for (const facet of FACETS) {
    const items = facetItems.get(facet.key);
    if (!items) continue;
    const withHits = Array.from(items.keys()).filter((v) => (counts[facet.key]?.[v] ?? 0) > 0);
    // `items` is already in the facet's fixed order; otherwise the values with most results come first.
    if (!facet.order) withHits.sort((a, b) => counts[facet.key]![b]! - counts[facet.key]![a]!);
    const top = new Set(withHits.slice(0, expanded.has(facet.key) ? Infinity : facet.top));
    for (const [value, item] of items) {
      const n = counts[facet.key]?.[value] ?? 0;
      const unit = document.createElement("span");
      unit.className = "visually-hidden";
      unit.textContent = n === 1 ? " result" : " results";
      item.count.replaceChildren(String(n), unit);
      item.li.hidden = !(item.box.checked || document.activeElement === item.box || top.has(value));
    }
    const more = facetBox.querySelector<HTMLButtonElement>(`button[data-facet="${facet.key}"]`);
    if (more) {
      more.hidden = withHits.length <= facet.top;
      more.textContent = expanded.has(facet.key) ? `Show fewer ${facet.plural}` : `Show all ${withHits.length} ${facet.plural}`;
    }
    const fieldset = items.values().next().value?.li.closest("fieldset");
    if (fieldset) fieldset.hidden = withHits.length === 0 && chosen(facet.key).length === 0;
  }
  clearButton.hidden = FACETS.every((f) => chosen(f.key).length === 0);
}

function stateToUrl(): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const facet of FACETS) for (const v of chosen(facet.key)) params.append(facet.key, v);
  if (sortSelect.value !== "relevance") params.set("sort", sortSelect.value);
  const query = params.toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement("li");
  const kind = data.meta.kind ?? "Page";
  li.className = `result result-${kind.toLowerCase()}`;
  const meta = document.createElement("p");
  meta.className = "result-kind";
  meta.textContent = [kind, data.meta.speaker, formatDate(data.meta.date)].filter(Boolean).join(" · ");
  const heading = document.createElement("h3");
  heading.className = "result-title";
  const link = document.createElement("a");
  link.href = data.url;
  const withExcerpt = renderTitle(link, data);
  heading.append(link);
  li.append(meta, heading);
  if (withExcerpt) {
    const excerpt = document.createElement("p");
    excerpt.className = "result-excerpt";
    renderExcerpt(excerpt, data.excerpt);
    li.append(excerpt);
  }
  if (data.meta.article) {
    const context = document.createElement("p");
    context.className = "result-context";
    context.textContent = `In “${data.meta.article}”`;
    li.append(context);
  }
  return li;
}

async function showMore(moveFocus: boolean): Promise<void> {
  const mine = generation;
  const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (mine !== generation) return;
  const items = page.map(resultItem);
  list.append(...items);
  shown += page.length;
  moreButton.hidden = shown >= results.length;
  // "Show more" would otherwise leave focus on a button that may vanish: go to the first new result.
  if (moveFocus) items[0]?.querySelector("a")?.focus();
}

function describe(count: number, term: string): string {
  const filters = FACETS.reduce((n, f) => n + chosen(f.key).length, 0);
  const what = `${count === 0 ? "No" : count} ${count === 1 ? "result" : "results"}`;
  const forTerm = term ? ` for “${term}”` : "";
  const withFilters = filters ? ` with ${filters} ${filters === 1 ? "filter" : "filters"}` : "";
  return `${what}${forTerm}${withFilters}.`;
}

async function search(options: { debounce?: boolean } = {}): Promise<void> {
  const mine = ++generation;
  stateToUrl();
  const term = input.value.trim();
  const filters = filterQuery();
  const sort = sortSelect.value;
  document.title = term ? `Search: ${term} · Annotated News` : "Search · Annotated News";
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    results = [];
    moreButton.hidden = true;
    status.textContent = "Type words to search, or choose filters.";
    showCounts(totals);
    return;
  }
  status.textContent = "Searching…";
  const pagefind = await loadPagefind(base);
  // Without words there is no relevance: filter-only searches list the newest first.
  const order = sort === "oldest" ? "asc" : sort === "newest" || !term ? "desc" : undefined;
  const searchOptions: SearchOptions = { filters, ...(order ? { sort: { date: order } } : {}) };
  const response = options.debounce ? await pagefind.debouncedSearch(term || null, searchOptions, 250) : await pagefind.search(term || null, searchOptions);
  if (!response || mine !== generation) return;
  const counts: FilterCounts = { ...response.filters };
  // Counts of an any-of facet come from the search without that facet's own choice, so choosing a
  // second year shows what it would add rather than what both years share (nothing).
  await Promise.all(FACETS.filter((f) => f.mode === "any" && chosen(f.key).length > 0).map(async (f) => {
    const without = await pagefind.search(term || null, { ...searchOptions, filters: filterQuery(f.key) });
    if (without) counts[f.key] = without.filters[f.key] ?? {};
  }));
  if (mine !== generation) return;
  results = response.results;
  shown = 0;
  list.replaceChildren();
  showCounts(counts);
  await showMore(false);
  if (mine !== generation) return;
  status.textContent = describe(results.length, term) + (order && term ? " Articles and quotes only, by date." : "");
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const sort = params.get("sort");
  if (sort === "newest" || sort === "oldest") sortSelect.value = sort;
  status.textContent = "Loading search…";
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind(base);
    totals = await pagefind.filters();
  } catch (error) {
    status.textContent = "Search could not be loaded.";
    console.warn("search failed to load", error);
    return;
  }
  buildFacets(params);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search();
  });
  input.addEventListener("input", () => void search({ debounce: true }));
  sortSelect.addEventListener("change", () => void search());
  moreButton.addEventListener("click", () => void showMore(true));
  clearButton.addEventListener("click", () => {
    for (const items of facetItems.values()) for (const item of items.values()) item.box.checked = false;
    input.focus();
    void search();
  });
  if (!params.has("q")) input.focus();
  await search();
}

void start();
