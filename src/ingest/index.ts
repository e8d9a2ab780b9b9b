/**
 * Ingest: `content/sources/**` (plain text, Markdown, HTML) -> `content/articles/<slug>.md` with YAML
 * front matter. This file (with files.ts and cache.ts) is the file-system layer; parsing lives in pure
 * modules (source.ts and what it calls).
 *
 * Editors own the articles: a generated article carries `ingestHash`, and once its content no longer
 * matches that hash (someone edited it) ingest never writes it again. Articles without a source are
 * never touched, and ingest deletes nothing.
 */
import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { join, relative, resolve, sep } from "node:path";
import { BuildError, type BuildMessage } from "../lib/messages.ts";
import type { Slug } from "../lib/paths.ts";
import type { ArticleFrontMatter, IngestedArticle, ParsedSource, SourceIssue, SourceKind } from "./types.ts";
import { parseSource } from "./source.ts";
import { assignSlugs, type SlugRequest } from "./slugs.ts";
import { renderArticle, editState, sha256 } from "./render.ts";
import { loadCache, saveCache, type CacheEntry } from "./cache.ts";
import { exists, listFiles, readExistingArticles, writeFileAtomic, type ExistingArticle, type KnownArticle } from "./files.ts";
import { statKey } from "../lib/file-identity.ts";

export type { ArticleFrontMatter, IngestedArticle, IngestStatus, ParsedSource, SourceKind } from "./types.ts";
export { parseSource, sourceKind } from "./source.ts";
export { editState, renderArticle } from "./render.ts";

export interface IngestOptions {
  /** Directory of sources, absolute or relative to `root`. */
  sourcesDir: string;
  /** Directory of generated articles, absolute or relative to `root`. */
  articlesDir: string;
  /** Project root: paths in messages and in `source:` are relative to it. Default `process.cwd()`. */
  root?: string;
  /**
   * Throw a `BuildError` when any source had an error, before writing anything: a failed strict run
   * leaves content/ (and the cache) exactly as it was.
   */
  strict?: boolean;
  /**
   * Where to remember what the last run produced, so unchanged sources are not parsed again (relative
   * to `root`; default `.cache/ingest.json`); `false` turns it off. Never changes the output.
   */
  cacheFile?: string | false;
  /** Filled with what the run had to read and parse (tests check that unchanged files are skipped). */
  counters?: IngestCounters;
}

export interface IngestCounters {
  /** Source files whose bytes were read (the others' `statKey` matched the cache). */
  sourcesRead: number;
  /** Sources parsed (read, and not a cache hit). */
  sourcesParsed: number;
  /** Article files whose front matter was parsed (the others' bytes were as the cache recorded). */
  articlesParsed: number;
}

export interface IngestResult {
  articles: IngestedArticle[];
  messages: BuildMessage[];
}

interface Candidate {
  source: string;
  kind: SourceKind;
  title: string;
  /** Fresh parse of the source; absent for a cache hit. */
  parsed?: ParsedSource;
  /** Non-error issues of the source, for the cache. */
  issues: SourceIssue[];
  sourceHash: string;
  /** `statKey` of the source, taken before the bytes `sourceHash` hashes were read. */
  sourceStat?: string;
  /** The article this source produced before and the cache says is still exactly current. */
  cached?: ExistingArticle;
}

