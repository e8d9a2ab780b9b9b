/**
 * How the search index is split into shards: several Pagefind indexes, each into a folder of its own
 * (`pagefind/`, `pagefind-2/`, `pagefind-3/`, ...), which the browser searches as one
 * (src/scripts/pagefind-shards.ts). Why: Pagefind's indexer holds the whole index in memory while it
 * writes it (about 0.5 GB per 1,000 articles, 4.8 GB at 10,000), and an indexer that is closed when its
 * shard is written frees all of it, so the peak is that of the shards being built at the same time (one
 * by default, see `indexConcurrency()` in src/integrations/pagefind.ts), not the whole index's. A small site has one shard:
 * `pagefind/` alone, as before shards existed (and `pagefind/shards.json`, an empty list).
 *
 * Shard boundaries depend only on the pages near them (see `planShards`), so a change to one article
 * changes the input of its own shard, not of every shard after it: the build then rebuilds that shard
 * alone (src/integrations/pagefind-cache.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Pages and quote records per shard asked for by default (runs average 90% of it: about 700 articles'
 * worth; a 10,000-article site has about 72,000). Smaller shards make a rebuild after one changed
 * article cheaper (it rebuilds that article's shard and the shard of each entity page whose text
 * changed: measured at 2,000 articles, 5.1 s for the search stage against 13 s with shards twice this
 * size) and lower the indexer's peak; the cost is one more `pagefind.js`, worker and WebAssembly file for
 * the browser to fetch per shard (about 85 kB over the wire).
 */
export const DEFAULT_SHARD_ITEMS = 5_000;

/** The manifest in the first shard's folder: the other shards' folders in date order, relative to the site's base (`["pagefind-2/"]`). */
export const SHARDS_MANIFEST = "shards.json";

/** Folder of shard `i` (from 0) inside the output folder: `pagefind`, then `pagefind-2`, `pagefind-3`, ... */
export function shardFolder(subdir: string, i: number): string {
  return i === 0 ? subdir : `${subdir}-${i + 1}`;
}

/** Items per shard: SEARCH_SHARD_PAGES when set (tests force small shards with it), else the default. */
export function shardItems(): number {
  const forced = Number(process.env.SEARCH_SHARD_PAGES);
  return Number.isInteger(forced) && forced > 0 ? forced : DEFAULT_SHARD_ITEMS;
}

/** A number in [0, 1) drawn from `key` alone, the same in every build. */
function unit(key: string): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Splits the items (in shard order) into contiguous runs of about `target` weight (`weight`: what an
 * item brings to the index, 0 for a page that is not indexed). A site of at most `target` is one shard.
 *
 * Boundaries are content-defined, as in content-defined chunking: once a run holds 70% of `target`, it
 * ends after an item with a probability of its weight / (20% of `target`), decided by a hash of the
 * item's `key` (its URL), so runs average 90% of `target`; a run never grows past 150% (ended before
 * the item that would make it, about 2% of runs). Why not runs of equal weight: those move every
 * boundary after an added quote or article, so every later shard's input (and index) changed; here a
 * boundary depends on the items just before it, and an edit moves at most the boundaries of its own run
 * (and, rarely, of the next). Deterministic: the same items give the same shards (reproducible output).
 * An item of weight 0 goes with the item before it, so every shard holds something to search (an empty
 * index would be a shard the browser loads for nothing); a last run under a quarter of `target` joins
 * the one before it when that keeps it under the maximum (a shard is one more download for the browser).
 */
export function planShards<T>(items: T[], key: (item: T) => string, weight: (item: T) => number, target: number): T[][] {
  const weights = items.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= target) return [items];
  const min = 0.7 * target;
  const max = 1.5 * target;
  const spread = 0.2 * target;
  const shards: { items: T[]; weight: number }[] = [{ items: [], weight: 0 }];
  let endHere = false;
  items.forEach((item, i) => {
    const w = weights[i]!;
    let shard = shards.at(-1)!;
    if (w > 0 && shard.weight > 0 && (endHere || shard.weight + w > max)) shards.push((shard = { items: [], weight: 0 }));
    shard.items.push(item);
    shard.weight += w;
    if (w > 0) endHere = shard.weight >= min && unit(key(item)) < w / spread;
  });
  const last = shards.at(-1)!;
  const before = shards.at(-2);
  if (before && last.weight < target / 4 && before.weight + last.weight <= max) {
    before.items.push(...last.items);
    shards.pop();
  }
  return shards.map((s) => s.items);
}

/** Folders of an earlier build's shards beyond `count` (`pagefind-4/` when this build has 3): deleted. */
export function removeExtraShards(site: string, subdir: string, count: number): void {
  const pattern = new RegExp(`^${subdir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`);
  for (const name of readdirSync(site)) {
    const n = Number(pattern.exec(name)?.[1]);
    if (n > count) rmSync(join(site, name), { recursive: true, force: true });
  }
}
