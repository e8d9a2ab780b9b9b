/**
 * A record of what the last run produced, so a rebuild does not re-parse sources that did not change
 * (parsing Markdown or HTML costs milliseconds per article; thousands of articles add up). Purely an
 * optimisation: an entry is used only when the source bytes, the ingest code and the article file are
 * all exactly as they were when the entry was written; anything else falls back to a full parse.
 *
 * A rebuild after one change should not even read the other sources: an entry also keeps the source
 * file's `statKey` (inode, size, modification and change time, taken before its bytes were hashed), and
 * a source whose key is the same is taken to have the same bytes. When the key differs (touched, copied,
 * restored) the bytes are hashed as before, and an unchanged hash is still a hit. The article file is
 * always read (it is the editor's), but its front matter is not parsed again when its bytes hash as
 * recorded (`articleData`).
 */
import { readFile, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceIssue, SourceKind } from "./types.ts";
import { sha256 } from "./render.ts";
import { writeFileAtomic } from "./files.ts";

/** Bump when output changes for reasons the code hash cannot see (e.g. a dependency upgrade). */
const CACHE_FORMAT = "2";

export interface CacheEntry {
  /** sha256 of the source file's bytes. */
  sourceHash: string;
  /** `statKey` of the source file when those bytes were read: the same key spares reading it again. */
  sourceStat?: string;
  /** Article file (relative to the root) and sha256 of its content as written. */
  articleFile: string;
  articleHash: string;
  /**
   * The front matter parsed from the article file's bytes (those `articleHash` hashes), when it survives
   * JSON unchanged; absent for a file this run wrote (it is parsed, once, by the next run).
   */
  articleData?: Record<string, unknown>;
  kind: SourceKind;
  title: string;
  /** Warnings the source produced, replayed on a cache hit so the editor keeps seeing them. */
  issues: SourceIssue[];
}

export interface IngestCache {
  version: string;
  entries: Record<string, CacheEntry>;
}

let codeVersion: Promise<string> | undefined;

/** Cache version: format plus a hash of the ingest code itself, so a code change invalidates it. */
export function cacheVersion(): Promise<string> {
  codeVersion ??= (async () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const names = (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort();
    const parts = await Promise.all(names.map(async (n) => `${n}\n${await readFile(join(dir, n), "utf8")}`));
    return `${CACHE_FORMAT}:${sha256(parts.join("\n"))}`;
  })();
  return codeVersion;
}

export async function loadCache(path: string): Promise<IngestCache> {
  const version = await cacheVersion();
  try {
    const data = JSON.parse(await readFile(path, "utf8")) as Partial<IngestCache>;
    if (data.version === version && data.entries && typeof data.entries === "object") return { version, entries: data.entries };
  } catch {
    // Missing or unreadable: start afresh.
  }
  return { version, entries: {} };
}

export async function saveCache(path: string, cache: IngestCache): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(cache)}\n`);
}