export async function ingestAll(options: IngestOptions): Promise<IngestResult> {
  const root = resolve(options.root ?? process.cwd());
  const sourcesDir = resolve(root, options.sourcesDir);
  const articlesDir = resolve(root, options.articlesDir);
  const cacheFile = options.cacheFile === false ? undefined : resolve(root, options.cacheFile ?? ".cache/ingest.json");
  const rel = (abs: string) => relative(root, abs).split(sep).join("/");
  const messages: BuildMessage[] = [];

  const haveSources = await exists(sourcesDir);
  if (!haveSources) {
    messages.push({ severity: "warning", file: rel(sourcesDir), message: "no sources directory: nothing to ingest", hint: "create it and put article sources in it" });
  }
  const sources = (haveSources ? await listFiles(sourcesDir) : [])
    .map((abs) => ({ abs, rel: rel(abs) }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const cache = cacheFile ? await loadCache(cacheFile) : undefined;
  const known = new Map<string, KnownArticle>();
  for (const entry of Object.values(cache?.entries ?? {})) {
    if (entry.articleData) known.set(resolve(root, entry.articleFile), { hash: entry.articleHash, data: entry.articleData });
  }
  const existing = await readExistingArticles(articlesDir, known);
  const counters = options.counters;
  if (counters) counters.articlesParsed += existing.filter((a) => a.parsed).length;

  // Which existing article belongs to which source (the first file naming it, in file-name order).
  const bySource = new Map<string, ExistingArticle>();
  for (const article of existing) {
    const source = article.data?.source;
    // Ingest only ever writes .md; an .mdx naming a source is an editor's rewrite and stays theirs.
    if (typeof source === "string" && article.path.endsWith(".md") && !bySource.has(source)) bySource.set(source, article);
  }

  // Parse every source; a bad one is reported and skipped, the others go on.
  const candidates: Candidate[] = [];
  for (const { abs, rel: source } of sources) {
    const entry = cache?.entries[source];
    // Taken before the bytes are read: a write after it changes the key, so a remembered key never
    // outlives the bytes it stands for.
    let sourceStat: string | undefined;
    try {
      sourceStat = statKey(statSync(abs));
    } catch {
      sourceStat = undefined; // the read below reports the problem
    }
    const article = bySource.get(source);
    const unread = entry && sourceStat !== undefined && entry.sourceStat === sourceStat ? cacheHit(entry, entry.sourceHash, article, rel) : undefined;
    if (unread) {
      for (const issue of unread.entry.issues) messages.push({ file: source, ...issue });
      candidates.push({ source, kind: unread.entry.kind, title: unread.entry.title, issues: unread.entry.issues, sourceHash: unread.entry.sourceHash, sourceStat, cached: unread.article });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(abs);
    } catch (error) {
      messages.push({ severity: "error", file: source, message: `cannot read the file: ${(error as Error).message}`, hint: "check the file's permissions" });
      continue;
    }
    if (counters) counters.sourcesRead++;
    const sourceHash = sha256Bytes(bytes);
    const hit = cacheHit(entry, sourceHash, article, rel);
    if (hit) {
      for (const issue of hit.entry.issues) messages.push({ file: source, ...issue });
      candidates.push({ source, kind: hit.entry.kind, title: hit.entry.title, issues: hit.entry.issues, sourceHash, ...(sourceStat ? { sourceStat } : {}), cached: hit.article });
      continue;
    }
    if (counters) counters.sourcesParsed++;
    let result;
    try {
      result = await parseSource(source, bytes);
    } catch (error) {
      // A parser bug must not stop the other articles; report it like bad input.
      messages.push({ severity: "error", file: source, message: `could not be ingested: ${(error as Error).message}`, hint: "check the file; if it looks fine, report this as an ingest bug" });
      continue;
    }
    for (const issue of result.issues) messages.push({ file: source, ...issue });
    if (result.ok && result.kind) {
      candidates.push({ source, kind: result.kind, title: result.parsed.title, parsed: result.parsed, issues: result.issues, sourceHash, ...(sourceStat ? { sourceStat } : {}) });
    }
  }

  if (options.strict && messages.some((m) => m.severity === "error")) {
    throw new BuildError("ingest failed: some sources could not be ingested", messages);
  }

  // Slugs: sources keep their article's slug; every other existing article's slug is taken.
  const ingested = new Set(candidates.map((c) => c.source));
  const reserved = new Map<string, string>();
  for (const article of existing) {
    const source = String(article.data?.source);
    if (bySource.get(source) === article && ingested.has(source)) continue;
    reserved.set(article.slug, rel(article.path));
  }
  const requests: SlugRequest[] = candidates.map((c) => ({
    source: c.source,
    title: c.title,
    ...(c.parsed?.requestedSlug ? { requestedSlug: c.parsed.requestedSlug } : {}),
    ...(bySource.get(c.source) ? { existingSlug: bySource.get(c.source)?.slug } : {}),
  }));
  const slugs = assignSlugs(requests, reserved);

  const articles: IngestedArticle[] = [];
  const entries: Record<string, CacheEntry> = {};
  for (const c of candidates) {
    const assignment = slugs.get(c.source);
    if (!assignment) continue;
    const { slug, clash } = assignment;
    if (clash) {
      messages.push({
        severity: "warning",
        file: c.source,
        message: `slug "${clash.wanted}" is already used by ${clash.holder}; this article gets "${slug}"`,
        hint: "give the article a distinct title, or a `slug:` in Markdown front matter",
      });
    }
    const articlePath = join(articlesDir, `${slug}.md`);
    const file = rel(articlePath);
    const base = { slug, file, source: c.source, kind: c.kind };
    /** `read`: the article file as read (its front matter is remembered); absent when this run wrote it. */
    const remember = (content: string, read?: ExistingArticle) => {
      entries[c.source] = {
        sourceHash: c.sourceHash,
        ...(c.sourceStat ? { sourceStat: c.sourceStat } : {}),
        articleFile: file,
        articleHash: read?.hash ?? sha256(content),
        ...(read?.data && jsonSafe(read.data) ? { articleData: read.data } : {}),
        kind: c.kind,
        title: c.title,
        issues: c.issues.filter((i) => i.severity !== "error"),
      };
    };

    if (c.cached && c.cached.slug === slug) {
      articles.push({ ...base, status: "unchanged", frontMatter: c.cached.data as ArticleFrontMatter, body: c.cached.body });
      remember(c.cached.content, c.cached);
      continue;
    }
    const parsed = c.parsed ?? (await reparse(c, root));
    if (!parsed) continue;
    const rendered = renderArticle(frontMatterFor(c, parsed, slug), parsed.body);
    const previous = bySource.get(c.source);

    if (previous && previous.slug === slug) {
      const state = editState(previous.content);
      if (state !== "generated") {
        messages.push({
          severity: "info",
          file,
          message:
            state === "edited"
              ? `edited since ingest wrote it: left alone (source ${c.source} not re-applied)`
              : `has no ingestHash, so it is treated as an editor's article: left alone`,
          hint: "to regenerate it from the source, delete the article file and run ingest again",
        });
        articles.push({ ...base, status: "edited", frontMatter: editedFrontMatter(previous, rendered.frontMatter), body: previous.body });
        continue;
      }
      if (previous.content === rendered.content) {
        remember(rendered.content, previous);
        articles.push({ ...base, status: "unchanged", frontMatter: rendered.frontMatter, body: parsed.body });
        continue;
      }
      remember(rendered.content);
      await writeFileAtomic(articlePath, rendered.content);
      articles.push({ ...base, status: "updated", frontMatter: rendered.frontMatter, body: parsed.body });
      continue;
    }
    await writeFileAtomic(articlePath, rendered.content);
    remember(rendered.content);
    articles.push({ ...base, status: "created", frontMatter: rendered.frontMatter, body: parsed.body });
  }

  // Generated articles whose source is gone stay (ingest deletes nothing), but the editor should know.
  const sourceSet = new Set(sources.map((s) => s.rel));
  const sourcesPrefix = `${rel(sourcesDir)}/`;
  for (const article of existing) {
    const source = article.data?.source;
    if (typeof source !== "string" || !source.startsWith(sourcesPrefix) || sourceSet.has(source)) continue;
    messages.push({
      severity: "info",
      file: rel(article.path),
      message: `its source ${source} no longer exists: article left in place`,
      hint: "delete the article if it should no longer be published",
    });
  }

  if (cacheFile && cache) await saveCache(cacheFile, { version: cache.version, entries });
  return { articles, messages };
}

/** Front matter that comes back from JSON exactly as it was (no dates, no infinities) can be cached as JSON. */
function jsonSafe(data: Record<string, unknown>): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(data)) as unknown, data);
}

