/**
 * The published pages in a real browser (Debian's Chromium, headless), served on 127.0.0.1 under /news/:
 * entity link from an article to its page and back, hover and focus cards, keyboard reach, the pages
 * without JavaScript, feeds and JSON-LD parsed, axe-core with zero violations of any impact in light and
 * dark, and screenshots (phone 390 px and desktop 1280 px, light and dark) into /tmp/pages-*.png.
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, removeSite, type BuiltSite } from "../helpers/site.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { launchChromium, seedSlug } from "../helpers/sample.ts";

const BASE = "/news/";
const SITE_URL = "https://news.example.org";

/** Every axe violation, whatever its impact, as readable strings. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

describe("published pages in the browser", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;
  let noScript: BrowserContext;
  let slug: string;
  let at: (path: string) => string;

  beforeAll(async () => {
    slug = seedSlug();
    site = await buildSite({ base: BASE, name: "pages-browser" });
    server = await serveStatic(site.out, BASE);
    at = (path) => `${server.origin}${BASE}${path}`;
    context = await launchChromium();
    noScript = await launchChromium({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript?.close();
    await context?.close();
    await server?.close();
    removeSite(site);
  });

  it("follows an entity link from an article to its page and back", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(at(`articles/${slug}/`));
    const link = page.locator('.article-body a.entity[data-entity-id="david-lammy"]').first();
    await link.click();
    await page.waitForURL(`**${BASE}entities/david-lammy/`);
    expect(await page.locator("h1").textContent()).toBe("David Lammy");
    await page.goBack();
    await page.waitForURL(`**${BASE}articles/${slug}/`);
    expect(await page.locator("h1").textContent()).toContain("Russia must show");
    // And from the entity page to the marked mention in the article.
    await page.goForward();
    await page.locator("a.context-link").first().click();
    await page.waitForURL(/#m-\d+$/);
    expect(await page.evaluate(() => document.querySelector(":target")?.getAttribute("data-entity-id"))).toBe("david-lammy");
    expect(errors).toEqual([]);
  });

  it("shows a card on hover and on keyboard focus, dismissable with Escape", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(at(`articles/${slug}/`));
    const card = page.locator("#entity-card");
    expect(await card.count()).toBe(0); // nothing loaded before the reader points at a mark
    const lammy = page.locator('.article-body a.entity[data-entity-id="david-lammy"]').first();
    await lammy.hover();
    await card.waitFor({ state: "visible" });
    expect(await card.locator(".entity-card-name").textContent()).toBe("David Lammy");
    expect(await card.locator(".entity-card-type").textContent()).toBe("Person");
    expect(await card.locator(".entity-card-description").textContent()).toMatch(/Foreign Secretary/);
    expect(await card.locator(".entity-card-count").textContent()).toMatch(/^\d+ mentions? here · \d+ mentions? in \d+ articles?$/);
    expect(await lammy.getAttribute("aria-describedby")).toBe("entity-card");
    // The pointer can move onto the card without it vanishing (WCAG 1.4.13).
    await card.hover();
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await card.waitFor({ state: "hidden" });
    await page.screenshot({ path: "/tmp/pages-card-hidden.png" });

    // Keyboard: Tab from the top of the page reaches an entity link in the text, whose card shows.
    await page.keyboard.press("Escape");
    await page.locator("body").focus();
    let focused: string | null = null;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => (document.activeElement?.matches(".article-body a.entity") ? document.activeElement.getAttribute("data-entity-id") : null));
    }
    expect(focused).not.toBeNull();
    await card.waitFor({ state: "visible" });
    const name = await page.evaluate((id) => document.getElementById("entity-cards") && JSON.parse(document.getElementById("entity-cards")!.textContent!)[id!].n, focused);
    expect(await card.locator(".entity-card-name").textContent()).toBe(name);
    await page.screenshot({ path: "/tmp/pages-card-focus.png" });
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });
    // Focus stays on the link; the next Tab moves on (to a link or an attributed quote) and the card follows.
    await page.keyboard.press("Tab");
    expect(["A", "Q"]).toContain(await page.evaluate(() => document.activeElement?.tagName));
  });

  it("opens a quote's card on keyboard focus and closes it with Escape", async () => {
    const page = await context.newPage();
    await page.goto(at(`articles/${slug}/`));
    const card = page.locator("#entity-card");
    let speaker: string | null = null;
    for (let i = 0; i < 80 && !speaker; i++) {
      await page.keyboard.press("Tab");
      speaker = await page.evaluate(() => (document.activeElement?.matches(".article-body q.quote[data-speaker]") ? document.activeElement.getAttribute("data-speaker") : null));
    }
    expect(speaker).not.toBeNull();
    await card.waitFor({ state: "visible" });
    expect(await card.locator(".entity-card-name").textContent()).toBe(`Said by ${speaker}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe("entity-card");
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });
  });

  it("reaches every link of the article page by keyboard, in order", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(at(`articles/${slug}/`));
    const links = await page.locator("a[href]:visible").count();
    // Attributed quotes are Tab stops too (their card opens on focus).
    const quotes = await page.locator("q[tabindex]").count();
    const reached = new Set<string>();
    for (let i = 0; i < links + quotes + 10; i++) {
      await page.keyboard.press("Tab");
      const key = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const all = [...document.querySelectorAll("a[href], input, button")];
        return `${el.tagName}#${all.indexOf(el)}`;
      });
      if (key) reached.add(key);
    }
    const reachedLinks = [...reached].filter((k) => k.startsWith("A#")).length;
    expect(reachedLinks).toBeGreaterThanOrEqual(links);
  });

  it("reads fully without JavaScript: marks are plain links, panel and quotes present", async () => {
    const page = await noScript.newPage();
    await page.goto(at(`articles/${slug}/`));
    expect(await page.locator(".article-body a.entity").count()).toBeGreaterThan(20);
    expect(await page.locator(".article-body q.quote").count()).toBeGreaterThan(3);
    expect(await page.locator(".article-panel .speaker-group").count()).toBeGreaterThan(2);
    await page.locator('.article-body a.entity[data-entity-id="david-lammy"]').first().hover();
    expect(await page.locator("#entity-card").count()).toBe(0);
    await page.locator('.article-body a.entity[data-entity-id="david-lammy"]').first().click();
    await page.waitForURL(`**${BASE}entities/david-lammy/`);
    expect(await page.locator(".timeline li").count()).toBeGreaterThan(0);
  });

  it("serves feeds that parse as XML with absolute links under SITE_URL + BASE_PATH", async () => {
    const page = await context.newPage();
    for (const path of ["rss.xml", "entities/david-lammy/rss.xml"]) {
      const response = await page.request.get(at(path));
      expect(response.status()).toBe(200);
      const xml = await response.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror")!.textContent };
        return { channel: doc.querySelector("channel > link")?.textContent, items: [...doc.querySelectorAll("item > link")].map((l) => l.textContent) };
      }, xml);
      expect(parsed.error, path).toBeUndefined();
      expect(parsed.channel!.startsWith(`${SITE_URL}${BASE}`)).toBe(true);
      expect(parsed.items!.length).toBeGreaterThan(0);
      for (const link of parsed.items!) expect(link!.startsWith(`${SITE_URL}${BASE}articles/`)).toBe(true);
      // Each item's page exists on the served site.
      const first = parsed.items![0]!.slice(SITE_URL.length);
      expect((await page.request.get(`${server.origin}${first}`)).status()).toBe(200);
    }
    const sitemap = await (await page.request.get(at("sitemap-0.xml"))).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE}articles/${slug}/</loc>`);
  });

  it("describes the article with JSON-LD and links its Web Annotation export", async () => {
    const page = await context.newPage();
    await page.goto(at(`articles/${slug}/`));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    const types = new Set((ld.mentions as { "@type": string }[]).map((m) => m["@type"]));
    expect(types).toEqual(new Set(["Person", "Organization", "Place"]));
    expect((ld.hasPart as { "@type": string; creator?: { "@type": string } }[]).some((q) => q["@type"] === "Quotation" && q.creator?.["@type"] === "Person")).toBe(true);
    const href = await page.locator('link[rel="alternate"][type="application/ld+json"]').getAttribute("href");
    expect(href).toBe(`${BASE}articles/${slug}/annotations.jsonld`);
    expect(await page.locator(`.article-panel a[href="${href}"]`).isVisible()).toBe(true);
    const collection = await (await page.request.get(`${server.origin}${href}`)).json();
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    // The quote selector finds its text in the page a reader sees.
    const exact = collection.first.items.find((i: { body: { source?: string }[] }) => i.body[0]!.source?.endsWith("/entities/kaja-kallas/")).target.selector[0].exact;
    expect(await page.locator(".article-body").textContent()).toContain(exact);
  });

  it("has no accessibility violation of any impact on the main pages, light and dark", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["", `articles/${slug}/`, "entities/david-lammy/", "entities/", "entities-by-name/", "quotes/", "quotes/by-speaker/", "search/", "no-such-page/"]) {
        await page.goto(at(path));
        for (const v of await axeViolations(page)) problems.push(`${scheme} /${path}: ${v}`);
      }
      // With a card open too.
      await page.goto(at(`articles/${slug}/`));
      await page.locator(".article-body a.entity").first().hover();
      await page.locator("#entity-card").waitFor({ state: "visible" });
      for (const v of await axeViolations(page)) problems.push(`${scheme} card: ${v}`);
    }
    expect(problems).toEqual([]);
  });

  it("lays out from phone to desktop, light and dark (screenshots in /tmp)", async () => {
    const page = await context.newPage();
    for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of [["article", `articles/${slug}/`], ["entity", "entities/david-lammy/"], ["home", ""], ["quotes", "quotes/by-speaker/"]] as const) {
          await page.goto(at(path));
          await page.screenshot({ path: `/tmp/pages-${name}-${device}-${scheme}.png`, fullPage: name === "entity" });
          // Nothing sticks out sideways on any screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${device}`).toBeLessThanOrEqual(width);
        }
      }
    }
    await page.emulateMedia({ colorScheme: "light", media: "print" });
    await page.goto(at(`articles/${slug}/`));
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".article-body").isVisible()).toBe(true);
    await page.screenshot({ path: "/tmp/pages-article-print.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });
  });

  it("reports what an article page transfers (HTML, CSS, JS before and after the first hover)", async () => {
    const page = await context.newPage();
    await page.goto(at(`articles/${slug}/`), { waitUntil: "networkidle" });
    // Resource Timing's decoded sizes (same origin): what the page loads, by kind.
    const sizes = () =>
      page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const sum = (ext: string) => res.filter((r) => new URL(r.name).pathname.endsWith(ext)).reduce((n, r) => n + r.decodedBodySize, 0);
        return { html: nav.decodedBodySize, css: sum(".css"), js: sum(".js"), files: res.map((r) => new URL(r.name).pathname.split("/").pop()) };
      });
    const before = await sizes();
    await page.locator(".article-body a.entity").first().hover();
    await page.locator("#entity-card").waitFor({ state: "visible" });
    await page.waitForLoadState("networkidle");
    const after = await sizes();
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`article page: HTML ${kb(before.html)}, CSS ${kb(before.css)}, JS ${kb(before.js)} on load (${before.files.filter((f) => f?.endsWith(".js")).join(", ")}), ${kb(after.js)} after the first hover`);
    expect(before.files.some((f) => f?.startsWith("entity-card."))).toBe(false);
    expect(after.files.some((f) => f?.startsWith("entity-card."))).toBe(true);
  });
});
