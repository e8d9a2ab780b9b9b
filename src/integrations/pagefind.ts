/**
 * Builds the Pagefind index after Astro has written the site (as Starlight does), with Pagefind's Node
 * API, in shards for a large site (see `indexSite`): every page with `data-pagefind-body` (articles,
 * entity pages), plus one custom record per speech quote (src/integrations/pagefind-records.ts). Any
 * Pagefind error fails the build: a site without working search is not a finished site. Every page is
 * read on every build, so the index always matches the pages written (an added or removed article is in
 * or out of the index at once); a shard whose pages and records are exactly those it was built from is
 * kept as it is (src/integrations/pagefind-cache.ts), any other is rebuilt whole (with
 * SEARCH_INDEX_CONCURRENCY=2, two at a time, each by an indexer process of its own: `indexConcurrency`),
 * and files of its previous index that did not change are kept rather than written again.
 *
 * `npm run build` indexes after Astro's process has ended (`indexSite`, called by scripts/build-site.ts);
 * a plain `astro build` indexes in the build:done hook.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { dirname, join, relative, sep } from "node:path";
import { availableParallelism } from "node:os";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { Corpus } from "../corpus/types.ts";
import { articlePath, entityPath } from "../lib/paths.ts";
import { openShardCache, type PageEntry, type ShardCache, shardFingerprint } from "./pagefind-cache.ts";
import { statKey } from "../lib/file-identity.ts";
import { quoteRecords } from "./pagefind-records.ts";
import { planShards, removeExtraShards, SHARDS_MANIFEST, shardFolder, shardItems } from "./pagefind-shards.ts";
import { corpusPath } from "./site-env.ts";

export interface PagefindOptions {
  /** Folder name of the index inside the output folder. */
  outputSubdir: string;
}

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return total;
}

/**
 * The HTML files of this build, from Astro's own list (`assets`: route -> files written or, in an
 * incremental build, kept). The output folder is not emptied between builds, so the page of an article
 * removed since the last build may still be on disk while this hook runs: it must not be indexed.
 */
function builtPages(site: string, assets: Map<string, URL[]>): string[] {
  const files = new Set<string>();
  for (const urls of assets.values()) {
    for (const u of urls) {
      const file = fileURLToPath(u);
      if (file.endsWith(".html") && file.startsWith(site)) files.add(file);
    }
  }
  return [...files].sort();
}