function sha256Bytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A cache entry counts only if the source bytes and the article file are exactly as recorded. */
function cacheHit(
  entry: CacheEntry | undefined,
  sourceHash: string,
  article: ExistingArticle | undefined,
  rel: (abs: string) => string,
): { entry: CacheEntry; article: ExistingArticle } | undefined {
  if (!entry || !article || entry.sourceHash !== sourceHash) return undefined;
  if (rel(article.path) !== entry.articleFile || article.hash !== entry.articleHash) return undefined;
  return editState(article.content) === "generated" && article.data ? { entry, article } : undefined;
}

/** A cache hit whose slug moved after all (cannot normally happen): parse the source after all. */
async function reparse(c: Candidate, root: string): Promise<ParsedSource | undefined> {
  const result = await parseSource(c.source, await readFile(resolve(root, c.source)));
  return result.ok ? result.parsed : undefined;
}

function frontMatterFor(c: Candidate, parsed: ParsedSource, slug: Slug): Omit<ArticleFrontMatter, "ingestHash"> {
  return {
    title: parsed.title,
    date: parsed.date,
    slug,
    source: c.source,
    ...(parsed.sourceUrl ? { sourceUrl: parsed.sourceUrl } : {}),
    ...(parsed.license ? { license: parsed.license } : {}),
    ...(parsed.credit ? { credit: parsed.credit } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    // Keys a Markdown source carried that ingest does not interpret: the editor put them there.
    ...Object.fromEntries(Object.entries(parsed.extra ?? {}).filter(([k]) => !(k in RESERVED_KEYS))),
  };
}

const RESERVED_KEYS = { title: 1, date: 1, slug: 1, source: 1, sourceUrl: 1, license: 1, credit: 1, author: 1, ingestHash: 1 };

/** The editor's front matter, with typed fields it lacks filled from what ingest would have written. */
function editedFrontMatter(article: ExistingArticle, generated: ArticleFrontMatter): ArticleFrontMatter {
  const data = article.data ?? {};
  const pick = (key: string, fallback: string) => (typeof data[key] === "string" ? (data[key] as string) : fallback);
  return {
    ...generated,
    ...data,
    title: pick("title", generated.title),
    date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : pick("date", generated.date),
    slug: pick("slug", generated.slug),
    source: pick("source", generated.source),
    ingestHash: pick("ingestHash", ""),
  };
}
