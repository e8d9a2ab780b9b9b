/**
 * The search index in shards (src/integrations/pagefind.ts: Pagefind's indexer holds a whole index in
 * memory while writing it, so a large site's index is written as several). The sample site is built
 * with shards forced small (SEARCH_SHARD_PAGES), searched with the shards merged by the search UI's own
 * code (tests/helpers/search-index.ts), and compared with the same site in one index: every shard's
 * pages are found, filters combine across shards, dates sort across shards, and two builds shard the
 * same way, byte for byte.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, removeSite, type BuiltSite } from "../helpers/site.ts";
import { searchIndex, type SearchQuery } from "../helpers/search-index.ts";

/** Pages and quote records per shard, small enough that the sample site needs several shards. */
const SHARD_ITEMS = "60";

async function buildSharded(name: string): Promise<BuiltSite> {
  process.env.SEARCH_SHARD_PAGES = SHARD_ITEMS;
  try {
    return await buildSite({ name });
  } finally {
    delete process.env.SEARCH_SHARD_PAGES;
  }
}

/** The index folders of a built site: `pagefind/` and the shards its manifest lists. */
function shardFolders(out: string): string[] {
  return ["pagefind/", ...(JSON.parse(readFileSync(join(out, "pagefind", "shards.json"), "utf8")) as string[])];
}

/** The pages and records (url, title, date) of one shard, read from its fragments. */
function shardEntries(out: string, folder: string): { url: string; title: string; date?: string }[] {
  const dir = join(out, folder, "fragment");
  return readdirSync(dir).sort().map((name) => {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; meta: Record<string, string>; sort?: Record<string, string> };
    return { url: fragment.url, title: fragment.meta.title ?? "", date: fragment.sort?.date ?? fragment.meta.date };
  });
}

function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[path.slice(dir.length + 1)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return hashes;
}

