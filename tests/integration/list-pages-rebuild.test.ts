/**
 * The paginated list pages (`/`, `/2/`, ...; `/quotes/`, `/quotes/2/`, ...) are reused by Astro's
 * incremental build while what they show is the same (src/components/list-page-key.ts). After an edit a
 * rebuild must write the list pages that show it again, reuse the others, and leave every page exactly
 * as a clean build of the same content writes it: nothing stale.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleText, articleTree } from "../helpers/article-tree.ts";
import { type BuiltSite, rebuildSite } from "../helpers/site.ts";

const roots: string[] = [];
afterAll(() => {
  if (!process.env.KEEP_SITE) for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** 120 articles, one a day, each with one quote: three home pages (50 a page) and two quote pages (100 a page). */
function articles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < 120; i++) {
    const slug = `story-${String(i).padStart(3, "0")}`;
    const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    out[`${slug}.md`] = articleText(slug, date, `Kaja Kallas visited Tallinn on day ${i}.\n\n“We will keep talking on day ${i},” Kaja Kallas said.`);
  }
  return out;
}

/** The HTML, XML and JSON-LD files of a built site (relative path -> bytes). */
function pages(out: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    const rel = relative(out, join(entry.parentPath, entry.name));
    if (entry.isFile() && /\.(html|xml|jsonld)$/.test(rel)) files.set(rel, readFileSync(join(out, rel)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const site = (root: string): BuiltSite => ({ root, out: join(root, "dist"), base: "/", stdout: "", stderr: "" });

describe("list pages after a rebuild", () => {
  it("are reused while what they show is the same, and written again when it changed", async () => {
    const root = articleTree("site-list-pages-", articles());
    roots.push(root);
    const built = site(root);
    await rebuildSite(built, { skipIngest: true });
    const listPages = ["index.html", "2/index.html", "3/index.html", "quotes/index.html", "quotes/2/index.html"];
    const written = () => new Map(listPages.map((p) => [p, statSync(join(built.out, p)).mtimeMs]));
    const before = written();
    expect(readFileSync(join(built.out, "3/index.html"), "utf8")).toContain(">story-000<");

    // The oldest article retitled: it is on the last home page, and its quote on the last quote page.
    const file = join(root, "content", "articles", "story-000.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: story-000", "title: A retitled story"));
    await rebuildSite(built, { skipIngest: true });
    const after = written();
    for (const p of ["index.html", "2/index.html", "quotes/index.html"]) expect(after.get(p), p).toBe(before.get(p));
    for (const p of ["3/index.html", "quotes/2/index.html"]) {
      expect(after.get(p), p).not.toBe(before.get(p));
      const html = readFileSync(join(built.out, p), "utf8");
      expect(html, p).toContain("A retitled story");
      expect(html, p).not.toContain(">story-000<");
    }

    // A clean build of the same content writes the same pages, byte for byte.
    const cleanRoot = mkdtempSync(join(tmpdir(), "site-list-pages-clean-"));
    roots.push(cleanRoot);
    cpSync(join(root, "content"), join(cleanRoot, "content"), { recursive: true });
    const clean = site(cleanRoot);
    await rebuildSite(clean, { skipIngest: true });
    const rebuilt = pages(built.out);
    const fresh = pages(clean.out);
    expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
    expect([...rebuilt].filter(([rel, bytes]) => !bytes.equals(fresh.get(rel)!)).map(([rel]) => rel)).toEqual([]);
  }, 600_000);
});
