/**
 * The Pagefind index of the sample site built at the root, searched with Pagefind's own bundle in Node
 * (tests/helpers/search-index.ts): entity pages first for a name or alias, quotes as records of their
 * own, filters that combine, and an index that follows the content when an article is added and the
 * site rebuilt.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, readPage, rebuildSite, removeSite, type BuiltSite } from "../helpers/site.ts";
import { searchIndex } from "../helpers/search-index.ts";
import { seedSlug } from "../helpers/sample.ts";

const ADDED = [
  "---",
  "title: Northfield opens its zephyrometer",
  "date: 2026-03-04",
  "slug: northfield-opens-its-zephyrometer",
  "sourceUrl: https://en.wikinews.org/wiki/Northfield_zephyrometer",
  "license: CC BY 2.5",
  "credit: Wikinews contributors",
  "---",
  "",
  "The town of Northfield on Wednesday opened its new zephyrometer, a tower that measures the wind.",
  "",
  "\u201cThe zephyrometer will tell farmers when the storms come,\u201d said Ottoline Quargleby, the mayor of Northfield.",
  "",
].join("\n");

describe("search index of the sample site", () => {
  let site: BuiltSite;
  const slug = seedSlug();
  beforeAll(async () => {
    site = await buildSite({ name: "search" });
  });
  afterAll(() => removeSite(site));

  it("logs Pagefind's indexing time and index size", () => {
    expect(site.stdout).toMatch(/build: pagefind indexed \d+ pages and \d+ quotes in [\d.]+s \(pages [\d.]+s, quotes [\d.]+s, writing [\d.]+s\), index \d+ bytes/);
  });

  it("ranks an entity's page above the articles for its name or alias", async () => {
    const cases = [["Kallas", "kaja-kallas"], ["EU", "european-union"], ["Sikorski", "radoslaw-sikorski"], ["Lammy", "david-lammy"]] as const;
    const answers = await searchIndex(site.out, "/", cases.map(([term]) => ({ term })));
    cases.forEach(([term, id], i) => {
      expect(answers[i]!.hits[0]?.url, term).toBe(`/entities/${id}/`);
      // The articles are found too, below the entity.
      expect(answers[i]!.hits.some((h) => h.meta.kind === "Article"), term).toBe(true);
    });
  });

  it("indexes each speech quote as a record: its words find it, it names the speaker and links to the quote", async () => {
    const [answer] = await searchIndex(site.out, "/", [{ term: "talks under fire" }]);
    const quote = answer!.hits.find((h) => h.meta.kind === "Quote" && h.meta.speaker === "Kaja Kallas");
    expect(quote, JSON.stringify(answer!.hits.map((h) => h.url))).toBeDefined();
    const id = new RegExp(`^/articles/${slug}/#(q-\\d+)$`).exec(quote!.url)?.[1];
    expect(id, quote!.url).toBeDefined();
    expect(readPage(site, `articles/${slug}/`)).toContain(` id="${id}"`);
    expect(quote!.filters.speaker).toEqual(["Kaja Kallas"]);
    expect(quote!.filters.year).toEqual(["2025"]);
    expect(quote!.filters.month).toEqual(["2025-05"]);
    expect(quote!.filters.person).toEqual(expect.arrayContaining(["Kaja Kallas", "David Lammy"]));
    expect(quote!.meta.article).toContain("Russia must show");
  });

  it("narrows results as filters combine; several values of one filter must all hold", async () => {
    const [said, person, personYear, articlesOnly, two] = await searchIndex(site.out, "/", [
      { term: "said" },
      { term: "said", filters: { person: "Donald Trump" } },
      { term: "said", filters: { person: "Donald Trump", year: "2025" } },
      { term: "said", filters: { person: "Donald Trump", year: "2025", kind: "Article" } },
      { term: null, filters: { person: { all: ["Donald Trump", "David Lammy"] } } },
    ]);
    expect(person!.count).toBeGreaterThan(0);
    expect(person!.count).toBeLessThan(said!.count);
    expect(personYear!.count).toBeGreaterThan(0);
    expect(personYear!.count).toBeLessThan(person!.count);
    for (const h of personYear!.hits) {
      expect(h.filters.person).toContain("Donald Trump");
      expect(h.filters.year).toEqual(["2025"]);
    }
    expect(articlesOnly!.hits.map((h) => h.url)).toEqual([`/articles/${slug}/`]);
    expect(two!.count).toBeGreaterThan(0);
    for (const h of two!.hits) expect(h.filters.person).toEqual(expect.arrayContaining(["Donald Trump", "David Lammy"]));
  });

  it("sorts articles and quotes by date", async () => {
    const [answer] = await searchIndex(site.out, "/", [{ term: "said", sort: { date: "desc" } }]);
    const dates = answer!.hits.map((h) => h.meta.date!);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("follows the content when the site is rebuilt: an added article is found, a removed one is gone", async () => {
    const removed = "lantern-festival-in-taipei-lights-up-the-night";
    const [before, taipeiBefore] = await searchIndex(site.out, "/", [{ term: "zephyrometer" }, { term: "Taipei" }]);
    expect(before!.count).toBe(0);
    expect(taipeiBefore!.hits.map((h) => h.url)).toContain(`/articles/${removed}/`);
    writeFileSync(join(site.root, "content", "articles", "northfield-opens-its-zephyrometer.md"), ADDED);
    // Removing an article means removing its source too (ingest would write the article again).
    const removedFile = join(site.root, "content", "articles", `${removed}.md`);
    const source = /^source: (.+)$/m.exec(readFileSync(removedFile, "utf8"))?.[1]?.trim();
    if (source) rmSync(join(site.root, source));
    rmSync(removedFile);
    const stdout = await rebuildSite(site);
    expect(stdout).toMatch(/build: pagefind indexed/);
    const [after, year] = await searchIndex(site.out, "/", [{ term: "zephyrometer" }, { term: null, filters: { year: "2026" } }]);
    const urls = after!.hits.map((h) => h.url);
    expect(urls).toContain("/articles/northfield-opens-its-zephyrometer/");
    expect(urls.some((u) => u.startsWith("/articles/northfield-opens-its-zephyrometer/#q-"))).toBe(true);
    expect(year!.hits.map((h) => h.url)).toContain("/articles/northfield-opens-its-zephyrometer/");
    // The articles already there are still found; the removed one is not, nor are its quotes.
    const [old, taipei] = await searchIndex(site.out, "/", [{ term: "Sikorski" }, { term: "Taipei" }]);
    expect(old!.hits.map((h) => h.url)).toContain(`/articles/${slug}/`);
    expect(taipei!.hits.filter((h) => h.url.startsWith(`/articles/${removed}/`))).toEqual([]);
  });
});
