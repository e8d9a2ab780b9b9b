/**
 * Rebuilds of a real site (scripts/build.ts, Astro and all): a second build with nothing changed
 * annotates nothing and reuses the article and entity pages; a removed article's pages are deleted from
 * the output, not left behind; the Markdown store is reused, not thrown away.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ANNOTATOR_VERSION } from "../../src/annotator/annotate.ts";
import { annotatorFingerprint } from "../../src/corpus/annotate-cache.ts";
import { type BuiltSite, buildSite, rebuildSite, removeSite } from "../helpers/site.ts";

let site: BuiltSite | undefined;
afterAll(() => removeSite(site));

const figure = (stdout: string, pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? NaN);

describe("rebuilds", () => {
  it("reuse what did not change and leave nothing stale", async () => {
    const fingerprint = () => annotatorFingerprint(ANNOTATOR_VERSION);
    const before = fingerprint();
    site = await buildSite({ name: "cache" });
    expect(figure(site.stdout, /articles\s+\d+ \((\d+) annotated/)).toBeGreaterThan(0);
    const articles = readdirSync(join(site.root, "content", "articles")).filter((f) => f.endsWith(".md"));
    // The incremental build's page cache is kept for the next build; there is no content store (the
    // pages read the corpus stage's files and the article page renders its Markdown itself).
    expect(existsSync(join(site.root, ".cache", "astro", "incremental-build.json"))).toBe(true);
    expect(existsSync(join(site.root, ".cache", "astro", "data-store"))).toBe(false);

    const again = await rebuildSite(site, { skipIngest: true });
    // (Unless the annotator's files changed meanwhile: then every article must be annotated again.)
    const unchanged = fingerprint() === before;
    expect(figure(again, /articles\s+\d+ \((\d+) annotated/)).toBe(unchanged ? 0 : articles.length);
    const total = figure(again, /pages\s+(\d+) \(/);
    const rendered = figure(again, /pages\s+\d+ \((\d+) rendered/);
    // Only the pages without a cache key (lists, feeds, the search page) are rendered again.
    expect(rendered).toBeLessThan(total / 2);

    // Remove one article: its page goes, the others stay.
    const gone = articles[0]!;
    const slug = /^slug:\s*(.+)$/m.exec(readFileSync(join(site.root, "content", "articles", gone), "utf8"))![1]!.trim();
    expect(existsSync(join(site.out, "articles", slug, "index.html"))).toBe(true);
    rmSync(join(site.root, "content", "articles", gone));
    const third = await rebuildSite(site, { skipIngest: true });
    expect(third).toMatch(/removed \d+ file\(s\) of pages that no longer exist/);
    expect(existsSync(join(site.out, "articles", slug, "index.html"))).toBe(false);
    const other = /^slug:\s*(.+)$/m.exec(readFileSync(join(site.root, "content", "articles", articles[1]!), "utf8"))![1]!.trim();
    expect(statSync(join(site.out, "articles", other, "index.html")).isFile()).toBe(true);
  }, 600_000);
});
