/**
 * Reads `content/articles/*.md`: YAML front matter (checked, with line-numbered messages) and the
 * Markdown body the site renders.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { frontMatterBounds, splitFrontMatter } from "../ingest/front-matter.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { isSlug } from "../lib/paths.ts";
import { openMetaCache } from "./meta-cache.ts";
import { sha256 } from "../ingest/render.ts";
import { sha } from "./render-key.ts";
import type { ArticleMeta } from "./types.ts";

export interface ArticleFile {
  meta: ArticleMeta;
  /** Path relative to the content root, POSIX separators. */
  file: string;
  body: string;
  /** Hash of the whole file as read (see src/corpus/render-key.ts). */
  sourceHash: string;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v.trim() || undefined : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "number" ? String(v) : undefined);

/** Checks one article's front matter; `undefined` (and an error message) when it cannot be published. */
export function articleMeta(data: Record<string, unknown>, file: string, messages: BuildMessage[]): ArticleMeta | undefined {
  const title = str(data.title);
  const date = str(data.date);
  const slug = str(data.slug);
  const missing = [!title && "title", !date && "date", !slug && "slug"].filter(Boolean);
  if (missing.length > 0) {
    messages.push({ severity: "error", file, line: 2, message: `front matter lacks ${missing.join(", ")}; the article is left out`, hint: "add the missing keys (re-run `npm run ingest` to regenerate the file)" });
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date!)) {
    messages.push({ severity: "error", file, line: 2, message: `date "${date}" is not YYYY-MM-DD; the article is left out`, hint: "write the date as 2025-01-31" });
    return undefined;
  }
  if (!isSlug(slug!)) {
    messages.push({ severity: "error", file, line: 2, message: `slug "${slug}" is not a slug; the article is left out`, hint: "use lower-case letters, digits and single hyphens" });
    return undefined;
  }
  const pins: Record<string, string> = {};
  if (data.pins && typeof data.pins === "object" && !Array.isArray(data.pins)) {
    for (const [surface, id] of Object.entries(data.pins as Record<string, unknown>)) if (typeof id === "string") pins[surface] = id;
  }
  if (!str(data.license)) messages.push({ severity: "warning", file, message: "front matter has no license", hint: "say under which terms the article is published, e.g. `license: CC BY 2.5`" });
  if (!str(data.credit)) messages.push({ severity: "warning", file, message: "front matter has no credit", hint: "say whom to credit, e.g. `credit: Wikinews contributors`" });
  const author = str(data.author);
  return {
    slug: slug!,
    title: title!,
    date: date!,
    source: str(data.source) ?? "",
    sourceUrl: str(data.sourceUrl) ?? "",
    license: str(data.license) ?? "",
    credit: str(data.credit) ?? "",
    ...(author ? { author } : {}),
    ...(Object.keys(pins).length > 0 ? { pins } : {}),
  };
}

/**
 * `metaCacheFile`: where to remember each file's front matter by its bytes (see meta-cache.ts); `null`
 * parses every file. Files are read synchronously: thousands of small files, nothing to do meanwhile.
 */
export async function readArticles(articlesDir: string, root: string, metaCacheFile: string | null = null): Promise<{ articles: ArticleFile[]; messages: BuildMessage[] }> {
  const messages: BuildMessage[] = [];
  let names: string[];
  try {
    names = (await readdir(articlesDir)).filter((n) => n.endsWith(".md")).sort();
  } catch {
    messages.push({ severity: "warning", file: relative(root, articlesDir) || articlesDir, message: "no articles folder: the site will have no articles", hint: "run `npm run ingest` or add Markdown files there" });
    return { articles: [], messages };
  }
  const articles: ArticleFile[] = [];
  const slugs = new Map<string, string>();
  const metaCache = openMetaCache(metaCacheFile);
  for (const name of names) {
    const path = join(articlesDir, name);
    const file = relative(root, path).split("\\").join("/");
    const raw = readFileSync(path, "utf8");
    const hash = sha256(raw);
    const known = metaCache.get(file, hash);
    const bounds = known ? frontMatterBounds(raw) : undefined;
    let meta: ArticleMeta | undefined;
    let body: string;
    if (known && bounds?.kind === "closed") {
      meta = { ...known.meta };
      body = bounds.text.slice(bounds.bodyStart);
      messages.push(...known.messages.map((m) => ({ ...m })));
    } else {
      const split = splitFrontMatter(raw);
      if (!split.ok) {
        messages.push({ ...split.issue, file });
        continue;
      }
      const own: BuildMessage[] = [];
      meta = articleMeta(split.data ?? {}, file, own);
      messages.push(...own);
      if (!meta) continue;
      metaCache.set(file, { hash, meta: { ...meta }, messages: own });
      body = split.body;
    }
    const taken = slugs.get(meta.slug);
    if (taken) {
      messages.push({ severity: "error", file, line: 2, message: `slug "${meta.slug}" is already used by ${taken}; this article is left out`, hint: "give one of them another slug" });
      continue;
    }
    slugs.set(meta.slug, file);
    articles.push({ meta, file, body, sourceHash: sha(raw) });
  }
  await metaCache.save();
  return { articles, messages };
}