/** The URL Pagefind gives a page file, as addDirectory would: `articles/x/index.html` -> `/articles/x/`. */
function pageUrl(site: string, file: string): string {
  return `/${relative(site, file).split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Sends requests in the order given with at most `window` of them unanswered; the first error (a
 * Pagefind error list or a rejection) is thrown by the next `send` or by `drain`.
 */
function orderedPipeline(window: number): { send(request: () => Promise<{ errors: string[] }>, what: string): Promise<void>; drain(): Promise<void> } {
  const inFlight: Promise<void>[] = [];
  let failure: Error | undefined;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async send(request, what) {
      check();
      inFlight.push(
        request().then(
          (r) => {
            if (r.errors.length > 0) failure ??= new Error(`Pagefind ${what} failed:\n${r.errors.join("\n")}`);
          },
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
          },
        ),
      );
      if (inFlight.length >= window) await inFlight.shift();
      check();
    },
    async drain() {
      await Promise.all(inFlight.splice(0));
      check();
    },
  };
}

/** Pagefind's content-named files: `fragment/en_81ee3d4.pf_fragment`, `index/...pf_index`, `filter/...pf_filter`, `pagefind.en_....pf_meta`. */
const CONTENT_NAMED = /^(?:(?:fragment|index|filter)\/|pagefind\.)([a-z][a-z0-9-]*_[0-9a-f]{7,})\.pf_(?:fragment|index|filter|meta)$/;

/**
 * Deletes the content-named files of `dir` that the index written there does not use (left by earlier
 * builds), so nothing stale survives. The names in use are those of the entry file's metadata files
 * (one per language) and the names these list: their pages' fragments, index chunks and filters, as
 * CBOR text strings after Pagefind's `pagefind_dcd` header. Returns false, deleting nothing, when the
 * index cannot be read that way (another Pagefind version) or lists fewer fragments than it has pages.
 */
function removeUnused(dir: string): boolean {
  const used = new Set<string>();
  try {
    const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string; page_count: number }> };
    for (const language of Object.values(entry.languages)) {
      used.add(language.hash);
      const meta = gunzipSync(readFileSync(join(dir, `pagefind.${language.hash}.pf_meta`)));
      if (meta.toString("latin1", 0, 12) !== "pagefind_dcd") return false;
      let fragments = 0;
      for (let i = 12; i < meta.length; i++) {
        // A CBOR text string: 0x60 + length (under 24), or 0x78 and a one-byte length.
        const b = meta[i]!;
        const length = b >= 0x60 && b < 0x78 ? b - 0x60 : b === 0x78 ? (meta[i + 1] ?? 0) : -1;
        const at = b === 0x78 ? i + 2 : i + 1;
        if (length < 9 || at + length > meta.length) continue;
        const name = meta.toString("latin1", at, at + length);
        if (!/^[a-z][a-z0-9-]*_[0-9a-f]{7,}$/.test(name)) continue;
        if (!used.has(name)) fragments++;
        used.add(name);
      }
      if (fragments < language.page_count) return false;
    }
  } catch {
    return false;
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
    const name = CONTENT_NAMED.exec(rel)?.[1];
    if (name !== undefined && !used.has(name)) unlinkSync(join(dir, rel));
  }
  return true;
}

/** The slug of an article page URL (`/articles/x/` -> `x`), else undefined. */
function articleSlugOf(url: string): string | undefined {
  const prefix = `/${articlePath("")}`.replace(/\/+$/, "/");
  if (!url.startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length).replace(/\/$/, "");
  return rest && !rest.includes("/") ? rest : undefined;
}

/**
 * What Pagefind needs of a page, or undefined when the page has no `data-pagefind-body` (Pagefind
 * would skip it). Pagefind reads only the body element (text, weights, filters, meta, sort) and the
 * page's language, so the page is sent as that element alone in a minimal document, without the
 * elements it ignores (`withoutIgnored`: an entity page's mention contexts, quotes, article list and
 * timeline, nine tenths of its body). Measured on a 1,000-article site: the index written is
 * byte-for-byte the one of the whole pages.
 */
export function searchablePart(html: string): string | undefined {
  const open = /<(article|div|main|section)\b[^>]*\sdata-pagefind-body(?=[\s>=])[^>]*>/.exec(html);
  if (!open) return undefined;
  const tag = open[1]!;
  const end = closingTag(html, tag, open.index + open[0].length);
  if (end < 0) return html;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? "en";
  const body = withoutIgnored(html.slice(open.index, end));
  return `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
}

/**
 * `html` without the elements marked `data-pagefind-ignore` that give Pagefind nothing: their text is
 * not indexed, and Pagefind still reads the filters and meta inside one (unless it is `="all"`), so an
 * element with any `data-pagefind-` attribute inside stays. Parsing them was most of what an entity page
 * cost the indexer.
 */
function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore(?:="(all|index)")?(?=[\s>])[^>]*>/g;
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const end = closingTag(html, m[1]!, m.index + m[0].length);
    if (end < 0 || (m[2] !== "all" && html.slice(m.index + m[0].length, end).includes("data-pagefind-"))) continue;
    out += html.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The index just past the `</tag>` that closes the element whose content starts at `from` (nested ones counted), or -1. */
