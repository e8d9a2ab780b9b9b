/**
 * Builds the sample site (a copy of content/) once at the root and once under BASE_PATH=/news/, and
 * checks the pages: the seed article links its people to entity pages that exist, quotes are listed,
 * Pagefind's index is there, and no internal link is broken or escapes the base path.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenInternalLinks, buildSite, readPage, removeSite, urlsOf, type BuiltSite } from "../helpers/site.ts";
import { seedSlug } from "../helpers/sample.ts";


/** An article whose Markdown tries every way into the page's HTML. */
const HOSTILE = [
  "---",
  "title: Hostile article",
  "date: 2020-01-01",
  "slug: hostile-article",
  "sourceUrl: https://en.wikinews.org/wiki/Hostile",
  "license: CC BY 2.5",
  "credit: Wikinews contributors",
  "---",
  "",
  "<script>alert(1)</script>",
  "",
  "David Lammy said <img src=x onerror=alert(2)> hello <iframe src=\"https://evil.example/\"></iframe>.",
  "",
  "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">raw</a>",
  "",
  ":::figure{credit=\"<b onmouseover=alert(6)>x</b>\"}",
  "Caption <svg onload=alert(7)>",
  ":::",
  "",
].join("\n");

describe("site build", () => {
  let site: BuiltSite;
  let slug: string;
  beforeAll(async () => {
    slug = seedSlug();
    site = await buildSite({ name: "root", extraArticles: { "hostile.md": HOSTILE } });
  });
  afterAll(() => removeSite(site));

  it("reports no error for the sample content", () => {
    expect(site.stderr.split("\n").filter((l) => l.startsWith("error:"))).toEqual([]);
  });

  it("links the seed article's people to their entity pages, which exist", () => {
    const html = readPage(site, `articles/${slug}/`);
    for (const [name, id] of [["David Lammy", "david-lammy"], ["Kaja Kallas", "kaja-kallas"], ["Radoslaw Sikorski", "radoslaw-sikorski"]] as const) {
      const body = html.slice(html.indexOf('<div class="article-body">'));
      expect(body, name).toMatch(new RegExp(`<a href="/entities/${id}/"[^>]*class="entity entity-person"[^>]*>[^<]+</a>`));
      const entityPage = readPage(site, `entities/${id}/`);
      // The heading may carry attributes (Pagefind weights).
      expect(entityPage).toMatch(new RegExp(`<h1[^>]*>${name}</h1>`));
      // The entity page links back to the mention in the article.
      expect(entityPage).toMatch(new RegExp(`href="/articles/${slug}/#m-\\d+"`));
    }
  });

  it("marks quotes and describes the article with JSON-LD", () => {
    const html = readPage(site, `articles/${slug}/`);
    expect(html).toMatch(/<q id="q-0" class="quote"/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.mentions.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(["David Lammy", "Kaja Kallas"]));
    expect(ld.hasPart[0]["@type"]).toBe("Quotation");
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('data-pagefind-filter="person">David Lammy<');
    expect(html).toContain('data-pagefind-sort="date"');
  });

  it("lists quotes on the quotes page, with links to their place in the article", () => {
    const html = readPage(site, "quotes/");
    const items = html.match(/<li><blockquote>/g) ?? [];
    expect(items.length).toBeGreaterThan(3);
    expect(html).toMatch(new RegExp(`href="/articles/${slug}/#q-\\d+"`));
  });

  it("has an entity index, a home page listing articles and a 404 page", () => {
    expect(readPage(site, "entities/")).toContain('href="/entities/david-lammy/"');
    expect(readPage(site, "")).toContain(`href="/articles/${slug}/"`);
    expect(existsSync(join(site.out, "404.html"))).toBe(true);
  });

  it("writes the Pagefind index", () => {
    expect(existsSync(join(site.out, "pagefind", "pagefind.js"))).toBe(true);
    expect(existsSync(join(site.out, "pagefind", "pagefind-ui.js"))).toBe(true);
    expect(readdirSync(join(site.out, "pagefind", "fragment")).length).toBeGreaterThan(0);
  });

  it("indexes the article with its filters and date, and without the hidden filter text", () => {
    const dir = join(site.out, "pagefind", "fragment");
    // Fragments are gzipped JSON behind a "pagefind_dcd" signature.
    const fragments = readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> });
    const article = fragments.find((f) => f.url === `/articles/${slug}/`)!;
    expect(article.filters.person).toEqual(expect.arrayContaining(["David Lammy", "Kaja Kallas", "Radoslaw Sikorski"]));
    expect(article.filters.year).toEqual(["2025"]);
    expect(article.meta.date).toBe("2025-05-12");
    expect(article.content).not.toMatch(/Kaja KallasRadoslaw|David LammyKaja/);
    expect(fragments.some((f) => f.url === "/entities/david-lammy/")).toBe(true);
  });

  it("never lets a hostile Markdown source put script into its page", () => {
    const html = readPage(site, "articles/hostile-article/");
    const body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf("</article>"));
    expect(body).toContain("hello");
    expect(body).not.toMatch(/<script|<iframe|<svg|<img|javascript:/i);
    for (const tag of body.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son\w+=/i);
  });

  it("has no broken internal link or anchor", () => {
    expect(brokenInternalLinks(site)).toEqual([]);
  });
});

describe("site build under BASE_PATH=/news/", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ base: "/news/", name: "base" });
  });
  afterAll(() => removeSite(site));

  it("starts every internal href and src with /news/, and every one resolves", () => {
    expect(brokenInternalLinks(site)).toEqual([]);
    const html = readPage(site, `articles/${seedSlug()}/`);
    const internal = urlsOf(html).filter((u) => u.startsWith("/"));
    expect(internal.length).toBeGreaterThan(10);
    for (const u of internal) expect(u.startsWith("/news/")).toBe(true);
  });
});
