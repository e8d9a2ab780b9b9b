/**
 * The corpus stage: articles -> annotations -> one corpus-wide set of entities -> `.cache/corpus.json`
 * (articles without their text, entities, quotes) and `.cache/corpus/articles/<slug>.json` (one
 * article's text and merged annotations), which the Astro site and remark-annotate read.
 *
 * Linear in the number of articles: annotation is per article (cached, on every core when many articles
 * changed), the cross-article merge works through maps (src/annotator/link/corpus.ts), and the
 * aggregates are one pass (aggregate.ts). Per-article files are written only when their content changed.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ANNOTATOR_VERSION } from "../annotator/annotate.ts";
import { mergeCorpus, type PublishedId } from "../annotator/link/corpus.ts";
import type { Annotations, Registry } from "../annotator/model.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { textHash } from "../plugins/mdast-text.ts";
import { aggregate } from "./aggregate.ts";
import { entitySummary, writeEntityDetails } from "./entity-details.ts";
import type { AnnotateJob } from "./annotate-one.ts";
import { annotateAll } from "./annotate-pool.ts";
import { annotatorFingerprint, cacheKey, openAnnotationCache, registryHash } from "./annotate-cache.ts";
import { annotationsDirOf, defaultCorpusPath, entityDetailsDirOf, partsDirOf } from "./paths.ts";
import { readArticles } from "./read-articles.ts";
import { renderKey, rendererFingerprint, sha } from "./render-key.ts";
import { type ArticleAnnotationsFile, CORPUS_FORMAT, type Corpus, type CorpusArticle, type CorpusEntity, type CorpusQuote, type StoredArticle } from "./types.ts";

export interface BuildCorpusOptions {
  /** Folder of article Markdown files (`content/articles`). */
  articlesDir: string;
  /** Project/content root: file names in messages are relative to it. */
  root: string;
  registry: Registry;
  /** Extra pins applied to every article, under each article's own `pins`. */
  pins?: Record<string, string>;
  /** Where to write the corpus; `null` to only return it. Default `{root}/.cache/corpus.json`. */
  outFile?: string | null;
  /** Per-article annotation cache folder; `null` disables it. Default `{root}/.cache/annotations`. */
  cacheDir?: string | null;
  /** Annotator version for the cache key (tests change it to check invalidation). Default: the annotator's. */
  annotatorVersion?: string;
  /** Worker threads for annotation; default: every core when many articles need annotating. */
  workers?: number;
  /** The id ledger's lines (ids published by earlier builds, content/entities/_ids.yaml). */
  published?: readonly PublishedId[];
  /** Called as articles are annotated (`done` of `total` that were not cached). */
  onProgress?: (done: number, total: number) => void;
}

export { annotationsDirOf, defaultCorpusPath, entityDetailsDirOf, partsDirOf } from "./paths.ts";

export interface CorpusStats {
  articles: number;
  /** Articles annotated in this build (the others came from the cache). */
  annotated: number;
  entitiesByType: Record<string, number>;
  quotes: number;
  /** Speech quotes attributed to a speaker. */
  attributedQuotes: number;
  /** Per-article annotation files written (the others were unchanged). */
  written: number;
  /** Seconds per step of the stage. */
  seconds: Record<string, number>;
}

