/**
 * In a real browser (Debian's Chromium, headless), with the site under a sub-path (/news/): the search
 * page (surname -> article; person and year filters narrow; quote words -> the quote, highlighted), the
 * header box (opened with "/" and Ctrl-K, Pagefind loaded only then), the site without JavaScript, and
 * accessibility. Also screenshots the article and an entity page into /tmp for a human look.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, removeSite, type BuiltSite } from "../helpers/site.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { CHROMIUM_ARGS, launchChromium, seedSlug } from "../helpers/sample.ts";

const BASE = "/news/";

/** Serious and critical accessibility violations axe finds on the current page, as readable strings. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** The number the search page's live region announces ("12 results for …"; "No results …" is 0). */
async function announcedCount(page: Page): Promise<number> {
  const text = (await page.locator("#search-status").textContent()) ?? "";
  const m = /^(\d+|No) results?\b/.exec(text);
  if (!m) throw new Error(`no count in the status: ${text}`);
  return m[1] === "No" ? 0 : Number(m[1]);
}

/** Waits until the live region announces a finished search different from `previous`. */
async function waitForStatus(page: Page, previous = ""): Promise<string> {
  await page.waitForFunction((prev) => {
    const text = document.querySelector("#search-status")?.textContent ?? "";
    return /results?\b/.test(text) && text !== prev;
  }, previous, { timeout: 15_000 });
  return (await page.locator("#search-status").textContent()) ?? "";
}

/**
 * Searches "said" on the search page at `origin`, then checks the person facet Donald Trump (opening the
 * long list when he is not shown): fewer results, but some. Returns the status line and that count.
 */
async function searchSaidByTrump(page: Page, origin: string): Promise<{ status: string; withPerson: number }> {
  await page.goto(`${origin}${BASE}search/?q=said`);
  const status = await waitForStatus(page);
  const all = await announcedCount(page);
  const people = page.getByRole("group", { name: "People" });
  const trump = people.getByLabel("Donald Trump", { exact: true });
  if (!(await trump.isVisible())) await people.getByRole("button", { name: /^Show all/ }).click();
  await trump.check();
  const narrowed = await waitForStatus(page, status);
  const withPerson = await announcedCount(page);
  expect(withPerson).toBeGreaterThan(0);
  expect(withPerson).toBeLessThan(all);
  return { status: narrowed, withPerson };
}

