/**
 * Keys for the page cache after the corpus stage. The annotations an article is rendered with are not in
 * its file, so what keys its pages (`StoredArticle.renderKey`, part of the page key) must cover them,
 * the renderer's code (src/plugins, src/lib, the article pipeline in src/integrations) and the base path.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Annotations } from "../annotator/model.ts";
import { folderFingerprint } from "./annotate-cache.ts";

const src = fileURLToPath(new URL("../", import.meta.url));

let cached: string | undefined;
/**
 * The renderer's code (src/plugins, src/lib), the Astro config and the base path: what turns the same
 * Markdown and annotations into other HTML.
 */
export function rendererFingerprint(): string {
  if (cached) return cached;
  let config = "";
  try {
    config = readFileSync(new URL("../../astro.config.mjs", import.meta.url), "utf8");
  } catch {
    // not in a project checkout
  }
  cached = folderFingerprint([`${src}plugins`, `${src}lib`, `${src}integrations`], `${process.env.BASE_PATH ?? ""}\u0000${config}`);
  return cached;
}

export function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 20);
}

/** What the renderer draws from an article's annotations: mention and quote spans, entity ids, types, names. */
export function renderKey(annotations: Annotations): string {
  const entities = annotations.entities.map((e) => [e.id, e.type, e.name]);
  return sha(JSON.stringify([rendererFingerprint(), annotations.mentions, annotations.quotes, entities]));
}