export async function buildCorpus(options: BuildCorpusOptions): Promise<{ corpus: Corpus; messages: BuildMessage[]; annotated: number; stats: CorpusStats; newIds: PublishedId[] }> {
  const { root, registry } = options;
  const seconds: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = Math.round(now - clock) / 1000;
    clock = now;
  };
  const outFile = options.outFile === undefined ? defaultCorpusPath(root) : options.outFile;
  const cacheDir = options.cacheDir === undefined ? join(root, ".cache", "annotations") : options.cacheDir;
  const { articles: files, messages } = await readArticles(options.articlesDir, root, cacheDir ? join(dirname(cacheDir), "article-meta.json") : null);
  lap("read");
  const cache = await openAnnotationCache(cacheDir);
  const regHash = registryHash(registry);
  const annotatorHash = annotatorFingerprint(options.annotatorVersion ?? ANNOTATOR_VERSION);

  // 1. Annotations: from the cache, or annotated (in worker threads when there are many).
  const texts: string[] = new Array(files.length);
  const docs: { slug: string; annotations: Annotations }[] = new Array(files.length);
  const keys: string[] = [];
  const missing: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const pins = { ...options.pins, ...f.meta.pins };
    // Keyed by the Markdown body, so an unchanged article is neither parsed nor annotated again.
    const key = cacheKey([CORPUS_FORMAT, annotatorHash, regHash, f.meta.date, pins, f.body]);
    keys.push(key);
    const cached = await cache.get(key);
    if (cached) {
      texts[i] = cached.text;
      docs[i] = { slug: f.meta.slug, annotations: cached.annotations };
    } else missing.push(i);
  }
  lap("cache");
  const jobs: AnnotateJob[] = missing.map((i) => ({ body: files[i]!.body, date: files[i]!.meta.date, pins: { ...options.pins, ...files[i]!.meta.pins } }));
  let done = 0;
  await annotateAll(jobs, {
    registry,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    onResult: async (j, result) => {
      const i = missing[j]!;
      const f = files[i]!;
      if (result.error) {
        messages.push({ severity: "error", file: f.file, message: `the annotator failed: ${result.error}`, hint: "the article is published without annotations; report this with the article" });
      } else {
        await cache.set(keys[i]!, { text: result.text, annotations: result.annotations });
      }
      texts[i] = result.text;
      docs[i] = { slug: f.meta.slug, annotations: result.annotations };
      options.onProgress?.(++done, jobs.length);
    },
  });
  await cache.save();
  lap("annotate");

  // 2. One identity per entity across the corpus.
  const merged = mergeCorpus(docs, registry, options.published);
  docs.length = 0;
  lap("merge");

  // 3. Aggregates: entity pages, quotes, per-article counts.
  const articles: CorpusArticle[] = files.map((file, i) => ({
    ...file.meta,
    file: file.file,
    text: texts[i]!,
    textHash: textHash(texts[i]!),
    annotations: merged.docs[i]!.annotations,
    entityCounts: [],
  }));
  texts.length = 0;
  const sourceHashes = new Map(files.map((f) => [f.meta.slug, f.sourceHash]));
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const { entities, quotes } = aggregate(articles, merged.entities);
  lap("aggregate");

  // 4. Keys for the page caches, and the files.
  const quotesBySlug = new Map<string, CorpusQuote[]>();
  for (const q of quotes) {
    const list = quotesBySlug.get(q.articleSlug) ?? [];
    list.push(q);
    quotesBySlug.set(q.articleSlug, list);
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const stored: StoredArticle[] = articles.map(({ text: _t, annotations, ...meta }) => ({
    ...meta,
    sourceHash: sourceHashes.get(meta.slug)!,
    renderKey: renderKey(annotations),
    pageKey: "",
  }));
  const storedBySlug = new Map(stored.map((a) => [a.slug, a]));
  const cards = new Map<string, string>();
  for (const a of stored) a.pageKey = articlePageKey(a, quotesBySlug.get(a.slug) ?? [], entityById, cards);
  // Each entity's JSON is made once: for its page key and, with the key, for corpus.json (the mention
  // contexts in it are most of the corpus's bytes).
  const entityJsons = entities.map((e) => {
    const { key, json } = entityPageKey(e, quotesBySlug, storedBySlug, entityById);
    e.pageKey = key;
    return withPageKey(e, json);
  });

  const corpus: Corpus = { format: CORPUS_FORMAT, annotatorVersion: ANNOTATOR_VERSION, annotationsDir: "corpus/articles", articles: stored, entities, quotes };
  let written = 0;
  if (outFile) {
    written = await writeArticleFiles(annotationsDirOf(outFile), articles);
    await mkdir(dirname(outFile), { recursive: true });
    const storedJson = JSON.stringify(stored);
    const quotesJson = JSON.stringify(quotes);
    // Byte for byte `JSON.stringify(corpus)` (same keys in the same order), from the lists' JSON made once.
    const corpusJson = `{"format":${JSON.stringify(corpus.format)},"annotatorVersion":${JSON.stringify(corpus.annotatorVersion)},"annotationsDir":${JSON.stringify(corpus.annotationsDir)},"articles":${storedJson},"entities":[${entityJsons.join(",")}],"quotes":${quotesJson}}`;
    await writeFile(outFile, corpusJson);
    // The same lists one per file, so that each reader (the site's pages, the search stage) parses only its own.
    const parts = partsDirOf(outFile);
    // Entities without their per-entity lists, which go to files the entity pages read one at a time.
    await writeEntityDetails(entityDetailsDirOf(outFile), entities);
    await writeFile(join(parts, "entities.json"), JSON.stringify(entities.map(entitySummary)));
    await writeFile(join(parts, "quotes.json"), quotesJson);
    await writeFile(join(parts, "articles.json"), storedJson);
    // Names and types only: what the search stage needs of the entities (not their mention contexts).
    await writeFile(join(parts, "entity-names.json"), JSON.stringify(entities.map((e) => ({ id: e.id, name: e.name, type: e.type }))));
  }
  lap("write");

  const entitiesByType: Record<string, number> = { person: 0, organization: 0, place: 0 };
  for (const e of entities) entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
  const speech = quotes.filter((q) => q.kind === "speech");
  const stats: CorpusStats = {
    articles: stored.length,
    annotated: jobs.length,
    entitiesByType,
    quotes: speech.length,
    attributedQuotes: speech.filter((q) => q.speakerEntityId).length,
    written,
    seconds,
  };
  return { corpus, messages, annotated: jobs.length, stats, newIds: merged.newIds };
}