describe("search in the browser, under a sub-path", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await buildSite({ base: BASE, name: "browser" });
    server = await serveStatic(site.out, BASE);
    context = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeSite(site);
  });

  it("finds an article by a person's surname and lands on it", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}${BASE}search/`);
    await page.getByLabel("Search articles, quotes, people, organisations and places").fill("Sikorski");
    expect(await waitForStatus(page)).toMatch(/results? for “Sikorski”/);
    const link = page.locator(`#search-results li.result-article a[href^="${BASE}articles/${seedSlug()}/?"]`).first();
    await link.click();
    // Pagefind passes the term on as it indexes it, in lower case.
    await page.waitForURL(new RegExp(`${BASE}articles/${seedSlug()}/\\?pagefind-highlight=sikorski`, "i"));
    expect(await page.locator("h1").first().textContent()).toContain("Russia must show");
    await page.locator("mark.pagefind-highlight").first().waitFor();
    expect(await page.locator("mark.pagefind-highlight").first().textContent()).toMatch(/Sikorski/i);
    expect(errors).toEqual([]);
  });

  it("ranks an entity's page first for its name or alias", async () => {
    const page = await context.newPage();
    for (const [query, id] of [["Kallas", "kaja-kallas"], ["EU", "european-union"], ["Lammy", "david-lammy"]] as const) {
      await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent(query)}`);
      await waitForStatus(page);
      expect(await page.locator("#search-results a").first().getAttribute("href"), query).toMatch(new RegExp(`^${BASE}entities/${id}/`));
    }
  });

  it("narrows the results with a person filter, then a year filter, and keeps them in the URL", async () => {
    const page = await context.newPage();
    const { status: narrowed, withPerson } = await searchSaidByTrump(page, server.origin);
    let status = narrowed;
    expect(status).toContain("with 1 filter");
    await page.getByRole("group", { name: "Year" }).getByLabel("2025", { exact: true }).check();
    status = await waitForStatus(page, status);
    const withYear = await announcedCount(page);
    expect(withYear).toBeGreaterThan(0);
    expect(withYear).toBeLessThan(withPerson);
    expect(page.url()).toContain("person=Donald+Trump");
    expect(page.url()).toContain("year=2025");
    // Every remaining result is from 2025.
    for (const meta of await page.locator("#search-results .result-kind").allTextContents()) expect(meta).toContain("2025");
    // Reloading the URL gives the same search.
    await page.reload();
    await waitForStatus(page);
    expect(await announcedCount(page)).toBe(withYear);
    expect(await axeProblems(page)).toEqual([]);
  });

  it("sorts by date, newest first, and shows more results on request", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?q=the`);
    const status = await waitForStatus(page);
    await page.getByLabel("Order", { exact: true }).selectOption("newest");
    await waitForStatus(page, status);
    expect(page.url()).toContain("sort=newest");
    const years = (await page.locator("#search-results .result-kind").allTextContents()).map((t) => Number(/(\d{4})$/.exec(t.trim())?.[1]));
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    // "Show more results" appends the next results and moves focus to the first of them.
    expect(years.length).toBe(10);
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.locator("#search-results li").nth(10).waitFor();
    expect(await page.evaluate(() => {
      const items = Array.from(document.querySelectorAll("#search-results li"));
      return items.indexOf(document.activeElement!.closest("li")!);
    })).toBe(10);
  });

  it("finds a quote by its words, shows the speaker, and lands on the quote with the words highlighted", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}${BASE}search/`);
    await page.locator("#search-q").fill("talks under fire");
    await waitForStatus(page);
    const quote = page.locator("#search-results li.result-quote", { hasText: "Kaja Kallas" }).first();
    await quote.waitFor();
    expect(await quote.locator(".result-kind").textContent()).toContain("Kaja Kallas");
    const href = (await quote.locator("a").first().getAttribute("href"))!;
    const id = /#(q-\d+)$/.exec(href)?.[1];
    expect(id, href).toBeTruthy();
    expect(href).toContain(`${BASE}articles/${seedSlug()}/?pagefind-highlight=talks`);
    await quote.locator("a").first().click();
    await page.waitForURL((u) => u.hash === `#${id}`);
    const target = page.locator(`#${id}`);
    await target.locator("mark.pagefind-highlight").first().waitFor();
    expect((await target.locator("mark.pagefind-highlight").allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(["talks", "fire"]));
    // In view once the page has settled (the browser scrolls to the fragment as the page loads).
    await page.waitForFunction((qid) => {
      const r = document.getElementById(qid)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, id!, { timeout: 5_000 });
  });

  it("opens the header search box with / and with Ctrl-K on an article page; Pagefind loads only then", async () => {
    for (const open of ["/", "Control+k"]) {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${server.origin}${BASE}articles/${seedSlug()}/`);
      await page.waitForLoadState("networkidle");
      const pagefindRequests = () => requests.filter((p) => p.startsWith(`${BASE}pagefind/`));
      expect(pagefindRequests(), open).toEqual([]);
      await page.keyboard.press(open);
      expect(await page.evaluate(() => document.activeElement?.id), open).toBe("site-search-q");
      expect(pagefindRequests(), open).toEqual([]);
      await page.keyboard.type("Kallas");
      const first = page.locator(".site-search-results a").first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute("href")).toMatch(new RegExp(`^${BASE}entities/kaja-kallas/`));
      expect(pagefindRequests()).toContain(`${BASE}pagefind/pagefind.js`);
      expect(await page.locator(".site-search-status").textContent()).toMatch(/\d+ results? for “Kallas”/);
      // Arrow down reaches the results; Escape closes the list and returns to the input.
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.closest(".site-search-results") !== null)).toBe(true);
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
      expect(await page.locator(".site-search-panel").isHidden()).toBe(true);
      // Enter takes the query to the search page.
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`${BASE}search/\\?q=Kallas$`));
      await waitForStatus(page);
      expect(await page.locator("#search-q").inputValue()).toBe("Kallas");
      await page.close();
    }
  });

  it("reads without JavaScript, and the header box is a plain form to the search page", async () => {
    // A persistent context cannot switch JavaScript off: a second, plain browser.
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}${BASE}articles/${seedSlug()}/`);
    expect(await page.locator("h1").first().textContent()).toContain("Russia must show");
    expect(await page.locator("a.entity-person").count()).toBeGreaterThan(3);
    await page.getByLabel("Search articles, quotes, people and places").fill("Kallas");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`${BASE}search/\\?q=Kallas$`));
    expect(await page.locator("noscript").count()).toBeGreaterThan(0);
    await browser.close();
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

