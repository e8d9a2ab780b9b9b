/**
 * In a real browser (Debian's Chromium, headless), under a sub-path: search for a surname with the
 * Pagefind UI, open the result, land on the article. Also screenshots the article and an entity page
 * into /tmp for a human look.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectDir, removeSite, type BuiltSite } from "../helpers/site.ts";
import { serveStatic } from "../helpers/static-server.ts";

const BASE = "/news/";
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function seedSlug(): string {
  const dir = join(projectDir, "content", "articles");
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), "utf8");
    if (text.includes("source: content/sources/2025-05-12-european-allies-ukraine.txt")) return /^slug: (.+)$/m.exec(text)![1]!.trim();
  }
  throw new Error("seed article not found");
}

/** Serious and critical accessibility violations axe finds on the current page, as readable strings. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

describe("search in the browser", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await buildSite({ base: BASE, name: "browser" });
    server = await serveStatic(site.out, BASE);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), { executablePath: "/usr/bin/chromium", headless: true, args });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeSite(site);
  });

  it("finds an article by a surname and opens it", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}${BASE}search/`);
    await page.locator(".pagefind-ui__search-input").fill("Sikorski");
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 15_000 });
    const links = await page.locator(".pagefind-ui__result-link").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(links.some((href) => href?.startsWith(`${BASE}articles/${seedSlug()}/`))).toBe(true);
    await page.locator(`.pagefind-ui__result-link[href^="${BASE}articles/${seedSlug()}/"]`).first().click();
    await page.waitForURL(new RegExp(`${BASE}articles/${seedSlug()}/`));
    expect(await page.locator("h1").textContent()).toContain("Russia must show");
    expect(errors).toEqual([]);
  });

  it("filters by person and sorts by date through the Pagefind JS API", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/`);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
    const result = (await page.evaluate(`(async () => {
      const base = ${JSON.stringify(BASE)};
      const pagefind = await import(base + "pagefind/pagefind.js");
      await pagefind.options({ baseUrl: base });
      const filtered = await pagefind.search(null, { filters: { person: "Kaja Kallas" } });
      const sorted = await pagefind.search(null, { sort: { date: "desc" } });
      const dates = await Promise.all(sorted.results.slice(0, 6).map(async (r) => (await r.data()).meta.date));
      const urls = await Promise.all(filtered.results.map(async (r) => (await r.data()).url));
      return { urls, dates };
    })()`)) as { urls: string[]; dates: string[] };
    expect(result.urls).toContain(`${BASE}articles/${seedSlug()}/`);
    expect(result.dates.length).toBeGreaterThan(1);
    expect([...result.dates].sort().reverse()).toEqual(result.dates);
  });

  it("has no serious accessibility problem on the list pages", async () => {
    const page = await context.newPage();
    for (const path of ["", "entities/", "quotes/", "search/", "no-such-page/"]) {
      await page.goto(`${server.origin}${BASE}${path}`);
      expect(await axeProblems(page), path || "home").toEqual([]);
    }
  });

  it("renders the article and entity pages (screenshots in /tmp)", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto(`${server.origin}${BASE}articles/${seedSlug()}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("a.entity-person").count()).toBeGreaterThan(3);
    // The text keeps its own quotation marks: <q> must not add a second pair.
    const before = await page.locator("q.quote").first().evaluate((el) => getComputedStyle(el, "::before").content);
    expect(["none", "normal", '""']).toContain(before);
    await page.screenshot({ path: "/tmp/article.png", fullPage: false });
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${server.origin}${BASE}entities/david-lammy/`);
    await page.screenshot({ path: "/tmp/entity.png", fullPage: false });
    expect(await axeProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    // A mention link on the entity page leads back to the marked mention in the article.
    await page.locator("a.context-link").first().click();
    await page.waitForURL(/#m-\d+$/);
    const target = await page.evaluate(() => document.querySelector(":target")?.className);
    expect(target).toContain("entity");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.origin}${BASE}articles/${seedSlug()}/`);
    await page.screenshot({ path: "/tmp/article-mobile.png", fullPage: false });
  });
});
