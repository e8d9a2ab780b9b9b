/**
 * The build over hostile input: the sample content plus tests/fixtures/hostile (malformed, mis-encoded
 * and hostile sources, broken registry files) plus large sources generated at test time, built once
 * with the real build script. The build must finish with every good article, name every bad file (and
 * line) with what to do, never put code from a source into a page, and never touch content/ when it
 * fails. `--strict` and STRICT=1 turn the same messages into a failing exit code.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESCAPED_TEXT, REGISTRY_ERRORS, SKIPPED, SOURCE_ERRORS, SOURCE_WARNINGS } from "../fixtures/hostile/expected.ts";
import { fixturesDir, hashTree, makeHostileRoot, projectDir, runBuild, type BuildRun } from "../helpers/hostile-root.ts";
import { checkLinks } from "../helpers/links.ts";
import { htmlFilesOf, scanMarkup, textOf } from "../helpers/markup.ts";

/** An editor's own article (no source) whose front matter carries a javascript: source URL. */
const EDITOR_ARTICLE = ["---", "title: Editor article with a hostile source URL", "date: 2024-06-01", "slug: editor-hostile-source-url", "sourceUrl: \"javascript:alert('editor-1')\"", "license: CC BY 2.5", "credit: Hostile Tests", "---", "", "The Northfield council met on Monday, officials said.", ""].join("\n");
const EDITOR_SLUG = "editor-hostile-source-url";

/** Front matter `key: value` of an article file (flat keys only: all the test needs). */
function frontMatter(text: string): Record<string, string> {
  const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  return Object.fromEntries(head.split("\n").map((l) => /^(\w+):\s*(.*)$/.exec(l)).filter((m) => m !== null).map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, "")]));
}

/**
 * The site's own scripts: JSON data blocks (JSON-LD, the entity cards' data), the bundled scripts under
 * /_astro/ and /pagefind/, and the search page's inline set-up.
 */
function isOwnScript(el: { properties: Record<string, unknown> }, text: string, page: string): boolean {
  const { type, src } = el.properties;
  if (type === "application/ld+json" || type === "application/json") {
    JSON.parse(text); // valid JSON: a source could not end the block early
    return !text.includes("<");
  }
  if (typeof src === "string") return /^\/(?:pagefind|_astro)\//.test(src) && text === "";
  return page === "search/index.html";
}