describe("search index in shards", () => {
  let sharded: BuiltSite;
  let again: BuiltSite;
  let whole: BuiltSite;
  beforeAll(async () => {
    // One after another: each build uses both cores.
    sharded = await buildSharded("shards");
    again = await buildSharded("shards-again");
    whole = await buildSite({ name: "shards-whole" });
  });
  afterAll(() => {
    for (const site of [sharded, again, whole]) removeSite(site);
  });

  it("writes several shards, each a Pagefind bundle, listed in pagefind/shards.json; the sample site alone has one", () => {
    const folders = shardFolders(sharded.out);
    expect(folders.length).toBeGreaterThanOrEqual(3);
    expect(folders).toEqual(folders.map((_, i) => (i === 0 ? "pagefind/" : `pagefind-${i + 1}/`)));
    for (const folder of folders) {
      expect(existsSync(join(sharded.out, folder, "pagefind.js")), folder).toBe(true);
      expect(shardEntries(sharded.out, folder).length, folder).toBeGreaterThan(0);
    }
    expect(sharded.stdout).toMatch(new RegExp(`build: pagefind indexed \\d+ pages and \\d+ quotes in .*, index \\d+ bytes in ${folders.length} shards`));
    expect(shardFolders(whole.out)).toEqual(["pagefind/"]);
    expect(existsSync(join(whole.out, "pagefind-2"))).toBe(false);
    expect(whole.stdout).toMatch(/index \d+ bytes in 1 shard$/m);
  });

  it("indexes every page and record once: the shards together hold what the one index holds", () => {
    const inShards = shardFolders(sharded.out).flatMap((folder) => shardEntries(sharded.out, folder).map((e) => e.url));
    const inWhole = shardEntries(whole.out, "pagefind/").map((e) => e.url);
    expect(new Set(inShards).size).toBe(inShards.length);
    expect([...inShards].sort()).toEqual([...inWhole].sort());
  });

  it("holds contiguous date ranges, oldest first, each article's quotes in its article's shard", () => {
    const ranges = shardFolders(sharded.out).map((folder) => {
      const dates = shardEntries(sharded.out, folder).flatMap((e) => (e.date ? [e.date] : [])).sort();
      return { folder, first: dates[0], last: dates.at(-1) };
    });
    const dated = ranges.filter((r) => r.first !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < dated.length; i++) expect(dated[i]!.first! >= dated[i - 1]!.last!, JSON.stringify(dated)).toBe(true);
    for (const folder of shardFolders(sharded.out)) {
      const entries = shardEntries(sharded.out, folder);
      const pages = new Set(entries.map((e) => e.url));
      for (const e of entries) if (e.url.includes("#q-")) expect(pages.has(e.url.replace(/#q-\d+$/, "")), e.url).toBe(true);
    }
  });

  it("finds a page of every shard by its title", async () => {
    const wanted = shardFolders(sharded.out).map((folder) => shardEntries(sharded.out, folder).find((e) => !e.url.includes("#") && e.title)!);
    const answers = await searchIndex(sharded.out, "/", wanted.map((e) => ({ term: e.title })));
    wanted.forEach((e, i) => expect(answers[i]!.hits.map((h) => h.url), e.title).toContain(e.url));
  });

  it("answers as the one index does: the same results, filter counts that add up, filters that combine", async () => {
    const queries: SearchQuery[] = [
      { term: "said" },
      { term: "Kallas" },
      { term: "said", filters: { person: "Donald Trump" } },
      { term: "said", filters: { person: "Donald Trump", year: "2025" } },
      { term: null, filters: { person: { all: ["Donald Trump", "David Lammy"] } } },
      { term: null, filters: { year: { any: ["2025", "2017", "2011", "2006"] }, kind: "Quote" } },
    ];
    const fromShards = await searchIndex(sharded.out, "/", queries, 500);
    const fromWhole = await searchIndex(whole.out, "/", queries, 500);
    queries.forEach((q, i) => {
      expect(fromShards[i]!.count, JSON.stringify(q)).toBe(fromWhole[i]!.count);
      expect(fromShards[i]!.hits.map((h) => h.url).sort(), JSON.stringify(q)).toEqual(fromWhole[i]!.hits.map((h) => h.url).sort());
      expect(fromShards[i]!.filters, JSON.stringify(q)).toEqual(fromWhole[i]!.filters);
    });
    // An entity's page still comes first for its name, whichever shard holds it.
    expect(fromShards[1]!.hits[0]?.url).toBe("/entities/kaja-kallas/");
    const [said, person, personYear, two, years] = [fromShards[0]!, fromShards[2]!, fromShards[3]!, fromShards[4]!, fromShards[5]!];
    expect(person.count).toBeGreaterThan(0);
    expect(person.count).toBeLessThan(said.count);
    expect(personYear.count).toBeGreaterThan(0);
    expect(personYear.count).toBeLessThan(person.count);
    for (const h of personYear.hits) expect(h.filters.year).toEqual(["2025"]);
    for (const h of two.hits) expect(h.filters.person).toEqual(expect.arrayContaining(["Donald Trump", "David Lammy"]));
    // The results of these come from more than one shard.
    const shardOf = new Map(shardFolders(sharded.out).flatMap((folder) => shardEntries(sharded.out, folder).map((e) => [e.url, folder] as const)));
    for (const answer of [said, years]) expect(new Set(answer.hits.map((h) => shardOf.get(h.url))).size).toBeGreaterThan(1);
  });

  it("sorts by date across shards, newest and oldest first", async () => {
    const queries: SearchQuery[] = [
      { term: "said", sort: { date: "desc" } },
      { term: "said", sort: { date: "asc" } },
      { term: null, filters: { kind: { any: ["Article", "Quote"] } }, sort: { date: "desc" } },
    ];
    const answers = await searchIndex(sharded.out, "/", queries, 500);
    const whole_ = await searchIndex(whole.out, "/", queries, 500);
    answers.forEach((answer, i) => {
      const dates = answer.hits.map((h) => h.meta.date!);
      expect(dates.length).toBeGreaterThan(5);
      const sorted = [...dates].sort();
      expect(dates, JSON.stringify(queries[i])).toEqual(queries[i]!.sort!.date === "desc" ? sorted.reverse() : sorted);
      expect(dates).toEqual(whole_[i]!.hits.map((h) => h.meta.date!));
    });
  });

  it("is byte-identical when built twice", () => {
    for (const folder of shardFolders(sharded.out)) {
      expect(hashFolder(join(again.out, folder)), folder).toEqual(hashFolder(join(sharded.out, folder)));
    }
    expect(shardFolders(again.out)).toEqual(shardFolders(sharded.out));
  });
});
