/**
 * The plan of the search index's shards (src/integrations/pagefind-shards.ts): contiguous runs near the
 * target size, the same for the same input, and boundaries that an edit moves only near the edit (so a
 * rebuild after one changed article rebuilds one shard, not every shard after it).
 */
import { describe, expect, it } from "vitest";
import { planShards } from "../../src/integrations/pagefind-shards.ts";

interface Item {
  key: string;
  weight: number;
}

/** A site's pages in shard order: `articles` article pages (1 + 0..12 quotes each, seeded), then `entities` entity pages and some unindexed pages. */
function site(articles: number, entities: number): Item[] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const items: Item[] = [];
  for (let i = 0; i < articles; i++) items.push({ key: `/articles/a-${i}/`, weight: 1 + Math.floor(next() * 13) });
  for (let i = 0; i < entities; i++) items.push({ key: `/entities/e-${i}/`, weight: 1 }, ...(i % 500 === 0 ? [{ key: `/entities/e-${i}/rss/`, weight: 0 }] : []));
  return items;
}

const plan = (items: Item[], target: number) => planShards(items, (i) => i.key, (i) => i.weight, target);
const weightOf = (shard: Item[]) => shard.reduce((a, i) => a + i.weight, 0);
const keys = (shards: Item[][]) => shards.map((s) => s.map((i) => i.key).join(","));

describe("search shard plan", () => {
  it("keeps a site of at most the target in one shard, and splits a larger one into contiguous runs near the target", () => {
    const small = site(100, 200);
    expect(plan(small, 10_000)).toEqual([small]);
    const items = site(10_000, 8_000);
    const shards = plan(items, 10_000);
    expect(shards.flat()).toEqual(items);
    const total = weightOf(items);
    expect(shards.length).toBeGreaterThanOrEqual(Math.floor(total / 15_000));
    expect(shards.length).toBeLessThanOrEqual(Math.ceil(total / 7_000) + 1);
    for (const shard of shards) {
      expect(weightOf(shard)).toBeLessThanOrEqual(15_000);
      expect(shard[0]!.weight).toBeGreaterThan(0);
    }
    expect(keys(plan(site(10_000, 8_000), 10_000))).toEqual(keys(shards));
  });

  it("moves only the boundaries near an edit: an article with one more quote, an added article, a removed one", () => {
    const items = site(10_000, 8_000);
    const before = keys(plan(items, 10_000));
    const edits: Item[][] = [
      items.map((i, n) => (n === 3_000 ? { ...i, weight: i.weight + 1 } : i)),
      [...items.slice(0, 3_000), { key: "/articles/new/", weight: 5 }, ...items.slice(3_000)],
      items.filter((_, n) => n !== 3_000),
    ];
    edits.forEach((edited, n) => {
      const after = keys(plan(edited, 10_000));
      const changed = after.filter((s) => !before.includes(s));
      // The edited run (its pages, when one is added or removed), and at most the one after it when
      // the edit moved their boundary; a quote more changes no run's pages here.
      expect(changed.length).toBeGreaterThanOrEqual(n === 0 ? 0 : 1);
      expect(changed.length).toBeLessThanOrEqual(2);
      expect(after.length - changed.length).toBeGreaterThanOrEqual(before.length - 3);
    });
  });
});
