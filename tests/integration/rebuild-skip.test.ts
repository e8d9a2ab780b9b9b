/**
 * A rebuild skips what did not change (ingest reads no unchanged source, the corpus stage parses no
 * unchanged front matter, the id ledger's parse is kept), and must still write exactly what a clean
 * build of the same content writes: the corpus files byte for byte, and every page.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleText, articleTree, treeCorpus } from "../helpers/article-tree.ts";
import { type BuiltSite, buildSite, rebuildSite, removeSite } from "../helpers/site.ts";

const roots: string[] = [];
const sites: BuiltSite[] = [];
afterAll(() => {
  for (const s of sites) removeSite(s);
  if (!process.env.KEEP_SITE) for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Every file under `dir` (relative path -> bytes), optionally only those `keep` accepts. */
function files(dir: string, keep: (rel: string) => boolean = () => true): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(dir, join(entry.parentPath, entry.name));
    if (keep(rel)) out.set(rel, readFileSync(join(dir, rel)));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Compares two folders file by file, naming the files that differ (a plain map comparison prints bytes). */
function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect([...a].filter(([rel, bytes]) => !bytes.equals(b.get(rel)!)).map(([rel]) => rel)).toEqual([]);
}

const article = articleText;

function tree(): string {
  const root = articleTree("rebuild-skip-", {
    "a.md": article("talks-in-london", "2025-03-01", 'David Lammy met Kaja Kallas in London.\n\nKallas said: "We are united."'),
    // No licence and no credit: its warnings must be given on every build, also when its front matter is not parsed.
    "b.md": article("brussels-briefing", "2025-04-01", "Kaja Kallas spoke to reporters in Brussels on Monday.", ""),
    "c.md": article("paris-visit", "2025-05-01", "Emmanuel Macron welcomed David Lammy to Paris."),
  });
  roots.push(root);
  return root;
}

const corpus = (root: string) => treeCorpus(root);

const corpusFiles = (root: string) => files(join(root, ".cache"), (rel) => rel === "corpus.json" || rel.startsWith("corpus/"));

describe("corpus stage: a rebuild after edits writes what a clean build writes", () => {
  it("after a body edit and a front-matter-only edit", async () => {
    const root = tree();
    await corpus(root);
    const articles = join(root, "content", "articles");
    writeFileSync(join(articles, "a.md"), article("talks-in-london", "2025-03-01", 'David Lammy met Kaja Kallas in Paris.\n\nKallas said: "We are united."'));
    // The body is the same: only the front matter (here the title) tells the corpus what changed.
    writeFileSync(join(articles, "c.md"), readFileSync(join(articles, "c.md"), "utf8").replace("title: paris-visit", "title: Macron welcomes Lammy"));
    const rebuilt = await corpus(root);

    const clean = mkdtempSync(join(tmpdir(), "rebuild-skip-clean-"));
    roots.push(clean);
    cpSync(join(root, "content"), join(clean, "content"), { recursive: true });
    const fresh = await corpus(clean);

    expect(rebuilt.corpus.articles.find((a) => a.slug === "paris-visit")?.title).toBe("Macron welcomes Lammy");
    expect(rebuilt.messages).toEqual(fresh.messages);
    expect(rebuilt.messages.filter((m) => m.file === "content/articles/b.md").map((m) => m.message)).toEqual(["front matter has no license", "front matter has no credit"]);
    expectSameFiles(corpusFiles(root), corpusFiles(clean));
    // corpus.json is put together from its lists' JSON: it must be exactly JSON.stringify of the corpus.
    expect(readFileSync(join(root, ".cache", "corpus.json"), "utf8")).toBe(JSON.stringify(rebuilt.corpus));
  });
});

describe("whole build: a rebuild after a changed source equals a clean build", () => {
  it("writes the same corpus files and the same pages", async () => {
    const site = await buildSite({ name: "rebuild-skip" });
    sites.push(site);
    const articleFile = join(site.root, "content", "articles", "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md");
    const others = readdirSync(join(site.root, "content", "articles")).filter((f) => !articleFile.endsWith(f));
    const before = new Map(others.map((f) => [f, statSync(join(site.root, "content", "articles", f)).mtimeMs]));
    appendFileSync(join(site.root, "content", "sources", "2025-05-12-european-allies-ukraine.txt"), "\n\n“We will keep talking to every partner,” Mr Lammy told reporters after the meeting.\n");
    await rebuildSite(site);
    expect(readFileSync(articleFile, "utf8")).toContain("We will keep talking to every partner");
    // No other article was written again.
    expect(new Map(others.map((f) => [f, statSync(join(site.root, "content", "articles", f)).mtimeMs]))).toEqual(before);

    // A clean build of the same content (with the articles and id ledger the builds wrote) in a folder of its own.
    const root = mkdtempSync(join(tmpdir(), "site-rebuild-skip-clean-"));
    cpSync(join(site.root, "content"), join(root, "content"), { recursive: true });
    const clean: BuiltSite = { root, out: join(root, "dist"), base: site.base, stdout: "", stderr: "" };
    sites.push(clean);
    await rebuildSite(clean);

    expectSameFiles(corpusFiles(site.root), corpusFiles(clean.root));
    const pages = (s: BuiltSite) => files(s.out, (rel) => rel.endsWith(".html") || rel.endsWith(".xml") || rel.endsWith(".jsonld"));
    expectSameFiles(pages(site), pages(clean));
  });
});
