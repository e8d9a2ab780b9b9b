/**
 * The published pages against issue 5, on one build of the sample site under BASE_PATH=/news/ with
 * SITE_URL=https://news.example.org: the article's legend, cards data, side panel and JSON-LD; the W3C
 * Web Annotation export; entity pages (timeline, feed); the two entity orders; quotes by speaker; feeds
 * and sitemap with absolute URLs under SITE_URL + BASE_PATH; no broken internal link; page weights.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusAnnotations } from "../../src/plugins/corpus-lookup.ts";
import { brokenInternalLinks, buildSite, readPage, removeSite, type BuiltSite } from "../helpers/site.ts";
import { seedSlug } from "../helpers/sample.ts";

const BASE = "/news/";
const ORIGIN = "https://news.example.org";
const PREFIX = `${ORIGIN}${BASE}`;


/** The JSON-LD blocks of a page, parsed. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

/** Text of every element with this tag name in an XML document (feeds, sitemaps). */
function xmlTexts(xml: string, tag: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.querySelectorAll(tag)).map((el) => (el as unknown as { textContent: string }).textContent.trim());
}

describe("published pages (issue 5)", () => {
  let site: BuiltSite;
  let slug: string;
  let article: string;
  beforeAll(async () => {
    slug = seedSlug();
    site = await buildSite({ base: BASE, name: "pages" });
    article = readPage(site, `articles/${slug}/`);
  });
  afterAll(() => removeSite(site));

  it("builds without error and with no broken internal link under /news/", () => {
    expect(site.stderr.split("\n").filter((l) => l.startsWith("error:"))).toEqual([]);
    expect(brokenInternalLinks(site)).toEqual([]);
  });

  it("article: legend, typed entity links, quotes with speakers, figures", () => {
    expect(article).toMatch(/<p class="legend"[^>]*>/);
    for (const type of ["person", "organization", "place"]) expect(article).toContain(`legend-item entity-sample entity-${type}`);
    expect(article).toMatch(/<a href="\/news\/entities\/david-lammy\/"[^>]*class="entity entity-person"/);
    expect(article).toMatch(/<q id="q-\d+" class="quote"[^>]*data-speaker="[^"]+"/);
    const fanExpo = readPage(site, "articles/pop-culture-celebrated-at-fan-expo-canada-2016-in-toronto/");
    expect(fanExpo).toMatch(/<figure class="figure"><figcaption>[^]*?<span class="credit">Image: Nick Moreau<\/span><\/figcaption><\/figure>/);
  });

  it("article: card data for every entity linked in the text, and only a lazy card script", () => {
    const island = /<script type="application\/json" id="entity-cards">(.*?)<\/script>/s.exec(article);
    expect(island).not.toBeNull();
    const cards = JSON.parse(island![1]!) as Record<string, { n: string; t: string; d?: string; c: number; m: number; a: number }>;
    expect(cards["david-lammy"]).toMatchObject({ n: "David Lammy", t: "Person" });
    expect(cards["david-lammy"]!.d).toMatch(/Foreign Secretary/);
    expect(cards["david-lammy"]!.c).toBeGreaterThan(0);
    const linked = new Set([...article.matchAll(/data-entity-id="([^"]+)"/g)].map((m) => m[1]!));
    for (const id of linked) expect(cards[id], id).toBeDefined();
    // Scripts are deferred modules only; the card loader imports the card code on demand (a chunk of its own).
    const external = [...article.matchAll(/<script\b([^>]*)\ssrc="\/news\/([^"]+)"/g)].map((m) => ({ attrs: m[1]!, src: m[2]! }));
    for (const s of external) expect(s.attrs).toContain('type="module"');
    const loaders = external.filter((s) => /import\(`\.\/entity-card\.[\w-]+\.js`\)/.test(readFileSync(join(site.out, s.src), "utf8")));
    expect(loaders).toHaveLength(1);
  });

  it("article: side panel with people, organisations, places, quotes by speaker, source and licence", () => {
    const panel = article.slice(article.indexOf('<aside class="article-panel"'), article.indexOf("</aside>"));
    for (const heading of ["People", "Organisations", "Places", "Quotes", "Reuse"]) expect(panel).toContain(`>${heading}</h2>`);
    expect(panel).toMatch(/David Lammy<\/a><span class="count"> \(\d+/);
    expect(panel).toMatch(/<div class="speaker-group"><h3><a href="\/news\/entities\/[^"]+\/">/);
    // A Wikinews article names its source, licence and credit in the panel.
    const wikinews = readPage(site, "articles/lantern-festival-in-taipei-lights-up-the-night/");
    const credits = wikinews.slice(wikinews.indexOf('<aside class="article-panel"'), wikinews.indexOf("</aside>"));
    expect(credits).toContain(">Source and licence</h2>");
    expect(credits).toMatch(/<p>Licence: <a href="https:\/\/creativecommons\.org\/licenses\/by\/2\.5\/" rel="license">/);
    expect(credits).toMatch(/<p>Credit: [^<]+<\/p>/);
    expect(panel).toContain(`href="/news/articles/${slug}/annotations.jsonld"`);
  });

  it("article: NewsArticle JSON-LD with typed mentions, Wikidata sameAs and quotations with creators", () => {
    const [ld] = jsonLdOf(article) as [{ "@type": string; url: string; mentions: { "@type": string; name: string; url: string; sameAs?: string }[]; hasPart: { "@type": string; creator?: { "@type": string; name: string } }[] }];
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.url).toBe(`${PREFIX}articles/${slug}/`);
    expect(new Set(ld.mentions.map((m) => m["@type"]))).toEqual(new Set(["Person", "Organization", "Place"]));
    for (const m of ld.mentions) expect(m.url.startsWith(`${PREFIX}entities/`)).toBe(true);
    expect(ld.mentions.some((m) => m.sameAs?.startsWith("https://www.wikidata.org/wiki/Q"))).toBe(true);
    expect(ld.hasPart.every((q) => q["@type"] === "Quotation")).toBe(true);
    expect(ld.hasPart.some((q) => q.creator?.["@type"] === "Person" && q.creator.name.length > 0)).toBe(true);
  });

  it("exports the article's annotations as a W3C Web Annotation collection whose selectors match the text", () => {
    expect(article).toContain(`<link rel="alternate" type="application/ld+json" title="Annotations (W3C Web Annotation)" href="/news/articles/${slug}/annotations.jsonld">`);
    const collection = JSON.parse(readFileSync(join(site.out, "articles", slug, "annotations.jsonld"), "utf8"));
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe(`${PREFIX}articles/${slug}/annotations.jsonld`);
    const items = collection.first.items as { type: string; motivation: string; body: { type: string; source?: string; purpose: string; value?: string }[]; target: { source: string; selector: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }[];
    expect(collection.total).toBe(items.length);
    expect(collection.first.type).toBe("AnnotationPage");
    // The text the offsets count in, read the way the renderer and the export read it.
    const codePoints = [...corpusAnnotations(join(site.root, ".cache", "corpus.json")).get(slug)!.text];
    for (const item of items) {
      expect(item.type).toBe("Annotation");
      expect(item.target.source).toBe(`${PREFIX}articles/${slug}/`);
      const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector")!;
      const position = item.target.selector.find((s) => s.type === "TextPositionSelector")!;
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(codePoints.slice(position.start! - [...quote.prefix!].length, position.start).join("")).toBe(quote.prefix);
      const entity = item.body.find((b) => b.type === "SpecificResource" && b.source!.startsWith(PREFIX))!;
      expect(entity.purpose).toBe("identifying");
      expect(statSync(join(site.out, entity.source!.slice(PREFIX.length), "index.html")).isFile()).toBe(true);
    }
    const mentions = items.filter((i) => i.body.some((b) => b.purpose === "classifying"));
    const quotes = items.filter((i) => i.body.some((b) => b.purpose === "describing"));
    expect(mentions.length).toBeGreaterThan(20);
    expect(quotes.length).toBeGreaterThan(2);
    expect(mentions.find((m) => m.body[0]!.source === `${PREFIX}entities/david-lammy/`)!.target.selector[0]!.exact).toMatch(/Lammy/);
  });

  it("entity page: facts, timeline, mentions grouped by article, quotes, companions and a feed", () => {
    const html = readPage(site, "entities/david-lammy/");
    expect(html).toMatch(/<h1[^>]*>David Lammy<\/h1>/);
    expect(html).toContain("<dt>Roles</dt>");
    expect(html).toMatch(/<figure class="timeline"><figcaption>Mentions by (?:year|month, \d{4}(?:–\d{4})?)<\/figcaption>/);
    expect(html).toMatch(/<span class="visually-hidden"><time datetime="[\d-]+">[^<]+<\/time>: \d+ mentions?<\/span>/);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Articles mentioning David Lammy" href="/news/entities/david-lammy/rss.xml">');
    expect(html).toMatch(/<section class="context-group"[^>]*><h3><a href="\/news\/articles\//);
    expect(html).toContain("<h2>Often mentioned with</h2>");
    const feed = readFileSync(join(site.out, "entities", "david-lammy", "rss.xml"), "utf8");
    expect(xmlTexts(feed, "channel > link")).toEqual([`${PREFIX}entities/david-lammy/`]);
    expect(xmlTexts(feed, "item > link")).toContain(`${PREFIX}articles/${slug}/`);
  });

  it("entity index in two pre-rendered orders, and quotes by date and by speaker", () => {
    const names = (html: string, type: string) => {
      const section = html.slice(html.indexOf(`<section id="${type}">`));
      return [...section.slice(0, section.indexOf("</section>")).matchAll(/data-entity-type="[a-z]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
    };
    const counts = (html: string) => [...html.slice(html.indexOf('<section id="person">')).split("</section>")[0]!.matchAll(/<span class="count">(\d+) mentions?/g)].map((m) => Number(m[1]));
    const byCount = readPage(site, "entities/");
    const byName = readPage(site, "entities-by-name/");
    const c = counts(byCount);
    expect(c.length).toBeGreaterThan(5);
    expect([...c].sort((a, b) => b - a)).toEqual(c);
    const n = names(byName, "person");
    expect([...n].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }))).toEqual(n);
    expect(byName).toContain('<a href="/news/entities-by-name/" aria-current="page">');
    const bySpeaker = readPage(site, "quotes/by-speaker/");
    expect(bySpeaker).toMatch(/<h2 id="speaker-david-lammy"><a class="entity speaker" href="\/news\/entities\/david-lammy\/">David Lammy<\/a>/);
    expect(readPage(site, "quotes/")).toContain('href="/news/quotes/by-speaker/"');
  });

  it("a group speaker named only in words is shown as words, never linked, in the quotes page, panel and JSON-LD", () => {
    // The seed: "the foreign ministers of the countries present ... said in a joint statement".
    const quotes = readPage(site, "quotes/");
    expect(quotes).toMatch(/<span class="speaker group">The foreign ministers of the countries present<\/span>/);
    expect(quotes).not.toMatch(/<a [^>]*>The foreign ministers/);
    const panel = article.slice(article.indexOf('<aside class="article-panel"'), article.indexOf("</aside>"));
    expect(panel).toMatch(/<h3><span class="speaker group">The foreign ministers of the countries present<\/span><\/h3>/);
    const [ld] = jsonLdOf(article) as [{ hasPart: { creator?: { "@type": string; name: string; url?: string } }[] }];
    const group = ld.hasPart.find((q) => q.creator?.name === "the foreign ministers of the countries present");
    expect(group?.creator).toEqual({ "@type": "Organization", name: "the foreign ministers of the countries present" });
  });

  it("site feed and sitemap use absolute URLs under SITE_URL + BASE_PATH", () => {
    const feed = readFileSync(join(site.out, "rss.xml"), "utf8");
    expect(xmlTexts(feed, "channel > link")).toEqual([PREFIX]);
    const links = xmlTexts(feed, "item > link");
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) expect(l.startsWith(`${PREFIX}articles/`)).toBe(true);
    const sitemap = readFileSync(join(site.out, "sitemap-0.xml"), "utf8");
    const locs = xmlTexts(sitemap, "loc");
    for (const l of locs) expect(l.startsWith(PREFIX)).toBe(true);
    for (const path of [`articles/${slug}/`, "entities/david-lammy/", "entities-by-name/", "quotes/by-speaker/"]) expect(locs).toContain(`${PREFIX}${path}`);
    expect(readPage(site, "404.html")).toContain("<h1>Page not found</h1>");
  });

  it("has print styles and dark colours in the stylesheet", () => {
    const css = /<link rel="stylesheet" href="\/news\/([^"]+\.css)"/.exec(article);
    const text = css ? readFileSync(join(site.out, css[1]!), "utf8") : (/<style>(.*?)<\/style>/s.exec(article)?.[1] ?? "");
    expect(text).toMatch(/@media print/);
    expect(text).toMatch(/prefers-color-scheme:\s*dark/);
  });

  it("reports the article page's weight", () => {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const html = statSync(join(site.out, "articles", slug, "index.html")).size;
    const css = [...article.matchAll(/<link rel="stylesheet" href="\/news\/([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(site.out, m[1]!)).size, 0);
    // The article's one script and the chunk it imports on first hover or focus.
    const loader = [...article.matchAll(/<script type="module" src="\/news\/([^"]+)"/g)].map((m) => m[1]!).find((src) => readFileSync(join(site.out, src), "utf8").includes("entity-card."))!;
    const chunk = /import\(`\.\/(entity-card\.[\w-]+\.js)`\)/.exec(readFileSync(join(site.out, loader), "utf8"))![1]!;
    const js = statSync(join(site.out, loader)).size + statSync(join(site.out, "_astro", chunk)).size;
    console.log(`article page weight: HTML ${kb(html)}, CSS ${kb(css)}, JS ${kb(js)} (loader + card chunk, card loaded on first hover/focus)`);
    expect(html).toBeLessThan(120 * 1024);
    expect(js).toBeLessThan(10 * 1024);
  });
});
