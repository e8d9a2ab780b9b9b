/**
 * Where the site reads its content from, shared by astro.config.mjs, the content config and the build
 * script. Environment variables, so that `scripts/build.ts --root DIR` and tests can build a temporary
 * content tree without touching the repository's own.
 */
import { join, resolve } from "node:path";

/** Folder holding `content/` and `.cache/` (`CONTENT_ROOT`, default: the working directory). */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_ROOT || process.cwd());
}

/** The corpus file the corpus stage writes and the site reads (`CORPUS_PATH` overrides). */
export function corpusPath(): string {
  return resolve(process.env.CORPUS_PATH || join(contentRoot(), ".cache", "corpus.json"));
}

export function articlesDir(): string {
  return join(contentRoot(), "content", "articles");
}
