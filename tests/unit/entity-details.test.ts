/**
 * The entities' per-entity lists in bucket files (src/corpus/entity-details.ts): each entity reads back
 * exactly as written, only changed buckets are rewritten, and nothing of a gone entity survives.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUCKETS, bucketOf, entityDetail, entityDetailReader, entitySummary, writeEntityDetails } from "../../src/corpus/entity-details.ts";
import type { CorpusEntity } from "../../src/corpus/types.ts";

const entity = (id: string, snippet: string): CorpusEntity => ({
  id,
  name: id.replace(/-/g, " "),
  type: "person",
  aliases: [],
  roles: [],
  inRegistry: false,
  mentionCount: 2,
  articles: ["b", "a"],
  // Non-ASCII text: offsets in the index are bytes, not characters.
  contexts: [{ articleSlug: "b", articleTitle: "Bé", articleDate: "2025-01-02", elementId: "m-1", snippet, start: 0, end: 3 }],
  quotes: ["b/q-0"],
  cooccurring: [{ id: "other", count: 1 }],
  timeline: [{ month: "2025-01", count: 2 }],
  pageKey: `key-${id}`,
});

const ids = Array.from({ length: 600 }, (_, i) => `person-${i}`);
const mtimes = (dir: string) => new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));

describe("entity details", () => {
  it("split an entity into what the site keeps (with counts) and what its page reads", () => {
    const e = entity("ada-lovelace", "Ada said so.");
    const summary = entitySummary(e);
    expect(summary).toEqual({ id: "ada-lovelace", name: "ada lovelace", type: "person", aliases: [], roles: [], inRegistry: false, mentionCount: 2, pageKey: "key-ada-lovelace", articleCount: 2 });
    expect(entityDetail(e)).toEqual({ contexts: e.contexts, articles: ["b", "a"], quotes: ["b/q-0"], cooccurring: [{ id: "other", count: 1 }], timeline: [{ month: "2025-01", count: 2 }] });
  });

  it("read back each entity from its bucket, and rewrite only the buckets that changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-details-"));
    try {
      const entities = ids.map((id, i) => entity(id, `Zoë ${i} said “yes”.`));
      expect(await writeEntityDetails(dir, entities)).toBe(readdirSync(dir).length - 1);
      const buckets = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
      expect(buckets.length).toBeLessThanOrEqual(BUCKETS);
      expect(buckets.length).toBeGreaterThan(100); // spread over the buckets, not one file
      const read = entityDetailReader(dir);
      for (const e of entities) expect(read(e.id)).toEqual(entityDetail(e));
      expect(read("nobody")).toBeUndefined();

      // Same content: nothing written. Set old times to see which files a second write touches.
      for (const f of readdirSync(dir)) utimesSync(join(dir, f), 1, 1);
      expect(await writeEntityDetails(dir, entities)).toBe(0);
      const changed = entities.map((e) => (e.id === "person-7" ? entity(e.id, "A new sentence about person 7.") : e));
      expect(await writeEntityDetails(dir, changed)).toBe(1);
      const after = mtimes(dir);
      const touched = [...after].filter(([, t]) => t > 1000).map(([f]) => f).sort();
      expect(touched).toEqual([`${bucketOf("person-7")}.jsonl`, "index.json"].sort());
      expect(entityDetailReader(dir)("person-7")!.contexts[0]!.snippet).toBe("A new sentence about person 7.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leave nothing of a gone entity: not in the index, and its bucket deleted when no other entity uses it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-details-"));
    try {
      await writeEntityDetails(dir, ids.map((id) => entity(id, "Said.")));
      const kept = ids.slice(0, 3);
      await writeEntityDetails(dir, kept.map((id) => entity(id, "Said.")));
      expect(readdirSync(dir).sort()).toEqual([...new Set(kept.map((id) => `${bucketOf(id)}.jsonl`)), "index.json"].sort());
      const read = entityDetailReader(dir);
      expect(read(ids[10]!)).toBeUndefined();
      for (const id of kept) expect(read(id)?.articles).toEqual(["b", "a"]);
      // Every line of a bucket is one of its entities: nothing of the gone ones is left inside either.
      const lines = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readFileSync(join(dir, f), "utf8").trimEnd().split("\n"));
      expect(lines).toHaveLength(kept.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("write every bucket again after a write that stopped before its index", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-details-"));
    try {
      const entities = ids.slice(0, 50).map((id) => entity(id, "Said."));
      const first = await writeEntityDetails(dir, entities);
      rmSync(join(dir, "index.json"));
      expect(await writeEntityDetails(dir, entities)).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
