/**
 * The corpus stage on a small temporary content tree: annotations stored per article with a text hash
 * the renderer can check, one id per entity across articles, mention contexts and quotes; and a strict
 * build that refuses broken content before building the site.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { snippetAround } from "../../src/corpus/contexts.ts";
import { buildCorpus } from "../../src/corpus/index.ts";
import type { Corpus } from "../../src/corpus/types.ts";
import { extractText, parseMarkdown, textHash } from "../../src/plugins/index.ts";
import { loadRegistry } from "../../src/registry/load.ts";
import { projectDir } from "../helpers/site.ts";
import { BUILD_COMMAND } from "../helpers/site.ts";

const article = (slug: string, date: string, body: string) =>
  `---\ntitle: ${slug}\ndate: ${date}\nslug: ${slug}\nsource: content/sources/${slug}.txt\nsourceUrl: https://en.wikinews.org/wiki/${slug}\nlicense: CC BY 2.5\ncredit: Wikinews contributors\n---\n\n${body}\n`;

function tree(articles: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "corpus-tree-"));
  cpSync(join(projectDir, "content", "entities"), join(root, "content", "entities"), { recursive: true });
  mkdirSync(join(root, "content", "articles"), { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, "content", "articles", name), text);
  return root;
}

describe("buildCorpus", () => {
  it("writes articles newest first, entities with contexts across articles, and quotes", async () => {
    const root = tree({
      "a.md": article("older-talks", "2025-03-01", "David Lammy met Kaja Kallas in London.\n\nKallas said: \"We are united.\""),
      "b.md": article("newer-talks", "2025-04-01", "Kaja Kallas spoke to reporters in Brussels on Monday. She praised David Lammy."),
    });
    const { registry } = await loadRegistry(join(root, "content", "entities"), root);
    const { corpus, messages } = await buildCorpus({ articlesDir: join(root, "content", "articles"), root, registry });
    expect(messages.filter((m) => m.severity === "error")).toEqual([]);
    const onDisk = JSON.parse(readFileSync(join(root, ".cache", "corpus.json"), "utf8")) as Corpus;
    expect(onDisk.articles.map((a) => a.slug)).toEqual(["newer-talks", "older-talks"]);

    // The stored hash is the hash of what the renderer extracts from the same Markdown.
    const older = onDisk.articles.find((a) => a.slug === "older-talks")!;
    const body = readFileSync(join(root, "content", "articles", "a.md"), "utf8").split("---\n").slice(2).join("---\n");
    expect(older.textHash).toBe(textHash(extractText(parseMarkdown(body)).text));

    const kallas = corpus.entities.find((e) => e.id === "kaja-kallas")!;
    expect(kallas.articles).toEqual(["newer-talks", "older-talks"]);
    expect(kallas.mentionCount).toBeGreaterThanOrEqual(2);
    for (const c of kallas.contexts) expect(c.snippet.slice(c.start, c.end)).toMatch(/Kallas/);
    expect(kallas.cooccurring.map((c) => c.id)).toContain("david-lammy");
    const speech = corpus.quotes.find((q) => q.content === "We are united.");
    expect(speech?.id).toMatch(/^older-talks\/q-\d+$/);
  });

  it("leaves out articles with broken front matter, with a message naming the file", async () => {
    const root = tree({ "bad.md": "---\ntitle: No date\nslug: no-date\n---\n\nText.\n", "dup.md": article("same", "2025-01-01", "One."), "dup2.md": article("same", "2025-01-02", "Two.") });
    const { corpus, messages } = await buildCorpus({ articlesDir: join(root, "content", "articles"), root, registry: { entries: [], suppress: [] } });
    expect(corpus.articles.map((a) => a.slug)).toEqual(["same"]);
    expect(messages.filter((m) => m.severity === "error").map((m) => m.file)).toEqual(["content/articles/bad.md", "content/articles/dup2.md"]);
  });

  it("cuts snippets at sentence boundaries", () => {
    const text = "First sentence here. Then David Lammy spoke at length. Last one.";
    const s = snippetAround(text, text.indexOf("David"), text.indexOf("David") + 11);
    expect(s.snippet).toBe("Then David Lammy spoke at length.");
    expect(s.snippet.slice(s.start, s.end)).toBe("David Lammy");
  });
});

describe("scripts/build.ts --strict", () => {
  it("exits non-zero before building the site when the content has errors", async () => {
    const root = tree({ "bad.md": "---\ntitle: No date\nslug: no-date\n---\n\nText.\n" });
    const result = await promisify(execFile)("npx", [...BUILD_COMMAND, "--strict", "--skip-ingest", "--root", root, "--out", join(root, "dist")], { cwd: projectDir }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: content/articles/bad.md:2: front matter lacks date");
  });
});
