/**
 * Per-article annotation cache (`.cache/annotations.json`): an article is parsed and annotated again
 * only when its Markdown body, date, pins, the registry or the annotator version changed. Stores the
 * extracted text and the annotator's own output (before corpus merging, which is what the merge needs).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotations, Registry } from "../annotator/model.ts";

export interface CachedArticle {
  text: string;
  annotations: Annotations;
}

export interface AnnotationCache {
  get(slug: string, key: string): CachedArticle | undefined;
  set(slug: string, key: string, value: CachedArticle): void;
  save(): Promise<void>;
}

export function registryHash(registry: Registry): string {
  return createHash("sha256").update(JSON.stringify(registry)).digest("hex").slice(0, 16);
}

/**
 * Fingerprint of the annotator's code and model files: the cache must not serve old annotations when
 * the annotator changes without its ANNOTATOR_VERSION being bumped (common while it is developed).
 */
export function annotatorFingerprint(version: string, dir = fileURLToPath(new URL("../annotator/", import.meta.url))): string {
  const hash = createHash("sha256").update(version);
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 16);
}

export function cacheKey(parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 24);
}

export async function openAnnotationCache(path: string | null): Promise<AnnotationCache> {
  let stored: Record<string, { key: string } & CachedArticle> = {};
  if (path) {
    try {
      stored = JSON.parse(await readFile(path, "utf8")) as typeof stored;
    } catch {
      stored = {};
    }
  }
  const next: typeof stored = {};
  return {
    get(slug, key) {
      const hit = stored[slug];
      return hit && hit.key === key ? { text: hit.text, annotations: hit.annotations } : undefined;
    },
    set(slug, key, value) {
      next[slug] = { key, ...value };
    },
    async save() {
      if (!path) return;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(next));
    },
  };
}