/**
 * The page keys hash JSON arrays built from their parts' JSON (`[a,b,c]` is what JSON.stringify makes of
 * an array), so that a part shared by many keys (an entity's card) or needed again (an entity's JSON) is
 * serialised once; the keys are the same as hashing JSON.stringify of the whole array.
 */
const hashOfJson = (parts: string[]) => sha(`[${parts.join(",")}]`);

/** `e` as JSON from `json`, its JSON without `pageKey`: `pageKey` is its last key, so it goes last. */
function withPageKey(e: CorpusEntity, json: string): string {
  const keys = Object.keys(e);
  if (keys[keys.length - 1] !== "pageKey" || e.pageKey === undefined || !json.endsWith("}") || json.length < 3) return JSON.stringify(e);
  return `${json.slice(0, -1)},"pageKey":${JSON.stringify(e.pageKey)}}`;
}

/** What an article page shows of an entity: its card, not the corpus-wide lists. */
function entityCard(e: CorpusEntity | undefined): unknown {
  if (!e) return null;
  const { contexts: _c, articles, quotes, cooccurring: _o, timeline: _t, pageKey: _p, ...card } = e;
  return { ...card, articleCount: articles.length, quoteCount: quotes.length };
}

/** `cards`: each entity's card JSON, made once per build (a card is in the key of every article naming it). */
function articlePageKey(a: StoredArticle, quotes: CorpusQuote[], entities: Map<string, CorpusEntity>, cards: Map<string, string>): string {
  const { pageKey: _p, ...summary } = a;
  const card = (id: string) => {
    let json = cards.get(id);
    if (json === undefined) cards.set(id, (json = JSON.stringify(entityCard(entities.get(id)))));
    return json;
  };
  return hashOfJson([JSON.stringify(rendererFingerprint()), JSON.stringify(summary), JSON.stringify(quotes), `[${a.entityCounts.map((c) => card(c.id)).join(",")}]`]);
}

/** The entity page lists up to 200 articles (title, date), its quotes and its companions' names. */
function entityPageKey(e: CorpusEntity, quotesBySlug: Map<string, CorpusQuote[]>, articles: Map<string, StoredArticle>, entities: Map<string, CorpusEntity>): { key: string; json: string } {
  const { pageKey: _p, ...data } = e;
  const listed = e.articles.slice(0, 200).map((slug) => {
    const a = articles.get(slug);
    return a ? [a.slug, a.title, a.date, a.entityCounts.find((c) => c.id === e.id)?.count ?? 0] : slug;
  });
  const quoteIds = new Set(e.quotes);
  const quotes = e.articles.flatMap((slug) => (quotesBySlug.get(slug) ?? []).filter((q) => quoteIds.has(q.id)));
  const companions = e.cooccurring.map((c) => {
    const other = entities.get(c.id);
    return other ? [other.id, other.name, other.type] : c.id;
  });
  const json = JSON.stringify(data);
  return { key: hashOfJson([JSON.stringify(rendererFingerprint()), json, JSON.stringify(listed), JSON.stringify(quotes), JSON.stringify(companions)]), json };
}

/**
 * Writes `<dir>/<slug>.json` for every article whose content changed since the last build (a manifest of
 * content hashes says which), and deletes the files of articles that are gone.
 */
async function writeArticleFiles(dir: string, articles: CorpusArticle[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  const manifestPath = join(dir, "..", "manifest.json");
  let previous: Record<string, string> = {};
  try {
    previous = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, string>;
  } catch {
    previous = {};
  }
  const existing = new Set(await readdir(dir));
  const next: Record<string, string> = {};
  let written = 0;
  for (const a of articles) {
    const file: ArticleAnnotationsFile = { textHash: a.textHash, text: a.text, annotations: a.annotations };
    const json = JSON.stringify(file);
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 20);
    next[a.slug] = hash;
    const name = `${a.slug}.json`;
    const present = existing.delete(name);
    if (previous[a.slug] === hash && present) continue;
    await writeFile(join(dir, name), json);
    written++;
  }
  for (const name of existing) await unlink(join(dir, name)).catch(() => {});
  await writeFile(manifestPath, JSON.stringify(next));
  return written;
}