function closingTag(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * What the quote records need of the corpus: its lists from the corpus stage's part files when they are
 * there (the entities by name and type only, `entity-names.json`, not the whole entity list with its
 * mention contexts, which this process would hold while Pagefind builds its index), else `corpus.json`.
 */
function readCorpus(): Parameters<typeof quoteRecords>[0] | undefined {
  const path = corpusPath();
  if (!existsSync(path)) return undefined;
  const part = (kind: string) => join(dirname(path), "corpus", `${kind}.json`);
  const fresh = ["entity-names", "articles", "quotes"].every((kind) => existsSync(part(kind)) && statSync(part(kind)).mtimeMs >= statSync(path).mtimeMs - 1000);
  if (!fresh) return JSON.parse(readFileSync(path, "utf8")) as Corpus;
  return {
    entities: JSON.parse(readFileSync(part("entity-names"), "utf8")) as Parameters<typeof quoteRecords>[0]["entities"],
    articles: JSON.parse(readFileSync(part("articles"), "utf8")) as Corpus["articles"],
    quotes: JSON.parse(readFileSync(part("quotes"), "utf8")) as Corpus["quotes"],
  };
}

/** What a page brings to the index: an article page 1 and its quote records, an entity page 1, any other page 0 (it has no `data-pagefind-body`). */
function pageWeight(url: string, quoteCounts: Map<string, number>): number {
  const slug = articleSlugOf(url);
  if (slug !== undefined) return 1 + (quoteCounts.get(slug) ?? 0);
  const entities = `/${entityPath("")}`.replace(/\/+$/, "/");
  return url.startsWith(entities) && /^[^/]+\/$/.test(url.slice(entities.length)) ? 1 : 0;
}

/** Per article slug, its date and its number of speech quotes (the records its page brings), from the corpus. */
function articleFacts(corpus: ShardCorpus | undefined): { dates: Map<string, string>; quotes: Map<string, number> } {
  const dates = new Map((corpus?.articles ?? []).map((a) => [a.slug, a.date]));
  const quotes = new Map<string, number>();
  for (const q of corpus?.quotes ?? []) if (q.kind === "speech") quotes.set(q.articleSlug, (quotes.get(q.articleSlug) ?? 0) + 1);
  return { dates, quotes };
}

/**
 * The files in shard order: article pages by date, oldest first (then by path), then every other
 * page by path. Shards are contiguous runs of this order, so each holds a date range and the browser
 * can list results by date shard after shard (src/scripts/pagefind-shards.ts); a quote record has its
 * article's date and goes to its article's shard.
 */
function shardOrder(site: string, files: string[], dates: Map<string, string>): string[] {
  const dated = files.map((file) => {
    const slug = articleSlugOf(pageUrl(site, file));
    return { file, date: slug === undefined ? undefined : (dates.get(slug) ?? "") };
  });
  const articles = dated.filter((d) => d.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [...articles, ...dated.filter((d) => d.date === undefined)].map((d) => d.file);
}

/**
 * Builds the search index of the site in `site` (its HTML files `files`, sorted here) into
 * `<site>/<outputSubdir>` and, for a large site, further shards beside it (src/integrations/pagefind-shards.ts),
 * and prints the `build: pagefind indexed ...` line. Any Pagefind error throws. With `cacheFile`, a shard
 * whose input is the one its folder was built from is kept as it is, not built again
 * (src/integrations/pagefind-cache.ts).
 */
export async function indexSite(site: string, files: string[], options: { outputSubdir?: string; warn?: (message: string) => void; cacheFile?: string; concurrency?: number } = {}): Promise<void> {
  const subdir = options.outputSubdir ?? "pagefind";
  const warn = options.warn ?? ((message: string) => console.warn(`warning: ${message}`));
  const started = performance.now();
  // In sorted order: Pagefind numbers pages in the order they arrive (issue 8: reproducible output).
  files = [...files].sort();
  const corpus = readCorpus();
  if (!corpus) warn(`no corpus at ${corpusPath()}: quotes are not indexed on their own`);
  const facts = articleFacts(corpus);
  const url = (file: string) => pageUrl(site, file);
  const planned = files.length === 0 ? [[]] : planShards(shardOrder(site, files, facts.dates), url, (file) => pageWeight(url(file), facts.quotes), shardItems());
  // Within a shard, pages go to Pagefind in path order: a one-shard site's index is the one it was
  // before shards.
  const shards = planned.map((shard) => shard.sort());
  const folders = shards.map((_, i) => shardFolder(subdir, i));
  // No list of pages (not expected): the whole folder is indexed, which no fingerprint covers.
  const cache = openShardCache(files.length === 0 ? undefined : options.cacheFile, site);
  const totals = { pages: 0, quotes: 0, readingMs: 0, pagesMs: 0, quotesMs: 0, writingMs: 0, bytes: 0, kept: 0 };
  // Shards whose input changed are rebuilt several at a time, each by an indexer of its own (Pagefind's
  // indexer works on one request at a time, on one core), while the next shards' pages are read.
  const indexers = await indexerPool(options.concurrency ?? indexConcurrency());
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for (let i = 0; i < shards.length && failure === undefined; i++) {
    const readStarted = performance.now();
    const { fingerprint, records } = await fingerprintShard(site, shards[i]!, corpus, cache);
    totals.readingMs += performance.now() - readStarted;
    const kept = cache.reusable(folders[i]!, fingerprint);
    if (kept) {
      totals.kept++;
      totals.pages += kept.pages;
      totals.quotes += kept.quotes;
      totals.bytes += kept.bytes;
      continue;
    }
    cache.forget(folders[i]!);
    const indexer = await indexers.take();
    const output = join(site, folders[i]!);
    const task = indexShard(indexer, site, { pages: readPages(site, shards[i]!), records }, output, files.length === 0)
      .then((shard) => {
        // Without the manifest an earlier build left in the first shard's folder (counted once, below).
        const oldManifest = join(output, SHARDS_MANIFEST);
        const bytes = folderBytes(output) - (existsSync(oldManifest) ? statSync(oldManifest).size : 0);
        cache.record(folders[i]!, fingerprint, { bytes, pages: shard.pages, quotes: shard.quotes });
        totals.pages += shard.pages;
        totals.quotes += shard.quotes;
        totals.pagesMs += shard.pagesMs;
        totals.quotesMs += shard.quotesMs;
        totals.writingMs += shard.writingMs;
        totals.bytes += bytes;
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        running.delete(task);
        indexers.give(indexer);
      });
    running.add(task);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure;
  if (totals.pages === 0) throw new Error("Pagefind indexing failed:\nno page was indexed (no data-pagefind-body?)");
  removeExtraShards(site, subdir, shards.length);
  cache.keepOnly(folders);
  // Written on every build, one shard or many, so the browser always finds it (never a 404 to handle).
  const manifest = join(site, subdir, SHARDS_MANIFEST);
  writeFileSync(manifest, `${JSON.stringify(folders.slice(1).map((folder) => `${folder}/`))}\n`);
  totals.bytes += statSync(manifest).size;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  // console, not the Astro logger: the build runs Astro at log level "warn", and the bench reads these lines.
  console.log(`build: pagefind indexed ${totals.pages} pages and ${totals.quotes} quotes in ${s(performance.now() - started)} (pages ${s(totals.pagesMs)}, quotes ${s(totals.quotesMs)}, writing ${s(totals.writingMs)}), index ${totals.bytes} bytes in ${shards.length} ${shards.length === 1 ? "shard" : "shards"}`);
  console.log(`build: pagefind read the pages in ${s(totals.readingMs)}; ${totals.kept} of ${shards.length} ${shards.length === 1 ? "shard" : "shards"} unchanged and kept`);
}

type ShardCorpus = NonNullable<ReturnType<typeof readCorpus>>;

/** What one shard sends to Pagefind: its pages (URL, the HTML given to Pagefind) in order, read as they are sent, and its quote records. */
interface ShardInput {
  pages: AsyncIterable<{ url: string; content: string }>;
  records: CustomRecord[];
}

/** Files read at a time: reading is most of what a kept shard costs. */
const READ_AHEAD = 16;

/**
 * The fingerprint of a shard and its quote records: what its index is built from. A page whose file
 * the cache knows unchanged is not read (`cache.page`); the others are read and remembered.
 */
async function fingerprintShard(site: string, files: string[], corpus: ShardCorpus | undefined, cache: ShardCache): Promise<{ fingerprint: string; records: CustomRecord[] }> {
  const fingerprint = shardFingerprint();
  /** Element ids (`q-3`) of each article page of this shard, for the quote records' anchors. */
  const elementIds = new Map<string, Set<string>>();
  for (let from = 0; from < files.length; from += READ_AHEAD) {
    const batch = files.slice(from, from + READ_AHEAD);
    const entries = await Promise.all(
      batch.map(async (file): Promise<PageEntry> => {
        const url = pageUrl(site, file);
        // Synchronous: a stat takes microseconds and most pages need nothing more, while an asynchronous
        // one waits for a turn in libuv's thread pool (reading 5,500 pages' stats: about 0.45 s -> 0.3 s).
        const key = statKey(statSync(file));
        const known = cache.page(url, key);
        if (known) return known;
        const content = await readFile(file, "utf8");
        const indexed = searchablePart(content);
        const ids = articleSlugOf(url) === undefined ? undefined : Array.from(content.matchAll(/ id="(q-\d+)"/g), (m) => m[1]!);
        return { stat: key, hash: indexed === undefined ? null : createHash("sha256").update(indexed).digest("hex"), ...(ids ? { ids } : {}) };
      }),
    );
    batch.forEach((file, i) => {
      const url = pageUrl(site, file);
      const entry = entries[i]!;
      cache.setPage(url, entry);
      const slug = articleSlugOf(url);
      if (slug !== undefined) elementIds.set(slug, new Set(entry.ids));
      // Only pages with data-pagefind-body are indexed: Pagefind skips the others once any page has
      // it, so they are not sent at all.
      if (entry.hash !== null) fingerprint.page(url, entry.hash);
    });
  }
  // Only the records of this shard's articles (an article page outside it has no element ids here, so
  // `hasElement` leaves its quotes to its own shard), in corpus order.
  const hasElement = (slug: string, elementId: string) => elementIds.get(slug)?.has(elementId) ?? false;
  const records = corpus ? quoteRecords(corpus, hasElement) : [];
  fingerprint.records(records);
  return { fingerprint: fingerprint.digest(), records };
}

/**
 * The pages of a shard to send to Pagefind, in order: URL and searchable HTML of those it indexes. Read
 * a batch at a time as they are sent, not all first: this process then holds a few pages, not a shard's.
 */
async function* readPages(site: string, files: string[]): AsyncGenerator<{ url: string; content: string }> {
  for (let from = 0; from < files.length; from += READ_AHEAD) {
    const batch = files.slice(from, from + READ_AHEAD);
    const contents = await Promise.all(batch.map((file) => readFile(file, "utf8")));
    for (let i = 0; i < batch.length; i++) {
      const indexed = searchablePart(contents[i]!);
      if (indexed !== undefined) yield { url: pageUrl(site, batch[i]!), content: indexed };
    }
  }
}

/** Pagefind's Node API: one indexer process per instance of its module. */
type Indexer = typeof pagefind;

/**
 * Shards indexed at a time: SEARCH_INDEX_CONCURRENCY when set (at most the machine's cores), else 1.
 * Measured at 1,000 articles on 2 shared cores: a rebuild with 2 of 3 shards to rebuild, 3.6-4.2 s of
 * search with one indexer, 2.9-3.3 s with two; but a full build's search stage (every shard, every
 * index file created anew) was not faster with two (bench pairs: 7.5 -> 9.2 s, 7.8 -> 8.9 s, 13.1 ->
 * 13.0 s; writing is mostly creating files, and two indexers doing it at once slow each other), and each
 * indexer holds its shard's index in memory. Since an entity page's counts are not indexed, a rebuild
 * after an edit usually has one shard to rebuild, so two are not the default.
 */
export function indexConcurrency(): number {
  const forced = Number(process.env.SEARCH_INDEX_CONCURRENCY);
  return Number.isInteger(forced) && forced > 0 ? Math.min(forced, availableParallelism()) : 1;
}

/**
 * Up to `size` Pagefind indexers that can work at the same time. Pagefind's Node API keeps one indexer
 * process per instance of its module, and that process handles one request after another, so each
 * further indexer is a further instance of the module, loaded under a URL of its own
 * (`.../pagefind/lib/index.js?indexer=2`). Where the module's URL cannot be resolved (inside Vite's
 * module runner: a plain `astro build`, Vitest), there is one indexer.
 */
async function indexerPool(size: number): Promise<{ take(): Promise<Indexer>; give(indexer: Indexer): void }> {
  const free: Indexer[] = [pagefind];
  let url: string | undefined;
  try {
    url = typeof import.meta.resolve === "function" ? import.meta.resolve("pagefind") : undefined;
  } catch {
    url = undefined;
  }
  for (let k = 2; k <= size && url?.startsWith("file:"); k++) free.push((await import(`${url}?indexer=${k}`)) as Indexer);
  const waiting: ((indexer: Indexer) => void)[] = [];
  return {
    take: () => (free.length > 0 ? Promise.resolve(free.shift()!) : new Promise<Indexer>((resolve) => waiting.push(resolve))),
    give(indexer) {
      const next = waiting.shift();
      if (next) next(indexer);
      else free.push(indexer);
    },
  };
}

/**
 * One shard: a Pagefind index of its pages and records, written to `output` (or, with `wholeFolder`, of
 * every page in the site's folder); the indexer is closed before this returns, freeing all it held.
 */
async function indexShard(pagefind: Indexer, site: string, input: ShardInput, output: string, wholeFolder: boolean): Promise<{ pages: number; quotes: number; pagesMs: number; quotesMs: number; writingMs: number }> {
  const fail = (stage: string, errors: string[]): never => {
    throw new Error(`Pagefind ${stage} failed:\n${errors.join("\n")}`);
  };
  const started = performance.now();
  // The previous index stays where it is: Pagefind names its fragments and index chunks by their
  // content and does not write a file that is already there, so after a change to one article it
  // creates only the few files that changed (creating files is most of what writing costs: about 0.7 ms
  // a file on the build machine, against 0.07 ms to rewrite one). What the new index does not use is
  // deleted after it is written (`removeUnused`). Without the entry file the previous write did not
  // finish (it is deleted before writing): the folder is emptied first.
  const entry = join(output, "pagefind-entry.json");
  if (!existsSync(entry)) rmSync(output, { recursive: true, force: true });
  rmSync(entry, { force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index || errors.length > 0) fail("createIndex", errors);
    let pageCount = 0;
    if (wholeFolder) {
      const added = await index!.addDirectory({ path: site });
      if (added.errors.length > 0) fail("addDirectory", added.errors);
      pageCount = added.page_count;
    }
    // Requests are sent in order, several at a time (`pipeline`): Pagefind's service handles them one
    // after another in the order received, so the index is the same as with one request at a time
    // (checked: byte-identical on a 1,000-article site), and Pagefind never waits for this process to
    // read and send the next page.
    const pipeline = orderedPipeline(32);
    for await (const page of input.pages) {
      pageCount++;
      await pipeline.send(() => index!.addHTMLFile(page), "addHTMLFile");
    }
    await pipeline.drain();
    const pagesDone = performance.now();
    for (const record of input.records) await pipeline.send(() => index!.addCustomRecord(record), "addCustomRecord");
    await pipeline.drain();
    const quoteCount = input.records.length;
    // Garbage once sent, before Pagefind writes the index (its own peak).
    input.records = [];
    const recordsDone = performance.now();
    const written = await index!.writeFiles({ outputPath: output });
    if (written.errors.length > 0) fail("writeFiles", written.errors);
    if (!removeUnused(output)) {
      // The index could not be read back: write it again into an empty folder.
      rmSync(output, { recursive: true, force: true });
      const again = await index!.writeFiles({ outputPath: output });
      if (again.errors.length > 0) fail("writeFiles", again.errors);
    }
    const done = performance.now();
    return { pages: pageCount, quotes: quoteCount, pagesMs: pagesDone - started, quotesMs: recordsDone - pagesDone, writingMs: done - recordsDone };
  } finally {
    // The indexer's process ends here, and its memory with it, before the next shard's starts.
    await pagefind.close();
  }
}

/**
 * `SEARCH_PAGES_FILE`: set by scripts/build-site.ts, which runs Astro in a process of its own and indexes
 * the site once that process has ended, so that Astro's memory and Pagefind's are never held at the same
 * time (together they were the build's peak). The hook then only writes the list of pages to index there.
 */
export default function pagefindIntegration(options: Partial<PagefindOptions> = {}): AstroIntegration {
  const { outputSubdir } = { outputSubdir: "pagefind", ...options };
  return {
    name: "annotated-news:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const files = builtPages(site, assets);
        const listFile = process.env.SEARCH_PAGES_FILE;
        if (listFile) {
          writeFileSync(listFile, JSON.stringify({ site, files }));
          return;
        }
        await indexSite(site, files, { outputSubdir, warn: (m) => logger.warn(m) });
      },
    },
  };
}
