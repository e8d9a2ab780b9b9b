/**
 * Cache keys for the paginated list pages (`/`, `/2/`, ...; `/quotes/`, `/quotes/2/`, ...), so Astro's
 * incremental build reuses a list page while what it shows is the same, as it does article and entity
 * pages (their keys come from the corpus stage). A page's key is a hash of everything its template is
 * given: the page object of Astro's `paginate()` (its items whole, its number, the number of pages and
 * the URLs of its neighbours) and its route parameters. The template's own code is Astro's part of the
 * key (a changed template renders every page again). After an edit to one article only the pages that
 * hold it, and those whose items moved, are rendered again (a new quote moves every later quote page's
 * items by one).
 */
import { createHash } from "node:crypto";
import type { Page } from "astro";

/** The paths of a paginated route with a `cacheKey` each (see above). */
export function withListPageKeys<T extends { params: Record<string, string | number | undefined>; props: { page: Page<unknown> } }>(paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: createHash("sha256").update(JSON.stringify([path.params, path.props.page])).digest("hex").slice(0, 32) }));
}
