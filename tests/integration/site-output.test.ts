/**
 * The sample site's output as a whole: no broken internal link (pages, feed, sitemaps, robots.txt) at the
 * root or under BASE_PATH=/news/, checked with a real HTML parser; and two builds of the same content
 * into two folders are byte-identical, Pagefind's index included.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, makeSampleRoot, runBuild } from "../helpers/hostile-root.ts";
import { checkLinks } from "../helpers/links.ts";

interface Built {
  root: string;
  out: string;
}

/** A copy of the sample content built into its own folder; fails the suite when the build fails. */
async function build(name: string, base = "/"): Promise<Built> {
  const root = makeSampleRoot(name);
  const out = join(root, "dist");
  const run = await runBuild(root, out, { base });
  if (run.code !== 0) throw new Error(`build ${name} failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  return { root, out };
}

const SITE_URL = "https://news.example.org";

/**
 * Files allowed to differ between two builds of the same content. Empty: with Pagefind 1.6 every
 * index file (pagefind-entry.json, the wasm, index/filter/fragment chunks, named by content hash) came
 * out identical in every pair of builds we compared; if a Pagefind upgrade makes some vary, list them
 * here with the reason.
 */
const MAY_VARY: RegExp[] = [];

describe("sample site output", () => {
  let first: Built;
  let second: Built;
  let based: Built;
  beforeAll(async () => {
    // Sequential: the machine has two cores and each build uses both.
    first = await build("links-root");
    second = await build("repro");
    based = await build("links-base", "/news/");
  });
  afterAll(() => {
    if (process.env.KEEP_SITE === "1") return;
    for (const site of [first, second, based]) if (site) rmSync(site.root, { recursive: true, force: true });
  });

  it("has no broken internal link at the root", () => {
    expect(checkLinks(first.out, { base: "/", site: SITE_URL })).toEqual([]);
  });

  it("has no broken internal link under BASE_PATH=/news/", () => {
    expect(checkLinks(based.out, { base: "/news/", site: SITE_URL })).toEqual([]);
  });

  it("checks the feed and the sitemaps too", () => {
    // The checker must have something to check there: the feed links articles, the sitemap lists pages.
    expect(readFileSync(`${based.out}/rss.xml`, "utf8")).toContain(`${SITE_URL}/news/articles/`);
    expect(readFileSync(`${based.out}/sitemap-0.xml`, "utf8")).toContain(`<loc>${SITE_URL}/news/</loc>`);
  });

  it("is byte-identical when built twice from the same content", () => {
    const a = hashTree(first.out);
    const b = hashTree(second.out);
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const differing = names.filter((n) => a[n] !== b[n] && !MAY_VARY.some((re) => re.test(n)));
    expect(differing).toEqual([]);
    expect(Object.keys(a).filter((n) => n.startsWith("pagefind/")).length).toBeGreaterThan(5);
  });
});
