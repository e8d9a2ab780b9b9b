/**
 * A search index in shards, searched as one. The build writes a large site's index as several Pagefind
 * indexes (src/integrations/pagefind.ts: Pagefind's indexer holds a whole index in memory while it
 * writes it, so one index of a 10,000-article site needed about 5 GB), each with its own pagefind.js.
 * Each shard is loaded as a Pagefind of its own and every search asks all of them.
 *
 * Not Pagefind's `mergeIndex` (its multisite API): a merged search orders all results by their score,
 * also when a sort was asked for (pagefind.js 1.6: `results.sort((a, b) => b.score - a.score)`), so a
 * search by date came back in relevance order. Here the shards hold contiguous date ranges, oldest
 * first (the build assigns articles by date, each article's quote records with it), so results by date
 * are each shard's own sorted results, shard after shard; results by relevance are ordered by score,
 * as `mergeIndex` does. Filter counts add up across shards (a page is in one shard only).
 *
 * No DOM here: the tests merge shards with this same code in Node (tests/helpers/search-index.ts).
 */

/** The part of a Pagefind search response that the merge reads and returns. */
export interface ShardResponse<R extends { score: number }> {
  results: R[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API (pagefind/pagefind.js) a shard offers and the merge offers in turn. */
export interface ShardApi<R extends { score: number }> {
  search(term: string | null, options?: { sort?: Record<string, "asc" | "desc"> } & Record<string, unknown>): Promise<ShardResponse<R> | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}

/** filter -> value -> count, added up. */
export function addCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/**
 * One search API over `shards`, given oldest first. `debouncedSearch` waits `timeoutMs` and answers
 * null when a newer call came meanwhile, as Pagefind's own does.
 */
export function mergeShards<R extends { score: number }>(shards: ShardApi<R>[]): ShardApi<R> & { debouncedSearch(term: string | null, options?: Record<string, unknown>, timeoutMs?: number): Promise<ShardResponse<R> | null> } {
  let latest = 0;
  const search = async (term: string | null, options: { sort?: Record<string, "asc" | "desc"> } & Record<string, unknown> = {}): Promise<ShardResponse<R> | null> => {
    const responses = await Promise.all(shards.map((shard) => shard.search(term, options)));
    const answered = responses.filter((r): r is ShardResponse<R> => r !== null);
    // Pagefind sorts by one key: its direction decides the order of the shards.
    const direction = Object.values(options.sort ?? {})[0];
    const results = direction
      ? (direction === "desc" ? [...answered].reverse() : answered).flatMap((r) => r.results)
      : answered.flatMap((r) => r.results).sort((a, b) => b.score - a.score);
    return {
      results,
      unfilteredResultCount: answered.reduce((n, r) => n + r.unfilteredResultCount, 0),
      filters: addCounts(answered.map((r) => r.filters)),
      totalFilters: addCounts(answered.map((r) => r.totalFilters)),
    };
  };
  return {
    search,
    async debouncedSearch(term, options = {}, timeoutMs = 300) {
      const mine = ++latest;
      if (term) void Promise.all(shards.map((shard) => shard.preload(term, options))).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, timeoutMs));
      if (mine !== latest) return null;
      const response = await search(term, options);
      return mine === latest ? response : null;
    },
    async filters() {
      return addCounts(await Promise.all(shards.map((shard) => shard.filters())));
    },
    async preload(term, options) {
      await Promise.all(shards.map((shard) => shard.preload(term, options)));
    },
  };
}
