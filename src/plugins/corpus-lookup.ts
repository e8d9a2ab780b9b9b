/**
 * Reads the annotations the corpus stage stored for each article, once per build: the file is parsed
 * on first use and again only when its modification time changes (Astro renders pages in one process).
 */
import { readFileSync, statSync } from "node:fs";
import type { Annotations } from "../annotator/model.ts";
import type { Corpus } from "../corpus/types.ts";

export interface StoredAnnotations {
  textHash: string;
  annotations: Annotations;
}

const cache = new Map<string, { mtimeMs: number; bySlug: Map<string, StoredAnnotations> }>();

/** The stored annotations by article slug; an empty map when the corpus file does not exist. */
export function corpusAnnotations(corpusPath: string): Map<string, StoredAnnotations> {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(corpusPath).mtimeMs;
  } catch {
    return new Map();
  }
  const hit = cache.get(corpusPath);
  if (hit && hit.mtimeMs === mtimeMs) return hit.bySlug;
  const corpus = JSON.parse(readFileSync(corpusPath, "utf8")) as Corpus;
  const bySlug = new Map(corpus.articles.map((a) => [a.slug, { textHash: a.textHash, annotations: a.annotations }]));
  cache.set(corpusPath, { mtimeMs, bySlug });
  return bySlug;
}
