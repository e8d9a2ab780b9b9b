/**
 * The heavy part of each entity (mention contexts, article list, quote ids, companions, timeline) in
 * files of its own, `.cache/corpus/entity-details/<bucket>.jsonl`, read one entity at a time by its page.
 *
 * Why: the site's process used to hold every entity's contexts at once (about 200 snippets per frequent
 * entity) for as long as it built pages, and V8 lets its heap grow to a multiple of what is live, so that
 * list set the build's peak memory on a large archive. The pages keep only `EntitySummary` in memory.
 *
 * Entities are hashed into BUCKETS files (not one file per entity: a large archive has tens of thousands
 * of entities, and a file costs far more to create than to fill); `index.json` gives each entity's byte
 * range in its bucket, so a page reads and parses only its own entity. A bucket is rewritten only when
 * its content changed, and buckets no entity uses any more are deleted: what a page reads is always this
 * build's (the pages' cache keys cover the same data, see `entityPageKey`).
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { mkdir, readdir, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CorpusEntity, EntityDetail, EntitySummary } from "./types.ts";

/** About a hundred entities per file at 10,000 articles; few enough files to create cheaply. */
export const BUCKETS = 256;
const INDEX = "index.json";

/** `index.json`: each bucket's content hash (to skip unchanged ones) and each entity's `[bucket, offset, length]` in bytes. */
interface DetailIndex {
  buckets: Record<string, string>;
  entities: Record<string, [string, number, number]>;
}

export function bucketOf(id: string): string {
  const n = createHash("sha1").update(id).digest().readUInt16BE(0) % BUCKETS;
  return n.toString(16).padStart(2, "0");
}

/** The fields the entity pages read one entity at a time. */
export function entityDetail(e: CorpusEntity): EntityDetail {
  return { contexts: e.contexts, articles: e.articles, quotes: e.quotes, cooccurring: e.cooccurring, ...(e.timeline ? { timeline: e.timeline } : {}) };
}

/** The rest, with the counts the lists and cards show. */
export function entitySummary(e: CorpusEntity): EntitySummary {
  const { contexts: _c, articles, quotes: _q, cooccurring: _o, timeline: _t, ...summary } = e;
  return { ...summary, articleCount: articles.length };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 20);

async function readIndex(dir: string): Promise<DetailIndex | undefined> {
  try {
    return JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as DetailIndex;
  } catch {
    return undefined;
  }
}

/** Writes the buckets whose content changed and the index, and deletes unused buckets. Returns the number of buckets written. */
export async function writeEntityDetails(dir: string, entities: CorpusEntity[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  const previous = await readIndex(dir);
  // The index goes first and comes back last: a build that stops half-way leaves no index claiming
  // that a bucket it did not finish is current, so the next build writes every bucket again.
  await unlink(join(dir, INDEX)).catch(() => {});
  const byBucket = new Map<string, CorpusEntity[]>();
  for (const e of [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const b = bucketOf(e.id);
    const list = byBucket.get(b) ?? [];
    list.push(e);
    byBucket.set(b, list);
  }
  const index: DetailIndex = { buckets: {}, entities: {} };
  const existing = new Set(await readdir(dir));
  let written = 0;
  for (const [bucket, list] of byBucket) {
    let offset = 0;
    const lines: string[] = [];
    for (const e of list) {
      const line = JSON.stringify(entityDetail(e));
      const length = Buffer.byteLength(line);
      index.entities[e.id] = [bucket, offset, length];
      offset += length + 1;
      lines.push(line);
    }
    const content = `${lines.join("\n")}\n`;
    const name = `${bucket}.jsonl`;
    index.buckets[bucket] = sha(content);
    const present = existing.delete(name);
    if (present && previous?.buckets[bucket] === index.buckets[bucket]) continue;
    await writeFile(join(dir, name), content);
    written++;
  }
  for (const name of existing) if (name !== INDEX) await unlink(join(dir, name)).catch(() => {});
  await writeFile(join(dir, INDEX), JSON.stringify(index));
  return written;
}

/** Reads entity details from `dir` by id: only the entity's own bytes, never a whole bucket. */
export function entityDetailReader(dir: string): (id: string) => EntityDetail | undefined {
  let index: DetailIndex["entities"] | undefined;
  return (id) => {
    index ??= (JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as DetailIndex).entities;
    const at = index[id];
    if (!at) return undefined;
    const [bucket, offset, length] = at;
    const buffer = Buffer.alloc(length);
    const fd = openSync(join(dir, `${bucket}.jsonl`), "r");
    try {
      readSync(fd, buffer, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    return JSON.parse(buffer.toString("utf8")) as EntityDetail;
  };
}
