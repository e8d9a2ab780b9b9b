/**
 * Per-article annotation cache, kept between builds in `.cache/annotations/`: one file per article,
 * named by a key over everything the annotator's output depends on (the Markdown body, date and pins,
 * a hash of the registry, and a fingerprint of the annotator's code and model). An unchanged article is
 * neither parsed nor annotated again; a changed registry or annotator changes every key, so nothing is
 * served from an older one. Files no article of this build used are deleted when the cache is saved, so
 * nothing stale survives. Stores the extracted text and the annotator's own output (before corpus
 * merging, which is what the merge needs).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotations, Registry } from "../annotator/model.ts";

export interface CachedArticle {
  text: string;
  annotations: Annotations;
}

export interface AnnotationCache {
  /** The cached annotations for this key, or `undefined`. */
  get(key: string): Promise<CachedArticle | undefined>;
  /** Stores a fresh result (written at once: a build that fails later keeps what it annotated). */
  set(key: string, value: CachedArticle): Promise<void>;
  /** Marks a key as used by this build without reading it. */
  keep(key: string): void;
  /** Deletes the entries no article of this build used. */
  save(): Promise<void>;
}

export function registryHash(registry: Registry): string {
  return createHash("sha256").update(JSON.stringify(registry)).digest("hex").slice(0, 16);
}

/** Hash of the files under `dir` (names and contents, in name order). */
export function folderFingerprint(dirs: string[], seed = "", skip?: (name: string) => boolean): string {
  const hash = createHash("sha256").update(seed);
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!skip?.(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const dir of dirs) walk(dir);
  return hash.digest("hex").slice(0, 16);
}

/**
 * Fingerprint of the annotator's code and model files: the cache must not serve old annotations when
 * the annotator changes without its ANNOTATOR_VERSION being bumped (common while it is developed).
 */
// (Not its documentation: editing a README beside the code must not make the next build annotate
// every article again.)
export function annotatorFingerprint(version: string, dir = fileURLToPath(new URL("../annotator/", import.meta.url))): string {
  return folderFingerprint([dir], version, (name) => name.endsWith(".md"));
}

export function cacheKey(parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 24);
}

/** `dir` is the cache folder (`.cache/annotations`); `null` disables the cache. */
export async function openAnnotationCache(dir: string | null): Promise<AnnotationCache> {
  const used = new Set<string>();
  if (!dir) {
    return { get: async () => undefined, set: async () => {}, keep: () => {}, save: async () => {} };
  }
  await mkdir(dir, { recursive: true });
  // The single-file cache of earlier versions held every article at once: drop it.
  await rm(`${dir}.json`, { force: true });
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        // Synchronous: a rebuild reads every article's entry, one after the other, with nothing else to
        // do meanwhile; an asynchronous read is four round trips to the thread pool per file.
        const value = JSON.parse(readFileSync(path(key), "utf8")) as CachedArticle;
        used.add(key);
        return value;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      used.add(key);
      await writeFile(path(key), JSON.stringify(value));
    },
    keep(key) {
      used.add(key);
    },
    async save() {
      for (const name of await readdir(dir)) {
        if (!name.endsWith(".json") || !used.has(name.slice(0, -5))) await unlink(join(dir, name)).catch(() => {});
      }
    },
  };
}
