/**
 * The build's caches, on real behaviour (never on timings, which belong to `npm run bench`): an unchanged
 * article is not annotated again; a changed article, a changed registry or a changed annotator version
 * invalidates what it must; no stale entry survives; per-article files are rewritten only when they change.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.ts";
import { corpusAnnotations } from "../../src/plugins/corpus-lookup.ts";
import { articleText, articleTree, treeCorpus } from "../helpers/article-tree.ts";

const article = (slug: string, date: string, body: string) => articleText(slug, date, body);

const roots: string[] = [];
afterAll(() => {
  if (!process.env.KEEP_SITE) for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tree(): string {
  const root = articleTree("cache-tree-", {
    "a.md": article("talks-in-london", "2025-03-01", "David Lammy met Kaja Kallas in London.\n\nKallas said: \"We are united.\""),
    "b.md": article("brussels-briefing", "2025-04-01", "Kaja Kallas spoke to reporters in Brussels on Monday."),
    "c.md": article("paris-visit", "2025-05-01", "Emmanuel Macron welcomed David Lammy to Paris."),
  });
  roots.push(root);
  return root;
}

const build = treeCorpus;

const cacheFiles = (root: string) => readdirSync(join(root, ".cache", "annotations")).sort();

describe("annotation cache", () => {
  it("annotates an unchanged article once, and only the changed article again", async () => {
    const root = tree();
    expect((await build(root)).annotated).toBe(3);
    expect((await build(root)).annotated).toBe(0);
    const before = cacheFiles(root);
    expect(before).toHaveLength(3);

    writeFileSync(join(root, "content", "articles", "b.md"), article("brussels-briefing", "2025-04-01", "Kaja Kallas spoke to reporters in Brussels on Tuesday."));
    const again = await build(root);
    expect(again.annotated).toBe(1);
    // The old entry of the changed article is gone; the two others are the same files.
    const after = cacheFiles(root);
    expect(after).toHaveLength(3);
    expect(after.filter((f) => before.includes(f))).toHaveLength(2);
  });

  it("a changed registry invalidates every article, and leaves no stale entry", async () => {
    const root = tree();
    await build(root);
    const before = cacheFiles(root);
    writeFileSync(join(root, "content", "entities", "test-added-entity.yaml"), "name: Test Added Entity\ntype: organization\naliases: [TAE]\n");
    expect((await build(root)).annotated).toBe(3);
    const after = cacheFiles(root);
    expect(after).toHaveLength(3);
    expect(after.filter((f) => before.includes(f))).toEqual([]);
  });

  it("a changed annotator version invalidates every article", async () => {
    const root = tree();
    expect((await build(root, { annotatorVersion: "1" })).annotated).toBe(3);
    expect((await build(root, { annotatorVersion: "1" })).annotated).toBe(0);
    expect((await build(root, { annotatorVersion: "2" })).annotated).toBe(3);
    expect(cacheFiles(root)).toHaveLength(3);
  });

  it("a removed article leaves neither a cache entry nor an annotations file", async () => {
    const root = tree();
    await build(root);
    rmSync(join(root, "content", "articles", "c.md"));
    const { corpus } = await build(root);
    expect(corpus.articles.map((a) => a.slug).sort()).toEqual(["brussels-briefing", "talks-in-london"]);
    expect(cacheFiles(root)).toHaveLength(2);
    expect(readdirSync(join(root, ".cache", "corpus", "articles")).sort()).toEqual(["brussels-briefing.json", "talks-in-london.json"]);
  });
});

describe("corpus files", () => {
  it("stores each article's text and annotations in a file of its own, rewritten only when it changes", async () => {
    const root = tree();
    const first = await build(root);
    expect(first.stats.written).toBe(3);
    const onDisk = JSON.parse(readFileSync(join(root, ".cache", "corpus.json"), "utf8")) as Corpus & { articles: Record<string, unknown>[] };
    // corpus.json lists articles without their text or annotations.
    for (const a of onDisk.articles) {
      expect(a).not.toHaveProperty("text");
      expect(a).not.toHaveProperty("annotations");
    }
    const stored = corpusAnnotations(join(root, ".cache", "corpus.json")).get("talks-in-london")!;
    expect(stored.text).toContain("David Lammy met Kaja Kallas");
    expect(stored.annotations.mentions.some((m) => m.entityId === "kaja-kallas")).toBe(true);

    expect((await build(root)).stats.written).toBe(0);
  });

  it("page keys change with what a page shows, and only then", async () => {
    const root = tree();
    const first = (await build(root)).corpus;
    const second = (await build(root)).corpus;
    const keys = (c: Corpus) => Object.fromEntries([...c.articles.map((a) => [a.slug, a.pageKey]), ...c.entities.map((e) => [e.id, e.pageKey])]);
    expect(keys(second)).toEqual(keys(first));

    // A new mention of Emmanuel Macron in another article: his page and that article change; an article
    // that shares no entity with the change keeps its key.
    writeFileSync(join(root, "content", "articles", "b.md"), article("brussels-briefing", "2025-04-01", "Kaja Kallas spoke to reporters in Brussels on Monday with Emmanuel Macron."));
    const third = (await build(root)).corpus;
    const k1 = keys(first);
    const k3 = keys(third);
    expect(k3["brussels-briefing"]).not.toBe(k1["brussels-briefing"]);
    expect(k3["emmanuel-macron"]).not.toBe(k1["emmanuel-macron"]);
    expect(k3["talks-in-london"]).toBe(k1["talks-in-london"]);
    expect(third.articles.find((a) => a.slug === "talks-in-london")!.renderKey).toBe(first.articles.find((a) => a.slug === "talks-in-london")!.renderKey);
  });
});