describe("hostile sources beside the sample articles", () => {
  let root: string;
  let out: string;
  let build: BuildRun;
  const repoContentBefore = hashTree(join(projectDir, "content"));
  let contentAfterBuild: Record<string, string>;

  beforeAll(async () => {
    // HOSTILE_ROOT=<a root kept with KEEP_SITE=1> reruns the assertions without building again.
    const kept = process.env.HOSTILE_ROOT;
    if (kept) {
      root = kept;
      out = join(root, "dist");
      build = JSON.parse(readFileSync(join(root, "build-run.json"), "utf8")) as BuildRun;
    } else {
      ({ root } = makeHostileRoot());
      writeFileSync(join(root, "content", "articles", `${EDITOR_SLUG}.md`), EDITOR_ARTICLE);
      out = join(root, "dist");
      build = await runBuild(root, out);
      writeFileSync(join(root, "build-run.json"), JSON.stringify(build));
      console.log(`hostile build: ${(build.ms / 1000).toFixed(1)} s, exit ${build.code}${process.env.KEEP_SITE === "1" ? `, kept in ${root}` : ""}`);
    }
    contentAfterBuild = hashTree(join(root, "content"));
  });
  afterAll(() => {
    if (root && !process.env.HOSTILE_ROOT && process.env.KEEP_SITE !== "1") rmSync(root, { recursive: true, force: true });
  });

  it("finishes with exit code 0 and a site", () => {
    expect(build.stderr.match(/^(?!error: |warning: |progress: ).+$/gm) ?? []).toEqual([]);
    expect(build.code).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
  });

  it("names every unusable source, with its line where it has one, and what to do", () => {
    const errors = build.stderr.split("\n").filter((l) => l.startsWith("error: content/sources/"));
    expect(errors).toEqual(SOURCE_ERRORS);
  });

  it("reports broken registry files with file and line, and applies the rest of the registry", () => {
    const errors = build.stderr.split("\n").filter((l) => l.startsWith("error: content/entities/"));
    expect(errors).toEqual(REGISTRY_ERRORS);
    // The sample registry still links its people; the good entry of a file with one bad alias loads.
    expect(existsSync(join(out, "entities", "david-lammy", "index.html"))).toBe(true);
    const corpus = JSON.parse(readFileSync(join(root, ".cache", "corpus.json"), "utf8")) as { entities: { id: string; inRegistry?: boolean }[] };
    expect(corpus.entities.map((e) => e.id)).not.toContain("zz-bad-type");
  });

  it("warns about conversions, dropped markup, bad front matter values and duplicate slugs", () => {
    const printed = new Set(build.stdout.split("\n"));
    expect(SOURCE_WARNINGS.filter((w) => !printed.has(w))).toEqual([]);
  });

  it("builds every good source into an article page, and every sample article", () => {
    const articles = join(root, "content", "articles");
    const bySource = new Map<string, string>();
    for (const name of readdirSync(articles)) {
      const fm = frontMatter(readFileSync(join(articles, name), "utf8"));
      if (fm.source) bySource.set(fm.source, fm.slug!);
    }
    const fixtureSources: string[] = [];
    const walk = (dir: string, prefix: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name.startsWith(".")) continue;
        if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
        else fixtureSources.push(`${prefix}${e.name}`);
      }
    };
    walk(join(fixturesDir, "sources"), "");
    const good = [...fixtureSources, "generated/huge-line.txt"].filter((s) => !SKIPPED.includes(s));
    expect(good.length).toBeGreaterThanOrEqual(35);
    const missing = good.filter((s) => {
      const slug = bySource.get(`content/sources/hostile/${s}`);
      return !slug || !existsSync(join(out, "articles", slug, "index.html"));
    });
    expect(missing).toEqual([]);
    for (const s of SKIPPED) expect(bySource.has(`content/sources/hostile/${s}`), s).toBe(false);
    // Every sample article is still there.
    for (const name of readdirSync(join(projectDir, "content", "articles"))) {
      expect(existsSync(join(out, "articles", name.replace(/\.md$/, ""), "index.html")), name).toBe(true);
    }
  });

  it("gives duplicate titles distinct URLs", () => {
    for (const slug of ["council-approves-new-bridge", ...[2, 3, 4, 5].map((n) => `council-approves-new-bridge-${n}`), "hackers-attack-church-of-scientology-website-2"]) {
      expect(existsSync(join(out, "articles", slug, "index.html")), slug).toBe(true);
    }
  });

  it("puts no script, event handler, javascript: URL, iframe or other active markup from a source into any page", () => {
    const scan = scanMarkup(out, isOwnScript);
    // The editor's article is checked on its own below (a site bug, not a source problem).
    expect(scan.problems.filter((p) => !p.startsWith(`articles/${EDITOR_SLUG}/`))).toEqual([]);
    // `<iframe`, `<object`, `<embed`, `<svg` do not occur in any page's bytes at all.
    for (const file of htmlFilesOf(out)) expect(readFileSync(file, "utf8"), file).not.toMatch(/<iframe|<object|<embed|<svg/i);
    // Feeds and sitemaps carry text only.
    for (const name of ["rss.xml", "sitemap-0.xml"]) {
      const xml = readFileSync(join(out, name), "utf8");
      expect(xml, name).not.toMatch(/<script|<img|<iframe|javascript:/i);
    }
  });

  it("has no `<script` in any page's bytes other than the site's own script elements", () => {
    // Stricter than what a browser needs: `<script>` inside a quoted attribute value is inert, but a
    // page whose bytes contain it fails naive scanners and WAF rules. Every raw `<script` must be one
    // of the (own) script elements the parser found.
    const scan = scanMarkup(out, isOwnScript);
    const extra: string[] = [];
    for (const file of htmlFilesOf(out)) {
      const page = relative(out, file).split(sep).join("/");
      const html = readFileSync(file, "utf8");
      const raw = (html.match(/<script/gi) ?? []).length;
      if (raw !== (scan.scriptElements.get(page) ?? 0)) extra.push(`${page}: ${raw - (scan.scriptElements.get(page) ?? 0)} \`<script\` in attribute values or text`);
    }
    expect(extra).toEqual([]);
  });

  it("shows hostile text as text", () => {
    const dirs = readdirSync(join(out, "articles"));
    for (const [prefix, text] of ESCAPED_TEXT) {
      const dir = dirs.find((d) => d.startsWith(prefix));
      expect(dir, prefix).toBeDefined();
      const html = readFileSync(join(out, "articles", dir!, "index.html"), "utf8");
      const body = textOf(html, (el) => el.tagName === "div" && Array.isArray(el.properties.className) && el.properties.className.includes("article-body"));
      expect(body, `${prefix}: ${text}`).toContain(text);
    }
    // Titles are text in <title>, <h1>, JSON-LD and the feed.
    const page = readFileSync(join(out, "articles", "etc-passwd", "index.html"), "utf8");
    expect(textOf(page, (el) => el.tagName === "h1")).toBe("<script>alert('fm-1')</script></title><img src=x onerror=alert('fm-2')>");
    expect(textOf(page, (el) => el.tagName === "title")).toContain("<script>alert('fm-1')</script>");
  });

  it("never lets an unbalanced quotation mark swallow the following paragraphs", () => {
    const dir = readdirSync(join(out, "articles")).find((d) => d.startsWith("unbalanced-quotes"))!;
    const html = readFileSync(join(out, "articles", dir, "index.html"), "utf8");
    const paragraphs = html.slice(html.indexOf('<div class="article-body">')).split("<p>").slice(1);
    expect(paragraphs[0]).toMatch(/<q /); // the unclosed quotation, capped at its paragraph
    expect(paragraphs[1]).toContain("The council voted 7 to 2");
    expect(paragraphs[1]).not.toMatch(/<q /);
    expect(paragraphs[2]).not.toMatch(/<q /);
    expect(paragraphs[3]).toMatch(/<q [^>]*>“We were not consulted,”<\/q>/);
  });

  it("keeps odd Unicode out of slugs and titles", () => {
    const slugs = readdirSync(join(out, "articles"));
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugs).toContain("invisible-characters-janeholloway-and-mark-ruiz-of-the-northfieldcouncil-met-on");
    const article = readFileSync(join(root, "content", "articles", "invisible-characters-janeholloway-and-mark-ruiz-of-the-northfieldcouncil-met-on.md"), "utf8");
    expect(article).not.toMatch(/[\u00a0\u200b\u2060\ufeff\u00ad]/);
  });

  it("has no broken internal link but the relative links of one source, which ingest warned about", () => {
    const broken = checkLinks(out, { base: "/", site: "https://news.example.org" })
      // The 404 page's canonical URL is a site bug, asserted in site-output.test.ts.
      .filter((p) => !p.startsWith("404.html: "));
    expect(broken).toEqual([
      "articles/links-that-run-code/index.html: javascript%3Aalert('link-7') points to no file",
      "articles/links-that-run-code/index.html: ../../etc/passwd points to no file",
      "articles/links-that-run-code/index.html: /entities/nobody/ points to no file",
      "articles/links-that-run-code/index.html: #nowhere points to no element #nowhere",
    ]);
  });

  it("never changes the repository's content/", () => {
    expect(hashTree(join(projectDir, "content"))).toEqual(repoContentBefore);
  });

  describe("strict builds", () => {
    it("--strict exits non-zero over the same content, and changes nothing in content/", async () => {
      const run = await runBuild(root, join(root, "dist-strict"), { args: ["--strict"] });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/error\(s\) in strict mode: the site was not built/);
      expect(hashTree(join(root, "content"))).toEqual(contentAfterBuild);
      expect(existsSync(join(root, "dist-strict", "index.html"))).toBe(false);
    });

    it("STRICT=1 does the same", async () => {
      const run = await runBuild(root, join(root, "dist-strict"), { env: { STRICT: "1" } });
      expect(run.code).not.toBe(0);
      expect(hashTree(join(root, "content"))).toEqual(contentAfterBuild);
    });

    it("a failed strict build over new sources writes no article into content/", async () => {
      // A fresh tree: one new good source and one bad one. The strict build fails; nothing it would
      // have ingested may be left behind in content/articles.
      const fresh = mkdtempSync(join(tmpdir(), "site-strict-"));
      try {
        cpSync(join(projectDir, "content"), join(fresh, "content"), { recursive: true });
        const sources = join(fresh, "content", "sources", "hostile");
        cpSync(join(fixturesDir, "sources", "impossible-date.txt"), join(sources, "impossible-date.txt"));
        cpSync(join(fixturesDir, "sources", "crlf.txt"), join(sources, "crlf.txt"));
        const before = hashTree(join(fresh, "content"));
        const run = await runBuild(fresh, join(fresh, "dist"), { args: ["--strict"] });
        expect(run.code).not.toBe(0);
        expect(hashTree(join(fresh, "content"))).toEqual(before);
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    });
  });

  it("skips an editor's article with wrong front-matter types with a message, and still builds", async () => {
    // Articles written by hand skip ingest's checks: the corpus stage leaves them out with an error,
    // and the site build must not then fail on them.
    const fresh = mkdtempSync(join(tmpdir(), "site-editor-"));
    try {
      cpSync(join(projectDir, "content"), join(fresh, "content"), { recursive: true });
      const articles = join(fresh, "content", "articles");
      writeFileSync(join(articles, "editor-title-list.md"), "---\ntitle: [First, Second]\ndate: 2024-06-01\nslug: editor-title-list\n---\n\nThe council met on Monday.\n");
      writeFileSync(join(articles, "editor-pins-text.md"), "---\ntitle: Pins as text\ndate: 2024-06-02\nslug: editor-pins-text\npins: Jordan\n---\n\nThe council met on Tuesday.\n");
      const run = await runBuild(fresh, join(fresh, "dist"));
      expect(run.stderr).toContain("error: content/articles/editor-title-list.md:2: front matter lacks title; the article is left out");
      expect(run.stderr).not.toMatch(/InvalidContentEntryDataError/);
      expect(run.code).toBe(0);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("an editor's article with a javascript: sourceUrl does not get a javascript: link", () => {
    // Ingest drops such URLs from sources; an article written by hand goes straight to the page.
    const scan = scanMarkup(join(out, "articles", EDITOR_SLUG), isOwnScript);
    expect(scan.problems).toEqual([]);
  });
});