/**
 * The same search page and header box over an index in shards (SEARCH_SHARD_PAGES forces small ones;
 * a large site gets them from its size): every shard's Pagefind is loaded, results, facets and date
 * order span them, under the sub-path.
 */
describe("search in the browser over an index in shards, under a sub-path", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;
  let shards: string[];

  beforeAll(async () => {
    process.env.SEARCH_SHARD_PAGES = "60";
    try {
      site = await buildSite({ base: BASE, name: "browser-shards" });
    } finally {
      delete process.env.SEARCH_SHARD_PAGES;
    }
    shards = ["pagefind/", ...(JSON.parse(readFileSync(join(site.out, "pagefind", "shards.json"), "utf8")) as string[])];
    server = await serveStatic(site.out, BASE);
    context = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeSite(site);
  });

  it("loads every shard and finds pages from all of them", async () => {
    expect(shards.length).toBeGreaterThanOrEqual(3);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    // Without words, newest first: articles and quotes of every date, so of every shard.
    await page.goto(`${server.origin}${BASE}search/?kind=Article`);
    await waitForStatus(page);
    for (const folder of shards) expect(requests, folder).toContain(`${BASE}${folder}pagefind.js`);
    expect(await announcedCount(page)).toBe(readdirSync(join(site.out, "articles"), { withFileTypes: true }).filter((d) => d.isDirectory()).length);
    const years = (await page.locator("#search-results .result-kind").allTextContents()).map((t) => Number(/(\d{4})$/.exec(t.trim())?.[1]));
    expect(years.length).toBe(10);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    // Oldest first: the other end of the archive, from the first shard.
    await page.getByLabel("Order", { exact: true }).selectOption("oldest");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "oldest");
    await page.waitForFunction((newest) => {
      const first = document.querySelector("#search-results .result-kind")?.textContent ?? "";
      return /\d{4}$/.test(first.trim()) && Number(/(\d{4})$/.exec(first.trim())![1]) < newest;
    }, years[0]!, { timeout: 15_000 });
    const oldest = (await page.locator("#search-results .result-kind").allTextContents()).map((t) => Number(/(\d{4})$/.exec(t.trim())?.[1]));
    expect([...oldest].sort((a, b) => a - b)).toEqual(oldest);
    expect(errors).toEqual([]);
  });

  it("ranks an entity's page first, and person and year facets narrow across shards", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?q=Kallas`);
    await waitForStatus(page);
    expect(await page.locator("#search-results a").first().getAttribute("href")).toMatch(new RegExp(`^${BASE}entities/kaja-kallas/`));
    const { status, withPerson } = await searchSaidByTrump(page, server.origin);
    // The year facet's counts are added up across shards: its count for 2025 is what checking it gives.
    const year = page.getByRole("group", { name: "Year" });
    const counted = Number(await year.locator("li", { has: page.getByLabel("2025", { exact: true }) }).locator(".count").evaluate((el) => el.firstChild?.textContent ?? ""));
    await year.getByLabel("2025", { exact: true }).check();
    await waitForStatus(page, status);
    const withYear = await announcedCount(page);
    expect(withYear).toBe(counted);
    expect(withYear).toBeGreaterThan(0);
    expect(withYear).toBeLessThan(withPerson);
    for (const meta of await page.locator("#search-results .result-kind").allTextContents()) expect(meta).toContain("2025");
  });

  it("the header box finds results from the shards", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}articles/${seedSlug()}/`);
    await page.keyboard.press("/");
    await page.keyboard.type("Kallas");
    const first = page.locator(".site-search-results a").first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute("href")).toMatch(new RegExp(`^${BASE}entities/kaja-kallas/`));
  });
});
